"""The contact page's words that name the offers: its title, its description and how many
ways there are to work with us, made from mkdocs.yml's offers (the one place they are
written), so that renaming, adding or removing an offer there leaves no page saying the
old ones. What the page says of each offer is the offer's own (``in_short``, ``what_happens``...)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .settings import Offer

_COUNTS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def title(offers: Sequence[Offer]) -> str:
    """'Book a Stall Diagnosis or a Stall Review': each offer by its short name."""
    return "Book " + _listed([_with_article(short_name(offer), offer) for offer in offers])


def description(offers: Sequence[Offer]) -> str:
    """'How to book an AI Rollout Stall Diagnosis or a Stall Review, what each involves and
    what it costs.': each offer by its full name."""
    each = "each" if len(offers) > 1 else "it"
    return f"How to book {_listed([_with_article(offer.name, offer) for offer in offers])}, what {each} involves and what it costs."


def ways(offers: Sequence[Offer]) -> str:
    """'There are two ways to work with us, each with its booking button above.'"""
    if len(offers) == 1:
        return "There is one way to work with us, with its booking button above."
    return f"There are {counted(len(offers))} ways to work with us, each with its booking button above."


def the_ways(offers: Sequence[Offer]) -> str:
    """'the two ways to work with us', as the home page and the stall finder name them; 'the
    way to work with us' for one."""
    return "the way to work with us" if len(offers) == 1 else f"the {counted(len(offers))} ways to work with us"


def counted(number: int) -> str:
    """'two': a small number in words, as the site's prose writes it; a larger one in figures."""
    return _COUNTS[number] if 0 <= number < len(_COUNTS) else str(number)


def short_name(offer: Offer) -> str:
    """The words the offer's name and action end with alike ('Stall Diagnosis' of 'AI Rollout
    Stall Diagnosis' and 'Book a Stall Diagnosis'), else its name."""
    return offer.names[2] if len(offer.names) > 2 else offer.name


def _with_article(words: str, offer: Offer) -> str:
    """'a Stall Review', 'an AI Rollout Stall Diagnosis': as the offer's action writes it
    ('Book a Stall Review'), else as the words are said: by the first letter, a vowel's
    sound said 'an' ('an AI…', 'an hour's…', 'an MBA…'; 'a User…', 'a one-day…')."""
    written = re.search(rf"\b(an?)\s+{re.escape(words)}\b", offer.action, re.IGNORECASE)
    return f"{written.group(1).lower() if written else _article(words)} {words}"


# Letters whose names start with a vowel's sound ('an MBA', 'an HR…', 'an SLA').
_VOWEL_LETTER_NAMES = frozenset("aefhilmnorsx")
# Words whose first letter's sound is not its usual one: a silent 'h', a 'u' or 'eu' said 'you', 'one' said 'won'.
_AN_BEFORE = re.compile(r"(?:hour|honest|honou?r|heir)")
_A_BEFORE = re.compile(r"(?:u[bcdfgklmprstvz][aeiou]|uni[cfoqstv]|eu|one\b|once)")


def _article(words: str) -> str:
    first = (words.split() or [""])[0].strip("\"'‘“(")
    if len(first) > 1 and first.isupper():  # an acronym is said letter by letter
        return "an" if first[0].lower() in _VOWEL_LETTER_NAMES else "a"
    low = first.lower()
    if _AN_BEFORE.match(low):
        return "an"
    if _A_BEFORE.match(low):
        return "a"
    return "an" if low[:1] in ("a", "e", "i", "o", "u") else "a"


def _listed(items: Sequence[str]) -> str:
    """'a', 'a or b', 'a, b or c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"

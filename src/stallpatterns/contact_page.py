"""The contact page's words that name the offers: its title, its description and how many
ways there are to work with us, made from mkdocs.yml's offers (the one place they are
written), so that renaming, adding or removing an offer there leaves no page saying the
old ones. What the page says of each offer is the offer's own (``in_short``, ``what_happens``...)."""

from __future__ import annotations

from collections.abc import Sequence

from .settings import Offer

_COUNTS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def title(offers: Sequence[Offer]) -> str:
    """'Book a Stall Diagnosis or a Stall Review': each offer by its short name."""
    return "Book " + _listed([_with_article(short_name(offer)) for offer in offers])


def description(offers: Sequence[Offer]) -> str:
    """'How to book an AI Rollout Stall Diagnosis or a Stall Review, what each involves and
    what it costs.': each offer by its full name."""
    each = "each" if len(offers) > 1 else "it"
    return f"How to book {_listed([_with_article(offer.name) for offer in offers])}, what {each} involves and what it costs."


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


def _with_article(words: str) -> str:
    """'a Stall Review', 'an AI Rollout Stall Diagnosis': by the first letter, as the names are read."""
    return f"{'an' if words[:1].lower() in 'aeiou' else 'a'} {words}"


def _listed(items: Sequence[str]) -> str:
    """'a', 'a or b', 'a, b or c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"

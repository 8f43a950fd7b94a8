"""The authoring contract's settings, read from the plugin's block in ``mkdocs.yml``.

``mkdocs.yml`` is the one source of truth: section headings, categories, offers and
bounds live there and nowhere else (``properdocs.yml`` inherits them). The CLI reads the
file directly; the site plugin hands its validated config block to
:meth:`Settings.from_mapping`.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from . import elsewhere
from .text import (
    LOOKS_LATIN,
    as_compared,
    as_named,
    closest,
    has_tag,
    is_slug,
    is_word,
    printable,
    slugify,
    within_edits,
    without_accents,
    without_article,
)
from .urls import UnsafeURL, checked_email, checked_url, is_placeholder, is_reserved_email, is_reserved_host, url_scheme

PLUGIN_NAME = "stallpatterns"
SETTING_NAMES = ("patterns_dir", "sections", "cta_heading", "categories", "offers", "contact", "limits", "editorial", "search")
"""The plugin block's settings (MkDocs declares the same in ``mkdocs_plugin/config.py``)."""


class ConfigError(Exception):
    """The configuration is unusable. The message says what to change, and where.

    ``at`` is the setting whose line holds the mistake, where it is not the one the message
    starts with ('plugins.stallpatterns.colour' for 'plugins.stallpatterns: unknown setting
    colour'). ``file`` and ``line`` are where it is written, once known (:func:`placed`):
    a GitHub Actions run shows the message there, as it shows a pattern's errors."""

    def __init__(self, message: str, *, at: str | None = None, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.at, self.file, self.line = at, file, line


class RepeatedSetting(ConfigError):
    """A key written twice in one mapping of the file: YAML, and so the engine, keeps the
    last without a word, and what the maintainer reads first is not what the site uses."""


@dataclass(frozen=True)
class Section:
    key: str
    heading: str



# Marks that part a sentence's clauses, which no offer's name runs across.
_CLAUSE_MARKS = re.compile(r"[,;:!?()\[\]{}]|\.(?=\s)|\s[\u2013\u2014-]\s")

# 'stall' as a verb, in small letters, before 'review' or 'diagnosis' ('Data gaps stall
# diagnosis', 'Missing criteria stall review of every release'): after a subject in the
# plural, or a word that a verb follows (will, often, that). Not after a word that a noun
# follows ('a', 'his', 'this', 'book'): 'book a stall review' names the offer.
_STALL_AS_VERB = re.compile(r"(?:(?<![\w'’-])([A-Za-z]+)\s+)?(?<![\w'’-])([A-Za-z]+)\s+(stall)(?=\s+(?:reviews?|diagnos[ie]s)\b)")
# Words after which the next is a noun, not a subject ('a data stall review'); and after which
# only a word in the plural is a subject ('the records stall diagnosis', not 'the data stall review').
_NOUN_FOLLOWS = frozenset("a an one each every this book free".split())
_PLURAL_FOLLOWS = frozenset("the these those our your their my his her its some any no".split())
_SUBJECTS_IN_THE_PLURAL = frozenset("criteria data people staff media".split())
_MODALS_AND_ADVERBS = frozenset(
    "will would can could may might must should shall often always usually also still that which who then to not never rarely sometimes".split()
)
_BEFORE_A_VERB = _SUBJECTS_IN_THE_PLURAL | _MODALS_AND_ADVERBS
_S_BEFORE_A_NOUN = frozenset("this his its hers ours yours theirs is was as has does us plus thus less across".split())


def _stall_as_verb_held(text: str) -> str:
    """``text`` with 'stall' as a verb before 'review' or 'diagnosis' read as another verb of
    its length ('block'), so that no offer is named by it."""
    if "stall " not in text:
        return text
    return _STALL_AS_VERB.sub(lambda m: m.group()[: m.start(3) - m.start()] + "block" if _stall_as_verb(m) else m.group(), text)


def _stall_as_verb(found: re.Match[str]) -> bool:
    """Whether :data:`_STALL_AS_VERB` found 'stall' as a verb: after a subject, or a word a verb
    follows, that comes after no word a noun follows ('a data stall review' names the offer)."""
    before, word = (found.group(1) or "").lower(), found.group(2).lower()
    if not _a_verb_follows(word):
        return False
    if word not in _MODALS_AND_ADVERBS:  # a noun, not 'will' or 'often'
        if before in _NOUN_FOLLOWS or (before in _PLURAL_FOLLOWS and word in _SUBJECTS_IN_THE_PLURAL):
            return False
    return True


def _a_verb_follows(word: str) -> bool:
    return word in _BEFORE_A_VERB or (word.endswith("s") and not word.endswith(("ss", "us")) and word not in _S_BEFORE_A_NOUN and len(word) > 3)


def _compared_words(text: str) -> str:
    """``text``'s words, each read as names are compared (:func:`as_compared`: look-alike
    letters and accents aside), one space apart."""
    words = re.findall(r"[^\W_]+", plain := without_accents(text))
    if len(words) >= 4 and all(len(word) == 1 for word in words):
        # Its letters spaced out, its words by wider spaces ('B o o k  a  c a l l': the attack round of the
        # fifty-seventh session), read as the words they spell.
        words = ["".join(re.findall(r"[^\W_]", part)) for part in re.split(r"\s{2,}|[^\w\s]+", plain) if part.strip()]
    return " ".join(as_compared(word) for word in words)

def _as_the_nav_writes(title: str) -> tuple[str, str]:
    """A one-word page's title as the nav writes it, and in capitals ('Contact', 'CONTACT')."""
    return title.strip(), title.strip().upper()


def _word_starts(text: str, shown: str) -> tuple[int, ...]:
    """Where each of ``text``'s words starts in ``shown``, the text as compared (every place,
    where the two read its letters apart)."""
    words, starts, at = _compared_words(text).split(), [], 0
    for word in words:
        starts.append(at)
        at += len(word)
    return tuple(starts) if "".join(words) == shown else tuple(range(len(shown)))


def _undoubled(shown: str) -> str:
    """``shown`` with each run of one letter as one ('staii' as 'stai'), for words written
    once (an offer's name): 'Stal' and 'Stalll' are slips for 'Stall' a reader reads past."""
    return "".join(letter for at, letter in enumerate(shown) if not at or shown[at - 1] != letter)


def _any_doubling(before: str) -> re.Pattern[str]:
    """An expression that finds ``before`` (no letter doubled) with any letter doubled or not."""
    return re.compile("".join(f"{re.escape(letter)}+" for letter in before))


def _ends_of(shown: str, starts: tuple[int, ...], before: re.Pattern[str]) -> Iterator[int]:
    """Where words of ``shown`` that are ``before`` (:func:`_any_doubling`) end, at a word's
    start, from where a word starts."""
    at_starts = set(starts)
    for at in starts:
        if (found := before.match(shown, at)) is not None and found.end() in at_starts:
            yield found.end()


def _slipped(rest: str, end: str, ends_word: Callable[[int], bool]) -> bool:
    """True if ``rest`` starts with ``end``, an offer's last word as compared, typed with a
    slip or two (one for a short word): 'reveiw', 'diagnossis'; and the word ends there
    (``ends_word``, of a place in ``rest``)."""
    limit = 1 if len(end) <= 7 else 2
    return len(end) > 4 and any(
        within_edits(rest[:size], end, limit) and ends_word(size) for size in range(len(end) - limit, min(len(rest), len(end) + limit) + 1)
    )


def _name_ends(shown: str, starts: frozenset[int], at: int) -> bool:
    """Whether a name read in ``shown`` (a text as compared, its words starting at
    ``starts``) up to ``at`` ends there as a word does, or as its plural ('Stall Reviews'):
    'a stall reviewer' names no offer, nor 'Stall Reviewing'. A figure may follow it
    straight ('Stall Review75' reads as 'Stall Review 75')."""
    if at in starts or at >= len(shown) or not shown[at].isalpha():
        return True
    return shown[at] == "s" and (at + 1 in starts or at + 1 >= len(shown) or not shown[at + 1].isalpha())


# What asks a reader to contact or book whoever wrote the page, naming no one else: 'Contact
# us', 'Get in touch', 'Book now', 'Book a call', 'Schedule your 30-minute session'. On this
# site, that is the site. Written in plain words, and read as _compared_words reads a text
# (look-alike letters as the letters they pass for: 'call' as 'caii', '30' as '3o').
_ASKS_TO_CONTACT = re.compile(
    (
        r"(?:please )?(?:(?:click|tap) here to (?:book|enquire|buy|pay)|(?:(?:click|tap) here to )?(?:"
        r"(?:contact|email|e mail|call|ring|phone|message|dm|write to|talk to|speak to|hire|ask|work with|chat with|follow) (?:us|me)"
        r"|drop (?:us|me) a (?:line|note)|give (?:us|me) a (?:call|ring|bell|shout|buzz)|(?:book|order|buy|pay|reserve)(?: with)? (?:us|me)"
        r"|hire (?:the authors?|our (?:authors?|team|consultants?|experts?))"  # (not 'hire the experts', a guide's)
        r"|get in (?:touch|contact)(?: with us)?"
        # The smuggling round of the forty-sixth session: each passed, as link words to another site.
        r"|reach out(?: to (?:us|me))?|contactus|(?:make|send) an? (?:enquiry|inquiry)|speak to (?:someone|a person|a human)"
        r"|(?:complete|confirm|finish) your (?:booking|order|purchase|payment|reservation)"
        r"|(?:book|schedule|arrange|reserve|request|sign up for|register for|apply for) (?:(?:a|an|your|our|the) )?"
        r"(?:(?:free|short|first|[0-9]+ minute|one hour|quick|discovery|intro|introductory|diagnostic|diagnosis|review|stall|strategy|scoping) ){0,2}"
        r"(?:call|meeting|session|chat|consultation|appointment|slot|demo|place|spot|seat)"
        # Whoever wrote the page, by the people who answer: 'Contact the team', 'the booking desk',
        # 'Email the author' (on this site, the page's author is the site's).
        r"|(?:contact|email|e mail|call|ring|phone|message|write to|talk to|speak to|ask) (?:the|our) "
        r"(?:(?:booking|bookings|enquiries) )?(?:team|office|desk|consultants?|experts?|partners?|authors?|editors?|writers?)"
        # (Not 'the sales team': a vendor's, as often.)
        r"|(?:the |our )?(?:(?:authors?|editors?|writers?)s? )?(?:(?:official|main|new|online|own|real) )?(?:booking|bookings|enquiries|enquiry) (?:desk|team|office|line|form|page|inbox|calendar)"
        r"(?: (?:below|above|here|on this page|at the end(?: of (?:this|the) page)?))?"  # ('the official booking page', 'the booking page below')
        # When it is free, and at what price: 'Enquire about availability', 'Check our rates'.
        r"|(?:enquire|ask|check|see) (?:about |for |our )?(?:availability|dates|pricing|prices|rates|fees)"
        # Paying whoever wrote the page: 'Pay your deposit', 'Support our work', 'Donate'.
        r"|(?:pay|settle) (?:your|the|a|our) (?:deposit|invoice|fee|fees|balance|bill)"
        r"|(?:support|fund|sponsor|back) (?:our|this|the) (?:work|site|project|research)"
        r"|(?:donate|make a donation|(?:make|send) (?:a |your )?payment|tip us|buy us a coffee)"
        r"|(?:book|schedule|enquire|contact|reserve) (?:now|today|here|online)"
        # Paying for something unnamed: 'Buy now', 'Pay here' (this site's offers have a price).
        r"|(?:buy|order|purchase|pay) (?:now|today|here|online)"
        # Someone unnamed to talk to, a price to ask for: 'Talk to an expert', 'Get a quote', 'Let's talk'.
        r"|(?:talk|speak) to (?:an? |our )?(?:expert|consultant|adviser|advisor|specialist|partner|team)s?"
        r"|(?:get|request) (?:a |your )?(?:free )?(?:quote|proposal|callback|call back)"
        r"|let s talk|lets talk"
        # The attack round of the fifty-fourth session: each went to another site. (Not 'Apply now' or
        # 'Enquire' alone, a grant's or a service's own words on a public body's page.)
        r"|make an? appointment|send (?:us |me )?an? message|leave your (?:details|number|email|e mail)"
        r"|(?:schedule|book|grab) (?:a |some )?time with (?:me|us)"
        # A till's words alone, or paying whoever wrote it: 'Pay', 'Hire', 'Add to basket', 'Tip the
        # author', 'Buy Sam a coffee' (the attack round of the forty-eighth session).
        r"|pay|hire|buy|donate|add to (?:basket|cart|bag)|(?:tip|support|pay) (?:the|this) (?:authors?|writers?)|buy (?:\w+ ){0,2}a coffee|say hello"
        r"|(?:claim|grab|secure|get) (?:a|your) (?:free )?(?:consultation|call|chat|meeting|audit|assessment)"
        r"|(?:dm|book a call with|grab [0-9]+ minutes with|work with|chat with|hire|message) the (?:authors?|writers?)"
        r"|(?:contact|email|e mail|call|message|write to) the (?:authors?|writers?) directly"
        # A time or a place to take, or a list to join, with no one named: 'Pick a time',
        # 'Claim your slot', 'Free 15-minute call', 'Join the waiting list', 'Checkout'.
        r"|(?:pick|choose|select|find) (?:a|your) (?:time|date|slot|day)"
        r"|(?:claim|grab|secure) (?:a|your) (?:free )?(?:slot|place|spot|seat|session)"
        r"|(?:(?:a|your) )?(?:(?:free|short|quick|[0-9]+ minute) ){1,2}(?:call|meeting|session|chat|consultation)"
        r"|join (?:the|our) (?:waiting list|waitlist|mailing list)|register (?:your )?interest|checkout|check out now"
        # A till's next step, a call back, an expert for hire, or the reader's stall asked for, with no one
        # named: 'Proceed to payment', 'Pay by card', 'Call me back', 'Hire an expert', 'Tell us about your
        # stall' (the attack round of the fifty-fifth session: each went to another site; not 'Describe your
        # situation' or 'Share your story', a charity's pages' words as often).
        r"|(?:proceed|continue|go) to (?:secure )?(?:pay|payment|checkout|the checkout)|complete (?:your )?payment"
        r"|pay (?:by|with|via|using) (?:card|credit card|debit card|credit or debit card|bank transfer|paypal|apple pay|google pay)|pay securely"
        r"|(?:call|ring|phone) (?:me|us) back|(?:arrange|book|schedule|request) an? call ?back|call ?back request"
        r"|hire an? (?:ai )?(?:expert|consultant|adviser|advisor|specialist|coach)|(?:find|get) (?:an? )?(?:ai )?expert(?: help)?"
        r"|(?:tell (?:us|me) about|describe|submit|share) your (?:ai |stalled )?(?:stall|rollout)|get help with (?:this|your|my) (?:ai )?(?:stall|rollout)"
        # A chat, a question, a few minutes or a second opinion asked for, the reader's details asked, or an
        # enquiry alone, with no one named: "Let's chat", 'Ask a question', 'Grab 15 minutes', 'Get a second
        # opinion', "Send me your pilot's details", 'Enquire' (the attack round of the fifty-sixth session:
        # each went to another site; a public body's page, whose own words they may be, aside).
        r"|let s chat|lets chat|enquire|enquire (?:here|now|within)|ask (?:me |us )?an? question|grab (?:[0-9]+|a few|some) minutes"
        r"|get an? (?:second|expert|independent) (?:opinion|view|review)"
        r"|send (?:me|us) (?:your|the) (?:[\w]+ ){0,3}?(?:details|brief|plans?|numbers|figures|data|deck|questions|story)"
        r"|(?:the )?(?:team|people|editors?|owners?|authors?|consultants?|experts?) (?:behind|who run|who write|who edit) (?:this|the) (?:site|website|page|pattern|catalogue)"
        # 'Message us on WhatsApp', 'Contact us by e-mail': the same, by a way named ('work with
        # us on the survey' says what for).
        r"))(?: (?:now|today|here|online|with us|to us)| (?:on|via|through|by|over|using) (?:whatsapp|telegram|signal|slack|discord"
        r"|linkedin|teams|zoom|skype|messenger|instagram|facebook|twitter|x|email|e mail|phone|telephone|text|sms))?"
    ).translate(str.maketrans("l", "i")).replace("[0-9]", "[2-9io]")
)


# What names a part or a service of this site, or the site itself, where a link's words are
# nothing else: 'Edit this page', 'Subscribe to updates', 'Log in to your account', 'RSS feed',
# 'Privacy policy', 'Next pattern', 'this site' (the attack round of the fifty-second session,
# helper-240: each went to another site). As compared (_compared_words: 'this site's' is 'this site s').
_SITES_OWN_PART = re.compile(
    r"(?:please )?(?:"
    r"(?:edit|improve|fix|correct|update|suggest (?:an )?(?:edit|change)s? to|report (?:a |an )?(?:problem|issue|error|mistake) (?:with|on|in)"
    r"|give (?:us )?feedback on|comment on|rate|share|print|download|cite|save|bookmark) (?:(?:this|the) )?(?:page|pattern|article|site|website|catalogue)"
    r"(?: (?:as|in) (?:a )?(?:pdf|word|docx|markdown)| on github)?"
    r"|(?:report (?:a |an )?(?:problem|issue|error|mistake)|give (?:us )?feedback|send (?:us )?feedback)"
    r"|(?:subscribe|sign up|signup|register|join|get)(?: (?:to|for|on))?(?: (?:our|the|this site s|the site s|free|weekly|monthly|email))*"
    r" (?:updates|newsletters?|mailing list|emails?|e mails?|alerts|digest|feed)"
    # (A site's policy or sign-in named alone is as often another's, its owner just before the link:
    # 'The vendor's [privacy policy](…)', 'Staff had to [sign in](…)', the review of the change.)
    r"|subscribe (?:here|now|today)|our newsletter|(?:log|sign) ?in to (?:your|my) account"
    r"|(?:rss|atom)(?: feed)?|(?:our|this site s|the site s) (?:(?:rss |atom )?feed|privacy (?:policy|notice)|cookie (?:policy|settings|preferences)"
    r"|terms of (?:use|service)|terms and conditions|accessibility statement|site ?map)"
    r"|(?:next|previous) pattern|(?:back to )?(?:this|our) (?:site|website|catalogue)|back to (?:the )?(?:top|home|catalogue|patterns)"
    r")[\s!.]*".translate(str.maketrans("l", "i"))  # (as compared: an 'l' is read as the 'I' it passes for)
)
# The words of the site's own links, on every page, written as a label is, with a capital (the attack
# round of the fifty-third session, helper-244: each published as a link elsewhere): 'Skip to content',
# 'Browse all patterns', 'Copy link', 'Go to the home page', 'Try the stall finder'; and their like
# ('View all patterns', 'Suggest an edit'). In a sentence's words, another site's ('the Design System
# lets you [view all patterns](…)', 'Microsoft's [copy link](…)': the review of the change).
# (Not 'Source on GitHub' alone, as often another's, its owner just before the link: 'The vendor
# publishes its [source on GitHub](…)'.)
# (Not another site's labels of the same kind, 'Suggest an edit', 'Edit on GitHub', 'See the patterns',
# which documentation and design systems show: the second review of the change. A public body's page
# is told apart by its address: catalogue.py.)
_SITES_OWN_LABEL = re.compile(
    r"(?:skip to (?:the )?(?:main )?content|(?:browse|view) all patterns|back to all patterns|(?:rss|atom) feed of (?:new |the |all )?patterns"
    r"|copy (?:the )?link(?: to (?:this|the) (?:page|pattern))?|go to (?:the )?home ?page|(?:use|try|open) the stall finder"
    # (The attack round of the fifty-seventh session: each went to another site.)
    r"|(?:start|take|run) the stall (?:finder|quiz)|find your stall"
    # (The attack round of the fifty-fourth session: each went to another site.)
    r"|home ?page|about us|related patterns|search (?:the |all )?(?:catalogue|patterns|site)"
    r")[\s!.]*".translate(str.maketrans("l", "i"))
)


# A word after a page's name that says nothing of where it goes, in brackets or after a mark,
# which still names the page ('Contact (new)', 'Contact [beta]', 'Contact – new', 'Contact 2.0',
# 'All patterns 2026'); not one that names the page's owner or kind ('Contact (ICO)', 'Home
# (GOV.UK)', 'Contact (PDF)': the review of the forty-fifth session's change).
# What a site has, named after its name in a link's words ('Stall Patterns on GitHub', 'Stall
# Patterns blog', 'The Stall Patterns podcast'), as compared.
_SITES_THING = re.compile(
    r"(?:officia[il] )?(?:(?:on|at) )?(?:the )?(?:github|gitiab|repository|repo|biog|podcast|newsietter|site|website|home ?page|feed|rss feed|atom feed|team|taik|taiks"
    r"|community|forum|shop|store|account|channei|page|twitter|x|iinkedin|youtube|mastodon|biuesky|siack|discord|substack|medium|maiiing iist|events?|webinars?|caiendar|booking page)"
)


_AS_NAMED_AFTER = re.compile(
    r"(?:\s*[(\[{]\s*(?:new|beta|old|updated|latest|here|again|draft|live|online|now|v?\d[\d.]*)\s*[)\]}]"
    r"|\s*[\u2013\u2014:-]\s*(?:new|beta|updated|latest|here|now)|\s+v?\d[\d.]*)[\s!.]*\Z",
    re.IGNORECASE,
)


def _booked_elsewhere(after: str) -> bool:
    """Whether the words after 'book a review' ('with the NCSC', 'at the bank') name who
    else is booked: then the words ask for another's review, not this site's ('with us',
    'with our team' name the site)."""
    words = after.split()
    return len(words) >= 2 and words[0] in _BOOKED_WITH and words[1] not in _BOOKED_US


# A sentence that ends where it says a thing is, with an address or not (a link's words are not in it).
# (Read in its last few words: from each colon of a long run it was read to the end, in the square
# of the run's length, 5 CPU s at 20 kB: the review of the forty-eighth session's change.)
_ENDS_AT_PLACE = re.compile(r"(?:\b(?:at|to|via|through|on|by)|[:\u2192]|->)\s*(?:[^\s.]+(?:\.[^\s.]+)+)?\W*$")
# A name and a mark, then at most an address, and no more ('Stall Review: stallhelp.co.uk').
# (Read only in a short text, a label's length: a run of spaces was read in the square of its
# length, 25 CPU s at 10 kB: the review of the forty-eighth session's change.)
_LABELLED = re.compile(r"\W*+(?P<name>[^:\u2013\u2014\u2192]{1,60}?)\s*(?::|\u2013|\u2014|\u2192|->|=>)\s*(?P<rest>\S*)\W*")
_LABEL_MOST = 200
# Words that book or buy something ('Book the Stall Review at …'), as compared.
_BOOKING_VERBS = frozenset(as_compared(word) for word in ("book", "schedule", "reserve", "order", "buy", "purchase", "claim", "arrange", "request"))
# Words that say where an offer named before them is booked: 'book at', 'booked via', 'slots:'.
_MOVED = frozenset(as_compared(word) for word in elsewhere.MOVED)  # 'The Stall Review has moved to …'
# The other words that say so, read as 'moved' ('The Stall Review now lives at …', 'has a new
# home: …', 'can now be found at …', 'is now at …': the review of the forty-sixth session's change).
_MOVED_SAID = re.compile(rf"(?i)\b(?:{elsewhere.SAID_TO_BE_AT})\b")
# Words that say who else now gives an offer ('The Stall Review is now offered by [Stall Help]',
# 'Stall Reviews are taken by …': the attack round of the forty-seventh session), before 'by'.
_HANDED = frozenset(as_compared(word) for word in elsewhere.HANDED)
_BOOKED_WHERE = _MOVED | _HANDED | frozenset(
    as_compared(word) for word in ("book", "booked", "booking", "bookings", "slot", "slots", "appointments", "reservations", "sign-up", "signup")
)
_PLACE_WORDS = frozenset(as_compared(word) for word in ("at", "via", "through", "on", "online", "here"))
# What may come between where an offer is booked and the place ('Stall Review bookings now go
# through …'), and the words that say it has moved ('The Stall Review has moved to …'): the
# smuggling round of the forty-sixth session found both published.
_BOOKED_GOING = frozenset(as_compared(word) for word in ("now", "go", "goes", "are", "is", "happen", "happens", "run", "runs", "all", "only"))


def _place_follows(words: list[str], at: int, compared: str) -> bool:
    """Whether the word after ``words[at]`` (or after a few that say it goes there) names a place."""
    for word in words[at + 1 : at + 4]:
        if (after := as_compared(word)) in _PLACE_WORDS or (compared in _MOVED and after == "to") or (compared in _HANDED and after == "by"):
            return True
        if after not in _BOOKED_GOING:
            return False
    return False
# 'Book' alone, capitalised as a button's words are ('Book', '📅 Book', 'BOOK NOW': the attack round
# of the forty-seventh session), not 'book' in small letters, a link to a book.
_BOOK_BUTTON = re.compile(r"[^\w]*(?:Book|BOOK)(?:\s+(?:now|Now|NOW))?[^\w]*")
# Words that ask a reader to look at a page ('see our contact page', 'visit the Stall finder').
_LOOK_WORDS = frozenset(as_compared(word) for word in ("see", "visit", "try", "use", "open", "read", "browse", "check", "join", "follow", "message", "call"))
_ARTICLE_WORDS = frozenset(as_compared(word) for word in ("the", "a", "an", "this", "my"))
# What follows a page's name and still names it: 'the Contact page', 'our contact form'.
_PAGE_WORDS = frozenset(as_compared(word) for word in ("page", "pages", "form", "section", "tab"))
# Ways to reach, book or pay whoever wrote the page: said to be the site's ('our calendar',
# "Stall Patterns' Telegram group"), another site's is passed off as this one's.
_CONTACT_WORDS = frozenset(
    as_compared(word)
    for word in (
        "contact", "contacts", "booking", "bookings", "calendar", "diary", "inbox", "mailbox", "email", "mail", "phone",
        "number", "hotline", "helpline", "line", "whatsapp", "telegram", "signal", "slack", "discord", "group", "channel",
        "chat", "team", "office", "desk", "enquiries", "shop", "store", "checkout", "payment", "payments", "invoice",
        "deposit", "fees", "prices", "pricing", "rates", "newsletter", "linkedin", "scheduler", "calendly",
        # The people who answer for it ('our consultants', "the site's owners", 'the team behind this site': the
        # attack round of the fifty-sixth session).
        "consultant", "consultants", "expert", "experts", "adviser", "advisers", "advisor", "advisors", "reviewer", "reviewers",
        "editor", "editors", "owner", "owners", "author", "authors", "people", "staff",
    )
)

# Words that say what kind of meeting is booked, not whose ('a free review', 'your 90-minute
# review', 'a quick review'), read as _compared_words reads them ('l' as 'i', '0' as 'o').
_BOOKED_KIND = (
    r"(?:(?:free|short|first|quick|initial|intro|introductory|discovery|no obligation|[2-9io]+ minute|one hour|one day|two day|half day) ){0,2}"
).translate(str.maketrans("l", "i"))
# The same words as written, for a text read as it is ('your free Review').
_BOOKED_KIND_WRITTEN = r"(?:(?:free|short|first|quick|initial|intro|introductory|discovery|no[\s-]obligation|\d+[\s-]minute|one[\s-]hour|one[\s-]day|half[\s-]day)\s+){0,2}"
# Words that ask for something in a link's words ('Start your …', 'Pay for the …').
# (Not 'take', 'complete' or 'get ready for': a review one sits or fills in, as an employer's or a
# benefit's is: the false-refusal round of the forty-eighth session.)
_ASKING_FOR = r"(?:start|begin|get|pay\s+for|request|arrange|grab|secure|claim|book|order|buy|reserve|schedule)"
# Others' own buttons, as compared, that ask for a review in small letters: a pull request's on GitHub, a
# site's from a search engine, a decision's from a regulator ('Request a review'), not this site's.
_OTHERS_ASKS = frozenset(_compared_words(words) for words in ("request a review", "get a review", "request review", "request a re review"))
# 'into the diary': a review booked in a calendar, whoever holds it.
_BOOKED_WITH = frozenset(("with", "at", "from", "by", "through", "via", "into"))
_BOOKED_US = frozenset(("us", "our", "me", "my", "this", "here", "today", "now", "online"))


# Words that get an offer somewhere, and those that say which before its name ('Get your free Stall Review at …').
GETTING_WORDS = ("get", "find", "obtain")
_GETTING_WORDS = frozenset(map(as_compared, GETTING_WORDS))
_WHICH_WORDS = _ARTICLE_WORDS | frozenset(as_compared(word) for word in ("your", "our", "one", "free", "full"))
# What may come between an offer's name and 'available': 'is', 'are', and a word that says when or how.
_BEING_WORDS = frozenset(as_compared(word) for word in ("is", "are"))
_BEING_HOW = frozenset(as_compared(word) for word in ("also", "now", "still", "only", "readily", "widely", "too"))
_AVAILABLE, _FOR, _TO = as_compared("available"), as_compared("for"), as_compared("to")
_HAD_WHERE = frozenset(as_compared(word) for word in ("at", "via", "through", "on", "online", "here", "today", "now", "from"))
# Words after 'For the Stall Review,' that send the reader somewhere ('head to …'). (The quick looks of
# contacts.py look for these words, and the getting words, before a file is read for an offer had elsewhere.)
SENDING_WORDS = ("go", "head", "visit", "use", "try", "click", "contact", "email", "e-mail", "write", "message", "call", "book", "fill", "complete", "follow")
_SENDING_WORDS = frozenset(map(as_compared, SENDING_WORDS))


def _place_after(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` ends in a colon, or where something is had follows it, or a word that books it ('available
    at …', 'available: …', 'available to book at …'; not 'available; the method is on …')."""
    after = [as_compared(word) for word in words[at + 1 : at + 3]] + ["", ""]
    return words[at].endswith(":") or (after[0] in _HAD_WHERE and not words[at].endswith((";", ",", "."))) or (after[0] == _TO and after[1] in _BOOKING_VERBS)


def _being_before(words: list[str], at: int) -> int:
    """Where 'is' or 'are' is in ``words``, just before ``words[at]`` and what says when or how ('is also
    available'); 0 where it is not."""
    before = at - 1
    while before > max(0, at - 3) and as_compared(words[before]) in _BEING_HOW:
        before -= 1
    return before if before > 0 and as_compared(words[before]) in _BEING_WORDS else 0


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    description: str


@dataclass(frozen=True)
class Offer:
    id: str
    name: str
    description: str
    duration: str
    price: str
    action: str
    url: str
    # What the contact page says of the offer, each a paragraph of plain text: the sentence
    # after how many ways there are to work with us (in_short), and its section, "How the
    # <name> works" (what happens, what you get, how to book). One left out is not said.
    in_short: str = ""
    what_happens: str = ""
    what_you_get: str = ""
    how_to_book: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The words that name the offer: its name, its action, and the words these end with
        alike ('AI Rollout Stall Diagnosis' and 'Book a Stall Diagnosis': 'Stall Diagnosis'),
        when more than one."""
        named, acted = self.name.split(), self.action.split()
        common = 0
        while common < min(len(named), len(acted)) and named[-1 - common].lower() == acted[-1 - common].lower():
            common += 1
        shared = " ".join(named[-common:]) if 1 < common < len(named) else ""
        return (self.name, self.action, shared) if shared else (self.name, self.action)


@dataclass(frozen=True)
class Contact:
    """Where readers book: an email address, and optionally a booking page per offer."""

    email: str = ""
    booking_urls: Mapping[str, str] = field(default_factory=dict, hash=False)
    booking_context: bool = False
    offer_ids: tuple[str, ...] = ()  # every offer's id: those without a booking page are booked by email

    @property
    def reachable(self) -> bool:
        """False when the address is empty or reserved (``.example``, ``.test``...): mail to it never arrives."""
        return not is_reserved_email(self.email)

    @property
    def problem(self) -> str | None:
        """What to tell the maintainer when readers cannot reach them; None when they can:
        a booking page on a name no reader reaches, or no address to write to where an
        offer has no booking page."""
        for offer_id, page in self.booking_urls.items():
            mail = url_scheme(page) == "mailto"
            host = page.partition(":")[2].partition("?")[0].rpartition("@")[2] if mail else urlsplit(page).hostname or ""
            if is_reserved_host(host):
                return f"readers cannot reach you: set contact.booking_urls.{offer_id} in mkdocs.yml ('{host}' can never be reached)"
            if is_placeholder(page):
                return f"readers cannot reach you: set contact.booking_urls.{offer_id} in mkdocs.yml ('{page}' is an example's address)"
            if not mail and url_scheme(page) != "https":
                return (
                    f"set contact.booking_urls.{offer_id} in mkdocs.yml to an https:// address: "
                    "readers' names and addresses would go to it unencrypted"
                )
        if self.reachable or (self.offer_ids and all(o in self.booking_urls for o in self.offer_ids)):
            return None
        reserved = is_reserved_host(self.email.rpartition("@")[2])
        shown = "no address is set" if not self.email else f"'{self.email}' " + ("can never receive mail" if reserved else "is an example's address")
        return f"readers cannot reach you: set contact.email in mkdocs.yml ({shown})"


@dataclass(frozen=True)
class Limits:
    title: tuple[int, int] = (10, 90)
    summary: tuple[int, int] = (40, 280)
    signs: tuple[int, int] = (3, 7)
    sign_length: int = 120
    also_known_as: tuple[int, int] = (0, 6)
    also_known_as_length: int = 60
    slug_length: int = 80
    aliases: int = 10  # former slugs: each is a redirect page, and a slug no pattern may take
    file_bytes: int = 100_000


@dataclass(frozen=True)
class Editorial:
    # Section key -> the [fewest, most] words a section usually has; outside it is a warning.
    section_words: Mapping[str, tuple[int, int]] = field(default_factory=dict, hash=False)
    # Every American word form flagged (stems expanded with their endings) -> its British form.
    spellings: Mapping[str, str] = field(default_factory=dict, hash=False)

    def words_for(self, key: str) -> tuple[int, int] | None:
        return self.section_words.get(key)


@dataclass(frozen=True)
class Search:
    """The site search's own words: each key also finds what its synonyms find."""

    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Settings:
    root: Path
    patterns_dir: Path
    sections: tuple[Section, ...]
    cta_heading: str
    categories: tuple[Category, ...]
    offers: tuple[Offer, ...]
    contact: Contact = Contact()
    limits: Limits = Limits()
    editorial: Editorial = Editorial()
    search: Search = Search()
    # The folders whose files the engine publishes at the site's root: the pages' folder
    # (docs_dir), then the theme's own (custom_dir). None where the engine's settings are
    # not known: then no file a link or picture names there is looked for.
    site_folders: tuple[Path, ...] | None = None
    # The pages mkdocs.yml's nav lists ('contact.md', 'patterns/index.md'), from the pages'
    # folder: the only hand-written pages the site publishes. None where there is no nav.
    site_nav: tuple[str, ...] | None = None  # sorted: a set's order differs run by run, and the store's key holds it
    # The site's published address (site_url): a link under it is a link to one of its pages.
    # Read by the catalogue-wide checks only, so no file's check depends on it, and the checks
    # a build kept serve a preview (whose address is another): not part of a store's key.
    site_address: str | None = field(default=None, compare=False, repr=False)
    # The repository's own address (repo_url), for a link to one of its files the site does
    # not publish (CONTRIBUTING.md): read by the catalogue-wide checks only, as site_address.
    repository_address: str | None = field(default=None, compare=False, repr=False)
    # The site's name (site_name): a link whose words are it goes to the site, and a sentence
    # that names its bookings speaks for it. Read by each file's own check too (a store's key).
    site_name: str | None = None
    # Each page the nav names, as (its title there, its address from the site's root: '',
    # 'patterns/', 'finder/'): a link whose words are one goes to the site. Read as site_name.
    site_pages: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)
    # The engine's not_in_nav and exclude_docs lines (gitignore's patterns): pages left out of
    # the nav, or out of the site, on purpose.
    site_unlisted: tuple[str, ...] = ()

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(s.heading for s in self.sections)

    def offer_named(self, text: str, stall_as_verb: bool = True) -> str | None:
        """The name of the offer whose words ``text`` holds (:attr:`Offer.names`: 'Book a
        Stall Review', 'our Stall Diagnosis', 'Revíew' read past its accent), or None: what a
        link's words, a name or a subheading must not pass for. Not across a comma or another
        mark that parts a sentence's clauses: 'When pilots stall, review the sign-off' names none."""
        if stall_as_verb:
            text = _stall_as_verb_held(text)  # (not where a price is read: 'Teams stall review, only £75')
        # (Read whole first: a part's letters are the whole's, so most texts are read once.)
        if (named := self._offer_named_in(text)) is None or _CLAUSE_MARKS.search(text) is None:
            return named
        return next((named for part in _CLAUSE_MARKS.split(text) if (named := self._offer_named_in(part)) is not None), None)

    def _offer_named_in(self, text: str) -> str | None:
        shown = as_compared(without_accents(text))
        found = [name for name, named in self._offer_names if named in shown]
        if not found and not any(all(pair in shown for pair in pairs) and before.search(shown) for (_, before, _), pairs in zip(self._offer_ends, self._offer_pairs)):
            return None  # most texts: nothing more to read
        # The name starts a word: 'the install review checklist' and 'the Tunstall Review'
        # name no offer. Then the name with a slip in its last word ('Book a Stall Reveiw'),
        # and a letter doubled or not in the words before ('Stal Reveiw'): readers read past
        # them as they read past an accent ('stale review' is another word, and names none).
        # A name in small letters ends a word too, or is its plural: 'a stall reviewer' names
        # none. Capitalised as the offer is, a longer word still names it ('Stall Reviewer:
        # £75', 'Book a Stall Reviewing'), as readers take it (review of the forty-fourth
        # session's change).
        starts = _word_starts(text, shown)
        at_starts = frozenset(starts)
        whole = self._offer_words_written.search(text) is None

        def ends(at: int) -> bool:
            return not whole or _name_ends(shown, at_starts, at)

        named_at = ((name, named) for name, named in self._offer_names if name in found)
        return next((name for name, named in named_at if any(shown.startswith(named, at) and ends(at + len(named)) for at in starts)), None) or next(
            (name for name, before, end in self._offer_ends for after in _ends_of(shown, starts, before) if _slipped(shown[after:], end, lambda size: ends(after + size))),
            None,
        )

    @cached_property
    def _offer_words_written(self) -> re.Pattern[str]:
        """A capitalised word of an offer's name as the offer writes it, or in capitals
        ('Stall', 'Review', 'REVIEW'), starting a word: where a text has one, a longer word
        names the offer too ('Stall Reveiwer: £75')."""
        words = {word for offer in self.offers for name in offer.names for word in name.split() if word[:1].isupper()}
        written = "|".join(sorted({re.escape(word) for word in words} | {re.escape(word.upper()) for word in words})) or "(?!)"
        return re.compile(rf"(?<![^\W\d_])(?:{written})")

    @cached_property
    def _offer_names(self) -> tuple[tuple[str, str], ...]:
        """Each offer's name with each of its :attr:`Offer.names` as compared, once per build
        (:meth:`offer_named` reads every title, sign and link's words)."""
        return tuple((offer.name, named) for offer in self.offers for words in offer.names if (named := as_compared(words)))

    @cached_property
    def _offer_pairs(self) -> tuple[tuple[str, ...], ...]:
        """The letters side by side in each of :attr:`_offer_ends`' words before the last
        ('st', 'ta', 'ai' of 'stal'): in any text they are in, doubled or not, looked for at C
        speed first."""
        return tuple(tuple(map("".join, zip(before, before[1:]))) for _, before, _ in self._offer_words)

    @cached_property
    def _offer_ends(self) -> tuple[tuple[str, re.Pattern[str], str], ...]:
        """Each offer's name with each of its :attr:`Offer.names` of two words or more, as its
        words before the last, any letter doubled or not ('stal' for 'stall'), and its last
        word ('review'), as compared."""
        return tuple((name, _any_doubling(before), end) for name, before, end in self._offer_words)

    @cached_property
    def _offer_words(self) -> tuple[tuple[str, str, str], ...]:
        """Each offer's name with each of its :attr:`Offer.names` of two words or more, as its
        words before the last, no letter doubled ('stai'), and its last word, as compared."""
        split = ((offer.name, _compared_words(words).split()) for offer in self.offers for words in offer.names)
        return tuple(dict.fromkeys((name, _undoubled("".join(words[:-1])), words[-1]) for name, words in split if len(words) > 1))

    def offer_owned(self, text: str) -> str | None:
        """The offer that ``text`` names by its last word as this site's, or None: "Stall
        Patterns' review", "this site's new diagnosis", "the site's review" (not 'our review',
        which is as often the author's own firm's)."""
        if (owned := self._offers_owned) is None or not any(end in text.lower() for end in self._offer_last_words):
            return None  # at C speed: most texts name neither offer's last word
        found = owned.search(_compared_words(text))
        return next((name for name, _, end in self._offer_words if end == found.group(1)), None) if found else None

    @cached_property
    def _offer_last_words(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(end for _, _, end in self._offer_words))

    @cached_property
    def _offers_owned(self) -> re.Pattern[str] | None:
        """This site's owners' words (:attr:`_site_owners`, 'our' aside), then at most one word,
        then an offer's last word, as compared."""
        owners = [" ".join(owner) for owner in self._site_owners if owner != ["our"]]
        if not owners or not self._offer_words:
            return None
        ends = "|".join(map(re.escape, self._offer_last_words))
        return re.compile(rf"(?<!\S)(?:{'|'.join(map(re.escape, owners))}) (?:\S+ )?({ends})(?!\S)")

    def offer_called(self, text: str) -> str | None:
        """The name of the offer ``text`` names (:meth:`offer_named`) or asks to book by its
        last word ('book a review', 'Book your diagnosis', as the site's search reads them),
        or None: what a link's words, a heading, a title or another name must not pass for.
        (Not a summary's or a section's prose: 'the team had to book a review with legal'.)"""
        if (named := self.offer_named(text)) is not None:
            return named
        shown = _compared_words(text)
        return next((offer.name for offer, asked in self._booked if (found := asked.search(shown)) and not _booked_elsewhere(shown[found.end() :])), None)

    @cached_property
    def _booked(self) -> tuple[tuple[Offer, re.Pattern[str]], ...]:
        """Each offer with the words that ask to book it by its name's last word, read as
        :func:`_compared_words` reads a text."""
        # (Not 'we booked a review', which tells what was done, nor 'the book review club',
        # where 'book' is a noun after its article. Without an article between, the words ask
        # only where they start the text or follow a word that asks ('Book review now', 'please
        # order review'): 'claim review', 'purchase order review' and 'hotel booking review'
        # are kinds of review, not asks.)
        book, before = _compared_words("book booking schedule reserve order buy purchase claim"), _compared_words("a an the your our my this one")
        noun = "".join(rf"(?<!\b{re.escape(word)} )" for word in _compared_words("a an the this that our your my their his her its").split())
        asking = "|".join(rf"(?<=\b{re.escape(word)} )" for word in _compared_words("please to and or now then just so").split())
        verbs, articles = "|".join(book.split()), "|".join(before.split())
        # Nor where a verb or a noun follows, which makes the words a subject ('Claim review is
        # where the saving goes', 'Purchase order review codes').
        subject = "|".join(_compared_words("is are was were has have had takes took needs goes went slips fails waits codes queues backlog team club process board").split())
        # Nor where a noun follows that the word says the kind of, or what is reviewed ('Book the
        # review room', 'Schedule review time', 'Order a review of the contract': the false-refusal
        # round of the forty-eighth session; not 'of your rollout', the reader's own).
        kind_of = "|".join(
            _compared_words("room rooms meeting meetings time slot slots board boards panel process cycle date dates window checklist template point gate").split()
        )
        what = "|".join(_compared_words("the a an its their each every this that these those").split())
        of_what = rf" of (?:{what})\b(?!.*\bwith (?:us|me|our)\b)"  # (not 'Book a review of the pilot with us')
        after = rf"(?! (?:{subject}|{kind_of})\b|{of_what})"
        return tuple(
            (
                offer,
                re.compile(
                    rf"{noun}\b(?:{verbs}) (?:{articles}) {_BOOKED_KIND}{re.escape(head)}s?\b(?! (?:{kind_of})\b|{of_what})"
                    rf"|(?:{asking})(?:{verbs}) {_BOOKED_KIND}{re.escape(head)}s?\b{after}"
                    # At the text's start, with more after it ('Book review now', 'Book review
                    # sessions today'): the words alone, or a plural, or before words that tell of a
                    # newspaper's or a book's name a kind ('a [book review](…) on the same theme',
                    # 'book reviews': the false refusals of the attack round of the fifty-fourth session).
                    rf"|^(?:{verbs}) {_BOOKED_KIND}{re.escape(head)}\b(?!$| (?:on|of|in|by|about|from|at|that|which|the|a|an|section|column|editor|podcast|pages?)\b){after}"
                ),
            )
            for offer in self.offers
            if (head := _compared_words(offer.name.split()[-1])) and head not in book.split()
        )

    def offer_linked(self, text: str) -> str | None:
        """The offer a link's words name or ask to book (:meth:`offer_called`), or ask for by
        the last word of its name alone, capitalised as the offer writes it and so as the
        site's own pages call it ('Start your Review', 'Pay for the Diagnosis': the attack round
        of the forty-seventh session); or None. (A link's words only: a subheading's 'Start a
        review' tells what to do.)"""
        return (
            self.offer_called(text)
            or next((offer.name for offer, asked in self._asked_by_last_word if asked.search(text)), None)
            or next((offer.name for offer, asked in self._asked_alone if asked.fullmatch(compared := _compared_words(text)) and compared not in _OTHERS_ASKS), None)
        )

    @cached_property
    def _asked_alone(self) -> tuple[tuple[Offer, re.Pattern[str]], ...]:
        """Each offer with the words that ask for it by its name's last word, in any letters, and say
        nothing more ('Request a diagnosis', 'Get your diagnosis', 'Request a review now': the attack
        round of helper-270), read as :func:`_compared_words` reads a text. A link's words only, which
        say no more of whose it is: to a public body's page, its own ('The ICO's [Request a
        review](https://ico.org.uk/…)'); words that name whose it is ('Request a review from Google')
        are another's, and so are :data:`_OTHERS_ASKS`."""
        verbs = "|".join(_compared_words("request get arrange secure claim grab order book schedule reserve").split())
        articles = "|".join(_compared_words("a an the your our my one").split())
        after = "|".join(_compared_words("now today here online").split())
        return tuple(
            (offer, re.compile(rf"(?:{_compared_words('please')} )?(?:{verbs}) (?:{articles}) {_BOOKED_KIND}{re.escape(head)}s?(?: (?:{after}))?"))
            for offer in self.offers
            if (head := _compared_words(offer.name.split()[-1] if offer.name.split() else ""))
        )

    @cached_property
    def _asked_by_last_word(self) -> tuple[tuple[Offer, re.Pattern[str]], ...]:
        return self._by_last_word(lambda last: rf"(?i:\b{_ASKING_FOR}\s+(?:a|an|the|our|your))\s+(?i:{_BOOKED_KIND_WRITTEN})?{last}s?\b(?!\s+(?i:of|course|form|page)\b)")

    def _by_last_word(self, expression: Callable[[str], str]) -> tuple[tuple[Offer, re.Pattern[str]], ...]:
        """Each offer whose name's last word is capitalised, as the site calls it ('Review'), with
        ``expression`` of that word (escaped), compiled."""
        return tuple(
            (offer, re.compile(expression(re.escape(last))))
            for offer in self.offers
            if (last := offer.name.split()[-1] if offer.name.split() else "")[:1].isupper()
        )

    def offer_booked(self, text: str) -> str | None:
        """The offer ``text`` asks to book: a word that books ('book', 'order', 'reserve'),
        then within a few words the offer's name, or its last word as :meth:`offer_called`
        reads it ('Book the Stall Review at …', 'order a review now'); or the offer's name,
        then where it is booked ('The Stall Review: book at …', 'Stall Review slots: …',
        'The Stall Review is now booked at …'), or by the last word of its name as the site
        calls it (:meth:`offer_or_its_last_word`); or None."""
        # (By its last word alone only where the sentence ends at the place: 'The Review is now at
        # …', not 'The Review is now at www.rcgp.org.uk/review, and the trust never read it', nor
        # 'The Review: kingsfund.org.uk/…', a source: the false-refusal round of the forty-eighth session.)
        named = self.offer_or_its_last_word if _ENDS_AT_PLACE.search(text, max(0, len(text) - _LABEL_MOST)) else self.offer_named
        words = text.split()
        asked = next(
            # (With the word before, which says whether it asks: 'claims reserve review' does not.)
            (name for at, word in enumerate(words) if as_compared(word) in _BOOKING_VERBS and (name := self.offer_called(" ".join(words[max(0, at - 1) : at + 7])))),
            None,
        ) or next(
            # Or its last word as the site calls it, capitalised after a word that says which, whoever
            # else the words after may name ('Book the Diagnosis at …', 'Book your Review via …': the
            # attack round of the fifty-fifth session; offer_called reads 'at …' as another's review).
            (name for at, word in enumerate(words) if as_compared(word) in _BOOKING_VERBS and (name := self.offer_or_its_last_word(" ".join(words[at + 1 : at + 5])))),
            None,
        )
        asked = asked or self._offer_had(words)
        if asked is None and len(text) <= _LABEL_MOST and (labelled := _LABELLED.fullmatch(text)) is not None and (not labelled.group("rest") or "." in labelled.group("rest")):
            asked = self.offer_named(labelled.group("name"))  # 'Stall Review: stallhelp.co.uk', 'The Review → [here](…)'
        words = _MOVED_SAID.sub("moved", text).split() if _MOVED_SAID.search(text) else words
        return asked or next(
            (
                name
                for at, word in enumerate(words)
                if (compared := as_compared(word.rstrip(":"))) in _BOOKED_WHERE
                and (word.endswith(":") or _place_follows(words, at, compared))
                and (name := named(" ".join(words[max(0, at - 4) : at])))
            ),
            None,
        )

    def _offer_had(self, words: list[str]) -> str | None:
        """The offer ``words`` say is had somewhere, where what follows says where ('Get the Stall Review at …',
        'You can find a Stall Diagnosis via …', 'The Stall Review is also available at …', 'For the Stall Review,
        head to …': the attack round of the fifty-ninth session): its name just after a word that gets it, or just
        before 'is available', or first in the sentence after 'For', then a comma. Not 'Get the report the Stall
        Review cites at …', 'The data the Stall Diagnosis uses is available at …', 'For the Stall Review's
        background, see …'."""
        for at, word in enumerate(words):
            compared = as_compared(word)
            if compared in _GETTING_WORDS and (name := self._named_first(words[at + 1 : at + 5])) is not None:
                return name
            if compared == _AVAILABLE and _place_after(words, at) and (being := _being_before(words, at)) and (name := self._named_last(words[max(0, being - 4) : being])) is not None:
                return name
        if words and as_compared(words[0]) == _FOR:
            # (Then a word that sends the reader there: not 'For the Stall Review, we interviewed staff at …'.)
            end = next((at for at, word in enumerate(words[:6]) if word.endswith(",")), None)
            if end is not None and end + 1 < len(words) and as_compared(words[end + 1]) in _SENDING_WORDS:
                return self._named_last(words[1 : end + 1])
        return None

    def _named_first(self, words: list[str]) -> str | None:
        """The offer ``words`` name first, after a word that says which ('the', 'a free'), and then where or when
        it is had ('at', 'via', 'today'), or nothing; or None. (Not 'Get the Stall Review findings at …'.)"""
        rest = words[next((at for at, word in enumerate(words) if as_compared(word) not in _WHICH_WORDS), len(words)) :]
        if (name := self.offer_named(" ".join(rest))) is None or self.offer_named(" ".join(rest[1:])) is not None:
            return None  # (named after its first word, or not at all)
        size = next(size for size in range(1, len(rest) + 1) if self.offer_named(" ".join(rest[:size])) is not None)
        return name if size == len(rest) or as_compared(rest[size]) in _HAD_WHERE else None

    def _named_last(self, words: list[str]) -> str | None:
        """The offer whose name ``words`` end with, or None. (Not 'the Stall Diagnosis uses'.)"""
        name = self.offer_named(" ".join(words))
        return name if name is not None and self.offer_named(" ".join(words[:-1])) is None else None

    def offer_or_its_last_word(self, text: str) -> str | None:
        """The offer ``text`` names (:meth:`offer_named`), or calls by the last word of its
        name as the site does, capitalised, after a word that says which ('the Review', 'our
        Diagnosis': 'Bookings for the Review have moved to …', the attack round of the
        forty-seventh session)."""
        return self.offer_named(text) or next((offer.name for offer, called in self._called_by_last_word if called.search(text)), None)

    @cached_property
    def _called_by_last_word(self) -> tuple[tuple[Offer, re.Pattern[str]], ...]:
        # (Not a longer name's first word: 'the Review Board'.)
        return self._by_last_word(lambda last: rf"\b(?i:the|our|your|this|a|an|my)\s+(?i:{_BOOKED_KIND_WRITTEN})?(?:[£$€]\s?\d[\d,.]*\s?k?\s+)?{last}(?:s|es|['’]s)?\b(?!\s+[A-Z])")

    def site_page_named(self, text: str) -> tuple[str, str] | None:
        """The site's name or the title of one of its pages in the nav that ``text`` is, an
        article before it aside ('the stall finder'), with the page's address from the site's
        root ('' for the site's name), or None: what a link elsewhere or a pattern's name must
        not pass for. So is the page said to be the site's ('our contact page', 'this site's
        Stall finder', "Stall Patterns' contact form"), or asked for ('see the Contact page'),
        or named in the plural, or with a word in brackets after it ('Contacts', 'Contact
        (new)': attack round of the forty-fifth session)."""
        if (named := self._site_page_named(text)) is not None or not (plain := _AS_NAMED_AFTER.sub("", text.rstrip(" !."))):
            return named
        if plain != text.rstrip() and (named := self._site_page_named(plain)) is not None:
            return named
        # In the plural, with a page's word after it or not ('Contacts', 'Contacts page', 'Stall finders').
        words = plain.split()
        if words and words[-1].lower() in _PAGE_WORDS and len(words) > 1:
            words = words[:-1]
        named_words = words[1:] if words and words[0].lower() in _ARTICLE_WORDS else words
        if not named_words or words[-1][-1:] not in "sS" or not named_words[0][:1].isupper():
            return None
        named = self._site_page_named(" ".join([*words[:-1], words[-1][:-1]]))
        return named if named is not None and named[1] else None  # ('Homes' is no home page)

    def _site_page_named(self, text: str) -> tuple[str, str] | None:
        key = as_named(text) if text.strip() else ""
        named = self._site_words.get(key) if key else None
        if named is not None and " " not in named[0].strip() and without_article(text).strip(" .,:;!?").translate(LOOKS_LATIN) not in _as_the_nav_writes(named[0]):
            # A page of one word is named as the nav writes it, capital and all, or in capitals,
            # and in letters that look as its do ('[Contact]', '[CONTACT]', '[Contαct]' with a
            # Greek alpha), not 'the regulator's [contact](https://ico.org.uk/…/contact-us/) page'.
            named = None
        if named is not None or not key.endswith(self._page_word_ends):
            return named  # (most words end in no page's name: read no further)
        whose, words = self._whose(_compared_words(text))
        if words and words[-1] in _PAGE_WORDS and len(words) > 1:
            words = words[:-1]
        named = self._site_words.get("".join(words))
        if named is None or whose == "site" or " " in named[0].strip():
            return named
        # 'the Contact page', 'see Contact': a page of one word as the nav writes it, capital and all.
        written = "|".join(map(re.escape, _as_the_nav_writes(named[0])))
        return named if re.search(rf"(?<!\w)(?:{written})(?!\w)", text.translate(LOOKS_LATIN)) else None

    @cached_property
    def _page_word_ends(self) -> tuple[str, ...]:
        """How words that name one of the site's pages end, as compared: its name, or its
        name and 'page' ('contact', 'contactpage')."""
        return tuple(key + ending for key in self._site_words for ending in ("", *_PAGE_WORDS))

    def _whose(self, compared: str) -> tuple[str, list[str]]:
        """A text's words as compared (:func:`_compared_words`), without a word that asks to
        look ('see', 'visit'), and whose they say it is: "site" ('our', 'this site's', the
        site's name and "'s"), an article ('the', 'a'), or ''; and the words after."""
        words = compared.split()
        if words and words[0] in _LOOK_WORDS:
            words = words[1:]
        for owner in self._site_owners:
            if words[: len(owner)] == owner and len(words) > len(owner):
                return "site", words[len(owner) :]
        if words and words[0] in _ARTICLE_WORDS:
            return "article", words[1:]
        return "", words

    @cached_property
    def _site_owners(self) -> tuple[list[str], ...]:
        """The words that say a thing is this site's, as compared, longest first."""
        name = _compared_words(self.site_name or "").split()
        owners = [["our"], ["this", "site", "s"], ["the", "site", "s"], ["this", "site"], ["this", "website", "s"], ["the", "website", "s"]]
        if name:
            owners += [[*name, "s"], name, ["the", *name]]
        return tuple(sorted(owners, key=len, reverse=True))

    def site_part_named(self, text: str) -> bool:
        """Whether ``text`` names a part or a service of this site, or the site itself, and
        nothing else (:data:`_SITES_OWN_PART`), or a thing of the site's by its name ('Stall
        Patterns on GitHub', "Stall Patterns' repository", 'The Stall Patterns podcast': the attack
        round of the fifty-third session): what a link elsewhere must not pass for."""
        compared = _compared_words(text)
        if _SITES_OWN_PART.fullmatch(compared) is not None:
            return True
        name = _compared_words(self.site_name or "").split()
        words = compared.split()
        if words[:1] == ["the"]:
            words = words[1:]
        if not name or words[: len(name)] != name or not self._written_as_the_site_writes(text):
            return False
        after = words[len(name) :]
        # A thing a site has, by the site's name ('Stall Patterns on GitHub', "Stall Patterns' blog");
        # not another's writing about it ('Stall Patterns reviewed by CIOs': the review of the change).
        return _SITES_THING.fullmatch(" ".join(after[1:] if after[:1] == ["s"] else after)) is not None

    def site_label_named(self, text: str) -> bool:
        """Whether ``text`` is the words of one of the site's own links, written as a label is, with
        a capital ('Skip to content', 'Copy link', 'Browse all patterns')."""
        return text.lstrip(" *_\"'“‘")[:1].isupper() and _SITES_OWN_LABEL.fullmatch(_compared_words(text)) is not None

    def _written_as_the_site_writes(self, text: str) -> bool:
        """Whether ``text`` holds the site's name capitalised as the site writes it, or in capitals
        ('Stall Patterns', 'STALL PATTERNS'; not 'stall patterns in the NHS', the words)."""
        written = " ".join(without_accents(text).translate(LOOKS_LATIN).split())
        name = " ".join((self.site_name or "").split())
        return bool(name) and (name in written or name.upper() in written)

    @cached_property
    def _cta_first(self) -> re.Pattern[str]:
        """The site's question over its offers, first in a text, in any case and with any marks."""
        words = self.cta_heading.split()
        return re.compile(r"\W*" + r"\W+".join(map(re.escape, words)) + r"\W*", re.IGNORECASE) if words else re.compile("(?!)")

    def contact_asked(self, text: str) -> tuple[str, str] | None:
        """The site's contact page (its title in the nav, its address from the site's root),
        where ``text`` asks readers to contact or book the site without naming anyone else
        ('Contact us', 'Get in touch', 'Book now', 'Book a call'), or names a way to reach or
        pay it as the site's own ('our booking calendar', "Stall Patterns' WhatsApp group"),
        or None: what a link elsewhere or a pattern's name must not pass for, as
        :meth:`site_page_named`."""
        if not self.offers:
            return None
        if (asked := self._cta_first.match(text)) is not None and text[asked.end() :].strip():
            # The site's own question before words that ask ('Is this your stall? Book now': the attack
            # round of the fifty-fourth session), read by what follows it. (Not any words of two sentences:
            # 'Buy? Build? Partner? How firms choose AI', a newspaper's headline: the review of the change.)
            return self.contact_asked(text[asked.end() :])
        if _ASKS_TO_CONTACT.fullmatch(compared := _compared_words(text)) is None and _BOOK_BUTTON.fullmatch(text) is None:
            whose, words = self._whose(compared)
            if whose != "site" or not words or len(words) > 3 or not any(word in _CONTACT_WORDS for word in words[-2:]):
                return None
        page = self.offers[0].url.partition("#")[0]
        return next(((title, address) for title, address in self.site_pages if address.strip("/") == page.strip("/")), ("Contact", page))

    @cached_property
    def _site_words(self) -> dict[str, tuple[str, str]]:
        words = {as_named(title): (title, page) for title, page in self.site_pages if as_named(title)}
        if self.site_name and as_named(self.site_name):
            words[as_named(self.site_name)] = (self.site_name, "")
        return words

    @property
    def category_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.categories)

    @classmethod
    def from_mapping(cls, block: Mapping[str, Any], root: Path) -> Settings:
        """Build settings from the plugin's config block; raise ConfigError if unusable."""
        reader = _Block(block, f"plugins.{PLUGIN_NAME}")
        reader.only(SETTING_NAMES)
        sections = tuple(
            Section(key=item.slug("key"), heading=item.text("heading"))
            for item in reader.items("sections", Section)
        )
        categories = tuple(
            Category(id=item.slug("id"), label=item.text("label"), description=item.text("description"))
            for item in reader.items("categories", Category)
        )
        offers = tuple(
            Offer(**{f.name: _offer_field(item, f.name) for f in fields(Offer) if f.name in item.data or f.default is MISSING})
            for item in reader.items("offers", Offer)
        )
        for what, (listed, key), values in (
            ("section key", ("sections", "key"), [s.key for s in sections]),
            ("section heading", ("sections", "heading"), [s.heading for s in sections]),
            ("category id", ("categories", "id"), [c.id for c in categories]),
            ("offer id", ("offers", "id"), [o.id for o in offers]),
            # Shown side by side (the filter's categories, the closing block's offers): two
            # alike are two choices a reader cannot tell apart.
            ("category label", ("categories", "label"), [c.label for c in categories]),
            ("offer name", ("offers", "name"), [o.name for o in offers]),
        ):
            duplicates = _repeated(values)
            if duplicates:
                # Told at the first one written again, where the maintainer changes one of the two.
                again = _first_repeat(values)
                raise ConfigError(f"{reader.where}: duplicate {what}: {', '.join(duplicates)}", at=f"{reader.where}.{listed}[{again}].{key}")
        cta_heading = reader.text("cta_heading", default="Is this your stall?")
        if clash := next((s for s in sections if as_compared(s.heading) == as_compared(cta_heading)), None):
            # An author's section of that name would be read as the generated closing block:
            # every pattern would fail, each told to delete the section it needs.
            raise ConfigError(
                f"{reader.where}.cta_heading: '{cta_heading}' is also the heading of the section '{clash.key}': "
                "the closing block needs a heading of its own"
            )
        contact = _contact(reader.sub("contact"), offers)
        patterns_dir = _own_folder(root, reader.text("patterns_dir", default="patterns"), f"{reader.where}.patterns_dir")
        limits = Limits(**reader.sub("limits").typed_fields(Limits))
        editorial = reader.sub("editorial")
        editorial.only(Editorial.__dataclass_fields__)
        words = _section_words(editorial, [section.key for section in sections])
        return cls(
            root=root,
            patterns_dir=patterns_dir,
            sections=sections,
            cta_heading=cta_heading,
            categories=categories,
            offers=offers,
            contact=contact,
            limits=limits,
            editorial=Editorial(section_words=words, spellings=_spellings(editorial)),
            search=Search(synonyms=_synonyms(reader.sub("search"))),
        )


def with_site_folders(
    settings: Settings, docs_dir: str | Path, custom_dir: str | Path | None, engine: Mapping[str, Any] | None = None
) -> Settings:
    """``settings`` with the engine's folders of the site's own files (relative to the
    configuration's folder, as the engine reads them), and from the engine's settings as
    mkdocs.yml has them (``engine``): the pages its nav lists, those left out of it on purpose,
    and the site's published address."""
    folders = [(docs_dir, "docs_dir"), *([(custom_dir, "theme.custom_dir")] if custom_dir else [])]
    engine = engine or {}
    nav, address = engine.get("nav"), engine.get("site_url")
    unlisted = [str(engine.get(key) or "") for key in ("not_in_nav", "exclude_docs")]
    return replace(
        settings,
        site_folders=tuple(_own_folder(settings.root, str(folder), key) for folder, key in folders),
        site_nav=tuple(sorted(set(_nav_pages(nav)))) if nav is not None else None,
        site_address=_site_address(address),
        repository_address=_repository_address(engine.get("repo_url")),
        site_name=engine["site_name"].strip() or None if isinstance(engine.get("site_name"), str) else None,
        site_pages=tuple(_nav_titles(nav)),
        site_unlisted=tuple(line for text in unlisted for line in text.splitlines() if line.strip()),
    )


def engine_settings(config_file: Path) -> dict[Any, Any]:
    """mkdocs.yml's settings as written (``!ENV`` read, ``INHERIT`` merged): a preview's engine
    replaces some (site_url) with its own. A key written twice is the one error raised: the
    engine read the file, and took one of the two without a word."""
    try:
        return _read_config(config_file, ())
    except RepeatedSetting:
        raise
    except ConfigError:
        return {}


def _nav_pages(nav: Any) -> Iterable[str]:
    """The pages a nav lists, as paths from the pages' folder; the addresses of other sites
    it links to are not pages."""
    if isinstance(nav, str):
        if "://" not in nav and not nav.startswith(("/", "#")):
            yield posixpath.normpath(nav.replace("\\", "/"))
    elif isinstance(nav, Mapping):
        for value in nav.values():
            yield from _nav_pages(value)
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_pages(item)


def _nav_titles(nav: Any) -> Iterable[tuple[str, str]]:
    """(title, address from the site's root) of each page the nav names by a title of its own
    ('All patterns: patterns/index.md' is ('All patterns', 'patterns/'))."""
    if isinstance(nav, Mapping):
        for title, value in nav.items():
            if isinstance(title, str) and isinstance(value, str) and "://" not in value and value.endswith(".md"):
                page = posixpath.normpath(value.replace("\\", "/")).removesuffix(".md")
                yield title.strip(), "" if page == "index" else page.removesuffix("/index").removesuffix("index") + "/"
            else:
                yield from _nav_titles(value)
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_titles(item)


def _folder(root: Path, name: str, key: str) -> Path:
    """The folder ``name`` names from ``root``, resolved; a name no folder can have is a
    configuration error, not a traceback."""
    try:
        return (root / name).resolve()
    except (ValueError, OSError) as error:  # a NUL character in it, a loop of links
        raise ConfigError(f"{key}: '{printable(name)}' cannot be a folder's name ({error})") from None


def _own_folder(root: Path, name: str, key: str) -> Path:
    """The folder ``name`` names from ``root``, which must be in the repository (``root``):
    its files are listed, read and published. A pull request can commit the folder as a
    symbolic link (to '/', to another checkout's files), and through it the checks listed
    every file name on the machine that builds and published the '*.md' files they found
    there."""
    folder = _folder(root, name, key)
    repository = root.resolve()
    if not folder.is_relative_to(repository):
        linked = _is_link(root / name)
        raise ConfigError(
            f"{key}: '{printable(name)}' is {'a symbolic link to ' if linked else ''}'{printable(str(folder))}', outside the "
            f"repository ({printable(str(repository))}), and only a folder in it is read: "
            + ("put the folder itself there, not a link" if linked else "name a folder inside the repository")
        )
    # A link to a folder inside the repository is refused too: GitHub shows it in a pull
    # request as the name it points to, and the files read through it (a test's fixtures)
    # would be published unreviewed.
    parts = Path(name).parts
    for depth in range(1, len(parts) + 1):
        if not Path(name).is_absolute() and _is_link(root.joinpath(*parts[:depth])):
            shown = "/".join(parts[:depth])
            raise ConfigError(
                f"{key}: '{printable(shown)}' is a symbolic link to '{printable(str(folder))}', and only a folder of the "
                "repository's own is read (GitHub shows a link as the name it points to, so its files are never reviewed): "
                "put the folder itself there, not a link"
            )
    return folder


def _is_link(path: Path) -> bool:
    try:
        return path.is_symlink()
    except (OSError, ValueError):
        return False


class _Block:
    """A small typed reader over one mapping of the config, naming the place of any error."""

    def __init__(self, data: Any, where: str) -> None:
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            raise ConfigError(f"{where}: expected a mapping of settings")
        self.data: Mapping[str, Any] = data
        self.where = where

    def text(self, key: str, default: str | None = None, shown: bool = True) -> str:
        """A text value; ``shown``: plain text a page shows (escaped), a heading, a name, a price."""
        value = self.data.get(key, default)
        if value is not None and not isinstance(value, str) and (kind := _YAML_KINDS.get(type(value))):
            example = f" (a price with its currency, such as '£{value}')" if key == "price" else ""
            raise ConfigError(f"{self.where}.{key}: expected text, and YAML reads {value!r} as {kind}: write it between quotes{example}")
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{self.where}.{key}: expected a non-empty text value")
        if shown and has_tag(value):
            # Escaped, the tags would show on every page as typed; a section heading would
            # match no heading an author may write (authors' HTML is refused).
            raise ConfigError(f"{self.where}.{key}: {value.strip()!r} holds HTML: write plain text")
        return value.strip()

    def url(self, key: str) -> str:
        """A text value printed as a link: https:, http:, mailto:, relative or #fragment only."""
        value = self.text(key, shown=False)  # its own checks: a query may hold '<' (it is encoded)
        try:
            return checked_url(value)
        except UnsafeURL as error:
            raise ConfigError(f"{self.where}.{key}: {value!r} {error}") from None

    def slug(self, key: str) -> str:
        """A text value that becomes part of a URL or an HTML id: lower-case kebab-case."""
        value = self.text(key)
        if not is_slug(value):
            raise ConfigError(
                f"{self.where}.{key}: '{value}' must be lower-case words joined by hyphens, "
                f"such as '{slugify(value) or 'an-id'}' (it becomes part of URLs and HTML ids)"
            )
        return value

    def items(self, key: str, kind: type[Section | Category | Offer]) -> list[_Block]:
        """A non-empty list of mappings, each holding only the fields of ``kind``."""
        value = self.data.get(key)
        if not isinstance(value, list) or not value:
            raise ConfigError(f"{self.where}.{key}: expected a non-empty list")
        items = [_Block(item, f"{self.where}.{key}[{i}]") for i, item in enumerate(value)]
        for item in items:
            item.only({f.name for f in fields(kind)})
        return items

    def only(self, known: Iterable[str]) -> None:
        """Refuse a setting that is not one of ``known``: a misspelt one would be ignored."""
        names = list(known)
        for key in self.data:
            if key not in names:
                guess = closest(str(key), names)
                near = f"did you mean {guess}?" if guess else f"known: {', '.join(names)}"
                raise ConfigError(f"{self.where}: unknown setting {key} ({near})", at=f"{self.where}.{key}")

    def sub(self, key: str) -> _Block:
        return _Block(self.data.get(key), f"{self.where}.{key}")

    def pair(self, key: str) -> tuple[int, int]:
        value = self.data.get(key)
        if (
            not isinstance(value, (list, tuple))
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)
            or value[0] > value[1]
        ):
            raise ConfigError(f"{self.where}.{key}: expected [minimum, maximum], two whole numbers")
        return (value[0], value[1])

    def typed_fields(self, kind: type[Limits]) -> dict[str, Any]:
        known = {f.name: f for f in fields(kind)}
        self.only(known)
        out: dict[str, Any] = {}
        for name in self.data:
            if isinstance(known[name].default, tuple):
                out[name] = self.pair(name)
            else:
                value = self.data[name]
                if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                    raise ConfigError(f"{self.where}.{name}: expected a positive whole number")
                out[name] = value
        return out


# What YAML makes of an unquoted value that was meant as text.
_YAML_KINDS = {int: "a number", float: "a number", bool: "true or false", date: "a date", datetime: "a date and time", list: "a list", dict: "a mapping"}


def _repeated(values: list[str]) -> list[str]:
    """The values written more than once (case and spacing aside), as first written."""
    seen: dict[str, str] = {}
    repeated: dict[str, str] = {}
    for value in values:
        compared = " ".join(value.casefold().split())
        if compared in seen:
            repeated.setdefault(compared, seen[compared])
        seen.setdefault(compared, value)
    return sorted(repeated.values())


def _first_repeat(values: list[str]) -> int:
    """The index of the first value written again (as :func:`_repeated` tells them), or 0."""
    return next((index for index in range(len(values)) if _repeated(values[: index + 1])), 0)


def _section_words(editorial: _Block, keys: list[str]) -> dict[str, tuple[int, int]]:
    """``editorial.section_words``: one [fewest, most] for every section, or one per section key."""
    if "section_words" not in editorial.data:
        return {}
    value = editorial.data["section_words"]
    if isinstance(value, Mapping):
        per_section = editorial.sub("section_words")
        per_section.only(keys)
        return {key: per_section.pair(key) for key in keys if key in value}
    pair = editorial.pair("section_words")
    return dict.fromkeys(keys, pair)


def _offer_field(item: _Block, name: str) -> str:
    if name == "id":
        return item.slug(name)
    if name == "url":
        return item.url(name)
    return item.text(name)


def _contact(block: _Block, offers: tuple[Offer, ...]) -> Contact:
    """``contact``: the booking address, booking pages per offer id, and whether they get context."""
    block.only(Contact.__dataclass_fields__)
    email = block.data.get("email") or ""
    if not isinstance(email, str):
        raise ConfigError(f"{block.where}.email: expected an email address")
    if email.strip():
        try:
            email = checked_email(email.strip())
        except UnsafeURL as error:
            raise ConfigError(f"{block.where}.email: {error}") from None
    pages = block.sub("booking_urls")
    pages.only(o.id for o in offers)
    booking_urls = {str(offer_id): pages.url(str(offer_id)) for offer_id in pages.data}
    for offer_id, page in booking_urls.items():
        if url_scheme(page) not in ("http", "https", "mailto"):
            # Printed on pages at every depth: a relative address would go somewhere else from each.
            raise ConfigError(f"{pages.where}.{offer_id}: {page!r} is not a full address: write it with https://, such as https://cal.your-domain.co.uk/{offer_id}")
    context = block.data.get("booking_context", False)
    if not isinstance(context, bool):
        raise ConfigError(f"{block.where}.booking_context: expected true or false")
    return Contact(email=email.strip(), booking_urls=booking_urls, booking_context=context, offer_ids=tuple(o.id for o in offers))


def _spellings(editorial: _Block) -> dict[str, str]:
    """``editorial.spellings``: every American word form to flag, with its British form.

    ``stems`` (American: British) take each of the ``endings``: ``organiz: organis`` with
    ``ing`` flags "organizing" and asks for "organising". ``words`` are whole words.
    """
    spellings = editorial.sub("spellings")
    spellings.only(("stems", "endings", "words"))
    out: dict[str, str] = {}
    endings = spellings.data.get("endings") or [""]
    if not isinstance(endings, list) or not all(isinstance(e, str) and (e == "" or is_word(e)) for e in endings):
        raise ConfigError(f"{spellings.where}.endings: expected a list of word endings, such as [e, ed, ing]")
    for part, forms in (("stems", [str(e) for e in endings]), ("words", [""])):
        mapping = spellings.data.get(part) or {}
        where = f"{spellings.where}.{part}"
        if not isinstance(mapping, Mapping):
            raise ConfigError(f"{where}: expected a mapping of American: British")
        for word, replacement in mapping.items():
            if not isinstance(word, str) or not is_word(word):
                raise ConfigError(f"{where}: {word!r} is not a single word (expected American: British)")
            if not isinstance(replacement, str) or not is_word(replacement):
                raise ConfigError(f"{where}.{word}: {replacement!r} is not a single word")
            for ending in forms:
                out[(word + ending).lower()] = (replacement + ending).lower()
    return out


# A search term: words of letters and digits, joined by single spaces or hyphens.
_TERM = re.compile(r"[^\W_]+(?:[ '&/-][^\W_]+){0,4}")
_TERM_LENGTH = 40


def _synonyms(search: _Block) -> dict[str, tuple[str, ...]]:
    """``search.synonyms``: term -> list of terms (a word or a short phrase each)."""
    search.only(Search.__dataclass_fields__)
    where = f"{search.where}.synonyms"
    synonyms = search.data.get("synonyms") or {}
    if not isinstance(synonyms, Mapping):
        raise ConfigError(f"{where}: expected a mapping of term: [other terms]")

    def term(value: Any, at: str) -> str:
        if not isinstance(value, str) or len(value) > _TERM_LENGTH or not _TERM.fullmatch(value.strip()):
            raise ConfigError(f"{at}: {value!r} is not a search term (up to five words, {_TERM_LENGTH} characters)")
        return value.strip().lower()

    out: dict[str, tuple[str, ...]] = {}
    for key, values in synonyms.items():
        name = term(key, where)
        if name in out:  # 'ROI' and 'roi': one key, and the second list would replace the first
            raise ConfigError(f"{where}: {key!r} is listed twice (as {name!r}): put its terms in one list")
        if not isinstance(values, list) or not values:
            raise ConfigError(f"{where}.{name}: expected a list of terms")
        out[name] = tuple(term(value, f"{where}.{name}") for value in values)
    return out


class _RepeatedKey(yaml.constructor.ConstructorError):
    """A key written twice in one mapping (see :class:`RepeatedSetting`)."""


class _NoRepeatedKeys:
    """Refuses a key written twice in one mapping, where YAML keeps the last silently. A key
    taken in with ``<<: *anchor`` may be set again: that is what merging is for."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge" or not isinstance(key_node, yaml.ScalarNode):
                continue
            key = self.construct_object(key_node)  # type: ignore[attr-defined]
            if key in seen:
                first = seen[key].start_mark.line + 1
                raise _RepeatedKey(
                    None, None,
                    f"'{printable(str(key))}' is set twice, here and on line {first}: YAML keeps only this one, "
                    "without a word; delete the one you do not mean",
                    key_node.start_mark,
                )
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)  # type: ignore[misc]


class _ConfigLoader(_NoRepeatedKeys, yaml.SafeLoader):
    """Reads mkdocs.yml without executing it: ``!ENV`` as the engines read it, other unknown
    tags (``!!python/name``) as None."""


class _FastConfigLoader(_NoRepeatedKeys, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """:class:`_ConfigLoader` on libyaml, when PyYAML has it: the same values in an eighth
    of the time (a build reads mkdocs.yml for the settings as written, 40 ms in Python).
    A file it cannot read is read again by :class:`_ConfigLoader`, whose error is the one
    reported (or whose values are taken, where the two readers disagree)."""


def _environment_value(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    """``!ENV NAME`` or ``!ENV [NAME, OTHER, default]``: the first variable that is set, else
    the default (the last item, when there are several)."""
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    elif isinstance(node, yaml.SequenceNode):
        items = loader.construct_sequence(node)
        names, default = (items[:-1], items[-1]) if len(items) > 1 else (items, None)
    else:
        return None
    return next((os.environ[str(name)] for name in names if str(name) in os.environ), default)


for _loader in (_ConfigLoader, _FastConfigLoader):
    _loader.add_constructor("!ENV", _environment_value)
    _loader.add_multi_constructor("", lambda loader, suffix, node: None)
    _loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _yaml_load(text: str) -> Any:
    """``text`` as :class:`_ConfigLoader` reads it, by libyaml where it can."""
    if "\t" in text:
        # libyaml reads a tab inside or after a value ('site_name: Stall Patterns<tab>'),
        # which PyYAML, and so the engine, refuses: only the pure-Python reader's verdict.
        return yaml.load(text, Loader=_ConfigLoader)
    try:
        return yaml.load(text, Loader=_FastConfigLoader)
    except _RepeatedKey:
        raise
    except yaml.YAMLError:
        return yaml.load(text, Loader=_ConfigLoader)


CONFIG_NAMES = ("properdocs.yml", "properdocs.yaml", "mkdocs.yml", "mkdocs.yaml")
"""The engine's configuration files, in the order ProperDocs looks for them (MkDocs reads
the ``mkdocs`` names only)."""


def find_config(start: Path | None = None) -> Path:
    """The nearest engine configuration at or above ``start`` (default: the working directory)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
    raise ConfigError(
        f"no properdocs.yml or mkdocs.yml found in {here} or any folder above it: "
        "run the command in the repository's folder (cd into it first)"
    )


def _site_address(address: object) -> str | None:
    """``site_url`` as written, if set: a web address (http: while trying the site out, https:
    to publish, which `check-deploy` asks for). It is every page's canonical link, the feed's
    and each shared link's start: anything else ('javascript:…', 'www.example.org') is refused."""
    if not isinstance(address, str) or not address.strip():
        return None
    written = address.strip()
    if url_scheme(written) not in ("http", "https") or not urlsplit(written).hostname:
        raise ConfigError(f"site_url: {printable(written)!r} is not a web address: write the site's address, such as 'https://example.org/stall-patterns/'")
    return written


def _repository_address(address: object) -> str | None:
    """``repo_url`` as written, if it is a web address (the theme links to it too)."""
    if not isinstance(address, str) or url_scheme(address.strip()) not in ("http", "https") or not urlsplit(address.strip()).hostname:
        return None
    return address.strip().rstrip("/")


def site_url(config_file: Path) -> str | None:
    """The site's published address (``site_url``, with its ``!ENV`` read), or None."""
    value = _read_config(config_file, ()).get("site_url")
    return value if isinstance(value, str) and value.strip() else None


def deploy_problems(settings: Settings, published_at: str | None) -> list[str]:
    """What must be put right before the site is published: where readers book, the site's
    own address (canonical links, the feed, shared links and the addresses in booking
    e-mails all come from it), and the offers' pages."""
    problems = [settings.contact.problem] if settings.contact.problem else []
    if published_at is None:
        problems.append("set site_url in mkdocs.yml (or SITE_URL): without it, pages have no address to share, no feed and no canonical link")
    else:
        address = urlsplit(published_at)
        if address.scheme != "https" or is_reserved_host(address.hostname or "") or is_placeholder(published_at):
            problems.append(f"set site_url in mkdocs.yml (or SITE_URL) to the site's public https:// address, not '{published_at}'")
    for offer in settings.offers:
        where = urlsplit(offer.url)
        if where.scheme in ("http", "https") and (is_reserved_host(where.hostname or "") or is_placeholder(offer.url)):
            problems.append(f"set offers.{offer.id}.url in mkdocs.yml: '{offer.url}' can never be reached")
    return problems


def load_settings(config_file: Path) -> Settings:
    """Read the ``stallpatterns`` plugin block of a ``properdocs.yml`` or ``mkdocs.yml``."""
    data = _read_config(config_file, ())
    plugins = data.get("plugins")
    entries = plugins.items() if isinstance(plugins, Mapping) else (plugins or [])
    for entry in entries:
        name, block = (entry, None) if isinstance(entry, str) else _entry(entry)
        if name == PLUGIN_NAME:
            try:
                settings = Settings.from_mapping(block or {}, root=config_file.parent)
                theme = data.get("theme")
                custom_dir = theme.get("custom_dir") if isinstance(theme, Mapping) else None
                docs_dir = data.get("docs_dir") or "docs"
                return with_site_folders(settings, str(docs_dir), str(custom_dir) if custom_dir else None, data)
            except ConfigError as error:
                raise placed(error, config_file) from None
    raise _not_configured(config_file)


def _not_configured(config_file: Path) -> ConfigError:
    """The plugin is in no file read: told of the file its block belongs in, the one the
    others inherit from (properdocs.yml holds only what differs from mkdocs.yml), and that
    it is empty, where it is (an empty mkdocs.yml was blamed on properdocs.yml)."""
    holder = (config_file, *inherited_files(config_file))[-1]
    shown = _shown(holder)
    try:
        empty = not holder.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        empty = False
    if empty:
        return ConfigError(
            f"{shown}:1: the file is empty: it holds the site's settings, the '{PLUGIN_NAME}' plugin's among them; "
            f"restore it (git checkout -- {shown})",
            file=shown, line=1,
        )
    return ConfigError(
        f"{shown}: the '{PLUGIN_NAME}' plugin is not configured under plugins: add '- {PLUGIN_NAME}:' with its settings there",
        file=shown,
    )


# The setting a message names, as the messages name it: 'plugins.stallpatterns.offers[1].price'.
_SETTING = re.compile(r"plugins(?=\.stallpatterns\b)((?:\.[A-Za-z_][\w-]*|\[\d+\])+)")
_STEP = re.compile(r"\.([A-Za-z_][\w-]*)|\[(\d+)\]")


def placed(error: ConfigError, config_file: Path) -> ConfigError:
    """``error`` with the file and line of the setting it names ('mkdocs.yml:112: plugins.
    stallpatterns.limits.title: …'), found in ``config_file`` or a file it inherits from;
    ``error`` itself when it names none. A maintainer goes straight to the line."""
    message = str(error)
    named = _SETTING.match(error.at or message)
    if named is None:
        return error
    steps: list[str | int] = [key if key else int(index) for key, index in _STEP.findall(named.group(1))]
    try:
        files = (config_file, *inherited_files(config_file))
    except ConfigError:
        files = (config_file,)
    # The file that holds the most of the setting's path, the nearest of those first: a file
    # that inherits its plugin's block, and sets one key of it, holds only 'stallpatterns'
    # of a setting the file it inherits from holds at its own line.
    found = [(depth, -order, path, line) for order, path in enumerate(files) for depth, line in [_line_of(path, steps)] if line is not None]
    if found:
        _, _, path, line = max(found, key=lambda place: place[:2])
        shown = _shown(path)
        return type(error)(f"{shown}:{line}: {message}", file=shown, line=line)
    return error


def _shown(path: Path) -> str:
    """``path`` as a message names it: from the working folder (the repository's, where the
    tools run, and where GitHub looks for an annotation's file), else in full."""
    relative = os.path.relpath(path)
    return relative if not relative.startswith("..") else str(path)


def _line_of(config_file: Path, steps: list[str | int]) -> tuple[int, int | None]:
    """(how many of ``steps`` the file holds, the line of the deepest): ``steps`` are keys
    and list indexes below 'plugins', found once the plugin's own entry is; the line is None
    if that entry is not there."""
    try:
        node = yaml.compose(config_file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return 0, None
    node, line = _step(node, "plugins")
    if node is None:
        return 0, None
    if isinstance(node, yaml.SequenceNode):  # plugins: [- search, - stallpatterns: {…}]
        entry = next((item for item in node.value if _names(item, PLUGIN_NAME)), None)
        if entry is None:
            return 0, None
        node, line = (_step(entry, PLUGIN_NAME) if isinstance(entry, yaml.MappingNode) else (None, entry.start_mark.line + 1))
    else:
        node, line = _step(node, PLUGIN_NAME)
        if line is None:
            return 0, None
    depth = 1
    for step in steps[1:]:
        deeper, at = _step(node, step)
        if at is None:
            break
        node, line, depth = deeper, at, depth + 1
    return depth, line


def _names(item: yaml.Node, name: str) -> bool:
    if isinstance(item, yaml.ScalarNode):
        return bool(item.value == name)
    return isinstance(item, yaml.MappingNode) and any(key.value == name for key, _ in item.value)


def _step(node: yaml.Node | None, step: str | int) -> tuple[yaml.Node | None, int | None]:
    """The node below ``node`` at a key or an index, and the line it is written on."""
    if isinstance(step, str) and isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == step:
                return value, key.start_mark.line + 1
    if isinstance(step, int) and isinstance(node, yaml.SequenceNode) and 0 <= step < len(node.value):
        item = node.value[step]
        return item, item.start_mark.line + 1
    return None, None


def inherited_files(config_file: Path) -> tuple[Path, ...]:
    """The files ``config_file`` inherits from through ``INHERIT``, nearest first. While
    serving, the engines watch only the file they were given; these need watching too."""
    found: list[Path] = []
    _read_config(config_file, (), found)
    return tuple(found)


def _read_config(config_file: Path, inheriting: tuple[Path, ...], found: list[Path] | None = None) -> dict[Any, Any]:
    """The file's mapping, merged over the file it names in ``INHERIT`` as the engines merge
    it (mappings key by key, anything else replaced); each inherited file goes in ``found``."""
    try:
        data = _yaml_load(config_file.read_bytes().decode("utf-8"))
    except IsADirectoryError:
        raise ConfigError(f"{config_file}: cannot read: it is a folder; give the mkdocs.yml (or properdocs.yml) inside it") from None
    except FileNotFoundError:
        raise ConfigError(f"{config_file}: cannot read: there is no such file") from None
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        raise ConfigError(f"{config_file}:{line}: cannot read: not UTF-8 text; save it as UTF-8", file=_shown(config_file), line=line) from None
    except OSError as error:
        raise ConfigError(f"{config_file}: cannot read: {error.strerror or error}") from None
    except _RepeatedKey as error:
        raise RepeatedSetting(f"{config_file}:{_place(error)}: {error.problem}", file=_shown(config_file), line=_line(error)) from None
    except yaml.MarkedYAMLError as error:
        # At its line and column, in one line: PyYAML's own text names "<unicode string>"
        # and quotes the line over three more.
        what = " ".join(str(error.problem or error.context or "").split()).rstrip(".")
        hint = "; indent with spaces, never a tab" if "'\\t'" in what else ""
        raise ConfigError(f"{config_file}:{_place(error)}: not valid YAML: {what}{hint}", file=_shown(config_file), line=_line(error)) from None
    except yaml.YAMLError as error:
        raise ConfigError(f"{config_file}: not valid YAML: {' '.join(str(error).split())}") from None
    if not isinstance(data, dict):
        return {}
    parent_name = data.pop("INHERIT", None)
    if parent_name is None:
        return data
    if not isinstance(parent_name, str):
        raise ConfigError(f"{config_file}: INHERIT must name a file")
    parent = (config_file.parent / parent_name).resolve()
    if parent in inheriting or parent == config_file.resolve():
        raise ConfigError(f"{config_file}: INHERIT: {parent_name} inherits from this file again")
    if not parent.is_file():
        raise ConfigError(f"{config_file}: INHERIT: {parent_name} does not exist")
    if found is not None:
        found.append(parent)
    return _merged(_read_config(parent, (*inheriting, config_file.resolve()), found), data)


def _line(error: yaml.MarkedYAMLError) -> int:
    """The line of a YAML error, counted from 1."""
    mark = error.problem_mark or error.context_mark
    return mark.line + 1 if mark is not None else 1


def _place(error: yaml.MarkedYAMLError) -> str:
    """'line:column' of a YAML error, counted from 1 as editors count them."""
    mark = error.problem_mark or error.context_mark
    return f"{mark.line + 1}:{mark.column + 1}" if mark is not None else "1"


def _merged(base: dict[Any, Any], over: Mapping[Any, Any]) -> dict[Any, Any]:
    for key, value in over.items():
        if isinstance(base.get(key), dict) and isinstance(value, Mapping):
            _merged(base[key], value)
        else:
            base[key] = value
    return base


def _entry(entry: Any) -> tuple[Any, Any]:
    if isinstance(entry, tuple):
        return entry
    if isinstance(entry, Mapping) and len(entry) == 1:
        return next(iter(entry.items()))
    return (None, None)

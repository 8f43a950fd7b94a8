"""Each offer's primary action: an email that is ready to send, or the offer's booking page.

The email's subject names the offer; its body says where the reader came from (the
pattern they were reading, or their stall finder result) and prompts for what we need
to prepare. Every part is percent-encoded (RFC 6068), whatever a title holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, urlencode

from .settings import Contact, Offer
from .urls import url_scheme

PROMPT = (
    "To help us prepare, a few lines on each:",
    "- Your name, role and organisation:",
    "- What was piloted, where it is now, and how long it has been there:",
    "- Two or three dates that would suit you:",
)


@dataclass(frozen=True)
class Context:
    """Where the reader was when they chose the offer."""

    label: str
    """How the body introduces it: "The pattern I was reading", "My stall finder result"."""
    title: str | None = None
    url: str | None = None
    finder: bool = False
    """A stall finder result: a booking page gets it as ``finder=``, a page read as ``url=``."""


def encode(text: str) -> str:
    """Percent-encode every character outside A-Z a-z 0-9 - . _ ~ (site.js encodes the same way)."""
    if text.isascii():
        # What quote() makes of ASCII, a character at a time in C (a third of its time):
        # quote() looks up each byte in Python, and every pattern page's title and
        # address are encoded.
        return text.translate(_PERCENT_ENCODED_ASCII)
    return quote(text, safe="")


_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# Indexed by code point (a list looks up faster than a mapping; the text is ASCII).
_PERCENT_ENCODED_ASCII = [chr(code) if chr(code) in _UNRESERVED else f"%{code:02X}" for code in range(128)]


# Every page's actions share most of their lines (and each page repeats its own title and
# address in several actions): each distinct line is encoded once per build.
_encode_line = lru_cache(maxsize=4096)(encode)
_CRLF = encode("\r\n")


def mail_lines(offer: Offer, contexts: Sequence[Context] = ()) -> list[str]:
    """The email's body, line by line."""
    return [*_opening(offer.name), *(line for context in contexts for line in _lines_of(context)), *PROMPT]


def _opening(offer_name: str) -> tuple[str, ...]:
    return ("Hello,", "", f"I would like to book the {offer_name}.", "")


def _lines_of(context: Context) -> list[str]:
    """The lines that say where the reader came from, followed by a blank line (none without a title or address)."""
    if not (context.title or context.url):
        return []
    return [f"{context.label}:", *(part for part in (context.title, context.url) if part), ""]


# A pattern page's context is in each of its offers' emails, with and without the finder's.
@lru_cache(maxsize=64)
def _encoded_context(context: Context) -> str:
    return _encoded_lines(_lines_of(context))


def mailto(address: str, subject: str, lines: Sequence[str]) -> str:
    """The email as a mailto: URL, its body lines ending in CRLF (encoded line by line:
    each character is encoded on its own, so this is the whole body encoded)."""
    return _mail_head(address, subject) + _encoded_lines(lines)


def _encoded_lines(lines: Sequence[str]) -> str:
    """Lines encoded, each ending in an encoded CRLF."""
    return _CRLF.join(map(_encode_line, lines)) + _CRLF if lines else ""


# Each page asks for every offer's email twice (with and without a stall finder result):
# all but the lines about the page are the same on every page, and encoded once per build.
@lru_cache(maxsize=256)
def _mail_head(address: str, subject: str) -> str:
    return f"mailto:{quote(address, safe='@')}?subject={_encode_line(subject)}&body="


@lru_cache(maxsize=256)
def _encoded_opening(offer_name: str) -> str:
    return _encoded_lines(_opening(offer_name))


_ENCODED_PROMPT = _encoded_lines(PROMPT)


def _offer_mailto(address: str, offer: Offer, contexts: Sequence[Context]) -> str:
    """:func:`mailto` of the offer's email, its unchanging parts encoded once."""
    encoded = "".join(map(_encoded_context, contexts))
    return _mail_head(address, offer.name) + _encoded_opening(offer.name) + encoded + _ENCODED_PROMPT


def _booking_mailto(page: str, offer: Offer, contexts: Sequence[Context]) -> str:
    """A booking address's email: the one the contact address would send, with the fields
    the address adds (a copy to someone, 'cc='); as written when it says its own subject or
    body, which a mail program would otherwise take twice."""
    address, _, asked = page.partition(":")[2].partition("?")
    if {key.lower() for key, _ in parse_qsl(asked, keep_blank_values=True)} & {"subject", "body"}:
        return page
    email = _offer_mailto(unquote(address), offer, contexts)
    return f"{email}&{asked}" if asked else email


def action_href(offer: Offer, contact: Contact, *contexts: Context) -> str | None:
    """Where the offer's action goes: its booking page if it has one, else an email to the
    contact address; None when there is neither (the action then links to ``offer.url``).

    A booking page gets the offer as ``offer=``, the pattern read as ``title=`` and
    ``url=``, and a stall finder result as ``finder=``. A booking address (``mailto:``) gets
    the email the contact address would, unless it says its own subject or body: a mail
    program reads no other field, and the email went without the offer or the page."""
    page = contact.booking_urls.get(offer.id)
    if page is not None and url_scheme(page) == "mailto":
        return _booking_mailto(page, offer, contexts)
    if page is not None:
        if not contact.booking_context:
            return page
        query = {"offer": offer.name}
        for context in contexts:
            if context.finder:
                if context.url:
                    query["finder"] = context.url
                continue
            if context.title:
                query["title"] = context.title
            if context.url:
                query["url"] = context.url
        address, hash_mark, fragment = page.partition("#")
        joiner = "&" if "?" in address else "?"
        return address + joiner + urlencode(query, quote_via=quote, safe="") + hash_mark + fragment
    if contact.email:
        return _offer_mailto(contact.email, offer, contexts)
    return None

"""Where to send money, which a pattern must not give. A bank account's details ('sort code
20-00-00, account 12345678', an IBAN), a SWIFT code given as where to pay, or a
cryptocurrency wallet's address, in a pattern's text or front matter, reads as where to pay
this site for its offers: whoever wrote it is paid. The site takes payment only through its
own booking page (the attack round of the fifty-third session: each was published).

Each is read by its own shape and checked as a bank or a wallet checks it (an IBAN's check
digits, a Bitcoin address's checksum), so that a figure of the same length in an article
(a budget code, a reference, a hash) is no account."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from . import body
from .diagnostics import Report
from .frontmatter import scalars
from .source import Source
from .text import PLAIN_FORMS

# An IBAN as banks print it: a country's two letters, two check digits, then up to thirty
# letters and figures, in groups of four or run together (ISO 13616). Read at a word's start;
# its end is found by its check digits (see _iban_in).
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?=[ \u00a0-]?[A-Z0-9])")
_IBAN_PART = re.compile(r"(?:[ \u00a0-]?[A-Z0-9]){11,30}")
# A UK sort code (three pairs of figures) named as one, or a bank's SWIFT code (BIC): with an
# account's number beside it, where to pay ('sort code 20-00-00, account 12345678'). Either
# alone names a bank or a branch, which nobody can pay into ('Sort code 04-00-04 belongs to a
# bank that many charities use': the false-refusal rounds).
_SORT_CODE = re.compile(r"(?i)\bsort[\s-]*codes?\b\W{0,4}(?:is\s+|of\s+)?(?:[0-9]{2}(?P<mark>[-\u2010-\u2013 .])[0-9]{2}(?P=mark)[0-9]{2}|[0-9]{6})(?![0-9])")
_SWIFT = re.compile(r"\b(?:SWIFT|BIC|Swift|swift)(?:\s*(?:/\s*BIC|code))?\W{0,3}[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b")
# A sort code and an account written together, with no words ('20-00-00 / 12345678').
_SORT_CODE_THEN_ACCOUNT = re.compile(r"(?<![0-9])[0-9]{2}(?P<m>[-\u2010-\u2013 .])[0-9]{2}(?P=m)[0-9]{2}(?![0-9])[\s,;/:|()-]{1,5}[0-9]{8}(?![0-9])")
# An account's number: eight figures, in two groups or one ('12345678', '1234 5678'), not more.
_ACCOUNT = re.compile(r"(?<![0-9])(?<![0-9][ -])[0-9]{4}[ -]?[0-9]{4}(?![ -]?[0-9])")
# Lines about a sort code or a SWIFT code where its account's number is looked for.
_LINES_ABOUT = 3
# A cryptocurrency wallet: Ethereum's '0x' and forty hexadecimal figures; Bitcoin's
# 'bc1…' (its own alphabet of 32, which has no 1, b, i or o after the '1'), or its older
# '1…' and '3…' in base 58 with a checksum (see _base58_checked).
_ETHEREUM = re.compile(r"(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])")
_BECH32 = re.compile(r"(?<![0-9A-Za-z])(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{25,87}(?![0-9A-Za-z])")
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_ADDRESS = re.compile(rf"(?<![0-9A-Za-z])[13][{_BASE58}]{{25,34}}(?![0-9A-Za-z])")


def check_payment_details(source: Source, report: Report) -> None:
    """Bank details or a wallet's address anywhere in the file, as written or as the page
    shows it (a figure written as a character reference, a code parted by emphasis): one
    error a line."""
    told: set[int] = set()
    lines = source.lines
    for number, written in enumerate(lines, 1):
        around = "\n".join(lines[max(0, number - 1 - _LINES_ABOUT) : number + _LINES_ABOUT])
        if (found := payment_detail(written, around)) is not None:
            told.add(number)
            _told(report, number, *found)
    for value in scalars(source.front_matter):
        line = value.line + source.fm_start - 1
        if line not in told and (found := payment_detail(value.value)) is not None:
            told.add(line)
            _told(report, line, 0, found[1], found[2])
    for token in source.tokens:
        if token.type != "inline" or not token.map or not token.children or not _may_hold_payment(token.content):
            continue
        first = token.map[0] + source.body_start
        if told.isdisjoint(range(first, token.map[1] + source.body_start)):
            shown = " ".join(body.shown_of(token).split())
            if shown != " ".join(token.content.split()) and (found := payment_detail(shown)) is not None:
                told.add(first)
                _told(report, first, 0, found[1], found[2])


def _may_hold_payment(content: str) -> bool:
    """Whether a block's Markdown holds figures enough for an account or a wallet, or a character
    reference that may be one: looked for at C speed."""
    return "&" in content or sum(map(content.count, "0123456789")) >= 6


def _told(report: Report, line: int, at: int, written: str, kind: str) -> None:
    report.error(
        line,
        "payment-details",
        f"'{written}' is {kind}: readers would take it for where to pay this site, and the site takes payment only through its own booking page",
        "delete it: a pattern never says where to send money (to tell of a payment in a story, say what it was for in words)",
        column=at + 1,
    )


def payment_detail(text: str, around: str | None = None) -> tuple[int, str, str] | None:
    """The first bank detail or wallet address in ``text`` (an account's number looked for in
    ``around``, the text about it, or in ``text``): where it starts, as written, and what it is
    in words; None for none."""
    if not text.isascii():
        text = text.translate(PLAIN_FORMS)  # ('٢٠-٠٠-٠٠': figures of another script, one for one)
    return min(_details(text, text if around is None else around), default=None)


def _details(text: str, around: str) -> Iterator[tuple[int, str, str]]:
    if (iban := _iban_in(text)) is not None:
        yield iban
    lowered = text.lower()
    if "sort" in lowered or "swift" in lowered or "bic" in lowered:
        for named, kind in ((_SORT_CODE, "a bank account's sort code"), (_SWIFT, "a bank's SWIFT code")):
            if (found := named.search(text)) is not None and _ACCOUNT.search(around.translate(PLAIN_FORMS)) is not None:
                yield found.start(), found.group(), f"{kind}, with an account's number beside it"
    if (found := _SORT_CODE_THEN_ACCOUNT.search(text)) is not None:
        yield found.start(), found.group(), "a bank account's sort code and number"
    if "0x" in lowered and (found := _ETHEREUM.search(text)) is not None:
        yield found.start(), found.group(), "a cryptocurrency wallet's address"
    if "bc1" in lowered and (found := _BECH32.search(text)) is not None:
        yield found.start(), found.group(), "a Bitcoin wallet's address"
    for found in _BASE58_ADDRESS.finditer(text):
        if _base58_checked(found.group()):
            yield found.start(), found.group(), "a Bitcoin wallet's address"
            break


def _iban_in(text: str) -> tuple[int, str, str] | None:
    """The first IBAN in ``text`` whose check digits hold (ISO 7064, mod 97): its longest
    reading that does, so that a capitalised word after it ('… 9268 19 NOW') is not taken in."""
    for start in _IBAN_START.finditer(text):
        rest = _IBAN_PART.match(text, start.end())
        if rest is None:
            continue
        written = text[start.start() : rest.end()]
        for end in range(len(written), 14, -1):
            candidate = written[:end]
            if end < len(written) and written[end] not in " \u00a0-":
                continue  # (ends at a group's end or at the text's)
            compact = re.sub(r"[ \u00a0-]", "", candidate)
            if 15 <= len(compact) <= 34 and _mod97(compact[4:] + compact[:4]) == 1:
                return start.start(), candidate, "a bank account's number (an IBAN)"
    return None


def _mod97(text: str) -> int:
    return int("".join(str(int(char, 36)) for char in text)) % 97


def _base58_checked(address: str) -> bool:
    """Whether ``address`` decodes, in base 58, to a version, a payload and the first four
    bytes of its double SHA-256, as a Bitcoin address does: no word or code does by chance."""
    number = 0
    for char in address:
        number = number * 58 + _BASE58.index(char)
    raw = number.to_bytes(25, "big") if number.bit_length() <= 200 else b""
    return len(raw) == 25 and hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]

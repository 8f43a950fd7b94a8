"""Web addresses written out in a pattern's text with neither scheme nor 'www.', which neither
GitHub nor the site makes a link ('zoom.us/j/81234567890', 'bit.ly/3xYz'): readers type them
in, so each is read as a link's address is, by the same readings (addresses.py, services.py),
in the text as the page shows it (its marks of bold and characters' references aside).
A written address to a service that books, pays or opens a chat, a shortener's or a file that
runs is an error, as the same link is (the attack round of the fifty-sixth session: each was
published written out)."""

from __future__ import annotations

import re

from . import body, services
from .addresses import HANDED_OVER, SHORT, hidden_destination, short_address
from .diagnostics import Report
from .source import Source
from .text import printable_start

# A host of two labels or more, then a path: each label read possessively, from a place no
# word, address or path runs on into (so a run of 20,000 letters is read once).
_WRITTEN = re.compile(r"(?<![\w.@/:%+~#=&?-])(?:[a-z0-9][\w-]*+\.)++[a-z]{2,63}/[^\s<>\[\]()\"'`*]*+", re.IGNORECASE)
_AFTER = ".,;:!?»”’"  # a sentence's marks after an address, not its own
_TOLD = ("payment-details", "booking-elsewhere", "written-address", "phone-number", "chat-handle", "email-address")  # (one error a line)


def check_written_addresses(source: Source, report: Report) -> None:
    """Each block's text as the page shows it, outside its links, for web addresses written out:
    one error a line."""
    told = {d.line for d in report.items if d.code in _TOLD}
    for token in source.tokens:
        if token.type != "inline" or not token.map or not token.children or _MAY_HOLD.search(body.shown_of(token)) is None:
            continue  # (its text as shown, made once for the checks that read it: 'janesmith.as**.me**' is one host)
        shown = body.shown_text(token.children, links=False)  # ('calendly.com/**jane**': one address)
        for offset, text in enumerate(shown.split("\n")):
            line = token.map[0] + offset + source.body_start
            if line not in told and (problem := _problem_in(text)) is not None:
                told.add(line)
                written, (code, message, hint) = problem
                shown_line = source.lines[line - 1] if line <= len(source.lines) else ""
                at = shown_line.find(written) if written in shown_line else shown_line.find(written.partition(".")[0])  # (disguised: its first name)
                report.error(line, code, message, hint, column=at + 1 if at >= 0 else 1)


def _problem_in(text: str) -> tuple[str, tuple[str, str, str]] | None:
    """The first address written out in a line of text that is wrong to publish, as written, and
    what is wrong with it; or None."""
    if "/" in text:
        for found in _WRITTEN.finditer(text):
            if (problem := _written_problem(found.group().rstrip(_AFTER))) is not None:
                return found.group(), problem
    # An address that books written with its dots and slashes disguised ('calendly . com / jane',
    # 'calendly[.]com/jane', 'calendly。com∕jane'), or an account's own host with no path
    # ('janesmith.as.me', 'janesmith.carrd.co'): the attack round of the fifty-seventh session
    # published each. (Not a shortener's or a file's so written: a threat report writes its
    # indicators so, 'tinyurl[.]com/payroll-update', that no one follows them: the false-refusal round.)
    if (plain := _undisguised(text)) != text:
        for found in _WRITTEN.finditer(plain):
            address = found.group().rstrip(_AFTER)
            if (service := services.service_of("https://" + address)) is not None:
                return address, _on_a_service(address, service[0])
    for found in services.ACCOUNT_HOST.finditer(plain) if services.ACCOUNT_ENDING.search(plain) else ():
        if found.group().partition(".")[0].lower() in services.WRITTEN_ALONE_OWN_HOSTS:
            continue  # ('api.calendly.com' in a firewall's log, 'status.calendly.com': the false-refusal round of the fifty-seventh session)
        if (problem := _written_problem(found.group(), "/")) is not None:
            return found.group(), problem
    return None


# What may hold an address written out: a slash or its look-alikes, or a host of an account on a service.
_MAY_HOLD = re.compile("[/\u2215\uff0f\u2044]|" + services.ACCOUNT_ENDING.pattern)
_LOOK_ALIKES = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": ".", "\u2215": "/", "\uff0f": "/", "\u2044": "/"})
# A dot in brackets, or a dot or a slash with a space either side between words, or a space after
# a host's slash. (A slash spaced so only where a dot is: 'PayPal.me / Revolut links' are two.)
_SPACED_DOT = re.compile(r"(?<=\w) \. (?=\w)")
_DISGUISED = re.compile(r"(?P<dot>\s*+(?:\[\.\]|\(\.\))\s*+|(?<=\w) \. (?=\w))|(?P<slash>(?<=\w) / (?=\w))|(?<=\w\.[a-z]{2}/) (?=\w)|(?<=\w\.[a-z]{3}/) (?=\w)")


def _undisguised(text: str) -> str:
    """``text`` with the dots and slashes of addresses written in it disguised written plainly."""
    plain = text.translate(_LOOK_ALIKES)
    spaced = _SPACED_DOT.search(plain) is not None

    def mended(mark: re.Match[str]) -> str:
        if mark.group("dot"):
            return "."
        return ("/" if spaced else mark.group()) if mark.group("slash") else ""  # (else the space after a host's slash)

    return _DISGUISED.sub(mended, plain)


def _written_problem(written: str, path: str = "") -> tuple[str, str, str] | None:
    """What is wrong with ``written``, an address written out, as a reader would type it (a host
    alone at ``path``): its code, message and hint; or None."""
    href = "https://" + written + path
    shown = printable_start(written, 80)
    if (service := services.service_of(href)) is not None:
        return _on_a_service(written, service[0])
    if (hidden := hidden_destination(href)) is None:
        return None
    kind, name = hidden
    if kind == SHORT:
        return (
            "written-address",
            short_address(shown, name, "type it in"),
            "open it, and write the address your browser then shows, as a link: [what it is](https://…)",
        )
    return "written-address", f"'{shown}' hands readers the file '{printable_start(name, 80)}', {HANDED_OVER[kind][0]}", HANDED_OVER[kind][1]


def _on_a_service(written: str, host: str) -> tuple[str, str, str]:
    return (
        "booking-elsewhere",
        f"'{printable_start(written, 80)}' is an address on {host}, a service that books meetings, takes payments, opens a chat, holds a form or lists "
        "one person's links: readers would take it for the site's own booking or enquiry",
        "delete it: the site's offers are booked through its own pages; to tell of the service, name it without its address",
    )

"""Web addresses written out in a pattern's text with neither scheme nor 'www.', which neither
GitHub nor the site makes a link ('zoom.us/j/81234567890', 'bit.ly/3xYz'): readers type them
in, so each is read as a link's address is, by the same readings (addresses.py, services.py).
A written address to a service that books, pays or opens a chat, a shortener's or a file that
runs is an error, as the same link is (the attack round of the fifty-sixth session: each was
published written out)."""

from __future__ import annotations

import re

from . import body, services
from .addresses import HANDED_OVER, SHORT, hidden_destination
from .diagnostics import Report
from .source import Source
from .text import printable_start

# A host of two labels or more, then a path: each label read possessively, from a place no
# word, address or path runs on into (so a run of 20,000 letters is read once).
_WRITTEN = re.compile(r"(?<![\w.@/:%+~#=&?-])(?:[a-z0-9][\w-]*+\.)++[a-z]{2,63}/[^\s<>\[\]()\"'`*]*+", re.IGNORECASE)
_AFTER = ".,;:!?»”’"  # a sentence's marks after an address, not its own
_TOLD = ("payment-details", "booking-elsewhere", "written-address", "phone-number", "chat-handle", "email-address")  # (one error a line)


def check_written_addresses(source: Source, report: Report) -> None:
    """Each block's text, outside its links, for web addresses written out: one error a line."""
    told = {d.line for d in report.items if d.code in _TOLD}
    for token in source.tokens:
        if token.type != "inline" or not token.map or not token.children or "/" not in token.content:
            continue
        in_link = False
        for child, offset in body.lines_of(token.children):
            if child.type in ("link_open", "link_close"):
                in_link = child.type == "link_open"
                continue
            if in_link or child.type not in ("text", "code_inline") or "/" not in child.content:
                continue
            line = token.map[0] + offset + source.body_start
            if line in told:
                continue
            for found in _WRITTEN.finditer(child.content):
                if (problem := _written_problem(found.group().rstrip(_AFTER))) is not None:
                    told.add(line)
                    at = source.lines[line - 1].find(found.group()) if line <= len(source.lines) else -1
                    report.error(line, problem[0], problem[1], problem[2], column=at + 1 if at >= 0 else 1)
                    break


def _written_problem(written: str) -> tuple[str, str, str] | None:
    """What is wrong with ``written``, an address written out, as a reader would type it: its
    code, message and hint; or None."""
    href = "https://" + written
    shown = printable_start(written, 80)
    if (service := services.service_of(href)) is not None:
        return (
            "booking-elsewhere",
            f"'{shown}' is an address on {service[0]}, a service that books meetings, takes payments, opens a chat, holds a form or lists "
            "one person's links: readers would take it for the site's own booking or enquiry",
            "delete it: the site's offers are booked through its own pages; to tell of the service, name it without its address",
        )
    if (hidden := hidden_destination(href)) is None:
        return None
    kind, name = hidden
    if kind == SHORT:
        return (
            "written-address",
            f"'{shown}' is a short address from {name}: readers cannot see where it leads before they type it in, "
            "and its owner can change where it leads after the pattern is published",
            "open it, and write the address your browser then shows, as a link: [what it is](https://…)",
        )
    return "written-address", f"'{shown}' hands readers the file '{printable_start(name, 80)}', {HANDED_OVER[kind][0]}", HANDED_OVER[kind][1]

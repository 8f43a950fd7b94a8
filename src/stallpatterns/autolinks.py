"""Bare addresses linked exactly where GitHub links them: the autolink extension of
GitHub Flavored Markdown, as GitHub's own renderer (cmark-gfm) reads it.

Three kinds, in prose (never in code, nor inside a link):

- ``www.`` and a domain, at the start of a line, after a space or after ``*``, ``_``,
  ``~`` or ``(``: ``www.example.com/guide``, linked to ``http://www.example.com/guide``;
- ``http://``, ``https://`` or ``ftp://`` and a domain (the checks refuse ``ftp:``);
- e-mail addresses, ``team@example.com``, and ``mailto:`` and ``xmpp:`` ones (the checks
  refuse ``xmpp:``).

A domain is checked only for its characters, never against a list of top-level
domains: ``www.intranet.local`` and ``team@firm.consulting`` are links on GitHub, so they
are links here. A link never ends in ``? ! . , : * _ ~ ' "``, an unmatched ``)`` or
what reads as an entity (``&amp;``).

:func:`find` and :func:`url_at` find them; :mod:`stallpatterns.body` makes them links, where
GitHub does: addresses with a scheme while a line is read, ``www.`` and e-mail addresses
in its text afterwards. ``tests/test_autolinks.py`` compares the links with cmark-gfm's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SCHEMES = ("http://", "https://", "ftp://")
_TRAILING = frozenset("?!.,:*_~'\"")
_BEFORE_WWW = frozenset("*_~(")
_EMAIL_LOCAL = frozenset(".+-_")
EMAIL_SCHEMES = ("mailto:", "xmpp:")
"""Schemes written before an e-mail address, and linked with it."""
_SPACE_OR_LT = re.compile(r"[\s<]")


@dataclass
class Link:
    """One address found in a text: ``raw``, at ``text[index:last_index]``, linked to ``url``."""

    index: int
    last_index: int
    raw: str
    url: str

    @property
    def is_email(self) -> bool:
        """An e-mail address (``mailto:`` or ``xmpp:``), which GitHub links even after a
        ``[`` not yet closed."""
        return self.url.startswith(EMAIL_SCHEMES)


def might_hold(text: str) -> bool:
    """Whether ``text`` may hold a ``www.`` or e-mail address at all."""
    return "www." in text or "@" in text


def find(text: str, before: str = "") -> list[Link]:
    """The ``www.`` and e-mail addresses in ``text`` (the text of a paragraph, once it is
    read), first to last. As on GitHub, ``www.`` addresses are found first, from the left,
    then e-mail addresses in the text between them. (An address with a scheme is found
    while the line is read: :func:`url_at`.) ``before``: the character just before
    ``text`` in the line as written ("" at its start)."""
    found = www_links(text, before)
    emails: list[Link] = []
    for start, end in zip([0] + [link.last_index for link in found], [link.index for link in found] + [len(text)]):
        position = start
        while (link := _next_email(text[:end], position, start)) is not None:
            emails.append(link)
            position = link.last_index
    return sorted(found + emails, key=lambda link: link.index)


def www_links(text: str, before: str = "") -> list[Link]:
    """The ``www.`` addresses of ``text``, first to last, in one pass."""
    found: list[Link] = []
    position = 0
    while (link := _next_www(text, position, before)) is not None:
        found.append(link)
        position = link.last_index
    return found


def url_at(text: str, colon: int, start: int) -> Link | None:
    """The address with a scheme whose "://" is at ``colon``, its letters read back no
    further than ``start``, if it is one."""
    begin = colon
    while begin > start and text[begin - 1].isascii() and text[begin - 1].isalpha():
        begin -= 1
    prefix = text[begin : colon + 3].lower()
    after = colon + 3
    # GitHub reads bytes: any character beyond ASCII counts as a letter here.
    if prefix not in _SCHEMES or after >= len(text) or (text[after].isascii() and not text[after].isalnum()):
        return None
    return _address(text, begin, after, short=True, url_prefix="")


def _next_www(text: str, start: int, before: str = "") -> Link | None:
    """The first ``www.`` address in ``text`` at or after ``start`` (``before``: the
    character before ``text``, "" at the start of a line)."""
    www = text.find("www.", start)
    while www != -1:
        link = _www_at(text, www, before)
        if link is not None:
            return link
        www = text.find("www.", www + 1)
    return None


def _next_email(text: str, position: int, start: int) -> Link | None:
    """The first e-mail address in ``text`` after ``position``, read back no further than ``start``."""
    at = text.find("@", position)
    while at != -1:
        link = _email_at(text, at, max(start, position))
        if link is not None:
            return link
        at = text.find("@", at + 1)
    return None


def _www_at(text: str, at: int, before: str = "") -> Link | None:
    previous = text[at - 1] if at > 0 else before
    if previous and not (previous in _BEFORE_WWW or previous.isspace()):
        return None
    return _address(text, at, at, short=False, url_prefix="http://")


def _address(text: str, begin: int, domain_at: int, *, short: bool, url_prefix: str) -> Link | None:
    """The address from ``begin`` whose domain starts at ``domain_at``, if the domain is
    one (see :func:`_domain_length`), ended where GitHub ends it."""
    length = _domain_length(text, domain_at, short)
    if not length:
        return None
    end = _link_end(text, begin, _run_end(text, domain_at + length))
    if end == begin:
        return None
    raw = text[begin:end]
    return Link(begin, end, raw, url_prefix + raw)


def _email_at(text: str, at: int, start: int) -> Link | None:
    begin = at
    scheme = None
    while begin > start:
        char = text[begin - 1]
        if char.isascii() and (char.isalnum() or char in _EMAIL_LOCAL):
            begin -= 1
        elif char == ":" and (written := _scheme_ending_at(text, begin, start)):
            begin -= 1  # "mailto:team@example.com" is linked whole
            scheme = written
        else:
            break
    if begin == at:
        return None
    end = at + 1
    dots = 0
    while end < len(text):
        char = text[end]
        if char.isascii() and char.isalnum():
            end += 1
        elif char == "@":
            return None  # a second '@': not an address
        elif char == "." and end + 1 < len(text) and text[end + 1].isascii() and text[end + 1].isalnum():
            dots += 1
            end += 1
        elif char in "-_" or (char == "/" and scheme == "xmpp:"):  # xmpp:team@example.com/desk
            end += 1
        else:
            break
    last = text[end - 1]
    if end - at < 2 or not dots or not (last.isascii() and last.isalpha() or last == "."):
        return None
    end = _link_end(text, at, end)
    if end == at:
        return None
    raw = text[begin:end]
    return Link(begin, end, raw, raw if scheme else "mailto:" + raw)


def _scheme_ending_at(text: str, end: int, start: int) -> str | None:
    """The scheme ("mailto:", "xmpp:") ``text[:end]`` ends in, with no letter or digit just
    before it; None if it ends in neither."""
    for scheme in EMAIL_SCHEMES:
        before = end - len(scheme)
        if before >= start and text[before:end] == scheme and (
            before == start or not (text[before - 1].isascii() and text[before - 1].isalnum())
        ):
            return scheme
    return None


def _domain_length(text: str, at: int, short: bool) -> int:
    """How much of ``text`` from ``at`` is a domain: characters that are neither space
    nor punctuation, with '-' and '_', in segments between dots; no '_' in the last two
    segments; at least one dot unless ``short``. 0 when there is none."""
    if not text[at].isascii():
        # GitHub reads the domain byte by byte from its second byte, the middle of this
        # character, and so takes the rest as it comes.
        return 1
    dots = underscores_before = underscores = 0
    end = len(text)
    index = at + 1
    while index < end - 1:
        char = text[index]
        if char == "\\" and index < end - 2:
            index += 1
            char = text[index]
        if char == "_":
            underscores += 1
        elif char == ".":
            underscores_before, underscores = underscores, 0
            dots += 1
        elif not char.isascii():
            # GitHub reads bytes: it stops at the second byte of any such character.
            index += 1
            break
        elif char != "-" and not char.isalnum():
            break
        index += 1
    if (underscores_before or underscores) and dots <= 10:
        return 0
    return index - at if short or dots else 0


def _run_end(text: str, index: int) -> int:
    """Where the link's text runs out: the next space or '<'."""
    found = _SPACE_OR_LT.search(text, index)
    return found.start() if found else len(text)


def _link_end(text: str, begin: int, end: int) -> int:
    """``end`` (never past a space or '<') moved back past what GitHub leaves out of a
    link's end."""
    opening, closing = text.count("(", begin, end), text.count(")", begin, end)  # counted once: linear
    while end > begin:
        last = text[end - 1]
        if last in _TRAILING:
            end -= 1
        elif last == ";":
            # "&name;" goes whole (it reads as an entity), any other ';' alone.
            letter = end - 2
            while letter > begin and text[letter].isascii() and text[letter].isalpha():
                letter -= 1
            end = letter if letter < end - 2 and text[letter] == "&" else end - 1
        elif last == ")" and closing > opening:
            end -= 1
            closing -= 1
        else:
            break
    return end

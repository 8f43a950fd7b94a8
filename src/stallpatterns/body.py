"""A pattern's body, read once: one CommonMark parse that the rules check and the site renders.

The dialect is GitHub's, which is what an author sees in a pull request's preview:
CommonMark, plus tables, ~~strikethrough~~ and bare ``https://`` / ``www.`` / e-mail
autolinks. One :class:`~markdown_it.MarkdownIt`, configured here once, parses each body;
:func:`problems` checks the tokens, :func:`render` turns the same tokens into HTML.

Safe by construction, not by a list of bad strings:

- Raw HTML is parsed (so it is found, with its line) but never rendered as markup: the
  rules reject it, and the renderer prints it as text. HTML comments are dropped.
- Every link and image address passes an allowlist of schemes once the characters a
  browser ignores in a URL are removed; anything else is reported and never rendered.
- Nothing an author writes can set an attribute: there is no attribute syntax. Heading
  ids are made here, and never take an id the site's templates use.
- The rendered HTML then passes an allowlist sanitizer (:mod:`stallpatterns.sanitizer`).

markdown-it-py's reading is linear in practice on every input under the size limit
(``scripts/bench_validate.py`` times the worst shapes known for Markdown parsers).
"""

from __future__ import annotations

import re
import string
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from html import escape
from ipaddress import IPv4Address, IPv6Address
from itertools import zip_longest
from typing import Literal
from urllib.parse import parse_qsl, unquote, urlsplit

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference, replaceEntityPattern
from markdown_it.parser_block import ParserBlock
from markdown_it.parser_inline import ParserInline
from markdown_it.renderer import RendererHTML
from markdown_it.rules_block.paragraph import paragraph
from markdown_it.rules_block.reference import reference
from markdown_it.rules_block.state_block import StateBlock
from markdown_it.rules_block.table import escapedSplit, getLine, table
from markdown_it.rules_core.state_core import StateCore
from markdown_it.rules_inline.autolink import autolink
from markdown_it.rules_inline.state_inline import Scanned, StateInline
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from . import autolinks, hosts, quotes
from .autolinks import Link
from .text import LOOKS_LATIN, ZWJ, is_hidden_character, slugify, spans_replaced, strip_comments
from .text import is_visible as _is_visible

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
"""Schemes a link may use; addresses without a scheme (relative, ``#``) are allowed too."""

RESERVED_IDS = frozenset(
    {"catalogue-heading", "content", "copy-link", "copy-status", "count", "cta-heading", "filter", "filter-category",
     "filter-clear", "filter-q", "finder", "finder-bar", "finder-bar-text", "finder-choose", "finder-clear",
     "finder-form", "finder-matches", "finder-next-heading", "finder-result-address", "finder-results", "finder-results-heading",
     "finder-status", "main", "no-matches", "problems-heading", "related", "related-heading", "results", "search",
     "search-toggle", "site-search", "site-search-filter", "site-search-list", "site-search-none",
     "site-search-note", "site-search-q", "site-search-results", "site-search-status", "site-search-ways",
     "unpublished-heading", "warnings-heading"}
)
"""Element ids the site's templates and scripts use: a heading never takes one of them
(tests/test_attacks.py checks that every id written in overrides/ is here). The offers'
ids come from the settings and are passed to :func:`assign_heading_ids`."""
RESERVED_ID_FORMS = re.compile(r"footer-\d+-heading|site-search-option-\d+")
"""The ids that the templates and scripts make with a number in them on every page
(a number after them never matches again)."""


def scrolls_to_the_top(fragment: str) -> bool:
    """'#top' (in any case), and an empty fragment: a browser goes to the top of any page
    (HTML's rule for fragments); scripts/check_links.py reads fragments so too."""
    return not fragment or fragment.lower() == "top"


# A URL as a browser reads it: leading and trailing C0 controls and spaces are trimmed,
# tabs and newlines removed anywhere. Stricter here: every control, space and invisible
# format character goes before the scheme is read.
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):", re.I)
_COMMENT = re.compile(r"(?:\s*<!--(?:(?!-->).)*-->)+\s*", re.S)
_TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)")
# Never past another '{': a scan from each '{' to the end of its line would be quadratic.
ATTRIBUTE_LIST = re.compile(r"\{:[^{}\n]*\}|\{[ \t]*[.#][\w-]+(?:[ \t][^{}\n]*)?\}")
"""Python-Markdown's ``{: .class #id key=value }``: text in CommonMark, but an author may expect more."""
_ATTRIBUTE_LIST = ATTRIBUTE_LIST
# GitHub's task-list item: '[ ]' or '[x]' first on the item's own line, then a space or a
# tab ('- [x]' over a line of text is text: the box is followed by a line end); an item
# of '[ ]' alone is one where spaces end its line, which the parse no longer shows.
_TASK_ITEM = re.compile(r"\[[ xX]\](?:[ \t]|\Z)")
_ALERT = re.compile(r"\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", re.I)
_DASHES = re.compile(r"(?<![-!])---(?!-)|(?<![-!])--(?![->])|(?<!\.)\.\.\.(?!\.)")
_TYPOGRAPHY = {"---": "\u2014", "--": "\u2013", "...": "\u2026"}


def url_scheme(url: str) -> str | None:
    """The scheme of ``url`` as a browser would read it, lower-cased; None if relative.

    Percent-encoded characters are decoded first: ``%01javascript:`` is harmless to a
    browser, but never what an honest author meant, so it is read as ``javascript:``.
    """
    match = _SCHEME.match(_as_read(url))
    return match.group(1).lower() if match else None


def _as_read(url: str) -> str:
    """``url`` without the characters a browser ignores, before and after percent-decoding."""
    return _URL_IGNORED.sub("", unquote(_URL_IGNORED.sub("", url)))


# A browser never ends an address's host part at '%2F', '%5C', '%3F' or '%23': in
# 'https://www.gov.uk%2F@evil.example/' all before the '@' is a user name, and the host is
# evil.example. Decoded, they would end it early and name www.gov.uk.
_ENCODED_AUTHORITY_END = re.compile(r"%(2[fF]|5[cC]|3[fF]|23)")


def _as_read_for_host(url: str) -> str:
    """:func:`_as_read`, but with an encoded '/', '\\', '?' or '#' kept encoded, so that the
    part of a web address before its path is split where a browser splits it."""
    return _as_read(_ENCODED_AUTHORITY_END.sub(r"%25\1", _URL_IGNORED.sub("", url)))


def is_safe_link(url: str) -> bool:
    """A link a reader may follow: https, http, mailto, or relative to the site."""
    scheme = url_scheme(url)
    return scheme is None or scheme in LINK_SCHEMES


def target_of(url: str) -> tuple[str, str] | None:
    """Where a link goes, as a reader would name it: ("web", its host) for an http(s)
    address, ("mail", the address) for a mailto: one; None for a page of this site."""
    read = _as_read(url)
    scheme = url_scheme(read)
    if scheme == "mailto":
        return "mail", read.partition("?")[0].partition(":")[2]
    if scheme in ("http", "https") or (scheme is None and read.replace("\\", "/").startswith("//")):
        # As a browser reads a web address: any slashes or backslashes after the scheme
        # (``https:evil.example`` is evil.example), then the host, without a user or port.
        authority = _AUTHORITY.match(_as_read_for_host(url))
        host = authority.group(1).rpartition("@")[2] if authority else ""
        return "web", (host[: host.rindex(":")] if ":" in host and not host.endswith("]") else host).lower()
    return None


def mail_recipients(url: str) -> list[str]:
    """Everyone a mailto: address writes to, in lower case: the addresses before any '?',
    then those its to=, cc= and bcc= fields add (``mailto:a@x.org?bcc=b@y.org``)."""
    read = _as_read(url)
    path, _, query = read.partition(":")[2].partition("?")
    # Some mail programs split fields at ';' as well as '&', others addresses at ';' as well
    # as ',': read both ways, everyone either way is written to.
    fields = [
        value
        for separated in (query, query.replace(";", "&"))
        for key, value in parse_qsl(separated, keep_blank_values=True)
        if key.lower() in ("to", "cc", "bcc")
    ]
    found = [address.strip().lower() for part in (path, *fields) for address in part.replace(";", ",").split(",") if address.strip()]
    return list(dict.fromkeys(found))


_AUTHORITY = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?[/\\]*([^/\\?#]*)")


def foreign_host(url: str) -> tuple[str, list[str]] | None:
    """The host of a web or e-mail address as a reader sees it, with the characters in it
    that pass for others: letters of another alphabet that look Latin (``www.gоv.uk`` with
    a Cyrillic о), or signs that look like a dot or slash (``gov.uk⁄login.evil.example``).
    None when it has none: ``münchen.de`` is the name it looks like. markdown-it has turned
    any other letters into punycode (``xn--…``), read back here."""
    target = target_of(url)
    if target is None:
        return None
    host = _unicode_host(target[1].rpartition("@")[2])
    if host.isascii():
        return None
    odd = [char for char in dict.fromkeys(host) if ord(char) in LOOKS_LATIN or not (char.isascii() or char.isalnum())]
    return (host, odd) if odd else None


def _unicode_host(host: str) -> str:
    return ".".join(_unicode_label(label) for label in host.split("."))


def _unicode_label(label: str) -> str:
    if not label.lower().startswith("xn--"):
        return label
    try:
        return label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return label


_COMPUTER_FILE_HINT = "link to where readers can open it on the web (https://…), or name the document in words"


def is_local(url: str) -> bool:
    """An address on this site: no scheme and no host (``//host`` is another site)."""
    return url_scheme(url) is None and not _as_read(url).replace("\\", "/").startswith("//")


# A web address or an e-mail address written without its scheme, which makes it an address
# on this site ("www.gov.uk/guidance" is a page under the pattern's own).
_HOST_FIRST = re.compile(
    r"(?i)(?:www\.[^/?#\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|int|io|ai|co|uk|eu|info|biz|app|dev|ie|de|fr|nl|us|ca|au|nz))(?:[/?#].*)?"
)
_MAILBOX = re.compile(r"(?i)[^/@\s?#:]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+")
# A file on the author's computer or their office's network, as a word processor or a
# file manager copies its address: a backslash first ('\\server\share', which Markdown
# reads as '\server\share'), or a home folder ('/Users/jo/…').
_COMPUTER_PATH = re.compile(r"\\|/(?:Users|home)/[^/]+/")


def on_a_computer(url: str) -> bool:
    """Whether ``url`` names a file on a computer or a network drive ('C:\\reports\\plan.docx',
    'file:///…', '\\\\server\\share\\plan.docx'), which no reader of the site can open."""
    scheme = url_scheme(url)
    if scheme is not None:
        return scheme == "file" or (len(scheme) == 1 and scheme.isalpha())
    return _COMPUTER_PATH.match(unquote(url)) is not None


# Where a consultant's working documents live: a link there opens for its author, and for
# no reader outside their organisation (or without access given). A warning: a few are shared
# with anyone, which the address does not tell.
_PRIVATE_DOCUMENTS = ("sharepoint.com", "onedrive.live.com", "1drv.ms", "docs.google.com", "drive.google.com", "teams.microsoft.com", "atlassian.net")


def _private_documents(href: str) -> str | None:
    """The host of a link to documents kept for an organisation's own people, if it is one."""
    found = target_of(href)
    if found is None or found[0] != "web":
        return None
    host = found[1].removeprefix("www.")
    return host if any(host == name or host.endswith("." + name) for name in _PRIVATE_DOCUMENTS) else None


def _address_slip(href: str) -> tuple[str, str, bool] | None:
    """A link address that works nowhere a reader is: (message, hint, whether a warning)."""
    if (unreachable := _unreachable(href)) is not None:
        return unreachable
    if (private := _private_documents(href)) is not None:
        return (
            f"'{private}' holds working documents, which open only for people signed in and given access: most readers of the site cannot open this link",
            "link to a page anyone can open, or name the document in words",
            True,
        )
    if url_scheme(href) is None and on_a_computer(href):  # '\\server\share' reads as '//server/share' to a browser
        return f"'{_printable(unquote(href), 80)}' is a file on a computer, which readers cannot open", _COMPUTER_FILE_HINT, False
    if not is_local(href) or _PATTERN_FILE.fullmatch(href):
        return None
    shown = _printable(href, 200)
    if _MAILBOX.fullmatch(href):
        return f"'{shown}' is an e-mail address written as a page of this site", f"write it as mailto:{shown}", False
    if _HOST_FIRST.fullmatch(href):
        return f"'{shown}' is a web address without https://, so it would open a page of this site", f"write it as https://{shown}", False
    return None


# What a reader is told of a web address whose host no reader can reach, by where it is:
# (what it is, what to do).
_UNREACHABLE = {
    "computer": ("an address on the computer it was written on: no reader can open it", "link to the published page instead"),
    "network": (
        "an address inside the author's network: readers outside it cannot open it",
        "link to a page anyone can open on the web (https://…), or name the page in words",
    ),
    "reserved": (
        "an address set aside for examples, tests or other uses than sites: no reader can open it",
        "check the address, or link to the published page instead",
    ),
}


def _unreachable(href: str) -> tuple[str, str, bool] | None:
    """An http: or https: address whose host no reader can reach, read as a browser reads
    it (:mod:`stallpatterns.hosts`): (message, hint, True: a warning, as the author may mean
    it for colleagues, and the page still works). An address written otherwise than its
    usual spelling ('http://2130706433/') is named in it, so the author sees why."""
    found = target_of(href)
    if url_scheme(href) not in ("http", "https") or found is None:
        return None
    host = found[1]
    place = hosts.place_of(host)
    if place is None:
        return None
    message, hint = _UNREACHABLE[place]
    if place == "computer" and (page := _PREVIEWED_PATTERN.search(urlsplit(href).path)) is not None:
        hint = f"link to the pattern by its file name, as GitHub's preview does: ({page.group(1)}.md)"  # copied from the preview
    address = hosts.address_of(host)
    spelled = f"{address}, " if address is not None and str(address) != host.strip("[]").rstrip(".") else ""
    return f"'{_printable(href, 200)}' is {spelled}{message}", hint, True


# A pattern's page in the address of a preview ('http://127.0.0.1:8000/stall-patterns/patterns/x/').
_PREVIEWED_PATTERN = re.compile(r"/patterns/([a-z0-9]+(?:-[a-z0-9]+)*)/?(?:index\.html)?$")

# A link to another pattern's file, as GitHub's preview follows it: the site's page for it.
_PATTERN_FILE = re.compile(r"(?:\./)?([a-z0-9]+(?:-[a-z0-9]+)*)\.md(#[^\s]*)?")


def on_the_site(url: str) -> str:
    """Where a local address in a pattern goes from the pattern's page (``patterns/<slug>/``):
    another pattern's file (``the-sponsor-who-moved-on.md``, as GitHub's preview links it)
    is that pattern's page, and an address from the site's root (``/assets/chart.png``) is
    found from the page, since the site may be published under a path."""
    if (found := _PATTERN_FILE.fullmatch(url)) is not None:
        return f"../{found.group(1)}/{found.group(2) or ''}"
    if url.startswith("/") and not url.startswith(("//", "/\\")):
        return "../.." + url
    return url


def local_links(tokens: Sequence[Token]) -> Iterator[tuple[int, str, bool, bool, bool]]:
    """(the 0-based body line, the address, whether an image, whether an address on the web,
    whether its text is a footnote's label, '^1') of each link and image to this site, in
    order, and of each to an http: or https: address, which may be the site's own published
    address (see :func:`under_site`)."""
    for block in tokens:
        if block.type != "inline" or not block.children or not block.map:
            continue
        children = block.children
        for index, (token, line) in enumerate(lines_of(children)):
            label = False
            if token.type == "link_open":
                label = index + 2 < len(children) and children[index + 2].type == "link_close" and children[index + 1].content.startswith("^")
                address = str(token.attrGet("href") or "")
            elif token.type == "image":
                address = str(token.attrGet("src") or "")
            else:
                continue
            if address[:8].lower().startswith(("http://", "https://")):
                yield block.map[0] + line, address, token.type == "image", True, label
            # An address already reported as another site's or a mailbox written without its
            # scheme is not a page of this site that goes nowhere as well: one error for one slip.
            elif token.markup not in ("linkify", "autolink") and address and is_local(address) and _address_slip(address) is None:
                yield block.map[0] + line, address, token.type == "image", False, label


_DEFAULT_PORTS = {"http": 80, "https": 443}


def under_site(address: str, site: str) -> str | None:
    """The path from the site's root ('/contact/') of an address under the site's published
    address ``site``, whichever of http or https, and capitals in its host; else None."""
    if not address.lower().startswith(("http://", "https://")):
        return None
    here, there = urlsplit(address), urlsplit(site)
    root = there.path if there.path.endswith("/") else there.path + "/"
    try:  # a scheme's own port written out (':443') is no port of another
        ports = [None if url.port == _DEFAULT_PORTS.get(url.scheme.lower()) else url.port for url in (here, there)]
    except ValueError:  # a port that is no number
        return None
    if (here.hostname or "") != (there.hostname or "") or ports[0] != ports[1] or not (here.path + "/").startswith(root):
        return None
    rest = here.path[len(root) :]
    return "/" + rest + (f"?{here.query}" if here.query else "") + (f"#{here.fragment}" if here.fragment else "")


# --- the parser ---------------------------------------------------------------------


def _normalize(state: StateCore) -> None:
    """markdown-it's first rule: line ends made '\n' ('\r\n' and '\r' alike) and NUL
    characters U+FFFD, with a pass over the text only for what it holds. markdown-it's own
    replaces every '\n' with itself, through a regular expression, a pass for each."""
    src = state.src
    if "\r" in src:
        src = src.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in src:
        src = src.replace("\0", "\ufffd")
    state.src = src


def _typography(state: StateCore) -> None:
    """Dashes and ellipses in prose (``--`` → –, ``---`` → —, ``...`` → …): never in
    code (another token type), nor in the text of a bare-URL link."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        inside_autolink = 0
        for token in block.children:
            if token.type == "link_open" and token.info == "auto":
                inside_autolink += 1
            elif token.type == "link_close" and token.info == "auto":
                inside_autolink -= 1
            elif token.type == "text" and not inside_autolink and ("--" in token.content or "..." in token.content):
                token.content = _DASHES.sub(lambda m: _TYPOGRAPHY[m.group(0)], token.content)


def _invisible_references(state: StateCore) -> None:
    """Mark each paragraph, heading or cell where a character reference (``&#x202E;``,
    ``&shy;``) makes a character that the file itself may not hold: ``meta["invisible"]``
    is (the line within it, the reference), for the checks. The same character typed is
    found in the file's text (rules._check_invisible)."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children = block.children
        if "&" not in block.content:
            # A link's title from its definition elsewhere ('[r]: /x "see &#x202E;here"'):
            # a hidden character in it that the paragraph's own text does not hold.
            typed: set[str] | None = None  # the paragraph's characters, gathered once, if asked
            read: set[str] = set()  # titles read already: one definition serves many links
            for token, line in lines_of(children):
                title = str(token.attrGet("title") or "") if token.type in ("link_open", "image") else ""
                if not title or title in read:
                    continue
                read.add(title)
                hidden = {c for c in title if is_hidden_character(c)}
                if hidden:
                    typed = set(block.content) if typed is None else typed
                    if hidden - typed:
                        block.meta["invisible"] = (line, DEFINED_TITLE)
                        break
            continue
        for index, (token, line) in enumerate(lines_of(children)):
            found = _invisible_in(token)
            if found and not (token.content == ZWJ and _between_pictographs(children, index)):
                block.meta["invisible"] = (line, found)
                break


DEFINED_TITLE = "defined title"



def _between_pictographs(children: Sequence[Token], index: int) -> bool:
    """Whether the token at ``index`` (a zero-width joiner) joins two pictographs, as in
    👩&zwj;💻: one emoji, as the same joiner typed is allowed (text.invisible_characters)."""
    before = children[index - 1].content if index else ""
    after = children[index + 1].content if index + 1 < len(children) else ""
    return bool(before and after) and unicodedata.category(before[-1]) == "So" and unicodedata.category(after[0]) == "So"


def _invisible_in(token: Token) -> str | None:
    """The reference that made an invisible character in ``token``: an entity, an image's
    description, or a link's or an image's title."""
    if token.type == "text_special" and token.info == "entity" and any(is_hidden_character(c) for c in _referenced(token)):
        return token.markup
    title = str(token.attrGet("title") or "") if token.type in ("link_open", "image") else ""
    if any(is_hidden_character(c) for c in title):
        return f"in the {'link' if token.type == 'link_open' else 'image'}'s title"
    if token.type == "image":
        return next((found for child in token.children or [] if (found := _invisible_in(child))), None)
    if token.type == "text" and token.content.startswith(("http", "mailto:")) and any(is_hidden_character(c) for c in token.content):
        return "in the address"  # an autolink's text, its references read: '<https://x.example/&#x202E;fdp.exe>'
    return None


def _referenced(token: Token) -> str:
    """The character an entity token's reference names. markdown-it makes U+FFFD of a
    numeric reference to a noncharacter (U+FFFE, U+FFFF, U+1FFFE...), which GitHub's reader
    keeps (writing U+FFFE and U+FFFF as bytes that are no UTF-8): the character written is
    the one checked. (Controls it also makes U+FFFD of are told apart by the comparison with
    GitHub's reading, which quotes them by number.)"""
    if token.content != "\ufffd" or not token.markup.startswith("&#"):
        return token.content
    digits = token.markup[2:-1]
    code = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
    return chr(code) if code <= 0x10FFFF and code & 0xFFFE == 0xFFFE else token.content


def _strong_in_strong(state: StateCore) -> None:
    """Bold directly inside bold (``**a **b** c**``) is printed once, as GitHub prints it:
    the inner pair is hidden (the renderer prints nothing for a hidden token)."""
    for block in state.tokens:
        if block.type != "inline" or not block.children or block.content.count("**") + block.content.count("__") < 2:
            continue
        opened: list[Token] = []
        for token in block.children:
            if token.nesting == 1:
                if token.type == "strong_open" and opened and opened[-1].type == "strong_open":
                    token.hidden = True
                opened.append(token)
            elif token.nesting == -1 and opened:
                token.hidden = opened.pop().hidden


# GitHub strikes text through between single tildes as well as double ones, pairs each
# closing run with the nearest opening one whatever their lengths (a pair of unlike runs
# strikes nothing), and never takes a run of three or more as a mark; markdown-it (and so
# the site) pairs '~~' with '~~' only. Where the two would strike different text, the
# checks say so.


def _github_strikes(text: str) -> set[tuple[int, int]]:
    """The text GitHub strikes through in ``text``, as (start, end) of each struck span.
    ``text`` has a NUL for each escaped character. Runs of tildes are read as cmark-gfm
    reads emphasis marks: a closing run takes the nearest opening run before it, except
    that a run that could both open and close never pairs with one whose length makes a
    multiple of three with its own (CommonMark's "rule of three"), and the runs between a
    pair are marks no more."""
    struck: set[tuple[int, int]] = set()
    openers: list[tuple[int, int, bool]] = []  # (where, how many tildes, can close too)
    bottom = {1: 0, 2: 0}  # by closing length: no opener below this index can match it
    at = text.find("~")
    while at != -1:
        end = at
        while end < len(text) and text[end] == "~":
            end += 1
        length = end - at
        if length <= 2:
            before = text[at - 1] if at else " "
            after = text[end] if end < len(text) else " "
            can_close, can_open = _flanking(before, after), _flanking(after, before)
            found = None
            if can_close:
                for index in range(len(openers) - 1, bottom[length] - 1, -1):
                    where, count, closes = openers[index]
                    if not ((can_open or closes) and (count + length) % 3 == 0):
                        found = index
                        break
            if found is not None:
                where, count, _ = openers[found]
                del openers[found:]  # the runs between a pair are no marks any more
                for key in bottom:
                    bottom[key] = min(bottom[key], found)
                if count == length:
                    struck.add((where + count, at))
            else:
                if can_close:
                    bottom[length] = len(openers)
                if can_open:
                    openers.append((at, length, can_close))
        at = text.find("~", end)
    return struck


def _flanking(near: str, far: str) -> bool:
    """CommonMark's flanking rule for a mark with ``near`` on the side it points to (after
    it, for an opening mark) and ``far`` on the other."""
    return not near.isspace() and (not _punctuation(near) or far.isspace() or _punctuation(far))


def _punctuation(char: str) -> bool:
    return char == "\x00" or char in string.punctuation or (not char.isascii() and unicodedata.category(char).startswith("P"))


def _single_tildes(state: StateCore) -> None:
    """Mark each paragraph or cell where GitHub would strike through other text than the
    site does: ``meta["tildes"]`` is (the line within it, whether GitHub strikes text
    between single tildes there), for the checks. Read before escapes are joined into the
    text: an escaped tilde is no mark."""
    for block in state.tokens:
        if block.type != "inline" or "~" not in block.content or not block.children:
            continue
        written: list[str] = []
        ends: list[int] = []
        lines: list[int] = []
        inside_autolink = 0
        ours: set[tuple[int, int]] = set()
        opened: list[int] = []
        for token, line in lines_of(block.children):
            if token.type == "link_open" and token.info == "auto":
                inside_autolink += 1
                # A bare address reads as a word beside a tilde; one in <…>, as its brackets.
                written.append("<x>" if token.markup == "autolink" else "x")
            elif token.type == "link_close" and token.info == "auto":
                inside_autolink -= 1
                continue
            elif not inside_autolink:
                written.append(_as_written(token))
            else:
                continue
            ends.append((ends[-1] if ends else 0) + len(written[-1]))
            lines.append(line)
            if token.type == "s_open":
                opened.append(ends[-1])
            elif token.type == "s_close" and opened:
                ours.add((opened.pop(), ends[-1] - len(written[-1])))
        text = "".join(written)
        theirs = _github_strikes(text)
        if theirs != ours:
            differ = min(theirs ^ ours)
            single = differ in theirs and text[differ[0] - 2 : differ[0]] != "~~"
            block.meta["tildes"] = (lines[bisect_right(ends, differ[0] - 1)], single)


def _as_written(token: Token) -> str:
    """What a token stands for beside a tilde: its text, a line end, a NUL for an escaped
    character, its marks for emphasis, code or a link, a word for an image."""
    if token.type == "text":
        return token.content
    if token.type in ("softbreak", "hardbreak"):
        return "\n"
    if token.type == "text_special":
        # An escaped mark or an entity is punctuation beside a tilde, and never one itself;
        # a backslash before anything else is just that text.
        return "\x00" if token.info == "entity" or token.content in string.punctuation else token.content
    if token.type == "code_inline":
        return "`x`"
    if token.type in ("s_open", "s_close"):
        return "~~"
    if token.type == "image":
        return "!x)"  # as written: ![…](…)
    return token.markup[:1] if token.type.endswith(("_open", "_close")) and token.markup else "\x00"


_LETTERS = frozenset(string.ascii_letters)


def _address_with_scheme(state: StateInline, silent: bool) -> bool:
    """``https://…`` read where GitHub reads it, at its ``://`` while the line is read (so
    emphasis marks inside the address stay in it), with the scheme's letters just before
    it, whatever comes before them (markdown-it's own rule wants a space or punctuation)."""
    pos = state.pos
    if state.linkLevel > 0 or not state.src.startswith("://", pos):
        return False
    pending = state.pending
    letters = 0
    while letters < len(pending) and pending[-letters - 1] in _LETTERS:
        letters += 1
    # A backslash before a letter ('\\https://…') is kept with the letter as one token.
    escaped = letters == len(pending) and _escaped_letter(state, pos - letters)
    if not (letters or escaped) or _inside_www(state, pos):
        return False  # a "www." address met before it goes on past here: that one is linked
    if isinstance(state, _GitHubInlineState) and state.open_brackets():
        return False  # GitHub links nothing inside '[' not yet closed: the address is text, read as text is
    source = state.src if state.posMax == len(state.src) else state.src[: state.posMax]
    link = autolinks.url_at(source, pos, pos - letters - escaped)
    if link is None:
        return False
    if not silent:
        state.pending = pending[: len(pending) - letters]
        if escaped:
            state.tokens[-1].content = "\\"
        for made in _link_tokens(state.md, link, 0):  # pushed, so that the line's reading keeps count
            token = state.push(made.type, made.tag, made.nesting)
            token.attrs, token.content, token.markup, token.info = made.attrs, made.content, made.markup, made.info
    state.pos += len(link.raw) - letters - escaped
    return True


def _escaped_letter(state: StateInline, at: int) -> bool:
    """Whether the letter before ``at`` was read with a backslash before it, as one token."""
    last = state.tokens[-1] if state.tokens else None
    return (
        last is not None
        and last.type == "text_special"
        and last.info == "escape"
        and at >= 2
        and last.content == state.src[at - 2 : at]
        and last.content[1:] in _LETTERS
    )


_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _autolink(state: StateInline, silent: bool) -> bool:
    """markdown-it's ``<https://…>`` and ``<name@example.com>``, with entities in the address
    read as GitHub reads them (``&amp;`` is ``&``, in the link and in its text), and its text
    as written (markdown-it would show ``%20`` as a space, and ``xn--`` names decoded)."""
    start = state.pos
    if not autolink(state, silent):
        return False
    if silent:
        return True
    address = raw = state.src[start + 1 : state.pos - 1]
    link_open, text = state.tokens[-3], state.tokens[-2]
    if "&" in raw and _ENTITY.search(raw):  # never an e-mail address: it cannot hold ';'
        address = _ENTITY.sub(lambda entity: replaceEntityPattern(entity.group(), entity.group()[1:-1]), raw)
        link_open.attrs["href"] = state.md.normalizeLink(address)
        if address != address.rstrip():
            # A reference to a space at the end ('&nbsp;>'): GitHub keeps it in the address
            # ('…/%C2%A0'), markdown-it's normalising trims it. The checks refuse it.
            link_open.meta["spaced_reference"] = True
    text.content = address
    return True


def _inside_www(state: StateInline, position: int) -> bool:
    """Whether ``position`` is inside a ``www.`` address of the line (found once per line
    being read, kept in the parse's env)."""
    found = state.env.setdefault("stall_www_spans", {})
    spans = found.get(state.src)
    if spans is None:
        spans = found[state.src] = [(link.index, link.last_index) for link in autolinks.www_links(state.src)]
    index = bisect_right(spans, (position, len(state.src) + 1)) - 1
    return index >= 0 and spans[index][0] < position < spans[index][1]


def _bare_addresses(state: StateCore) -> None:
    """``www.`` and e-mail addresses in each paragraph's text, never inside a link, linked
    as GitHub links them. markdown-it's own rule would reformat what it links
    (``www.é+,:1`` became ``www.:1é+,``); this one shows each address as written."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        content = block.content
        if not autolinks.might_hold(content) and "&" not in content and not ("[" in content and "://" in content):
            continue
        # An entity may read as '@' ('&#64;'), which GitHub reads as one.
        as_read = [(t.type, t.content) for t in block.children] if "@" in content or "&" in content else []
        children: list[Token] = []
        inside = brackets = 0
        for token in _joined_text(block.children):
            inside += 1 if token.type == "link_open" else -1 if token.type == "link_close" else 0
            before = _last_written(children[-1]) if children else ""
            links = autolinks.find(token.content, before) if token.type == "text" and not inside else None
            if links and (brackets or "[" in token.content):
                # GitHub links no www. address after a '[' not yet closed (it may be a link's
                # text), as none with a scheme (_address_with_scheme); an e-mail address it does.
                depths = _open_brackets_at(token.content, [link.index for link in links], brackets)
                links = [link for link, depth in zip(links, depths) if link.is_email or not depth]
            if token.type == "text" and not inside:  # a '[' in '<https://…[…>' is the address's
                brackets = _open_brackets_at(token.content, [len(token.content)], brackets)[0]
            if not links:
                children.append(token)
                continue
            text, done = token.content, 0
            for link in links:
                if link.index > done:
                    children.append(Token("text", "", 0, level=token.level, content=text[done : link.index]))
                children += _link_tokens(state.md, link, token.level)
                done = link.last_index
            if done < len(text):
                children.append(Token("text", "", 0, level=token.level, content=text[done:]))
        block.children = children
        if autolinks.might_hold(content) or as_read:
            differs = _addresses_differ(content, as_read, children)
            if differs is not None:
                block.meta["address"] = differs


def _addresses_differ(content: str, as_read: list[tuple[str, str]], children: list[Token]) -> int | None:
    """The line (within the paragraph) of the first ``www.`` or e-mail address that GitHub
    would link otherwise than the site, or None. GitHub reads a ``www.`` address on the line
    as written, so the marks of emphasis, escapes, entities and backticks it runs into are
    part of it; an e-mail address in the text once escapes and entities are read, so they
    do not split it. ``as_read``: the paragraph's tokens before addresses were linked."""
    ours = [
        (token.content, line, str(previous.attrs["href"]).startswith(autolinks.EMAIL_SCHEMES))
        for (token, line), previous in zip(lines_of(children), [None, *children])
        if previous is not None and _is_address(token, previous)
    ]
    www = [(raw, line) for raw, line, email in ours if not email]
    spans = code_spans(content, github=True) if "`" in content else []
    starts = [start for start, _ in spans]
    found = autolinks.www_links(content)
    read = _as_brackets_read(content, spans) if "[" in content or "]" in content else content
    theirs = [
        link
        for link, depth in zip(found, _open_brackets_at(read, [link.index for link in found]))
        if content[link.index - 2 : link.index] != "](" and not depth and not _in_spans(spans, starts, link.index)
    ]
    for mine, link in zip_longest(www, theirs):
        if mine is None or link is None or mine[0] != link.raw:
            return content.count("\n", 0, link.index) if link is not None else mine[1]
    if not as_read:
        return None
    emails, run, inside = [], [], 0
    for kind, text in [*as_read, ("end", "")]:
        inside += 1 if kind == "link_open" else -1 if kind == "link_close" else 0
        if kind in ("text", "text_special") and not inside:
            run.append(text)
        elif run:
            emails += [link.raw for link in autolinks.find("".join(run)) if link.is_email]
            run = []
    mine_emails = [(raw, line) for raw, line, email in ours if email]
    for mine, raw in zip_longest(mine_emails, emails):
        if mine is None or raw is None or mine[0] != raw:
            return mine[1] if mine is not None else 0
    return None


def _as_brackets_read(content: str, spans: list[tuple[int, int]]) -> str:
    """``content`` with the '[' and ']' that GitHub takes for no bracket blanked out, in
    place: those escaped with a backslash, in an address in <…> or in a code span (one of
    ``spans``), as the site's tokens have them, so that an address after '`[`' is linked
    on both. One pass."""
    read = _NOT_BRACKETS.sub(lambda found: _BRACKET.sub(" ", found.group()), content)
    if not spans:
        return read
    parts, done = [], 0
    for start, end in spans:
        parts += [read[done:start], _BRACKET.sub(" ", read[start:end])]
        done = end
    return "".join([*parts, read[done:]])


# A backslash and the character after it; an address in <…> (CommonMark's autolink).
_NOT_BRACKETS = re.compile(r"\\[\s\S]|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>")


def _is_address(token: Token, previous: Token) -> bool:
    """The text of a ``www.`` or e-mail address linked by :func:`_bare_addresses`."""
    return (
        token.type == "text_special"
        and previous.type == "link_open"
        and previous.markup == "linkify"
        and not token.content.lower().startswith(("http://", "https://", "ftp://"))  # 'Https://' as Word writes it too
    )


_BRACKET = re.compile(r"[\[\]]")


def _open_brackets_at(text: str, indexes: list[int], depth: int = 0) -> list[int]:
    """How many '[' are open at each of ``indexes`` (first to last) of ``text``, with
    ``depth`` open before it (a ']' closes the last; one with none open is text). One pass."""
    found: list[int] = []
    brackets = _BRACKET.finditer(text)
    bracket = next(brackets, None)
    for index in indexes:
        while bracket is not None and bracket.start() < index:
            depth = depth + 1 if bracket.group() == "[" else max(depth - 1, 0)
            bracket = next(brackets, None)
        found.append(depth)
    return found


def _brackets_after(text: str, start: int, depth: int) -> int:
    """How many '[' are open at the end of ``text``, with ``depth`` open at ``start``."""
    text = text[start:] if start else text
    return _open_brackets_at(text, [len(text)], depth)[0] if "[" in text or "]" in text else depth


def _in_spans(spans: list[tuple[int, int]], starts: list[int], index: int) -> bool:
    """Whether ``index`` is inside one of ``spans`` (in order, not overlapping; ``starts`` their starts)."""
    at = bisect_right(starts, index) - 1
    return at >= 0 and spans[at][0] <= index < spans[at][1]


def _last_written(token: Token) -> str:
    """The last character of what the author wrote for ``token`` (a line break is a space;
    ``*`` for emphasis, ``;`` for ``&amp;``, a backtick for code), as GitHub reads it
    before a ``www.`` that follows."""
    if token.type in ("softbreak", "hardbreak"):
        return "\n"
    return token.markup[-1:] or "\x00"


def _joined_text(tokens: list[Token]) -> list[Token]:
    """Text tokens next to each other as one, as GitHub reads the line: an emphasis mark
    that marks nothing (the ``_`` in ``https://1_ftp://x``) splits the text, not the address."""
    joined: list[Token] = []
    for token in tokens:
        if token.type == "text" and joined and joined[-1].type == "text":
            joined[-1].content += token.content
        else:
            joined.append(token)
    return joined


def _link_tokens(md: MarkdownIt, link: Link, level: int) -> list[Token]:
    """A bare address as a link. Its text is marked as markdown-it marks an escaped
    character, which curly quotes and dashes pass by (a curly quote would break the address
    a reader copies); text_join makes it text again."""
    return [
        Token("link_open", "a", 1, level=level, attrs={"href": md.normalizeLink(link.url)}, markup="linkify", info="auto"),
        Token("text_special", "", 0, level=level + 1, content=link.raw),
        Token("link_close", "a", -1, level=level, markup="linkify", info="auto"),
    ]


def _gfm_table(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A table as GitHub reads one: markdown-it's, and also a one-column table whose header
    line has no ``|`` (``Owner`` over ``|---|`` or ``:--``), which markdown-it leaves a
    paragraph. Never over a line of dashes alone: under a paragraph's line that is a
    setext heading's underline, on GitHub even when the line has a ``|`` (``The plan`` and
    ``| Owner`` over ``---`` is one heading, not a paragraph and a table)."""
    if not _may_divide(state, start + 1, end):
        return False
    if _dashes_only(state, start + 1):
        return False
    return table(state, start, end, silent) or _one_column_table(state, start, end, silent)


def _may_divide(state: StateBlock, line: int, end: int) -> bool:
    """Whether ``line`` may be a table's delimiter row, at a glance: it starts (after its
    indent) with '|', '-' or ':', or with a space of another kind, which the one-column
    table's reading strips. Neither table is read under any other line; this rule is tried
    at the start of every paragraph, and the glance spares both readings there."""
    if line >= end:
        return False
    at = state.bMarks[line] + state.tShift[line]
    return at < state.eMarks[line] and (state.src[at] in "|-:" or state.src[at].isspace())


def _table_in_paragraph(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """GitHub takes a table's header from the paragraph above it. Where a paragraph just
    ended at a table (see :func:`_gfm_table`), a rule tried before the table's could take
    the header line, which could not have ended the paragraph: a list item that may not
    interrupt one (``3.``, an empty item). The table comes first here."""
    tokens = state.tokens
    if silent or len(tokens) < 3 or tokens[-1].type != "paragraph_close" or tokens[-1].level != state.level:
        return False
    if tokens[-3].map is None or tokens[-3].map[1] != start:
        return False
    parent, state.parentType = state.parentType, "paragraph"
    try:
        if any(rule(state, start, end, True) for rule in state.md.block.ruler.getRules("paragraph") if rule is not _gfm_table):
            return False  # a block that may interrupt a paragraph starts here: GitHub reads it
    finally:
        state.parentType = parent
    return _gfm_table(state, start, end, False)


def _definition(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A link definition, and the lines GitHub reads as more of its paragraph in a quote or
    list item though they lack the '>' or the indent (lazy lines: ``> [x]: https://…`` then
    ``more text``): more definitions, then a paragraph, in the quote or item. markdown-it
    continues only a paragraph so, and left such lines to a new paragraph after it."""
    if not reference(state, start, end, silent):
        return False
    if not silent:
        _one_label_to_both(state, start)
    while not silent and _lazy(state, state.line, end):
        line = state.line
        if not reference(state, line, end, False):
            _paragraph(state, line, end, False)
            break
        _one_label_to_both(state, line)
    return True


# What CommonMark, and GitHub's reader, collapse in a link's label: spaces, tabs and line
# ends only. markdown-it collapses every Unicode space (a no-break space too).
_LABEL_SPACES = re.compile(r"[ \t\n\r\f\v]+")


def _one_label_to_both(state: StateBlock, start: int) -> None:
    """After the definition read from ``start``: when markdown-it reads its label as an
    earlier definition's and GitHub does not, no link takes either from the site.

    markdown-it matches labels by lower then upper case, and by every Unicode space; GitHub
    by Unicode case folding, and by ASCII spaces alone. '[i]' and '[ı]' (a dotless i), or
    '[a b]' and '[a&nbsp;b]' (a no-break space), are one label to the site, which takes the
    first definition, and two to GitHub, which takes each link's own: a reviewer would see a link
    to one address on GitHub where the site publishes another, as the comparison with
    GitHub's reading leaves addresses out. Read as text on the site, each such link differs
    from GitHub's reading, which the checks report at its line."""
    written = "\n".join(state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]] for line in range(start, state.line))
    label = _label_of(written)
    ours = normalizeReference(label)
    theirs = _LABEL_SPACES.sub(" ", label.strip(" \t\n\r\f\v")).casefold()
    if state.env.setdefault("github_labels", {}).setdefault(ours, theirs) != theirs:
        state.env["references"][ours] = {}  # no link takes it (markdown-it's rules skip an empty one)


def _label_of(definition: str) -> str:
    """The label of a definition as written: after its '[', to the first ']' not escaped."""
    at = 1
    while at < len(definition) and definition[at] != "]":
        at += 2 if definition[at] == "\\" else 1
    return definition[1:at]


def _lazy(state: StateBlock, line: int, end: int) -> bool:
    """Whether ``line`` would be a lazy line of a paragraph above it: outside the quote or
    list item (no '>', or too little indent), and starting no block that may interrupt a
    paragraph. A quote has checked its own lazy lines (marked -1), indented ones too."""
    if line >= end or state.isEmpty(line) or state.sCount[line] >= state.blkIndent:
        return False
    if state.sCount[line] < 0:
        return True
    parent, state.parentType = state.parentType, "paragraph"
    try:
        return not any(rule(state, line, end, True) for rule in state.md.block.ruler.getRules("paragraph"))
    finally:
        state.parentType = parent


_ASCII_SPACE = " \t\n\r\x0b\x0c"


def _paragraph(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """markdown-it's paragraph, with its ends trimmed as GitHub trims them: of ASCII spaces
    only. A no-break space (or another typographic space) at either end stays text, and the
    line break before a line that holds only one stays a break (``Line one\\`` over a line
    with a no-break space: markdown-it read the backslash as the paragraph's last character)."""
    if not paragraph(state, start, end, silent):
        return False
    state.tokens[-2].content = state.getLines(start, state.line, state.blkIndent, False).strip(_ASCII_SPACE)
    return True


def _dashes_only(state: StateBlock, line: int) -> bool:
    text = getLine(state, line).rstrip(" \t")
    return bool(text) and not text.strip("-") and state.sCount[line] - state.blkIndent < 4


def _one_column_table(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    delimiter = start + 1
    if delimiter >= end or state.sCount[delimiter] < state.blkIndent or state.is_code_block(start) or state.is_code_block(delimiter):
        return False
    header = getLine(state, start).strip()
    row = getLine(state, delimiter).strip()
    cell = row.removeprefix("|").removesuffix("|")
    if not header or "|" in header or "|" in cell or not is_dividing_row(cell) or row.startswith("- "):
        return False
    if row == cell and not cell.strip().startswith(":") and not cell.strip().endswith(":"):
        return False  # dashes alone: a setext heading's line, or a thematic break
    if silent:
        return True
    cell = cell.strip()
    align = "center" if cell[0] == ":" and cell[-1] == ":" else "right" if cell[-1] == ":" else "left" if cell[0] == ":" else ""
    table_lines = [start, 0]
    state.push("table_open", "table", 1).map = table_lines
    state.push("thead_open", "thead", 1).map = [start, start + 1]
    state.push("tr_open", "tr", 1).map = [start, start + 1]
    _table_cell(state, "th", header, start, align)
    state.push("tr_close", "tr", -1)
    state.push("thead_close", "thead", -1)
    ends_table = state.md.block.ruler.getRules("blockquote")
    line, body_lines = start + 2, None
    parent, state.parentType = state.parentType, "table"  # as markdown-it's tables: a list item at any number ends it
    while line < end and state.sCount[line] >= state.blkIndent and not state.is_code_block(line):
        if any(rule(state, line, end, True) for rule in ends_table):
            break
        text = getLine(state, line).strip()
        if not text:
            break
        cells = escapedSplit(text)
        if cells and cells[0] == "":
            cells.pop(0)
        if body_lines is None:
            body_lines = [start + 2, 0]
            state.push("tbody_open", "tbody", 1).map = body_lines
        state.push("tr_open", "tr", 1).map = [line, line + 1]
        _table_cell(state, "td", cells[0].strip() if cells else "", line, align)
        state.push("tr_close", "tr", -1)
        line += 1
    if body_lines is not None:
        state.push("tbody_close", "tbody", -1)
        body_lines[1] = line
    state.push("table_close", "table", -1)
    table_lines[1] = line
    state.line, state.parentType = line, parent
    return True


def _table_cell(state: StateBlock, tag: str, content: str, line: int, align: str) -> None:
    opened = state.push(f"{tag}_open", tag, 1)
    if align:
        opened.attrs = {"style": f"text-align:{align}"}
    inline = state.push("inline", "", 0)
    inline.map, inline.content, inline.children = [line, line + 1], content, []
    state.push(f"{tag}_close", tag, -1)


class _Parser(MarkdownIt):
    def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
        # Every link becomes a token, so that an unsafe one is reported at its line rather
        # than quietly left as text; the renderer prints only the safe ones.
        return True


def _is_space(char: str) -> bool:
    return char in "\t\n\x0b\x0c\r " or unicodedata.category(char) == "Zs"


class _GitHubInlineState(StateInline):
    """The reading of a line, with emphasis and strikethrough marks judged as GitHub's
    parser (cmark-gfm, CommonMark 0.29) judges them: only punctuation (not symbols such as
    €, ° or ✅, as CommonMark 0.31 and markdown-it have it) counts as punctuation beside a
    mark, and tildes beside a mark are looked past."""

    def scanDelims(self, start: int, canSplitWord: bool) -> Scanned:  # noqa: N802, N803 (markdown-it's names)
        src, end = self.src, self.posMax
        marker = src[start]
        pos = start
        while pos < end and src[pos] == marker:
            pos += 1
        before = start - 1
        while before > 0 and src[before] == "~":
            before -= 1
        after = pos
        while after < end and src[after] == "~":
            after += 1
        last = src[before] if start > 0 else "\n"
        following = src[after] if after < end else "\n"
        last_space, next_space = _is_space(last), _is_space(following)
        last_punctuation, next_punctuation = _punctuation(last), _punctuation(following)
        left = not next_space and (not next_punctuation or last_space or last_punctuation)
        right = not last_space and (not last_punctuation or next_space or next_punctuation)
        can_open = left and (canSplitWord or not right or last_punctuation)
        can_close = right and (canSplitWord or not left or next_punctuation)
        return Scanned(can_open, can_close, pos - start)

    # The '[' (or '![') still open, as cmark-gfm's stack of brackets has them: each ']'
    # closes the last one, and a link's own are gone. Counted on from where the last count
    # stopped (the tokens and how deep inside links they were; the pending text, which only
    # grows until it becomes a token), so that each character is counted once.
    _brackets = (0, 0, 0, 0, 0)  # tokens counted, '[' open in them, links open; pending text counted, '[' open after it

    def open_brackets(self) -> int:
        counted, depth, links, read, after = self._brackets
        if counted > len(self.tokens):
            counted, depth, links = 0, 0, 0
        if counted != len(self.tokens) or read > len(self.pending):
            for token in self.tokens[counted:]:
                links += 1 if token.type == "link_open" else -1 if token.type == "link_close" else 0
                if token.type == "text" and not links:
                    depth = _brackets_after(token.content, 0, depth)
            read, after = 0, depth  # the pending text was made a token: it is read anew
        after = _brackets_after(self.pending, read, after)
        self._brackets = (len(self.tokens), depth, links, len(self.pending), after)
        return after

    # Each token is given the line (within the text read) it starts on, in meta["line"],
    # for the checks: the tokens keep no position, and the line breaks in a code span or an
    # image's description are not tokens. Counted on from the last token's position, so
    # each line end is counted once.
    _counted = (0, 0)

    def push(self, ttype: str, tag: str, nesting: Literal[-1, 0, 1]) -> Token:
        token = super().push(ttype, tag, nesting)
        token.meta["line"] = self._line_at(self.pos)
        return token

    def pushPending(self) -> Token:  # noqa: N802 (markdown-it's name)
        token = super().pushPending()
        token.meta["line"] = self._line_at(self.pos)  # its text has no line end: its last character's line
        return token

    def _line_at(self, position: int) -> int:
        counted, line = self._counted
        if position >= counted:
            line += self.src.count("\n", counted, position)
        else:
            line = self.src.count("\n", 0, position)
        self._counted = (position, line)
        return line


def lines_of(children: Sequence[Token]) -> Iterator[tuple[Token, int]]:
    """Each inline token with the line, within its paragraph or cell, that it is on. A token
    made after the line was read (a bare address found in text) is on the line before it."""
    line = 0
    for token in children:
        line = token.meta.get("line", line)
        yield token, line
        if token.type in ("softbreak", "hardbreak"):
            line += 1
        elif token.type == "html_inline":
            line += token.content.count("\n")


# Lists and quotes nested in each other: each list counts two levels (the list and its
# item), a quote one. markdown-it stops reading what lies deeper than this and drops it;
# GitHub shows it. The deeper the nesting, the longer markdown-it takes over the lines it
# reads again at each level (a 100 kB quote nested 19 deep took 3.6 s), so the limit is
# low, and what lies beyond it is reported (:class:`_NestingBlockParser`), never dropped
# unseen.
MOST_NESTING = 10
MOST_NESTED_LISTS = MOST_NESTING // 2 - 1


class _NestingBlockParser(ParserBlock):
    """markdown-it's block parser, with its rules as configured, marking the list item or
    quote whose content lies too deep to be read: its opening token's meta ``too_deep``
    holds the (0-based) line where that content starts."""

    def __init__(self, configured: ParserBlock) -> None:
        super().__init__()
        self.ruler = configured.ruler

    def tokenize(self, state: StateBlock, startLine: int, endLine: int) -> None:  # noqa: N803 (markdown-it's names)
        if state.level >= state.md.options.maxNesting and state.tokens:
            line = state.skipEmptyLines(startLine)
            if line < endLine and state.sCount[line] >= state.blkIndent:
                state.tokens[-1].meta.setdefault("too_deep", line)
        super().tokenize(state, startLine, endLine)


class _GitHubInlineParser(ParserInline):
    """markdown-it's inline parser, with its rules as configured, reading each line with
    :class:`_GitHubInlineState`."""

    def __init__(self, configured: ParserInline) -> None:
        super().__init__()
        self.ruler, self.ruler2 = configured.ruler, configured.ruler2

    def parse(self, src: str, md: MarkdownIt, env: EnvType, tokens: list[Token]) -> list[Token]:
        state = _GitHubInlineState(src, md, env, tokens)
        self.tokenize(state)
        for rule in self.ruler2.getRules(""):
            rule(state)
        return state.tokens


def _parser() -> tuple[MarkdownIt, _SafeRenderer]:
    md = _Parser("commonmark", {"html": True, "linkify": True, "typographer": True, "xhtmlOut": False, "maxNesting": MOST_NESTING})
    md.enable(["strikethrough", "linkify", "smartquotes"])
    md.block = _NestingBlockParser(md.block)
    # GitHub reads a table only where its header line would be a paragraph's line: a list
    # item, quote, heading or fence that starts there comes first. A setext heading does
    # not: its underline is never a table's delimiter row (_gfm_table).
    md.block.ruler.before("lheading", "gfm_table", _gfm_table, {"alt": ["paragraph", "reference"]})
    md.block.ruler.before("code", "gfm_table_in_paragraph", _table_in_paragraph)
    md.block.ruler.at("reference", _definition)
    md.block.ruler.at("paragraph", _paragraph)
    md.inline = _GitHubInlineParser(md.inline)
    md.inline.ruler.at("linkify", _address_with_scheme)
    md.inline.ruler.at("autolink", _autolink)
    md.core.ruler.at("normalize", _normalize)
    md.core.ruler.at("linkify", _bare_addresses)
    md.core.ruler.at("smartquotes", quotes.smartquotes)  # the same rule, in linear time
    md.core.ruler.before("smartquotes", "stall_elisions", quotes.elisions)
    md.core.ruler.after("smartquotes", "stall_typography", _typography)
    md.core.ruler.after("stall_typography", "stall_single_tildes", _single_tildes)
    md.core.ruler.before("text_join", "stall_invisible_references", _invisible_references)
    md.core.ruler.push("stall_strong_in_strong", _strong_in_strong)
    renderer = _SafeRenderer(md)
    md.renderer = renderer
    return md, renderer


class _SafeRenderer(RendererHTML):
    """markdown-it's HTML renderer with every place content meets markup made safe."""

    def html_block(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        content = tokens[idx].content
        # A comment shows nothing, but parts what is either side of it, as the line end GitHub
        # writes for it does: in a list item shown close together, its paragraphs are not
        # paragraphs, and the words before and after it ran together.
        return "\n" if _COMMENT.fullmatch(content) else f"<p>{escape(content.strip(), quote=False)}</p>\n"

    def html_inline(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        content = tokens[idx].content
        return "" if content.startswith("<!--") else escape(content, quote=False)

    def link_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        token = tokens[idx]
        href = str(token.attrGet("href") or "")
        if not is_safe_link(href):
            return "<a>"
        title = token.attrGet("title")
        title_attr = f' title="{escape(str(title))}"' if title else ""
        href = _URL_IGNORED.sub("", href)
        # On paper a link cannot be followed: an address elsewhere is printed after its words
        # (site.css), unless the words already are the address (an autolink, or `[https://x](https://x)`).
        printed = ' class="print-address"' if _address_worth_printing(tokens, idx, href) else ""
        return f'<a href="{escape(on_the_site(href) if is_local(href) else href)}"{title_attr}{printed}>'

    def image(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        token = tokens[idx]
        alt = self.renderInlineAsText(token.children or [], options, env)
        src = str(token.attrGet("src") or "")
        if not is_local(src):
            return escape(alt, quote=False)
        title = token.attrGet("title")
        title_attr = f' title="{escape(str(title))}"' if title else ""  # shown on hovering, as on GitHub
        return f'<img src="{escape(on_the_site(_URL_IGNORED.sub("", src)))}" alt="{escape(alt)}"{title_attr} loading="lazy">'

    def fence(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        # No language class: the site does not highlight code, and classes are not content.
        return f"<pre><code>{escape(tokens[idx].content, quote=False)}</code></pre>\n"

    def code_block(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return self.fence(tokens, idx, options, env)

    def table_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        # A table keeps its words whole (site.css): one wider than the screen scrolls sideways
        # in its own region, never the page (WCAG 1.4.10). The region takes keyboard focus, so
        # it scrolls without a mouse, and is named for the table's columns.
        headings = []
        for at in range(idx + 1, len(tokens)):  # not a copy of the rest for each table
            token = tokens[at]
            if token.type in ("thead_close", "tbody_open", "table_close"):
                break
            if token.type == "inline":
                headings.append(self.renderInlineAsText(token.children or [], options, env))
        return f"{table_region(headings)}\n<table>\n"

    def table_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return "</table>\n</div>\n"

    def _cell(self, tokens: Sequence[Token], idx: int) -> str:
        # Alignment as a class: a style="" attribute would need 'unsafe-inline' in the policy.
        token = tokens[idx]
        style = str(token.attrGet("style") or "")
        align = style.removeprefix("text-align:") if style.startswith("text-align:") else ""
        return f'<{token.tag} class="align-{align}">' if align in ("left", "center", "right") else f"<{token.tag}>"

    def th_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return self._cell(tokens, idx)

    def td_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return self._cell(tokens, idx)

    def s_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return "<del>"  # GitHub's element for ~~struck out~~ text

    def s_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return "</del>"

    def heading_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        token = tokens[idx]
        anchor = str(token.meta.get("id", ""))
        return f'<{token.tag} id="{escape(anchor)}">' if anchor else f"<{token.tag}>"

    def heading_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        token = tokens[idx]
        anchor = str(tokens[idx - 2].meta.get("id", "")) if idx >= 2 else ""
        if not anchor:
            return f"</{token.tag}>\n"
        label = escape(str(tokens[idx - 2].meta.get("label", "")))
        link = f'<a class="anchor" href="#{escape(anchor)}" aria-label="Link to the section {label}">#</a>'
        return f" {link}</{token.tag}>\n"


PARSER, _RENDERER = _parser()


def parse(body: str) -> list[Token]:
    """The body's tokens; ``token.map`` holds 0-based body lines."""
    return PARSER.parse(body, {})


# --- rendering ----------------------------------------------------------------------


def assign_heading_ids(tokens: Sequence[Token], taken: set[str] | None = None) -> None:
    """Give every heading a unique id made from its text, numbered as GitHub's preview numbers
    them (a second "Signs" is signs-1, a third signs-2), and never one the site uses."""
    used = set(RESERVED_IDS) | (taken or set())
    tried: dict[str, int] = {}  # the last number tried after each base: never tried again
    for index, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        text = _RENDERER.renderInlineAsText(tokens[index + 1].children or [], PARSER.options, {})
        base = slugify(text) or "section"
        # After 'site-search-option' every number makes an id the site's script makes: a
        # word between them ends the search ('site-search-option-section-2').
        numbered = f"{base}-section" if RESERVED_ID_FORMS.fullmatch(f"{base}-1") else base
        anchor, n = base, tried.get(base, 0)
        while anchor in used or RESERVED_ID_FORMS.fullmatch(anchor):
            n += 1
            anchor = f"{numbered}-{n}"
        tried[base] = n
        used.add(anchor)
        token.meta["id"] = anchor
        token.meta["label"] = text


def _address_worth_printing(tokens: Sequence[Token], idx: int, href: str) -> bool:
    """Whether a link's address says something its words do not: it goes off the site
    over the web, and its text is not that address already (with or without the scheme)."""
    if tokens[idx].info == "auto" or is_local(href) or not href.lower().startswith(("http://", "https://")):
        return False
    words = []
    for at in range(idx + 1, len(tokens)):  # not a copy of the rest for each link
        if tokens[at].type == "link_close":
            break
        words.append(tokens[at].content)
    text = "".join(words).strip().rstrip("/").lower()
    address = href.rstrip("/").lower()
    return text not in (address, address.split("://", 1)[1])


TABLE_REGION_CLASS = "table-scroll"
_REGION_LABEL_LENGTH = 100


def table_region(headings: Sequence[str]) -> str:
    """The start of the region a table scrolls in: focusable, and named "Table: " and its
    column headings (a screen reader's list of regions tells one table from another), or
    "Table" where its headings are empty. Hand-written pages' tables get the same
    (the plugin)."""
    named = ", ".join(" ".join(heading.split()) for heading in headings if heading.strip())
    if len(named) > _REGION_LABEL_LENGTH:  # cut after a whole heading where one ends in time
        cut = named.rfind(", ", 0, _REGION_LABEL_LENGTH)
        named = (named[:cut] if cut > 0 else named[: _REGION_LABEL_LENGTH - 1]) + "…"
    label = f"Table: {named}" if named else "Table"
    return f'<div class="{TABLE_REGION_CLASS}" role="region" tabindex="0" aria-label="{escape(label)}">'


def render(tokens: Sequence[Token]) -> str:
    """HTML for tokens from :func:`parse` (a whole body, or one section's slice)."""
    return _RENDERER.render(tokens, PARSER.options, {})


def typographic(text: str) -> str:
    """Plain text (a title, a summary, a sign) with the body's quotes, dashes and ellipses."""
    if not any(mark in text for mark in ("'", '"', "--", "...")):
        return text
    token = Token("text", "", 0, content=quotes.elided(text))
    state = StateCore(text, PARSER, {})
    state.tokens = [Token("inline", "", 0, children=[token])]
    quotes.curl([token], PARSER.options.quotes)
    _typography(state)
    return token.content


# --- checking -----------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    line: int  # 0-based body line
    code: str
    message: str
    hint: str
    needle: str = ""  # text to find on the line, for the column
    warning: bool = False
    nth: int = 0  # which of the needle's places on the line (0: the first)


def is_unclosed(fence: Token) -> bool:
    """A fenced code block without its closing fence: it runs to the end of the list item,
    quote or body it is in (its lines are the opening one and the code's)."""
    if fence.map is None:
        return False
    lines = fence.content.count("\n") + (not fence.content.endswith("\n") and fence.content != "")  # a last line without its line end
    return lines == fence.map[1] - fence.map[0] - 1


# CommonMark's HTML blocks of kinds 1 to 5 end at the line holding their end mark, or
# with the document: (how each starts, the end it needs after its start).
_HTML_BLOCK_ENDS = (
    (re.compile(r"[ \t]*<(?:pre|script|style|textarea)(?=[\s>]|$)", re.I), re.compile(r"</(?:pre|script|style|textarea)>", re.I)),
    (re.compile(r"[ \t]*<!--"), re.compile(r"-->")),
    (re.compile(r"[ \t]*<\?"), re.compile(r"\?>")),
    (re.compile(r"[ \t]*<!\[CDATA\["), re.compile(r"\]\]>")),
    (re.compile(r"[ \t]*<![A-Za-z]"), re.compile(r">")),
)


def is_unclosed_html(block: Token) -> bool:
    """An HTML block that never meets its end mark (an opened ``<!--`` with no ``-->``,
    a ``<pre>`` with no ``</pre>``): it runs to the end of the list item, quote or body."""
    for start, end in _HTML_BLOCK_ENDS:
        opened = start.match(block.content)
        if opened:
            return not end.search(block.content, opened.end())
    return False


_DEFINITION_LINE = re.compile(
    r"\[(?=[^\]]*[^\s\]])((?:[^\[\]\\]|\\.){1,999})\]:[ \t]*(?!<)(\S+)"
    r"""(?:[ \t]+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*"""
)


def _definition_github_hides(line: str) -> bool:
    """Whether a paragraph's first line is a link definition to GitHub (which reads it, and
    shows nothing) but not to markdown-it: cmark-gfm lets a definition's address end with
    up to 32 brackets left open, where CommonMark wants them closed."""
    match = _DEFINITION_LINE.fullmatch(line)
    if match is None:
        return False
    address, opened, at = match.group(2), 0, 0
    while at < len(address):
        char = address[at]
        if char == "\\" and at + 1 < len(address) and address[at + 1] in string.punctuation:
            at += 1
        elif char == "(":
            opened += 1
            if opened > 32:
                return False
        elif char == ")":
            if opened == 0:
                return False  # the address ends here, before text: no definition to either
            opened -= 1
        at += 1
    return opened > 0


# An address shown as a link's text. Possessive, so that a long text that is not one is
# given up at once (each part can be read only one way).
_ADDRESS_IN_TEXT = re.compile(
    r"(?i)(?:https?:[/\\]*+(?:[^\s/\\?#@]*+@)?(?P<host>\[[0-9a-f:.]*+\]|[^\s/\\?#:]++)\S*+"
    r"|(?P<www>www\.[^\s/\\?#:]++)\S*+"
    # A name whose last part has a letter, as every top-level domain does, or an IP address
    # ('203.0.113.5/login'): not a number ('4.5/5', a DOI's '10.1038/nature12373').
    r"|(?P<domain>(?:[a-z0-9-]++\.)++[a-z0-9-]*?[a-z][a-z0-9-]*+|[0-9]{1,3}(?:\.[0-9]{1,3}){3})/\S*+"
    r"|[^\s@<>()/]++@(?P<mailbox>[a-z0-9-]++(?:\.[a-z0-9-]++)++))"
)
_LONGEST_ADDRESS_SHOWN = 2_000


def _host_as_compared(host: str) -> str:
    host = host.lower().rstrip(".")
    try:
        host = ".".join(map(_label_as_compared, _LABEL_DOTS.split(host)))
    except UnicodeError:
        pass
    return host.removeprefix("www.")


def _label_as_compared(label: str) -> str:
    """A part of a host in ASCII, as a browser asks for it: IDNA 2003 (Python's codec), but
    for the letters browsers now keep where it changed them (UTS #46's deviations: 'ß' is no
    'ss'), written in punycode as markdown-it writes them in a link's address, so that
    '[Straße.de](https://straße.de/)' goes where it shows and '[straße.de](https://strasse.de/)' not."""
    if _DEVIATIONS.search(label):
        return "xn--" + unicodedata.normalize("NFC", label).encode("punycode").decode("ascii")
    return label.encode("idna").decode("ascii") if label else label


# The dots IDNA reads between a host's parts, and the letters whose reading it changed.
_LABEL_DOTS = re.compile("[.\u3002\uff0e\uff61]")
_DEVIATIONS = re.compile("[\u00df\u03c2\u200c\u200d]")


def _same_site(shown: str, target: str) -> bool:
    """Whether the host a link goes to is the one its text shows, or a part of that site
    (``tax.service.gov.uk`` for ``gov.uk``), unless anyone may have a name under the one
    shown (``evil.github.io`` is not ``github.io``'s)."""
    if (address := hosts.address_of(shown.lower())) is not None:  # '203.0.113.5' is the host however the link writes it
        return address == hosts.address_of(target.lower())
    shown, target = _host_as_compared(shown), _host_as_compared(target)
    return target == shown or (target.endswith("." + shown) and shown not in _SHARED_SUFFIXES)


# Names under which anyone can have a site of their own: a link's text naming one of them
# names no one site (a few of the public suffix list's, the ones most used for sites).
_SHARED_SUFFIXES = frozenset(
    {"co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "com.au", "net.au", "org.au", "co.nz", "co.za", "co.in",
     "com", "org", "net", "io", "co", "ai", "app", "dev", "uk", "eu", "info", "biz",
     "github.io", "gitlab.io", "netlify.app", "vercel.app", "pages.dev", "web.app", "firebaseapp.com", "herokuapp.com",
     "azurewebsites.net", "cloudfront.net", "s3.amazonaws.com", "blogspot.com", "wordpress.com", "wixsite.com",
     "squarespace.com", "notion.site", "glitch.me", "onrender.com", "fly.dev", "workers.dev", "sharepoint.com"}
)


def _disguised_links(children: Sequence[Token]) -> Iterator[tuple[int, str, str, str]]:
    """Links whose text is an address other than the one they go to, as (the child index
    of the link, its text, the address it shows, where it goes): '[https://www.gov.uk/](https://evil.example/)'."""
    opened: int | None = None
    text: list[str] = []
    titles: list[str] = []
    for index, child in enumerate(children):
        if child.type == "link_open" and child.markup not in ("linkify", "autolink"):
            opened, text, titles = index, [], [str(child.attrGet("title") or "")]
        elif child.type == "link_close" and opened is not None:
            shown = "".join(text)
            found = _disguise(children[opened], shown) or next((d for t in titles if (d := _disguise(children[opened], t))), None)
            if found is not None:
                yield opened, shown, *found
            opened = None
        elif opened is not None and child.type in ("text", "code_inline", "image"):
            text.append(child.content)  # an image's is its description: what readers hear, or see when it fails
            if child.type == "image":
                titles.append(str(child.attrGet("title") or ""))  # shown on hovering, as the link's own is


LONGEST_IMAGE_DESCRIPTION = 150


def _unseen_links(children: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """(the child index, its line) of each link with nothing a reader sees between its
    brackets: '[](…)', '[ ](…)', '[&nbsp;](…)'."""
    opened: tuple[int, int] | None = None
    seen = False
    for index, (child, offset) in enumerate(lines_of(children)):
        if child.type == "link_open":
            opened, seen = (index, offset), False
        elif child.type == "link_close" and opened is not None:
            if not seen:
                yield opened
            opened = None
        elif opened is not None and not seen:
            seen = child.type in ("image", "code_inline") or (child.type == "text" and _is_visible(child.content))


def _before_host(href: str) -> tuple[str, str] | None:
    """What a web address (http:, https: or '//') has before an '@' in front of its host,
    and the host (('www.gov.uk', 'evil.example') for 'https://www.gov.uk@evil.example/' and
    '//www.gov.uk@evil.example/'): it makes the address look like another site's."""
    target = target_of(href)
    if target is None or target[0] != "web":
        return None
    authority = _AUTHORITY.match(_as_read_for_host(href))
    if authority is None or "@" not in authority.group(1):
        return None
    before, _, host = authority.group(1).rpartition("@")
    return unquote(before), host


def _disguise(link: Token, text: str) -> tuple[str, str] | None:
    """(the address the text shows, where the link goes) when the text shows an address,
    alone or among words ('Visit www.gov.uk', '(www.gov.uk)'), and the link goes elsewhere."""
    if len(text) > _LONGEST_ADDRESS_SHOWN:
        return None
    target = target_of(str(link.attrGet("href") or ""))
    if target is None:
        return None  # this site's own page, which the text does not name
    kind, where = target
    if text.isascii():
        return _disguise_read(link, text, kind, where)
    # 'www．gov．uk', 'https：//': read as the address they pass for, twice: with the marks a
    # reader sees beside a word as spaces ('paypal.com™'), and with the letters drawn small,
    # in a circle or a square as the letters they show ('paypal.cᵒm', 'ⓟⓐⓨⓟⓐⓛ.com').
    spaced = _marks_as_spaces(text)
    for reading in (spaced, text) if spaced != text else (text,):
        if (found := _disguise_read(link, unicodedata.normalize("NFKC", reading).translate(_PUNCTUATION_ALIKE), kind, where)) is not None:
            return found
    # Any other mark between two ASCII letters or digits may pass for a dot ('paypalꓸcom',
    # 'www⸳gov⸳uk', 'paypal•com'): read as one, whatever its script.
    dotted = _SEPARATOR_BETWEEN.sub(_as_dot, text)
    if dotted != text:
        return _disguise_read(link, unicodedata.normalize("NFKC", dotted).translate(_PUNCTUATION_ALIKE), kind, where)
    return None


# A character beyond ASCII between two ASCII letters or digits.
_SEPARATOR_BETWEEN = re.compile(r"(?<=[A-Za-z0-9])[^\x00-\x7f](?=[A-Za-z0-9])")
# What may pass for a dot there: punctuation other than dashes, brackets and quotes; symbols;
# modifier letters (ꓸ, ˙); digits of other scripts (the Arabic-Indic zero, ٠).
# (Not a combining mark: an accent typed after its letter, 'Cre\u0300me', is the letter's.)
_DOT_LIKE_CATEGORIES = frozenset(("Po", "Sk", "Sm", "So", "Lm", "Nd"))


def _as_dot(found: re.Match[str]) -> str:
    char = found.group()
    return "." if unicodedata.category(char) in _DOT_LIKE_CATEGORIES else char


def _disguise_read(link: Token, text: str, kind: str, where: str) -> tuple[str, str] | None:
    """:func:`_disguise`, of one reading of the link's text."""
    words = text.split()
    alone = sum(any(char.isalnum() for char in word) for word in words) == 1
    for word in words:
        shown = _address_in(word)
        match = _ADDRESS_IN_TEXT.fullmatch(shown)
        address = _ip_address_in(word) if alone and match is None else None
        if match is None and address is None and (host := _AFTER_A_HOST.split(shown, 1)[0]) != shown:
            shown = host  # 'paypal.com:443', 'paypal.com?login', 'me@paypal.com#x': the host, before its port, query or fragment
            match = _ADDRESS_IN_TEXT.fullmatch(shown)
            address = hosts.written_address(shown) if match is None else None  # '203.0.113.5:8443', among words too
        if address is not None:
            if kind == "web" and (address == hosts.address_of(where) or hosts.place_of(str(address)) == hosts.place_of(where) == "computer"):
                continue  # the address it shows, however written; or this computer both ('[127.0.0.1:8000](http://localhost:8000/)')
            return str(address), where if kind == "web" else ", ".join(mail_recipients(str(link.attrGet("href") or "")))
        if match is None:
            bare = _bare_domain(shown) or _bare_domain(_host_first(shown))
            if bare is None:
                continue
            domain = bare.group("bare")
            if kind == "web" and _same_site(domain, where):
                continue
            if kind == "mail":  # '[hello at acme.org](mailto:hello@acme.org)': the mail's own domain
                recipients = mail_recipients(str(link.attrGet("href") or ""))
                if recipients and all(_same_site(domain, r.rpartition("@")[2]) for r in recipients):
                    continue
                return domain, ", ".join(recipients)
            return domain, where
        if match.group("mailbox"):
            if kind == "mail":
                # Every address the e-mail goes to: the one shown, and no one copied in.
                recipients = mail_recipients(str(link.attrGet("href") or ""))
                if recipients == [shown.lower()]:
                    continue
                return shown, ", ".join(recipients)
            # A handle such as jane@mastodon.social, linked to the profile on its own site.
            if kind == "web" and _same_site(match.group("mailbox"), where):
                continue
            return shown, where
        written = match.group("host") or match.group("www") or match.group("domain") or ""
        if not (kind == "web" and _same_site(written, where)):
            return written, where
    return None


# A domain name alone ('gov.uk', 'paypal.com', 'GOV.UK', 'münchen.de'), as people write one:
# in small letters; with a brand's capitals before a last part in small letters ('PayPal.com',
# 'HMRC.gov.uk', as shops and banks write their own); or with an ending in capitals or title
# case (not a name such as 'ASP.NET'). The endings are those a British reader trusts
# (gov.scot, gov.wales, paypal.me, a bank's .bank), and any country's under its own co.,
# com., org., gov., ac. (paypal.co.jp, amazon.com.br); not every ending, which would take
# in names such as 'Node.js' and files such as 'setup.py'.
_BARE_DOMAIN = re.compile(
    r"(?i)(?P<bare>(?:[^\W_]|-)++(?:\.(?:[^\W_]|-)++)*?\.(?P<tld>(?:co|com|org|net|gov|ac|edu)\.[^\W\d_]{2}|com|org|net|gov|edu|int|io|ai|co|uk|eu|info|biz|app|dev|ie|de|fr|nl|us|ca|au|nz|me|scot|wales|cymru|london|bank))"
)


_PRODUCT_ENDINGS = ("NET", "AI", "IO")


def _bare_domain(word: str) -> re.Match[str] | None:
    match = _BARE_DOMAIN.fullmatch(word)
    if match is None:
        return None
    tld = match.group("tld")
    # An ending in capitals or in title case ('PAYPAL.COM', 'HMRC.GOV.UK', 'Gov.Uk',
    # 'Barclays.Co.Uk') is read as a domain too, as a browser reads it; but for '.NET', '.AI'
    # and '.IO', which end product names ('ASP.NET', 'VB.Net', 'Character.AI', 'Socket.IO')
    # far more often than a link's own address, and a report on one may well link elsewhere.
    capitals = tld.isupper() or tld.istitle()
    if not (word.islower() or tld.islower() or (capitals and not tld.upper().endswith(_PRODUCT_ENDINGS))):
        return None
    return match


# Characters that pass for the dot, colon and slash of an address (after NFKC, which reads
# the full-width ones as ASCII), and the dots IDNA reads between a host's parts, which a
# browser asked for 'paypal。com' takes to paypal.com.
_PUNCTUATION_ALIKE = str.maketrans({"\u2024": ".", "\u2027": ".", "\u00b7": ".", "\u3002": ".", "\uff61": ".",
                                    "\ua789": ":", "\u02d0": ":", "\u2236": ":",
                                    "\u2044": "/", "\u2215": "/", "\u29f8": "/", "\u2571": "/"})

_TYPED_QUOTE_MARKS = "’‘“”"


def _address_in(word: str) -> str:
    """A word of a link's text as the address it may show: from its first letter or digit
    to its last letter, digit or '/'. Whatever stands around it (brackets and quotes of any
    script, '「paypal.com」', arrows, punctuation, the '//' of '//paypal.com') is no part of
    the host a reader takes it for."""
    start = next((at for at, char in enumerate(word) if char.isalnum()), len(word))
    end = next((at for at in range(len(word), start, -1) if word[at - 1].isalnum() or word[at - 1] == "/"), start)
    return word[start:end]


# What ends the host of an address written without its scheme: its port, query or fragment.
_AFTER_A_HOST = re.compile(r"[:?#]")
# The characters of a host name, from the start of a word: what a reader takes for the
# name in 'paypal.com’s', 'paypal.com(TM)' or 'paypal.com^1', before what cannot be in one.
_HOST_FIRST_PART = re.compile(r"(?:[^\W_]|[-.])+")


def _host_first(shown: str) -> str:
    """The host name a word starts with, without a dot after it ('paypal.com' in 'paypal.com’s')."""
    found = _HOST_FIRST_PART.match(shown)
    return found.group().rstrip(".") if found else ""


def _ip_address_in(word: str) -> IPv4Address | IPv6Address | None:
    """The IP address a word of a link's text shows, whatever stands around it
    ('«203.0.113.5»', '[2001:db8::1]', '203.0.113.5.'). Read only in a text that is the
    address alone: among words, four numbers between dots are as often a version or a
    section ('version 1.2.3.4', 'clause 4.2.1.3') as an address."""
    kept = [at for at, char in enumerate(word) if char in _IN_AN_IPV6_ADDRESS]  # '[::1]': its colons are the address's
    written = word[kept[0] : kept[-1] + 1] if kept else ""
    return hosts.written_address(_address_in(word)) or (hosts.written_address(written) if ":" in written else None)


_IN_AN_IPV6_ADDRESS = frozenset(string.hexdigits + ":")


def _marks_as_spaces(text: str) -> str:
    """``text`` with each mark a reader sees beside a word, not as letters of it, read as a
    space, though NFKC spells it so: '™' is 'TM', '²' is '2', '①' is '1' (superscripts,
    subscripts, letters in a circle or a square, fractions, and symbols spelt in letters).
    'paypal.com™' shows 'paypal.com'."""
    return "".join(" " if not char.isascii() and _is_mark_beside(char) else char for char in text)


def _is_mark_beside(char: str) -> bool:
    decomposition = unicodedata.decomposition(char)
    return decomposition.startswith(("<super>", "<sub>", "<circle>", "<square>", "<fraction>")) or (
        decomposition.startswith("<") and unicodedata.category(char).startswith("S")
    )


def _rest(block: Token) -> str:
    """What a block never closed takes in: the body after it, or its list item or quote."""
    return "everything after it" if block.level == 0 else "the rest of its list item or quote"


def swallowed_from(tokens: Sequence[Token]) -> int | None:
    """The 0-based body line of a code block or HTML block, outside any list or quote,
    that is never closed (everything after it, sections included, is in it), or of text
    nested deeper than the site reads (in a list, markdown-it leaves out the rest of the
    body with it)."""
    return next(
        (
            t.meta["too_deep"] if "too_deep" in t.meta else t.map[0]
            for t in tokens
            if t.map
            and (
                "too_deep" in t.meta
                or (t.level == 0 and ((t.type == "fence" and is_unclosed(t)) or (t.type == "html_block" and is_unclosed_html(t))))
            )
        ),
        None,
    )


_CONTAINER_CLOSE = frozenset({"bullet_list_close", "ordered_list_close", "blockquote_close"})


def _lazy_in_github(tokens: Sequence[Token], index: int) -> bool:
    """Whether the code block at ``index`` starts on the line right after a list or quote
    that ends in a paragraph: GitHub reads an indented line there as a lazy continuation of
    that paragraph (code cannot interrupt one), markdown-it closes the list or quote."""
    code = tokens[index].map
    if index == 0 or tokens[index - 1].type not in _CONTAINER_CLOSE or not code:
        return False
    before = index - 1
    while before >= 0 and tokens[before].type in _CONTAINER_CLOSE | {"list_item_close"}:
        before -= 1
    if before < 1 or tokens[before].type != "paragraph_close":
        return False  # a heading, table or code ends it: GitHub shows code too
    last = tokens[before - 1]
    return last.type == "inline" and last.map is not None and last.map[1] == code[0]


# What a word processor pastes, which Markdown shows as it is rather than as meant (warnings).
# Lines that start like list items and are not read as any: Word's bullets ('o' and a tab is
# its second level), ticks and arrows from chat tools, 'a)' and 'ii.' outlines, keycap
# digits (1️⃣), a dash or number glued to its word ('-Ask', '1.Ask'), and numbers that
# cannot start a list inside a paragraph ('4. ' after a line of text); and the marks a
# document's export escapes ('\- ', '1\. ': a year written '1984\.' is escaped on purpose).
_BULLET_LINE = re.compile(
    r"(?m)^[ \t]*(?:[•●▪◦–✅✔☑✓→➜➤►▶][ \t]*+(?=\S)|o\t++|\\[-*+][ \t]++|\d{1,2}\\[.)][ \t]++|(?:[a-z]|i{1,3}|iv|vi{0,3}|ix|x)[.)][ \t]++"
    r"|\d{1,9}[.)][ \t]++|\d\ufe0f?\u20e3[ \t]*+|-(?=[A-Z])|\d{1,9}\.(?=[A-Z]))\S"
)
# '[text] (https://…)', '[text] (other-pattern.md)', '[text] (www.…)': a space makes it text.
_SPACED_LINK = re.compile(r"\[[^\[\]\n]+\][ \t]+\((?:https?:|mailto:|www\.|\.{0,2}/|#|[\w-]++\.md\b)[^)\s]*\)")
# '[text](https://example.com/annual report.pdf)', '[text](The sponsor who moved on)': a
# space inside the address (not before a title in quotes or brackets) makes it text.
_SPACE_IN_ADDRESS = re.compile(r"\[[^\[\]\n]+\]\((?!<)[^()\s]++[ \t]++(?![\"'(])[^()\n]*+\)")
_UNDEFINED_REFERENCE = re.compile(r"\[[^\[\]\n]+\]\[[^\[\]\n]+\]")
# '[[The sponsor who moved on]]': a link in a wiki or a notes app, text in Markdown.
_WIKI_LINK = re.compile(r"\[\[[^\[\]\n]+\]\]")
# A cell, a tab, a cell: not a bullet, nor Word's 'o', 'a.' or '1)' and a tab before a list item.
# Each part read once (possessive: a run of tabs or spaces is not tried again from each of its
# characters), from the line's start.
_TAB_COLUMNS = re.compile(r"(?m)^(?![ \t]*(?:[•●▪◦–]|o\t|\(?[A-Za-z0-9]{1,3}[.)]\t))[^\t\n]*+(?<=\S)\t[^\S\n]*+\S")
_STRONG_MARKS = re.compile(r"\*\*|__")
# GitHub's emoji names between colons (':smile:', ':+1:'), not a time or a ratio (10:30:00, a:b:c).
_SHORTCODE = re.compile(r"(?<![\w:]):(?:[a-z][a-z0-9_]*|\+1|-1):(?![\w:])")
_TABLE_ROW = re.compile(r"(?m)^[ \t]*\|[^\n]*\|[ \t]*$")
_BRACKETED = re.compile(r"\[[^\[\]\n]+\]")  # never across another '[': linear on '[[[…'
# Prose, not code: words and spaces, ending as a sentence does.
_PROSE = re.compile(r"\A\s*[A-Z][a-z]+(?: [A-Za-z,;'’-]+){5,}[.?!]")
# A list's first item, in words ('1. Ask for two decisions'), not code ('- name: x').
_LIST_PROSE = re.compile(r"\A\s*(?:[-*+•]|\d{1,9}[.)])[ \t]+[A-Z][a-z]+(?: [A-Za-z,;'’-]+){2,}")


def _shortcodes(block: Token, line: int) -> Iterator[Problem]:
    """The first emoji name between colons in the block's text (not in code), at its line,
    and at its place on the line (not at the same name in code before it)."""
    for child, offset in lines_of(block.children or []):
        found = _SHORTCODE.search(child.content) if child.type == "text" and child.content.count(":") > 1 else None
        if found is None:
            continue
        name = found.group()
        written = block.content.split("\n")[offset] if offset < block.content.count("\n") + 1 else ""
        places = [m.start() for m in re.finditer(re.escape(name), written)]
        nth = next((i for i, at in enumerate(places) if written.count("`", 0, at) % 2 == 0), 0)
        yield Problem(
            line + offset,
            "emoji-shortcode",
            f"GitHub shows '{name}' as an emoji, if it knows the name; the site shows the text as typed",
            "type the emoji itself, or write the word without the colons",
            needle=name,
            warning=True,
            nth=nth,
        )
        return


def _spaced_strong(block: Token, line: int) -> Iterator[Problem]:
    """'** bold **', '**bold **' or '** bold**': a space just inside the marks, so they show
    as typed, on GitHub and on the site alike (the marks left in the text are the sign: those
    that made bold are gone). Each pair of marks left in a text is looked at once."""
    for child in block.children or ():
        if child.type != "text" or ("**" not in child.content and "__" not in child.content):
            continue
        text = child.content
        marks = [found.start() for found in _STRONG_MARKS.finditer(text)]
        for opening, closing in zip(marks[::2], marks[1::2]):
            inner = text[opening + 2 : closing]
            around = text[opening - 1 : opening] + text[closing + 2 : closing + 3]  # no word just outside: not 2**8
            if text[:opening].rstrip()[-1:].isdigit() and text[closing + 2 :].lstrip()[:1].isdigit():
                continue  # '2 ** 3 to 3 ** 4': arithmetic
            spaced = inner[:1] in (" ", "\t") or inner[-1:] in (" ", "\t")
            # '**Name an owner **for each': a document's export leaves the space inside the marks
            # and the next word against them; the mark before the words is clear of a word.
            trailing = inner[-1:] in (" ", "\t") and inner[:1] not in (" ", "\t") and not text[opening - 1 : opening].isalnum() and text[opening] == "*"
            if spaced and any(c.isalpha() for c in inner) and (trailing or not any(c.isalnum() for c in around)) and text[opening] == text[closing]:
                shown = text[opening : closing + 2]
                at = block.content.find(shown)
                yield Problem(
                    line + (block.content.count("\n", 0, at) if at != -1 else 0),
                    "bold-spaced",
                    f"'{shown[:40]}' shows its marks as typed: bold takes no space just inside its '{shown[:2]}'",
                    f"write {shown[:2]}{inner.strip()[:30]}{shown[:2]}, with no space inside the marks"
                    + (" (the space goes after them)" if text[closing + 2 : closing + 3].isalnum() else ""),
                    needle=shown[:20] if at != -1 else "",
                    warning=True,
                )
                return


_COMMENT_MARKS = re.compile(r"<!--|-->")
_CODE_SPAN = re.compile(r"`[^`]*+`")


def _pasted(block: Token, line: int) -> Iterator[Problem]:
    """Word processor habits in a paragraph: bullets, a link with a space in it, a reference
    to a link no line defines (each shows as typed, on GitHub and on the site alike); and
    the end of a comment whose start was deleted."""
    content = block.content
    if "-->" in content:
        # What is left of a comment whose start was deleted (the scaffold's guidance, say):
        # everything before the '-->' is published.
        opened = False  # a comment started on a line before, and still open
        for offset, text in enumerate(content.split("\n")):
            marks = _COMMENT_MARKS.findall(_CODE_SPAN.sub("", text) if "`" in text else text)  # '<!--' in code is text
            ends_stray = not opened and marks[:1] == ["-->"] and len(marks) == 1
            opened = marks[-1] == "<!--" if marks else opened
            if ends_stray and text.rstrip().endswith("-->") and "`" not in text:
                yield Problem(
                    line + offset,
                    "comment-end-stray",
                    "'-->' ends a comment that was never opened, so the text before it is published",
                    "delete the rest of the comment, up to and including '-->' (or start it again with '<!--'); for an arrow, write →",
                    needle="-->",
                )
                break
    if "|" in content and len(rows := _TABLE_ROW.findall(content)) > 1:
        lines = content.split("\n")
        first = next(i for i, text in enumerate(lines) if text == rows[0])
        under = lines[first + 1] if first + 1 < len(lines) else ""
        header, divider = row_cells(rows[0]), row_cells(under)
        if is_dividing_row(under) and divider != header:
            # The row is there; its cells are not as many as the first row's.
            message = f"the dividing row under the first row has {divider} cells, and the first row {header}: a table needs as many, so these lines show as text"
            hint = f"write the dividing row with a '---' for each of the {header} cells: |{' --- |' * header}"
        else:
            message = "these lines look like a table's rows, but without a dividing row under the first, they show as text"
            hint = "add a line such as '| --- | --- |' (a '---' for each column) under the first row"
        yield Problem(line + first, "table-without-divider", message, hint, warning=True)
    if "\t" in content and len(columns := _TAB_COLUMNS.findall(content)) > 1:
        yield Problem(
            line + content.count("\n", 0, content.find(columns[0])),
            "pasted-columns",
            "these lines are columns separated by tabs (pasted from a spreadsheet, say): they show as one run of text, not a table",
            "write a table: '| a | b |' for each row, with a line such as '| --- | --- |' under the first",
            warning=True,
        )
    if "**" in content or "__" in content:
        yield from _spaced_strong(block, line)
    if ":" in content:
        yield from _shortcodes(block, line)
    # Two lines at least, each starting with a mark (a block of one line is not looked at).
    if "\n" in content and (found := _BULLET_LINE.search(content)) is not None and len(_BULLET_LINE.findall(content)) > 1:
        yield Problem(
            line + content.count("\n", 0, found.start()),
            "pasted-bullets",
            "these lines start like list items, but with marks Markdown does not read as a list, so they show as one run of text",
            ("delete the backslash before each item's mark (a document's export adds it), and leave a blank line before the list"
             if re.match(r"[ \t]*\d{0,9}\\", found.group())
             else "start each item with '- ' (or '1. ', '2. '…) and a space, on its own line, after a blank line"),
            needle=found.group().strip()[:1],
            warning=True,
        )
    if "[" not in content:
        return
    if "]:" in content and (empty := _EMPTY_DEFINITION.search(content)) is not None:
        label = _printable(empty.group(1), 40)
        yield Problem(
            line + content.count("\n", 0, empty.start()),
            "link-definition-empty",
            f"'{label}:' has no address after it, so it defines no link: GitHub and the site show it as typed",
            f"to define a link, write its address after the colon ({label}: https://…); to show the words, write them without the brackets",
            needle=empty.group(1)[:20],
            warning=True,
        )
    shown_text: str | None = None  # the block's text as shown, read once when a match needs it
    shown: set[str] = set()  # the brackets in it
    for pattern, code, message, hint in (
        (_SPACED_LINK, "link-spaced", "a space between ']' and '(' makes this text, not a link", "delete the space: [text](address)"),
        (_UNDEFINED_REFERENCE, "link-undefined", "no line defines this link's reference, so it shows as typed",
         "write the address in it: [text](https://…), or add a line '[label]: https://…'"),
        (_SPACE_IN_ADDRESS, "link-space-in-address", "a space inside the link's address makes this text, not a link",
         "to link to a pattern, write its file name: [text](other-pattern.md); in a web address, write %20 for "
         "each space (https://example.com/annual%20report.pdf), or put the address in <…>"),
        (_WIKI_LINK, "wiki-link", "'[[…]]' makes a link in a wiki or a notes app (Notion, Obsidian, Confluence), not in Markdown: "
         "GitHub and the site show it as typed", ""),
    ):
        # One pass: where each match's line starts, and whether a backtick comes before it
        # on that line, are read from the text since the match before.
        read, line_start, code_before = 0, 0, False
        for found in pattern.finditer(content):
            at = found.start()
            if (newline := content.rfind("\n", read, at)) != -1:
                line_start, code_before = newline + 1, False
            code_before = code_before or content.find("`", max(read, line_start), at) != -1
            read = at
            if code_before or (at > line_start and content[at - 1] == "\\"):
                continue  # after code on its line, or escaped: as meant
            if code != "link-spaced":
                if shown_text is None:
                    shown_text = _text_shown(block)
                    shown = set(_BRACKETED.findall(shown_text))
                if code == "wiki-link":
                    if found.group() not in shown_text:
                        continue  # a Markdown link whose text is in brackets ('[[1]](https://…)'): shown as '[1]'
                    named, _, label = found.group()[2:-2].partition("|")  # '[[page|the words shown]]'
                    words = _printable(label.strip() or named.strip(), 60)
                    hint = f"write a link: [{words}]({slugify(named) or 'other-pattern'}.md) to a pattern, or [{words}](https://…)"
                elif found.group()[: found.group().index("]") + 1] not in shown:
                    continue  # a link after all (its label is defined)
            if code == "link-undefined" and (defined := _definition_in_text(content, found.group())) is not None:
                # The definition is there, but straight after a line of text: it is text too.
                message = f"this link's definition ('{_printable(defined, 40)}…') is a line of the same paragraph, straight after text, which makes it text too"
                hint = "put a blank line before the line that defines the link"
            yield Problem(line + content.count("\n", 0, found.start()), code, message, hint, needle=found.group()[:20], warning=True)
            break
    if "](" in content:
        yield from _unclosed_link(block, line)


# A line that would define a link but has no address ('[report]:' and nothing after it): in
# a paragraph, since a definition with its address never is one.
_EMPTY_DEFINITION = re.compile(r"(?m)^ {0,3}(\[[^\[\]\n]+\]):[ \t]*$")

# '[text](address' and no ')' after it on its line: the link is never closed.
_LINK_OPENED = re.compile(r"\[[^\[\]\n]+\]\((?!<)[^()\s]++")


def _unclosed_link(block: Token, line: int) -> Iterator[Problem]:
    """A link whose address is never closed with ')' ('See [the report](https://… for the
    figures.'): GitHub and the site both show '[the report](' as typed. The first of a block,
    its line's last ')' found once a line."""
    content = block.content
    closed_to = (-1, -1)  # on the line read last: where it ends, and its last ')'
    shown: set[str] | None = None
    for found in _LINK_OPENED.finditer(content):
        if found.end() > closed_to[0]:
            end = content.find("\n", found.end())
            end = len(content) if end == -1 else end
            closed_to = (end, content.rfind(")", found.start(), end))
        if closed_to[1] >= found.end():
            continue  # a ')' later on its line: closed there, or another matter
        start = content.rfind("\n", 0, found.start()) + 1
        if "`" in content[start : found.start()] or (found.start() and content[found.start() - 1] == "\\"):
            continue  # after code on its line, or escaped: as meant
        if shown is None:
            shown = set(_BRACKETED.findall(_text_shown(block)))
        label = found.group()[: found.group().index("]") + 1]
        if label in shown:
            yield Problem(
                line + content.count("\n", 0, found.start()),
                "link-unclosed",
                "this link's address is never closed with ')', so the link shows as typed",
                f"end the address with ')': {_printable(label, 40)}({_printable(found.group()[len(label) + 1 :], 60)})",
                needle=found.group()[:20],
                warning=True,
            )
            return


def _text_shown(block: Token) -> str:
    """A block's text as shown: its text tokens, without its links' addresses or its code."""
    return "".join(c.content for c in block.children or [] if c.type == "text")


def _definition_in_text(content: str, reference: str) -> str | None:
    """How a paragraph's ``content`` would define ``reference`` ('[text][label]') on a line
    of its own, if it does ('[label]:')."""
    label = f"[{reference[reference.rindex('[') + 1 : -1]}]:"
    return next((label for text in content.split("\n") if text.lstrip(" ").lower().startswith(label.lower())), None)


def problems(tokens: Sequence[Token]) -> Iterator[Problem]:
    """Everything in a body that the site would not publish as the author previewed it."""
    for index, token in enumerate(tokens):
        line = token.map[0] if token.map else 0
        if token.type == "html_block":
            if token.content.lstrip().startswith(("<!-->", "<!--->")) and is_unclosed_html(token):
                # An empty comment as CommonMark 0.31 writes it: GitHub's reader (0.29) closes it
                # on its line, and shows what follows; the site's does not.
                empty = token.content.lstrip()[: 6 if token.content.lstrip().startswith("<!--->") else 5]
                yield Problem(
                    line,
                    "comment-unclosed",
                    f"'{empty}' is read two ways: GitHub takes it as an empty comment and shows the lines after it, the site does not",
                    "delete it; a comment is written '<!-- words -->'",
                    needle="<!--",
                )
            elif token.content.lstrip().startswith("<!--") and is_unclosed_html(token):
                yield Problem(
                    line,
                    "comment-unclosed",
                    f"the comment opened with '<!--' on this line is never closed, so {_rest(token)} is hidden",
                    "add '-->' where the comment ends",
                    needle="<!--",
                )
            elif not _COMMENT.fullmatch(token.content):
                visible = strip_comments(token.content).strip()
                start = token.content.find(visible[:1]) if visible else 0
                problem = _raw_html(visible, line + token.content.count("\n", 0, start))
                if token.content.lstrip().startswith("<!--") and not visible.startswith("<"):
                    problem = replace(
                        problem,
                        message="text after an HTML comment in the same block: GitHub reads it all as HTML, not Markdown",
                        hint="put the comment on a line of its own, with a blank line after it",
                    )
                if is_unclosed_html(token):
                    problem = replace(problem, message=f"{problem.message}, and it is never closed, so it takes in {_rest(token)}")
                yield problem
        elif token.type == "inline":
            yield from _inline_problems(token, line, paragraph=index > 0 and tokens[index - 1].type == "paragraph_open")
            yield from _pasted(token, line)
        elif (
            token.type == "code_block"
            and token.level == 0
            and ((listed := _LIST_PROSE.match(token.content) is not None) or _PROSE.search(token.content))
            and not _lazy_in_github(tokens, index)
        ):
            what = "list" if listed else "text"
            yield Problem(
                line,
                "indented-text",
                f"this {what} is indented by four spaces or a tab, so GitHub and the site show it as code, in a box",
                f"delete the spaces before {'each item' if listed else 'it'}; for code, put it between lines of three backticks (```)",
                warning=True,
            )
        elif token.type == "table_open" and _table_github_declines(tokens, index):
            yield Problem(
                line,
                "table-in-text",
                "GitHub shows these lines as text, not a table: a line of the paragraph they follow looks like a "
                "table's dividing row (such as '-|-'), and after one GitHub starts no table in that paragraph",
                "leave a blank line before the table's first row",
            )
        elif token.type == "paragraph_open" and _definition_github_hides(tokens[index + 1].content.partition("\n")[0]):
            yield Problem(
                line,
                "definition-github-hides",
                "GitHub reads this line as a link definition, and hides it, though its address leaves a '(' open; "
                "the site shows it as text",
                "close the bracket in the address, or write '\\(' for a bracket that stays open; "
                "if the line is meant as text, start it with a word before the '['",
                needle="[",
            )
        elif token.nesting == 1 and "too_deep" in token.meta:
            yield Problem(
                token.meta["too_deep"],
                "nesting-too-deep",
                "this line is inside more lists and quotes, nested in each other, than the site reads: the site would "
                "leave it out, with the rest of its quote, or in a list with everything after it, where GitHub shows them",
                f"nest lists at most {MOST_NESTED_LISTS} deep and quotes at most {MOST_NESTING - 1} deep: "
                "take out a level, or write the text as a paragraph of its own",
            )
        elif token.type == "code_block" and _lazy_in_github(tokens, index):
            yield Problem(
                line,
                "indented-after-list",
                "GitHub reads this indented line as more of the text of the list item or quote above it; the site shows it as code",
                "indent it as far as the item's text to keep it in the item, or leave a blank line before it for code",
            )
        elif token.type == "fence" and is_unclosed(token):
            text_line = _fence_as_text(tokens, index) if token.markup[0] == "`" else None
            if text_line is not None:  # the author's closing fence was read as an opening one
                yield Problem(
                    text_line,
                    "fence-unclosed",
                    "this line opens no code block: with a backtick after its '```', it is text, so the '```' "
                    f"meant to close the code opens a code block that is never closed, and {_rest(token)} is shown as code",
                    "delete the backtick after '```' on this line: only a language name may follow it",
                    needle="```",
                )
            elif not token.info.strip() and not token.content.strip():
                # The '```' that closed a code block around the whole draft (a chat assistant's
                # answer), left when the line that opened it was deleted: nothing follows it.
                # In a quote or list item, its text may go on after it: only the last is a leftover.
                last = all(tokens[after].type.endswith("_close") for after in range(index + 1, len(tokens)))  # no copy of the rest
                yield Problem(
                    line,
                    "fence-unclosed",
                    f"this '{token.markup}' has nothing after it: it opens an empty code block, which the page would show as an empty box "
                    "(it is likely the end of a code block whose first line was deleted)"
                    if last
                    else f"this '{token.markup}' opens a code block with nothing in it, which the page would show as an empty box",
                    "delete this line",
                    needle=token.markup,
                )
            else:
                yield Problem(
                    line,
                    "fence-unclosed",
                    f"the code block opened with '{token.markup}' on this line is never closed, so {_rest(token)} is shown as code",
                    f"add a line '{token.markup}' where the code ends",
                    needle=token.markup,
                )
        elif token.type == "fence" and (kind := token.info.strip().split(" ")[0].lower()) in DRAWN_FENCES:
            yield Problem(
                line,
                "unsupported-markdown",
                f"GitHub's preview draws a '{kind}' code block as a {'formula' if kind == 'math' else 'diagram or map'}; "
                "the site shows its text as code",
                "describe it in words, a list or a table (or put a picture of it in docs/assets/ and show that)",
                needle=token.markup,
            )
        elif token.type == "heading_open" and token.tag == "h1" and token.level > 0:
            # One inside a list or quote; the rules report the body's own headings.
            yield Problem(
                line,
                "h1-in-body",
                "the body must not have a level-1 heading, in a list or quote either (the title comes from front matter)",
                "use '### ' for a subheading, or write the line as text",
                needle="#",
            )
        elif token.type in ("blockquote_open", "list_item_open") and index + 2 < len(tokens):
            first = tokens[index + 2]  # the inline content of the first paragraph inside
            if first.type != "inline":
                continue
            alert = _ALERT.match(first.content) if token.type == "blockquote_open" else None
            if alert:
                yield Problem(
                    line,
                    "unsupported-markdown",
                    f"GitHub's {alert.group(0)} alert is not supported: the site shows it as a plain quote",
                    "write the note as an ordinary paragraph",
                    needle="[!",
                )
            elif token.type == "list_item_open" and _TASK_ITEM.match(first.content) and first.map and token.map and first.map[0] == token.map[0]:
                box = first.content[:3]
                yield Problem(
                    line,
                    "unsupported-markdown",
                    f"task-list checkboxes ('{token.info}{token.markup} {box}') are not supported: the site shows the brackets as text",
                    f"write the items as a plain list, without '{box}'",
                    needle="[",
                )


# A table's dividing row, its line stripped (possessive: no run of spaces is read twice).
_DIVIDING_ROW = re.compile(r"\|?[ \t]*+:?-++:?[ \t]*+(?:\|[ \t]*+:?-++:?[ \t]*+)*+\|?")


def row_cells(line: str) -> int:
    """How many cells a table's row has, as GitHub counts them (an escaped '|' is text;
    outer pipes are edges)."""
    row = line.strip()
    cells = re.split(r"(?<!\\)\|", row)
    return len(cells) - row.startswith("|") - (row.endswith("|") and len(row) > 1 and not row.endswith("\\|"))


def is_dividing_row(line: str) -> bool:
    """Whether a line reads as a table's dividing row (``| --- | :-: |``, ``:--``), wherever it is."""
    return _DIVIDING_ROW.fullmatch(line.strip(" \t")) is not None


def _paragraph_before(tokens: Sequence[Token], index: int) -> tuple[int, list[str]] | None:
    """The first body line and the lines of a paragraph that runs right up to the block
    opened at ``index`` (no blank line between), if there is one."""
    if index < 3 or tokens[index - 1].type != "paragraph_close":
        return None
    paragraph, block = tokens[index - 3].map, tokens[index].map
    if paragraph is None or block is None or paragraph[1] != block[0]:
        return None
    return paragraph[0], tokens[index - 2].content.split("\n")


def _table_github_declines(tokens: Sequence[Token], index: int) -> bool:
    """A table straight after a paragraph (its header one of the paragraph's lines on
    GitHub), where GitHub had already tried a line of that paragraph as a dividing row,
    found no header to match it, and so tries no more: the paragraph goes on as text."""
    before = _paragraph_before(tokens, index)
    if before is None:
        return False
    tried = before[1][1:]  # each line after the first was tried
    header = []
    for at in range(index + 1, len(tokens)):
        if tokens[at].type == "inline":
            header.append(tokens[at].content)
        elif tokens[at].type == "thead_close":
            break
    return any(is_dividing_row(line) for line in tried) or all(is_dividing_row(cell) for cell in header)


_FENCE_WITH_A_BACKTICK = re.compile(r" {0,3}`{3,}[^`]*`")


def _fence_as_text(tokens: Sequence[Token], index: int) -> int | None:
    """The body line of a line that looks like an opening fence but is text (three
    backticks or more, and a backtick after them), in the paragraph that runs up to the
    fence at ``index``: the author's opening fence, so that this fence was meant to close."""
    before = _paragraph_before(tokens, index)
    if before is None:
        return None
    first, lines = before
    for offset in reversed(range(len(lines))):
        if _FENCE_WITH_A_BACKTICK.match(lines[offset]):
            return first + offset
    return None


def _opens(href: str) -> bool:
    """Whether the sanitizer keeps ``href`` as the renderer writes it: it drops an address
    that no browser could open (``http://www.123.456``: a host that is neither a name nor
    an IP address), which is the author's to fix, not a failure of the renderer."""
    from .sanitizer import differences  # the sanitizer reads this module's LINK_SCHEMES

    return not differences(f'<a href="{escape(_URL_IGNORED.sub("", href))}">x</a>')


def code_spans(text: str, github: bool) -> list[tuple[int, int]]:
    """Where ``text`` (a paragraph or cell as written) has code spans, as CommonMark reads
    it or (``github``) as cmark-gfm does. After a run of backticks that nothing closes,
    cmark-gfm keeps where it last saw a run of each length, and an opening run finds no
    closer when that place is behind it, though one follows: in ``` `` and `a` and `b` ```
    only the first later span of each length is code. Runs of more than 80 are never code
    there. One pass: CommonMark's closer is looked up among the runs of its length, listed
    once (a scan to the end for each length never closed read the text again for each of
    them: 5.9 s for runs of 1 to 440 backticks in 100 kB); cmark-gfm's scans never overlap."""
    spans: list[tuple[int, int]] = []
    last_seen: dict[int, int] = {}  # cmark-gfm's: where the last run of each length it scanned starts
    runs = None if github else _runs_by_length(text)
    scanned = False
    pos = text.find("`")
    while pos != -1:
        if pos and text[pos - 1] == "\\" and (pos < 2 or text[pos - 2] != "\\"):
            pos = text.find("`", pos + 1)  # an escaped backtick (an escaped backslash before it is rare: read as text)
            continue
        start = pos
        while pos < len(text) and text[pos] == "`":
            pos += 1
        length = pos - start
        found = None
        if runs is not None:
            starts = runs.get(length, [])
            after = bisect_left(starts, pos)
            found = starts[after] + length if after < len(starts) else None
        elif not (length > 80 or (scanned and last_seen.get(length, 0) <= pos)):
            scan = pos
            while (next_run := text.find("`", scan)) != -1:
                end = next_run
                while end < len(text) and text[end] == "`":
                    end += 1
                last_seen[end - next_run] = next_run
                scan = end
                if end - next_run == length:
                    found = end
                    break
            if found is None:
                scanned = True
        if found is not None:
            spans.append((start, found))
            pos = found
        pos = text.find("`", pos)
    return spans


def _runs_by_length(text: str) -> dict[int, list[int]]:
    """Where each run of backticks in ``text`` starts, by its length, in order."""
    runs: dict[int, list[int]] = {}
    for run in _BACKTICK_RUN.finditer(text):
        runs.setdefault(run.end() - run.start(), []).append(run.start())
    return runs


_BACKTICK_RUN = re.compile(r"`+")


# cmark-gfm reads every '[^…]' that is not a link as a footnote's mark, and where no line
# defines the label it puts back '[^', the text between the brackets as written (none of it
# when the brackets are on different lines) and ']': Markdown inside it is never read. It
# never starts an image at '![^' either: '![^a](b.png)' is '!' and a link there.
_MARKUP_CHARACTER = re.compile(r"[\\`*_~<>&\[\]!]")
_MOST_MARKS_COMPARED = 3
# What makes ']' the end of a link: '(' then an address (in <…>, or without spaces, with
# balanced parentheses) and a title on one line, then ')'. Possessive: one pass.
_LINK_ADDRESS = re.compile(
    r"""\([ \t\n]*+(?:<[^<>\n]*+>|[^\s()<]*+(?:\([^\s()]*+\)[^\s()<]*+)*+)(?:[ \t\n]++(?:"[^"\n]*+"|'[^'\n]*+'|\([^()\n]*+\)))?[ \t\n]*+\)"""
)


@dataclass(frozen=True)
class _Mark:
    start: int  # its '['
    close: int  # its ']'
    image: bool = False  # '![^…](…)': an image on the site, '!' and a link on GitHub


def _footnote_mark_shown_otherwise(content: str, paragraph: bool) -> tuple[int, str, bool] | None:
    """The first '[^…]' of a paragraph, heading or cell (as written) that the site shows
    otherwise than GitHub: where it starts, its text, and whether it is an image's; None if
    the site shows them all alike."""
    marks = _footnote_marks(content, paragraph)
    if not marks:
        return None
    image = next((mark for mark in marks if mark.image), None)
    if image is not None:
        return image.start - 1, content[image.start - 1 : image.close + 1], True
    shown = _inline_html(content)
    if shown == _inline_html(_with_marks_as_written(content, marks)):
        return None
    # Which one: of the first few, the first the site shows otherwise on its own; past them,
    # the first with a mark of Markdown in it (each comparison reads the whole paragraph).
    first = next(
        (mark for mark in marks[:_MOST_MARKS_COMPARED] if shown != _inline_html(_with_marks_as_written(content, [mark]))),
        next((mark for mark in marks if _MARKUP_CHARACTER.search(content, mark.start + 2, mark.close) or "\n" in content[mark.start : mark.close]), marks[0]),
    )
    return first.start, content[first.start : first.close + 1], False


def _footnote_marks(content: str, paragraph: bool) -> list[_Mark]:
    """Each '[^…]' GitHub takes for a footnote's mark, in one pass as cmark-gfm pairs
    brackets: outside code, not escaped, closed by its own ']', with no link inside it
    (a link stops the brackets around it being anything) and none after it; and not a
    definition (a paragraph's line starting '[^label]:', reported by stallpatterns.rules)."""
    code = dict(code_spans(content, github=True))  # where each code span starts: where it ends
    openers: list[tuple[int, int]] = []  # each '[' still open, with how many links were made before it
    links = 0
    marks: list[_Mark] = []
    pos = 0
    while pos < len(content):
        char = content[pos]
        if pos in code:
            pos = code[pos]
            continue
        if char == "\\":
            pos += 2
            continue
        if char == "[":
            openers.append((pos, links))
        elif char == "]" and openers:
            start, links_before = openers.pop()
            address = _LINK_ADDRESS.match(content, pos + 1)
            image = start > 0 and content[start - 1] == "!" and (start < 2 or content[start - 2] != "\\")
            if content.startswith("^", start + 1) and links_before == links:
                label = content[start + 2 : pos]
                defines = paragraph and content.startswith(":", pos + 1) and _starts_a_line(content, start) and not re.search(r"[ \t\n]", label)
                if image and address:
                    marks.append(_Mark(start, pos, image=True))
                elif not address and not defines and label:
                    marks.append(_Mark(start, pos))
            if address and not image:
                links += 1  # GitHub makes a link: no bracket open around it is a mark or a link
        pos += 1
    return marks


def _starts_a_line(content: str, pos: int) -> bool:
    while pos > 0 and content[pos - 1] in " \t":
        pos -= 1
    return pos == 0 or content[pos - 1] == "\n"


def _with_marks_as_written(content: str, marks: Sequence[_Mark]) -> str:
    """``content`` with each mark's text escaped, so that the site shows it as GitHub does."""
    return spans_replaced(content, ((mark.start + 2, mark.close) for mark in marks), _as_written_in_a_mark)


def _as_written_in_a_mark(inner: str) -> str:
    return "" if "\n" in inner else _MARKUP_CHARACTER.sub(r"\\\g<0>", inner)


def _inline_html(content: str) -> str:
    return _RENDERER.renderInline(PARSER.parseInline(content, {})[0].children or [], PARSER.options, {})


# GitHub's preview draws mathematics (and, from a fenced block of one of these kinds,
# diagrams, maps and formulas) that the site shows as typed: $$…$$ (on one line or over
# several) and $`…`$ are always mathematics there; $…$ is when it holds a sign of it and
# starts with no digit or space ('$5 to $10' is prices). Escaped dollar signs are no
# exception: GitHub reads '\\$x^2\\$' as mathematics too.
DRAWN_FENCES = ("mermaid", "math", "geojson", "topojson", "stl")
_MATH_SIGNS = frozenset("^_\\{}=")


def _inline_math(text: str) -> str | None:
    """The first '$…$' in ``text`` that GitHub takes for mathematics. Each '$' is paired
    with the next one: one pass, however many dollar signs."""
    starts = [i for i, char in enumerate(text) if char == "$"] if "$" in text else []
    for opening, closing in zip(starts, starts[1:]):
        inner = text[opening + 1 : closing]
        if inner and "\n" not in inner and _MATH_SIGNS.intersection(inner) and _math_edges(text, opening, closing):
            return text[opening : closing + 1]
    return None


def _math_edges(text: str, opening: int, closing: int) -> bool:
    """Whether '$' at ``opening`` and ``closing`` can open and close mathematics: no word or
    dollar sign just outside them, no space (or digit, a price) just inside."""
    before, after = text[opening - 1 : opening], text[closing + 1 : closing + 2]
    first, last = text[opening + 1], text[closing - 1]
    outside_clear = not (before == "$" or before.isalnum() or before == "_") and not (after == "$" or after.isalnum() or after == "_")
    return outside_clear and not (first.isspace() or first.isdigit()) and not (last.isspace() or last == "\\")


def _display_math(prose: str) -> tuple[int, str] | None:
    """Where the first '$$…$$' is in ``prose`` (over lines too) and what it is: each '$$'
    paired with the next, with something other than spaces between them."""
    at = prose.find("$$")
    while at != -1:
        end = prose.find("$$", at + 2)
        if end == -1:
            return None
        inner = prose[at + 2 : end]
        if inner.strip() and "$" not in inner:
            return at, prose[at : end + 2]
        at = end
    return None


def _mathematics(block: Token, line: int) -> Iterator[Problem]:
    """Mathematics GitHub's preview draws, where the site shows the dollar signs and text."""
    children = list(lines_of(block.children or []))
    # The paragraph's prose, a line for each line (code, links' addresses and the like left out).
    prose = "".join(t.content if t.type == "text" else "\n" if t.type in ("softbreak", "hardbreak") else " " for t, _ in children)
    shown, at = None, 0
    if (display := _display_math(prose)) is not None:
        at, shown = prose.count("\n", 0, display[0]), display[1]
    for index, (token, token_line) in enumerate(children if shown is None else ()):
        before = children[index - 1][0].content if index else ""
        after = children[index + 1][0].content if index + 1 < len(children) else ""
        if token.type == "code_inline" and before.endswith("$") and after.startswith("$"):
            shown, at = f"$`{token.content}`$", token_line
            break
    if shown is not None:
        yield Problem(
            line + at,
            "unsupported-markdown",
            f"GitHub's preview shows '{_printable(shown, 40)}' as mathematics; the site shows the dollar signs and text as typed",
            "say it in words, or write it as code without the dollar signs: `E = mc^2`",
            needle=shown[:2],
        )
        return
    for token, token_line in children:
        if token.type == "text" and (math := _inline_math(token.content)):
            yield Problem(
                line + token_line,
                "mathematics",
                f"GitHub's preview shows '{_printable(math, 40)}' as mathematics; the site shows the dollar signs and text as typed",
                "say it in words, or write it as code: `x^2`",
                needle=math,
                warning=True,
            )
            return


def _inline_problems(block: Token, line: int, paragraph: bool = True) -> Iterator[Problem]:
    if "$" in block.content:
        yield from _mathematics(block, line)
    if "invisible" in block.meta:
        at, reference = block.meta["invisible"]
        if reference == DEFINED_TITLE:
            yield Problem(
                line + at,
                "invisible-character",
                "the title this link's definition gives it holds an invisible character, which reads differently from what a reviewer sees",
                "delete the character (or its reference, such as &#x202E;) from the title in the definition '[…]: address \"title\"'",
            )
        else:
            yield Problem(
                line + at,
                "invisible-character",
                (f"the character reference {_printable(reference)}" if reference.startswith("&") else f"a character reference {reference}")
                + " makes an invisible character, which reads differently from what a reviewer sees",
                "delete it",
                needle=reference if reference.startswith("&") else "",
            )
    if "address" in block.meta:
        yield Problem(
            line + block.meta["address"],
            "unsupported-markdown",
            "GitHub links this address otherwise than the site: it reads a www. address on through the "
            "marks written next to it ('*', '_', '~', a backslash, an entity such as '&amp;', a backtick), "
            "and an e-mail address together with escaped characters in it",
            "write the address in angle brackets, with its scheme: <https://www.example.com/…> or <name@example.com>",
            needle="www." if "www." in block.content else "@",
        )
    if block.content.count("`") >= 4:
        ours, theirs = code_spans(block.content, github=False), code_spans(block.content, github=True)
        if ours != theirs:
            first = min(set(ours) ^ set(theirs))[0]
            yield Problem(
                line + block.content.count("\n", 0, first),
                "unsupported-markdown",
                "GitHub shows this code differently from the site: after a backtick that nothing closes, "
                "it reads only the first later code span of each length as code",
                "write a backtick that is not code as '\\`', or close it",
                needle="`",
            )
    if "tildes" in block.meta:
        at, single = block.meta["tildes"]
        yield Problem(
            line + at,
            "unsupported-markdown",
            "text between single tildes ('~text~') is struck through on GitHub, but the site shows the tildes"
            if single
            else "GitHub would strike through other text here than the site: it pairs each tilde mark with the nearest "
            "one before it ('~' or '~~'), strikes only between alike ones, and never takes three tildes as a mark",
            "write '~~text~~' to strike it through, or '\\~' for a tilde that stays",
            needle="~",
        )
    if "[^" in block.content and (bracket := _footnote_mark_shown_otherwise(block.content, paragraph)) is not None:
        at, written, image = bracket
        needle = written.partition("\n")[0]
        line_start = block.content.rfind("\n", 0, at) + 1
        yield Problem(
            line + block.content.count("\n", 0, at),
            "unsupported-markdown",
            "GitHub never starts an image at '![^': it shows '!' and a link where the site shows the picture"
            if image
            else f"GitHub takes '{_printable(needle, 60)}' for a footnote's mark and shows what is between "
            "'[^' and ']' as written (nothing of it when it runs over a line), where the site reads it as Markdown",
            "write the image's description without a '^' at its start"
            if image
            else "if it is code or a pattern, put it in backticks (`…`); otherwise a backslash before the '[' ('\\[^') "
            "makes GitHub read it as the site does",
            needle=needle,
            nth=block.content.count(needle, line_start, at),
        )
    disguised = {index: (text, shown, target) for index, text, shown, target in _disguised_links(block.children or [])}
    for index, offset in _unseen_links(block.children or []):
        yield Problem(
            line + offset,
            "link-without-text",
            "this link has no text a reader can see, so nobody knows it is there but a keyboard or a screen reader, which lands on it",
            "write the words to click between the brackets: [the report](https://…)",
            needle="[",
        )
    html_found = False
    links = 0
    bracketed: dict[int, int] = {}  # on each line, the links written '[text](…)' so far: which '](' is this one's
    nth = 0
    for index, (child, offset) in enumerate(lines_of(block.children or [])):
        if child.type in ("link_open", "image"):
            own = child.markup not in ("linkify", "autolink")  # '[text](…)': it has a '](' of its own
            nth = bracketed.get(offset, 0) if own else 0
            if own:
                bracketed[offset] = nth + 1
        if index in disguised:
            text, shown, target = disguised[index]
            yield Problem(
                line + offset,
                "link-text-elsewhere",
                f"the link's text is an address at '{_printable(shown, 200)}', but the link goes to '{_printable(_unicode_host(target), 200)}': "
                "readers trust the address they see",
                "make the text the address the link goes to, or words that say where it goes",
                needle="[" + text,
            )
        if child.type in ("link_open", "link_close"):
            links += 1 if child.type == "link_open" else -1
            if child.type == "link_open" and links > 1:
                yield Problem(
                    line + offset,
                    "link-in-link",
                    "an address in <…> inside a link's text makes a link inside a link, which no browser shows as written",
                    "write the address without the angle brackets, or outside the link's [text]",
                    needle="<",
                )
        if child.type == "html_inline":
            # One report per tag: a closing tag after a reported opening one adds nothing.
            if not child.content.startswith("<!--") and not (html_found and child.content.startswith("</")):
                html_found = True
                yield _raw_html(child.content, line + offset)
        elif child.type == "text" and _ATTRIBUTE_LIST.search(child.content):
            yield Problem(
                line + offset,
                "unsupported-markdown",
                "attribute lists ('{: ... }') are not supported: GitHub and the site show them as text",
                "delete the '{ }' part",
                needle="{",
                warning=True,
            )
        elif child.type == "link_open":
            href = str(child.attrGet("href") or "")
            if not href.strip():  # '[the report]()': the address left out
                yield Problem(
                    line + offset,
                    "link-without-address",
                    "this link has no address: a reader who clicks it stays on this page",
                    "write the address between the round brackets: [the report](https://…); or delete the brackets",
                    needle="](" if own else "",
                    nth=nth,
                )
            elif is_safe_link(href) and not _opens(href):
                yield Problem(
                    line + offset,
                    "bad-link",
                    f"'{_printable(href)}' is not an address a browser can open",
                    "check the address: a host name, or its numbers, may be mistyped",
                    needle="](" if child.markup == "link" else "<" if child.markup == "autolink" else "",
                    nth=nth,
                )
            elif not is_safe_link(href):
                scheme = url_scheme(href)
                drive = on_a_computer(href)  # C:\reports\plan.docx, file:///…
                yield Problem(
                    line + offset,
                    "unsafe-link",
                    f"'{_printable(unquote(href), 80)}' is a file on a computer, which readers cannot open"
                    if drive
                    else f"link address uses '{_printable(scheme or '')}:'; only https:, http:, mailto:, relative and # addresses are allowed",
                    _COMPUTER_FILE_HINT
                    if drive
                    else "link to a web page (https://…) or an e-mail address (mailto:…)",
                    needle="<" if child.markup == "autolink" else href if child.markup == "linkify" else "](",
                    nth=nth,
                )
            elif (hidden := _before_host(href)) is not None:
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the address has '{_printable(hidden[0], 80)}@' before its host, so it goes to '{_printable(_unicode_host(hidden[1]), 200)}', "
                    "not to the site it seems to name",
                    "write the address of the page itself, with nothing before an '@' in it",
                    needle=href if child.markup == "linkify" else "<" if child.markup == "autolink" else "](",
                    nth=nth,
                )
            elif (slip := _address_slip(href)) is not None:
                message, hint, warning = slip
                yield Problem(
                    line + offset,
                    "link-address",
                    message,
                    hint,
                    # A bare address as written: 'www.intranet.local' has no 'http://' before it.
                    needle=(block.children or [])[index + 1].content
                    if child.markup == "linkify"
                    else href
                    if child.markup == "autolink"
                    else "](",
                    nth=nth,
                    warning=warning,
                )
            elif (found := foreign_host(href)) is not None and set(found[1]) <= set(_TYPED_QUOTE_MARKS):
                # 'www.gov.uk’s guidance': the typed apostrophe runs on into the address.
                host = found[0]
                yield Problem(
                    line + offset,
                    "link-address",
                    f"the address '{_printable(host, 200)}' runs on into the quote mark after it, on GitHub as on the site, so the link is broken",
                    "put the address in angle brackets with its scheme, before the quote mark: <https://"
                    + _printable(host.rstrip("".join(_TYPED_QUOTE_MARKS) + "s"), 200) + ">’s; or rephrase",
                    needle=host if child.markup == "linkify" else found[1][0],
                )
            elif (found := foreign_host(href)) is not None:
                host, odd = found
                named = ", ".join(f"'{c}' ({unicodedata.name(c, 'unnamed').lower()})" for c in odd[:3])
                yield Problem(
                    line + offset,
                    "link-host-lookalike",
                    f"the link goes to '{_printable(host, 200)}', whose name has {_printable(named, 200)}, which pass"
                    + ("es" if len(odd) == 1 else "")
                    + " for another character: readers cannot tell the address from the one it looks like",
                    "type the address afresh in plain Latin letters",
                    needle=host if child.markup == "linkify" else odd[0],
                )
            elif url_scheme(href) is None and (read := _as_read(href).replace("\\", "/")).startswith("//"):
                # '//host/…' takes the scheme of wherever the page is read: a saved copy's is file:.
                yield Problem(
                    line + offset,
                    "link-address",
                    f"'{_printable(href, 200)}' leaves out the 'https:' before it: a link to another site is written in full",
                    f"write it as https://{_printable(read.lstrip('/'), 200)}",
                    needle="](",
                    nth=nth,
                )
        elif child.type == "image":
            src = str(child.attrGet("src") or "")
            if not src.strip():  # '![the chart]()': the picture's file left out
                yield Problem(
                    line + offset,
                    "image-without-address",
                    "this picture has no address, so the page shows a broken image",
                    "save the picture in the site's docs/assets/ folder and write its name between the round brackets: "
                    f"![{_printable(child.content, 60) or 'what it shows'}](/assets/picture.png)",
                    needle="![",
                )
            elif on_a_computer(src):
                # A picture inserted from the author's own disk: they need to know where to put it.
                name = re.sub(r"\s+", "-", re.split(r"[\\/]", unquote(src))[-1]) or "picture.png"
                yield Problem(
                    line + offset,
                    "external-image",
                    f"'{_printable(unquote(src), 80)}' is a picture on a computer, which readers cannot see",
                    f"save the picture in the site's docs/assets/ folder and write ![{_printable(child.content, 60) or 'what it shows'}](/assets/{_printable(name, 60)})",
                    needle="![",
                )
            elif not is_local(src):
                pasted = url_scheme(src) == "data"  # the picture itself, pasted in as text
                yield Problem(
                    line + offset,
                    "external-image",
                    "images must be files on this site: an image pasted into the file as a 'data:' address is not published"
                    if pasted
                    else "images must be files on this site: an image from another address would make readers' browsers contact it",
                    "save the picture as a file in the site's docs/assets/ folder and write ![what it shows](/assets/picture.png)"
                    if pasted
                    else "link to it instead: [description](https://…)",
                    needle="![",
                )
            elif len(child.content) > LONGEST_IMAGE_DESCRIPTION:
                yield Problem(
                    line + offset,
                    "image-description-long",
                    f"the picture's description is {len(child.content)} characters long: only screen readers read it, "
                    "so it is text that most readers never see",
                    f"say what the picture shows in at most {LONGEST_IMAGE_DESCRIPTION} characters; put the rest in the text",
                    needle="![",
                )
        elif child.type == "text" and "&#" in child.content and (reference := _long_reference(child.content, block.content)):
            number = int(reference[3:-1], 16) if reference[2] in "xX" else int(reference[2:-1])
            shown = f"'{chr(number)}'" if 0 < number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF else "a replacement mark (\ufffd)"
            yield Problem(
                line + offset,
                "unsupported-markdown",
                f"'{reference}' has more digits than a character reference may have: GitHub shows {_printable(shown)}, the site the text as written",
                "write the character itself, or delete the reference",
                needle=reference,
            )


# Longer than CommonMark's references (seven decimal digits, six hexadecimal ones), which
# markdown-it leaves as text, but not longer than GitHub's (eight), which it reads.
_LONG_REFERENCE = re.compile(r"&#(?:[0-9]{8}|[xX][0-9a-fA-F]{7,8});")


def _long_reference(text: str, written: str) -> str | None:
    """The first such reference in a text token that the author wrote as one (not escaped,
    nor made of '&amp;')."""
    for found in _LONG_REFERENCE.finditer(text):
        if re.search(r"(?<!\\)" + re.escape(found.group()), written):
            return found.group()
    return None


_HTML_HINTS = {
    "br": "for a line break, end the line with a backslash (\\)",
    "a": "write a link as [text](https://…)",
    "b": "write **bold**",
    "strong": "write **bold**",
    "i": "write *italic*",
    "em": "write *italic*",
    "p": "separate paragraphs with a blank line",
    "ul": "write a list as lines starting with '- '",
    "ol": "write a numbered list as lines starting with '1. '",
    "li": "write a list as lines starting with '- '",
}


_NOTE_IN_ANGLES = re.compile(r"<([A-Za-z]+)(?: [A-Za-z]+)+>")
# HTML's elements: '<details open>' and '<script async>' are tags, not notes.
_HTML_ELEMENTS = frozenset(
    "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup "
    "data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head "
    "header hgroup hr html i iframe img input ins kbd label legend li link main map mark math menu meta meter nav noscript "
    "object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search section select slot small "
    "source span strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track u ul var "
    "video wbr center font frame frameset marquee".split()
)


def _raw_html(content: str, line: int) -> Problem:
    """One report for a piece of HTML (a block, or a tag in a line), naming its tag as
    written (``</p>`` for a closing one) and the other tags of a block, all at once."""
    written = content.lstrip()
    if (note := _NOTE_IN_ANGLES.match(written)) is not None and note.group(1).lower() not in _HTML_ELEMENTS:
        # '<client name>', '<insert example>': words in angle brackets, where a note of text
        # still to be written goes; a tag's attributes are 'name=value'.
        return Problem(
            line, "placeholder", f"'{_printable(note.group())}' marks text still to be written, which is never published",
            "write the text it stands for, or delete it", needle=note.group(),
        )
    name = _TAG_NAME.match(written)
    tag = name.group(1).lower() if name else ""
    shown = f"<{'/' if written.startswith('</') else ''}{_printable(tag)}>" if tag else "markup"
    others = list(dict.fromkeys(f"<{m.group(1)}{m.group(2).lower()}>" for m in _ANY_TAG.finditer(written[name.end() if name else 0 :])))
    if others:
        shown += " (and " + ", ".join(_printable(t) for t in others[:4]) + (", …" if len(others) > 4 else "") + ")"
    hint = _HTML_HINTS.get(tag, "write Markdown instead; to show a tag as text, put it in backticks: `<tag>`")
    return Problem(line, "raw-html", f"HTML is not allowed in a pattern: {shown}", hint, needle=written.split("\n")[0][:20])


_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")


def _printable(text: str, limit: int = 40) -> str:
    """Text safe to print in a terminal or a page: controls and format characters escaped."""
    return "".join(c if c.isprintable() and unicodedata.category(c) != "Cf" else f"\\u{ord(c):04x}" for c in text[:limit])

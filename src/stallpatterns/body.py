"""A pattern's body, read once: one CommonMark parse that the rules check and the site renders.

The dialect is GitHub's, which is what an author sees in a pull request's preview:
CommonMark, plus tables, ~~strikethrough~~ and bare ``https://`` / ``www.`` / e-mail
autolinks. One :class:`~markdown_it.MarkdownIt`, configured here once, parses each body;
:func:`stallpatterns.slips.problems` checks the tokens, :func:`render` turns the same tokens
into HTML.

Safe by construction, not by a list of bad strings:

- Raw HTML is parsed (so it is found, with its line) but never rendered as markup: the
  rules reject it, and the renderer prints it as text. HTML comments are dropped.
- Every link and image address passes an allowlist of schemes once the characters a
  browser ignores in a URL are removed (:mod:`stallpatterns.addresses`); anything else is
  reported and never rendered.
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
from html import escape
from itertools import zip_longest
from typing import Any, Literal
from urllib.parse import unquote

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

from . import autolinks, quotes
from .addresses import address_slip, is_local, is_safe_link, on_the_site, with_host_lowered, without_ignored
from .autolinks import Link
from .text import ZWJ, github_slug, is_hidden_character

RESERVED_IDS = frozenset(
    {"catalogue-heading", "content", "copy-link", "copy-status", "count", "count-status", "cta-heading", "filter", "filter-category",
     "filter-clear", "filter-q", "finder", "finder-bar", "finder-bar-text", "finder-choose", "finder-clear",
     "finder-form", "finder-matches", "finder-next-heading", "finder-result-address", "finder-results", "finder-results-heading", "finder-stale",
     "finder-status", "main", "no-matches", "not-found-guess", "not-found-guess-title", "problems-heading", "related", "related-heading", "results", "search",
     "search-toggle", "site-search", "site-search-filter", "site-search-list", "site-search-more", "site-search-none",
     "site-search-note", "site-search-offers", "site-search-q", "site-search-results", "site-search-status", "site-search-ways",
     "unpublished-heading", "warnings-heading",
     # Names a script looks up on the window, which an element's id also makes (the DOM's
     # named properties): a heading 'Exports' or 'Module' made the search engine's loader
     # (vendor/minisearch.js) take the page for CommonJS, and the site search stopped working.
     "define", "exports", "module", "require",
     # Not the site's but the browser's: '#top' is the top of any page only while no element
     # has the id 'top' (HTML's rule for fragments), and the checks read it so
     # (addresses.scrolls_to_the_top). A heading 'Top' took it, and '#top' went there.
     "top"}
)
"""Element ids the site's templates and scripts use, and 'top': a heading never takes one
of them (tests/test_attacks.py checks that every id written in overrides/ is here). The
offers' ids come from the settings and are passed to :func:`assign_heading_ids`."""
RESERVED_ID_FORMS = re.compile(r"footer-\d+-heading|site-search-option-\d+")
"""The ids that the templates and scripts make with a number in them on every page
(a number after them never matches again)."""
HTML_COMMENTS = re.compile(r"(?:\s*<!--(?:(?!-->).)*-->)+\s*", re.S)
_DASHES = re.compile(r"(?<![-!])---(?!-)|(?<![-!])--(?![->])|(?<!\.)\.\.\.(?!\.)")
_TYPOGRAPHY = {"---": "\u2014", "--": "\u2013", "...": "\u2026"}


def local_links(tokens: Sequence[Token]) -> Iterator[tuple[int, str, bool, bool, bool, str]]:
    """(the 0-based body line, the address, whether an image, whether an address on the web,
    whether its text is a footnote's label, '^1', and an image's words or a link's, as shown)
    of each link and image to this site, in order, and of each to an http: or https: address,
    which may be the site's own published address (see :func:`under_site`), or to a mailto:
    one, which never is (its words are checked as another site's link's are)."""
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
            words = token.content if token.type == "image" else words_of_link(children, index)
            if address[:8].lower().startswith(("http://", "https://", "mailto:")):
                yield block.map[0] + line, address, token.type == "image", True, label, words
            # An address already reported as another site's or a mailbox written without its
            # scheme is not a page of this site that goes nowhere as well: one error for one slip.
            elif token.markup not in ("linkify", "autolink") and address and is_local(address) and address_slip(address) is None:
                yield block.map[0] + line, address, token.type == "image", False, label, words


def addresses(tokens: Sequence[Token]) -> Iterator[tuple[int, str, str]]:
    """(the 0-based body line, "a" or "img", the address as read) of every link and picture
    in the body, in order."""
    for block in tokens:
        if block.type == "inline" and block.children and block.map:
            for token, line in lines_of(block.children):
                if token.type == "link_open":
                    yield block.map[0] + line, "a", str(token.attrGet("href") or "")
                elif token.type == "image":
                    yield block.map[0] + line, "img", str(token.attrGet("src") or "")


EMPHASIS = frozenset(("em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"))
"""The inline tokens that the page shows as emphasis or a line through, not as text of their own."""


def shown_text(children: Sequence[Token], links: bool = True) -> str:
    """A block's text as the page shows it: its words, code, links' words, pictures'
    descriptions and hover texts, without the marks of bold, links or comments (what stands
    either side of a comment is shown joined, over its lines too), and each line's end where
    the text goes on to the next (so that a line keeps its number): what a reader reads, where the Markdown parts it ('020 79**46** 0958', 'Sta<!-- -->ll Review').
    Without ``links``, a link's words are one mark, U+FFFC, in their place."""
    shown = []
    linked = False  # in a link's words, left out
    for child in children:
        if not links and child.type in ("link_open", "link_close"):
            linked = child.type == "link_open"
            shown.append("\ufffc" if linked else "")
        elif linked:
            shown.append("\n" if child.type in ("softbreak", "hardbreak") else "")  # (its lines' ends kept: a line keeps its number)
            continue
        if child.type in ("text", "code_inline"):
            shown.append(child.content)
        elif child.type == "image":  # its description as the page writes it: without its marks ('fr**ee**')
            shown.append(picture_words(child))
        elif child.type in ("softbreak", "hardbreak"):
            shown.append("\n")
        if child.type in ("link_open", "image") and (title := child.attrGet("title")):
            # Shown on hovering, with a link's words after it, or after a picture's description.
            shown.append(f" {' '.join(str(title).split())} ")
    return "".join(shown)


def picture_words(image: Token) -> str:
    """A picture's description as the page writes it, its alt text, which a screen reader reads
    out: its words, code and links' words without their marks ('fr**ee**'), a picture within it
    by its own description, and each line's end (so that a line keeps its number)."""
    return "".join(
        child.content if child.type in ("text", "text_special", "code_inline")
        else "\n" if child.type in ("softbreak", "hardbreak")
        else picture_words(child) if child.type == "image"
        else ""
        for child in image.children or ()
    )


def shown_of(inline: Token) -> str:
    """:func:`shown_text` of a block's 'inline' token, made once and kept on the token: the
    contact and price checks each read it."""
    if (shown := inline.meta.get("shown")) is None:
        shown = inline.meta["shown"] = shown_text(inline.children or ())
    return str(shown)


def words_of_link(children: Sequence[Token], opened: int) -> str:
    """The words a link shows, from its 'link_open' at ``opened`` to its close."""
    words = []
    for index in range(opened + 1, len(children)):  # not a slice: a copy of the rest, link by link
        token = children[index]
        if token.type == "link_close":
            break
        if token.type in ("text", "code_inline"):
            words.append(token.content)
        elif token.type == "image":  # a picture's words are its description
            words.append(picture_words(token))
        elif token.type in ("softbreak", "hardbreak"):
            words.append(" ")
    return "".join(words)


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
    code (another token type), nor in a link's words that are an address, a bare one's
    too (marked by :func:`_addresses_as_written`)."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        for token in block.children:
            if token.type == "text" and ("--" in token.content or "..." in token.content) and not token.meta.get("as_written"):
                token.content = _DASHES.sub(lambda m: _TYPOGRAPHY[m.group(0)], token.content)


# Words that are a web address: typed in a link's text ('[https://example.com/a--b](…)') or
# linked bare.
_ADDRESS_WORDS = re.compile(r"(?i)(?:https?://|www\.)\S+")


def _addresses_as_written(state: StateCore) -> None:
    """Mark the text of each link whose words are a web address (``meta["as_written"]``):
    no quotes are curled and no dashes or ellipses made in it (:func:`quotes.curl`,
    :func:`quotes.elisions`, :func:`_typography`). Made typographic, the page would show, and
    print, an address the link does not go to ('…/a–b' for '…/a--b'), as GitHub never does."""
    for block in state.tokens:
        children = block.children
        if block.type != "inline" or not children or ("'" not in block.content and '"' not in block.content and "--" not in block.content and "..." not in block.content):
            continue
        opened: int | None = None
        for index, token in enumerate(children):
            if token.type == "link_open":
                opened = index
            elif token.type == "link_close" and opened is not None:
                words = children[opened + 1 : index]
                if all(t.type in ("text", "text_special") for t in words) and _words_are_an_address(
                    "".join(t.content for t in words).strip(), str(children[opened].attrGet("href") or "")
                ):
                    for word in words:
                        word.meta["as_written"] = True
                opened = None


def _words_are_an_address(words: str, href: str) -> bool:
    """Whether a link's words are a web address: one with its scheme or 'www.', or the link's
    own without its scheme ('[example.com/it's](https://example.com/it's)', an e-mail address)."""
    if _ADDRESS_WORDS.fullmatch(words):
        return True
    address = unquote(href).rstrip("/").lower()
    return bool(words) and words.rstrip("/").lower() in (address, address.partition("://")[2], address.removeprefix("mailto:"))


def _github_heading_text(state: StateCore) -> None:
    """Each heading's text as GitHub's preview names its part from it, kept in its inline
    token's ``meta["github_text"]`` before the dashes are made ('Buy -- build' is
    #buy----build there): a line end is one (the name leaves it out, where the site's text
    has a space), and a picture gives nothing (HTML's text of an image is empty)."""
    tokens = state.tokens
    for index in range(1, len(tokens)):
        block = tokens[index]
        if block.type == "inline" and tokens[index - 1].type == "heading_open":
            block.meta["github_text"] = "".join(
                "\n" if t.type in ("softbreak", "hardbreak") else t.content if t.type in ("text", "text_special", "code_inline") else ""
                for t in block.children or []
            )


def _invisible_references(state: StateCore) -> None:
    """Mark each paragraph, heading or cell where a character reference (``&#x202E;``,
    ``&shy;``) makes a character that the file itself may not hold: ``meta["invisible"]``
    is (the line within it, the reference), for the checks. The same character typed is
    found in the file's text (leftovers.check_invisible)."""
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
    numeric reference to a noncharacter (U+FFFE, U+FFFF, U+1FFFE...) or to a control
    character ('&#1;', '&#x7F;', '&#x9F;'), which GitHub's reader keeps (writing U+FFFE and
    U+FFFF as bytes that are no UTF-8): the character written is the one checked, and an
    invisible one is told at its reference. (Both readers make U+FFFD of '&#0;', of a
    surrogate and of a number past U+10FFFF.)"""
    if token.content != "\ufffd" or not token.markup.startswith("&#"):
        return token.content
    digits = token.markup[2:-1]
    code = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
    kept = code <= 0x10FFFF and (code & 0xFFFE == 0xFFFE or 0 < code < 0x20 or 0x7F <= code <= 0x9F)
    return chr(code) if kept else token.content


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
    if silent or state.linkLevel > 0 or not state.src.startswith("://", pos):
        # (Silent: markdown-it looks for a link's ']', where GitHub links nothing, and the
        # pending text is the text before the '[', not the letters before the '://'.)
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
    within = _scheme_addresses(content) if "://" in content else []
    theirs = [
        link
        for link, depth in zip(found, _open_brackets_at(read, [link.index for link in found]))
        if content[link.index - 2 : link.index] != "](" and not depth and not _in_spans(spans, starts, link.index)
        and not any(start < link.index < end for start, end in within)
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


def _scheme_addresses(content: str) -> list[tuple[int, int]]:
    """Where each address with a scheme in ``content`` is, as GitHub reads it before any
    ``www.`` in it: 'https://example.com/a_www.example.com' is one address, not two."""
    found: list[tuple[int, int]] = []
    colon = content.find("://")
    while colon != -1:
        link = autolinks.url_at(content, colon, found[-1][1] if found else 0)
        if link is not None:
            found.append((link.index, link.last_index))
        colon = content.find("://", link.last_index if link is not None else colon + 3)
    return found


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
    above = None if silent else _paragraph_above(state, start)
    if not (table(state, start, end, silent) or _one_column_table(state, start, end, silent)):
        return False
    if above is not None:
        # GitHub reads the header line out of the paragraph above and writes the rest of
        # that paragraph back with every '\|' made '|' (cmark-gfm's table.c), in code spans
        # and addresses too: '`a\|b`' shows 'a|b' there, and '\\|' shows '|'.
        above.content = above.content.replace("\\|", "|")
    return True


def _paragraph_above(state: StateBlock, start: int) -> Token | None:
    """The inline token of the paragraph that ends just above ``start``, at this level."""
    tokens = state.tokens
    if len(tokens) < 3 or tokens[-1].type != "paragraph_close" or tokens[-1].level != state.level:
        return None
    if tokens[-3].map is None or tokens[-3].map[1] != start:
        return None
    return tokens[-2]


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
    paragraph. A quote has checked its own lazy lines (marked -1), indented ones too.

    A line indented four columns or more past where the list is, though less than its
    item's text ('>*    [x]: …' over '>     ---'; '1. 1)   [x]: …' over '       ***'), is
    code there to GitHub, which cannot interrupt a paragraph: a lazy line. markdown-it
    measured it from the item's text, and started a rule or a list at it."""
    if line >= end or state.isEmpty(line) or state.sCount[line] >= state.blkIndent:
        return False
    if state.sCount[line] < 0 or (state.listIndent >= 0 and state.sCount[line] - state.listIndent >= 4):
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


_INDENT_AFTER_A_LINE_END = re.compile(r"\n[ \t]+")


def _paragraph_lines_unindented(state: StateCore) -> None:
    """Each line of a paragraph after its first read without the spaces and tabs it starts with,
    as CommonMark reads them: markdown-it kept them, and a code span over two lines ('`export'
    then '   --all`') was published with them (helper-241). The paragraph's text as typed stays
    its content, which the checks read line by line (:func:`_paragraph_lines_as_typed`)."""
    for token in state.tokens:
        if token.type == "inline" and ("\n " in token.content or "\n\t" in token.content):
            token.meta["as_typed"] = token.content
            token.content = _INDENT_AFTER_A_LINE_END.sub("\n", token.content)


def _paragraph_lines_as_typed(state: StateCore) -> None:
    for token in state.tokens:
        if token.type == "inline" and "as_typed" in token.meta:
            token.content = token.meta.pop("as_typed")


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


# A '%' that begins no escape ('…/50%', '%zz'): GitHub writes it in the address as it is.
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


class _Parser(MarkdownIt):
    def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
        # Every link becomes a token, so that an unsafe one is reported at its line rather
        # than quietly left as text; the renderer prints only the safe ones.
        return True

    def normalizeLink(self, url: str) -> str:  # noqa: N802 (markdown-it's name)
        # markdown-it writes a '%' that begins no escape as '%25', which goes elsewhere than
        # GitHub's link. Each '%25' of the address is an escape written so, or such a '%':
        # those are made '%' again, in order.
        if not url.isascii():
            # 'https://www.Ärztekammer.de/': a browser takes the host in lower case, and so must
            # its punycode ('xn--rztekammer-nva' is no name); GitHub's link is the same host.
            url = with_host_lowered(url)
        pieces = _LONE_PERCENT.split(url) if "%" in url else [url]
        normalized = super().normalizeLink(url)
        if len(pieces) == 1:
            return normalized
        lone = [False] * pieces[0].count("%25")
        for piece in pieces[1:]:
            lone += [True] + [False] * piece.count("%25")
        found = normalized.split("%25")
        if len(found) != len(lone) + 1:  # never seen: the address as markdown-it writes it
            return normalized
        return found[0] + "".join(("%" if one else "%25") + rest for one, rest in zip(lone, found[1:]))


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


def cell_spans(row: str) -> list[tuple[int, int]]:
    """Where each cell of a table's row is written on its line, from after one bar to its next:
    the bars the parser reads, each '|' but one after a backslash ('\\|' is a bar shown in a
    cell), a bar at either end of the line only closing a cell (:func:`row_cells` counts them
    as GitHub does). Each a cell's text, the spaces around it too; a quotation's marks and a
    list's indent before the row are no cell."""
    bars = [at for at, char in enumerate(row) if char == "|" and row[at - 1 : at] != "\\"]
    edges = [len(row) - len(row.lstrip(" \t>")) - 1, *bars, len(row)]
    spans = [(after + 1, before) for after, before in zip(edges, edges[1:])]
    # A bar opening or closing the row leaves no cell before or after it.
    if spans and bars and not row[spans[0][0] : spans[0][1]].strip():
        spans = spans[1:]
    if spans and not row[spans[-1][0] :].strip() and bars and bars[-1] < len(row):
        spans = spans[:-1]
    return spans


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
        if state.tokens and state.tokens[-1].type == "blockquote_open":
            _quoted_columns(state, startLine, endLine)
        super().tokenize(state, startLine, endLine)


def _quoted_columns(state: StateBlock, start: int, end: int) -> None:
    """Where each quoted line's text begins, as the column of its line: what a tab there is
    measured from. markdown-it counts a quotation's text from its '>' as though that were
    where the line begins, right for one quotation and wrong in a nested one ('> >  \tx':
    the tab ends at column 8, not 4), so code in it had other spaces than on GitHub."""
    src = state.src
    for line in range(start, end):
        begins = state.bMarks[line]
        after_space = begins >= 2 and src[begins - 1] in " \t" and src[begins - 2] == ">"
        if not after_space and (begins < 1 or src[begins - 1] != ">"):
            continue  # not just after a '>' (a lazy line keeps its line's start)
        mark = begins - (2 if after_space else 1)
        column = 0
        for char in src[src.rfind("\n", 0, mark) + 1 : mark]:
            column += 4 - column % 4 if char == "\t" else 1
        # After the '>', one column for its space (a tab's first column where it takes part).
        state.bsCount[line] = column + 1 + (1 if after_space or (begins < len(src) and src[begins] in " \t") else 0)


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
    md.core.ruler.before("inline", "stall_paragraph_lines_unindented", _paragraph_lines_unindented)
    md.core.ruler.after("inline", "stall_paragraph_lines_as_typed", _paragraph_lines_as_typed)
    md.core.ruler.at("linkify", _bare_addresses)
    md.core.ruler.at("smartquotes", quotes.smartquotes)  # the same rule, in linear time
    md.core.ruler.before("smartquotes", "stall_elisions", quotes.elisions)
    md.core.ruler.before("stall_elisions", "stall_addresses_as_written", _addresses_as_written)
    md.core.ruler.after("smartquotes", "stall_typography", _typography)
    md.core.ruler.before("stall_typography", "stall_github_heading_text", _github_heading_text)
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
        return "\n" if HTML_COMMENTS.fullmatch(content) else f"<p>{escape(content.strip(), quote=False)}</p>\n"

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
        href = without_ignored(href)
        # On paper a link cannot be followed: an address elsewhere is printed after its words
        # (site.css), unless the words already are the address (an autolink, or `[https://x](https://x)`).
        printed = ' class="print-address"' if _address_worth_printing(tokens, idx, href) else ""
        return f'<a href="{escape(on_the_site(href) if is_local(href) else href)}"{title_attr}{printed}>'

    def renderInlineAsText(self, tokens: Sequence[Token] | None, options: OptionsDict, env: EnvType) -> str:
        # A line end in a picture's description (or a heading's name) is a space, as GitHub
        # writes it; markdown-it keeps it as a line end.
        text = super().renderInlineAsText
        return "".join(" " if t.type in ("softbreak", "hardbreak") else text([t], options, env) for t in tokens or [])

    def image(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        token = tokens[idx]
        alt = self.renderInlineAsText(token.children or [], options, env)
        src = str(token.attrGet("src") or "")
        if not is_local(src):
            return escape(alt, quote=False)
        title = token.attrGet("title")
        title_attr = f' title="{escape(str(title))}"' if title else ""  # shown on hovering, as on GitHub
        return f'<img src="{escape(on_the_site(without_ignored(src)))}" alt="{escape(alt)}"{title_attr} loading="lazy">'

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
                headings.append(self.renderInlineAsText(shown_inline(token.children or []), options, env))
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
        if not anchor:
            return f"<{token.tag}>"
        # Named by its words alone: the link to it inside (below) would otherwise be read as
        # part of its name ("What it looks like Link to the section What it looks like").
        label = escape(str(token.meta.get("label", "")))
        return f'<{token.tag} id="{escape(anchor)}" aria-label="{label}">' if label.strip() else f'<{token.tag} id="{escape(anchor)}">'

    def heading_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        token = tokens[idx]
        anchor = str(tokens[idx - 2].meta.get("id", "")) if idx >= 2 else ""
        if not anchor:
            return f"</{token.tag}>\n"
        label = escape(str(tokens[idx - 2].meta.get("label", "")))
        link = f'<a class="anchor" href="#{escape(anchor)}" aria-label="Link to the section {label}">#</a>'
        return f" {link}</{token.tag}>\n"


PARSER, _RENDERER = _parser()


class _References(dict[str, Any]):
    """A body's link definitions, taken by its links as GitHub's reader takes them: once the
    addresses and titles it has put in links add up to more than the body's size, or 100,000
    characters if that is more, a link that would take one more shows as typed. Without it,
    6,000 uses of a 50,000-character address were 300 MB of links to read and check (110 s).
    ``refused`` is the first label refused so, for the checks to tell."""

    def __init__(self, most: int) -> None:
        super().__init__()
        self.most, self.taken, self.refused = most, 0, ""

    def get(self, label: str, default: Any = None) -> Any:  # markdown-it's link and image rules look up so
        found = super().get(label, default)
        if not found:
            return found
        size = len(found["href"]) + len(found["title"] or "")
        if size > self.most - self.taken:
            self.refused = self.refused or label
            return default
        self.taken += size
        return found


REFERENCE_EXPANSION = 100_000
"""The least that GitHub's reader lets a body's links take from their definitions (cmark-gfm's
``max_ref_size``): the body's own size in bytes when that is more."""


def parse(body: str) -> list[Token]:
    """The body's tokens; ``token.map`` holds 0-based body lines. When a link was refused its
    definition's address (:class:`_References`), the first token's ``meta["refused"]`` is the
    definition's label and 0-based line."""
    references = _References(max(len(body.encode("utf-8", "surrogatepass")), REFERENCE_EXPANSION))
    tokens = PARSER.parse(body, {"references": references})
    if references.refused and tokens:
        tokens[0].meta["refused"] = (references.refused, dict.get(references, references.refused, {}).get("map", [0])[0])
    return tokens


# --- rendering ----------------------------------------------------------------------


def shown_inline(children: Sequence[Token]) -> list[Token]:
    """A line's inline tokens without its comments, which show nothing: a heading's name (its
    id, its label) or a table's column is the words shown, as on GitHub ('## Costs <!-- ask
    legal -->' is #costs there), never a note left for the authors."""
    return [t for t in children if not (t.type == "html_inline" and t.content.startswith("<!--"))]


def assign_heading_ids(tokens: Sequence[Token], taken: set[str] | None = None) -> None:
    """Give every heading a unique id made from its text as GitHub's preview names its part
    ('Über-pilots' is #über-pilots in both: the link an author copies from the preview is the
    site's), numbered as the preview numbers them (a second "Signs" is signs-1, a third
    signs-2), and never one the site uses."""
    used = set(RESERVED_IDS) | (taken or set())
    tried: dict[str, int] = {}  # the last number tried after each base: never tried again
    # GitHub's own names, numbered with none of them reserved: where a heading's differs from
    # the site's ('Top' is #top there, #top-1 here), a link to it goes elsewhere on the site.
    github_used: set[str] = set()
    github_tried: dict[str, int] = {}
    for index, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        text = _RENDERER.renderInlineAsText(shown_inline(tokens[index + 1].children or []), PARSER.options, {})
        github_base = github_slug(str(tokens[index + 1].meta.get("github_text", text)))
        base = github_base or "section"  # a heading of marks alone has no part in the preview
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
        github, n = github_base, github_tried.get(github_base, 0)
        while github in github_used:
            n += 1
            github = f"{github_base}-{n}"
        github_tried[github_base] = n
        github_used.add(github)
        token.meta["github_id"] = github
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


def inline_html(content: str) -> str:
    """The HTML of ``content`` read as one paragraph's inline Markdown (its words, emphasis and links)."""
    return _RENDERER.renderInline(PARSER.parseInline(content, {})[0].children or [], PARSER.options, {})


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


# --- table rows and code spans, as both readers find them -------------------------


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

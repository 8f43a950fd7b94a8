"""GitHub's own reading of a pattern's body, compared with the site's.

Authors preview a pattern in its pull request, where GitHub renders the file with
cmark-gfm. The site reads the body once, with markdown-it (:mod:`stallpatterns.body`),
and the checks (:mod:`stallpatterns.dialect`, :mod:`stallpatterns.slips`) name each
corner where the two readers are known to part, with its own fix. This is the wall
behind them: the elements of the body the site would publish (paragraphs, lists and
their items, quotations, headings, code, tables, rules, and within the text emphasis,
links, images, code and breaks) and the words between them are compared, in order,
with those cmark-gfm makes of the same body. Where they part, the pattern is not
published, and the author is told the line and what each reader makes of it. What
GitHub previews is then what the site shows, even in a corner nobody has met yet.

The words are compared by their letters, digits and marks, but not the quotes, dashes and
full stops of the site's typography (curly quotes, dashes, the ellipsis), which differs
from GitHub's on purpose, and so may the spaces in code, of which the checks warn. Each
link's and picture's address is compared too, as each reader reads it from the body: the
site then writes a link to another pattern's file as the address of its page.
Raw HTML is left out of GitHub's reading, as the checks refuse it before this is asked.
"""

from __future__ import annotations

import ctypes
import html as html_module
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote

from cmarkgfm import cmark
from cmarkgfm.cmark import Options

from .addresses import unicode_host, with_host_lowered
from .text import clipped

# GitHub's Markdown as its preview has it (tables, strikethrough, bare addresses, task
# lists, footnotes), raw HTML left out: the checks refuse HTML before this is asked.
_OPTIONS = Options.CMARK_OPT_FOOTNOTES

_COMPARED = "p|ul|ol|li|blockquote|h[1-6]|pre|code|table|thead|tbody|tr|th|td|hr|em|strong|del|a|img|br|input|sup|section"
# An element compared (its end too), and a numbered list's first number. Both readers
# write the start first, and escape every '<' of text, so no attribute is read past it.
_ELEMENT = re.compile(rf'<(/?)({_COMPARED})\b(?: start="(\d+)")?')
_ELEMENT_TAG = re.compile(rf"</?(?:{_COMPARED})\b[^>]*>")
_ANY_TAG = re.compile(r"<[^>]*>")
# Not compared in the words: the quotes, dashes and ellipsis the site's typography makes of
# GitHub's straight ones, '&quot;' (GitHub's '"'), every space (a cell's no-break space at
# its end is GitHub's alone, and shows as nothing) and the ASCII marks of typography. Left
# out of UTF-8 bytes, which costs next to nothing. Every other mark is compared: a ')' inside
# GitHub's link and after the site's is another link, and other text in each (a no-break
# space pasted after a bare address), though the letters are the same.
_SPACES = "\u0085\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
_UNCOMPARED = re.compile(b"|".join(mark.encode() for mark in "‘’“”–—…" + _SPACES))
_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalnum() and c != 1)
# Every ASCII mark but the quotes, dashes and full stops the site's typography makes its own.
_NOT_SHOWN = bytes(c for c in _NOT_LETTERS if chr(c) not in "!#$%()*+,/:<=>?@[\\]^_`{|}~")
# An element compared, another tag (a comment too), or text up to the next tag.
_PART = re.compile(rf'<(/?)({_COMPARED})\b(?: start="(\d+)")?[^>]*>|<[^>]*>|[^<]+')
# A link's or an image's title (its hover text): compared by every character but spaces. The
# site's typography never touches a title, so its marks are GitHub's: a mark only one reader
# keeps ('> u' in a title whose line is a quotation's) is a difference, as a letter is.
_TITLE = re.compile(r'<(?:a|img)\b[^>]*?\stitle="([^"]*)"')
_TITLE_IN_TAG = re.compile(r'\stitle="([^"]*)"')
# An image's description (its alt text), compared as its hover text is: neither reader's
# typography touches it, and the words between tags leave it out.
_ALT = re.compile(r'<img\b[^>]*?\salt="([^"]*)"')
_ALT_IN_TAG = re.compile(r'\salt="([^"]*)"')
# A link's address, or a picture's, as cmark-gfm writes it: first in the tag.
_ADDRESS = re.compile(r'<(a|img) (?:href|src)="([^"]*)"')
# A host's name in punycode, as the site writes one in other letters ('straße.de' is
# 'xn--strae-oqa.de'), and GitHub in percent-escapes: the same host to a browser.
_PUNYCODE = re.compile(r"(?<![\w-])[xX][nN]--[a-zA-Z0-9-]+")
# The "#" link the site adds to each heading (GitHub draws its own on hover).
_HEADING_LINK = re.compile(r'<a class="anchor"[^>]*>[^<]*</a>')
# The lines a block starts and ends on, in its tag (0 where cmark-gfm does not know them).
_LINES = re.compile(r'\sdata-sourcepos="(\d+):\d+-(\d+):')
# Elements with no end.
_EMPTY = frozenset({"hr", "br", "img", "input"})
# Elements within a block's text: a line end between them is one of the block's own lines.
_INLINE = frozenset({"em", "strong", "del", "a", "img", "br", "code", "sup", "input"})
_WORDS = "#"

_NAMES = {
    "p": "a paragraph",
    "ul": "a bulleted list",
    "ol": "a numbered list",
    "li": "a list item",
    "blockquote": "a quotation",
    "pre": "a code block",
    "code": "code",
    "table": "a table",
    "thead": "a table's heading row",
    "tbody": "a table's rows",
    "tr": "a table row",
    "th": "a table heading",
    "td": "a table cell",
    "hr": "a horizontal rule",
    "em": "italics",
    "strong": "bold text",
    "del": "struck-through text",
    "a": "a link",
    "img": "an image",
    "br": "a line break",
    "input": "a checkbox",
    "sup": "a footnote mark",
    "section": "footnotes",
}


@dataclass(frozen=True)
class Difference:
    """Where GitHub's preview and the site part: the body line (1-based) of the block
    where they do, what each does there ("shows a code block", "ends the list item"), and
    whether only a list's spacing differs."""

    line: int
    github: str
    site: str
    spacing: str | None  # "close" when GitHub shows the list's items close together, "spaced" when apart
    address: bool = False  # only a link's or a picture's address differs
    code: str | None = None  # only the spaces in a piece of code differ: "span" (in a line) or "block"

    @property
    def message(self) -> str:
        if self.spacing == "close":
            return "GitHub's preview shows this list's items close together, the site would put space between them"
        if self.spacing == "spaced":
            return "GitHub's preview puts space between this list's items, the site would show them close together"
        return f"GitHub's preview and the site read these lines differently: GitHub {self.github}, where the site would {self.site}"

    @property
    def hint(self) -> str:
        if self.spacing == "close":
            return "write the list without blank lines between its items, and keep link definitions and horizontal rules out of it"
        if self.spacing == "spaced":
            return "put a blank line between every two items of the list"
        if self.github.startswith("shows a checkbox"):
            return "the site has no checkboxes: write the item without its '[ ]' or '[x]', as a plain list's"
        if self.code == "block":
            return "write spaces, not a tab, between a quotation's '>' and the code block's lines: GitHub reads a tab there as spaces, and the site keeps it"
        if self.code:
            return (
                "write the code on one line, `like this`, or its lines in a code block between lines of three backticks: "
                "a line that goes on a piece of code without the marks of the list or quotation it is in keeps its spaces on GitHub"
            )
        if self.address:
            return (
                "write the address whole, on the line of the link's words, as [text](https://…), with no character "
                "reference ('&nbsp;') or space in it or around it: write a space in an address as %20"
            )
        return (
            "write these lines more plainly, so that both read them alike: a blank line before and after each list, "
            "quotation, code block and table, link definitions at the end of the file (outside any list or quotation), "
            "and links written out, as [text](https://…)"
        )


_EXTENSIONS = ("table", "autolink", "tagfilter", "strikethrough", "tasklist")


class _Memory(ctypes.Structure):
    """cmark-gfm's allocator (``cmark_mem``): the functions it allocates and frees with."""

    _fields_ = (
        ("calloc", ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t)),
        ("realloc", ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)),
        ("free", ctypes.CFUNCTYPE(None, ctypes.c_void_p)),
    )


def _c_functions() -> tuple[Callable[[int], None], Callable[[int], None]] | None:
    """cmark-gfm's own ``cmark_node_free``, and the ``free`` of the allocator it made the HTML
    with, by ctypes from its own library: the wrapper gives neither, and frees neither a
    document's tree nor its HTML. Without them every reading of a body was kept in memory to
    the end of the process: a body of 1,000 small lists, read once a list, took a gigabyte,
    and one of 6,300 the machine's 24 GB (crash and complexity round of the forty-fifth
    session). The allocator's own ``free``, not the C library's: on Windows a library may
    have a C runtime of its own (the review of that session's change). None where either is
    not found (then the memory is kept, as the wrapper keeps it)."""
    try:
        library = ctypes.CDLL(cmark._cmark.__file__)
        node_free, allocator = library.cmark_node_free, library.cmark_get_default_mem_allocator
    except (OSError, AttributeError, TypeError):
        return None
    node_free.argtypes, node_free.restype = [ctypes.c_void_p], None
    allocator.argtypes, allocator.restype = [], ctypes.POINTER(_Memory)
    memory = allocator()
    if not memory:
        return None
    free = memory.contents.free
    return node_free, lambda address: free(address)


_FREE = _c_functions()


@lru_cache(maxsize=4)
def _github_html(body: str, options: int) -> str:
    """cmark-gfm's HTML of ``body``, as ``cmarkgfm.github_flavored_markdown_to_html`` makes
    it, read with any byte that is no UTF-8 as U+FFFD: cmark-gfm writes a reference to
    U+FFFE or U+FFFF ('&#xFFFE;', in text, a link's title, a picture's description or a
    code block's language) as the lone byte FE or FF, on which the wrapper's own decoding
    fails, and the check with it. The document's tree and its HTML are freed once read
    (:func:`_c_functions`); the last few readings are kept, as the checks of one body ask
    for each more than once (:func:`list_spaced`, once a list)."""
    ffi, lib = cmark._cmark.ffi, cmark._cmark.lib
    cmark.core_extensions_ensure_registered()
    parser = cmark.parser_new(options=options | Options.CMARK_OPT_GITHUB_PRE_LANG)
    try:
        for name in _EXTENSIONS:
            cmark.parser_attach_syntax_extension(parser, cmark.find_syntax_extension(name))
        cmark.parser_feed(parser, body)
        root = cmark.parser_finish(parser)
        rendered = lib.cmark_render_html(root, options | Options.CMARK_OPT_GITHUB_PRE_LANG, cmark.parser_get_syntax_extensions(parser))
        try:
            return ffi.string(rendered).decode("utf-8", errors="replace")
        finally:
            if _FREE is not None:
                _FREE[1](int(ffi.cast("uintptr_t", rendered)))
                _FREE[0](int(ffi.cast("uintptr_t", root)))
    finally:
        cmark.parser_free(parser)


# A list's, an item's, a quote's or a paragraph's tag in cmark-gfm's HTML, opened or closed.
_LIST_PARTS = re.compile(r"<(/?)(ul|ol|li|p|blockquote)\b")


# A list's start in cmark-gfm's HTML with each block's lines: its tag, and the line it starts on.
_LIST_START = re.compile(r'<(ul|ol)\b[^>]*? data-sourcepos="(\d+):')


@lru_cache(maxsize=2)
def _list_starts(body: str) -> tuple[str, dict[int, tuple[str, int]]]:
    """cmark-gfm's HTML of ``body`` with each block's lines, and where in it each list starts,
    by the line it starts on (the outer one, where a list starts in another's first item):
    read once for every list of a body."""
    html = _github_html(body, _OPTIONS | Options.CMARK_OPT_SOURCEPOS)
    starts: dict[int, tuple[str, int]] = {}
    for found in _LIST_START.finditer(html):
        starts.setdefault(int(found.group(2)), (found.group(1), found.end()))
    return html, starts


def list_spaced(body: str, line: int) -> bool | None:
    """Whether GitHub's preview shows the list that starts on ``line`` of ``body`` (1-based)
    with its items spaced apart (a paragraph of its own in an item, "loose"), as cmark-gfm
    reads it; None if no list starts there in its reading."""
    html, starts = _list_starts(body)
    if (start := starts.get(line)) is None:
        return None
    opened = [start[0]]
    for tag in _LIST_PARTS.finditer(html, start[1]):
        closing, name = tag.groups()
        if closing:
            opened.pop()
            if not opened:
                return False
        elif name == "p" and len(opened) == 2:
            return True  # a paragraph straight inside one of its own items (not in a quote there)
        else:
            opened.append(name)
    return False


# A code block's text in cmark-gfm's HTML (the one place it writes '<pre').
_CODE_BLOCK = re.compile(r"<pre\b[^>]*><code\b[^>]*>(.*?)</code></pre>", re.DOTALL)


def code_texts(body: str) -> list[str]:
    """The text of each code block GitHub's preview shows of ``body``, in order, spaces and
    tabs as it keeps them: the comparison of the words leaves them out."""
    return [html_module.unescape(found) for found in _CODE_BLOCK.findall(_github_html(body, _OPTIONS))]


Address = tuple[int, str, str]  # the body line (0-based, as the site's tokens have it), "a" or "img", the address as read


def first_difference(body: str, html: str, addresses: Sequence[Address]) -> Difference | None:
    """Where cmark-gfm's reading of ``body`` parts from ``html``, the site's rendering of the
    same body, whose links and pictures go to ``addresses`` (as the site read them, before it
    made them the site's); None when they have the same elements, in the same order, with
    the same words between them, and each link and picture goes where GitHub's does."""
    ours_html = _HEADING_LINK.sub("", html)
    theirs_html = _github_html(body, _OPTIONS)
    if (
        _ELEMENT.findall(ours_html) == _ELEMENT.findall(theirs_html)
        and _flat(ours_html) == _flat(theirs_html)
        and _titles(ours_html) == _titles(theirs_html)
    ):
        return _code_difference(body, ours_html, theirs_html) or _address_difference(theirs_html, addresses)
    # Read again with each block's lines: where to send the author.
    theirs_html = _github_html(body, _OPTIONS | Options.CMARK_OPT_SOURCEPOS)
    ours, ours_written, _ = _reading(ours_html)
    theirs, theirs_written, theirs_breaks = _reading(theirs_html)
    marks = ours == theirs
    if marks:
        # The same letters, in the same elements, but not the same marks in each: read again
        # with the marks, which the messages otherwise leave out ('| — |' is no word).
        ours, ours_written, _ = _reading(ours_html, marks)
        theirs, theirs_written, theirs_breaks = _reading(theirs_html, marks)
    if ours == theirs:  # the same reading after all (never seen): nothing to tell the author
        return None
    at = _parting(ours, theirs)
    if not marks:
        # Marks with no letters may part the readings sooner than the letters do ('--- | ---'
        # kept in a list item by one, a paragraph after the list by the other): told there.
        ours_marked, ours_marked_written, _ = _reading(ours_html, True)
        theirs_marked, theirs_marked_written, theirs_marked_breaks = _reading(theirs_html, True)
        at_marked = _parting(ours_marked, theirs_marked)
        if _elements_before(theirs_marked, at_marked) < _elements_before(theirs, at):
            marks, at = True, at_marked
            ours, ours_written = ours_marked, ours_marked_written
            theirs, theirs_written, theirs_breaks = theirs_marked, theirs_marked_written, theirs_marked_breaks
    if _items_text(ours) == _items_text(theirs):
        # Only paragraphs of list items differ: the first is the site's ("close") or GitHub's.
        spacing = "close" if at < len(ours) and ours[at][:2] == ("", "p") else "spaced"
        return Difference(_line(theirs, theirs_written, at, lists_only=True)[0], "", "", spacing)
    line, block = _line(theirs, theirs_written, at, lists_only=False)
    github, site = _doing(theirs, theirs_written, at, "shows", "ends"), _doing(ours, ours_written, at, "show", "end")
    if block is not None and block < at and all(name in _INLINE for kind, name, _ in theirs[block + 1 : at] if kind != _WORDS):
        # The lines the block's text has run over before ``at``: in runs of words, and in
        # runs with no letters (between '**a**' and '**b**' on the next line).
        line += sum(text.count("\n") for text, (kind, _, _) in zip(theirs_written[block + 1 : at], theirs[block + 1 : at]) if kind == _WORDS)
        line += sum(theirs_breaks[block + 1 : at + 1])
    if at < min(len(ours), len(theirs)) and ours[at][0] == theirs[at][0] == _WORDS:
        # Where the words part: shown from a few words before, on the line it is on.
        shared = len(os.path.commonprefix([ours[at][1], theirs[at][1]]))
        theirs_words, ours_words = theirs_written[at].replace("&quot;", '"'), ours_written[at].replace("&quot;", '"')
        github, site = f"shows {_excerpt(theirs_words, shared, marks)}", f"show {_excerpt(ours_words, shared, marks)}"
        if block is not None:
            line += theirs_words.count("\n", 0, _position(theirs_words, shared, marks))
        # The same words up to where one reader has an element ("See", then a link): named too.
        if ours[at][1].startswith(theirs[at][1]):
            github += f", then {_noun(theirs, _next_opened(theirs, at + 1))}"
        elif theirs[at][1].startswith(ours[at][1]):
            site += f", then {_noun(ours, _next_opened(ours, at + 1))}"
    return Difference(line, github, site, None)


def _parting(ours: list[Element], theirs: list[Element]) -> int:
    """The index of the first element where two readings part (the shorter's length if one
    goes on where the other ends)."""
    return next((i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b), min(len(ours), len(theirs)))


def _elements_before(elements: list[Element], at: int) -> int:
    """How many elements, words aside, come before ``at``: where a reading is, in terms that
    a reading with marks and one without share."""
    return sum(1 for end, _, _ in elements[:at] if end != _WORDS)


_CODE = re.compile(r"<code\b[^>]*>(.*?)</code>", re.DOTALL)


def _code_difference(body: str, ours_html: str, theirs_html: str) -> Difference | None:
    """Where a piece of code, in a line or a block, keeps other spaces or tabs on GitHub than
    on the site, the rest the same: the comparison of the words leaves spaces out, and code
    shows every one (helper-249: a code span's line written on without its list item's
    indent, a lazy line, keeps its spaces on GitHub; a tab after a quotation's '>' in a code
    block is spaces there)."""
    if "<code" not in theirs_html:
        return None
    ours, theirs = _CODE.findall(ours_html), list(_CODE.finditer(theirs_html))
    if ours == [found.group(1) for found in theirs]:
        return None
    for mine, found in zip(ours, theirs):
        mine, its = html_module.unescape(mine).rstrip("\n"), html_module.unescape(found.group(1)).rstrip("\n")
        if mine != its:
            block = theirs_html.rfind("<pre", 0, found.start()) > theirs_html.rfind("</pre>", 0, found.start())
            # Its line: where a span's backtick and first words are, or a block's first line (a word
            # alone was found in other words first: 'git' in 'digital', the review of the change).
            first = its.split("\n")[0].strip() if block else "`" + " ".join(its.split()[:1])
            line = next((number for number, text in enumerate(body.split("\n"), 1) if first.strip("`") and first in text), 1)
            return Difference(line, f"shows the code as '{_printable(clipped(its, 60))}'", f"show '{_printable(clipped(mine, 60))}'", None, code="block" if block else "span")
    return None


def _address_difference(theirs_html: str, addresses: Sequence[Address]) -> Difference | None:
    """The first link or picture whose address GitHub's preview reads otherwise than the site,
    of two readings with the same elements: compared decoded, as a browser follows it
    ('%C3%A9' is 'é'), so that only what goes elsewhere differs, not how it is written."""
    theirs = [(name, _as_followed(html_module.unescape(address))) for name, address in _ADDRESS.findall(theirs_html)] if "<a" in theirs_html or "<img" in theirs_html else []
    for (line, name, address), (their_name, their_address) in zip(addresses, theirs):
        ours = _as_followed(address)
        if (name, ours) != (their_name, their_address):
            github, site = ("links to", "link to") if name == "a" else ("shows the picture at", "show the picture at")
            return Difference(line + 1, f"{github} '{_printable(their_address)}'", f"{site} '{_printable(ours)}'", None, address=True)
    return None


def _as_followed(address: str) -> str:
    """``address`` percent-decoded, each name in punycode in its own letters, and its host in
    lower case, as a browser asks for it ('MÜNCHEN.DE' is 'münchen.de')."""
    decoded = unquote(address)
    decoded = _PUNYCODE.sub(lambda found: unicode_host(found.group()), decoded) if "-" in decoded else decoded
    return with_host_lowered(decoded)


def _titles(html: str) -> list[bytes]:
    """The characters of each link's and image's hover text, then of each image's
    description, spaces aside, in order."""
    titles = [_hover_characters(title) for title in _TITLE.findall(html)] if ' title="' in html else []
    return titles + [_hover_characters(alt) for alt in _ALT.findall(html)] if "<img" in html else titles


def _hover_characters(title: str) -> bytes:
    """A hover text as shown, without its spaces (a line end in it, and the indent after,
    are each reader's own): its letters, and its marks too."""
    return "".join(html_module.unescape(title).split()).encode()


def _flat(html: str) -> bytes:
    """The letters, digits and marks of ``html``'s text, with a mark where each element
    compared starts or ends."""
    return _letters(_ANY_TAG.sub("", _ELEMENT_TAG.sub("\x01", html)), marks=True)


def _letters(text: str, marks: bool = False) -> bytes:
    """The letters and digits of text in HTML (``&amp;`` is "amp" on both sides), and with
    ``marks`` the ASCII marks no typography changes ('*', ')', '|')."""
    return _UNCOMPARED.sub(b"", text.replace("&quot;", "").encode()).translate(None, _NOT_SHOWN if marks else _NOT_LETTERS)


Element = tuple[str, str, str]  # "/" for an end or "", the name, a numbered list's start; or _WORDS, the words, ""


def _reading(html: str, marks: bool = False) -> tuple[list[Element], list[str], list[int]]:
    """What a reader of ``html`` meets, in order: each element compared, and the words
    between them (one run where an element not compared splits them); and each as written
    (its tag, or its text). With ``marks``, the words are their marks too."""
    elements: list[Element] = []
    written: list[str] = []
    words: list[str] = []  # the run of text being read, in pieces
    breaks: list[int] = []  # line ends in the text read before each element (and in no run kept)
    skipped = 0  # line ends in runs of text with no letters, since the last element kept
    for found in _PART.finditer(html):
        end, name, start = found.groups()
        if name is None:
            if not found.group().startswith("<"):
                words.append(found.group())
            continue
        skipped = _end_words(words, elements, written, breaks, skipped, marks)
        if name in ("a", "img") and not end:
            # Two links differ by their hover text too, two images by their descriptions.
            title, alt = _TITLE_IN_TAG.search(found.group()), _ALT_IN_TAG.search(found.group())
            shown = [_hover_characters(found.group(1)).decode() if found else "" for found in (title, alt)]
            start = "\n".join(shown) if any(shown) else ""
        elements.append((end, name, start or ""))
        written.append(found.group())
        breaks.append(skipped)
        skipped = 0
    _end_words(words, elements, written, breaks, skipped, marks)
    return elements, written, breaks


def _end_words(words: list[str], elements: list[Element], written: list[str], breaks: list[int], skipped: int, marks: bool) -> int:
    text = "".join(words)
    words.clear()
    if letters := _letters(text, marks):
        elements.append((_WORDS, letters.decode(), ""))
        written.append(text)
        breaks.append(skipped)  # the run's own line ends are counted up to where it parts
        return 0
    return skipped + text.count("\n")


def _items_text(elements: list[Element]) -> list[Element]:
    """The elements without the paragraphs that are a list item's own: what is left when a
    list is shown close together ("tight"), as it is when spaced out."""
    kept: list[Element] = []
    opened: list[tuple[str, bool]] = []  # each open element, and whether it is left out
    for element in elements:
        end, name, _ = element
        if end == "/":
            left_out = bool(opened) and opened.pop()[1]
        elif end == _WORDS or name in _EMPTY:
            left_out = False
        else:
            left_out = name == "p" and bool(opened) and opened[-1][0] == "li"
            opened.append((name, left_out))
        if not left_out:
            kept.append(element)
    return kept


def _line(elements: list[Element], written: list[str], at: int, lists_only: bool) -> tuple[int, int | None]:
    """The body line of the innermost block GitHub has open at ``at`` (or of the innermost
    list), and that block's index: where the author is sent. With none open (GitHub's
    reading has ended where the site's goes on), the last line GitHub shows."""
    opened: list[tuple[str, int, int]] = []
    last = 1
    for index, (end, name, _) in enumerate(elements[: at + 1]):
        lines = _LINES.search(written[index]) if end != _WORDS else None
        if lines and int(lines.group(2)):
            last = max(last, int(lines.group(2)))
        if end == "/":
            if opened:
                opened.pop()
        elif end != _WORDS and (name not in _EMPTY or index == at):
            opened.append((name, int(lines.group(1)) if lines else 0, index))
    wanted = [(line, index) for name, line, index in opened if line and (not lists_only or name in ("ul", "ol"))]
    blocks = [block for block in opened if block[0] not in _INLINE]  # a link or bold has no lines of its own
    if blocks and not blocks[-1][1] and not lists_only:
        # The innermost block has no place in GitHub's reading (a paragraph it made again from
        # link definitions, 'data-sourcepos="0:0-0:0"'): the first block after it that has one
        # is nearer than any block around it.
        after = next((int(found.group(1)) for text in written[at + 1 :] if (found := _LINES.search(text)) and int(found.group(1))), 0)
        if after > last:
            return after, None
    return wanted[-1] if wanted else (last, None)


_WORD = re.compile(r"\S*\w\S*")


def _position(written: str, letters: int, marks: bool = False) -> int:
    """Where in ``written`` (text as HTML, '&quot;' written '"') the letter or digit after
    the first ``letters`` is, as :func:`_letters` counts them (with ``marks`` or not): where
    the readings part. Its end when there is none. Found by halves: each count is of a
    prefix, at C speed."""
    low, high = 0, len(written)
    while low < high:  # the shortest prefix holding more than ``letters``, less one
        middle = (low + high) // 2
        if len(_letters(written[: middle + 1], marks).decode()) > letters:
            high = middle
        else:
            low = middle + 1
    return low


def _excerpt(written: str, letters: int, marks: bool = False) -> str:
    """The words of ``written`` (text as HTML, '&quot;' written '"') from the third last
    word before the readings part (after ``letters`` letters and digits they share), 40
    characters at most."""
    starts = [found.start() for found in _WORD.finditer(written, 0, _position(written, letters, marks))] if letters else []
    start = starts[-3] if len(starts) >= 3 else 0
    text = html_module.unescape(" ".join(written[start:].split()))
    # A character the terminal would not show (a control character from '&#1;') by its number.
    text = _printable(text)
    shown = text[:40].rstrip() + ("…" if len(text) > 40 else "")
    return f"the words '{'…' if start else ''}{shown}'"


def _printable(text: str) -> str:
    """``text`` with each character a terminal would not show (a control character from
    '&#1;') written as its number."""
    return "".join(char if char.isprintable() else f"U+{ord(char):04X}" for char in text)


def _next_opened(elements: list[Element], at: int) -> int:
    """The first element from ``at`` that is not an end ("a table", not "the end of a
    paragraph")."""
    return next((i for i in range(at, len(elements)) if elements[i][0] != "/"), len(elements))


def _noun(elements: list[Element], at: int) -> str:
    """The element at ``at`` ("a numbered list from 3"), or "nothing more"."""
    if at >= len(elements):
        return "nothing more"
    end, name, start = elements[at]
    if end == _WORDS:
        return "words"
    noun = "a heading" if name[0] == "h" and name[1:].isdigit() else _NAMES[name]
    return f"{noun} from {start}" if name == "ol" and start and start != "1" else noun


def _doing(elements: list[Element], written: list[str], at: int, shows: str, ends: str) -> str:
    """What a reader does at ``at``: "shows a code block", "ends the list item"."""
    if at < len(elements) and elements[at][0] == "/":
        return f"{ends} the {_noun(elements, at).removeprefix('an ').removeprefix('a ')}"
    if at < len(elements) and elements[at][0] == _WORDS:
        return f"{shows} {_excerpt(written[at], 0)}"
    if at < len(elements) and elements[at][1] in ("a", "img"):
        title = _TITLE_IN_TAG.search(written[at])
        hover = f"with the hover text '{' '.join(html_module.unescape(title.group(1)).split())}'" if title else "with no hover text"
        alt = _ALT_IN_TAG.search(written[at])
        described = f" described as '{_printable(' '.join(html_module.unescape(alt.group(1)).split()))}'" if alt else ""
        return f"{shows} {_NAMES[elements[at][1]]}{described} {hover}"
    return f"{shows} {_noun(elements, at)}"

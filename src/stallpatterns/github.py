"""GitHub's own reading of a pattern's body, compared with the site's.

Authors preview a pattern in its pull request, where GitHub renders the file with
cmark-gfm. The site reads the body once, with markdown-it (:mod:`stallpatterns.body`),
and the checks in :mod:`stallpatterns.rules` name each corner where the two readers are
known to part, with its own fix. This is the wall behind them: the elements of the body
the site would publish (paragraphs, lists and their items, quotations, headings, code,
tables, rules, and within the text emphasis, links, images, code and breaks) and the words
between them are compared, in order, with those cmark-gfm makes of the same body. Where
they part, the pattern is not published, and the author is told the line and what each
reader makes of it. What GitHub previews is then what the site shows, even in a corner
nobody has met yet.

The words are compared by their letters and digits: the site's typography (curly quotes,
dashes, the ellipsis) differs from GitHub's on purpose, and so may the spaces in code, of
which the checks warn.
"""

from __future__ import annotations

import html as html_module
import re
from dataclasses import dataclass

import cmarkgfm
from cmarkgfm.cmark import Options

# GitHub's Markdown as its preview has it (tables, strikethrough, bare addresses, task
# lists, footnotes), raw HTML left out: the checks refuse HTML before this is asked.
_OPTIONS = Options.CMARK_OPT_FOOTNOTES

_COMPARED = "p|ul|ol|li|blockquote|h[1-6]|pre|code|table|thead|tbody|tr|th|td|hr|em|strong|del|a|img|br|input|sup|section"
# An element compared (its end too), and a numbered list's first number. Both readers
# write the start first, and escape every '<' of text, so no attribute is read past it.
_ELEMENT = re.compile(rf'<(/?)({_COMPARED})\b(?: start="(\d+)")?')
_COMPARED_NAME = re.compile(f"(?:{_COMPARED})")
_ELEMENT_TAG = re.compile(rf"</?(?:{_COMPARED})\b[^>]*>")
_ANY_TAG = re.compile(r"<[^>]*>")
# Not compared in the words: the quotes, dashes and ellipsis the site's typography makes of
# GitHub's straight ones, '&quot;' (GitHub's '"'), every space (a cell's no-break space at
# its end is GitHub's alone, and shows as nothing) and every ASCII mark. Left out of UTF-8
# bytes, which costs next to nothing.
_SPACES = "\u0085\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
_UNCOMPARED = re.compile(b"|".join(mark.encode() for mark in "‘’“”–—…" + _SPACES))
_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalnum() and c != 1)
# A tag (a comment too), or text up to the next.
_PART = re.compile(r'<(/?)([a-z][a-z0-9]*)(?: start="(\d+)")?[^>]*>|<[^>]*>|[^<]+')
# The "#" link the site adds to each heading (GitHub draws its own on hover).
_HEADING_LINK = re.compile(r'<a class="anchor"[^>]*>[^<]*</a>')
# The line a block starts on, in its tag (0 where cmark-gfm does not know it).
_LINE = re.compile(r'\sdata-sourcepos="(\d+):')
# Elements with no end.
_EMPTY = frozenset({"hr", "br", "img", "input"})
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
    where they do, what each shows there, and whether only a list's spacing differs."""

    line: int
    github: str
    site: str
    spacing: str | None  # "close" when GitHub shows the list's items close together, "spaced" when apart

    @property
    def message(self) -> str:
        if self.spacing == "close":
            return "GitHub's preview shows this list's items close together, the site would put space between them"
        if self.spacing == "spaced":
            return "GitHub's preview puts space between this list's items, the site would show them close together"
        return f"GitHub's preview and the site read these lines differently: GitHub shows {self.github}, where the site would show {self.site}"

    @property
    def hint(self) -> str:
        if self.spacing == "close":
            return "write the list without blank lines between its items, and keep link definitions and horizontal rules out of it"
        if self.spacing == "spaced":
            return "put a blank line between every two items of the list"
        return (
            "write these lines more plainly, so that both read them alike: a blank line before and after each list, "
            "quotation, code block and table, and link definitions at the end of the file, outside any list or quotation"
        )


def first_difference(body: str, html: str) -> Difference | None:
    """Where cmark-gfm's reading of ``body`` parts from ``html``, the site's rendering of the
    same body; None when they have the same elements, in the same order, with the same words
    between them."""
    ours_html = _HEADING_LINK.sub("", html)
    theirs_html = cmarkgfm.github_flavored_markdown_to_html(body, options=_OPTIONS)
    if _ELEMENT.findall(ours_html) == _ELEMENT.findall(theirs_html) and _flat(ours_html) == _flat(theirs_html):
        return None
    # Read again with each block's line: where to send the author.
    theirs_html = cmarkgfm.github_flavored_markdown_to_html(body, options=_OPTIONS | Options.CMARK_OPT_SOURCEPOS)
    ours, ours_written = _reading(ours_html)
    theirs, theirs_written = _reading(theirs_html)
    if ours == theirs:  # the same reading after all (never seen): nothing to tell the author
        return None
    at = next((i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b), min(len(ours), len(theirs)))
    spacing = None
    if _items_text(ours) == _items_text(theirs):
        spacing = "close" if len(ours) > len(theirs) else "spaced"
    line = _line(theirs, theirs_written, at, lists_only=spacing is not None)
    github, site = _named(theirs, theirs_written, at), _named(ours, ours_written, at)
    if at < min(len(ours), len(theirs)) and ours[at][0] == theirs[at][0] == _WORDS:
        # The same words up to where one reader has an element ("See", then a link): named too.
        if ours[at][1].startswith(theirs[at][1]):
            github += f", then {_named(theirs, theirs_written, at + 1)}"
        elif theirs[at][1].startswith(ours[at][1]):
            site += f", then {_named(ours, ours_written, at + 1)}"
    return Difference(line, github, site, spacing)


def _flat(html: str) -> bytes:
    """The letters and digits of ``html``'s text, with a mark where each element compared
    starts or ends."""
    return _letters(_ANY_TAG.sub("", _ELEMENT_TAG.sub("\x01", html)))


def _letters(text: str) -> bytes:
    """The letters and digits of text in HTML (``&amp;`` is "amp" on both sides)."""
    return _UNCOMPARED.sub(b"", text.replace("&quot;", "").encode()).translate(None, _NOT_LETTERS)


Element = tuple[str, str, str]  # "/" for an end or "", the name, a numbered list's start; or _WORDS, the words, ""


def _reading(html: str) -> tuple[list[Element], list[str]]:
    """What a reader of ``html`` meets, in order: each element compared, and the words
    between them (one run where an element not compared splits them); and each as written
    (its tag, or its text)."""
    elements: list[Element] = []
    written: list[str] = []
    for found in _PART.finditer(html):
        end, name, start = found.groups()
        if name is None and found.group().startswith("<"):
            continue
        if name is None:
            words = _letters(found.group()).decode()
            if not words:
                continue
            if elements and elements[-1][0] == _WORDS:
                elements[-1] = (_WORDS, elements[-1][1] + words, "")
                written[-1] += found.group()
                continue
            elements.append((_WORDS, words, ""))
        elif _COMPARED_NAME.fullmatch(name):
            elements.append((end, name, start or ""))
        else:
            continue
        written.append(found.group())
    return elements, written


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


def _line(elements: list[Element], written: list[str], at: int, lists_only: bool) -> int:
    """The body line of the innermost block GitHub has open at ``at`` (or of the innermost
    list): where the author is sent."""
    opened: list[tuple[str, int]] = []
    for index, (end, name, _) in enumerate(elements[: at + 1]):
        if end == "/":
            if opened:
                opened.pop()
        elif end != _WORDS and (name not in _EMPTY or index == at):
            start = _LINE.search(written[index])
            opened.append((name, int(start.group(1)) if start else 0))
    wanted = [line for name, line in opened if line and (not lists_only or name in ("ul", "ol"))]
    return wanted[-1] if wanted else 1


def _named(elements: list[Element], written: list[str], at: int) -> str:
    if at >= len(elements):
        return "nothing more"
    end, name, start = elements[at]
    if end == _WORDS:
        text = html_module.unescape(" ".join(written[at].split()))
        return f"the words '{text[:40]}…'" if len(text) > 40 else f"the words '{text}'"
    described = "a heading" if name[0] == "h" and name[1:].isdigit() else _NAMES[name]
    if start and start != "1":
        described += f" from {start}"
    return f"the end of {described}" if end else described

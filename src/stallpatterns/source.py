"""Read a pattern file: its front matter and body, with the source line of everything.

Reading never raises for bad input. It returns a :class:`Source` (or None when the file
cannot be read at all) and the diagnostics found on the way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from markdown_it.token import Token

from . import body as body_module
from . import frontmatter
from .diagnostics import AUTHOR_COMMAND, Diagnostic
from .frontmatter import Duplicate, Mapping, Node, Scalar
from .text import character_name, clipped, in_small_letters, is_plain, plain_forms, printable

_FENCE = "---"


class Heading(NamedTuple):
    level: int
    text: str
    line: int  # 1-based line in the file
    underlined: bool = False  # a setext heading: text over a line of '=' or '-'


class Block(NamedTuple):
    """A Markdown block: its kind, its source text and the lines it spans."""

    kind: str  # "heading", "html", "code" (fenced), "indented", "text", "list", "quote", "table", "rule"
    content: str
    line: int
    end_line: int


@dataclass(frozen=True)
class Source:
    path: Path
    display: str
    text: str  # BOM removed, line endings normalised to \n
    lines: tuple[str, ...]  # ``text`` split at \n: lines[n - 1] is file line n
    front_matter: Node | None  # None when empty or when its YAML could not be read
    front_matter_read: bool  # False after a YAML error (already reported by ``read``)
    duplicates: tuple[Duplicate, ...]
    fm_start: int  # the line of the first YAML line (the line after the opening ---)
    body: str
    body_start: int  # the file line of the body's first line
    headings: tuple[Heading, ...]  # the body's own headings, not those inside lists or quotes
    blocks: tuple[Block, ...]  # the body's top-level blocks
    tokens: tuple[Token, ...]  # the one parse of the body, which the rules check and the site renders
    line_count: int

    @cached_property
    def lowered(self) -> str:
        """The body in lower case: what a check looks in for a word at C speed, before it
        reads the body for what it looks for (most bodies hold none)."""
        return self.body.lower()

    @cached_property
    def shown(self) -> str:
        """The body's text as the page shows it, as the checks read each block (each on lines of
        its own): without the marks of emphasis, links or comments, which may part a word the page
        shows whole ('fr**ee**', '[fr](…)ee', 'fr<!-- -->ee': :func:`body.shown_of`), each character
        that is another's form as that one ('￡' is '£'), and code as it is typed. A quick look reads
        it for the words its check's expressions read: a word that only the page shows is found so too."""
        shown = "\n".join(
            body_module.shown_of(token) if token.children is not None else token.content
            for token in self.tokens
            if token.type in ("inline", "fence", "code_block")
        )
        return plain_forms(shown)

    @cached_property
    def shown_small(self) -> str:
        """:attr:`shown` in small letters, as a case-blind expression reads it (:func:`in_small_letters`):
        what the quick looks of several checks read, worked out once for them all."""
        return in_small_letters(self.shown)

    @cached_property
    def shown_words(self) -> str:
        """:attr:`shown_small` with each run of spaces (a line's end too) as one space: its words, as
        the quick looks that read for words parted by any spaces read them (once for them all)."""
        return " ".join(self.shown_small.split())

    @cached_property
    def plain(self) -> bool:
        """Whether the text holds no character that the checks of characters report
        (:func:`stallpatterns.text.is_plain`): worked out once for the three of them."""
        return is_plain(self.text)


def written_title(source: Source | None) -> str | None:
    """The title the front matter gives, as written, if it gives one (before any check of it)."""
    node = source.front_matter if source else None
    if isinstance(node, Mapping):
        for entry in node.entries:
            if entry.key == "title" and isinstance(entry.value, Scalar):
                return entry.value.value or None
    return None


# What a word processor makes of '---': an em dash, an en dash, or a run of them.
_DASH_ALIKES = frozenset("\u2014\u2013\u2012\u2015\u2212-")


def _dash_alike(line: str) -> bool:
    """A line of dashes, one at least not a hyphen ('—', '–––')."""
    dashes = set(line.strip())
    return bool(dashes) and dashes <= _DASH_ALIKES and dashes != {"-"}


def _wide_encoding(data: bytes) -> str | None:
    """'UTF-16' or 'UTF-32' for text saved so, with or without its byte order mark (its
    ASCII letters each followed or led by NUL bytes)."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    sample = data[:400]
    if len(sample) >= 8 and sample[1::4].count(0) + sample[2::4].count(0) >= len(sample) // 2 and sample[3::4].count(0) >= len(sample) // 5:
        return "UTF-32"
    if len(sample) >= 4 and (sample[1::2].count(0) >= len(sample) * 2 // 5 or sample[0::2].count(0) >= len(sample) * 2 // 5):
        return "UTF-16"
    return None


# Every row of a table has as many cells as its header: a table of k columns and k rows of
# one cell each is k*k cells, read, rendered and compared with GitHub's reading (a 2 kB
# file of 400 columns took 4 CPU seconds). A reader's table is far narrower.
MOST_TABLE_COLUMNS = 12
_DELIMITER_CELL = re.compile(r"\s*:?-+:?\s*")
_CONTAINER_MARKS = re.compile(r"(?:[ \t]*>)*[ \t]*(?:[-+*][ \t]+|\d{1,9}[.)][ \t]+)?")


def _widest_table(lines: list[str], start: int) -> tuple[int, int] | None:
    """The first line (1-based) from ``start`` that is a table's delimiter row of more than
    :data:`MOST_TABLE_COLUMNS` columns, and its count; None if there is none. Read before
    the body is: each line is looked at whole only if it has that many pipes."""
    for index in range(start, len(lines)):
        line = lines[index]
        if line.count("|") < MOST_TABLE_COLUMNS or "-" not in line:
            continue
        row = _CONTAINER_MARKS.sub("", line, 1).strip()  # in a quote or a list item too
        cells = row.removeprefix("|").removesuffix("|").split("|")
        if len(cells) > MOST_TABLE_COLUMNS and all(_DELIMITER_CELL.fullmatch(cell) for cell in cells):
            return index + 1, len(cells)
    return None


# A line meant to close front matter that does not: indented, escaped, or with more on it.
_NEAR_FENCE = re.compile(r"(?:[ \t]+\\?|\\)---[ \t]*|[ \t]*\\?---[ \t]+\S.*")


def _place(data: bytes, at: int) -> tuple[int, int]:
    """The line and column (1-based, in characters) of the byte at ``at``, as an editor
    shows them: lines end in CRLF, LF or a CR alone (an old Mac's), and a BOM is no column."""
    before = data[:at].removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    start = before.rfind(b"\n") + 1
    return before.count(b"\n") + 1, len(before[start:].decode("utf-8", "replace")) + 1


def read(path: Path, display: str, max_bytes: int, data: bytes | None = None) -> tuple[Source | None, list[Diagnostic]]:
    """Read and parse one pattern file. ``data`` replaces reading the file (for tests)."""

    def problem(code: str, message: str, line: int = 1, column: int = 1, hint: str | None = None) -> list[Diagnostic]:
        return [Diagnostic(display, line, column, code, message, hint)]

    if data is None:
        try:
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as error:
            return None, problem("unreadable", f"cannot read the file: {error.strerror or error}")
    if len(data) > max_bytes:
        return None, problem(
            "file-too-large",
            f"file is larger than {max_bytes:,} bytes",
            hint="a pattern is a short article; is this the right file?",
        )
    if not data.removeprefix(b"\xef\xbb\xbf").strip():  # a BOM alone is empty too
        return None, problem(
            "empty-file",
            "file is empty",
            hint=f'start from a scaffold: {AUTHOR_COMMAND} new "Title" --category ID',
        )
    if (encoding := _wide_encoding(data)) is not None:
        return None, problem(
            "not-utf8",
            f"file is {encoding} text, not UTF-8",
            hint="save the file as UTF-8 (most editors offer it under 'Save with encoding')",
        )
    if b"\x00" in data:
        line, _ = _place(data, data.index(b"\x00"))
        return None, problem(
            "binary-file",
            "file is not text, as a pattern's Markdown is: it holds a character no text has (NUL, byte 0), as a Word document, a PDF or a picture does",
            line,
            hint="if it is a pattern, copy its text into a new file in a plain-text editor and save that as UTF-8",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _place(data, error.start)
        byte = data[error.start]
        # Windows' Notepad and Word ('Plain text') save in Windows-1252: “ ” ‘ ’ – — £ € … are
        # one byte each. An old Mac program saves in Mac OS Roman, whose bytes for the same
        # marks (0xD0 to 0xD5) are letters in Windows-1252 ('Õ' for ’): told as Windows', its
        # file, resaved so, published 'the teamÕs'.
        encoding, named = ("mac_roman", "Mac OS Roman, as TextEdit or an old Mac program saves it") if _saved_on_a_mac(data) else ("cp1252", "Windows' Western")
        try:
            meant = bytes([byte]).decode(encoding)
        except UnicodeDecodeError:
            meant = ""
        seen = f": the file was saved in an older encoding ({named}), in which it is {meant}" if meant.isprintable() and meant.strip() else ""
        return None, problem(
            "not-utf8",
            f"byte 0x{byte:02x} is not valid UTF-8{seen}",
            line,
            column,
            hint="save the file as UTF-8 (most editors offer it under 'Save with encoding'; in TextEdit: Format, Make Plain Text, then "
            "Save with Plain Text Encoding: Unicode (UTF-8); in Notepad: Save As, then Encoding: UTF-8)",
        )
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")

    # Two versions of the file in one: every other check would read them as one, and say so
    # at each line the second version repeats. The conflict is told, and only it.
    if conflicts := _merge_conflicts(lines):
        return None, [Diagnostic(display, line, 1, "merge-conflict", message, hint) for line, message, hint in conflicts]

    if lines[0].rstrip() != _FENCE:
        first = lines[0].strip()
        before = lines[0].rstrip().removesuffix(_FENCE)  # what is before '---': a space is seen, not named
        if before != lines[0].rstrip() and all(c.isspace() or c in "\ufeff\u200b\u2060" for c in before):
            typed = before.strip(" \t") == ""  # spaces or tabs, which an editor shows
            what = ("a tab" if "\t" in before else "a space") if typed else character_name(before.lstrip(" ")[0])
            return None, problem(
                "front-matter-missing",
                f"the first line has {what} before its '---', so it is not read as the start of front matter",
                hint="delete what is before '---' on the first line: '---' starts the file"
                if typed
                else "delete the invisible character before '---' (in most editors, retype the line)",
            )
        if _dash_alike(first):
            return None, problem(
                "front-matter-missing",
                f"the first line is '{first}', a dash a word processor made of '---', so the file does not start with front matter",
                hint="write three hyphens: --- (on the line that ends the front matter too)",
            )
        if (slip := _first_line_slip(lines)) is not None:
            return None, problem("front-matter-missing", slip[0], hint=slip[1])
        return None, problem(
            "front-matter-missing",
            "file does not start with front matter",
            hint="the first line must be '---', followed by title, summary, category, signs and published, then '---'",
        )
    closing = next((i for i in range(1, len(lines)) if lines[i].rstrip() in (_FENCE, "...")), None)
    if closing is None and (dashed := next((i for i in range(1, len(lines)) if _dash_alike(lines[i])), None)):
        return None, problem(
            "front-matter-unclosed",
            f"front matter is never closed: line {dashed + 1} is '{lines[dashed].strip()}', a dash a word processor made of '---'",
            dashed + 1,
            1,
            hint="write the line as '---'",
        )
    if closing is None:
        # A line where the fence belongs, before the first heading, written otherwise: with
        # more dashes (or a dash short); or as another line across the page ('- - -', '***',
        # '___'), which, told to add '---' after it, the author made a list item of YAML's.
        heading = _first_heading(lines, len(lines) - 1)
        above_heading = range(1, heading - 1 if heading else len(lines))
        for alike, said in (
            (_DASHES_NOT_THREE, lambda written: f"has {len(written)} dashes, where its closing line has three"),
            (_RULE_ALIKE, lambda written: f"is '{written}', where its closing line is '---', three hyphens together"),
        ):
            if (at := next((i for i in above_heading if alike.fullmatch(lines[i].strip())), None)) is not None:
                return None, problem(
                    "front-matter-unclosed", f"front matter is never closed: line {at + 1} {said(lines[at].strip())}", at + 1, 1, hint="write the line as '---'"
                )
        # '  ---' (indented), '--- end' (more on its line), '\---' (a document's export escapes it).
        near = next((i for i in above_heading if _NEAR_FENCE.fullmatch(lines[i])), None)
        if near is not None:
            return None, problem(
                "front-matter-unclosed",
                f"front matter is never closed: line {near + 1}, '{printable(lines[near].rstrip())}', is not read as its closing line, "
                "which is '---' alone, at the start of the line",
                near + 1,
                1,
                hint="write the line as '---'",
            )
        return None, _unclosed(lines, heading, problem)
    diagnostics: list[Diagnostic] = []
    if lines[closing].rstrip() == "..." and closing + 1 < len(lines) and lines[closing + 1].rstrip() == _FENCE:
        # '...' then '---': YAML's end of a document, then the closing line an author knows.
        diagnostics += problem(
            "front-matter-cut",
            "this '...' ends the front matter, so the '---' below it would be published as a line across the page",
            closing + 1,
            1,
            hint="delete this line: the front matter ends at the '---' below it",
        )
        closing += 1
    if (fenced := _fence_in_front_matter(lines, closing)) is not None:
        return None, diagnostics + problem("yaml-syntax", fenced[1], fenced[0], 1, hint=fenced[2])
    yaml_text = "\n".join(lines[1:closing])
    try:
        node, duplicates = frontmatter.parse(yaml_text)
    except frontmatter.FrontMatterError as error:
        heading = _first_heading(lines, closing)
        if heading is not None and heading < error.line + 1:
            # The closing '---' is missing and a later '---' in the body was taken for it.
            return None, _unclosed(lines, heading, problem)
        for found in (error, *_more_syntax_errors(yaml_text, error)):
            diagnostics += problem(found.code, found.message, found.line + 1, found.column, found.hint)
        node, duplicates = None, []

    body_start = closing + 2
    if (wide := _widest_table(lines, closing + 1)) is not None:
        at, columns = wide
        return None, diagnostics + problem(
            "table-too-wide",
            f"this table has {columns} columns: the site shows tables of at most {MOST_TABLE_COLUMNS}, which a phone's screen can hold",
            at,
            hint="split it into narrower tables, or write it as a list",
        )
    body = "\n".join(lines[closing + 1 :])
    tokens = tuple(body_module.parse(body))
    headings, blocks = _structure(tokens, body.split("\n"), body_start - 1)
    source = Source(
        path=path,
        display=display,
        text=text,
        lines=tuple(lines),
        front_matter=node,
        front_matter_read=not diagnostics,
        duplicates=tuple(duplicates),
        fm_start=2,
        body=body,
        body_start=body_start,
        headings=headings,
        blocks=blocks,
        tokens=tokens,
        line_count=len(lines) - (lines[-1] == ""),  # a final newline starts no line
    )
    return source, diagnostics


_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+\S")


_CONFLICT_START = re.compile(r"<{7}(?: (.*))?")
_CONFLICT_BASE = re.compile(r"\|{7}(?: .*)?")
_CONFLICT_MIDDLE = "=" * 7
_CONFLICT_END = re.compile(r">{7}(?: (.*))?")
_CONFLICT_FIRST = frozenset("<|=>")  # the first character of each marker above


# Mac OS Roman's bytes for “ ” ‘ ’ – — …, which Windows-1252 reads as letters (Ò Ó Ô Õ Ð Ñ É).
_MAC_MARKS = frozenset(b"\xd0\xd1\xd2\xd3\xd4\xd5\xc9")


def _saved_on_a_mac(data: bytes) -> bool:
    """Whether a file that is not UTF-8 reads as Mac OS Roman rather than Windows-1252: its
    typographic marks are Mac's bytes, and none of Windows' own (0x80 to 0x9F) is there."""
    high = [b for b in data[:100_000] if b >= 0x80]
    return bool(high) and not any(0x80 <= b < 0xA0 for b in high) and 2 * sum(b in _MAC_MARKS for b in high) >= len(high)


def _merge_conflicts(lines: list[str]) -> list[tuple[int, str, str]]:
    """Each merge conflict git left in the file, as (line, message, hint): a whole one
    ('<<<<<<<', '=======', '>>>>>>>', with diff3's '|||||||' if there) once, at its first
    line; and the markers left alone once a side was kept, all told once, together.
    ('=======' alone under a line of text makes it a heading, which the checks of headings
    tell; in front matter it is never a heading's line.)"""
    front_matter = next((i for i in range(1, len(lines)) if lines[i].rstrip() == _FENCE), 0) if lines[0].rstrip() == _FENCE else 1
    markers: list[tuple[int, str]] = []  # (index, one of '<', '|', '=', '>'), in the file's order
    for index, line in enumerate(lines):
        if line[:1] not in _CONFLICT_FIRST:
            continue  # most lines: one look at their first character
        line = line.rstrip()
        if _CONFLICT_START.fullmatch(line):
            markers.append((index, "<"))
        elif _CONFLICT_BASE.fullmatch(line):
            markers.append((index, "|"))
        elif _CONFLICT_END.fullmatch(line):
            markers.append((index, ">"))
        elif line == _CONFLICT_MIDDLE:
            markers.append((index, "="))
    found: list[tuple[int, str, str]] = []
    left: list[int] = []
    left_set: set[int] = set()  # the same, looked up: a file may be thousands of such lines
    at = 0
    while at < len(markers):
        kinds = "".join(kind for _, kind in markers[at : at + 4])
        whole = 4 if kinds.startswith("<|=>") else 3 if kinds.startswith("<=>") else 0
        if whole:
            start, *between, end = (index for index, _ in markers[at : at + whole])
            base, middle = (between[0], between[1]) if whole == 4 else (between[0], between[0])
            ours = _CONFLICT_START.fullmatch(lines[start].rstrip()).group(1) or ""  # type: ignore[union-attr]
            theirs = _CONFLICT_END.fullmatch(lines[end].rstrip()).group(1) or ""  # type: ignore[union-attr]
            deleted = [start, middle, end] if base == middle else [start, *range(base, middle + 1), end]
            shown = [f"'{printable(clipped(lines[i].rstrip(), 40))}'" for i in (start, middle, end)]
            found.append((
                start + 1,
                f"a merge conflict is left in the file: {_version(start + 2, base, 'one', ours)}, "
                f"{_version(middle + 2, end, 'the other', theirs)}",
                f"keep the version you want (or join the two), delete the other, and delete {_numbers(deleted)} "
                f"(the lines {_numbers(shown, lines=False)}{' and what is between the first two of them' if base != middle else ''})",
            ))
            at += whole
            continue
        index, kind = markers[at]
        if kind != "=" or index < front_matter or not lines[index - 1].strip() or index - 1 in left_set:
            left.append(index)
            left_set.add(index)
        at += 1
    if left:
        # What is left of one conflict once a side was kept by hand: told once, every line named
        # (of a file of thousands, the first few, and how many more).
        more = len(left) - _MARKERS_NAMED
        if more > 0:
            found.append((
                left[0] + 1,
                f"{len(left)} lines git wrote to mark merge conflicts are left in the file (lines {left[0] + 1} to {left[-1] + 1})",
                "delete each line that is only '<<<<<<<', '=======', '>>>>>>>' or '|||||||' (with a name after it), "
                "and check that the lines near them say each thing once",
            ))
            return found
        said = _numbers([f"'{printable(clipped(lines[i].rstrip(), 40))}'" for i in left], lines=False)
        found.append((
            left[0] + 1,
            f"{said} {'is a line' if len(left) == 1 else 'are lines'} git wrote to mark a merge conflict, left in the file"
            + ("" if len(left) == 1 else f" ({_numbers(left)})"),
            f"delete {'this line' if len(left) == 1 else _numbers(left)}, and check that the lines near "
            f"{'it' if len(left) == 1 else 'them'} say each thing once",
        ))
    return found


_MARKERS_NAMED = 12
"""The most leftover conflict markers an error names one by one."""


def _version(first: int, last: int, which: str, name: str) -> str:
    """One side of a merge conflict, lines ``first`` to ``last`` (1-based), as a clause."""
    named = f"{which} version ({printable(clipped(name, 40))})" if name else f"{which} version"
    if last < first:
        return f"{named} is empty"
    return f"line {first} is {named}" if first == last else f"lines {first} to {last} are {named}"


def _numbers(items: Sequence[object], lines: bool = True) -> str:
    """'line 4', 'lines 4 and 6', 'lines 4, 6 and 9' (0-based indexes shown 1-based), or the items as they are."""
    said = [str(i + 1) if lines and isinstance(i, int) else str(i) for i in items]
    joined = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return (("line " if len(said) == 1 else "lines ") + joined) if lines else joined


def _first_line_slip(lines: list[str]) -> tuple[str, str] | None:
    """(message, hint) for a first line that nearly opens front matter: blank lines before
    the '---', a line of more or fewer dashes, '---' with more on its line, or TOML's '+++'."""
    first = lines[0].strip()
    if not first:
        ahead = next((i for i, line in enumerate(lines[:20]) if line.strip()), None)
        if ahead is not None and lines[ahead].rstrip() == _FENCE:
            return f"the file starts with {ahead} blank line{'s' if ahead > 1 else ''}, so the '---' on line {ahead + 1} does not open front matter", "delete the blank lines before '---': it must be the very first line"
        return None
    if re.fullmatch(r"-{2}|-{4,}", first):
        # The line that closes the keys is often typed the same way: both are said at once.
        heading = next((i for i, line in enumerate(lines) if _is_heading(line)), len(lines))
        dashes = next((i for i in range(1, heading) if re.fullmatch(r"-{2,}", lines[i].strip())), None)
        also = f", and line {dashes + 1} too" if dashes is not None and lines[dashes].rstrip() != _FENCE else ""
        return f"the first line has {len(first)} dashes; front matter opens with exactly three", f"write the first line as '---'{also}"
    if first.startswith(_FENCE) and first[3:4] != "-":
        return f"the first line is '{first[:40]}': front matter opens with '---' alone on its line", "delete what follows '---' on the first line (a comment can go on a line of its own: # …)"
    if first == "+++":
        return "the file starts with '+++', TOML front matter, which is not read here", "write the keys as YAML between two '---' lines: title: …, summary: …, and so on"
    # Lines above the front matter: an assistant's 'Here is your pattern:', or the
    # '```markdown' it wraps a whole draft in. The '---' and a key below it are there.
    opening = next(
        (i for i in range(1, min(len(lines) - 1, _LINES_BEFORE_FRONT_MATTER + 1)) if lines[i].rstrip() == _FENCE and _is_contract_key(lines[i + 1])),
        None,
    )
    if opening is not None:
        above = "line 1" if opening == 1 else "lines 1 and 2" if opening == 2 else f"lines 1 to {opening}"
        opened = next((found for line in lines[:opening] if (found := re.match(r"[ \t]*(`{3,}|~{3,})", line))), None)
        fence, marker = (opened.string.strip(), opened.group(1)) if opened else (None, "")
        # The line that closes it, as written: after the front matter, or at the end of the file.
        closer = next((n + 1 for n in range(opening + 1, len(lines)) if lines[n].strip() == marker), None) if marker else None
        closing = f", and line {closer} ('{marker}'), which closes the code block" if closer else ""
        if fence is not None and fence == first:
            return (
                f"the file starts with '{clipped(printable(first))}', which opens a code block around the text below it "
                f"(as a chat assistant's answer has), so the '---' on line {opening + 1} does not open front matter",
                f"delete {above}{closing}: '---' must be the very first line",
            )
        return (
            f"the file starts with '{clipped(printable(first))}', above the '---' on line {opening + 1}, "
            "so it does not open front matter: that '---' must be the very first line",
            f"delete {above}{closing}",
        )
    if (opened := _CODE_FENCE.fullmatch(lines[0])) is not None and len(lines) > 1 and _is_contract_key(lines[1]):
        # '```yaml' where '---' belongs, as front matter is shown in a document or a chat
        # answer: its closing '```' is where the other '---' belongs.
        heading = next((i for i, line in enumerate(lines) if _is_heading(line)), len(lines))
        closer = next((n for n in range(1, heading) if lines[n].strip() == opened.group(1)), None)
        also = f", and line {closer + 1} ('{opened.group(1)}') as '---' too" if closer is not None else ""
        last = next((n for n in range(len(lines) - 1, 0, -1) if lines[n].strip()), None)
        if closer is None and last is not None and lines[last].strip() == opened.group(1):
            # A chat answer's '```markdown' around the whole file, its '---' dropped: the end goes too.
            also = f", and delete line {last + 1} ('{opened.group(1)}'), which closes the code block"
        return (
            f"the file starts with '{clipped(printable(first))}', which opens a code block, where the '---' that opens front matter belongs",
            f"write line 1 as '---'{also}",
        )
    if _KEY_START.match(lines[0]):
        # The '---' that closes the keys may be there already: only the first line is missing.
        heading = next((i for i, line in enumerate(lines) if _is_heading(line)), len(lines))
        closed = any(line.rstrip() == _FENCE for line in lines[1:heading])
        return (
            f"the file starts with '{clipped(printable(first))}' without the '---' line that opens front matter",
            "add a line '---' above it" if closed else "add a line '---' above it, and another after the last key, before the first '## ' heading",
        )
    if first.startswith("{"):
        return "the file starts with '{', front matter written as JSON, which is not read here", "write them between two '---' lines, one key on each line, without quotes or braces: title: …, summary: …, and so on"
    return None


_LINES_BEFORE_FRONT_MATTER = 20
# A line that opens or closes a code block: '```', '```yaml', '~~~'.
_CODE_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})[^`]*")
# The start of a line 'key: …' (or 'key:' alone) as front matter has it.
_KEY_START = re.compile(r"[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)")


def _fence_in_front_matter(lines: list[str], closing: int) -> tuple[int, str, str] | None:
    """(line, message, hint) for a code block's '```yaml' inside the front matter, as a
    document or chat answer shows it: YAML's own complaint about its backticks had the
    author quote the line, which left a line no key could be read from."""
    found = next(((n, fence) for n in range(1, closing) if (fence := _CODE_FENCE.fullmatch(lines[n])) is not None), None)
    if found is None:
        return None
    opening, marker = found[0], found[1].group(1)
    # The line that closes it, inside the front matter or just after its '---'.
    closer = next((n for n in range(opening + 1, min(len(lines), closing + 3)) if n != closing and lines[n].strip() == marker), None)
    also = f", and line {closer + 1} ('{marker}'), which closes the code block" if closer is not None else ""
    return (
        opening + 1,
        f"'{clipped(printable(lines[opening].strip()))}' opens a code block, which front matter does not have: YAML cannot read the keys with it",
        f"delete this line{also}: the keys go straight between the two '---' lines",
    )


def _is_contract_key(line: str) -> bool:
    """Whether ``line`` starts with one of the contract's keys ('title: …'): front matter,
    not a rule over a line of text such as 'Source: …'."""
    return _KEY_START.match(line) is not None and line.split(":", 1)[0].strip().lower() in frontmatter.CONTRACT_KEYS


# A line of the front matter: a key, or a line indented under one (a list's item, a value
# carried on), or a list's item at the margin.
_FRONT_MATTER_LINE = re.compile(r"[A-Za-z_][\w-]*[ \t]*:|[ \t]+\S|-[ \t]")


_DASHES_NOT_THREE = re.compile(r"-{2}|-{4,}")
# A line across the page written otherwise than '---': hyphens with spaces between, stars, underscores.
_RULE_ALIKE = re.compile(r"-(?:[ \t]+-){2,}|\*(?:[ \t]*\*){2,}|_(?:[ \t]*_){2,}")


def _unclosed(lines: list[str], heading: int | None, problem: Callable[..., list[Diagnostic]]) -> list[Diagnostic]:
    """Front matter without its closing '---', told where the line belongs: after its last
    key's lines, the first line that is none (a blank line, a heading, text), before the
    first heading. The rest of the file is not read until it is there."""
    last = 0
    for index in range(1, heading - 1 if heading else len(lines)):
        if _FRONT_MATTER_LINE.match(lines[index]):
            last = index
        elif lines[index].startswith("#"):
            continue  # a comment, as the scaffold's: the keys may go on below it
        elif lines[index].strip():
            break
    if last == 0:
        return problem("front-matter-unclosed", "front matter is never closed", hint="add a line '---' after the last front-matter key")
    shown = printable(clipped(lines[last].strip(), 40))
    before = f", before the heading on line {heading}" if heading else ""
    return problem(
        "front-matter-unclosed",
        f"front matter is never closed: its last line is line {last + 1}, '{shown}', and no '---' follows it",
        last + 2,
        1,
        hint=f"add a line '---' here, after line {last + 1}{before}; the rest of the file is checked once it is there",
    )


_MOST_SYNTAX_ERRORS = 8


def _more_syntax_errors(yaml_text: str, first: frontmatter.FrontMatterError) -> list[frontmatter.FrontMatterError]:
    """The front matter's other mistakes of YAML's, after ``first``: each read with the lines
    of the mistakes before it set aside (made comments, so that lines keep their numbers).
    One at a time, four slips took an author four runs. A key's line is set aside with all
    below it up to the next key, an item's or a value's with the lines that go on from it;
    a mistake on a line set aside, or just below one, ends the search: it is one that
    setting lines aside made, none of the author's. A tab's error names every tabbed line
    already. In the order of the lines."""
    if first.code == "yaml-tab":
        return []
    lines = yaml_text.split("\n")
    found: list[frontmatter.FrontMatterError] = []
    aside: set[int] = set()
    error = first
    while len(found) < _MOST_SYNTAX_ERRORS - 1 and 0 < error.line <= len(lines):
        at = error.line - 1
        depth = len(lines[at]) - len(lines[at].lstrip())
        aside.add(at)
        while at + 1 < len(lines) and (not lines[at + 1].strip() or len(lines[at + 1]) - len(lines[at + 1].lstrip()) > depth):
            at += 1
            aside.add(at)
        for number in aside:
            lines[number] = "#"
        try:
            frontmatter.parse("\n".join(lines))
        except frontmatter.FrontMatterError as after:
            if after.code == "yaml-tab" or not 0 < after.line <= len(lines) or {after.line - 1, after.line - 2} & aside:
                break
            found.append(after)
            error = after
            continue
        break
    return sorted(found, key=lambda e: (e.line, e.column))


def _first_heading(lines: list[str], closing: int) -> int | None:
    """The file line of the first Markdown heading (## Text) among the front-matter lines."""
    for index in range(1, closing):
        if _is_heading(lines[index]):
            return index + 1
    return None


def _is_heading(line: str) -> bool:
    """Whether a line is a Markdown heading (## Text). A YAML comment is '# text' too (the
    scaffold's front matter has some), so only two or more '#' count as a heading."""
    return line.startswith("##") and _MARKDOWN_HEADING.match(line) is not None


_KINDS = {
    "fence": "code",
    "code_block": "indented",
    "html_block": "html",
    "paragraph_open": "text",
    "bullet_list_open": "list",
    "ordered_list_open": "list",
    "blockquote_open": "quote",
    "table_open": "table",
    "hr": "rule",
}


def _structure(tokens: tuple[Token, ...], lines: list[str], offset: int) -> tuple[tuple[Heading, ...], tuple[Block, ...]]:
    """The body's top-level headings and blocks, with file line numbers.

    A heading inside a list item or a quote is part of that block, never a section.
    """
    headings: list[Heading] = []
    blocks: list[Block] = []
    for index, token in enumerate(tokens):
        if token.level != 0 or token.map is None or token.nesting == -1:
            continue
        line, end = token.map[0] + 1 + offset, token.map[1] + offset
        if token.type == "heading_open":
            text = tokens[index + 1].content.strip()
            headings.append(Heading(int(token.tag[1]), text, line, token.markup in ("=", "-")))
            blocks.append(Block("heading", text, line, end))
        elif token.type in _KINDS:
            if token.type in ("fence", "code_block", "html_block"):
                content = token.content
            elif token.type == "paragraph_open":
                content = tokens[index + 1].content
            else:
                content = "\n".join(lines[token.map[0] : token.map[1]])
            blocks.append(Block(_KINDS[token.type], content, line, end))
    return tuple(headings), tuple(blocks)

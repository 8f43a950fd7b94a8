"""Front matter as a tree of positioned values, parsed strictly.

Every scalar stays text (no YAML 1.1 surprises: ``no`` is the word "no", ``1:20`` is
not 80); types come from the contract, not from YAML. Duplicate keys, aliases (the
"billion laughs" bomb) and complex keys are reported, never expanded or overwritten.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple, NoReturn

import yaml

from .text import (
    MOST_STACKED_MARKS,
    OBSIDIAN_COMMENT,
    TYPOGRAPHIC_SPACES,
    character_name,
    clipped,
    has_hidden_character,
    is_hidden_character,
    mixed_alphabet_words,
    replaced,
    stacked_marks_at,
)

try:  # libyaml's parser when present; the pure-Python one otherwise
    from yaml.cyaml import CParser as _Parser  # type: ignore[attr-defined]  # untyped in types-PyYAML
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]


class Scalar(NamedTuple):
    value: str
    line: int
    column: int
    plain: bool  # written without quotes


class Sequence(NamedTuple):
    items: tuple[Node, ...]
    line: int
    column: int
    flow: bool = False  # written in brackets, '[a, b]', where each comma starts an item


class Entry(NamedTuple):
    key: str
    key_line: int
    key_column: int
    value: Node


class Mapping(NamedTuple):
    entries: tuple[Entry, ...]
    line: int
    column: int


Node = Scalar | Sequence | Mapping


def scalars(node: Node | None) -> Iterator[Scalar]:
    """Every value in the front matter, as YAML reads it, however deep."""
    if isinstance(node, Scalar):
        yield node
    elif isinstance(node, Mapping):
        for entry in node.entries:
            yield from scalars(entry.value)
    elif isinstance(node, Sequence):
        for item in node.items:
            yield from scalars(item)


# A tag of YAML's own, as written: '!!str ', '!!int '.
_YAML_TYPE = re.compile(r"!![a-z]+\s+(?=\S)")


class FrontMatterError(Exception):
    """A problem in the YAML itself, at a 1-based line and column of the front matter."""

    def __init__(self, message: str, line: int, column: int, hint: str | None = None, code: str = "yaml-syntax"):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint
        self.code = code


class Duplicate(NamedTuple):
    key: str
    line: int
    column: int
    first_line: int


def parse(text: str) -> tuple[Node | None, list[Duplicate]]:
    """Parse one YAML document. Lines are 1-based within ``text``.

    Returns the root node (None for an empty document) and any duplicate keys found.
    Raises FrontMatterError for syntax errors, aliases, multiple documents or tags.
    """
    _check_characters(text)
    _check_scaffold_notes(text)
    # YAML also breaks lines at U+0085, U+2028 and U+2029; the file's lines are split
    # at \n only, so make them spaces (values fold whitespace anyway) to keep lines true.
    text = replaced(text, _EXTRA_BREAKS)
    duplicates: list[Duplicate] = []
    try:
        root = _Composer(_events(text), duplicates, text.split("\n")).document()
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, text) from None
    except yaml.YAMLError:  # errors without a position: the reader's own words are no help to an author
        raise FrontMatterError(_UNREADABLE, 1, 1, hint=_ANY_LINE) from None
    return root, duplicates


_EXTRA_BREAKS = (("\x85", " "), ("\u2028", " "), ("\u2029", " "))
# Characters YAML refuses anywhere in a stream (its "printable" set, inverted).
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_MAX_DEPTH = 20
"""Front matter is two levels deep (a key holding a list); far deeper is a mistake."""


SUMMARY_NOTE = "One or two plain sentences"
SIGNS_NOTE = "observable signs a reader could tick"
RELATED_NOTE = "Optional: slugs of related patterns"
"""How the scaffold's notes on its keys start (:mod:`stallpatterns.scaffold` writes them as comments)."""
_SCAFFOLD_NOTE = re.compile(
    rf"(?m)^[ \t]*(?:{re.escape(SUMMARY_NOTE)} \(|\d{{1,3}} to \d{{1,3}} {re.escape(SIGNS_NOTE)}|{re.escape(RELATED_NOTE)})"
)


def _check_scaffold_notes(text: str) -> None:
    """A note of the scaffold's whose '#' was deleted: YAML reads it as a key, or as more of
    the value above it, and each was told so (one hint joined it to 'category', which then
    named no category). It is the scaffold's note, to delete."""
    found = _SCAFFOLD_NOTE.search(text)
    if found is None:
        return
    line = text.count("\n", 0, found.start()) + 1
    below = next((key.group(1) for rest in text[found.end() :].split("\n")[1:] if (key := _KEY_ALONE.match(rest)) is not None), None)
    raise FrontMatterError(
        f"this line is the note 'python3 scripts/dev.py new' wrote{f' on {below!r}' if below else ''}, without the '#' that made it a comment, "
        "so YAML reads it as part of the front matter",
        line,
        1,
        hint="delete this line (or put '# ' back at its start)",
        code="scaffold-guidance",
    )


def _check_characters(text: str) -> None:
    found = _NOT_PRINTABLE.search(text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
        raise FrontMatterError(
            f"control character U+{ord(found.group()):04X} in front matter",
            line,
            column,
            hint="delete it: it is invisible in most editors, so retype the text around it",
            code="yaml-character",
        )


def _check_escaped(value: str, line: int, column: int, written: str) -> None:
    """Refuse a character that a double-quoted value's escape (``\\a``, ``\\u202e``, ``\\0``)
    made and that the file itself may not hold: a character that shows as nothing
    (:func:`stallpatterns.text.is_hidden_character`: a control, an invisible format
    character, a private-use or unassigned one, a variation selector...), half of a
    surrogate pair, which no page can be written with, or a character YAML itself refuses
    in a file (U+FFFE, U+FFFF), which no feed may hold. And the checks that read the file
    for look-alike letters and piled-up accents read what an escape made too: in the file,
    ``"The \\u0455ponsor"`` (a Cyrillic s) is plain ASCII."""
    if not has_hidden_character(value):
        if not value.isascii() and any(ord(char) > 127 and char not in written for char in value):
            _check_escaped_letters(value, line, column)
        return  # the common case, at once
    for char in value:
        if is_hidden_character(char) and char not in written:  # typed, it is the file's own (leftovers.check_invisible)
            raise FrontMatterError(
                f"an escape in this quoted value makes the invisible character {character_name(char)}",
                line,
                column,
                hint="delete the escape (a backslash and what follows it) from the value; if the backslash belongs to the "
                "text (a Windows folder, 'C:\\reports'), put the whole value in single quotes instead of double ones",
                code="yaml-character",
            )


# A backslash in double quotes starts an escape: '\\n' is a line break, '\\t' a tab, '\\_' a
# no-break space. An author who quotes a path ("Saved in C:\\new\\team") gets neither the
# backslash nor the letter, and the page shows 'C: ew eam': nothing else reports these, as
# what they make is visible (escapes that make an invisible character are _check_escaped's).
_ESCAPE = re.compile(r"\\(?:\\|([nt\t_ /]))")
# What each of those escapes makes, which shows as a space or as a character of its own.
_ESCAPE_MAKES = {"n": "a line break", "t": "a tab", "\t": "a tab", "_": "a no-break space", " ": "a space", "/": "a slash"}


def _check_spacing_escapes(written: str, line: int, column: int, lines: list[str]) -> None:
    """Refuse an escape that makes a visible character ('\\n', '\\t', '\\_', '\\ ', '\\/') in a
    double-quoted value, where the author most likely meant the backslash."""
    for found in _ESCAPE.finditer(written):
        if found.group(1):
            made = _ESCAPE_MAKES[found.group(1)]
            shown = "\\" + ("t" if found.group(1) == "\t" else found.group(1))
            raise FrontMatterError(
                f"'{shown}' in a value between double quotes is not kept as typed: YAML reads a backslash there "
                f"as the start of a code, and '{shown}' as {made}, so the backslash and the letter are lost",
                line,
                column,
                hint=_backslash_hint(lines, line),
                code="yaml-escape",
            )


_APOSTROPHE_ESCAPED = re.compile("\\\\['\u2018\u2019]")


def _apostrophe_escaped(lines: list[str], line: int) -> FrontMatterError | None:
    """A value in quotes with an apostrophe after a backslash, as a programmer keeps one in a
    string ('Nobody\\'s sponsor'), which YAML does not read so, between quotes of either kind:
    told to write the apostrophe alone (the authors' round of the fifty-fourth session: told to
    quote the value again, with the backslash, which was published)."""
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    found = _ITEM_VALUE.match(source) or _VALUE_START.match(source)
    if found is None or len(value := found.group(2)) < 2 or value[0] not in "'\"" or value[-1] != value[0] or _APOSTROPHE_ESCAPED.search(value) is None:
        return None
    lead = found.group(1)
    lead = lead.rstrip() if lead.lstrip().startswith("-") else lead.strip()
    meant = _APOSTROPHE_ESCAPED.sub(lambda escaped: escaped.group()[1:], value[1:-1])
    if value[0] == "'":
        meant = meant.replace("''", "'")
    else:
        # Its other codes as YAML reads them ('caf\\u00e9', 'C:\\\\AI'), for the line the hint writes to
        # say what the author's did (the review of the change: the hint published them as typed).
        try:
            meant = yaml.safe_load(f'"{meant}"')
        except yaml.YAMLError:
            return None
        if not isinstance(meant, str):
            return None
    return FrontMatterError(
        "a backslash before an apostrophe does not keep it in a value between quotes: YAML reads the backslash as "
        + ("text, and the apostrophe as the end of the value" if value[0] == "'" else "the start of a code it does not know"),
        line,
        _value_column(source),
        hint=f"delete the backslash: an apostrophe needs none between double quotes, so the line reads: {lead} {quoted(meant)}",
        code="yaml-escape",
    )


def _backslash_hint(lines: list[str], line: int) -> str:
    """Write the value in single quotes, where a backslash is a backslash."""
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    found = _VALUE_START.match(source)
    value = found.group(2) if found else ""
    if not (len(value) >= 2 and value[0] == value[-1] == '"'):
        return "for a backslash, put the whole value in single quotes ('...') instead of double ones, or write two backslashes (\\\\)"
    lead = found.group(1) if found else ""
    lead = lead.rstrip() if lead.lstrip().startswith("-") else lead.strip()
    inner = value[1:-1].replace('\\"', '"').replace("'", "''")
    return f"for a backslash, put the whole value in single quotes, where YAML keeps every character: {lead} '{inner}'"


def _check_escaped_letters(value: str, line: int, column: int) -> None:
    """What the checks refuse when typed into the file ('mixed-alphabets', 'stacked-marks'),
    made by escapes in a quoted value."""
    for _, word in mixed_alphabet_words(value):
        raise FrontMatterError(
            f"an escape in this quoted value makes '{word}', which mixes letters of look-alike alphabets: "
            "it reads as a word it is not",
            line,
            column,
            hint="delete the escape (a backslash and what follows it) and retype the word on an ordinary keyboard",
            code="yaml-character",
        )
    if stacked_marks_at(value) is not None:
        raise FrontMatterError(
            f"escapes in this quoted value make more than {MOST_STACKED_MARKS} accents or other marks on one character: "
            "they are drawn over the lines around it",
            line,
            column,
            hint="delete the escapes; for a letter with an accent, type the letter itself (é)",
            code="yaml-character",
        )


def _events(text: str) -> Iterator[yaml.Event]:
    """YAML parse events, nothing constructed: no value is ever given a YAML 1.1 type."""
    parser = _Parser(text)
    try:
        while (event := parser.get_event()) is not None:
            yield event
    finally:
        parser.dispose()


class _Composer:
    def __init__(self, events: Iterator[yaml.Event], duplicates: list[Duplicate], lines: list[str]) -> None:
        self.events = events
        self.duplicates = duplicates
        self.lines = lines
        self.depth = 0
        self.in_list = 0  # how many lists the node being read is in

    def next(self) -> yaml.Event:
        return next(self.events)

    def document(self) -> Node | None:
        self.next()  # StreamStart
        event = self.next()
        if isinstance(event, yaml.StreamEndEvent):
            return None
        root = self.node(self.next())
        self.next()  # DocumentEnd
        event = self.next()
        if not isinstance(event, yaml.StreamEndEvent):
            line, column = _position(event)
            raise FrontMatterError(
                "front matter holds more than one YAML document",
                line,
                column,
                hint="remove the extra '---' or '...' line inside the front matter",
            )
        return root

    def node(self, event: yaml.Event) -> Node:
        line, column = _position(event)
        if isinstance(event, yaml.AliasEvent):
            raise FrontMatterError(
                "a value cannot start with '*' unquoted: YAML reads '*' and the word after it as a reference to another value",
                line,
                column,
                hint=_bold_hint(self.lines, line) or _quote_hint(self.lines, line, column),
                code="yaml-alias",
            )
        # A leading '&name' (an anchor) or '!name' (a tag, even a bare '!') would be taken
        # away from the author's text without a sound: refuse both, and say how to keep them.
        # (An anchor on a list or a group of keys loses nothing; an alias to it is refused.)
        scalar = isinstance(event, yaml.ScalarEvent)
        anchor, tag = getattr(event, "anchor", None) if scalar else None, getattr(event, "tag", None)
        if anchor is not None or tag is not None:
            mark = "&" if anchor is not None else "!"
            read = f"{mark}{(anchor or tag or '').lstrip('!')}"
            hint = _quote_hint(self.lines, line, column)
            written = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
            if mark == "!" and (typed := _YAML_TYPE.match(written, column - 1)) is not None:
                # ('category: !!str governance': YAML's own note of a value's kind, which quoted became
                # part of the value, refused in turn as no category: helper-246.)
                read = typed.group().rstrip()
                hint = f"delete '{read}', YAML's own note of the value's kind: {written[: column - 1]}{written[typed.end() :]}".rstrip()
            raise FrontMatterError(
                f"a value cannot start with '{mark}' unquoted: YAML reads '{read}' as " + _MEANINGS[mark] + ", and drops it from the text",
                line,
                column,
                hint=hint,
                code="yaml-anchor" if mark == "&" else "yaml-tag",
            )
        if isinstance(event, yaml.ScalarEvent):
            if not event.style:
                self.comment_after(event)
                if self.in_list:
                    self.no_item_joined(event)
            elif event.style == '"':
                written = self.written(event)
                _check_spacing_escapes(written, line, column, self.lines)
                _check_escaped(event.value, line, column, written)
            return Scalar(event.value, line, column, plain=not event.style)
        if not isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):  # pragma: no cover
            raise FrontMatterError(f"unexpected YAML event {type(event).__name__}", line, column)
        if self.depth >= _MAX_DEPTH:
            raise FrontMatterError(_TOO_DEEP, line, column, hint=_FLAT)
        self.depth += 1
        try:
            if isinstance(event, yaml.SequenceStartEvent):
                items = []
                self.in_list += 1
                while not isinstance(item := self.next(), yaml.SequenceEndEvent):
                    items.append(self.node(item))
                self.in_list -= 1
                return Sequence(tuple(items), line, column, flow=bool(event.flow_style))
            return self.mapping(line, column)
        finally:
            self.depth -= 1

    def no_item_joined(self, event: yaml.ScalarEvent) -> None:
        """Refuse a line that starts like a list item but, indented further than the item
        above, YAML read as more of that item's text (three signs that count as two)."""
        start, end = event.start_mark, event.end_mark
        if start is None or end is None or end.line == start.line:
            return
        for number in range(start.line + 1, min(end.line, len(self.lines) - 1) + 1):
            if _ITEM_START.match(self.lines[number]):
                above = self.lines[start.line]
                opener = above[: start.column].rstrip()
                if opener.endswith(("[", "{")) or (opener.endswith(",") and _FLOW_OPENS.search(opener)):
                    # '- [a-slug' with no ']': the bracket, not the indentation, runs the lines together.
                    self.unclosed_flow(start.line + 1, above, opener)
                # As the item above is indented, which may be not at all ('- One sign'): the
                # hint is what makes this line one more item like it.
                indent = len(above) - len(above.lstrip(" "))
                raise FrontMatterError(
                    "this line starts like a list item, but it is indented further than the item above, so YAML "
                    "reads it as more of that item's text",
                    number + 1,
                    1,
                    hint=f"indent it as the items above: {_SPACES.get(indent, f'{indent} spaces')}, then '- '",
                )

    def unclosed_flow(self, line: int, text: str, opener: str) -> NoReturn:
        """A '[' (or '{') that no ']' closes, before an item's text: YAML reads on into the
        lines below, and would say the next item is indented wrongly, which it is not."""
        found = _FLOW_OPENS.search(opener)
        mark = found.group(0) if found else opener[-1]
        at = text.index(mark, len(text) - len(text.lstrip()))
        rest = text[at + 1 :].strip().rstrip(",")
        lead = text[:at].rstrip()
        raise FrontMatterError(
            f"the '{mark}' before this item's text opens a list that no '{']' if mark == '[' else '}'}' closes, "
            "so YAML reads the lines below it as more of this one",
            line,
            at + 1,
            hint=f"delete the '{mark}': write the line as {lead} {rest}" if rest else f"delete the '{mark}'",
        )

    def written(self, event: yaml.ScalarEvent) -> str:
        """The scalar as the file holds it, quotes and escapes and all."""
        start, end = event.start_mark, event.end_mark
        if start is None or end is None:
            return ""
        if start.line == end.line:
            return self.lines[start.line][start.column : end.column] if start.line < len(self.lines) else ""
        return "\n".join([self.lines[start.line][start.column :], *self.lines[start.line + 1 : end.line], self.lines[end.line][: end.column] if end.line < len(self.lines) else ""])

    def comment_after(self, event: yaml.ScalarEvent) -> None:
        """Refuse a ' #' comment straight after an unquoted value: it cut the value short."""
        end = event.end_mark
        if end is None or end.line >= len(self.lines):
            return
        rest = self.lines[end.line][end.column :]
        if rest.lstrip(" \t").startswith("#"):
            column = end.column + len(rest) - len(rest.lstrip(" \t")) + 1
            kept = f"'{event.value}'" if event.value else "nothing"
            line = self.lines[end.line]
            noted = rest.lstrip(" \t")[1:2] in ("", " ", "\t")  # '# a note'; '#4312' or '#1' is part of the text
            if noted:
                # '# a note': a note, most likely (quoted, as told first once, it was published in
                # the title); after one word (a category, a date, a slug), surely.
                hint = f"move the comment to a line of its own, and keep: {line[: end.column].rstrip()}"
                if not event.value or " " in event.value:
                    hint += "; or, if the '#' is part of the text, " + _quote_hint(self.lines, end.line + 1, 1)
            else:
                hint = _quote_hint(self.lines, end.line + 1, 1) + "; or move a comment to a line of its own"
            raise FrontMatterError(
                "' #' starts a YAML comment, so this value ends before it: "
                f"the text from '#' on would be lost (the value read is {kept})",
                end.line + 1,
                column,
                hint=hint,
                code="yaml-comment",
            )

    def mapping(self, line: int, column: int) -> Mapping:
        entries: list[Entry] = []
        seen: dict[str, int] = {}
        while not isinstance(event := self.next(), yaml.MappingEndEvent):
            key = self.node(event)
            value = self.node(self.next())
            if not isinstance(key, Scalar):
                raise FrontMatterError(
                    "a key must be plain text", key.line, key.column, hint="write keys as `name: value`"
                )
            if key.value in seen:
                self.duplicates.append(Duplicate(key.value, key.line, key.column, seen[key.value]))
                continue
            seen[key.value] = key.line
            entries.append(Entry(key.value, key.line, key.column, value))
        return Mapping(tuple(entries), line, column)


def _position(event: yaml.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


_CODE_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))")


def _no_character(source: str, line: int) -> FrontMatterError | None:
    """A quoted value's escape of a code that is no character: half of one ('\\ud83d', as
    JSON writes one beyond the first 65,536 in two halves) or beyond Unicode. It was told to
    write the line as 'key: value', which it was; it is told the escape, and what to type."""
    for found in _CODE_ESCAPE.finditer(source):
        code = int(found.group(1) or found.group(2), 16)
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            break
    else:
        return None
    pair = _CODE_ESCAPE.match(source, found.end())
    low = int(pair.group(1), 16) if pair and pair.group(1) else 0
    if 0xD800 <= code <= 0xDBFF and 0xDC00 <= low <= 0xDFFF:
        meant = chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
        written = source[found.start() : pair.end()] if pair else found.group()
        hint = f"write the character itself in place of '{written}': {meant}"
        what = f"'{written}' writes {character_name(meant)} in two halves, as JSON does, which YAML cannot read"
    else:
        written = found.group()
        hint = f"delete '{written}', or type the character it was meant to be in its place"
        what = f"'{written}' is the code of {'half of a character' if code <= 0xDFFF else 'no character'}, which YAML cannot read"
    return FrontMatterError(what, line, found.start() + 1, hint=hint, code="yaml-character")


def _syntax_error(error: yaml.MarkedYAMLError, text: str) -> FrontMatterError:
    mark = error.problem_mark or error.context_mark
    problem = error.problem or "not valid YAML"
    no_colon = "could not find expected ':'" in problem and error.context_mark is not None
    at_end = "end of stream" in problem or (mark is not None and mark.index >= len(text.rstrip()))
    unclosed = at_end and not no_colon and error.context_mark is not None
    if no_colon or unclosed:
        # A line without 'key:' is noticed on the next line, and an unclosed quote or
        # bracket at the end: the line that opened the trouble is where it started.
        mark = error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    lines = text.split("\n")
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    if "invalid Unicode character escape" in problem and (escape := _no_character(source, line)) is not None:
        return escape
    tab = line if "\t" in _leading(source) else _tab_line(lines[:line])
    if tab and (tabbed := _TABBED_KEY.match(lines[tab - 1])):
        # Two spaces before a key would be an error of their own: a key starts its line.
        return FrontMatterError(
            "tab character in front matter indentation",
            tab,
            1,
            hint=f"delete what is before '{tabbed.group(1)}:': every key starts at the beginning of its line",
            code="yaml-tab",
        )
    if tab:
        # A list indented with tabs has one on every line: each is said here, not one a run.
        more = sum("\t" in _leading(text) for text in lines[tab:])
        return FrontMatterError(
            "tab character in front matter indentation",
            tab,
            1,
            hint="YAML indents with spaces only: "
            + ("replace the tab with two spaces" if "\t" in _indent(lines[tab - 1]) else "replace the tab after '-' with a space")
            + (f"; {more} more line{'s' if more > 1 else ''} below start{'' if more > 1 else 's'} with a tab too: do the same on each" if more else ""),
            code="yaml-tab",
        )
    if "exceeded maximum nesting depth" in problem:  # libyaml's own limit, met before ours
        return FrontMatterError(_TOO_DEEP, line, column, hint=_FLAT)
    directive = next((number for number, text in enumerate(lines[:line], 1) if text.startswith("%")), None)
    if directive and "expected <document start>" in problem:
        # '%YAML 1.2' at the top: YAML then wants a '---' before the keys.
        return FrontMatterError(
            "a line starting with '%' is a YAML directive, which front matter does not use: YAML cannot read the keys after it",
            directive,
            1,
            hint="delete this line: the front matter is only 'key: value' lines between the two '---' lines",
        )
    quote = _unclosed_quote_line(lines, line)
    if quote:
        opened = _OPENS_QUOTE.match(lines[quote - 1])
        if opened and opened.group(1) == "'" and not _ELIDED_START.match(opened.group(2)) and (closing := _close_the_quote(lines, quote)):
            # "title: 'The sponsor who moved on": a quote opened, and its end left out.
            return FrontMatterError("a quoted value is never closed on its line", quote, _value_column(lines[quote - 1]), hint=closing)
        if opened and opened.group(1) == "'":
            # ''Twas', ''90s': an apostrophe, meant as text, that YAML reads as a quote.
            return FrontMatterError(
                "a value cannot start with an apostrophe (') unquoted: YAML reads it as the start of a quoted part, which never ends",
                quote,
                _value_column(lines[quote - 1]),
                hint=_quote_hint(lines, quote),
            )
        return FrontMatterError(
            "a quoted value is never closed on its line",
            quote,
            _value_column(lines[quote - 1]),
            hint="end the value with the same quote mark it starts with",
        )
    slip = _typing_slip(lines, line)
    if slip:
        return slip
    if no_colon and (wrapped := _wrapped_value(lines, line)) is not None:
        return wrapped
    empty_list = _items_after_empty_list(lines, line, source)
    if empty_list:
        return FrontMatterError(
            f"list items under '{empty_list[1]}: []', which is an empty list",
            line,
            column,
            hint=f"delete the ' []' after '{empty_list[1]}:', so the items below belong to it",
            code="yaml-list",
        )
    for number in dict.fromkeys(n for n in (line, error.context_mark.line + 1 if error.context_mark else 0) if n):
        indicator = _starts_with_indicator(lines[number - 1]) if number <= len(lines) else None
        if indicator and not (unclosed and indicator in "[{\"'"):
            meaning = _MEANINGS.get(indicator, "YAML syntax")
            value = found.group(2) if (found := _VALUE_START.match(lines[number - 1])) else ""
            if indicator == '"' and len(value) > 4 and value.rstrip().endswith('"') and '""' in value.rstrip()[1:-1]:
                # '"…""another""…"', as a spreadsheet doubles a quote mark inside a quoted cell:
                # told to quote the whole again, the author published every mark of it.
                meant = value.rstrip()[1:-1].replace('""', '"')
                return FrontMatterError(
                    "two quote marks together (\"\") do not write one in YAML, as they do in a spreadsheet: the first of them ends the value",
                    number,
                    _value_column(lines[number - 1]) + value.index('""', 1),
                    hint=f"write it as: {found.group(1) if found else ''}{quoted(meant)}",
                )
            key = found.group(1).strip().rstrip(":").strip() if found else ""
            if indicator in "\"'" and key in LIST_KEYS and len(items := _QUOTED_ITEM.findall(value)) > 1:
                # 'also_known_as: "quiet steering group", "dormant steerco"': told to quote it
                # all, the author made one name of the list, which then must be a list.
                shown = " and ".join(f"'  - {next(filter(None, item), '')}'" for item in items[:3]) + (" and so on" if len(items) > 3 else "")
                return FrontMatterError(
                    f"'{key}' is a list, written one item a line, not as quoted items side by side: YAML reads the first quote mark as the start of one value",
                    number,
                    _value_column(lines[number - 1]),
                    hint=f"write '{key}:' alone, then each item on a line of its own below it: {shown}",
                )
            if indicator in "\"'" and len(value) > 2 and _wrapped_in_marks(value):
                # Quoted whole, as it should be, but a mark of the same kind inside ends it early.
                end = value.index(indicator, 1)
                return FrontMatterError(
                    f"a {indicator!r} inside a value quoted with {indicator!r} ends it: YAML reads {value[: end + 1]} and cannot read the rest",
                    number,
                    _value_column(lines[number - 1]),
                    hint=_quote_hint(lines, number, 1),
                )
            end = value.find("'", 1)
            if indicator == "'" and "\\'" in value and (apostrophe := _apostrophe_escaped(lines, number)) is not None:
                return apostrophe
            if indicator == "'" and not value.endswith("'") and not _ELIDED_START.match(value[1:]) and 0 < end < len(value) - 1 and value[end - 1].isalpha() and value[end + 1].isalpha():
                # "title: 'The sponsor's plan": a quote opened, never closed, and ended early by
                # the text's own apostrophe, inside a word. The hint quoted the opening mark as
                # text. ("'The pilot' that is judged" quotes words on purpose: kept, as before.)
                return FrontMatterError(
                    f"the quote that starts this value is ended by the apostrophe after '{value[1:end][-20:]}', so YAML cannot read the rest",
                    number,
                    _value_column(lines[number - 1]),
                    hint=_close_the_quote(lines, number),
                )
            if indicator == "%" and found and (comment := OBSIDIAN_COMMENT.match(value)) is not None:
                # An Obsidian comment first in the value: quoted, as the hint below says, it
                # would be published. What is meant is the rest.
                rest = value[comment.end() :].strip()
                return FrontMatterError(
                    f"the value starts with a comment in Obsidian's marks, '{clipped(comment.group(), 40)}', which YAML cannot read "
                    "there, and readers would see",
                    number,
                    _value_column(lines[number - 1]),
                    hint=f"delete the comment, so the line reads: {found.group(1)}{rest}" if rest else "delete the comment, and write the value after the key",
                )
            return FrontMatterError(
                f"a value cannot start with {indicator!r} unquoted: YAML reads it as {meaning}",
                number,
                _value_column(lines[number - 1]),
                hint=(_bullet_hint(lines, number) or _bold_hint(lines, number) if indicator == "*" else None) or _quote_hint(lines, number, 1),
            )
    if any(words in problem for words in _INDENT_PROBLEMS) and (shifted := _item_out_of_line(lines, line)) is not None:
        return shifted
    if (no_colon or any(words in problem for words in _INDENT_PROBLEMS)) and (wrapped := _item_wrapped(lines, line)) is not None:
        return wrapped
    hint = None
    if unclosed:
        hint = "a quote or bracket opened here is never closed" + _closing_quote_hint(lines, line)
    elif no_colon:
        hint = "each line is `key: value`, or a list item `  - text` under a key"
    elif "mapping values are not allowed" in problem and (keyless := _key_without_colon_above(lines, line)):
        return keyless
    elif "mapping values are not allowed" in problem and (joined := _keys_joined(lines, line)) is not None:
        return joined
    elif "mapping values are not allowed" in problem and (named := _ONE_NAME_VALUE.match(lines[line - 1] if 0 < line <= len(lines) else "")):
        # 'category: sponsorship: extra': quoted, as told below, it was no category either.
        hint = f"'{named.group(1)}' takes one name from its list, and nothing after it: {named.group(1)}: {named.group(2)}"
    elif "mapping values are not allowed" in problem:
        hint = "a value cannot hold ': ' or end with ':' unquoted; " + _quote_hint(lines, line, column, notes=True)
        if 0 < line <= len(lines) and (valued := _VALUE_START.match(lines[line - 1])) and (unlabelled := without_label(valued.group(1).strip(), valued.group(2))):
            hint = unlabelled  # 'summary: Summary: The…': quoted, as told before, the label was published
        # In a word processor's quote marks, the author thinks it quoted: say why it is not.
        value = found.group(2) if 0 < line <= len(lines) and (found := _VALUE_START.match(lines[line - 1])) else ""
        if len(value) > 2 and value[0] not in "\"'" and _wrapped_in_marks(value):
            hint = (
                f"a value cannot hold ': ' or end with ':' unquoted, and YAML does not read a word processor's "
                f"quote marks ({value[0]}…{value[-1]}) as quotes; " + _quote_hint(lines, line, column)
            )
    elif "expected <document start>" in problem and (keyless := _key_without_colon_above(lines, line)):
        # The first line, with a comment after it, is read as a text of its own.
        return keyless
    elif "expected <document start>" in problem and (first := _first_key_indented(lines)) is not None:
        number, spaces, key = first
        return FrontMatterError(
            f"'{key}:' is indented by {_SPACES.get(spaces, f'{spaces} spaces')}: the first key sets the margin, "
            "so the keys below it, at the start of their lines, are not read",
            number,
            1,
            hint=f"delete the spaces before '{key}:': every key starts at the start of its line",
        )
    elif "expected <block end>" in problem:
        hint = "check the indentation and that each line is `key: value` or `  - item`"
    elif "did not find expected key" in problem or "did not find expected '-'" in problem:
        hint = "check the indentation: keys start at the margin, list items with '  - '"
    elif ("escape character" in problem or "hexdecimal number" in problem) and (apostrophe := _apostrophe_escaped(lines, line)) is not None:
        return apostrophe
    elif "escape character" in problem or "hexdecimal number" in problem:
        return FrontMatterError(
            "a backslash in a value between double quotes starts a code (as '\\n' for a line break), and what follows "
            "this one is no code YAML knows, so it cannot read the value",
            line,
            _value_column(source) if _VALUE_START.match(source) else column,
            hint=_backslash_hint(lines, line),
            code="yaml-escape",
        )
    elif "found character" in problem and "`" in source:
        hint = "a value cannot start with a backtick; put the whole value in double quotes"
    elif "found undefined alias" in problem or "found character '*'" in problem:
        hint = "a value starting with '*' or '&' must be quoted"
    # Whatever YAML found, the author is told what to do at the line.
    return FrontMatterError(_in_plain_words(problem, error.context), line, column, hint=hint or _ANY_LINE)


# A key whose value is one name from a fixed list, with more after it: 'category: value: x'.
_ONE_NAME_VALUE = re.compile(r"(category):[ \t]+([A-Za-z][\w-]*)[ \t]*:")
_INDENT_PROBLEMS = ("did not find expected key", "did not find expected '-'", "expected <block end>")
_ITEM_INDENT = re.compile(r"( *)-(?: |$)")


def _item_out_of_line(lines: list[str], line: int) -> FrontMatterError | None:
    """A list item indented otherwise than the items above it ('  - One' then '- Two', or
    '    - One' then '  - Two'): told as that, with the indentation that makes it one more
    of them, where 'check the indentation' left the author to guess which was wrong."""
    found = _ITEM_INDENT.match(lines[line - 1]) if 0 < line <= len(lines) else None
    if found is None:
        return None
    first = None  # the indentation of the list's first item, which sets its margin
    items = 0
    for text in reversed(lines[: line - 1]):
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        if (item := _ITEM_INDENT.match(text)) is not None:
            first, items = len(item.group(1)), items + 1
        elif not text.startswith(" "):  # the key the list belongs to
            break
    indent = len(found.group(1))
    if first is None or first == indent:
        return None
    said = _SPACES.get(first, f"{first} spaces")
    # The items below it, written the same way, would each be the next error: said at once.
    more = 0
    for text in lines[line:]:
        if (item := _ITEM_INDENT.match(text)) is not None and len(item.group(1)) == indent:
            more += 1
        elif text.strip() and not text.startswith(" "):
            break
    also = f"; {'the item' if more == 1 else f'the {more} items'} below it too" if more else ""
    this = f"is indented by {_SPACES.get(indent, f'{indent} spaces')}" if indent else "is not indented"
    return FrontMatterError(
        f"this list item {this}, but the {'items above it are' if items > 1 else 'item above it is'} indented by {said}, "
        f"so YAML cannot read it as one more item of the same list",
        line,
        1,
        hint=f"indent it as the {'items' if items > 1 else 'item'} above: {said}, then '- '{also}",
    )


_TOO_DEEP = f"front matter is nested more than {_MAX_DEPTH} levels deep"
_FLAT = "front matter is flat: each key holds a value or a list of values"
_ANY_LINE = (
    "write this line as `key: value`, or as a list item `  - text` under a key; "
    "put a value that holds marks such as [ ] { } : # & * ! | > ' \" % @ ` in double quotes"
)


# What YAML's reader says, in words an author knows. Its own words ('mapping values are not
# allowed here') are jargon no author can act on: they are never shown.
_PLAIN = (
    (
        "mapping values are not allowed",
        "front matter cannot be read from here: this value holds ': ' (or ends with ':'), which reads as the start of "
        "another key, so the value must be in quotes",
    ),
    ("could not find expected ':'", "front matter cannot be read from here: this line is neither 'key: value' nor a list item '  - text'"),
    ("end of stream", "front matter cannot be read: it ends inside a quoted value or a bracket"),
    ("did not find expected key", "front matter cannot be read from here: this line is indented where a new key was expected"),
    ("did not find expected '-'", "front matter cannot be read from here: this list item is indented differently from the ones above it"),
    ("expected <block end>", "front matter cannot be read from here: this line is indented differently from the lines around it"),
)
_UNREADABLE = "front matter cannot be read from here: this line is not 'key: value', nor a list item '  - text' under a key"


def _first_key_indented(lines: list[str]) -> tuple[int, int, str] | None:
    """(its line, its spaces, the key) when the first line of front matter is a key with spaces before it."""
    number = next((n for n, text in enumerate(lines, 1) if text.strip() and not text.lstrip().startswith("#")), None)
    found = _INDENTED_KEY.match(lines[number - 1]) if number is not None else None
    return (number, len(found.group(1)), found.group(2)) if number is not None and found else None


def _in_plain_words(problem: str, context: str | None) -> str:
    """What went wrong, said plainly: what YAML's reader found, or that the front matter cannot be read from the line."""
    said = problem + (f", {context}" if context else "")
    return next((words for found, words in _PLAIN if found in said), _UNREADABLE)


_ITEM_START = re.compile(r"\s+- \S")
_SPACES = {0: "no spaces", 1: "one space", 2: "two spaces", 3: "three spaces", 4: "four spaces"}
_NO_SPACE = re.compile(r"([A-Za-z_][\w-]*):(?=[^\s/:])(.*)")
_INDENTED_KEY = re.compile(r"( +)([A-Za-z_][\w-]*):(?:\s|$)")
_TABBED_KEY = re.compile(r"[ \t]*\t[ \t]*([A-Za-z_][\w-]*):(?:\s|$)")
_KEY_WITH_VALUE = re.compile(r"[A-Za-z_][\w-]*:[ \t]+[^\s|>]")
_ITEM_MARK = re.compile(r"( *)- +\S")  # a list's item with its text, and the spaces before its '-'

# A list item started with another mark: a star, a bullet or a dash from a word processor, a number.
_STAR_ITEM = re.compile(r"(\s*)([*•‣◦▪·–—]|\d{1,2}[.)])\s+(\S.*)")
# A list item whose hyphen is glued to its text ('-Sign'), or escaped by a document's export ('\\- Sign').
_GLUED_ITEM = re.compile(r"([ \t]*)(\\)?-((?(2)[ \t]*|(?! |-))\S.*)")
# A key whose value is a block of the lines below it: 'summary: >-', 'summary: |'.
BLOCK_HEADER = re.compile(r"([A-Za-z_][\w-]*):[ \t]+([|>][-+1-9]{0,2})[ \t]*(?:#.*)?")
_ODD_SPACE = re.compile(rf"([A-Za-z_][\w-]*):([{TYPOGRAPHIC_SPACES}])")
# A list item's indentation, or the space after its '-', with a space YAML does not read as one.
_ODD_SPACE_IN_ITEM = re.compile(rf"[ \t]*(?:-[ \t]*)?([{TYPOGRAPHIC_SPACES}])")


_HTML_NOTE = re.compile(r"<!--(.*?)-->")


def _wrapped_value(lines: list[str], line: int) -> FrontMatterError | None:
    """A value that goes on at the start of the next line (wrapped by an editor, or pasted
    over two lines), or that starts on the line after its key: YAML reads that line as a
    key without its colon."""
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    above = next((lines[n - 1] for n in range(line - 1, 0, -1) if lines[n - 1].strip()), None)
    if here.lstrip().startswith("<!--") and (note := _HTML_NOTE.fullmatch(here.strip())) is not None:
        # '<!-- pick one -->': a note as the body writes one, which the guide tells of (the authors'
        # round of the fifty-fourth session: told to join it to the value above, which published it).
        return FrontMatterError(
            "a note in '<!-- … -->' is a comment in the body only: in the front matter YAML reads it as text",
            line,
            1,
            hint=f"write it as YAML's comment, '#' and a space first: # {note.group(1).strip()}",
        )
    if not here.strip() or ": " in here or here[:1] in (" ", "\t", "-", "#") or above is None:
        return None
    word = here.split()[0]
    rest = here[len(word) :].strip()
    mark = None
    separated = _KEY_THEN_TEXT.fullmatch(here.rstrip())
    if separated and (separated.group(1) == word.rstrip(";=-–—.," + COLON_ALIKES) or (separated.group(2) or " ") in COLON_ALIKES):
        # 'category = value', 'category： value', 'draft：true': the hint writes the value
        # without the mark typed in the colon's place.
        word, mark, rest = separated.groups()
    if word.lower() in CONTRACT_KEYS and not (rest and word.lower() in LIST_KEYS and (mark or " ") not in COLON_ALIKES) and not _written_elsewhere(lines, line, word.lower()):
        # 'category value', 'summary The…', 'signs': a key without its colon. (A list's key
        # has its items below: 'related to the work' is more of a wrapped value; so is a
        # line whose first word is a key written with its colon on another line, as the
        # 'category managers…' of a summary wrapped by an editor.)
        return FrontMatterError(
            f"{_no_colon(word, mark)}, so YAML cannot read the line as a key and its value",
            line,
            len(word) + 1,
            hint=f"write it as: {word.lower()}: {rest}" if rest else f"write it as: {word.lower()}:",
        )
    # '• text' at the margin: the '- ' takes the bullet's place, not a place before it.
    item = f"write '  - {clipped(star.group(3) if (star := _STAR_ITEM.fullmatch(here)) else here.strip())}'"
    if _LIST_ITEM.match(above) and above[:1] in (" ", "\t"):
        # An item of 'signs:' whose '  - ' was left out (the item above has its own).
        return FrontMatterError(
            "this line is not 'key: value': it reads as the rest of the list item on the line above",
            line,
            1,
            hint=f"if it is an item of its own, {item}; if it goes on from the line above, start it with spaces, as far in as that line's text",
        )
    if (key := _KEY_ALONE.fullmatch(above.rstrip())) is not None and key.group(1) in LIST_KEYS:
        return FrontMatterError(
            f"the items of '{key.group(1)}:' are not read as a list: each goes on a line of its own, after two spaces, a hyphen and a space",
            line,
            1,
            hint=f"{item}, and the same for each item below it",
        )
    if (block := BLOCK_HEADER.fullmatch(above.rstrip())) is not None:
        # 'summary: >-' and its text below it at the start of the line (an assistant's
        # draft writes one so): YAML reads that text as a key without its colon.
        return FrontMatterError(
            f"the text of '{block.group(1)}' below '{block.group(1)}: {block.group(2)}' is not indented, "
            f"so it is not read as part of '{block.group(1)}'",
            line,
            1,
            hint=f"start each of its lines with two spaces:   {clipped(here.strip())}"
            f" (or write it all on the line of '{block.group(1)}:', in place of '{block.group(2)}')",
        )
    if len(here.split()) <= 3:
        # 'author Jane': a key of another kind without its colon, as like as a value wrapped.
        # Under a contract key's value, both are said.
        if _KEY_WITH_VALUE.match(above) is None or (name := above.split(":", 1)[0]) not in CONTRACT_KEYS:
            return None
        return FrontMatterError(
            f"this line is not 'key: value': it may be the rest of the value of '{name}' on the line above",
            line,
            1,
            hint="if it goes on from the line above, join it to the end of that line; if it is a key, write ':' and a space after its name",
        )
    if _KEY_WITH_VALUE.match(above) or _LIST_ITEM.match(above):
        what = f"the value of '{above.split(':', 1)[0]}'" if _KEY_WITH_VALUE.match(above) else "the list item"
        return FrontMatterError(
            f"this line is not 'key: value': it reads as the rest of {what} on the line above",
            line,
            1,
            hint="join it to the end of the line above, or start it with spaces, as far in as that line's text",
        )
    if (key := _KEY_ALONE.fullmatch(above.rstrip())) is not None:
        return FrontMatterError(
            f"'{key.group(1)}:' has its value on the next line, where YAML reads it as a key without its colon",
            line,
            1,
            hint=f"write the value on the same line, after '{key.group(1)}: '",
        )
    return None


def _written_elsewhere(lines: list[str], line: int, key: str) -> bool:
    """Whether ``key`` is written, with its colon, at the start of a line other than ``line``."""
    return any(n != line and (found := _KEY_ALONE.match(text)) is not None and found.group(1).lower() == key for n, text in enumerate(lines, 1))


# Marks that look like a colon and are none: a full-width one, as Chinese and Japanese
# keyboards type it, and letters and signs drawn alike ('꞉', '∶', '︰', '﹕', '˸', 'ː', '׃').
COLON_ALIKES = "\uff1a\ua789\u2236\ufe30\ufe55\ufe13\u02f8\u02d0\u05c3"
# 'title The…', 'title; The…', 'title = The…', 'title - The…', 'title꞉ The…': a key whose colon is missing or mistyped.
_KEY_THEN_TEXT = re.compile(rf"([A-Za-z_][\w-]*)[ \t]*([;=\-–—.,{COLON_ALIKES}])?[ \t]*(\S.*)")


def _no_colon(key: str, mark: str | None) -> str:
    """'title' has no ':' after it, or, where a mark that looks like one was typed, which."""
    if mark and mark in COLON_ALIKES:
        return f"'{key}' is followed by '{mark}' ({character_name(mark)}), which looks like a colon but is not one"
    return f"'{key}' has no ':' after it"


def _key_without_colon_above(lines: list[str], line: int) -> FrontMatterError | None:
    """A first line whose key has no colon ('title The sponsor…'): YAML reads it, with the
    lines down to the next key, as one key, and names the next key's ': ' as the fault,
    on a line that has none."""
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    if not (_KEY_WITH_VALUE.match(here) or _KEY_ALONE.fullmatch(here.rstrip())):
        return None
    # A comment between them (as the scaffold has) is no line of YAML's.
    above = next((n for n in range(line - 1, 0, -1) if lines[n - 1].strip() and lines[n - 1][:1] not in (" ", "\t", "#")), None)
    if above is None or ":" in lines[above - 1] or lines[above - 1].lstrip().startswith(("#", "-")):
        return None
    if any(text.strip() and not text.lstrip().startswith("#") for text in lines[: above - 1]):
        # Only the first key is read so ('mapping values are not allowed'): a line below
        # another is more of a value, such as a quoted one wrapped at the margin.
        return None
    found = _KEY_THEN_TEXT.fullmatch(lines[above - 1].rstrip())
    key = found.group(1).lower() if found and found.group(1).lower() in CONTRACT_KEYS else None
    return FrontMatterError(
        (_no_colon(key, found.group(2)) if key and found else "this line has no 'key:' at its start")
        + ", so YAML cannot read it, nor the lines up to the next key",
        above,
        1,
        hint=f"write it as: {key}: {found.group(3)}" if key and found else "each line is `key: value`, or a list item `  - text` under a key",
    )


def _may_be_an_item(previous: str, indent: str) -> bool:
    """Whether a line started with another mark ('– text', '2. text') is where a list item
    was meant: under a key with nothing after its colon, or in line with the items above.
    Under 'key: value', or further in than the line above, it is more of that value (a
    summary wrapped before a dash), which YAML reads as the author meant."""
    if not previous.strip() or _KEY_ALONE.fullmatch(previous.rstrip()):
        return True
    return bool(_LIST_ITEM.match(previous) or _STAR_ITEM.fullmatch(previous)) and _indent(previous) == indent


CONTRACT_KEYS: frozenset[str] = frozenset()
"""The authoring contract's keys (set by :mod:`stallpatterns.fields`, which defines them)."""
LIST_KEYS: frozenset[str] = frozenset()
"""Those of them whose value is a list (set there too)."""
_LIST_ITEM = re.compile(r"[ \t]*-[ \t]+\S")
_KEY_ALONE = re.compile(r"([A-Za-z_][\w-]*):")


def minus_hint(indent: str, rest: str) -> str:
    """The other way to read an item's hyphen glued to a figure ('-10x', '-5%'): a minus
    sign, kept by writing the item's '- ' before it. Told the first way alone, an author
    would publish '10x' for '-10x'."""
    return f" (or, if the '-' is a minus sign: {indent}- -{rest})" if rest[:1].isdigit() else ""


# A key of the contract inside a value, as two lines joined make one ('category: accountability published: 2026-07-20').
_KEY_INSIDE = re.compile(r"\s([a-z_]+):(?:\s|$)")


def _keys_joined(lines: list[str], line: int) -> FrontMatterError | None:
    """Two keys on one line, the second a key of the contract that no line starts with: told
    to put it on a line of its own. Told to quote the whole value, the author made the second
    key part of the first's value (a review of the authors' path in the forty-fifth session)."""
    if not 0 < line <= len(lines) or (valued := _VALUE_START.match(lines[line - 1])) is None:
        return None
    value = valued.group(2)
    for found in _KEY_INSIDE.finditer(value):
        key = found.group(1)
        if key in CONTRACT_KEYS and not any(other.startswith(f"{key}:") for other in lines):
            first, second = value[: found.start()].rstrip(), value[found.start() :].strip()
            return FrontMatterError(
                f"'{key}:' starts another key, in the middle of this line: YAML reads the line as one value that holds ': '",
                line,
                len(valued.group(1)) + found.start() + 2,
                hint=f"put '{key}:' on a line of its own, so the two lines read: {valued.group(1)}{first} and then: {second}",
            )
    return None


def _item_wrapped(lines: list[str], line: int) -> FrontMatterError | None:
    """A list item's text wrapped onto the next line, indented less than the item's text
    ('  - Asked who signs off, people name' then '  a team or a committee'): YAML reads the
    line as neither a key nor an item. Told was each line's form only, nothing of the
    item above (a review of the authors' path in the forty-fifth session)."""
    if not 1 < line <= len(lines):
        return None
    text, above = lines[line - 1], lines[line - 2]
    item = _ITEM_MARK.match(above)
    if item is None or not text[:1].isspace() or text.lstrip().startswith(("-", "#")) or _INDENTED_KEY.match(text):
        return None
    under = len(item.group()) - 1  # where the item's text starts
    return FrontMatterError(
        "this line goes on from the list item above, but is indented less than that item's text, so YAML reads it as neither a key nor an item",
        line,
        1,
        hint=f"join it to the end of the line above, or indent it by {under} spaces, as far as the item's text",
    )


def _typing_slip(lines: list[str], line: int) -> FrontMatterError | None:
    """The first slip of the keyboard, up to the line where YAML gave up, that explains
    it better than YAML's words: no space after a key's colon (noticed a line later), a
    key indented under a line that has its value, a list item that starts with '*'."""
    previous = ""
    for number, text in enumerate(lines[:line], start=1):
        if found := _NO_SPACE.fullmatch(text):
            key, rest = found.groups()
            return FrontMatterError(
                f"no space after '{key}:': YAML reads the whole line as text, not a key and its value",
                number,
                len(key) + 2,
                hint=f"add a space after the colon: {key}: {rest}",
            )
        if (found := _INDENTED_KEY.match(text)) and (
            _KEY_WITH_VALUE.match(previous)
            # A key of the contract under a list's item, indented past its '- ': YAML reads it as
            # more of the item's text ('  - blame the model' then '    published: …'), and told
            # to quote the two lines as one item, the key went missing (a review of the authors'
            # path in the forty-fifth session).
            or (found.group(2) in CONTRACT_KEYS and (item := _ITEM_MARK.match(previous)) is not None and len(found.group(1)) > len(item.group(1)))
        ):
            key = found.group(2)
            return FrontMatterError(
                f"'{key}:' is indented, so YAML reads it as part of the line above",
                number,
                1,
                hint=f"delete the spaces before '{key}:': every key starts at the beginning of its line",
            )
        if found := _ODD_SPACE.match(text):
            key, space = found.groups()
            return FrontMatterError(
                f"the space after '{key}:' is {character_name(space)}, which YAML does not read as a space (pasted from a word processor?)",
                number,
                len(key) + 2,
                hint=f"delete it and type an ordinary space after '{key}:'",
            )
        if found := _ODD_SPACE_IN_ITEM.match(text):
            return FrontMatterError(
                f"this line has {character_name(found.group(1))} where a space goes, which YAML does not read as a space "
                "(pasted from a word processor?)",
                number,
                found.start(1) + 1,
                hint="delete it and type an ordinary space: a list item is written '  - text'",
            )
        if (found := _STAR_ITEM.fullmatch(text)) and _may_be_an_item(previous, found.group(1)):
            indent, mark, rest = found.groups()
            # The items after it written so too: told here at once, not one a run.
            after = 0
            for later in lines[number:]:
                if not (item := _STAR_ITEM.fullmatch(later)) or item.group(1) != indent:
                    break
                after += 1
            lines_after = "the line after it starts" if after == 1 else f"the {after} lines after it start"
            also = f"; {lines_after} with '{mark}' too: write {'it' if after == 1 else 'each'} the same way" if after else ""
            return FrontMatterError(
                f"a list item starts with '- ' (a hyphen and a space), not with '{mark}'",
                number,
                len(indent) + 1,
                hint=f"write the line as: {indent or '  '}- {rest}{also}",
            )
        if (found := _GLUED_ITEM.fullmatch(text)) and _LIST_ITEM.match(previous) and _indent(previous) == found.group(1):
            # '  -Sign' or '  \- Sign' in line with the items above: a list item, to its author.
            # (The first item so is read as text, and reported with its key's value.)
            indent, escape, rest = found.groups()
            return FrontMatterError(
                "this list item has " + ("a backslash before its hyphen" if escape else "no space after its hyphen")
                + ", so YAML cannot read it as one",
                number,
                len(indent) + 1,
                hint=f"write the line as: {indent}- {rest.strip()}" + ("" if escape else minus_hint(indent, rest.strip())),
            )
        if text.strip():
            previous = text
    return None


# `key: value` or `  - value`: where the value starts on its line. The value ends at its
# last non-space by construction (greedy, one backtrack over the trailing spaces): a lazy
# '(\S.*?)\s*$' tried every end and rescanned the spaces after it, quadratic in a run of
# spaces inside the value (a 99 kB line took minutes, on every error path that quotes it).
_ITEM_VALUE = re.compile(r"^(\s*-\s+)(\S(?:.*\S)?)\s*$")
_VALUE_START = re.compile(r"^(\s*(?:-\s+)?(?:[^\s#'\"-][^:#]*:\s+)?)(\S(?:.*\S)?)\s*$")
INDICATORS = "*&!%@`|>?-{[\"'"


def _wrapped_in_marks(value: str) -> bool:
    """Whether the whole value is one quotation: its first and last characters a pair of
    quote marks, and every mark of the same kind inside it an apostrophe (between letters:
    "'The sponsor's plan'") or one of a pair that opens and closes a quotation inside it
    ('"The "sponsor" who moved on"'), not "'Good enough' beats 'perfect'"."""
    pair = value[0] + value[-1]
    if pair not in ("''", '""', "“”", "‘’", "«»", "„“", "””"):
        return False
    inner = _meant(value)
    marks = set(pair)
    opened = False
    for i, c in enumerate(inner):
        if c not in marks:
            continue
        before = inner[i - 1] if i else " "
        after = inner[i + 1] if i + 1 < len(inner) else " "
        if before.isalpha() and after.isalpha():
            continue  # an apostrophe
        if not opened and (before.isspace() or before in "([") and not after.isspace():
            opened = True
        elif opened and not before.isspace() and (after.isspace() or after in ".,;:!?)]"):
            opened = False
        else:
            return False
    return not opened


def _meant(value: str) -> str:
    """The text inside a value's outer quote marks, as its author meant it: in single quotes,
    YAML's doubled apostrophe ('') is one ('The sponsor's ''last'' day' means the sponsor's
    'last' day)."""
    inner = value[1:-1]
    return inner.replace("''", "'") if value[0] == value[-1] == "'" else inner


# A value that starts with its own name, as a form or a document labels it: 'Summary: The…',
# 'Title - The…', 'Sign 5: The team…'. Published, the page shows the label.
OWN_LABEL = re.compile(r"(?i)(?:title|summary|category|signs?|other\s+names?|also\s+known\s+as)(?:\s*(?:no\.?\s*|#\s*)?\d+)?\s*[:：]\s+")


def without_label(lead: str, value: str) -> str | None:
    """The hint for a value that starts with its own label: the line without it."""
    label = OWN_LABEL.match(value)
    if label is None or not (rest := value[label.end() :].strip()):
        return None
    written = rest if ": " not in rest and not rest.endswith(":") and rest[0] not in "\"'*&!%@`[{>|#" else quoted(rest)
    return f"delete '{label.group().strip()}': the page shows the value as written, label and all. Write it as: {lead} {written}"


# Quoted items side by side, as a list is written in other places: '"one", "two"'.
_QUOTED_ITEM = re.compile(r"(?:^|,)\s*(?:\"([^\"]*)\"|'([^']*)'|“([^”]*)”)\s*(?=,|$)")


def _bullet_hint(lines: list[str], line: int) -> str | None:
    """'  - * The team picks…': a list's bullet pasted with the words, after the item's own
    '-'. Quoted, as told before, the '*' was published, and a warning then said to delete it."""
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    found = _ITEM_VALUE.match(source)
    if not found or not found.group(2).startswith("* ") or not found.group(2)[2:].strip():
        return None
    return f"delete the '* ' before the words, a bullet pasted with them: {found.group(1)}{found.group(2)[2:].lstrip()}"


def _bold_hint(lines: list[str], line: int) -> str | None:
    """'title: **The sponsor…**', '- **The team** picks…', '*The sponsor…*': bold or italics,
    as in the body, which a value shows as typed. Quoted, as told before, the asterisks were
    published."""
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    found = _ITEM_VALUE.match(source) or _VALUE_START.match(source)
    if not found or not found.group(2).startswith("*") or found.group(2).count("*") < 2:
        return None
    lead, value = found.groups()
    plain = value.replace("*", "").strip()
    lead = lead.rstrip() if lead.lstrip().startswith("-") else lead.strip()
    return f"delete the asterisks: the page sets its own style, and shows them as typed. Write it as: {lead} {quoted(plain)}"


def _quote_hint(lines: list[str], line: int, column: int = 1, notes: bool = False) -> str:
    """'put the whole value in double quotes: key: "..."', with the author's line quoted for
    them. With ``notes``, a note after ' # ' at the value's end is left out of the quotes, and
    told to go on a line of its own ('title: The pilot: judged  # working title': quoted
    whole, the note was published in the title)."""
    if (start := _value_start(lines, line)) != line:
        # The next line of a value written over two or more ('summary: …,' then '  every
        # quarter. The plan: wait…'): quoting that line alone left the error as it was.
        lead, value, count = _value_over_lines(lines, start)
        value, moved = _without_note(value, notes)
        written = quoted(value)
        kind = "double" if written.startswith('"') else "single"
        return f"put the whole value in {kind} quotes, on one line in place of the {count} lines it is on now{moved}, so YAML keeps every character: {lead} {written}"
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    # A list item is text, all of it after its '- ' ('  - Steering group: postponed: again'
    # was told to quote only what followed its first ': ', which YAML still read as a key).
    found = _ITEM_VALUE.match(source) or _VALUE_START.match(source)
    if not found:
        return "put the whole value in double quotes"
    lead, value = found.groups()
    # A value already in quote marks, which its own text breaks ('The sponsor's plan'), or
    # in a word processor's (“…”): the marks go, the text is quoted whole.
    if len(value) > 2 and _wrapped_in_marks(value):
        value = _meant(value)
    value, moved = _without_note(value, notes)
    written = quoted(value)
    kind = "double" if written.startswith('"') else "single"
    # A list item keeps its indentation: the line as written, quoted, is the fix.
    lead = lead.rstrip() if lead.lstrip().startswith("-") else lead.strip()
    return f"put the whole value in {kind} quotes{moved}, so YAML keeps every character: {lead} {written}"


def _without_note(value: str, notes: bool) -> tuple[str, str]:
    """``value`` without a note at its end (from the first ' #' followed by a space, or by
    nothing: '#12' is the text's own), and what the hint says of it ('' for none). Found
    with str.find, not an expression that would read a long run of spaces from each of them."""
    if not notes:
        return value, ""
    at = min((found for found in (value.find(" #"), value.find("\t#")) if found != -1), default=-1)
    if at == -1 or value[at + 2 : at + 3] not in ("", " ", "\t"):
        return value, ""
    return value[:at].rstrip(), ", with the note after ' #' moved to a line of its own"


def _value_start(lines: list[str], line: int) -> int:
    """The line where the value that ``line`` goes on starts: ``line`` itself, unless it is
    the next line of an unquoted value (indented past its key, or its item's '-')."""
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    indent = len(source) - len(source.lstrip(" "))
    if not indent or not source.strip() or source.lstrip().startswith("- "):
        return line
    for number in range(line - 1, 0, -1):
        above = lines[number - 1]
        if not above.strip():
            return line
        if len(above) - len(above.lstrip(" ")) < indent:
            return number if _STARTS_A_PLAIN_VALUE.match(above) else line
    return line


# A key or a list item with an unquoted value on its own line ('summary: When…', '  - Nobody…').
_STARTS_A_PLAIN_VALUE = re.compile(r"^(?:\s*-\s+|[A-Za-z_][\w-]*:\s+)(?![\s\"'|>])\S")


def _value_over_lines(lines: list[str], start: int) -> tuple[str, str, int]:
    """The key (or list mark) of the value that starts on ``start`` and goes on over the
    lines indented past it, the value, read as YAML reads it (its lines joined by a space),
    and how many lines it is on."""
    found = _ITEM_VALUE.match(lines[start - 1]) or _VALUE_START.match(lines[start - 1])
    lead, first = (found.group(1), found.group(2)) if found else ("", lines[start - 1].strip())
    indent = len(lines[start - 1]) - len(lines[start - 1].lstrip(" "))
    parts = [first]
    for source in lines[start:]:
        if not source.strip() or len(source) - len(source.lstrip(" ")) <= indent or source.strip() == "---":
            break
        parts.append(source.strip())
    lead = lead.rstrip() if lead.lstrip().startswith("-") else lead.strip()
    return lead, " ".join(parts), len(parts)


# A stray mark at the end of a value opened with a quote: another kind of quote mark
# ('"… scaled.'', '"… scaled.”') where the closing one was meant.
_OTHER_CLOSING_MARKS = "'\"’”"


def _closing_quote_hint(lines: list[str], line: int) -> str:
    """': end the value with the quote mark it starts with: key: "…"', when ``line`` holds
    a value that opens with a quote and runs to the end of the front matter: the line to
    write, not only where the trouble is ('summary: "A pilot … scaled.'')."""
    opened = _OPENS_QUOTE.match(lines[line - 1]) if 0 < line <= len(lines) else None
    if opened is None or _CLOSED[opened.group(1)].match(opened.group(2)):
        return ""
    if opened.group(1) == "'":  # ''90s', 'Twas': an apostrophe may be the text's own, kept in double quotes
        return ": " + _quote_hint(lines, line)
    lead, meant = _opened_value(lines, line, opened)
    if not meant:
        return ""
    return f": end the value with the same quote mark it starts with, so YAML keeps every character: {lead} {quoted(meant)}"


def _opened_value(lines: list[str], line: int, opened: re.Match[str]) -> tuple[str, str]:
    """The key (or list mark) before a value that ``opened`` (:data:`_OPENS_QUOTE`) found
    opening with a quote, and the text meant inside the quote: without a stray closing mark
    of another kind at its end."""
    mark, text = opened.groups()
    found = _VALUE_START.match(lines[line - 1])
    lead = found.group(1).rstrip() if found else lines[line - 1][: lines[line - 1].index(mark)].rstrip()
    return lead, text.rstrip().rstrip(_OTHER_CLOSING_MARKS).rstrip()


# A value's apostrophe that is its text's own, not a quote: ''90s', ''Twas', ''tis', ''n''.
_ELIDED_START = re.compile(r"(?i)(?:\d\d|t(?:is|was)\b|n'|em\b|cause\b|til\b)")


def _close_the_quote(lines: list[str], line: int) -> str:
    """The hint for a value opened with an apostrophe (a single quote) and never closed: the
    line with the quote closed, or in double quotes where the text has an apostrophe of its
    own ("'Nobody's name…" is "Nobody's name…"). '' when there is no text to quote."""
    opened = _OPENS_QUOTE.match(lines[line - 1])
    if opened is None:
        return ""
    lead, meant = _opened_value(lines, line, opened)
    if not meant:
        return ""
    lead = lead if lead.lstrip().startswith("-") else lead.lstrip()  # a list item keeps its indentation
    if "'" in meant:
        return f"the text has an apostrophe of its own, so put the whole value in double quotes instead: {lead} {quoted(meant)}"
    return f"end the value with the same quote mark it starts with: {lead} '{meant}'"


def quoted(value: str) -> str:
    """``value`` as one YAML-quoted string: double quotes, or single ones if it holds a '"' and no "'"."""
    if '"' in value and "'" not in value:
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


_MEANINGS = {
    "*": "a reference to another value ('*' and the word after it)",
    # In an author's words, not YAML's ('an anchor', 'a tag', 'a directive' told them nothing:
    # a review of the authors' path in the forty-fifth session).
    "&": "a name given to the value, to repeat it elsewhere",
    "!": "a note of what kind of value it is",
    "%": "an instruction to YAML itself",
    "@": "a reserved character",
    "`": "a reserved character",
    "|": "the start of a block of text",
    ">": "the start of a block of text",
    "?": "the start of a key written over several lines",
    "-": "a list item",
    "{": "a group of keys",
    "[": "a list",
    '"': "a quoted part that ends at the next quote mark",
    "'": "a quoted part that ends at the next quote mark",
}
_EMPTY_LIST = re.compile(r"^([^\s#:-][^:]*):\s*\[\s*\]\s*(?:#.*)?$")


def _items_after_empty_list(lines: list[str], line: int, source: str) -> tuple[int, str] | None:
    """(line, key) of a `key: []` just above list items that were meant to belong to it."""
    if not source.lstrip().startswith("- "):
        return None
    for number in range(line - 1, 0, -1):
        above = lines[number - 1]
        if not above.strip() or above.lstrip().startswith(("- ", "#")):
            continue
        found = _EMPTY_LIST.match(above)
        return (number, found.group(1).strip()) if found else None
    return None


def _value_column(source: str) -> int:
    found = _VALUE_START.match(source)
    return len(found.group(1)) + 1 if found else 1


def _starts_with_indicator(source: str) -> str | None:
    """The YAML indicator a value on this line starts with, if it starts with one."""
    found = _VALUE_START.match(source)
    if not found or found.group(2)[0] not in INDICATORS:
        return None
    value = found.group(2)
    first = value[0]
    if first in "\"'":  # a quoted part with more text after its closing quote
        closed = _CLOSED[first].match(value[1:])
        after = value[1 + closed.end() :].strip() if closed else ""
        return first if after and not after.startswith("#") else None
    if first in "[{":  # a list or group with more text after it
        return first if not value.rstrip().endswith("]}"["[{".index(first)]) else None
    return first


_LEADING = re.compile(r"[ \t]*(?:-[ \t]+)*")


def _indent(text: str) -> str:
    return text[: len(text) - len(text.lstrip(" \t"))]


def _leading(text: str) -> str:
    """The indentation of a line, with the '- ' of list items in it."""
    found = _LEADING.match(text)
    return found.group() if found else ""


def _tab_line(lines: list[str]) -> int | None:
    for number, text in enumerate(lines, start=1):
        if "\t" in _leading(text):
            return number
    return None


# The first '[' or '{' of a line, where a flow list or group opens.
_FLOW_OPENS = re.compile(r"[\[{]")
# A value that opens with a quote: `key: "...` or `  - '...`, and what follows the quote.
_OPENS_QUOTE = re.compile(r"""^\s*(?:-\s+|[^\s#'"][^:]*:\s+)(["'])(.*)$""")
_CLOSED = {'"': re.compile(r'(?:[^"\\]|\\.)*"'), "'": re.compile(r"(?:[^']|'')*'")}


def _unclosed_quote_line(lines: list[str], error_line: int) -> int | None:
    """The line of a quoted value that runs on to the error, if one does.

    YAML lets a quoted value run over several lines, so a missing closing quote surfaces
    lines later (at the next quote mark, or the end) as a confusing error there; the
    line that opened the quote is the real problem.
    """
    # The lines before the error, read as one text once: each quote is matched where it opens,
    # and the lines it runs over are passed (joined again for each quote, a file of many took
    # time in the square of its lines: 12.9 s at 96 kB, a crash and complexity round found it).
    text = "\n".join(lines[: error_line - 1])
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[: error_line - 1]), initial=0))
    number = 1
    while number < error_line:
        opened = _OPENS_QUOTE.match(lines[number - 1])
        if not opened or _CLOSED[opened.group(1)].match(opened.group(2)):
            number += 1
            continue
        closed = _CLOSED[opened.group(1)].match(text, starts[number - 1] + opened.start(2))
        if closed is None:
            return number
        number = bisect.bisect_right(starts, closed.end() - 1) + 1  # the line after the one it closes on
    return None

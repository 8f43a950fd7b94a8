"""Front matter as a tree of positioned values, parsed strictly.

Every scalar stays text (no YAML 1.1 surprises: ``no`` is the word "no", ``1:20`` is
not 80); types come from the contract, not from YAML. Duplicate keys, aliases (the
"billion laughs" bomb) and complex keys are reported, never expanded or overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

try:  # libyaml's parser when present; the pure-Python one otherwise
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


@dataclass(frozen=True)
class Scalar:
    value: str
    line: int
    column: int
    plain: bool  # written without quotes


@dataclass(frozen=True)
class Sequence:
    items: tuple[Node, ...]
    line: int
    column: int


@dataclass(frozen=True)
class Entry:
    key: str
    key_line: int
    key_column: int
    value: Node


@dataclass(frozen=True)
class Mapping:
    entries: tuple[Entry, ...]
    line: int
    column: int


Node = Scalar | Sequence | Mapping


class FrontMatterError(Exception):
    """A problem in the YAML itself, at a 1-based line and column of the front matter."""

    def __init__(self, message: str, line: int, column: int, hint: str | None = None, code: str = "yaml-syntax"):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint
        self.code = code


@dataclass(frozen=True)
class Duplicate:
    key: str
    line: int
    column: int
    first_line: int


def parse(text: str) -> tuple[Node | None, list[Duplicate]]:
    """Parse one YAML document. Lines are 1-based within ``text``.

    Returns the root node (None for an empty document) and any duplicate keys found.
    Raises FrontMatterError for syntax errors, aliases, multiple documents or tags.
    """
    duplicates: list[Duplicate] = []
    try:
        events = iter(yaml.parse(text, Loader=_Loader))
        root = _Composer(events, duplicates).document()
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, text) from None
    except yaml.YAMLError as error:  # errors without a position
        raise FrontMatterError(f"not valid YAML: {error}", 1, 1) from None
    return root, duplicates


class _Composer:
    def __init__(self, events, duplicates: list[Duplicate]) -> None:
        self.events = events
        self.duplicates = duplicates

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
                "YAML aliases (*name) are not allowed in front matter",
                line,
                column,
                hint="write the value out in full",
                code="yaml-alias",
            )
        tag = getattr(event, "tag", None)
        if tag and tag != "!" and not getattr(event, "implicit", (True,))[0]:
            raise FrontMatterError(
                f"YAML tag {tag!r} is not allowed in front matter",
                line,
                column,
                hint="remove the tag; write plain values",
                code="yaml-tag",
            )
        if isinstance(event, yaml.ScalarEvent):
            return Scalar(event.value, line, column, plain=not event.style)
        if isinstance(event, yaml.SequenceStartEvent):
            items = []
            while not isinstance(item := self.next(), yaml.SequenceEndEvent):
                items.append(self.node(item))
            return Sequence(tuple(items), line, column)
        if isinstance(event, yaml.MappingStartEvent):
            return self.mapping(line, column)
        raise FrontMatterError(f"unexpected YAML event {type(event).__name__}", line, column)  # pragma: no cover

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


def _syntax_error(error: yaml.MarkedYAMLError, text: str) -> FrontMatterError:
    mark = error.problem_mark or error.context_mark
    problem = error.problem or "not valid YAML"
    if "end of stream" in problem and error.context_mark:
        mark = error.context_mark  # an unclosed quote or bracket: point at where it opened
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    lines = text.split("\n")
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    tab = _tab_line(lines)
    if "\t" in problem or "'\\t'" in problem or (tab and tab <= line):
        return FrontMatterError(
            "tab character in front matter indentation",
            tab or line,
            1,
            hint="YAML indents with spaces only: replace the tab with two spaces",
            code="yaml-tab",
        )
    hint = None
    if "end of stream" in problem:
        hint = "a quote or bracket opened here is never closed"
    elif "mapping values are not allowed" in problem:
        hint = "a value contains ': '; put the whole value in double quotes"
    elif "could not find expected ':'" in problem or "expected <block end>" in problem:
        hint = "check the indentation and that each line is `key: value` or `  - item`"
    elif "found character" in problem and "`" in source:
        hint = "a value cannot start with a backtick; put the whole value in double quotes"
    elif "found undefined alias" in problem or "found character '*'" in problem:
        hint = "a value starting with '*' or '&' must be quoted"
    context = f" ({error.context})" if error.context else ""
    return FrontMatterError(f"YAML syntax error: {problem}{context}", line, column, hint=hint)


def _tab_line(lines: list[str]) -> int | None:
    for number, text in enumerate(lines, start=1):
        if text[: len(text) - len(text.lstrip(" \t"))].count("\t"):
            return number
    return None

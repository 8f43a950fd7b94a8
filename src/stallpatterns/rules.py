"""Check one pattern against the authoring contract.

``check`` turns a :class:`~stallpatterns.source.Source` into a :class:`Pattern` when it
is valid, and always returns every problem found (not only the first).
"""

from __future__ import annotations

import calendar
import html
import os
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

from markdown_it.common.utils import isValidEntityCode, replaceEntityPattern, unescapeAll
from markdown_it.helpers import parseLinkDestination, parseLinkTitle
from markdown_it.token import Token

from . import body, editorial, frontmatter, github, sanitizer, slips
from .diagnostics import AUTHOR_COMMAND, Diagnostic, Severity
from .frontmatter import Mapping, Node, Scalar, Sequence, quoted
from .glyphs import undrawable
from .pattern import Pattern, PatternSection
from .settings import Limits, Settings
from .source import Block, Heading, Source
from .text import (
    MOST_STACKED_MARKS,
    TYPOGRAPHIC_SPACES,
    ZWJ,
    as_compared,
    character_name,
    clipped,
    closest,
    counted,
    has_tag,
    html_words,
    invisible_characters,
    is_bidi_control,
    is_hidden_character,
    is_slug,
    is_visible,
    joins_emoji,
    line_at,
    line_starts,
    mixed_alphabet_words,
    printable,
    slugify,
    stacked_marks_at,
    strip_comments,
    word_count,
)

GUIDANCE = "<!-- guide:"
"""Marks the scaffold's guidance comments; one left in a file is an error."""

RESERVED_SLUGS = frozenset({"index"})
"""Slugs no pattern may take: ``patterns/index.md`` is the All patterns page, /patterns/."""


@dataclass(frozen=True)
class Field:
    name: str
    required: bool
    kind: str  # text | date | list | bool
    hint: str


FIELDS: tuple[Field, ...] = (
    Field("title", True, "text", "the pattern's name, as a reader would say it"),
    Field("summary", True, "text", "one or two plain sentences: the situation, in the reader's words"),
    Field("category", True, "text", "where the rollout stalls: one of the category ids in mkdocs.yml"),
    Field("signs", True, "list", "observable signs a reader can tick, one per line starting with '  - '"),
    Field("also_known_as", False, "list", "other names a reader may use for this stall, one per line starting with '  - '"),
    Field("published", True, "date", "the publication date, YYYY-MM-DD"),
    Field("updated", False, "date", "the date of the last real revision, YYYY-MM-DD"),
    Field("related", False, "list", "slugs of related patterns, one per line starting with '  - '"),
    Field("aliases", False, "list", "former slugs of this pattern, so old links redirect here"),
    Field("draft", False, "bool", "true keeps the pattern out of the published site"),
)
_BY_NAME = {f.name: f for f in FIELDS}
# The front matter's reader names a line such as 'summary The…' a key without its colon, not
# a value wrapped onto the next line: it learns the keys from here, their one source.
frontmatter.CONTRACT_KEYS = frozenset(_BY_NAME)
frontmatter.LIST_KEYS = frozenset(f.name for f in FIELDS if f.kind == "list")
# Keys other site generators use for the same thing: the hint names ours.
_KEY_SYNONYMS = {
    "date": "published",
    "created": "published",
    "pubdate": "published",
    "modified": "updated",
    "last_updated": "updated",
    "lastmod": "updated",
    "description": "summary",
    "excerpt": "summary",
    "categories": "category",
    "alias": "aliases",
    "redirect_from": "aliases",
    "see_also": "related",
}
# Emphasis, code and links written in a plain-text field: shown as typed.
# Each kind of mark looked for up to the next mark of its kind only ('[' never spans another
# '['): a long run of one mark is read once, not from each of its characters to the end.
_MARKDOWN_MARKS = re.compile(r"\*\*\S[^*]*\*\*|__\S[^_]*__|(?<![\w*])\*\S[^*]*\*(?![\w*])|(?<!\w)_\S[^_]*_(?!\w)|`[^`]+`|\[[^\[\]]+\]\([^()]*\)")
# Quotation marks a word processor types, which YAML keeps as part of a value.
_TYPED_QUOTES = {"“": "”", "‘": "’", "«": "»", "„": "“", "”": "”"}


# An HTML character reference ('&amp;', '&mdash;', '&#8217;'), which plain text shows as typed.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")


def _referenced(reference: str) -> str:
    """': '…'' naming the character a reference stands for, when it is one."""
    character = html.unescape(reference)
    return f": '{character}'" if character != reference and character.isprintable() else ""


def _in_typed_quotes(text: str) -> str | None:
    """'quotation marks (“…”)' when the whole of ``text`` is one quotation in typed marks
    (not '“Done” means shipped, not “ready”'; an apostrophe may be inside '‘…’')."""
    closing = _TYPED_QUOTES.get(text[:1])
    inner = text[1:-1]
    if closing is None or len(text) < 3 or text[-1] != closing or not inner.strip():
        return None
    marks = {text[0], closing} - ({"’"} if closing == "’" else set())
    return None if any(mark in inner for mark in marks) else f"quotation marks ({text[0]}…{closing})"


# A list's mark at the start of an item's text, pasted from a numbered or bulleted list
# ('1. ', 'a) ', '(2) ', 'iv. ', '• ', '– ', a chat tool's tick or arrow): YAML's '- ' is the only mark.
_LIST_MARK = re.compile(
    r"((?:\d{1,3}|[a-z]|i{1,3}|iv|vi{0,3}|ix|xi{0,2}|\((?:\d{1,3}|[a-z]|i{1,3}|iv|vi{0,3}|ix|xi{0,2})\))[.)]?(?<=[.)])"
    r"|[-*+•●▪◦–—✅✔☑✓→➜➤►▶])[ \t\u00a0]+(?=\S)"
)


def _markdown_marks(text: str) -> re.Match[str] | None:
    """The first Markdown marks in a plain-text field, if any (most have none to look for)."""
    return _MARKDOWN_MARKS.search(text) if ("*" in text or "_" in text or "`" in text or "[" in text) else None


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # the digits 0-9 only: \d takes any script's
# CommonMark reads '#Title' as text (GitHub's preview too); an author meant a heading.
_HEADING_NO_SPACE = re.compile(r"#{1,6}[^#\s\d]")


class _Report:
    def __init__(self, display: str) -> None:
        self.display = display
        self.items: list[Diagnostic] = []

    def error(self, line: int, code: str, message: str, hint: str | None = None, column: int = 1) -> None:
        self.items.append(Diagnostic(self.display, line, column, code, message, hint))

    def warning(self, line: int, code: str, message: str, hint: str | None = None, column: int = 1) -> None:
        self.items.append(Diagnostic(self.display, line, column, code, message, hint, Severity.WARNING))

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.items)


def check(source: Source, settings: Settings) -> tuple[Pattern | None, list[Diagnostic]]:
    """Check a read pattern file. Returns the Pattern (None if any error) and all diagnostics."""
    report = _Report(source.display)
    slug = source.path.stem
    _check_slug(slug, source, settings, report)
    # Front matter's keys below a stray '---' are one mistake, reported once: not as
    # missing keys, nor as headings or text in the body.
    cut, cut_keys = _front_matter_cut(source, report) if source.front_matter_read else (0, [])
    values, lines = _check_front_matter(source, settings, report, slug, cut_keys)
    sections = _check_sections(source, settings, report, cut)
    _check_body(source, report)
    _check_heading_marks(source, report)
    _check_after_definitions(source, report)
    _check_footnotes(source, report)
    _check_list_items(source, report)
    _check_quote_markers(source, report)
    _check_indented_headers(source, report)
    _check_nested_section_headings(source, settings, report)
    _check_guidance(source, report)
    _check_placeholders(source, report, values, lines)
    _check_invisible(source, report)
    _check_control_references(source, report)
    _check_autolink_space_references(source, report)
    _check_address_readings(source, report)
    _check_assistant_citations(source, report)
    _check_assistant_chatter(source, report)
    _check_stacked_marks(source, report)
    _check_spaces_by_addresses(source, report)
    _check_table_edges(source, report)
    _check_backslash_breaks(source, report)
    _check_tabbed_fences(source, report)
    _check_tabbed_quote_marks(source, report)
    _check_tabbed_quoted_code(source, report)
    _check_mixed_alphabets(source, report)
    # An empty section's error says it all: no warning that it is short as well.
    empty = {d.line for d in report.items if d.code == "section-empty"}
    editorial.check(source, settings, sections and tuple(s for s in sections if s.line not in empty), report.warning)
    complete = source.front_matter_read and all(f.name in values for f in FIELDS if f.required)
    if report.has_errors or sections is None or not complete:
        return None, report.items
    sections, html = _render(source, sections, settings, report)
    if not report.has_errors:
        _check_github_reading(source, html, report)
    if report.has_errors:
        return None, report.items
    # Typographic quotes, dashes and ellipses wherever the plain-text fields are shown.
    for name in ("title", "summary"):
        values[name] = body.typographic(values[name])
    values["signs"] = tuple(body.typographic(sign) for sign in values["signs"])
    pattern = Pattern(
        slug=slug,
        path=source.path,
        body=source.body,
        sections=sections,
        html=html,
        word_count=sum(word_count(s.markdown) for s in sections),
        words=html_words(s.html for s in sections),
        lines=lines,
        **values,
    )
    return pattern, report.items


def _check_slug(slug: str, source: Source, settings: Settings, report: _Report) -> None:
    if source.path.suffix != ".md":
        # Checked from another folder ('validate ../notes.txt'): moving it out is no fix.
        elsewhere = os.path.abspath(source.path.parent) != os.path.abspath(settings.patterns_dir)
        patterns = Path(os.path.relpath(settings.patterns_dir, settings.root)).as_posix() if elsewhere else None
        report.error(1, "bad-file-name", *not_named_as_a_pattern(source.path.name, source.display.rpartition("/")[0] or ".", patterns))
    elif not is_slug(slug):
        # 'x.md.md': x; a Notion export's 'The sponsor who moved on 1a2b…(32)': its title alone.
        suggestion = _shortened(slugify(_NOTION_ID.sub("", re.sub(r"(?i)(\.md)+$", "", slug))), settings.limits.slug_length) or "a-short-name"
        report.error(
            1,
            "bad-slug",
            f"file name '{source.path.name}' is not a valid slug (lower-case words joined by hyphens)",
            f"rename it to '{suggestion}.md'",
        )
    elif slug in RESERVED_SLUGS:
        report.error(
            1,
            "reserved-slug",
            f"file name '{source.path.name}' is reserved: its URL is the All patterns page",
            "choose another file name: the slug is the pattern's URL",
        )
    elif len(slug) > settings.limits.slug_length:
        report.error(
            1,
            "bad-slug",
            f"file name is {_characters(len(slug))} long; the limit is {settings.limits.slug_length}",
            f"shorten it by {_characters(len(slug) - settings.limits.slug_length)}, for example rename it to "
            f"'{_shortened(slug, settings.limits.slug_length)}.md': the name is the page's address",
        )


# The id a Notion export puts after a page's title in its file name.
_NOTION_ID = re.compile(r" [0-9a-f]{32}$")


def _shortened(slug: str, limit: int) -> str:
    """The slug cut after its last whole word within ``limit`` characters."""
    if len(slug) <= limit:
        return slug
    return slug[: limit + 1].rpartition("-")[0] or slug[:limit]


def file_name_for(stem: str) -> str:
    """The pattern file name to suggest for a file whose name (without its extension) is ``stem``."""
    return f"{slugify(stem) or 'a-short-name'}.md"


def not_named_as_a_pattern(name: str, folder: str, patterns: str | None = None) -> tuple[str, str]:
    """(message, hint) for a file ``name`` in the patterns folder (shown as ``folder``)
    that is never published, as 'x.markdown' or 'x.txt': the same said of it checked alone.
    ``patterns``: the patterns folder, when the file is checked from another folder."""
    meant = file_name_for(name.split(".")[0])
    kind = _DOCUMENTS.get(name.rpartition(".")[2].lower()) if "." in name else None
    if kind is not None:
        # Renamed, it would still be a document, not text: its words are what is wanted.
        return (
            f"'{printable(name)}' is {kind}, not a pattern: only Markdown text files named <slug>.md are patterns",
            f"copy its text into a new plain-text file, {patterns or folder}/{meant}, in the pattern's layout "
            f"(start from '{AUTHOR_COMMAND} new'), and delete this one",
        )
    return (
        f"'{printable(name)}' is not published: only files named <slug>.md are patterns",
        f"if it is a pattern, save it in {patterns}/ as '{meant}'"
        if patterns is not None
        else f"if it is a pattern, rename it to '{meant}'; if not, move it out of {folder}/",
    )


# Documents an author may save where a pattern goes: renaming one does not make it text.
_DOCUMENTS = {
    "docx": "a Word document", "doc": "a Word document", "odt": "a word processor's document", "rtf": "a word processor's document",
    "pages": "a Pages document", "pdf": "a PDF", "gdoc": "a link to a Google Doc", "pptx": "a PowerPoint file", "xlsx": "a spreadsheet",
}


# --- front matter ------------------------------------------------------------------


def _check_front_matter(
    source: Source, settings: Settings, report: _Report, slug: str, cut_keys: Collection[str] = ()
) -> tuple[dict[str, Any], dict[str, int]]:
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    offset = source.fm_start - 1
    node = source.front_matter
    for duplicate in source.duplicates:
        report.error(
            duplicate.line + offset,
            "duplicate-key",
            f"key '{duplicate.key}' appears more than once (first on line {duplicate.first_line + offset})",
            "keep one and delete the other",
        )
    if node is None:
        if source.front_matter_read:  # else its YAML error is already reported
            report.error(1, "front-matter-empty", "front matter is empty", _missing_hint())
        return values, lines
    if not isinstance(node, Mapping):
        report.error(node.line + offset, "front-matter-not-mapping", "front matter must be 'key: value' lines", _missing_hint())
        return values, lines
    present = {e.key for e in node.entries}
    for entry in node.entries:
        line = entry.key_line + offset
        field = _BY_NAME.get(entry.key)
        name = entry.key.strip().lower()
        if field is None and name in _BY_NAME and name not in present:
            # 'Title:' or 'title :' is the key, misspelt: one error here, none for it missing.
            report.error(line, "unknown-key", f"key '{entry.key}' must be written '{name}': keys are lower case, with nothing around them", f"write '{name}:'")
            present.add(name)
            continue
        if field is None:
            guess = _KEY_SYNONYMS.get(entry.key.lower()) or closest(entry.key, _BY_NAME)
            # 'tags: [accountability, prompts]': a key of its own holding a category's id.
            category = None if guess or "category" in present else _category_in(entry.value, settings)
            if category is not None:
                guess = "category"
            if guess is not None and guess not in present:
                present.add(guess)  # 'sumary:': one error, here, and none for 'summary' missing
            report.error(
                line,
                "unknown-key",
                f"unknown key '{entry.key}'",
                f"write 'category: {category}' in its place: a pattern has one category, and no other key for its subjects"
                if category
                else f"did you mean '{guess}'?"
                if guess
                else f"the keys are: {', '.join(_BY_NAME)}",
            )
            continue
        lines[field.name] = line
        value = _value(field, entry.value, offset, report, lines, source.lines)
        if value is not None:
            values[field.name] = value
    for field in FIELDS:
        if field.required and field.name not in present and field.name not in cut_keys:
            report.error(1, "missing-key", f"required key '{field.name}' is missing", f"add '{field.name}:' — {field.hint}")
    _check_values(values, lines, settings, report, slug)
    return values, lines


def _category_in(node: Node, settings: Settings) -> str | None:
    """The first category's id among a value's words or items, as an id or as its label."""
    ids = {c.id: c.id for c in settings.categories} | {c.label.lower(): c.id for c in settings.categories}
    items = node.items if isinstance(node, Sequence) else (node,)
    for item in items:
        if isinstance(item, Scalar):
            for word in re.split(r"\s*[,;]\s*", item.value.strip().lower()):
                if word in ids:
                    return ids[word]
    return None


def _as_slug(item: str) -> str:
    """The slug an author most likely meant by ``x.md`` or ``https://…/patterns/x/``."""
    tail = item.strip().rstrip("/").rsplit("/", 1)[-1]
    return slugify(tail.removesuffix(".md").removesuffix(".MD")) or "a-former-slug"


def _missing_hint() -> str:
    required = ", ".join(f.name for f in FIELDS if f.required)
    return f"write one 'key: value' per line between the '---' lines; required keys: {required}"


# A list item's mark from a word processor, which YAML reads as text: a bullet or a dash,
# or a hyphen with a no-break space after it.
_PASTED_ITEM = re.compile(r"([•◦▪●–—*]|-(?=\u00a0))[\u00a0 ]?")


# An item's line whose '- ' YAML does not read: '-Sign', '\- Sign', '\-Sign'.
_ITEM_SLIP = re.compile(r"(\\)-|-(?! )")


def _value(field: Field, node: Node, offset: int, report: _Report, lines: dict[str, int], file_lines: tuple[str, ...] = ()) -> object | None:
    line = node.line + offset
    name = field.name
    if field.kind == "list":
        if isinstance(node, Scalar) and node.value == "" and node.plain:
            return ()
        if isinstance(node, Scalar) and (mark := _PASTED_ITEM.match(node.value)) is not None:
            # '  • item' lines (or '–', or '-' and a no-break space, from a word processor)
            # run together into one text: name the mark, on the first item's line.
            shown = character_name(mark.group(1)) if mark.group(1) != "-" else "'-' and a no-break space (U+00A0)"
            # The first item ends where the next one starts, with the same mark or a '- '.
            first = re.split(rf" (?:{re.escape(mark.group(1))}|- )", node.value[mark.end() :], maxsplit=1)[0].strip() or "…"
            lines_with = "its lines start" if f" {mark.group(1)}" in node.value[mark.end() :] else "its first line starts"
            report.error(
                line,
                "wrong-type",
                f"'{name}' must be a list: {lines_with} with {shown}, which YAML does not read as a list's '- ', "
                "so the items run together into one text",
                f"start each item's line with two spaces, a hyphen and an ordinary space:   - {clipped(first)}",
            )
            return None
        if isinstance(node, Scalar) and node.value.strip():
            # 'signs: One sign', or lines under 'signs:' without their '- ': one text to YAML.
            under = line > lines.get(name, line) or "\n" in node.value.strip()  # 'signs: |' and lines below it: under it too
            # The first item: its own line, or what comes before items written after it with their '- '.
            if not node.plain:  # a quoted or block value ('signs: |'): its own first line
                first = node.value.strip().split("\n")[0].strip()
            elif under and line <= len(file_lines):
                first = file_lines[line - 1].strip()
                if (slip := _ITEM_SLIP.match(first)) is not None:
                    # '-Sign' (no space after the hyphen), '\- Sign' (a document's export escapes the hyphen).
                    what = "a backslash before its hyphen" if slip.group(1) else "no space after its hyphen"
                    report.error(
                        line,
                        "wrong-type",
                        f"'{name}' must be a list: this line has {what}, so YAML runs the lines together into one text",
                        f"write it as   - {clipped(first[slip.end():].strip())}" + (" (and the same on each line like it)" if slip.group(1) else ""),
                    )
                    return None
                if (numbered := _LIST_MARK.match(first)) is not None and numbered.group(1) != "-":
                    # '  1. Sign', '  1) Sign', '  * Sign': a list's mark that YAML does not read as its '- '.
                    report.error(
                        line,
                        "wrong-type",
                        f"'{name}' must be a list: its lines start with '{numbered.group(1)}', not '- ', so YAML runs them together into one text",
                        f"start each line with two spaces, a hyphen and a space, in place of '{numbered.group(1)}':   - {clipped(first[numbered.end():].strip())}",
                    )
                    return None
            else:  # 'related: one-slug, another-slug': the first item is up to the first comma
                first = re.split(r" - |[,;] ", " ".join(node.value.split()))[0].rstrip(",;")
            first = clipped(first)
            if under:
                hint = "start each line with two spaces, a hyphen and a space:   - " + first
            else:
                # Each item the line lists, as its own line (three shown).
                listed = [clipped(item.strip(",; ")) for item in re.split(r" - |[,;] ", " ".join(node.value.split())) if item.strip(",; ")]
                lines_to_write = ", ".join(f"'  - {item}'" for item in listed[:3]) + (", …" if len(listed) > 3 else "")
                hint = (
                    f"end this line at '{name}:' and write each item on a line of its own below it: {lines_to_write}"
                    if len(listed) > 1
                    else f"end this line at '{name}:' and write below it:   - {first}"
                )
            report.error(
                line,
                "wrong-type",
                f"'{name}' must be a list: "
                + ("these lines do not start with '- ', so YAML runs them together into one text" if under else "a list's items go on the lines below it"),
                hint,
            )
            return None
        if not isinstance(node, Sequence):
            report.error(line, "wrong-type", f"'{name}' must be a list", f"{field.hint}")
            return None
        items: list[str] = []
        for index, item in enumerate(node.items):
            said = item.entries[0].value if isinstance(item, Mapping) and len(item.entries) == 1 else None
            if isinstance(item, Mapping) and isinstance(said, Scalar):
                # '- Ask the team: who approved it?': YAML read ': ' as a key and its value.
                written = f"{item.entries[0].key}: {said.value}" if said.value else f"{item.entries[0].key}:"
                written = written[1:-1] if _in_typed_quotes(written) else written  # “…” from Word would show
                report.error(
                    item.line + offset,
                    "wrong-type",
                    f"each item of '{name}' must be plain text: "
                    + ("': ' in this one makes YAML read a key and a value" if said.value else "the ':' ending this one makes YAML read a key"),
                    f"put the item in quotes, so YAML keeps every character:   - {quoted(written)}",
                )
                continue
            if not isinstance(item, Scalar):
                report.error(item.line + offset, "wrong-type", f"each item of '{name}' must be plain text", field.hint)
                continue
            lines[f"{name}[{index}]"] = item.line + offset
            items.append(" ".join(item.value.split()))
        # A list with a bad item is reported once; its other items are not checked further.
        return tuple(items) if len(items) == len(node.items) else None
    if not isinstance(node, Scalar):
        kind = "a list" if isinstance(node, Sequence) else "a group of keys"
        report.error(line, "wrong-type", f"'{name}' must be a single value, not {kind}", field.hint)
        return None
    text = " ".join(node.value.split())
    if field.kind == "bool":
        if text.lower() in ("true", "false"):
            return text.lower() == "true"
        meant = "true" if text.lower() in ("yes", "y", "on", "1") else "false" if text.lower() in ("no", "n", "off", "0") else None
        report.error(
            line,
            "wrong-type",
            f"'{name}' must be true or false, not '{text}'",
            f"write '{name}: {meant}'" if meant else f"write '{name}: true' (shown only in the preview) or delete the line",
        )
        return None
    if field.kind == "date":
        return _date(name, text, line, report)
    if not text:
        report.error(line, "empty-value", f"'{name}' is empty", f"write {field.hint}")
        return None
    return text


FUTURE_DATE = "future-date"
"""The code of a date still to come: the only check whose verdict depends on the day it runs."""


def _date(name: str, text: str, line: int, report: _Report) -> date | None:
    if not _DATE.fullmatch(text):
        report.error(line, "bad-date", f"'{name}' must be a date written YYYY-MM-DD, not '{text}'", _date_hint(text))
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        report.error(line, "bad-date", f"'{name}' is not a real date: {text}", "check the month and the day")
        return None
    # A day to come is a slip (a pattern is published when it is merged), and one far off
    # would break the engine's sitemap; tomorrow allows for the author's time zone.
    if day > date.today() + timedelta(days=1):
        report.error(line, FUTURE_DATE, f"'{name}' is {text}, a day still to come", f"write the day the pattern is {name} (today at the latest)")
        return None
    return day


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
# The ways a date is written by hand: day first with '/', '.' or '-' (as in Britain; month
# first where only that makes a date), the year first with '/' or '.', or digits left
# unpadded; or a month named in words, in full or in three or four letters, either side of
# the day.
_DAY_FIRST = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})")
_YEAR_FIRST = re.compile(r"([0-9]{4})[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})")
# A time of day after the date, as a calendar or a spreadsheet copies it ('2026-11-30 09:00',
# '2026-11-30T09:00:00Z', '30/11/2026 9.30am').
_TIME_AFTER = re.compile(r"(?i)(?:T|,?\s+(?:at\s+)?)[0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2}(?:\.[0-9]+)?)?\s*(?:am|pm)?\s*(?:Z|[+-][0-9]{2}:?[0-9]{2}|UTC|GMT|BST)?$")
_IN_WORDS = re.compile(r"(?:([0-9]{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})|([a-z]{3,9})\s+([0-9]{1,2})(?:st|nd|rd|th)?,?)\s+([0-9]{4})", re.I)


_DASHES_AS_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"})


def _date_hint(text: str) -> str:
    """How to write the date an author wrote another way ('03/08/2026' is 2026-08-03, read day
    first as in Britain; '3 August 2026' too), or an example."""
    day = month = year = None
    text = _TIME_AFTER.sub("", text.strip())  # the day is the date; the time of day goes
    # A word processor's quotation marks and dashes, which look like the date's own.
    typed = text.strip("\u2018\u2019\u201c\u201d\u00ab\u00bb").translate(_DASHES_AS_HYPHENS)
    if typed != text:
        meant_text = _date_hint(typed)
        if meant_text.startswith("write "):
            return meant_text + ": with ordinary hyphens and no quotation marks, as a keyboard types them"
        text = typed
    if found := _DAY_FIRST.fullmatch(text):
        day, month, year = (int(n) for n in found.groups())
        if month > 12 >= day:  # only a month first reads as a date ('08/23/2026', as in America)
            day, month = month, day
    elif found := _YEAR_FIRST.fullmatch(text):
        year, month, day = (int(n) for n in found.groups())
    elif found := _IN_WORDS.fullmatch(text.strip()):
        word = (found.group(2) or found.group(3)).lower()
        named = [n for n, m in enumerate(_MONTHS, 1) if m == word or (len(word) in (3, 4) and m.startswith(word))]  # 'Aug', 'Sept'
        if named:
            day, month, year = int(found.group(1) or found.group(4)), named[0], int(found.group(5))
    try:
        meant = date(year, month, day) if year and month and day else None
    except ValueError:
        meant = None
        if year and month and 1 <= month <= 12 and day:  # '31/11/2026': November has 30 days
            days = calendar.monthrange(year, month)[1]
            return f"{_MONTHS[month - 1].title()} {year} has {days} days: check the day, then write it as {year}-{month:02d}-DD"
    if meant is None:
        return "for example 2026-03-14"
    return f"write {meant.isoformat()} ({meant.day} {_MONTHS[meant.month - 1].title()} {meant.year})"


def _characters(count: int) -> str:
    return "one character" if count == 1 else f"{count} characters"


def shown_length(text: str) -> int:
    """How many characters a reader counts: an accent typed as a mark after its letter
    ('e' then U+0301) is one character with it, as 'é' is."""
    return len(text) if text.isascii() else len(unicodedata.normalize("NFC", text))


def _check_values(values: dict[str, object], lines: dict[str, int], settings: Settings, report: _Report, slug: str) -> None:
    limits = settings.limits
    for name, (low, high) in (("title", limits.title), ("summary", limits.summary)):
        text = values.get(name)
        if not isinstance(text, str):
            continue
        if not is_visible(text):
            report.error(lines[name], "invisible-value", f"'{name}' has no visible text", f"write {_BY_NAME[name].hint}")
            continue
        length = shown_length(text)
        if not low <= length <= high:
            report.error(
                lines[name],
                "length",
                f"'{name}' is {_characters(length)} long; it must be {low}–{high}",
                f"shorten it by {_characters(length - high)}" if length > high else f"say a little more: {_characters(low - length)} at least",
            )
        if name == "title" and (missing := undrawable(text)):
            more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
            report.warning(
                lines[name],
                "card-cannot-draw",
                f"the social card's font has no {character_name(missing[0])}{more}: a shared link's preview shows the title without it",
                "write the title in the Latin alphabet, without emoji; the page itself shows every character",
            )
        if quoted := _in_typed_quotes(text):
            report.warning(
                lines[name],
                "quotes-kept",
                f"'{name}' is between {quoted}: YAML removes straight quotes around a value, not a word processor's, so the page shows them",
                f"delete the {quoted} at its start and end",
            )
        if reference := _REFERENCE.search(text):
            report.warning(
                lines[name],
                "reference-in-text",
                f"'{name}' is plain text: '{reference.group()}' is shown as written",
                f"write the character itself{_referenced(reference.group())}",
            )
        if has_tag(text):
            report.error(lines[name], "html-in-text", f"'{name}' contains an HTML tag", "write plain text; '&' and quotes are fine")
        elif marks := _markdown_marks(text):
            report.warning(
                lines[name],
                "markdown-in-text",
                f"'{name}' is plain text: '{marks.group()[:40]}' is shown as written, marks and all",
                "write it without Markdown; the title and summary take no formatting or links",
            )
    category = values.get("category")
    if isinstance(category, str) and category not in settings.category_ids:
        by_label = {c.label: c.id for c in settings.categories}
        guess = closest(category, [*settings.category_ids, *by_label], by_prefix=True)
        guess = by_label.get(guess, guess) if guess else None
        report.error(
            lines["category"],
            "unknown-category",
            f"unknown category '{category}'",
            f"did you mean '{guess}'?" if guess else f"the categories are: {', '.join(settings.category_ids)}",
        )
    _check_short_texts(SIGNS, values.get("signs"), lines, limits, report)
    _check_short_texts(OTHER_NAMES, values.get("also_known_as"), lines, limits, report)
    for name in ("related", "aliases"):
        items = values.get(name)
        if not isinstance(items, tuple):
            continue
        if name == "aliases" and len(items) > limits.aliases:
            report.error(
                lines[name],
                "count",
                f"'aliases' has {counted(len(items), 'item')}; it may have at most {limits.aliases}",
                "keep the former slugs that readers' links still use",
            )
        seen = set()
        for index, item in enumerate(items):
            line = lines[f"{name}[{index}]"]
            if not is_slug(item):
                if name == "aliases":  # a related entry is matched to a real slug by the catalogue
                    report.error(line, "bad-slug", f"'{item}' in 'aliases' is not a slug", f"write the former file name without .md, e.g. '{_as_slug(item)}'")
            elif name == "aliases" and item in RESERVED_SLUGS:
                report.error(line, "reserved-slug", f"'{item}' in 'aliases' is a reserved name, never a pattern's slug", "delete it from 'aliases'")
            elif item == slug:
                report.error(
                    line,
                    "self-alias" if name == "aliases" else "self-related",
                    f"'{name}' lists this pattern itself",
                    "delete it: an alias is a former slug, and this is the file's name now"
                    if name == "aliases"
                    else "delete it: 'related' lists other patterns a reader may want next",
                )
            elif item in seen:
                report.error(line, "duplicate-item", f"'{item}' is listed twice in '{name}'", "delete this one")
            seen.add(item)
    published, updated = values.get("published"), values.get("updated")
    if isinstance(published, date) and isinstance(updated, date) and updated < published:
        report.error(
            lines["updated"],
            "updated-before-published",
            f"'updated' ({updated}) is before 'published' ({published})",
            "check both dates (YYYY-MM-DD): 'updated' is the day of the last change worth telling readers of, on or after 'published'",
        )


@dataclass(frozen=True)
class ShortTexts:
    """A front-matter list of short plain texts (``signs``, ``also_known_as``) and how to
    speak of it; its bounds are the ``limits`` named by ``count_limit`` and ``length_limit``."""

    key: str
    count_limit: str
    length_limit: str
    count_code: str
    item: str  # "sign", "name"
    count_hint: str
    length_hint: str
    duplicate_code: str


SIGNS = ShortTexts(
    "signs", "signs", "sign_length", "signs-count", "sign", "list observable signs a reader could tick, one per line starting with '  - '",
    "shorten it to one observable fact", "duplicate-sign",
)
OTHER_NAMES = ShortTexts(
    "also_known_as", "also_known_as", "also_known_as_length", "also-known-as-count", "name", "keep the names a reader is most likely to type",
    "a name is a few words a reader would type, not a sentence", "duplicate-item",
)


def _check_short_texts(kind: ShortTexts, items: object, lines: dict[str, int], limits: Limits, report: _Report) -> None:
    """Count, emptiness, visible text, length, markup and repeats of each item."""
    if not isinstance(items, tuple):
        return
    low, high = getattr(limits, kind.count_limit)
    if not low <= len(items) <= high:
        report.error(
            lines[kind.key],
            kind.count_code,
            f"'{kind.key}' has {counted(len(items), 'item')}; it {'needs' if low else 'may have'} {low} to {high}",
            kind.count_hint,
        )
    longest: int = getattr(limits, kind.length_limit)
    seen: set[str] = set()
    for index, text in enumerate(items):
        line = lines[f"{kind.key}[{index}]"]
        if not text:
            report.error(line, "empty-value", f"a {kind.item} in '{kind.key}' is empty", f"write the {kind.item} after the '- ', or delete the line")
        elif not is_visible(text):
            report.error(line, "invisible-value", f"a {kind.item} in '{kind.key}' has no visible text", "write words a reader can see")
        elif shown_length(text) > longest:
            report.error(line, "length", f"{kind.item} is {_characters(shown_length(text))} long; the limit is {longest}", kind.length_hint)
        if quoted := _in_typed_quotes(text):
            report.warning(
                line,
                "quotes-kept",
                f"a {kind.item} in '{kind.key}' is between {quoted}: YAML removes straight quotes around a value, not a word processor's, so the page shows them",
                f"delete the {quoted} at its start and end",
            )
        if reference := _REFERENCE.search(text):
            report.warning(
                line,
                "reference-in-text",
                f"a {kind.item} in '{kind.key}' is plain text: '{reference.group()}' is shown as written",
                f"write the character itself{_referenced(reference.group())}",
            )
        if mark := _LIST_MARK.match(text):
            shown = mark.group(1)
            report.warning(
                line,
                "pasted-bullets",
                f"a {kind.item} in '{kind.key}' starts with '{shown}', a list's mark pasted with it: "
                f"the page shows each {kind.item} in a list of its own, so '{shown}' would show before the words",
                f"delete '{shown}' at its start, keeping the '- ' before it",
            )
        if has_tag(text):
            report.error(line, "html-in-text", f"{kind.item} in '{kind.key}' contains an HTML tag", "write plain text")
        elif marks := _markdown_marks(text):
            report.warning(
                line,
                "markdown-in-text",
                f"a {kind.item} in '{kind.key}' is plain text: '{marks.group()[:40]}' is shown as written, marks and all",
                "write it without Markdown",
            )
        if text.lower() in seen:
            report.error(line, kind.duplicate_code, f"'{text}' is listed twice in '{kind.key}'", "delete this one")
        seen.add(text.lower())


# --- body ---------------------------------------------------------------------------


def _lead_in(inline: Token) -> str:
    """The text of the emphasis or bold a paragraph starts with ('' if it starts otherwise)."""
    children = [child for child in inline.children or [] if child.type != "text" or child.content]
    if not children or children[0].type not in ("strong_open", "em_open"):
        return ""
    closing = children[0].type.replace("_open", "_close")
    level = children[0].level
    words = []
    for child in children[1:]:
        if child.type == closing and child.level == level:
            break
        if child.type in ("text", "text_special", "code_inline"):
            words.append(child.content)
    return "".join(words)


def _shown_text(inline: Token) -> str:
    """What a reader sees of a heading's or paragraph's text (entities read, links' addresses
    and emphasis marks left out), a line break as a new line."""
    return "".join(
        "\n" if child.type in ("softbreak", "hardbreak") else child.content
        for child in inline.children or []
        if child.type in ("text", "text_special", "code_inline", "softbreak", "hardbreak")
    )


_KEY_LINE = re.compile(rf"(?m)^(?:{'|'.join(_BY_NAME)}):")  # a front matter key's line


def _front_matter_again(source: Source, first_section: int | None) -> int | None:
    """The line where the body, above its first section, starts a copy of front matter
    (its '---' line, or its first key)."""
    above = "\n".join(source.lines[source.body_start - 1 : (first_section or source.line_count + 1) - 1])
    found = _KEY_LINE.search(above)
    if found is None:
        return None
    line = source.body_start + above.count("\n", 0, found.start())
    # A copy starts at its own '---' line; a key line alone is text that happens to start so.
    return line - 1 if line > source.body_start and source.lines[line - 2].strip() == "---" else None


def _front_matter_cut(source: Source, report: _Report) -> tuple[int, list[str]]:
    """Where the rest of front matter that a stray '---' cut short ends (its own '---'
    line), when the body starts with front matter's keys, and those keys; else 0 and none.
    Reports it."""
    start = source.body_start
    # Blank lines and YAML's comments ('# the signs') may come before the first key.
    while start <= len(source.lines) and (not source.lines[start - 1].strip() or source.lines[start - 1].startswith("# ")):
        start += 1
    if start > len(source.lines) or not _KEY_LINE.match(source.lines[start - 1]):
        return 0, []
    # The front matter's own closing '---' follows its last key, above the first section;
    # without one, a line such as 'category: the pilot's words' is text.
    end = next((n for n in range(start, len(source.lines) + 1) if source.lines[n - 1].rstrip() == "---" or source.lines[n - 1].startswith("##")), 0)
    if not end or source.lines[end - 1].startswith("##"):
        return 0, []
    stray = source.lines[source.body_start - 2].strip()  # '---', or YAML's other end of a document, '...'
    keys = [line.partition(":")[0] for line in source.lines[start - 1 : end] if _KEY_LINE.match(line)]
    quoted = [f"'{key}'" for key in keys]
    listed = quoted[0] if len(keys) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
    report.error(
        source.body_start - 1,
        "front-matter-cut",
        f"this '{stray}' ends the front matter, so {listed} below it {'is' if len(keys) == 1 else 'are'} read as text, not as front matter",
        "delete this line: the front matter runs from the '---' on line 1 to the one after its last key",
    )
    return end, keys


def _without_hidden(text: str) -> str:
    """``text`` without the characters that show as nothing (each is reported on its own)."""
    return text if text.isascii() else "".join(c for c in text if not is_hidden_character(c) and c != "\u00ad")


def _check_sections(source: Source, settings: Settings, report: _Report, cut: int = 0) -> tuple[PatternSection, ...] | None:
    expected = settings.headings
    cta = as_compared(settings.cta_heading)
    found: list[tuple[int, int, str]] = []  # (index in expected, heading line, heading as written)
    unknown: list[Heading] = []  # '## ' headings that name no section
    tokens = source.tokens
    first_section = min((h.line for h in source.headings if h.level == 2), default=source.line_count + 1)
    # The sections written as sections (or nearly): a subheading of the same words is theirs.
    present = {guess for h in source.headings if h.level == 2 and (guess := closest(" ".join(h.text.split()), expected, cutoff=0.6))}
    for heading in source.headings:
        if heading.line <= cut:
            continue
        if as_compared(heading.text) == cta:
            report.error(
                heading.line,
                "cta-authored",
                f"section \"{heading.text}\" is generated from the site's offers",
                "delete this section: every pattern page gets it automatically",
            )
        elif heading.level != 2 and (meant := _section_meant(heading, expected, present)) is not None:
            report.error(
                heading.line,
                "heading-level",
                f"wrong heading level: \"{heading.text}\" is a section, so it takes two '#', not {heading.level}",
                f"write '## {expected[meant]}'",
            )
            found.append((meant, heading.line, heading.text))
        elif heading.level == 1:
            report.error(
                heading.line,
                "h1-in-body",
                "the body must not have a level-1 heading (the title comes from front matter)",
                # Above every section, it is the title written again: it goes.
                "delete this line: the page's title is the front matter's 'title:'"
                if heading.line < first_section
                else _underline_hint(heading) + "use '## ' for one of the three sections, or '### ' inside one",
            )
        elif heading.level == 2:
            # A no-break space (pasted from a word processor) reads as a space here, as it shows.
            if (spaced := " ".join(_without_hidden(heading.text).split())) in expected:
                found.append((expected.index(spaced), heading.line, heading.text))
                continue
            bare = slips.ATTRIBUTE_LIST.sub("", heading.text).strip()
            if bare != heading.text and bare in expected:
                report.error(
                    heading.line,
                    "unsupported-markdown",
                    f"section \"{bare}\" has an attribute list, which GitHub and the site show as part of the heading",
                    f"delete '{heading.text[len(bare):].strip()}' from the heading",
                )
                found.append((expected.index(bare), heading.line, heading.text))
                continue
            guess = closest(heading.text, expected, cutoff=0.6)
            if guess:
                report.error(heading.line, "section-misspelt", f"unknown section \"{heading.text}\"", f"did you mean \"{guess}\"?")
                found.append((expected.index(guess), heading.line, heading.text))
            else:
                unknown.append(heading)
    # A section renamed ('## Root causes' where 'What is actually happening' goes) is one
    # error at its heading, with the line to write: not an unknown section, a missing one
    # and the text under it before the first section as well.
    for heading, meant in _renamed_sections(unknown, found, len(expected)).items():
        report.error(
            heading.line,
            "section-unknown",
            f"unknown section \"{' '.join(heading.text.split())}\": this is the place of the section \"{expected[meant]}\", "
            "which is missing",
            f"write the line as: ## {expected[meant]}",
        )
        found.append((meant, heading.line, heading.text))
    found.sort(key=lambda section: section[1])  # in the file's order, for the order's check
    for heading in unknown:
        if not any(line == heading.line for _, line, _ in found):
            report.error(
                heading.line,
                "section-unknown",
                f"unknown section \"{' '.join(heading.text.split())}\"",
                _underline_hint(heading)
                + "the sections are " + ", ".join(f'"{h}"' for h in expected) + "; use '### ' for a subheading inside one",
            )
    # A paragraph (or a line starting one) of the heading's words, in bold or as a link say,
    # passes for it too, as does a heading of them in a quote or list item (never a section)
    # or written with other marks.
    named = {d.line for d in report.items if d.code == "cta-authored"}
    longest = 4 * len(settings.cta_heading) + 40
    for i, token in enumerate(tokens):
        if token.type not in ("paragraph_open", "heading_open") or not token.map or token.map[0] + source.body_start in named:
            continue
        shown = _shown_text(tokens[i + 1])
        first = shown.partition("\n")[0]
        # Text far longer than the heading's words is prose, not compared; its words in bold
        # at its start are ('**Is this your stall?** Book a call.').
        if any(as_compared(text) == cta for text in {first, shown, _lead_in(tokens[i + 1])} if len(text) <= longest):
            report.error(
                token.map[0] + source.body_start,
                "cta-authored",
                f"\"{' '.join(first.split())}\" reads as the heading of the site's offers",
                "delete it: every pattern page gets the offers automatically, under their own heading",
            )
    first_h2 = min((line for _, line, _ in found), default=None)
    stray = [b.line for b in source.blocks if b.kind != "heading" and _has_content(b) and b.line > cut]
    section_lines = {line for _, line, _ in found}
    stray += [
        h.line
        for h in source.headings
        if h.level >= 3 and h.line not in section_lines and as_compared(h.text) != cta and h.line > cut
    ]
    early = min((line for line in stray if first_h2 is None or line < first_h2), default=None)
    meant_sections: set[int] = set()  # written as a heading, but not read as one: reported there
    if early is not None:
        # A section's name written in bold, or as a line of its own, for a heading.
        written = source.lines[early - 1].strip().strip("*_ ").rstrip(":").strip() if early <= len(source.lines) else ""
        written = " ".join(written.split())  # no-break spaces between its words, pasted from a document, as spaces
        named_section = closest(written, expected, cutoff=0.8) if written else None
        if named_section:
            report.error(
                early,
                "content-before-section",
                f"this line is meant as the heading of \"{named_section}\", but is not one: a section's heading is a line "
                f"of its own that starts '## ', as in '## {named_section}'",
                f"write the line as: ## {named_section}",
            )
            meant_sections.add(expected.index(named_section))
        elif (again := _front_matter_again(source, first_h2)) is not None:
            report.error(
                again,
                "front-matter-twice",
                "the front matter is here a second time, in the body, where it would be published as text",
                "delete this copy, from its '---' line to the next: the front matter at the top of the file is the one read",
            )
        else:
            report.error(early, "content-before-section", "text before the first section", f"move it under \"{expected[0]}\"")
    seen: dict[int, int] = {}
    last = -1
    for index, line, text in found:
        if index in seen:
            report.error(line, "section-duplicate", f"section \"{expected[index]}\" appears twice (first on line {seen[index]})", "merge the two")
            continue
        seen[index] = line
        if index < last:
            report.error(line, "section-order", f"section \"{expected[index]}\" is out of order", "the order is " + " → ".join(expected))
        last = max(last, index)
    end = source.line_count
    # Sections after a code block never closed are its code: the block is reported, not
    # them (those missing before it still are).
    fence = slips.swallowed_from(source.tokens)
    swallowed_after = len(expected)
    if fence is not None:
        swallowed_after = max((i for i, line in seen.items() if line < fence + source.body_start), default=-1)
    # A later section's name in bold, or as a line of its own, for its heading: reported there
    # (looked for only when a section is missing).
    for block in source.blocks if len(seen) + len(meant_sections) < len(expected) else ():
        if block.kind != "text" or (first_h2 is not None and block.line < first_h2) or block.line > len(source.lines):
            continue
        written = _LABEL_MARKS.sub("", source.lines[block.line - 1].strip()).rstrip(":").strip()
        label = closest(written, expected, cutoff=0.8) if 0 < len(written) <= 80 else None
        if label is not None and (index := expected.index(label)) not in seen and index not in meant_sections:
            report.error(
                block.line,
                "section-missing",
                f"section \"{label}\" is missing: this line is meant as its heading, but is not one: a section's "
                f"heading is a line of its own that starts '## '",
                f"write the line as: ## {label}",
            )
            meant_sections.add(index)
    missing_at: dict[int, list[str]] = {}
    for index, missing in enumerate(expected):
        if index not in seen and index <= swallowed_after and index not in meant_sections:
            later = [line for i, line in seen.items() if i > index]
            missing_at.setdefault(min(later) if later else end, []).append(missing)
    for line, names in missing_at.items():
        if len(names) == 1:
            report.error(line, "section-missing", f"section \"{names[0]}\" is missing", f"add a line '## {names[0]}' followed by its text")
        else:
            listed = ", ".join(f'"{n}"' for n in names[:-1]) + f' and "{names[-1]}"'
            report.error(
                line,
                "section-missing",
                f"sections {listed} are missing",
                "add, in this order, each followed by its text: " + ", ".join(f"'## {n}'" for n in names),
            )
    h2_lines = sorted(h.line for h in source.headings if h.level <= 2 or h.line in section_lines)
    sections: list[PatternSection] = []
    lines = source.lines
    for index, line, _text in sorted(found, key=lambda f: f[1]):
        if seen.get(index) != line:
            continue
        stop = next((other for other in h2_lines if other > line), end + 1)
        inside = [b for b in source.blocks if line < b.line < stop]
        # A section holding only the scaffold's guidance gets the guidance's error alone.
        guided = any(GUIDANCE in text for text in lines[line : stop - 1])
        if not guided and not any(b.kind != "heading" and _has_words(b) for b in inside):
            report.error(line, "section-empty", f"section \"{expected[index]}\" is empty", "write at least a paragraph under it")
        body_from = next((b.end_line for b in source.blocks if b.line == line), line)
        markdown = "\n".join(lines[body_from : stop - 1]).strip("\n")
        sections.append(PatternSection(settings.sections[index].key, expected[index], markdown, line))
    if len(sections) != len(expected):
        return None
    return tuple(sections)


# What an author puts around a heading written as a label: bold or italic marks, '#'s
# without their space, a number ('2. ').
_LABEL_MARKS = re.compile(r"^(?:#+|\d{1,2}[.)]\s*)|[*_]+")


def _renamed_sections(unknown: list[Heading], found: list[tuple[int, int, str]], count: int) -> dict[Heading, int]:
    """The unknown '## ' headings that stand where missing sections go, each with the
    section's index: between the sections found before and after them, as many unknown
    headings as sections missing there, taken in order. A line of dashes that made text a
    heading is not a section renamed."""
    placed = sorted((line, index) for index, line, _ in found)
    slots: dict[tuple[int, int], list[Heading]] = {}
    for heading in unknown:
        if heading.underlined:
            continue
        before = max((index for line, index in placed if line < heading.line), default=-1)
        after = min((index for line, index in placed if line > heading.line), default=count)
        slots.setdefault((before, after), []).append(heading)
    have = {index for _, index in placed}
    renamed: dict[Heading, int] = {}
    for (before, after), headings in slots.items():
        missing = [index for index in range(before + 1, after) if index not in have]
        if missing and len(missing) == len(headings):
            renamed.update(zip(headings, missing, strict=True))
    return renamed


def _underline_hint(heading: Heading) -> str:
    """For a setext heading, what made it one: authors write a line of dashes for a rule."""
    if not heading.underlined:
        return ""
    if heading.level == 1:
        return "the line of '=' under this text makes it a heading, on GitHub too; "
    return "the line of dashes under this text makes it a heading, on GitHub too (for a line across the page, leave a blank line above the dashes); "


def _section_meant(heading: Heading, expected: tuple[str, ...], present: set[str]) -> int | None:
    """The index of the section a heading at the wrong level stands for: a level-1 heading
    that names one (exactly, or nearly); a subheading only when it names, word for word, a
    section the file does not have. '### What good looks like' under '## What it looks
    like' is a subheading, as is '### What it looks like now'."""
    if heading.level == 1:
        guess = closest(heading.text, expected, cutoff=0.8)
        return expected.index(guess) if guess else None
    compared = as_compared(heading.text)
    return next((i for i, name in enumerate(expected) if name not in present and as_compared(name) == compared), None)


def _has_content(block: Block) -> bool:
    return bool(strip_comments(block.content).strip())


def _has_words(block: Block) -> bool:
    """Whether a block gives a section something to say: code, or text with a letter or a
    digit in it. A rule, an empty bullet, a full stop or a no-break space ('&nbsp;') alone
    publishes a section that is empty to its reader."""
    if block.kind == "rule":
        return False
    text = strip_comments(block.content)
    if block.kind in ("code", "indented"):
        return bool(text.strip())
    return any(char.isalnum() for char in html.unescape(text))


# --- what the body publishes ---------------------------------------------------------


def _check_body(source: Source, report: _Report) -> None:
    """Raw HTML, unsafe addresses and Markdown the site would not show as GitHub previews it."""
    reported = set()
    places: dict[tuple[int, str], list[int]] = {}  # where each needle is on each line, as far as looked for
    for problem in slips.problems(source.tokens):
        line = problem.line + source.body_start
        text = source.lines[line - 1] if line <= len(source.lines) else ""
        at = _nth_place(text, problem.needle, problem.nth, places.setdefault((line, problem.needle), [])) if problem.needle else -1
        column = at + 1 if at >= 0 else 1
        if (line, column, problem.code, problem.message) in reported:
            continue  # the same address linked twice on one line, say
        reported.add((line, column, problem.code, problem.message))
        add = report.warning if problem.warning else report.error
        add(line, problem.code, problem.message, problem.hint, column=column)


def _render(source: Source, sections: tuple[PatternSection, ...], settings: Settings, report: _Report) -> tuple[tuple[PatternSection, ...], str]:
    """The sections with their HTML, and the whole body's HTML, from the one parse.

    The HTML must pass the sanitizer unchanged; if it would not, the renderer has a bug,
    and the pattern is not published until it is fixed.
    """
    tokens = source.tokens
    body.assign_heading_ids(tokens, taken={f"offer-{offer.id}" for offer in settings.offers})
    starts = [i for i, t in enumerate(tokens) if t.type == "heading_open" and t.level == 0 and t.tag in ("h1", "h2")]
    by_line = {line[0] + source.body_start: i for i in starts if (line := tokens[i].map)}
    rendered: list[PatternSection] = []
    for section in sections:
        start = by_line[section.line]
        stop = next((i for i in starts if i > start), len(tokens))
        rendered.append(replace(section, html=body.render(tokens[start + 3 : stop])))
    html = "".join(body.render(tokens[by_line[s.line] : by_line[s.line] + 3]) + s.html for s in rendered)
    for change in sanitizer.differences(html):
        report.error(
            sections[0].line,
            "sanitizer",
            f"the rendered page would be changed by the HTML sanitizer: {change}",
            "this is a bug in stallpatterns, not in your file: please report it with this pattern attached",
        )
    return tuple(rendered), html


def _check_github_reading(source: Source, html: str, report: _Report) -> None:
    """The last wall of one dialect: the body the site would publish has the elements, in
    the order, that GitHub's preview shows (:mod:`stallpatterns.github`). Asked only of a
    pattern the other checks pass, whose own messages name the corners they know."""
    difference = github.first_difference(source.body, html)
    if difference is not None:
        report.error(source.body_start + difference.line - 1, "github-differs", difference.message, difference.hint)


def _check_heading_marks(source: Source, report: _Report) -> None:
    lines = source.lines
    # The lines already reported with an error, read once: looked up for each line in turn,
    # the report (which grows by a warning for each such line) was read again for every one
    # (26 s for a file of 33,000 lines of '#a').
    reported: set[int] | None = None
    for block in source.blocks:
        if block.kind != "text":
            continue
        for number in range(block.line, block.end_line + 1):
            text = lines[number - 1]
            if text.startswith("#") and _HEADING_NO_SPACE.match(text):
                if reported is None:
                    reported = {d.line for d in report.items if d.is_error}
                if number in reported:
                    continue  # a section's heading, already reported as one: one message for one slip
                marks = len(text) - len(text.lstrip("#"))
                # '#AI' is a hashtag as often as a heading, and one '#' would make a title, not allowed here.
                fixed = f"{'#' * (marks if marks > 1 else 3)} {text[marks:].strip()}"
                report.warning(
                    number,
                    "heading-no-space",
                    f"'{text.strip()[:60]}' is shown as text, not as a heading: a heading needs a space after the '#'",
                    f"for a heading write '{fixed[:60]}'; for a literal '#' at the start of a line (a hashtag), write '\\#'",
                )


# A line GitHub reads as more of the paragraph a link definition is in, where markdown-it
# starts a block: code indented by four spaces, a list starting at a number other than 1,
# an empty list item, a line of '-' or '=' (a rule or nothing on the site); or a table's
# first line (with its delimiter row after it).
_NEW_BLOCK_TO_MARKDOWN_IT = re.compile(r" {0,3}\t|    |\s{0,3}(?:(?:\d{1,9}[.)]|[-+*])[ \t]*$|(?!0*1[.)])\d{1,9}[.)][ \t]|(?:-+|=+)[ \t]*$)")


def _covered_lines(tokens: tuple[Token, ...], chosen: Callable[[Token], bool]) -> set[int]:
    """The body lines (0-based) of the chosen tokens' blocks."""
    return {line for token in tokens if token.map and chosen(token) for line in range(token.map[0], token.map[1])}


def _check_after_definitions(source: Source, report: _Report) -> None:
    """A link definition (``[name]: https://…``) with a line straight after it that GitHub
    reads as more of its paragraph and the site as a new block. The body's top-level
    blocks are the only lines the parse keeps; a line of text left out between them is a
    definition's. In a quote, likewise, with its blocks and its '>' marks."""
    start = source.body_start
    covered = _covered_lines(source.tokens, lambda token: token.level == 0)
    for number in range(start, len(source.lines)):
        text, after = source.lines[number - 1], source.lines[number]
        if number - start in covered or number + 1 - start not in covered or not text.strip() or not after.strip():
            continue
        if _starts_a_block(after, source.lines[number + 1] if number + 1 < len(source.lines) else ""):
            report.error(
                number + 1,
                "definition-then-block",
                "GitHub reads this line as more of the text of the link definition above it, not as a new block",
                "leave a blank line after the link definition",
            )
    for number in _after_definitions_in_quotes(source):
        report.error(
            number + start,
            "definition-then-block",
            "GitHub reads this line as more of the text of the link definition above it in the quote, not as a new block",
            "leave a line holding only '>' after the link definition",
        )


def _starts_a_block(line: str, next_line: str) -> bool:
    """Whether markdown-it starts a block at ``line`` (then ``next_line``) straight after a
    link definition, where GitHub reads it as more of the definition's paragraph."""
    # A table's header, or a one-column table's without a '|' ('Owner' over '|---|' or
    # ':--'); a line of dashes alone under it is a heading's underline, or a rule.
    one_column = body.row_cells(next_line) == 1 and next_line.strip(" \t-") != ""
    table = ("|" in line or one_column) and _dividing_row(next_line)
    return table or bool(_NEW_BLOCK_TO_MARKDOWN_IT.match(line))


_QUOTE_MARKS = re.compile(r"(?: {0,3}>[ ]?)+")


def _after_definitions_in_quotes(source: Source) -> Iterator[int]:
    """The body lines (0-based) in a quote, straight after a link definition in it, that
    start a block on the site: a line of the quote that none of its blocks holds is a
    definition's. Both lines have the same '>' marks, cut off before the line is read."""
    body_lines = source.lines[source.body_start - 1 :]
    tokens = source.tokens
    for index, token in enumerate(tokens):
        if token.type != "blockquote_open" or not token.map:
            continue
        inside: set[int] = set()
        for at in range(index + 1, len(tokens)):  # no copy of the rest of the body for each quote
            child = tokens[at]
            if child.level <= token.level:
                break
            if child.level == token.level + 1 and child.map:
                inside.update(range(*child.map))
        for number in range(token.map[0], token.map[1] - 1):
            text, after = body_lines[number], body_lines[number + 1]
            marks, after_marks = _QUOTE_MARKS.match(text), _QUOTE_MARKS.match(after)
            if number in inside or number + 1 not in inside or marks is None or after_marks is None:
                continue
            if marks.group().count(">") != after_marks.group().count(">") or not text[marks.end() :].strip():
                continue
            line = after[after_marks.end() :]
            next_line = body_lines[number + 2] if number + 2 < len(body_lines) else ""
            next_marks = _QUOTE_MARKS.match(next_line)
            if line.strip(" \t=") and _starts_a_block(line, next_line[next_marks.end() :] if next_marks else next_line):
                yield number + 1  # (a line of '=' is a paragraph on both)


def _nth_place(text: str, needle: str, nth: int, found: list[int]) -> int:
    """Where the needle is on the line for the nth time (0: the first), or else the last
    time; -1 if never. ``found`` holds the places found by calls before for this line and
    needle, then -1 once there are no more: each place is looked for once (counted again
    from the line's start for each problem, a line of 6,000 links took 10 seconds)."""
    while len(found) <= nth and (not found or found[-1] != -1):
        found.append(text.find(needle, found[-1] + 1 if found else 0))
    if nth < len(found) and found[nth] != -1:
        return found[nth]
    return found[-2] if len(found) > 1 else -1  # fewer places than asked for: the last one


# GitHub's footnotes, which the site does not have: a line starting '[^label]:' (after any
# quote and list markers) defines one, and '[^label]' then refers to it, in any case. Where
# no line defines a label, '[^label]' is text on GitHub too ('[^A-Za-z]' in prose). GitHub
# refuses only spaces, tabs and ']' in a label. Possessive: one pass over a line.
_FOOTNOTE_DEFINITION = re.compile(r"(?:[ \t]*+(?:>|[-+*](?=[ \t])|\d{1,9}+[.)](?=[ \t])))*+[ \t]*+\[\^([^\] \t\r\n]++)\]:")
_FOOTNOTE_REFERENCE = re.compile(r"\[\^([^\[\] \t\r\n]++)\]")  # never past another '[': one pass


def _check_footnotes(source: Source, report: _Report) -> None:
    """Each line that defines a footnote (GitHub moves the note to the foot of the page, or
    hides it where nothing refers to it), and each line of text that refers to one."""
    if "[^" not in source.body:
        return
    start = source.body_start
    code = _covered_lines(source.tokens, lambda token: token.type in ("fence", "code_block", "html_block"))
    defined: dict[str, int] = {}  # label, case-folded: the first line defining it
    reported: set[int] = set()  # one report a line: each definition's, then each reference's
    for number in range(start, len(source.lines) + 1):
        found = _FOOTNOTE_DEFINITION.match(source.lines[number - 1]) if number - start not in code else None
        if found is None:
            continue
        defined.setdefault(found.group(1).casefold(), number)
        reported.add(number)
        report.error(
            number,
            "unsupported-markdown",
            f"'[^{found.group(1)}]:' defines a footnote, which the site does not support: GitHub shows the note at "
            "the foot of the page (or hides it where nothing refers to it), the site does not",
            "put the note in the sentence, or in brackets after it, and delete this line",
            column=found.start(1) - 1,
        )
    if not defined:
        return
    for token in source.tokens:
        if token.type != "inline" or not token.map or "[^" not in token.content:
            continue
        for child, offset in body.lines_of(token.children or []):
            number = token.map[0] + offset + start
            found = next((f for f in _FOOTNOTE_REFERENCE.finditer(child.content) if f.group(1).casefold() in defined), None) if child.type == "text" else None
            if found is None or number in reported:
                continue
            reported.add(number)
            report.error(
                number,
                "unsupported-markdown",
                f"'{found.group()}' is a footnote on GitHub (line {defined[found.group(1).casefold()]} defines it), which the site shows as text",
                "put the note in the sentence, or in brackets after it, and delete the definition",
                column=_column_outside_code(source.lines[number - 1], found.group()),
            )


def _column_outside_code(line: str, needle: str) -> int:
    """The column of the first ``needle`` on the line after an even number of backticks
    (outside a code span, as far as the line alone tells); 1 if there is none."""
    at, counted, ticks = line.find(needle), 0, 0
    while at >= 0:
        ticks += line.count("`", counted, at)
        counted = at
        if ticks % 2 == 0:
            return at + 1
        at = line.find(needle, at + 1)
    return 1


_LIST_MARKER_ALONE = re.compile(r"[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]*)*")
_BLOCKS_IN_AN_ITEM = frozenset(
    {"paragraph_open", "heading_open", "code_block", "fence", "html_block", "table_open", "hr", "blockquote_open", "bullet_list_open", "ordered_list_open"}
)


def _check_list_items(source: Source, report: _Report) -> None:
    """What GitHub would lay out otherwise in a list item: a link definition in it (GitHub
    takes it out before spacing the list; markdown-it counts the blank line beside it, so
    the list is spaced out), and a table row of a lone '|' (it ends the table on GitHub)."""
    start = source.body_start
    shown = _covered_lines(source.tokens, lambda token: token.type in _BLOCKS_IN_AN_ITEM and token.level > 0)

    def blank(line: int) -> bool:  # a body line that is blank, or past the end
        return line + start - 1 >= len(source.lines) or not source.lines[line + start - 1].strip()

    tokens = source.tokens
    for index, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open") and token.map:
            if _continues_a_list(tokens, index):
                empty = tokens[index - 3].map
                report.error(
                    (empty[0] if empty else token.map[0]) + start,
                    "list-split",
                    "an empty list item, then blank lines: the site ends the list here and starts another after them, "
                    "where GitHub goes on with one list",
                    "delete the empty item (its list marker alone on the line)",
                )
            first, end = token.map
            hidden = [n for n in range(first, end) if n not in shown and not blank(n) and not _LIST_MARKER_ALONE.fullmatch(source.lines[n + start - 1])]
            if not hidden:
                continue
            close, blocks = _items_blocks(tokens, index)
            if _spaced_on_github(token, blocks, hidden, blank) != _spaced_here(tokens[index:close], token.level):
                report.error(
                    hidden[0] + start,
                    "definition-in-list",
                    "a link definition inside a list: GitHub spaces the list's items otherwise than the site (it leaves the definition out first)",
                    "move the definition below the list, after a blank line",
                )
        if token.type == "tr_open" and token.map and source.lines[token.map[0] + start - 1].strip() == "|":
            report.error(
                token.map[0] + start,
                "table-row-empty",
                "a row of a lone '|' ends the table on GitHub; the site shows an empty row",
                "delete the line, or write its cells: '| a | b |'",
            )


_INDENTED_QUOTE_MARK = re.compile(r"^(?: {0,3}\t| {4})[ \t]*>", re.MULTILINE)


def _check_quote_markers(source: Source, report: _Report) -> None:
    """A quotation's line whose '>' has four columns of space or more before it (a tab, say):
    markdown-it still reads it as the quotation's mark; GitHub shows the '>' as text (the
    line goes on the paragraph above) or the line as code."""
    if ">" not in source.body or not _INDENTED_QUOTE_MARK.search(source.body):  # the expression tried only where it may match
        return
    start = source.body_start
    reported: set[int] = set()  # a line of nested quotations is reported once
    for token in source.tokens:
        if token.type != "blockquote_open" or not token.map:
            continue
        first, end = token.map
        opening = source.lines[first + start - 1]
        container = 0 if token.level == 0 else _columns(opening[: opening.find(">")])
        for number in range(first + 1, end):
            text = source.lines[number + start - 1]
            if text.lstrip(" \t").startswith(">") and _indent(text) - container >= 4 and number not in reported:
                reported.add(number)
                report.error(
                    number + start,
                    "quote-mark-indented",
                    "a '>' after four or more spaces (or a tab) is no quotation mark on GitHub: it shows the '>' "
                    "as text, or the line as code, where the site goes on with the quotation",
                    "start the line with its '>', with at most three spaces before it",
                )
                break


def _check_nested_section_headings(source: Source, settings: Settings, report: _Report) -> None:
    """A heading with a section's name inside a list item or a quote ('- ## What it looks
    like'): it is no section, the page shows the name twice, and a link to the section's
    part goes to this one, which takes its name first."""
    # Only a section written as one as well: where it is not, its missing heading is told.
    written = {as_compared(h.text) for h in source.headings if h.level == 2}
    sections = {compared: heading for heading in settings.headings if (compared := as_compared(heading)) in written}
    for index, token in enumerate(source.tokens if sections else ()):
        if token.type != "heading_open" or token.level == 0 or not token.map:
            continue
        name = sections.get(as_compared(source.tokens[index + 1].content))
        if name is not None:
            report.error(
                token.map[0] + source.body_start,
                "section-heading-nested",
                f"this heading, \"{name}\", is inside a list item or a quote, so it is not the section's heading: the page would show it twice",
                f"give it other words, or, if it is the section's heading, write '## {name}' at the start of its own line, outside the list or quote",
            )


def _check_indented_headers(source: Source, report: _Report) -> None:
    """A paragraph's line indented four columns or more, over a table's dividing row:
    GitHub takes any line of a paragraph as a table's header (the table starts there);
    markdown-it takes so indented a line as no header, and the rows stay text."""
    start = source.body_start
    for token in source.tokens:
        if token.type != "paragraph_open" or token.level != 0 or not token.map:
            continue
        first, end = token.map
        lines = [source.lines[n + start - 1] for n in range(first, end)]
        for offset in range(1, len(lines) - 1):
            if body.is_dividing_row(lines[offset]):
                break  # GitHub tries no table after a dividing row it found no header for
            row = lines[offset + 1]
            if _indent(lines[offset]) >= 4 and _dividing_row(row) and row.strip(" \t-") and body.row_cells(lines[offset]) == body.row_cells(row):
                report.error(
                    first + offset + start,
                    "table-header-indented",
                    "GitHub makes this line the header of a table (the dividing row is below it); the site, "
                    "with the line indented four spaces or more, shows the lines as text",
                    "take the spaces from the start of the line, and leave a blank line before it",
                )
                break


def _dividing_row(line: str) -> bool:
    """A table's dividing row where GitHub reads one: indented three columns at most."""
    return _indent(line) < 4 and body.is_dividing_row(line)


def _indent(line: str) -> int:
    return _columns(line[: len(line) - len(line.lstrip(" \t"))])


def _columns(space: str) -> int:
    """How many columns leading spaces and tabs take (a tab goes on to the next multiple of four)."""
    column = 0
    for char in space:
        column = _next_column(column, char)
    return column


def _next_column(column: int, char: str) -> int:
    """The column after ``char`` at ``column``: a tab goes on to the next multiple of four."""
    return column + 4 - column % 4 if char == "\t" else column + 1


def _continues_a_list(tokens: tuple[Token, ...], index: int) -> bool:
    """A list straight after one of the same kind and level, which ends in an empty item:
    markdown-it ends a list at an empty item followed by two blank lines; GitHub does not."""
    before = tokens[index - 1] if index else None
    if before is None or before.type != tokens[index].type.replace("_open", "_close") or before.markup != tokens[index].markup:
        return False
    return index >= 3 and tokens[index - 2].type == "list_item_close" and tokens[index - 3].type == "list_item_open"


def _items_blocks(tokens: tuple[Token, ...], index: int) -> tuple[int, list[tuple[int, int]]]:
    """The close of the list opened at ``index``, and the lines of the blocks in its items."""
    level = tokens[index].level
    blocks = []
    close = index + 1
    while close < len(tokens) and not (tokens[close].level == level and tokens[close].type.endswith("_list_close")):
        token = tokens[close]
        if token.level == level + 2 and token.nesting >= 0 and token.map and token.block:
            blocks.append((token.map[0], token.map[1]))
        close += 1
    return close, blocks


def _spaced_here(list_tokens: tuple[Token, ...], level: int) -> bool:
    """Whether markdown-it spaced out a list (at ``level``; its tokens): its paragraphs shown."""
    return any(t.type == "paragraph_open" and t.level == level + 2 and not t.hidden for t in list_tokens)


def _spaced_on_github(opened: Token, blocks: list[tuple[int, int]], definitions: list[int], blank: Callable[[int], bool]) -> bool:
    """Whether GitHub spaces out a list (``opened``, with its items' ``blocks``): a blank
    line, outside its items' blocks, with a block of an item (not a link definition, which
    GitHub takes out first) before it and after it."""
    if any(not blank(line + 1) for line in definitions if line + 1 not in definitions):
        return True  # text straight after a definition: GitHub spaces the list out (as the site does)
    first, end = opened.map or (0, 0)
    inside = {n for a, b in blocks for n in range(a, b)}
    content = sorted(inside.difference(definitions))
    return any(
        blank(n) and n not in inside and content and content[0] < n < content[-1]
        for n in range(first, end)
    )


# The guidance's own words, left in after its comment marks were deleted.
# (Every guidance the scaffold writes starts 'Write …'; what is left of its mark, from
# GUIDANCE, may be before it.)
_BARE_GUIDANCE_WORDS = GUIDANCE.removeprefix("<!-- ") + " Write "
_BARE_GUIDANCE = re.compile(r"(?m)^(?![ \t]*<!--)[ \t<!-]*" + re.escape(_BARE_GUIDANCE_WORDS))


def _check_guidance(source: Source, report: _Report) -> None:
    left: int | None = None
    # The expression is tried only on a body that holds its words: tried at every line of
    # every body, it took longer than a search for them.
    if _BARE_GUIDANCE_WORDS in source.body:
        code = _code_lines(source)
        at = read = 0  # the body line of each match, counted on from the one before
        for found in _BARE_GUIDANCE.finditer(source.body):
            at, read = at + source.body.count("\n", read, found.start()), found.start()
            if at not in code:
                left = at
                break
    if left is not None:
        report.error(
            source.body_start + left,
            "scaffold-guidance",
            f"guidance from '{AUTHOR_COMMAND} new' is still in the file, without its comment marks, so it would be published",
            "delete the line that starts 'guide:' and write your own text",
        )
    if GUIDANCE not in source.text:
        return
    for number, line in enumerate(source.lines, start=1):
        if GUIDANCE in line:
            report.error(
                number,
                "scaffold-guidance",
                f"guidance from '{AUTHOR_COMMAND} new' is still in the file",
                "replace the '<!-- guide: ... -->' comment with your own text",
            )


# What an author writes for text still to come: never published. In capitals only ('a todo
# list' is prose), and not 'TBD' or 'TBC' within text, which a quoted plan or meeting note
# may hold ('launch date TBD'); but an instruction in square brackets, which no link makes
# of them ('[insert client example]', '[TBC]'), is one wherever it is.
_MARKED = re.compile(r"\b(?:TODO|FIXME|PLACEHOLDER)\b|\b(?:INSERT|ADD)\b[A-Z ]{0,40}\bHERE\b|\{\{[^{}\n]{1,60}\}\}")
_LOREM = re.compile(r"(?i)\blorem ipsum\b")
_BRACKETED_PLACEHOLDER = re.compile(
    r"(?i)\[\s*(?:insert|add|include|placeholder|example|tbc|tbd|tba|xx+|to (?:come|follow)|fill in|enter)\b[^\]\n]*\]"
    # What a consultant leaves where a client is named: '[client name]', '[Company X]', '[name of the firm]'
    # (not '[the client]' or '[vendor A]', an editor's words in a quotation).
    r"|\[\s*(?:the\s+)?(?:client|company|customer|organi[sz]ation|firm|vendor|supplier|department|person|sponsor)(?:['’]s)?\s+(?:name|x)\s*\]"
    r"|\[\s*name(?:\s+of\s+[^\]\n]{1,40})?\s*\]"
)
# A paragraph, sign or value that is nothing but 'TBC' (or 'TBD', 'XXX', 'to follow'…).
_PLACEHOLDER_ALONE = re.compile(r"(?i)[(\[]?\s*(?:TBC|TBD|TBA|XXX+|TK|to (?:come|follow)|placeholder)\s*[)\].!:…]*")
# A paragraph or sign of an ellipsis alone, outside a quotation (where '[…]' or '…' marks
# what the quotation leaves out).
_ELLIPSIS_ALONE = re.compile(r"\.\.\.|…")
# Looked for first, in the file as written, as plain words in small letters and a note in
# brackets: most files have none. (One case-blind expression of every word took 0.4 CPU s
# per 1,000 files that held none: it was tried at every character.)
_PLACEHOLDER_WORDS = ("todo", "fixme", "ipsum", "tbc", "tbd", "tba", "xx", "tk", "to come", "to follow", "placeholder", "...", "…")


def _may_hold_placeholder(text: str) -> bool:
    lowered = _lowered(text)
    return (
        any(word in lowered for word in _PLACEHOLDER_WORDS)
        or "HERE" in text
        or "{{" in text
        or ("[" in text and _BRACKETED_PLACEHOLDER.search(text) is not None)
    )


# What a case-blind expression reads as 'i' or 's' and lower() does not make so: 'ı' and
# 'ſ', and the dot that lower() leaves after the i of 'İ' ('Lorem ıpsum' is lorem ipsum).
_CASE_BLIND_ALIKE = {ord("\u0131"): "i", ord("\u017f"): "s", ord("\u0307"): None}


def _lowered(text: str) -> str:
    """``text`` in small letters, as the placeholders' case-blind expressions read it: the
    quick look for their words must find every word that the expressions would."""
    lowered = text.lower()
    if "\u0131" in lowered or "\u017f" in lowered or "\u0307" in lowered:
        return lowered.translate(_CASE_BLIND_ALIKE)
    return lowered


def _placeholder_in(text: str) -> str | None:
    """The placeholder ``text`` holds or is, as written."""
    if found := _placeholder_within(text):
        return found
    return text.strip() if _PLACEHOLDER_ALONE.fullmatch(text.strip()) or _ELLIPSIS_ALONE.fullmatch(text.strip()) else None


def _placeholder_within(text: str) -> str | None:
    """The first placeholder within ``text``, as written. Each expression is tried only where
    its word is (tried at every character of every paragraph, one expression of them all
    took 0.2 CPU s per 1,000 files that held 'to come' in a sentence)."""
    lowered = _lowered(text)
    found = [
        match
        for expression, there in (
            (_MARKED, "TODO" in text or "FIXME" in text or "PLACEHOLDER" in text or "HERE" in text or "{{" in text),
            (_LOREM, "ipsum" in lowered),
            (_BRACKETED_PLACEHOLDER, "[" in text),
        )
        if there and (match := expression.search(text))
    ]
    return min(found, key=lambda match: match.start()).group() if found else None


def _check_placeholders(source: Source, report: _Report, values: dict[str, Any], lines: dict[str, int]) -> None:
    """'TODO', 'FIXME' or lorem ipsum in what a reader would see: the front matter's text,
    and the body's text as the one parse reads it (not code, comments or addresses). One
    error a paragraph or field."""
    # The quick look reads what is published: the front matter's values as YAML reads them
    # ('TO\\x44O' is TODO) and the body with its character references decoded, as the parse
    # decodes them ('TO&#68;O' is TODO), by markdown-it's own decoder.
    shown = [unescapeAll(source.text) if "&" in source.text or "\\" in source.text else source.text]
    shown += (v for name in _SHOWN_FIELDS for v in _items(values.get(name)) if isinstance(v, str))
    if not _may_hold_placeholder("\n".join(shown)):
        return
    for name in _SHOWN_FIELDS:
        for index, text in enumerate(_items(values.get(name))):
            if isinstance(text, str) and (word := _placeholder_in(text)):
                _placeholder(report, lines.get(f"{name}[{index}]", lines[name]), 1, word)  # an item: at its own line
                break
    quoted = 0  # quotations the token is in
    for token in source.tokens:
        quoted += 1 if token.type == "blockquote_open" else -1 if token.type == "blockquote_close" else 0
        if token.type != "inline" or not token.map:
            continue
        # A paragraph of its own: 'TBC', or '**TBC**', or '&#84;BC', which the page shows as TBC.
        alone = (unescapeAll(token.content) if "&" in token.content else token.content).strip().strip("*_").strip()
        if alone and (_PLACEHOLDER_ALONE.fullmatch(alone) or (not quoted and _ELLIPSIS_ALONE.fullmatch(alone))):
            line = token.map[0] + source.body_start
            _placeholder(report, line, source.lines[line - 1].find(alone[:1]) + 1 or 1, alone)
            continue
        in_address = False  # the text of a bare address, which is its address
        for child in token.children or []:
            if child.type == "link_open":
                in_address = child.markup in ("linkify", "autolink")
            elif child.type == "link_close":
                in_address = False
            elif child.type == "text" and not in_address and (found := _placeholder_within(child.content)):
                first, last = token.map[0] + source.body_start, token.map[1] + source.body_start
                line = next((n for n in range(first, last) if found in source.lines[n - 1]), first)
                _placeholder(report, line, source.lines[line - 1].find(found) + 1 or 1, found)
                break


_SHOWN_FIELDS = ("title", "summary", "signs", "also_known_as")  # the front matter a reader sees


def _items(value: Any) -> Any:
    """A field's value as the items it holds: a text alone is one."""
    return (value,) if isinstance(value, str) else value or ()


def _placeholder(report: _Report, line: int, column: int, word: str) -> None:
    report.error(line, "placeholder", f"'{word}' marks text still to be written, which is never published", "write the text it stands for, or delete it", column=column)


# What a copy out of ChatGPT leaves where its answer cited a source: ':contentReference[oaicite:0]{index=0}',
# or '【4:2†report.pdf】' for a file it was given. GitHub and the site show it as typed.
_ASSISTANT_CITATION = re.compile(r":contentReference\[oaicite:[0-9]+\](?:\{index=[0-9]+\})?|【[0-9]+(?::[0-9]+)?†[^】\n]{0,200}】")


def _check_assistant_citations(source: Source, report: _Report) -> None:
    """A chat assistant's citation mark pasted with its text, in front matter or the body
    (not in code): one error a line."""
    if "oaicite" not in source.text and "†" not in source.text:
        return
    code = {n + source.body_start for n in _code_lines(source)}
    for number, text in enumerate(source.lines, start=1):
        if number in code:
            continue
        # The first outside a code span ('`…`'): one in code before it is as meant. The
        # backticks before each are counted from the one before (a line of many, read once).
        found, ticks, read = None, 0, 0
        for mark in _ASSISTANT_CITATION.finditer(text):
            ticks, read = ticks + text.count("`", read, mark.start()), mark.start()
            if ticks % 2 == 0:
                found = mark
                break
        if found is not None:
            report.error(
                number,
                "pasted-citation",
                f"'{printable(found.group())}' is a mark ChatGPT leaves where it cited a source: it is published as typed",
                "delete it" + ("; to name the source, link to it: [the report](https://…)" if number >= source.body_start else ""),
                column=found.start() + 1,
            )


# A chat assistant's words to the person who asked it, pasted with the draft: at the start
# of a paragraph of the body, they are addressed to no reader of the page.
_ASSISTANT_CHATTER = re.compile(
    r"(?:(?:sure|certainly|absolutely|of course|great)\W+)?"
    r"(?:let me know if you(?:'d| would) like\b|let me know if you want me to\b|i hope (?:this|that) helps\b|would you like me to\b|do you want me to\b"
    r"|feel free to (?:let me know|tell me)\b|if you(?:'d| would) like,? i (?:can|could)\b)",
    re.IGNORECASE,
)


# Its words above the draft: only before the first heading, where no text belongs.
_ASSISTANT_LEAD_IN = re.compile(
    r"(?:(?:sure|certainly|absolutely|of course|great)\W+)?here(?:'s| is) (?:your|the|a|an) (?:[\w-]+ ){0,4}(?:pattern|draft|article|version)\b",
    re.IGNORECASE,
)


def _check_assistant_chatter(source: Source, report: _Report) -> None:
    """A paragraph that opens with a chat assistant's words to its user, pasted with the
    draft. Above the sections ('Here is your pattern:'), where no text belongs, an error in
    place of the one for text out of place; in a section ('Let me know if you'd like…'),
    where an article may quote such words, a warning: a reviewer sees it, the page is built."""
    first = next((h.line for h in source.headings), None)
    instead: set[int] = set()  # lines whose report of text out of place this one replaces
    for block in source.blocks:
        if block.kind != "text":
            continue
        said = block.content.lstrip().lstrip("*_").replace("\u2019", "'")
        early = first is None or block.line < first
        if not ((early and _ASSISTANT_LEAD_IN.match(said)) or _ASSISTANT_CHATTER.match(said)):
            continue
        shown = clipped(printable(said.split("\n")[0]), 60)
        if early:
            instead.add(block.line)
            report.error(
                block.line,
                "assistant-chatter",
                f"this paragraph, '{shown}', reads as a chat assistant's words to the person who asked it, "
                "pasted above the draft: the page would show it to every reader",
                "delete the paragraph",
            )
        else:
            report.warning(
                block.line,
                "assistant-chatter",
                f"this paragraph, '{shown}', reads as a chat assistant's words to the person who asked it, pasted with the draft",
                "delete the paragraph, unless the article quotes those words: then put them in quotation marks",
            )
    if instead:  # one pass over the report, however many there are
        report.items[:] = [d for d in report.items if not (d.code == "content-before-section" and d.line in instead)]


_INVISIBLE_LINES_SHOWN = 20


def _check_mixed_alphabets(source: Source, report: _Report) -> None:
    """A word that mixes look-alike alphabets reads as a word it is not ('Ιs this your
    stall?' with a Greek Ι slips past the check for the offers' heading): one report a line."""
    if source.plain:
        return
    text = source.text
    starts = line_starts(text) if not text.isascii() else []
    reported: set[int] = set()
    for index, word in mixed_alphabet_words(text):
        number = line_at(starts, index)
        if number in reported or len(reported) >= _INVISIBLE_LINES_SHOWN:
            continue
        reported.add(number)
        char = text[index]
        report.error(
            number,
            "mixed-alphabets",
            f"'{word}' mixes letters of look-alike alphabets ({character_name(char)} among letters of another): "
            "it reads as a word it is not",
            "retype the word on an ordinary keyboard",
            column=index - starts[number - 1] + 1,
        )


# Spaces a word processor pastes (no-break, em, thin, ideographic): GitHub reads one after an
# address as part of it, and makes no link of an address after one; markdown-it ends an
# address at any space, and links after any.
_ODD_SPACE = re.compile(f"[{TYPOGRAPHIC_SPACES}]")
_ADDRESS_START = ("https://", "http://", "www.")
# The rest of an address in '<…>', or of a link's address and title up to its ')', from a
# space inside it: ending in more of the address than spaces.
_ANGLE_ADDRESS_REST = re.compile(r"[^\x00-\x20<>]*(?<!\s)>")
_LINK_ADDRESS_REST = re.compile(r"""[^\x00-\x20()]*(?<!\s)(?:\)|[ \t]*\n?[ \t]*(?:"[^"]*"|'[^']*'|\([^()]*\))[ \t]*\))""")


def _check_spaces_by_addresses(source: Source, report: _Report) -> None:
    """A space other than the ordinary one right after or right before an address, outside
    code: the address is linked otherwise on GitHub than on the site. One pass: the text
    looked back over from each such space is the word before it, which ends at the space
    before (no word is read twice)."""
    text = source.body
    if text.isascii() or source.plain:  # no space of another kind (the body is part of the text)
        return
    code = _code_lines(source)
    spans_by_line: dict[int, list[tuple[int, int]]] = {}  # each line's code spans, read once
    counted, line, line_start = 0, 0, 0  # the lines before ``counted``, counted on from the space before
    for found in _ODD_SPACE.finditer(text):
        at = found.start()
        word_start = at
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start:at].lower()
        after = text[at + 1 : at + 9].lower()
        starts = [i for i in (word.find(s) for s in _ADDRESS_START) if i != -1]
        # After an address: unless it is a link's own, which ends at its ')' or '>' (after
        # more of the address: the site drops the space from the end of a link's address).
        # Not one where the ')' or '>' never comes: GitHub reads a bare address there.
        address = min(starts) if starts else None
        if address is not None and word[:address].endswith(("](", "<")):
            angle = word[:address].endswith("<")
            ended = (">" if angle else ")") in word[address:]  # before the space
            address = None if ended or (_ANGLE_ADDRESS_REST if angle else _LINK_ADDRESS_REST).match(text, at) else address
        # Before one: a www. address in text, or any address as a link's or definition's.
        before = after.startswith("www.") or (after.startswith(_ADDRESS_START) and text.endswith(("(", "]:"), 0, at))
        if address is None and not before:
            continue
        if (more := text.count("\n", counted, at)) > 0:
            line += more
            line_start = text.rfind("\n", counted, at) + 1
        counted = at
        if line in code or _in_code_span(text, line_start, word_start + (address or 0), at, spans_by_line):
            continue
        where = "after" if address is not None else "before"
        report.error(
            line + source.body_start,
            "space-by-address",
            f"a {character_name(found.group())} right {where} this address (pasted from a word processor): "
            + ("GitHub takes it into the address, the site does not" if where == "after" else "GitHub makes no link of the address, the site does"),
            "type an ordinary space there instead",
            column=at - line_start + 1,
        )


def _in_code_span(text: str, line_start: int, address: int, space: int, spans_by_line: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether the address (from ``address``) or the space after or before it is inside a
    code span on its line, as GitHub reads the line: only a span's own backticks count, not
    one that a span before the address closed. Each line's spans are read once, into
    ``spans_by_line`` (read again for each space, a line of 7,000 addresses, each in code
    after a no-break space, took 28 s)."""
    spans = spans_by_line.get(line_start)
    if spans is None:
        line_end = text.find("\n", space)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        spans = spans_by_line[line_start] = body.code_spans(line, github=True) if "`" in line else []
    return any(_in_spans(spans, at - line_start) for at in (address, space))


def _in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` is strictly inside one of ``spans`` (in order, none overlapping): the
    last that starts before it, found by halves."""
    index = bisect_left(spans, (at,)) - 1
    return index >= 0 and at < spans[index][1]


_LEADING_MARKS = re.compile(r"[ \t>]*")
_ITEM_START = re.compile(r"[ \t>]*(?:\d{1,9}[.)]|[-+*])")


# A line's container marks, quotations' and list items', with the spaces between them; one
# line at most (a tab among them is what is sought).
_CONTAINER_MARKS = re.compile(r"(?:[ \t]*+(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t])))++[ \t]*+")


def _check_tabbed_quote_marks(source: Source, report: _Report) -> None:
    """A tab among a line's marks after a quotation's '>' ('>\\t>\\t- item'). CommonMark
    reads a tab as the spaces to the next column of four, as GitHub does; markdown-it counts
    the columns of a quotation inside another from the inner '>' rather than the line's
    start, and so starts a list item's text at its own mark: the site shows '- item' where
    GitHub shows 'item'. The body is read again with those marks' tabs written as spaces,
    column for column: where the site then shows other text (spaces aside), the line is
    told where the two readings first part. One more reading in all (a body with such tabs
    is rare), whether a line is wrong or not: finding the line by halves read the body
    again a dozen times, 11 s for a long quotation."""
    text = source.body
    if "\t" not in text or ">" not in text:
        return
    lines = text.split("\n")
    code = _code_lines(source)
    tabbed: dict[int, str] = {}  # each such line's marks
    for n, line in enumerate(lines):
        marks = _CONTAINER_MARKS.match(line) if "\t" in line and n not in code else None
        if marks is not None and ">" in marks.group() and "\t" in marks.group()[marks.group().index(">") :]:
            tabbed[n] = marks.group()
    if not tabbed:
        return
    shown = _unspaced_html(source.tokens)
    spaced = "\n".join(opening.expandtabs(4) + lines[n][len(opening) :] if (opening := tabbed.get(n)) else lines[n] for n in range(len(lines)))
    respaced = body.parse(spaced)
    if _unspaced_html(respaced) == shown:
        return
    parting = _first_parting(source.tokens, respaced)
    number = next((n for n in tabbed if n >= parting), max(tabbed))
    report.error(
        number + source.body_start,
        "tab-after-quote-mark",
        "a tab after a quotation's '>' here: the site counts its width otherwise than GitHub's preview, "
        "and shows this line's text otherwise (a list item's mark as text, say)",
        "write a space instead of each tab after the '>' marks at the start of the line",
    )


def _check_tabbed_quoted_code(source: Source, report: _Report) -> None:
    """Indented code in a quotation with a tab among its line's marks ('>>\t\tcode'):
    markdown-it counts the tab's width from the inner '>', as above, and so takes a space or
    two more or fewer of it as the code's indent than GitHub's preview, which shows the code
    further in or out. Each such block's text is compared, spaces and tabs too, with
    GitHub's; the first line that differs is warned of, as a fenced block's is."""
    if "\t" not in source.body or ">" not in source.body:
        return
    blocks = [t for t in source.tokens if t.type in ("fence", "code_block")]
    start = source.body_start
    if not any(t.type == "code_block" and t.level and t.map and any("\t" in source.lines[n + start - 1] for n in range(*t.map)) for t in blocks):
        return
    shown = github.code_texts(source.body)
    if len(shown) != len(blocks):
        return  # GitHub reads other blocks: the comparison with its reading tells where
    for token, theirs in zip(blocks, shown):
        if token.type != "code_block" or token.content == theirs or not token.map:
            continue
        ours_lines, theirs_lines = token.content.split("\n"), theirs.split("\n")
        offset = next((n for n, (one, two) in enumerate(zip(ours_lines, theirs_lines)) if one != two), 0)
        # A warning, as for fenced code (_check_tabbed_fences): only the code's spaces differ.
        report.warning(
            token.map[0] + offset + start,
            "tab-in-code-indent",
            "a tab after a quotation's '>' indents this code: the site counts its width otherwise than GitHub's preview, "
            "which shows the code's line a space or two further in or out",
            "write spaces instead of the tabs after the '>' marks at the start of the line",
        )
        return


def _first_parting(ours: tuple[Token, ...] | list[Token], theirs: tuple[Token, ...] | list[Token]) -> int:
    """The first line of the body where two readings of it part (spaces aside): the line of
    the first block they read otherwise, or within a block's text its first other line."""
    line = 0
    for mine, other in zip(ours, theirs):
        if mine.map:
            line = mine.map[0]
        if mine.type != other.type or mine.tag != other.tag:
            return line
        if mine.content != other.content:
            written, read = mine.content.split("\n"), other.content.split("\n")
            for offset, (one, two) in enumerate(zip(written, read)):
                if "".join(one.split()) != "".join(two.split()):
                    return line + offset
            return line + min(len(written), len(read))
    return line


def _unspaced_html(tokens: tuple[Token, ...] | list[Token]) -> str:
    """The body's HTML as rendered, with no spaces: what differs there is more than spacing."""
    return re.sub(r"\s+", "", body.render(tokens))


def _check_tabbed_fences(source: Source, report: _Report) -> None:
    """A fenced code block in a list item or quotation that GitHub's preview indents a space
    or two further than the site, as compared with cmark-gfm: its opening fence is two or
    more columns in from the item's text and a tab makes that room; or, in a quotation, the
    fence is not indented and a line of code has a tab that its '>' takes part of. A
    warning, once a block: only the code's spaces differ. A tab wholly inside the code (a
    Makefile's recipe) is the same on both."""
    if "\t" not in source.body:
        return
    start = source.body_start
    containers: list[Token] = []
    for token in source.tokens:
        if token.type in ("list_item_open", "blockquote_open"):
            containers.append(token)
        elif token.type in ("list_item_close", "blockquote_close") and containers:
            containers.pop()
        elif token.type == "fence" and containers and token.map:
            first, end = token.map
            item = containers[-1] if containers[-1].type == "list_item_open" else None
            content = _item_content_column(source.lines[item.map[0] + start - 1]) if item is not None and item.map else None
            leads = [cast(re.Match[str], _LEADING_MARKS.match(source.lines[n + start - 1])).group() for n in range(first, end)]
            column = content if content is not None else _quote_content_column(leads[0])
            fence_indent = _columns(leads[0]) - column
            code = leads[1:] if slips.is_unclosed(token) else leads[1:-1]  # not the closing fence
            if (
                fence_indent >= 2
                and ("\t" in _after_column(leads[0], column) or _tab_across(leads[0], column))
                and any(_columns(lead) - column >= fence_indent for lead in code)
            ):
                number = first
            elif item is None and fence_indent <= 0:
                number = next((n for n, lead in enumerate(code, first + 1) if _tab_across(lead, _quote_content_column(lead))), -1)
            else:
                number = -1
            if number >= 0:
                report.warning(
                    number + start,
                    "tab-in-code-indent",
                    "a tab indents this code in a list item or quotation where the item or its '>' takes part of it: "
                    "GitHub's preview shows the code's lines a space or two further in than the site does",
                    "indent the code's lines, and its ``` lines, with spaces instead of a tab",
                )


def _item_content_column(line: str) -> int | None:
    """The column where a list item's text starts, from its first line (CommonMark: one to
    four spaces after the marker, or one when there are five or more, or none)."""
    marker = _ITEM_START.match(line)
    if marker is None:
        return None
    rest = line[marker.end() :]
    space = rest[: len(rest) - len(rest.lstrip(" \t"))]
    after = _columns(line[: marker.end()])
    width = _columns(line[: marker.end()] + space) - after
    return after + 1 if width == 0 or width >= 5 or not rest.strip() else after + width


def _quote_content_column(lead: str) -> int:
    """The column after a line's last '>' and the one space (or column of a tab) it takes."""
    if ">" not in lead:
        return 0
    marked = lead[: lead.rindex(">") + 1]
    return _columns(marked) + (1 if lead[len(marked) :][:1] in (" ", "\t") else 0)


def _tab_across(lead: str, column: int) -> bool:
    """Whether a tab in ``lead`` spans ``column`` (starts before it, ends after it)."""
    at = 0
    for char in lead:
        following = _next_column(at, char)
        if char == "\t" and at < column < following:
            return True
        at = following
    return False


def _after_column(lead: str, column: int) -> str:
    """The part of ``lead`` from ``column`` on."""
    at = 0
    for index, char in enumerate(lead):
        if at >= column:
            return lead[index:]
        at = _next_column(at, char)
    return ""


def _code_lines(source: Source) -> set[int]:
    """The body lines (0-based) inside code blocks, fenced or indented, at any depth."""
    return {n for t in source.tokens if t.type in ("fence", "code_block") and t.map for n in range(*t.map)}


def _check_table_edges(source: Source, report: _Report) -> None:
    """A table's line that starts or ends with a no-break or other typographic space (pasted
    from Word), or a line of nothing else right after a table: GitHub reads such a space as
    a cell's text (the row's cells shift, a header is no header, the line is another row);
    markdown-it reads it as a space. One error a table."""
    if source.body.isascii():
        return
    lines, start = source.lines, source.body_start
    for token in source.tokens:
        if token.type != "table_open" or not token.map:
            continue
        first, end = token.map
        for number in range(first, min(end + 1, len(lines) - start + 1)):  # its lines, and the one after
            text = lines[number + start - 1]
            edge = text.strip(" \t>")
            if not edge:
                continue
            if number == end:
                if edge.strip(TYPOGRAPHIC_SPACES):
                    continue  # text after the table: no row on either reading
                message = (
                    f"this line holds only {character_name(edge[0])} (an empty paragraph pasted from Word): GitHub reads it, "
                    "and a line straight after it, as more rows of the table above, where the site ends the table"
                )
                hint, at = "delete the line, or leave it empty", text.find(edge[0])
            elif (edge[0] in TYPOGRAPHIC_SPACES and edge.lstrip(TYPOGRAPHIC_SPACES + " \t")[:1] == "|") or (
                edge[-1] in TYPOGRAPHIC_SPACES and edge.rstrip(TYPOGRAPHIC_SPACES + " \t")[-1:] == "|"
            ):  # by an outer '|': GitHub reads a cell there (beside a cell's text, it is that text's)
                odd = edge[0] if edge[0] in TYPOGRAPHIC_SPACES else edge[-1]
                message = (
                    f"this table's line {'starts' if odd == edge[0] else 'ends'} with {character_name(odd)}, which GitHub "
                    "reads as a cell's text (the cells move along, or the table is text), where the site reads a space"
                )
                hint, at = "delete it: a table's line starts and ends with '|' or the text of a cell", text.find(odd) if odd == edge[0] else text.rfind(odd)
            else:
                continue
            report.error(number + start, "table-space", message, hint, column=at + 1)
            break


def _check_backslash_breaks(source: Source, report: _Report) -> None:
    """A line of a paragraph that ends with a backslash and two or more spaces ('C:\\reports\\
    '): GitHub breaks the line there after showing the backslash; markdown-it does not."""
    if "\\ " not in source.body:
        return
    lines, start = source.lines, source.body_start
    for token in source.tokens:
        if token.type != "inline" or not token.map or "\\" not in token.content:
            continue
        first, end = token.map
        for number in range(first, end - 1):
            text = lines[number + start - 1]
            bare = text.rstrip(" ")
            if bare.endswith("\\") and len(text) - len(bare) >= 2 and (len(bare) - len(bare.rstrip("\\"))) % 2 == 1:
                report.error(
                    number + start,
                    "unsupported-markdown",
                    "a line that ends with a backslash and then two spaces: GitHub shows the backslash and breaks the line, the site joins the lines",
                    "delete the spaces after it (the lines join); for a backslash and a line break, write the backslash twice: '\\\\'",
                    column=len(bare),
                )
                return


def _check_stacked_marks(source: Source, report: _Report) -> None:
    """More combining marks on one character than any language puts there: they are drawn
    over the text above and below (one line reported)."""
    if source.plain:
        return
    text = source.text
    if (at := stacked_marks_at(text)) is not None:
        report.error(
            text.count("\n", 0, at) + 1,
            "stacked-marks",
            f"more than {MOST_STACKED_MARKS} accents or other marks on one character: they are drawn over the lines around it",
            "delete the marks; for a letter with an accent, type the letter itself (é)",
            column=at - text.rfind("\n", 0, at),
        )


def _check_autolink_space_references(source: Source, report: _Report) -> None:
    """A character reference to a space at the end of an address in angle brackets
    ('<https://example.com/&nbsp;>', '&#10;', '&#32;'): GitHub keeps the space in the
    address ('…/%C2%A0') and shows it, the site trims it (body._autolink marks the link), and
    each sends readers to a different place. A space typed there is no autolink to either."""
    if "&" not in source.body:
        return
    for block in source.tokens:
        if block.type != "inline" or not block.children or not block.map or "&" not in block.content:
            continue
        for token, line in body.lines_of(block.children):
            if token.type == "link_open" and token.meta.get("spaced_reference"):
                report.error(block.map[0] + line + source.body_start, "link-address", *_space_reference("end"))
                return


# A numeric character reference: '&#1;', '&#x7F;'.
_NUMERIC_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,9}));")


def _check_control_references(source: Source, report: _Report) -> None:
    """A numeric reference markdown-it leaves as written (to a control character, a
    surrogate, a noncharacter, beyond U+10FFFF) in a link's or a picture's address: GitHub's
    goes to '…/a%01b', the site's to '…/a&' with '#1;b' after it. (In text, the comparison
    with GitHub's reading finds it.)"""
    if "&#" not in source.text:
        return
    for block in source.tokens:
        if block.type != "inline" or not block.children or not block.map:
            continue  # (the address may be a definition's, elsewhere: not in the block's text)
        for token, line in body.lines_of(block.children):
            address = str(token.attrGet("href") or "") if token.type == "link_open" else str(token.attrGet("src") or "") if token.type == "image" else ""
            for found in _NUMERIC_REFERENCE.finditer(address) if "&#" in address else ():
                code = int(found.group(1), 16) if found.group(1) else int(found.group(2))
                if not isValidEntityCode(code):
                    named = f"the control character U+{code:04X}" if code < 0xA0 else "no character a page can hold"
                    report.error(
                        block.map[0] + line + source.body_start,
                        "link-address",
                        f"the character reference {found.group()} in this address names {named}: "
                        "GitHub and the site would send readers to different places",
                        "delete it from the address",
                    )
                    return


# Where an address starts: a link's or a picture's after '](', a definition's after its label
# (at the start of a line, after any '>' and list markers; or on the next line).
_ADDRESS_OPENING = re.compile(r"\]\([ \t]*|^(?:[ \t]*+(?:>|[-+*](?=[ \t])|\d{1,9}+[.)](?=[ \t])))*+[ \t]*+\[[^\]\n]+\]:[ \t]*(?:\n[ \t>]*+(?!\[))?", re.M)
# The space between an address and its title: on its line, or on the next (after any '>').
_BEFORE_TITLE = re.compile(r"[ \t]*(?:\n[ \t>]*)?")
# What ends a link after its address and title, and a definition.
_LINK_END = re.compile(r"[ \t]*(?:\n[ \t>]*)?\)")
_DEFINITION_END = re.compile(r"[ \t]*(?:\n|\Z)")
# A character reference, as CommonMark reads one (markdown-it's expression, its escapes left out).
_REFERENCE = re.compile(r"&([a-z#][a-z0-9]{1,31});", re.IGNORECASE)
# A backslash before an ASCII mark, which the mark stands for.
_ESCAPED = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")
_ASCII_SPACE = " \t\n\r\x0b\x0c"


def _github_reading(written: str) -> str:
    """An address's or a title's text as GitHub (cmark-gfm) reads it: every character
    reference first, then every backslash before a mark, among them one a reference made
    ('&#92;*' is '*'; '\\&amp;' is '&'). markdown-it reads both in one pass, as written."""
    referenced = _REFERENCE.sub(lambda found: replaceEntityPattern(found.group(), found.group(1)), written) if "&" in written else written
    return _ESCAPED.sub(r"\1", referenced) if "\\" in referenced else referenced


def _check_address_readings(source: Source, report: _Report) -> None:
    """A link's, a picture's or a definition's address or title that GitHub reads otherwise
    than the site, by its character references: a reference to a space at either end of
    the address ('&nbsp;', '&#32;'), which GitHub keeps in it ('…/x%C2%A0') where the site
    reads the references and then trims the address; or a reference and a backslash, which
    GitHub reads one after the other ('&#92;*' is '*', '\\&amp;' is '&') and the site
    together ('\\*', '&amp;'). The links would go to different places, or the hover texts
    differ (in a title's letters, the comparison with GitHub's reading finds it too)."""
    text = source.body
    if "&" not in text:  # no reference, nothing read otherwise
        return
    code = _code_lines(source)
    spans_by_line: dict[int, list[tuple[int, int]]] = {}
    # Each found once, not searched for again from each address: on a paragraph of one long
    # line, every address's own search to the line's (or the paragraph's) end took
    # quadratic time (8,000 links, 5 s).
    line_ends, next_line_ends, ampersands, paragraph_ends = (_Ahead(text, needle) for needle in ("\n", "\n", "&", "\n\n"))
    line, counted, line_start = 0, 0, 0  # the lines before ``counted``, counted on from the address before
    for opening in _ADDRESS_OPENING.finditer(text):
        at = opening.end()
        end = line_ends.after(at)
        next_end = next_line_ends.after(end + 1)  # a title may be on the next line
        if ampersands.after(at) >= next_end:
            continue  # no reference in the address or its title (nearly every link)
        line_start = max(line_start, text.rfind("\n", counted, at) + 1)
        line, counted = line + text.count("\n", counted, at), at
        address = parseLinkDestination(text, at, end)
        if not address.ok or line in code or _in_code_span(text, line_start, at, at, spans_by_line):
            continue
        title_at = cast(re.Match[str], _BEFORE_TITLE.match(text, address.pos)).end()  # (it matches nothing at worst)
        title = parseLinkTitle(text, title_at, paragraph_ends.after(title_at)) if title_at > address.pos else None
        if title is not None and not title.ok:
            title = None
        # Only a link or a definition that ends there is one: other text is read alike.
        if not (_LINK_END if opening.group().startswith("]") else _DEFINITION_END).match(text, title.pos if title else address.pos):
            continue
        angle = text[at] == "<"
        problem, told = _address_read_otherwise(text[at + angle : address.pos - angle]), at
        if problem is None and title is not None and "&" in text[title_at : title.pos]:
            problem, told = _title_read_otherwise(text[title_at + 1 : title.pos - 1]), title_at  # told at the title
        if problem is not None:
            told_start = max(line_start, text.rfind("\n", line_start, told) + 1)
            report.error(line + text.count("\n", at, told) + source.body_start, "link-address", *problem, column=told - told_start + 1)


class _Ahead:
    """Where ``needle`` is next in ``text`` from a place, for places that (nearly always)
    only grow: what was found is kept, and searched for again only past it."""

    def __init__(self, text: str, needle: str) -> None:
        self.text, self.needle = text, needle
        self.since, self.found = 1, 0  # found from ``since``: nothing yet

    def after(self, at: int) -> int:
        """The first place of ``needle`` from ``at`` on; the text's length if there is none."""
        if not self.since <= at <= self.found:
            found = self.text.find(self.needle, at)
            self.since, self.found = at, len(self.text) if found == -1 else found
        return self.found


# What to write instead of a reference or backslash that GitHub reads otherwise.
_WRITE_ALONE = "write the character itself, with no reference or backslash before it (a backslash in an address as %5C)"


def _address_read_otherwise(written: str) -> tuple[str, str] | None:
    """What GitHub makes otherwise of an address, as written between '](' and its end."""
    trimmed = written.strip(_ASCII_SPACE)  # GitHub trims the spaces typed, then reads the references
    if trimmed != trimmed.strip():
        return None  # a space typed there is another check's (_check_spaces_by_addresses)
    github, site = _github_reading(trimmed), unescapeAll(trimmed)
    if site != site.strip():
        return _space_reference("start" if site[:1].isspace() else "end")
    if github != site:
        return f"GitHub reads this address's character references and backslashes otherwise: it links to {_shown(github)}, the site to {_shown(site)}", _WRITE_ALONE
    return None


def _space_reference(where: str) -> tuple[str, str]:
    """The message and hint for a reference to a space at the ``where`` ('start' or 'end') of
    an address, in '](…)', a definition or '<…>': GitHub keeps it, the site trims it."""
    return (
        f"a character reference at the {where} of this address names a space: GitHub keeps it in the address, "
        "the site drops it, and each sends readers to a different place",
        "delete the reference from the address",
    )


def _shown(text: str) -> str:
    """A reading quoted in a message, safe for a terminal and cut short."""
    return f"'{clipped(printable(text), 60)}'"


def _title_read_otherwise(written: str) -> tuple[str, str] | None:
    """What GitHub makes otherwise of a link's title (its hover text), as written between its quotes."""
    github, site = _github_reading(written), unescapeAll(written)
    if github != site:
        return f"GitHub reads the character references and backslashes in this title (the hover text after the address) otherwise: it shows {_shown(github)}, the site {_shown(site)}", _WRITE_ALONE
    return None


# Line and paragraph separators from another program: they stand where a space or a line end was.
_SEPARATORS = frozenset("\u2028\u2029\x85")


def _check_invisible(source: Source, report: _Report) -> None:
    """Characters that show as nothing (controls, format characters, private-use and
    unassigned ones, Hangul fillers, stray variation selectors), which make text read
    differently from what a reviewer saw in the diff, or carry text nobody sees: none in
    front matter but a variation selector after the symbol it varies (❤️); in the body,
    also a zero-width joiner inside an emoji sequence (👩‍💻) and the tags of the flags
    of England, Scotland and Wales, which show as one pictograph."""
    if source.plain:  # ASCII with no control but tab and line end, or typography and accents
        return
    text = source.text
    body_from = sum(len(line) + 1 for line in source.lines[: source.body_start - 1])
    # Controls in front matter are already refused by its YAML reader, at their column.
    found = [i for i in invisible_characters(text[:body_from]) if unicodedata.category(text[i]) != "Cc"]
    found += [body_from + i for i in invisible_characters(text[body_from:], emoji_joiners=True)]
    starts = line_starts(text)
    by_line: dict[int, list[int]] = {}
    for index in found:
        by_line.setdefault(line_at(starts, index), []).append(index)
    for number in sorted(by_line)[:_INVISIBLE_LINES_SHOWN]:
        first = by_line[number][0]
        char = text[first]
        more = len(by_line[number]) - 1
        also = f" (and {more} more on this line)" if more else ""
        if is_bidi_control(char):
            message = f"bidirectional control character {character_name(char)}{also}: it reorders the text readers see"
        else:
            message = f"invisible character {character_name(char)}{also}"
        hint = "delete it (most editors do not show it; retype the words around it if unsure)"
        if char == "\x1a":
            message = f"an end-of-file mark, U+001A (Ctrl-Z), which some Windows tools add at the end of a file{also}"
        if char in _SEPARATORS:
            # Between two words, deleting it would join them ('team\u2028looks').
            hint = "replace it with an ordinary space, or with a line end where a new line was meant (most editors do not show it)"
        if first < body_from and char == ZWJ and joins_emoji(text, first):
            # '👩‍💻' in a title: deleting the joiner alone would leave two emoji.
            hint = "it joins two emoji into one picture, which front matter does not allow: delete the emoji, or keep one that is a single character"
        report.error(number, "invisible-character", message, hint, column=first - starts[number - 1] + 1)
    hidden = len(by_line) - _INVISIBLE_LINES_SHOWN
    if hidden > 0:
        report.error(
            sorted(by_line)[_INVISIBLE_LINES_SHOWN],
            "invisible-character",
            f"invisible characters on {hidden} more lines",
            "the text was probably pasted from another program: paste it again as plain text, or retype those lines",
        )

"""The front matter's fields: the contract's keys (:data:`FIELDS`, their one source), and
each value checked against it: text that shows as typed, lists, dates, categories, related
patterns and former slugs, with a fix for the ways a word processor or another site
generator writes them."""

from __future__ import annotations

import calendar
import html
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

from . import contacts, foreign, frontmatter
from .diagnostics import FUTURE_DATE, Report
from .frontmatter import Entry, Mapping, Node, Scalar, Sequence, quoted
from .glyphs import as_drawn, undrawable
from .pattern import DEVICE_NAMES, RELATED_SHOWN, RESERVED_SLUGS
from .settings import Limits, Settings
from .source import Source
from .text import (
    OBSIDIAN_COMMENT,
    as_an_address_reads,
    as_shown,
    character_name,
    characters,
    clipped,
    closest,
    counted,
    has_tag,
    invisible_characters,
    is_slug,
    is_visible,
    slugify,
)


@dataclass(frozen=True)
class Field:
    name: str
    required: bool
    kind: str  # text | date | list | bool
    hint: str


FIELDS: tuple[Field, ...] = (
    Field("title", True, "text", "the pattern's name, as a reader would say it"),
    Field("summary", True, "text", "one or two plain sentences: the situation, in the reader's words"),
    Field("category", True, "text", "where the rollout stalls: one of the categories"),
    Field("signs", True, "list", "observable signs a reader can tick, one per line starting with '  - '"),
    Field("also_known_as", False, "list", "other names a reader may use for this stall, one per line starting with '  - '"),
    Field("published", True, "date", "the publication date, YYYY-MM-DD"),
    Field("updated", False, "date", "the date of the last real revision, YYYY-MM-DD"),
    Field("related", False, "list", "slugs of related patterns, one per line starting with '  - '"),
    Field("aliases", False, "list", "former slugs of this pattern, so old links redirect here"),
    Field("draft", False, "bool", "true keeps the pattern out of the published site"),
)
BY_NAME = {f.name: f for f in FIELDS}
# The front matter's reader names a line such as 'summary The…' a key without its colon, not
# a value wrapped onto the next line: it learns the keys from here, their one source.
frontmatter.CONTRACT_KEYS = frozenset(BY_NAME)
frontmatter.LIST_KEYS = frozenset(f.name for f in FIELDS if f.kind == "list")


def _fields_for(settings: Settings) -> dict[str, Field]:
    """The fields by name, the category's hint naming the site's categories: an author
    does not know mkdocs.yml, where they are set."""
    ids = ", ".join(c.id for c in settings.categories)
    return {**BY_NAME, "category": replace(BY_NAME["category"], hint=f"where the rollout stalls: one of {ids}")}


# Keys other site generators use for the same thing: the hint names ours.
KEY_SYNONYMS = {
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
    # Words an author may use for the contract's own (a review of the authors' path in the
    # forty-fifth session: each was told to delete its line and its list with it).
    "symptoms": "signs",
    "indicators": "signs",
    "signals": "signs",
    "warning_signs": "signs",
    "aka": "also_known_as",
    "synonyms": "also_known_as",
    "other_names": "also_known_as",
    "known_as": "also_known_as",
    "related_patterns": "related",
    "links": "related",
    "name": "title",
    "headline": "title",
    "heading": "title",
    "abstract": "summary",
    "synopsis": "summary",
}
# Emphasis, code and links written in a plain-text field: shown as typed.
# Each kind of mark looked for up to the next mark of its kind only ('[' never spans another
# '[', nor a link's address): a long run of one mark is read once, not from each of its
# characters to the end ('[a](' repeated was read to the value's end from each: 7 s at 98 kB).
_MARKDOWN_MARKS = re.compile(r"\*\*\S[^*]*\*\*|__\S[^_]*__|(?<![\w*])\*\S[^*]*\*(?![\w*])|(?<!\w)_\S[^_]*_(?!\w)|`[^`]+`|\[[^\[\]]+\]\([^\n)\[]*\)")
# Quotation marks a word processor types, which YAML keeps as part of a value.
_TYPED_QUOTES = {"“": "”", "‘": "’", "«": "»", "„": "“", "”": "”"}


# What reads as an HTML character reference ('&amp;', '&mdash;', '&#8217;', '&#12345678;'),
# which plain text shows as typed: one that names no character is shown so too.
_REFERENCE = re.compile(r"&([a-z#][a-z0-9]{1,31});", re.IGNORECASE)


def _referenced(reference: str) -> str:
    """': '…'' naming the character a reference stands for, when it is one (U+FFFD is what
    a reference to no character is made, not one to write)."""
    character = html.unescape(reference)
    return f": '{character}'" if character not in (reference, "\ufffd") and character.isprintable() else ""


def _in_typed_quotes(text: str) -> str | None:
    """'quotation marks (“…”)' when the whole of ``text`` is one quotation in typed marks
    (not '“Done” means shipped, not “ready”'; an apostrophe may be inside '‘…’')."""
    closing = _TYPED_QUOTES.get(text[:1])
    inner = text[1:-1]
    # A phone or an edit leaves one end typed and the other straight: '“Nobody owns it"'.
    if closing is None or len(text) < 3 or text[-1] not in (closing, '"' if closing in "”“»" else "'") or not inner.strip():
        return None
    # An apostrophe may be inside '‘…’'; before a straight end ('‘Good enough’ for the
    # auditors'', whose end is an apostrophe), a ’ has closed the quote already.
    marks = {text[0], closing, text[-1]} - ({"’"} if text[-1] == "’" else set())
    return None if any(mark in inner for mark in marks) else f"quotation marks ({text[0]}…{text[-1]})"


# A list's mark at the start of an item's text, pasted from a numbered or bulleted list
# ('1. ', 'a) ', '(2) ', 'iv. ', '• ', '– ', a chat tool's tick or arrow): YAML's '- ' is the only mark.
_LIST_MARK = re.compile(
    r"((?:\d{1,3}|[a-z]|i{1,3}|iv|vi{0,3}|ix|xi{0,2}|\((?:\d{1,3}|[a-z]|i{1,3}|iv|vi{0,3}|ix|xi{0,2})\))[.)]?(?<=[.)])"
    r"|[-*+•●▪◦–—✅✔☑✓→➜➤►▶])[ \t\u00a0]+(?=\S)"
)


def _markdown_marks(text: str) -> re.Match[str] | None:
    """The first Markdown marks in a plain-text field, or another writing tool's ('==…=='),
    if any (most have none to look for)."""
    found = _MARKDOWN_MARKS.search(text) if ("*" in text or "_" in text or "`" in text or "[" in text) else None
    return found or foreign.marks_in_plain_text(text)


# A backslash before a quote mark: a programmer's or a chat assistant's way to keep an apostrophe
# in a quoted string ('Nobody\'s sponsor'), which YAML's plain or single-quoted text keeps as
# typed (the authors' round of the fifty-fourth session: published with the backslash).
_ESCAPED_QUOTE = re.compile("(?<!\\\\)\\\\++['\"\u2018\u2019\u201c\u201d]")  # (a run read from its start only: from each of its backslashes, in its square)


def _check_escaped_quote(text: str, where: str, line: int, report: Report) -> None:
    """A backslash before a quote mark in a plain-text field, which the page shows as typed."""
    if "\\" in text and (found := _ESCAPED_QUOTE.search(text)) is not None:
        report.warning(
            line,
            "escaped-quote",
            f"{where} is plain text: the backslash in '{found.group()}' is shown as typed, before the quote mark",
            "delete the backslash: a quote mark needs none (if the value starts with a quote mark, put the whole value in double quotes)",
        )


def _check_comment(text: str, where: str, line: int, report: Report) -> None:
    """An Obsidian comment in a plain-text field, which every reader would see."""
    if "%%" in text and (comment := OBSIDIAN_COMMENT.search(text)) is not None:
        report.error(
            line,
            "hidden-note-shown",
            f"{where} holds a comment in Obsidian's marks, '{clipped(comment.group(), 40)}', which readers would see",
            "delete it: a note to co-authors goes in the body, written as <!-- … -->, which neither GitHub nor the site shows",
        )


DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # the digits 0-9 only: \d takes any script's


def check_front_matter(
    source: Source, settings: Settings, report: Report, slug: str, cut_keys: Collection[str] = ()
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
    written = {e.key: e.key_line + offset for e in reversed(node.entries)}  # each key's first line
    by_name = _fields_for(settings)
    for entry in node.entries:
        line = entry.key_line + offset
        field = by_name.get(entry.key)
        name = entry.key.strip().lower()
        if field is None and name in BY_NAME and name not in present:
            # 'Title:' or 'title :' is the key, misspelt: one error here, none for it missing.
            report.error(line, "unknown-key", f"key '{entry.key}' must be written '{name}': keys are lower case, with nothing around them", f"write '{name}:'")
            present.add(name)
            continue
        if field is None:
            guess = KEY_SYNONYMS.get(entry.key.lower()) or closest(entry.key, BY_NAME)
            # 'tags: [accountability, prompts]': a key of its own holding a category's id.
            category = None if guess or "category" in present else _category_in(entry.value, settings)
            if category is not None:
                guess = "category"
            if guess is not None and guess not in present:
                present.add(guess)  # 'sumary:': one error, here, and none for 'summary' missing
            # Its list's items below it go with it: left, they would be read as the key's above.
            below = value_lines_below(source.lines, line)
            delete = f"delete this line{' and ' + below if below else ''}"
            report.error(
                line,
                "unknown-key",
                f"unknown key '{entry.key}'",
                f"write 'category: {category}' in its place{', and delete ' + below if below else ''}: "
                "a pattern has one category, and no other key for its subjects"
                if category
                # 'status: draft', 'publish: false': deleted as told, the line published the pattern.
                else f"write 'draft: true' in its place{', and delete ' + below if below else ''}: {KEEP_AS_DRAFT}"
                if _means_unpublished(entry.key, entry.value)
                else _already_written(guess, written[guess], delete)
                if guess in written
                else f"did you mean '{guess}'?"
                if guess
                # A list of keys alone says what is allowed, not what to do with this line.
                else f"{delete}; the keys a pattern may have are: {', '.join(BY_NAME)}",
            )
            continue
        lines[field.name] = line
        if (listed := _list_without_key(entry, field, line, source.lines)) is not None:
            # 'category: accountability', then the signs' items, their key line deleted: YAML reads
            # them as more of the category. The value is told of once its list has a key.
            missing = next((f.name for f in FIELDS if f.kind == "list" and f.name not in present), None)
            if missing is not None:
                present.add(missing)
            report.error(
                listed,
                "list-without-key",
                f"the lines from here start with '- ', a list, but no key is written above them: YAML reads them as more of '{entry.key}'",
                f"add the list's key on a line of its own above this one: '{missing}:'"
                if missing
                else f"add the key the list belongs to on a line of its own above this one ({', '.join(f.name for f in FIELDS if f.kind == 'list')})",
            )
            continue
        value = _value(field, entry.value, offset, report, lines, source.lines)
        if value is not None:
            values[field.name] = value
    for field in by_name.values():
        if field.required and field.name not in present and field.name not in cut_keys:
            report.error(1, "missing-key", f"required key '{field.name}' is missing", f"add '{field.name}:' — {field.hint}")
    _check_values(values, lines, settings, report, slug)
    return values, lines


KEEP_AS_DRAFT = "'draft: true' keeps a pattern off the site (and out of its lists and feeds) until it is ready"


def _means_unpublished(key: str, node: Node) -> bool:
    """Whether an unknown key says, in another tool's words, that the pattern is not to be
    published yet: 'status: draft', 'hidden: true', 'publish: false', 'WIP: yes'."""
    name = re.sub(r"[\s_-]+", "_", key.strip().lower())
    value = node.value.strip().lower() if isinstance(node, Scalar) else ""
    if name in _TRUE_WHEN_UNPUBLISHED:
        return value in _YES or not value
    if name in _FALSE_WHEN_UNPUBLISHED:
        return value in _NO
    return name in _SAYS_HOW_FAR and bool(_NOT_YET.fullmatch(value))


_TRUE_WHEN_UNPUBLISHED = frozenset(("hidden", "hide", "wip", "work_in_progress", "in_progress", "unpublished", "private", "unlisted", "preview", "draft_mode", "is_draft", "not_ready"))
_FALSE_WHEN_UNPUBLISHED = frozenset(("publish", "publishable", "visible", "ready", "live", "public", "listed", "show", "shown", "is_published", "go_live"))
_SAYS_HOW_FAR = frozenset(("status", "state", "stage", "visibility", "workflow", "phase"))
_YES = frozenset(("true", "yes", "y", "on", "1"))
_NO = frozenset(("false", "no", "n", "off", "0", "not yet", "later"))
# A date's place, or a status, holding words for "not yet": the pattern is not to go out.
_NOT_YET = re.compile(
    r"\W*(?:draft|drafting|wip|work in progress|in progress|tbc|tbd|to be confirmed|to be decided|not yet|pending|"
    r"unpublished|not published|hidden|private|in review|under review|review|for review|coming soon|false|no|later|soon|todo|"
    r"not ready|unlisted)\W*",
    re.IGNORECASE,
)


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


def _listed_items(value: str, commas: bool = True) -> list[str]:
    """The items an author listed in one text: split at semicolons when there are any, since
    a sign's own words often hold a comma ('describe features, not changed work'); else,
    with ``commas``, at ' - ' or commas ('related: one-slug, another-slug'). Without them
    (a line of prose under the key), a comma or a dash is the sign's own. A bracket round
    them, kept when the hint to quote a '[' that nothing closes was followed, is no item's."""
    spaced = " ".join(value.split())
    if spaced.startswith("[") and "]" not in spaced[:-1]:
        spaced = spaced[1:].removesuffix("]").strip()
    separator = r";\s*" if "; " in spaced or spaced.count(";") > 1 else r" - |, " if commas else r"(?!)"
    items = [item.strip(",; ") for item in re.split(separator, spaced)]
    # 'prompt sprawl, or prompt chaos': the 'or' (or 'and') joins the items, and is in neither.
    items = [_JOINING_WORD.sub("", item) if index else item for index, item in enumerate(items)]
    return [item for item in items if item] or [spaced.strip(",; ")]


_JOINING_WORD = re.compile(r"^(?:or|and|&)\s+(?=\S)", re.IGNORECASE)


def _as_item(name: str, item: str) -> str:
    """An item as the list named ``name`` takes it: 'related' a pattern's file name, made from
    words written for it ('the sponsor who moved on': 'the-sponsor-who-moved-on'), where the
    words as written, followed, were told as no file name the next time."""
    return slugify(item) or item if name == "related" and not is_slug(item.strip()) else item


def _lines_to_write(items: list[str]) -> str:
    """The lines that list ``items``, each as written (three shown)."""
    return ", ".join(f"'  - {clipped(item)}'" for item in items[:3]) + (", …" if len(items) > 3 else "")


# What an author writes for "none" in an optional list's place.
_NOTHING = re.compile(r"(?i)none|n/?a|nil|nothing|no|tbc|tbd|[-–—]|\(none\)|\[none\]")
# An item's line whose '- ' YAML does not read: '-Sign', '\- Sign', '\-Sign'.
_ITEM_SLIP = re.compile(r"(\\)-|-(?! )")


def _check_split_signs(items: list[str], line: int, report: Report) -> None:
    """Signs in brackets, '[The budget renews, but nobody asks, …]': each comma starts a
    sign, so one with a comma of its own was published as two, the second starting in small
    letters. Told where a sign starts so, with the two as one."""
    for before, item in zip(items, items[1:], strict=False):
        if item[:1].islower():
            report.warning(
                line,
                "sign-split",
                f"the sign '{clipped(item, 40)}' starts in small letters: in a list written in [ ], each comma starts a new sign, "
                "so it may be the end of the sign before it",
                f"write each sign on a line of its own, starting with two spaces, a hyphen and a space, a comma kept inside its sign: "
                f"'  - {clipped(before + ', ' + item, 80)}'",
            )
            return


def _value(field: Field, node: Node, offset: int, report: Report, lines: dict[str, int], file_lines: tuple[str, ...] = ()) -> object | None:
    line = node.line + offset
    name = field.name
    if field.kind == "list":
        if isinstance(node, Scalar) and node.plain and node.value in ("", "~", "null", "Null", "NULL"):
            return ()  # nothing, as YAML writes it too: none listed
        if isinstance(node, Scalar) and not field.required and _NOTHING.fullmatch(node.value.strip()):
            # 'related: none': told to write '  - none' below, the author was then told no
            # pattern is named 'none'.
            report.error(
                line,
                "wrong-type",
                f"'{name}: {node.value.strip()}' is read as a list of one item, '{node.value.strip()}'",
                f"to list none, write '{name}:' with nothing after it, or delete the line",
            )
            return None
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
        key_line = file_lines[lines[name] - 1] if name in lines and 0 < lines[name] <= len(file_lines) else ""
        if isinstance(node, Scalar) and not node.plain and (block := frontmatter.BLOCK_HEADER.fullmatch(key_line.rstrip())) is not None:
            # 'signs: |' (or '>'), as a text is written over lines: every line below is that
            # text, with its '- ' or without. Told only to start the lines with '- ', the author
            # did, and was told it again.
            below = file_lines[lines[name] :]
            block_lines = [text.strip() for text in below[: next((i for i, text in enumerate(below) if text[:1] not in (" ", "\t", "")), len(below))] if text.strip()]
            dashed = all(text.startswith("- ") for text in block_lines)
            report.error(
                lines[name],
                "wrong-type",
                f"'{name}' must be a list: the '{block.group(2)}' after '{name}:' makes YAML read the lines below it as one text",
                f"delete the '{block.group(2)}' after '{name}:'"
                + ("" if dashed else f", and start each line below it with two spaces, a hyphen and a space:   - {clipped(block_lines[0]) if block_lines else '…'}"),
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
                        f"write it as   - {(rest := clipped(first[slip.end():].strip()))}"
                        + (" (and the same on each line like it)" if slip.group(1) else frontmatter.minus_hint("  ", rest)),
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
                first = _listed_items(node.value)[0]
            first = clipped(_as_item(name, first))
            # Items run together on one line under the key ('  a; b; c'): told as lines of their own.
            run_on = _listed_items(node.value, commas=False) if under and node.plain and "\n" not in node.value.strip() else []
            run_on = [_as_item(name, item) for item in run_on]
            if len(run_on) > 1:
                hint = f"write each item on a line of its own, starting with two spaces, a hyphen and a space: {_lines_to_write(run_on)}"
            elif under:
                hint = "start each line with two spaces, a hyphen and a space:   - " + first
            else:
                # Each item the line lists, as its own line (three shown).
                listed = [_as_item(name, item) for item in _listed_items(node.value)]
                hint = (
                    f"end this line at '{name}:' and write each item on a line of its own below it: {_lines_to_write(listed)}"
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
            braced = 0 < item.line + offset <= len(file_lines) and file_lines[item.line + offset - 1].lstrip().removeprefix("-").lstrip().startswith("{")
            if isinstance(item, Mapping) and braced:
                # '- {stalled sponsor}', a template's braces: told the ':' ending it made a key,
                # and to quote '"stalled sponsor:"', the author published a colon never typed.
                inside = file_lines[item.line + offset - 1].lstrip().removeprefix("-").strip().removeprefix("{").removesuffix("}").strip()
                report.error(
                    item.line + offset,
                    "wrong-type",
                    f"each item of '{name}' must be plain text: the braces around this one make YAML read a group of keys",
                    f"write it without the braces:   - {clipped(inside)}" if inside else "delete this line",
                )
                continue
            if isinstance(item, Mapping) and isinstance(said, Scalar):
                # '- Ask the team: who approved it?': YAML read ': ' as a key and its value.
                written = f"{item.entries[0].key}: {said.value}" if said.value else f"{item.entries[0].key}:"
                written = written[1:-1] if _in_typed_quotes(written) else written  # “…” from Word would show
                report.error(
                    item.line + offset,
                    "wrong-type",
                    f"each item of '{name}' must be plain text: "
                    + ("': ' in this one makes YAML read a key and a value" if said.value else "the ':' ending this one makes YAML read a key"),
                    # '- Sign 5: The team…': quoted, the label was published.
                    frontmatter.without_label("  -", written) or f"put the item in quotes, so YAML keeps every character:   - {quoted(written)}",
                )
                continue
            parts = [part.value for part in item.items if isinstance(part, Scalar)] if isinstance(item, Sequence) else []
            if isinstance(item, Sequence) and parts and len(parts) == len(item.items):
                # '- [another sign]': the brackets, a note's or a link's, make YAML read a list;
                # so does a second '- ' ('  - - Sign'). (Repeating the field's hint would tell
                # the author what they already wrote.)
                flow = file_lines[item.line + offset - 1].lstrip().removeprefix("-").lstrip()[:1] == "[" if 0 < item.line + offset <= len(file_lines) else True
                if not flow:
                    report.error(
                        item.line + offset,
                        "wrong-type",
                        f"each item of '{name}' must be plain text: the second '- ' at its start makes YAML read a list inside the list",
                        "write the item with one hyphen:   - " + quoted(", ".join(parts)),
                    )
                    continue
                report.error(
                    item.line + offset,
                    "wrong-type",
                    f"each item of '{name}' must be plain text: the '[' at its start makes YAML read a list",
                    "write the item without the square brackets:   - "
                    + quoted(", ".join(parts)),
                )
                continue
            if not isinstance(item, Scalar):
                report.error(item.line + offset, "wrong-type", f"each item of '{name}' must be plain text", field.hint)
                continue
            lines[f"{name}[{index}]"] = item.line + offset
            items.append(" ".join(as_shown(item.value).split()))
        if node.flow and name == "signs" and len(items) == len(node.items):
            _check_split_signs(items, line, report)
        # A list with a bad item is reported once; its other items are not checked further.
        return tuple(items) if len(items) == len(node.items) else None
    if not isinstance(node, Scalar):
        kind = "a list" if isinstance(node, Sequence) else "a group of keys"
        hint = _single_value_hint(field, node, file_lines, lines.get(name, line))
        report.error(line, "wrong-type", f"'{name}' must be a single value, not {kind}", hint)
        return None
    text = " ".join(as_shown(node.value).split())
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


def _date(name: str, text: str, line: int, report: Report) -> date | None:
    if not DATE.fullmatch(text):
        # A mark that shows as nothing, which the check of invisible characters lets be
        # after a character it may vary ('6' and U+FE0F): the date quoted would look right.
        marks = [char for char in text if unicodedata.category(char) in ("Mn", "Me", "Cf")]
        if marks and DATE.fullmatch(seen := "".join(char for char in text if char not in marks)):
            report.error(
                line,
                "bad-date",
                f"'{name}' holds {character_name(marks[0])}, which shows as nothing, in the date {seen}",
                f"delete it: retype the date as {seen}",
            )
            return None
        hint = _date_hint(text)
        if not text.strip():
            # 'updated:' with nothing after it: an example date may be before 'published'.
            hint = (
                "write the day the pattern was last changed, YYYY-MM-DD, no earlier than 'published', or delete the line"
                if name == "updated"
                else "write the day it goes out, YYYY-MM-DD (today, if it is published when merged)"
            )
        if name == "published" and (_NOT_YET.fullmatch(text) or re.search(r"(?i)\b(?:draft|wip|not yet|tbc|tbd)\b", text)):
            # 'published: TBC', '2026-08-03 (draft)': the date told alone, the pattern went out.
            meant = DATE.search(hint) if hint.startswith("write ") else None
            written = f"{meant.group()} alone" if meant else "the day it goes out, YYYY-MM-DD (today, if it is published when merged)"
            hint = f"write {written}, and add a line 'draft: true': {KEEP_AS_DRAFT}"
        report.error(line, "bad-date", f"'{name}' must be a date written YYYY-MM-DD, not '{text}'", hint)
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        report.error(line, "bad-date", f"'{name}' is not a real date: {text}", "check the month and the day")
        return None
    # A day to come is a slip (a pattern is published when it is merged), and one far off
    # would break the engine's sitemap. Today is today wherever the author is.
    if day > latest_today():
        report.error(line, FUTURE_DATE, f"'{name}' is {text}, a day still to come", f"write the day the pattern is {name} (today at the latest)")
        return None
    if day.year < EARLIEST_YEAR:  # 'Published 1 January 1' on the page: a year mistyped
        report.error(line, "bad-date", f"'{name}' is {text}, before {EARLIEST_YEAR}, long before this catalogue began", f"check the year: write the day the pattern is {name}")
        return None
    return day


def latest_today() -> date:
    """Today's date where it is latest on earth (UTC+14, on Kiribati's Line Islands): an
    author anywhere may have written it, and a day after it is still to come everywhere.
    (Tomorrow by this machine's clock was allowed, which at 06:00 UTC is the future in
    every time zone: a pattern dated so headed the feed a day early.)"""
    return (datetime.now(timezone.utc) + timedelta(hours=14)).date()


EARLIEST_YEAR = 2000
"""No pattern was published or updated before this year: an earlier one is a slip."""


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
# The ways a date is written by hand: day first with '/', '.' or '-' (as in Britain; month
# first where only that makes a date), the year first with '/' or '.', or digits left
# unpadded; or a month named in words, in full or in three or four letters, either side of
# the day.
_DAY_FIRST = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4}|[0-9]{2})")  # '3/3/26': this century
_YEAR_FIRST = re.compile(r"([0-9]{4})[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})")
# A time of day after the date, as a calendar or a spreadsheet copies it ('2026-11-30 09:00',
# '2026-11-30T09:00:00Z', '30/11/2026 9.30am').
_TIME_AFTER = re.compile(r"(?i)(?:T|,?\s+(?:at\s+)?)[0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2}(?:\.[0-9]+)?)?\s*(?:am|pm)?\s*(?:Z|[+-][0-9]{2}:?[0-9]{2}|UTC|GMT|BST)?$")
_WEEKDAY_BEFORE = re.compile(r"(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+")
_NOTE_AFTER = re.compile(r"\s*\([^()]*\)$")
_IN_WORDS_NO_YEAR = re.compile(r"(?:([0-9]{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})|([a-z]{3,9})\s+([0-9]{1,2})(?:st|nd|rd|th)?)", re.I)
_IN_WORDS = re.compile(r"(?:([0-9]{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})|([a-z]{3,9})\s+([0-9]{1,2})(?:st|nd|rd|th)?,?)\s+([0-9]{4})", re.I)
_YEAR_AND_MONTH = re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})")  # '2026-08': no day
_MONTH_BETWEEN = re.compile(r"([0-9]{1,2}|[0-9]{4})[-/.]([A-Za-z]{3,9})[-/.]([0-9]{4}|[0-9]{1,2})")  # '3-Aug-2026', '2026-Aug-03'
_MONTH_AND_YEAR = re.compile(r"([a-z]{3,9})\.?,?\s+([0-9]{4})", re.I)  # 'August 2026': no day


_DASHES_AS_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"})


# '20261116', as a spreadsheet or a file's name writes it.
_RUN_TOGETHER = re.compile(r"((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])")


def _month_named(word: str) -> list[int]:
    """The month a word names, in full or in three or four letters ('Aug', 'Sept'): [its number], or []."""
    return [n for n, m in enumerate(_MONTHS, 1) if m == word or (len(word) in (3, 4) and m.startswith(word))]


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
    # The authors' round of the fifty-fourth session: a full stop after the date, figures of another
    # width ('２０２６'), a year and a month with no day, a month's name between hyphens.
    if (ended := text.rstrip(".,;:!")) != text and DATE.fullmatch(ended):
        return f"delete the '{text[len(ended):]}' after the date: {ended}"
    if (plain := unicodedata.normalize("NFKC", text)) != text and DATE.fullmatch(plain):
        return f"write the date in plain figures, as a keyboard types them: {plain}"
    if (no_day := _YEAR_AND_MONTH.fullmatch(text)) is not None and 1 <= (month_number := int(no_day.group(2))) <= 12:
        return f"add the day: {no_day.group(1)}-{month_number:02d}-DD, with DD the day of {_MONTHS[month_number - 1].title()}"
    if (hyphened := _MONTH_BETWEEN.fullmatch(text)) is not None:
        first, word, last = hyphened.groups()
        day_first = len(first) <= 2
        return _date_hint(f"{first if day_first else last} {word} {last if day_first else first}")
    # 'Monday 3 August 2026', '2026-08-03 (draft)': the weekday, and a note after the date, go.
    bare = _NOTE_AFTER.sub("", _WEEKDAY_BEFORE.sub("", text)).strip()
    if bare != text and bare:
        meant_text = _date_hint(bare)
        if meant_text.startswith("write ") and (iso := DATE.search(meant_text)) is not None:
            return f"write the date alone, {iso.group()}: a weekday or a note beside it is not read as part of it"
    if (no_day := _MONTH_AND_YEAR.fullmatch(text)) is not None and (named := _month_named(no_day.group(1).lower())):
        # 'August 2026': the month and year, and no day (its hint was an example of another date: helper-238).
        # (No example of a day: the hints of a date beside a note take the first date in it as the author's.)
        return f"add the day: {no_day.group(2)}-{named[0]:02d}-DD, with DD the day of {_MONTHS[named[0] - 1].title()}"
    if (no_year := _IN_WORDS_NO_YEAR.fullmatch(text)) is not None:
        # '3 Aug': the day and month, and no year.
        word = (no_year.group(2) or no_year.group(3)).lower()
        named = _month_named(word)
        this_year = date.today().year
        try:
            meant = date(this_year, named[0], int(no_year.group(1) or no_year.group(4))) if named else None
        except ValueError:
            meant = None
        if meant is not None:
            return f"write the year too: {meant.isoformat()}, if it is {meant.day} {_MONTHS[meant.month - 1].title()} this year"
    if found := _DAY_FIRST.fullmatch(text):
        day, month, year = (int(n) for n in found.groups())
        if month > 12 >= day:  # only a month first reads as a date ('08/23/2026', as in America)
            day, month = month, day
    elif found := _YEAR_FIRST.fullmatch(text) or _RUN_TOGETHER.fullmatch(text):
        year, month, day = (int(n) for n in found.groups())
    elif found := _IN_WORDS.fullmatch(text.strip()):
        word = (found.group(2) or found.group(3)).lower()
        named = _month_named(word)
        if named:
            day, month, year = int(found.group(1) or found.group(4)), named[0], int(found.group(5))
    if year is not None and year < 100:
        # '3/8/26' is 2026, day first; '26-08-03' may be the year first: no guess.
        year = None if "-" in text else year + 2000
    try:
        meant = date(year, month, day) if year and month and day else None
    except ValueError:
        meant = None
        if year and month and 1 <= month <= 12 and day:  # '31/11/2026': November has 30 days
            days = calendar.monthrange(year, month)[1]
            return f"{_MONTHS[month - 1].title()} {year} has {days} days: check the day, then write it as {year}-{month:02d}-DD"
    if meant is None:
        return "for example 2026-03-14"
    told = f"write {meant.isoformat()} ({meant.day} {_MONTHS[meant.month - 1].title()} {meant.year})"
    if "/" in text and _DAY_FIRST.fullmatch(text) and meant.day <= 12 and meant.month != meant.day:
        # '08/03/2026' is 8 March read day first, as in Britain, and 3 August month first, as
        # in America: both are told, the British first. (Dots, '08.03.2026', are day first.)
        other = date(meant.year, meant.day, meant.month)
        told += f", or {other.isoformat()} if it is {other.day} {_MONTHS[other.month - 1].title()} (the month first, as in America)"
    return told


def shown_length(text: str) -> int:
    """How many characters a reader counts: an accent typed as a mark after its letter
    ('e' then U+0301) is one character with it, as 'é' is."""
    return len(text) if text.isascii() else len(unicodedata.normalize("NFC", text))


def _drawn_missing(title: str) -> list[str]:
    """The visible characters of a title that the social card's font cannot draw."""
    unseen = {title[i] for i in invisible_characters(title)}
    return [char for char in undrawable(title) if char not in unseen]


# Words whose full stop is an abbreviation's, kept at the end of a title.
_ABBREVIATIONS = frozenset({"etc", "ltd", "inc", "co", "corp", "plc", "vs", "al", "st", "dr", "mr", "ms", "mrs", "no"})


def _sentence_end(title: str) -> bool:
    """Whether a title ends as a sentence does: with a full stop after a word that is no
    abbreviation ('Ltd.', 'etc.', 'e.g.', 'U.S.' and an initial keep theirs) or ellipsis."""
    text = title.rstrip()
    if not text.endswith(".") or text.endswith(".."):
        return False
    words = text[:-1].split()
    last = words[-1] if words else ""
    return bool(last) and "." not in last and last.lower() not in _ABBREVIATIONS and not (len(last) == 1 and last.isupper())


# An address a reader would write to or visit: a scheme's '//', 'www.', or an e-mail address.
_AFTER_AN_ADDRESS = ").,;:!?»”’'\""  # a sentence's marks after an address, not its own
# Each tried only from the start of a run of the characters it reads (a look behind), so a
# value of 20,000 '_' is read once, not from each of them to its end.
_ADDRESS_IN_NAME = re.compile(
    r"(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*://\S+|\bwww\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    # A site's name written bare, as a browser reads it ('paypal.com/login', 'bit.ly/stall',
    # 'gov.uk'): a name with a path, or one ending in a common top-level domain written in small
    # letters ('Node.js' and 'ASP.NET' are products, 'e.g.' an abbreviation).
    r"|(?<![\w.@/-])[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*\.(?-i:[a-z]{2,})/\S*"
    r"|(?<![\w.@/-])[a-z0-9][\w-]+(?:\.[a-z0-9][\w-]*)*\.(?-i:com|org|net|uk|io|ai|co|gov|edu|example|ly|me|app|dev|info|biz|eu|us|test|invalid)\b(?![.\w-]*[a-z0-9])",
    re.I,
)

# What each address above holds ('://', '@', or a dot before a letter or digit), found in one
# quick pass: the whole expression takes some thirty times as long, and most names hold none.
_MAYBE_AN_ADDRESS = re.compile(r"://|@|\.\S")


MOST_PICTOGRAPHS = 3
"""Emoji and other pictographs in one title, summary, sign or other name."""


def _check_pictographs(values: dict[str, object], lines: dict[str, int], report: Report) -> None:
    """A title, summary, sign or other name of pictographs more than words ('📉📉📉…'): a
    screen reader reads each out by its name ('chart with downwards trend'), wherever the
    value is listed (All patterns, the finder, search), and the value says nothing in words."""
    for name in ("title", "summary", "signs", "also_known_as"):
        value = values.get(name)
        for index, text in enumerate([value] if isinstance(value, str) else list(value) if isinstance(value, tuple) else []):
            if not isinstance(text, str) or text.isascii():
                continue
            drawn = [char for char in text if unicodedata.category(char) == "So"]
            if len(drawn) > MOST_PICTOGRAPHS:
                shown = f"'{name}'" if isinstance(value, str) else f"'{clipped(text, 60)}' in '{name}'"
                report.error(
                    lines.get(f"{name}[{index}]", lines[name]),
                    "pictographs",
                    f"{shown} holds {len(drawn)} emoji or other pictographs: a screen reader reads each out by its name "
                    f"('{unicodedata.name(drawn[0], 'symbol').lower()}') wherever it is listed",
                    f"say it in words, with at most {MOST_PICTOGRAPHS} emoji",
                )


def _check_names_of_others(values: dict[str, object], lines: dict[str, int], settings: Settings, report: Report) -> None:
    """A pattern's names (its title, its other names) and summary are the stall's own: one that
    names this site's offer ('Book a Stall Review') makes the pattern pass for the offer in
    lists and the site's search, and one that holds an address ('Reply to bookings@…') shows
    it as the site's own words on cards, in search and in the booking e-mail. Signs too: each
    is a label a reader ticks in the stall finder, and a line of search results. A title or
    other name that asks to book an offer by its last word ('Book a review') is one too."""
    for name in ("title", "also_known_as", "summary", "signs"):
        value = values.get(name)
        for index, text in enumerate([value] if isinstance(value, str) else list(value) if isinstance(value, tuple) else []):
            if not isinstance(text, str):
                continue
            line = lines.get(f"{name}[{index}]", lines[name])
            shown = f"'{name}'" if isinstance(value, str) else f"'{clipped(text, 60)}' in '{name}'"
            called = settings.offer_called if name in ("title", "also_known_as") else settings.offer_named
            if (offer := called(text) or settings.offer_owned(text)) is not None:  # "Stall Patterns' review" too
                report.error(
                    line,
                    "name-is-offer",
                    f"{shown} {'names' if settings.offer_named(text) or settings.offer_owned(text) else 'asks to book'} this site's offer, {offer}: "
                    "in lists and the site's search, the pattern would pass for the offer",
                    ("say what the stall is" if name == "summary" else "say what a reader sees, in their words" if name == "signs" else "name the stall itself, as a reader would say it")
                    + f": every pattern's page offers the {offer} by itself",
                )
            elif name in ("title", "also_known_as") and (page := settings.site_page_named(text) or settings.contact_asked(text)) is not None:
                # 'All patterns', 'Stall finder', 'Stall Patterns': first in the site's search for that page.
                said = (
                    f"this site's name, {page[0]}" if page[1] == ""
                    else f"the name of this site's page '{page[0]}'" if settings.site_page_named(text) is not None
                    else f"a call to contact or book this site, as its page '{page[0]}' is"
                )
                named = f"the title '{clipped(text, 60)}'" if isinstance(value, str) else shown  # not "'title' is the name of…"
                report.error(
                    line,
                    "name-is-site-page",
                    f"{named} is {said}: in lists and the site's search, the pattern would pass for it",
                    "name the stall itself, as a reader would say it",
                )
            elif _MAYBE_AN_ADDRESS.search(read := as_an_address_reads(text)) and (address := _ADDRESS_IN_NAME.search(read)) is not None:
                written = address.group().rstrip(_AFTER_AN_ADDRESS)
                # A product named by its address ('Otter.ai', 'Monday.com'): its name without the
                # ending is the product still (the false-refusal sweep of the forty-fifth session).
                product = _PRODUCT_ADDRESS.fullmatch(written)
                report.error(
                    line,
                    "address-in-name",
                    f"{shown} holds an address, '{clipped(written, 60)}': the cards, search results and booking e-mails that show it would show it as the site's own words",
                    f"write the product's name without its ending, '{product.group(1)}', or delete the address; to point readers to it, link to it from the text under a section"
                    if product
                    else "delete the address; to point readers to it, link to it from the text under a section",
                )


# A product's name written as its address: a capitalised name and one ending ('Otter.ai', 'Monday.com').
_PRODUCT_ADDRESS = re.compile(r"([A-Z][\w-]*)\.[a-z]{2,6}")


def _check_values(values: dict[str, object], lines: dict[str, int], settings: Settings, report: Report, slug: str) -> None:
    limits = settings.limits
    for name in ("title", "summary", "signs", "also_known_as"):
        value = values.get(name)
        for index, text in enumerate([value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []):
            if isinstance(text, str) and (label := frontmatter.OWN_LABEL.match(text)) and text[label.end() :].strip():
                # 'title: "Title: The sponsor…"': quoted, it read, and the page showed the label.
                report.error(
                    lines.get(f"{name}[{index}]", lines[name]),
                    "label-in-value",
                    f"'{name}' starts with '{label.group().strip()}', a label the page would show before the text",
                    f"delete '{label.group().strip()}' and the space after it",
                )
    for name, (low, high) in (("title", limits.title), ("summary", limits.summary)):
        text = values.get(name)
        if not isinstance(text, str):
            continue
        if not is_visible(text):
            report.error(lines[name], "invisible-value", f"'{name}' has no visible text", f"write {BY_NAME[name].hint}")
            continue
        length = shown_length(text)
        if not low <= length <= high:
            report.error(
                lines[name],
                "length",
                f"'{name}' is {characters(length)} long; it must be {low}–{high}",
                f"shorten it by {characters(length - high)}" if length > high else f"say a little more: {characters(low - length)} at least",
            )
        # An invisible character is an error of its own ('invisible-character'): the card's
        # font has no glyph for it either, but the warning's advice (another alphabet, no
        # emoji) would not fit it.
        if name == "title" and (missing := _drawn_missing(text)):
            more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
            report.warning(
                lines[name],
                "card-cannot-draw",
                f"the social card's font has no {character_name(missing[0])}{more}: a shared link's preview shows the title without it",
                "write the title in the Latin alphabet, without emoji; the page itself shows every character",
            )
            # The card leaves each such character out: what stands either side reads on as one.
            drawn = "".join(" " if char in missing else char for char in as_drawn(text))
            if (number := contacts.phone_number(drawn)) is not None:
                report.error(
                    lines[name],
                    "phone-number",
                    f"the social card would draw the title's '{number[1]}' as a phone number, without the characters its font lacks: "
                    "readers would take it for this site's own line",
                    "delete the number from the title, in each of its parts",
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
        _check_comment(text, f"'{name}'", lines[name], report)
        _check_escaped_quote(text, f"'{name}'", lines[name], report)
        if has_tag(text):
            report.error(lines[name], "html-in-text", f"'{name}' contains an HTML tag", "write plain text; '&' and quotes are fine")
        elif marks := _markdown_marks(text):
            report.warning(
                lines[name],
                "markdown-in-text",
                f"'{name}' is plain text: '{marks.group()[:40]}' is shown as written, marks and all",
                "write it without Markdown; the title and summary take no formatting or links",
            )
    if isinstance(title := values.get("title"), str) and _sentence_end(title):
        report.warning(
            lines["title"],
            "title-full-stop",
            "the title ends with a full stop, as a sentence does: it is the pattern's name, shown in lists, the browser's tab and search results",
            "delete the '.' at the end of the title",
        )
    _check_names_of_others(values, lines, settings, report)
    _check_pictographs(values, lines, report)
    category = values.get("category")
    if isinstance(category, str) and category not in settings.category_ids:
        by_label = {c.label: c.id for c in settings.categories}
        guess = closest(category, [*settings.category_ids, *by_label], by_prefix=True)
        guess = by_label.get(guess, guess) if guess else None
        # 'value, governance' or 'value and governance': more than one, where one is allowed.
        named = [word for word in re.split(r"[^a-z]+", category.lower()) if word in settings.category_ids]
        message = f"unknown category '{category}'"
        if len(set(named)) > 1:
            message = f"'category' names more than one category: '{category}'"
            hint = (
                "a pattern has one category: keep the one where the rollout stalls first ("
                + " or ".join(f"'{word}'" for word in dict.fromkeys(named))
                + "), and name the other in the text"
            )
        else:
            hint = f"did you mean '{guess}'?" if guess else f"the categories are: {', '.join(settings.category_ids)}"
        report.error(lines["category"], "unknown-category", message, hint)
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
        if name == "related" and len(items) > RELATED_SHOWN:
            report.warning(
                lines[f"related[{RELATED_SHOWN}]"],
                "related-not-shown",
                f"'related' has {counted(len(items), 'item')}; the page links to the first {RELATED_SHOWN} only",
                f"keep the {RELATED_SHOWN} a reader should read next, the most useful first, and delete the rest",
            )
        seen = set()
        for index, item in enumerate(items):
            line = lines[f"{name}[{index}]"]
            if not is_slug(item):
                if name == "aliases":  # a related entry is matched to a real slug by the catalogue
                    hint = f"write the former file name without .md, e.g. '{_as_slug(item)}'"
                    if " " in item.strip():
                        # Words, as Obsidian's 'aliases' holds a note's other names: this one's are 'also_known_as'.
                        hint = (f"'aliases' lists the file names this pattern had before, so that old links still reach it: {hint}; "
                                "for another name readers use for this stall, write it under 'also_known_as' instead")
                    report.error(line, "bad-slug", f"'{item}' in 'aliases' is not a slug", hint)
            elif name == "aliases" and (item in RESERVED_SLUGS or item in DEVICE_NAMES):
                report.error(line, "reserved-slug", f"'{item}' in 'aliases' is a reserved name, never a pattern's slug", "delete it from 'aliases'")
            elif name == "aliases" and len(item) > limits.slug_length:
                # An alias is a former file name, held to the same limit; and its redirect page
                # is a folder of that name, which a file system refuses past 255 bytes (the build stopped on it).
                report.error(
                    line,
                    "bad-slug",
                    f"'{clipped(item, 40)}' in 'aliases' is {characters(len(item))} long; a slug's limit is {limits.slug_length}",
                    f"an alias is a former file name without .md, at most {limits.slug_length} characters: write the old name as it was, or delete it",
                )
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


def _already_written(key: str, line: int, delete: str = "delete this line") -> str:
    """The hint for an unknown key that means one the file already has: renaming it would
    write that key twice, so the author keeps the words in one of them."""
    return f"{delete}, or move what it says into '{key}' (line {line}): a key is written once, and '{key}' is already there"


def _single_value_hint(field: Field, node: Node, file_lines: tuple[str, ...], key_line: int) -> str:
    """The line to write for a one-value key given a list ('category:' and '  - value' under
    it): what the field takes alone said what to write, not how to undo the list."""
    if not isinstance(node, Sequence):
        return field.hint
    parts = [item.value.strip() for item in node.items if isinstance(item, Scalar)]
    if not parts or len(parts) != len(node.items) or not all(parts):
        return field.hint
    # Said by their numbers: the error stands at the first item, not at the key's line.
    below = _value_line_count(file_lines, key_line)
    delete = {0: "", 1: f", and delete line {key_line + 1}", 2: f", and delete lines {key_line + 1} and {key_line + 2}"}.get(
        below, f", and delete lines {key_line + 1} to {key_line + below}"
    )
    # What the key holds ends the hint, as it ends the hint of a key left empty.
    if len(parts) > 1 and field.name == "category":
        others = " or ".join(f"'{part}'" for part in parts[1:])
        return f"a pattern has one category: write line {key_line} as 'category: {parts[0]}' (or {others}){delete}; it is {field.hint}"
    return f"write line {key_line} as '{field.name}: {_as_written(' '.join(parts))}'{delete}; it is {field.hint}"


def _as_written(value: str) -> str:
    """``value`` as a line's plain value, or quoted when YAML would read a mark in it."""
    plain = value[:1] not in frontmatter.INDICATORS and ": " not in value and " #" not in value and not value.endswith(":")
    return value if plain else quoted(value)


def _list_without_key(entry: Entry, field: Field, line: int, lines: tuple[str, ...]) -> int | None:
    """The line of the first list item that a text field's plain value runs on over (a
    list's key line deleted above its items), or None. Two items at least: one line that
    starts with a dash may be the value's own words ('summary: …' then '  - and so it stalls')."""
    value = entry.value
    if field.kind == "list" or not isinstance(value, Scalar) or not value.plain or " - " not in value.value:
        return None
    items = [n for n in range(line + 1, line + 1 + _value_line_count(lines, line)) if lines[n - 1].lstrip().startswith("- ")]
    return items[0] if len(items) > 1 else None


def value_lines_below(lines: tuple[str, ...], line: int) -> str:
    """'the 2 lines under it, which hold its value': the lines below a key that hold its
    value (a list's '  - ' items, a value wrapped onto indented lines); '' if it has none."""
    below = _value_line_count(lines, line)
    if not below:
        return ""
    return f"the {below} line{'s' if below > 1 else ''} under it, which hold{'' if below > 1 else 's'} its value"


def _value_line_count(lines: tuple[str, ...], line: int) -> int:
    """How many lines below a key (at ``line``, 1-based) hold its value."""
    below = seen = 0
    for text in lines[line:]:  # up to the closing '---', which is no item
        seen += 1
        if not text.strip():
            continue  # a blank line between a list's items: YAML reads on, so it goes with them
        if not (text[:1] in (" ", "\t") or text.startswith("- ") or text.rstrip() == "-"):
            break
        below = seen
    return below


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
    "a sign is one observable fact", "duplicate-sign",
)
OTHER_NAMES = ShortTexts(
    "also_known_as", "also_known_as", "also_known_as_length", "also-known-as-count", "name", "keep the names a reader is most likely to type",
    "a name is a few words a reader would type, not a sentence", "duplicate-item",
)


def _check_short_texts(kind: ShortTexts, items: object, lines: dict[str, int], limits: Limits, report: Report) -> None:
    """Count, emptiness, visible text, length, markup and repeats of each item."""
    if not isinstance(items, tuple):
        return
    low, high = getattr(limits, kind.count_limit)
    if not low <= len(items) <= high:
        report.error(
            lines[kind.key],
            kind.count_code,
            f"'{kind.key}' has {counted(len(items), 'item')}; it {'needs' if low else 'may have'} {low} to {high}",
            # How many to add or delete, so that doing what the hint says brings the count in range.
            f"add {counted(low - len(items), 'more ' + kind.item)}: {kind.count_hint}"
            if len(items) < low
            else f"delete {counted(len(items) - high, kind.item)}, keeping the {high} that say the most",
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
            report.error(
                line,
                "length",
                f"{kind.item} is {characters(shown_length(text))} long; the limit is {longest}",
                f"shorten it by {characters(shown_length(text) - longest)} at least: {kind.length_hint}",  # (as a title's says by how much: helper-238)
            )
        if quoted := _in_typed_quotes(text):
            report.warning(
                line,
                "quotes-kept",
                f"{kind.item} '{clipped(text, 40)}' in '{kind.key}' is between {quoted}: YAML removes straight quotes around a value, not a word processor's, so the page shows them",
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
        _check_comment(text, f"a {kind.item} in '{kind.key}'", line, report)
        _check_escaped_quote(text, f"a {kind.item} in '{kind.key}'", line, report)
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

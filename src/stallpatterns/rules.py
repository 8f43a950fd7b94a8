"""Check one pattern against the authoring contract.

``check`` turns a :class:`~stallpatterns.source.Source` into a :class:`Pattern` when it
is valid, and always returns every problem found (not only the first).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from itertools import accumulate
from typing import Any

from . import editorial
from .diagnostics import Diagnostic, Severity
from .frontmatter import Mapping, Node, Scalar, Sequence
from .pattern import Pattern, PatternSection
from .settings import Limits, Settings
from .source import Block, Source
from .text import closest, has_tag, is_slug, line_at, line_starts, slugify, strip_comments, word_count

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
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UNSAFE_TAG = re.compile(r"<\s*(script|iframe|object|embed|style|form|base|meta|link|frame|frameset|applet)\b", re.I)
# A tag: its start, then everything up to its '>' (quoted values may hold a '>'), and an
# event handler among its attributes, which start after a space, a '/' or a closing quote
# (<img/src=x/onerror=...>). Scanned tag by tag: one regex for the whole took quadratic
# time on many '<a' that never close.
_TAG_START = re.compile(r"<[a-z]", re.I)
_TAG_REST = re.compile(r"""(?:[^>"']+|"[^"]*"|'[^']*')*""")
_EVENT_ATTR = re.compile(r"[\s/\"']on[a-z]+\s*=", re.I)
# A script URL as a Markdown link or image, a reference definition, an autolink or an
# HTML attribute; matched on text with entities decoded and control characters removed,
# as a browser reads a URL (java&#115;cript: and java&Tab;script: are javascript:).
_JS_URL = re.compile(
    r"(?:\]\(\s*<?|<|\b(?:href|src|action|formaction|data)\s*=\s*[\"']?|^\s*\[[^\]]+\]:\s*<?)"
    r"\s*(?:javascript|vbscript|data):",
    re.I | re.M,
)
_URL_NOISE = re.compile(r"[\x00-\x1f\x7f]")
_URL_SCHEME_END = re.compile(r"(?:script|data):", re.I)
# Python-Markdown's attr_list reads '{: ... }' (colon optional) after a link, image or code
# span, at the end of a heading, on a paragraph's last line and on a fence's first line,
# and sets every key=value in it as an attribute. An attribute name starts after a space.
_ATTR_UNSAFE = re.compile(r"(?<![\w.-])(?:on[a-z]+|style)\s*=|=\s*(?:[\"']\s*)?(?:javascript|vbscript|data):", re.I)
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
# Python-Markdown (the site's renderer) reads '#Title' as a heading; CommonMark does not.
_HEADING_NO_SPACE = re.compile(r"#{1,6}[^#\s]")


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
    values, lines = _check_front_matter(source, settings, report, slug)
    sections = _check_sections(source, settings, report)
    _check_html(source, report)
    _check_heading_marks(source, report)
    _check_guidance(source, report)
    editorial.check(source, settings, sections, report.warning)
    complete = source.front_matter_read and all(f.name in values for f in FIELDS if f.required)
    if report.has_errors or sections is None or not complete:
        return None, report.items
    pattern = Pattern(
        slug=slug,
        path=source.path,
        body=source.body,
        sections=sections,
        word_count=sum(word_count(s.markdown) for s in sections),
        lines=lines,
        **values,
    )
    return pattern, report.items


def _check_slug(slug: str, source: Source, settings: Settings, report: _Report) -> None:
    if source.path.suffix != ".md":
        report.error(1, "bad-file-name", f"'{source.path.name}' is not a Markdown file", "name it <slug>.md")
    elif not is_slug(slug):
        suggestion = slugify(slug) or "a-short-name"
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
        report.error(1, "bad-slug", f"file name is {len(slug)} characters long; the limit is {settings.limits.slug_length}")


# --- front matter ------------------------------------------------------------------


def _check_front_matter(
    source: Source, settings: Settings, report: _Report, slug: str
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
    for entry in node.entries:
        line = entry.key_line + offset
        field = _BY_NAME.get(entry.key)
        if field is None:
            guess = closest(entry.key, _BY_NAME)
            report.error(
                line,
                "unknown-key",
                f"unknown key '{entry.key}'",
                f"did you mean '{guess}'?" if guess else f"the keys are: {', '.join(_BY_NAME)}",
            )
            continue
        lines[field.name] = line
        value = _value(field, entry.value, offset, report, lines)
        if value is not None:
            values[field.name] = value
    present = {e.key for e in node.entries}
    for field in FIELDS:
        if field.required and field.name not in present:
            report.error(1, "missing-key", f"required key '{field.name}' is missing", f"add '{field.name}:' — {field.hint}")
    _check_values(values, lines, settings, report, slug)
    return values, lines


def _missing_hint() -> str:
    required = ", ".join(f.name for f in FIELDS if f.required)
    return f"write one 'key: value' per line between the '---' lines; required keys: {required}"


def _value(field: Field, node: Node, offset: int, report: _Report, lines: dict[str, int]) -> object | None:
    line = node.line + offset
    name = field.name
    if field.kind == "list":
        if isinstance(node, Scalar) and node.value == "" and node.plain:
            return ()
        if not isinstance(node, Sequence):
            report.error(line, "wrong-type", f"'{name}' must be a list", f"{field.hint}")
            return None
        items: list[str] = []
        for index, item in enumerate(node.items):
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
        report.error(line, "wrong-type", f"'{name}' must be true or false, not '{text}'")
        return None
    if field.kind == "date":
        return _date(name, text, line, report)
    if not text:
        report.error(line, "empty-value", f"'{name}' is empty", f"write {field.hint}")
        return None
    return text


def _date(name: str, text: str, line: int, report: _Report) -> date | None:
    if not _DATE.fullmatch(text):
        report.error(line, "bad-date", f"'{name}' must be a date written YYYY-MM-DD, not '{text}'", "for example 2026-03-14")
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        report.error(line, "bad-date", f"'{name}' is not a real date: {text}", "check the month and the day")
        return None


def _check_values(values: dict[str, object], lines: dict[str, int], settings: Settings, report: _Report, slug: str) -> None:
    limits = settings.limits
    for name, (low, high) in (("title", limits.title), ("summary", limits.summary)):
        text = values.get(name)
        if not isinstance(text, str):
            continue
        if not low <= len(text) <= high:
            report.error(
                lines[name],
                "length",
                f"'{name}' is {len(text)} characters long; it must be {low}–{high}",
                "shorten it" if len(text) > high else "say a little more",
            )
        if has_tag(text):
            report.error(lines[name], "html-in-text", f"'{name}' contains an HTML tag", "write plain text; '&' and quotes are fine")
    category = values.get("category")
    if isinstance(category, str) and category not in settings.category_ids:
        by_label = {c.label: c.id for c in settings.categories}
        guess = closest(category, [*settings.category_ids, *by_label])
        guess = by_label.get(guess, guess) if guess else None
        report.error(
            lines["category"],
            "unknown-category",
            f"unknown category '{category}'",
            f"did you mean '{guess}'?" if guess else f"the categories are: {', '.join(settings.category_ids)}",
        )
    signs = values.get("signs")
    if isinstance(signs, tuple):
        low, high = limits.signs
        if not low <= len(signs) <= high:
            report.error(
                lines["signs"],
                "signs-count",
                f"'signs' has {len(signs)} item{'s' if len(signs) != 1 else ''}; it needs {low} to {high}",
                "list observable signs a reader could tick, one per line starting with '  - '",
            )
        seen: set[str] = set()
        for index, sign in enumerate(signs):
            line = lines[f"signs[{index}]"]
            if not sign:
                report.error(line, "empty-value", "a sign is empty")
            elif len(sign) > limits.sign_length:
                report.error(line, "length", f"sign is {len(sign)} characters long; the limit is {limits.sign_length}", "shorten it to one observable fact")
            if has_tag(sign):
                report.error(line, "html-in-text", "sign contains an HTML tag", "write plain text")
            if sign.lower() in seen:
                report.error(line, "duplicate-sign", f"sign '{sign}' is listed twice")
            seen.add(sign.lower())
    _check_other_names(values.get("also_known_as"), lines, limits, report)
    for name in ("related", "aliases"):
        items = values.get(name)
        if not isinstance(items, tuple):
            continue
        seen = set()
        for index, item in enumerate(items):
            line = lines[f"{name}[{index}]"]
            if not is_slug(item):
                report.error(line, "bad-slug", f"'{item}' in '{name}' is not a pattern slug", f"use the file name without .md, e.g. '{slugify(item) or 'a-pattern'}'")
            elif name == "aliases" and item in RESERVED_SLUGS:
                report.error(line, "reserved-slug", f"'{item}' in 'aliases' is a reserved name, never a pattern's slug", "delete it from 'aliases'")
            elif item == slug:
                report.error(line, "self-alias" if name == "aliases" else "self-related", f"'{name}' lists this pattern itself")
            elif item in seen:
                report.error(line, "duplicate-item", f"'{item}' is listed twice in '{name}'")
            seen.add(item)
    published, updated = values.get("published"), values.get("updated")
    if isinstance(published, date) and isinstance(updated, date) and updated < published:
        report.error(lines["updated"], "updated-before-published", f"'updated' ({updated}) is before 'published' ({published})")


def _check_other_names(names: object, lines: dict[str, int], limits: Limits, report: _Report) -> None:
    """``also_known_as``: a few short, plain names, each once."""
    if not isinstance(names, tuple):
        return
    low, high = limits.also_known_as
    if not low <= len(names) <= high:
        report.error(
            lines["also_known_as"],
            "also-known-as-count",
            f"'also_known_as' has {len(names)} item{'s' if len(names) != 1 else ''}; it may have {low} to {high}",
            "keep the names a reader is most likely to type",
        )
    seen: set[str] = set()
    for index, name in enumerate(names):
        line = lines[f"also_known_as[{index}]"]
        if not name:
            report.error(line, "empty-value", "a name in 'also_known_as' is empty")
        elif len(name) > limits.also_known_as_length:
            report.error(
                line,
                "length",
                f"name is {len(name)} characters long; the limit is {limits.also_known_as_length}",
                "a name is a few words a reader would type, not a sentence",
            )
        if has_tag(name):
            report.error(line, "html-in-text", "name in 'also_known_as' contains an HTML tag", "write plain text")
        if name.lower() in seen:
            report.error(line, "duplicate-item", f"'{name}' is listed twice in 'also_known_as'")
        seen.add(name.lower())


# --- body ---------------------------------------------------------------------------


def _check_sections(source: Source, settings: Settings, report: _Report) -> tuple[PatternSection, ...] | None:
    expected = settings.headings
    cta = settings.cta_heading.casefold()
    found: list[tuple[int, int, str]] = []  # (index in expected, heading line, heading as written)
    for heading in source.headings:
        if heading.text.casefold().rstrip("?") == cta.rstrip("?"):
            report.error(
                heading.line,
                "cta-authored",
                f"section \"{heading.text}\" is generated from the site's offers",
                "delete this section: every pattern page gets it automatically",
            )
        elif heading.level == 1:
            report.error(
                heading.line,
                "h1-in-body",
                "the body must not have a level-1 heading (the title comes from front matter)",
                "use '## ' for one of the three sections, or '### ' inside one",
            )
        elif heading.level == 2:
            if heading.text in expected:
                found.append((expected.index(heading.text), heading.line, heading.text))
                continue
            guess = closest(heading.text, expected, cutoff=0.6)
            if guess:
                report.error(heading.line, "section-misspelt", f"unknown section \"{heading.text}\"", f"did you mean \"{guess}\"?")
                found.append((expected.index(guess), heading.line, heading.text))
            else:
                report.error(
                    heading.line,
                    "section-unknown",
                    f"unknown section \"{heading.text}\"",
                    "the sections are " + ", ".join(f'"{h}"' for h in expected) + "; use '### ' for a subheading inside one",
                )
    first_h2 = min((line for _, line, _ in found), default=None)
    stray = [b.line for b in source.blocks if b.kind != "heading" and _has_content(b)]
    stray += [h.line for h in source.headings if h.level >= 3 and h.text.casefold().rstrip("?") != cta.rstrip("?")]
    early = min((line for line in stray if first_h2 is None or line < first_h2), default=None)
    if early is not None:
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
    for index, missing in enumerate(expected):
        if index not in seen:
            later = [line for i, line in seen.items() if i > index]
            report.error(min(later) if later else end, "section-missing", f"section \"{missing}\" is missing", f"add a line '## {missing}' followed by its text")
    h2_lines = sorted(h.line for h in source.headings if h.level <= 2)
    sections: list[PatternSection] = []
    lines = source.lines
    for index, line, _text in sorted(found, key=lambda f: f[1]):
        if seen.get(index) != line:
            continue
        stop = next((other for other in h2_lines if other > line), end + 1)
        inside = [b for b in source.blocks if line < b.line < stop]
        if not any(b.kind != "heading" and _has_content(b) for b in inside):
            report.error(line, "section-empty", f"section \"{expected[index]}\" is empty", "write at least a paragraph under it")
        body_from = next((b.end_line for b in source.blocks if b.line == line), line)
        markdown = "\n".join(lines[body_from : stop - 1]).strip("\n")
        sections.append(PatternSection(settings.sections[index].key, expected[index], markdown, line))
    if len(sections) != len(expected):
        return None
    return tuple(sections)


def _has_content(block: Block) -> bool:
    return bool(strip_comments(block.content).strip())


# --- safety and leftovers ------------------------------------------------------------


def _check_html(source: Source, report: _Report) -> None:
    # Fenced code is checked too: the site shows it as code, but a stall pattern has no
    # need to show a <script>, and a fence this reader and the site's Markdown read
    # differently would make it live.
    for block in source.blocks:
        content = block.content
        if block.kind not in ("html", "code") and "`" in content:
            content = _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), content)
        first = _content_line(block)
        if "<" in content:
            starts = line_starts(content)
            for match in _UNSAFE_TAG.finditer(content):
                message = f"unsafe HTML: <{match.group(1).lower()}> is not allowed in a pattern"
                report.error(first - 1 + line_at(starts, match.start()), "unsafe-html", message, _SAFE_HINT)
            for index in _event_handlers(content):
                message = "unsafe HTML: event-handler attributes (on…=) are not allowed"
                report.error(first - 1 + line_at(starts, index), "unsafe-html", message, _SAFE_HINT)
        urls = {first + offset for offset in _script_urls(content)} if ":" in content or "&" in content else set()
        for line in sorted(urls):
            report.error(line, "unsafe-html", _URL_MESSAGE, _SAFE_HINT)
        # A heading's text is read without its { } attributes; a fence's sit on its ``` line.
        attrs = source.lines[block.line - 1] if block.kind in ("heading", "code") else content
        if "{" in attrs:
            for offset in _unsafe_attr_lists(attrs):
                if block.line + offset not in urls:  # a script URL in { } is reported once
                    report.error(block.line + offset, "unsafe-html", _ATTR_MESSAGE, _ATTR_HINT)


_SAFE_HINT = "write Markdown; links must be http(s) or relative"
_URL_MESSAGE = "unsafe link: javascript:, vbscript: and data: URLs are not allowed"
_ATTR_MESSAGE = "unsafe attribute in { }: event handlers (on…=), style= and script URLs are not allowed"
_ATTR_HINT = "keep to .class, #id and plain key=value attributes such as target=_blank"


def _script_urls(content: str) -> set[int]:
    """The lines (counted from 0) of the content on which a script URL starts.

    Browsers drop tabs and newlines from a URL, so the lines are also read joined
    together: ``java`` on one line and ``script:`` on the next is ``javascript:``.
    """
    # Every script URL ends in "script:" or "data:" once controls are dropped; most
    # blocks have neither, and entities ("&") are decoded only where they occur.
    if "&" not in content and not _URL_SCHEME_END.search(_URL_NOISE.sub("", content)):
        return set()
    lines = [_as_url_text(text) for text in content.split("\n")]
    found = {offset for offset, text in enumerate(lines) if _JS_URL.search(text)}
    if len(lines) > 1:
        starts = list(accumulate((len(text) for text in lines[:-1]), initial=0))
        found.update(line_at(starts, match.start()) - 1 for match in _JS_URL.finditer("".join(lines)))
    return found


def _unsafe_attr_lists(text: str) -> list[int]:
    """The lines (counted from 0) with a { } attribute list that sets a handler, a style or a script URL.

    attr_list reads from a '{' to the last '}' on its line, so the span from a line's
    first '{' to its last '}' holds every attribute list on it (a regex per '{' took
    quadratic time on many that never close).
    """
    found: list[int] = []
    for offset, line in enumerate(text.split("\n")):
        start, end = line.find("{"), line.rfind("}")
        if -1 < start < end and _ATTR_UNSAFE.search(_as_url_text(line[start:end])):
            found.append(offset)
    return found


def _as_url_text(line: str) -> str:
    """A line as a browser reads a URL in it: entities decoded, tabs and controls gone."""
    return _URL_NOISE.sub("", html.unescape(line)) if "&" in line or "\t" in line else line


def _event_handlers(content: str) -> list[int]:
    """Where each tag with an on…= attribute starts, reading each tag once."""
    found: list[int] = []
    position = 0
    while start := _TAG_START.search(content, position):
        rest = _TAG_REST.match(content, start.end())
        end = rest.end() if rest else start.end()  # the pattern matches the empty string too
        if _EVENT_ATTR.search(content, start.end() - 1, end):
            found.append(start.start())
        position = max(end, start.end())
    return found


def _content_line(block: Block) -> int:
    """The file line of a block's first content line: a fence's follows its ``` line."""
    return block.line + 1 if block.kind == "code" else block.line


def _check_heading_marks(source: Source, report: _Report) -> None:
    lines = source.lines
    for block in source.blocks:
        if block.kind != "text":
            continue
        for number in range(block.line, block.end_line + 1):
            text = lines[number - 1]
            if text.startswith("#") and _HEADING_NO_SPACE.match(text):
                marks = len(text) - len(text.lstrip("#"))
                fixed = f"{text[:marks]} {text[marks:].strip()}"
                report.error(
                    number,
                    "heading-no-space",
                    f"'{text.strip()[:60]}' needs a space after the '#'",
                    f"the site shows it as a heading: write '{fixed[:60]}', or '\\#' for a literal '#'",
                )


def _check_guidance(source: Source, report: _Report) -> None:
    if GUIDANCE not in source.text:
        return
    for number, line in enumerate(source.lines, start=1):
        if GUIDANCE in line:
            report.error(
                number,
                "scaffold-guidance",
                "guidance from 'stallpatterns new' is still in the file",
                "replace the '<!-- guide: ... -->' comment with your own text",
            )

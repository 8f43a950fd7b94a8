"""Load the patterns folder into a Catalogue, with catalogue-wide checks.

Per-file rules live in :mod:`stallpatterns.rules`; here are the rules that need every
file at once: unique slugs and titles, related patterns that exist, aliases that
collide with nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import rules, source
from .diagnostics import Diagnostic
from .frontmatter import Mapping, Scalar
from .pattern import Pattern
from .settings import Category, Settings
from .text import closest


@dataclass(frozen=True)
class Catalogue:
    """The published (or previewed) patterns, ordered by category then title."""

    patterns: tuple[Pattern, ...]
    categories: tuple[Category, ...]
    # Indexes made once, so that every per-page question is answered in constant time.
    _by_slug: dict[str, Pattern] = field(default_factory=dict, compare=False, repr=False)
    _position: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _backlinks: dict[str, list[Pattern]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_slug.update({p.slug: p for p in self.patterns})
        self._position.update({p.slug: i for i, p in enumerate(self.patterns)})
        for p in self.patterns:
            for slug in p.related:
                self._backlinks.setdefault(slug, []).append(p)

    def __len__(self) -> int:
        return len(self.patterns)

    def __iter__(self):
        return iter(self.patterns)

    def get(self, slug: str) -> Pattern | None:
        return self._by_slug.get(slug)

    def category(self, category_id: str) -> Category:
        return next(c for c in self.categories if c.id == category_id)

    def groups(self) -> list[tuple[Category, list[Pattern]]]:
        """Categories in configured order, each with its patterns; empty ones left out."""
        groups = [(c, [p for p in self.patterns if p.category == c.id]) for c in self.categories]
        return [(c, ps) for c, ps in groups if ps]

    def related(self, pattern: Pattern) -> list[Pattern]:
        """Its own ``related`` list first, then the patterns that link to it."""
        ours = [p for slug in pattern.related if (p := self.get(slug))]
        listed = set(pattern.related)
        backlinks = [p for p in self._backlinks.get(pattern.slug, ()) if p.slug not in listed]
        return ours + backlinks

    def page_links(self, pattern: Pattern, related: int = 3) -> tuple[list[Pattern], Pattern | None, Pattern | None]:
        """What a pattern page links to: at most ``related`` related patterns (its own
        list first, then backlinks), and its previous and next patterns unless those are
        already among the related (a link is never offered twice)."""
        shown = self.related(pattern)[:related]
        listed = {p.slug for p in shown}
        previous, following = self.neighbours(pattern)
        return (
            shown,
            previous if previous and previous.slug not in listed else None,
            following if following and following.slug not in listed else None,
        )

    def neighbours(self, pattern: Pattern) -> tuple[Pattern | None, Pattern | None]:
        """The previous and next pattern in catalogue order."""
        index = self._position[pattern.slug]
        previous = self.patterns[index - 1] if index > 0 else None
        following = self.patterns[index + 1] if index + 1 < len(self.patterns) else None
        return previous, following

    def by_date(self) -> list[Pattern]:
        """Newest first, by last modification."""
        return sorted(self.patterns, key=lambda p: (p.last_modified, p.published, p.slug), reverse=True)


@dataclass(frozen=True)
class Invalid:
    """A pattern file that failed its checks, for a preview that shows the problems."""

    slug: str
    path: Path
    title: str
    diagnostics: tuple[Diagnostic, ...]

    @property
    def error_count(self) -> int:
        return sum(d.is_error for d in self.diagnostics)


@dataclass(frozen=True)
class LoadResult:
    catalogue: Catalogue
    diagnostics: tuple[Diagnostic, ...]
    invalid: tuple[Invalid, ...]
    files: int

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.is_error)


def pattern_files(settings: Settings) -> list[Path]:
    """Every Markdown file in the patterns folder, sorted."""
    folder = settings.patterns_dir
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix == ".md" and not p.name.startswith("."))


def display_path(path: Path, root: Path) -> str:
    """A path as an author would type it: relative to the project when inside it."""
    return _display(path, root.resolve())


def _display(path: Path, resolved_root: Path) -> str:
    # Files listed from the (already resolved) patterns folder need no resolve() call.
    for candidate in (path, path.resolve()) if path.is_absolute() else (path.resolve(),):
        if candidate.is_relative_to(resolved_root):
            return candidate.relative_to(resolved_root).as_posix()
    return os.path.relpath(path) if path.is_absolute() else path.as_posix()


@dataclass(frozen=True)
class Checked:
    """One file, read and checked on its own."""

    pattern: Pattern | None
    problems: tuple[Diagnostic, ...]
    title: str | None  # as written, for the preview of an invalid file


def check_file(path: Path, display: str, settings: Settings) -> Checked:
    read, problems = source.read(path, display, settings.limits.file_bytes)
    pattern = None
    if read is not None:
        pattern, more = rules.check(read, settings)
        problems += more
    return Checked(pattern, tuple(problems), _title_of(read))


class CheckCache:
    """Files checked in earlier builds of one `mkdocs serve` session, so that a rebuild
    reads only the files that changed (by size, time and inode) or all of them when the
    settings changed."""

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[tuple[str, int, int, int], Settings, Checked]] = {}

    def check(self, path: Path, display: str, settings: Settings) -> Checked:
        try:
            stat = path.stat()
        except OSError:
            return check_file(path, display, settings)
        key = (display, stat.st_mtime_ns, stat.st_size, stat.st_ino)
        entry = self._entries.get(path)
        if entry is not None and entry[0] == key and entry[1] == settings:
            return entry[2]
        checked = check_file(path, display, settings)
        self._entries[path] = (key, settings, checked)
        return checked


def load(
    settings: Settings, paths: Sequence[Path] | None = None, include_drafts: bool = False, cache: CheckCache | None = None
) -> LoadResult:
    """Read and check pattern files (default: the whole patterns folder) into a catalogue."""
    files = list(paths) if paths is not None else pattern_files(settings)
    root = settings.root.resolve()
    shown = {path: _display(path, root) for path in files}
    diagnostics: list[Diagnostic] = []
    valid: list[Pattern] = []
    invalid: list[Invalid] = []
    check = cache.check if cache is not None else check_file
    for path in files:
        checked = check(path, shown[path], settings)
        diagnostics += checked.problems
        if checked.pattern is not None:
            valid.append(checked.pattern)
        else:
            invalid.append(Invalid(path.stem, path, checked.title or path.stem, checked.problems))
    known_slugs = {p.slug for p in valid} | {i.slug for i in invalid}
    diagnostics += _catalogue_rules(valid, known_slugs, settings, shown)
    broken = {d.path for d in diagnostics if d.is_error}
    published = [p for p in valid if shown[p.path] not in broken]
    invalid += [
        Invalid(p.slug, p.path, p.title, tuple(d for d in diagnostics if d.path == shown[p.path]))
        for p in valid
        if shown[p.path] in broken
    ]
    if not include_drafts:
        published = [p for p in published if not p.draft]
    catalogue = _catalogue(published, settings)
    return LoadResult(catalogue, tuple(diagnostics), tuple(invalid), len(files))


def _catalogue(patterns: Iterable[Pattern], settings: Settings) -> Catalogue:
    order = {c.id: i for i, c in enumerate(settings.categories)}
    kept = {p.slug for p in patterns}
    # A related slug that is a draft (or invalid) in this build would be a broken link.
    trimmed = [
        p if all(s in kept for s in p.related) else _replace_related(p, tuple(s for s in p.related if s in kept))
        for p in patterns
    ]
    ordered = sorted(trimmed, key=lambda p: (order[p.category], p.title.casefold(), p.slug))
    return Catalogue(tuple(ordered), settings.categories)


def _replace_related(pattern: Pattern, related: tuple[str, ...]) -> Pattern:
    return replace(pattern, related=related)


def _catalogue_rules(
    patterns: list[Pattern], known_slugs: set[str], settings: Settings, shown: dict[Path, str]
) -> list[Diagnostic]:
    out: list[Diagnostic] = []

    def where(p: Pattern) -> str:
        return shown[p.path]

    seen_slugs: dict[str, Pattern] = {}
    seen_titles: dict[str, Pattern] = {}
    for p in patterns:
        if p.slug in seen_slugs:
            out.append(Diagnostic(where(p), 1, 1, "duplicate-slug", f"slug '{p.slug}' is also used by {where(seen_slugs[p.slug])}", "rename one of the files"))
        seen_slugs.setdefault(p.slug, p)
        key = p.title.casefold()
        if key in seen_titles:
            other = seen_titles[key]
            out.append(Diagnostic(where(p), p.line_of("title"), 1, "duplicate-title", f"title is also used by {where(other)}", "give each pattern its own title"))
        seen_titles.setdefault(key, p)
    owners: dict[str, Pattern] = {}
    for p in patterns:
        for index, slug in enumerate(p.related):
            if slug not in known_slugs:
                guess = closest(slug, known_slugs)
                out.append(Diagnostic(
                    where(p), p.line_of(f"related[{index}]"), 1, "unknown-related",
                    f"related pattern '{slug}' does not exist",
                    f"did you mean '{guess}'?" if guess else f"it must be the name of a file in {display_path(settings.patterns_dir, settings.root)}/ without .md",
                ))
        for index, alias in enumerate(p.aliases):
            line = p.line_of(f"aliases[{index}]")
            if alias in known_slugs:
                out.append(Diagnostic(where(p), line, 1, "alias-collision", f"alias '{alias}' is the slug of an existing pattern", "an alias is a former slug that no pattern uses now"))
            elif alias in owners:
                out.append(Diagnostic(where(p), line, 1, "alias-collision", f"alias '{alias}' is also claimed by {where(owners[alias])}"))
            owners.setdefault(alias, p)
    return out


def _title_of(read: source.Source | None) -> str | None:
    node = read.front_matter if read else None
    if isinstance(node, Mapping):
        for entry in node.entries:
            if entry.key == "title" and isinstance(entry.value, Scalar):
                return entry.value.value or None
    return None

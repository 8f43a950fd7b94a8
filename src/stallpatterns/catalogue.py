"""Load the patterns folder into a Catalogue, with catalogue-wide checks.

Per-file rules live in :mod:`stallpatterns.rules`; here are the rules that need every
file at once: unique slugs and titles, related patterns that exist, aliases that
collide with nothing, links that lead to a page and a heading of the site. What they
read of each file is :mod:`stallpatterns.facts`; names alike are :mod:`stallpatterns.names`.
"""

from __future__ import annotations

import heapq
import os
import posixpath
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from stat import S_ISREG
from typing import Protocol, TypeVar
from urllib.parse import quote, unquote, urlsplit

import pathspec

# The checks (rules.py, and what reads a file: source.py, slips.py) are imported where a file is checked or a name
# is made for one: a build whose files' checks are all kept (store.py) never loads them, a quarter of a CPU second (issue 14).
from . import addresses, body, drawings, files, generated, history, sanitizer, services
from .diagnostics import FUTURE_DATE, Diagnostic, Severity
from .facts import Facts, Link, facts_of
from .files import PICTURE_ENDINGS
from .hosts import PUBLIC_HOST
from .names import address_taken, addresses_alike, held_names, name_taken, title_key
from .pattern import RELATED_SHOWN, RESERVED_SLUGS, Pattern
from .settings import Category, Offer, Settings
from .text import as_compared, as_named, closest, is_slug, printable, printable_start, slugify, within_edits, without_article
from .urls import path_segment, url_scheme

Held = TypeVar("Held")  # what a file holds under a key (:func:`_in_two_files`)


@dataclass(frozen=True)
class Catalogue:
    """The published (or previewed) patterns, ordered by category then title."""

    patterns: tuple[Pattern, ...]
    categories: tuple[Category, ...]
    # Indexes made once, so that every per-page question is answered in constant time.
    _by_slug: dict[str, Pattern] = field(default_factory=dict, compare=False, repr=False)
    _position: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _backlinks: dict[str, list[Pattern]] = field(default_factory=dict, compare=False, repr=False)
    _categories: dict[str, Category] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._categories.update({c.id: c for c in self.categories})
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

    def __contains__(self, slug: object) -> bool:
        return slug in self._by_slug

    def position(self, slug: str) -> int:
        """Where the pattern ``slug`` is in the catalogue's order."""
        return self._position[slug]

    def category(self, category_id: str) -> Category:
        return self._categories[category_id]

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

    def page_links(self, pattern: Pattern, related: int = RELATED_SHOWN) -> tuple[list[Pattern], Pattern | None, Pattern | None]:
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
        index = self.position(pattern.slug)
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

    @property
    def has_page(self) -> bool:
        """Whether the preview shows its problems on a page of its own: not when its name
        makes no address (a control character, bytes that are no UTF-8) or the address of a
        page the site has (``index.md``'s is All patterns): its problems are in the log.
        (Bytes that are no UTF-8 are read as surrogates, which are not printable.)"""
        return self.slug.isprintable() and self.slug not in RESERVED_SLUGS

    @property
    def url(self) -> str:
        """Its preview page's URL, relative to the site root, with the file name made one
        path segment (its name may be no slug: 'javascript:alert(1).md' must not become an
        address with a scheme once the engine makes the URL relative to a page)."""
        return f"patterns/{path_segment(self.slug)}/"


@dataclass(frozen=True)
class LoadResult:
    catalogue: Catalogue
    diagnostics: tuple[Diagnostic, ...]
    invalid: tuple[Invalid, ...]
    files: int
    shown: dict[Path, str] = field(default_factory=dict, compare=False)  # each file read, as its diagnostics name it

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.is_error)

    def warnings_of(self, path: Path) -> tuple[Diagnostic, ...]:
        """The warnings on one file read, in order (a preview shows them on its page)."""
        return self._warnings.get(self.shown.get(path, ""), ())

    @cached_property
    def _warnings(self) -> dict[str, tuple[Diagnostic, ...]]:
        # Indexed once: a preview asks for every pattern's warnings at each rebuild.
        found: dict[str, list[Diagnostic]] = {}
        for diagnostic in self.diagnostics:
            if not diagnostic.is_error:
                found.setdefault(diagnostic.path, []).append(diagnostic)
        return {path: tuple(sorted(warnings)) for path, warnings in found.items()}


def pattern_files(settings: Settings) -> list[Path]:
    """Every entry of the patterns folder meant as a pattern (``*.md`` in any case), sorted.

    Nothing is opened here: links, FIFOs and misnamed files get their diagnostics when read.
    """
    return files.candidates(settings.patterns_dir)


def display_path(path: Path, root: Path) -> str:
    """A path as an author would type it: relative to the project when inside it."""
    return _display(path, root.resolve())


def _display(path: Path, resolved_root: Path) -> str:
    # Shown as written, never through a symbolic link: the link is what the author added.
    text, prefix = os.path.abspath(path), os.path.join(resolved_root, "")
    if text.startswith(prefix):  # the common case, as strings: a thousand Path objects add up
        return text[len(prefix) :].replace(os.sep, "/")  # abspath has made it normal already
    absolute = Path(text)
    if absolute.is_relative_to(resolved_root):
        return absolute.relative_to(resolved_root).as_posix()
    return os.path.relpath(path) if path.is_absolute() else path.as_posix()


@dataclass(frozen=True)
class Checked:
    """One file, read and checked on its own."""

    pattern: Pattern | None
    problems: tuple[Diagnostic, ...]
    title: str | None  # as written, for the preview of an invalid file
    facts: Facts | None  # for the catalogue-wide rules; None when the file could not be read
    refused: bool = False  # not a file that can be a pattern at all (a link out, a FIFO): no page

    @property
    def faulted(self) -> bool:
        """Checking it failed in stallpatterns itself (internal-error): never kept for the next build."""
        return any(problem.code == FAULT for problem in self.problems)

    @property
    def dated(self) -> bool:
        """A date was refused as still to come: true today, maybe not tomorrow, so never
        kept for a later build (the store's key is the file's bytes, not the day)."""
        return any(problem.code == FUTURE_DATE for problem in self.problems)


def check_file(path: Path, display: str, settings: Settings) -> Checked:
    return check_data(path, display, settings, files.read_bytes(path, settings.root.resolve(), settings.limits.file_bytes))


def check_data(path: Path, display: str, settings: Settings, data: bytes | files.Refusal) -> Checked:
    """A file's check, from what :func:`stallpatterns.files.read_bytes` read of it."""
    if isinstance(data, files.Refusal):
        return Checked(None, (Diagnostic(display, 1, 1, data.code, data.message, data.hint, rename=data.rename),), None, None, refused=True)
    from . import rules, source

    try:
        read, problems = source.read(path, display, settings.limits.file_bytes, data)
        pattern = None
        facts = None
        if read is not None:
            pattern, more = rules.check(read, settings)
            problems += more
            facts = facts_of(read, False, settings.patterns_dir)
    except Exception as error:  # noqa: BLE001 (the last wall: a fault of ours is told as one, never as a traceback)
        return Checked(None, (_fault(display, error),), None, None)
    return Checked(pattern, tuple(problems), source.written_title(read), facts)


FAULT = "internal-error"


def _fault(display: str, error: Exception) -> Diagnostic:
    """What an author is told when checking their file failed in stallpatterns itself: the
    file is not published, and the error names the fault for the maintainers."""
    where = error.__traceback__
    while where is not None and where.tb_next is not None:
        where = where.tb_next
    place = f" at {Path(where.tb_frame.f_code.co_filename).name}:{where.tb_lineno}" if where is not None else ""
    return Diagnostic(
        display,
        1,
        1,
        FAULT,
        f"stallpatterns failed while checking this file ({type(error).__name__}{place}: {printable(str(error))[:200]}), "
        "so it is not published",
        "this is a bug in stallpatterns, not in your file: please report it with this pattern attached",
    )


class Checker(Protocol):
    """Checks one file, perhaps from an earlier check: :class:`CheckCache`, or
    :class:`stallpatterns.store.CheckStore`."""

    def check(self, path: Path, display: str, settings: Settings) -> Checked: ...


class CheckCache:
    """Files checked in earlier builds of one `mkdocs serve` session, so that a rebuild
    reads only the files that changed (by size, times and inode: the change time too, which
    no tool that keeps a file's modification time can set back) or all of them when the
    settings changed. ``earlier``: where a file not checked yet in this session is looked
    up first (the store of checks kept by earlier builds, for the session's first build)."""

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[tuple[str, int, int, int, int], Settings, Checked]] = {}
        self.earlier: Checker | None = None

    def __len__(self) -> int:
        return len(self._entries)

    def check(self, path: Path, display: str, settings: Settings) -> Checked:
        try:
            stat = path.lstat()  # a link is checked anew each time: its target may change
        except OSError:
            return check_file(path, display, settings)
        if not S_ISREG(stat.st_mode):
            return check_file(path, display, settings)
        key = (display, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size, stat.st_ino)
        entry = self._entries.get(path)
        if entry is not None and entry[0] == key and entry[1] == settings and not entry[2].dated:
            return entry[2]
        checked = self.earlier.check(path, display, settings) if self.earlier is not None else check_file(path, display, settings)
        self._entries[path] = (key, settings, checked)
        return checked


def _renames_taken(diagnostics: list[Diagnostic], files_by_stem: dict[str, str], titles: dict[str, str], folder: str) -> list[Diagnostic]:
    """A file name's fix that is another pattern's file ('The-Sponsor-Who-Moved-On.md' told
    to become 'the-sponsor-who-moved-on.md', which exists): followed, it would take that
    pattern's place. The hint names the other file, and a name from this file's title.
    ``files_by_stem``: every pattern file in the folder, and any checked from elsewhere."""
    out: list[Diagnostic] = []
    for d in diagnostics:
        taken = files_by_stem.get(d.rename.removesuffix(".md")) if d.rename else None
        if taken is None or taken == d.path:
            out.append(d)
            continue
        own = slugify(titles.get(d.path, ""))
        other = f"'{d.rename}' is another pattern's file, {taken}"
        if not d.path.lower().endswith(".md"):
            # 'notes.txt' beside 'notes.md' is as likely a copy or notes as a pattern.
            hint = f"if it is a pattern, give it a name of its own ({other}); if not, move it out of {folder}/"
        elif own and own not in files_by_stem:
            hint = f"rename it to '{own}.md', from its title: {other}"
        else:
            hint = f"rename it to a name of its own: {other}"
        out.append(replace(d, hint=hint, rename=None))
    return out


def _wiki_links_meant(diagnostics: list[Diagnostic], facts: list[Facts], settings: Settings) -> list[Diagnostic]:
    """A wiki's link ('[[The sponsor who moved on]]') told with the Markdown link to write: to
    the pattern it names, where one is published (its title, its file name, or the nearest of
    them), and else how to write one and where the patterns are. A file name made from its
    words ('[[prompt library]]', told 'prompt-library.md') was a broken link, told next."""
    written = {(f.display, line): (f, text) for f in facts for text, line in f.wiki_links}
    if not written:
        return diagnostics
    published = [f for f in facts if not f.draft]
    by_slug: dict[str, list[Facts]] = {}
    for f in published:
        by_slug.setdefault(f.slug, []).append(f)
    titles = {title_key(f.title[0]): f.slug for f in published if f.title}
    finder = _SlugFinder(by_slug, {}, titles, settings)
    titled = {f.slug: f.title[0] for f in published if f.title}
    out = []
    for d in diagnostics:
        found = written.get((d.path, d.line)) if d.code == "wiki-link" else None
        if found is None:
            out.append(d)
            continue
        f, text = found
        named, _, label = text[2:-2].partition("|")
        meant = finder.meant(named.strip()) if named.strip() else None
        if meant is not None and meant != f.slug:
            # Its file name, written as the words ('[[the-board-asks]]'), reads better as its title.
            words = printable_start(label.strip() or (titled.get(meant, meant) if is_slug(named.strip()) else named.strip()), 60)
            hint = f"to link to the pattern '{printable_start(titled.get(meant, meant), 90)}', write [{words}]({meant}.md)"
        else:
            from . import slips

            hint = f"no pattern is named '{printable_start(named.strip(), 60)}': " + slips.wiki_link_hint(text, f"{finder.folder}/")
        out.append(replace(d, hint=hint))
    return out


def load(
    settings: Settings,
    paths: Sequence[Path] | None = None,
    include_drafts: bool = False,
    cache: Checker | None = None,
    named: Collection[Path] = (),
) -> LoadResult:
    """Read and check pattern files (default: the whole patterns folder) into a catalogue.

    Every problem is found at once: the catalogue-wide rules (titles, slugs, related,
    aliases) run over every file that could be read, valid or not. A title, slug or alias
    used twice is blamed on the file being added: one of ``named``, else the newer.
    """
    paths = list(paths) if paths is not None else pattern_files(settings)
    root = settings.root.resolve()
    shown = {path: _display(path, root) for path in paths}
    named_shown = {_display(path, root) for path in named}
    diagnostics: list[Diagnostic] = []
    valid: list[Pattern] = []
    facts: list[Facts] = []
    titles: dict[str, str] = {}
    check = cache.check if cache is not None else check_file
    for path in paths:
        display = shown[path]
        checked = check(path, display, settings)
        diagnostics += checked.problems
        if checked.pattern is not None:
            valid.append(checked.pattern)
        if checked.facts is not None:
            named_here = display in named_shown
            facts.append(checked.facts if checked.facts.named == named_here else replace(checked.facts, named=named_here))
        if not checked.refused:
            titles[display] = checked.title or path.stem
    diagnostics += _strays(settings, root, {d.path for d in diagnostics if d.code == "bad-file-name"})
    # A document where a pattern goes ('x.docx') is one mistake, told by its name: not also as not text (helper-238).
    misnamed = {d.path for d in diagnostics if d.code == "bad-file-name"}
    diagnostics = [d for d in diagnostics if d.code != "binary-file" or d.path not in misnamed]
    # Every file in the folder, not only those checked: 'validate The-Sponsor.md' alone
    # must not be told to become a pattern's file that is not on its command line.
    stems = {path.stem: shown[path] for path in paths if path.suffix == ".md"}
    stems.update((path.stem, _display(path, root)) for path in pattern_files(settings) if path.suffix == ".md" and path.stem not in stems)
    diagnostics = _renames_taken(diagnostics, stems, titles, _display(settings.patterns_dir, root))
    diagnostics = _wiki_links_meant(diagnostics, facts, settings)
    diagnostics += _catalogue_rules(facts, settings, {path.stem for path in paths})
    diagnostics += unlisted_pages(settings)
    diagnostics += unsafe_files(settings)
    # By file and line, as 'validate' prints them: the build's log and the preview's page
    # list them as they are here, and a file's own checks come before the catalogue's.
    diagnostics.sort()
    broken = {d.path for d in diagnostics if d.is_error}
    published = [p for p in valid if shown[p.path] not in broken]
    by_file: dict[str, list[Diagnostic]] = {}  # each file's, in one pass (not all of them read again for each invalid file)
    for diagnostic in diagnostics:
        by_file.setdefault(diagnostic.path, []).append(diagnostic)
    invalid = [
        Invalid(path.stem, path, titles[shown[path]], tuple(by_file.get(shown[path], ())))
        for path in paths
        if shown[path] in broken and shown[path] in titles
    ]
    if not include_drafts:
        published = [p for p in published if not p.draft]
    catalogue = _catalogue(published, settings)
    return LoadResult(catalogue, tuple(diagnostics), tuple(invalid), len(paths), shown)


def _strays(settings: Settings, root: Path, told: set[str]) -> list[Diagnostic]:
    """An error for each file in the patterns folder that would never be published: named
    other than ``<slug>.md`` (unless its check told it so already: ``told``, as shown), in
    a folder, or a link to a folder; and for git's instructions there, which change what is."""
    strays = files.strays(settings.patterns_dir)
    patterns = _display(settings.patterns_dir, root)
    found = []
    for path in strays.instructions:
        found.append(
            Diagnostic(
                _display(path, root), 1, 1, "git-instructions",
                f"a {files.GIT_INSTRUCTIONS} file in {patterns}/ tells git to change the patterns' text as it writes them out, "
                "so the site could publish other words than the pull request shows",
                f"delete it: {patterns}/ holds only patterns (the repository's own {files.GIT_INSTRUCTIONS} is the maintainers')",
            )
        )
    for path in strays.links:
        found.append(
            Diagnostic(
                _display(path, root), 1, 1, "symlink",
                f"'{printable(path.name)}' is a symbolic link, which is never published",
                "delete it: a pattern must be a file of its own, named <slug>.md",
            )
        )
    for path in strays.misnamed:
        if _display(path, root) not in told:
            from . import rules
            message, hint, rename = rules.not_named_as_a_pattern(path.name, _display(settings.patterns_dir, root))
            found.append(Diagnostic(_display(path, root), 1, 1, "bad-file-name", message, hint, rename=rename))
    for path in strays.nested:
        found.append(
            Diagnostic(
                _display(path, root),
                1,
                1,
                "pattern-in-folder",
                f"'{printable(path.name)}' is in a folder inside {patterns}/, so it is never published",
                f"move it to {patterns}/{printable(path.name)}: patterns are not sorted into folders",
            )
        )
    return found


def unlisted_pages(settings: Settings) -> list[Diagnostic]:
    """An error for each hand-written page in the pages' folder (docs/) that mkdocs.yml's
    nav does not list: the site leaves it out (no check reads it), and a pattern saved
    there by mistake is told where it belongs."""
    if settings.site_nav is None or not settings.site_folders or not settings.site_folders[0].is_dir():
        return []
    folder, root = settings.site_folders[0], settings.root.resolve()
    patterns = _display(settings.patterns_dir, root)
    on_purpose = _left_out_on_purpose(settings.site_unlisted)
    found = []
    for path in _pages_folder_files(folder, settings.patterns_dir):
        page = path.relative_to(folder).as_posix()
        if path.suffix.lower() not in _PAGE_EXTENSIONS or page in settings.site_nav:
            continue
        if on_purpose is not None and on_purpose.match_file(page):
            continue  # left out of the nav (not_in_nav) or of the site (exclude_docs) on purpose
        # 'notes.MD': the engine makes pages only of names that end in lower case, and
        # publishes this one as it is, a file of text.
        as_text = path.suffix not in _PAGE_EXTENSIONS
        if _looks_like_a_pattern(path):
            from . import rules
            hint = f"a pattern belongs in {patterns}/: move it to {patterns}/{rules.file_name_for(path.stem)}"
        elif as_text:
            hint = f"to make a page of it, rename it to {printable(path.stem)}{path.suffix.lower()} and list it under nav: in mkdocs.yml; or delete it"
        else:
            hint = "list it under nav: in mkdocs.yml to publish it, or delete it; a pattern belongs in " + f"{patterns}/"
        found.append(
            Diagnostic(
                _display(path, root), 1, 1, "unlisted-page",
                f"'{printable(page)}' is in {_display(folder, root)}/, but its name ends in capitals, so the site publishes it as a file of text, not as a page"
                if as_text
                else f"'{printable(page)}' is in {_display(folder, root)}/, but mkdocs.yml's nav does not list it, so the site never publishes it",
                hint,
            )
        )
    return found


def unsafe_files(settings: Settings) -> list[Diagnostic]:
    """An error for each file of the pages' folder (docs/) that the site would publish as it
    is and that a reader's browser, opening it on its own, would run: an SVG that does more
    than draw (:func:`stallpatterns.drawings.problem`), and a web page or other document,
    wherever it is saved in that folder (:func:`_what_a_file_does`). Linked to or not: its
    address is enough to open it, and a pull request shows an SVG as a picture, not as the
    text that holds a script. And a file that takes the place of one of the site's own
    (docs/assets/site.js): the engine publishes the pages' folder's file at that address
    instead, and every page loads it."""
    if not settings.site_folders or not settings.site_folders[0].is_dir():
        return []
    folder, root = settings.site_folders[0], settings.root.resolve()
    found = []
    for path in _pages_folder_files(folder, settings.patterns_dir):
        within = path.relative_to(folder).as_posix()
        shown = printable(within)
        code = path.name.lower().endswith(_CODE_ENDINGS)
        if (own := folder_of_the_file_replaced(within, settings.site_folders[1:])) is not None:
            message, hint = _replacing_problem(shown, _display(own / within, root), _display(folder, root))
            # A script or stylesheet of another name is refused as well: it is to go, not be renamed.
            found.append(Diagnostic(_display(path, root), 1, 1, "unsafe-file", message, _code_problem(shown)[1] if code else hint))
        elif within.upper() == generated.CNAME_FILE:
            found.append(Diagnostic(_display(path, root), 1, 1, "unsafe-file", *_domain_problem(shown)))
        elif (what := generated.built_file(within)) is not None:
            found.append(Diagnostic(_display(path, root), 1, 1, "unsafe-file", *_generated_problem(shown, what, _display(folder, root))))
        elif code:
            found.append(Diagnostic(_display(path, root), 1, 1, "unsafe-file", *_code_problem(shown)))
        elif within.split("/", 1)[0] == _CATALOGUES_FOLDER and not path.name.lower().endswith(_PAGE_EXTENSIONS):
            found.append(Diagnostic(_display(path, root), 1, 1, "unsafe-file", *_catalogue_address_problem(shown, _display(settings.patterns_dir, root))))
        elif (problem := _what_a_file_does(path, shown, folder / "assets")) is not None:
            found.append(Diagnostic(_display(path, root), 1, 1, "unsafe-file", *problem))
    return found


def _what_a_file_does(path: Path, shown: str, pictures: Path) -> tuple[str, str] | None:
    """(message, hint) for a file of the pages' folder a browser would run, opened on its own;
    None for a page (the engine makes it one), a drawing, and a file whose name ends as one
    that runs nothing. A name with no ending is served as bytes to download, never opened
    as a page. A web page ('.html', '.htm') outside the pictures' folder is published only
    as markup the second wall lets through (a folder's own 'index.html' is one of the site's
    pages); any other document, and any web page among the pictures (docs/assets/ and its
    folders), is refused."""
    lower = path.name.lower()
    if lower.endswith(_PAGE_EXTENSIONS) or "." not in path.name or lower.endswith(_INERT_FILE_ENDINGS):
        return None
    if lower.endswith(".svg"):
        held = _what_a_drawing_holds(path)
        return None if held is None else _drawing_problem(shown, held)
    if pictures not in path.parents and lower.endswith((".html", ".htm")):
        return None if _markup_that_only_shows(path) else _web_page_problem(shown)
    return _document_problem(shown)


def _markup_that_only_shows(file: Path) -> bool:
    """Whether a web page saved in the pages' folder holds only the markup the sanitizer lets
    through into a pattern's page, with pictures of the site's own (no script, handler, style or frame: it has no
    Content-Security-Policy of its own), in UTF-8 without control characters, in which a
    browser could read another encoding (ISO-2022-JP's escapes) and other markup."""
    try:
        text = file.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in text):
        return False
    # Nor a picture from another site (a tracking pixel): the page has no policy to stop it,
    # and no page of the site makes its readers' browsers contact another.
    return not sanitizer.differences(text) and all(addresses.is_local(address) for address in sanitizer.fetched(text))


def folder_of_the_file_replaced(within: str, own_folders: Sequence[Path]) -> Path | None:
    """The folder of the site's own files (the templates' folder, overrides/) whose file the
    pages' folder's file at ``within`` would be published in place of; None if none.
    Templates ('.html') are the engine's to read, never published as they are, so never replaced."""
    if within.lower().endswith(".html"):
        return None
    return next((folder for folder in own_folders if (folder / within).is_file()), None)


def _pages_folder_files(folder: Path, patterns_dir: Path) -> Iterator[Path]:
    """Each file of the pages' folder (docs/) the engine would publish, in a steady order:
    not hidden ones, nor those in hidden folders, nor the patterns' folder when it is inside
    (the catalogue checks those)."""
    for place, folders, names in os.walk(folder):
        if Path(place).resolve() == patterns_dir:
            folders[:] = []
            continue
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        yield from (Path(place, name) for name in sorted(names) if not name.startswith("."))


def _what_a_drawing_holds(file: Path) -> str | None:
    """What an SVG holds beyond a drawing (:func:`stallpatterns.drawings.problem`), read once
    per version of the file however many patterns link to it and the walk of docs/ reads
    it too: the key is its path, size and time of change, so an edit in serve is read again."""
    try:
        seen = file.stat()
    except OSError:
        return None
    return _drawing_held(str(file), seen.st_size, seen.st_mtime_ns)


@lru_cache(maxsize=256)
def _drawing_held(file: str, size: int, changed: int) -> str | None:
    try:
        return drawings.problem(Path(file).read_bytes())
    except OSError:
        return None


@lru_cache(maxsize=8)
def _left_out_on_purpose(lines: tuple[str, ...]) -> pathspec.GitIgnoreSpec | None:
    """The engine's not_in_nav and exclude_docs patterns, read once however often asked."""
    return pathspec.GitIgnoreSpec.from_lines(lines) if lines else None


def patterns_at_the_top(settings: Settings) -> list[Diagnostic]:
    """An error for each file in the repository's top folder that starts as a pattern does
    (front matter naming a pattern's keys), whatever its name: GitHub's 'Add file' on the
    repository's front page saves it there, the site never publishes it, and the check of
    the whole catalogue, which CI runs, said '0 errors'. Only regular files are opened."""
    root = settings.root.resolve()
    if settings.patterns_dir.resolve() == root:
        return []  # patterns_dir: . : the catalogue checks them
    patterns = _display(settings.patterns_dir, root)
    found = []
    with os.scandir(root) as entries:
        names = sorted(e.name for e in entries if not e.name.startswith(".") and e.is_file(follow_symlinks=False))
    for name in names:
        path = root / name
        if name.lower().endswith((".yml", ".yaml")) or not _looks_like_a_pattern(path):
            continue
        from . import rules
        meant = name if name.endswith(".md") and is_slug(name[:-3]) else rules.file_name_for(name.split(".")[0])
        found.append(
            Diagnostic(
                _display(path, root), 1, 1, "outside-patterns",
                f"'{printable(name)}' is not in the {patterns}/ folder, so the site never publishes it as a pattern",
                f"move it to {patterns}/{meant}",
            )
        )
    return found


def _looks_like_a_pattern(path: Path) -> bool:
    """Whether a page starts with front matter that names a pattern's keys."""
    try:
        with open(path, "rb") as file:
            start = file.read(4096).decode("utf-8", "replace")
    except OSError:
        return False
    return start.lstrip("\ufeff").startswith("---") and bool(_PATTERN_KEY.search(start))


_PATTERN_KEY = re.compile(r"(?m)^(?:summary|category|signs|related|published)\s*:")


def title_order(title: str) -> tuple[str | int, ...]:
    """Where a title goes in an A to Z list, as a reader looks for it: an accented letter
    with its letter ('Émile' among the E's, however the file spells the accent), a quotation
    mark or other mark before the first word passed over ('‘Good enough’' among the G's),
    and numbers by their value ('Case 2' before 'Case 10', '1,000 licences' after '100 pilots':
    a number written with commas between its thousands is one number, not '1' then '000')."""
    letters = "".join(c for c in unicodedata.normalize("NFKD", title) if not unicodedata.combining(c)).casefold()
    start = next((at for at, char in enumerate(letters) if char.isalnum()), 0)
    parts = _NUMBERS.split(letters[start:])
    return tuple(int(part.replace(",", "")) if index % 2 else part for index, part in enumerate(parts))


# Groups of three digits after commas ('1,000', '£250,000') are the thousands of one number;
# a comma followed by more or fewer digits ('1,0000', 'cases 1,2') separates two.
_NUMBERS = re.compile(r"(\d{1,3}(?:,\d{3})+(?!\d)|\d+)", re.ASCII)


def _catalogue(patterns: Iterable[Pattern], settings: Settings) -> Catalogue:
    order = {c.id: i for i, c in enumerate(settings.categories)}
    kept = {p.slug for p in patterns}
    # A related slug that is a draft (or invalid) in this build would be a broken link.
    trimmed = [
        p if all(s in kept for s in p.related) else _replace_related(p, tuple(s for s in p.related if s in kept))
        for p in patterns
    ]
    ordered = sorted(trimmed, key=lambda p: (order[p.category], title_order(p.title), p.slug))
    return Catalogue(tuple(ordered), settings.categories)


def _replace_related(pattern: Pattern, related: tuple[str, ...]) -> Pattern:
    return replace(pattern, related=related)


def _links_meant(facts: list[Facts], by_slug: dict[str, list[Facts]]) -> list[Diagnostic]:
    """Another pattern's title or file name in square brackets, '[AI pilots that never reach
    production]': a link meant, which GitHub and the site show as typed, brackets and all."""
    if not any(f.bracketed for f in facts):
        return []
    by_title = {title_key(f.title[0]): f for f in facts if f.title and not f.draft}
    told = []
    for f in facts:
        for words, line, column in f.bracketed:
            target = by_title.get(title_key(words)) or next((g for g in by_slug.get(words, ()) if not g.draft), None)
            if target is None or target is f:
                continue
            told.append(
                Diagnostic(
                    f.display,
                    line,
                    column,
                    "link-meant",
                    f"'[{printable(words)}]' names the pattern {target.display} in square brackets, which show as typed: it is no link",
                    f"to link to it, write [{printable(words)}]({target.slug}.md)",
                    Severity.WARNING,
                )
            )
    return told


def _aliases_never_addresses(alias_owners: dict[str, list[tuple[Facts, int]]], by_slug: dict[str, list[Facts]], settings: Settings) -> list[Diagnostic]:
    """An alias that no pattern's file was ever named, as git tells it: an alias keeps an old
    address working, and one invented ('sponsor-who-moved-on', 'contact') made a page at an
    address of the author's choosing, near another pattern's, that sent readers to this one.
    A warning, for the reviewer: a repository whose history was begun again (a catalogue
    imported without it) has former names git never saw. Not told where git cannot say
    (no repository, a shallow clone)."""
    # An alias that is no slug ('/patterns/x/', 'x.md', a title) is an error of its own, whose hint gives the slug.
    unknown = [alias for alias in alias_owners if alias not in by_slug and is_slug(alias)]
    if not unknown or (ever := history.names_ever(settings.patterns_dir)) is None:
        return []
    return [
        Diagnostic(
            f.display,
            line,
            1,
            "alias-never-a-name",
            f"alias '{alias}' was never the file name of a pattern here, as git's history tells, so /patterns/{alias}/ was never "
            "a page of this site: an alias keeps a former address working, and this one makes a new address lead here",
            "delete it, unless this pattern was published at that address before this repository's history began: "
            "'aliases' lists the names this pattern's file had before it was renamed (without .md)",
            Severity.WARNING,
        )
        for alias in unknown
        if f"{alias}.md" not in ever
        for f, line in alias_owners[alias]
    ]


def _catalogue_rules(facts: list[Facts], settings: Settings, files: Collection[str] = ()) -> list[Diagnostic]:
    """The rules over every file read; ``files`` are the slugs of all the files checked,
    those whose front matter could not be read among them."""
    out: list[Diagnostic] = []
    by_slug: dict[str, list[Facts]] = {}
    alias_owners: dict[str, list[tuple[Facts, int]]] = {}
    for f in facts:
        by_slug.setdefault(f.slug, []).append(f)
        for alias, line in f.aliases:
            alias_owners.setdefault(alias, []).append((f, line))
    names = held_names(facts)
    addresses = addresses_alike(facts)
    article_twins = _article_twins(facts)
    copies = _copied_words(facts)
    copied_sections = _copied_sections(facts)
    loose = _names_loosely_alike(facts)
    # Which file is newer, from git, asked only when two files claim one thing.
    contested = (
        any(len(group) > 1 for group in by_slug.values())
        or bool(addresses)
        or any(len({id(f) for f, _ in owners}) > 1 for owners in alias_owners.values())
        or any(len({id(name.facts) for name in group}) > 1 for group in names.values())
        or not by_slug.keys().isdisjoint(alias_owners)
        or bool(article_twins)
        or bool(copies)
        or bool(copied_sections)
        or bool(loose)
    )
    order = history.added_order(settings.patterns_dir) if contested else None

    ranks: dict[int, tuple[bool, bool, float, date, str]] = {}  # each file's, worked out once (it is asked of names by the thousand)

    def blame_order(f: Facts) -> tuple[bool, bool, float, date, str]:
        if (rank := ranks.get(id(f))) is None:
            rank = ranks[id(f)] = f.blame_order(history.lateness(order, f.display))
        return rank

    for group in by_slug.values():
        keeper, *others = sorted(group, key=blame_order)
        for f in others:
            out.append(
                Diagnostic(
                    f.display, 1, 1, "duplicate-slug", f"slug '{f.slug}' is also used by {keeper.display}", "rename this file"
                )
            )
    # An address that looks like one another file had first: a link to it passes for theirs.
    for alike in addresses:
        first_file, first_address, _ = min(alike, key=lambda claim: blame_order(claim[0]))
        theirs = {address for f, address, _ in alike if f is first_file}
        for f, address, line in alike:
            if f is not first_file and address not in theirs:  # the same address is alias-collision's
                out.append(address_taken(f, address, line, first_file, first_address))
    # A title or other name that reads as, or looks like, one another file gave first.
    seen: set[int] = set()
    for held in names.values():
        for name in held:
            if id(name) in seen:
                continue
            seen.add(id(name))
            if not name.is_title and any(other.facts is name.facts and other.is_title for other in names[name.read_as[0]]):
                out.append(
                    Diagnostic(
                        name.facts.display,
                        name.line,
                        1,
                        "name-is-title",
                        f"'{printable(name.text)}' in 'also_known_as' is this pattern's title",
                        "delete it, or write another name a reader would use for this stall: search finds the title already",
                        Severity.WARNING,
                    )
                )
            rivals = [other for read in name.read_as for other in names[read] if other.facts is not name.facts]
            if not rivals:
                continue
            first = min((name, *rivals), key=lambda n: (blame_order(n.facts), not n.is_title))
            if first is not name:
                out.append(name_taken(name, first))
    for group in article_twins:
        out += _titles_but_for_an_article(group, blame_order)
    for copied in copies:
        out += _words_taken(copied, blame_order)
    for sections in copied_sections:
        out += _sections_taken(sections, blame_order)
    for loosely_alike in loose:
        out += _names_but_for_an_article_or_plural(loosely_alike, blame_order)
    out += _aliases_never_addresses(alias_owners, by_slug, settings)
    out += _links_meant(facts, by_slug)
    for alias, owners in alias_owners.items():
        if alias in by_slug:
            holder = min(by_slug[alias], key=blame_order)
            for f, line in owners:
                if f.slug == alias:
                    continue  # its own slug: the file's own check says so (self-alias)
                if blame_order(holder) < blame_order(f):
                    out.append(
                        Diagnostic(
                            f.display,
                            line,
                            1,
                            "alias-collision",
                            f"alias '{alias}' is the slug of an existing pattern, {holder.display}",
                            f"delete it: /patterns/{alias}/ is that pattern's own address, and an alias is a former one that no pattern uses now",
                        )
                    )
                else:  # the file named so is the newer: the old address is the older pattern's
                    out.append(
                        Diagnostic(
                            holder.display,
                            1,
                            1,
                            "slug-is-alias",
                            f"file name '{alias}.md' is a former name of {f.display} (in its 'aliases'): "
                            f"links to /patterns/{alias}/ already lead there",
                            "choose another file name: the slug is the pattern's address",
                        )
                    )
            continue
        ranked = sorted(owners, key=lambda owner: blame_order(owner[0]))
        keeper = ranked[0][0]
        for f, line in ranked[1:]:
            if f is not keeper:
                out.append(
                    Diagnostic(
                        f.display,
                        line,
                        1,
                        "alias-collision",
                        f"alias '{alias}' is also in the 'aliases' of {keeper.display}: an old address can lead to one pattern only",
                        # A copied pattern keeps the original's aliases: this one never had that address.
                        "delete it here, unless this pattern was once published at /patterns/" + alias + "/",
                    )
                )
    # Each title, as title_key reads it, to the first file that has it (for the hints).
    titles: dict[str, str] = {}
    for (words, key), held in names.items():
        if words and (titled := next((n for n in held if n.is_title), None)) is not None:
            titles[key] = titled.facts.slug
    finder = _SlugFinder(by_slug, {alias: owners[0][0].slug for alias, owners in alias_owners.items()}, titles, settings, files)
    # Each published title, as compared, to its pattern: a link whose words are one goes there.
    by_title = {as_named(f.title[0]): f for f in facts if f.title and not f.draft and len(by_slug[f.slug]) == 1}
    # The site's name and its pages' titles in the nav, to the page each names: a link whose
    # words are one goes to this site.
    for f in facts:
        drafts_told = set()  # each once: a repeat is told as one (duplicate-item)
        for item, line in f.related:
            if item not in by_slug:
                out.append(finder.diagnostic(f.display, line, item, f))
            elif not f.draft and item not in drafts_told and all(g.draft for g in by_slug[item]):
                drafts_told.add(item)
                # Left out of the page without a word, which then shows another pattern in its place (helper-235).
                out.append(
                    Diagnostic(
                        f.display, line, 1, "related-draft",
                        f"related pattern '{item}' is a draft: the published site leaves it out of this page's related patterns until it is published",
                        f"keep it, and the page lists it once 'draft: true' is taken out of {finder.folder}/{item}.md; or list a published pattern",
                        Severity.WARNING,
                    )
                )
        for written in f.links:
            told = len(out)
            link = written.on_the_site(settings.site_address, f.slug)
            problem = None if link is None else _broken(link, f, by_slug, finder, settings)
            if problem is not None and link is not None:
                about = _part_of(link, f, by_slug, finder)
                out.append(Diagnostic(f.display, link.line, link.column, "broken-link", *problem, about=about))
            elif link is not None and (problem := _file_that_does_more(link, settings)) is not None:
                out.append(Diagnostic(f.display, link.line, link.column, "unsafe-file", *problem))
            elif written.words and not written.image and (shown := as_named(written.words)):
                named = by_title.get(shown) or _file_named(written.words, by_slug)
                if named is not None and (slug := _pattern_of(link, f, finder)) != named.slug:
                    out.append(_title_elsewhere(f, written, named, slug, by_slug))
                elif link is None and (named_page := settings.site_page_named(written.words)) is not None:
                    out.append(_site_name_elsewhere(f, written, *named_page, settings.site_name or "this site"))
                elif (
                    link is None
                    and (contact := settings.contact_asked(written.words)) is not None
                    and not (written.web and (_named_like_the_site(written.path, settings) or _public_body(written.path)))
                ):
                    # (A public body's own page is no booking of this site's: '[Pay by card](https://www.gov.uk/…)', HMRC's;
                    # the review of the fifty-fifth session's change.)
                    # (A site named for this one is told as such, below: the plainer of the two.)
                    out.append(_contact_elsewhere(f, written, contact[1]))
                elif (
                    link is None
                    and (settings.site_part_named(written.words) or (settings.site_label_named(written.words) and not (written.web and _public_body(written.path))))
                    and not (written.web and _named_like_the_site(written.path, settings))
                    and not _in_the_repository(written.path, settings)
                ):
                    # (A public body's site, which has its own 'Skip to content' and 'Go to the home page', aside.)
                    out.append(_site_part_elsewhere(f, written))
                elif not written.web and link is not None and (offer := _offer_elsewhere_here(link, written.words, settings)) is not None:
                    # (A web address, to this site or not, is told by each file's own check.)
                    out.append(_offer_elsewhere_on_the_site(f, link, offer))
            if len(out) == told and link is None and written.web and (host := _named_like_the_site(written.path, settings)) is not None:
                # (One told of already, by its words, is told once.)
                out.append(_site_alike(f, written, host, f"this site's name, {settings.site_name or ''}"))
            elif len(out) == told and link is None and written.web and (offered := _named_for_an_offer(written.path, settings)) is not None:
                out.append(_site_alike(f, written, offered[0], f"the name of this site's offer, {offered[1]}"))
            elif len(out) == told and link is None and written.web and (service := services.service_of(written.path)) is not None:
                out.append(_booked_elsewhere(f, written, service[0], settings, _SERVICES[service[1]]))
    return out


def _public_body(address: str) -> bool:
    """Whether a web address is a public body's site (GOV.UK, the NHS, a university)."""
    host, _ = _host_named(address)
    return bool(host) and PUBLIC_HOST.search(host) is not None


def _host_named(address: str) -> tuple[str, str]:
    """A web address's host, and its name in the letters it shows as (punycode's
    'xn--stallpattrns-jeb' read as Unicode); two empty strings for an address with none."""
    try:
        host = urlsplit(address).hostname or ""
    except ValueError:
        return "", ""
    return host, addresses.unicode_host(host) if host else ""


def _named_like_the_site(address: str, settings: Settings) -> str | None:
    """The host of a web address to another site whose name holds this site's name, as
    compared ('www.stallpatterns-bookings.example', 'stall-patterns.example'), or None:
    readers take such a site for this one."""
    site = as_compared(settings.site_name or "")
    host, named = _host_named(address)
    own = urlsplit(settings.site_address or "").hostname or ""
    if len(site) < 6 or not host or host == own:
        return None
    # A part of the name with a slip in it ('stallpattern.co.uk', 'stalpatterns.com') too.
    labels = named.rpartition(".")[0] or named
    if site in as_compared(labels) or any(within_edits(as_compared(label), site, 1) for label in labels.split(".")):
        return host
    if host in _CODE_HOSTS:
        # An account on a code host named for this site ('github.com/stall-patterns-team'), not
        # its own repository's ('github.com/stallpatterns'): readers take it for the site's code.
        owner = urlsplit(address).path.strip("/").partition("/")[0]
        own_owner = urlsplit(settings.repository_address or "").path.strip("/").partition("/")[0]
        if owner and owner.lower() != own_owner.lower() and (site in as_compared(owner) or within_edits(as_compared(owner), site, 1)):
            return f"{host}/{owner}"
    return None


_CODE_HOSTS = frozenset({"github.com", "www.github.com", "gitlab.com", "www.gitlab.com", "bitbucket.org", "codeberg.org"})
_A_BOOKING = (
    "a service that books meetings, takes payments or opens a chat",
    "the site's own booking",
    "link to the site's page for its offers, [the offers](/{page}), or name the service without a link",
)
_A_FORM = (
    "a service of forms that readers fill in with their details",
    "the site's own form for bookings or enquiries",
    "link to the page that tells of the form (its owner's page about the survey or consultation), or name it without a link; "
    "to the site's offers, link to [the offers](/{page})",
)


_A_LINK_PAGE = (
    "a service of pages of one person's links, to reach, follow or pay them",
    "the site's own contact page",
    "link to the site's page for its offers, [the offers](/{page}), or name the person without a link",
)


_SERVICES = {services.BOOKING: _A_BOOKING, services.FORM: _A_FORM, services.LINK_PAGE: _A_LINK_PAGE}


def _booked_elsewhere(f: Facts, link: Link, host: str, settings: Settings, service: tuple[str, str, str]) -> Diagnostic:
    page = settings.offers[0].url.partition("#")[0] if settings.offers else "contact/"
    return Diagnostic(
        f.display,
        link.line,
        link.column,
        "link-address",
        f"the link goes to '{printable_start(host, 80)}', {service[0]}: on this site's page, readers would take it for {service[1]}",
        service[2].format(page=page),
    )


def _named_for_an_offer(address: str, settings: Settings) -> tuple[str, str] | None:
    """The host of a web address whose name holds one of this site's offers' names, as
    compared ('stallreview.co.uk', 'book-stall-diagnosis.example'), and the offer; or None:
    readers take such a site for the one that sells the offer."""
    host, named = _host_named(address)
    if not host:
        return None
    # Its words run together ('stall-review', 'stallreview', 'mystallreview'); inside a word,
    # not where the letters before the name make a word of its first ('installreviewer').
    words = [as_compared(word) for word in re.split(r"[.-]", named.rpartition(".")[0])]
    joined = "".join(words)
    starts = {sum(map(len, words[:at])) for at in range(len(words))}
    for offer in settings.offers:
        for name in offer.names:
            compared, first = as_compared(name), as_compared(name.split()[0])
            at = joined.find(compared) if len(compared) >= 8 else -1
            while at != -1:
                if at in starts or not any((joined[:at] + first).endswith(word) for word in _WORDS_ENDING_LIKE_AN_OFFER if len(word) > len(first)):
                    return host, offer.name
                at = joined.find(compared, at + 1)
    return None


# Words that end in an offer's first word ('Stall'): a name holding 'install' + 'review' is
# no offer's.
# (As compared: 'instaii'.)
_WORDS_ENDING_LIKE_AN_OFFER = tuple(map(as_compared, ("install", "reinstall", "uninstall", "preinstall", "forestall", "bookstall", "fingerstall", "thumbstall")))


def _site_alike(f: Facts, link: Link, host: str, named: str) -> Diagnostic:
    return Diagnostic(
        f.display,
        link.line,
        link.column,
        "link-address",
        f"the link goes to '{printable_start(host, 80)}', another site with {named}, in its own: readers would take it for this site",
        "link to this site's own page, or to the site you mean by its own name",
    )


def _contact_elsewhere(f: Facts, link: Link, page: str) -> Diagnostic:
    """A link whose words ask readers to contact or book the site, naming no one else, and
    that goes to another site ('[Book now](https://evil.example/)', '[Contact us](mailto:…)'):
    on this site's page, readers take it for the site's own booking."""
    return Diagnostic(
        f.display,
        link.line,
        link.column,
        "link-text-elsewhere",
        f"the link's words, '{printable_start(link.words, 60)}', ask readers to contact or book this site, but the link goes to "
        f"'{printable_start(link.written, 120)}': readers would take it for the site's own booking",
        # To a service that books meetings, takes payments or takes a form, no words make it another's:
        # told to name whom it went to, '[contact Jane](https://calendly.com/jane)' was refused again
        # (the authors' round of the fifty-third session).
        f"link to the site's page, [{printable_start(link.words, 60)}](/{page}), or delete the link: a link to a service that books or takes payments is refused whatever its words"
        if link.web and services.service_of(link.path) is not None
        else f"write words that name whom the link goes to ('contact the ICO'), or link to the site's page, [{printable_start(link.words, 60)}](/{page})",
    )


def _in_the_repository(address: str, settings: Settings) -> bool:
    """Whether a web address is within this site's own repository ('Edit this page' there is the
    site's), over http or https, its path as a browser resolves it ('…/stall-patterns/../../other'
    is another's: the review of the change)."""
    try:
        own, there = urlsplit(settings.repository_address or ""), urlsplit(address)
        own_host, host = own.hostname, there.hostname
    except ValueError:
        return False
    if not own_host or host != own_host or there.scheme.lower() not in ("http", "https"):
        return False
    root = posixpath.normpath("/" + own.path.strip("/")).lower()
    path = posixpath.normpath("/" + unquote(there.path).lstrip("/")).lower()
    return path == root or path.startswith(root + "/")


def _site_part_elsewhere(f: Facts, link: Link) -> Diagnostic:
    """A link whose words name a part or a service of this site ('[Edit this page](…)',
    '[Subscribe to updates](…)', '[Privacy policy](…)') and that goes to another site: on this
    site's page, readers take it for the site's own."""
    return Diagnostic(
        f.display,
        link.line,
        link.column,
        "link-text-elsewhere",
        f"the link's words, '{printable_start(link.words, 60)}', name a part of this site, but the link goes to "
        f"'{printable_start(link.written, 120)}': readers would take it for this site's own",
        "write words that say whose page the link goes to ('the ICO's privacy notice'), or delete the link",
    )


def _offer_elsewhere_here(link: Link, words: str, settings: Settings) -> Offer | None:
    """The offer a link's words name, where the link goes to another page or part of this
    site than the offer's own ('[Book a Stall Review](/contact/#diagnosis)'): the reader who
    asked for one offer is shown another's price. None where it goes to the offer's own."""
    name = settings.offer_called(words)
    offer = next((o for o in settings.offers if o.name == name), None)
    if offer is None:
        return None
    page, _, part = offer.url.partition("#")
    # Its page, at the offer or at the top, where every offer is (the contact page).
    return None if link.path.strip("/") == page.strip("/") and link.fragment in (part, "") else offer


def _offer_elsewhere_on_the_site(f: Facts, link: Link, offer: Offer) -> Diagnostic:
    return Diagnostic(
        f.display,
        link.line,
        link.column,
        "link-text-elsewhere",
        f"the link's words name this site's offer, {offer.name}, but the link goes to '{printable_start(link.written, 120)}', "
        "not to the offer: readers would be shown another page, or another offer",
        f"link to the offer, [{offer.action}](/{offer.url}), or write words that say where the link goes",
    )



def _site_name_elsewhere(f: Facts, link: Link, name: str, page: str, site: str) -> Diagnostic:
    """A link whose words are the site's name, or the title of one of its pages in the nav,
    and that goes to another site: readers take it for this site ('[Stall Patterns](https://evil.example/)',
    '[the stall finder](https://evil.example/finder)')."""
    said = f"this site's name, {name}" if page == "" and name == site else f"the name of this site's page '{name}'"
    return Diagnostic(
        f.display,
        link.line,
        link.column,
        "link-text-elsewhere",
        f"the link's words are {said}, but the link goes to '{printable_start(link.written, 120)}': readers would take it for this site's",
        f"link to the site's page, [{printable_start(link.words, 80)}](/{page}), or write words that say where the link goes",
    )


def _article_twins(facts: list[Facts]) -> list[list[Facts]]:
    """Files whose titles are one but for the word before them ('Sponsor who moved on' and
    'The sponsor who moved on', 'A pilot…' and 'The pilot…'), each group with two titles at
    least: titles that are one as written are duplicate-title's already."""
    by_words: dict[str, list[Facts]] = {}
    for f in facts:
        if f.title:
            key = title_key(f.title[0])
            by_words.setdefault(without_article(key), []).append(f)
    return [group for group in by_words.values() if len({title_key(f.title[0]) for f in group if f.title}) > 1]


def _copied_words(facts: list[Facts]) -> list[list[tuple[Facts, str, str, int]]]:
    """The summaries and signs that two files or more have, whatever their case, spacing and
    punctuation: each group as (file, 'summary' or 'sign', the words, their line), a file's
    first only. A copy of another pattern's sign put it in the stall finder's results for
    that pattern's readers; a copied summary made two cards on All patterns read as one."""
    return _in_two_files(
        ((kind, key), f, (f, kind, words, line))
        for f in facts
        for kind, words, line in [*([("summary", *f.summary)] if f.summary else []), *(("sign", *sign) for sign in f.signs)]
        if (key := as_compared(words))
    )


def _in_two_files(held: Iterable[tuple[object, Facts, Held]]) -> list[list[Held]]:
    """What two files or more hold under one key, as (key, file, what it holds): each group
    with a file's first only, its repeats aside."""
    by_key: dict[object, dict[int, Held]] = {}
    for key, f, item in held:
        by_key.setdefault(key, {}).setdefault(id(f), item)
    return [list(group.values()) for group in by_key.values() if len(group) > 1]


def _loosely(name: str) -> str:
    """A name's words as :func:`title_key` reads them, without an article before them and with
    each plural read as its singular ('The pilots that nobody scaled', 'review bodies', 'shadow
    AIs')."""
    key = title_key(name)
    bare = without_article(key)
    initials = {letters.casefold() for letters in _PLURAL_INITIALS.findall(name)}
    return " ".join(_singular(word, initials) for word in bare.split())


# A plural of initials: 'shadow AIs', 'missed KPIs'.
_PLURAL_INITIALS = re.compile(r"\b([A-Z]{2,})s\b")
# Endings of a plural that add 'es' to a word ('processes', 'boxes', 'approaches', 'wishes').
_PLURAL_ES = ("sses", "xes", "ches", "shes", "zzes")
# Words that end in an 's' of their own ('status', 'focus', 'analysis', 'this', 'process').
_OWN_S = ("ss", "us", "is")


def _singular(word: str, initials: set[str]) -> str:
    """A word of a title, as :func:`title_key` reads it, in the singular if it reads as a plural.
    A word that is not a plural may lose its 's' too ('means'): a title is alike another only
    where every word is, so that makes no two titles one but those alike but for plurals."""
    if word.endswith("s") and word[:-1] in initials:
        return word[:-1]  # 'ais', from 'AIs'
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"  # 'bodies'
    if len(word) > 4 and word.endswith(_PLURAL_ES):
        return word[:-2]  # 'processes'
    if len(word) > 3 and word.endswith("s") and not word.endswith(_OWN_S):
        return word[:-1]  # 'pilots', 'burdens' (not 'gas', 'its')
    return word


def _what_differs(ours: str, theirs: str) -> str:
    """What sets apart two names alike but for an article or plurals: the word before them,
    a word's plural (the first, 'pilots' and 'pilot'), or both."""
    mine, other = title_key(ours), title_key(theirs)
    bare, their_bare = without_article(mine), without_article(other)
    said = ["the word before it"] if mine[: len(mine) - len(bare)].strip() != other[: len(other) - len(their_bare)].strip() else []
    apart = next(((a, b) for a, b in zip(bare.split(), their_bare.split()) if a != b), None)
    if apart is not None:
        said.append(f"a word's plural ('{printable(apart[0])}' and '{printable(apart[1])}')")
    return " and ".join(said) or "a word's plural"


def _names_loosely_alike(facts: list[Facts]) -> list[list[tuple[Facts, str, int, bool]]]:
    """Titles and other names (each as its file, its words, its line and whether a title) of
    two files or more that are one but for an article before them or a plural's 's' at their
    end, though their words differ as written: those that read the same are name_taken's."""
    held: dict[str, dict[str, list[tuple[Facts, str, int, bool]]]] = {}
    for f in facts:
        names = [(f, *f.title, True)] if f.title else []
        for text, line in f.other_names:
            if text:
                names.append((f, text, line, False))
        seen: set[tuple[str, str]] = set()
        for name in names:
            # A file's first name read so, never its repeats: the rules over a group then take
            # time in proportion to the files (a file of 14,000 names is read, though invalid).
            if (keys := (_loosely(name[1]), title_key(name[1]))) not in seen:
                seen.add(keys)
                held.setdefault(keys[0], {}).setdefault(keys[1], []).append(name)
    return [
        [name for same in group.values() for name in same]
        for group in held.values()
        if len(group) > 1 and len({id(name[0]) for same in group.values() for name in same}) > 1
    ]


def _names_but_for_an_article_or_plural(
    group: list[tuple[Facts, str, int, bool]], blame_order: Callable[[Facts], tuple[bool, bool, float, date, str]]
) -> list[Diagnostic]:
    """The other names ('also_known_as') of a group of :func:`_names_loosely_alike` that a file
    gave after another file had the name, in other words: 'sponsor who moved on' beside the
    title 'The sponsor who moved on', 'review burdens' beside the name 'review burden'. Titles
    are the article check's (:func:`_titles_but_for_an_article`)."""
    out = []
    ranked = sorted(group, key=lambda other: (blame_order(other[0]), not other[3]))
    # The first name of each way of writing it, in the order files keep a name: each name is
    # compared with these few, not with the whole group.
    firsts: dict[str, list[tuple[Facts, str, int, bool]]] = {}
    for other in ranked:
        if len(firsts.setdefault(title_key(other[1]), [])) < 2:
            firsts[title_key(other[1])].append(other)
    for f, text, line, is_title in ranked:
        key = title_key(text)
        earlier = [
            other
            for written, held in firsts.items()
            if written != key
            for other in held
            if other[0] is not f and blame_order(other[0]) < blame_order(f)
        ]
        if any(other[0] is not f and blame_order(other[0]) < blame_order(f) for other in firsts[key][:1]):
            continue  # the same name as an earlier file's is name_taken's
        if is_title:
            # Two titles but for the word before them are the article check's.
            bare = without_article(key)
            earlier = [other for other in earlier if not (other[3] and without_article(title_key(other[1])) == bare)]
        if not earlier:
            continue
        keeper, theirs, _, their_title = min(earlier, key=lambda other: (blame_order(other[0]), not other[3]))
        what = f"the title of {keeper.display}" if their_title else f"a name of {keeper.display}"
        differs = _what_differs(text, theirs)
        said = f"is {what}, '{printable(theirs)}', but for {differs}: a reader's search for it finds both"
        if is_title:
            out.append(Diagnostic(f.display, line, 1, "duplicate-title", f"title {said}", "give this pattern its own title"))
        else:
            out.append(
                Diagnostic(
                    f.display,
                    line,
                    1,
                    "duplicate-name",
                    f"'{printable(text)}' in 'also_known_as' {said}",
                    "delete it here, or write a name a reader would use for this stall alone",
                )
            )
    return out


def _words_taken(
    copied: list[tuple[Facts, str, str, int]], blame_order: Callable[[Facts], tuple[bool, bool, float, date, str]]
) -> list[Diagnostic]:
    """A summary or sign of a group of :func:`_copied_words`, told in every file but the one
    that had it first."""
    ranked = sorted(copied, key=lambda copy: blame_order(copy[0]))
    keeper = ranked[0][0]
    theirs = f"{keeper.display}" + (f" ('{printable(keeper.title[0])}')" if keeper.title else "")
    out = []
    for f, kind, words, line in ranked[1:]:
        if kind == "summary":
            said = f"the summary is also the summary of {theirs}"
            hint = "write this pattern's own summary: All patterns and the site's search show it to tell the patterns apart"
        else:
            said = f"sign '{printable(words)}' is also a sign of {theirs}"
            hint = (
                "write what a reader sees of this stall and not of that one: the stall finder would match both patterns to it. "
                "If both stalls show it, delete it here and name that pattern under 'related'"
            )
        out.append(Diagnostic(f.display, line, 1, f"duplicate-{kind}", said, hint))
    return out


def _copied_sections(facts: list[Facts]) -> list[list[tuple[Facts, str, int]]]:
    """The sections that two published files or more say word for word (:func:`facts._sections_written`),
    each group as (file, the section's name, its heading's line), a file's first only. A draft's
    are not read: it is not published, and is as often a copy made to start from (helper-239)."""
    return _in_two_files((digest, f, (f, name, line)) for f in facts if not f.draft for name, digest, line in f.sections)


def _sections_taken(
    group: list[tuple[Facts, str, int]], blame_order: Callable[[Facts], tuple[bool, bool, float, date, str]]
) -> list[Diagnostic]:
    """A section of a group of :func:`_copied_sections`, told in every file but the one that had
    it first: a warning, as two patterns may quote one account on purpose."""
    ranked = sorted(group, key=lambda copy: blame_order(copy[0]))
    keeper, theirs, _ = ranked[0]
    return [
        Diagnostic(
            f.display,
            line,
            1,
            "duplicate-section",
            f"section \"{name}\" says word for word what the section \"{theirs}\" of {keeper.display} says: readers and the site's search find one account twice",
            "write this stall's own account; if that pattern's account is this one's, name that pattern under 'related' instead",
            Severity.WARNING,
        )
        for f, name, line in ranked[1:]
    ]


def _titles_but_for_an_article(group: list[Facts], blame_order: Callable[[Facts], tuple[bool, bool, float, date, str]]) -> list[Diagnostic]:
    """The titles of a group of :func:`_article_twins` other than the first file's: readers
    take them for one pattern."""
    keeper, *others = sorted(group, key=blame_order)
    return [
        Diagnostic(
            f.display, f.title[1], 1, "duplicate-title",
            f"title is the title of {keeper.display}, '{printable(keeper.title[0])}', but for the word before it: readers would take them for one pattern",
            "give each pattern its own title",
        )
        for f in others
        if f.title and keeper.title and title_key(f.title[0]) != title_key(keeper.title[0])
    ]


def _pattern_of(link: Link | None, f: Facts, finder: _SlugFinder) -> str | None:
    """The slug of the pattern a link of ``f``'s goes to (read as this site's own: see
    :meth:`Link.on_the_site`), a former address's pattern for it; None for another page."""
    if link is None:
        return None
    parts = link.path.split("/") if link.path else ["patterns", f.slug]
    if parts[0] != "patterns" or len(parts) < 2 or (len(parts) == 3 and parts[2] != "index.html") or len(parts) > 3:
        return None
    return finder.renamed.get(parts[1], parts[1])


def _file_named(words: str, by_slug: dict[str, list[Facts]]) -> Facts | None:
    """The published pattern whose file a link's words name ('the-sponsor-who-moved-on.md',
    'patterns/the-sponsor-who-moved-on.md', in backticks or not), if they name one."""
    name = words.strip().strip("`").strip().removeprefix("patterns/")
    if not name.endswith(".md"):
        return None
    return next((g for g in by_slug.get(name[:-3], ()) if not g.draft), None)


def _title_elsewhere(f: Facts, link: Link, named: Facts, slug: str | None, by_slug: dict[str, list[Facts]]) -> Diagnostic:
    """A link whose words are a pattern's title or file name and that goes elsewhere: readers
    take it for that pattern ('[The sponsor who moved on](https://evil.example/)')."""
    title = named.title[0] if named.title else named.slug
    what = "the title" if as_named(link.words) == as_named(title) else "the file name"
    if slug is not None and slug in by_slug and (other := by_slug[slug][0].title) is not None:
        where = f"the pattern '{printable_start(other[0], 80)}'"
    else:
        where = f"'{printable_start(link.written, 120)}'"
    return Diagnostic(
        f.display,
        link.line,
        link.column,
        "link-text-elsewhere",
        f"the link's words are {what} of the pattern '{printable_start(title, 80)}', but the link goes to {where}: readers would take it for that pattern",
        f"link to that pattern, [{printable_start(link.words, 80)}]({named.slug}.md), or write words that say where the link goes",
    )


# The id a Notion export puts after a page's name in its file name.
_NOTION_ID = re.compile(r"[ _-][0-9a-f]{8,32}$")


# An address between a word processor's quotation marks (or an apostrophe's): '“https://…”'.
_QUOTED_ADDRESS = re.compile(r"[“”‘’«»„'\"](\S+?)[“”‘’«»'\"]")


def _only_one_starting(slug: str, slugs: Iterable[str]) -> str | None:
    """The one slug that begins with ``slug``: a title shortened ('the-board-asks'), or cut
    in a word after a whole one ('verification-cost' for 'verification-costs-more-…'). A
    fragment of one word ('verif') is too little to name a pattern by."""
    if not slug:
        return None
    starting = [s for s in slugs if s.startswith(slug + "-") or ("-" in slug.strip("-") and s.startswith(slug))]
    return starting[0] if len(starting) == 1 else None


def _part_of(link: Link, f: Facts, by_slug: dict[str, list[Facts]], finder: _SlugFinder) -> str | None:
    """The file of the other pattern a link goes to a part of ('x.md#part'): a heading retitled
    there breaks the link here, and a check of that file alone is told so."""
    parts = link.path.split("/") if link.path else []
    if not link.fragment or len(parts) < 2 or parts[0] != "patterns":
        return None
    slug = finder.renamed.get(parts[1], parts[1])
    return by_slug[slug][0].display if slug in by_slug and slug != f.slug else None


def _broken(
    link: Link, f: Facts, by_slug: dict[str, list[Facts]], finder: _SlugFinder, settings: Settings
) -> tuple[str, str] | None:
    """(message, hint) when a link to a pattern, or to a part of one, to a page of the site
    or to a picture goes nowhere. Parts of the site's hand-written pages, and its other files,
    are checked in the built site (scripts/check_links.py)."""
    if (quoted := _QUOTED_ADDRESS.fullmatch(link.written)) is not None:
        # '(“https://…”)': pasted from a document, the marks are part of the address, and
        # make it one of this site's, where nothing is.
        return (
            f"the address '{link.written}' is between quotation marks, which make it an address on this site, where nothing is published",
            f"delete the quotation marks: ({quoted.group(1)})",
        )
    parts = link.path.split("/") if link.path else ["patterns", f.slug]
    if (kept := _file_of_the_repository(link, settings)) is not None:
        # '../CONTRIBUTING.md': GitHub's preview opens the repository's file; the site does
        # not publish it. It was told as a pattern that does not exist.
        on_github = urlsplit(settings.repository_address or "").hostname == "github.com"
        return (
            f"'{link.written}' is the repository's file {kept}, which the site does not publish: on the site, this link goes nowhere",
            f"link to it on GitHub: ({settings.repository_address}/blob/HEAD/{quote(kept)}{'#' + link.fragment if link.fragment else ''})"
            if on_github
            else "link to the file's address on the repository's website, where readers can open it",
        )
    if (page := _page_of_the_site(link, settings)) is not None:
        # '../docs/contact.md': GitHub's preview follows it to the page's file; the site
        # publishes that page at an address of its own.
        shown = page + (f"#{link.fragment}" if link.fragment else "")
        return f"'{link.written}' is the file of the page the site publishes at {page}: on the site, this link goes nowhere", f"write ({shown}) to link to that page"
    if parts[0] == "..":
        return f"'{link.written}' goes above the site's own addresses", "link to a pattern by its file name: [text](other-pattern.md)"
    if parts[0] != "patterns" or parts == ["patterns"]:
        if link.image:
            return _missing_picture(link, settings)
        return _missing_page(link, finder) or (_missing_file(link, settings) if _is_a_file(link.path) else None)
    slug = parts[1]
    if link.image:
        name = posixpath.basename(link.path) or "picture.png"
        return (
            f"nothing is published at '{link.written}': a picture must be a file of the site",
            # The author's own words for the picture are kept: 'what it shows', followed, was published as them.
            f"put the picture in the site's docs/assets/ folder and write ![{printable_start(link.words, 60) or 'what it shows'}](/assets/{name})",
        )
    if len(parts) > 3 or (len(parts) == 3 and parts[2] != "index.html"):
        # 'x.MD', 'x/' without its '../', a Notion export's 'X 12ab34cd.md': the pattern meant.
        named = _NOTION_ID.sub("", unquote(parts[-1]).removesuffix(".md").removesuffix(".MD"))
        meant = finder.meant(named) if named else None
        page = None if meant or not named or finder.pages is None else finder.pages.get(_page_path(named))
        if meant:
            hint = f"write ({meant}.md) to link to that pattern"
        elif page is not None:  # 'contact/', from a pattern's page: /patterns/<slug>/contact/
            hint = f"'{named}' is one of the site's pages: write ({page}) to link to it"
        else:
            hint = "link to a pattern by its file name: [text](other-pattern.md)"
        return f"nothing is published at '{link.written}'", hint
    if slug in finder.renamed:
        if (written := unquote(link.written.partition("#")[0])).endswith(".md") and not written.startswith("/"):
            # 'old-name.md': the site follows the former name's redirect; GitHub's preview, the
            # file, which is named otherwise now.
            return (
                f"'{link.written}' is the former file name of '{finder.renamed[slug]}': GitHub's preview finds no file so named, and the link goes nowhere there",
                f"write ({finder.renamed[slug]}.md{'#' + link.fragment if link.fragment else ''}) to link to that pattern",
            )
        slug = finder.renamed[slug]  # a former address, which redirects
    if slug.endswith(".md") and (named := slug.removesuffix(".md")) in by_slug and len(parts) == 2:
        # '/patterns/x.md': the pattern's file from the repository's top folder, which GitHub's
        # preview follows; the site publishes the pattern at an address of its own.
        return (
            f"'{link.written}' is the file of the pattern '{named}', from the repository's top folder: on the site, this link goes nowhere",
            f"write ({named}.md{'#' + link.fragment if link.fragment else ''}) to link to that pattern",
        )
    if slug not in by_slug and is_slug(slug) and (now := finder.moved_files.get(slug)) is not None:
        # Renamed, and no alias keeps the old name yet: told to take the link off, the author lost it.
        return (
            f"'{link.written}' links to '{slug}', a pattern whose file is named '{now}.md' now",
            f"write ({now}.md{'#' + link.fragment if link.fragment else ''}) to link to that pattern",
        )
    if slug not in by_slug:
        meant = finder.meant(slug)
        page = None if meant or finder.pages is None else finder.pages.get(_page_path(unquote(slug)))
        if meant:
            hint = f"did you mean ({meant}.md)?"
        elif page is not None:
            # '../contact/' or 'contact.md', written as a pattern's page is: the site's own page meant.
            hint = f"'{slug.removesuffix('.md')}' is one of the site's pages, not a pattern: write ({page}) to link to it"
        else:
            # No pattern of a name near it: one still to be written, say. The form alone would
            # tell the author what they wrote already.
            hint = f"keep the words and take the link off them until that pattern is published, or link to the file of one in {finder.folder}/"
        return f"'{link.written}' links to a pattern that does not exist: '{slug}'", hint
    if by_slug[slug][0].draft and not f.draft:
        return (
            f"'{link.written}' links to '{slug}', a draft, which is not published",
            "take the link out until that pattern is published (its 'draft: true' is removed)",
        )
    target = by_slug[slug][0]
    moved = finder.moved(target)
    if link.fragment in moved:
        # A heading's part that GitHub's preview names otherwise (a second 'Top', or a heading
        # named as a part of the site is): the same link goes to another place on the site.
        site_id, line = moved[link.fragment]
        heading = f"the heading on line {line}" if slug == f.slug else f"the heading on line {line} of {target.display}"
        # Renamed, the heading leaves '#top' or '#related' to the top of the page or the related
        # patterns, which no check tells: the link is told to follow the new name.
        rename = f"give {heading} a name no other heading and no part of the site has, then change '#{link.fragment}' here to match"
        if site_id in target.github_ids:  # the site's name is another heading's in the preview
            hint = rename
        else:
            hint = f"{rename}, or write ({link.written.rpartition('#')[0]}#{site_id}), the site's name for its part"
        return (
            f"'#{link.fragment}' goes to {heading} in GitHub's preview, but elsewhere on the site, which names that heading's part '#{site_id}'",
            hint,
        )
    if addresses.scrolls_to_the_top(link.fragment):
        return None
    ids = by_slug[slug][0].ids
    if link.fragment in ids:
        return None
    where = "this page" if slug == f.slug else f"'{slug}'"
    offer = next((o for o in settings.offers if link.fragment == f"offer-{o.id}"), None)
    if offer is not None or link.fragment in body.RESERVED_IDS or body.RESERVED_ID_FORMS.fullmatch(link.fragment):
        # '#offer-review', '#related', '#site-search-results': a part the site's page adds
        # around the pattern (its offer, its search), which GitHub's preview has not.
        return (
            f"'#{link.fragment}' is a part the site adds to {where}, not one of the pattern's: in GitHub's preview the link goes nowhere",
            f"link to the offer's own page: [{offer.action}](/{offer.url})"
            if offer is not None
            else f"link to a heading of the pattern: {_parts_named(ids)}" if ids else "link to a heading of the pattern",
        )
    if not ids:
        return None  # a file with errors, whose parts are not known
    # The heading's words, written otherwise: in capitals, with a hyphen too many or too few,
    # or without their accents ('#uber-pilots' for 'Über-pilots'). GitHub's preview names this
    # part as the site does (its other names are told above), so the hint says what differs,
    # not that GitHub does.
    written = unquote(link.fragment)
    if (meant := finder.folded_ids(target).get(_folded(written))) is not None:
        shown = link.written.rpartition("#")[0] + "#" + meant
        why = (
            "a part's name is written in small letters"
            if written.lower() == meant
            # 'café' with its accent typed as a mark after the 'e': the two look the same.
            else "the link's accents are typed as marks after their letters, which look the same but are not: retype the accented letters"
            if unicodedata.normalize("NFC", written) == meant
            else "a part's name is its heading's words in small letters, accents kept, marks left out and a hyphen for each space"
        )
        return (
            f"'#{link.fragment}' is no part of {where}: the site names that heading's part '#{meant}'",
            f"write ({shown}), the site's name for it ({why})",
        )
    return f"'#{link.fragment}' is no part of {where}", _parts_named(ids)


def _file_of_the_repository(link: Link, settings: Settings) -> str | None:
    """The repository's file (its path from the repository's folder) that a link names as
    GitHub's preview follows it from a pattern's file, when the site publishes no page of
    it: outside the patterns' and the site's folders, and none hidden ('.env')."""
    target = unquote(link.written.partition("#")[0].partition("?")[0])
    if not target or target.startswith("/") or url_scheme(target) or settings.site_folders is None:
        return None
    file = Path(os.path.normpath(settings.patterns_dir / target))
    root = Path(os.path.normpath(settings.root))
    if not file.is_relative_to(root) or file.is_relative_to(settings.patterns_dir) or not file.is_file():
        return None
    if any(file.is_relative_to(folder) for folder in settings.site_folders):
        return None
    kept = file.relative_to(root)
    return None if any(part.startswith(".") for part in kept.parts) else kept.as_posix()


def _page_of_the_site(link: Link, settings: Settings) -> str | None:
    """The address of the site's hand-written page whose file a link names as GitHub's
    preview follows it, from the pattern's file ('../docs/contact.md': '/contact/')."""
    target = unquote(link.written.partition("#")[0].partition("?")[0])
    if not settings.site_folders or not target.endswith(".md") or target.startswith("/"):
        return None
    file, pages = Path(os.path.normpath(settings.patterns_dir / target)), settings.site_folders[0]
    if not file.is_relative_to(pages) or not file.is_file():
        return None
    parts = _page_parts(file.relative_to(pages).with_suffix("").parts)
    return f"/{'/'.join(parts)}/" if parts else "/"


def _page_parts(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The parts of a page's address, from its file's without the extension: a folder's own
    page ('index', 'README') is the folder's, as the engine names it ('price-index' is not one)."""
    return parts[:-1] if parts and parts[-1] in ("index", "README") else parts


# What a browser opens from a link as a file that runs nothing: pictures (an SVG is checked
# for it, drawings.problem), documents, data and media. A web page or any other XML document
# saved in the site's folders is published as it is, past every check, on the site's address.
_INERT_FILE_ENDINGS = (
    *(ending for ending in PICTURE_ENDINGS if ending != ".svg"),
    ".ico", ".pdf", ".txt", ".csv", ".json", ".css", ".js", ".zip",
    ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".mp3", ".mp4", ".webm", ".ogg",
    ".woff", ".woff2", ".ttf", ".otf",
)
# Inert opened on their own (a link to the site's own script shows its text), but code its
# pages may load: the Content-Security-Policy lets a page run any script of this site's
# address. So none is published from the pages' folder (docs/), where a pull request adds files.
_CODE_ENDINGS = (".js", ".mjs", ".cjs", ".css", ".wasm")
# The first folder of the catalogue's addresses (Pattern.url: patterns/<slug>/).
_CATALOGUES_FOLDER = "patterns"


def _file_that_does_more(link: Link, settings: Settings) -> tuple[str, str] | None:
    """(message, hint) when a link or picture goes to a file of the site's folders that a
    reader's browser would run: the site publishes the file as it is, and a reader who opens
    it on its own (a link to it, "Open image in new tab") runs what it holds on the site's address."""
    if (file := _site_file(link.path, settings)) is None:
        return None
    shown = printable("/" + unquote(link.path))
    name = file.name.lower()
    if name.endswith(_INERT_FILE_ENDINGS):
        return None
    if not name.endswith(".svg"):
        return _document_problem(shown)
    found = _what_a_drawing_holds(file)
    return None if found is None else _drawing_problem(shown, found)


def _document_problem(shown: str) -> tuple[str, str]:
    return (
        f"'{shown}' is a file the site publishes as it is, unchecked: a browser opens a file of this kind as a page, and runs what it holds on this site's address",
        "put its words in a pattern or a page of the site, or link to a PDF or a picture of it",
    )


def _code_problem(shown: str) -> tuple[str, str]:
    return (
        f"'{shown}' is a script or a stylesheet: saved among the pages' files, it is published on this site's address, "
        "where the site's security policy lets any of its pages load it and run it",
        "delete it: no pattern or page needs one; the site's own scripts and styles are its templates' (overrides/assets/), kept by its maintainers",
    )


def _catalogue_address_problem(shown: str, patterns: str) -> tuple[str, str]:
    return (
        f"'{shown}' is at an address the catalogue makes its own (/patterns/…: its patterns' pages and their former names' redirects), "
        "where it would be published in place of one, or beside them as though it were one",
        f"a pattern belongs in {patterns}/ as a Markdown file; a picture in the pages' assets/ folder",
    )


def _web_page_problem(shown: str) -> tuple[str, str]:
    return (
        f"'{shown}' is a web page the site publishes as it is, and it holds more than the markup of a pattern's page "
        "(a script, a handler, a style, a frame or a form, a picture from another site, or text in another encoding): "
        "a browser runs or fetches what it holds on this site's address",
        "write it as a Markdown page in the pages' folder and list it under nav: in mkdocs.yml, or keep only headings, paragraphs, lists and links in it",
    )


def _replacing_problem(shown: str, own: str, pages: str) -> tuple[str, str]:
    return (
        f"'{shown}' has the address of one of the site's own files ({printable(own)}): the site would publish it in that file's place, and every page that loads that file would run or show it",
        f"give it a name of its own in {pages}/; the site's own files are changed in {printable(own).rpartition('/')[0] or '.'}/ by its maintainers",
    )


def _domain_problem(shown: str) -> tuple[str, str]:
    return (
        f"'{shown}' would set the domain GitHub Pages serves the site at (published with `mkdocs gh-deploy`, or from a branch), "
        "which only the site's maintainers set",
        "delete it: the site's address is site_url in mkdocs.yml",
    )


def _generated_problem(shown: str, what: str, pages: str) -> tuple[str, str]:
    return (
        f"'{shown}' has the address of {what}, which the build writes itself: the build's file would take its place, without a word",
        f"give it a name of its own in {pages}/, outside {pages}/{generated.CARDS_DIR}"
        if shown.startswith(generated.CARDS_DIR)
        else f"give it a name of its own in {pages}/",
    )


def _drawing_problem(shown: str, held: str) -> tuple[str, str]:
    return (
        f"the picture '{shown}' holds {printable(held)}: a reader who opens it on its own would run or fetch that on this site's address",
        "save it again as a PNG, or export the SVG as a plain drawing, without scripts, links, embedded HTML or fonts and images from elsewhere",
    )


def _site_file(path: str, settings: Settings) -> Path | None:
    """The file of the site's folders at ``path`` (from the site's root), as the site publishes
    it; None where there is none, or only through a link out of those folders."""
    folder, _, name = unquote(path).rpartition("/")
    for root in settings.site_folders or ():
        try:
            file = root / folder / name
            if file.resolve().is_relative_to(root.resolve()) and file.is_file():
                return file
        except (OSError, ValueError):  # a NUL ('%00') in the name, a loop of links
            continue
    return None


def _missing_picture(link: Link, settings: Settings) -> tuple[str, str] | None:
    """(message, hint) when a picture from the site's root ('/assets/chart.png') is no file
    of the site's folders, its name's case and all (the server tells 'Chart.PNG' from
    'chart.png', where a laptop's disk may not)."""
    folder, _, name = unquote(link.path).rpartition("/")
    if not name.lower().endswith(PICTURE_ENDINGS):
        # '![chart](/assets/site.js)': a file of the site, but no picture a browser shows.
        return (
            f"'{printable(link.written)}' is not a picture (a picture's file name ends {', '.join(PICTURE_ENDINGS[:-1])} or {PICTURE_ENDINGS[-1]}): "
            "the page would show a broken image",
            f"link to it instead, without the '!': [what it is]({printable(link.written)})",
        )
    if (near := _files_beside(folder, name, settings)) is None or settings.site_folders is None:
        return None
    shown = "/" + posixpath.join(folder, name)
    pages = _display(settings.site_folders[0], settings.root.resolve())
    if generated.built_file(shown[1:]) is not None:
        # '/assets/cards/chart.png': the build's own folder, where a picture saved is not published.
        return (
            f"no picture is saved as '{printable(shown)}', and none can be: the build draws the pages' social cards in /{generated.CARDS_DIR} itself",
            f"save the picture in the {posixpath.join(pages, 'assets', '')} folder, outside {generated.CARDS_DIR}, and show it from there: "
            f"![what it shows](/assets/{printable(name)})",
        )
    meant = next((n for n in near if n.lower() == name.lower()), None) or closest(name, near)
    return (
        f"no picture is saved as '{printable(shown)}': the page would show a broken image",
        f"did you mean ({printable('/' + posixpath.join(folder, meant))})? names must match, capitals and all"
        if meant
        else f"save the picture in the {posixpath.join(pages, folder, '')} folder as '{printable(name)}', or correct its name here",
    )


def _files_beside(folder: str, name: str, settings: Settings) -> list[str] | None:
    """The files of the site's folders in ``folder`` (a path from the site's root) when none
    is named ``name``, its case and all (the server tells 'Chart.PNG' from 'chart.png', where
    a laptop's disk may not); None when one is, or the site's folders are not known."""
    if settings.site_folders is None:
        return None
    near: list[str] = []
    for root in settings.site_folders:
        try:
            if not (root / folder).resolve().is_relative_to(root):
                continue  # through a link out of the site's folder (a repository may hold one): never listed
            names = os.listdir(root / folder)
        except (OSError, ValueError):  # no such folder, a file of that name, a NUL ('%00') in the name
            continue
        if name in names and (root / folder / name).is_file():
            return None
        near += (n for n in names if n != name and (root / folder / n).is_file())
    return near


def _missing_file(link: Link, settings: Settings) -> tuple[str, str] | None:
    """(message, hint) when a link from the site's root to a file that is no page
    ('/assets/report.pdf') names no file of the site's folders, nor one the build writes."""
    folder, _, name = unquote(link.path).rpartition("/")
    shown = "/" + posixpath.join(folder, name)
    if generated.built_file(shown[1:]) is not None or (near := _files_beside(folder, name, settings)) is None or settings.site_folders is None:
        return None
    meant = next((n for n in near if n.lower() == name.lower()), None) or closest(name, near)
    pages = _display(settings.site_folders[0], settings.root.resolve())
    return (
        f"no file is saved as '{printable(shown)}': a reader who clicks the link finds nothing",
        f"did you mean ({printable('/' + posixpath.join(folder, meant))})? names must match, capitals and all"
        if meant
        else f"save the file in the {posixpath.join(pages, folder, '')} folder as '{printable(name)}', or correct its name here",
    )


def _missing_page(link: Link, finder: _SlugFinder) -> tuple[str, str] | None:
    """(message, hint) when a link from the site's root ('/pricing/') names a page the site
    does not publish. Only an address that can only be a page is judged: one whose last
    part has no '.' (or is 'index.html'), or a Markdown file, which the site never publishes
    as written. Anything else ('/feed.xml') is left to the built site's link check."""
    path = link.path.removesuffix("/index.html")
    name = path.rpartition("/")[2]
    if "." in name and not name.endswith(".md") or path in (".", "index.html"):
        return None
    known = finder.pages
    if known is None:
        return None  # the site's pages are not known here (no folder of hand-written pages)
    if name.endswith(".md"):
        # '/contact.md', '/about/README.md', or from the repository's root '/docs/contact.md':
        # the page meant, if there is one.
        page = known.get(_page_path(path)) or (known.get(_page_path(path.partition("/")[2])) if "/" in path else None)
        return (
            f"'{link.written}' is a Markdown file's name: the site publishes its pages at addresses of their own",
            f"write ({page}) to link to that page" if page else f"link to one of the site's pages: {_listed(known)}",
        )
    if path in known:
        return None
    shown = "/" + path + "/"
    # '/Contact/'; '/stall-patterns/contact/', with the path the site is published under.
    if (cased := next((a for k, a in known.items() if k.lower() == path.lower()), None)) is not None:
        hint = f"did you mean ({cased})? addresses must match, capitals and all"
    elif name in finder.slugs:
        # A pattern's page without its '/patterns/', or under the path the site is published
        # under ('/stall-patterns/patterns/x/'): the pattern meant, by its file name.
        hint = f"write ({name}.md) to link to that pattern"
    elif (meant := next((known[p] for p in _tails(path) if p in known), None) or closest(shown, known.values())) is not None:
        hint = f"did you mean ({meant})?"
    else:
        hint = f"link to one of the site's pages: {_listed(known)}"
    return f"the site has no page at {shown}: this link would go nowhere", hint


def _is_a_file(path: str) -> bool:
    """Whether an address on the site names a file that is no page ('assets/report.pdf'):
    its last part has a '.', and is neither a Markdown file's name nor 'index.html'."""
    name = path.rpartition("/")[2]
    return "." in name.strip(".") and not name.endswith(".md") and name != "index.html"  # not '.', the site's root


def _page_path(file: str) -> str:
    """The page a Markdown file is, as :func:`site_pages` names it ('about/README.md': 'about')."""
    return "/".join(_page_parts(tuple(file.removesuffix(".md").split("/")))) or "."


def _tails(path: str) -> Iterator[str]:
    """'a/b/c': 'b/c', 'c'."""
    parts = path.split("/")
    return ("/".join(parts[k:]) for k in range(1, len(parts)))


def _listed(pages: dict[str, str]) -> str:
    """The site's page addresses, for a hint: the first few, in order."""
    shown = sorted(pages.values())
    return ", ".join(shown[:8]) + (f" and {len(shown) - 8} more" if len(shown) > 8 else "")


def site_pages(settings: Settings) -> dict[str, str] | None:
    """Each page the site publishes, by its path from the site's root without slashes ('contact'
    for /contact/, '.' for the home page): the hand-written pages of its first folder and the
    list of all patterns (each pattern's own page is checked against the catalogue). None when
    that folder is not known, or is not there. Files the engine leaves out (its defaults:
    hidden ones, the 'templates' folder; or mkdocs.yml's exclude_docs) are counted as
    pages: a link to one is left to the built site's link check, never wrongly refused."""
    if not settings.site_folders or not settings.site_folders[0].is_dir():
        return None
    root = settings.site_folders[0]
    pages = {"patterns": "/patterns/"}
    on_purpose = _left_out_on_purpose(settings.site_unlisted)
    for folder, _, names in os.walk(root):
        for name in names:
            page, dot, extension = name.rpartition(".")
            if f"{dot}{extension}" not in _PAGE_EXTENSIONS and name != "index.html":
                continue  # 'index.html': a page as written, which the engine copies
            source = Path(folder, name).relative_to(root)
            if settings.site_nav is not None and name != "index.html" and source.as_posix() not in settings.site_nav:
                if on_purpose is None or not on_purpose.match_file(source.as_posix()):
                    continue  # not published: unlisted_pages reports it
            path = "/".join(_page_parts(Path(folder, page).relative_to(root).parts))
            pages[path or "."] = f"/{path}/" if path else "/"
    return pages


# The names of the files the engine makes pages of (MkDocs' utils.markdown_extensions).
_PAGE_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")


@lru_cache(maxsize=64)
def _folded(part: str) -> str:
    """A part's name with its capitals, accents, marks and extra hyphens taken out: the same
    for '#Uber--Pilots' and the part '#über-pilots' of the heading 'Über-pilots'."""
    return slugify(part.replace("-", " "))


def _parts_named(ids: frozenset[str]) -> str:
    """'its parts are #a, #b…': once a page, not once each of its broken links."""
    return "its parts are " + ", ".join(f"#{i}" for i in heapq.nsmallest(6, ids)) + ("…" if len(ids) > 6 else "")


def _slugs_to_take(misnamed: dict[str, str], settings: Settings) -> dict[str, str]:
    """The slug each file of ``misnamed`` (its name, then how it is shown) is told to take, and the file."""
    if not misnamed:
        return {}  # (most builds: the checks' module is not loaded for them)
    from . import rules

    return {rules.slug_for(slug, settings): display for slug, display in misnamed.items()}


class _SlugFinder:
    """Hints for a ``related`` entry that names no pattern: the slug the author meant."""

    def __init__(
        self,
        by_slug: dict[str, list[Facts]],
        renamed: dict[str, str],
        titles: dict[str, str],
        settings: Settings,
        files: Collection[str] = (),
    ) -> None:
        self.slugs = set(by_slug)
        self.files = files  # every file's slug: one whose front matter cannot be read is one too
        # A file whose name is no slug ('The-Sponsor.md') is told to take one: an entry that
        # names it so is right, and no hint says to write its name as it is now.
        self.valid = {slug for slug in self.slugs if is_slug(slug)}
        self.folder = display_path(settings.patterns_dir, settings.root)
        self.misnamed = _slugs_to_take({slug: held[0].display for slug, held in by_slug.items() if not is_slug(slug) and held[0].display.endswith(".md")}, settings)
        self.renamed = {old: new for old, new in renamed.items() if new in self.slugs}
        self.titles = titles  # a title, as title_key reads it: its file's slug
        self._settings = settings
        self._near_misses: dict[str, str | None] = {}
        self._listings: dict[str, tuple[dict[str, int], dict[str, int]]] = {}
        self._moved: dict[str, dict[str, tuple[str, int]]] = {}
        self._folded: dict[str, dict[str, str]] = {}

    def moved(self, target: Facts) -> dict[str, tuple[str, int]]:
        """A file's headings' parts that GitHub's preview names otherwise than the site:
        GitHub's name, to the site's and the heading's line. Made once a file, not once each
        link to it: 2,000 links to a file of 2,000 such headings were 4 million steps."""
        if (known := self._moved.get(target.display)) is None:
            known = self._moved[target.display] = {github: (site, line) for github, site, line in target.moved_ids}
        return known

    def folded_ids(self, target: Facts) -> dict[str, str]:
        """A file's headings' parts by their :func:`_folded` names, where one part alone has
        that name: made once a file, as :meth:`moved` is."""
        if (known := self._folded.get(target.display)) is None:
            names: dict[str, list[str]] = {}
            for part in target.ids:
                names.setdefault(_folded(part), []).append(part)
            known = self._folded[target.display] = {name: parts[0] for name, parts in names.items() if name and len(parts) == 1}
        return known

    @cached_property
    def moved_files(self) -> dict[str, str]:
        """The former file names of patterns that git saw renamed (committed or not, before
        an alias keeps the old name), to the name each has now: asked only for a name no
        pattern has, where the author is told what it was renamed to, not to delete it."""
        found = history.renamed(self._settings.patterns_dir)
        return {old[:-3]: new[:-3] for old, new in found.items() if old.endswith(".md") and new.endswith(".md") and new[:-3] in self.slugs}

    @cached_property
    def pages(self) -> dict[str, str] | None:
        """The site's pages (see :func:`site_pages`), read once, and only if a link needs them."""
        return site_pages(self._settings)

    def diagnostic(self, display: str, line: int, item: str, listing: Facts) -> Diagnostic:
        if item in self.renamed or (is_slug(item) and item in self.moved_files):
            new = self.renamed.get(item) or self.moved_files[item]
            return Diagnostic(
                display, line, 1, "renamed-related", f"related pattern '{item}' was renamed to '{new}'",
                self._already(new, line, listing) or f"write '{new}'",
            )
        if (misnamed := self.misnamed.get(item)) is not None:
            return Diagnostic(
                display,
                line,
                1,
                "unknown-related",
                f"related pattern '{item}' is the file {misnamed}, whose name is not yet its slug",
                f"rename {misnamed} to {item}.md (its error is listed with it); this entry is right as written",
            )
        meant = self.meant(item)
        if not is_slug(item):
            hint = (
                self._already(meant, line, listing) or f"write '{meant}'" if meant
                else f"write the file name of a pattern in {self.folder}/ without .md"
            )
            return Diagnostic(display, line, 1, "bad-slug", f"'{item}' in 'related' is not a pattern slug", hint)
        if item in self.files:
            # Its file is there, but nothing of it can be read (empty, or its front matter broken).
            return Diagnostic(
                display,
                line,
                1,
                "unknown-related",
                f"related pattern '{item}' cannot be read: {self.folder}/{item}.md has errors of its own",
                f"fix {self.folder}/{item}.md (its errors are listed with it); this entry is right as written",
            )
        hint = (
            (f"did you mean '{meant}'? If so, " + listed if (listed := self._already(meant, line, listing)) else f"did you mean '{meant}'?")
            if meant
            else f"delete this line, or write the name of a file in {self.folder}/ without .md"
        )
        return Diagnostic(display, line, 1, "unknown-related", f"related pattern '{item}' does not exist", hint)

    def _already(self, slug: str, line: int, listing: Facts) -> str | None:
        """The hint for a 'related' entry meant as ``slug`` when writing it would make another
        error: the pattern itself, an entry written as it, or an earlier entry told to be it
        (two entries 'The sponsor who moved on', each told to write its slug, listed it twice)."""
        if slug == listing.slug:
            return f"delete this line: '{slug}' is this pattern itself, and 'related' lists others"
        written, told = self._listed(listing)
        at = written.get(slug)
        if at is None and (first := told.get(slug)) is not None and first < line:
            at = first
        return f"delete this line: '{slug}' is in 'related' already (line {at})" if at is not None and at != line else None

    def _listed(self, listing: Facts) -> tuple[dict[str, int], dict[str, int]]:
        """A listing's related patterns: the first line of each written as its slug, and of
        each an entry is told to be written as; read once a file, however many hints need it."""
        if (known := self._listings.get(listing.display)) is None:
            written: dict[str, int] = {}
            told: dict[str, int] = {}
            for item, number in listing.related:
                if item in self.slugs:
                    written.setdefault(item, number)
                elif item not in self.misnamed and item not in self.files and (meant := self.renamed.get(item) or self.meant(item)):
                    told.setdefault(meant, number)
            known = self._listings[listing.display] = (written, told)
        return known

    def meant(self, item: str) -> str | None:
        """An existing slug for ``x.md``, a URL ending in /patterns/x/, a title, or a near miss."""
        text = item.strip()
        try:
            tail = urlsplit(text).path if "://" in text else text
        except ValueError:  # a host no address can have ('https://[x]/'): the path after it
            tail = text.partition("://")[2].partition("/")[2]
        tail = tail.rstrip("/").rsplit("/", 1)[-1]
        tail = tail.removesuffix(".md").removesuffix(".MD").removesuffix(".html")
        for guess in (tail, tail.lower(), self.renamed.get(tail), self.titles.get(title_key(text))):
            if guess and guess in self.valid:
                return guess
            if guess and guess in self.renamed:
                return self.renamed[guess]
        # Each near miss is looked for among every slug: only so many, so that a catalogue
        # with a broken name in every file is still checked in linear time.
        wanted = slugify(tail) or tail
        if wanted not in self._near_misses:
            if len(self._near_misses) >= MOST_NEAR_MISSES:
                return None
            # The one pattern whose name it starts is a surer guess than the nearest name.
            self._near_misses[wanted] = _only_one_starting(wanted, self.valid) or closest(wanted, self.valid)
        return self._near_misses[wanted]


MOST_NEAR_MISSES = 100

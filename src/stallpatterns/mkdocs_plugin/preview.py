"""Rebuilds in ``mkdocs serve`` at the speed of the edit.

MkDocs rebuilds the whole site on every change: it empties the folder it serves, then
renders and writes every page. At 1,000 patterns that is seconds per keystroke saved.
After the first build of a session, this module makes each rebuild touch only what the
change reached:

- the build writes into a scratch folder, so MkDocs empties that, not the served one;
- a pattern page whose inputs are unchanged (the pattern, its neighbours, its related
  patterns, its category) renders an empty template, which MkDocs does not write;
- after the build, everything written is copied into the served folder, and the pages
  and social cards of patterns that no longer have them are removed from it.

The hand-written pages, All patterns, the finder, feeds and data files are rebuilt every
time (they list every pattern). A change to ``mkdocs.yml``, a template or a hand-written
page rebuilds everything. ``mkdocs build`` never uses any of this.

An edit to pattern files alone, which leaves the same patterns (and other names) valid or
invalid, needs no rebuild at all: the plugin updates the served site from the last build
(:meth:`IncrementalPreview.only_patterns_changed` tells it when it may), rendering only the
pages the edit reached with the engine's own page builder.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
from collections.abc import Hashable, Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path

from jinja2.bccache import Bucket, BytecodeCache

from ..generated import CARDS_DIR
from ..settings import ConfigError, inherited_files
from .engine import build_log

UNCHANGED_TEMPLATE = "stallpatterns/unchanged.html"
"""An empty template: MkDocs writes no file for a page whose output is empty."""


class IncrementalPreview:
    def __init__(self) -> None:
        self.served: Path | None = None  # the folder `mkdocs serve` serves
        self.scratch: Path | None = None
        self.fingerprint = ""
        self.watched = ""  # the hand-written pages and other watched paths, as they were at the last build
        self.before: tuple[str, str] | None = None  # the same, taken before the engine read its settings
        self.keys: dict[str, Hashable] = {}  # what each pattern page showed when last written
        self.incremental = False
        self._quiet = _QuietSkips()
        self.templates = MemoryBytecodeCache()

    def begin(self, site_dir: str, config_file: str | None, template_dirs: Iterable[str], watched: Iterable[str]) -> str:
        """Called as a build starts; returns the folder this build must write to."""
        now = _fingerprint(config_file, template_dirs), _state(watched)
        before, self.before = self.before or now, None
        # A hand-written page added, removed or edited can change every page (its title in
        # the header, the home card's text): the engine rebuilds them all, into an emptied folder.
        # So does a file saved while the engine was reading its settings (before != now).
        self.incremental = self.served is not None and before == now == (self.fingerprint, self.watched) and Path(site_dir) == self.served
        # What the build read is known from before it read it: a save since then is a
        # change at the next update, never taken for what this build shows.
        self.fingerprint, self.watched = before
        if not self.incremental:
            self.keys = {}
            self.served = Path(site_dir)
            return site_dir
        if self.scratch is None:
            self.scratch = Path(tempfile.mkdtemp(prefix="stallpatterns-preview-"))
        build_log.addFilter(self._quiet)
        return str(self.scratch)

    def rebuilding(self, config_file: str | None, template_dirs: Iterable[str], watched: Iterable[str]) -> None:
        """Called just before the engine's rebuild reads mkdocs.yml: the settings, templates
        and hand-written pages as they are now, which :meth:`begin` takes as what the build
        read (it runs after the engine has read its settings, when a save in between would
        be taken for read, and the next update would serve pages made with the old settings)."""
        self.before = _fingerprint(config_file, template_dirs), _state(watched)

    def only_patterns_changed(self, config_file: str | None, template_dirs: Iterable[str], watched: Iterable[str]) -> bool:
        """True when nothing but pattern files can have changed since the last build began
        (not mkdocs.yml, a template, a hand-written page or another ``watched`` path): the
        served site may then be updated page by page. Pages written from here on are
        compared with what they showed."""
        if self.served is None or _fingerprint(config_file, template_dirs) != self.fingerprint or _state(watched) != self.watched:
            return False
        self.incremental = True
        return True

    def unchanged(self, slug: str, key: Hashable) -> bool:
        """True when the page for ``slug`` would show what it showed last time."""
        same = self.incremental and self.keys.get(slug) == key
        self.keys[slug] = key
        return same

    def finish(self, slugs: AbstractSet[str], cards: AbstractSet[str], files: AbstractSet[str]) -> None:
        """After a build: bring the served folder up to date. ``slugs`` are the pattern
        pages (and redirects) the site now has; ``cards`` the social cards its pages show
        (paths in the site): any other is removed (a pattern removed, renamed or now invalid
        has none). ``files``: where this build's own files go in the site (its hand-written
        pages and pictures), which stay wherever they are."""
        build_log.removeFilter(self._quiet)
        if not self.incremental or self.served is None or self.scratch is None:
            return
        shutil.copytree(self.scratch, self.served, dirs_exist_ok=True)
        # A hand-written page under docs/patterns/ is not a pattern's page: it stays. (Any other
        # file there, or in docs/assets/cards/, is refused, and never one of the build's files.)
        folders = {path.split("/")[1] for path in files if path.startswith("patterns/") and path.count("/") > 1}
        patterns = self.served / "patterns"
        if patterns.is_dir():
            for page in patterns.iterdir():
                if page.is_dir() and page.name not in slugs and page.name not in folders:
                    shutil.rmtree(page, ignore_errors=True)
        for card in (self.served / CARDS_DIR).rglob("*.png"):
            where = card.relative_to(self.served).as_posix()
            if where not in cards and where not in files:
                card.unlink(missing_ok=True)
        self.keys = {slug: key for slug, key in self.keys.items() if slug in slugs}


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates kept between rebuilds (MkDocs makes a new Jinja environment for
    each); Jinja checks each template's source, so an edited one is compiled again."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if (data := self.store.get(bucket.key)) is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


class _QuietSkips(logging.Filter):
    """Drops the engine's "Page skipped ... empty output" line for each unchanged page (on
    the logger of the engine that builds: ProperDocs' is not MkDocs', whatever it answers
    to, and a line for every pattern of the site buried the author's own problems)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Page skipped: 'patterns/")


@lru_cache(maxsize=4)
def _inherited(config_file: Path, content: bytes) -> tuple[Path, ...]:
    """The files ``config_file`` inherits from; read again only when its text changes."""
    try:
        return inherited_files(config_file)
    except ConfigError:  # the engine has read it already; a broken INHERIT stops it there
        return ()


def _state(paths: Iterable[str]) -> str:
    """Every file at or under ``paths``, with its size and time."""
    digest = hashlib.sha256()
    for given in paths:
        top = Path(given)
        for path in [top, *sorted(top.rglob("*"))] if top.is_dir() else [top]:
            try:
                stat = path.stat()
            except OSError:
                digest.update(f"{path}\0gone\n".encode())
                continue
            digest.update(f"{path}\0{stat.st_mtime_ns}\0{stat.st_ctime_ns}\0{stat.st_size}\n".encode())
    return digest.hexdigest()


def _fingerprint(config_file: str | None, template_dirs: Iterable[str]) -> str:
    digest = hashlib.sha256()
    if config_file and Path(config_file).is_file():
        # properdocs.yml inherits its settings from mkdocs.yml: a change to either counts.
        content = Path(config_file).read_bytes()
        digest.update(content)
        for path in _inherited(Path(config_file), content):
            digest.update(path.read_bytes())
    digest.update(_state(template_dirs).encode())
    return digest.hexdigest()

"""Generated pages: one per pattern, the All patterns index, and previews of invalid ones.

Each is a :class:`GeneratedPage`: its HTML comes from the catalogue (the core rendered
each pattern's body once, from the same parse that checked it), so MkDocs neither
reads nor renders Markdown for it. Nothing generated is written to the repository.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..catalogue import Catalogue, Invalid
from ..pattern import Pattern
from ..urls import path_segment
from .engine import File, Files, InclusionLevel, MkDocsConfig, Page

INDEX_URI = "patterns/index.md"
PATTERN_TEMPLATE = "pattern.html"
INDEX_TEMPLATE = "patterns.html"
INVALID_TEMPLATE = "invalid.html"


def src_uri(slug: str) -> str:
    return f"patterns/{slug}.md"


def slug_of(uri: str) -> str | None:
    """The pattern slug of a generated page's src_uri; None for any other page."""
    if uri == INDEX_URI or not (uri.startswith("patterns/") and uri.endswith(".md")):
        return None
    slug = uri.removeprefix("patterns/").removesuffix(".md")
    return None if "/" in slug else slug


class GeneratedPage(Page):
    """A page whose metadata and HTML the plugin already holds."""

    def __init__(self, file: File, config: MkDocsConfig, meta: Mapping[str, Any], html: str = "") -> None:
        self._given_meta = dict(meta)
        self._html = html
        super().__init__(str(meta["title"]), file, config)

    def show(self, meta: Mapping[str, Any], html: str = "") -> None:
        """Show new metadata and HTML from the next time the engine reads and renders the page."""
        self._given_meta = dict(meta)
        self._html = html
        self.title = str(meta["title"])

    def read_source(self, config: MkDocsConfig) -> None:
        self.markdown, self.meta = "", dict(self._given_meta)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        self.content = self._html
        self.present_anchor_ids = set()


def pattern_meta(pattern: Pattern, template: str | None = None) -> dict[str, Any]:
    # `kind` says what the page is whatever renders it (a preview rebuild renders an unchanged
    # page with an empty template): the sitemap dates pattern pages by it.
    return {"title": pattern.title, "description": pattern.summary, "template": template or PATTERN_TEMPLATE, "kind": "pattern"}


def invalid_meta(invalid: Invalid, template: str | None = None) -> dict[str, Any]:
    return {"title": invalid.title, "template": template or INVALID_TEMPLATE, "robots": "noindex"}


def pattern_file(pattern: Pattern, config: MkDocsConfig, edit_prefix: str, template: str | None = None) -> File:
    return _pattern_page(pattern.slug, pattern.path, pattern_meta(pattern, template), pattern.html, config, edit_prefix)


def invalid_file(invalid: Invalid, config: MkDocsConfig, edit_prefix: str, template: str | None = None) -> File:
    """A preview page for a pattern that failed its checks (``mkdocs serve`` only)."""
    return _pattern_page(invalid.slug, invalid.path, invalid_meta(invalid, template), "", config, edit_prefix)


def _pattern_page(slug: str, source: Path, meta: Mapping[str, Any], html: str, config: MkDocsConfig, edit_prefix: str) -> File:
    """A page at /patterns/<slug>/, outside the nav, whose edit link is its file in patterns/."""
    file = File.generated(config, src_uri(slug), content="", inclusion=InclusionLevel.NOT_IN_NAV)
    # The file's name as one segment of the address: a name is no slug when a file is invalid
    # ('x\\..\\..\\evil\\repo.md' reads as a path elsewhere once a browser turns '\\' into '/').
    file.edit_uri = edit_prefix + path_segment(source.name)
    GeneratedPage(file, config, meta, html)
    return file


def index_file(catalogue: Catalogue, config: MkDocsConfig) -> File:
    meta = {
        "title": "All patterns",
        "description": f"All {len(catalogue)} stall patterns, grouped by where the rollout stalls.",
        "template": INDEX_TEMPLATE,
    }
    file = File.generated(config, INDEX_URI, content="")
    GeneratedPage(file, config, meta)
    return file


def own_template_dirs(theme_dirs: list[str], custom_dir: str | None) -> list[str]:
    """The template folders a build needs: ours (``custom_dir``) and the engine's own
    (its ``sitemap.xml``), never the theme's. Every template and asset of the site is in
    ``custom_dir``; Material's folder holds 14,509 files (mostly icons), which the engine
    would list on every build to copy its scripts and stylesheets, which no page uses."""
    if not custom_dir or len(theme_dirs) < 2:
        return theme_dirs
    return [theme_dirs[0], theme_dirs[-1]]  # the engine puts custom_dir first, its own folder last

"""Generated pages: one per pattern, the All patterns index, and previews of invalid ones.

Each page's Markdown is made here from the catalogue; nothing generated is written to
the repository.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

from ..catalogue import Catalogue, Invalid
from ..pattern import Pattern
from .engine import File, InclusionLevel, MkDocsConfig

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


# libyaml's emitter when present: the pure-Python one cost a third of a second per 1,000 pages.
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _page(meta: Mapping[str, object], body: str) -> str:
    front = yaml.dump(meta, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1_000_000)
    return "---\n" + front + "---\n\n" + body


def pattern_file(pattern: Pattern, config: MkDocsConfig, edit_prefix: str) -> File:
    meta = {"title": pattern.title, "description": pattern.summary, "template": PATTERN_TEMPLATE}
    return _pattern_page(pattern.slug, pattern.path, _page(meta, pattern.body), config, edit_prefix)


def invalid_file(invalid: Invalid, config: MkDocsConfig, edit_prefix: str) -> File:
    """A preview page for a pattern that failed its checks (``mkdocs serve`` only)."""
    meta = {"title": invalid.title, "template": INVALID_TEMPLATE, "robots": "noindex"}
    return _pattern_page(invalid.slug, invalid.path, _page(meta, ""), config, edit_prefix)


def _pattern_page(slug: str, source: Path, content: str, config: MkDocsConfig, edit_prefix: str) -> File:
    """A page at /patterns/<slug>/, outside the nav, whose edit link is its file in patterns/."""
    file = File.generated(config, src_uri(slug), content=content, inclusion=InclusionLevel.NOT_IN_NAV)
    file.edit_uri = edit_prefix + source.name
    return file


def index_file(catalogue: Catalogue, config: MkDocsConfig) -> File:
    meta = {
        "title": "All patterns",
        "description": f"All {len(catalogue)} stall patterns, grouped by where the rollout stalls.",
        "template": INDEX_TEMPLATE,
    }
    return File.generated(config, INDEX_URI, content=_page(meta, ""))


# Material's own scripts and stylesheets: our templates use neither, so they are not shipped.
_THEME_ASSETS = ("assets/javascripts/", "assets/stylesheets/", "assets/images/")


def is_unused_theme_asset(file: File, config: MkDocsConfig) -> bool:
    """Material's own asset files; files of the same name in docs/ or overrides/ are kept."""
    if not file.src_uri.startswith(_THEME_ASSETS) or file.abs_src_path is None:
        return False
    source = Path(file.abs_src_path).resolve()
    ours = [Path(config.docs_dir).resolve()]
    if config.theme.custom_dir:
        ours.append(Path(config.theme.custom_dir).resolve())
    return not any(source.is_relative_to(folder) for folder in ours)

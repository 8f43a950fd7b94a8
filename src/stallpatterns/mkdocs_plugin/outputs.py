"""Files written after the build: feeds, data, robots.txt and redirect pages.

The text of each comes from the core (:mod:`stallpatterns.feeds`,
:mod:`stallpatterns.redirects`); this module only knows where MkDocs keeps the site.
"""

from __future__ import annotations

import gzip
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from pathlib import Path
from urllib.parse import urljoin

from .. import feeds
from ..catalogue import Catalogue
from ..generated import FEED_FILE, PATTERNS_JSON_FILE, ROBOTS_FILE, SEARCH_FILE, SITEMAP_FILE
from ..redirects import redirect_page, redirects
from .engine import MkDocsConfig, get_plugin_logger

log = get_plugin_logger(__name__)



def write_all(
    catalogue: Catalogue,
    config: MkDocsConfig,
    synonyms: Mapping[str, tuple[str, ...]],
    pages: AbstractSet[str] = frozenset(),
    previews: AbstractSet[str] = frozenset(),
) -> None:
    """``synonyms`` are the site search's, from the plugin's settings. ``pages``: where the
    build's own files go in the site, each a page a redirect must not replace, even when it
    is not in ``site_dir`` (a `mkdocs serve` rebuild writes its pages to the served folder).
    ``previews``: those of them that show an invalid pattern's problems (`mkdocs serve`)."""
    site_dir = Path(config.site_dir)
    site_url = config.site_url
    _write(site_dir / SEARCH_FILE, feeds.search_index(catalogue, synonyms))
    if not site_url:
        # Feeds, patterns.json and the sitemap need the site's absolute address.
        log.warning(f"site_url is not set in {_config_name(config)}: {FEED_FILE}, {PATTERNS_JSON_FILE} and {ROBOTS_FILE} were not written")
    else:
        _write(
            site_dir / FEED_FILE,
            feeds.atom(catalogue, site_url, config.site_name, description=config.site_description, author=config.site_author),
        )
        _write(site_dir / PATTERNS_JSON_FILE, feeds.patterns_json(catalogue, site_url, config.site_name))
        _write(site_dir / ROBOTS_FILE, robots_txt(site_url))
    for redirect in redirects(catalogue):
        target = site_dir / redirect.output_path
        if redirect.output_path in previews:
            continue  # the invalid pattern's page says its name is this alias: its problems, not a warning that stops a strict `serve`
        if redirect.output_path in pages or (target.exists() and not _is_redirect(target)):
            log.warning(f"alias '{redirect.former_slug}' of {redirect.pattern.slug}: {redirect.url} is already a page; no redirect written")
            continue
        canonical = feeds.absolute_url(site_url, redirect.pattern) if site_url else None
        _write(target, redirect_page(redirect, canonical))
    _gzip_without_timestamp(site_dir / SITEMAP_FILE)


def _gzip_without_timestamp(path: Path) -> None:
    """Rewrite ``path``.gz with no time in its header, as ``gzip -n`` does. The engine stamps
    sitemap.xml.gz with the newest page date, and it dates every hand-written page the
    day of the build: without this, builds of one commit on two days would differ."""
    if path.is_file():
        path.with_name(path.name + ".gz").write_bytes(gzip.compress(path.read_bytes(), mtime=0))


def robots_txt(site_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {urljoin(site_url, 'sitemap.xml')}\n"


def _is_redirect(path: Path) -> bool:
    # A `mkdocs serve --dirty` rebuild keeps the previous build's redirect pages.
    return 'http-equiv="refresh"' in path.read_text(encoding="utf-8", errors="replace")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _config_name(config: MkDocsConfig) -> str:
    return Path(config.config_file_path or "mkdocs.yml").name

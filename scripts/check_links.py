#!/usr/bin/env python3
"""Check the internal links of a built static site, offline.

Walks every ``.html`` file under a site folder, collects the URLs in ``href`` and
``src`` attributes of ``a``, ``link``, ``script``, ``img`` and ``source``
elements, and reports every internal link whose target file does not exist, or
whose ``#fragment`` names no ``id`` (or ``<a name>``) in the target page.

External URLs (other hosts, ``mailto:``, ``tel:``, ``data:``) are not fetched
and not checked; ``javascript:`` URLs are always reported. With ``--site-url``,
absolute URLs under the site's own address (for example the canonical links
MkDocs writes) are checked as internal, and root-relative URLs (``/x/``) are
resolved under that URL's path instead of the site folder's root.

Usage::

    python scripts/check_links.py site [--site-url https://example.org/docs/]

Exit status: 0 when every internal link resolves, 1 when any is broken, 2 on a
usage error (no such folder, no HTML files in it).

Standard library only, so it runs before (or without) installing the package.
"""

from __future__ import annotations

import argparse
import posixpath
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Elements and the attributes on them that point at another resource.
LINK_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "a": ("href",),
    "link": ("href",),
    "script": ("src",),
    "img": ("src",),
    "source": ("src",),
}

# Schemes that never point into the site and are not checked.
IGNORED_SCHEMES = frozenset({"mailto", "tel", "data"})
WEB_SCHEMES = frozenset({"http", "https"})


@dataclass(frozen=True)
class BrokenLink:
    """One link on one page that does not resolve."""

    page: Path  # the page holding the link, as site_dir / relative path
    line: int  # 1-based line of the element in the page's HTML
    url: str  # the URL exactly as written in the attribute
    reason: str  # why it is broken, e.g. "no such file"

    def __str__(self) -> str:
        return f'{self.page.as_posix()}: broken link "{self.url}" ({self.reason})'


@dataclass(frozen=True)
class _Link:
    url: str
    line: int


class _PageParser(HTMLParser):
    """Collects the links and the fragment targets (ids, anchor names) of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[_Link] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for anchor in (values.get("id"), values.get("name") if tag == "a" else None):
            if anchor:
                self.anchors.add(anchor)
        for attribute in LINK_ATTRIBUTES.get(tag, ()):
            url = values.get(attribute)
            if url is not None:
                self.links.append(_Link(url.strip(), self.getpos()[0]))


@dataclass(frozen=True)
class _Page:
    links: tuple[_Link, ...]
    anchors: frozenset[str]


def _parse_page(path: Path) -> _Page:
    parser = _PageParser()
    parser.feed(path.read_bytes().decode("utf-8", errors="replace"))
    parser.close()
    return _Page(tuple(parser.links), frozenset(parser.anchors))


@dataclass(frozen=True)
class _SiteUrl:
    """The public address of the site root, split for prefix matching."""

    netloc: str
    path: str  # always ends with "/"

    @classmethod
    def parse(cls, site_url: str) -> _SiteUrl:
        parts = urlsplit(site_url)
        if parts.scheme not in WEB_SCHEMES or not parts.netloc:
            raise ValueError(f"--site-url must be an absolute http(s) URL, not {site_url!r}")
        path = parts.path if parts.path.endswith("/") else parts.path + "/"
        return cls(parts.netloc.lower(), path)

    def site_path(self, url_path: str) -> str | None:
        """The path below the site root for a server path, or None if outside it."""
        if url_path + "/" == self.path:
            return ""
        if url_path.startswith(self.path):
            return url_path[len(self.path) :]
        return None


class _Checker:
    def __init__(self, site_dir: Path, site_url: _SiteUrl | None) -> None:
        self.site_dir = site_dir
        self.root = site_dir.resolve()
        self.site_url = site_url
        self._pages: dict[Path, _Page] = {}

    def page(self, path: Path) -> _Page:
        key = path.resolve()
        if key not in self._pages:
            self._pages[key] = _parse_page(key)
        return self._pages[key]

    def check_site(self) -> Iterator[BrokenLink]:
        for page_path in sorted(self.site_dir.rglob("*.html")):
            if not page_path.is_file():
                continue
            page_rel = page_path.relative_to(self.site_dir).as_posix()
            for link in self.page(page_path).links:
                reason = self.check_link(page_path, page_rel, link.url)
                if reason is not None:
                    yield BrokenLink(page_path, link.line, link.url, reason)

    def check_link(self, page_path: Path, page_rel: str, url: str) -> str | None:
        """Why ``url`` on the page is broken, or None when it resolves (or is external)."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "javascript":
            return "javascript: URL"
        if scheme in IGNORED_SCHEMES:
            return None

        if scheme or parts.netloc:  # absolute, or protocol-relative ("//host/path")
            if scheme not in WEB_SCHEMES | {""} or self.site_url is None:
                return None
            if parts.netloc.lower() != self.site_url.netloc:
                return None
            target = self.site_url.site_path(unquote(parts.path) or "/")
            if target is None:
                return None  # same host, another site (e.g. a sibling GitHub Pages project)
        elif parts.path.startswith("/"):
            if self.site_url is None:
                target = unquote(parts.path)[1:]
            else:
                target = self.site_url.site_path(unquote(parts.path))
                if target is None:
                    return f"outside the site's path {self.site_url.path}"
        elif parts.path:
            target = posixpath.join(posixpath.dirname(page_rel), unquote(parts.path))
        else:  # "", "?query" or "#fragment": this very page
            return self._check_fragment(page_path, unquote(parts.fragment))

        return self._check_target(target, unquote(parts.fragment))

    def _check_target(self, target: str, fragment: str) -> str | None:
        is_directory_url = target == "" or target.endswith("/")
        normal = posixpath.normpath(target) if target else "."
        if normal == ".." or normal.startswith("../") or normal.startswith("/"):
            return "outside the site folder"
        path = self.site_dir / normal
        if path.is_dir():
            path = path / "index.html"
            if not path.is_file():
                return "directory has no index.html"
        elif is_directory_url or not path.is_file():
            return "no such file"
        return self._check_fragment(path, fragment)

    def _check_fragment(self, path: Path, fragment: str) -> str | None:
        if not fragment or fragment.lower() == "top":  # as stallpatterns.addresses.scrolls_to_the_top: "#top" goes to the top
            return None
        if path.suffix.lower() not in {".html", ".htm"}:
            return None
        if fragment not in self.page(path).anchors:
            return f'no id "{fragment}" in {path.relative_to(self.site_dir).as_posix()}'
        return None


def find_broken_links(site_dir: Path, site_url: str | None = None) -> list[BrokenLink]:
    """Every broken internal link in the built site at ``site_dir``, in page order.

    ``site_url`` is the site's public address (MkDocs' ``site_url``): absolute URLs
    under it are checked as internal. Raises ValueError if it is not an http(s) URL.
    """
    parsed = _SiteUrl.parse(site_url) if site_url else None
    return list(_Checker(site_dir, parsed).check_site())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Check the internal links of a built static site, offline."
    )
    parser.add_argument("site_dir", type=Path, help="the built site folder, e.g. site")
    parser.add_argument(
        "--site-url",
        metavar="URL",
        help="the site's public address; absolute links under it are checked too",
    )
    args = parser.parse_args(argv)

    site_dir: Path = args.site_dir
    if not site_dir.is_dir():
        print(f"check_links: {site_dir} is not a folder (build the site first)", file=sys.stderr)
        return 2
    pages = sum(1 for path in site_dir.rglob("*.html") if path.is_file())
    if pages == 0:
        print(f"check_links: no .html files under {site_dir}", file=sys.stderr)
        return 2
    try:
        broken = find_broken_links(site_dir, args.site_url)
    except ValueError as error:
        print(f"check_links: {error}", file=sys.stderr)
        return 2

    for link in broken:
        print(link)
    if broken:
        print(f"{len(broken)} broken link(s) in {pages} page(s)")
        return 1
    print(f"No broken links in {pages} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

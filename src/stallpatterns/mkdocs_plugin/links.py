"""The templates' ``url`` filter, each answer worked out once for every page it serves.

A page's templates ask for about 33 addresses relative to the page (the stylesheet, All
patterns, the finder, the feed), mostly the same on every page; the engine's filter works
each out anew, on every page. Relative to a page, an address depends on the page only
through two numbers (the engine's ``get_relative_url``): how many folders deep the page
is, and how many leading folders the address shares with the page's. One answer serves
every page with both the same: for most addresses, all the pattern pages at once.

The answer itself is always the engine's: this only decides when it has been asked
already. ``tests/test_links.py`` compares every answer with the engine's own filter.
"""

from __future__ import annotations

import hashlib
import posixpath
from collections.abc import Callable
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context

URLFilter = Callable[[Any, Any], str]


def remembered(engine_filter: URLFilter) -> URLFilter:
    """The engine's ``url`` filter (``pass_context``), answering again from what it answered."""
    answers: dict[tuple[str, int, int], str] = {}
    # The folders of each page and each address, as the engine splits them.
    page_folders: dict[str, list[str]] = {}
    address_folders: dict[str, list[str]] = {}

    @pass_context
    def url(context: Context, value: Any) -> str:
        page = context.get("page")
        if page is None:
            return engine_filter(context, value)  # relative to base_url, not to a page
        address = str(value)
        page_url = page.url
        folders = page_folders.get(page_url)
        if folders is None:
            folders = page_folders[page_url] = _page_folders(page_url)
        target = address_folders.get(address)
        if target is None:
            target = address_folders[address] = _parts((address or ".").replace("\\", "/"))
        shared = 0
        for mine, theirs in zip(folders, target):
            if mine != theirs:
                break
            shared += 1
        key = (address, len(folders), shared)
        found = answers.get(key)
        if found is None:
            found = answers[key] = engine_filter(context, value)
        return found

    return url


def _page_folders(page_url: str) -> list[str]:
    """The page's folders, as ``get_relative_url`` takes them: without a last part that
    holds a dot (a file, as ``404.html``)."""
    folder, _, last = page_url.rpartition("/")
    return _parts(folder if "." in last else page_url)


def _parts(path: str) -> list[str]:
    """A path's parts, normalised as the engine normalises them ('..' never above the root)."""
    normal = posixpath.normpath(path if path.startswith("/") else "/" + path)[1:]
    return normal.split("/") if normal else []



def fingerprinted(url_filter: URLFilter, files: Any) -> URLFilter:
    """The ``url`` filter, naming the site's stylesheets and scripts (``assets/*.css``,
    ``assets/*.js``) with their content's fingerprint as ``?v=``: a page published by a
    deploy asks for the stylesheet and scripts it was built with, never ones a reader's
    browser (or GitHub Pages' ten minutes of cache) kept from before. The files keep their
    names; the templates write ``{{ 'assets/site.css' | url }}`` as before."""
    versions: dict[str, str] = {}

    @pass_context
    def url(context: Context, value: Any) -> str:
        address = url_filter(context, value)
        path = str(value)
        if not (path.startswith("assets/") and path.endswith((".css", ".js"))):
            return address
        version = versions.get(path)
        if version is None:
            file = files.get_file_from_path(path)
            version = versions[path] = "" if file is None else hashlib.sha256(file.content_bytes).hexdigest()[:10]
        return f"{address}?v={version}" if version else address

    return url

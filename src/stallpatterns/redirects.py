"""Redirect pages for renamed patterns: each former slug in ``aliases`` keeps its URL.

A redirect page is a tiny HTML document at ``patterns/<former-slug>/index.html`` that
sends the reader on at once (``<meta http-equiv="refresh">``, and a script that keeps a
``#section`` of the old address), tells search engines
where the page lives now (``<link rel="canonical">``) and not to index the old address
(``noindex``), and holds a plain link for anyone whose browser does not follow it.
Redirects are listed nowhere: not in the sitemap, the feeds or the index.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .catalogue import Catalogue
from .pattern import Pattern
from .policy import REDIRECT_POLICY, REDIRECT_SCRIPT


@dataclass(frozen=True)
class Redirect:
    former_slug: str
    pattern: Pattern

    @property
    def url(self) -> str:
        """The old URL, relative to the site root."""
        return f"patterns/{self.former_slug}/"

    @property
    def output_path(self) -> str:
        """Where the page is written, relative to the site folder."""
        return f"patterns/{self.former_slug}/index.html"


def redirects(catalogue: Catalogue) -> list[Redirect]:
    """One redirect per alias of every pattern in the catalogue, sorted by former slug.

    The catalogue's checks already refuse an alias that is a live slug or claimed twice.
    """
    return sorted(
        (Redirect(alias, pattern) for pattern in catalogue for alias in pattern.aliases),
        key=lambda r: r.former_slug,
    )


def redirect_page(redirect: Redirect, canonical_url: str | None = None) -> str:
    """The HTML of one redirect page. Its links are relative, so it works on any host."""
    target = f"../{redirect.pattern.slug}/"
    title = escape(redirect.pattern.title)
    href = escape(target)
    canonical = f'\n<link rel="canonical" href="{escape(canonical_url)}">' if canonical_url else ""
    return (
        "<!doctype html>\n"
        '<html lang="en-GB">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{REDIRECT_POLICY}">\n'
        f"<title>Moved: {title}</title>\n"
        '<meta name="robots" content="noindex">\n'
        f'<meta http-equiv="refresh" content="0; url={href}">'
        f"{canonical}\n"
        "</head>\n"
        "<body>\n"
        f'<p>This pattern has moved to <a href="{href}">{title}</a>.</p>\n'
        f"<script>{REDIRECT_SCRIPT}</script>\n"
        "</body>\n"
        "</html>\n"
    )

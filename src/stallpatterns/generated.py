"""Where the build writes files of its own in the site, beside the pages: the feed, the data
files, robots.txt, the sitemap and the social cards; and the address no file of the pages'
folder may take for another reason (GitHub Pages' CNAME). The adapter writes them there
(:mod:`stallpatterns.mkdocs_plugin`); the checks refuse a file of the pages' folder at one
of these addresses (:func:`stallpatterns.catalogue.unsafe_files`), as the build's own would
replace it without a word."""

from __future__ import annotations

FEED_FILE = "feed.xml"
PATTERNS_JSON_FILE = "patterns.json"
SEARCH_FILE = "search.json"
ROBOTS_FILE = "robots.txt"
SITEMAP_FILE = "sitemap.xml"
CARDS_DIR = "assets/cards/"
"""The social cards' folder: one picture a page."""

CNAME_FILE = "CNAME"
"""GitHub Pages' record of the site's own domain: one published from the pages' folder would
move the site's address (with `mkdocs gh-deploy`, or a deploy from a branch)."""

BUILT_FILES = {
    FEED_FILE: "the feed of new patterns",
    PATTERNS_JSON_FILE: "the catalogue as data",
    SEARCH_FILE: "the site search's index",
    ROBOTS_FILE: "the note to search engines",
    SITEMAP_FILE: "the sitemap",
    SITEMAP_FILE + ".gz": "the sitemap",
}
"""Each file the build writes at the site's root, and what it is."""


def built_file(within: str) -> str | None:
    """What the build writes at ``within`` (a path in the site, '/'-separated), if it writes
    a file there: one of :data:`BUILT_FILES`, or a social card (any file of the cards' folder,
    whose pictures the build draws, and whose other files it removes in `mkdocs serve`)."""
    if within in BUILT_FILES:
        return BUILT_FILES[within]
    return "one of the pages' social cards" if within.startswith(CARDS_DIR) else None

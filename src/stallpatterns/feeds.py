"""Feeds and data files made from the catalogue: the Atom feed, ``patterns.json`` and the
site search's ``search.json``.

Plain Python over a :class:`~stallpatterns.catalogue.Catalogue`: no MkDocs here. Each
function returns text; the adapter decides where it is written. Drafts are never in
any of them, whatever the catalogue holds (``mkdocs serve`` previews drafts as pages
only).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from json.encoder import encode_basestring
from urllib.parse import urljoin, urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .catalogue import Catalogue
from .generated import FEED_FILE
from .pattern import Pattern
from .text import LONGEST_SEARCH_WORD, search_words

ATOM_NS = "http://www.w3.org/2005/Atom"
# Bump when a field of patterns.json is renamed or removed (adding one is compatible).
PATTERNS_JSON_VERSION = 1
# Bump when search.json changes shape: site.js reads this one.
SEARCH_VERSION = 2
# The feed tells of new and updated patterns: the newest this many, as feeds do, so that a
# feed reader polling it fetches a few dozen KB, not the whole catalogue (every pattern's
# facts are in patterns.json).
FEED_ENTRIES = 50

_markdown = MarkdownIt("commonmark")
# attr_list syntax such as `{ .button }` that Python-Markdown strips from the page.
_ATTR_LIST = re.compile(r"\{:?\s*(?:[.#][\w-]+|[\w-]+=\S+)(?:\s+(?:[.#][\w-]+|[\w-]+=\S+))*\s*\}")
_SPACE = re.compile(r"\s+")


def published(patterns: Iterable[Pattern]) -> list[Pattern]:
    """The patterns a production build publishes, in the order given (drafts left out)."""
    return [p for p in patterns if not p.draft]


def absolute_url(site_url: str, pattern: Pattern) -> str:
    # A pattern's url is a path made of its slug, relative to the site's root ("patterns/<slug>/").
    return _directory(site_url) + pattern.url


def entry_id(site_url: str, pattern: Pattern) -> str:
    """A ``tag:`` URI (RFC 4151) minted from the site's host, publication date and slug.

    It does not change when the pattern is edited or its title changes, so a feed reader
    never shows an update as a new entry.
    """
    parts = urlsplit(_directory(site_url))
    specific = f"{parts.path.strip('/')}/patterns/{pattern.slug}".lstrip("/")
    return f"tag:{parts.hostname or 'localhost'},{pattern.published.isoformat()}:{specific}"


def atom(
    catalogue: Catalogue,
    site_url: str,
    site_name: str,
    *,
    description: str | None = None,
    author: str | None = None,
    today: date | None = None,
) -> str:
    """The Atom feed (RFC 4287) of the :data:`FEED_ENTRIES` published patterns most recently
    updated, newest first."""
    site_url = _directory(site_url)
    patterns = published(catalogue.by_date())[:FEED_ENTRIES]
    # Atom is the default namespace, written as an attribute, so that each entry is
    # written on its own (and kept: `mkdocs serve` writes the feed again on every edit).
    feed = ET.Element("feed", {"xmlns": ATOM_NS, "{http://www.w3.org/XML/1998/namespace}lang": "en-GB"})
    _text(feed, "id", site_url)
    _text(feed, "title", site_name)
    if description:
        _text(feed, "subtitle", description.strip())
    newest = patterns[0].last_modified if patterns else (today or date.today())
    _text(feed, "updated", _timestamp(newest))
    ET.SubElement(feed, "link", rel="self", type="application/atom+xml", href=urljoin(site_url, FEED_FILE))
    ET.SubElement(feed, "link", rel="alternate", type="text/html", href=urljoin(site_url, "patterns/"))
    who = ET.SubElement(feed, "author")
    _text(who, "name", author or site_name)
    _text(who, "uri", site_url)
    _text(feed, "generator", "stallpatterns")
    ET.indent(feed)
    head = ET.tostring(feed, encoding="unicode").removesuffix("</feed>")
    entries = "".join(_entry(site_url, p, p.category, catalogue.category(p.category).label) for p in patterns)
    return f'<?xml version="1.0" encoding="utf-8"?>\n{head}{entries}</feed>\n'


@lru_cache(maxsize=4096)
def _entry(site_url: str, pattern: Pattern, category_id: str, category_label: str) -> str:
    """One pattern's ``<entry>``, indented as a child of the feed, with its line end.

    Written as :mod:`xml.etree.ElementTree` writes the same element once indented (its
    escaping, its ``" />"``): building and writing a tree for every entry was most of the
    feed's time. ``tests/site/test_feeds.py`` compares the two."""
    scheme = urljoin(site_url, "patterns/")
    return (
        "  <entry>\n"
        f"    {_leaf('id', entry_id(site_url, pattern))}\n"
        f"    {_leaf('title', pattern.title)}\n"
        f'    <link rel="alternate" type="text/html" href="{_xml_attribute(absolute_url(site_url, pattern))}" />\n'
        f"    {_leaf('published', _timestamp(pattern.published))}\n"
        f"    {_leaf('updated', _timestamp(pattern.last_modified))}\n"
        f"    {_leaf('summary', pattern.summary, _PLAIN_TEXT)}\n"
        f'    <category term="{_xml_attribute(category_id)}" label="{_xml_attribute(category_label)}" scheme="{_xml_attribute(scheme)}" />\n'
        "  </entry>\n"
    )


_PLAIN_TEXT = ' type="text"'


def _leaf(tag: str, text: str, attributes: str = "") -> str:
    """An element with text and no children, as ElementTree writes it (empty: ``<tag />``)."""
    return f"<{tag}{attributes}>{_xml_text(text)}</{tag}>" if text else f"<{tag}{attributes} />"


def _xml_text(text: str) -> str:
    """Character data escaped as ElementTree escapes it."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xml_attribute(text: str) -> str:
    """An attribute value escaped as ElementTree escapes it (line ends and tabs as references)."""
    return (
        _xml_text(text).replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;")
    )


def patterns_json(catalogue: Catalogue, site_url: str, site_name: str) -> str:
    """``patterns.json``: every published pattern's facts, for other tools. Each pattern's
    record is written on its own, as :func:`json.dumps` writes it in place (and kept:
    `mkdocs serve` writes the file again on every edit)."""
    site_url = _directory(site_url)
    head = {
        "version": PATTERNS_JSON_VERSION,
        "site": {"name": site_name, "url": site_url},
        "categories": [{"id": c.id, "label": c.label, "description": c.description} for c in catalogue.categories],
    }
    records = ",\n".join(_pattern_record(site_url, p) for p in published(catalogue))
    listed = f"[\n{records}\n  ]" if records else "[]"
    return _json(head, indent=2).removesuffix("\n}") + f',\n  "patterns": {listed}\n}}\n'


@lru_cache(maxsize=4096)
def _pattern_record(site_url: str, pattern: Pattern) -> str:
    """One pattern's record in ``patterns.json``, indented as an item of its list: laid out as
    ``json.dumps(record, ensure_ascii=False, indent=2)`` lays it out, each value written by
    JSON's own string encoder (an indented dumps is pure Python, and took most of the
    file's time). ``tests/site/test_feeds.py`` compares the two."""
    signs = ",\n        ".join(map(encode_basestring, pattern.signs))
    fields = (
        ("slug", encode_basestring(pattern.slug)),
        ("title", encode_basestring(pattern.title)),
        ("summary", encode_basestring(pattern.summary)),
        ("category", encode_basestring(pattern.category)),
        ("signs", f"[\n        {signs}\n      ]" if signs else "[]"),
        ("url", encode_basestring(absolute_url(site_url, pattern))),
        ("published", encode_basestring(pattern.published.isoformat())),
        ("updated", encode_basestring(pattern.last_modified.isoformat())),
    )
    return "    {\n" + ",\n".join(f'      "{key}": {value}' for key, value in fields) + "\n    }"


def _json(data: object, indent: int | None = None) -> str:
    # JSON escapes every line end inside a string, so the text's own line ends are its layout.
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent)


def search_index(catalogue: Catalogue, synonyms: Mapping[str, Iterable[str]] | None = None) -> str:
    """``search.json``: the site search's data, fetched on first use of the search field.

    One record per published pattern with every field a reader may remember: title,
    other names (``also_known_as``), summary, signs and category id, as written; and the
    words of its three sections (read from the Markdown by the core, so the index does not
    depend on how a page is rendered). Section words are the bulk of an index, so they
    travel compactly: each distinct word once, folded (lower case, no accents or
    apostrophes), only if not already in the pattern's other fields, as numbers into one
    shared ``vocabulary``, sorted and delta-encoded (``[3, 1, 4]`` is words 3, 4 and 8).
    Categories (label and description) are listed once, and the site-wide ``synonyms``
    travel with the index. URLs are relative to the site root (``patterns/<slug>/``), so
    the index works wherever the site is served.
    """
    patterns = published(catalogue)
    own_words = [_section_words(p) for p in patterns]
    vocabulary = sorted(set().union(*own_words))
    encoded = _WordNumbers.for_vocabulary(vocabulary)
    head = {
        "version": SEARCH_VERSION,
        "synonyms": {term: list(others) for term, others in (synonyms or {}).items()},
        "categories": {c.id: {"label": c.label, "description": c.description} for c in catalogue.categories},
        "vocabulary": vocabulary,
        "longest_word": LONGEST_SEARCH_WORD,  # search.js reads no longer query word either
    }
    # Each record as json.dumps writes it in place, its words last: all but the words is
    # kept (`mkdocs serve` writes the index again on every edit).
    records = ",".join(_search_record(p) + encoded.deltas(words) + "}" for p, words in zip(patterns, own_words))
    return _json(head).removesuffix("}") + f',"patterns":[{records}]}}\n'


@lru_cache(maxsize=4096)
def _search_record(pattern: Pattern) -> str:
    """A pattern's record in ``search.json`` up to its words' numbers."""
    record = {
        "url": pattern.url,
        "title": pattern.title,
        "aka": list(pattern.also_known_as),
        "summary": pattern.summary,
        "signs": list(pattern.signs),
        "category": pattern.category,
    }
    return _json(record).removesuffix("}") + ',"words":'


@lru_cache(maxsize=4096)  # `mkdocs serve` rebuilds ask again for every unchanged pattern
def _section_words(pattern: Pattern) -> frozenset[str]:
    """The distinct words of a pattern's sections (kept by the core when it checked the
    pattern) that are not already in its title, other names, summary or signs."""
    shown = " ".join([pattern.title, pattern.summary, *pattern.also_known_as, *pattern.signs])
    return frozenset(pattern.words.split()).difference(search_words(shown))


class _WordNumbers:
    """Each pattern's section words as delta-encoded numbers into one vocabulary, in JSON; kept
    while the vocabulary stays the same (in `mkdocs serve`, an edit seldom changes it)."""

    _last: _WordNumbers | None = None

    def __init__(self, vocabulary: list[str]) -> None:
        self.vocabulary = vocabulary
        self.position = {word: index for index, word in enumerate(vocabulary)}
        self.encoded: dict[frozenset[str], str] = {}

    @classmethod
    def for_vocabulary(cls, vocabulary: list[str]) -> _WordNumbers:
        if cls._last is None or cls._last.vocabulary != vocabulary:
            cls._last = cls(vocabulary)
        return cls._last

    def deltas(self, words: frozenset[str]) -> str:
        """The words' numbers, as the JSON of the list of their deltas."""
        if (found := self.encoded.get(words)) is None:
            numbers = sorted(map(self.position.__getitem__, words))
            # The list's JSON, as json.dumps writes a list of integers compactly.
            deltas = map(str, [n - previous for n, previous in zip(numbers, [0, *numbers])])
            found = self.encoded[words] = f"[{','.join(deltas)}]"
        return found


def plain_text(markdown: str) -> str:
    """The words a reader sees in some Markdown: markup, HTML and comments removed,
    whitespace collapsed to single spaces."""
    parts: list[str] = []
    for token in _markdown.parse(markdown):
        if token.type == "inline":
            parts.append(_inline_text(token.children or []))
        elif token.type in ("fence", "code_block"):
            parts.append(token.content)
    text = _ATTR_LIST.sub(" ", " ".join(parts))
    return _SPACE.sub(" ", text).strip()


def _inline_text(children: list[Token]) -> str:
    out: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "image":
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
    return "".join(out)


def _directory(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _text(parent: ET.Element, tag: str, value: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = value
    return element


def _timestamp(day: date) -> str:
    """An RFC 3339 timestamp for a date: midnight UTC."""
    return f"{day.isoformat()}T00:00:00Z"

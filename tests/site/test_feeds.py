"""Feeds and data files: feed.xml (read by the real feedparser), patterns.json for other
tools, and search.json for the site search. Each is checked against the catalogue the
core loads from the same files, and against the pages the build wrote."""

from __future__ import annotations

import calendar
import json
import os
from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
import pytest

from stallpatterns import catalogue as catalogue_module
from stallpatterns import feeds
from stallpatterns.catalogue import Catalogue
from stallpatterns.pattern import Pattern
from stallpatterns.settings import load_settings
from tests.site.conftest import ROOT, Project, pattern_text

# mkdocs.yml reads site_url from $SITE_URL when it is set.
SITE_URL = os.environ.get("SITE_URL") or "https://stallpatterns.github.io/stall-patterns/"


def load_catalogue(project_root: Path, include_drafts: bool = False) -> Catalogue:
    result = catalogue_module.load(load_settings(project_root / "mkdocs.yml"), include_drafts=include_drafts)
    assert not result.errors, result.errors
    return result.catalogue


def site_file(project: Project, url: str) -> Path:
    """The file an absolute URL of our site is served from."""
    assert url.startswith(SITE_URL), url
    relative = url.removeprefix(SITE_URL)
    target = project.site / relative
    return target / "index.html" if relative == "" or relative.endswith("/") else target


def day(struct) -> date:
    return date.fromtimestamp(calendar.timegm(struct)) if struct else None  # type: ignore[return-value]


@pytest.fixture(scope="module")
def feed(built_site: Project):
    parsed = feedparser.parse((built_site.site / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


# --- feed.xml ----------------------------------------------------------------------


def test_feed_is_atom_with_one_entry_per_published_pattern(feed, catalogue: Catalogue) -> None:
    assert feed.version == "atom10"
    assert feed.feed.title == "Stall Patterns"
    assert feed.feed.language == "en-GB"
    assert len(feed.entries) == len(catalogue) > 0
    assert {e.link for e in feed.entries} == {SITE_URL + p.url for p in catalogue}


def test_feed_links_itself_and_the_index(feed, built_site: Project) -> None:
    links = {link.rel: link.href for link in feed.feed.links}
    assert links["self"] == SITE_URL + "feed.xml"
    assert links["alternate"] == SITE_URL + "patterns/"
    for href in links.values():
        assert site_file(built_site, href).is_file(), href


def test_feed_entries_carry_dates_summary_and_category(feed, catalogue: Catalogue, built_site: Project) -> None:
    by_link = {e.link: e for e in feed.entries}
    for pattern in catalogue:
        entry = by_link[SITE_URL + pattern.url]
        assert entry.title == pattern.title
        assert entry.summary == pattern.summary
        assert day(entry.published_parsed) == pattern.published
        assert day(entry.updated_parsed) == pattern.last_modified
        category = catalogue.category(pattern.category)
        assert [(t.term, t.label) for t in entry.tags] == [(category.id, category.label)]
        assert site_file(built_site, entry.link).is_file()


def test_feed_is_newest_first_and_updated_when_its_newest_entry_was(feed, catalogue: Catalogue) -> None:
    updated = [day(e.updated_parsed) for e in feed.entries]
    assert updated == sorted(updated, reverse=True)
    assert day(feed.feed.updated_parsed) == max(p.last_modified for p in catalogue)


def test_feed_entry_ids_are_unique_tag_uris(feed) -> None:
    ids = [e.id for e in feed.entries]
    assert len(set(ids)) == len(ids)
    for entry_id in ids:
        assert entry_id.startswith(f"tag:{urlsplit(SITE_URL).hostname},20"), entry_id


def test_entry_id_does_not_change_when_a_pattern_is_edited(catalogue: Catalogue) -> None:
    pattern = next(iter(catalogue))
    edited = replace(pattern, title="A completely new title for it", updated=date(2030, 1, 1), summary="x" * 50)
    assert feeds.entry_id(SITE_URL, edited) == feeds.entry_id(SITE_URL, pattern)
    assert feeds.entry_id("https://example.org/catalogue/", pattern) == (
        f"tag:example.org,{pattern.published.isoformat()}:catalogue/patterns/{pattern.slug}"
    )


def test_every_page_links_the_feed_and_the_data_file(built_site: Project) -> None:
    for url_path in ("", "patterns/", next(iter(load_catalogue(built_site.root))).url):
        html = built_site.html(url_path)
        page_url = urljoin(SITE_URL, url_path)
        alternate = html.find("link", rel="alternate", type="application/atom+xml")
        assert alternate is not None
        assert urljoin(page_url, alternate["href"]) == SITE_URL + "feed.xml"
        footer = {urljoin(page_url, a["href"]) for a in html.select("footer a")}
        assert {SITE_URL + "feed.xml", SITE_URL + "patterns.json"} <= footer


# --- patterns.json -----------------------------------------------------------------


def test_patterns_json_lists_every_published_pattern_with_its_facts(built_site: Project, catalogue: Catalogue) -> None:
    data = json.loads((built_site.site / "patterns.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["site"] == {"name": "Stall Patterns", "url": SITE_URL}
    assert [c["id"] for c in data["categories"]] == [c.id for c in catalogue.categories]
    assert [p["slug"] for p in data["patterns"]] == [p.slug for p in catalogue]
    for item, pattern in zip(data["patterns"], catalogue):
        assert item == {
            "slug": pattern.slug,
            "title": pattern.title,
            "summary": pattern.summary,
            "category": pattern.category,
            "signs": list(pattern.signs),
            "url": SITE_URL + f"patterns/{pattern.slug}/",
            "published": pattern.published.isoformat(),
            "updated": pattern.last_modified.isoformat(),
        }
        assert site_file(built_site, item["url"]).is_file()


# --- search.json -------------------------------------------------------------------


def test_search_index_has_one_plain_text_record_per_published_pattern(built_site: Project, catalogue: Catalogue) -> None:
    data = json.loads((built_site.site / "search.json").read_text(encoding="utf-8"))
    assert data["version"] == feeds.SEARCH_VERSION
    records = data["patterns"]
    assert [r["url"] for r in records] == [p.url for p in catalogue]
    # Every category once, with the words a reader may use for it.
    assert data["categories"] == {c.id: {"label": c.label, "description": c.description} for c in catalogue.categories}
    vocabulary = data["vocabulary"]
    assert vocabulary == sorted(set(vocabulary))
    for record, pattern in zip(records, catalogue):
        assert set(record) == {"url", "title", "aka", "summary", "signs", "category", "words"}
        assert not urlsplit(record["url"]).scheme and not record["url"].startswith("/")
        assert (built_site.site / record["url"] / "index.html").is_file()
        assert record["title"] == pattern.title
        assert record["aka"] == list(pattern.also_known_as)
        assert record["summary"] == pattern.summary
        assert record["signs"] == list(pattern.signs)
        assert record["category"] == pattern.category
        words = section_words(vocabulary, record["words"])
        # Every word of the sections is findable: in the section words, or in a field shown.
        shown = set(feeds.search_words(" ".join([pattern.title, pattern.summary, *pattern.also_known_as, *pattern.signs])))
        for section in pattern.sections:
            for word in feeds.search_words(feeds.plain_text(section.markdown)):
                assert len(word) < 3 or word in words or word in shown, (pattern.slug, word)
        assert not words & shown, "a word already shown is not repeated"
        for markup in ("##", "**", "](", "<!--"):
            assert not any(markup in w for w in words)


def section_words(vocabulary: list[str], deltas: list[int]) -> set[str]:
    """Decode a record's delta-encoded numbers into the vocabulary, as search.js does."""
    positions = [sum(deltas[: i + 1]) for i in range(len(deltas))]
    assert positions == sorted(set(positions)), "each word once, in order"
    return {vocabulary[p] for p in positions}


def test_search_words_fold_case_accents_and_apostrophes_like_the_browser() -> None:
    assert feeds.search_words("Nobody’s café – re-keyed, 2 TIMES") == ["nobodys", "cafe", "re", "keyed", "2", "times"]


def test_search_index_carries_the_configured_synonyms(built_site: Project) -> None:
    from stallpatterns.settings import load_settings

    data = json.loads((built_site.site / "search.json").read_text(encoding="utf-8"))
    synonyms = load_settings(built_site.config_file).search.synonyms
    assert synonyms and data["synonyms"] == {term: list(others) for term, others in synonyms.items()}


def test_plain_text_strips_markdown_html_and_comments() -> None:
    markdown = """\
Some *emphasis*, a [link](https://example.org/) and `code`; fish &amp; chips.
<!-- a note for the author -->

### A subheading

- first item
- second  item

```
fenced code
```

![a chart](chart.png) [Book now](contact.md){ .button }
"""
    assert feeds.plain_text(markdown) == (
        "Some emphasis, a link and code; fish & chips. A subheading first item second item fenced code a chart Book now"
    )


# --- escaping and drafts in the core -----------------------------------------------

TRICKY_TITLE = 'Ampersands & "quotes" when <5% of pilots ship'
PUBLISHED_TITLE = "Ampersands & “quotes” when <5% of pilots ship"  # with typographic quotes


@pytest.fixture(scope="module")
def tricky_site(tmp_path_factory: pytest.TempPathFactory) -> Project:
    from tests.site.conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("tricky") / "project")
    project.write_pattern("tricky-characters", pattern_text(title=f"'{TRICKY_TITLE}'"))
    result = project.build()
    assert result.returncode == 0, result.stderr
    return project


def test_special_characters_survive_the_feed_and_the_json(tricky_site: Project) -> None:
    feed = feedparser.parse((tricky_site.site / "feed.xml").read_bytes())
    assert not feed.bozo
    assert PUBLISHED_TITLE in {e.title for e in feed.entries}
    data = json.loads((tricky_site.site / "patterns.json").read_text(encoding="utf-8"))
    assert PUBLISHED_TITLE in {p["title"] for p in data["patterns"]}
    records = json.loads((tricky_site.site / "search.json").read_text(encoding="utf-8"))["patterns"]
    assert PUBLISHED_TITLE in {r["title"] for r in records}


def test_data_files_leave_drafts_out_even_when_the_catalogue_has_them(tmp_path: Path) -> None:
    from tests.site.conftest import copy_project

    project = copy_project(tmp_path / "project")
    project.write_pattern("a-draft-for-the-feeds", pattern_text(title="A draft that must stay out", extra="draft: true\n"))
    previewed = load_catalogue(project.root, include_drafts=True)
    assert previewed.get("a-draft-for-the-feeds") is not None
    for text in (
        feeds.atom(previewed, SITE_URL, "Stall Patterns"),
        feeds.patterns_json(previewed, SITE_URL, "Stall Patterns"),
        feeds.search_index(previewed),
    ):
        assert "a-draft-for-the-feeds" not in text
        assert "A draft that must stay out" not in text


def test_the_feed_tells_of_the_newest_patterns_not_the_whole_catalogue(catalogue: Catalogue) -> None:
    # Generated catalogues: at 1,000 patterns the feed held every one (800 KB), fetched whole
    # by each feed reader's every poll.
    base = next(iter(catalogue))
    many = [
        replace(base, slug=f"pattern-{n:03}", title=f"Pattern number {n}", published=date.fromordinal(date(2024, 1, 1).toordinal() + n), updated=None, draft=n % 7 == 0)
        for n in range(feeds.FEED_ENTRIES * 2)
    ]
    big = Catalogue(tuple(many), catalogue.categories)
    parsed = feedparser.parse(feeds.atom(big, SITE_URL, "Stall Patterns").encode())
    newest = [p for p in sorted(many, key=lambda p: p.published, reverse=True) if not p.draft][: feeds.FEED_ENTRIES]
    assert [e.title for e in parsed.entries] == [p.title for p in newest]
    assert len(parsed.entries) == feeds.FEED_ENTRIES
    assert day(parsed.feed.updated_parsed) == newest[0].published


def test_an_empty_catalogue_still_makes_a_valid_feed() -> None:
    empty = Catalogue((), load_settings(ROOT / "mkdocs.yml").categories)
    parsed = feedparser.parse(feeds.atom(empty, SITE_URL, "Stall Patterns", today=date(2026, 1, 2)).encode())
    assert not parsed.bozo
    assert parsed.entries == []
    assert day(parsed.feed.updated_parsed) == date(2026, 1, 2)
    assert json.loads(feeds.search_index(empty))["patterns"] == []


def test_search_index_keeps_subheadings_but_not_the_section_headings(built_site: Project, catalogue: Catalogue) -> None:
    data = json.loads((built_site.site / "search.json").read_text(encoding="utf-8"))
    records = {r["url"]: section_words(data["vocabulary"], r["words"]) for r in data["patterns"]}
    with_subheadings = [p for p in catalogue if "\n### " in p.body]
    assert with_subheadings, "the shipped patterns include one with ### subheadings"
    heading_words = {w for heading in ("What it looks like", "What is actually happening", "The intervention shape") for w in feeds.search_words(heading)}
    for pattern in with_subheadings:
        shown = set(feeds.search_words(" ".join([pattern.title, pattern.summary, *pattern.also_known_as, *pattern.signs])))
        body_words = set(feeds.search_words(" ".join(feeds.plain_text(s.markdown) for s in pattern.sections)))
        subheadings = [line[4:].strip() for line in pattern.body.splitlines() if line.startswith("### ")]
        for subheading in subheadings:
            assert {w for w in feeds.search_words(subheading) if len(w) >= 3} <= records[pattern.url] | shown
        # The three section headings are the same on every pattern: only in the index if the text uses them.
        assert not (heading_words - body_words) & records[pattern.url]


@pytest.mark.parametrize("kind", ["patterns.json", "search.json"])
def test_the_data_files_are_laid_out_as_json_dumps_lays_them_out(tricky_site: Project, kind: str) -> None:
    # Each record is written on its own and kept (mkdocs serve writes both files on every
    # edit): the files joined from them are what one json.dumps of the whole would write,
    # with special characters, with one record, and with none.
    catalogue = load_catalogue(tricky_site.root)
    one = Catalogue(catalogue.patterns[:1], catalogue.categories)
    empty = Catalogue((), catalogue.categories)
    for case in (catalogue, one, empty):
        if kind == "patterns.json":
            text = feeds.patterns_json(case, SITE_URL, 'Stall "Patterns" & ‘co’')
            assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
        else:
            text = feeds.search_index(case, {"raid": ("risk", "assumption")})
            assert text == json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":")) + "\n"
        assert len(json.loads(text)["patterns"]) == len(case)


def _entry_as_elementtree_writes_it(site_url: str, pattern: Pattern, category_id: str, category_label: str) -> str:
    """A feed entry built and written with xml.etree.ElementTree, as the feed once was."""
    import xml.etree.ElementTree as ET

    entry = ET.Element("entry")
    for tag, text, attributes in (
        ("id", feeds.entry_id(site_url, pattern), {}),
        ("title", pattern.title, {}),
        ("link", None, {"rel": "alternate", "type": "text/html", "href": feeds.absolute_url(site_url, pattern)}),
        ("published", f"{pattern.published.isoformat()}T00:00:00Z", {}),
        ("updated", f"{pattern.last_modified.isoformat()}T00:00:00Z", {}),
        ("summary", pattern.summary, {"type": "text"}),
        ("category", None, {"term": category_id, "label": category_label, "scheme": urljoin(site_url, "patterns/")}),
    ):
        element = ET.SubElement(entry, tag, attributes)
        element.text = text
    ET.indent(entry, level=1)
    return "  " + ET.tostring(entry, encoding="unicode") + "\n"


AWKWARD = 'a & b <c> "d" \'e\' \r\n\t f ]]> é “g”'


@pytest.mark.parametrize(
    "changes",
    [{}, {"title": AWKWARD, "summary": AWKWARD}, {"summary": ""}, {"title": "", "signs": ()}, {"signs": (AWKWARD, "x")}],
)
def test_feed_entries_and_records_are_written_as_the_libraries_write_them(catalogue: Catalogue, changes: dict) -> None:
    # The feed's entries and patterns.json's records are written as text (a tree or an
    # indented json.dumps for each took most of their files' time): each is what the
    # library would write, with characters either escapes.
    pattern = replace(catalogue.patterns[0], **changes)
    feeds._entry.cache_clear()
    feeds._pattern_record.cache_clear()
    for label in ("Value", AWKWARD):
        assert feeds._entry(SITE_URL, pattern, AWKWARD, label) == _entry_as_elementtree_writes_it(SITE_URL, pattern, AWKWARD, label)
    record = json.loads(feeds._pattern_record(SITE_URL, pattern))
    assert feeds._pattern_record(SITE_URL, pattern) == "    " + json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n    ")
    assert record["title"] == pattern.title and record["signs"] == list(pattern.signs)


def test_the_footers_feed_link_says_it_is_for_a_feed_reader(built_site):
    # Opened on a phone, the feed is a page of XML: the link said nothing of what it is for.
    for path in ("", "patterns/", "contact/"):
        feed = built_site.html(path).select_one("footer .site-footer__feed")
        assert feed.a["href"].endswith("feed.xml")
        assert "feed reader" in feed.get_text(" ", strip=True), path

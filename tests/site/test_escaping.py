"""Text stays text: a title, summary or sign with &, quotes or `a < b` comes out as exactly
that text wherever the site shows it (page title, meta description, sharing tags, headings,
cards, pager, finder, feeds and search.json). MkDocs' Jinja does not autoescape, so a
template that forgets `|e` would print markup; these fixtures would then read differently
once parsed, or show up unescaped in the raw HTML."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup

from stallpatterns.body import typographic

from .conftest import Project, copy_project, pattern_text

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "escaping" / "when-cost-is-less-than-value.md"
SLUG = FIXTURE.stem
# The fixture's values, as YAML reads them (not as our reader does).
_FRONT = yaml.safe_load(FIXTURE.read_text(encoding="utf-8").split("---\n")[1])
# Published with typographic quotes and apostrophes (tests/test_typography.py checks those).
TITLE, SUMMARY, SIGN = typographic(_FRONT["title"]), typographic(_FRONT["summary"]), typographic(_FRONT["signs"][0])
# Written unescaped, each of these would change the page: '&amp;' would read as '&', a raw
# quote would end an attribute, and '< value' is markup to a careless reader of the source.
# A lone '"' stays straight in typography (it neither opens nor closes a quotation).
RAW_FORMS = ("cost < value", "R&D", 'lone " stays', "&amp; and")


def squash(value: str) -> str:
    return " ".join(value.split())


@pytest.fixture(scope="module")
def escaped_site(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The project plus the fixture pattern, and a pattern that lists it as related."""
    project = copy_project(tmp_path_factory.mktemp("escaping") / "project")
    project.write_pattern(SLUG, FIXTURE.read_text(encoding="utf-8"))
    project.write_pattern("a-pattern-that-points-at-the-fixture", pattern_text(extra=f"related:\n  - {SLUG}\n"))
    result = project.build()
    assert result.returncode == 0, result.stderr
    return project


def page_url(path: Path, site: Path) -> str:
    relative = path.relative_to(site).as_posix()
    return relative.removesuffix("index.html")


def test_the_pattern_page_shows_title_and_summary_as_text(escaped_site):
    soup = escaped_site.html(f"patterns/{SLUG}/")
    site_name = soup.find("meta", property="og:site_name")["content"]
    assert soup.title.get_text() == f"{TITLE} — {site_name}"
    assert soup.find("meta", attrs={"name": "description"})["content"] == SUMMARY
    assert soup.find("meta", property="og:title")["content"] == TITLE
    assert soup.find("meta", property="og:description")["content"] == SUMMARY
    assert squash(soup.find("h1").get_text()) == TITLE
    assert any(squash(p.get_text()) == SUMMARY for p in soup.find_all("p")), "the summary as the lede"
    for script in soup.find_all("script", type="application/ld+json"):
        data = json.dumps(json.loads(script.string))
        assert json.dumps(TITLE)[1:-1] in data and json.dumps(SUMMARY)[1:-1] in data


def test_every_link_to_the_pattern_carries_its_title_as_text(escaped_site):
    """Cards on All patterns and on related pages, the pager, the stall finder."""
    site = escaped_site.site
    target = f"patterns/{SLUG}/"
    seen: dict[str, list[str]] = {}
    for path in sorted(site.rglob("*.html")):
        url = page_url(path, site)
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for a in soup.find_all("a", href=True):
            resolved = urljoin("https://site.invalid/" + url, a["href"]).removeprefix("https://site.invalid/")
            if resolved == target and url != target:
                seen.setdefault(url, []).append(squash(a.get_text(" ")))
    assert {"patterns/", "patterns/a-pattern-that-points-at-the-fixture/", "finder/"} <= set(seen)
    for url, texts in seen.items():
        for link_text in texts:
            assert TITLE in link_text, f"{url}: link text {link_text!r}"


def test_cards_and_the_finder_show_the_summary_and_signs_as_text(escaped_site):
    # (Related patterns are a compact list of titles: their text is checked with every link above.)
    for url in ("patterns/", "finder/"):
        soup = escaped_site.html(url)
        texts = {squash(p.get_text(" ")) for p in soup.find_all(["p", "li", "label"])}
        assert SUMMARY in texts, f"{url}: the summary as a card's text"
    finder = escaped_site.html("finder/")
    assert any(squash(label.get_text(" ")) == SIGN for label in finder.find_all("label")), "the sign as a label"
    index = escaped_site.html("patterns/")
    for element in index.find_all(attrs={"data-signs": True}):
        if SIGN.lower() in element["data-signs"]:
            break
    else:
        pytest.fail("the All patterns filter's data-signs holds the sign as text")


def test_the_raw_html_never_holds_the_unescaped_text(escaped_site):
    """Outside <script> (where JSON's own escaping applies), `<`, `&` and quotes are entities."""
    offenders = []
    for path in sorted(escaped_site.site.rglob("*.html")):
        html = re.sub(r"<script\b.*?</script>", "", path.read_text(encoding="utf-8"), flags=re.S | re.I)
        offenders += [f"{page_url(path, escaped_site.site)}: {raw!r}" for raw in RAW_FORMS if raw in html]
    assert not offenders, "\n".join(offenders)


def test_feeds_and_the_search_index_hold_the_text_itself(escaped_site):
    site = escaped_site.site
    found = 0
    search = site / "search.json"
    if search.exists():
        records = [r for r in json.loads(search.read_text(encoding="utf-8"))["patterns"] if r["url"].rstrip("/").endswith(SLUG)]
        assert len(records) == 1
        assert records[0]["title"] == TITLE and records[0]["summary"] == SUMMARY
        found += 1
    data = site / "patterns.json"
    if data.exists():
        text = data.read_text(encoding="utf-8")
        assert json.dumps(TITLE, ensure_ascii=False) in text or json.dumps(TITLE) in text
        assert json.dumps(SUMMARY, ensure_ascii=False) in text or json.dumps(SUMMARY) in text
        found += 1
    feed = site / "feed.xml"
    if feed.exists():
        titles = [e.text for e in ET.parse(feed).getroot().iter() if e.tag.endswith("}title")]
        assert TITLE in titles
        found += 1
    assert found, "no feed or search index was built to check"


def test_a_tag_in_a_title_never_reaches_a_non_strict_build(project):
    """A title with markup fails its checks; a non-strict build leaves the pattern out."""
    project.write_pattern("a-pattern-with-markup", pattern_text(title='<img src=x onerror="alert(1)"> pilots'))
    result = project.build(strict=False)
    assert result.returncode == 0, result.stderr
    assert "html-in-text" in result.stderr
    for path in project.site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json"):
            assert "onerror" not in path.read_text(encoding="utf-8"), path

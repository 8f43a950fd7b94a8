"""Sharing and search engines: meta description, canonical URL, Open Graph and Twitter
tags, JSON-LD on pattern pages, the sitemap with real dates, robots.txt and a 404 page
that leads back to All patterns from any depth."""

from __future__ import annotations

import gzip
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from stallpatterns.catalogue import Catalogue
from tests.site.conftest import Project, copy_project, pattern_text

# mkdocs.yml reads site_url from $SITE_URL when it is set.
SITE_URL = os.environ.get("SITE_URL") or "https://stallpatterns.github.io/stall-patterns/"
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
HAND_WRITTEN = ("", "finder/", "contact/", "authoring/")


def meta(html: BeautifulSoup, key: str) -> str | None:
    tag = html.find("meta", attrs={"property": key}) or html.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def json_ld(html: BeautifulSoup) -> list[dict]:
    return [json.loads(s.string) for s in html.find_all("script", type="application/ld+json")]


# --- pattern pages -----------------------------------------------------------------


def test_pattern_pages_have_description_canonical_and_sharing_tags(built_site: Project, catalogue: Catalogue) -> None:
    for pattern in catalogue:
        html = built_site.html(pattern.url)
        url = SITE_URL + pattern.url
        assert html.find("link", rel="canonical")["href"] == url
        assert meta(html, "description") == pattern.summary
        assert meta(html, "og:title") == pattern.title
        assert meta(html, "og:description") == pattern.summary
        assert meta(html, "og:url") == url
        assert meta(html, "og:type") == "article"
        assert meta(html, "og:site_name") == "Stall Patterns"
        assert meta(html, "og:locale") == "en_GB"
        assert meta(html, "twitter:card") == "summary_large_image"
        assert meta(html, "og:image") == SITE_URL + f"assets/cards/patterns/{pattern.slug}.png"
        assert pattern.title in meta(html, "og:image:alt")
        assert meta(html, "article:published_time") == pattern.published.isoformat()
        assert meta(html, "article:modified_time") == pattern.last_modified.isoformat()


def test_pattern_pages_describe_themselves_in_json_ld(built_site: Project, catalogue: Catalogue) -> None:
    for pattern in catalogue:
        [data] = json_ld(built_site.html(pattern.url))
        url = SITE_URL + pattern.url
        assert data["@context"] == "https://schema.org"
        article, breadcrumbs = data["@graph"]
        assert article["@type"] == "Article"
        assert article["headline"] == pattern.title
        assert article["description"] == pattern.summary
        assert article["datePublished"] == pattern.published.isoformat()
        assert article["dateModified"] == pattern.last_modified.isoformat()
        assert article["url"] == url
        assert article["articleSection"] == catalogue.category(pattern.category).label
        for role in ("author", "publisher"):
            assert article[role] == {"@type": "Organization", "name": "Stall Patterns", "url": SITE_URL}
        assert breadcrumbs["@type"] == "BreadcrumbList"
        assert [(i["position"], i["name"], i["item"]) for i in breadcrumbs["itemListElement"]] == [
            (1, "Home", SITE_URL),
            (2, "All patterns", SITE_URL + "patterns/"),
            (3, pattern.title, url),
        ]


@pytest.mark.parametrize("url_path", HAND_WRITTEN + ("patterns/",))
def test_other_pages_are_websites_without_article_data(built_site: Project, url_path: str) -> None:
    html = built_site.html(url_path)
    assert meta(html, "og:type") == "website"
    assert meta(html, "og:url") == SITE_URL + url_path
    assert html.find("link", rel="canonical")["href"] == SITE_URL + url_path
    assert meta(html, "og:locale") == "en_GB"
    assert meta(html, "twitter:card") == "summary_large_image"
    own = {"": "index", "patterns/": "patterns/index", "finder/": "finder"}.get(url_path, "index")
    assert meta(html, "og:image") == SITE_URL + f"assets/cards/{own}.png"
    assert meta(html, "og:image:alt")
    assert meta(html, "description")
    assert json_ld(html) == []
    if url_path == "":
        assert meta(html, "og:title") == "Stall Patterns"
        assert html.title.string == "Stall Patterns"


def test_head_loads_nothing_from_other_hosts(built_site: Project) -> None:
    """Absolute URLs in <head> are only our own site_url (canonical, og:url, JSON-LD ids)."""
    for path in built_site.site.rglob("*.html"):
        head = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").head
        for tag in head.find_all(["link", "script", "meta", "img"]):
            for attribute in ("href", "src", "content"):
                value = tag.get(attribute) or ""
                if urlsplit(value).scheme in ("http", "https") or value.startswith("//"):
                    assert value.startswith(SITE_URL), f"{path}: {tag}"


def test_json_ld_and_meta_escape_what_a_title_holds(tmp_path: Path) -> None:
    title = 'Ampersands & "quotes" when <5% of pilots ship'
    project = copy_project(tmp_path / "project")
    project.write_pattern("tricky-characters", pattern_text(title=f"'{title}'"))
    result = project.build()
    assert result.returncode == 0, result.stderr
    raw = (project.site / "patterns" / "tricky-characters" / "index.html").read_text(encoding="utf-8")
    html = BeautifulSoup(raw, "html.parser")
    [script] = html.find_all("script", type="application/ld+json")
    assert "<" not in script.string and "&" not in script.string
    published = title.replace('"quotes"', "“quotes”")  # typographic quotes, as on the page
    assert json.loads(script.string)["@graph"][0]["headline"] == published
    assert meta(html, "og:title") == published
    assert html.title.string == f"{published} — Stall Patterns"
    assert "<5%" not in raw, "a raw < from content reached the HTML"


# --- sitemap and robots.txt --------------------------------------------------------


@pytest.fixture(scope="module")
def sitemap(built_site: Project) -> dict[str, str | None]:
    root = ET.fromstring((built_site.site / "sitemap.xml").read_bytes())
    entries = {}
    for url in root.findall("s:url", SITEMAP_NS):
        lastmod = url.find("s:lastmod", SITEMAP_NS)
        entries[url.find("s:loc", SITEMAP_NS).text] = lastmod.text if lastmod is not None else None
    return entries


def test_sitemap_lists_every_page_once(sitemap: dict[str, str | None], built_site: Project, catalogue: Catalogue) -> None:
    expected = {SITE_URL + p for p in HAND_WRITTEN} | {SITE_URL + "patterns/"} | {SITE_URL + p.url for p in catalogue}
    assert set(sitemap) == expected
    for url in sitemap:
        assert (built_site.site / url.removeprefix(SITE_URL) / "index.html").is_file()


def test_sitemap_lastmod_is_the_date_the_content_changed(sitemap: dict[str, str | None], catalogue: Catalogue) -> None:
    for pattern in catalogue:
        assert sitemap[SITE_URL + pattern.url] == pattern.last_modified.isoformat()
    assert sitemap[SITE_URL + "patterns/"] == max(p.last_modified for p in catalogue).isoformat()
    # Hand-written pages have no trustworthy date: no lastmod rather than the build date.
    for url_path in HAND_WRITTEN:
        assert sitemap[SITE_URL + url_path] is None


def test_gzipped_sitemap_matches(built_site: Project) -> None:
    assert gzip.decompress((built_site.site / "sitemap.xml.gz").read_bytes()) == (built_site.site / "sitemap.xml").read_bytes()


def test_robots_txt_allows_everything_and_points_at_the_sitemap(built_site: Project) -> None:
    text = (built_site.site / "robots.txt").read_text(encoding="utf-8")
    assert text.splitlines() == ["User-agent: *", "Allow: /", "", f"Sitemap: {SITE_URL}sitemap.xml"]


# --- 404 ---------------------------------------------------------------------------


def check_not_found_page(project: Project, site_url: str) -> None:
    html = project.html("404.html")
    assert meta(html, "robots") == "noindex"
    assert html.find("link", rel="canonical") is None
    assert html.title.string.startswith("Page not found")
    links = {a.get_text(strip=True): a["href"] for a in html.find_all("a")}
    all_patterns = links["Browse all patterns"]
    # A server shows 404.html at whatever address was missing: links must not depend on it.
    root_path = urlsplit(site_url).path
    for missing in ("nope", "patterns/no-such-pattern/", "a/b/c/d/e.html"):
        page_url = urljoin(site_url, missing)
        assert urljoin(page_url, all_patterns) == site_url + "patterns/"
        for tag in html.find_all(["a", "link", "script"]):
            href = tag.get("href") or tag.get("src")
            if href is None or href.startswith("#"):
                continue  # an inline script, or the skip link to this page's own <main>
            target = urljoin(page_url, href)
            if urlsplit(target).netloc != urlsplit(site_url).netloc:
                continue  # the "Source on GitHub" link in the footer
            path = urlsplit(target).path
            assert path.startswith(root_path), (missing, href)
            local = project.site / path.removeprefix(root_path)
            assert local.is_file() or (local / "index.html").is_file(), (missing, href)


def test_not_found_page_leads_back_to_all_patterns(built_site: Project) -> None:
    check_not_found_page(built_site, SITE_URL)


def test_not_found_page_works_under_another_site_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(tmp_path / "project")
    monkeypatch.setenv("SITE_URL", "https://example.org/deep/catalogue/")  # mkdocs.yml: site_url: !ENV [SITE_URL, ...]
    result = project.build()
    assert result.returncode == 0, result.stderr
    check_not_found_page(project, "https://example.org/deep/catalogue/")


def test_without_a_site_address_pages_share_the_address_they_are_read_at(tmp_path: Path) -> None:
    # A site built without site_url has no canonical address: the Share button must take
    # the page's own (site.js does, when data-url is empty), never the text "None".
    project = copy_project(tmp_path / "project")
    config = project.root / "mkdocs.yml"
    config.write_text("\n".join(line for line in config.read_text(encoding="utf-8").splitlines() if not line.startswith("site_url:")) + "\n", encoding="utf-8")
    result = project.build(strict=False)  # strict builds refuse a missing site_url
    assert result.returncode == 0, result.stderr
    pattern = next(p for p in sorted((project.site / "patterns").glob("*/index.html")) if 'class="copy-link"' in p.read_text(encoding="utf-8"))
    html = BeautifulSoup(pattern.read_text(encoding="utf-8"), "html.parser")
    assert html.select_one(".copy-link")["data-url"] == ""
    assert "None" not in str(html.select_one(".print-url") or "")

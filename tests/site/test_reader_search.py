"""Site search in the header: lazy index, words from sections, keyboard, Escape."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from playwright.sync_api import expect

from tests.site.conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser


def section_only_word(built_site) -> tuple[str, str]:
    """A word found in exactly one pattern's sections and in no title, summary or sign."""
    entries = json.loads((built_site.site / "search.json").read_text(encoding="utf-8"))
    elsewhere = " ".join(
        li.get_text(" ") + " " + li["data-signs"] for li in built_site.html("patterns/").select("li.card")
    ).lower()
    counts = Counter(w for e in entries for w in set(re.findall(r"[a-z]{7,}", e["text"].lower())))
    for entry in entries:
        for word in sorted(set(re.findall(r"[a-z]{7,}", entry["text"].lower()))):
            if counts[word] == 1 and word not in elsewhere:
                return word, entry["title"]
    raise AssertionError("no word is unique to one pattern's sections")


def test_search_json_lists_every_pattern_with_its_section_text(built_site):
    entries = json.loads((built_site.site / "search.json").read_text(encoding="utf-8"))
    cards = built_site.html("patterns/").select("li.card")
    assert len(entries) == len(cards)
    for entry in entries:
        assert {"url", "title", "summary", "category", "text"} <= set(entry)
        assert entry["url"].startswith("patterns/") and not entry["url"].startswith("/")
        assert len(entry["text"]) > len(entry["summary"])


def test_a_first_page_view_does_not_download_the_search_index(page, site_url, built_site):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    slug = json.loads((built_site.site / "search.json").read_text(encoding="utf-8"))[0]["url"]
    page.goto(site_url + slug, wait_until="networkidle")
    assert requested and not [url for url in requested if "search.json" in url]
    # ...only on first use of the search field
    with page.expect_response(re.compile(r"/search\.json$")) as response:
        page.get_by_role("searchbox", name="Search patterns").focus()
    assert response.value.ok


def test_search_finds_a_pattern_by_a_word_in_its_sections(page, site_url, built_site, viewport):
    word, title = section_only_word(built_site)
    page.goto(site_url)
    page.get_by_role("searchbox", name="Search patterns").press_sequentially(word)
    results = page.locator("#site-search-results")
    expect(results).to_be_visible()
    hit = results.get_by_role("link")
    expect(hit).to_have_count(1)
    expect(hit.locator(".site-search__title")).to_have_text(title)
    expect(hit.locator(".site-search__snippet")).to_contain_text(re.compile(word, re.I))
    expect(page.locator("#site-search-status")).to_have_text("1 pattern found")
    screenshot(page, f"search-{viewport}-results")
    assert axe_violations(page) == []


def test_search_is_keyboard_operable_and_escape_closes_it(page, site_url, built_site):
    page.goto(site_url)
    field = page.get_by_role("searchbox", name="Search patterns")
    field.focus()
    page.keyboard.type("the")  # common enough to match several patterns
    results = page.locator("#site-search-results")
    links = results.get_by_role("link")
    expect(links.nth(1)).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(links.nth(0)).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(links.nth(1)).to_be_focused()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    expect(field).to_be_focused()
    page.keyboard.press("Escape")
    expect(results).to_be_hidden()
    expect(field).to_be_focused()
    expect(field).to_have_value("the")
    # Typing again reopens; Enter on a result follows it
    page.keyboard.type("m")
    expect(links.first).to_be_visible()
    page.keyboard.press("ArrowDown")
    title = links.first.locator(".site-search__title").inner_text()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_enter_in_the_field_opens_the_best_match(page, site_url, built_site):
    word, title = section_only_word(built_site)
    page.goto(site_url)
    field = page.get_by_role("searchbox", name="Search patterns")
    field.press_sequentially(word)
    expect(page.locator("#site-search-results").get_by_role("link")).to_have_count(1)
    field.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_no_results_are_announced_and_a_click_elsewhere_closes(page, site_url):
    page.goto(site_url)
    page.get_by_role("searchbox", name="Search patterns").press_sequentially("zzzqqx")
    expect(page.locator("#site-search-status")).to_have_text("No patterns found")
    expect(page.locator("#site-search-results")).to_contain_text("No pattern mentions “zzzqqx”.")
    page.get_by_role("heading", level=1).click()
    expect(page.locator("#site-search-results")).to_be_hidden()


def test_tabbing_past_the_results_closes_them(page, site_url):
    page.goto(site_url)
    page.get_by_role("searchbox", name="Search patterns").press_sequentially("board")
    results = page.locator("#site-search-results")
    expect(results.get_by_role("link").first).to_be_visible()
    links = results.get_by_role("link").count()
    for _ in range(links + 1):  # through every result, then out of the search form
        page.keyboard.press("Tab")
    assert page.evaluate("!document.querySelector('.site-search').contains(document.activeElement)")
    expect(results).to_be_hidden()

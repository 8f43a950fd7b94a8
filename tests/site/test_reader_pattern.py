"""The pattern page: dates and reading time, copy the link, related and previous/next."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from tests.site.conftest import guarded_context, screenshot

pytestmark = pytest.mark.browser


@pytest.fixture
def pattern_url(built_site) -> str:
    entries = json.loads((built_site.site / "search.json").read_text(encoding="utf-8"))["patterns"]
    return entries[0]["url"]


def test_copy_link_copies_the_canonical_url_and_says_so(page, site_url, built_site, pattern_url, viewport):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page.goto(site_url + pattern_url)
    canonical = built_site.html(pattern_url).select_one('link[rel="canonical"]')["href"]
    button = page.get_by_role("button", name="Copy link")
    expect(button).to_be_visible()
    status = page.locator(".copy-link [role=status]")
    expect(status).to_have_text("")
    # By keyboard: focus and press Enter
    button.focus()
    page.keyboard.press("Enter")
    expect(status).to_have_text("Link copied")
    expect(status).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == canonical
    screenshot(page, f"pattern-{viewport}-link-copied")


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_copy_link_keeps_the_section_the_reader_went_to(page, site_url, built_site, pattern_url):
    # It copied the page's address without the section: a reader who had followed a heading's
    # link, and whose address bar showed it, sent a colleague to the top of the page.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page.goto(site_url + pattern_url)
    canonical = built_site.html(pattern_url).select_one('link[rel="canonical"]')["href"]
    section = page.locator(".pattern__body h2").nth(1)
    part = section.get_attribute("id")
    section.hover()
    section.locator("a.anchor").click()
    expect(page).to_have_url(re.compile(f"#{part}$"))
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator(".copy-link [role=status]")).to_have_text("Link copied")
    assert page.evaluate("navigator.clipboard.readText()") == f"{canonical}#{part}"
    # Opened at a section's address, as a colleague opens the link.
    page.goto("about:blank")
    page.goto(f"{site_url}{pattern_url}#{part}")
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator(".copy-link [role=status]")).to_have_text("Link copied")
    assert page.evaluate("navigator.clipboard.readText()") == f"{canonical}#{part}"
    # Not '#main', where "Skip to content" leaves the address, nor a part the page lacks.
    for elsewhere in ("#main", "#no-such-part"):
        page.goto("about:blank")
        page.goto(f"{site_url}{pattern_url}{elsewhere}")
        page.get_by_role("button", name="Copy link").click()
        expect(page.locator(".copy-link [role=status]")).to_have_text("Link copied")
        assert page.evaluate("navigator.clipboard.readText()") == canonical, elsewhere


# Where the section's heading is, and how the page scrolls, when the page has loaded: before
# any frame is drawn after it, and before site.js's own handlers run.
AT_LOAD = """
window.addEventListener("load", () => {
  const heading = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  window.__atLoad = { top: heading ? heading.getBoundingClientRect().top : null, scrollY: window.scrollY };
}, { capture: true, once: true });
"""


@pytest.mark.parametrize("motion", ["no-preference", "reduce"])
def test_a_link_to_a_section_lands_on_it_at_once_and_clicks_on_the_page_scroll_smoothly(browser, site_url, built_site, pattern_url, motion):
    # With smooth scrolling on, the first jump to #section was an animation from the top of
    # the page: for a second the reader saw the title and wondered where the link had gone.
    part = built_site.html(pattern_url).select(".pattern__body h2")[-1]["id"]
    with guarded_context(browser, viewport={"width": 1280, "height": 800}, reduced_motion=motion) as context:
        tab = context.new_page()
        tab.add_init_script(AT_LOAD)
        tab.goto(f"{site_url}{pattern_url}#{part}")
        at_load = tab.evaluate("window.__atLoad")
        header = tab.locator(".site-header").evaluate("e => getComputedStyle(e).position === 'sticky' ? e.getBoundingClientRect().bottom : 0")
        assert at_load["scrollY"] > 0 and header - 1 <= at_load["top"] <= 800 / 2, at_load
        # Once there, a click on the page's own links scrolls smoothly, unless the reader asked for less motion.
        expected = "smooth" if motion == "no-preference" else "auto"
        tab.wait_for_function(f"getComputedStyle(document.documentElement).scrollBehavior === '{expected}'", timeout=5000)


def test_the_page_has_dates_reading_time_related_and_pager(page, site_url, catalogue):
    # A pattern whose previous or next is not already among its related patterns.
    with_pager = next(p for p in catalogue if any(catalogue.page_links(p)[1:]))
    page.goto(site_url + with_pager.url)
    header = page.locator(".pattern-header")
    expect(header.locator("time").first).to_have_attribute("datetime", re.compile(r"^\d{4}-\d{2}-\d{2}$"))
    expect(header).to_contain_text(re.compile(r"\d+ min read"))
    expect(page.locator("section.related .related__item a").first).to_be_visible()
    pager = page.get_by_role("navigation", name="Previous and next pattern")
    expect(pager).to_be_visible()
    # Heard with a pause between the label and the title ('Previous Nobody's name…' ran together).
    names = [link.evaluate("a => a.textContent") for link in pager.get_by_role("link").all()]
    assert names and all(re.match(r"^(Previous|Next): \S", name) for name in names), names


# Characters in each line of a paragraph of three lines or more: its length over its lines.
CHARACTERS_PER_LINE = """() => Array.from(document.querySelectorAll('.pattern__body p')).flatMap(p => {
  const range = document.createRange();
  range.selectNodeContents(p);
  const lines = new Set(Array.from(range.getClientRects(), box => Math.round(box.top))).size;
  return lines >= 3 ? [p.textContent.length / lines] : [];
})"""


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_the_reading_column_holds_about_sixty_to_seventy_characters_a_line(page, site_url, catalogue):
    measured: list[float] = []
    for pattern in list(catalogue)[:4]:
        page.goto(site_url + pattern.url)
        measured += page.evaluate(CHARACTERS_PER_LINE)
    measured.sort()
    median = measured[len(measured) // 2]
    # A paragraph's last line is short, so the average line of a paragraph is a little under its full lines.
    assert 58 <= median <= 70, f"{median:.1f} characters a line"

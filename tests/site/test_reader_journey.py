"""A reader's whole journey, in Debian's Chromium at phone (375×812) and desktop size.

Home → All patterns → filter to a category → type a word → open a pattern → reach the
call to action → follow a related pattern → back to All patterns. axe-core runs at each
stop, and a screenshot of each is saved in test-artifacts/screenshots/ to look at.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.site.conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser


def no_violations(tab) -> None:
    violations = axe_violations(tab)
    assert violations == [], f"axe-core on {tab.url}: {violations}"


def test_a_reader_finds_reads_and_returns(page, site_url, viewport, built_site):
    tab = page
    category = "governance"
    total = len(built_site.html("patterns/").select("li.card"))
    in_category = len(built_site.html("patterns/").select(f'li.card[data-category="{category}"]'))
    assert 0 < in_category < total

    # Home
    tab.goto(site_url)
    expect(tab.get_by_role("heading", level=1)).to_be_visible()
    screenshot(tab, f"journey-{viewport}-1-home")
    no_violations(tab)

    # All patterns, from the site navigation
    tab.get_by_role("navigation", name="Site").get_by_role("link", name="All patterns").click()
    expect(tab).to_have_url(re.compile(r"/patterns/$"))
    count = tab.locator("#count")
    expect(count).to_have_text(f"{total} patterns")
    expect(tab.locator("#count-status")).to_have_attribute("role", "status")  # where the count is told


    # Filter to a category: only its cards stay, other groups hide, the URL remembers
    tab.get_by_label("Category").select_option(category)
    expect(tab).to_have_url(re.compile(rf"\?category={category}$"))
    expect(count).to_have_text(f"Showing {in_category} of {total} patterns")
    expect(tab.locator("#count-status")).to_have_text(f"Showing {in_category} of {total} patterns")  # a choice is told at once
    visible = tab.locator("li.card:visible")
    expect(visible).to_have_count(in_category)
    assert set(visible.evaluate_all("cards => cards.map(c => c.dataset.category)")) == {category}
    expect(tab.locator("section.group:visible")).to_have_count(1)

    # Type a word from the first card's title: results update as you type
    first = visible.first.locator(".card__title a")
    title = first.inner_text()
    word = max(re.findall(r"[A-Za-z]+", title), key=len).lower()
    tab.get_by_label("Filter by words").press_sequentially(word)
    expect(tab).to_have_url(re.compile(rf"\?category={category}&q={word}$"))
    expect(tab.locator("li.card:visible .card__title a", has_text=title)).to_be_visible()
    searched = visible.evaluate_all("cards => cards.map(c => (c.textContent + ' ' + c.dataset.signs).toLowerCase())")
    assert searched and all(word in text for text in searched)
    expect(count).to_have_text(re.compile(rf"^Showing [1-9][0-9]* of {total} patterns$"))
    screenshot(tab, f"journey-{viewport}-2-filtered")
    no_violations(tab)

    # Open the pattern
    tab.locator("li.card:visible .card__title a", has_text=title).click()
    expect(tab.get_by_role("heading", level=1)).to_have_text(title)
    screenshot(tab, f"journey-{viewport}-3-pattern")
    no_violations(tab)

    # Reach the call to action: scroll to it, its first offer's button is on screen
    cta = tab.locator("section.cta")
    cta.scroll_into_view_if_needed()
    expect(cta.get_by_role("heading", level=2)).to_be_in_viewport()
    book = cta.get_by_role("link", name=re.compile("^Book a ")).first
    expect(book).to_be_visible()
    mail = urlsplit(book.get_attribute("href"))
    assert mail.scheme == "mailto"
    assert parse_qs(mail.query)["subject"] == ["AI Rollout Stall Diagnosis"]
    assert title in parse_qs(mail.query)["body"][0]

    # Follow a related pattern
    related = tab.locator("section.related .related__item a").first
    related_title = related.inner_text()
    related.click()
    expect(tab.get_by_role("heading", level=1)).to_have_text(related_title)
    screenshot(tab, f"journey-{viewport}-4-related")

    # Back to All patterns from the pattern page: the whole list again
    tab.get_by_role("link", name="← All patterns").click()
    expect(tab).to_have_url(re.compile(r"/patterns/$"))
    expect(count).to_have_text(f"{total} patterns")
    expect(tab.locator("li.card:visible")).to_have_count(total)

    # The browser's back button returns to the filtered view, restored from its URL
    for _ in range(3):  # the related pattern, the pattern, the filtered list
        tab.go_back()
    expect(tab).to_have_url(re.compile(rf"\?category={category}&q={word}$"))
    expect(tab.get_by_label("Category")).to_have_value(category)
    expect(tab.get_by_label("Filter by words")).to_have_value(word)
    expect(tab.locator("li.card:visible .card__title a", has_text=title)).to_be_visible()
    screenshot(tab, f"journey-{viewport}-5-back-to-filtered")

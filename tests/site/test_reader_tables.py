"""Tables a reader can read on any screen and on paper (issue 8, WCAG 2.2 AA): words and
figures stay whole in their cells; a table that fits, fits; one wider than the screen
scrolls sideways in its own region, which the keyboard reaches and a screen reader names,
never the page; on paper it takes the page's width. Real Chromium, measured."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.site.conftest import axe_violations, copy_project, guarded_context, pattern_text, serving, words_broken_in_tables
from tests.site.test_accessibility import use_scheme
from tests.site.test_html_valid import errors, nu_messages

pytestmark = pytest.mark.browser

# The audit's table: short words and figures beside a long notes column.
BUDGET = """

| Quarter | Spend | Owner | Notes |
| --- | --: | --- | --- |
| Q1 | £120,000 | Finance | The pilot ran in two teams, and the licences were bought for the whole department before anyone had agreed what the pilot should show |
| Q2 | £95,500 | Operations | Half the licences unused; the sponsor moved to another role and nobody took the budget over |
"""
# Twelve columns of short words and figures: wider than a phone, and than the text's measure.
WIDE = (
    "\n\n| " + " | ".join(["Quarter", "Team", "Seats", "Spend", "Savings", "Hours", "Errors", "Reviews", "Owner", "Status", "Region", "Risk"]) + " |\n"
    "|" + " --- |" * 12 + "\n"
    "| " + " | ".join(["Q1", "Claims", "240", "£120,000", "£45,250", "1,480", "32", "Weekly", "Finance", "Paused", "North", "Medium"]) + " |\n"
)
# An address written out in a cell: no word to keep whole, and longer than a phone is wide.
ADDRESS = "https://example.org/board-papers/2026/annual-review-of-the-ai-programme/appendix-b-spending-by-quarter.pdf"
SOURCES = f"""

| Source | Address |
| --- | --- |
| Annual review | {ADDRESS} |
"""
TABLES = BUDGET + WIDE + SOURCES
SLUG = "tables-for-every-reader"
REGIONS = """() => Array.from(document.querySelectorAll('.prose .table-scroll')).map((region) => ({
  scrolls: region.scrollWidth > region.clientWidth, right: region.getBoundingClientRect().right,
  label: region.getAttribute('aria-label'), tabindex: region.tabIndex}))"""
OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("tables") / "project")
    text = pattern_text("A pattern with tables in it").replace("written plainly.", "written plainly." + TABLES)
    project.write_pattern(SLUG, text)
    result = project.build()
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture(scope="module")
def site(built):
    with serving(built.site) as url:
        yield url


def test_a_page_with_tables_in_their_regions_is_valid_html(built):
    assert errors(nu_messages([built.site / "patterns" / SLUG / "index.html"])) == []


@pytest.mark.parametrize("width", [320, 390, 768, 1280])
def test_words_and_figures_in_a_table_stay_whole_at_every_width(browser, site, width):
    # The audit saw "Qu/art/er" and "£120,0/00" at 1280 px, beside a notes column that kept its room.
    with guarded_context(browser, viewport={"width": width, "height": 800}) as context:
        tab = context.new_page()
        tab.goto(f"{site}patterns/{SLUG}/")
        assert words_broken_in_tables(tab) == []
        assert tab.evaluate(OVERFLOW) <= 0, f"the page scrolls sideways at {width} px"


def test_a_table_that_fits_does_not_scroll_and_a_wide_one_scrolls_in_its_own_region(browser, site):
    with guarded_context(browser, viewport={"width": 1280, "height": 800}) as context:
        tab = context.new_page()
        tab.goto(f"{site}patterns/{SLUG}/")
        # The budget fits the text's measure; twelve columns do not, and scroll within it.
        assert [region["scrolls"] for region in tab.evaluate(REGIONS)] == [False, True, False]
        assert tab.evaluate(OVERFLOW) <= 0
    with guarded_context(browser, viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True) as context:
        tab = context.new_page()
        tab.goto(f"{site}patterns/{SLUG}/")
        regions = tab.evaluate(REGIONS)
        assert [region["scrolls"] for region in regions] == [True, True, False]
        assert all(region["right"] <= 320 for region in regions)
        assert tab.evaluate(OVERFLOW) <= 0


def test_a_wide_table_is_reached_named_and_scrolled_by_keyboard(browser, site):
    with guarded_context(browser, viewport={"width": 320, "height": 640}) as context:
        tab = context.new_page()
        tab.goto(f"{site}patterns/{SLUG}/")
        region = tab.get_by_role("region", name="Table: Quarter, Team, Seats, Spend, Savings, Hours, Errors, Reviews, Owner, Status, Region, Risk")
        expect(region).to_have_count(1)
        expect(tab.get_by_role("region", name="Table: Quarter, Spend, Owner, Notes")).to_have_count(1)
        region.scroll_into_view_if_needed()
        for _ in range(60):
            if region.evaluate("(el) => el === document.activeElement"):
                break
            tab.keyboard.press("Tab")
        expect(region).to_be_focused()
        ring = region.evaluate("(el) => { const s = getComputedStyle(el); return [s.outlineStyle, parseFloat(s.outlineWidth)]; }")
        assert ring[0] == "solid" and ring[1] >= 2, f"no visible focus ring: {ring}"
        tab.keyboard.press("ArrowRight")
        tab.keyboard.press("ArrowRight")
        tab.wait_for_function("(el) => el.scrollLeft > 0", arg=region.element_handle(), timeout=3000)
        assert tab.evaluate(OVERFLOW) <= 0


def test_a_wide_table_shows_that_it_goes_on_to_the_side_and_not_in_forced_colours(browser, site):
    with guarded_context(browser, viewport={"width": 320, "height": 640}) as context:
        tab = context.new_page()
        tab.goto(f"{site}patterns/{SLUG}/")
        region = tab.locator(".table-scroll").last
        images = region.evaluate("(el) => getComputedStyle(el).backgroundImage")
        assert images.count("radial-gradient") == 2, images  # the shadows at each edge
        assert region.evaluate("(el) => getComputedStyle(el).backgroundAttachment").split(", ") == ["local", "local", "scroll", "scroll"]
        tab.emulate_media(forced_colors="active")
        assert region.evaluate("(el) => getComputedStyle(el).backgroundImage") == "none"
        assert region.evaluate("(el) => getComputedStyle(el).borderLeftStyle") == "solid"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [320, 390, 1280])
def test_axe_finds_no_violations_on_a_page_with_tables(browser, site, width, scheme):
    with guarded_context(browser, viewport={"width": width, "height": 800}) as context:
        tab = context.new_page()
        tab.goto(f"{site}patterns/{SLUG}/")
        use_scheme(tab, scheme)
        assert axe_violations(tab) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_printed_table_fits_the_page_with_its_words_whole(browser, site, scheme):
    # A4 less the page's margins (16 mm each side) is 178 mm, 673 CSS pixels: no region
    # scrolls on paper, and even the twelve columns fit, in smaller type.
    with guarded_context(browser, viewport={"width": 1280, "height": 800}) as context:
        tab = context.new_page()
        tab.emulate_media(media="print", color_scheme=scheme)
        tab.set_viewport_size({"width": 673, "height": 1000})
        tab.goto(f"{site}patterns/{SLUG}/")
        assert words_broken_in_tables(tab) == []
        facts = tab.evaluate(
            """() => Array.from(document.querySelectorAll('.prose table')).map((table) => ({
                 right: table.getBoundingClientRect().right, overflow: getComputedStyle(table.parentElement).overflowX,
                 font: parseFloat(getComputedStyle(table).fontSize)}))"""
        )
        assert all(fact["right"] <= 673 for fact in facts), facts
        assert [fact["overflow"] for fact in facts] == ["visible"] * 3
        assert facts[1]["font"] < facts[0]["font"], "the twelve columns print smaller"
        assert tab.evaluate(OVERFLOW) <= 0
        pdf = tab.pdf(format="A4", print_background=False)
        assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize("media", ["screen", "print"])
def test_a_long_address_in_a_cell_breaks_as_a_last_resort_and_the_words_beside_it_do_not(browser, site, media):
    # The address would otherwise set its column's width: past a phone's screen, and past the
    # paper's edge, where nothing scrolls.
    with guarded_context(browser, viewport={"width": 320 if media == "screen" else 673, "height": 800}) as context:
        tab = context.new_page()
        tab.emulate_media(media=media)
        tab.goto(f"{site}patterns/{SLUG}/")
        table = tab.locator(".prose table").last
        assert words_broken_in_tables(tab) == []
        address = table.get_by_role("link").evaluate("(el) => el.getClientRects().length")
        assert address > 1, "the address breaks onto lines of its own"
        region = table.locator("xpath=..")
        assert region.evaluate("(el) => el.scrollWidth <= el.clientWidth"), "the address's table fits without scrolling"
        assert table.evaluate("(el) => el.getBoundingClientRect().right") <= (320 if media == "screen" else 673)

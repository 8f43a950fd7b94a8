"""WCAG 2.2 AA in a real browser: axe-core finds nothing on the home page, All patterns
and a pattern page, in both colour schemes the stylesheet offers (prefers-color-scheme
light and dark), at phone and desktop size; every control is reached by keyboard and
shows a visible focus; the skip link works."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from tests.site.conftest import axe_violations, open_search, screenshot

pytestmark = pytest.mark.browser

SCHEMES = ("light", "dark")


def key_pages(built_site) -> dict[str, str]:
    first_pattern = json.loads((built_site.site / "search.json").read_text(encoding="utf-8"))["patterns"][0]["url"]
    return {"home": "", "all-patterns": "patterns/", "pattern": first_pattern}


def use_scheme(tab, scheme: str) -> None:
    """Emulate prefers-color-scheme (what the `color_scheme` context option sets) and
    check the stylesheet really switched."""
    tab.emulate_media(color_scheme=scheme)
    background = tab.evaluate("getComputedStyle(document.body).backgroundColor")
    dark = sum(int(v) for v in background[background.index("(") + 1:-1].split(",")[:3]) < 3 * 128
    assert dark == (scheme == "dark"), f"{scheme} scheme did not apply: body background {background}"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("name", ["home", "all-patterns", "pattern"])
def test_axe_finds_no_violations(page, site_url, built_site, viewport, scheme, name):
    page.goto(site_url + key_pages(built_site)[name])
    use_scheme(page, scheme)
    screenshot(page, f"a11y-{name}-{viewport}-{scheme}")
    assert axe_violations(page) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_no_violations_in_the_interactive_states(page, site_url, built_site, viewport, scheme):
    pages = key_pages(built_site)
    # Search results open over the page
    page.goto(site_url + pages["pattern"])
    use_scheme(page, scheme)
    open_search(page).press_sequentially("board")
    expect(page.locator("#site-search-results").get_by_role("option").first).to_be_visible()
    page.keyboard.press("ArrowDown")  # a highlighted result, with its focus style
    screenshot(page, f"a11y-search-open-{viewport}-{scheme}")
    assert axe_violations(page) == []
    # A partial match (labelled) and no match at all (ways on)
    page.locator("#site-search-q").fill("board zzzqqx")
    expect(page.locator("#site-search-note")).to_be_visible()
    assert axe_violations(page) == []
    page.locator("#site-search-q").fill("zzzqqx")
    expect(page.locator("#site-search-ways")).to_be_visible()
    screenshot(page, f"a11y-search-open-{viewport}-{scheme}")
    assert axe_violations(page) == []
    # "Link copied" shown
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator(".copy-link [role=status]")).not_to_have_text("")
    assert axe_violations(page) == []
    # A filtered All patterns, and one with no matches
    page.goto(site_url + pages["all-patterns"] + "?category=governance&q=review")
    expect(page.locator("#count")).to_contain_text("Showing")
    assert axe_violations(page) == []
    page.get_by_label("Filter by words").fill("zzzqqx")
    expect(page.locator("#no-matches")).to_be_visible()
    assert axe_violations(page) == []


FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])"

# Does the focused element (or the card it sits in) draw a focus indicator?
HAS_FOCUS_STYLE = """el => {
  const shown = e => { const s = getComputedStyle(e); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; };
  return shown(el) || (el.closest('.card') !== null && shown(el.closest('.card')));
}"""


@pytest.mark.parametrize("name", ["home", "all-patterns", "pattern"])
def test_every_control_is_reached_by_tab_with_a_visible_focus(page, site_url, built_site, viewport, name):
    page.goto(site_url + key_pages(built_site)[name])
    expected = page.evaluate(
        """selector => Array.from(document.querySelectorAll(selector))
             .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
             .map((e, i) => { e.dataset.tabCheck = i; return i; })""",
        FOCUSABLE,
    )
    assert expected
    reached, missing_style = [], []
    for _ in range(len(expected) + 5):
        page.keyboard.press("Tab")
        focused = page.evaluate_handle("document.activeElement")
        index = focused.evaluate("e => e.dataset.tabCheck === undefined ? null : Number(e.dataset.tabCheck)")
        if index is None or index in reached:
            break
        reached.append(index)
        if not focused.evaluate(HAS_FOCUS_STYLE):
            missing_style.append(focused.evaluate("e => e.outerHTML.slice(0, 120)"))
    assert sorted(reached) == expected, "some controls are not reached by Tab"
    assert reached == sorted(reached), "tab order differs from reading order"
    assert missing_style == [], f"no visible focus on: {missing_style}"


def test_the_skip_link_is_first_visible_on_focus_and_moves_to_the_content(page, site_url, built_site):
    page.goto(site_url + key_pages(built_site)["pattern"])
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


@pytest.mark.parametrize("path", ["pattern", "authoring/"])
def test_a_headings_name_is_its_words_not_also_its_links(page, site_url, built_site, path):
    # The "#" link inside each heading was read as part of its name: a screen reader's list
    # of headings said "What it looks like Link to the section What it looks like".
    page.goto(site_url + key_pages(built_site).get(path, path))
    headings = page.locator(".prose :is(h2, h3):has(a.anchor)")
    assert headings.count() >= 3
    for heading in headings.all():
        words = heading.evaluate("(el) => [...el.childNodes].filter((n) => !(n.classList && n.classList.contains('anchor'))).map((n) => n.textContent).join('')")
        name = " ".join(words.split())
        expect(page.get_by_role("heading", name=name, exact=True)).to_have_count(1)
        expect(heading.locator("a.anchor")).to_have_accessible_name(f"Link to the section {name}")


# Has the element a visible edge (a border on at least three sides)?
HAS_EDGE = """el => ['Top', 'Right', 'Bottom', 'Left'].filter(side => {
  const s = getComputedStyle(el);
  return s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) >= 1;
}).length >= 3"""


@pytest.mark.parametrize("name", ["all-patterns", "pattern"])
def test_the_category_pills_keep_an_edge_in_forced_colours(page, site_url, built_site, name):
    # WCAG 1.4.11 under Windows High Contrast: a pill was its background only; forced colours
    # dropped it, leaving the category links as loose coloured words without an underline.
    page.emulate_media(forced_colors="active")
    page.goto(site_url + key_pages(built_site)[name])
    pills = page.locator("a.jump__link, a.tag")
    assert pills.count() >= 1
    for pill in pills.all():
        assert pill.evaluate(HAS_EDGE), pill.evaluate("e => e.outerHTML.slice(0, 120)")

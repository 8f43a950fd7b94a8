"""Titles first on a phone: the compact header, the first screen of home and All patterns,
no sideways scrolling, search from anywhere, related patterns and the pager, and the
contributor links in the footer. Real Chromium at 375×812 and 320 wide."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from stallpatterns.catalogue import load
from stallpatterns.settings import load_settings
from stallpatterns.signs import signs_of
from tests.site.conftest import ARTIFACTS, guarded_context, pattern_text, scrolling_ends, serving

pytestmark = pytest.mark.browser

PHONES = {"375": {"width": 375, "height": 812}, "320": {"width": 320, "height": 640}}
HEADER_MAX_PX = 72


@pytest.fixture(params=list(PHONES))
def phone(request, browser):
    with guarded_context(browser, viewport=PHONES[request.param], is_mobile=True, has_touch=True) as context:
        tab = context.new_page()
        tab.width = request.param  # type: ignore[attr-defined]
        yield tab


def key_pages(catalogue) -> dict[str, str]:
    return {"home": "", "all-patterns": "patterns/", "pattern": next(iter(catalogue)).url, "finder": "finder/"}


def view_shot(tab, name: str) -> None:
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(folder / f"{name}.png"))


@pytest.mark.parametrize("name", ["home", "all-patterns", "pattern", "finder"])
def test_the_phone_header_is_compact_and_nothing_scrolls_sideways(phone, site_url, catalogue, name):
    phone.goto(site_url + key_pages(catalogue)[name])
    height = phone.locator(".site-header").evaluate("e => e.getBoundingClientRect().height")
    assert height <= HEADER_MAX_PX, f"{name} at {phone.width} px: header {height} px tall"
    assert phone.evaluate("document.documentElement.scrollWidth") <= phone.viewport_size["width"], f"{name} scrolls sideways"
    # Every link of the reader's navigation is on screen, none wrapped onto a third row.
    for link in phone.get_by_role("navigation", name="Site").get_by_role("link").all():
        box = link.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= phone.viewport_size["width"] and box["y"] + box["height"] <= height
    view_shot(phone, f"layout-{phone.width}-{name}")


def test_a_title_with_a_word_longer_than_the_screen_breaks_it_and_no_page_scrolls_sideways(browser, project):
    # A long compound (German, in a quoted name) and a run of the widest letter, each
    # wider than a phone: on the pattern's page, home, All patterns and the patterns
    # beside it (whose pager names it), the word breaks and nothing scrolls sideways.
    project.write_pattern("long-words", pattern_text("The Informationssicherheitsmanagementsystem approval stalls", "governance"))
    project.write_pattern("wide-letters", pattern_text("W" * 60 + " stalls", "governance"))
    assert project.build().returncode == 0
    neighbours = [a["href"] for a in project.html("patterns/long-words/").select(".pager__link")]
    with serving(project.site) as url, guarded_context(browser, viewport=PHONES["320"], is_mobile=True, has_touch=True) as context:
        pages = [url, url + "patterns/", url + "patterns/long-words/", url + "patterns/wide-letters/"]
        pages += [urljoin(url + "patterns/long-words/", href) for href in neighbours]
        tab = context.new_page()
        for page_url in pages:
            assert tab.goto(page_url).ok
            assert tab.evaluate("document.documentElement.scrollWidth") <= 320, f"{page_url} scrolls sideways"


@pytest.mark.parametrize("name", ["home", "all-patterns"])
def test_the_first_screen_shows_a_pattern_title(browser, site_url, catalogue, name):
    with guarded_context(browser, viewport=PHONES["375"], is_mobile=True, has_touch=True) as context:
        phone = context.new_page()
        phone.goto(site_url + key_pages(catalogue)[name])
        first_screen_titles(phone, catalogue, name)


def first_screen_titles(phone, catalogue, name: str) -> None:
    titles = {p.title for p in catalogue}
    in_view = phone.evaluate(
        """titles => Array.from(document.querySelectorAll('main a[href]'))
             .filter(a => titles.includes(a.textContent.trim()))
             .filter(a => { const r = a.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; })
             .map(a => a.textContent.trim())""",
        sorted(titles),
    )
    assert in_view, f"no pattern title on the first screen of {name} at {phone.viewport_size}"


def test_search_is_reachable_from_the_foot_of_a_long_page(phone, site_url, catalogue):
    phone.goto(site_url + next(iter(catalogue)).url)
    phone.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    toggle = phone.get_by_role("button", name="Search")
    expect(toggle).to_be_in_viewport()
    toggle.click()
    field = phone.get_by_role("combobox", name="Search patterns")
    expect(field).to_be_focused()
    expect(field).to_be_in_viewport()
    field.press_sequentially("board")
    expect(phone.locator("#site-search-list [role=option]").first).to_be_in_viewport()
    view_shot(phone, f"layout-{phone.width}-search-from-the-foot")


def test_all_patterns_has_a_jump_link_to_every_category(built_site, catalogue):
    html = built_site.html("patterns/")
    jumps = html.select("nav.jump a")
    groups = catalogue.groups()
    assert [a["href"] for a in jumps] == [f"#{category.id}" for category, _ in groups]
    for a, (category, members) in zip(jumps, groups):
        # Heard whole: "Verification 2" said nothing of what the 2 counts.
        assert a.get_text(" ", strip=True) == f"{category.label} {len(members)} {'pattern' if len(members) == 1 else 'patterns'}"
        assert a.select_one(".jump__count").get_text(strip=True) == str(len(members))
        assert html.find(id=category.id) is not None


def test_the_home_page_leads_with_the_catalogue_by_category(built_site, catalogue):
    main = built_site.html("").find("main")
    intro = main.select_one(".home__intro")
    assert len(intro.get_text(" ", strip=True).split()) <= 80, "the introduction is short"
    groups = main.select(".home__group")
    assert [g.h3.get_text(strip=True) for g in groups] == [c.label for c, _ in catalogue.groups()]
    for group, (_, members) in zip(groups, catalogue.groups()):
        assert [a.get_text(strip=True) for a in group.select(".home__titles a")] == [p.title for p in members][:5]


def test_related_patterns_are_at_most_three_and_the_pager_never_repeats_them(built_site, catalogue):
    for pattern in catalogue:
        main = built_site.html(pattern.url).find("main")
        related = [a["href"] for a in main.select(".related a")]
        expected = catalogue.related(pattern)[:3]
        assert len(related) == len(expected) <= 3
        assert [h.rstrip("/").rsplit("/", 1)[-1] for h in related] == [p.slug for p in expected], pattern.slug
        assert not main.select(".related .card"), "a compact list, not cards"
        pager = [a["href"].rstrip("/").rsplit("/", 1)[-1] for a in main.select(".pager a")]
        assert not set(pager) & {p.slug for p in expected}, f"{pattern.slug}: the pager repeats a related pattern"


def test_the_reader_nav_is_three_pages_and_contributor_links_are_in_the_footer(built_site, catalogue):
    pattern = next(iter(catalogue))
    for path in ("", "patterns/", pattern.url, "finder/"):
        html = built_site.html(path)
        nav = [a.get_text(strip=True) for a in html.select("header nav[aria-label=Site] a")]
        assert nav == ["All patterns", "Stall finder", "Contact"], path
        main_text = html.find("main").get_text(" ", strip=True)
        assert "Write a pattern" not in main_text and "Suggest a change" not in main_text
        footer = html.select_one("footer .site-footer__contributors")
        assert footer.h2.get_text(strip=True) == "For contributors"
        links = [a.get_text(strip=True) for a in footer.select("a")]
        assert "Write a pattern" in links and "patterns.json" in links, path
    footer = built_site.html(pattern.url).select_one("footer .site-footer__contributors")
    edit = footer.find("a", string=re.compile("Suggest a change to this pattern"))
    assert edit is not None and edit["href"].endswith(f"patterns/{pattern.path.name}")


def test_a_jump_link_brings_its_category_heading_into_view_below_the_header(phone, site_url, catalogue):
    phone.emulate_media(reduced_motion="reduce")
    phone.goto(urljoin(site_url, "patterns/"))
    category, _ = catalogue.groups()[-1]
    phone.locator(f'nav.jump a[href="#{category.id}"]').click()
    heading = phone.locator(f"#{category.id}-heading")
    expect(heading).to_be_in_viewport()
    header_bottom = phone.locator(".site-header").evaluate("e => e.getBoundingClientRect().bottom")
    assert heading.bounding_box()["y"] >= header_bottom - 1, "the sticky header hides the heading"


@pytest.mark.parametrize("size", [(390, 844), (740, 360), (1280, 800)], ids=["phone", "phone-landscape", "desktop"])
def test_a_category_link_lands_on_its_heading_below_the_header_with_motion_allowed(browser, site_url, catalogue, size):
    # With smooth scrolling on, the scroll aimed at the cards' estimated heights (cards off
    # screen skip their layout), and stopped up to 206 px past the heading once they were
    # drawn: the reader saw the end of the section or the next one.
    width, height = size
    with guarded_context(browser, viewport={"width": width, "height": height}, reduced_motion="no-preference") as context:
        tab = context.new_page()
        missed = []
        for category, members in catalogue.groups():
            tab.goto(urljoin(site_url, members[0].url))
            tab.locator(f'.pattern-header a.tag[href$="#{category.id}"]').click()
            tab.wait_for_url(re.compile(f"#{category.id}$"))
            scrolling_ends(tab)
            top = tab.locator(f"#{category.id}-heading").evaluate("e => e.getBoundingClientRect().top")
            header = tab.locator(".site-header").evaluate("e => getComputedStyle(e).position === 'sticky' ? e.getBoundingClientRect().bottom : 0")
            if not header - 1 <= top <= height / 2:
                missed.append(f"{category.id}: heading at {top:.0f} px, header ends at {header:.0f} px")
        assert missed == []


ARABIC_TITLE = "لجنة AI لا تقرر أبدا"
ARABIC_SUMMARY = "لجنة AI تجتمع كل شهر ولا تتخذ قرارا أبدا بشأن الذكاء الاصطناعي في المؤسسة."


def ai_before_first_word(tab, selector: str) -> bool:
    """Whether, in the element ``selector`` holding the Arabic title or summary, the "AI"
    after its first word is drawn to that word's left, as a right-to-left line has it."""
    first, second = tab.evaluate(
        """(selector) => {
          const element = Array.from(document.querySelectorAll(selector)).find((e) => e.textContent.includes('لجنة AI '));
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          let node = walker.nextNode();
          while (!node.data.includes(' AI ')) node = walker.nextNode();
          const left = (start, end) => { const r = document.createRange(); r.setStart(node, start); r.setEnd(node, end); return r.getBoundingClientRect().left; };
          const at = node.data.indexOf(' AI ');
          return [left(node.data.lastIndexOf(' ', at - 1) + 1, at), left(at + 1, at + 3)];
        }""",
        selector,
    )
    return second < first


def test_a_title_in_a_right_to_left_script_keeps_its_words_in_order(browser, project):
    # An Arabic title with a Latin word in it ("AI"), on an English page: set left to right,
    # its first word came first from the left, so a reader going right to left read it last.
    # Each of a pattern's own lines takes its direction from its first letter, as GitHub's
    # preview does (dir="auto"): the word after the first is drawn to its left.
    text = re.sub(r"(?m)^summary: .*$", lambda _: f"summary: {ARABIC_SUMMARY}", pattern_text(ARABIC_TITLE, "governance"), count=1)
    project.write_pattern("arabic-title", text)
    result = project.build()
    assert result.returncode == 0, result.stderr
    arabic = next(p for p in load(load_settings(project.config_file)).catalogue if p.slug == "arabic-title")
    ticked = signs_of([arabic])[arabic.slug][0].id
    places = {
        "": [".home__titles a"],
        "patterns/": [".card__title a", ".card__summary"],
        "patterns/arabic-title/": ["h1", ".lede"],
        # The finder's best match, in its card and in the phone's bar ("Best match: …").
        f"finder/?s={ticked}": [".match__title", "#finder-bar-text"],
    }
    with serving(project.site) as url, guarded_context(browser, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True) as context:
        tab = context.new_page()
        for path, selectors in places.items():
            tab.goto(url + path)
            for selector in selectors:
                assert ai_before_first_word(tab, selector), f"{path or 'home'} {selector}: 'AI' is drawn after the first word, left to right"

"""The stall finder (/finder/) in a real browser: ticking signs ranks the patterns, the
address keeps the selection, nothing leaves the page, and without JavaScript the page is
a printable checklist whose signs link to their patterns. Expectations come from the
catalogue itself (the core, not the HTML), so they hold as patterns are added."""

from __future__ import annotations

import re
from fractions import Fraction
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import expect

from stallpatterns.catalogue import Catalogue, load
from stallpatterns.pattern import Pattern
from stallpatterns.settings import load_settings
from stallpatterns.signs import signs_of

from .conftest import (
    ARTIFACTS,
    VIEWPORTS,
    Project,
    axe_violations,
    guarded_context,
    open_search,
    pattern_text,
    screenshot,
    serving,
)

TOP = 3


def page_order(catalogue: Catalogue) -> list[Pattern]:
    """Patterns in the order their signs appear on the finder (category by category)."""
    return [pattern for _, members in catalogue.groups() for pattern in members]


def sign_ids(pattern: Pattern) -> list[str]:
    """The stable ids of a pattern's signs, as the core makes them."""
    return [sign.id for sign in signs_of([pattern])[pattern.slug]]


def legacy_ids(pattern: Pattern) -> list[str]:
    return [f"{pattern.slug}-{n}" for n in range(1, len(pattern.signs) + 1)]


def expected_ranking(catalogue: Catalogue, ticked_ids: set[str]) -> list[str]:
    """The rule the page states: the number of a pattern's signs ticked, most first; ties
    go to the larger share of its signs, then to catalogue order."""
    scored = []
    for order, pattern in enumerate(catalogue):
        ticked = sum(1 for sign_id in sign_ids(pattern) if sign_id in ticked_ids)
        if ticked:
            scored.append((-ticked, -Fraction(ticked, len(pattern.signs)), order, pattern.slug))
    return [slug for *_, slug in sorted(scored)]


def shown_matches(tab) -> list[str]:
    return tab.eval_on_selector_all("#finder-matches > li:not([hidden])", "els => els.map(e => e.dataset.pattern)")


def reveal(tab, sign_id: str):
    """Bring a sign on screen as a reader would: open its category ("Where does it feel
    stuck?"), then page through that category's signs until it shows."""
    box = tab.locator(f"#sign-{sign_id}")
    if box.is_visible():
        return box
    category = box.evaluate("b => b.closest('fieldset').dataset.category")
    button = tab.locator(f'.finder__category[data-category="{category}"]')
    if button.get_attribute("aria-expanded") != "true":
        button.click()
    for direction in ("prev", "next"):
        turn = tab.locator(f"#signs-{category} .finder__page--{direction}")
        while not box.is_visible() and turn.is_visible():
            turn.click()
    assert box.is_visible(), sign_id
    return box


def tick(tab, sign_id: str) -> None:
    reveal(tab, sign_id).check()


def checked_ids(tab) -> list[str]:
    return tab.eval_on_selector_all("#finder-form input[name=s]:checked", "els => els.map(e => e.value)")


def in_viewport(tab, selector: str) -> bool:
    box = tab.locator(selector).bounding_box()
    size = tab.viewport_size
    assert box is not None, f"{selector} is not displayed"
    return box["y"] >= 0 and box["x"] >= 0 and box["y"] + box["height"] <= size["height"] and box["x"] + box["width"] <= size["width"]


def viewport_screenshot(tab, name: str) -> None:
    """What the reader sees without scrolling (screenshot() saves the full page)."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(folder / f"{name}.png"))


def finder(tab, site_url: str, query: str = ""):
    tab.emulate_media(reduced_motion="reduce")
    tab.goto(urljoin(site_url, "finder/") + query)
    return tab


@pytest.fixture
def no_js_tab(browser, site_url: str):
    """The finder with JavaScript off, on a desktop viewport; fails on requests to other hosts."""
    with guarded_context(browser, viewport=VIEWPORTS["desktop"], java_script_enabled=False) as context:
        tab = context.new_page()
        tab.goto(urljoin(site_url, "finder/"))
        yield tab


# --- Without JavaScript: a printable checklist --------------------------------------


def test_without_javascript_every_sign_of_every_pattern_is_listed_with_a_link_to_its_pattern(no_js_tab, site_url, catalogue):
    expected = [
        (sign, urljoin(site_url, pattern.url), category.label)
        for category, members in catalogue.groups()
        for pattern in members
        for sign in pattern.signs
    ]
    listed = no_js_tab.eval_on_selector_all(
        ".sign",
        """els => els.map(li => [
            li.querySelector('label').textContent.trim(),
            li.querySelector('a.sign__pattern').href,
            li.closest('fieldset').querySelector('legend').textContent.trim(),
            li.querySelector('a.sign__pattern').checkVisibility(),
            li.querySelector('input[type=checkbox]').checkVisibility()])""",
    )
    assert [tuple(row[:3]) for row in listed] == expected
    assert all(link_visible and box_visible for *_, link_visible, box_visible in listed)
    # The ranking needs JavaScript, so without it the panel is not shown at all; the page
    # still leads on to the offers, and promises no ranking (it ended at the last sign).
    assert not no_js_tab.locator("#finder-results").is_visible()
    guide = no_js_tab.locator(".finder__nojs")
    expect(guide).to_be_visible()
    expect(guide.get_by_role("link", name="contact page")).to_have_attribute("href", re.compile(r"contact/$"))
    expect(no_js_tab.locator(".finder__header")).not_to_contain_text("rise to the top")
    screenshot(no_js_tab, "finder-desktop-no-javascript")


def test_the_printed_checklist_keeps_signs_and_pattern_names_and_drops_the_page_chrome(no_js_tab):
    no_js_tab.emulate_media(media="print")
    assert no_js_tab.locator(".sign").first.is_visible()
    assert no_js_tab.locator(".sign__pattern").first.is_visible()
    for hidden in (".site-header", ".site-footer", "#finder-results", ".finder__nojs"):
        assert not no_js_tab.locator(hidden).is_visible(), hidden
    screenshot(no_js_tab, "finder-print")


def test_each_category_is_a_fieldset_with_a_legend_and_each_sign_a_labelled_checkbox(no_js_tab, catalogue):
    legends = no_js_tab.eval_on_selector_all("form#finder-form fieldset > legend", "els => els.map(e => e.textContent.trim())")
    assert legends == [category.label for category, _ in catalogue.groups()]
    unlabelled = no_js_tab.eval_on_selector_all(
        "#finder-form input[type=checkbox]", "els => els.filter(e => e.labels.length !== 1 || !e.labels[0].textContent.trim()).length"
    )
    assert unlabelled == 0


# --- With JavaScript: ranking, the address, privacy ------------------------------------


def test_ticking_three_signs_of_a_pattern_ranks_it_first_with_the_next_step_in_view(page, site_url, viewport, catalogue):
    """The done-when of issue 6, as a reader would do it: on a phone and on a desktop."""
    target = page_order(catalogue)[len(catalogue) // 2]  # mid-page: the reader has to scroll
    tab = finder(page, site_url)
    for sign_id in sign_ids(target)[:3]:
        tick(tab, sign_id)

    assert shown_matches(tab)[0] == target.slug
    assert tab.locator("#finder-status").text_content().startswith("3 signs ticked")
    assert target.title in tab.locator("#finder-status").text_content()
    best = "#finder-matches > li:not([hidden]) >> nth=0"
    assert tab.locator(best).locator(".match__summary").text_content().strip() == target.summary
    assert tab.locator(best).locator("a").get_attribute("href").endswith(f"patterns/{target.slug}/")

    if viewport == "desktop":
        # The results column sits beside the checklist: no scrolling to see the answer.
        assert in_viewport(tab, best), "the top result is not in view after ticking"
        assert in_viewport(tab, ".finder__offer .button >> nth=0"), "the first offer's button is not in view"
        screenshot(tab, "finder-desktop-ticked")
        viewport_screenshot(tab, "finder-desktop-ticked-in-view")
    else:
        # On a phone, a bar at the foot of the screen names the best match and jumps to the results.
        assert in_viewport(tab, "#finder-bar")
        assert target.title in tab.locator("#finder-bar").text_content()
        screenshot(tab, "finder-phone-ticked")
        tab.locator("#finder-bar a").click()
        assert in_viewport(tab, best)
        viewport_screenshot(tab, "finder-phone-results-in-view")


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_the_next_step_is_in_view_wherever_the_ticked_pattern_is_on_the_page(page, site_url, catalogue):
    # With a full list of matches (three cards), at the top of the page and at the bottom.
    ordered = page_order(catalogue)
    for target, others in ((ordered[0], ordered[1:3]), (ordered[-1], ordered[-3:-1])):
        tab = finder(page, site_url)
        for sign_id in sign_ids(target)[:3] + [sign_ids(other)[0] for other in others]:
            tick(tab, sign_id)
        assert shown_matches(tab)[0] == target.slug and len(shown_matches(tab)) == TOP
        assert in_viewport(tab, "#finder-matches > li:not([hidden]) >> nth=0"), target.slug
        assert in_viewport(tab, ".finder__offer .button >> nth=0"), target.slug


def test_the_ranking_follows_the_rule_the_page_states(page, site_url, catalogue):
    tab = finder(page, site_url)
    rule = " ".join(tab.locator(".finder__rule").text_content().split())
    assert "ranked by the number of their signs you ticked" in rule and "larger share of its signs comes first" in rule
    # A spread of selections: one sign here, most signs there, so shares and counts disagree.
    ticked: set[str] = set()
    for index, pattern in enumerate(page_order(catalogue)):
        for sign_id in sign_ids(pattern)[: index % 4]:
            tick(tab, sign_id)
            ticked.add(sign_id)
        assert shown_matches(tab) == expected_ranking(catalogue, ticked)[:TOP]
    counts = tab.eval_on_selector_all("#finder-matches > li:not([hidden]) .match__ticked", "els => els.map(e => e.textContent)")
    by_slug = {p.slug: p for p in catalogue}
    assert counts == [str(sum(1 for s in sign_ids(by_slug[slug]) if s in ticked)) for slug in shown_matches(tab)]


NETWORK_SPY = """
window.__network = [];
for (const [owner, name] of [[window, 'fetch'], [navigator, 'sendBeacon'], [XMLHttpRequest.prototype, 'open']]) {
  const original = owner[name];
  owner[name] = function (...args) { window.__network.push(name + ' ' + String(args[1] ?? args[0])); return original.apply(this, args); };
}
for (const name of ['WebSocket', 'EventSource']) {
  const Original = window[name];
  window[name] = function (...args) { window.__network.push(name + ' ' + args[0]); return new Original(...args); };
}
"""


def test_ticking_sends_nothing_anywhere(page, site_url, catalogue):
    page.add_init_script(NETWORK_SPY)
    tab = finder(page, site_url)
    requests = []
    tab.on("request", lambda request: requests.append(request))
    target = page_order(catalogue)[0]
    ids = sign_ids(target)
    for sign_id in ids:
        tick(tab, sign_id)
    reveal(tab, ids[0]).uncheck()
    tab.locator("#finder-clear").click()

    assert tab.evaluate("window.__network") == [], "the finder called a network API"
    # Chromium re-requests the favicon whenever the address changes (replaceState). That
    # request is the only one allowed, and it must not carry the ticks: the page sets
    # <meta name="referrer" content="no-referrer">, so no Referer reveals ?s=...
    assert [r.url for r in requests if not r.url.endswith("/assets/favicon.svg")] == []
    for request in requests:
        sent = request.url + " " + " ".join(request.headers.values())
        assert not any(sign_id in sent for sign_id in ids), sent


def test_following_a_match_does_not_pass_the_ticks_on_as_a_referer(page, site_url, catalogue):
    target = page_order(catalogue)[0]
    tab = finder(page, site_url)
    tick(tab, sign_ids(target)[0])
    with tab.expect_request(f"**/patterns/{target.slug}/") as followed:
        tab.locator("#finder-matches > li:not([hidden]) a").first.click()
    assert "referer" not in followed.value.headers


def test_the_address_keeps_the_selection_and_restores_the_ranking(page, site_url, catalogue):
    ordered = page_order(catalogue)
    chosen = sign_ids(ordered[-1])[:2] + sign_ids(ordered[1])[:1]
    tab = finder(page, site_url)
    for sign_id in chosen:
        tick(tab, sign_id)
    ranking = shown_matches(tab)
    shared = tab.url
    query = shared.split("?", 1)[1]
    assert query.startswith("s=") and sorted(query.removeprefix("s=").split(",")) == sorted(chosen)

    tab.goto(urljoin(site_url, "finder/"))  # a fresh visit has nothing ticked
    assert checked_ids(tab) == [] and shown_matches(tab) == []

    tab.goto(shared)  # the colleague opens the link
    assert sorted(checked_ids(tab)) == sorted(chosen)
    assert shown_matches(tab) == ranking == expected_ranking(catalogue, set(chosen))[:TOP]

    tab.locator("#finder-clear").click()
    assert "?" not in tab.url and checked_ids(tab) == []


def test_unknown_sign_ids_in_the_address_are_ignored(page, site_url, catalogue):
    known = sign_ids(page_order(catalogue)[0])[0]
    tab = finder(page, site_url, f"?s=not-a-sign-9,{known},<script>")
    assert checked_ids(tab) == [known]


def test_the_result_count_is_announced_politely(page, site_url, catalogue):
    tab = finder(page, site_url)
    status = tab.locator("#finder-status")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    first, second = page_order(catalogue)[:2]
    tick(tab, sign_ids(first)[0])
    tick(tab, sign_ids(second)[0])
    assert status.text_content().startswith("2 signs ticked, 2 patterns match.")


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_the_finder_works_from_the_keyboard_with_visible_focus(page, site_url, catalogue):
    tab = finder(page, site_url)
    for _ in range(40):
        tab.keyboard.press("Tab")
        if tab.evaluate("document.activeElement.matches('.finder__category')"):
            break
    else:
        pytest.fail("Tab never reached the first category")
    tab.keyboard.press("Enter")  # opens the category and moves to its first sign
    assert tab.evaluate("document.activeElement.matches('#finder-form input[type=checkbox]')")
    focused = tab.evaluate(
        "({slug: document.activeElement.dataset.pattern, outline: getComputedStyle(document.activeElement).outlineStyle})"
    )
    assert focused["outline"] not in ("none", "")
    tab.keyboard.press("Space")
    slug = focused["slug"]
    assert shown_matches(tab) == [slug]
    link = tab.locator("#finder-matches > li:not([hidden]) a").first
    link.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_url(f"**/patterns/{slug}/")


def _luminance(colour: str) -> float:
    red, green, blue = (int(part) / 255 for part in re.findall(r"\d+", colour)[:3])
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("percent", [100, 200])
def test_the_phones_result_bar_shows_the_best_matchs_words_with_text_enlarged(browser, site_url, catalogue, percent):
    # WCAG 1.4.4: at 320 px with text at 200%, the link kept its line and the best match's
    # words had the rest, cut to "B…". They wrap now, above the link when there is no room.
    with guarded_context(browser, viewport={"width": 320, "height": 568}, is_mobile=True, has_touch=True) as context:
        tab = finder(context.new_page(), site_url)
        tab.evaluate("(percent) => { document.documentElement.style.fontSize = percent + '%'; }", percent)
        tick(tab, sign_ids(page_order(catalogue)[0])[0])
        words = tab.locator("#finder-bar-text")
        expect(words).to_contain_text("Best match")
        width, letter, lines = words.evaluate(
            "(el) => [el.clientWidth, parseFloat(getComputedStyle(el).fontSize), Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight))]"
        )
        assert width >= 9.5 * letter, f"the best match's words have {width} px, {width / letter:.1f} em"
        assert 1 <= lines <= 2, f"the words take {lines} lines of the bar"
        expect(tab.locator("#finder-bar a")).to_be_visible()


@pytest.mark.parametrize(
    ("width", "height", "percent"),
    [(240, 493, 100), (275, 610, 100), (360, 740, 150), (360, 740, 200), (412, 915, 175)],  # a phone at 150% zoom, or text enlarged
)
def test_a_sign_focused_from_the_keyboard_is_never_hidden_under_the_result_bar(browser, site_url, catalogue, width, height, percent):
    # WCAG 2.4.11: the bar wraps onto three rows at 150% zoom or with larger text (103 to 206
    # px), where 72 px were kept clear below focus: a reader tabbing down the signs pressed
    # Space on a sign the bar covered whole (a readers' round found 11 of 70 presses).
    with guarded_context(browser, viewport={"width": width, "height": height}, is_mobile=True, has_touch=True) as context:
        tab = finder(context.new_page(), site_url)
        tab.evaluate("(percent) => { document.documentElement.style.fontSize = percent + '%'; }", percent)
        first = page_order(catalogue)[0]
        tick(tab, sign_ids(first)[0])
        expect(tab.locator("#finder-bar")).to_be_visible()
        tab.locator(f"#finder-form input[value='{sign_ids(first)[0]}']").focus()
        hidden = []
        for _ in range(len(first.signs) + 6):
            tab.keyboard.press("Tab")
            covered = tab.evaluate(
                """() => {
                    const el = document.activeElement, bar = document.getElementById('finder-bar');
                    if (!el || !el.matches('#finder-form input') || bar.hidden || getComputedStyle(bar).position !== 'sticky') return null;
                    const a = el.getBoundingClientRect(), b = bar.getBoundingClientRect();
                    return a.top >= b.top && a.bottom <= b.bottom ? el.value : null;
                }"""
            )
            if covered:
                hidden.append(covered)
        assert hidden == [], f"under the bar when focused: {hidden}"


def test_the_search_results_end_inside_the_screen_at_150_percent_zoom_on_a_phone(browser, site_url):
    # The panel was 70% of the screen's height below the sticky header: at 240 x 493 its
    # last result ran 14 px past the foot of the screen, where no scrolling reaches.
    with guarded_context(browser, viewport={"width": 240, "height": 493}, is_mobile=True, has_touch=True) as context:
        tab = context.new_page()
        tab.goto(urljoin(site_url, "patterns/"))
        open_search(tab).fill("board")
        panel = tab.locator("#site-search-results")
        expect(panel).to_be_visible()
        bottom = panel.evaluate("el => el.getBoundingClientRect().bottom")
        assert bottom <= 493, f"the results end at {bottom} px on a screen of 493"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_focus_ring_on_the_phones_result_bar_stands_out_from_the_bar(browser, site_url, catalogue, scheme):
    # WCAG 1.4.11: the ring was the page's focus colour, 1.04:1 (dark) and 2.2:1 (light)
    # against the bar's own colour.
    with guarded_context(browser, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, color_scheme=scheme) as context:
        tab = finder(context.new_page(), site_url)
        tick(tab, sign_ids(page_order(catalogue)[0])[0])
        link = tab.locator(".finder__bar a")
        expect(link).to_be_visible()
        link.focus()
        tab.keyboard.press("Shift")  # as a keyboard user reaches it: the ring is :focus-visible's
        colours = link.evaluate("""(el) => [getComputedStyle(el).outlineColor,
            getComputedStyle(el.closest('.finder__bar')).backgroundColor, getComputedStyle(el).outlineStyle]""")
        assert colours[2] != "none"
        ring, bar = sorted((_luminance(colours[0]), _luminance(colours[1])))
        assert (bar + 0.05) / (ring + 0.05) >= 3, colours


def test_the_result_bars_best_match_is_told_whole_at_400_percent_zoom(browser, site_url, catalogue):
    # 1280 x 800 at 400%: a 320 x 200 page, where the bar scrolls with the page (it would
    # cover half the screen). Still cut to two lines, the best match's title ended in "…".
    with guarded_context(browser, viewport={"width": 320, "height": 200}, device_scale_factor=4) as context:
        tab = finder(context.new_page(), site_url)
        tick(tab, sign_ids(page_order(catalogue)[0])[0])
        words = tab.locator("#finder-bar-text")
        expect(words).to_contain_text(page_order(catalogue)[0].title)
        shown, whole = words.evaluate("el => [el.clientHeight, el.scrollHeight]")
        assert whole <= shown, f"the best match shows {shown} of its {whole} px"


def test_the_phones_result_bar_keeps_its_edge_in_forced_colours(browser, site_url, catalogue):
    # Windows High Contrast drops the bar's colour: the sticky bar and the page scrolling
    # under it ran together with nothing to tell where one ended.
    with guarded_context(browser, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True) as context:
        tab = context.new_page()
        tab.emulate_media(forced_colors="active")
        tab = finder(tab, site_url)
        tick(tab, sign_ids(page_order(catalogue)[0])[0])
        bar = tab.locator(".finder__bar")
        expect(bar).to_be_visible()
        style, width = bar.evaluate("el => [getComputedStyle(el).borderTopStyle, parseFloat(getComputedStyle(el).borderTopWidth)]")
        assert style != "none" and width >= 1


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations(page, site_url, viewport, scheme, catalogue):
    page.emulate_media(color_scheme=scheme)
    tab = finder(page, site_url)
    target = page_order(catalogue)[2]
    for sign_id in sign_ids(target)[:3]:
        tick(tab, sign_id)
    tick(tab, sign_ids(page_order(catalogue)[0])[0])
    tab.evaluate("window.scrollTo(0, 0)")
    assert axe_violations(tab) == []
    screenshot(tab, f"finder-{viewport}-{scheme}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_in_the_checklist_without_the_finder_script(browser, site_url, scheme):
    # axe needs JavaScript to run, so this page keeps it on but never loads the site's own
    # scripts: what a reader without JavaScript (or whose download failed) gets.
    context = browser.new_context(viewport=VIEWPORTS["desktop"], color_scheme=scheme)
    context.route("**/*", lambda route: route.abort() if urlsplit(route.request.url).path.endswith(".js") or not route.request.url.startswith("http://127.0.0.1") else route.continue_())
    try:
        tab = context.new_page()
        tab.goto(urljoin(site_url, "finder/"))
        assert not tab.locator("#finder-results").is_visible() and tab.locator(".sign__pattern").first.is_visible()
        assert axe_violations(tab) == []
        screenshot(tab, f"finder-desktop-no-script-{scheme}")
    finally:
        context.close()


# --- Built from the data ----------------------------------------------------------------


def test_a_new_pattern_appears_in_the_finder_with_no_other_change(project: Project):
    project.write_pattern("a-pattern-added-by-a-test", pattern_text(title="A pattern added by the finder test"))
    result = project.build()
    assert result.returncode == 0, result.stderr
    html = project.html("finder/")
    added = load(load_settings(project.config_file), include_drafts=False).catalogue.get("a-pattern-added-by-a-test")
    assert added is not None
    for n, (sign, sign_id) in enumerate(zip(added.signs, sign_ids(added), strict=True), start=1):
        box = html.find("input", id=f"sign-{sign_id}")
        assert box is not None and box["value"] == sign_id and box["data-legacy"] == f"a-pattern-added-by-a-test-{n}"
        assert box["data-pattern"] == "a-pattern-added-by-a-test"
        item = box.find_parent("li")
        assert item.label.get_text(strip=True) == sign
        assert item.find("a", class_="sign__pattern")["href"] == "../patterns/a-pattern-added-by-a-test/"
        assert item.find_parent("fieldset").legend.get_text(strip=True) == "Workflow"
    assert html.select_one('#finder-matches li[data-pattern="a-pattern-added-by-a-test"]') is not None


def test_printed_values_are_escaped(project: Project):
    # Authors may write '<', '&' and quotes (tags are refused by the checks); the page
    # must show them as written, in the checklist and in the result card.
    title = 'Approvals "pending" & queues < 2 weeks'
    sign = "Tickets say &lt;b&gt; & \"wait\" while queues < 2 weeks"
    # Both are valid YAML plain scalars as written.
    text = re.sub(r"(?m)^  - The first observable sign.*$", lambda _: f"  - {sign}", pattern_text(title=title), count=1)
    project.write_pattern("characters-in-the-signs", text)
    result = project.build()
    assert result.returncode == 0, result.stderr
    html = project.html("finder/")
    box = html.find("input", attrs={"data-legacy": "characters-in-the-signs-1"})
    # As written, with typographic quotes.
    assert html.find("label", attrs={"for": box["id"]}).get_text() == sign.replace('"wait"', "“wait”")
    card = html.select_one('#finder-matches li[data-pattern="characters-in-the-signs"]')
    assert card.select_one(".match__title").get_text(strip=True) == title.replace('"pending"', "“pending”")


def test_the_home_page_all_patterns_and_every_call_to_action_link_to_the_finder(built_site: Project, catalogue):
    def links_to_finder(url_path: str, selector: str = "main") -> bool:
        base = "https://example.test/" + url_path
        return any(urljoin(base, a["href"]) == "https://example.test/finder/" for a in built_site.html(url_path).select(f"{selector} a[href]"))

    assert links_to_finder("")
    assert links_to_finder("patterns/", ".index__header")
    for pattern in catalogue:
        assert links_to_finder(pattern.url, ".cta"), pattern.slug


# --- At 200 patterns, on a phone -------------------------------------------------------------

SCALE = 200
MAX_CHOICES = 25
CHOICES = "#finder-choose button, #finder-form input[type=checkbox], #finder-form button"
VISIBLE_CHOICES = f"""() => Array.from(document.querySelectorAll({CHOICES!r})).filter(e => e.checkVisibility()).length"""


@pytest.fixture(scope="module")
def large_site(tmp_path_factory: pytest.TempPathFactory):
    """The project with 200 generated patterns in place of the shipped ones, built and served."""
    import shutil
    import sys

    from .conftest import ROOT, copy_project, serving  # noqa: PLC0415 (only this fixture needs them)

    sys.path.insert(0, str(ROOT / "scripts"))
    from pattern_generator import write_patterns

    project = copy_project(tmp_path_factory.mktemp("finder-200") / "project")
    shutil.rmtree(project.root / "patterns")
    write_patterns(project.root / "patterns", SCALE)
    result = project.build()
    assert result.returncode == 0, result.stderr
    with serving(project.site) as url:
        yield project, url


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_at_200_patterns_a_phone_never_shows_more_than_25_choices_at_once(page, large_site):
    project, url = large_site
    catalogue = load(load_settings(project.config_file), include_drafts=False).catalogue
    assert len(catalogue) == SCALE
    tab = finder(page, url)
    seen = [tab.evaluate(VISIBLE_CHOICES)]
    # Every category, and every page of its signs.
    for button in tab.locator(".finder__category").all():
        button.click()
        seen.append(tab.evaluate(VISIBLE_CHOICES))
        category = button.get_attribute("data-category")
        more = tab.locator(f"#signs-{category} .finder__page--next")
        while more.is_visible():
            more.click()
            seen.append(tab.evaluate(VISIBLE_CHOICES))
    total = len(tab.locator("#finder-form input[type=checkbox]").all())
    assert total == sum(len(p.signs) for p in catalogue) > 500
    assert max(seen) <= MAX_CHOICES, f"up to {max(seen)} choices at once (of {total})"
    viewport_screenshot(tab, "finder-200-phone")


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_at_200_patterns_ticking_a_probe_patterns_signs_ranks_it_first_with_the_result_one_tap_away(page, large_site):
    project, url = large_site
    catalogue = load(load_settings(project.config_file), include_drafts=False).catalogue
    ordered = page_order(catalogue)
    probe = ordered[len(ordered) * 2 // 3]
    tab = finder(page, url)
    # A little noise first: one sign each of two other patterns.
    for other in (ordered[1], ordered[-2]):
        tick(tab, sign_ids(other)[0])
    for sign_id in sign_ids(probe):
        tick(tab, sign_id)
        # After every tick the best match is named in a bar on screen, one tap from the results.
        assert in_viewport(tab, "#finder-bar")
    assert shown_matches(tab)[0] == probe.slug
    assert probe.title in tab.locator("#finder-bar").text_content()
    tab.locator("#finder-bar a").click()
    assert in_viewport(tab, "#finder-matches > li:not([hidden]) >> nth=0")
    viewport_screenshot(tab, "finder-200-phone-probe-first")


def test_an_old_positional_link_still_resolves_and_becomes_a_stable_one(page, site_url, catalogue):
    target = page_order(catalogue)[0]
    tab = finder(page, site_url, "?s=" + ",".join(legacy_ids(target)[:2]))
    assert sorted(checked_ids(tab)) == sorted(sign_ids(target)[:2])
    assert shown_matches(tab)[0] == target.slug
    assert sorted(tab.url.split("?s=", 1)[1].split(",")) == sorted(sign_ids(target)[:2])


def test_copy_link_to_my_result_copies_the_address_with_the_ticks(page, site_url, catalogue):
    target = page_order(catalogue)[0]
    tab = finder(page, site_url)
    tick(tab, sign_ids(target)[0])
    tab.get_by_role("button", name="Copy link to my result").click()
    status = tab.locator(".finder__share [role=status]")
    expect(status).not_to_have_text("")
    # Copied, or (no clipboard in this context) shown to copy by hand: either way, the address with its ticks.
    if status.text_content() != "Link copied":
        assert sign_ids(target)[0] in status.text_content()
    assert f"?s={sign_ids(target)[0]}" in tab.url


def test_with_nothing_ticked_there_is_nothing_to_share_or_clear(page, site_url, catalogue):
    # "Copy link to my result" copied the bare address and said "Link copied"; Clear all did nothing.
    tab = finder(page, site_url)
    expect(tab.get_by_role("button", name="Copy link to my result")).to_be_hidden()
    expect(tab.locator("#finder-clear")).to_be_hidden()
    tick(tab, sign_ids(page_order(catalogue)[0])[0])
    expect(tab.get_by_role("button", name="Copy link to my result")).to_be_visible()
    tab.locator("#finder-clear").click()
    expect(tab.locator("#finder-clear")).to_be_hidden()
    expect(tab.locator(".finder__category").first).to_be_focused()  # not lost with the button


def test_the_finder_shares_its_published_address_whatever_address_it_is_read_at(page, site_url, catalogue, built_site):
    # Read on a preview or a mirror (here, 127.0.0.1), the link to share is the site's own.
    canonical = built_site.html("finder/").select_one('link[rel="canonical"]')["href"]
    assert not canonical.startswith(site_url)
    page.add_init_script(
        "Object.defineProperty(navigator, 'clipboard', {value: {writeText: (text) => { window.copied = text; return Promise.resolve(); }}});"
    )
    target = page_order(catalogue)[0]
    tab = finder(page, site_url)
    tick(tab, sign_ids(target)[0])
    tab.get_by_role("button", name="Copy link to my result").click()
    expect(tab.locator(".finder__share [role=status]")).to_have_text("Link copied")
    assert tab.evaluate("() => window.copied") == f"{canonical}?s={sign_ids(target)[0]}"


def test_a_printed_result_gives_its_own_address_and_where_to_book(page, site_url, catalogue, built_site):
    # On paper a button cannot be clicked, nor a shared link copied: the result's address, with
    # its ticks, and each offer's address are printed under it, as on a pattern's page.
    canonical = built_site.html("finder/").select_one('link[rel="canonical"]')["href"]
    chosen = sign_ids(page_order(catalogue)[0])[:2]
    tab = finder(page, site_url)
    for sign_id in chosen:
        tick(tab, sign_id)
    tab.emulate_media(media="print")
    try:
        printed = tab.locator("#finder-results .print-url")
        expect(printed).to_be_visible()
        expect(printed).to_contain_text(f"This result online: {canonical}?s={','.join(chosen)}")
        expect(printed).to_contain_text(re.compile(r"Book a .*: https?://"))
        expect(printed).to_contain_text(re.compile(r"or write to \S+@\S+"))
    finally:
        tab.emulate_media(media="screen")
    expect(tab.locator("#finder-results .print-url")).to_be_hidden()


def test_a_printed_result_comes_before_the_checklist_and_a_blank_one_says_where_it_is_from(page, site_url, catalogue, built_site):
    # The result printed on the last of five pages, after the whole checklist; a blank
    # checklist printed with no address and no way to book.
    canonical = built_site.html("finder/").select_one('link[rel="canonical"]')["href"]
    tab = finder(page, site_url)
    tab.emulate_media(media="print")
    try:
        blank = tab.locator(".finder__print-blank")
        expect(blank).to_be_visible()
        expect(blank).to_contain_text(f"This checklist online: {canonical}")
        expect(blank).to_contain_text(re.compile(r"Book a .*: https?://"))
    finally:
        tab.emulate_media(media="screen")
    tick(tab, sign_ids(page_order(catalogue)[0])[0])
    tab.emulate_media(media="print")
    try:
        expect(tab.locator(".finder__print-blank")).to_be_hidden()
        results, checklist = (tab.locator(part).bounding_box() for part in ("#finder-results", "#finder-form"))
        assert results and checklist and results["y"] + results["height"] <= checklist["y"], (results, checklist)
    finally:
        tab.emulate_media(media="screen")
    expect(tab.locator(".finder__print-blank")).to_be_hidden()


def test_a_pattern_named_after_a_property_every_script_object_has_ranks_like_any_other(project: Project, browser):
    # 'constructor.md' is a valid file name, and the finder counted ticks in a plain {}:
    # ticked["constructor"] was Object's own function, so the pattern never ranked, and
    # ticking its signs alone threw and left the page as it was.
    project.write_pattern("constructor", pattern_text(title="The constructor nobody named"))
    result = project.build()
    assert result.returncode == 0, result.stderr
    pattern = load(load_settings(project.config_file), include_drafts=False).catalogue.get("constructor")
    with serving(project.site) as url, guarded_context(browser, viewport={"width": 1280, "height": 900}) as context:
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        finder(tab, url)
        for sign_id in sign_ids(pattern)[:2]:
            tick(tab, sign_id)
        assert shown_matches(tab)[0] == "constructor"
        assert tab.locator("#finder-status").text_content().startswith("2 signs ticked")
        assert errors == []


def test_a_link_whose_ticks_name_signs_no_longer_there_says_so(page, site_url, catalogue):
    # A sign reworded since the link was shared has another id: the tick was dropped without
    # a word, and a link of such ticks alone opened an empty finder.
    target = page_order(catalogue)[0]
    kept = sign_ids(target)[0]
    tab = finder(page, site_url, f"?s=zzzzzz,{kept},yyyyyy")
    notice = tab.locator("#finder-stale")
    expect(notice).to_be_visible()
    expect(notice).to_have_text(re.compile(r"^2 of the 3 signs ticked in the link you followed are no longer in the finder"))
    assert checked_ids(tab) == [kept]
    tick(tab, sign_ids(target)[1])
    expect(notice).to_be_hidden()  # the reader's own ticks now

    tab = finder(page, site_url, "?s=zzzzzz")
    expect(tab.locator("#finder-stale")).to_have_text(re.compile(r"^The sign ticked in the link you followed is no longer in the finder"))

    tab = finder(page, site_url, f"?s={kept}")
    expect(tab.locator("#finder-stale")).to_be_hidden()

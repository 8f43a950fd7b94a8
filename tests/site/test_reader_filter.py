"""All patterns: the filter by category and words, its URL state, and the page without JavaScript."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.site.conftest import VIEWPORTS, axe_violations, guarded_context, layout_shifts, screenshot, serving

SITE_JS = re.compile(r"/assets/site\.js(?:\?|$)")  # asked for with its fingerprint, ?v=…

pytestmark = pytest.mark.browser


def cards(built_site) -> list[dict]:
    """Every card on the built All patterns page, as the filter sees it."""
    return [
        {
            "category": li["data-category"],
            "title": li.select_one(".card__title").get_text(strip=True),
            "shown": (li.select_one(".card__title").get_text(" ") + " " + li.select_one(".card__summary").get_text(" ")).lower(),
            # What else the filter reads: the category's tag, and the other names.
            "signs": li["data-signs"] + " ; " + li.select_one(".tag").get_text(" ").lower() + " ; " + li.get("data-names", ""),
        }
        for li in built_site.html("patterns/").select("li.card")
    ]


def test_every_card_carries_its_category_and_lower_cased_signs(built_site):
    all_cards = cards(built_site)
    assert all_cards
    for card in all_cards:
        assert card["category"]
        assert card["signs"] and card["signs"] == card["signs"].lower()


def test_a_category_chosen_before_the_script_has_loaded_is_applied_when_it_has(page, site_url, built_site):
    category = cards(built_site)[-1]["category"]
    held: list = []
    page.route(SITE_JS, lambda route: held.append(route))  # the script arrives late
    page.goto(f"{site_url}patterns/", wait_until="commit")  # a deferred script holds back DOMContentLoaded
    page.get_by_label("Category").select_option(category)  # shown at once: the page's inline script marks it html.js
    assert held, "site.js was requested"
    held[0].continue_()
    expect(page).to_have_url(re.compile(rf"\?category={category}$"))
    expect(page.locator("li.card:visible")).to_have_count(sum(c["category"] == category for c in cards(built_site)))


def test_the_url_state_restores_on_load(page, site_url, built_site):
    all_cards = cards(built_site)
    category = all_cards[-1]["category"]
    expected = [c["title"] for c in all_cards if c["category"] == category]
    page.goto(f"{site_url}patterns/?category={category}")
    expect(page.get_by_label("Category")).to_have_value(category)
    expect(page.locator("li.card:visible .card__title")).to_have_text(expected)
    expect(page.locator("#count")).to_have_text(f"Showing {len(expected)} of {len(all_cards)} patterns")
    # Every other category's group is hidden, not just emptied
    expect(page.locator("section.group:visible")).to_have_count(1)
    expect(page.locator(f"section.group#{category}")).to_be_visible()
    expect(page.get_by_text("Searching and filtering need JavaScript")).to_be_hidden()  # it does not, here


def test_signs_are_searched_though_cards_do_not_show_them(page, site_url, built_site):
    all_cards = cards(built_site)
    shown = " ".join(c["shown"] for c in all_cards)
    card, word = next(
        (c, w) for c in all_cards for w in re.findall(r"[a-z]{6,}", c["signs"]) if w not in shown
    )
    page.goto(f"{site_url}patterns/")
    page.get_by_label("Filter by words").fill(word)
    expect(page.locator("li.card:visible .card__title", has_text=card["title"])).to_be_visible()
    expect(page).to_have_url(re.compile(rf"\?q={word}$"))


@pytest.mark.parametrize(("typed", "wanted"), [("verification", "category"), ("PoC purgatory", "names"), ("governance", "category"), ("verification cost", "both")])
def test_the_filter_finds_a_cards_category_and_a_patterns_other_names(page, site_url, catalogue, typed, wanted):
    # 'verification' showed 0 of 11 under two cards tagged Verification, and a pattern's own
    # other names ('PoC purgatory') none: the header search's link to the filter was a dead end.
    words = typed.lower().split()

    def has(p) -> bool:
        label = catalogue.category(p.category).label
        text = " ".join([p.title, p.summary, label, *p.signs, *p.also_known_as]).lower()
        return all(w in text for w in words)

    meant = sorted(p.title for p in catalogue if has(p))
    assert meant, typed
    if wanted == "category":
        assert all(catalogue.category(p.category).label.lower() == typed for p in catalogue if p.title in meant) and len(meant) >= 2
    page.goto(f"{site_url}patterns/")
    page.get_by_label("Filter by words").fill(typed)
    expect(page.locator("li.card:visible .card__title")).to_have_count(len(meant))
    assert sorted(page.locator("li.card:visible .card__title").all_inner_texts()) == meant


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
@pytest.mark.parametrize(
    ("typed", "british"),
    [("organization", "organisation"), ("sponsors", "sponsor"), ("nobodys", "nobody's"), ("programs", "programme"), ("licenses", "licence")],
)
def test_the_filter_finds_a_word_written_the_american_way_in_the_plural_or_without_its_apostrophe(page, site_url, built_site, typed, british):
    # The filter matched the letters typed only: 'organization', 'sponsors' or 'nobodys'
    # showed 0 of 11, where the site's search found the pattern first.
    having = [c["title"] for c in cards(built_site) if british in (c["shown"] + " " + c["signs"]).replace("\u2019", "'")]
    assert having, f"no card says '{british}'"
    page.goto(f"{site_url}patterns/")
    page.get_by_label("Filter by words").fill(typed)
    for title in having:
        expect(page.locator("li.card:visible .card__title", has_text=title)).to_be_visible()


def test_no_matches_says_so_and_offers_a_way_back(page, site_url, built_site, viewport):
    total = len(cards(built_site))
    page.goto(f"{site_url}patterns/?q=zzzqqx")
    message = page.locator("#no-matches")
    expect(message).to_be_visible()
    expect(page.locator("#count")).to_have_text(f"Showing 0 of {total} patterns")
    expect(page.locator("section.group:visible")).to_have_count(0)
    screenshot(page, f"filter-{viewport}-no-matches")
    assert axe_violations(page) == []
    # Not a dead end for words the search found nothing for either: the finder is one tap away.
    expect(message.get_by_role("link", name="tick the signs you recognise in the stall finder")).to_have_attribute("href", "../finder/")
    message.get_by_role("button", name="Show all patterns").click()
    expect(message).to_be_hidden()
    expect(page.locator("li.card:visible")).to_have_count(total)
    expect(page.locator("#count")).to_have_text(f"{total} patterns")
    expect(page).to_have_url(re.compile(r"/patterns/$"))
    expect(page.get_by_label("Filter by words")).to_be_focused()


GOOD_CLS = 0.1  # Core Web Vitals: a cumulative layout shift of 0.1 or less is good
A_FEW = "board"  # in the title, summary or signs of a few patterns


def filtered_addresses(built_site) -> dict[str, tuple[str, int]]:
    """All patterns as the header's search and a category link open it, and with words
    that match nothing: each address with the number of cards it shows."""
    all_cards = cards(built_site)
    few = sum(A_FEW in c["shown"] + " " + c["signs"] for c in all_cards)
    assert 1 < few < len(all_cards), f"{A_FEW!r} should match a few patterns, not {few}"
    # The last category with patterns: every group above it goes, the most the list can move.
    ids = [c["id"] for c in built_site.plugin_config()["categories"]]
    last = [i for i in ids if any(c["category"] == i for c in all_cards)][-1]
    return {
        "words": (f"?q={A_FEW}", few),
        "category": (f"?category={last}", sum(c["category"] == last for c in all_cards)),
        "no-match": ("?q=zzzqqx", 0),
    }


@pytest.mark.parametrize("opened_with", ["words", "category", "no-match"])
def test_a_filter_in_the_address_is_applied_without_the_page_jumping(page, site_url, built_site, viewport, opened_with):
    """The list is painted once, filtered: never whole and then cut down under the reader
    (CLS was about 0.6 on a phone and on a desktop). site.js arrives after the first
    paint, as it can on a phone's network; on loopback it sometimes beat the paint."""
    address, shown = filtered_addresses(built_site)[opened_with]
    total = len(cards(built_site))
    page.add_init_script(
        "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.effectiveDirective));"
    )
    held: list = []
    page.route(SITE_JS, lambda route: held.append(route))
    page.goto(f"{site_url}patterns/{address}", wait_until="commit")
    page.wait_for_function("() => performance.getEntriesByType('paint').some(e => e.name === 'first-contentful-paint')")
    # What is painted before the filter has run: the page's title, and no list to take back.
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    painted_early = [part for part in ("li.card", "#count", ".site-footer") if page.locator(part).first.is_visible()]
    assert held, "site.js was requested"
    held[0].continue_()
    expect(page.locator("#count")).to_have_text(f"Showing {shown} of {total} patterns")
    expect(page.locator("li.card:visible")).to_have_count(shown)
    if shown:
        expect(page.locator("#no-matches")).to_be_hidden()
    else:
        expect(page.locator("#no-matches")).to_be_visible()
    expect(page.locator(".site-footer")).to_be_visible()
    shifts = layout_shifts(page)
    assert sum(s["value"] for s in shifts) <= GOOD_CLS, shifts
    assert painted_early == [], "painted before the filter had run, and then moved or taken away"
    assert page.evaluate("window.__violations") == []  # the inline hint is within the policy's hash
    # Clearing the filter brings the whole list back.
    page.get_by_label("Filter by words").fill("")
    page.get_by_label("Category").select_option("")
    expect(page.locator("li.card:visible")).to_have_count(total)
    expect(page.locator("#no-matches")).to_be_hidden()
    expect(page.locator("#count")).to_have_text(f"{total} patterns")


def test_without_site_js_a_filtered_address_still_shows_the_list(page, site_url, built_site):
    """Should site.js never arrive, the hidden list is shown unfiltered after a moment."""
    page.route(SITE_JS, lambda route: route.abort())
    page.goto(f"{site_url}patterns/?q={A_FEW}")
    expect(page.locator("li.card:visible")).to_have_count(len(cards(built_site)), timeout=10_000)
    expect(page.locator(".site-footer")).to_be_visible()


def test_the_count_is_told_through_a_polite_live_region(page, site_url):
    page.goto(f"{site_url}patterns/")
    status = page.locator("#count-status")
    expect(status).to_have_attribute("role", "status")  # implicitly aria-live="polite"
    assert status.get_attribute("aria-live") in (None, "polite")
    # The count shown is not a second live region: it changes at every keystroke. Nor is it
    # read as well as the region, which holds the same words (a reader going down the page
    # heard "Showing 3 of 11 patterns" twice).
    count = page.locator("#count")
    assert count.get_attribute("role") is None and count.get_attribute("aria-live") is None
    assert count.get_attribute("aria-hidden") == "true"
    expect(status).to_have_text(count.inner_text())
    page.get_by_label("Category").select_option(index=1)
    expect(status).to_have_text(re.compile(r"^Showing \d+ of \d+ patterns$"))
    expect(status).to_have_text(count.inner_text())


def test_the_count_shown_follows_the_cards_at_every_keystroke(page, site_url, built_site):
    """The cards change as the reader types, and so does the count above them at once;
    only its announcement waits for a pause."""
    page.clock.install()  # the page's timers are the test's: none runs unless the test says
    page.goto(f"{site_url}patterns/")
    page.clock.pause_at(page.evaluate("Date.now()") + 1000)
    total = len(cards(built_site))
    box = page.get_by_label("Filter by words")
    for typed in ("s", "sp", "spo", "sponsor"):
        box.fill(typed)
        shown = page.locator("li.card:not([hidden])").count()
        expect(page.locator("#count")).to_have_text(f"Showing {shown} of {total} patterns")
    assert 0 < shown < total
    assert page.locator("#count-status").text_content() == f"{total} patterns"  # not told yet: the reader has not paused
    page.clock.run_for(2000)
    expect(page.locator("#count-status")).to_have_text(f"Showing {shown} of {total} patterns")


def test_words_from_the_url_are_text_not_markup(page, site_url):
    hostile = '<img src=x onerror="window.hacked=1">'
    page.goto(f"{site_url}patterns/?q={quote(hostile)}&category=nonsense")
    expect(page.get_by_label("Filter by words")).to_have_value(hostile)
    expect(page.get_by_label("Category")).to_have_value("")
    assert page.evaluate("window.hacked") is None
    expect(page.locator("#no-matches")).to_be_visible()


@pytest.fixture
def no_js_page(browser, viewport):
    """A tab with JavaScript turned off (and still no requests off this machine)."""
    with guarded_context(browser, viewport=VIEWPORTS[viewport], java_script_enabled=False) as context:
        yield context.new_page()


def test_without_javascript_the_full_list_shows_and_search_still_goes_somewhere(no_js_page, site_url, built_site, viewport):
    tab = no_js_page
    total = len(cards(built_site))
    tab.goto(f"{site_url}patterns/?category=governance&q=review")
    # The filter needs JavaScript, so it is not shown; every pattern is
    expect(tab.locator("#filter")).to_be_hidden()
    expect(tab.locator("li.card:visible")).to_have_count(total)
    expect(tab.locator("#count")).to_have_text(f"{total} patterns")
    screenshot(tab, f"filter-{viewport}-no-javascript")
    # The header search is a plain form to All patterns with ?q=
    tab.goto(site_url)
    search = tab.get_by_role("search")
    search.get_by_label("Search patterns").fill("board")
    search.get_by_role("button", name="Search").click()
    expect(tab).to_have_url(re.compile(r"/patterns/\?q=board$"))
    expect(tab.get_by_role("heading", level=1)).to_have_text("All patterns")
    # ...which says why the words were not applied, rather than dropping them silently.
    expect(tab.get_by_text("Searching and filtering need JavaScript")).to_be_visible()
    # A pattern page shows no dead "Copy link" button
    tab.goto(f"{site_url}patterns/{built_site.html('patterns/').select_one('li.card a')['href']}")
    expect(tab.get_by_role("heading", level=1)).to_be_visible()
    expect(tab.locator(".copy-link")).to_be_hidden()


def test_an_address_asking_for_a_category_with_no_pattern_says_so_and_lists_every_pattern(project, browser):
    # A filter kept in a bookmark or a shared link outlives its category's last pattern (moved
    # to another category), or names one the site never had: every pattern was listed, as
    # if the filter had worked, with nothing said.
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace(
            "        - id: workflow\n",
            "        - id: delivery\n          label: Delivery\n          description: Getting the tool into the hands of the people who do the work.\n"
            "        - id: workflow\n",
            1,
        ),
        encoding="utf-8",
    )
    result = project.build()
    assert result.returncode == 0, result.stderr
    total = len(list((project.root / "patterns").glob("*.md")))
    with serving(project.site) as url, guarded_context(browser, viewport=VIEWPORTS["phone"]) as context:
        tab = context.new_page()
        for asked, said in [
            ("delivery", "No pattern is in the Delivery category yet, so patterns of every category are listed."),
            ("Delivery", "No pattern is in the Delivery category yet, so patterns of every category are listed."),
            ("deliverables", "This address asks for a category the site does not have, so patterns of every category are listed."),
        ]:
            tab.goto(f"{url}patterns/?category={asked}")
            expect(tab.locator(".filter__note:visible")).to_have_text([said])
            expect(tab.locator("li.card:visible")).to_have_count(total)
            expect(tab.get_by_label("Category")).to_have_value("")
        # With words as well, the words still filter: the note does not say every pattern is
        # listed above 'Showing 2 of 11 patterns'.
        tab.goto(f"{url}patterns/?category=deliverables&q=sponsor")
        expect(tab.locator(".filter__note:visible")).to_have_text(["This address asks for a category the site does not have, so patterns of every category are listed."])
        shown = tab.locator("li.card:visible").count()
        assert 0 < shown < total
        expect(tab.locator("#count")).to_contain_text(f"{shown} of {total}")
        # A category of the reader's own choosing takes the note away.
        tab.get_by_label("Category").select_option("value")
        expect(tab.locator(".filter__note:visible")).to_have_count(0)
        # One that has patterns, in capitals, is that category.
        tab.goto(f"{url}patterns/?category=Value")
        expect(tab.get_by_label("Category")).to_have_value("value")
        expect(tab.locator(".filter__note:visible")).to_have_count(0)
        # Without the address asking, nothing is said.
        tab.goto(f"{url}patterns/")
        expect(tab.locator(".filter__note:visible")).to_have_count(0)

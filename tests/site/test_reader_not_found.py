"""A reader at a missing address: the not-found page names the pattern they most likely
meant (a mistyped, cut-short or capitalised address, or one made of its words), and names
nothing when nothing is close. Served as GitHub Pages serves it: 404.html, with status 404,
at whatever address was missing under the site's path."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.site.conftest import Project, guarded_context, serving

pytestmark = pytest.mark.browser

SPONSOR = "the-sponsor-who-moved-on"


@contextlib.contextmanager
def hosted(built_site: Project, root: Path) -> Iterator[str]:
    """The site served at its own path (site_url's), missing addresses answered by 404.html;
    yields the site's address."""
    prefix = urlsplit(built_site.config()["site_url"]).path.strip("/")
    (root / prefix).parent.mkdir(parents=True, exist_ok=True)
    (root / prefix).symlink_to(built_site.site, target_is_directory=True)
    with serving(root, not_found=built_site.site / "404.html") as url:
        yield f"{url}{prefix}/"


@pytest.fixture(scope="module")
def site(built_site: Project, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with hosted(built_site, tmp_path_factory.mktemp("host")) as url:
        yield url


@pytest.fixture
def tab(browser):
    with guarded_context(browser, viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True) as context:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        yield page
        assert not errors, f"JavaScript errors: {errors}"


def guesses(tab, address: str) -> list[tuple[str, str]]:
    """(words, address) of each pattern the not-found page offers at ``address``, once its
    script has had its say (the search index loaded, or nothing to look for)."""
    response = tab.goto(address)
    assert response is not None and response.status == 404, f"{address} is a page"
    assert tab.locator("h1").inner_text() == "Page not found"
    tab.wait_for_load_state("networkidle")
    box = tab.locator("#not-found-guess")
    if box.get_attribute("hidden") is not None:
        return []
    links = box.locator("li a")
    return [(link.inner_text(), link.evaluate("a => a.href")) for link in links.all()]


@pytest.mark.parametrize(
    "missing",
    [
        f"patterns/{SPONSOR[:-2]}no/",  # two letters swapped
        f"patterns/{SPONSOR.replace('moved', 'moevd')}/",
        f"patterns/{SPONSOR.title()}/",  # capitals, as a reader retyped it from print
        f"patterns/{SPONSOR[:18]}",  # cut short where an email wrapped it
        f"patterns/{SPONSOR}.md",  # the file's name, from the pull request
        f"{SPONSOR}/",  # without patterns/
        f"patterns/{SPONSOR.replace('-', '_')}/",
    ],
)
def test_a_mistyped_address_of_a_pattern_names_that_pattern_alone(tab, site, catalogue, missing):
    sponsor = catalogue.get(SPONSOR)
    assert guesses(tab, site + missing) == [(sponsor.title, f"{site}patterns/{SPONSOR}/")]


@pytest.mark.parametrize(
    ("missing", "meant"),
    [
        ("patterns/pilot-purgatory/", "ai-pilots-that-never-reach-production"),
        ("patterns/checking-costs-too-much/", "verification-costs-more-than-the-work"),
        ("patterns/the-sponsor-left/", SPONSOR),
    ],
)
def test_an_address_made_of_a_patterns_words_names_it_first(tab, site, catalogue, missing, meant):
    found = guesses(tab, site + missing)
    assert found and found[0] == (catalogue.get(meant).title, f"{site}patterns/{meant}/"), found
    assert len(found) <= 3


@pytest.mark.parametrize("missing", ["patterns/qwxz-zzvk/", "patterns/the/", "contcat/", "finder/old/", "patternsx/"])
def test_an_address_near_no_pattern_names_none(tab, site, missing):
    assert guesses(tab, site + missing) == []


def test_the_guess_is_a_list_under_a_heading_and_leads_to_the_pattern(tab, site, catalogue):
    guesses(tab, f"{site}patterns/{SPONSOR[:-2]}no/")
    heading = tab.get_by_role("heading", name="Perhaps you were looking for", level=2)
    assert heading.is_visible()
    tab.get_by_role("link", name=catalogue.get(SPONSOR).title).click()
    tab.wait_for_url(f"{site}patterns/{SPONSOR}/")
    assert tab.locator("h1").inner_text() == catalogue.get(SPONSOR).title


def test_a_very_long_missing_address_is_read_by_its_first_words_and_the_page_still_works(tab, site, catalogue):
    # Every pattern's address was compared with the missing one letter by letter, however
    # long: only addresses of a length that could be close are compared now, and only the
    # address's first words are searched for.
    long = "patterns/" + "the-sponsor-who-moved-on-" * 400 + "/"  # 10,000 letters: a server refuses much more
    assert guesses(tab, site + long) == [(catalogue.get(SPONSOR).title, f"{site}patterns/{SPONSOR}/")]
    tab.get_by_role("link", name="Browse all patterns").click()
    tab.wait_for_url(f"{site}patterns/")

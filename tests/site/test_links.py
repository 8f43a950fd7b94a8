"""Every internal link of the real built site resolves: pages, anchors, assets, feeds."""

from __future__ import annotations

import re
import subprocess
import sys
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from stallpatterns import body
from tests.site.conftest import ROOT, Project, copy_project, guarded_context, pattern_text, scrolling_ends, serving

CHECKER = ROOT / "scripts" / "check_links.py"


def test_every_internal_link_of_the_built_site_resolves(built_site) -> None:
    site_url = built_site.config()["site_url"]
    result = subprocess.run(
        [sys.executable, str(CHECKER), str(built_site.site), "--site-url", site_url],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# A heading with an accent, a pound sign and an emoji, linked as GitHub's preview writes
# its part (accents kept, marks left out, a hyphen for each space), from its own page, from
# another pattern's, and as a browser copies the address (the accent percent-encoded).
ACCENTED_HEADINGS = "### Über-pilots\n\nOne.\n\n### Costs in £ and 📉 falling\n\nTwo.\n\n"
GITHUB_PARTS = ("über-pilots", "costs-in--and--falling")


@pytest.fixture(scope="module")
def accented_site(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = copy_project(tmp_path_factory.mktemp("accented") / "project")
    text = pattern_text(title="A pattern with accented headings")
    links = " ".join(f"[to it](#{part})" for part in GITHUB_PARTS)
    project.write_pattern("accented-headings", text.replace("## What is actually happening\n", f"## What is actually happening\n\n{links}\n\n{ACCENTED_HEADINGS}", 1))
    other = pattern_text(title="A pattern that links to the accents")
    project.write_pattern("links-to-accents", other.replace("## What is actually happening\n", "## What is actually happening\n\nSee [the pilots](accented-headings.md#%C3%BCber-pilots).\n", 1))
    result = project.build()
    assert result.returncode == 0, result.stdout + result.stderr
    return project


def test_headings_are_named_as_githubs_preview_names_them_and_every_link_to_them_resolves(accented_site: Project) -> None:
    page = accented_site.html("patterns/accented-headings/")
    assert [h["id"] for h in page.select(".pattern__body h3")] == list(GITHUB_PARTS)
    result = subprocess.run(
        [sys.executable, str(CHECKER), str(accented_site.site), "--site-url", accented_site.config()["site_url"]],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.browser
@pytest.mark.parametrize("part", GITHUB_PARTS)
def test_a_link_to_an_accented_heading_lands_on_it_in_a_browser(browser, accented_site: Project, part: str) -> None:
    with serving(accented_site.site) as url, guarded_context(browser) as context:
        tab = context.new_page()
        tab.goto(url + "patterns/accented-headings/")
        tab.locator(f'.pattern__body a[href="#{quote(part)}"]:not(.anchor)').click()
        expect(tab.locator("h3:target")).to_have_attribute("id", part)
        scrolling_ends(tab)
        expect(tab.locator("h3:target")).to_be_in_viewport()
        if part == "über-pilots":  # from another pattern's page, as the browser copies it
            tab.goto(url + "patterns/links-to-accents/")
            tab.get_by_role("link", name="the pilots").click()
            expect(tab.locator("h3:target")).to_have_attribute("id", part)


@pytest.mark.browser
@pytest.mark.parametrize(("former", "part"), [("uber-pilots", "über-pilots"), ("costs-in-and-falling", "costs-in--and--falling")])
def test_a_link_shared_under_a_heading_s_former_part_name_still_lands_on_it(browser, accented_site: Project, former: str, part: str) -> None:
    # Before heading parts were named as GitHub names them, 'Über-pilots' was #uber-pilots and
    # a heading with a mark between words had one hyphen there: such links, already shared,
    # landed at the top of the page.
    with serving(accented_site.site) as url, guarded_context(browser) as context:
        tab = context.new_page()
        tab.goto(url + "patterns/accented-headings/#" + former)
        heading = tab.locator(f'h3[id="{part}"]')
        expect(heading).to_be_in_viewport()
        assert tab.evaluate("window.scrollY") > 200
        # A part no heading has, however written, leaves the page at its top.
        other = context.new_page()
        other.goto(url + "patterns/accented-headings/#no-such-part")
        assert other.evaluate("window.scrollY") == 0


def test_every_part_the_authoring_guide_names_is_one_of_a_pattern_page(built_site: Project) -> None:
    # The guide named '#related' for the related patterns, whose part is '#related-heading':
    # an author who followed it had a link that went nowhere, and learnt a wrong name.
    guide = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")
    # A heading given as an example is named as a pattern page names it ('### Über-pilots' is '#über-pilots').
    examples = dict(re.findall(r"`#{2,6} ([^`]+)` is `#([^`\s]+)`", guide))
    tokens = body.parse("".join(f"### {heading}\n\n" for heading in examples))
    body.assign_heading_ids(tokens)
    assert [t.meta["id"] for t in tokens if t.type == "heading_open"] == list(examples.values())
    named = set(re.findall(r"`(?:…md)?#(\w[^`\s)]*)`", guide)) - set(examples.values())
    assert {"offer-review", "related-heading", "what-it-looks-like", "top"} <= named
    page = built_site.html("patterns/the-sponsor-who-moved-on/")
    missing = [part for part in sorted(named) if part != "top" and page.find(id=part) is None]  # '#top' is the browser's
    assert not missing, f"docs/authoring.md names parts a pattern page has not: {missing}"

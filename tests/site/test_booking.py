"""From "Is this your stall?" to a booked conversation: every offer's action is an email
naming the offer and the reader's pattern (or finder result), the contact page shows the
offer the reader chose, and a placeholder address is reported and never deployed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Page, expect

from .conftest import VIEWPORTS, Project, axe_violations, guarded_context, pattern_text, screenshot, serving
from .test_finder import tick

SEED = "ai-pilots-that-never-reach-production"
SEED_TITLE = "AI pilots that never reach production"
PLACEHOLDER_LINE = "readers cannot reach you: set contact.email in mkdocs.yml"

# Records the address of a followed mailto: link and stops the navigation (a test browser
# has no mail program). Registered after site.js, so any rewriting of the href has happened.
CAPTURE_MAILTO = """
document.addEventListener("click", (event) => {
  const link = event.target.closest("a");
  if (link && link.protocol === "mailto:") { window.__mailto = link.href; event.preventDefault(); }
});
"""


def arrived_at_the_offer(page: Page, offer: str) -> None:
    """The contact page, reached by a link, at an offer, with site.js run: it puts the pattern
    read into the booking email, and runs (deferred) before the page's DOMContentLoaded. An
    action tapped as soon as the address changed was tapped before it, on a busy machine."""
    expect(page).to_have_url(re.compile(rf"/contact/#{offer}$"))
    page.wait_for_load_state("domcontentloaded")


def mail_parts(href: str) -> tuple[str, str, str]:
    parts = urlsplit(href)
    assert parts.scheme == "mailto", href
    query = parse_qs(parts.query, strict_parsing=True)
    return unquote(parts.path), query["subject"][0], query["body"][0]


def phone(browser):
    return guarded_context(browser, viewport=VIEWPORTS["phone"], is_mobile=True, has_touch=True)


def canonical(built_site: Project, path: str) -> str:
    return built_site.config()["site_url"] + path


def test_from_a_pattern_page_on_a_phone_the_offer_books_by_email_in_at_most_two_taps(browser, site_url, built_site):
    with phone(browser) as context:
        context.add_init_script(CAPTURE_MAILTO)
        tab = context.new_page()
        tab.goto(urljoin(site_url, f"patterns/{SEED}/"))
        taps = 0
        action = tab.locator("section.cta").get_by_role("link", name="Book a Stall Review")
        action.scroll_into_view_if_needed()  # scrolling is not a tap
        expect(action).to_be_in_viewport()
        action.tap()
        taps += 1
        href = tab.evaluate("window.__mailto")
        assert taps <= 2
    address, subject, body = mail_parts(href)
    assert address == built_site.plugin_config()["contact"]["email"]
    assert subject == "Stall Review"
    assert SEED_TITLE in body.splitlines()
    assert canonical(built_site, f"patterns/{SEED}/") in body.splitlines()
    assert "Your name, role and organisation:" in body


def test_the_contact_page_marks_the_chosen_offer_with_its_action_on_the_first_phone_screen(browser, site_url):
    with phone(browser) as context:
        context.add_init_script(CAPTURE_MAILTO)
        tab = context.new_page()
        tab.goto(urljoin(site_url, f"patterns/{SEED}/"))
        more = tab.get_by_role("link", name="More about the Stall Review")
        more.scroll_into_view_if_needed()
        more.tap()
        arrived_at_the_offer(tab, "review")
        chosen = tab.locator(".offer:target")
        expect(chosen).to_have_attribute("id", "review")
        assert chosen.evaluate("e => getComputedStyle(e, '::before').content") == '"The offer you chose"'
        action = chosen.get_by_role("link", name="Book a Stall Review")
        expect(action).to_be_in_viewport(ratio=1)  # wholly on the first screen on arrival
        assert tab.evaluate("window.scrollY") > 0  # ...because the page scrolled to the chosen offer
        # The other offer is not marked.
        assert tab.locator("#diagnosis").evaluate("e => getComputedStyle(e, '::before').content") == "none"
        action.tap()
        _, subject, body = mail_parts(tab.evaluate("window.__mailto"))
        assert subject == "Stall Review"
        # It names the pattern the reader came from (the address they read it at).
        lines = body.splitlines()
        assert lines[lines.index("The pattern I was reading:") + 1] == urljoin(site_url, f"patterns/{SEED}/")
        # Arriving at the contact page from elsewhere, the email names no pattern.
        fresh = context.new_page()
        fresh.goto(urljoin(site_url, "contact/#review"))
        fresh.locator("#review").get_by_role("link", name="Book a Stall Review").tap()
        assert "The pattern I was reading:" not in mail_parts(fresh.evaluate("window.__mailto"))[2]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_chosen_offer_passes_axe_in_both_schemes(page, site_url, viewport, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(urljoin(site_url, "contact/#review"))
    expect(page.locator(".offer:target")).to_have_attribute("id", "review")
    screenshot(page, f"contact-review-{viewport}-{scheme}")
    assert axe_violations(page) == []


def test_from_the_finder_the_email_carries_the_readers_own_result(page, site_url, built_site, catalogue):
    page.goto(urljoin(site_url, "finder/"))
    signs = [page.locator(f'input[data-pattern="{SEED}"]').nth(n).get_attribute("value") for n in (0, 1)]
    for sign in signs:
        tick(page, sign)
    expect(page).to_have_url(re.compile(r"\?s="))
    result_url = page.url
    page.evaluate(CAPTURE_MAILTO)
    action = page.locator(".finder__offer").get_by_role("link", name="Book a Stall Diagnosis")
    action.click()
    _, subject, body = mail_parts(page.evaluate("window.__mailto"))
    assert subject == "AI Rollout Stall Diagnosis"
    lines = body.splitlines()
    assert lines[lines.index("My stall finder result:") + 1] == result_url
    assert all(sign in result_url for sign in signs) and canonical(built_site, "finder/") not in body


@pytest.mark.parametrize("extra", ["&reply-to=ap@evil.example&invoice=pay-deposit-first", "#Please%20send%20the%20invoice%20to%20ap@evil.example"])
def test_a_finder_link_carries_only_its_ticks_into_the_address_the_share_and_the_email(page, site_url, built_site, extra):
    # A stranger's link brought its own fields and fragment, and the booking email and
    # "Share my result" passed them on as the reader's result.
    page.goto(urljoin(site_url, "finder/"))
    sign = page.locator(f'input[data-pattern="{SEED}"]').first.get_attribute("value")
    page.goto(urljoin(site_url, f"finder/?s={sign}{extra}"))
    expect(page).to_have_url(urljoin(site_url, f"finder/?s={sign}"))
    page.evaluate(CAPTURE_MAILTO)
    page.locator(".finder__offer").get_by_role("link", name="Book a Stall Diagnosis").click()
    body = mail_parts(page.evaluate("window.__mailto"))[2]
    lines = body.splitlines()
    assert lines[lines.index("My stall finder result:") + 1] == urljoin(site_url, f"finder/?s={sign}")
    assert "evil" not in body and "invoice" not in body
    # Followed on to the pattern, its booking email names the same result.
    page.locator(f'.match[data-pattern="{SEED}"] .match__title a').click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SEED_TITLE)
    page.evaluate(CAPTURE_MAILTO)
    page.locator("section.cta").get_by_role("link", name="Book a Stall Review").click()
    body = mail_parts(page.evaluate("window.__mailto"))[2]
    assert "evil" not in body and urljoin(site_url, f"finder/?s={sign}") in body.splitlines()


def test_a_finder_link_with_no_ticks_keeps_nothing_else_it_brought(page, site_url):
    page.goto(urljoin(site_url, "finder/?s=zz&reply-to=ap@evil.example#Please"))
    expect(page).to_have_url(urljoin(site_url, "finder/"))


def from_the_finder_to_the_seed(page, site_url) -> str:
    """Tick one of the seed pattern's signs in the finder and follow its match; the result's address."""
    page.goto(urljoin(site_url, "finder/"))
    tick(page, page.locator(f'input[data-pattern="{SEED}"]').first.get_attribute("value"))
    expect(page).to_have_url(re.compile(r"\?s="))
    result_url = page.url
    page.locator(f'.match[data-pattern="{SEED}"] .match__title a').click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SEED_TITLE)
    return result_url


def test_a_pattern_reached_from_the_finder_books_with_the_finder_result_too(page, site_url, built_site):
    result_url = from_the_finder_to_the_seed(page, site_url)
    page.evaluate(CAPTURE_MAILTO)
    page.locator("section.cta").get_by_role("link", name="Book a Stall Review").click()
    lines = mail_parts(page.evaluate("window.__mailto"))[2].splitlines()
    assert lines[lines.index("The pattern I was reading:") + 1 :][:2] == [SEED_TITLE, canonical(built_site, f"patterns/{SEED}/")]
    assert lines[lines.index("My stall finder result:") + 1] == result_url
    # Another pattern, not reached from the finder, names only itself.
    page.goto(urljoin(site_url, "patterns/security-review-afterlife/"))
    page.evaluate(CAPTURE_MAILTO)
    page.locator("section.cta").get_by_role("link", name="Book a Stall Review").click()
    assert "My stall finder result:" not in mail_parts(page.evaluate("window.__mailto"))[2]


def test_a_pattern_booked_after_the_finder_was_cleared_names_no_old_result(page, site_url):
    from_the_finder_to_the_seed(page, site_url)
    page.go_back()
    page.get_by_role("button", name=re.compile("Clear")).first.click()
    expect(page).not_to_have_url(re.compile(r"\?s="))
    page.goto(urljoin(site_url, "patterns/"))
    page.get_by_role("link", name=SEED_TITLE).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SEED_TITLE)
    page.evaluate(CAPTURE_MAILTO)
    page.locator("section.cta").get_by_role("link", name="Book a Stall Review").click()
    assert "My stall finder result:" not in mail_parts(page.evaluate("window.__mailto"))[2]


@pytest.mark.browser
def test_a_title_holding_the_finders_address_is_refused_and_otherwise_booked_as_written(browser, project: Project):
    # site.js put the reader's finder result in for every copy of the finder's address in the
    # email, the author's title among them: 'Read …/finder/?s=x first' (hostile front matter, round five).
    # A title holds no address now (address-in-name): the build refuses it. site.js still fills
    # in only the email's own lines, as a title of the same shape without its scheme shows.
    finder = project.config()["site_url"] + "finder/"
    project.write_pattern("a-pattern-written-for-a-test", pattern_text(title=f"'Read {finder} first'"))
    refused = project.build()
    assert refused.returncode == 1 and "error[address-in-name]: 'title' holds an address" in refused.stdout + refused.stderr
    title = f"Read {finder.split('//', 1)[1].replace('.', ' . ')} first"
    project.write_pattern("a-pattern-written-for-a-test", pattern_text(title=f"'{title}'"))
    assert project.build().returncode == 0
    with serving(project.site) as url, guarded_context(browser) as context:
        tab = context.new_page()
        tab.goto(urljoin(url, "finder/"))
        tick(tab, tab.locator('input[data-pattern="a-pattern-written-for-a-test"]').first.get_attribute("value"))
        expect(tab).to_have_url(re.compile(r"\?s="))
        result_url = tab.url
        tab.locator('.match[data-pattern="a-pattern-written-for-a-test"] .match__title a').click()
        expect(tab.get_by_role("heading", level=1)).to_have_text(title)
        tab.evaluate(CAPTURE_MAILTO)
        tab.locator("section.cta").get_by_role("link", name="Book a Stall Review").click()
        lines = mail_parts(tab.evaluate("window.__mailto"))[2].splitlines()
    assert lines[lines.index("The pattern I was reading:") + 1] == title
    assert lines[lines.index("My stall finder result:") + 1] == result_url


def test_from_the_finder_through_a_pattern_to_the_contact_page_the_email_carries_both(page, site_url):
    result_url = from_the_finder_to_the_seed(page, site_url)
    page.locator("section.cta").get_by_role("link", name="More about the AI Rollout Stall Diagnosis").click()
    arrived_at_the_offer(page, "diagnosis")
    page.evaluate(CAPTURE_MAILTO)
    page.locator("#diagnosis").get_by_role("link", name="Book a Stall Diagnosis").click()
    lines = mail_parts(page.evaluate("window.__mailto"))[2].splitlines()
    assert lines[lines.index("The pattern I was reading:") + 1] == urljoin(site_url, f"patterns/{SEED}/")  # as the browser named it
    assert lines[lines.index("My stall finder result:") + 1] == result_url


def test_a_finder_result_holding_the_contact_pages_address_names_the_pattern_read(page, site_url, built_site):
    # site.js filled the finder result in first, then the pattern's address at the last copy
    # of the contact page's address: a result whose '#…' held that address took the pattern's
    # address there, and the email named the contact page as the pattern read. The finder now
    # keeps no fragment a link brought in its result at all.
    contact = canonical(built_site, "contact/")
    page.goto(urljoin(site_url, "finder/") + "#" + contact)
    tick(page, page.locator(f'input[data-pattern="{SEED}"]').first.get_attribute("value"))
    expect(page).to_have_url(re.compile(r"\?s="))
    result_url = page.url
    assert "#" not in result_url and contact not in result_url
    page.locator(f'.match[data-pattern="{SEED}"] .match__title a').click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SEED_TITLE)
    page.locator("section.cta").get_by_role("link", name="More about the AI Rollout Stall Diagnosis").click()
    arrived_at_the_offer(page, "diagnosis")
    page.evaluate(CAPTURE_MAILTO)
    page.locator("#diagnosis").get_by_role("link", name="Book a Stall Diagnosis").click()
    lines = mail_parts(page.evaluate("window.__mailto"))[2].splitlines()
    assert lines[lines.index("The pattern I was reading:") + 1] == urljoin(site_url, f"patterns/{SEED}/")
    assert lines[lines.index("My stall finder result:") + 1] == result_url


def test_share_opens_the_share_sheet_where_the_browser_has_one(browser, site_url, built_site):
    with phone(browser) as context:
        context.add_init_script("navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };")
        tab = context.new_page()
        tab.goto(urljoin(site_url, f"patterns/{SEED}/"))
        button = tab.get_by_role("button", name="Share")
        button.tap()
        shared = tab.evaluate("window.__shared")
    assert shared["url"] == canonical(built_site, f"patterns/{SEED}/")
    assert SEED_TITLE in shared["title"]


def test_the_finders_result_is_shared_through_the_share_sheet_under_a_label_that_says_so(browser, site_url):
    with phone(browser) as context:
        context.add_init_script("navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };")
        tab = context.new_page()
        tab.goto(urljoin(site_url, "finder/"))
        tick(tab, tab.locator(f'input[data-pattern="{SEED}"]').first.get_attribute("value"))  # a result to share
        expect(tab.get_by_role("button", name="Copy link to my result")).to_have_count(0)
        tab.get_by_role("button", name="Share my result").tap()
        assert re.search(r"/finder/\?s=\w", tab.evaluate("window.__shared")["url"])


def test_a_failed_share_sheet_copies_the_link_instead(browser, site_url, built_site):
    with phone(browser) as context:
        context.add_init_script("navigator.share = () => Promise.reject(new DOMException('no', 'NotAllowedError'));")
        tab = context.new_page()
        tab.goto(urljoin(site_url, f"patterns/{SEED}/"))
        tab.get_by_role("button", name="Share").tap()
        expect(tab.locator(".copy-link [role=status]")).to_have_text(re.compile("^(Link copied|Copy this link: https://)"))


def test_every_offer_action_on_every_page_is_an_email_naming_its_offer(built_site):
    names = {o["action"]: o["name"] for o in built_site.plugin_config()["offers"]}
    pages = [p for p in built_site.site.rglob("index.html") if "http-equiv" not in p.read_text(encoding="utf-8")[:600]]
    seen = 0
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for link in soup.select("a.offer__action"):
            _, subject, body = mail_parts(link["href"])
            assert subject == names[link.get_text(strip=True)], path
            assert "I would like to book the " + subject in body
            seen += 1
    assert seen >= 2 * (len(pages) - 5), seen  # both offers on each pattern page, the finder and the contact page


def test_the_seeds_address_is_the_pattern_and_its_old_address_redirects(built_site, browser, site_url):
    html = built_site.html(f"patterns/{SEED}/")
    assert html.find("h1").get_text(strip=True) == SEED_TITLE
    with guarded_context(browser) as context:
        tab = context.new_page()
        tab.goto(urljoin(site_url, "patterns/pilots-that-never-reach-production/"))
        expect(tab).to_have_url(urljoin(site_url, f"patterns/{SEED}/"))
        expect(tab.get_by_role("heading", level=1)).to_have_text(SEED_TITLE)


def test_every_page_shows_an_existing_1200_by_630_card(built_site):
    from PIL import Image

    site_url = built_site.config()["site_url"]
    pages = sorted(built_site.site.rglob("*.html"))
    checked = 0
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        if soup.find("meta", attrs={"http-equiv": "refresh"}):
            continue  # a redirect page
        image = soup.find("meta", property="og:image")
        assert image is not None, path
        assert image["content"].startswith(site_url), path
        card = built_site.site / image["content"].removeprefix(site_url)
        with Image.open(card) as opened:
            assert opened.size == (1200, 630) and opened.format == "PNG", card
        assert card.stat().st_size <= 60_000
        width, height = (soup.find("meta", property=f"og:image:{d}")["content"] for d in ("width", "height"))
        assert (width, height) == ("1200", "630")
        assert soup.find("meta", property="og:image:alt")["content"]
        checked += 1
    assert checked >= 15


# --- the placeholder address, the deploy gate, settings in attributes -----------------


def stallpatterns(project: Project, *args: str) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).parent / "stallpatterns"), "--config", str(project.config_file), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=project.root)


def test_a_placeholder_address_is_reported_passes_a_strict_build_and_is_refused_for_deploy(project: Project):
    result = project.build()
    assert result.returncode == 0, result.stderr
    assert PLACEHOLDER_LINE in result.stderr
    refused = stallpatterns(project, "check-deploy")
    assert refused.returncode == 1
    assert PLACEHOLDER_LINE in refused.stderr and "hello@stallpatterns.example" in refused.stderr

    project.edit_plugin_config(lambda block: block["contact"].update(email="book@stallpatterns.co.uk"))
    result = project.build()
    assert result.returncode == 0, result.stderr
    assert "readers cannot reach you" not in result.stderr
    accepted = stallpatterns(project, "check-deploy")
    assert accepted.returncode == 0 and "book@stallpatterns.co.uk" in accepted.stdout


def test_the_deploy_workflow_checks_the_address_before_it_builds():
    import yaml

    from .conftest import ROOT

    steps = yaml.safe_load((ROOT / ".github" / "workflows" / "deploy.yml").read_text())["jobs"]["build"]["steps"]
    runs = [step.get("run", "") for step in steps]
    gate = next(i for i, run in enumerate(runs) if run.strip() == "stallpatterns check-deploy")
    upload = next(i for i, step in enumerate(steps) if "upload-pages-artifact" in step.get("uses", ""))
    assert gate < upload


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda b: b["offers"][0].update(url="javascript:alert(1)"), "offers[0].url: 'javascript:alert(1)' 'javascript:' addresses are not allowed"),
        (lambda b: b["offers"][1].update(url='contact/#review" onmouseover="alert(17)" x="'), "offers[1].url"),
        (lambda b: b["contact"].update(booking_urls={"review": "\x01javascript:alert(1)"}), "contact.booking_urls.review"),
    ],
)
def test_an_unsafe_address_in_the_settings_stops_the_build_naming_the_key(project: Project, change, message: str):
    project.edit_plugin_config(change)
    result = project.build()
    assert result.returncode != 0
    # Told at the setting's own line in mkdocs.yml.
    found = re.search(rf"stallpatterns: configuration error: mkdocs\.yml:(\d+): plugins\.stallpatterns\.{re.escape(message)}", result.stderr)
    assert found, result.stderr
    key = message.split(":")[0].rsplit(".", 1)[-1]
    assert project.settings_file.read_text(encoding="utf-8").splitlines()[int(found.group(1)) - 1].lstrip(" -").startswith(f"{key}:")
    assert "Traceback" not in result.stderr


def test_a_booking_page_reaches_every_offer_action_escaped(project: Project):
    page = 'https://cal.stall.co.uk/review?team="a"&x=<b>'
    project.edit_plugin_config(lambda block: block["contact"].update(booking_urls={"review": page}))
    assert project.build().returncode == 0
    for path in ("contact/", "finder/", f"patterns/{SEED}/"):
        soup = project.html(path)
        [action] = [a for a in soup.select("a.offer__action") if a.get_text(strip=True) == "Book a Stall Review"]
        assert action["href"] == page, path
        raw = (project.site / path / "index.html").read_text(encoding="utf-8")
        assert soup.find("b") is None and "<b>" not in raw and 'team="a"' not in raw, path


def test_removing_the_plugin_stops_the_build_with_one_clear_line(project: Project):
    text = project.config_file.read_text(encoding="utf-8")
    start = text.index("  - stallpatterns:")
    project.config_file.write_text(text[:start] + "  - search\n", encoding="utf-8")
    result = project.build()
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert errors == [
        "ERROR   -  the 'stallpatterns' plugin is missing from plugins: in mkdocs.yml; put it back "
        "(`- stallpatterns:` with its settings): it builds every pattern page"
    ]
    assert "Traceback" not in result.stderr and "undefined" not in result.stderr


def test_a_rebuild_draws_only_the_cards_whose_title_changed(project: Project):
    cache = project.root / ".cache" / "stallpatterns" / "cards"
    assert project.build().returncode == 0
    first = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    assert len(first) >= 14
    assert project.build().returncode == 0
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == first
    project.write_pattern("a-new-pattern-for-the-cards", pattern_text(title="A new pattern for the cards"))
    assert project.build().returncode == 0
    after = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    # The new pattern's card, and the home, All patterns and finder cards (their count changed).
    assert len(set(after) - set(first)) == 4
    assert all(after[name] == first[name] for name in first)


def test_without_the_plugin_or_its_hook_pages_render_a_notice_not_a_traceback(project: Project):
    text = project.config_file.read_text(encoding="utf-8")
    text = text[: text.index("  - stallpatterns:")] + "  - search\n"
    project.config_file.write_text(text.replace("hooks:\n  - overrides/hooks/require_plugin.py\n", ""), encoding="utf-8")
    result = project.build(strict=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "undefined" not in result.stderr
    notice = project.html("").select_one("main .preview-warning")
    assert notice is not None and "without the stallpatterns plugin" in notice.get_text()

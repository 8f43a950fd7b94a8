"""Printing a pattern: a clean one- or two-page A4 handout for a board pack.

Chromium's own print-to-PDF makes the PDF; poppler's pdfinfo counts its pages (a
fallback counts page objects if poppler-utils is missing) and pdftoppm renders PNGs of
one handout into test-artifacts/print/ for a person to look at.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from playwright.sync_api import expect

from tests.site.conftest import ARTIFACTS, pattern_text, serving

pytestmark = pytest.mark.browser

A4_POINTS = (595, 842)


def pdf_facts(path) -> tuple[int, tuple[int, int]]:
    """(page count, page size in points) of a PDF."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        width, height = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M).groups()
        return pages, (round(float(width)), round(float(height)))
    data = path.read_bytes()
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    return len(re.findall(rb"/Type\s*/Page\b", data)), (round(float(box.group(1))), round(float(box.group(2))))


def pattern_slugs(built_site) -> list[str]:
    """Every pattern page's slug (a former address of a renamed pattern holds a redirect, not a page)."""
    pages = [p for p in (built_site.site / "patterns").iterdir() if (p / "index.html").exists()]
    return sorted(p.name for p in pages if 'http-equiv="refresh"' not in (p / "index.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def print_tab(browser):
    context = browser.new_context()
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("http://127.0.0.1") else route.abort())
    yield context.new_page()
    context.close()


def test_every_pattern_prints_on_one_or_two_a4_pages(print_tab, site_url, built_site, tmp_path):
    folder = ARTIFACTS / "print"
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for slug in pattern_slugs(built_site):
        print_tab.goto(f"{site_url}patterns/{slug}/")
        pdf = folder / f"{slug}.pdf"
        # As a reader's Print → Save as PDF on A4: the stylesheet's @page sets the margins, the
        # paper is the reader's (Playwright's A4, 8.27 by 11.7 inches, is a point wider once
        # Chromium rounds it to its pixels).
        print_tab.pdf(path=str(pdf), format="A4", prefer_css_page_size=True)
        pages, size = pdf_facts(pdf)
        assert all(abs(got - a4) <= 1 for got, a4 in zip(size, A4_POINTS, strict=True)), f"{slug}: page size {size}"
        counts[slug] = pages
    assert counts and all(1 <= n <= 2 for n in counts.values()), counts
    longest = max(counts, key=lambda slug: (built_site.site / "patterns" / slug / "index.html").stat().st_size)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(folder / f"{longest}.pdf"), str(folder / longest)], check=True)


def test_a_pattern_prints_on_the_readers_own_paper_size(print_tab, site_url, built_site, tmp_path):
    # '@page { size: A4 }' made a US Letter print the A4 page shrunk to 94 %, with uneven margins.
    slug = pattern_slugs(built_site)[0]
    print_tab.goto(f"{site_url}patterns/{slug}/")
    pdf = tmp_path / "letter.pdf"
    print_tab.pdf(path=str(pdf), format="Letter", prefer_css_page_size=True)
    pages, size = pdf_facts(pdf)
    assert size == (612, 792) and 1 <= pages <= 2, (size, pages)


def test_the_printed_page_keeps_the_content_and_call_to_action_and_drops_the_chrome(print_tab, site_url, built_site):
    slug = pattern_slugs(built_site)[0]
    canonical = built_site.html(f"patterns/{slug}/").select_one('link[rel="canonical"]')["href"]
    print_tab.goto(f"{site_url}patterns/{slug}/")
    print_tab.emulate_media(media="print")
    try:
        for hidden in (".site-header", ".site-search", ".site-nav", ".skip-link", ".back", ".copy-link",
                       ".related", ".pager", ".site-footer", ".edit-link"):
            for element in print_tab.locator(hidden).all():
                expect(element).to_be_hidden()
        expect(print_tab.get_by_role("heading", level=1)).to_be_visible()
        expect(print_tab.locator(".pattern__body h2").first).to_be_visible()
        expect(print_tab.locator("section.cta")).to_be_visible()
        expect(print_tab.locator("section.cta .offer").first).to_be_visible()
        url = print_tab.locator(".print-url")
        expect(url).to_be_visible()
        expect(url).to_contain_text(canonical)
        expect(url).to_contain_text(re.compile(r"Book a .*: https?://"))
        # Where the reader books, as they can from paper: the address to write to, too.
        expect(url).to_contain_text(re.compile(r"or write to \S+@\S+"))
    finally:
        print_tab.emulate_media(media="screen")
    expect(print_tab.locator(".print-url")).to_be_hidden()


def test_the_printed_all_patterns_page_gives_each_pattern_its_address(print_tab, site_url, built_site):
    # A board member with the printed list cannot follow a link: each card names its page.
    cards = built_site.html("patterns/").select(".card")
    slugs = [card.select_one(".card__title a")["href"].rstrip("/").rsplit("/", 1)[-1] for card in cards]
    canonical = {slug: built_site.html(f"patterns/{slug}/").select_one('link[rel="canonical"]')["href"] for slug in slugs}
    assert len(canonical) == len(cards) == len(pattern_slugs(built_site))
    print_tab.goto(f"{site_url}patterns/")
    addresses = print_tab.locator(".card__address")
    expect(addresses.first).to_be_hidden()
    print_tab.emulate_media(media="print")
    try:
        expect(addresses).to_have_count(len(cards))
        shown = [address.text_content() for address in addresses.all()]
        assert all(address.is_visible() for address in addresses.all())
        assert sorted(shown) == sorted(canonical.values())
    finally:
        print_tab.emulate_media(media="screen")


def test_the_printed_all_patterns_page_prints_every_card_whole_and_each_heading_with_its_cards(print_tab, site_url):
    # Cards off screen skip their paint on screen (content-visibility): on paper that cut
    # off the right-hand cards' borders. A category's description was left at the foot of a
    # page with its cards on the next, and the jump links, no use on paper, were printed.
    print_tab.goto(f"{site_url}patterns/")
    print_tab.emulate_media(media="print")
    try:
        styles = print_tab.locator("li.card").evaluate_all("(cards) => cards.map((c) => getComputedStyle(c).contentVisibility)")
        assert set(styles) == {"visible"}, set(styles)
        kept = print_tab.locator(".group__description").evaluate_all("(all) => all.map((d) => getComputedStyle(d).breakAfter)")
        assert kept and set(kept) == {"avoid"}, set(kept)
        expect(print_tab.locator(".jump")).to_be_hidden()
    finally:
        print_tab.emulate_media(media="screen")


def test_a_link_elsewhere_prints_its_address_after_its_words_and_an_autolink_does_not_repeat_it(print_tab, project):
    # A board member reading the handout cannot follow "the annual review": the address is
    # printed after the words. An address written out already is not printed twice.
    text = pattern_text(title="A pattern with links in it").replace(
        "written plainly.", "written plainly. See [the annual review](https://example.org/review-2026.pdf) and https://example.org/minutes."
    )
    project.write_pattern("links-on-paper", text)
    result = project.build()
    assert result.returncode == 0, result.stderr
    with serving(project.site) as url:
        print_tab.goto(f"{url}patterns/links-on-paper/")
        print_tab.emulate_media(media="print")
        after = print_tab.evaluate(
            "() => Array.from(document.querySelectorAll('.prose a[href^=\"https://example.org\"]'))"
            ".map(a => [a.textContent, getComputedStyle(a, '::after').content])"
        )
        print_tab.emulate_media(media="screen")
        on_screen = print_tab.evaluate("getComputedStyle(document.querySelector('.prose a.print-address'), '::after').content")
    assert after == [
        ["the annual review", '" (https://example.org/review-2026.pdf)"'],
        ["https://example.org/minutes", "none"],
    ]
    assert on_screen == "none"


def test_a_short_page_prints_without_a_blank_last_page(print_tab, project, tmp_path):
    # A catalogue of one pattern: All patterns fits on one sheet. The body was kept a
    # screen high on paper too, and the heading's margin above it pushed a blank page out.
    for path in (project.root / "patterns").glob("*.md"):
        path.unlink()
    project.write_pattern("the-only-pattern", pattern_text(title="The only pattern in the catalogue"))
    result = project.build()
    assert result.returncode == 0, result.stderr
    with serving(project.site) as url:
        for page in ("", "patterns/"):
            print_tab.goto(url + page)
            pdf = tmp_path / "short.pdf"
            print_tab.pdf(path=str(pdf), format="A4", prefer_css_page_size=True)
            assert pdf_facts(pdf)[0] == 1, f"{page or 'home'}: a blank page printed after the content"


@pytest.mark.parametrize("path", ["", "patterns/", "contact/"])
def test_a_printed_page_says_where_it_is_and_how_to_book_and_drops_its_buttons(print_tab, site_url, built_site, path):
    # Printed, the home page listed titles with no address to find them at, and its two
    # buttons to other pages printed as loose words with nothing to press; All patterns and
    # the contact page said nowhere where they came from, so a board pack could not cite them.
    canonical = built_site.html(path).select_one('link[rel="canonical"]')["href"]
    print_tab.goto(site_url + path)
    print_tab.emulate_media(media="print")
    try:
        expect(print_tab.locator(".home__actions")).to_be_hidden()
        url = print_tab.locator(".print-url")
        expect(url).to_be_visible()
        expect(url).to_contain_text(f"Read online: {canonical}")
        expect(url).to_contain_text(re.compile(r"Book a .*: https?://"))
    finally:
        print_tab.emulate_media(media="screen")
    expect(print_tab.locator(".print-url")).to_be_hidden()
    if not path:
        expect(print_tab.locator(".home__actions")).to_be_visible()

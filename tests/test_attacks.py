"""The gate, tried as an attacker would: every payload in tests/attack_corpus.py is
rejected at its line or published as inert text, and benign controls still publish."""

from __future__ import annotations

import re
import signal
from pathlib import Path

import cmarkgfm
import pytest
from bs4 import BeautifulSoup

from stallpatterns import body, rules, sanitizer, source
from stallpatterns.settings import Settings

from .attack_corpus import ATTACKS, BENIGN, LINE, Payload

PROSE_TAGS = {"p", "h2", "h3", "ul", "ol", "li", "a", "code", "pre", "em", "strong", "blockquote"}


def checked(payload: Payload, settings: Settings):
    read, found = source.read(Path(payload.slug + ".md"), payload.slug + ".md", settings.limits.file_bytes, payload.pattern().encode())
    if read is None:  # refused before its body is read (a table too wide to read in linear time)
        return None, found
    pattern, more = rules.check(read, settings)
    return pattern, found + more


@pytest.mark.parametrize("payload", [p for p in ATTACKS if p.rejected], ids=lambda p: p.name)
def test_attack_is_rejected_at_its_line(payload: Payload, settings: Settings) -> None:
    pattern, found = checked(payload, settings)
    assert pattern is None
    assert (payload.rejected, LINE + payload.line) in {(d.code, d.line) for d in found if d.is_error}, [d.format_text() for d in found]


@pytest.mark.parametrize("payload", [p for p in ATTACKS if not p.rejected], ids=lambda p: p.name)
def test_attack_that_passes_is_published_as_inert_text(payload: Payload, settings: Settings) -> None:
    pattern, found = checked(payload, settings)
    assert pattern is not None, [d.format_text() for d in found]
    assert sanitizer.differences(pattern.html) == []
    # Read as a browser's parser would: only plain prose markup, no handler, style or script URL.
    for element in BeautifulSoup(pattern.html, "html.parser").find_all(True):
        assert element.name in PROSE_TAGS, element
        for name, value in element.attrs.items():
            assert not name.startswith("on") and name != "style", element
            if name in ("href", "src"):
                assert not value.lower().lstrip().startswith(("javascript:", "data:", "vbscript:")), element


@pytest.mark.parametrize("payload", BENIGN, ids=lambda p: p.name)
def test_benign_control_still_publishes(payload: Payload, settings: Settings) -> None:
    pattern, found = checked(payload, settings)
    assert pattern is not None, [d.format_text() for d in found]
    assert payload.publishes is not None and payload.publishes in pattern.html


def test_a_heading_never_takes_an_id_the_site_uses(settings: Settings) -> None:
    [payload] = [p for p in ATTACKS if p.name == "heading-takes-a-site-id"]
    pattern, _ = checked(payload, settings)
    assert pattern is not None
    assert 'id="main"' not in pattern.html and 'id="main-1"' in pattern.html


def test_a_heading_never_takes_the_id_a_browser_reads_as_the_top_of_the_page(settings: Settings) -> None:
    # '#top' is the top of any page only while no element has the id 'top' (the checks read
    # it so): in Chromium, /patterns/x/#top scrolled to a heading 'Top' instead.
    [payload] = [p for p in ATTACKS if p.name == "heading-takes-the-top"]
    pattern, _ = checked(payload, settings)
    assert pattern is not None
    assert 'id="top"' not in pattern.html and 'id="top-1"' in pattern.html


def test_every_id_the_templates_write_is_one_no_heading_takes() -> None:
    templates = Path(__file__).resolve().parents[1] / "overrides"
    written = {i for path in templates.rglob("*.html") for i in re.findall(r'id="([a-z][a-z0-9-]*)"', path.read_text(encoding="utf-8"))}
    assert written and written <= body.RESERVED_IDS, sorted(written - body.RESERVED_IDS)


def test_every_id_the_templates_and_scripts_make_is_one_no_heading_takes() -> None:
    # Ids with a number or a name in them: footer-{{ loop.index }}-heading, "site-search-option-" + index.
    site = Path(__file__).resolve().parents[1] / "overrides"
    made = {
        re.sub(r"\{\{.*?\}\}", "7", found)
        for path in site.rglob("*.html")
        for found in re.findall(r'id="([a-z][^"]*\{\{[^"]*)"', path.read_text(encoding="utf-8"))
    }
    made |= {f"{prefix}7" for path in site.rglob("*.js") for prefix in re.findall(r'\.id = "([a-z-]+)" \+', path.read_text(encoding="utf-8"))}
    # The offers' ids come from the settings (passed to assign_heading_ids); the others are on
    # pages without a pattern's headings: All patterns, the finder and the home page.
    elsewhere = {"offer-7", "7", "7-heading", "sign-7", "signs-7", "home-7"}
    assert made - elsewhere, made
    assert all(body.RESERVED_ID_FORMS.fullmatch(i) for i in made - elsewhere), sorted(made - elsewhere)
    tokens = body.parse("### Footer 1 heading\n\n### Site search option 0\n\n### Sign off\n")
    body.assign_heading_ids(tokens)
    assert [t.meta["id"] for t in tokens if t.type == "heading_open"] == ["footer-1-heading-1", "site-search-option-0-1", "sign-off"]


def test_no_heading_takes_a_name_the_site_s_scripts_look_up_on_the_window() -> None:
    # An element's id is also a property of the window: '### Exports' and '### Module' made
    # vendor/minisearch.js's loader take the page for CommonJS, and the site search said
    # "Search is not available" on that page. Every name a vendored script tests with
    # typeof is reserved.
    looked_up = set()
    for script in (Path(__file__).resolve().parents[1] / "overrides" / "assets" / "vendor").glob("*.js"):
        # (Names of three letters or more: 't' is a minified function's own.)
        looked_up |= set(re.findall(r'typeof\s*\(?\s*([a-z][a-zA-Z]{2,})', script.read_text(encoding="utf-8"))) - {"null", "undefined", "this"}
    assert {"exports", "module", "define"} <= looked_up
    tokens = body.parse("\n\n".join(f"### {name.title()}" for name in sorted(looked_up)) + "\n")
    body.assign_heading_ids(tokens)
    ids = [t.meta["id"] for t in tokens if t.type == "heading_open"]
    assert not set(ids) & looked_up, ids


def test_headings_named_like_an_id_the_script_numbers_each_take_an_id_of_their_own() -> None:
    # Every number after 'site-search-option' is an id site.js makes: a second such
    # heading once searched the numbers for ever, and the check never ended.
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("the ids were searched for ever"))
    signal.alarm(10)
    try:
        tokens = body.parse("### Site search option\n\n### Site search option\n\n### Site search option 2\n\n### Site search option\n")
        body.assign_heading_ids(tokens)
    finally:
        signal.alarm(0)
    ids = [t.meta["id"] for t in tokens if t.type == "heading_open"]
    assert len(set(ids)) == 4 and not any(body.RESERVED_ID_FORMS.fullmatch(i) or i in body.RESERVED_IDS for i in ids), ids


@pytest.mark.parametrize(
    "markdown",
    ["### Costs <!-- ask Priya: the 40% is wrong --> today", "| Costs <!-- ask Priya: the 40% is wrong --> | Today |\n|---|---|\n| 1 | 2 |"],
    ids=["heading", "table-heading"],
)
def test_a_note_in_a_comment_in_a_heading_is_never_on_the_page(settings: Settings, markdown: str) -> None:
    # A comment shows nothing on GitHub, nor in the heading's words on the site, but its words
    # were the heading's id (#costs-ask-priya-the-40-is-wrong-today) and read out as its
    # name (aria-label), and as a table's column in its region's name (an attack review).
    pattern, found = checked(Payload("comment-in-heading", markdown), settings)
    assert pattern is not None, [d.format_text() for d in found]
    assert "priya" not in pattern.html.lower()
    if markdown.startswith("###"):
        assert '<h3 id="costs--today" aria-label="Costs  today">' in pattern.html  # GitHub's id, and the site's


@pytest.mark.parametrize(
    ("first", "second"),
    [("i", "\u0131"), ("a b", "a\u00a0b"), ("a b", "a\u2003b"), ("guide", "GUIDE"), ("stra\u00dfe", "STRASSE"), ("\u03c3", "\u03c2"), ("k", "\u212a")],
    ids=["dotless-i", "no-break-space", "em-space", "capitals", "sharp-s", "final-sigma", "kelvin-sign"],
)
def test_a_reference_link_goes_where_github_takes_it_or_is_refused(settings: Settings, first: str, second: str) -> None:
    # markdown-it matched labels by lower then upper case and by any Unicode space, GitHub by
    # case folding and by ASCII spaces: with two definitions, the site took the first where
    # GitHub took the link's own, and the comparison with GitHub leaves addresses out.
    for label in (first, second):
        markdown = f"Read [the guidance][{label}].\n\n[{first}]: https://evil.example/guidance\n[{second}]: https://www.gov.uk/guidance"
        pattern, found = checked(Payload("reference-label", markdown), settings)
        on_github = re.findall(r'href="([^"]*)"', cmarkgfm.github_flavored_markdown_to_html(markdown))
        if pattern is None:
            assert ("github-differs", LINE) in {(d.code, d.line) for d in found if d.is_error}, [d.format_text() for d in found]
        else:
            section = pattern.html.split("actually touched.</p>", 1)[1].split("<h2", 1)[0]
            assert re.findall(r'href="([^"]*)"', section) == on_github, (label, on_github)


def test_an_attribute_list_is_shown_as_text_with_a_warning(settings: Settings) -> None:
    [payload] = [p for p in ATTACKS if p.name == "attribute-list-id"]
    pattern, found = checked(payload, settings)
    assert pattern is not None and "{: #filter }" in pattern.html
    assert [(d.code, d.line) for d in found if not d.is_error] == [("unsupported-markdown", LINE + 1)]


def test_a_link_to_another_site_without_its_scheme_is_refused_with_the_address_in_full(settings: Settings) -> None:
    # '//host/…' takes the scheme of wherever the page is read (file: in a saved copy).
    # Read as going to no host at all, its own domain as its text was once called another's.
    for written, full in (("//www.gov.uk/guidance", "https://www.gov.uk/guidance"), ("/\\www.gov.uk/guidance", "https://www.gov.uk/guidance")):
        pattern, found = checked(Payload("protocol-relative-own-domain", f"[gov.uk]({written})"), settings)
        assert pattern is None
        assert [(d.code, d.line, d.hint) for d in found if d.is_error] == [("link-address", LINE, f"write it as {full}")]


def test_a_web_address_without_slashes_after_its_scheme_is_refused_with_them_written_in(settings: Settings) -> None:
    # Chromium reads 'https:evil.example' from https://site/patterns/x/ as
    # https://site/patterns/x/evil.example, and from an http:// or file: page as https://evil.example/.
    for written, full in (("https:evil.example/forms", "https://evil.example/forms"), ("http:/evil.example", "http://evil.example"), ("HTTPS:evil.example", "https://evil.example")):
        pattern, found = checked(Payload("scheme-without-slashes", f"[the forms]({written})"), settings)
        assert pattern is None
        assert [(d.code, d.line, d.hint) for d in found if d.is_error] == [("link-address", LINE, f"write it as {full}")], [d.format_text() for d in found]
    pattern, found = checked(Payload("scheme-with-slashes", "[the forms](https://evil.example/forms)"), settings)
    assert pattern is not None, [d.format_text() for d in found]


def test_a_web_address_without_slashes_is_refused_whatever_its_host_seems(settings: Settings) -> None:
    # 'https:/patterns/' is /patterns/ of this site from its published pages, and the host
    # 'patterns' from a preview or a saved copy: refused as 'https:evil.example' is, not
    # published with a warning that it is an address inside the author's network.
    cases = (
        ("https:/patterns/", "write it as https://patterns/, or as /patterns/ for a page of this site"),
        ("https:/intranet/report", "write it as https://intranet/report, or as /intranet/report for a page of this site"),
        ("https:localhost/report", "write it as https://localhost/report"),
        ("http:10.0.0.1/report", "write it as http://10.0.0.1/report"),
        ("https:/wiki.corp.local/team", "write it as https://wiki.corp.local/team"),
    )
    for written, hint in cases:
        pattern, found = checked(Payload("scheme-without-slashes-internal", f"[the page]({written})"), settings)
        assert pattern is None
        assert [(d.code, d.line, d.hint) for d in found if d.is_error] == [("link-address", LINE, hint)], [d.format_text() for d in found]
    # The hint followed: the page of this site it names is published.
    pattern, found = checked(Payload("site-page", "[the patterns](/patterns/)"), settings)
    assert pattern is not None, [d.format_text() for d in found]

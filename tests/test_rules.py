"""Per-file rules: every way a pattern file can break the authoring contract.

Each file in tests/fixtures/patterns/invalid/ breaks one rule; EXPECTED says which
diagnostic it must get and on which line (the line of the actual problem, counted as
an editor counts). Files that cannot live in git as text (binary, non-UTF-8, empty,
huge) are written by the tests into tmp_path.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import cmarkgfm
import pytest
import yaml

from stallpatterns import body, catalogue, fields, hosts, lookalikes, rules, slips, source
from stallpatterns.diagnostics import Diagnostic, Severity
from stallpatterns.settings import Offer, Settings, load_settings

from .conftest import checker

FIXTURES = Path(__file__).parent / "fixtures" / "patterns"
VALID = FIXTURES / "valid"
INVALID = FIXTURES / "invalid"

Check = Callable[..., list[Diagnostic]]  # the `check` fixture in conftest.py

# The offers this module's files and prose name ('Book a Stall Review', 'our Stall
# Diagnosis', '£750'), written here, not read from mkdocs.yml: renaming or repricing an
# offer there is an ordinary change, and must not turn these checks of the rules red.
OFFERS = (
    Offer(
        id="diagnosis", name="AI Rollout Stall Diagnosis", description="Names the constraint holding your rollout back.",
        duration="One to two days", price="£4,500 fixed", action="Book a Stall Diagnosis", url="contact/#diagnosis",
    ),
    Offer(
        id="review", name="Stall Review", description="A smaller first step.",
        duration="90 minutes", price="£750", action="Book a Stall Review", url="contact/#review",
    ),
)


@pytest.fixture(scope="module")
def settings() -> Settings:
    """The shipped mkdocs.yml's contract, with :data:`OFFERS` for its offers."""
    shipped = load_settings(Path(__file__).resolve().parents[1] / "mkdocs.yml")
    return replace(shipped, offers=OFFERS, contact=replace(shipped.contact, offer_ids=tuple(o.id for o in OFFERS)))


@pytest.fixture(scope="module")
def check(settings: Settings) -> Check:
    """conftest.py's `check`, against :func:`settings` (this module's offers)."""
    return checker(settings)

# file name -> the errors it must produce, as (code, line), in line order.
EXPECTED: dict[str, list[tuple[str, int]]] = {
    # Front matter: present, closed, YAML, a mapping.
    "front-matter-missing.md": [("front-matter-missing", 1)],
    "front-matter-unclosed.md": [("front-matter-unclosed", 10)],
    "front-matter-unclosed-before-rule.md": [("front-matter-unclosed", 10)],
    "front-matter-empty.md": [("front-matter-empty", 1)],
    "front-matter-not-mapping.md": [("front-matter-not-mapping", 2)],
    "yaml-syntax.md": [("yaml-syntax", 3)],
    "yaml-unclosed-quote.md": [("yaml-syntax", 3)],  # YAML itself stumbles on line 7
    "yaml-unclosed-quote-at-end.md": [("yaml-syntax", 3)],
    "yaml-unclosed-bracket.md": [("yaml-syntax", 10)],
    "yaml-missing-colon.md": [("yaml-syntax", 4)],  # YAML itself notices on line 5
    "yaml-tab-indent.md": [("yaml-tab", 7)],
    "yaml-alias.md": [("yaml-alias", 10)],
    "yaml-tag.md": [("yaml-tag", 4)],
    "yaml-boolean-word.md": [("wrong-type", 10)],
    # Keys and values.
    "duplicate-key.md": [("duplicate-key", 10)],
    "unknown-key.md": [("unknown-key", 10)],
    "missing-key.md": [("missing-key", 1)],
    "wrong-type-list.md": [("wrong-type", 5)],
    "wrong-type-text.md": [("wrong-type", 5)],
    "empty-value.md": [("empty-value", 3)],
    "title-too-short.md": [("length", 2)],
    "title-too-long.md": [("length", 2)],
    "summary-too-short.md": [("length", 3)],
    "html-in-title.md": [("html-in-text", 2)],
    "html-in-summary.md": [("html-in-text", 3)],
    "html-in-sign.md": [("html-in-text", 7)],
    "bad-date.md": [("bad-date", 9)],
    "impossible-date.md": [("bad-date", 9)],
    "updated-before-published.md": [("updated-before-published", 10)],
    "unknown-category.md": [("unknown-category", 4)],
    "signs-empty.md": [("signs-count", 5)],
    "signs-too-few.md": [("signs-count", 5)],
    "signs-too-many.md": [("signs-count", 5)],
    "sign-too-long.md": [("length", 7)],
    "sign-empty.md": [("empty-value", 7)],
    "duplicate-sign.md": [("duplicate-sign", 8)],
    "also-known-as-too-long.md": [("length", 11)],
    "also-known-as-too-many.md": [("also-known-as-count", 9)],
    "also-known-as-html.md": [("html-in-text", 10)],
    "also-known-as-duplicate.md": [("duplicate-item", 11)],
    "duplicate-related.md": [("duplicate-item", 12)],
    "self-related.md": [("self-related", 11)],
    "self-alias.md": [("self-alias", 11)],
    "alias-index.md": [("reserved-slug", 11)],  # /patterns/index/ is no pattern's former URL
    # Sections.
    "section-missing.md": [("section-missing", 18)],  # the last section: at the end of the file
    "section-missing-first.md": [("section-missing", 12)],  # before the section that follows it
    "section-empty.md": [("section-empty", 16)],  # a comment is not content
    "section-empty-subheading-only.md": [("section-empty", 20)],
    "section-duplicate.md": [("section-duplicate", 24)],
    "section-order.md": [("section-order", 20)],
    "section-misspelt.md": [("section-misspelt", 16)],
    "section-unknown.md": [("section-unknown", 24)],
    "section-only-in-code-fence.md": [("section-missing", 24)],
    "h1-in-body.md": [("h1-in-body", 12)],
    "h1-setext-in-body.md": [("h1-in-body", 20)],
    # '##Heading' is text to CommonMark and GitHub (a warning says so), so the section is missing.
    "heading-no-space.md": [("section-missing", 20)],  # at the heading written without its space, with the line to write
    "content-before-section.md": [("content-before-section", 12)],
    "cta-authored.md": [("cta-authored", 24)],
    # What the body publishes: no raw HTML, only safe link addresses (tests/test_attacks.py has the rest).
    "raw-html-script.md": [("raw-html", 16)],
    "raw-html-iframe.md": [("raw-html", 16)],
    "raw-html-event-attribute.md": [("raw-html", 16)],
    "raw-html-in-heading.md": [("raw-html", 18)],
    "raw-html-split-url-tag.md": [("raw-html", 16)],
    "raw-html-split-url-html-block.md": [("raw-html", 16)],
    "unsafe-link-javascript.md": [("unsafe-link", 16)],
    "unsafe-link-encoded.md": [("unsafe-link", 16)],
    # '{: ... }' is text in CommonMark: on a section's heading it would change the heading.
    "attribute-list-on-section-heading.md": [("unsupported-markdown", 16)],
    "scaffold-guidance.md": [("scaffold-guidance", 24)],
    # The file name is the slug.
    "Bad_Slug.md": [("bad-slug", 1)],
    "index.md": [("reserved-slug", 1)],  # /patterns/ is the All patterns page
    # A code fence never closed: reported where it opens, not as the sections it swallowed
    # (those missing before it still are).
    "fence-unclosed.md": [("fence-unclosed", 26)],
    "fence-unclosed-at-end.md": [("fence-unclosed", 41)],
    "fence-unclosed-after-missing-section.md": [("content-before-section", 23), ("section-missing", 25), ("fence-unclosed", 27)],
}


def errors(found) -> list[tuple[str, int]]:
    return sorted(((d.code, d.line) for d in found if d.is_error), key=lambda item: (item[1], item[0]))


# --- every rule, from a real file ------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_fixture_gets_its_diagnostic_at_the_line_of_the_problem(name: str, check: Check):
    assert errors(check(INVALID / name)) == EXPECTED[name]


def test_an_empty_section_gets_its_error_alone_not_a_warning_that_it_is_short(check: Check):
    found = check(INVALID / "section-empty-subheading-only.md")
    assert [d.code for d in found if d.line == 20] == ["section-empty"]


# Files whose problem only the whole catalogue can judge (it knows which slugs exist).
CATALOGUE_EXPECTED = {
    "related-not-a-slug.md": [("bad-slug", 11)],
}


@pytest.mark.parametrize("name", sorted(CATALOGUE_EXPECTED))
def test_invalid_fixture_gets_its_catalogue_diagnostic_at_the_line_of_the_problem(name: str, settings: Settings):
    assert errors(catalogue.load(settings, [INVALID / name]).diagnostics) == CATALOGUE_EXPECTED[name]


def test_every_invalid_fixture_has_an_expectation():
    assert sorted(p.name for p in INVALID.iterdir()) == sorted({**EXPECTED, **CATALOGUE_EXPECTED})


@pytest.mark.parametrize("path", sorted(VALID.iterdir()), ids=lambda p: p.name)
def test_valid_fixture_passes_without_errors_or_warnings(path: Path, check: Check, settings: Settings):
    assert check(path) == []
    read, _ = source.read(path, path.name, settings.limits.file_bytes)
    pattern, _ = rules.check(read, settings)
    assert pattern is not None and pattern.slug == path.stem
    assert [s.key for s in pattern.sections] == ["symptoms", "causes", "intervention"]


def test_invalid_pattern_is_not_returned(settings: Settings):
    read, _ = source.read(INVALID / "section-order.md", "section-order.md", settings.limits.file_bytes)
    pattern, found = rules.check(read, settings)
    assert pattern is None and found


# --- valid input that looks unusual -----------------------------------------------------


def load(name: str, settings: Settings):
    read, problems = source.read(VALID / name, name, settings.limits.file_bytes)
    pattern, more = rules.check(read, settings)
    assert problems + more == []
    return pattern


def test_bom_and_crlf_file_really_has_both(settings: Settings):
    data = (VALID / "bom-and-crlf.md").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf---\r\n") and data.count(b"\r\n") == data.count(b"\n")


def test_bom_and_crlf_are_valid_and_lines_count_as_in_an_editor(settings: Settings):
    pattern = load("bom-and-crlf.md", settings)
    assert pattern.title == "A file saved with a BOM and CRLF"
    assert pattern.line_of("category") == 4 and pattern.line_of("published") == 9
    assert [s.line for s in pattern.sections] == [12, 16, 20]
    assert "\r" not in pattern.body and not pattern.body.startswith("\ufeff")


def test_setext_headings_are_sections(settings: Settings):
    pattern = load("setext-headings.md", settings)
    assert [(s.heading, s.line) for s in pattern.sections] == [
        ("What it looks like", 12),
        ("What is actually happening", 17),
        ("The intervention shape", 22),
    ]
    assert not pattern.sections[0].markdown.startswith("-")  # the underline is not content


def test_heading_inside_a_code_fence_is_not_a_section(settings: Settings):
    pattern = load("code-fence-heading.md", settings)
    assert len(pattern.sections) == 3
    assert "## Not a section" in pattern.sections[0].markdown
    assert "# Not a title either" in pattern.sections[0].markdown


def test_ampersands_quotes_and_apostrophes_are_ordinary_text(settings: Settings):
    pattern = load("ampersands-and-quotes.md", settings)
    # Published with typographic quotes and apostrophes, as the seed page sets them.
    assert pattern.title == "Risk & “pilot” theatre: the board’s view"
    assert pattern.summary.startswith("The board hears ‘promising’ & ‘on track’")
    assert "a < b" in pattern.summary


def test_yaml_1_1_words_stay_text(settings: Settings):
    pattern = load("yaml-1-1-words.md", settings)
    assert pattern.signs == ("no", "off", "1:20", "0x1F", "2026-01-01", "~")


def test_every_optional_key_is_read(settings: Settings):
    pattern = load("all-keys.md", settings)
    assert str(pattern.updated) == "2026-04-18"
    assert pattern.related == ("minimal", "setext-headings")
    assert pattern.aliases == ("every-key-once",)
    assert pattern.also_known_as == ("PoC purgatory", "pilot paralysis")
    assert pattern.draft is False
    assert pattern.line_of("related[1]") == 16


# --- hints that name the fix ---------------------------------------------------------------


def diagnostic(check: Check, name: str, code: str):
    return next(d for d in check(INVALID / name) if d.code == code)


@pytest.mark.parametrize(
    ("name", "code", "hint"),
    [
        ("unknown-key.md", "unknown-key", "did you mean 'related'?"),
        ("unknown-category.md", "unknown-category", "did you mean 'value'?"),
        ("section-misspelt.md", "section-misspelt", 'did you mean "What is actually happening"?'),
        ("Bad_Slug.md", "bad-slug", "rename it to 'bad-slug.md'"),
        ("index.md", "reserved-slug", "choose another file name"),
        ("alias-index.md", "reserved-slug", "delete it"),
        ("yaml-tab-indent.md", "yaml-tab", "replace the tab with two spaces"),
        ("yaml-syntax.md", "yaml-syntax", "put the whole value in double quotes"),
        ("yaml-unclosed-quote.md", "yaml-syntax", "end the value with the same quote mark"),
        ("yaml-unclosed-quote-at-end.md", "yaml-syntax", "opened here is never closed"),
        ("yaml-unclosed-bracket.md", "yaml-syntax", "opened here is never closed"),
        ("yaml-missing-colon.md", "yaml-syntax", "write it as: category: value"),
        ("front-matter-unclosed-before-rule.md", "front-matter-unclosed", "before the heading on line 11"),
        ("heading-no-space.md", "section-missing", "write the line as: ## The intervention shape"),
    ],
)
def test_hint_names_the_fix(check: Check, name: str, code: str, hint: str):
    assert hint in diagnostic(check, name, code).hint


def test_duplicate_key_names_the_first_line(check: Check):
    assert "first on line 2" in diagnostic(check, "duplicate-key.md", "duplicate-key").message


def test_yaml_error_column_points_into_the_line(check: Check):
    found = diagnostic(check, "yaml-syntax.md", "yaml-syntax")
    line = (INVALID / "yaml-syntax.md").read_text().split("\n")[found.line - 1]
    assert line[found.column - 1] == ":" and line.startswith("summary: The catch")


def test_broken_yaml_is_one_diagnostic_not_a_cascade(check: Check):
    # No "front matter is empty" or "required key missing" after the real problem.
    assert [d.code for d in check(INVALID / "yaml-syntax.md")] == ["yaml-syntax"]


def test_every_problem_is_reported_at_once(check: Check, tmp_path: Path):
    text = (VALID / "minimal.md").read_text()
    text = text.replace("category: value", "category: nope").replace("published: 2026-03-02", "published: 2026-13-01")
    text = text.replace("## What is actually happening", "## Background reading")
    codes = {d.code for d in check(tmp_path / "three-problems.md", text)}
    assert {"unknown-category", "bad-date", "section-unknown"} <= codes


def test_diagnostics_are_formatted_for_editors(check: Check):
    found = check(INVALID / "yaml-tab-indent.md")[0]
    assert re.fullmatch(
        r"yaml-tab-indent\.md:7:1: error\[yaml-tab\]: tab character in front matter indentation\n  hint: .+",
        found.format_text(),
    )


# --- front matter the contract reads strictly ------------------------------------------------


def minimal(**replace: str) -> str:
    text = (VALID / "minimal.md").read_text()
    for old, new in replace.items():
        assert old in text
        text = text.replace(old, new)
    return text


def in_first_section(markdown: str) -> str:
    """minimal.md with ``markdown`` (and a blank line) at the start of its first section."""
    return minimal(**{"## What it looks like\n": "## What it looks like\n\n" + markdown})


def codes_for(check: Check, text: str, name: str = "a-pattern.md") -> list[tuple[str, int]]:
    return errors(check(Path(name), text))


@pytest.mark.parametrize(
    ("old", "new", "line", "offer"),
    [
        ("title: The pilot that is judged on its demo", "title: Book a Stall Review", 2, "Stall Review"),
        ("title: The pilot that is judged on its demo", "title: What an AI Rollout Stall Diagnosis finds", 2, "AI Rollout Stall Diagnosis"),
        ("title: The pilot that is judged on its demo", "title: The pilot a stall diagnosis would name", 2, "AI Rollout Stall Diagnosis"),
        ("title: The pilot that is judged on its demo", "title: Why you need a Stall Revíew", 2, "Stall Review"),
        ("category: value\n", "category: value\nalso_known_as:\n  - demo pilot\n  - Book a Stall Review\n", 7, "Stall Review"),
        # A summary too: it is the card's words in lists and search, and the link preview's.
        ("summary: A pilot is approved", "summary: To book a Stall Review for your rollout, read on. A pilot is approved", 3, "Stall Review"),
    ],
)
def test_a_title_summary_or_other_name_that_names_an_offer_is_an_error(check: Check, old: str, new: str, line: int, offer: str):
    # 'Book a Stall Review' as a title was first in the site's search for the offer, and its
    # card was listed as though it were the offer.
    found = [d for d in check(Path("a.md"), minimal(**{old: new})) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("name-is-offer", line)], found
    assert f"names this site's offer, {offer}: in lists and the site's search, the pattern would pass for the offer" in found[0].message


# Every letter Unicode lists as passing for an a or an l (UTS #39), in the offer's name.
_STALL_LOOKALIKES = [chr(code) for code, looks in lookalikes.BEYOND_ASCII.items() if looks in ("a", "l")]


@pytest.mark.parametrize("letter", _STALL_LOOKALIKES, ids=[f"U+{ord(c):04X}" for c in _STALL_LOOKALIKES])
def test_an_offers_name_written_with_a_look_alike_letter_is_still_the_offers_name(check: Check, letter: str):
    # 'Why a Stɑll Review comes too late' (a Latin alpha) passed: only the duplicate-title
    # check read look-alike letters, and 77 of Unicode's 87 passed the offers' check.
    name = "St" + ("a" + letter if lookalikes.BEYOND_ASCII[ord(letter)] == "l" else letter + "l") + "l Review"
    codes = {d.code for d in check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": f"title: Why a {name} comes too late"})) if d.is_error}
    assert "name-is-offer" in codes, name


@pytest.mark.parametrize("title", ["When pilots stall, review the sign-off", "Pilots stall; review boards multiply", "Stall, diagnosis, restart"])
def test_a_title_whose_clauses_end_and_start_with_an_offers_words_names_no_offer(check: Check, title: str):
    # The third round of the forty-third session: the words were compared without the comma
    # between them, and read as 'Stall Review' (in a theme where pilots stall, often).
    found = check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": f"title: {title}"}))
    assert [d.format_text() for d in found if d.is_error] == []


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        # 'stall' as a verb, after a subject or a word a verb follows: refused until the
        # forty-sixth session as the offers' names (false refusals round).
        ("Data gaps stall diagnosis, not the model", "### Gaps in the records stall diagnosis"),
        ("Missing criteria stall review of every release", "### Vague criteria stall reviews for weeks"),
        ("Pilots that stall review after review", "### Approvals that often stall review"),
    ],
)
def test_stall_as_a_verb_before_review_or_diagnosis_names_no_offer(check: Check, title: str, heading: str):
    found = check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": f"title: {title}"}))
    assert [d.format_text() for d in found if d.is_error] == []
    assert [d.format_text() for d in check(Path("a.md"), in_first_section(heading)) if d.is_error] == []


def test_a_noun_before_stall_after_an_article_is_no_subject(check: Check):
    # 'Book a data stall review for £75' was read as 'data stall' (a verb) and passed (the review
    # of the forty-sixth session's change).
    assert [d.code for d in check(Path("a.md"), in_first_section("Book a data stall review for £75.\n")) if d.is_error] == ["offer-price"]


@pytest.mark.parametrize("heading", ["### Book a stall review", "### Your stall review", "### This stall diagnosis helps"])
def test_a_stall_review_in_small_letters_after_a_word_a_noun_follows_names_the_offer(check: Check, heading: str):
    assert [d.code for d in check(Path("a.md"), in_first_section(heading)) if d.is_error] == ["cta-authored"]


@pytest.mark.parametrize("value", ["paypal.com/login", "bit.ly/stall", "evil.example", "gov.uk", "Pilots sent to PayPal.com"])
def test_another_name_that_holds_a_site_s_name_written_bare_is_an_address(check: Check, value: str):
    # 'paypal.com/login' and 'gov.uk' as other names passed: shown as the site's own words.
    found = check(Path("a.md"), minimal(**{"summary: A pilot": f'also_known_as:\n  - "{value}"\nsummary: A pilot'}))
    assert [(d.code, d.line) for d in found if d.is_error] == [("address-in-name", 4)], found


@pytest.mark.parametrize("value", ["Node.js pilots", "ASP.NET migration", "e.g. the board", "the U.S. pilot", "version 2.0 rollout", "the 24/7 desk", "and/or approvals"])
def test_another_name_with_a_product_an_abbreviation_or_a_figure_is_no_address(check: Check, value: str):
    found = check(Path("a.md"), minimal(**{"summary: A pilot": f'also_known_as:\n  - "{value}"\nsummary: A pilot'}))
    assert "address-in-name" not in {d.code for d in found}, found


@pytest.mark.parametrize("value", ["???", "N/A", "[other name]", "insert name here", "name TBD", "--", "TBC owner", "Owner: TBC"])
def test_another_name_a_template_left_to_fill_in_is_a_placeholder(check: Check, value: str):
    # '???', 'N/A' and 'insert name here' were shown on the page as "Also known as ???".
    found = check(Path("a.md"), minimal(**{"summary: A pilot": f'also_known_as:\n  - "{value}"\nsummary: A pilot'}))
    assert [(d.code, d.line) for d in found if d.is_error] == [("placeholder", 4)], found


@pytest.mark.parametrize(
    "value",
    [
        "none of the above",
        "who is here",
        "the n/a column",
        "tbd culture",
    ],
)
def test_another_name_with_such_words_in_it_is_no_placeholder(check: Check, value: str):
    found = check(Path("a.md"), minimal(**{"summary: A pilot": f'also_known_as:\n  - "{value}"\nsummary: A pilot'}))
    assert "placeholder" not in {d.code for d in found}, found


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A placeholder quoted, in a title, another name or the summary (the front matter round
        # of the forty-fourth session: refused, with no way to write it).
        ("summary: A pilot", 'also_known_as:\n  - \'"TBC" roadmap\'\n  - The go-live date reads "TBC" in every plan\nsummary: A pilot'),
        ("title: The pilot that is judged on its demo", "title: '\"TODO\" lists that never shrink'"),
        ("title: The pilot that is judged on its demo", "title: When every date is \u201cTBC\u201d"),
        ("summary: A pilot", 'summary: \'The status column says "TODO" for the vendor, and owners are listed as "[name]".\' A pilot'),
    ],
)
def test_a_placeholder_quoted_in_the_front_matter_is_text(check: Check, old: str, new: str):
    assert "placeholder" not in {d.code for d in check(Path("a.md"), minimal(**{old: new}))}


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("summary: A pilot", "also_known_as:\n  - The go-live date reads TBC in every plan\nsummary: A pilot"),
        ("title: The pilot that is judged on its demo", "title: TODO lists and \"TODO\" lists"),
        ("title: The pilot that is judged on its demo", "title: '\"TODO: write a title\"'"),
        ("summary: A pilot", "also_known_as:\n  - '\"TBC\"'\nsummary: A pilot"),
    ],
)
def test_a_placeholder_left_in_the_front_matter_beside_a_quotation_or_as_the_quotation_is_an_error(check: Check, old: str, new: str):
    assert "placeholder" in {d.code for d in check(Path("a.md"), minimal(**{old: new})) if d.is_error}


@pytest.mark.parametrize(
    "title",
    [
        "The book review club of AI policies",
        "We booked a review and heard nothing",
        # A kind of review named by what it reviews, with no article to ask for one: refused
        # until the forty-sixth session (false refusals round).
        "Claims reserve review the model cannot explain",
        "Purchase order review that nobody trusts",
        "Hotel booking review queues after the chatbot",
        "Why claim review takes longer with the tool",
        "Claim review is where the saving goes",
    ],
)
def test_a_title_that_tells_of_a_booking_or_a_book_names_no_offer(check: Check, title: str):
    # The front matter round of the forty-fourth session: read as asking to book the Stall Review.
    assert codes_for(check, minimal(**{"title: The pilot that is judged on its demo": f"title: {title}"})) == []


@pytest.mark.parametrize("title", ["Book review sessions today for the pilot", "Please order review sessions for the pilot", "Book a review of the pilot with us"])
def test_a_title_that_asks_to_book_a_review_without_an_article_still_asks(check: Check, title: str):
    assert codes_for(check, minimal(**{"title: The pilot that is judged on its demo": f"title: {title}"})) == [("name-is-offer", 2)]


@pytest.mark.parametrize(
    "prose",
    [
        # A newspaper's book review cited (the attack round of the fifty-fourth session: refused as
        # asking to book this site's Stall Review).
        "The FT ran a [book review](https://www.ft.com/content/x) on the same theme.",
        "The Guardian's [book reviews](https://www.theguardian.com/books) covered it.",
        "Its [Book review](https://www.nytimes.com/section/books/review) section took the other side.",
    ],
)
def test_a_link_to_a_book_review_elsewhere_is_a_citation(check: Check, prose: str):
    assert [d.code for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.is_error] == []


@pytest.mark.parametrize("prose", ["[Book review now](https://evil.example/)", "[Please book review](https://evil.example/)", "[Book a review](https://evil.example/)"])
def test_a_link_elsewhere_that_asks_to_book_a_review_is_still_refused(check: Check, prose: str):
    assert [d.code for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.is_error] == ["link-text-elsewhere"]


def test_a_subheading_of_a_paragraph_s_length_is_an_error_and_one_of_a_few_words_is_not(check: Check):
    # '### ' then 130 words published, and its id was 850 characters long.
    long = "What the committee asked for, and why nobody could give it in time " * 3
    found = check(Path("a.md"), in_first_section(f"### {long.strip()}\n\nThe pilot ends.\n"))
    assert [d.code for d in found if d.is_error] == ["heading-long"], found
    fine = check(Path("a.md"), in_first_section("### " + "x" * 10 + " what the committee asked for, and why nobody could give it in time\n\nThe pilot ends.\n"))
    assert "heading-long" not in {d.code for d in fine}


@pytest.mark.parametrize("heading", ["### Related patterns", "#### Related Patterns", "### On this page"])
def test_a_subheading_that_is_the_site_s_own_heading_is_an_error(check: Check, heading: str):
    # '## Related patterns' was refused, '### Related patterns' and a list of links elsewhere passed.
    found = check(Path("a.md"), in_first_section(f"{heading}\n\n- [A vendor's guide](https://stall-patterns.evil.example/vendor/)\n"))
    assert [d.code for d in found if d.is_error] == ["section-unknown"], found
    assert "the site's own heading" in next(d.message for d in found if d.is_error)


@pytest.mark.parametrize(
    "prose",
    [
        # As the site's search reads them: by the name's last word, asked to be booked.
        "To talk it through, [book a review](https://cal.evil.example/r) or [book a diagnosis](https://cal.evil.example/d).",
        "### Book a review\n\nThe pilot ends.",
        "### Book your diagnosis\n\nThe pilot ends.",
    ],
)
def test_a_heading_or_link_that_asks_to_book_an_offer_by_its_last_word_is_an_error(check: Check, prose: str):
    # '[book a review](https://cal.evil.example/r)' under '### Book a review' published: on a
    # phone it read as the site's own booking, above the real offers.
    assert {d.code for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.is_error} & {"cta-authored", "link-text-elsewhere"}, prose


@pytest.mark.parametrize(
    "prose",
    [
        "### Before the St\u0251ll Review\n\nThe pilot ends.",
        "Then [book a St\u0251ll Review](https://evil.example.org/book).",
    ],
)
def test_a_heading_or_link_naming_an_offer_with_look_alike_letters_is_an_error(check: Check, prose: str):
    assert {d.code for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.is_error} & {"cta-authored", "link-text-elsewhere"}, prose


@pytest.mark.parametrize(
    ("new", "line", "page"),
    [
        ("title: All patterns here", None, None),  # as meant: more words than the page's name
        ("title: All patterns", 2, "the name of this site's page 'All patterns'"),
        ("title: The stall finder", 2, "the name of this site's page 'Stall finder'"),
        # Attack round: the pattern came first in the site's search for 'book now'.
        ("title: The pilot that is judged on its demo\nalso_known_as:\n  - demo pilot\n  - Book now", 5, "a call to contact or book this site, as its page 'Contact' is"),
        ("title: Write a pattern", 2, "the name of this site's page 'Write a pattern'"),
        ("title: Stall Patterns", 2, "this site's name, Stall Patterns"),
        ("title: The pilot that is judged on its demo\nalso_known_as:\n  - demo pilot\n  - the stall finder", 5, "the name of this site's page 'Stall finder'"),
    ],
)
def test_a_title_or_other_name_that_is_the_sites_name_or_a_pages_is_an_error(check: Check, new: str, line: int | None, page: str | None):
    # 'All patterns' and 'Stall finder' as a pattern's title were written by 'new' and
    # published: first in the site's search for the page, a card that passed for it.
    found = [d for d in check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": new})) if d.is_error]
    if line is None:
        assert found == []
        return
    assert [(d.code, d.line) for d in found] == [("name-is-site-page", line)], found
    assert f"is {page}: in lists and the site's search, the pattern would pass for it" in found[0].message
    assert found[0].message.startswith("the title '" if line == 2 else f"'{new.rpartition('  - ')[2]}' in 'also_known_as'")


@pytest.mark.parametrize(
    ("written", "path", "shown"),
    [
        # Bold lost its end, and the path its last backslash, on GitHub and on the site alike.
        ("The files are in **C:\\Users\\Finance\\**, shared by all.", "C:\\Users\\Finance\\", "C:\\Users\\Finance*"),
        # A shared folder's two backslashes showed as one.
        ("Drafts sit on \\\\fileserver\\share\\AI until someone reads them.", "\\\\fileserver\\share\\AI", "\\fileserver\\share\\AI"),
        ("Old drafts go to D:\\Archive\\_old each month.", "D:\\Archive\\_old", "D:\\Archive_old"),
    ],
)
def test_a_windows_path_in_the_text_that_shows_otherwise_is_told_to_go_in_backticks(check: Check, written: str, path: str, shown: str):
    text = in_first_section(written + "\n")
    found = [d for d in check(Path("a.md"), text) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("windows-path", 14, written.index(path) + 1)], found
    assert found[0].message.startswith(
        f"the path '{path}' is written outside code: GitHub and the site read a backslash before a mark as Markdown's, so it shows as '{shown}'"
    )
    assert found[0].hint.startswith(f"put the path in backticks, where every character shows as typed: `{path}`")
    # The hint followed (in bold, as it says): the path shows as typed, and nothing is told.
    fixed = written.replace(f"**{path}**", f"**`{path}`**") if f"**{path}**" in written else written.replace(path, f"`{path}`")
    assert [d for d in check(Path("a.md"), in_first_section(fixed + "\n")) if d.is_error] == []


def test_a_long_line_of_paths_addresses_and_backticks_is_read_in_linear_time(growth):
    # Each path is read once, and what comes before it no further back than an address's start.
    from stallpatterns import contacts, dialect

    def read(n: int) -> None:
        assert dialect._garbled_path("C:\\a ](C:\\b\\_c) `` ` " * n) is None
        assert contacts.email_address("mailto:a@b.org " * n) is None

    assert growth(read, 2_000) < 8


@pytest.mark.parametrize(
    "written",
    [
        # No backslash before a mark: shown as typed. Every one doubled: shown as meant.
        "Saved to C:\\Users\\Finance as usual, and to C:\\\\reports\\\\ and \\\\\\\\server\\\\share too.",
        # In code, and in a link's address (which the link checks tell as a file on a computer).
        "The prompt reads `\\\\fileserver\\share\\AI` and ``C:\\Users\\Finance\\**``.",
        "```\ncopy C:\\Users\\Finance\\** \\\\fileserver\\share\\AI\n```",
        "See [the plan](C:\\reports\\_plan.docx) now.",
    ],
)
def test_a_windows_path_in_code_or_shown_as_written_passes(check: Check, written: str):
    assert "windows-path" not in {d.code for d in check(Path("a.md"), in_first_section(written + "\n"))}


@pytest.mark.parametrize(
    ("old", "new", "line", "address"),
    [
        ("title: The pilot that is judged on its demo", "title: Reply to bookings@evil.example instead", 2, "bookings@evil.example"),
        ("title: The pilot that is judged on its demo", "title: The pilot at https://evil.example/pilot", 2, "https://evil.example/pilot"),
        # A link written in the title: shown as written (a warning), with its address (an error).
        ("title: The pilot that is judged on its demo", "title: See [the pilot](https://x.com) fail", 2, "https://x.com"),
        ("summary: A pilot", "summary: Write to ap@evil.example. A pilot", 3, "ap@evil.example"),
        ("category: value\n", "category: value\nalso_known_as:\n  - demo pilot\n  - see www.evil.example\n", 7, "www.evil.example"),
    ],
)
def test_a_title_summary_or_other_name_that_holds_an_address_is_an_error(check: Check, old: str, new: str, line: int, address: str):
    # A title 'Reply to bookings@evil.example instead' went word for word into the booking e-mail.
    found = [d for d in check(Path("a.md"), minimal(**{old: new})) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("address-in-name", line)], found
    assert f"holds an address, '{address}'" in found[0].message


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("title: The pilot that is judged on its demo", "title: The pilot review that never ends"),
        ("title: The pilot that is judged on its demo", "title: The stalled diagnosis of the pilot"),
        ("summary: A pilot", "summary: A pilot (version 2.0) at the company. A pilot"),
        # An offer's words inside longer words: 'install', a place's or a person's name.
        ("title: The pilot that is judged on its demo", "title: The install review nobody signs"),
        ("title: The pilot that is judged on its demo", "title: What the Tunstall Review found"),
        ("title: The pilot that is judged on its demo", "title: What Forestall Diagnostics sold the board"),
        # A word that starts with one: 'reviewer' is no 'Review', in a slip or not.
        ("title: The pilot that is judged on its demo", "title: The stall reviewer nobody listens to"),
        ("title: The pilot that is judged on its demo", "title: Why stall reveiwers never sign"),
    ],
)
def test_names_near_an_offer_or_with_a_full_stop_in_a_figure_are_as_meant(check: Check, old: str, new: str):
    assert codes_for(check, minimal(**{old: new})) == []


@pytest.mark.parametrize(
    ("old", "new", "line", "number"),
    [
        ("summary: A pilot", "summary: To book, call our line on 020 7946 0000. A pilot", 3, "020 7946 0000"),
        ("  - Nobody can say", "  - Nobody answers +44 7700 900123 when it rings\n  - Nobody can say", 8, "+44 7700 900123"),
        ("A claims team", "To book a Stall Review, call our bookings line on (0161) 496 0000.\n\nA claims team", 14, "(0161) 496 0000"),
        ("A claims team", "> **Book a review.** Call 0800-123-4567, quoting this page.\n\nA claims team", 14, "0800-123-4567"),
        ("A claims team", "Call `+1 (555) 010-0199` or 555-010-0199.\n\nA claims team", 14, "+1 (555) 010-0199"),
        ("A claims team", "Text 07700900123 now.\n\nA claims team", 14, "07700900123"),
        # As Word pastes it, with no-break spaces; with dashes; from a phone in Europe.
        ("A claims team", "Call our bookings line on 020\u00a07946\u00a00000.\n\nA claims team", 14, "020\u00a07946\u00a00000"),
        ("A claims team", "Call 020 \u2013 7946 \u2013 0000.\n\nA claims team", 14, "020 \u2013 7946 \u2013 0000"),
        ("A claims team", "Call 0044 20 7946 0000.\n\nA claims team", 14, "0044 20 7946 0000"),
        # Its 0 apart, as some write it; an extension written onto it.
        ("A claims team", "Call 0 20 7946 0000 to book.\n\nA claims team", 14, "0 20 7946 0000"),
        ("A claims team", "Call 020 7946 0000x12 to book.\n\nA claims team", 14, "020 7946 0000"),
        # As typeset: thin or hair spaces, Unicode's hyphen.
        ("A claims team", "Ring 020\u20097946\u20090960 to book.\n\nA claims team", 14, "020\u20097946\u20090960"),
        ("A claims team", "Ring 020\u200a7946\u200a0960 to book.\n\nA claims team", 14, "020\u200a7946\u200a0960"),
        ("A claims team", "Ring 020\u20107946\u20100960 to book.\n\nA claims team", 14, "020\u20107946\u20100960"),
        # After a reference's name and a short word: read without case, 'line' was a code ('INC').
        ("A claims team", "To book a session, call the order line 0800 123 4567.\n\nA claims team", 14, "0800 123 4567"),
        ("A claims team", "Ring the staff desk on +44 20 7946 0960.\n\nA claims team", 14, "+44 20 7946 0960"),
        ("A claims team", "The policy team is on 020 7946 0960.\n\nA claims team", 14, "020 7946 0960"),
    ],
)
def test_a_phone_number_anywhere_in_a_pattern_is_an_error(check: Check, old: str, new: str, line: int, number: str):
    # 'To book a Stall Review, call our bookings line on 020 7946 0000' was published, in the
    # summary on cards, in search and in link previews: a line that passed for the site's.
    found = [d for d in check(Path("a.md"), minimal(**{old: new})) if d.code == "phone-number"]
    assert [(d.line, d.is_error) for d in found] == [(line, True)], found
    assert found[0].message.startswith(f"'{number}' is a phone number: readers would take it for this site's own line")
    assert found[0].hint == "delete it: to say whom a reader should call, name them or their role in words"


def test_a_long_run_of_figures_on_one_line_is_read_for_phone_numbers_in_linear_time(growth):
    # Each '0' started a match that ran to the run's end, and failed at the letter after it:
    # 60 KB of '01 ' took 8 CPU seconds to validate (a review found it).
    from stallpatterns import contacts

    def read(n: int) -> None:
        assert contacts.phone_number("01 " * n + "01x") is None

    assert growth(read, 5_000) < 8


@pytest.mark.parametrize("unit", ["1,", "0.", "12,", ",12"])
def test_a_long_run_of_figures_and_marks_is_read_for_prices_in_linear_time(growth, check: Check, unit: str):
    # An amount with its currency after it was tried from each figure of '1,1,1,…' and read
    # to the run's end: a line of 12,000 took 23 CPU seconds (crash round of the forty-fourth
    # session). 'free' elsewhere in the file starts the price check.
    def read(n: int) -> None:
        check(Path("a.md"), in_first_section("The pilot was free. " + unit * n + "\n"))

    assert growth(read, 1_500) < 8


@pytest.mark.parametrize("link", ["[a](https://e.com/?Stall+Review) ", "[Stall Review](https://e.com) ", "[a](https://e.com/?020+7946+0960) "])
def test_a_paragraph_of_many_links_told_of_is_checked_in_linear_time(growth, check: Check, link: str):
    # Each link told of counted the lines of the paragraph's children up to it again: 4,000
    # took 5 CPU seconds (complexity round of the forty-fourth session).
    def read(n: int) -> None:
        check(Path("a.md"), in_first_section("Text " + link * n + "\n"))

    assert growth(read, 600) < 8


@pytest.mark.parametrize(
    "make",
    [
        # The forty-eighth session's readings of a price list, an offer's length, notes and counts
        # as the page shows them, and links on part of the words that ask: each took time in the
        # square of a run's length at first (helper-227: 3 to 12 CPU s at 20,000 to 40,000 characters).
        lambda n: "R" + "_" * n + "x £600",
        lambda n: "Diagnosis: 1" + "-" * n + "x £600",
        lambda n: "Diagnosis and Review" + " " * n + "x £600",
        lambda n: "Diagnosis and Review" + "\\*" * n + "x £600",
        lambda n: "".join(f"[Note to\ned {i}] " for i in range(n // 18)) + ' "x"',
        lambda n: "**Phone:** 41230, " * (n // 18) + " Web: 30211",
        lambda n: "Book a " + "*a* " * (n // 4) + "[call](https://e.example/x).",
        # The fifty-sixth session's: an offer's last word in capitals or counted, a payment page's dots in
        # words, a chat service's name after words that ask, and a booking at a place and no more.
        lambda n: "Two DIAGNOSES versus " * (n // 21) + "\u00a3600 elsewhere",
        lambda n: "paypal dot me " * (n // 14) + "slash x",
        lambda n: "Message me on " + "WhatsApp: = ( " * (n // 14),
        lambda n: "Book at " + "a." * (n // 2) + "b",
        # The prices round of the fifty-sixth session's: a deal on an offer, or for this page's readers.
        lambda n: "The Review is " + "1" * n + "x discount",
        lambda n: "Book the Review " * (n // 16) + "and save",
        lambda n: "The Review price is " + "now " * (n // 4) + "x",
        lambda n: "Readers of this page " * (n // 21) + "1" * 20 + "x",
        lambda n: "For the Review, I charge " + "1," * (n // 2) + "x",
        lambda n: "The Review " * (n // 11) + "I do the same",
        lambda n: "Before you book here " * (n // 21) + "talk to",
        lambda n: "review of your rollout " * (n // 23) + "contact A",
        lambda n: "Invoices for the Review " * (n // 24) + "come from",
        lambda n: "We charge 1,950 a day " * (n // 22) + "for",
        lambda n: "The Review has a " + "x-" * (n // 2) + " discount",
    ],
)
def test_the_readings_as_the_page_shows_the_text_are_linear(growth, check: Check, make: Callable[[int], str]):
    def read(n: int) -> None:
        check(Path("a.md"), in_first_section(make(n) + "\n"))

    assert growth(read, 3_000) < 8


@pytest.mark.parametrize("space", ["\u00a0", "\u2009"])
def test_a_long_run_of_no_break_spaces_is_read_in_linear_time(growth, check: Check, space: str):
    # Each was read to the run's end, looking for an address's end: 48,000 took 3.6 CPU
    # seconds (crash round of the forty-fourth session).
    def read(n: int) -> None:
        check(Path("a.md"), in_first_section("Words " + space * n + " more.\n"))

    assert growth(read, 6_000) < 8


def test_lines_of_figures_are_read_for_phone_numbers_in_linear_time(growth):
    # Each line with a run of digits is read: its number is counted from the last one, not
    # from the file's start (thousands of dated lines would take time in their square).
    from stallpatterns import contacts

    def read(n: int) -> None:
        assert len(contacts._lines_with_digits("Met on 2024-01-01 and 2025-02-02.\n" * n)) == n

    assert growth(read, 20_000) < 8


@pytest.mark.parametrize(
    ("old", "new", "line", "address"),
    [
        ("A claims team", "For the figures, ask jane.doe@example.org in finance.\n\nA claims team", 14, "jane.doe@example.org"),
        ("A claims team", "Write to pmo@firm.co.uk.\n\nA claims team", 14, "pmo@firm.co.uk"),
        ("A claims team", "Bookings go to <bookings@firm.co.uk> this year.\n\nA claims team", 14, "bookings@firm.co.uk"),
        ("A claims team", "Ask [pmo@firm.co.uk](mailto:pmo@firm.co.uk) for the figures.\n\nA claims team", 14, "pmo@firm.co.uk"),
        # In code as in the text, as a phone number is: a prompt or a sample is published too.
        ("A claims team", "The prompt ended `Send the summary to jane.doe@example.org`.\n\nA claims team", 14, "jane.doe@example.org"),
        # Linked as an address of its own, as GitHub links it, whatever is written before it:
        # the reader sees the address, and a link to write to it.
        ("A claims team", "Write to =bookings@firm.co.uk for help.\n\nA claims team", 14, "bookings@firm.co.uk"),
        ("A claims team", "Write to /bookings@firm.co.uk for help.\n\nA claims team", 14, "bookings@firm.co.uk"),
        ("A claims team", "Write to MAILTO:bookings@firm.co.uk today.\n\nA claims team", 14, "bookings@firm.co.uk"),
        ("A claims team", "Or <mailto:bookings@firm.co.uk?subject=Booking> now.\n\nA claims team", 14, "bookings@firm.co.uk"),
        ("A claims team", "- a list item, cc=bookings@firm.co.uk\n\nA claims team", 14, "bookings@firm.co.uk"),
        # Written so that no program links it; a reader still reads an address (attack round).
        ("A claims team", "Write to bookings [at] firm [dot] co [dot] uk today.\n\nA claims team", 14, "bookings [at] firm [dot] co [dot] uk"),
        ("A claims team", "Write to pmo (AT) firm.org today.\n\nA claims team", 14, "pmo (AT) firm.org"),
        ("A claims team", "Write to bookings\uff20firm.co.uk today.\n\nA claims team", 14, "bookings\uff20firm.co.uk"),
        # Only the user 'git' before a path is a Git remote: a person's name is their address.
        ("A claims team", "Clone `jane.doe@firm.co.uk:claims/bot` first.\n\nA claims team", 14, "jane.doe@firm.co.uk"),
        ("A claims team", "Write to git@firm.co.uk: the platform team reads it.\n\nA claims team", 14, "git@firm.co.uk"),
        # A host in other letters, bullets for its dots, full-width brackets round its 'at' (the
        # attack round of the forty-seventh session: each published).
        ("A claims team", "Write to bookings@stallr\u00e9view.co.uk today.\n\nA claims team", 14, "bookings@stallr\u00e9view.co.uk"),
        ("A claims team", "Write to bookings@stallreview\u2022co\u2022uk today.\n\nA claims team", 14, "bookings@stallreview\u2022co\u2022uk"),
        ("A claims team", "Write to bookings \uff3bat\uff3d stallreview \uff3bdot\uff3d co \uff3bdot\uff3d uk today.\n\nA claims team", 14, "bookings \uff3bat\uff3d stallreview \uff3bdot\uff3d co \uff3bdot\uff3d uk"),
        # Marks beside its '@' that a reader reads past, a mailbox at a domain in words where the
        # sentence asks to write (the attack rounds of the forty-seventh and forty-eighth sessions).
        ("A claims team", "Write to sam*@*stallhelp.co.uk today.\n\nA claims team", 14, "sam*@*stallhelp.co.uk"),
        ("A claims team", "Contact: sam\u00b7@\u00b7stallhelp.co.uk\n\nA claims team", 14, "sam\u00b7@\u00b7stallhelp.co.uk"),
        ("A claims team", 'Send it to "sam"@stallhelp.co.uk today.\n\nA claims team', 14, '"sam"@stallhelp.co.uk'),
        ("A claims team", "Drop us a note: sam@@stallhelp.co.uk.\n\nA claims team", 14, "sam@@stallhelp.co.uk"),
        ("A claims team", "Write to bookings at stallreview.co.uk to book.\n\nA claims team", 14, "bookings at stallreview.co.uk"),
        ("A claims team", "Our inbox: stallhelp at gmail.com.\n\nA claims team", 14, "stallhelp at gmail.com"),
        # Its dots and '@' in words of their own, or its dots with a space each side (the attack
        # round of the forty-eighth session: each published).
        ("A claims team", "Write to sam at stallhelp full stop co full stop uk.\n\nA claims team", 14, "sam at stallhelp full stop co full stop uk"),
        ("A claims team", "Write to sam (the at sign) stallhelp.co.uk today.\n\nA claims team", 14, "sam (the at sign) stallhelp.co.uk"),
        ("A claims team", "Write to sam at-sign stallhelp.co.uk today.\n\nA claims team", 14, "sam at-sign stallhelp.co.uk"),
        ("A claims team", "E-mail sam at stallhelp . co . uk for the slides.\n\nA claims team", 14, "sam at stallhelp . co . uk"),
        # Its '@' typed, with spaces about its dots (the attack round of the fifty-second session, helper-240: published).
        ("A claims team", "Write to pmo @ firm . co . uk for a copy.\n\nA claims team", 14, "pmo @ firm . co . uk"),
        ("A claims team", "Write to pmo@firm . co . uk for a copy.\n\nA claims team", 14, "pmo@firm . co . uk"),
        ("A claims team", "Write to PMO @ Firm . Co . UK today.\n\nA claims team", 14, "PMO @ Firm . Co . UK"),
        ("A claims team", "Write to sam at stallhelp period co period uk.\n\nA claims team", 14, "sam at stallhelp period co period uk"),
        ("A claims team", "Write to sam at stallhelp (dot) co (dot) uk.\n\nA claims team", 14, "sam at stallhelp (dot) co (dot) uk"),
        ("A claims team", "Write to sam -at- stallhelp.co.uk today.\n\nA claims team", 14, "sam -at- stallhelp.co.uk"),
        ("A claims team", "Write to sam at stallhelp.dev today.\n\nA claims team", 14, "sam at stallhelp.dev"),
        ("A claims team", "Reach: sam at stallhelp.co.uk\n\nA claims team", 14, "sam at stallhelp.co.uk"),
        ("A claims team", "Bookings: sam at stallhelp.co.uk\n\nA claims team", 14, "sam at stallhelp.co.uk"),
        ("A claims team", "E-mail address — sam at stallhelp.co.uk\n\nA claims team", 14, "sam at stallhelp.co.uk"),
    ],
)
def test_an_email_address_written_out_in_a_pattern_is_an_error(check: Check, old: str, new: str, line: int, address: str):
    # 'jane.doe@example.org' in the text was published as a live link with no message, where a
    # phone number is an error: readers took it for the firm's own, and it is a person's data.
    found = [d for d in check(Path("a.md"), minimal(**{old: new})) if d.code == "email-address"]
    assert [(d.line, d.is_error) for d in found] == [(line, True)], found
    assert found[0].message == (
        f"'{address}' is an e-mail address: readers would take it for this site's own, and a person's address on a public page is their personal data"
    )
    assert found[0].hint == (
        "delete it: to say whom a reader should write to, name their role in words ('the project office'); "
        "readers reach this site through the offer on every page"
    )
    assert found[0].column == minimal(**{old: new}).split("\n")[line - 1].index(address) + 1


@pytest.mark.parametrize(
    "prose",
    [
        "Write to [the project office](mailto:pmo@firm.co.uk?subject=Pilot%20figures) for the figures.",
        "See [the regulator's guidance](https://ico.org.uk/for-organisations/?contact=dpo@ico.org.uk) and [a post](https://medium.com/@jane/pilots).",
        "The chart ![Claims per week, flat since March](/assets/chart@2x.png) shows it, and @jane said so on Slack.",
        "Version pkg@1.2.3 was pinned, and the team met @ 10:00 in room 4@B.",
        # A Git remote's SSH address, user 'git' and a path after the colon: no one's mailbox.
        "The agent cloned `git@github.com:firm/claims-bot.git` and `git@gitlab.example.co.uk:ops/runbooks`.",
        # People at a firm, in words, beside the forty-eighth session's reading of a mailbox at a domain.
        "Write to the team at nhs.uk, or e-mail the account manager at vendor.com. Contact Jane Smith at Acme.com for details.",
        "Mail was stored at stallhelp.co.uk by the vendor, and we moved to Teams at microsoft.com. Licences were 500 @ £30.",
        "Contact IT at once . Email was down. Write to the team at the full stop of the year.",
        # A label's colon before a body at its site (helper-226's review of this session's change).
        "**Note:** guidance at GOV.UK tells departments to contact the CDDO before buying.",
        "Source: ONS at ons.gov.uk; contact the statistics team for the tables.",
        "Staff were told to contact IT at once. Email was down for two days. The team's handle was @pilot.",
        # Figures and words about a spaced '@' (the review of the fifty-second session's change).
        "Scores were 4 @ 2 . me and the rest. The handle was @ nhs . uk style.",
    ],
)
def test_email_links_and_other_uses_of_at_are_no_email_address_written_out(check: Check, prose: str):
    assert "email-address" not in {d.code for d in check(Path("a.md"), in_first_section(prose + "\n"))}


@pytest.mark.parametrize(
    ("sign", "code"),
    [
        # A sign is a label a reader ticks in the stall finder, and a line of search results.
        ("Nobody answers pmo@firm.co.uk when it is written to", "address-in-name"),
        ("Staff are told to log in at https://evil.example/login", "address-in-name"),
        ("Book a Stall Review to find out", "name-is-offer"),
    ],
)
def test_a_sign_that_holds_an_address_or_names_an_offer_is_told_once(check: Check, sign: str, code: str):
    found = check(Path("a.md"), minimal(**{"  - Nobody can say": f"  - {sign}\n  - Nobody can say"}))
    assert [(d.code, d.line) for d in found if d.is_error] == [(code, 8)], found


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("title: The pilot that is judged on its demo", "title: Book a diagnosis before the pilot ends"),
        ("summary: A pilot", "also_known_as:\n  - book a review\nsummary: A pilot"),
    ],
)
def test_a_title_or_other_name_that_asks_to_book_an_offer_by_its_last_word_is_an_offer_s_name(check: Check, old: str, new: str):
    # 'Book a diagnosis' as a title passed, and the site's search showed it as the offer.
    found = [d for d in check(Path("a.md"), minimal(**{old: new})) if d.is_error]
    assert [d.code for d in found] == ["name-is-offer"]
    # Told as asking to book it, which it does, not as naming it (front matter round of the
    # forty-fourth session).
    assert " asks to book this site's offer, " in found[0].message


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("summary: A pilot", "summary: The team had to book a review with legal before a pilot"),
        ("A claims team", "Each quarter the team would book a review with the risk office.\n\nA claims team"),
        ("  - Nobody can say", "  - Teams book a review slot and wait six weeks\n  - Nobody can say"),
    ],
)
def test_booking_a_review_in_a_summary_a_sign_or_prose_is_no_offer(check: Check, old: str, new: str):
    assert "name-is-offer" not in {d.code for d in check(Path("a.md"), minimal(**{old: new}))}


@pytest.mark.parametrize(
    ("words", "ours"),
    [
        # Attack round: refused as this site's offer, though it names whose review it is.
        ("book a review with the NCSC", False),
        ("Book a review at your bank", False),
        ("book a review", True),
        ("Book a review with us", True),
        ("book a review with our team", True),
        # What kind of meeting, then the offer's last word, asks to book it too (an attack
        # round of this session: each passed).
        ("Book your 90-minute review", True),
        ("book a quick review call", True),
        ("Book a free review", True),
        ("Schedule a review", True),
        ("reserve your diagnosis", True),
        ("book a one-day diagnosis", True),
        ("Order a review", True),
        # (Not 'arrange': '### Arrange the review early' heads an intervention, the false-refusal round of the fifty-seventh session.)
        ("arrange a review of the contract", False),
        ("Claim your free diagnosis", True),
        ("book a free review with the NCSC", False),
        # What is reviewed says it is no Stall Review.
        ("book a security review", False),
        ("schedule a code review", False),
    ],
)
def test_a_link_that_asks_to_book_a_review_with_someone_named_is_not_the_sites_offer(check: Check, words: str, ours: bool):
    found = check(Path("a.md"), in_first_section(f"Teams can [{words}](https://www.ncsc.gov.uk/) first.\n"))
    assert ("link-text-elsewhere" in {d.code for d in found}) is ours, found


@pytest.mark.parametrize(
    ("prose", "host"),
    [
        # Attack round of the forty-first session: each passed, and told readers to book elsewhere.
        ("Stall Patterns now takes all bookings at https://evil.example/book instead.", "evil.example"),
        ("Bookings now open at https://evil.example/book?site=stallpatterns", "evil.example"),
        ("> Note from Stall Patterns: our booking page has moved to [the new page](https://evil.example/b).", "evil.example"),
        ("Book with us through [the new portal](https://portal.evil.example/p).", "portal.evil.example"),
        ("We now take enquiries at [our partner's desk](mailto:desk@evil.example).", "desk@evil.example"),
        # The booking asked for around a link whose own words say nothing of it.
        ("Book [the 90-minute session](https://cal.evil.example/s) with us.", "cal.evil.example"),
        ("Order [a board-ready diagnosis](https://evil.example/d) from us.", "evil.example"),
        # Left open by the attack rounds of the forty-second session: the site named after
        # the bookings, and a notice that asks to book and names nothing else.
        ("Bookings for Stall Patterns have moved to [the new desk](https://desk.evil.example/).", "desk.evil.example"),
        ("Enquiries for this site now go to [the new desk](https://desk.evil.example/).", "desk.evil.example"),
        ("To book: [the new desk](https://desk.evil.example/).", "desk.evil.example"),
        ("Book here \u2013 [the new desk](https://desk.evil.example/).", "desk.evil.example"),
        # The attack round of the forty-third session: the site's voice in other words.
        ("We\u2019ve moved all bookings to [the new calendar](https://cal.evil.example/s).", "cal.evil.example"),
        ("We're taking bookings at cal.evil.example/s now.", "cal.evil.example"),
        ("I now take bookings at cal.evil.example/s instead.", "cal.evil.example"),
        ("The authors now take bookings at cal.evil.example/s instead.", "cal.evil.example"),
        ("All bookings are now at cal.evil.example/s.", "cal.evil.example"),
        ("New bookings: cal.evil.example/s.", "cal.evil.example"),
        ("StallPatterns now takes bookings at cal.evil.example/s.", "cal.evil.example"),
        ("Our new online booking page moved to cal.evil.example/s.", "cal.evil.example"),
        ("Book a session at cal.evil.example/s.", "cal.evil.example"),
        ("Book a free 30-minute call via [the calendar](https://cal.evil.example/s) today.", "cal.evil.example"),
        # The site itself said to have moved (the smuggling round of the forty-sixth session).
        ("Stall Patterns has moved to https://acme-consulting.co.uk/.", "acme-consulting.co.uk"),
        # In other words that say so (the forty-seventh session: each passed).
        ("Stall Patterns now lives at https://acme-consulting.co.uk/.", "acme-consulting.co.uk"),
        ("Stall Patterns has a new home at [acme](https://acme-consulting.co.uk/).", "acme-consulting.co.uk"),
        ("Stall Patterns can now be found at acme-consulting.co.uk.", "acme-consulting.co.uk"),
    ],
)
def test_a_sentence_that_says_the_sites_bookings_are_taken_elsewhere_is_an_error(check: Check, prose: str, host: str):
    found = [d for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.code == "booking-elsewhere"]
    assert [(d.line, d.is_error) for d in found] == [(14, True)], found
    assert found[0].message.startswith("this sentence says the site's bookings or enquiries are taken elsewhere (")
    assert f"and sends readers to '{host}': readers would book there, not with this site" in found[0].message


@pytest.mark.parametrize(
    ("prose", "host"),
    [
        ("Stall Patterns has moved to https://acme-consulting.co.uk/.", "acme-consulting.co.uk"),
        ("The Stall Review now lives at [our new site](https://acme-consulting.co.uk/).", "acme-consulting.co.uk"),
        # The attack round of the forty-seventh session: each passed.
        ("We've moved to stallhelp.co.uk.", "stallhelp.co.uk"),
        ("Our new home is [here](https://stallhelp.co.uk).", "stallhelp.co.uk"),
        ("Stall Patterns has been acquired by [Stall Help](https://stallhelp.co.uk).", "stallhelp.co.uk"),
        ("The Stall Review is now offered by [Stall Help](https://stallhelp.co.uk).", "stallhelp.co.uk"),
        ("Stall Reviews are taken by [Stall Help Ltd](https://stallhelp.co.uk).", "stallhelp.co.uk"),
        # Emphasis between the words, and other words for where (the review of the session's change).
        ("The Stall Review is now offered **by** [Stall Help](https://stallhelp.co.uk).", "stallhelp.co.uk"),
        ("Stall Patterns has a new **home** at [Stall Help](https://stallhelp.co.uk).", "stallhelp.co.uk"),
        ("The Stall Review can now be found via [Stall Help](https://stallhelp.co.uk).", "stallhelp.co.uk"),
        ("Our new site is [stallhelp.co.uk](https://stallhelp.co.uk).", "stallhelp.co.uk"),
        # In other words again (the attack rounds of the forty-seventh and forty-eighth sessions).
        ("We've migrated to stallhelp.co.uk.", "stallhelp.co.uk"),
        ("Stall Patterns is now owned by [Stall Help Ltd](https://stallhelp.co.uk).", "stallhelp.co.uk"),
        ("The buttons below no longer work; use stallhelp.co.uk instead.", "stallhelp.co.uk"),
        ("The Review has moved to stallhelp.co.uk.", "stallhelp.co.uk"),
    ],
)
def test_the_site_or_an_offer_said_to_be_elsewhere_is_an_error_in_a_file_with_no_word_of_booking(check: Check, prose: str, host: str):
    # The check read only files that held a word of booking ('book', 'claim'…): the fixture's
    # 'claims' held one, and a file without any published each of these (the attack round of
    # the forty-seventh session).
    text = in_first_section(prose + "\n").replace("claims", "letters").replace("a request for", "a letter about")
    assert not any(word in text.lower() for word in ("book", "order", "claim", "enquir", "reserv", "schedul", "request"))
    found = [d for d in check(Path("a.md"), text) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("booking-elsewhere", 14)], found
    assert f"and sends readers to '{host}'" in found[0].message


@pytest.mark.parametrize(
    "prose",
    [
        "We moved to [the cloud](https://azure.microsoft.com/) last year, and the pilot stalled.",
        "Our new home is a [shared office](https://maps.example/) in Leeds. The team moved to [Teams](https://www.microsoft.com/teams) in 2022.",
        "The vendor has been acquired by [Microsoft](https://www.microsoft.com/). The Stall Review was run by the board in 2023.",
        "This site is now part of [Barts Health](https://www.bartshealth.nhs.uk/), the trust's estates team said.",
        # A government's review by its last word, and others' forms and migrations.
        "The Review is now on GOV.UK. The team migrated to [Microsoft 365](https://www.microsoft.com/) last year.",
        "The form below does not work in Internet Explorer, says [Microsoft](https://www.microsoft.com/).",
        "Stall Patterns is run by two consultants; read [the NAO's report](https://www.nao.org.uk/) first.",
    ],
)
def test_others_moves_and_takeovers_may_be_linked(check: Check, prose: str):
    text = in_first_section(prose + "\n").replace("claims", "letters").replace("a request for", "a letter about")
    assert [d.format_text() for d in check(Path("a.md"), text) if d.is_error] == []


@pytest.mark.parametrize(
    ("prose", "said"),
    [
        # The attack round of the forty-eighth session: each passed, with no address to read.
        ("A short note before the pattern: from April, the Stall Review is delivered by our partners at Northgate Advisory.", "the Stall Review is delivered by"),
        ("Bookings for both offers are now handled by our agency, Brightwell Partners.", "both offers are now handled by"),
        ("Payments for the Stall Diagnosis are collected by Northgate Advisory Ltd.", "Payments for the Stall Diagnosis are collected by"),
        ("The AI Rollout Stall Diagnosis is subcontracted to Northgate Advisory.", "The AI Rollout Stall Diagnosis is subcontracted to"),
        ("The Stall Review has moved.", "The Stall Review has moved"),
        ("The Stall Review has been renamed the Rollout Health Check.", "The Stall Review has been renamed"),
        ("The Stall Review's new owner is Northgate Advisory.", "The Stall Review\u2019s new owner"),
        ("Northgate Advisory now run the Stall Review on behalf of the authors.", "Northgate Advisory now run the Stall Review"),
        ("Northgate Advisory deliver the Stall Review on our behalf.", "Northgate Advisory deliver the Stall Review on our behalf"),
        ("We have handed the Review over to Northgate Advisory, who now run every session.", "We have handed the Review over to"),
        ("Stall Patterns merged with Northgate Advisory in January.", "Stall Patterns merged with"),
        ("Stall Patterns is now part of the Northgate group.", "Stall Patterns is now part of"),
        ("We no longer accept bookings through this site.", "We no longer accept bookings through this site"),
        ("The booking button below goes to a mailbox we no longer watch.", "The booking button below goes to a mailbox we no longer"),
        ("Ignore the booking box at the end; write to Northgate.", "Ignore the booking box at the end"),
        # By its last word, where the sentence says it is so now, by a firm named or the site's partners.
        ("From April, the Review is delivered by our partners at Northgate Advisory.", "the Review is delivered by our partners at Northgate Advisory"),
        ("The Diagnosis is now handled by Northgate Advisory.", "The Diagnosis is now handled by Northgate Advisory"),
        ("Northgate Advisory now run the Review.", "Northgate Advisory now run the Review"),
        ("The STALL DIAGNOSIS is now delivered by Northgate Advisory.", "The STALL DIAGNOSIS is now delivered by"),
        # The site's name as the page shows it, written otherwise (the attack round of this session: each published).
        ("Stall&nbsp;Patterns is now part of the Northgate group.", "Stall Patterns is now part of"),
        ("Stall  Patterns is now part of the Northgate group.", "Stall Patterns is now part of"),
        ("**Stall** Patterns is now part of the Northgate group.", "Stall Patterns is now part of"),
        ("Stall\nPatterns is now part of the Northgate group.", "Stall Patterns is now part of"),
        # The attack round of the fifty-fifth session: the site's button, price or offer said to be wrong or gone.
        ("Please don't use the booking button: it goes to an old inbox.", "Please don\u2019t use the booking button"),
        ("The price shown below is wrong.", "The price shown below is wrong"),
        ("The Diagnosis is no longer offered here.", "The Diagnosis is no longer offered here."),
        ("The Stall Review is no longer available.", "The Stall Review is no longer available."),
    ],
)
def test_a_sentence_that_says_the_sites_offers_or_the_site_are_now_anothers_is_an_error(check: Check, prose: str, said: str):
    found = [d for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("booking-elsewhere", 14)], found
    assert found[0].message == (
        f"this sentence says this site's offers, or the site, are now another's ('{said}'): "
        "readers would take it as the site's own word, and take their business there"
    )


@pytest.mark.parametrize(
    "prose",
    [
        # Another's review, moved or given, the site's own offer pointed to, and the client's site.
        "The Review has moved to the National Archives. The Topol Review has moved there too.",
        "A free Gateway Review is available to central government programmes. The Review was run by the Cabinet Office.",
        "The Stall Review is offered by the authors alone. Booking a Stall Review via the offer below is one route.",
        "This site is now part of a series. The stall review moved to Thursday. Most trusts run the Review in-house.",
        # The site's subject in small letters, not its name (the false-refusal round of the forty-eighth session).
        "Across the NHS, these stall patterns are moving into procurement. The two stall\npatterns will close once the sponsor returns.",
        "The booking button on the council's site was broken for a week.",
        # The review of the session's change (helper-223): a government's review or a clinician's
        # diagnosis by its last word, a client's bookings, and buttons elsewhere.
        "The Review is published by NHS England each spring. In most trusts, the Review is run by the medical director's office.",
        "The Diagnosis is delivered by letter, six weeks later. The Diagnosis belongs to the clinician, not the model.",
        "The Review is delivered by HM Treasury every three years. NHS England now runs the Review nationally.",
        "We outsourced the Diagnosis to a third party, and lost sight of the errors. Bookings for the Review are closed until April.",
        'The council said: "We no longer accept bookings by phone." The booking form on this page is broken, the clerk wrote.',
        "Ignore the booking form at the end of the old intranet page. The button below the form on the old portal no longer works.",
        # The review of the session's change (helper-224): the offer's name in small letters, and public bodies by name.
        "In most trusts, a stall review is run by the PMO. From April, the Review will be run by Leeds City Council.",
        "The Review is now run by Health Education England.",
        # (The fifty-fifth session.) A client's button, a vendor's price, another's review gone.
        "Customers don't use the booking button on the clinic's app. The price shown in the vendor's deck is wrong.",
        "The Review is no longer available on the council's site. The pilot is no longer running.",
    ],
)
def test_others_reviews_moved_or_given_and_the_sites_own_offer_pointed_to_are_as_meant(check: Check, prose: str):
    assert [d.format_text() for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.is_error] == []


@pytest.mark.parametrize(
    ("prose", "host"),
    [
        # The second attack round of this session: each passed, an address written out where
        # no link checks it, or a link whose words say nothing.
        ("Book the Stall Review at stallreview.co.uk today.", "stallreview.co.uk"),
        ("Order your Stall Review at stall-review.uk/book today.", "stall-review.uk"),
        ("To book a Stall Diagnosis, use [this form](https://forms.evil.example/d).", "forms.evil.example"),
        # The attack round of the forty-third session: the offer named, then where it is booked.
        ("The Stall Review: book at calendly.com/stall.", "calendly.com"),
        ("Stall Review slots: calendly.com/stall.", "calendly.com"),
        ("The Stall Review is now booked at [the new desk](https://desk.evil.example/).", "desk.evil.example"),
        # Words between its bookings and where they go, or the offer said to have moved (the
        # smuggling round of the forty-sixth session: each passed).
        ("Stall Review bookings now go through https://acme-consulting.co.uk/book.", "acme-consulting.co.uk"),
        ("The Stall Review has moved to [a new home](https://acme-consulting.co.uk/).", "acme-consulting.co.uk"),
        # In other words that say so (the forty-seventh session: each passed).
        ("The Stall Review now lives at [our new site](https://acme-consulting.co.uk/).", "acme-consulting.co.uk"),
        ("The Stall Review has a new home: [acme](https://acme-consulting.co.uk/).", "acme-consulting.co.uk"),
        ("The Stall Diagnosis can now be found at https://acme-consulting.co.uk/d.", "acme-consulting.co.uk"),
        ("The Stall Review is now at [acme](https://acme-consulting.co.uk/).", "acme-consulting.co.uk"),
        ("Request a Stall Review at stallhelp.co.uk.", "stallhelp.co.uk"),
        # By its last word as the site calls it, or its name and a mark before the address alone
        # (the attack rounds of the forty-seventh and forty-eighth sessions: each passed).
        ("The Review is now at stallhelp.co.uk.", "stallhelp.co.uk"),
        ("Bookings for the Review have moved to stallhelp.co.uk.", "stallhelp.co.uk"),
        ("The Diagnosis is now run by [Stall Help](https://stallhelp.co.uk).", "stallhelp.co.uk"),
        ("Stall Review: stallhelp.co.uk", "stallhelp.co.uk"),
        ("The Stall Diagnosis \u2192 [the new page](https://stallhelp.co.uk)", "stallhelp.co.uk"),
        ("Book the Stall Review at [stallhelp.ac](https://stallhelp.ac/book).", "stallhelp.ac"),  # ('.ac' alone is no university's)
        ("Book the Stall Review at [stallhelp.ac](https://stallhelp.ac/book).", "stallhelp.ac"),  # ('.ac' alone is no university's)
    ],
)
def test_a_sentence_that_asks_to_book_an_offer_elsewhere_is_an_error(check: Check, prose: str, host: str):
    found = [d for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.code == "booking-elsewhere"]
    assert [(d.line, d.is_error) for d in found] == [(14, True)], found
    assert found[0].message.startswith("this sentence asks to book this site's offer, ")
    assert f"and sends readers to '{host}'" in found[0].message


@pytest.mark.parametrize(
    "prose",
    [
        "In our experience, teams book a review with legal at [the portal](https://example.com/p).",
        "The NHS opened bookings at [its site](https://www.nhs.uk/) in May. Our bookings are on the Contact page.",
        "Our bookings are on [the Contact page](/contact/).",
        "The team's diary was full, so [the calendar](https://example.com/c) moved.",
        "We ordered the kit from [the supplier](https://example.com/s).",
        "Bookings for the training ran through [the learning portal](https://learning.example/).",
        "Our calendar of board meetings sets the pace: [the governance code](https://www.frc.org.uk/) explains why.",
        "Book a review with the risk office at [its portal](https://intranet.example/risk) before the pilot grows.",
        "A Stall Review would have found it; [the NAO report](https://www.nao.org.uk/) did, two years later.",
        "The team read gov.uk guidance before the Stall Review.",
        "To book leave, staff used [the HR portal](https://hr.example/leave); the pilot never saw it.",
        "The team's bookings for the pilot went through [a vendor's portal](https://vendor.example/).",
        "I saw the bookings for the pilot at [the portal](https://hr.example/), and we saw their enquiries at [the desk](https://desk.example/).",
        # The second attack round of the forty-third session: refused by the first round's new
        # words for the site's voice, in sentences about another's bookings.
        "All appointments are now made through [the NHS App](https://www.nhs.uk/nhs-app/), so the receptionists' queue moved online.",
        "New bookings have fallen since [the trust's app](https://www.nhs.uk/nhs-app/) launched.",
        '"I answer enquiries from [the portal](https://www.leeds.gov.uk/) all morning," one adviser told us.',
        "We're drowning in enquiries since [the new form](https://www.leeds.gov.uk/); we've seen enquiries triple.",
        "In our work on appointments at [a GP federation](https://www.nhs.uk/), the same stall came up.",
        "The authors found enquiries to [the helpline](https://www.gov.uk/) fell by a third.",
        "Enquiries have doubled since the council put its chatbot on leeds.gov.uk.",
        # The third round of the forty-third session: notices and requests of another's.
        "Bookings at [the leisure centre](https://www.leeds.gov.uk/) fell after the chatbot launched.",
        "Enquiries via [the web form](https://www.gov.uk/) tripled.",
        "New bookings: down 12% since [the new form](https://www.gov.uk/) launched.",
        "Book a session at the start of each sprint to review [the model card](https://github.com/firm/model-card).",
        "Schedule a call via [Teams](https://www.microsoft.com/microsoft-teams) with the vendor each fortnight.",
        "To book, patients now go to nhs.uk/app, which the receptionists did not know.",
        "Tenants can request a review via [the council's form](https://www.leeds.gov.uk/).",
        # Asked to book an offer, with a link that is no place to book it (the third round).
        "Book a Stall Review once you have read [the NAO's report](https://www.nao.org.uk/).",
        "Before you book a Stall Diagnosis, read [the government's AI playbook](https://www.gov.uk/).",
        "If you book a Stall Review, bring the pilot's dashboard from [Power BI](https://app.powerbi.com/).",
        "Our booking team used df.groupby to count enquiries, and model.predict on appointments.log.",
        "After the Stall Review, the board booked an audit with [the auditor](https://auditor.example/).",
        "Teams book a session at [the vendor's portal](https://vendor.example/) first. Book a session with the vendor at [its portal](https://vendor.example/).",
        # Other things moved, and bookings that rose (beside the forty-sixth session's new readings).
        "Our pilot has moved to [the vendor's cloud](https://azure.microsoft.com/) since the Stall Review.",
        "The Stall Review found the team had moved to [a new tool](https://www.atlassian.com/).",
        "Stall Review bookings rose after [the NAO report](https://www.nao.org.uk/) came out.",
        "The Stall Diagnosis is now at the centre of [the NCSC's guidance](https://www.ncsc.gov.uk/).",
        "The pilot team now lives at [the new office](https://maps.example/) and the Stall Review found it quieter.",
        "The owners can now be found at [the portal](https://intranet.example/) since the Stall Review.",
        # Doubts, investigations and figures of bookings (the false-refusal round of the forty-seventh session).
        "We had our reservations about the vendor, and [the NAO's report](https://www.nao.org.uk/) confirmed them.",
        "Despite our reservations, the board went ahead, citing [the Turing's study](https://www.turing.ac.uk/).",
        "In our enquiries, [the NAO's report](https://www.nao.org.uk/) was the only source with figures.",
        "Our enquiries to the vendor went unanswered, so we relied on what it publishes at openai.com.",
        "Our booking figures are from [NHS England's statistics](https://digital.nhs.uk/).",
        # The false-refusal round of the forty-eighth session: a source labelled with a word of
        # booking, the client's own people and bookings, and doubts voiced.
        "Sources:\n\n- Appointments: [NHS Digital's monthly statistics](https://digital.nhs.uk/data)\n- Bookings: [the council's open data](https://www.data.gov.uk/)",
        "We booked a session with our DPO and worked through [the toolkit](https://example.com/toolkit).",
        "Order laptops through our IT shop, not [the vendor's store](https://www.microsoft.com/en-gb/store/).",
        "Our routine appointments were cancelled during the strikes, as [the BBC reported](https://www.bbc.co.uk/news).",
        "We manage enquiries from the press through the comms team, following [the code](https://example.com/code).",
        "We handle appointments in three different systems, which [the CQC report](https://www.cqc.org.uk/) criticised.",
        "We voiced our reservations in a letter to the board, citing [the NAO's report](https://www.nao.org.uk/).",
    ],
)
def test_another_partys_bookings_or_the_sites_own_page_may_be_linked(check: Check, prose: str):
    assert [d.format_text() for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.is_error] == []


@pytest.mark.parametrize(
    ("prose", "number"),
    [
        # Attack round of the forty-first session: a number in letters passed, read out as one.
        ("Call 0800-STALLREV to book.", "0800-STALLREV"),
        ("Ring +44 800 STALL REV today.", "+44 800 STALL REV"),
        ("Ring oh two oh seven, nine four six, oh oh oh oh.", "oh two oh seven, nine four six, oh oh oh oh"),
        # Its groups parted by slashes (the second attack round of this session: passed).
        ("Ring 020/7946/0958 today.", "020/7946/0958"),
        # Left open by that round, and passed: parted by dots, as much of Europe writes one, given a
        # figure at a time, and in the figures of another script (each dialled as written).
        ("Ring +44.20.7946.0958 to book.", "+44.20.7946.0958"),
        # Letters for figures a run at a time, other marks between its groups, and a chat's address
        # written out (the attack round of the forty-eighth session: each published).
        ("The authors take calls on 07700 9OO 123.", "07700 9OO 123"),
        ("Our number: O77OO 9OO I23.", "O77OO 9OO I23"),
        ("Our number: 07700\u2044900123.", "07700\u2044900123"),
        ("Text us on WhatsApp: wa.me/447700900123", "447700900123"),
        ("Call us about your application: 0800 123 4567.", "0800 123 4567"),  # (a line's label, not a reference: the review of the session's change)
        ("Call +1.555.010.0199.", "+1.555.010.0199"),
        ("Call 0800-NO-STALL today.", "0800-NO-STALL"),  # (a short word first, joined by a hyphen: published)
        # After a word that asks to call it, however its parts are parted (helper-228: each published).
        ("Call 0800 NO-STALL today.", "0800 NO-STALL"),
        ("Call +44 800 NO-STALL today.", "+44 800 NO-STALL"),
        ("Call 0800.NO.STALL today.", "0800.NO.STALL"),
        ("Please call 0113 STALLREV today.", "0113 STALLREV"),
        ("Call 0800-NO-STALLS today.", "0800-NO-STALLS"),
        ("Call 0207 STALLREVIEW to book.", "0207 STALLREVIEW"),
        ("Ring 0 2 0 7 9 4 6 0 9 5 8 today.", "0 2 0 7 9 4 6 0 9 5 8"),
        ("Ring \u0660\u0662\u0660 \u0667\u0669\u0664\u0666 \u0660\u0669\u0665\u0668 today.", "\u0660\u0662\u0660 \u0667\u0669\u0664\u0666 \u0660\u0669\u0665\u0668"),
        ("Ring \u0966\u0968\u0966 \u096d\u096f\u096a\u096c \u0966\u096f\u096b\u096e today.", "\u0966\u0968\u0966 \u096d\u096f\u096a\u096c \u0966\u096f\u096b\u096e"),
        ("Ring \uff10\uff12\uff10 \uff17\uff19\uff14\uff16 \uff10\uff19\uff15\uff18 today.", "\uff10\uff12\uff10 \uff17\uff19\uff14\uff16 \uff10\uff19\uff15\uff18"),
        # The attack round of this session: look-alike spaces and dashes between its groups, figures
        # of another form, and marks drawn on its figures (each passed; the card drew it plain).
        ("Ring 020\u20037946\u20030958 today.", "020\u20037946\u20030958"),
        ("Ring 020\u30007946\u30000958 today.", "020\u30007946\u30000958"),
        ("Ring 020\u22127946\u22120958 today.", "020\u22127946\u22120958"),
        ("Ring 020\u00b77946\u00b70958 today.", "020\u00b77946\u00b70958"),
        # A second attack round of this session: North America's from its 1, and after 'Tel:'.
        ("Ring 1-800-555-0199 today.", "1-800-555-0199"),
        ("Ring 1 800 555 0199 today.", "1 800 555 0199"),
        ("Tel:020 7946 0958 for bookings.", "020 7946 0958"),
        ("Tel.020 7946 0958 for bookings.", "020 7946 0958"),
        ("Ring \u2080\u2082\u2080 \u2087\u2089\u2084\u2086 \u2080\u2089\u2085\u2088 today.", "\u2080\u2082\u2080 \u2087\u2089\u2084\u2086 \u2080\u2089\u2085\u2088"),
        ("Ring 0\u20e32\u20e30\u20e3 7\u20e39\u20e34\u20e36\u20e3 0\u20e39\u20e35\u20e38\u20e3 today.", "0\u20e32\u20e30\u20e3 7\u20e39\u20e34\u20e36\u20e3 0\u20e39\u20e35\u20e38\u20e3"),
        # The attack round of the forty-third session: the letter O for a zero, and dots a figure
        # at a time.
        ("Ring O2O 7946 O958 today.", "O2O 7946 O958"),
        ("Ring 0.2.0.7.9.4.6.0.9.5.8 today.", "0.2.0.7.9.4.6.0.9.5.8"),
        # The attack round of the forty-fifth session: each passed. Parted by underscores,
        # after 'tel:' in the text (no link), North America's in letters, spelt out with
        # hyphens, and a local number or a short code asked to be called or texted.
        ("Call us on 020_7946_0958.", "020_7946_0958"),
        ("Call us via tel:02079460958 today.", "02079460958"),
        ("Ring 1-800-FLOWERS after six.", "1-800-FLOWERS"),
        ("Ring oh-two-oh, seven-nine-four-six, oh-nine-five-eight.", "oh-two-oh, seven-nine-four-six, oh-nine-five-eight"),
        ("Ring the desk on 7946 0958 after six.", "7946 0958"),
        ("Ring 7946 0958, extension 12.", "7946 0958"),
        # A word that names no reference's kind before it, with words between (the review of the
        # forty-fifth session's change: each passed once a reference's name could stand apart).
        ("To book a Stall Review, the number for staff is 020 7946 0958.", "020 7946 0958"),
        ("Bookings for the NHS are 020 7946 0958.", "020 7946 0958"),
        ("Call the team that handles every order, e.g. 020 7946 0958.", "020 7946 0958"),
        ("Our number, like our VAT number, is 020 7946 0958.", "020 7946 0958"),
        # A number's kind named apart from it, in a sentence that asks to call or book, or speaks
        # for the site (a differential check of the forty-fifth session's change: each passed).
        ("Our reference is 020 7946 0958.", "020 7946 0958"),
        ("Call the claims line, 0123 456 7890, to book a Stall Review.", "0123 456 7890"),
        ("Book a Stall Review: quote your reference, 020 7946 0958.", "020 7946 0958"),
        ("Account numbers like 0800 123 4567 book a Diagnosis.", "0800 123 4567"),
        ("Ring 7946 0958 if needed.", "7946 0958"),
        ("Text STALL to 60060.", "60060"),
        ("Call the vendor on 12345 for details.", "12345"),
        # Other wordings around it (the review of the forty-fifth session's change: each passed).
        ("Ring the help desk on 7946 0958.", "7946 0958"),
        ("Ring Sam on 7946 0958 and ask for the desk.", "7946 0958"),
        ("Call: 7946 0958.", "7946 0958"),
        ("Ring the desk on 7946 0958 (evenings).", "7946 0958"),
        ("Ring 7946.0958 after six.", "7946.0958"),
        ("WhatsApp us on 7700 900123.", "7700 900123"),
        ('Text "STALL" to 60060.', "60060"),
        ("Text the word STALL to 60060.", "60060"),
        ("To book, ring 7946 0958.", "7946 0958"),
        ("Ring 020\u20227946\u20220958 today.", "020\u20227946\u20220958"),
        ("Ring 1800FLOWERS today.", "1800FLOWERS"),
        ("Call 0345 STALLREVIEW to book.", "0345 STALLREVIEW"),
        ("Ring OH-TWO-OH-SEVEN-NINE-FOUR-SIX-OH-NINE-FIVE-EIGHT.", "OH-TWO-OH-SEVEN-NINE-FOUR-SIX-OH-NINE-FIVE-EIGHT"),
        ("Ring oh.two.oh.seven.nine.four.six.oh.nine.five.eight now.", "oh.two.oh.seven.nine.four.six.oh.nine.five.eight"),
        # A country's code without its '+', groups parted by other marks, after 'by', and in a
        # quotation (the smuggling round of the forty-sixth session: each passed).
        ("Call 44 20 7946 0958 today.", "44 20 7946 0958"),
        ("Ring 020 | 7946 | 0958.", "020 | 7946 | 0958"),
        ("Ring 020+7946+0958.", "020+7946+0958"),
        ("Ring 020;7946;0958.", "020;7946;0958"),
        ("Send REVIEW by SMS to 88000.", "88000"),
        ("> Text STALL to 60060", "60060"),
        # Parted by colons or commas, between groups of three figures or more (the differential
        # run of the forty-sixth session: each passed).
        ("Ring 020:7946:0958.", "020:7946:0958"),
        ("Ring 020,7946,0958 today.", "020,7946,0958"),
        ("Call 0345:123:4567 to book.", "0345:123:4567"),
        # The attack round of the forty-seventh session: each passed.
        ("Bookings hotline: (+44) 20 7946 0958.", "(+44) 20 7946 0958"),
        ("Bookings hotline: \uff0b44 20 7946 0958.", "\uff0b44 20 7946 0958"),
        ("Bookings hotline: 011 44 20 7946 0958.", "011 44 20 7946 0958"),
        ("Bookings hotline: 0.2.0.7.9.4.6.0.9.5.8.", "0.2.0.7.9.4.6.0.9.5.8"),
        ("Bookings hotline: 0207 946 0958 / 0207 946 0959.", "0207 946 0958"),
        ("Our line: \u041e2\u041e 7946 \u041e958", "\u041e2\u041e 7946 \u041e958"),
    ],
)
def test_a_phone_number_in_letters_or_parted_by_slashes_is_an_error(check: Check, prose: str, number: str):
    found = [d for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.code == "phone-number"]
    assert [(d.line, d.column) for d in found] == [(14, prose.index(number) + 1)], found
    assert found[0].message.startswith(f"'{number}' is a phone number")


@pytest.mark.parametrize(
    "prose",
    [
        # Figures beside the words that ask to call, which count or name something else.
        "The team had to call 20 000 customers.",
        "We ring-fenced 50000 for the pilot.",
        "They called 40000 customers in a week.",
        "The export was 01_2024_03_15.csv on the share.",
        "Call 999 or 111 in an emergency.",
        "The call on 12 March went well.",
        "We phoned 3 000 staff.",
        "Call us at 10.30 tomorrow.",
        "Call it 25000 a year.",
        "Text 2024 was the year of the rewrite.",
        # A word that asks to call as a noun, or said of a thing, and figures that count or span
        # years (the review of the forty-fifth session's change: each refused).
        "Make the go/no-go call at 10 000. The team made the call at 25 000, not before.",
        "The tool cuts any pasted text to 32000. Trim the text to 10 000, then check it.",
        "Limit each text to 15 000. Raise the dial to 12 000.",
        "The service desk took the call on 12 03 24. The funding call 2023-2024 closed.",
    ],
)
def test_figures_near_a_word_that_asks_to_call_are_no_phone_number_unless_asked_to_be_called(check: Check, prose: str):
    assert [d.format_text() for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.code == "phone-number"] == []


@pytest.mark.parametrize(
    ("old", "new", "line", "number"),
    [
        # Attack round of this session: each passed, and the page, its title, the feed and the
        # search showed the number whole. YAML joins a value's lines, and reads its escapes.
        ("title: The pilot that is judged on its demo", 'title: "Stuck pilots? Ring 020 79\\\n  46 0958 today"', 2, "020 7946 0958"),
        ("title: The pilot that is judged on its demo", 'title: "Stuck pilots? Ring \\x3020 7946 0958"', 2, "020 7946 0958"),
        ("summary: A pilot is approved because", "summary: >-\n  To book, ring 020\n  7946 0958. A pilot is approved because", 3, "020 7946 0958"),
        ("  - Nobody can say what result would end the pilot", "  - Nobody can say what result would end the pilot, ring +44 20\n    7946 0958", 8, "+44 20 7946 0958"),
        # Markdown joins a paragraph's lines, leaves a comment out, and reads a character reference.
        ("## What it looks like\n", "## What it looks like\n\nTo book a session, ring +44 20\n7946 0958 today.\n", 14, "+44 20 7946 0958"),
        ("## What it looks like\n", "## What it looks like\n\n> To book,\n> ring 020\n> 7946 0958 today.\n", 15, "020 7946 0958"),
        ("## What it looks like\n", "## What it looks like\n\nRing 020 79<!-- x -->46 0958 for help.\n", 14, "020 7946 0958"),
        ("## What it looks like\n", "## What it looks like\n\nRing &#48;20 7946 0958 for help.\n", 14, "020 7946 0958"),
        # Or parted by the marks of bold, code or a link, which the page draws, not shows.
        ("## What it looks like\n", "## What it looks like\n\nRing 020 79**46** 0958 for help.\n", 14, "020 7946 0958"),
        ("## What it looks like\n", "## What it looks like\n\nRing 020 79`46` 0958 for help.\n", 14, "020 7946 0958"),
        ("## What it looks like\n", "## What it looks like\n\nRing 020 79[46](https://example.com/) 0958 for help.\n", 14, "020 7946 0958"),
        # Or over a table row's cells, which asks to call (helper-240: published).
        ("## What it looks like\n", "## What it looks like\n\n| Call | 020 | 7946 0958 |\n| --- | --- | --- |\n| Desk | Mon | Fri |\n", 14, "020 7946 0958"),
        ("## What it looks like\n", "## What it looks like\n\n| Who | Code | Line | Ext |\n| --- | --- | --- | --- |\n| Ring | 020 | 7946 | 0958 |\n", 16, "020 7946 0958"),
    ],
)
def test_a_phone_number_that_no_line_holds_whole_but_the_page_shows_whole_is_an_error(check: Check, old: str, new: str, line: int, number: str):
    found = [d for d in check(Path("a.md"), minimal(**{old: new})) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("phone-number", line)], found
    assert found[0].message.startswith(f"'{number}' is a phone number as the page shows it, on one line: readers would take it for this site's own line")
    assert found[0].hint == "delete it, in each of its parts: to say whom a reader should call, name them or their role in words"


@pytest.mark.parametrize(
    ("prose", "code", "line"),
    [
        # The same attack round: an e-mail address parted by a comment, or written with dots that
        # pass for an address's; a site's name so written, in a sentence that takes bookings there.
        ("Write to help@pilot<!-- x -->clinic.co.uk for help.", "email-address", 14),
        ("Write to help@pilot**clinic**.co.uk for help.", "email-address", 14),
        # A second attack round of this session: a comment over two lines, markup inside a
        # domain, and an address spelt out without brackets.
        ("Write to help@pilot<!--\n-->clinic.co.uk for help.", "email-address", 14),
        ("Ring +44<!--\n-->.20.7946.0958 to book.", "phone-number", 14),
        ("Book the Stall Review at stallreview.**co**.uk today.", "booking-elsewhere", 14),
        ("Stall Patterns now takes bookings at stallreview<!-- -->.co.uk instead.", "booking-elsewhere", 14),
        ("Write to help at pilotclinic dot co dot uk today.", "email-address", 14),
        ("Write to help @ pilotclinic.co.uk today.", "email-address", 14),
        ("Write to bookings@pilotclinic\u2024co\u2024uk today.", "email-address", 14),
        ("Write to help\uff20pilotclinic\uff0eco\uff0euk today.", "email-address", 14),
        ("Write to help@pilotclinic\u00b7co\u00b7uk today.", "email-address", 14),  # middle dots, as a site's name is read
        # The attack round of the forty-third session: the '@' or dots in brackets, one space
        # beside the '@', a bullet operator for dots, and marks the page draws as emphasis.
        ("Write to pmo[@]pilotclinic[.]co[.]uk today.", "email-address", 14),
        ("Write to pmo (@) pilotclinic (.) co (.) uk today.", "email-address", 14),
        ("Write to pmo @pilotclinic.co.uk today.", "email-address", 14),
        ("Write to info @pilotclinic.co.uk or andrew @pilotclinic.co.uk today.", "email-address", 14),
        # A destination, however the word before it reads (the review of the forty-fourth
        # session's change: each passed with it).
        ("Book a Stall Review by writing to all @pilotclinic.co.uk.", "email-address", 14),
        ("Stall Patterns now takes bookings via @pilotclinic.co.uk.", "email-address", 14),
        ("Bookings now go to the @pilotclinic.co.uk inbox.", "email-address", 14),
        ("Write to any @pilotclinic.co.uk address today.", "email-address", 14),
        # The review of the forty-fifth session's change: a kind of address that a sentence asks
        # readers to write to or book through (each passed once the kind was read).
        ("Email any @pilotclinic.co.uk address to book.", "email-address", 14),
        ("To book, email an @pilotclinic.co.uk address.", "email-address", 14),
        ("Reach us on any @pilotclinic.co.uk address.", "email-address", 14),
        ("Use an @pilotclinic.co.uk address to book a Stall Review.", "email-address", 14),
        ("For a Stall Review, any @pilotclinic.co.uk address works.", "email-address", 14),
        ("Mail the @pilotclinic.co.uk domain with your brief.", "email-address", 14),
        ("Every @pilotclinic.co.uk account is read by the team.", "email-address", 14),
        ("Write to pmo@ pilotclinic.co.uk today.", "email-address", 14),
        ("Write to pmo@pilotclinic\u2219co\u2219uk today.", "email-address", 14),
        ("Write to pmo _at_ pilotclinic _dot_ co _dot_ uk today.", "email-address", 14),
        ("Our booking page has moved to www\uff0epilotclinic\uff0eco\uff0euk.", "booking-elsewhere", 14),
        ("Stall Patterns now takes bookings at www\u3002pilotclinic\u3002co\u3002uk.", "booking-elsewhere", 14),
        # Spaces the page shows as one, emphasis, references and a line's end, in a number or an
        # address as the page shows it (the attack round of this session: each published).
        ("Call us on 020   7946   0958 to book.", "phone-number", 14),
        ("Call us on 020 \u00a07946 0958 to book.", "phone-number", 14),
        ("Ring the desk on 7946&nbsp;0958 after six.", "phone-number", 14),
        ("Ring the desk on 7946\u202f0958 after six.", "phone-number", 14),
        ("Ring the desk on 7946 **0958** after six.", "phone-number", 14),
        ("Ring the desk on 7946&#45;0958 after six.", "phone-number", 14),
        ("Ring the desk on 7946\n0958 after six.", "phone-number", 14),
        ("Text STALL to 6**00**60 today.", "phone-number", 14),
        ("Text STALL\nto 60060 today.", "phone-number", 15),  # (at the number's line)
        ("Call 0800-STALL**REV** today.", "phone-number", 14),
        ("Call 0800&nbsp;STALLREV today.", "phone-number", 14),
        ("Write to pmo&nbsp;at&nbsp;pilotclinic.co.uk today.", "email-address", 14),
        ("Write to pmo *at* pilotclinic.co.uk today.", "email-address", 14),
        ("Write to pmo at **pilotclinic.co.uk** today.", "email-address", 14),
        ("Write to pmo at pilotclinic&#46;co.uk today.", "email-address", 14),
        ("Write to pmo at\npilotclinic.co.uk today.", "email-address", 14),
        # A short number asked to be called in a table's cell, as at a line's start (the same round).
        ("| Line | Note |\n| --- | --- |\n| Bookings | Ring the desk on 7946 0958 after six. |", "phone-number", 16),
        # The review of the session's change (helper-227): each published by one of its readings.
        ("Contact details: sam at stallhelp.co.uk", "email-address", 14),
        ("Email us at: sam at stallhelp.co.uk", "email-address", 14),
        ("Write to sam (at-sign) stallhelp.co.uk", "email-address", 14),
        ("Write to Sam at StallHelp dot co dot UK.", "email-address", 14),
        ("Ring oh two oh *seven* nine four six oh nine five eight.", "phone-number", 14),
        ("Our line: +44 800-NO-STALL. Or 0800-NO-STALL NOW.", "phone-number", 14),
        ("The Review (90min, £600) is the smaller step.", "offer-price", 14),
        ("From April, STALL  PATTERNS is now part of Northgate Advisory.", "booking-elsewhere", 14),
        ("Read the guide and book a [call](https://evil.example/c).", "link-text-elsewhere", 14),
        ("See [the\nguide](https://example.org/) and\nwrite to pmo *at* firm.co.uk", "email-address", 16),
    ],
)
def test_an_address_parted_by_a_comment_or_written_with_dots_that_pass_for_its_own_is_an_error(check: Check, prose: str, code: str, line: int):
    found = [d for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [(code, line)], found


@pytest.mark.parametrize(
    "prose",
    [
        "The team of **12** handled 4,500 calls in **2023**, up 40%. In 2024 the *call centre* took 1 200 000 calls.",
        "Write to [pmo at pilotclinic.co.uk](mailto:pmo@pilotclinic.co.uk) today.",
        "The desk took **7946** calls in March and **9580** in April, at *two* sites.",
        "We met *at* the council's offices in 2023, and again at **Leeds** in 2024.",
        "- **Phone:** 41230\n- **Web chat:** 30211\n- **E-mail:** 9215",
    ],
)
def test_figures_and_words_in_emphasis_that_are_no_number_or_address_are_prose(check: Check, prose: str):
    assert [d.format_text() for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.is_error] == []


@pytest.mark.parametrize(
    ("prose", "name"),
    [
        ("The image was exported as chart@2x.png, and the board pack used the blurry one.", "chart@2x.png"),
        ("In Git, the remote was git@github.com:council/ai-pilot.git and nobody else had access.", "git@github.com:council/ai-pilot.git"),
    ],
)
def test_a_name_that_github_links_as_an_email_address_is_told_to_go_in_backticks(check: Check, prose: str, name: str):
    # The false-refusal round of the forty-seventh session: told that each was an address, to be
    # deleted. The page links it as GitHub does, to mail, so it stays an error, with its fix.
    (found,) = [d for d in check(Path("a.md"), in_first_section(prose)) if d.is_error]
    assert (found.code, found.line) == ("email-address", 14)
    assert found.message.startswith(f"'{name}' is a name, not an address, but the page would link it as an e-mail address, as GitHub does")
    assert found.hint == f"put it in backticks, `{name}`, where it is shown as written, not linked"
    assert [d for d in check(Path("a.md"), in_first_section(prose.replace(name, f"`{name}`"))) if d.is_error] == []


def test_a_files_name_with_an_at_and_words_beside_at_and_dot_are_no_email_address(check: Check):
    # False refusals met by the second attack round of this session (the first two).
    prose = (
        "Save it as `logo@2x.png` and `scores@v2.csv`. We looked at the dot com boom, at a dot matrix printer.\n"
        "Teams 'at' risk. The board met (at) noon. The team at nhs.uk met. Tag @ team and @board at 9.\n"
        # The second attack round of the forty-third session: refused once '@' with a space before
        # it, or 'at' between other marks, was read as an address.
        "The team tagged @jane.smith in Slack; the endpoint had `@app.route` and `@pytest.mark.slow`.\n"
        "The team kept snapshot_at_month_end.csv and value-at-risk.xlsx. The team *at* nhs.uk solved it; they were 'at' gov.uk.\n"
        "See [guidance](https://www.hse.gov.uk/pubns/books/value-at-risk.htm) and [the Austrian site](https://www2.deloitte.com/at/de.html).\n"
        "![Chart of claims at risk by month](/assets/claims-at-risk.png)\n"
        "Look at each dot on the chart. There is a point at which dot plots stop being readable.\n"
        # The false-refusal sweep of the forty-fourth session: a domain named with its '@'
        # after a word of prose, in code or not.
        "Every address in the test data ended @example.com, and all staff were @nhs.net.\n"
        "Test addresses all ended in `@example.com`, which is how you know someone thought about it.\n"
        "Staff addresses are all @nhs.net, so the filter caught nothing.\n"
        # The false-refusal sweep of the forty-fifth session: which kind of address, by its domain.
        "Anyone with an @nhs.net address could sign in. Contractors on @partner.co.uk accounts were locked out.\n"
        "External guests, on @outlook.com and @gmail.com accounts, could not join. Only the @company.co.uk domain could.\n"
        # The sweep of the forty-sixth session: 'work', the noun, read as asking to write.
        "Locums without @nhs.net accounts could not use it at work.\n"
        "Only people with @firm.com logins could use it, which left out the agency staff who did the work.\n"
    )
    assert [d for d in check(Path("a.md"), in_first_section(prose)) if d.is_error] == []


@pytest.mark.parametrize(
    "title",
    ["Stuck? Write to help\uff20pilotclinic\uff0eco\uff0euk", "Stall Patterns now takes bookings at www\u3002pilotclinic\u3002co\u3002uk"],
)
def test_a_title_with_an_address_written_in_dots_or_an_at_that_pass_for_its_own_is_an_error(check: Check, title: str):
    found = [d for d in check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": f'title: "{title}"'})) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("address-in-name", 2)], found


def test_figures_in_a_table_row_that_asks_no_one_to_call_are_no_phone_number(check: Check):
    table = "| Year | Calls handled | Hours |\n| --- | --- | --- |\n| 2024 | 0161 | 496 |\n| 2025 | 41230 | 30211 |\n\n| Channel | Contacts |\n| --- | --- |\n| Phone | 41230 |\n"
    assert [d.code for d in check(Path("a.md"), in_first_section(table)) if d.is_error] == []


def test_figures_on_lines_of_their_own_that_the_page_joins_are_no_phone_number(check: Check):
    prose = "The pilot ran for 18\nmonths, and 2,000 staff used it in 2024\nand 2025, at 12 sites; 0 of 12 pilots\nwere live, and by 2024 10 of 12.\n"
    summary = "summary: >-\n  It ran for 18 months; in 2024\n  2025 and 2026 it grew. A pilot is approved because"
    assert [d for d in check(Path("a.md"), in_first_section(prose).replace("summary: A pilot is approved because", summary)) if d.is_error] == []


@pytest.mark.parametrize(
    "prose",
    [
        "The 0800 numbers were all busy.",
        "In 2024 AGMS were held.",
        "Room 0123 MAIN was booked.",
        "The meeting is at 0900 ON MONDAY. THE 0800-NO-GO LIST was long. Flight 0800-LHR-JFK left late.",
        "The 0700 CUT-OVER went badly. At 0800 GO-LIVE the queue grew. 0915 ON-CALL paged twice.",
        "The call at 0800 ON MONDAY ran long. We had a call at 0800 GMT TODAY. Call 0800 numbers for free.",
        # Times and words in capitals after a word that asks to call (helper-229).
        "Phone 0800 ASAP, said the memo. Call 0900 SHARP, the chair wrote. Ring 0700 DAILY for the stand-up.",
        "Call 0800 P1 INCIDENT was the page. Call 0845 ADMIN was cancelled. Text 0700 ALL STAFF.",
        "See ISO 27001 CLAUSES.",
        # Letters O beside figures, underscores, apostrophes and dots that are no number.
        "CO2 fell 20% in 2024; O2 signed 2,000 staff. Version 0.2.0.7 shipped.",
        "See report_2024_01_15.csv and the 100'000 and 5'000'000'000 figures; cost centre 010.200.3000.",
        # The second attack round of the forty-third session: refused once underscores,
        # backslashes and apostrophes parted a number's groups (each a reasonable article's).
        "The export 01_2024_03_15.csv was the only copy anyone trusted.",
        "The archive path was `D:\\Scans\\0012\\2024\\03\\15` and nobody else could open it.",
        "The Swiss team logged 0'100'000'000 as the ceiling.",
        # The third round: a model's name and date, and dates after a numbered step.
        "We compared o3-2025-04-16 with gpt-4o-2024-08-06, after `o1-2024-12-17` broke the prompts.",
        "Sprint 07 (2024-01-15 to 2024-01-29) was when the data arrived; Milestone 01 (31/05/2024) was missed.",
        # A figure before a word in capitals, which no number sold as a word starts with
        # (refused until the forty-sixth session).
        'The comms team\'s poster said "1000 HOURS SAVED" in capitals.',
        "The log read 0300 HOURS CHECKED, every night.",
        "Call 20,000 customers, then call 10,000 more. Call at 10:30 or 11:45 today.",
        "Call 3, 4 and 5 were the worst of the 12 calls. We ran call 1, 2, 3, 4, 5 in March.",
        # Lists, dates and times after a word that asks to call (the review of the forty-sixth
        # session's change: each refused by its first reading).
        "Staff were told to dial 999, 111 or their GP. We agreed to call at 7, 14, 28 and 56 days.",
        "The sponsor was reached by phone on 12.03.2024. Staff could reach the helpdesk by phone 08.00-18.00.",
        "Customers were contacted by text on 14/03/2024. The vendor asked us to text 20,000, 30,000 or 50,000 customers.",
        # Colons and commas beside the forty-seventh session's reading of them: times, ratios, counts.
        "The desk was open 09:00-17:30, 18:00-20:00 and 21:00-23:00. The timecode read 00:01:23:45:12.",
        "The pilot cost £1,250,000 over 2,400,000 transactions, a ratio of 1:1000:5000.",
        # The false-refusal round of the forty-seventh session: identifiers, a list of references,
        # dates with two figures of their year, and a log's times before words in capitals.
        "The study's lead author (ORCID 0000-0002-1825-0097) shared the data; the archive's ISNI is 0000 0001 2103 2683.",
        "GL codes 0412-5531-20 and 0412-5531-30 held the pilot's spend.",
        "The two phases ran 01/04/23–30/6/23 and 1/7/23–31/3/24.",
        "The incident log's first entry, 0215 SYSTEM DOWN, was written at night; the rota read 0600 HANDOVER.",
        "Leeds is 0113 and Bristol 0117: the totals were 250 300 1200 across the year, and costs rose 2019 / 2020 / 2021.",
        # The false-refusal round of the forty-eighth session: times of day with how long between
        # them, references of other kinds, a file's name, and counts by channel.
        "The contact centre is open 0800–2000 (12 hours); shifts ran 0700–1900 (12 hours) and 1900–0700 (12 hours).",
        "Letter 0412/3779/01 was the one the ombudsman quoted; planning application 04/12377/901 was summarised wrongly.",
        "The badge numbered 0412 3779 01 opened every door. The prescription, 0412 3779 012, was flagged.",
        "The patient's NHS number, 012 345 6789 in the test set, failed the checksum. The learner's ULN, 0412377901, did not match.",
        "Meter 0412 3779 01 reported zero for a year. Consignment 0412 3779 01 went to the wrong depot twice.",
        "The scans were saved as 01234567_01.pdf, the claim's reference and the page.",
        "- Phone: 41230\n- Web chat: 12480\n- Email: 9215",
        "Phone: 41230. Web: 30211. Post: 2102.",
        "The I2C bus and the l2 norm, version 1.2.3; log level I10 at 14:00. Bay l2 had I20 patients.",
    ],
)
def test_figures_beside_capitals_are_no_phone_number(check: Check, prose: str):
    assert "phone-number" not in {d.code for d in check(Path("a.md"), in_first_section(prose + "\n"))}


def test_a_title_the_card_would_draw_as_a_phone_number_is_an_error(check: Check):
    # Attack round of this session: a character the card's font lacks was left out, and the card
    # showed 'Ring 020 7946 0958' (told only as a warning, card-cannot-draw).
    found = [d for d in check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": 'title: "Stuck pilots? Ring 020\u65e57946\u65e50958"'}))]
    assert [(d.code, d.line) for d in found if d.is_error] == [("phone-number", 2)], found
    assert "the social card would draw the title's '020 7946 0958' as a phone number" in next(d.message for d in found if d.is_error)


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("summary: A pilot is approved because", "summary: Stall Patterns' review now costs £75. A pilot is approved because", 3),
        ("title: The pilot that is judged on its demo", "title: This site's review of the pilot", 2),
    ],
)
def test_a_name_that_gives_the_site_an_offer_by_its_last_word_is_an_error(check: Check, old: str, new: str, line: int):
    # Attack round of this session: the summary passed, and its price reached the feed and search.
    found = [d for d in check(Path("a.md"), minimal(**{old: new})) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("name-is-offer", line)], found


def test_an_email_address_in_a_title_is_told_once_as_an_address_in_a_name(check: Check):
    found = check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": "title: The pilot that pmo@firm.co.uk judged"}))
    assert [(d.code, d.line) for d in found if d.is_error] == [("address-in-name", 2)], found


@pytest.mark.parametrize(
    "prose",
    [
        "In 2024 the board asked what the £2m had bought, and 2020-2024 saw 3,000,000 tickets.",
        "Between 10 000 and 20 000 staff, 0.5 to 0.8 of a role, version 2.0.1, from 12.30-14.00 on 01/02/2026.",
        "See [the report](https://example.org/reports/0201234567890?id=02079460000) and ISBN 978-0-13-110362-7.",
        "Scores rose by +4.5% in 2026; 0 of 12 pilots shipped in 2025 and 1 000 000 000 records were read.",
        # References of other kinds, named just before their numbers (a review found each told as a phone).
        "Invoice 0012 3456 789 was paid late, and payment reference 0123456789 was queried twice.",
        "The Unique Taxpayer Reference 01234 56789 was on every letter; company number 0123 4567 89.",
        "Case reference 0110 222 3333 was closed, and Ticket INC 0001 234 567 was raised.",
        "Cost centres 010.200.3000 and 010.200.3001, budget lines 100-200-3000, a swing of +12 500 000.",
        "The survey's dial was marked 0 10 20 30 40 50, and its scale 0 1 2 3 4 5 6 7 8 9 10.",
        "Release +1.2.3.4 shipped; the swing was +12.500.000 and the address 10.20.30.40.",
        "Scored \u0661\u0662 of \u0662\u0660, in the year \u0968\u0966\u0968\u096c.",
        # Their names a few words before them (the false-refusal sweep of the forty-fifth session).
        "The ISBN was 0-306-40615-2, which the model had invented; its ISBN is 0-19-852663-6.",
        "The customer's policy number, 0012 3456 7890, was redacted, and policy numbers, which look like 0123 456 7890, were masked.",
        "A reference such as 0123 456 7890 is an account. The test patient's number, 012 345 6789, came from the NHS test range.",
        # Other references' names, and a name apart from its number (the false-refusal round of
        # the forty-sixth session: each refused).
        "The cost centre is 0123 4567 89, and it pays for every licence. The claim, 0123 456 7890, was the first.",
        "The test patient's CHI number, 0101 901 234, was in every prompt. The UPRN 010 0234 5678 was wrong.",
        "Tracking number 0012 3456 7890 went missing. Incident number 0123 4567 890 was closed.",
    ],
)
def test_figures_dates_and_addresses_are_no_phone_numbers(check: Check, prose: str):
    assert "phone-number" not in {d.code for d in check(Path("a.md"), in_first_section(prose + "\n"))}


@pytest.mark.parametrize("word", ["yes", "on", "off", "1", "True2"])
def test_draft_takes_only_true_or_false(check: Check, word: str):
    assert codes_for(check, minimal(**{"published: 2026-03-02": f"published: 2026-03-02\ndraft: {word}"})) == [("wrong-type", 10)]


def test_published_as_a_sexagesimal_number_is_not_a_date(check: Check):
    assert codes_for(check, minimal(**{"published: 2026-03-02": "published: 1:20"})) == [("bad-date", 9)]


def test_quoted_date_is_a_date(check: Check):
    assert codes_for(check, minimal(**{"published: 2026-03-02": 'published: "2026-03-02"'})) == []


@pytest.mark.parametrize(("old", "new"), [("category: value", "category:"), ("category: value\n", ""), ("category: value", "category:\n  - value")])
def test_a_category_left_out_empty_or_listed_is_told_the_categories_not_to_read_mkdocs_yml(check: Check, settings: Settings, old: str, new: str):
    # The hint was 'one of the category ids in mkdocs.yml', a file the author never opens.
    (found,) = check(Path("a.md"), minimal(**{old: new}))
    assert "mkdocs.yml" not in found.hint
    assert found.hint.endswith("one of " + ", ".join(c.id for c in settings.categories))


def test_unknown_key_without_a_near_miss_lists_the_keys(check: Check):
    found = next(d for d in check(Path("a.md"), minimal(**{"category: value": "category: value\ncolour: blue"})) if d.is_error)
    assert found.code == "unknown-key" and "title, summary, category" in found.hint


def test_tag_on_a_list_is_reported(check: Check):
    assert codes_for(check, minimal(**{"signs:\n": "signs: !!seq\n"})) == [("yaml-tag", 5)]


def test_yamls_own_type_tag_before_a_value_is_told_to_be_deleted_as_written(check: Check):
    # Told to quote the whole value, '"!!str value"' was refused as no category (helper-246).
    found = check(Path("a.md"), minimal(**{"category: value": "category: !!str value"}))
    assert [(d.code, d.line) for d in found] == [("yaml-tag", 4)]
    assert "YAML reads '!!str' as a note of what kind of value it is" in found[0].message
    assert found[0].hint == "delete '!!str', YAML's own note of the value's kind: category: value"
    assert check(Path("a.md"), minimal(**{"category: value": found[0].hint.partition("kind: ")[2]})) == []  # the hint, followed


def test_anchor_without_an_alias_is_harmless(check: Check):
    assert codes_for(check, minimal(**{"signs:\n": "signs: &list\n"})) == []


@pytest.mark.parametrize("item", ["[nested, list]", "{a: b}"])
def test_sign_that_is_not_text_is_the_wrong_type(check: Check, item: str):
    first = "  - The pilot's success criteria were written after it started\n"
    assert codes_for(check, minimal(**{first: f"{first}  - {item}\n"})) == [("wrong-type", 7)]


@pytest.mark.parametrize(("written", "key", "line"), [("Title:", "title:", 2), ("CATEGORY:", "category:", 4), ("Summary:", "summary:", 3)])
def test_key_in_the_wrong_case_is_one_error_at_its_line(check: Check, written: str, key: str, line: int):
    found = check(Path("a.md"), minimal(**{f"\n{key}": f"\n{written}"}))
    assert [(d.code, d.line) for d in found] == [("unknown-key", line)]
    assert f"must be written '{key[:-1]}'" in found[0].message


def test_a_list_indented_with_tabs_is_told_every_tabbed_line_at_once(check: Check):
    # Each run named the next tab only: a list of five signs took five rounds of a pull request.
    text = minimal()
    tabbed = re.sub(r"(?m)^  - ", "\t- ", text)
    assert tabbed.count("\t- ") >= 3
    found = check(Path("a.md"), tabbed)
    assert [d.code for d in found] == ["yaml-tab"]
    more = tabbed.count("\t- ") - 1
    assert (found[0].hint or "").endswith(f"; {more} more lines below start with a tab too: do the same on each")


def test_tab_after_a_list_dash_is_reported_as_a_tab(check: Check):
    found = check(Path("a.md"), minimal(**{"  - The pilot": "  -\tThe pilot"}))
    assert [(d.code, d.line) for d in found] == [("yaml-tab", 6)]
    assert "replace the tab after '-' with a space" in (found[0].hint or "")


@pytest.mark.parametrize("written", ["2106-02-08", "9999-12-31", "in three days"])
@pytest.mark.parametrize("key", ["published", "updated"])
def test_date_still_to_come_is_reported(check: Check, key: str, written: str):
    # A date far off once stopped every build with a traceback (the engine's sitemap).
    # 'In three days' is worked out as the test runs, not when it is collected: a run that
    # passed midnight between the two checked a date by then only one day off, which is
    # allowed (time zones).
    if written == "in three days":
        written = (date.today() + timedelta(days=3)).isoformat()
    text = minimal(**{"published: 2026-03-02": "published: 2026-03-02\nupdated: 2026-03-03"})
    text = re.sub(rf"^{key}: .*$", f"{key}: {written}", text, count=1, flags=re.M)
    assert ("future-date", 9 if key == "published" else 10) in codes_for(check, text)


@pytest.mark.parametrize("written", ["value, governance", "value and governance", "value/governance", "Value & Governance"])
def test_two_categories_on_one_line_are_told_a_pattern_has_one(check: Check, written: str):
    # It was told "did you mean 'governance'?", as if 'value' were a slip.
    found = check(Path("a-pattern.md"), re.sub(r"^category: .*$", f"category: {written}", minimal(), count=1, flags=re.M))
    (error,) = [d for d in found if d.is_error]
    assert error.code == "unknown-category" and error.message == f"'category' names more than one category: '{written}'"
    assert error.hint == "a pattern has one category: keep the one where the rollout stalls first ('value' or 'governance'), and name the other in the text"


@pytest.mark.parametrize("written", ["0001-01-01", "0206-03-02", "1999-12-31"])
@pytest.mark.parametrize("key", ["published", "updated"])
def test_a_date_before_2000_is_a_mistyped_year(check: Check, key: str, written: str):
    # 'published: 0001-01-01' passed, and the page said "Published 1 January 1".
    text = minimal(**{"published: 2026-03-02": "published: 2026-03-02\nupdated: 2026-03-03"})
    text = re.sub(rf"^{key}: .*$", f"{key}: {written}", text, count=1, flags=re.M)
    found = check(Path("a-pattern.md"), text)
    assert [(d.code, d.line) for d in found if d.is_error] == [("bad-date", 9 if key == "published" else 10)]
    assert "check the year" in (found[0].hint or "")
    assert codes_for(check, text.replace(written, "2000-01-01" if key == "published" else "2026-03-04")) == []


def test_date_today_is_accepted(check: Check):
    assert codes_for(check, minimal(**{"published: 2026-03-02": f"published: {date.today().isoformat()}"})) == []


def test_a_date_still_to_come_in_every_time_zone_is_reported_and_today_anywhere_is_not(check: Check):
    # Tomorrow by the machine's clock was allowed for the author's time zone: at 06:15 UTC
    # that is the future even at UTC+14, and the pattern headed the feed a day early.
    from datetime import datetime, timezone

    now = datetime.now(timezone.utc)
    latest, earliest = (now + timedelta(hours=14)).date(), (now - timedelta(hours=12)).date()
    written = lambda day: minimal(**{"published: 2026-03-02": f"published: {day.isoformat()}"})  # noqa: E731
    assert ("future-date", 9) in codes_for(check, written(latest + timedelta(days=1)))
    assert codes_for(check, written(latest)) == [] and codes_for(check, written(earliest)) == []


@pytest.mark.parametrize("written", ["٢٠٢٦-٠٣-٠٢", "２０２６-０３-０２"])
def test_date_in_other_digits_asks_for_0_to_9(check: Check, written: str):
    found = check(Path("a.md"), minimal(**{"published: 2026-03-02": f"published: {written}"}))
    assert [(d.code, d.line) for d in found] == [("bad-date", 9)] and "YYYY-MM-DD" in found[0].message


SUMMARY = (VALID / "minimal.md").read_text().split("\n")[2]


@pytest.mark.parametrize(
    ("summary", "hint"),
    [
        ("A" * 281, "shorten it by one character"),
        ("A pilot that never ships. " * 11 + "Nobody knows why.", "shorten it by 23 characters"),
        ("Too short.", "say a little more: 30 characters at least"),
    ],
)
def test_a_summary_of_the_wrong_length_is_told_by_how_much(check: Check, settings: Settings, summary: str, hint: str):
    assert settings.limits.summary == (40, 280)  # the figures in the hints
    found = check(Path("a.md"), minimal(**{SUMMARY: f"summary: {summary}"}))
    assert [(d.code, d.line, d.hint) for d in found] == [("length", 3, hint)]


def test_a_summary_of_one_character_is_said_to_be_one_character_long(check: Check):
    found = check(Path("a.md"), minimal(**{SUMMARY: "summary: ~"}))
    assert [(d.code, d.line) for d in found] == [("length", 3)] and "'summary' is one character long" in found[0].message


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("03/08/2026", "write 2026-08-03 (3 August 2026), or 2026-03-08 if it is 8 March (the month first, as in America)"),  # day first, as in Britain
        ("3.8.2026", "write 2026-08-03 (3 August 2026)"),
        ("2026/08/03", "write 2026-08-03 (3 August 2026)"),
        ("2026-8-3", "write 2026-08-03 (3 August 2026)"),
        ("3rd August 2026", "write 2026-08-03 (3 August 2026)"),
        ("Aug 3, 2026", "write 2026-08-03 (3 August 2026)"),
        ("08/23/2026", "write 2026-08-23 (23 August 2026)"),  # only a month first makes a date of it
        ("03/03/2026", "write 2026-03-03 (3 March 2026)"),  # read either way, the same day
        ("3/8/26", "write 2026-08-03 (3 August 2026), or 2026-03-08 if it is 8 March (the month first, as in America)"),  # a year of two digits: this century's
        ("03.08.26", "write 2026-08-03 (3 August 2026)"),
        ("26-08-03", "for example 2026-03-14"),  # the year first, or last: no guess
        ("Sept 3, 2026", "write 2026-09-03 (3 September 2026)"),
        # With a time of day, as a calendar or spreadsheet copies it: the day alone.
        ("2026-08-03 09:00", "write 2026-08-03 (3 August 2026)"),
        ("2026-08-03T09:00:00Z", "write 2026-08-03 (3 August 2026)"),
        ("03/08/2026 9.30am", "write 2026-08-03 (3 August 2026), or 2026-03-08 if it is 8 March (the month first, as in America)"),
        ("3 August 2026, 10:15", "write 2026-08-03 (3 August 2026)"),
        # No such day: which month it is, and how many days it has.
        ("31/02/2026", "February 2026 has 28 days: check the day, then write it as 2026-02-DD"),
        ("31/11/2026", "November 2026 has 30 days: check the day, then write it as 2026-11-DD"),
        # A word processor's quotation marks and dashes, which look like the date's own.
        ("\u201c2026-08-03\u201d", "write 2026-08-03 (3 August 2026): with ordinary hyphens and no quotation marks, as a keyboard types them"),
        ("2026\u201308\u201303", "write 2026-08-03 (3 August 2026): with ordinary hyphens and no quotation marks, as a keyboard types them"),
        ("Smarch 3 2026", "for example 2026-03-14"),
        ("last Tuesday", "for example 2026-03-14"),
    ],
)
def test_a_date_written_another_way_is_given_back_as_yyyy_mm_dd(check: Check, written: str, hint: str):
    found = check(Path("a.md"), minimal(**{"published: 2026-03-02": f"published: {written}"}))
    assert [(d.code, d.line) for d in found] == [("bad-date", 9)]
    assert found[0].hint == hint


def test_a_bullet_pasted_into_a_list_item_is_told_to_go_and_the_hint_followed_passes(check: Check):
    # Told to quote it, the author published the '*', and a warning then said to delete it.
    sign = "  - Progress reports describe features, not changed work\n"
    found = check(Path("a.md"), minimal(**{sign: sign.replace("  - ", "  - * ")}))
    assert [(d.code, d.line) for d in found] == [("yaml-syntax", 7)]
    assert found[0].hint == "delete the '* ' before the words, a bullet pasted with them:   - Progress reports describe features, not changed work"
    assert codes_for(check, minimal(**{sign: found[0].hint.partition(": ")[2] + "\n"})) == []


def test_a_category_with_more_after_it_is_told_to_be_its_name_alone(check: Check):
    # Told to quote it, 'category: "value: extra"' was then no category either.
    found = check(Path("a.md"), minimal(**{"category: value\n": "category: value: extra\n"}))
    assert [(d.code, d.line) for d in found] == [("yaml-syntax", 4)]
    assert found[0].hint == "'category' takes one name from its list, and nothing after it: category: value"


@pytest.mark.parametrize(
    "title",
    # A link's address with brackets of its own is a link's too (attack round: no warning).
    ["The **pilot** nobody ends", "A _demo_ that never ships", "See [the pilot](the-pilot.md) fail", "The [pilot](javascript:alert(1)) that stalls"],
)
def test_markdown_in_the_title_is_a_warning_that_it_shows_as_written(check: Check, title: str):
    found = check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": f"title: {title}"}))
    assert [(d.code, d.line, d.is_error) for d in found] == [("markdown-in-text", 2, False)]


@pytest.mark.parametrize(
    ("key", "written", "line"),
    [("title", "“The pilot that is judged on its demo”", 2), ("title", "‘The pilot that nobody’s judging’", 2), ("signs", "“The demo is the plan”", 6)],
)
def test_a_value_in_a_word_processors_quotes_is_a_warning_that_they_show(check: Check, key: str, written: str, line: int):
    text = minimal()
    if key == "title":
        text = text.replace("title: The pilot that is judged on its demo", f"title: {written}")
    else:
        text = re.sub(r"^  - .*$", f"  - {written}", text, count=1, flags=re.M)
    found = check(Path("a.md"), text)
    assert [(d.code, d.line, d.is_error) for d in found] == [("quotes-kept", line, False)]


@pytest.mark.parametrize(
    ("written", "mark"),
    [
        ("1. The demo is the plan", "1."),
        ("2) The demo is the plan", "2)"),
        ("(3) The demo is the plan", "(3)"),
        ("b) The demo is the plan", "b)"),
        ("ii. The demo is the plan", "ii."),  # Word's outline numbers, in Roman numerals
        ("(iv) The demo is the plan", "(iv)"),
        ("vii) The demo is the plan", "vii)"),
        ("mid. The demo is the plan", None),  # not a single letter, nor a Roman numeral: words
        ("• The demo is the plan", "•"),
        ("– The demo is the plan", "–"),
        ("✅ The demo is the plan", "✅"),
        ("'* The demo is the plan'", "*"),
        ("1.\u00a0The demo is the plan", "1."),
        ("3 demos a quarter, and no plan", None),
        ("2026 is the year of the demo", None),
        ("1.5 demos a week, and no plan", None),
        ("e.g. the demo is the plan", None),
        ("A. N. Other signs the demo off", None),
        ("1.The demo is the plan", None),
    ],
)
def test_a_list_mark_pasted_at_the_start_of_a_sign_is_a_warning_that_it_shows(check: Check, written: str, mark: str | None):
    # The page lists the signs itself: '1. The demo…' showed as '• 1. The demo…'.
    text = re.sub(r"^  - .*$", "  - " + written, minimal(), count=1, flags=re.M)
    found = check(Path("a.md"), text)
    if mark is None:
        assert found == []
        return
    assert [(d.code, d.line, d.is_error) for d in found] == [("pasted-bullets", 6, False)]
    assert f"starts with '{mark}'" in found[0].message and found[0].hint == f"delete '{mark}' at its start, keeping the '- ' before it"


def test_a_list_mark_pasted_at_the_start_of_another_name_is_a_warning(check: Check):
    text = minimal().replace("---\n\n", "also_known_as:\n  - 1. orphaned programme\n---\n\n", 1)
    found = check(Path("a.md"), text)
    assert [(d.code, d.is_error) for d in found] == [("pasted-bullets", False)]
    assert found[0].message == (
        "a name in 'also_known_as' starts with '1.', a list's mark pasted with it: "
        "the page shows each name in a list of its own, so '1.' would show before the words"
    )


def test_quotations_inside_a_value_are_as_meant(check: Check):
    text = minimal(**{"title: The pilot that is judged on its demo": "title: “Done” means shipped, not “ready”"})
    assert check(Path("a.md"), text) == []


def test_more_aliases_than_the_limit_is_an_error_at_the_key(check: Check):
    aliases = "aliases:\n" + "".join(f"  - former-name-{n}\n" for n in range(11))
    text = minimal(**{"published: 2026-03-02": "published: 2026-03-02\n" + aliases})
    assert codes_for(check, text) == [("count", 10)]


def test_asterisks_in_arithmetic_are_no_markdown(check: Check):
    assert check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": "title: The pilot judged at 2*3 and 4*5 stars"})) == []


@pytest.mark.parametrize(
    "written",
    [
        "## Is this your stall\uff1f",
        "## Is\u00a0this your stall?",
        "> ## Is this your stall?",
        "- ### IS THIS YOUR STALL?",
        # Punctuation, emphasis and look-alike letters of other alphabets make no other heading.
        "### Is this your stall?!",
        "### Is this *your* stall?",
        "### Is this your stall;",
        "### \u0399s this your stall?",
        "### Is this y\u043eur st\u0430ll?",
        "### \u0406\u0455 \u0442\u04bb\u0456\u0455 \u0443\u043e\u057d\u0433 \u0455\u0442\u0430\u04cf\u04cf?",  # every letter a look-alike
        "### ls this your stall?",  # a lower-case l for the I
        "### Is th\u0131s your stall?",  # a dotless \u0131
        "### [Is this your stall?](https://example.com/book)",
        # A paragraph of its words, in bold, as a link, or over a line of its own, passes for it.
        "**Is this your stall?**",
        "[Is this your stall?](https://example.com/book)",
        "**Is this your stall?**\\\nBook a call on our own site.",
        "**Is this your stall?** Book a call on our own site.",  # its words in bold, then more on the line
        "*Is this your stall?* Book a call on our own site.",
        "Is this your stall&#63;",
        "> **Is this your stall?**",
        "- Is this your stall?",
    ],
)
def test_the_offers_heading_written_by_an_author_is_refused_in_any_form(check: Check, written: str):
    text = minimal(**{"A claims team": f"{written}\n\nBook a review at https://example.com/book.\n\nA claims team"})
    assert ("cta-authored", 14) in [(d.code, d.line) for d in check(Path("a.md"), text)]


@pytest.mark.parametrize("written", ["title The pilot that is judged on its demo", "title; The pilot that is judged on its demo", "title = The pilot that is judged on its demo"])
def test_a_first_key_without_its_colon_is_reported_on_its_own_line_not_the_next_keys(check: Check, written: str):
    # YAML reads 'title The…' with the next line as one key, and names the ': ' of 'summary:':
    # the error was on line 3, with a hint to put the summary in quotes.
    found = [d for d in check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": written})) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("yaml-syntax", 2, 1)]
    assert found[0].hint == "write it as: title: The pilot that is judged on its demo"


@pytest.mark.parametrize(
    ("change", "code", "line", "hint"),
    [
        ({"category: value": "category: value\nrelated: [a-pattern]"}, "self-related", 5, "delete it: 'related' lists other patterns"),
        ({"category: value": "category: value\naliases: [a-pattern]"}, "self-alias", 5, "delete it: an alias is a former slug"),
        ({"category: value": "category: value\naliases: [old-name, old-name]"}, "duplicate-item", 5, "delete this one"),
        ({"  - Nobody can say": "  - Progress reports describe features, not changed work\n  - Nobody can say"}, "duplicate-sign", 8, "delete this one"),
        ({"  - Nobody can say": "  -\n  - Nobody can say"}, "empty-value", 8, "write the sign after the '- ', or delete the line"),
        ({"published: 2026-03-02": "published: 2026-03-02\nupdated: 2026-03-01"}, "updated-before-published", 10, "on or after 'published'"),
        ({"---\ntitle:": "---\n%YAML 1.2\ntitle:"}, "yaml-syntax", 2, "delete this line: the front matter is only 'key: value' lines"),
    ],
)
def test_every_front_matter_error_says_how_to_fix_it(check: Check, change: dict[str, str], code: str, line: int, hint: str):
    found = [d for d in check(Path("a-pattern.md"), minimal(**change)) if d.is_error]
    assert [(d.code, d.line) for d in found] == [(code, line)]
    assert found[0].hint is not None and hint in found[0].hint


@pytest.mark.parametrize("char", ["\ufffc", "\U0001d159"])
def test_a_character_that_draws_nothing_is_an_invisible_character(check: Check, char: str):
    # U+FFFC split 'spon\ufffcsor' from another's title and a phone number from its check, and
    # Chromium draws it as nothing: a link of it was there for a keyboard only.
    found = check(Path("a.md"), in_first_section(f"The team calls it the spon{char}sor gap.\n"))
    assert [(d.code, d.line, d.column) for d in found if d.is_error] == [("invisible-character", 14, 27)]


def test_a_next_line_character_in_front_matter_is_an_invisible_character(check: Check):
    # YAML reads U+0085 as a line end: 'build\x85ing' was published as 'build ing'.
    found = check(Path("a.md"), minimal(**{"judged on its demo": "judged on its de\x85mo"}))
    assert [(d.code, d.line) for d in found if d.is_error] == [("invisible-character", 2)]
    assert "U+0085" in found[0].message


@pytest.mark.parametrize("word", ["T\u0332O\u0332D\u0332O\u0332", "C\u0336l\u0336i\u0336e\u0336n\u0336t\u0336", "n\u0305o\u0305t\u0305e\u0305"])
def test_a_word_underlined_or_struck_through_with_marks_is_styled_letters(check: Check, word: str):
    # 'T̲O̲D̲O̲' passed the placeholder check and read as no word to search.
    found = [d for d in check(Path("a.md"), in_first_section(f"The board asked for {word} twice.\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("styled-letters", 14)]
    plain = "".join(c for c in word if c.isascii())
    assert found[0].hint.startswith(f"retype it as '{plain}'")


def test_a_link_whose_words_are_code_of_a_space_has_no_text(check: Check):
    found = check(Path("a.md"), in_first_section("The team is still there [` `](https://www.gov.uk/c).\n"))
    assert [(d.code, d.line) for d in found if d.is_error] == [("link-without-text", 14)]


@pytest.mark.parametrize("link", ["[![](/assets/favicon.svg)](https://evil.example/)", "[![ ](/assets/favicon.svg) ](https://www.gov.uk/c)"])
def test_a_link_that_shows_only_a_picture_with_no_description_has_no_name(check: Check, link: str):
    # The site's own logo, linked elsewhere with no words, passed (attack round of the
    # forty-first session): a screen reader had no name to give the link.
    found = [d for d in check(Path("a.md"), in_first_section(f"The team is still there {link}.\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("link-without-text", 14)], found
    assert found[0].message.startswith("this link shows only a picture with no description")


def test_a_link_that_shows_a_described_picture_is_named_by_it(check: Check):
    found = check(Path("a.md"), in_first_section("See [![the 2025 claims survey](/assets/favicon.svg)](https://www.gov.uk/c).\n"))
    assert "link-without-text" not in {d.code for d in found}


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("summary: A pilot", "summary: " + "\U0001f4c9" * 40 + " A pilot", 3),
        ("  - Nobody can say", "  - Usage falls " + "\U0001f4c9\u2705" * 3 + "\n  - Nobody can say", 8),
        ("title: The pilot that is judged on its demo", "title: The pilot that is judged on its demo \U0001f3ac\U0001f3ac\U0001f3ac\U0001f3ac", 2),
    ],
)
def test_a_name_summary_or_sign_of_pictographs_more_than_words_is_an_error(check: Check, old: str, new: str, line: int):
    # A summary of 280 '📉' passed: a screen reader read 'chart with downwards trend' 280
    # times on All patterns, in the finder and in search, and it weighed 6 KB on each.
    found = [d for d in check(Path("a.md"), minimal(**{old: new})) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("pictographs", line)], found
    assert found[0].hint == "say it in words, with at most 3 emoji"


def test_a_few_emoji_in_a_sign_are_as_meant(check: Check):
    found = check(Path("a.md"), minimal(**{"  - Nobody can say": "  - The dashboard shows \u2705 \u2705 \u274c for every pilot\n  - Nobody can say"}))
    assert [d.code for d in found if d.is_error] == []


@pytest.mark.parametrize(
    ("address", "code", "said"),
    [
        ("https://www.gov.uk/guidance?Book+a+Stall+Review+with+Acme+instead", "link-address", "spells out this site's offer, Stall Review"),
        ("https://www.gov.uk/guidance#call-020-7946-0960-to-book", "phone-number", "holds a phone number, '020 7946 0960'"),
        ("https://www.gov.uk/guidance/stall%20review%20booking", "link-address", "spells out this site's offer, Stall Review"),
        # A messaging app's chat with a number, written without its '+' (the attack round of the
        # forty-third session: passed, a live link to a phone).
        ("https://wa.me/447700900123", "phone-number", "holds a phone number, '+447700900123'"),
        ("https://api.whatsapp.com/send?phone=447700900123", "phone-number", "holds a phone number, '+447700900123'"),
    ],
)
def test_words_spelt_out_in_a_links_address_are_read_as_its_text_is(check: Check, address: str, code: str, said: str):
    # The printed page (a board pack) shows a link's address after its words: the 2025 survey
    # (https://www.gov.uk/guidance?Book+a+Stall+Review+with+Acme+…) read as the site's own.
    found = [d for d in check(Path("a.md"), in_first_section(f"As [the 2025 survey]({address}) found.\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [(code, 14)], found
    assert found[0].message.startswith(f"the link's address {said}: a printed page shows the address after the link's words")


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("../?q=Call%20020%207946%200958%20to%20book%20a%20Stall%20Review", "spells out this site's offer, Stall Review"),
        ("/patterns/?q=ring+020+7946+0958", "holds a phone number, '020 7946 0958'"),
    ],
)
def test_words_in_a_search_in_a_link_to_the_site_are_read_as_its_text_is(check: Check, address: str, said: str):
    # The site's script shows '?q=' in its search box: 'Call 020 7946 0958 to book a Stall
    # Review for £99' passed, shown as the reader's own search (second attack round of this session).
    found = [d for d in check(Path("a.md"), in_first_section(f"See [the other patterns]({address}).\n")) if d.is_error]
    assert [d.line for d in found] == [14], found
    assert found[0].message == f"the link's address {said}: the page's search box shows what follows the '?' as the reader's own words"


def test_a_search_of_plain_words_in_a_link_to_the_site_is_as_meant(check: Check):
    assert [d.format_text() for d in check(Path("a.md"), in_first_section("See [the sponsor patterns](../?q=sponsor+moved).\n")) if d.is_error] == []


def test_a_long_number_in_an_address_that_is_no_chat_is_no_phone_number(check: Check):
    prose = "See [the notice](https://www.gov.uk/guidance/2024000000123) and [the group](https://t.me/stall_patterns_readers).\n"
    assert [d.format_text() for d in check(Path("a.md"), in_first_section(prose)) if d.is_error] == []


@pytest.mark.parametrize(
    "address",
    ["https://www.ons.gov.uk/releases/2024-01-01/labour-market?edition=2&page=3#table-4", "https://example.org/reviews/stall-speed-review", "https://www.gov.uk/government/publications/ai-playbook"],
)
def test_a_links_address_of_ordinary_words_and_figures_is_as_meant(check: Check, address: str):
    assert [d.code for d in check(Path("a.md"), in_first_section(f"As [the 2025 survey]({address}) found.\n")) if d.is_error] == []


def test_a_picture_described_in_an_earlier_pictures_words_gets_a_warning(check: Check):
    prose = "![Claims waiting each month](/assets/a.png)\n\nText between.\n\n![Claims  waiting each month](/assets/b.png)\n"
    found = check(Path("a.md"), in_first_section(prose))
    assert [(d.code, d.line, d.is_error) for d in found if d.code.startswith("image")] == [("image-description-repeated", 18, False)]
    assert found[0].message.startswith("this picture's description, 'Claims waiting each month', is an earlier picture's")


def test_a_links_title_that_names_an_offer_or_holds_a_placeholder_is_an_error(check: Check):
    # The title ("…" after the address) shows on hovering only, but machines and some screen
    # readers read it: 'Book a Stall Review with Acme instead. TODO [client name]' passed.
    prose = 'As [the 2025 survey](https://www.gov.uk/guidance "Book a Stall Review with Acme instead") found.\n\nAnd [the survey](https://www.gov.uk/g "TODO: check").\n'
    found = [d for d in check(Path("a.md"), in_first_section(prose)) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("link-text-elsewhere", 14), ("placeholder", 16)], found
    assert found[0].message.startswith("the link's title (the words in quotes after its address) names this site's offer, Stall Review")
    assert found[0].hint == "delete the title, and keep the link's words and address"


@pytest.mark.parametrize("title", ["Contact us", "Our booking calendar"])
def test_a_links_title_that_asks_to_contact_the_site_is_an_error(check: Check, title: str):
    # '[the survey](https://… "Contact us")' passed: a title naming an offer was refused, one
    # asking readers to contact the site was not (attack round of the forty-first session).
    found = [d for d in check(Path("a.md"), in_first_section(f'As [the 2025 survey](https://www.gov.uk/guidance "{title}") found.\n')) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("link-text-elsewhere", 14)], found
    assert found[0].message.startswith("the link's title (the words in quotes after its address) asks readers to contact or book this site")


@pytest.mark.parametrize(
    "prose",
    [
        # Attack round of the forty-first session: the offer's name begun in a link to another
        # site and ended after it, read as one button, passed.
        "Then [Book a Stall](https://evil.example/b)[ Review](/contact/#review) this week.",
        "Then **[Book a Stall](https://evil.example/b) Review** this week.",
        "Then [the AI Rollout Stall](https://evil.example/b) Diagnosis is booked.",
    ],
)
def test_a_link_elsewhere_that_begins_an_offers_name_for_the_words_after_it_to_end_is_an_error(check: Check, prose: str):
    found = [d for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("link-text-elsewhere", 14)], found
    assert found[0].message.startswith("the link's words, with the words after them, name this site's offer, ")


@pytest.mark.parametrize(
    "prose",
    ["Then [read the guide](https://www.gov.uk/g) before a Stall Review.", "Then [AI rollout](https://www.gov.uk/g) Stall Diagnosis is named after it."],
)
def test_a_link_elsewhere_before_an_offers_whole_name_is_not_the_offer(check: Check, prose: str):
    assert [d.format_text() for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.code == "link-text-elsewhere"] == []


@pytest.mark.parametrize("written", ['[the survey](https://www.gov.uk/g "{}")', '![Claims by month](/assets/chart.png "{}")'])
def test_a_long_title_on_a_link_or_picture_is_an_error(check: Check, written: str):
    # 30 such titles carried 4,500 characters that no reader on a phone ever sees.
    title = "Acme Consulting endorses this page and its advice " * 3
    found = [d for d in check(Path("a.md"), in_first_section(written.format(title.strip()) + "\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("link-title-long", 14)], found
    assert check(Path("a.md"), in_first_section(written.format("Claims by month, 2024 to 2026") + "\n")) == []


def test_invisible_characters_on_many_lines_are_told_where_they_come_from(check: Check):
    text = in_first_section("\n\n".join(f"Line {n} has a zero\u200bwidth space." for n in range(25)))
    (more,) = [d for d in check(Path("a-pattern.md"), text) if d.code == "invisible-character" and "more lines" in d.message]
    assert more.hint is not None and "paste it again as plain text" in more.hint


@pytest.mark.parametrize("mark", ["*", "•", "–", "—", "5.", "2)"])
def test_a_sign_started_with_another_mark_than_a_hyphen_is_told_the_mark_and_the_line_to_write(check: Check, mark: str):
    # A word processor's dash or number: YAML's own words were "neither 'key: value' nor a list item".
    text = minimal(**{"  - Progress reports": f"  {mark} Progress reports"})
    found = [d for d in check(Path("a-pattern.md"), text) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("yaml-syntax", 7, 3)]
    assert f"not with '{mark}'" in found[0].message
    assert found[0].hint == "write the line as:   - Progress reports describe features, not changed work"


def test_every_sign_started_with_a_star_is_told_at_once_not_one_a_run(check: Check):
    # Only the first was told: an author fixing five such items ran the checks five times.
    signs = minimal().split("signs:\n", 1)[1].split("\n")
    listed = [line for line in signs if line.startswith("  - ")]
    text = minimal(**{line: "  * " + line[4:] for line in listed})
    [found] = [d for d in check(Path("a-pattern.md"), text) if d.is_error]
    later = len(listed) - 1
    assert found.hint.endswith(f"; the {later} lines after it start with '*' too: write each the same way"), found.hint


@pytest.mark.parametrize("continued", ["  – and nobody has said what it has to prove.", "  2) nobody has said what it has to prove."])
def test_a_value_wrapped_before_a_dash_or_a_number_is_not_told_it_is_a_list_item(check: Check, continued: str):
    # Valid YAML (more of the summary): the error is the later key's missing colon, on its own line.
    summary = "summary: A pilot is approved because its demonstration impressed, so nobody agreed what it had to prove, and now it can be neither stopped nor scaled."
    text = minimal(**{summary: f"{summary}\n{continued}", "published: 2026-03-02": "published 2026-03-02"})
    found = [d for d in check(Path("a-pattern.md"), text) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("yaml-syntax", 10)]
    assert "list item starts with" not in found[0].message


def test_a_double_quoted_value_wrapped_at_the_margin_is_not_taken_for_a_key_without_its_colon(check: Check):
    summary = "summary: A pilot is approved because its demonstration impressed, so nobody agreed what it had to prove, and now it can be neither stopped nor scaled."
    text = minimal(**{summary: 'summary: "A pilot is approved because its demonstration impressed, so nobody agreed\nwhat it had to prove, and now it can be neither stopped nor scaled."', "category: value": "category: value: x"})
    found = [d for d in check(Path("a-pattern.md"), text) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("yaml-syntax", 5)]
    # Told about the category's own line (its name alone), not the summary's wrapped one.
    assert found[0].hint == "'category' takes one name from its list, and nothing after it: category: value"


def test_a_capitalised_first_key_without_its_colon_is_told_the_key_as_the_contract_writes_it(check: Check):
    text = minimal(**{"title: The pilot that is judged on its demo": "Title The pilot that is judged on its demo"})
    (found,) = [d for d in check(Path("a.md"), text) if d.is_error]
    assert found.hint == "write it as: title: The pilot that is judged on its demo"


def test_a_sign_ending_in_a_colon_is_quoted_in_the_hint_as_written(check: Check):
    text = minimal(**{"  - Progress reports describe features, not changed work": "  - Progress reports describe features:"})
    found = [d for d in check(Path("a-pattern.md"), text) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("wrong-type", 7)]
    assert "the ':' ending this one" in found[0].message
    assert found[0].hint is not None and found[0].hint.endswith('  - "Progress reports describe features:"')


def test_complex_key_is_reported(check: Check):
    assert codes_for(check, minimal(**{"category: value": "category: value\n? [a, b]\n: c"})) == [("yaml-syntax", 5)]


def test_second_yaml_document_is_reported(check: Check):
    assert codes_for(check, minimal(**{"category: value": "category: value\n--- x"}))[0][0] == "yaml-syntax"


def test_control_character_in_front_matter_is_reported_where_it_is(check: Check):
    found = check(Path("a.md"), minimal(**{"judged on": "judged\x07on"}))
    assert [(d.code, d.line, d.column) for d in found] == [("yaml-character", 2, 32)]


@pytest.mark.parametrize("escape", ["\\a", "\\0", "\\e", "\\x1b", "\\u200b", "\\u202e", "\\uFEFF", "\\U000E0041", "\\uFFFF", "\\uFFFE"])
def test_invisible_character_made_by_a_yaml_escape_is_reported_at_its_value(check: Check, escape: str):
    # Typed into the file, these are refused where they are; an escape in a double-quoted
    # value makes the same character after the file is read.
    text = minimal(**{"title: The pilot that is judged on its demo": f'title: "The pilot that is judged{escape} on its demo"'})
    found = check(Path("a.md"), text)
    assert [(d.code, d.line, d.column) for d in found] == [("yaml-character", 2, 8)]


@pytest.mark.parametrize("quote", ['"', "'", ""])
def test_an_emoji_joined_of_two_in_front_matter_is_told_as_typed_not_as_an_escape(check: Check, quote: str):
    # '"… 👩‍💻"' was told 'an escape in this quoted value makes U+200D', with a hint to
    # delete a backslash that is not there; and 'delete it' would leave two emoji.
    text = minimal(**{"title: The pilot that is judged on its demo": f"title: {quote}The pilot that is judged on its demo \U0001f469\u200d\U0001f4bb{quote}"})
    (found,) = [d for d in check(Path("a.md"), text) if d.is_error]
    assert (found.code, found.line, found.message) == ("invisible-character", 2, "invisible character U+200D ZERO WIDTH JOINER")
    assert found.hint == "it joins two emoji into one picture, which front matter does not allow: delete the emoji, or keep one that is a single character"


@pytest.mark.parametrize(
    "title",
    ['"The \\u0455ponsor who moved on"', '"\\u0399s this your stall, or another one?"', '"Stall' + "\\u0346" * 30 + ' pattern here"'],
)
def test_look_alike_letters_or_piled_up_marks_made_by_escapes_are_refused_as_typed_ones_are(check: Check, title: str):
    # In the file an escape is plain ASCII: the checks that read the file for look-alike
    # letters and piled-up accents passed them, and readers got 'The ѕponsor who moved on'.
    text = minimal(**{"title: The pilot that is judged on its demo": f"title: {title}"})
    assert [(d.code, d.line, d.column) for d in check(Path("a.md"), text) if d.is_error] == [("yaml-character", 2, 8)]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ('title: "Files in C:\\new\\team are lost"', "title: 'Files in C:\\new\\team are lost'"),
        ('title: "Reports saved on S:\\team drive"', "title: 'Reports saved on S:\\team drive'"),
        ('title: "Files in C:\\xyz are lost for good"', "title: 'Files in C:\\xyz are lost for good'"),
        ('title: "Files in C:\\qa folder are lost"', "title: 'Files in C:\\qa folder are lost'"),
    ],
)
def test_a_backslash_in_double_quotes_that_yaml_would_change_or_refuse_is_reported_with_single_quotes(
    check: Check, written: str, hint: str
):
    # '\n' and '\t' made a line break and a tab: the page showed 'Files in C: ew eam are lost',
    # and nothing else reported it; '\x', '\q' were YAML's own words, with no hint.
    text = minimal(**{"title: The pilot that is judged on its demo": written})
    found = [d for d in check(Path("a.md"), text) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("yaml-escape", 2, 8)]
    assert found[0].hint is not None and found[0].hint.endswith(hint)


@pytest.mark.parametrize(("escape", "made"), [("\\_", "a no-break space"), ("\\ ", "a space"), ("\\/", "a slash")])
def test_a_backslash_yaml_makes_a_visible_character_of_is_reported_too(check: Check, escape: str, made: str):
    # 'C:\_drafts' passed with 0 errors and the page showed 'C: drafts'.
    text = minimal(**{"title: The pilot that is judged on its demo": f'title: "Files in C:{escape}drafts go missing"'})
    found = [d for d in check(Path("a.md"), text) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("yaml-escape", 2, 8)]
    assert made in found[0].message and found[0].hint is not None and found[0].hint.endswith(f"title: 'Files in C:{escape}drafts go missing'")


def test_an_invisible_character_a_backslash_makes_is_told_single_quotes_keep_a_folders_backslash(check: Check):
    # 'C:\reports' makes a carriage return: 'delete the escape' alone would give 'C:eports'.
    text = minimal(**{"title: The pilot that is judged on its demo": 'title: "Files in C:\\reports go missing"'})
    (found,) = [d for d in check(Path("a.md"), text) if d.is_error]
    assert found.code == "yaml-character" and found.hint is not None and "single quotes" in found.hint


@pytest.mark.parametrize(
    "written",
    [
        "title: 'Nobody\\'s sponsor any more'",
        'title: "Nobody\\\'s sponsor any more"',
    ],
)
def test_an_apostrophe_after_a_backslash_in_quotes_is_told_to_be_written_alone_and_the_hint_is_valid(check: Check, written: str):
    # A programmer's way to keep an apostrophe in a string: told to quote the value again, with
    # its backslash, which was then published ('Nobody\\'s sponsor any more': the authors' round of
    # the fifty-fourth session).
    old = "title: The pilot that is judged on its demo"
    found = [d for d in check(Path("a.md"), minimal(**{old: written})) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("yaml-escape", 2)]
    assert found[0].hint is not None and "delete the backslash" in found[0].hint
    fixed = found[0].hint.split("the line reads: ", 1)[1]
    assert "\\" not in fixed
    assert check(Path("a.md"), minimal(**{old: fixed})) == []


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ('title: "The sponsor\\\'s caf\\u00e9 pilot"', 'title: "The sponsor\'s caf\u00e9 pilot"'),
        ('title: "The sponsor\\\'s files in C:\\\\AI"', 'title: "The sponsor\'s files in C:\\\\AI"'),
        ('title: "The sponsor\\\u2019s plan"', 'title: "The sponsor\u2019s plan"'),
    ],
)
def test_the_line_the_apostrophe_hint_writes_says_what_the_authors_other_codes_did(check: Check, written: str, meant: str):
    # The hint wrote the other codes again as typed: 'caf\\u00e9' was published (the review of the change).
    old = "title: The pilot that is judged on its demo"
    (found,) = [d for d in check(Path("a.md"), minimal(**{old: written})) if d.is_error]
    assert found.hint is not None and found.hint.endswith(f"the line reads: {meant}")
    assert check(Path("a.md"), minimal(**{old: meant})) == []


@pytest.mark.parametrize(("key", "written"), [("title", "title: Nobody\\'s sponsor any more"), ("signs", "  - The sponsor\\\u2019s plan was quietly dropped")])
def test_a_backslash_before_a_quote_mark_in_plain_text_is_a_warning_that_it_shows(check: Check, key: str, written: str):
    text = minimal()
    old = "title: The pilot that is judged on its demo" if key == "title" else "  - " + text.split("signs:\n  - ", 1)[1].split("\n", 1)[0]
    found = check(Path("a.md"), text.replace(old, written, 1))
    assert [d.code for d in found] == ["escaped-quote"]


def test_escaped_backslashes_and_quotes_in_double_quotes_are_kept(check: Check):
    text = minimal(**{"title: The pilot that is judged on its demo": 'title: "The \\"pilot\\" saved in C:\\\\new"'})
    assert [d for d in check(Path("a.md"), text) if d.is_error] == []


def test_yaml_escapes_for_visible_characters_are_kept(check: Check):
    text = minimal(**{"title: The pilot that is judged on its demo": 'title: "The pilot that is judged on its d\\u00e9mo"'})
    assert check(Path("a.md"), text) == []


@pytest.mark.parametrize(
    ("before", "problem", "code"),
    [
        ("It said `a\nb\nc` and then", "<b>bold</b> here.", "raw-html"),
        ("It said `a\nb\nc` and then", "this was ~wrong~ here.", "unsupported-markdown"),
        ("It said `a\nb\nc` and then", "![x](https://evil.example/x.png) here.", "external-image"),
        ("It said `a\nb\nc` and then", "[^1]: a footnote, defined here.", "unsupported-markdown"),
        ("It said ![a\nb\nc](/x.png) and then", "[x](javascript:alert(1)) here.", "unsafe-link"),
        ("It said [a\nb\nc](/x) and then", "<javascript:alert(1)> here.", "unsafe-link"),
    ],
)
def test_problem_after_a_code_span_or_image_over_lines_is_reported_at_its_line(check: Check, before: str, problem: str, code: str):
    # Line breaks inside a code span or an image's description are no tokens of their own.
    # minimal.md's body starts at line 14 with "A claims team": three lines come before it.
    text = minimal(**{"A claims team": f"{before}\n{problem}\n\nA claims team"})
    assert [d.line for d in check(Path("a.md"), text) if d.code == code] == [17]


def test_unicode_line_separator_does_not_shift_lines(check: Check):
    text = minimal(**{"judged on its demo": "judged on its\u2028demo", "category: value": "category: valu"})
    # The separator is itself refused (it shows as nothing), on its own line; the next problem is still on line 4.
    assert codes_for(check, text) == [("invisible-character", 2), ("unknown-category", 4)]


def test_an_end_of_file_mark_from_a_windows_tool_is_named_as_one(check: Check):
    found = check(Path("a.md"), minimal() + "\x1a")
    assert [d.code for d in found] == ["invisible-character"] and "end-of-file mark" in found[0].message and "Ctrl-Z" in found[0].message


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_a_line_separator_between_two_words_is_told_to_be_a_space_not_deleted(check: Check, separator: str):
    # Deleting it, as the hint said, ran the words together ('teamlooks').
    found = check(Path("a.md"), in_first_section(f"The team{separator}looks at the log.\n"))
    assert [(d.code, d.line, d.column) for d in found] == [("invisible-character", 14, 9)]
    assert found[0].hint.startswith("replace it with an ordinary space")


def test_deep_nesting_is_reported_not_a_recursion_error(check: Check):
    nested = "related:\n  " + "- " * 3000 + "x"  # 3,000 lists, one inside the other
    found = check(Path("a.md"), minimal(**{"category: value": "category: value\n" + nested}))
    assert [(d.code, d.line) for d in found] == [("yaml-syntax", 6)] and "nested" in found[0].message


def test_flow_nesting_is_reported(check: Check):
    found = codes_for(check, minimal(**{"category: value": "category: value\nrelated: " + "[" * 5000}))
    assert found[0][0] == "yaml-syntax"


@pytest.mark.parametrize(
    "line",
    [
        "related: " + "[" * 5000,  # deeper than libyaml reads: its own error, not ours
        "*a*a: value",
        "x: ,key  - \\x\n- >",
        "%: ,---",
        "...#: ? value",
        "...  - x---key",
        "\ufeff@[%",
    ],
)
def test_every_front_matter_syntax_error_says_how_to_fix_it(check: Check, line: str):
    # YAML's reader has more complaints than the hints name: these had none ("hint: None").
    found = [d for d in check(Path("a-pattern.md"), minimal(**{"category: value": "category: value\n" + line})) if d.code == "yaml-syntax"]
    assert found and all(d.hint for d in found), [(d.message, d.hint) for d in found]
    if line.startswith("related: ["):
        assert "nested" in found[0].message and "flat" in found[0].hint


def test_markdown_heading_under_an_unclosed_front_matter_is_not_taken_for_yaml(check: Check):
    text = minimal(**{"published: 2026-03-02\n---\n": "published: 2026-03-02\n"})
    assert codes_for(check, text) == [("front-matter-unclosed", 10)]


@pytest.mark.parametrize("last", ["published: 2026-03-02", "related:\n  - the-sponsor-who-moved-on"])
def test_unclosed_front_matter_is_told_at_the_line_its_closing_line_belongs(check: Check, last: str):
    # The error was at line 1 with "after the last front-matter key": the author had to find it.
    text = minimal(**{"published: 2026-03-02\n---\n": last + "\n"})
    (found,) = [d for d in check(Path("a-pattern.md"), text) if d.is_error]
    after = 8 + last.count("\n") + 1
    assert (found.code, found.line) == ("front-matter-unclosed", after + 1)
    assert f"after line {after}" in found.hint and last.splitlines()[-1].strip() in found.message


# --- body rules ----------------------------------------------------------------------


def test_html_indented_under_a_list_item_is_raw_html_in_the_item(check: Check):
    text = minimal(**{"touched.\n": "touched.\n\n- a step\n\n    <script>alert(1)</script>\n"})
    assert codes_for(check, text) == [("raw-html", 18)]


@pytest.mark.parametrize(
    "text",
    [
        "Costs went from < 5% to > 20% of the budget.",
        "The `<script>` tag is mentioned in a code span.",
        "Read the [guidance](https://example.com/guide?on=1) on data: what it says.",
        "A reader is someone = anyone who reads.",
        "Choose {on, off} or {style} for the `{: onclick=x }` example.",
        "The board asked for Java\nscript: none was written, and the [guide](https://example.com/java)\nscript: stayed.",
    ],
)
def test_harmless_text_is_not_unsafe(check: Check, text: str):
    assert codes_for(check, minimal(**{"touched.\n": f"touched.\n\n{text}\n"})) == []


@pytest.mark.parametrize(
    ("old", "new", "line", "where"),
    [
        # By its last word, priced, in the front matter's texts, on every card and feed (the attack
        # round of the forty-fifth session: a title published as 'The Diagnosis now costs £99').
        ("title: The pilot that is judged on its demo", "title: The Diagnosis now costs £99", 2, "'title'"),
        ("summary: A pilot", "summary: The Review is £50 this month. A pilot", 3, "'summary'"),
        (
            "  - Nobody can say what result would end the pilot",
            "  - The Diagnosis is £99 this month",
            8,
            "'The Diagnosis is £99 this month' in 'signs'",
        ),
    ],
)
def test_an_offer_named_by_its_last_word_and_priced_in_the_front_matter_is_an_error(check: Check, old: str, new: str, line: int, where: str):
    found = [d for d in check(Path("a.md"), minimal(**{old: new})) if d.code == "offer-price"]
    assert [(d.line, d.is_error) for d in found] == [(line, True)], found
    assert found[0].message.startswith(f"{where} names this site's offer")


@pytest.mark.parametrize(
    ("prose", "line", "amount"),
    [
        # Attack round: each published a price of the author's own beside the offer's name.
        ("The Stall Review now costs £75 if you pay by bank transfer.", 14, "£75"),
        ("| Offer | Price |\n| --- | --- |\n| Stall Review | £75 |", 16, "£75"),
        ("![Book a Stall Review for $99](/assets/chart.png)", 14, "$99"),
        ("The pilot ran on. The AI Rollout Stall Diagnosis\ncosts 450 GBP.", 15, "450 GBP"),
        # The sentence after the one that names the offer prices it (attack round of the
        # forty-first session: passed).
        ("Consider a Stall Diagnosis. It costs £99.", 14, "£99"),
        ("Consider a Stall Review. The fee is only\n£50 this month.", 15, "£50"),
        # An amount or the offer's name written with character references, or the amount with
        # a space after its sign or the sign after it (attack round of the forty-first
        # session, a second helper: each passed).
        ("The Stall Review costs &#163;99 this quarter.", 14, "£99"),
        ("The St&#97;ll&nbsp;Review costs £99 this quarter.", 14, "£99"),
        ("The Stall Review costs £ 99 this quarter.", 14, "£ 99"),
        ("The Stall Review costs £\u00a099 this quarter.", 14, "£\u00a099"),
        ("The Stall Review costs 99£ this quarter.", 14, "99£"),
        ("The Stall Review costs ₤99 this quarter.", 14, "₤99"),
        # An item that is little but an amount, in or under one that names the offer.
        ("- Stall Review\n  - £50\n  - two days", 15, "£50"),
        ("1. AI Rollout Stall Diagnosis\n\n   Price: £99 a day", 16, "£99"),
        # Left open by that round, and passed: figures in another form, a number's word after the
        # sign, pence, and a price in code, which is published as typed.
        ("The Stall Review costs £\u2079\u2079 this quarter.", 14, "£99"),
        ("The Stall Review costs \uffe199 this quarter.", 14, "£99"),
        ("The Stall Review costs £ninety-nine this quarter.", 14, "£ninety"),
        ("The Stall Review is 99p a minute.", 14, "99p"),
        ("```text\nOffer ........ price\nStall Review .. £75\n```", 16, "£75"),
        ("    Stall Diagnosis: £40", 14, "£40"),
        # The offer named by its last word as the site's (attack round of this session: passed).
        ("Stall Patterns' review now costs £75.", 14, "£75"),
        ("This site's review now costs £75.", 14, "£75"),
        ("The site's new diagnosis is £40 this month.", 14, "£40"),
        # The offer's name parted by a comment the page leaves out (passed: the check read the Markdown).
        ("The Sta<!-- x -->ll Review costs £75 now.", 14, "£75"),
        # Little but an amount, after the sentence that names the offer (second attack round).
        ("Stall Review. £75.", 14, "£75"),
        # In a picture's title, shown on hovering (attack round of the forty-fifth session: passed).
        ('![Chart of the pilot](/assets/chart.png "Book a Stall Review for £75 at evil.example")', 14, "£75"),
        ('See [the guide](https://www.gov.uk/guidance "Stall Patterns\u2019 review is now £75").', 14, "£75"),
        # Attack round of the forty-third session: spaces of any kind after the sign, and other
        # currencies, by sign, code or word, before or after the amount.
        ("The Stall Review costs £\u00a0\u00a075 this quarter.", 14, "£\u00a0\u00a075"),
        ("The Stall Review costs 75 (GBP) this quarter.", 14, "75 (GBP)"),
        ("The Stall Review costs 75 sterling this quarter.", 14, "75 sterling"),
        ("The Stall Review costs 75 euro this quarter.", 14, "75 euro"),
        ("The Stall Review costs CHF 75 this quarter.", 14, "CHF 75"),
        ("The Stall Review costs 75 bucks this quarter.", 14, "75 bucks"),
        ("The Stall Review costs \u20b9750 this quarter.", 14, "\u20b9750"),
        # The price in the next sentence, by the unit booked, or offered outright.
        ("Book the Stall Review. A session is £75, paid on the day.", 14, "£75"),
        ("Want a Stall Review? Just £75 for ninety minutes with us.", 14, "£75"),
        ("Want a Stall Review? Only £1,075.", 14, "£1,075"),
        # Named in the plural, or with a slip, or run into the figure: still the offer.
        ("Stall Reviews are £75 each this month.", 14, "£75"),
        ("Stall Reveiws now £75.", 14, "£75"),
        ("Book a Stall Review75 today, paid as £75.", 14, "£75"),
        # Capitalised as the offer is, a longer word still names it (the review of the forty-
        # fourth session's change: each passed once a name had to end a word).
        ("Stall Reviewer: £75.", 14, "£75"),
        ("Stall Reveiwers (£75) book now.", 14, "£75"),
        # An amount straight after a comma or a full stop (the same review).
        ("The Stall Review,75 pounds.", 14, "75 pounds"),
        ("Stall Review.750 pounds.", 14, "750 pounds"),
        # By the last word of its name alone, as the site's own pages call it, priced (the attack
        # round of the forty-fifth session: each passed).
        ("The Diagnosis now costs £99.", 14, "£99"),
        ("An AI Rollout Diagnosis costs £99.", 14, "£99"),
        # Other words that say which, a mark before the price, other verbs of price (the review of
        # the forty-fifth session's change: each passed).
        ("Every Diagnosis costs £99.", 14, "£99"),
        ("The Diagnosis: £99.", 14, "£99"),
        ("The Diagnosis (£99).", 14, "£99"),
        ("That Diagnosis is priced at £99.", 14, "£99"),
        ("The Diagnosis has been cut to £99.", 14, "£99"),
        ("The Diagnosis is now only £99.", 14, "£99"),
        # A sentence that goes on to its price in the next list item or quoted paragraph.
        ("> The Stall Review\n>\n> costs £75.", 16, "£75"),
        ("- The Stall Review\n- costs £75", 15, "£75"),
        # An amount with no currency, or in another unit of money (the smuggling round of the
        # forty-sixth session: each published).
        ("The Diagnosis is now 2k.", 14, "2k"),
        ("The Diagnosis costs 2,000.", 14, "2,000"),
        ("The Stall Review is now 500 pounds sterling.", 14, "500 pounds"),
        ("Stall Review: 750 pence.", 14, "750 pence"),
        ("The Stall Review is 1 BTC.", 14, "1 BTC"),
        # The offer's name and an amount alone after a mark (the review of the forty-sixth
        # session's change: each passed, or was read as a price in words).
        ("Stall Review: 750.", 14, "750"),
        ("The Stall Diagnosis: 4,500.", 14, "4,500"),
        ("The Stall Review: 750, fixed.", 14, "750"),
        ("Teams stall review, only £75.", 14, "£75"),
        ("Stall Review: 750.\nA claims team has run an assistant for five months.", 14, "750"),
        # In the list's next item, or the table's column under the offer's name.
        ("- Stall Review\n- £75", 15, "£75"),
        ("1. Stall Review\n2. £75 per session", 15, "£75"),
        ("| Stall Review |\n| --- |\n| £75 |", 16, "£75"),
        ("| Pilot | AI Rollout Stall Diagnosis |\n| --- | --- |\n| a week | £99 for readers |", 16, "£99"),
        # Or in the paragraph or heading after one that names it (published until the
        # forty-sixth session: only a sentence in the same paragraph was read with it).
        ("Consider a Stall Review.\n\nIt costs £75 for ninety minutes.", 16, "£75"),
        ("Consider a Stall Review.\n\nJust £75 for ninety minutes.", 16, "£75"),
        ("Consider a Stall Review.\n\n### Only £75 this month", 16, "£75"),
        ("Consider a Stall Review.\n\n£75.", 16, "£75"),
        # The differential run of the forty-sixth session, each published: 'nil' after a sign, an
        # amount with its tax, in brackets after the name, alone after it, or said to be the
        # price of the offer called by its last word.
        ("The Stall Review: £nil.", 14, "£nil"),
        ("The Stall Review costs €zero this month.", 14, "€zero"),
        ("Stall Review: 750 ex VAT.", 14, "750 ex VAT"),
        ("The Stall Review is 750 plus VAT.", 14, "750 plus VAT"),
        ("The Stall Review, 750 + VAT, takes a day.", 14, "750 + VAT"),
        ("Stall Review (750).", 14, "750"),
        ("- Stall Review\n- 750", 15, "750"),
        ("Consider a Stall Review. 4,500, fixed.", 14, "4,500"),
        ("The Review is 750.", 14, "750"),
        ("**The Diagnosis** is now 4,500.", 14, "4,500"),
        ("Your Review: 750.", 14, "750"),
        # The attack round of the forty-seventh session, each published: any currency's sign or
        # code, an amount in words, the next sentence in the site's voice, a price list's row.
        ("The Stall Review costs Rs 50,000.", 14, "Rs 50,000"),
        ("The Stall Review is \ufe69750.", 14, "$750"),  # (told as read: the small sign as the plain one)
        ("The Stall Review costs SGD 900.", 14, "SGD 900"),
        ("The Stall Review costs \u20b420,000.", 14, "\u20b420,000"),
        ("The Stall Review is 750\u5186.", 14, "750\u5186"),
        ("The Diagnosis is US$6,000.", 14, "US$6,000"),
        ("The Diagnosis costs four thousand.", 14, "four thousand"),
        ("Book a Stall Review. We charge £500 for it.", 14, "£500"),
        ("| Offer | Price |\n| --- | --- |\n| Stall Review | 500 |", 16, "500"),
        ("| Offer | Fee |\n| --- | --- |\n| the Review | £500 |", 16, "£500"),
        # The quick look for them missed each, in a file without a word of price (the review of
        # the session's change): spaces, emphasis or a no-break space before the amount.
        ("The Review is  750.", 14, "750"),
        ("The Review is **750**.", 14, "750"),
        ("The Stall Review:  750.", 14, "750"),
        ("* Stall Review\n* 750", 15, "750"),
        # Called by its last word, with words that say what someone pays, whatever the verb (the
        # attack rounds of the forty-seventh and forty-eighth sessions: each published).
        ("We bill the Diagnosis at £1,200 per consultant day.", 14, "£1,200"),
        ("We ask £600 for the Review.", 14, "£600"),
        ("For £600 you get the Review.", 14, "£600"),
        ("The Diagnosis is charged at a day rate of £950.", 14, "£950"),
        ("The Review's list price is £750, but readers pay £600.", 14, "£750"),
        ("Raise a PO for £650 and the Review can happen next week.", 14, "£650"),
        ("How much is the Review? £500.", 14, "£500"),
        ("If budget is the blocker, the Review is the answer. Expect to pay around £500.", 14, "£500"),
        ("You can split the Diagnosis into three payments of £1,300.", 14, "£1,300"),
        ("We do the Diagnosis in four days at £950.", 14, "£950"),
        ("We offer the Review; it's £600.", 14, "£600"),
        ("The Review is the smaller step.\n\nIt costs £600.", 16, "£600"),
        ("From 2025, we ask £600 for the Review.", 14, "£600"),
        # By its last word, at the offer's own length, or beside the other offer's price: a price
        # list of the site's own (the attack round of the forty-eighth session: each published).
        ("- **Review:** 90 minutes, £600", 14, "£600"),
        ("| Offer | Length | Price |\n| --- | --- | --- |\n| Review | 90 min | £600 |", 16, "£600"),
        ("The Review (90 minutes, £600) is the smaller step.", 14, "£600"),
        ("Diagnosis – one to two days, £3,900.", 14, "£3,900"),
        ("Review – £600; Diagnosis – £3,900.", 14, "£600"),
        ("The Review's price is £600.", 14, "£600"),
        # Its fee, a noun before the verb, or 'its' fee after a sentence that names it (helper-240: each published).
        ("The Review's fee is £50.", 14, "£50"),
        ("The Stall Review costs stg 75.", 14, "stg 75"),
        ("The Stall Diagnosis is four and a half thousand.", 14, "four and a half thousand"),
        ("The Review\u2019s fee is £50.", 14, "£50"),
        ("Our Reviews' fee is £50.", 14, "£50"),
        ("The Review fee is £50.", 14, "£50"),
        ("The Review's cost is £50.", 14, "£50"),
        ("The Diagnosis charge is now £75.", 14, "£75"),
        ("Book the Review. Its fee is £50.", 14, "£50"),
        # The review of the session's change: each still published.
        ("The Review's costs are £50.", 14, "£50"),
        ("The Review fees start from £50.", 14, "£50"),
        ("Book the Review. Its charges are £50.", 14, "£50"),
        ("The Stall Review is 75 stg.", 14, "75 stg"),
        # Its length as prose writes it (helper-228: each published).
        ("- **Review:** an hour and a half, £600", 14, "£600"),
        ("- **Review:** ninety minutes, £600", 14, "£600"),
        ("- **Review:** 1h30, £600", 14, "£600"),
        ("- **Diagnosis:** a day or two, £3,900", 14, "£3,900"),
        ("- **Diagnosis:** up to two days, £3,900", 14, "£3,900"),
        # Both offers priced by their last words, a sentence or a row each, in capitals, one or more,
        # or in a currency's code (helper-228: each published).
        ("| Offer | Price |\n| --- | --- |\n| Review | £600 |\n| Diagnosis | £3,900 |", 16, "£600"),
        ("Review: £600. Diagnosis: £3,900.", 14, "£600"),
        ("REVIEWS – £600; DIAGNOSES – £3,900", 14, "£600"),
        ("Review – GBP 600; Diagnosis – GBP 3,900", 14, "GBP 600"),
        # At a sentence's start, with a verb or its fee that says so; both offers in a list, or after a
        # label (the attack round of the fifty-third session, helper-244: each published).
        ("Review price: \u00a375.", 14, "\u00a375"),
        ("Reviews are \u00a375 this month.", 14, "\u00a375"),
        ("We offer two. Reviews start at \u00a3600.", 14, "\u00a3600"),
        ("Pricing: Review \u00a3600, Diagnosis \u00a33,900.", 14, "\u00a3600"),
        ("- Review: \u00a3600\n- Diagnosis: \u00a33,900", 14, "\u00a3600"),
    ],
)
def test_an_offer_named_with_an_amount_of_money_is_an_error(check: Check, prose: str, line: int, amount: str):
    found = [d for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.code == "offer-price"]
    assert [(d.line, d.is_error) for d in found] == [(line, True)], found
    assert f"with an amount of money, '{amount}': readers would take it for the offer's price, which the site sets once (" in found[0].message
    assert found[0].hint == (
        "delete the price: the site shows the offer's own with it on every page; "
        "an amount that is something else's (a budget, a saving) goes in a sentence that does not name the offer"
    )


@pytest.mark.parametrize(
    ("prose", "price"),
    [
        # Attack round of the forty-first session: each passed, a price of the author's own.
        ("The Stall Review is free for charities.", "is free"),
        ("The Stall Diagnosis is half price until March.", "half price"),
        # The attack round of the forty-fifth session: each passed.
        ("The Stall Review is gratis for charities.", "gratis"),
        ("Buy one Stall Review, get one free.", "get one free"),
        ("The Stall Review costs a tenner.", "costs a tenner"),
        ("The Stall Review comes at no cost.", "comes at no cost"),
        ("The Stall Review is on us.", "is on us"),
        ("The Stall Review is pay what you can.", "is pay what you can"),
        ("Stall Reviews are two for one.", "are two for one"),
        ("A Stall Review costs seven hundred US dollars.", "hundred US dollars"),
        ("Use the code STALL50 for fifty per cent off a Stall Review.", "per cent off"),
        ("A Stall Review is available at no charge to members.", "at no charge"),
        ("Consider a Stall Diagnosis. It is free for charities.", "is free"),
        # Attack round of the forty-third session: each passed.
        ("Get a free Stall Review this month.", "free Stall Review"),
        ("A free 90-minute Stall Diagnosis is on offer.", "free 90-minute Stall Diagnosis"),
        ("The Stall Review: free.", ": free"),
        ("The Stall Review is on the house this month.", "is on the house"),
        ("The Stall Review is without charge this month.", "is without charge"),
        ("The Stall Diagnosis is half off this month.", "is half off"),
        ("The Stall Diagnosis is 2-for-1 this month.", "is 2-for-1"),
        # An amount with no currency, said to be the price.
        ("The Stall Diagnosis is priced at 4k.", "priced at 4k"),
        ("The Stall Diagnosis costs 3000 this month.", "costs 3000"),
        # 'free' before the last word of its name alone, as the site calls it: published until
        # the forty-sixth session, where no other price was in the paragraph.
        ("Book a free Diagnosis today.", "free"),
        ("Your free Review is waiting.", "free"),
        # The smuggling round of the forty-sixth session: each published.
        ("Readers of this pattern get the Stall Review for nothing.", "for nothing"),
        ("The Stall Review for readers: pro bono.", ": pro bono"),
        # In sterling by its name, or in slang by the head (the attack round of the fifty-second session, helper-240: each published).
        ("The Stall Review is seventy five sterling.", "seventy five sterling"),
        ("A Review is seventy-five sterling.", "seventy-five sterling"),
        ("The Stall Review costs a fiver per head.", "costs a fiver"),
        ("The Stall Review costs a fiver a person.", "costs a fiver"),
        ("The Stall Review is nineteen sterling.", "nineteen sterling"),
        ("The Stall Review is a hundred sterling.", "hundred sterling"),
        ("The Stall Diagnosis is four and a half thousand pounds.", "thousand pounds"),
        ("The Stall Review for readers: not a penny.", ": not a penny"),
        ("Stall Review: no extra cost.", ": no extra cost"),
        ("The Stall Review: no fee for public bodies.", ": no fee"),
        ("The Stall Review for readers: money back if unhappy.", "money back if"),
        ("The Stall Review for readers: a 40% reduction.", "40% reduction"),
        ("The Stall Review for readers: the price shown, less 40 per cent.", "less 40 per cent"),
        ("Quote STALL50 when you book the Stall Review.", "Quote STALL50"),
        ("The Diagnosis is now two grand.", "two grand"),
        ("The Stall Review comes with a money-back guarantee.", "money-back guarantee"),
        ("A Stall Review for\nnothing.", "for nothing"),  # (quoted as the page shows it, on one line)
        # 'free' said of it by the older words, beside the reading of 'free' before its name
        # (one commit of the forty-sixth session let each pass).
        ("The Stall Review, free for charities.", "free for"),
        ("The Stall Review: free of charge.", "free of charge"),
        ("Stall Review free until March.", "free until"),
        # 'free' before the offer's name with a slip or in part, as readers read past them (the
        # smuggling round of the forty-sixth session: each published).
        ("A free Stall Reveiw for readers.", "free Stall Reveiw"),
        ("A free StallReview for readers.", "free StallReview"),
        ("A free Rollout Stall Diagnosis for readers.", "free Rollout Stall Diagnosis"),
        ("Free Reviews for readers.", "Free Reviews"),
        ("Free Diagnoses this month.", "Free Diagnoses"),
        ("50% off your first Stall Review.", "% off"),
        ("Take 20% off the Stall Review today.", "% off"),
        # The differential run of the forty-sixth session: each published.
        ("The Stall Review is cost-free.", "cost-free"),
        ("Save 40% on the Stall Review.", "Save 40% on"),
        ("Save 40 per cent off your first Stall Diagnosis.", "Save 40 per cent off"),
        ("Use voucher READER when you book the Stall Review.", "Use voucher READER"),
        ("Book the Stall Review with coupon STALL50.", "with coupon STALL50"),
        # The attack round of the forty-seventh session: each published.
        ("The Stall Review is charged at seven hundred and fifty.", "charged at seven hundred and fifty"),
        ("A five-hundred-pound Stall Review is the smaller step.", "five-hundred-pound"),
        ("Readers get half off the Stall Review this month.", "half off"),
        ("Charities pay nothing for a Stall Review.", "pay nothing"),
        ("We waive the Stall Review fee for charities.", "waive the Stall Review fee"),
        ("The Stall Review is free to NHS trusts.", "is free to NHS"),
        # The attack round of the fifty-fourth session: each published (a line's end between the
        # words, a comma, a share off, two for one).
        ("The Stall Review is\nfree.", "is free"),
        ("Try our Stall-Review, free.", "Stall-Review, free"),
        ("A Stall Review at a third off.", "at a third off"),
        ("Two Stall Reviews for the price of one.", "for the price of one"),
    ],
)
def test_an_offer_named_with_a_price_in_words_is_an_error(check: Check, prose: str, price: str):
    found = [d for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.code == "offer-price"]
    assert [(d.line, d.is_error) for d in found] == [(14, True)], found
    assert f"with a price, '{price}': readers would take it for the offer's price, which the site sets once (" in found[0].message


@pytest.mark.parametrize(
    "prose",
    [
        "The pilot cost £40,000. A Stall Review would have found it in a week.",
        "| Step | Cost |\n| --- | --- |\n| Pilot | £40,000 |\n| Stall Review | a week |",
        "The review cost £75 and nobody read it.",
        "A Stall Review would have found this. It cost the firm £2m to learn it.",
        "Feel free to book a Stall Review when the pilots stall.",
        "A free review of the code helped, and then the Stall Review followed.",
        "The Stall Review is a two-day look at one stalled rollout. It is free of jargon and ends with a named owner.",
        "A Stall Review is not a discount audit; [the NAO](https://www.nao.org.uk/) does those.",
        "- Stall Review: what it finds\n  - the pilot had cost the firm £40,000 by then",
        "- £50 a day for the pilot\n- Stall Review",
        "We ran a Stall Review last year.\n\nIt cost the firm £2m to learn what it found.",
        "The result of the Stall Review: zero owners.",
        "Staff got free Copilot licences; a Stall Review found nobody used them.",
        # The false-refusal round of the forty-sixth session: counts, the onus, a saving promised.
        "If the Stall Review names a constraint, the onus is on us as leaders to act on it.",
        "A Stall Review will not take 30 per cent off your handling time, but it will tell you why.",
        "The vendor promised 20% off handling time; a Stall Review asks why the pilot delivered 4%.",
        "A Stall Review looks at why the checking costs 1.5 FTE in legal.",
        "A Stall Diagnosis will show why the backlog costs 300 claims a week in delays.",
        "- A Stall Review found the leak\n- £40,000 on the pilot",
        "| Stall Review | Finding |\n| --- | --- |\n| week one | the pilot had cost £40,000 |",
        "Free Reviewers were hard to find, so the Stall Review took a month.",
        # A title's capitals, and 'free' said of something else beside the offer's last word (the
        # review of the forty-sixth session's change: each refused by its first reading).
        "### Why Free Diagnosis Tools Fail\n\nThe vendor's tools were never switched on.",
        "The Review, free Copilot licences and £2m of training all landed in March.",
        "A free Spending Review submission template was the department's only guidance.",
        # The differential run of the forty-sixth session: each refused by the session's first readings.
        "The vendor's free Review tool flagged 3% of letters. A free Review of the prompts found nothing.",
        "We held a stall review.\n\nIt cost about £3,000 in staff time.",
        "Stall reviews completed: 14. Stall review findings – 14.",
        "Free Diagnoses from the vendors all reached the same conclusion: buy more.",
        "| Stage | Before the stall review | After the stall review |\n| --- | --- | --- |\n| Monthly spend | £40k | £12k |",
        "The programme was fully funded before the Stall Review began.",
        "The Stall Review got the client's money back from the vendor.",
        "A Stall Review found 40% less rework after the change.",
        "The Stall Review is 2,000 words long. Our Stall Review: 2024.",
        "The Diagnosis is now 2,000 staff strong.",
        # Counts, years and 'grand' as a word (the review of the forty-sixth session's change:
        # each refused by its first rules).
        "Findings from the stall review: 14. Interviews held for the Review: 140.",
        "Responses to the Review are now 1,200.",
        "The Review is a grand plan with no owner.",
        "The Review (2021), which cost £1.2m, was never implemented. Lessons from the Review, 2019, stayed on the shelf.",
        "The Stall Review names an owner.\n\nThe pilot itself cost £40,000.",
        "What a Stall Review finds, in one firm:\n\n- £40,000 on the pilot\n- £2m on licences",
        "The Stall Review was filmed in 1080p over 3 days.",
        "Our review cost £75 and nobody read it; the board's review cost £2m.",
        "This site's pages cost £0 to read.",
        "The Stall Review is short. Two days.",
        "```text\nreview = 'Stall Review'  # and 75 minutes\n```\n\nThe pilot cost £40,000.",
        "Unlike a free trial, a Stall Review names one constraint; our free guide says which.",
        "A Stall Review gives the board a free hand to stop a pilot.",
        "The Stall Review costs 2 days of the board's time. A Stall Review found 3000 unused licences.",
        # Beside the forty-seventh session's readings: counts, sizes and years after the name, a
        # saving that is no price, a scheme named in capitals.
        "Respondents to the Review: 1,200. Claims read for the Diagnosis: 300.",
        "The Review is 750 pages long. The Review (2019) found 750 errors.",
        # Another's review by its last word, a paper that reports or one told of (beside the
        # forty-eighth session's reading of what someone pays).
        "The Review found that firms spend £40,000 a year on unused seats.",
        "According to the Review, teams get £5,000 of training each.",
        "The Review, published in 2019, put the day rate of contractors at £650.",
        "The Topol Review estimated £1.2bn of savings. The Review Board fees came to £15,000.",
        "The Diagnosis is £250k of slides that nobody has acted on. The Review, now in its third year, has cost £1.2m.",
        "The Diagnosis, as the vendor called its discovery phase, cost £35,000. The Review was free. The fix cost £2m.",
        # The review of the session's change (helper-223): a review or diagnosis that is another's,
        # and amounts of what else, or paid by whom else.
        "NHS teams pay £300 for a Review of each pathway. Our Review costs £2,000 in overtime alone.",
        "The Review's budget is £50,000 and the pilot's is £30,000. The Diagnosis is included in the £49 monthly fee.",
        "Under the tariff, the Diagnosis is £95 and the treatment is £1,400. A £60 Diagnosis by a locum replaced a £400 one.",
        "The Review's fee is set by the regulator at £2,100. We pay £1,100 for the Review every year, and nobody reads the report.",
        "The Diagnosis is charged to the patient's insurer at £320. Trusts are charged £1,000 for the Review if they miss the deadline.",
        "- Stall Review\n- 14 findings",
        "- Stall Review\n- 2019",
        "We ran a Stall Review. 750 claims were read.",
        "Teams save 40% on handling time after a Stall Review.",
        "The Stall Review found 750 plus VAT-registered suppliers.",
        "The Stall Review found the voucher SCHEME had stalled.",
        "The Stall Review costs four thousand staff hours a year; the Diagnosis is four hundred pages long.",
        "A Stall Review found the leak. That £40,000 was never recovered. The Stall Review is free to adapt.",
        "| Activity | Count |\n| --- | --- |\n| Stall Reviews | 14 |\n| Stall Review | 500 pages |",
        "| Stage | Cost |\n| --- | --- |\n| Review | £2,000 |",
        # Another length, or another review's name, beside the readings of an offer's own length and of both offers' prices.
        "| Phase | Length | Cost |\n| --- | --- | --- |\n| Review | 2 weeks | £5,000 |",
        "- **Review:** 3 days, £20,000. The Review took 90 minutes and cost £600 in overtime.",
        "The Spending Review – £600m for the NHS; Diagnosis – £40m for scanners.",
        "The Review's price tag of £2m worried the Treasury. The Review's price of carbon, £80 a tonne, was adopted.",
        "- **Review:** £90m over five years, £600 of it on printing",
        # An offer's length with other words between it and the amount, a price another sets, and
        # both short names with costs of what else or of a year (helper-229).
        "Diagnosis: a day or two of clinical tests, costing the trust £400 per patient.",
        "- **Diagnosis:** one to two days in hospital, about £1,200 per bed-day",
        "- **Review:** 90-minute workshop, £600 catering",
        "The Review's price is set by the framework contract, at £1.2m.",
        # What a review cost or was paid, as the story tells it, beside its fee said as a price (helper-240).
        "The Review cost £1.2m. The Review's cost was £1.2m in 2019. The Reviews cost 14 people a day.",
        "We commissioned the Review from Deloitte. Its fee was £80,000. The Spending Review's fee of £2m was criticised.",
        # Another's fee in a sentence that names the Review (the review of the session's change: refused).
        "In the Review, the board asked why the supplier's fee is £90,000.",
        "The Review asked whether the consultants' fees of £400,000 were worth it.",
        "Our internal Review: £600 in overtime.\nOur internal Diagnosis: £3,900 in contractor fees.",
        "In 2023 the Review cost £600.\nIn 2024 the Diagnosis cost £3,900.",
        # Stages of a project that share the offers' last words, with other costs beside them.
        "| Stage | Cost |\n| --- | --- |\n| Discovery | £40,000 |\n| Review | £12,000 |\n| Diagnosis | £8,000 |",
        "The Topol Review – £2m; Diagnosis – £40m for scanners. The Review cost £2m. The Diagnosis rate fell by 4%.",
        "A Stall Diagnosis asks why the vendor waived the implementation fee, and who agreed to it.",
        # The review of the session's change: each refused by its first readings.
        "The Diagnosis is 100 per cent remote. The Diagnosis: 100 per cent of stalls had no owner.",
        "See the Stall Review report, p. 340.",
        "It helped the trust save 20% on the list price of its licences after the Stall Review.",
        "The Stall Review took a quarter off the usual timeline, and asked the thousand-dollar question.",
        "A Stall Review would have found it. Only £40,000 of the spend was ever tracked.",
        "Consider a Stall Review. A day of the board's time is worth £10,000.",
        # The second attack round of the forty-third session: refused by the first round's new
        # price words and currencies, in sentences that price nothing.
        "The Stall Review found staff spent 30% less time checking drafts, and 40 per cent less on rework.",
        "After the Stall Review, the team cut a third off the backlog and half off target.",
        "The Stall Diagnosis found the pilot ran for two years without cost tracking, and no fee schedules.",
        "In a Stall Review, the first question is often: free text or a form? Keep an afternoon free for the Stall Review.",
        "The Stall Review found the pilot ran on the house style guide; the two-for-one rule had frozen it.",
        "A jargon-free Stall Diagnosis report helps. A free and frank Stall Review helps. Leave a morning free before the Stall Diagnosis begins.",
        "The Stall Review found the CAD 3D models had no owner, CHF 30-day readmission and 300 CHF patients.",
        "The Stall Review covered 2 Bucks councils and 19 euro area banks with 4 euro-denominated contracts.",
        # The third round, by this session's rules.
        "The Stall Review found that verification costs 2 analysts a full day each week.",
        "Keep Tuesday afternoon free for your Stall Review.",
        "The Stall Review found the vendor charges no fee for the pilot and a large one for production.",
        "If the rollout starts to stall, review the sign-off chain; the second approval was waived.",
        "The programme began to stall (review meetings were cancelled) and the licence became free for all staff.",
        # The third round: price words said of something else, beside an offer.
        "The Stall Review found that comment fields were completely free text, and staff are free to use the tool.",
        "The Stall Review found the pilot had no charge code, and the second sign-off had been waived.",
        "After the Stall Review, the board discounted the pilot's accuracy figure; the Stall Diagnosis used discounted cash flow.",
        "The Stall Review found the finance model mixed euros and pounds in the same column.",
        # A word that starts with an offer's name names no offer (the false-refusal sweep of
        # the forty-fourth session).
        "A stall reviewer at the bank was paid £85,000 a year to chase stalled projects.",
        "The programme office spent \u00a31,200 a quarter on stall reviewing.",
        # The last word of an offer's name alone, where the amount is not said to be its price,
        # or the word is another's name or in small letters.
        "The Review estimated the programme had cost \u00a340m. The Independent Review cost \u00a32m.",
        "The review cost \u00a340k. The Review found \u00a32m of spend nobody tracked.",
        "A Review of \u00a340m of spend found nothing. The Diagnosis of the \u00a32m overspend took a week.",
        "- Stall Review\n- the pilot, which cost \u00a32m",
        # What a review in a story cost, not a price said to be the offer's (the same review).
        "The Review cost \u00a31.2m and found nothing new. We commissioned a Review for \u00a325,000.",
        "The Review for \u00a340m contracts ran late. The Review was \u00a3300k over budget.",
        "The Review at \u00a340m was the largest item. The Diagnosis was \u00a3400 per patient.",
        # Past or no verb of price, and 'a grand' that is no sum (the same check: each refused).
        "The Diagnosis cost nothing, because the sponsor wrote it on a whiteboard. The Review cost a grand total of \u00a340k.",
        "The Review is for a grand strategy nobody wrote. The Review (\u00a340k) was the cheapest line.",
        "The Review comes at no cost to anyone but the team.",
        "We ran a Stall Review with the bank.\n\nthe programme had already cost \u00a32m by then.",
        # A list or a line of costs or counts that names a review, at a sentence's start, where its
        # capital says nothing (the fifty-third session's).
        "- Discovery: \u00a340,000\n- Review: \u00a312,000\n- Build: \u00a3180,000",
        "Intake: 1,200. Review: 640. Diagnosis: 310. Treatment: 120.",
        "Reviews are free for NHS staff on the e-learning platform.",
        "Reviews cost \u00a31.2m last year across the group.",
        "Review: the board met twice, and \u00a32m had been spent.",
        # Another's costs at a sentence's start, or a list of them (the second review of the session's change).
        "Reviews are \u00a3300 each when done by hand and \u00a360 when the model drafts them.",
        "Diagnosis costs \u00a3120 per patient in the current pathway. Review fees are \u00a3350 per file at the outsourcer.",
        "Review is \u00a350 an hour on the outsourcer's rate card.",
        "- Diagnosis: \u00a31,200 per patient\n- Review: \u00a3300 per case",
        # Beside the attack round's new readings (the fifty-fourth session's).
        "We cut a third off the backlog before the Stall Review. The form was short, free.",
        "The team took a Stall Review at a third of the cost, free of fuss.",
        "Staff are\nfree to book a Stall Review.",
        # The review of the change: a price's words that are another's.
        "In a Stall Review we usually find two stalls for the price of one: the sponsor and the budget.",
        "Our Stall Review found the tools were open source, the data internal and the licences, free.",
        "In one Stall Review, the vendor had sold the licences at a third off list price.",
    ],
)
def test_an_amount_in_a_sentence_or_row_of_its_own_may_stand_beside_an_offer(check: Check, prose: str):
    assert "offer-price" not in {d.code for d in check(Path("a.md"), in_first_section(prose + "\n"))}


@pytest.mark.parametrize("comparison", ["When cost<benefit and risk>zero we go.", "Pilots stall where 3<five users and more>none."])
def test_a_comparison_read_as_a_tag_is_told_as_one_not_as_a_placeholder(check: Check, comparison: str):
    # Markdown probes round: told it marked text still to be written.
    found = [d for d in check(Path("a.md"), minimal(**{"A claims team": comparison + "\n\nA claims team"})) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("raw-html", 14)]
    assert found[0].message.endswith("is read as an HTML tag, which the page would not show: a '<' straight after a word or figure starts a tag")
    assert found[0].hint == "put a space after '<' (cost < benefit), or say the comparison in words"
    spaced = comparison.replace("<", "< ").replace(">", " >")
    assert [d for d in check(Path("a.md"), minimal(**{"A claims team": spaced + "\n\nA claims team"})) if d.is_error] == []


def test_raw_html_hint_names_the_markdown_to_write(check: Check):
    found = diagnostic(check, "raw-html-split-url-tag.md", "raw-html")
    assert "<a>" in found.message and "[text](https://" in found.hint


def test_unclosed_tag_in_a_title_is_html(check: Check):
    text = minimal(**{"The pilot that is judged on its demo": "The pilot judged <img src=x onerror=alert(1)//"})
    assert codes_for(check, text) == [("html-in-text", 2)]


def test_less_than_in_a_title_is_text(check: Check):
    assert codes_for(check, minimal(**{"The pilot that is judged on its demo": "When value < cost, the pilot stays"})) == []


@pytest.mark.parametrize(
    ("section", "code", "line"),
    [("What it looks like", "content-before-section", 12), ("What is actually happening", "section-missing", 16), ("The intervention shape", "section-missing", 20)],
)
def test_a_sections_heading_with_a_pasted_no_break_space_is_told_so(check: Check, section: str, code: str, line: int):
    # The line looked just like the hint's, and the message never named the space (helper-238),
    # nor in a later section's heading (helper-239).
    text = minimal(**{f"## {section}": f"##\u00a0{section}"})
    (error,) = [d for d in check(Path("a.md"), text) if d.is_error]
    assert (error.code, error.line) == (code, line)
    assert "the space after its '##' is U+00A0 NO-BREAK SPACE" in error.message
    assert error.hint == f"write the line as: ## {section}, with an ordinary space after the '##'"


@pytest.mark.parametrize(("before", "named"), [("\f", "U+000C"), ("\u200b", "U+200B ZERO WIDTH SPACE"), ("\u00a0", "U+00A0 NO-BREAK SPACE"), ("  \u2060", "U+2060 WORD JOINER")])
@pytest.mark.parametrize(("section", "code", "line"), [("What it looks like", "content-before-section", 12), ("What is actually happening", "section-missing", 16)])
def test_a_sections_heading_after_a_pasted_character_is_told_which(check: Check, before: str, named: str, section: str, code: str, line: int):
    # A form feed before '## ' had been told to write the line as it looked: '## …' (helper-238).
    text = minimal(**{f"## {section}": f"{before}## {section}"})
    (told,) = [d for d in check(Path("a.md"), text) if d.code == code]
    assert told.line == line
    assert f"the line holds {named} before its '##'" in told.message
    assert told.hint == f"delete the line and type it again as: ## {section}"
    assert all(d.line == line and d.code in (code, "invisible-character") for d in check(Path("a.md"), text) if d.is_error)


def test_subheading_before_the_first_section_is_content_before_it(check: Check):
    text = minimal(**{"## What it looks like": "### Preface\n\n## What it looks like"})
    assert codes_for(check, text) == [("content-before-section", 12)]


def test_heading_inside_a_list_item_is_not_a_section(check: Check):
    # Missing, and reported at the line that holds it, not at the end of the file.
    text = minimal(**{"## The intervention shape": "- ## The intervention shape"})
    assert codes_for(check, text) == [("section-missing", 20)]


# --- files that are not Markdown text -------------------------------------------------------------


def test_empty_file(check: Check, tmp_path: Path):
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    assert [(d.code, d.line) for d in check(path)] == [("empty-file", 1)]


def test_whitespace_only_file_is_empty(check: Check, tmp_path: Path):
    path = tmp_path / "blank.md"
    path.write_bytes(b" \r\n\n\t\n")
    assert [d.code for d in check(path)] == ["empty-file"]


def test_binary_file(check: Check, tmp_path: Path):
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert [(d.code, d.line) for d in check(path)] == [("binary-file", 3)]  # the line of the first NUL


def test_non_utf8_byte_is_reported_at_its_line_and_column(check: Check, tmp_path: Path):
    path = tmp_path / "latin-1.md"
    path.write_bytes(minimal().replace("nobody agreed", "nobody agr\u00e9ed").encode("latin-1"))
    found = check(path)
    assert [(d.code, d.line, d.column) for d in found] == [("not-utf8", 3, 80)]
    assert "0xe9" in found[0].message and "UTF-8" in found[0].hint


def test_a_byte_not_utf8_in_a_file_with_old_mac_line_ends_is_reported_at_its_line_and_column(check: Check, tmp_path: Path):
    # Lines ended by a CR alone were counted as one line: 'not-utf8' at 1:515.
    path = tmp_path / "old-mac.md"
    path.write_bytes(minimal().replace("nobody agreed", "nobody agr\u00e9ed").replace("\n", "\r").encode("latin-1"))
    assert [(d.code, d.line, d.column) for d in check(path)] == [("not-utf8", 3, 80)]
    path.write_bytes(minimal().replace("nobody agreed", "nobody agr\x00eed").replace("\n", "\r").encode())
    assert [(d.code, d.line) for d in check(path)] == [("binary-file", 3)]


def test_a_byte_not_utf8_is_reported_at_its_column_in_characters(check: Check, tmp_path: Path):
    # An em dash is three bytes: the column an editor shows counts it once.
    path = tmp_path / "dashes.md"
    data = minimal().replace("nobody agreed", "nobody \u2014 \u2014 agr\u00e9ed").encode().replace("\u00e9".encode(), b"\xe9")
    path.write_bytes(data)
    assert [(d.code, d.line, d.column) for d in check(path)] == [("not-utf8", 3, 84)]


@pytest.mark.parametrize(("written", "shown"), [("\u201cowned\u201d", "\u201c"), ("\u00a3100", "\u00a3"), ("\u20ac5", "\u20ac")])
def test_a_file_saved_by_notepad_in_windows_1252_names_the_character_the_byte_is(check: Check, tmp_path: Path, written: str, shown: str):
    path = tmp_path / "notepad.md"
    path.write_bytes(minimal().replace("nobody agreed", f"nobody agreed {written}").encode("cp1252"))
    found = check(path)
    assert [d.code for d in found] == ["not-utf8"]
    assert found[0].message.endswith(f"the file was saved in an older encoding (Windows' Western), in which it is {shown}")


def test_a_file_saved_in_mac_os_roman_is_named_so_with_the_character_meant(check: Check, tmp_path: Path):
    # Told it was Windows' Western (in which 0xD5 is 'Õ'), the author resaved it so, and
    # 'the teamÕs budget' was published.
    path = tmp_path / "textedit.md"
    path.write_bytes(minimal().replace("nobody agreed", "the team\u2019s \u201cnobody\u201d agreed").encode("mac_roman"))
    found = check(path)
    assert [d.code for d in found] == ["not-utf8"]
    assert found[0].message.endswith("the file was saved in an older encoding (Mac OS Roman, as TextEdit or an old Mac program saves it), in which it is \u2019")
    assert "in TextEdit: Format, Make Plain Text" in found[0].hint


def test_utf16_file_is_named_as_such(check: Check, tmp_path: Path):
    path = tmp_path / "utf-16.md"
    path.write_bytes(minimal().encode("utf-16"))
    found = check(path)
    assert [d.code for d in found] == ["not-utf8"] and "UTF-16" in found[0].message


def test_huge_file_is_refused_without_reading_it_all(settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "patterns" / "huge.md"
    path.parent.mkdir()
    path.write_bytes(minimal().encode() + b"x" * (settings.limits.file_bytes * 20))
    read: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    result = catalogue.load(settings, [path])
    assert [d.code for d in result.diagnostics] == ["file-too-large"]
    assert sum(read) <= settings.limits.file_bytes + 1


def test_missing_file_is_unreadable_not_a_traceback(check: Check, tmp_path: Path):
    assert [d.code for d in check(tmp_path / "gone.md")] == ["unreadable"]


@pytest.mark.parametrize(
    "mark",
    [
        ":contentReference[oaicite:0]{index=0}", "【4:2†board-report.pdf】", "turn0search3", "citeturn0news12",
        # The attack round of the fifty-fourth session: in square brackets, Gemini's, and the mark alone.
        "[4:0†source]", "[cite: 12]", "[cite: 1, 4]", "[oaicite:0]{index=0}",
    ],
)
def test_citation_mark_pasted_from_chatgpt_is_an_error_at_its_place(check: Check, mark: str):
    # It was published as typed, after the sentence it had cited a source for.
    text = in_first_section(f"The steering group has met twice this year.{mark}\n\nIn code, `{mark}`, it is kept.\n")
    found = check(Path("a-pattern.md"), text)
    assert [(d.code, d.column, d.hint) for d in found if d.is_error] == [
        ("pasted-citation", len("The steering group has met twice this year.") + 1, "delete it; to name the source, link to it: [the report](https://…)")
    ]
    assert f"'{mark}' is a mark a chat assistant (ChatGPT, Gemini) leaves where it cited a source" in found[0].message
    # After one in code on its line, it was not looked for: published as typed.
    line = f"In code, `{mark}`, it is kept; here,{mark} it is not."
    found = check(Path("a-pattern.md"), in_first_section(line + "\n"))
    assert [(d.code, d.column) for d in found if d.is_error] == [("pasted-citation", line.rindex(mark) + 1)]


@pytest.mark.parametrize("written", [":content*Reference*[oaicite:0]{index=0}", ":contentReference\n[oaicite:0]{index=0}"])
def test_a_citation_mark_parted_by_emphasis_or_a_line_end_is_an_error(check: Check, written: str):
    text = in_first_section(f"The steering group has met twice this year.{written}\n")
    assert [d.code for d in check(Path("a-pattern.md"), text) if d.is_error] == ["pasted-citation"]


def test_citation_mark_pasted_from_chatgpt_into_a_sign_is_an_error_at_its_line(check: Check):
    text = minimal(**{"  - Nobody can say what result would end the pilot": "  - Nobody can say what result would end the pilot :contentReference[oaicite:3]{index=3}"})
    assert [(d.code, d.hint) for d in check(Path("a-pattern.md"), text) if d.is_error] == [("pasted-citation", "delete it")]


def test_file_that_is_not_markdown(check: Check, tmp_path: Path):
    assert codes_for(check, minimal(), name="notes.txt") == [("bad-file-name", 1)]


def test_slug_longer_than_the_limit(check: Check, settings: Settings):
    long = "-".join(["word"] * 20)
    assert len(long) > settings.limits.slug_length
    assert codes_for(check, minimal(), name=f"{long}.md") == [("bad-slug", 1)]


def test_slug_longer_than_the_limit_is_told_by_how_much_with_a_name_that_fits(check: Check, settings: Settings):
    long = "-".join(["word"] * 20)  # 99 characters: the hint gave no length to write
    (found,) = check(Path(f"{long}.md"), minimal())
    short = "-".join(["word"] * 16)
    assert found.hint == f"shorten it by {len(long) - 80} characters, for example rename it to '{short}.md': the name is the page's address"
    assert len(short) <= settings.limits.slug_length
    # One over the limit: 'shorten it by 1 characters' was the hint.
    (found,) = check(Path(f"{'a' * 40}-{'b' * 40}.md"), minimal())
    assert found.hint == f"shorten it by one character, for example rename it to '{'a' * 40}.md': the name is the page's address"


@pytest.mark.parametrize("name", ["con", "nul", "aux", "prn", "com1", "lpt9"])
def test_windows_device_name_is_no_slug_nor_alias(check: Check, name: str):
    # 'con.md' validated and published; git on Windows cannot check it out ('invalid path').
    (found,) = [d for d in check(Path(f"{name}.md"), minimal()) if d.is_error]
    assert (found.code, found.line, found.hint) == ("reserved-slug", 1, "choose another file name: the slug is the pattern's URL")
    assert "Windows" in found.message
    text = minimal(**{"published: 2026-03-02\n": f"published: 2026-03-02\naliases:\n  - {name}\n"})
    assert codes_for(check, text) == [("reserved-slug", 11)]
    assert codes_for(check, minimal(), name="console.md") == []


def test_an_alias_written_as_words_is_told_what_aliases_are_and_where_other_names_go(check: Check):
    # Obsidian's 'aliases' holds a note's other names: here that is 'also_known_as', and the
    # hint to make a slug of the words alone made a redirect from an address nobody used.
    text = minimal(**{"published: 2026-03-02\n": "published: 2026-03-02\naliases:\n  - orphaned rollout\n  - Old_Name\n"})
    found = [(d.code, d.line, d.hint) for d in check(Path("a.md"), text) if d.code == "bad-slug"]
    assert found == [
        ("bad-slug", 11, "'aliases' lists the file names this pattern had before, so that old links still reach it: "
         "write the former file name without .md, e.g. 'orphaned-rollout'; "
         "for another name readers use for this stall, write it under 'also_known_as' instead"),
        ("bad-slug", 12, "write the former file name without .md, e.g. 'old-name'"),
    ]


def test_alias_longer_than_a_slug_may_be_is_an_error_at_its_line(check: Check, settings: Settings):
    # A 260-letter alias validated, and the build stopped with a traceback writing its redirect
    # page (a folder name over the file system's 255 bytes).
    long = "a" * 260
    text = minimal(**{"published: 2026-03-02\n": f"published: 2026-03-02\naliases:\n  - {long}\n"})
    assert codes_for(check, text) == [("bad-slug", 11)]
    fits = "-".join(["word"] * 16)
    assert len(fits) <= settings.limits.slug_length
    assert codes_for(check, minimal(**{"published: 2026-03-02\n": f"published: 2026-03-02\naliases:\n  - {fits}\n"})) == []


def test_file_name_written_as_a_long_title_is_given_a_name_within_the_limit(check: Check, settings: Settings):
    # The rename offered was itself too long: a second error once the file was renamed.
    title = "The champion who changed jobs and left the programme without anybody senior to settle disputes"
    (found,) = check(Path(f"{title}.md"), minimal())
    assert found.hint == "rename it to 'the-champion-who-changed-jobs-and-left-the-programme-without-anybody-senior-to.md'"


def test_notion_export_file_name_is_renamed_without_its_page_id(check: Check):
    # Notion exports 'Title 1a2b….md'; the id was kept in the slug offered, and so in the address.
    (found,) = check(Path("The champion who changed jobs 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d.md"), minimal())
    assert (found.code, found.hint) == ("bad-slug", "rename it to 'the-champion-who-changed-jobs.md'")


# --- editorial warnings ----------------------------------------------------------------------


def test_american_spelling_is_a_warning_at_its_column(check: Check):
    text = minimal(**{"A claims team": "A claims organization"})
    found = check(Path("a.md"), text)
    assert [(d.code, d.severity, d.line, d.column) for d in found] == [("spelling", Severity.WARNING, 14, 10)]
    assert found[0].hint == "write 'organisation'"


def test_american_spelling_in_a_code_fence_is_left_alone(check: Check):
    text = minimal(**{"touched.\n": "touched.\n\n```\ncolor: blue\n```\n"})
    assert check(Path("a.md"), text) == []


def test_american_spelling_in_a_link_address_or_inline_code_is_left_alone(check: Check):
    prose = "touched, as the [colour guide](https://example.org/color-guide/) and `analyze()` show.\n"
    text = minimal(**{"touched.\n": prose})
    assert check(Path("a.md"), text) == []
    flagged = minimal(**{"touched.\n": "touched, as the [color guide](https://example.org/guide/) shows.\n"})
    assert [d.code for d in check(Path("a.md"), flagged)] == ["spelling"]


def test_short_section_is_a_warning_not_an_error(check: Check, settings: Settings):
    lines = minimal().split("\n")
    assert lines[19] == "## The intervention shape"
    lines[21] = "Write down the measure and the date."
    text = "\n".join(lines)
    found = check(Path("a.md"), text)
    assert [(d.code, d.severity, d.line) for d in found] == [("section-length", Severity.WARNING, 20)]
    read, _ = source.read(Path("a.md"), "a.md", settings.limits.file_bytes, text.encode())
    assert rules.check(read, settings)[0] is not None


def test_a_line_of_dashes_under_text_is_named_as_what_made_the_heading(check: Check):
    # An author writes dashes for a rule, or under a signature; GitHub makes the paragraph above a heading.
    text = in_first_section("The pilot was meant to end in March\nand then in June\n---\n\n")
    found = [d for d in check(Path("a-pattern.md"), text) if d.code == "section-unknown"]
    assert len(found) == 1
    assert found[0].message == 'unknown section "The pilot was meant to end in March and then in June"'
    assert "the line of dashes under this text makes it a heading" in (found[0].hint or "")
    assert "blank line above the dashes" in (found[0].hint or "")


@pytest.mark.parametrize("indent", ["    ", "\t", "  \t"])
def test_a_quotation_mark_after_four_columns_of_space_is_reported_where_github_keeps_it_as_text(check: Check, indent: str):
    # GitHub shows "> Then June." as text in the quotation's paragraph; markdown-it would drop the '>'.
    quote = f"> The sponsor said March.\n{indent}> Then June.\n\n"
    text = in_first_section(quote)
    line = text.splitlines().index(f"{indent}> Then June.") + 1
    assert ("quote-mark-indented", line) in codes_for(check, text)
    assert "quote-mark-indented" not in [c for c, _ in codes_for(check, text.replace(f"{indent}> Then", "   > Then"))]


def test_a_fence_line_with_a_backtick_after_it_is_blamed_for_the_code_block_never_closed(check: Check):
    # "```python`" is text on GitHub and here, so the "```" meant to close the code opens a block instead.
    text = in_first_section("```python`\nprint('owner')\n```\n\nThe pilot stalled.\n\n")
    line = text.splitlines().index("```python`") + 1
    found = [d for d in check(Path("a-pattern.md"), text) if d.code == "fence-unclosed"]
    assert [(d.line, d.column) for d in found] == [(line, 1)]
    assert "delete the backtick after '```'" in (found[0].hint or "")


@pytest.mark.parametrize(("item", "box"), [("- [x] owner named", "- [x]"), ("1. [ ] owner named", "1. [ ]"), ("* [X] owner named", "* [X]")])
def test_a_task_list_is_reported_with_the_box_as_written(check: Check, item: str, box: str):
    text = in_first_section(f"{item}\n\n")
    found = [d for d in check(Path("a-pattern.md"), text) if "task-list" in d.message]
    assert len(found) == 1 and f"('{box}')" in found[0].message


@pytest.mark.parametrize(("item", "box"), [("- [x]Owner named", "- [x]"), ("1. [ ]owner named", "1. [ ]"), ("* [X]Owner named", "* [X]")])
def test_a_task_box_with_no_space_after_it_is_told_as_a_box_not_as_a_comments_mark(check: Check, item: str, box: str):
    # '- [x]Owner named' was told to be deleted with "the comment's own line", as a mark
    # Google Docs leaves where a comment was; '[ ]' and '[X]' passed, shown as typed. GitHub
    # and the site show the brackets alike, so it is told as a warning, and published
    # (held-out Markdown probes, forty-first round: refused).
    found = [d for d in check(Path("a-pattern.md"), in_first_section(f"{item}\n\n")) if d.code == "unsupported-markdown"]
    assert [(d.severity, d.line, d.column) for d in found] == [(Severity.WARNING, 14, len(box) - 2)], found
    assert found[0].message.startswith(f"'{box}' starts a task-list checkbox with no space after it")
    assert not [d for d in check(Path("a-pattern.md"), in_first_section(f"{item}\n\n")) if d.is_error]


@pytest.mark.parametrize("item", ["- [x]", "1. [ ]", "- one\n- [X]"])
def test_brackets_alone_in_an_item_with_no_space_after_them_are_text_and_pass(check: Check, item: str):
    # cmark-gfm draws no box for '- [x]' with nothing after it: text in both readings
    # (held-out Markdown probes, forty-first round: refused as a checkbox).
    assert [d.format_text() for d in check(Path("a-pattern.md"), in_first_section(f"{item}\n\n")) if d.is_error] == []


@pytest.mark.parametrize("item", ["- [x] ", "1. [ ]\t", "- one\n- [X] "])
def test_brackets_alone_in_an_item_with_a_space_after_them_are_refused_as_githubs_checkbox(check: Check, item: str):
    text = in_first_section(f"{item}\n\n")
    found = [d for d in check(Path("a-pattern.md"), text) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("github-differs", 13 + item.count("\n") + 1)], [d.format_text() for d in found]
    assert "GitHub shows a checkbox" in found[0].message and "the site has no checkboxes" in (found[0].hint or "")


@pytest.mark.parametrize("item", ["- [x](https://www.gov.uk/) is a link", "- [x][a] is a link\n\n[a]: https://www.gov.uk/"])
def test_a_link_whose_words_are_an_x_is_no_task_box(check: Check, item: str):
    assert [d for d in check(Path("a-pattern.md"), in_first_section(f"{item}\n\n")) if d.is_error] == []


@pytest.mark.parametrize("item", ["- [x]\n  the owner is named", "-\n  [x] the owner is named"])
def test_brackets_github_shows_as_text_are_no_task_list(check: Check, item: str):
    # Refused as checkboxes, where GitHub shows the brackets as text, as the site does.
    text = in_first_section(f"{item}\n\n")
    assert [d for d in check(Path("a-pattern.md"), text) if "task-list" in d.message] == []


def test_text_after_a_comment_on_its_line_is_reported_as_such(check: Check):
    text = in_first_section("<!-- note for reviewers --> The pilot began in June.\n\n")
    found = [d for d in check(Path("a-pattern.md"), text) if d.code == "raw-html"]
    assert len(found) == 1
    assert "text after an HTML comment" in found[0].message and "a line of its own" in (found[0].hint or "")


def _codes_in_section(check: Check, markdown: str) -> list[tuple[str, int]]:
    return codes_for(check, in_first_section(markdown + "\n\n"))


def test_an_indented_table_is_code_on_github_too_and_is_not_reported_as_an_indented_header(check: Check):
    codes = [code for code, _ in _codes_in_section(check, "Text\n    | a | b |\n    |---|---|\n    | 1 | 2 |")]
    assert "table-header-indented" not in codes
    assert "table-header-indented" in [code for code, _ in _codes_in_section(check, "Text\n    | a | b |\n|---|---|\n| 1 | 2 |")]


def test_a_line_of_nested_quotations_is_reported_once(check: Check):
    assert [code for code, _ in _codes_in_section(check, "> > > The board asked.\n    > Nobody answered.")].count("quote-mark-indented") == 1


def test_only_references_github_reads_otherwise_are_reported(check: Check):
    for same_on_both in ("&#123456789;", "&#x123456789;", "\\&#12345678;", "&amp;#12345678;", "`&#12345678;`"):
        found = check(Path("a-pattern.md"), in_first_section(f"The rate was {same_on_both} today.\n\n"))
        assert not [d for d in found if "character reference" in d.message], same_on_both
    found = check(Path("a-pattern.md"), in_first_section("The grade was &#00000065; today.\n\n"))
    assert [d.message for d in found if "character reference" in d.message] == [
        "'&#00000065;' has more digits than a character reference may have: GitHub shows 'A', the site the text as written"
    ]


def test_a_fence_never_closed_is_blamed_on_itself_when_no_line_just_before_it_was_meant_to_open_it(check: Check):
    text = in_first_section("```code``` is inline code.\n\nThe pilot stalled.\n\n```\nnever closed\n")
    line = text.splitlines().index("never closed")  # the fence is the line before it (1-based: this index)
    assert [(d.line, d.code) for d in check(Path("a-pattern.md"), text) if d.code == "fence-unclosed"] == [(line, "fence-unclosed")]


NESTED_TOO_DEEP = [
    # (what the author wrote, the line GitHub shows and markdown-it would leave out)
    (">>>>>>>>>> Disclosure: the vendor paid for the pilot.", ">>>>>>>>>> Disclosure: the vendor paid for the pilot."),
    ("- a\n  - b\n    - c\n      - d\n        - e\n\n          Disclosure: the vendor paid.", "        - e"),
    ("> - a\n>   - b\n>     - c\n>       - d\n>         > Disclosure: the vendor paid.", ">         > Disclosure: the vendor paid."),
]


@pytest.mark.parametrize(("markdown", "dropped"), NESTED_TOO_DEEP)
def test_text_nested_deeper_than_the_site_reads_is_reported_at_its_line_never_dropped_unseen(check: Check, markdown: str, dropped: str):
    text = in_first_section(markdown)
    line = text.splitlines().index(dropped) + 1
    assert ("nesting-too-deep", line) in codes_for(check, text)


@pytest.mark.parametrize(
    "markdown",
    [
        ">>>>>>>>> Nine quotes deep.",
        "- a\n  - b\n    - c\n      - Four lists deep.",
        "> - a\n>   - b\n>     - c\n>       - In a quote, four lists deep.",
    ],
)
def test_lists_four_deep_and_quotes_nine_deep_are_published_whole(settings: Settings, markdown: str):
    data = in_first_section(markdown).encode()
    read, _ = source.read(Path("a-pattern.md"), "a-pattern.md", settings.limits.file_bytes, data)
    assert read is not None
    pattern, found = rules.check(read, settings)
    assert pattern is not None, found
    assert markdown.rsplit(" ", 2)[-2] + " deep" in pattern.html


def test_an_address_linked_twice_on_one_line_is_reported_once(check: Check):
    codes = [code for code, _ in _codes_in_section(check, "[the guidance](https://www.g\u043ev.uk/a) or [the form](https://www.g\u043ev.uk/b)")]
    assert codes.count("link-host-lookalike") == 1


def test_a_sentence_that_asks_the_offers_question_among_others_is_prose(check: Check):
    for prose in ("Is this your stall? Read the signs below.", "### Is this your stall, or another one?", "**Warning:** is this your stall? Many think so."):
        assert "cta-authored" not in [code for code, _ in _codes_in_section(check, prose)]


@pytest.mark.parametrize(
    ("written", "column"),
    [
        ("The \u0399s stall", 5),
        ("Write to the ex\u0430mple team", 16),
        ("Costs \u0391\u0392\u0421 less", 9),
        ("T\u0435st it", 2),
        # Greek lunate sigmas, which NFKC reads as a sigma ('Σ', 'ς'): published in the smuggling
        # round of the forty-sixth session as '[Ϲontact](https://…)'.
        ("[\u03f9ontact](https://acme.example/contact)", 2),
        ("The \u03f2lient team", 5),
    ],
)
def test_a_word_mixing_look_alike_alphabets_is_reported_at_the_odd_letter(check: Check, written: str, column: int):
    found = check(Path("a.md"), in_first_section(written))
    assert [(d.code, d.column) for d in found if d.code == "mixed-alphabets"] == [("mixed-alphabets", column)]


@pytest.mark.parametrize(
    ("written", "column", "hint"),
    [
        ("The \U0001d42c\U0001d429\U0001d428\U0001d427\U0001d42c\U0001d428\U0001d42b left", 5, "retype it as 'sponsor' (for emphasis, write *sponsor* or **sponsor**)"),
        ("The \u210c\U0001d522\U0001d529\U0001d529\U0001d52c team", 5, "retype it as 'Hello' (for emphasis, write *Hello* or **Hello**)"),
        ("\uff34\uff48\uff45 team", 1, "retype it as 'The'"),
        ("The \ufb01nance of\ufb01ce and \u24e2\u24df\u24de\u24dd\u24e2\u24de\u24e1 said no", 5, "retype it as 'finance', and the others on the line as 'office', 'sponsor'"),
        # Small capitals, which have no decomposition, and superscript letters (an attack round's).
        ("The \ua731\u1d18\u1d0f\u0274\ua731\u1d0f\u0280 left the \u1d1b\u1d07\u1d00\u1d0d", 5, "retype it as 'sponsor', and the others on the line as 'team'"),
        ("The sponsor w\u029co moved on", 14, "retype it as 'who'"),
        ("The \u02e2\u1d56\u1d52\u207f\u02e2\u1d52\u02b3 left", 5, "retype it as 'sponsor'"),
        ("The 2\u207f\u1d48 sponsor left", 6, "retype it as '2nd'"),
    ],
)
def test_a_word_in_styled_letters_is_reported_with_the_word_retyped(check: Check, written: str, column: int, hint: str):
    # 'Fancy text' from a social post or ligatures from a PDF passed: search found nothing for
    # the word, and a screen reader read it out by the letters' names.
    found = [d for d in check(Path("a.md"), in_first_section(written)) if d.code == "styled-letters"]
    assert [(d.column, d.hint) for d in found] == [(column, hint)]


@pytest.mark.parametrize("key", ["title", "summary"])
def test_a_front_matter_value_in_styled_letters_is_reported_at_its_line_without_emphasis(check: Check, key: str):
    text = minimal()
    value = re.search(rf"^{key}: (.*)$", text, flags=re.M)
    assert value is not None
    styled = value.group(1).replace("a", "\U0001d5ba", 1)  # mathematical sans-serif small a
    found = [d for d in check(Path("a-pattern.md"), text.replace(value.group(0), f"{key}: {styled}")) if d.code == "styled-letters"]
    assert len(found) == 1 and found[0].line == text[: value.start()].count("\n") + 1
    assert "*" not in (found[0].hint or "")


def test_a_line_of_many_words_in_styled_letters_is_told_in_a_hint_of_a_few(check: Check):
    # A line of 3,000 circled words (or one word of 20,000 letters) was told with each of them
    # retyped, a hint of 30 kB (an attack review); a few are named, and how many more.
    found = [d for d in check(Path("a.md"), in_first_section("\u24e2\u24df\u24de\u24dd\u24e2\u24de\u24e1 " * 3_000)) if d.code == "styled-letters"]
    assert len(found) == 1 and (found[0].hint or "").endswith("'sponsor', 'sponsor', 'sponsor', 'sponsor', 'sponsor' and 2994 more")
    assert "2999 more such words" in found[0].message and len(found[0].message) + len(found[0].hint or "") < 400
    found = [d for d in check(Path("a.md"), in_first_section("\U0001d42c" * 20_000)) if d.code == "styled-letters"]
    assert len(found) == 1 and len(found[0].message) + len(found[0].hint or "") < 600


def test_circled_letters_each_with_an_emoji_selector_are_styled_letters(check: Check):
    # Only Ⓜ is an emoji ('Ⓜ️', kept below): a selector after each of 'ⓢⓟⓞⓝⓢⓞⓡ' passed them all.
    written = "".join(c + "\ufe0f" for c in "\u24e2\u24df\u24de\u24dd\u24e2\u24de\u24e1")
    found = [d for d in check(Path("a.md"), in_first_section(f"The {written} left")) if d.code == "styled-letters"]
    assert [(d.column, d.hint) for d in found] == [(5, "retype it as 'sponsor'")]


def test_superscripts_accents_and_other_scripts_are_not_styled_letters(check: Check):
    prose = "Ten m\u00b2 of caf\u00e9 space, 10\u00b3 requests, the TM\u2122 mark, the \u24c2\ufe0f sign, \u0391\u03b8\u03ae\u03bd\u03b1, \u6771\u4eac and \u0645\u0631\u062d\u0628\u0627."
    prose += " The 1\u00ba floor, x\u207f of them, and the phonetic \u0280."  # one superscript letter; a small capital alone
    assert "styled-letters" not in [code for code, _ in _codes_in_section(check, prose)]


def test_words_wholly_in_one_alphabet_are_words_of_their_language(check: Check):
    prose = (
        "The team in Z\u00fcrich met colleagues from \u041a\u0438\u0457\u0432 and \u0391\u03b8\u03ae\u03bd\u03b1 over a caf\u00e9 na\u00efvely; "
        "the model answers in 5\u03bcs and the \u03bb-calculus is not on the agenda; the cost is \u03b1N + \u03b2, "
        "NF-\u03baB signals, the rate is k\u03c4, and \u041f\u0440\u0438\u0432\u0430\u0442Bank pays."
    )
    assert "mixed-alphabets" not in [code for code, _ in _codes_in_section(check, prose)]


@pytest.mark.parametrize(
    "link",
    [
        "[jane@mastodon.social](https://mastodon.social/@jane)",  # a handle, linked to its profile
        "[gov.uk/tax](https://www.tax.service.gov.uk/)",  # a part of the site the text names
        "[https://user@example.com/](https://example.com/)",
        "The city's site www.m\u00fcnchen.de has it.",  # letters of its own, none passing for another
    ],
)
def test_an_address_shown_as_it_is_is_not_reported_as_a_disguise_or_a_look_alike(check: Check, link: str):
    codes = [code for code, _ in _codes_in_section(check, f"See {link}")]
    assert "link-text-elsewhere" not in codes and "link-host-lookalike" not in codes


@pytest.mark.parametrize(
    ("link", "goes"),
    [
        # The host shown, another owner's page on it: the path says whose page it is.
        ("[https://github.com/stallpatterns/stall-patterns](https://github.com/attacker/stall-patterns)", "github.com/attacker/stall-patterns"),
        ("[github.com/stallpatterns/stall-patterns](https://github.com/stallpatterns/stall-patterns/../../attacker/x)", "github.com/attacker/x"),
        ("[https://github.com/a/b](https://github.com/a/b/%2e%2e/%2e%2e/c)", "github.com/c"),
        ("[sites.google.com/view/trusted](https://sites.google.com/view/attacker)", "sites.google.com/view/attacker"),
        # Another file than the one named, another page, another query.
        ("[https://example.com/safe.pdf](https://example.com/malware.exe)", "example.com/malware.exe"),
        ("[https://www.gov.uk/guidance/ai-playbook](https://www.gov.uk/government/organisations/evil)", "www.gov.uk/government/organisations/evil"),
        ("[the guidance at gov.uk/guidance](https://www.gov.uk/other)", "www.gov.uk/other"),
        ("[https://example.com/report?id=1](https://example.com/report?id=2)", "example.com/report?id=2"),
    ],
)
def test_a_link_whose_text_shows_a_page_of_its_host_must_go_to_that_page(check: Check, link: str, goes: str):
    # Hosts alone were compared: '[github.com/stallpatterns/…](https://github.com/attacker/…)'
    # was published, its text printed under it as the address it went to.
    [report] = [d for d in check(Path("a.md"), in_first_section(f"See {link} today.")) if d.code == "link-text-elsewhere"]
    assert report.is_error and f"goes to '{goes}'" in report.message


@pytest.mark.parametrize(
    ("link", "goes"),
    [
        # A page of this site named by its words, another place linked.
        ("[/contact/](https://evil.example/contact/)", "evil.example"),
        ("[/contact/](/finder/)", "/finder/"),
        ("[the-sponsor-who-moved-on.md](ai-pilots-that-never-reach-production.md)", "ai-pilots-that-never-reach-production.md"),
        ("[/patterns/the-sponsor-who-moved-on/](ai-pilots-that-never-reach-production.md)", "ai-pilots-that-never-reach-production.md"),
        ("[https://stallpatterns.github.io/stall-patterns/patterns/the-sponsor-who-moved-on/](ai-pilots-that-never-reach-production.md)",
         "ai-pilots-that-never-reach-production.md"),
    ],
)
def test_a_link_whose_text_names_a_page_of_this_site_must_go_to_it(check: Check, link: str, goes: str):
    # Read as no address at all, each was published: the words named one page, the link another.
    [report] = [d for d in check(Path("a.md"), in_first_section(f"See {link} today.")) if d.code == "link-text-elsewhere"]
    assert report.is_error and f"goes to '{goes}'" in report.message


@pytest.mark.parametrize(
    "link",
    [
        "[the-sponsor-who-moved-on.md](the-sponsor-who-moved-on.md)",
        "[/patterns/the-sponsor-who-moved-on/](the-sponsor-who-moved-on.md#signs)",
        "[the-sponsor-who-moved-on.md](../patterns/the-sponsor-who-moved-on.md)",
        "[/contact/](/contact/#review)",
        "[3/4](https://example.org/quarters)",
    ],
)
def test_a_link_whose_text_names_the_page_of_this_site_it_goes_to_is_as_meant(check: Check, link: str):
    assert "link-text-elsewhere" not in [code for code, _ in _codes_in_section(check, f"See {link} today.")]


@pytest.mark.parametrize(
    "link",
    [
        "[gov.uk/guidance](https://www.gov.uk/guidance/ai-playbook)",  # a page under the one shown
        "[www.gov.uk/guidance/](https://www.gov.uk/guidance)",
        "[GitHub.com/StallPatterns](https://github.com/stallpatterns)",  # names in any case
        "[https://www.gov.uk/guidance/a-long\u2026](https://www.gov.uk/guidance/a-long-address-cut-short)",  # cut short
        "[https://www.gov.uk/guidance/a-long...](https://www.gov.uk/guidance/a-longer-one)",
        "[https://example.com/report](https://example.com/report?utm_source=news#part)",
        "[example.com/report.](https://example.com/report)",
        "[https://example.com](https://example.com/deep/path)",  # the site, no page shown
    ],
)
def test_a_link_to_the_page_its_text_shows_or_one_under_it_is_as_meant(check: Check, link: str):
    assert "link-text-elsewhere" not in [code for code, _ in _codes_in_section(check, f"See {link} today.")]


def test_a_disguised_link_is_reported_at_its_own_column_and_names_the_whole_host(check: Check):
    found = check(Path("a.md"), in_first_section("See [GOV.UK](https://www.gov.uk/) or [www.gov.uk](https:login.gov.uk.verify.evil.example)."))
    [report] = [d for d in found if d.code == "link-text-elsewhere"]
    assert report.column == len("See [GOV.UK](https://www.gov.uk/) or ") + 1
    assert "'login.gov.uk.verify.evil.example'" in report.message


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # An IP address as the link's whole text, whatever stands around it.
        ("192.168.0.1", "192.168.0.1"),
        ("203.0.113.5", "203.0.113.5"),
        ("1.1.1.1", "1.1.1.1"),
        ("\u00ab203.0.113.5\u00bb", "203.0.113.5"),
        ("(203.0.113.5)", "203.0.113.5"),
        ("203.0.113.5.", "203.0.113.5"),
        ("203.0.113.5 \u2197", "203.0.113.5"),
        ("2001:db8::1", "2001:db8::1"),
        ("fe80::1", "fe80::1"),
        # With its port, among words too.
        ("the board at 203.0.113.5:8443", "203.0.113.5"),
        # Or with its path.
        ("the portal at 203.0.113.5/login", "203.0.113.5"),
        # A domain with a mark stuck to it, which is no part of the name a reader takes it for.
        ("paypal.com\u2122", "paypal.com"),
        ("PayPal.com\u2122", "PayPal.com"),
        ("paypal.com\u2120", "paypal.com"),
        ("paypal.com\u00ae", "paypal.com"),
        ("paypal.com\u00b2", "paypal.com"),
        ("paypal.com\u2460", "paypal.com"),
        ("paypal.com\u24c7", "paypal.com"),
        ("paypal.com(TM)", "paypal.com"),
        ("paypal.com^1", "paypal.com"),
        ("paypal.com\u2019s login page", "paypal.com"),
        ("paypal.com.", "paypal.com"),
        ("\u00abpaypal.com\u00bb", "paypal.com"),
        ("\uff50\uff41\uff59\uff50\uff41\uff4c\uff0e\uff43\uff4f\uff4d\u2122", "paypal.com"),
    ],
)
def test_a_link_whose_text_is_an_ip_address_or_a_domain_with_a_mark_after_it_is_reported(check: Check, text: str, shown: str):
    # Each passed: an IP address was never read as an address in a link's text, and NFKC
    # spelt '\u2122' as 'TM' ('paypal.comTM'), '\u00b2' as '2', '\u2460' as '1'.
    line = f"Sign in at [{text}](https://evil.example/login) today."
    found = check(Path("a.md"), in_first_section(line + "\n"))
    assert [(d.code, d.line, d.column, d.is_error) for d in found] == [("link-text-elsewhere", 14, len("Sign in at ") + 1, True)], line
    assert found[0].message == f"the link's text is an address at '{shown}', but the link goes to 'evil.example': readers trust the address they see"
    assert found[0].hint == "make the text the address the link goes to, or words that say where it goes"


@pytest.mark.parametrize(
    "text",
    ["paypal.c\u1d52m", "paypal.c\u00bam", "\u1d56\u1d43\u02b8\u1d56\u1d43\u02e1.com", "\u24df\u24d0\u24e8\u24df\u24d0\u24db.com",
     "\U0001f13f\U0001f130\U0001f148\U0001f13f\U0001f130\U0001f13b.com", "paypal.\u24d2\u24de\u24dc"],
)
def test_a_link_whose_text_spells_an_address_in_small_or_circled_letters_is_reported(check: Check, text: str):
    # Reading such marks as spaces ('paypal.com\u2122' shows 'paypal.com') read these letters as
    # spaces too, and 'paypal.c\u1d52m', which shows paypal.com, passed (a review found it).
    found = check(Path("a.md"), in_first_section(f"Sign in at [{text}](https://evil.example/login) today.\n"))
    assert [(d.code, d.line, d.is_error) for d in found] == [("link-text-elsewhere", 14, True)]
    assert "'paypal.com'" in found[0].message.lower()


def test_a_link_whose_text_and_address_are_both_this_computer_is_only_the_error_that_it_is(check: Check):
    found = check(Path("a.md"), in_first_section("See [127.0.0.1:8000](http://localhost:8000/) for the dashboard.\n"))
    assert [(d.code, d.is_error) for d in found] == [("link-address", True)]


@pytest.mark.parametrize("pair", ["a:", "1:"])
def test_a_long_run_of_colons_in_a_links_text_is_read_in_linear_time(pair: str, growth):
    # Reading it as an IP address took time growing with the square of its length (a review found it).
    def read(n: int) -> None:
        assert hosts.written_address(pair * n + "g") is None

    assert growth(read, 2000) < 8


@pytest.mark.parametrize(("text", "shown"), [("`10.0.0.1`", "10.0.0.1"), ("**203.0.113.5**", "203.0.113.5"), ("\\[2001:db8::1\\]", "2001:db8::1")])
def test_a_link_whose_text_is_an_ip_address_in_markdown_is_reported(check: Check, text: str, shown: str):
    # Code, emphasis or escaped brackets around the address: the text differs from what is
    # written, so the report is at the line's start (as for '[`paypal.com`](…)' before).
    found = check(Path("a.md"), in_first_section(f"Sign in at [{text}](https://evil.example/login) today.\n"))
    assert [(d.code, d.line, d.is_error) for d in found] == [("link-text-elsewhere", 14, True)]
    assert f"'{shown}'" in found[0].message


@pytest.mark.parametrize(
    "link",
    [
        "[version 2.0](https://example.com/releases)",
        "[section 3.1](https://example.org/standard)",
        "[Node.js](https://nodejs.org)",
        "[e.g.](https://example.org/examples)",
        "[Fig. 1](https://example.org/figures)",
        "[version 1.2.3.4](https://example.com/releases)",  # among words, a version or a section, not an address
        "[clause 4.2.1.3](https://example.org/standard)",
        "[v1.2.3.4](https://example.com/releases)",
        "[3.14](https://example.org/pi)",
        "[ISO 27001:2022](https://www.iso.org/standard/27001)",
        "[10:30 meeting](https://example.org/agenda)",
        "[std::vector](https://en.cppreference.com/w/cpp/container/vector)",
        "[Acme\u2122 Cloud](https://acme.example/cloud)",
        "[E=mc\u00b2](https://example.org/physics)",
        "[Next.js\u2019s docs](https://nextjs.org/docs)",
        # The address it shows, however the link writes it.
        "[203.0.113.5](https://203.0.113.5/login)",
        "[127.0.0.1](http://2130706433/)",
        "[192.168.0.1](http://[::ffff:c0a8:1]/)",
        "[2001:db8::1](https://[2001:db8:0:0:0:0:0:1]/)",
        "[paypal.com\u2122](https://www.paypal.com/)",
        "[GOV.UK\u2019s guidance](https://www.gov.uk/guidance)",
        "[Node.js](https://nodejs.org/)",
        "[report.pdf](https://example.com/files/report.pdf)",
        "[the guidance](https://example.org/guidance)",
        "[https://www.gov.uk/](https://gov.uk/guidance)",
        "[example.com/report](https://www.example.com/report?page=2)",
        "[another pattern, at stallpatterns.example/patterns/](../the-sponsor-who-moved-on/)",
        # Numbers with a slash are no domain (a review found each an error).
        "[rated 4.5/5 by users](https://reviews.example/)",
        "[3.5/5](https://reviews.example/)",
        "[10.1038/nature12373](https://doi.org/10.1038/nature12373)",
        # An IPv6 address as the text of a link to it.
        "[https://[2001:db8::1]/](https://[2001:db8::1]/)",
        "[https://[::1]/](http://[::1]/)",
    ],
)
def test_a_link_whose_text_shows_no_other_address_than_its_own_is_not_reported_as_elsewhere(check: Check, link: str):
    assert "link-text-elsewhere" not in [code for code, _ in _codes_in_section(check, f"See {link} for more.")]


@pytest.mark.parametrize("markdown", ["> - > - > - > deep words", "- > > > > > > > > deep words"])
def test_lists_and_quotes_nested_past_the_limit_together_are_told_the_one_count(check: Check, markdown: str):
    # Each within the deepest that lists or quotes may go alone: the hint said so, and they were refused (helper-245).
    found = [d for d in check(Path("a.md"), in_first_section(markdown + "\n")) if d.code == "nesting-too-deep"]
    assert len(found) == 1
    assert found[0].hint.startswith("count each list the line is in twice and each quote once: the site reads 9 in all")


def test_a_list_nested_past_the_limit_is_reported_once_without_sections_called_missing(check: Check):
    text = in_first_section("- a\n  - b\n    - c\n      - d\n        - e\n  - back\n\nAfter the list.")
    assert [code for code, _ in codes_for(check, text)] == ["nesting-too-deep"]


@pytest.mark.parametrize(
    "prose",
    [
        "Strip anything matching [^A-Za-z0-9] from the policy number before matching.",
        "A footnote reference [^missing] with no definition anywhere.",
        "A [^Note One] label with a space.\n\n[^Note One]: is no footnote on GitHub either.",
        "A code span `[^1]` stays code.",
        "Write `[^1]` for a note, as in [^1](https://a.example/).",  # a link, with no definition
        "A link [^1][src] and [^1] again.\n\n[src]: https://a.example/",
        "Escaped, it is text: \\[^1].\n\n\\[^1]: a note, as text.",
        "```\n[^1]: in a code block\n```\n\nRef [^1].",
    ],
)
def test_bracketed_text_that_github_makes_no_footnote_of_is_prose(check: Check, prose: str):
    # GitHub makes '[^label]' a footnote only where a line '[^label]:' defines it; elsewhere
    # it is text, as on the site.
    assert _codes_in_section(check, prose) == []


@pytest.mark.parametrize(
    ("markdown", "lines"),
    [
        ("A note[^1] here.\n\n[^1]: The note, in a sentence.", [14, 16]),  # the reference, then the definition shown as text
        ("[^evidence]: Defined first, in a sentence.\n\nThen used[^EVIDENCE].", [14, 16]),  # labels match in any case
        ("A note[^1] here.\n[^1]: The note interrupts the paragraph.", [14, 15]),
        ("- A note[^1] in a list.\n\n> [^1]: The note, in a quote.", [14, 16]),
        # markdown-it reads the line as a link definition and links '[^1]' to it: the line is reported.
        ("A note[^1] here.\n\n[^1]: https://evidence.example/", [16]),
        ("Nothing refers to it.\n\n[^1]: GitHub hides this line, the site would show it.", [16]),
        # Labels GitHub takes whatever markdown-it makes of them: a backslash, a no-break space, emphasis.
        ("Ref [^a\\b].\n\n[^a\\b]: A note.", [14, 16]),
        ("Ref [^a\u00a0b].\n\n[^a\u00a0b]: A note.", [14, 16]),
        ("Ref [^*x*].\n\n[^*x*]: A note.", [14, 16]),
        ("See [^a[b] here.\n\n[^a[b]: A longer note.", [16]),  # a '[' in a label: GitHub hides the line
        # Definitions markdown-it reads as a table's row, a setext heading, or a link's title.
        ("Ref [^1].\n\n| a |\n| - |\n[^1]: A note.", [14, 18]),
        ("Ref [^1].\n\n> Text\n> [^1]: A note.\n> ---", [14, 17]),
        ('[x]: https://a.example/ "A title\n[^1]: a note"\n\nRef [^1] and [x].', [15, 17]),
    ],
)
def test_a_footnote_github_would_show_is_reported_where_it_is_written(check: Check, markdown: str, lines: list[int]):
    assert sorted(_codes_in_section(check, markdown)) == [("unsupported-markdown", line) for line in lines]


def test_a_footnote_reference_is_reported_at_its_own_column_not_at_code_before_it(check: Check):
    found = check(Path("a.md"), in_first_section("See `[^1]` and [^1].\n\n[^1]: A note, in a sentence.\n"))
    assert sorted((d.line, d.column) for d in found if d.code == "unsupported-markdown") == [(14, 16), (16, 1)]


@pytest.mark.parametrize(
    "markdown",
    [
        "Italic inside: x[^*n*] here.",
        "Cited as [^Smith 2020, *Nature*] here.",
        "Code inside: [^`code`] here.",
        "An entity: [^&copy;] here.",
        "A pattern with escapes, [^\\[\\]]+, here.",
        "*Emphasis that starts [^before* the bracket] here.",
        "_Emphasis and [^A-Za-z0-9_] a pattern_ in it.",
        "A bracket wrapped [^over\ntwo lines] here.",
        # Brackets pair as GitHub pairs them: one inside a mark, a '(' that makes no link, a
        # backslash that is itself escaped, and a mark at the start of a heading's text.
        "The class [^[:alnum:]\\-] drops punctuation.",
        "See [^*a*]( here.",
        "Match \\\\[^*a*] here.",
        "### [^*a*]: x",
        "[^*a b*]: a label with a space defines nothing",
        "See ![^diagram](/assets/diagram.png) here.",  # '!' and a link on GitHub, never an image
    ],
)
def test_a_footnote_mark_github_shows_as_written_but_the_site_reads_is_reported(check: Check, markdown: str):
    # GitHub takes any '[^…]' for a footnote's mark and, with no definition, puts back what
    # is between the brackets as written (nothing of it over two lines): Markdown inside it,
    # or pairing with marks outside it, is read on the site only.
    assert _codes_in_section(check, markdown) == [("unsupported-markdown", 14)]


@pytest.mark.parametrize(
    "prose",
    [
        "Match [^\\s] and [^\\d] too, and [^a-z]+ or [^0-9]* in the rule.",
        "It's [^the team's] call, at [^£40,000] or less.",
        "With a backslash it is text on both: \\[^*n*].",
        "Regex [^`] then later `code` here.",  # the ']' is code: no mark
        "See [^a [b](https://x.example/) *c*] here.",  # a link inside: no mark on GitHub either
    ],
)
def test_a_footnote_mark_the_site_shows_as_written_is_prose(check: Check, prose: str):
    assert _codes_in_section(check, prose) == []


@pytest.mark.parametrize(
    "markdown",
    [
        "Match [\\^k] here.",
        "Match [\\^k *a*] here.",
        "A bracket [around [\\^k] it] here.",
        "An image's mark: ![\\^k] here.",
        "Before a reference nothing defines: [\\^k][none] here.",
    ],
)
def test_a_footnote_mark_with_an_escaped_caret_is_reported(check: Check, markdown: str):
    # cmark-gfm takes '[\^k]' for a footnote's mark too, and puts it back as '[^k]]': a ']'
    # more than the site shows.
    found = [d for d in check(Path("a.md"), in_first_section(markdown)) if d.code == "unsupported-markdown"]
    assert [d.line for d in found] == [14]
    assert "'\\[^'" in (found[0].hint or "")


@pytest.mark.parametrize(
    ("markdown", "shown"),
    [
        ("Match [\\^k] here.", "with a ']' too many ('[^k]]')"),
        ("An image's mark: ![\\^k] here.", "without the '!' before it, and with a ']' too many ('[^k] ]')"),
        ("Escaped: \\![\\^k] here.", "with a ']' too many ('[^k]]')"),
    ],
)
def test_an_escaped_caret_is_told_as_github_shows_it(check: Check, markdown: str, shown: str):
    # cmark-gfm shows '![\^k]' as '[^k] ]': the message said '[^k]]', and nothing of the '!'.
    (found,) = [d for d in check(Path("a.md"), in_first_section(markdown)) if d.code == "unsupported-markdown"]
    assert found.message.endswith(f"shows it otherwise than the site: {shown}")


@pytest.mark.parametrize(
    "prose",
    [
        "A link on both: [\\^k](https://a.example/).",
        "A link by reference on both: [\\^k][src].\n\n[src]: https://a.example/",
        "The bracket escaped instead: \\[^k].",
        "A caret alone: [\\^] here.",
        "Code: `[\\^k]` here.",
    ],
)
def test_an_escaped_caret_that_github_reads_as_the_site_does_is_prose(check: Check, prose: str):
    assert _codes_in_section(check, prose) == []


def test_a_footnote_mark_is_reported_at_its_own_column_not_at_code_before_it(check: Check):
    found = check(Path("a.md"), in_first_section("Use `[^*x*]` and then [^*x*] here.\n"))
    assert [(d.line, d.column) for d in found if d.code == "unsupported-markdown"] == [(14, 23)]


def test_a_footnote_mark_in_a_table_cell_is_read_as_a_mark_not_a_definition(check: Check):
    found = check(Path("a.md"), in_first_section("| a | b |\n|---|---|\n| [^*a*]: x | y |\n"))
    assert [(d.line, d.column) for d in found if d.code == "unsupported-markdown"] == [(16, 3)]


# --- addresses that work nowhere a reader is ---------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "fix"),
    [
        ("See [the guidance](www.gov.uk/guidance) first.", "write it as https://www.gov.uk/guidance"),
        ("See [the guidance](gov.uk/guidance) first.", "write it as https://gov.uk/guidance"),
        ("Ask [Jane](jane@example.org) first.", "write it as mailto:jane@example.org"),
    ],
)
def test_an_address_without_its_scheme_is_an_error_with_the_address_to_write(check: Check, markdown: str, fix: str):
    [found] = [d for d in check(Path("a.md"), minimal(**{"A claims team": markdown + " A claims team"})) if d.is_error]
    assert (found.code, found.hint) == ("link-address", fix)
    assert found.column == len(markdown.split("](")[0]) + 1


@pytest.mark.parametrize(
    ("markdown", "code", "column"),
    [
        # Each passed: GitHub and the site showed a link to the page itself, or a broken image.
        ("See [the board report]() and", "link-without-address", len("See [the board report") + 1),
        ("See [it](https://example.com) and [the board report](<>) and", "link-without-address", len("See [it](https://example.com) and [the board report") + 1),
        ("See [the board report]( ) and", "link-without-address", len("See [the board report") + 1),
        ("See ![the chart]() and", "image-without-address", len("See ") + 1),
    ],
)
def test_a_link_or_picture_with_its_address_left_out_is_an_error_at_its_column(check: Check, markdown: str, code: str, column: int):
    [found] = [d for d in check(Path("a.md"), minimal(**{"A claims team": markdown + " A claims team"})) if d.is_error]
    assert (found.code, found.line, found.column) == (code, 14, column)
    assert found.hint.startswith("write the address between" if code == "link-without-address" else "save the picture in the site's docs/assets/ folder")


def test_a_link_to_this_computer_is_an_error(check: Check):
    # A warning once, as the author may have meant it for colleagues: a reader's click asks
    # their own computer for it (smuggling round of the forty-fourth session).
    found = check(Path("a.md"), minimal(**{"A claims team": "See [it](http://127.0.0.1:8000/stall-patterns/) and A claims team"}))
    assert [(d.code, d.is_error) for d in found] == [("link-address", True)]


THIS_COMPUTER = "an address on the computer it was written on: no reader can open it, and a reader's click asks their own computer for it"
AUTHORS_NETWORK = "an address inside the author's network: readers outside it cannot open it, and a reader's click asks their own network for it"
SET_ASIDE = "an address set aside for examples, tests or other uses than sites: no reader can open it"


@pytest.mark.parametrize(
    ("address", "read_as", "place"),
    [
        # The computer it was written on, in every spelling a browser reads as such.
        ("http://localhost:8080/board", "", THIS_COMPUTER),
        ("http://localhost./board", "", THIS_COMPUTER),
        ("http://dashboard.localhost/", "", THIS_COMPUTER),
        ("http://127.0.0.1/board", "", THIS_COMPUTER),
        ("http://127.0.0.2/board", "", THIS_COMPUTER),
        ("http://127.0.0.1./board", "", THIS_COMPUTER),
        ("http://2130706433/board", "127.0.0.1, ", THIS_COMPUTER),
        ("http://0x7f000001/board", "127.0.0.1, ", THIS_COMPUTER),
        ("http://0x7f.0.0.1/board", "127.0.0.1, ", THIS_COMPUTER),
        ("http://0177.0.0.1/board", "127.0.0.1, ", THIS_COMPUTER),
        ("http://127.1/board", "127.0.0.1, ", THIS_COMPUTER),
        ("http://127.0.1/board", "127.0.0.1, ", THIS_COMPUTER),
        ("http://0/board", "0.0.0.0, ", THIS_COMPUTER),
        ("http://0.0.0.0:8000/board", "", THIS_COMPUTER),
        ("http://[::1]:8000/board", "", THIS_COMPUTER),
        ("http://[::]/board", "", THIS_COMPUTER),
        ("http://[::ffff:127.0.0.1]/board", "127.0.0.1, ", THIS_COMPUTER),
        ("http://[0:0:0:0:0:ffff:7f00:1]/board", "127.0.0.1, ", THIS_COMPUTER),
        ("http://127.0.0.%31/board", "", THIS_COMPUTER),
        # A network of the author's own: private, carrier-grade NAT, link-local, unique local.
        ("http://10.1.2.3/board", "", AUTHORS_NETWORK),
        ("http://172.16.0.9/board", "", AUTHORS_NETWORK),
        ("http://172.31.255.1/board", "", AUTHORS_NETWORK),
        ("http://192.168.0.1/board", "", AUTHORS_NETWORK),
        ("http://0xc0a80001/board", "192.168.0.1, ", AUTHORS_NETWORK),
        ("http://3232235521/board", "192.168.0.1, ", AUTHORS_NETWORK),
        ("http://012.0.0.1/board", "10.0.0.1, ", AUTHORS_NETWORK),
        ("http://100.64.0.1/board", "", AUTHORS_NETWORK),
        ("http://169.254.169.254/board", "", AUTHORS_NETWORK),
        ("http://[fe80::1]/board", "", AUTHORS_NETWORK),
        ("http://[fd12:3456::1]/board", "", AUTHORS_NETWORK),
        ("http://[::ffff:10.0.0.1]/board", "10.0.0.1, ", AUTHORS_NETWORK),
        # Names only the author's network knows.
        ("http://intranet/board", "", AUTHORS_NETWORK),
        ("http://intranet./board", "", AUTHORS_NETWORK),
        ("https://sharepoint.corp.local/board", "", AUTHORS_NETWORK),
        ("https://wiki.internal/board", "", AUTHORS_NETWORK),
        ("https://nas.lan/board", "", AUTHORS_NETWORK),
        ("https://printer.home.arpa/board", "", AUTHORS_NETWORK),
        ("https://hr.corp/board", "", AUTHORS_NETWORK),
        # Kept for documentation, benchmarks, multicast or later use.
        ("http://203.0.113.5/board", "", SET_ASIDE),
        ("http://192.0.2.1/board", "", SET_ASIDE),
        ("http://240.0.0.1/board", "", SET_ASIDE),
        ("http://224.0.0.1/board", "", SET_ASIDE),
        ("http://[2001:db8::1]/board", "", SET_ASIDE),
    ],
)
def test_a_link_to_a_host_no_reader_can_reach_is_told_where_it_is(check: Check, address: str, read_as: str, place: str):
    # Only 'localhost', '127.x.x.x', '0.0.0.0' and '[::1]' were reported, as written so; every
    # other spelling a browser reads as the same place, and every private address, passed.
    # One on a computer or a network is an error (a reader's click reaches their own); one
    # set aside reaches nothing, a warning.
    for markdown, column in ((f"See [the dashboard]({address}) today.", len("See [the dashboard") + 1), (f"See <{address}> today.", len("See <") + 1)):
        found = check(Path("a.md"), in_first_section(markdown + "\n"))
        assert [(d.code, d.line, d.column, d.is_error) for d in found] == [("link-address", 14, column, place != SET_ASIDE)], markdown
        assert found[0].message == f"'{address}' is {read_as}{place}"
        assert found[0].hint.startswith(("link to", "check the address, or link to"))


@pytest.mark.parametrize(
    ("markdown", "column"),
    [
        ("The board is at http://192.168.0.1/board today.", len("The board is at ") + 1),
        ("The board is at https://wiki.corp.local/board today.", len("The board is at ") + 1),
        ("The board is at www.intranet.local/board today.", len("The board is at ") + 1),
        ("The board is at https://0x7f.0.0.1/board today.", len("The board is at ") + 1),
    ],
)
def test_a_bare_address_no_reader_can_reach_is_an_error_at_its_column(check: Check, markdown: str, column: int):
    found = check(Path("a.md"), in_first_section(markdown + "\n"))
    assert [(d.code, d.line, d.column, d.is_error) for d in found] == [("link-address", 14, column, True)]
    # Told of, not linked: in backticks, as its hint says (the review of the forty-fourth
    # session's change: 'The demo ran on http://localhost:8501' was told to link elsewhere).
    written = markdown.split()[4]
    assert found[0].hint.endswith(f"; or, to mention the address without a link, put it between backticks: `{written}`")
    assert [d for d in check(Path("a.md"), in_first_section(markdown.replace(written, f"`{written}`") + "\n")) if d.is_error] == []
    assert "no reader can open it" in found[0].message or "readers outside it cannot open it" in found[0].message


@pytest.mark.parametrize(
    "address",
    [
        "https://www.gov.uk/guidance",
        "http://8.8.8.8/",
        "http://1.1.1.1/",
        "http://172.32.0.1/",  # just past the private 172.16.0.0/12
        "http://100.128.0.1/",  # just past the carrier-grade NAT's 100.64.0.0/10
        "http://11.0.0.1/",
        "http://[2a00:1450:4009:81f::200e]/",
        "https://localhost.co.uk/",
        "https://mylocalhost.com/",
        "https://local.gov.uk/",
        "https://intranet.gov.uk/",
        "https://www.internal-audit.org/",
        "https://lan.com/",
        "https://home.arpa.org.uk/",
        "https://127.com/",
        "https://10.0.0.1.nip.io/",
        "https://0x7f.co.uk/",
        "https://example.com/",
    ],
)
def test_a_link_to_a_host_on_the_internet_is_not_reported_as_unreachable(check: Check, address: str):
    found = check(Path("a.md"), in_first_section(f"See [the guidance]({address}) and <{address}>.\n"))
    assert [d.format_text() for d in found if d.code == "link-address"] == []


@pytest.mark.parametrize(
    ("markdown", "published"),
    [
        # Another pattern's file, as GitHub's preview links it: its page on the site.
        ("[the sponsor](the-sponsor-who-moved-on.md)", '<a href="../the-sponsor-who-moved-on/">'),
        ("[the sponsor](./the-sponsor-who-moved-on.md#what-it-looks-like)", '<a href="../the-sponsor-who-moved-on/#what-it-looks-like">'),
        # From the site's root: found from the pattern's page, whatever path the site is under.
        ("[all of them](/patterns/)", '<a href="../../patterns/">'),
        ("![the chart](/assets/chart.png)", '<img src="../../assets/chart.png"'),
        ("[the next one](../the-sponsor-who-moved-on/)", '<a href="../the-sponsor-who-moved-on/">'),
    ],
)
def test_a_local_address_is_published_as_it_goes_from_the_patterns_page(markdown: str, published: str):
    from stallpatterns import body

    tokens = body.parse(markdown)
    assert list(slips.problems(tokens)) == []
    assert published in body.render(tokens)


@pytest.mark.parametrize(
    ("markdown", "named"),
    [
        ("<p>A paragraph pasted from a web page.</p>", "<p> (and </p>)"),
        ("A paragraph pasted from a web page.</p>", "</p>"),
        ("<div>\n<p>Pasted.</p>\n</div>", "<div> (and <p>, </p>, </div>)"),
        # Markup that is no tag, named as it starts (Markdown probes round: it was 'markup').
        ("Text <?php echo 1; ?> more.", "'<?php echo 1; ?>'"),
        ("Text <![CDATA[ hidden ]]> more.", "'<![CDATA[ hidden ]]>'"),
    ],
)
def test_html_is_named_as_written_with_every_tag_of_its_block_at_once(markdown: str, named: str):
    from stallpatterns import body

    [problem] = list(slips.problems(body.parse(markdown)))
    assert problem.message == f"HTML is not allowed in a pattern: {named}"


@pytest.mark.parametrize(
    ("markdown", "code"),
    [
        ("Three signs:\n\u2022 the demo\n\u2022 the budget\n\u2022 the owner", "pasted-bullets"),
        ("Read [the report] (https://example.org/report) first.", "link-spaced"),
        ("Read [the report][1] first.", "link-undefined"),
        ("Text.\n\n    This paragraph was indented by four spaces in the editor, sadly.", "indented-text"),
        # With figures and a sum in it: shown as code, with no word (an author's review).
        ("Text.\n\n\tIn 2024 the board asked what the £2m had bought. Nobody could say.", "indented-text"),
        ("| Stage | Owner |\n| Pilot | Operations |", "table-without-divider"),
        ("Quarter\tPilots\tLive\nQ1\t4\t0\nQ2\t6\t1", "pasted-columns"),
        ("The board was ** very clear ** about it.", "bold-spaced"),
        ("The board was **very clear ** about it.", "bold-spaced"),
        ("The board was __ very clear__ about it.", "bold-spaced"),
        # A document's no-break space is a space to Markdown too: they showed as typed, in silence.
        ("The board was **\u00a0very clear\u00a0** about it.", "bold-spaced"),
        ("Read [the report]\u00a0(https://example.org/report) first.", "link-spaced"),
        # Italics' marks, as bold's: a document's export leaves the space inside them.
        ("The board was *very clear *about it.", "italics-spaced"),
        ("The board was * very clear * about it.", "italics-spaced"),
        ("The board was pleased :smile: and said so.", "emoji-shortcode"),
    ],
)
def test_what_a_word_processor_pastes_is_a_warning_with_the_markdown_to_write(markdown: str, code: str):
    from stallpatterns import body

    assert [(p.code, p.warning) for p in slips.problems(body.parse(markdown))] == [(code, True)]


@pytest.mark.parametrize(
    "markdown",
    [
        "Read [the report][1] first.\n\n[1]: https://example.org/report",
        "Code: `[a] (https://example.org/)` and `x[1][2]`.",
        "An escaped \\[label][1] stays.",
        "Text.\n\n    claims_touched: 0\n    owner: none",
        "A dash \u2013 in a sentence \u2022 and a bullet in one.",
        "| Stage | Owner |\n| --- | --- |\n| Pilot | Operations |",
        "One\ttab in a line of prose.",
        "The board was **very clear** and `** spaced **` in code.",
        "Call `__init__` or __init__ and 2**8 or 2 ** 8.",
        "Meet at 10:30:00; the ratio was a:b:c, and `:smile:` is code.",
        "It grew from 2 ** 3 to 3 ** 4 in a year.",
        "Steps:\n\nA.\tOne\nB.\tTwo",
        "**Signs:** the team waits, **the owner** (named) and **(draft)** plans, x**y**z.",
        "2**(3)**4 and **Note:**",
        "A formula, x * y * z, 2 * 3 * 4, a 4* hotel, snake_case_words, a *word* and _init_ as meant.",
    ],
)
def test_what_is_meant_as_written_gets_no_such_warning(markdown: str):
    from stallpatterns import body

    assert list(slips.problems(body.parse(markdown))) == []


@pytest.mark.parametrize(
    ("written", "told", "fixed"),
    [
        # A label in bold, its colon inside and the next word against the marks: both readers
        # read the closing '**' as the start of more bold, and showed every mark as typed.
        ("**Signs:**The team waits for a steering group.", "after the ':', the closing '**' meets the word after it", "**Signs:** The"),
        ("__Owner:__Nobody has been named yet.", "after the ':', the closing '__' meets the word after it", "__Owner:__ Nobody"),
        ("The plan is still a**(draft)** after a year.", "before the '(', the opening '**' meets the word before it", "a **(draft)**"),
        # The same of italics' single marks: shown as typed, in silence.
        ("*Note:*The team waits for a steering group.", "after the ':', the closing '*' meets the word after it", "*Note:* The"),
        ("_Owner:_Nobody has been named yet.", "after the ':', the closing '_' meets the word after it", "_Owner:_ Nobody"),
    ],
)
def test_bold_whose_marks_meet_a_word_across_a_mark_is_told_where_the_space_goes(check: Check, written: str, told: str, fixed: str):
    (found,) = check(Path("a.md"), minimal(**{"A claims team": written + "\n\nA claims team"}))
    code = "bold-spaced" if written.count("*") + written.count("_") == 4 else "italics-spaced"
    assert (found.code, found.line, found.is_error) == (code, 14, False)
    assert told in found.message and found.hint.endswith(fixed)
    # The hint followed literally: bold, on GitHub and on the site, and nothing more to say.
    mended = written.replace(fixed.replace(" ", "", 1), fixed, 1)
    assert check(Path("a.md"), minimal(**{"A claims team": mended + "\n\nA claims team"})) == []
    element = "<strong>" if code == "bold-spaced" else "<em>"
    assert element in cmarkgfm.github_flavored_markdown_to_html(mended) and element not in cmarkgfm.github_flavored_markdown_to_html(written)


@pytest.mark.parametrize(
    ("under", "says", "hint"),
    [
        # A dividing row with a word processor's space in it: it was told there was no
        # dividing row at all, and to add one.
        ("|\u00a0--- | --- |", "has U+00A0 NO-BREAK SPACE in it, pasted from a word processor", "type the dividing row again with ordinary spaces: | --- | --- |"),
        ("| ---\u202f| --- |", "has U+202F NARROW NO-BREAK SPACE in it", "type the dividing row again with ordinary spaces: | --- | --- |"),
        ("| --- |", "has 1 cell, and the first row 2:", "write the dividing row with a '---' for each of the 2 cells: | --- | --- |"),
        # A tab before it (Markdown probes round: the check stopped with an internal error).
        ("\t| --- | --- |", "has a tab in it, which indents it too far to be read as one", "type the dividing row again with spaces, starting where the first row starts: | --- | --- |"),
    ],
)
def test_a_tables_dividing_row_that_markdown_does_not_read_is_told_why(under: str, says: str, hint: str):
    from stallpatterns import body

    table = f"| Stage | Owner |\n{under}\n| Pilot | Operations |"
    (found,) = slips.problems(body.parse(table))
    assert (found.code, found.warning, found.hint) == ("table-without-divider", True, hint)
    assert says in found.message
    assert "<table" not in cmarkgfm.github_flavored_markdown_to_html(table)
    assert "<table" in cmarkgfm.github_flavored_markdown_to_html(table.replace(under, hint.rpartition(": ")[2]))


@pytest.mark.parametrize("note", ["Text <!-- a ---> more.", "Text <!--- note ---> more.", "- item <!-- draft ---> end"])
def test_a_note_that_two_hyphens_inside_make_no_note_is_told_as_typed(check: Check, note: str):
    # Markdown probes round: it was quoted with the page's dash ('<!-- a —> more.') and told to
    # end the note with '-->', which it did.
    found = [d for d in check(Path("a.md"), minimal(**{"A claims team": note + "\n\nA claims team"})) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("comment-shown", 14)]
    assert found[0].message.startswith(f"'{note[note.index('<!--') :]}' is meant as a note no reader sees, but it holds two hyphens together before its '-->'")
    assert found[0].hint == "write the note without '--' inside it, with a space before its end: <!-- your note -->"
    fixed = note.replace("<!---", "<!--").replace("--->", " -->")
    assert [d for d in check(Path("a.md"), minimal(**{"A claims team": fixed + "\n\nA claims team"})) if d.is_error] == []


@pytest.mark.parametrize(
    ("note", "mark", "shown"),
    [
        # Markdown probes round: markdown-it and GitHub read each as one note, to its last
        # '-->'; a browser ends it at the first, and GitHub's preview showed the rest.
        ("The review stalled. <!-- legal ----> security --> Then it restarted.", "-->", "security -->"),
        ("- first <!-- note ---> hidden? --> item", "-->", "hidden? -->"),
        ("A note <!-- draft --!> v2 --> here.", "--!>", "v2 -->"),
    ],
)
def test_a_note_with_a_comments_end_inside_it_is_an_error(check: Check, note: str, mark: str, shown: str):
    found = [d for d in check(Path("a.md"), minimal(**{"A claims team": note + "\n\nA claims team"})) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("comment-shown", 14, note.index("<!--") + 1)]
    assert found[0].message == f"this note holds '{mark}' before its end, where a browser ends it: GitHub shows what follows ('{shown}'), and the site does not"
    assert check(Path("a.md"), minimal(**{"A claims team": "A note <!-- a note --> and <!--> and <!---> here.\n\nA claims team"})) == []


def test_the_end_of_a_comment_whose_start_was_deleted_is_an_error(check: Check):
    left = "Describe the scene a leader would recognise. -->"
    found = [d for d in check(Path("a.md"), minimal(**{"A claims team": left + "\n\nA claims team"})) if d.is_error]
    assert [(d.code, d.column) for d in found] == [("comment-end-stray", left.index("-->") + 1)]
    assert check(Path("a.md"), minimal(**{"A claims team": "A note <!-- for the team --> A claims team"})) == []


@pytest.mark.parametrize(
    "markdown",
    [
        "The pilot ran for five months. <!-- TODO: check with Jane\nwhether it was six -->",
        "1. Name an owner <!-- Jane\n   or Raj? -->\n2. Set a date",
        "> The sponsor left. <!-- which month?\n> ask finance -->",
        "A note <!-- that runs\nover three\nlines -->\nand the text goes on.",
    ],
)
def test_a_comment_that_runs_over_lines_in_a_paragraph_is_not_a_stray_end(check: Check, markdown: str):
    # GitHub and the site both hide it: its '-->' closes what the line before opened.
    assert check(Path("a.md"), minimal(**{"A claims team": markdown + "\n\nA claims team"})) == []


def test_a_comment_mark_in_code_opens_no_comment_for_a_stray_end_later(check: Check):
    found = check(Path("a.md"), minimal(**{"A claims team": "Use `<!--` to open one\nand this ends nothing -->\n\nA claims team"}))
    assert [d.code for d in found if d.is_error] == ["comment-end-stray"]


def test_a_stray_comment_end_after_a_closed_comment_is_still_an_error(check: Check):
    found = check(Path("a.md"), minimal(**{"A claims team": "A note <!-- closed --> here\nand the rest of it -->\n\nA claims team"}))
    assert [d.code for d in found if d.is_error] == ["comment-end-stray"]


# --- an author's second review: what a word processor and a hurried edit leave -------------


def test_a_no_break_space_in_a_list_item_of_front_matter_is_named_at_its_column(check: Check):
    found = check(Path("a.md"), minimal(**{"  - Nobody can say": "  -\u00a0Nobody can say"}))
    assert [(d.code, d.line, d.column) for d in found] == [("yaml-syntax", 8, 4)]
    assert "U+00A0 NO-BREAK SPACE" in found[0].message


def test_a_value_starting_with_a_star_gets_the_quoted_line_to_write(check: Check):
    found = check(Path("a.md"), minimal(**{"title: The pilot": "title: *The pilot"}))
    assert [(d.code, d.line) for d in found] == [("yaml-alias", 2)]
    assert found[0].hint.endswith('title: "*The pilot that is judged on its demo"')


@pytest.mark.parametrize(("written", "meant"), [("yes", "true"), ("no", "false"), ("maybe", None)])
def test_draft_not_true_or_false_says_what_to_write(check: Check, written: str, meant: str | None):
    found = check(Path("a.md"), minimal(**{"published: 2026-03-02": f"published: 2026-03-02\ndraft: {written}"}))
    assert [d.code for d in found] == ["wrong-type"]
    assert found[0].hint == (f"write 'draft: {meant}'" if meant else "write 'draft: true' (shown only in the preview) or delete the line")


@pytest.mark.parametrize(("key", "written", "line"), [("title", "Pilots &amp; the demo that never ends", 2), ("summary", "x &mdash; y", 3)])
def test_a_character_reference_in_plain_text_is_a_warning_naming_the_character(check: Check, key: str, written: str, line: int):
    text = minimal()
    text = re.sub(rf"^{key}: .*$", lambda m: f"{key}: {written}" + (" and enough words to reach the length limit" if key == "summary" else ""), text, count=1, flags=re.M)
    found = check(Path("a.md"), text)
    assert [(d.code, d.line, d.is_error) for d in found] == [("reference-in-text", line, False)]
    assert found[0].hint.startswith("write the character itself: ")


@pytest.mark.parametrize("written", ["&#12345678;", "&#x1234567;"])
def test_a_reference_to_no_character_in_plain_text_is_a_warning_with_no_character_to_write(check: Check, written: str):
    # It is shown as typed too. Before the checks were split, it was warned of (with U+FFFD
    # as the character to write); after, not at all.
    found = check(Path("a.md"), minimal(**{"title: The pilot": f"title: The {written} pilot"}))
    assert [(d.code, d.line, d.is_error) for d in found] == [("reference-in-text", 2, False)]
    assert found[0].hint == "write the character itself"


def test_scaffold_guidance_without_its_comment_marks_is_an_error(check: Check):
    guide = "guide: Write the scene a reader would recognise from their own organisation."
    found = check(Path("a.md"), in_first_section(guide))
    assert [(d.code, d.line) for d in found if d.is_error] == [("scaffold-guidance", 14)]


@pytest.mark.parametrize(
    "heading",
    ["##\u00a0What it looks like", "##\u00a0What\u00a0it\u00a0looks\u00a0like", "    ## What it looks like", "**What it looks like**", "> ## What it looks like", "＃＃ What it looks like"],
)
def test_a_line_meant_as_a_sections_heading_is_one_error_at_that_line(check: Check, heading: str):
    found = check(Path("a.md"), minimal(**{"## What it looks like": heading}))
    assert [(d.code, d.line) for d in found if d.is_error] == [("content-before-section", 12)]
    # A no-break space after the '##' looks like the line the hint writes: the hint says what differs (helper-238).
    pasted = ", with an ordinary space after the '##'" if heading.startswith("##\u00a0") else ""
    assert found[0].hint == "write the line as: ## What it looks like" + pasted


@pytest.mark.parametrize("hidden", ["\u200b", "\u00ad"])
def test_a_sections_heading_with_a_hidden_character_is_that_section_with_one_error(check: Check, hidden: str):
    found = check(Path("a.md"), minimal(**{"## What it looks like": f"## What it looks{hidden} like"}))
    assert [d.code for d in found if d.is_error] == ["invisible-character"]


@pytest.mark.parametrize(
    ("renamed", "written", "line"),
    [
        ({"## What it looks like": "## Symptoms"}, ["What it looks like"], [12]),
        ({"## What is actually happening": "## Root causes"}, ["What is actually happening"], [16]),
        ({"## The intervention shape": "## Recommendations"}, ["The intervention shape"], [20]),
        ({"## What it looks like": "## Symptoms", "## What is actually happening": "## Causes"}, ["What it looks like", "What is actually happening"], [12, 16]),
    ],
)
def test_a_section_renamed_is_one_error_at_its_heading_with_the_line_to_write(check: Check, renamed: dict[str, str], written: list[str], line: list[int]):
    # It was an unknown section, the section missing (at the next section, or the end of the
    # file) and, for the first, its text 'before the first section' too.
    found = [d for d in check(Path("a.md"), minimal(**renamed)) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("section-unknown", n) for n in line]
    assert [d.hint for d in found] == [f"write the line as: ## {heading}" for heading in written]
    assert all("missing" in d.message for d in found)


def test_an_extra_section_beside_all_three_is_still_unknown_with_the_list_of_sections(check: Check):
    found = [d for d in check(Path("a.md"), minimal(**{"## The intervention shape": "## Background\n\nWords.\n\n## The intervention shape"})) if d.is_error]
    assert [d.code for d in found] == ["section-unknown"]
    assert "the sections are" in (found[0].hint or "")


def test_sections_missing_at_one_place_are_one_error_in_their_order(check: Check):
    text = minimal()
    text = text[: text.index("## What it looks like")]
    found = [d for d in check(Path("a.md"), text) if d.is_error]
    assert [d.code for d in found] == ["section-missing"]
    assert found[0].message == 'sections "What it looks like", "What is actually happening" and "The intervention shape" are missing'


@pytest.mark.parametrize(
    ("markdown", "codes"),
    [
        ("See [the board report](https://example.com/report for the figures.", ["link-unclosed"]),
        ("See [the board report](/assets/report.pdf", ["link-unclosed"]),
        ("Read [one](https://example.com/a) and [two](https://example.com/b, then stop.", ["link-unclosed"]),
        ("Closed: [the report](https://example.com/report) (all of it).", []),
        ("Over two lines: [the report](https://example.com/report\n) is a link.", []),
        ("In code: `[a](b` and escaped: \\[a](b.", []),
        ("Defined: [a](b\n\n[a]: https://example.com/a", []),
    ],
)
def test_a_link_never_closed_is_a_warning_with_its_fix(markdown: str, codes: list[str]):
    from stallpatterns import body

    found = list(slips.problems(body.parse(markdown)))
    assert [p.code for p in found] == codes
    if codes:
        assert found[0].hint is not None and found[0].hint.startswith("end the address with ')': [")


@pytest.mark.parametrize("bullet", ["\u27a2", "\u25a0", "\u2756", "\u2981", "\u2023", "\u2043", "\u25c6", "\u2605", "\u274c", "\u2014 ", "\u2015 "])
def test_bullets_of_word_processors_and_slides_are_told_as_bullets(bullet: str):
    # '➢', '■', '❖', '⦁' (Word's symbol fonts), '‣', '⁃', '◆', '★', '❌', dashes: shown as one run of text, in silence.
    from stallpatterns import body

    found = list(slips.problems(body.parse(f"Three signs:\n{bullet}the demo\n{bullet}the budget")))
    assert [(p.code, p.line, p.warning) for p in found] == [("pasted-bullets", 1, True)]


@pytest.mark.parametrize(
    "markdown",
    [
        "1. Name a sponsor\n1.1 Ask the board\n1.2 Agree the date",  # a document's sub-steps: one item, 'Name a sponsor 1.1 Ask…'
        "The plan has two parts:\n(a) name a sponsor\n(b) agree the date",
        "Three steps:\n(i) stop\n(ii) look\n(iii) decide",
        "Two steps:\nA) Ask the board\nB) Agree a date",
        "Two steps:\n(A) Ask the board\n(B) Agree a date",
        # Held as meant before, on purpose moved here: both readers run '(b)' into the line above.
        "Steps:\n\n(a)\tfirst step here\n(b)\tsecond step here",
    ],
)
def test_sub_steps_numbered_as_a_document_numbers_them_are_told_as_bullets(markdown: str):
    # Each ran into the line above, on GitHub and on the site, without a word.
    from stallpatterns import body

    assert [(p.code, p.warning) for p in slips.problems(body.parse(markdown))] == [("pasted-bullets", True)]


def test_figures_with_a_point_at_the_start_of_lines_are_not_bullets():
    from stallpatterns import body

    assert list(slips.problems(body.parse("Revenue grew by\n1.5 million in the year and\n2.5 million the next."))) == []


def test_lines_of_text_that_start_with_a_dash_against_a_word_are_not_bullets():
    from stallpatterns import body

    assert list(slips.problems(body.parse("The sponsor\n\u2014who had moved on\n\u2014left the team."))) == []


@pytest.mark.parametrize(
    ("markdown", "codes"),
    [
        ("See [the report](https://example.com/annual report.pdf) now.", ["link-space-in-address"]),
        ("Three signs:\n\u2022\tthe demo\n\u2022\tthe budget\n\u2022\tthe owner", ["pasted-bullets"]),
        ("Actions:\n\n\u2022\tName an owner\no\tin writing, by March\no\tsigned by the head\n\u2022\tSet a bar", ["pasted-bullets"]),
        ("The guidance is on www.gov.uk\u2019s AI pages.", ["link-address"]),
        ("See [the report](<https://example.com/annual report.pdf>) now.", []),
        # Words the page shows with its own quote marks and dashes (helper-242: told with none).
        ("See [the ICO's guidance](https://example.org/annual report 2024.pdf) now.", ["link-space-in-address"]),
        ('See ["the" guide -- new...](https://example.org/annual report.pdf) now.', ["link-space-in-address"]),
        ("Read [[the ICO's guidance]] first.", ["wiki-link"]),
        ("See [the ICO's guidance][ico] now.", ["link-undefined"]),
        ("See [the ICO's guidance](https://ico.org.uk/for-organisations/, which was new.", ["link-unclosed"]),
        ('See [the report](https://example.com/r "The report") now.', []),
    ],
)
def test_a_space_in_a_links_address_is_a_warning_and_tabbed_bullets_are_bullets(markdown: str, codes: list[str]):
    from stallpatterns import body

    assert [p.code for p in slips.problems(body.parse(markdown))] == codes


@pytest.mark.parametrize(
    ("written", "shown", "fixed"),
    [
        # Word makes an em dash of '--' between two words, and types curly closing quotes:
        # GitHub reads a bare address on into either, as the site did, and both published a
        # link to a page that does not exist.
        ("See https://example.com/guide\u2014it explains the steps.", "https://example.com/guide\u2014it", "<https://example.com/guide>\u2014it"),
        ("See www.example.com\u2014it explains the steps.", "www.example.com\u2014it", "<https://www.example.com>\u2014it"),
        ("The \u201cguidance at https://www.gov.uk/guidance/ai\u201d says so.", "https://www.gov.uk/guidance/ai\u201d", "<https://www.gov.uk/guidance/ai>\u201d"),
        ("Read https://example.com/report\u2026 and then decide.", "https://example.com/report\u2026", "<https://example.com/report>\u2026"),
        ("Read https://example.com/report\u00bb and decide.", "https://example.com/report\u00bb", "<https://example.com/report>\u00bb"),
    ],
)
def test_a_bare_address_that_runs_on_into_a_typed_dash_or_quote_is_told_with_the_address_to_write(check: Check, written: str, shown: str, fixed: str):
    text = in_first_section(written)
    line = text.split("\n").index(written) + 1
    found = [d for d in check(Path("a-pattern.md"), text) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("link-address", line, written.index(shown[:10]) + 1)]
    assert f"GitHub links '{shown}'" in found[0].message
    assert found[0].hint.startswith(f"put the address in angle brackets with its scheme: {fixed}")
    # The hint followed literally: the file passes, and GitHub's preview links the address alone.
    address = fixed[1:].partition(">")[0]
    assert not [d for d in check(Path("a-pattern.md"), in_first_section(written.replace(shown, fixed))) if d.is_error]
    assert f'href="{address}"' in cmarkgfm.github_flavored_markdown_to_html(written.replace(shown, fixed))


@pytest.mark.parametrize(
    "written",
    [
        "See https://en.wikipedia.org/wiki/Michelson\u2013Morley_experiment for the history.",  # an en dash inside a path
        "See https://example.com \u2014 it explains the steps.",
        "See <https://example.com/guide>\u2014it explains the steps.",
        "See [the guide](https://example.com/guide)\u2014it explains the steps.",
        # Its words are its address: the page shows them as written, as GitHub does ('--' no dash).
        "See [https://xn--bcher-kva.example/](https://xn--bcher-kva.example/) for the list.",
    ],
)
def test_an_address_kept_apart_from_a_typed_dash_or_quote_passes(check: Check, written: str):
    assert not [d for d in check(Path("a-pattern.md"), in_first_section(written)) if d.is_error]


@pytest.mark.parametrize(
    ("markdown", "hint"),
    [
        # Written as in Notion, Obsidian or Confluence, it passed and showed as typed.
        # A file alone cannot know which patterns exist: no file name is made up from the words
        # (the catalogue names the pattern, where one is meant: see test_catalogue.py).
        (
            "See [[The sponsor who moved on]] too.",
            "to link to a pattern, write [The sponsor who moved on](file-name.md) with the name of its file in the patterns folder, "
            "or to a web page, [The sponsor who moved on](https://…)",
        ),
        (
            "See [[the-sponsor-who-moved-on|the sponsor]] too.",
            "to link to a pattern, write [the sponsor](file-name.md) with the name of its file in the patterns folder, or to a web page, [the sponsor](https://…)",
        ),
        ("In code, `[[the sponsor]]`, and escaped, \\[[the sponsor]], it is as meant.", None),
        # A Markdown link whose text is in brackets, as a numbered citation: it shows as '[1]'.
        ("As the study shows [[1]](https://example.org/study).", None),
        ("As [[1]](https://example.org/a) and [[2]][study] show.\n\n[study]: https://example.org/b", None),
    ],
)
def test_a_wiki_link_is_a_warning_with_the_markdown_link_to_write(markdown: str, hint: str | None):
    from stallpatterns import body

    found = list(slips.problems(body.parse(markdown)))
    assert [(p.code, p.warning, p.hint) for p in found] == ([("wiki-link", True, hint)] if hint else [])


@pytest.mark.parametrize(
    ("old", "new", "line", "column", "hint_ends"),
    [
        ("title: The pilot that is judged on its demo", "title: 'Twas the pilot that is judged on its demo", 2, 8, "title: \"'Twas the pilot that is judged on its demo\""),
        ("title: The pilot that is judged on its demo", "title: 'The pilot's demo that is judged'", 2, 8, "title: \"The pilot's demo that is judged\""),
        ("title: The pilot that is judged on its demo", "title: \u201cThe pilot: judged on its demo\u201d", 2, 18, "title: \"The pilot: judged on its demo\""),
    ],
)
def test_a_hint_to_quote_a_value_gives_the_text_the_author_meant(check: Check, old: str, new: str, line: int, column: int, hint_ends: str):
    found = check(Path("a.md"), minimal(**{old: new}))
    assert [(d.code, d.line, d.column) for d in found] == [("yaml-syntax", line, column)]
    assert found[0].hint.endswith(hint_ends)


@pytest.mark.parametrize(
    ("new", "says", "hint"),
    [
        # A quote opened and its end left out: the hint quoted the opening mark as the title's
        # first character ("'The pilot…"), which then passed and was published.
        ("title: 'The pilot that is judged on its demo", "a quoted value is never closed on its line",
         "end the value with the same quote mark it starts with: title: 'The pilot that is judged on its demo'"),
        # and ended early by the text's own apostrophe: double quotes, the opening mark gone.
        ("title: 'The pilot's demo that is judged", "the quote that starts this value is ended by the apostrophe after 'The pilot'",
         "the text has an apostrophe of its own, so put the whole value in double quotes instead: title: \"The pilot's demo that is judged\""),
    ],
)
def test_a_quote_opened_at_a_values_start_and_never_closed_is_told_to_close_it(check: Check, new: str, says: str, hint: str):
    found = check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": new}))
    assert [(d.code, d.line, d.column, d.hint) for d in found] == [("yaml-syntax", 2, 8, hint)]
    assert found[0].message.startswith(says)
    # The hint followed literally: the title the author meant, with no mark of the quote in it.
    mended = minimal(**{"title: The pilot that is judged on its demo": hint.rpartition(": title: ")[0] and "title: " + hint.rpartition(": title: ")[2]})
    assert check(Path("a.md"), mended) == []
    assert yaml.safe_load(mended.split("---")[1])["title"] in ("The pilot that is judged on its demo", "The pilot's demo that is judged")


@pytest.mark.parametrize(
    ("old", "new", "line", "says"),
    [
        ("summary: ", "summary: The pilot\n", 4, "the rest of the value of 'summary' on the line above"),
        ("  - Nobody can say", "  - Nobody\ncan say", 9, "the rest of the list item on the line above"),
        ("summary: ", "summary:\n", 4, "'summary:' has its value on the next line"),
        # A few words wrapped: as like as a key without its colon, so both are said.
        ("judged on its demo\nsummary", "judged\non its demo\nsummary", 3, "it may be the rest of the value of 'title' on the line above"),
    ],
)
def test_a_value_that_runs_on_to_the_start_of_the_next_line_is_named_there(check: Check, old: str, new: str, line: int, says: str):
    found = check(Path("a.md"), minimal(**{old: new}))
    assert [(d.code, d.line) for d in found] == [("yaml-syntax", line)]
    assert says in found[0].message


def test_a_mark_that_shows_as_nothing_in_a_date_is_named_not_quoted_as_if_it_were_right(check: Check):
    # U+FE0F may follow a digit (a keycap's emoji), so the check of invisible characters lets
    # it be; the date's error quoted '2026-03-02', which looks right.
    found = check(Path("a.md"), minimal(**{"published: 2026-03-02": "published: 2026-03-02\ufe0f"}))
    assert [(d.code, d.line) for d in found if d.is_error] == [("bad-date", 9)]
    assert found[0].message == "'published' holds U+FE0F VARIATION SELECTOR-16, which shows as nothing, in the date 2026-03-02"
    assert found[0].hint == "delete it: retype the date as 2026-03-02"


@pytest.mark.parametrize(
    ("old", "new", "line", "column", "hint"),
    [
        ("summary: ", "summary ", 3, 8, "write it as: summary: A pilot is approved"),
        ("category: value", "Category value", 4, 9, "write it as: category: value"),
        ("published: 2026", "published 2026", 9, 10, "write it as: published: 2026-03-02"),
        ("signs:", "signs", 5, 6, "write it as: signs:"),
    ],
)
def test_a_key_without_its_colon_is_named_with_the_line_to_write(check: Check, old: str, new: str, line: int, column: int, hint: str):
    found = check(Path("a.md"), minimal(**{old: new}))
    assert [(d.code, d.line, d.column) for d in found] == [("yaml-syntax", line, column)]
    assert found[0].message.endswith("has no ':' after it, so YAML cannot read the line as a key and its value")
    assert found[0].hint.startswith(hint)


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda t: t.replace("---", "\u2014", 1), "'\u2014', a dash a word processor made of '---'"),
        (lambda t: "\ufeff\ufeff" + t, "U+FEFF ZERO WIDTH NO-BREAK SPACE before its '---'"),  # one is the byte order mark
        # An author's third review: each was "file does not start with front matter" alone.
        (lambda t: "\n" + t, "starts with 1 blank line, so the '---' on line 2"),
        (lambda t: "-" + t, "the first line has 4 dashes"),
        (lambda t: t.replace("---", "--", 1), "the first line has 2 dashes"),
        (lambda t: t.replace("---", "--- # front matter", 1), "'---' alone on its line"),
        (lambda t: "+++" + t[3:].replace("\n---\n", "\n+++\n", 1), "'+++', TOML front matter"),
    ],
)
def test_a_first_line_that_looks_like_front_matters_start_says_what_it_is(check: Check, change, says: str):
    found = check(Path("a.md"), change(minimal()))
    assert [d.code for d in found] == ["front-matter-missing"] and says in found[0].message


def test_a_closing_line_of_dashes_from_a_word_processor_is_named(check: Check):
    text = minimal()
    end = text.index("\n---\n", 4)
    found = check(Path("a.md"), text[:end] + "\n\u2013\n" + text[end + 5 :])
    assert [(d.code, d.line) for d in found] == [("front-matter-unclosed", 10)] and "'\u2013'" in found[0].message


@pytest.mark.parametrize(("encoding", "named"), [("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32"), ("utf-16", "UTF-16")])
def test_a_file_saved_as_utf16_or_utf32_is_named_so(check: Check, encoding: str, named: str):
    found = check(Path("a.md"), minimal().encode(encoding))
    assert [(d.code, d.message) for d in found] == [("not-utf8", f"file is {named} text, not UTF-8")]


@pytest.mark.parametrize(("stray", "after"), [("---", "# the signs\n"), ("...", "")])
def test_a_stray_end_of_front_matter_is_named_as_written_and_a_comment_after_it_changes_nothing(check: Check, stray: str, after: str):
    text = minimal()
    at = text.index("signs:")
    found = check(Path("a.md"), text[:at] + stray + "\n" + after + text[at:])
    assert [(d.code, d.line) for d in found if d.is_error] == [("front-matter-cut", 5)]
    assert found[0].message.startswith(f"this '{stray}' ends the front matter")


@pytest.mark.parametrize(
    ("before", "keys"),
    [("published:", "'published' below it is"), ("signs:", "'signs' and 'published' below it are"), ("related:", "'related' and 'published' below it are")],
)
def test_a_stray_dashes_line_inside_front_matter_is_named_with_the_keys_it_cuts_off(check: Check, before: str, keys: str):
    text = minimal()
    if before not in text:
        text = text.replace("published:", "related:\n  - another-pattern\npublished:")
    at = text.index(before)
    found = check(Path("a.md"), text[:at] + "---\n" + text[at:])
    line = text.count("\n", 0, at) + 1
    cut = [d for d in found if d.code == "front-matter-cut"]
    assert [d.line for d in cut] == [line] and keys in cut[0].message
    # The one explanation of what follows: no 'text before the first section', nor keys
    # missing, beside it.
    assert [d.code for d in found if d.is_error] == ["front-matter-cut"]


def test_an_image_pasted_in_as_a_data_address_is_told_to_be_a_file_of_the_site(check: Check):
    found = check(Path("a.md"), in_first_section("![The chart](data:image/png;base64,iVBORw0KGgo=)"))
    assert [(d.code, d.line) for d in found if d.is_error] == [("external-image", 14)]
    assert "pasted into the file" in found[0].message and "contact" not in found[0].message
    assert "docs/assets/" in (found[0].hint or "")


@pytest.mark.parametrize(
    ("written", "fixed"),
    [
        ('title: "The "sponsor" who moved on"', "title: 'The \"sponsor\" who moved on'"),
        ("title: 'The sponsor's 'last' day'", 'title: "The sponsor\'s \'last\' day"'),
        # YAML's doubled apostrophe, known to the author, but one apostrophe left single.
        ("title: 'The sponsor's ''last'' day'", 'title: "The sponsor\'s \'last\' day"'),
        ('title: "A "good enough" bar, (never) "agreed""', "title: 'A \"good enough\" bar, (never) \"agreed\"'"),
    ],
)
def test_a_quote_mark_inside_a_quoted_value_is_named_and_the_hint_keeps_the_words_it_quotes(check: Check, written: str, fixed: str):
    found = check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": written}))
    assert [(d.code, d.line) for d in found] == [("yaml-syntax", 2)]
    assert "ends it" in found[0].message and "unquoted" not in found[0].message
    assert (found[0].hint or "").endswith(fixed)


@pytest.mark.parametrize(
    ("signs", "line", "said", "hint"),
    [
        (
            "signs:\n  The success criteria came later\n  Nobody can end it\n",
            6,
            "these lines do not start with '- '",
            "start each line with two spaces, a hyphen and a space:   - The success criteria came later",
        ),
        (
            "signs: The success criteria came later\n",
            5,
            "a list's items go on the lines below it",
            "end this line at 'signs:' and write below it:   - The success criteria came later",
        ),
        (
            # A list written as a sentence: each of its items, not its first sixty characters and a comma.
            "signs: The success criteria were written after the pilot started, nobody can end it, reports list features\n",
            5,
            "a list's items go on the lines below it",
            "end this line at 'signs:' and write each item on a line of its own below it: "
            "'  - The success criteria were written after the pilot started', '  - nobody can end it', '  - reports list features'",
        ),
        (
            # Told only to start each line with '- ', the author did, and was told it again: the '|' goes.
            "signs: |\n  The success criteria came later\n  Nobody can end it\n",
            5,
            "the '|' after 'signs:' makes YAML read the lines below it as one text",
            "delete the '|' after 'signs:', and start each line below it with two spaces, a hyphen and a space:   - The success criteria came later",
        ),
        (
            "signs:\n  individual-use-without-organisational-change-and-the-pilots-that-stall\n",
            6,
            "these lines do not start with '- '",
            "start each line with two spaces, a hyphen and a space:   - individual-use-without-organisational-change-and-the-pilots-…",
        ),
    ],
)
def test_a_list_written_without_its_hyphens_is_told_where_they_go(check: Check, signs: str, line: int, said: str, hint: str):
    text = minimal()
    start, end = text.index("signs:\n"), text.index("published:")
    found = check(Path("a.md"), text[:start] + signs + text[end:])
    assert [(d.code, d.line) for d in found if d.is_error] == [("wrong-type", line)]
    assert said in found[0].message and found[0].hint == hint


@pytest.mark.parametrize(
    ("written", "word"),
    [
        ("TODO: the bank's example goes here.", "TODO"),
        ("- a list item, TODO", "TODO"),
        ("An escaped backtick is text: \\`TODO` here.", "TODO"),
        ("Lorem ipsum dolor sit amet, consectetur adipiscing.", "Lorem ipsum"),
        # Letters that the case-blind search reads as 'i' or 's', where lower() does not.
        ("Lorem ıpsum dolor sit amet.", "Lorem ıpsum"),
        ("Lorem ipſum dolor sit amet.", "Lorem ipſum"),
        ("LOREM İPSUM DOLOR SIT AMET.", "LOREM İPSUM"),
        ("FIXME the second paragraph.", "FIXME"),
        # An instruction in square brackets, or a paragraph that is nothing but 'TBC': they
        # were published as written.
        ("The client said [insert quote from the CFO] and left.", "[insert quote from the CFO]"),
        ("[Add a chart of the queue]", "[Add a chart of the queue]"),
        ("Savings were [TBC] in the first year.", "[TBC]"),
        ("TBC\n", "TBC"),
        ("XXX.\n", "XXX."),
        ("To follow\n", "To follow"),
        ("**TBC**\n", "TBC"),
        # Where a client is named, a note in angle brackets, a template's field, an ellipsis
        # alone (a review of the authors' path found each published as written).
        ("At [client name] the prompts live in private notes.", "[client name]"),
        ("At [Company X] the prompts live in private notes.", "[Company X]"),
        ("At [client’s name] the prompts live in private notes.", "[client’s name]"),
        ("At [name of the bank] the prompts live in private notes.", "[name of the bank]"),
        ("At <client name> the prompts live in private notes.", "<client name>"),
        ("At {{client}} the prompts live in private notes.", "{{client}}"),
        ("The PLACEHOLDER stays in the text.", "PLACEHOLDER"),
        ("INSERT EXAMPLE HERE\n", "INSERT EXAMPLE HERE"),
        ("...\n", "..."),
        ("\u2026\n", "\u2026"),
        # A figure still to be found, written as X's: published as '£XXX' and 'XX%'.
        ("The pilot cost £XXX a month.", "£XXX"),
        ("It cost $XX,XXX a year.", "$XX,XXX"),
        ("Use fell by XX% in a quarter.", "XX%"),
        ("The XXX team owns the prompts.", "XXX"),
        # A template's fields a consultant leaves, and one word in angle brackets: published
        # as written, or told as HTML, whose backticks then published '<TBC>' in a code box.
        ("At [Sector] firms the prompts live in private notes.", "[Sector]"),
        ("The [Vendor] roadmap set every date; [Supplier] approved it.", "[Vendor]"),
        ("The [Job Title] keeps the prompts in private notes.", "[Job Title]"),
        ("It cost [£X] in the first year.", "[£X]"),
        ("It cost [$Xm] in the first year.", "[$Xm]"),
        ("In [year] the prompts lived in private notes.", "[year]"),
        ("The [amount] was spent on private notes.", "[amount]"),
        ("We asked [n] people about private notes.", "[n]"),
        ("At <client> the prompts live in private notes.", "<client>"),
        ("Savings were <TBC> in the first year.", "<TBC>"),
        # Attack round of the forty-fifth session: each was published. A template's field in
        # capitals, with spaces, in brackets of another width or script, or as a mail merge
        # writes it; the filler with two spaces or over two lines; a journalist's 'TKTK'.
        ("At [CLIENT] the prompts live in private notes.", "[CLIENT]"),
        ("Ask [YOUR ORGANISATION] about private notes.", "[YOUR ORGANISATION]"),
        ("At [ client ] the prompts live in private notes.", "[ client ]"),
        ("At \uff3bClient\uff3d the prompts live in private notes.", "\uff3bClient\uff3d"),
        ("At \u3010Client\u3011 the prompts live in private notes.", "\u3010Client\u3011"),
        ("Dear %CLIENT%, the prompts live in private notes.", "%CLIENT%"),
        ("Lorem  ipsum dolor sit amet.", "Lorem  ipsum"),
        ("TKTK add the survey figure.", "TKTK"),
        # More of the same (the review of the forty-fifth session's change: each passed).
        ("At [CLIENT_NAME] the prompts live in private notes.", "[CLIENT_NAME]"),
        ("At [client_name] the prompts live in private notes.", "[client_name]"),
        ("Dear %client%, the prompts live in private notes.", "%client%"),
        ("Ask [Your organisation] about private notes.", "[Your organisation]"),
        ("At \u300cClient\u300d the prompts live in private notes.", "\u300cClient\u300d"),
        ("At \u27e8Client\u27e9 the prompts live in private notes.", "\u27e8Client\u27e9"),
        ("The survey figure is [TK] for now.", "[TK]"),
        ("tktk add the survey figure.", "tktk"),
        ("Lorem-ipsum dolor sit amet.", "Lorem-ipsum"),
        # Other templates' and mail merges' marks, words that ask for words, and the filler by
        # its other words (the smuggling round of the forty-sixth session: each published).
        ("The team at «CLIENT» ran it.", "«CLIENT»"),
        ("The team at ##CLIENT## ran it.", "##CLIENT##"),
        ("The team at $CLIENT ran it.", "$CLIENT"),
        ("The team at CLIENT_NAME ran it.", "CLIENT_NAME"),
        ("The team at @@CLIENT@@ ran it.", "@@CLIENT@@"),
        ("Hello {first name}, welcome.", "{first name}"),
        ("Hello %FNAME, welcome.", "%FNAME"),
        ("Hello @@name@@, welcome.", "@@name@@"),
        ("It saved (insert figure) hours.", "(insert figure)"),
        ("Insert figure here.", "Insert figure here"),
        ("Your text here.", "Your text here"),
        ("Placeholder text.", "Placeholder text"),
        ("Dolor sit amet, consectetur adipiscing elit.", "Dolor sit amet"),
        ("L0rem ipsum dolor.", "L0rem ipsum"),
        ("Loremipsum dolor.", "Loremipsum"),
        ("Bacon ipsum dolor amet.", "Bacon ipsum dolor"),
        ("Dear {last name}, welcome.", "{last name}"),
        ("It saved ( insert figure ) hours.", "( insert figure )"),
        ("The «CLIENT NAME» team met.", "«CLIENT NAME»"),
        # Any field of a mail merge in guillemets, and a template's variable in any case (the
        # differential run of the forty-sixth session: each published).
        ("Dear «NOM», the prompts live in private notes.", "«NOM»"),
        ("Dear «First_Name», the prompts live in private notes.", "«First_Name»"),
        ("Dear $Client, the prompts live in private notes.", "$Client"),
        ("Dear {$client}, the prompts live in private notes.", "$client"),
        # The filler's name alone is the filler, in small letters too (published until the forty-seventh session).
        ("lorem ipsum.", "lorem ipsum"),
        # The attack round of the forty-seventh session: each published.
        ("Dear ${CLIENT_ORG}, the prompts live in private notes.", "${CLIENT_ORG}"),
        ("Dear %(client)s, the prompts live in private notes.", "%(client)s"),
        ("The team at \u2039CLIENT\u203a ran it.", "\u2039CLIENT\u203a"),
        ("The team at \u27eaCLIENT\u27eb ran it.", "\u27eaCLIENT\u27eb"),
        ("The team at »CLIENT« ran it.", "»CLIENT«"),
        ("todo: add an example here.", "todo:"),
        ("TO-DO: add an example.", "TO-DO"),
        ("The pilot cost £xxx.", "£xxx"),
        ("The figure [needs a source] came from the vendor.", "[needs a source]"),
        ("Draft v0.3 — do not publish.", "Draft v0.3"),  # (and 'do not publish', named with it: a draft's number is read first since the forty-eighth session)
        ("A figure — do not publish.", "do not publish"),
        ("Not for publication.", "Not for publication"),
        ("Section under construction.", "Section under construction"),
        ("Duis aute irure dolor in reprehenderit in voluptate.", "irure dolor"),
        ("Qui officia deserunt mollit anim.", "Qui officia deserunt"),
        ("Lorem_ipsum.", "Lorem_ipsum"),
        ("Example goes here.", "Example goes here"),
        ("Insert anecdote.", "Insert anecdote"),
        ("Dear [Sponsor], the prompts live in private notes.", "[Sponsor]"),
        ("Dear {sponsor}, the prompts live in private notes.", "{sponsor}"),
        # The attack round of the forty-eighth session: each was published.
        ("Dear {FirstName}, if your pilot looks like this, read on.", "{FirstName}"),
        ("Hi %FIRSTNAME%, if your pilot looks like this, read on.", "%FIRSTNAME%"),
        ("The pilot at *|CLIENT|* stalled after the second steering group.", "*|CLIENT|*"),
        ("The pilot at __CLIENT__ stalled after the second steering group.", "__CLIENT__"),
        ("The pilot at [ORG] stalled. The group met every [frequency].", "[ORG]"),
        ("It reduced handling time by NN%.", "NN%"),
        # What a tool leaves where a value was to come (the attack round of the fifty-second session, helper-240: each published).
        ("Dear <%= client %>, if your pilot looks like this, read on.", "<%= client %>"),
        ("Dear {% client %}, if your pilot looks like this, read on.", "{% client %}"),
        ("Dear #CLIENT#, if your pilot looks like this, read on.", "#CLIENT#"),
        ("The dashboard's header read [object Object] for a month.", "[object Object]"),
        ("The pilot saved XX hours a week.", "XX hours"),
        ("It saved ??? hours.", "???"),
        ("The total saving was #REF! in the first year.", "#REF!"),
        ("Hours saved: #DIV/0!", "#DIV/0!"),
        # The review of the session's change: each still published.
        ("We saved #REF! hours a week.", "#REF!"),
        ("The total was #ERROR! in the sheet.", "#ERROR!"),
        ("The pilot saved xx hours.", "xx hours"),
        ("The saving was ???.", "???"),
        ("Dear #Client#, if your pilot looks like this, read on.", "#Client#"),
        ("Dear <%= clientName %>, if your pilot looks like this, read on.", "<%= clientName %>"),
        ("It reduced handling time by 40% (figure to be confirmed).", "(figure to be confirmed)"),
        ("It reduced handling time by 40% — Priya to confirm.", "Priya to confirm"),
        ("The sponsor (NAME TBC) signed the business case in March.", "(NAME TBC)"),
        ("Comment [SJ1]: Is this example too close to the real client?", "Comment [SJ1]:"),
        ("Reviewer’s note: this paragraph repeats the one above.", "Reviewer’s note:"),
        ("Action: Sam to add sources before this goes live.", "Action: Sam to add"),
        ("(Sam, can you check this?)", "(Sam, can you check this?)"),
        ("Draft 3 — not for circulation.", "Draft 3"),
        ("Far far away, behind the word mountains, far from the countries Vokalia and Consonantia.", "behind the word mountains"),
        # The attack round of the fifty-third session (helper-244): each published.
        ("The pilot ran for ___ months.", "___ months"),
        ("Owner: ______", "______"),
        ("By 20XX the team will have scaled it.", "20XX"),
        ("In 202X the board approved it.", "202X"),
        ("It saved NN hours a week.", "NN hours"),
        ("It saved {% hours %} hours.", "{% hours %}"),
        ("It saved ${hours} hours.", "${hours}"),
        ("To Do: add the figures.", "To Do:"),
        ("(add example here)", "(add example here)"),
        ("EDITOR: cut this paragraph?", "EDITOR: cut"),
        ("The figure was 40% (Sam to confirm).", "(Sam to confirm)"),
        ("Add the final figure here before publishing.", "Add the final figure here before publishing"),
        # A comment's mark glued to the word before it, its comment's line deleted (helper-246).
        ("The team kept no record of the prompts[a]", "[a]"),
        # The attack round of the fifty-fourth session: each published.
        ("The owner is (check this with Priya).", "(check this with Priya)"),
        ("Note to self: add the figures.", "Note to self:"),
        ("DELETE THIS PARAGRAPH BEFORE PUBLISHING.", "DELETE THIS PARAGRAPH BEFORE PUBLISHING"),
    ],
)
def test_a_placeholder_left_in_the_text_is_an_error_where_it_is(check: Check, written: str, word: str):
    found = check(Path("a.md"), in_first_section(written))
    assert [(d.code, d.line, d.column) for d in found if d.is_error] == [("placeholder", 14, written.index(word) + 1)]
    assert f"'{word}'" in found[0].message


def test_a_status_in_brackets_told_of_in_a_sentence_is_told_it_may_be_quoted(check: Check):
    # Told only to do what it asks, an author reporting a plan's status had no way out (helper-246).
    found = [d for d in check(Path("a.md"), in_first_section("The plan listed the go-live as Q3 (TBC) for a whole year.")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("placeholder", 14)]
    assert found[0].hint.endswith("; to tell of a status, write it in words ('to be confirmed') or put it in quotation marks, “(TBC)”")
    assert check(Path("a.md"), in_first_section("The plan listed the go-live as Q3 “(TBC)” for a whole year.")) == []


def test_a_placeholder_written_with_references_is_told_as_the_page_shows_it(check: Check):
    # '&lt;date&gt;' shows as '<date>' (the attack round of the forty-eighth session: published).
    found = [d for d in check(Path("a.md"), in_first_section("The steering group met on &lt;date&gt;.")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("placeholder", 14)]
    assert "'<date>'" in found[0].message


@pytest.mark.parametrize(
    "prose",
    [
        "Staff could enter data here and there.",
        "The text goes here and there in the policy, the team said.",
        "The vendor's «AI assistant» was slow, and the price rose 5%.",
        "It ran as `__main__` in Python, and the pipe |name| stayed in the table.",
        "The mock-up was full of lorem ipsum.",
        # The review of the forty-sixth session's change: each refused by its first reading.
        "The handlers' workaround (enter the reference twice) doubled the handling time.",
        "Half the screens still showed placeholder text. Type your question here, the screen said.",
        "The French deck's slogan was «Your data, your rules».",
        "«Client» is what the French contract called the buyer. (Fill in the form by Friday.) Add your own figures here.",
        "The French team wrote « Client » on the form and «le client» in the margin; the fee was $10 per client.",
        # A template's marks named in prose, as code (the hint of the forty-seventh session says so).
        "The variable `$CLIENT` was empty, the merge field `%FNAME` blank, and `«NOM»` was left in.",
        "Copy the worksheet. Insert your own numbers here. Then compare the two columns.",
        # Named in prose beside the filler's other words, which read the file for it as well
        # (the second reading of the forty-sixth session).
        "The mock-up was full of lorem ipsum, and the consectetur field was empty.",
        # The false-refusal round of the forty-seventh session: each was refused.
        "Lorem ipsum filled half the prototype's screens. The demo still had Lorem Ipsum text in the sidebar.",
        "Users had to press [Enter] twice; the clerk had to click [Confirm]; the form's [Date] field took any text.",
        "A French colleague kept saying « RGPD » in meetings; the regulator, the « CNIL », publishes guidance.",
        "The CLIENT_NAME column held the company, not the person.",
        "The board paper was stamped NOT FOR CIRCULATION, so nobody in operations saw it.",
        "The policy said do not publish model outputs without review. The team kept a todo list.",
        "The board needs a source of truth. The money goes here and there. Insert the card, then wait for the beep.",
        "The sign said 'Site under construction' for a year.",
        "The masked card numbers looked like XXXX XXXX XXXX 1234, and the letters showed XXXX-XXXX-5678.",
        # The review of the session's change: each refused by its first readings.
        "The letter was signed «SNCF» and cited «RGPD». The shell read $HOME and ${HOME}/bin.",
        "1. Insert your smartcard.\n2. Insert the card.\n3. Insert a row.",
        # The false-refusal round of the forty-eighth session: a quotation that starts the
        # sentence, and a period after a table's name, as Excel and Power BI refer to a column.
        '"TODO: name an owner" was still in the plan at the final board. *"FIXME: check with legal"* survived three edits.',
        "The formula pulled from Budget[Q1], and the Power BI table Sales[FY24] held the only figures finance trusted.",
        # Beside the forty-eighth session's readings of notes and merge fields: bold names, a note
        # told of in a sentence, and figures said to be checked.
        "__Client__ and __Vendor__ each thought the other owned the output.",
        "WORK IN PROGRESS was written across the dashboard, and it stayed there. Sample text was used in the demo.",
        "The team had (placeholder data, no real claims) in the demo, and the auditor asked us to check this before go-live.",
        # The review of the session's change (helper-224): each refused by the session's first readings.
        "TK: We paused the rollout in March. Test the tool with real users before it goes live.",
        "Draft 3 of the council's AI policy went to the board in May. Two more (awaiting approval) are queued.",
        "The second phase (dates to be confirmed) will extend it. Clinicians to check the summaries before signing was the rule.",
        "Jane to confirm the figures was the last line of every agenda. Action: Boards to ask for a named owner.",
        "Editor: Sarah Jones (NHS Confederation), 2023.",
        "The legal team's answer to every draft was the same: do not publish.",
        '"Not for publication," the minister said. The page is under construction on the intranet.',
    ],
)
def test_words_near_a_templates_marks_are_prose(check: Check, prose: str):
    assert [d for d in check(Path("a.md"), in_first_section(prose)) if d.code == "placeholder"] == []


def test_a_templates_mark_told_of_in_prose_is_told_to_go_in_backticks(check: Check):
    # The differential run of the forty-sixth session: 'The variable $CLIENT was empty' was
    # refused, as it must be (the page would show the mark as text), with no word of the fix.
    (found,) = [d for d in check(Path("a.md"), in_first_section("The variable $CLIENT was empty.")) if d.is_error]
    assert found.hint == "write the text it stands for, or delete it; to write about the mark itself, put it in backticks, `$CLIENT`, which the page shows as code"


def test_the_filler_over_two_lines_is_a_placeholder_but_its_name_in_prose_is_not(check: Check):
    # 'Lorem' at a line's end and 'ipsum' at the next one's start: the page shows them as one
    # line (attack round of the forty-fifth session: published).
    found = [d for d in check(Path("a.md"), in_first_section("Lorem\nipsum dolor sit amet.")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("placeholder", 14)] and "'Lorem ipsum'" in found[0].message
    assert [d for d in check(Path("a.md"), in_first_section("The mock-up was full of lorem\nipsum.")) if d.is_error] == []


@pytest.mark.parametrize(
    ("written", "word"),
    [
        ("TO&#68;O: the bank's example goes here.", "TODO"),
        ("Lorem &#105;psum dolor sit amet.", "Lorem ipsum"),
        ("&#84;BC\n", "TBC"),
        ("**&#x54;&#x42;&#x43;**\n", "TBC"),
    ],
)
def test_a_placeholder_written_with_character_references_is_an_error(check: Check, written: str, word: str):
    # markdown-it decodes the references, so the page shows the placeholder; the quick look
    # in the file as written never saw it.
    found = check(Path("a.md"), in_first_section(written))
    assert [(d.code, d.line) for d in found if d.is_error] == [("placeholder", 14)]
    assert f"'{word}'" in found[0].message


@pytest.mark.parametrize(
    ("written", "word"),
    [
        ("Do  not publish.", "Do  not publish"),  # (named as written, where it is one text)
        ("Do\u00a0not publish.", "Do\u00a0not publish"),
        ("Do&nbsp;not publish.", "Do\u00a0not publish"),
        ("Do\nnot publish.", "Do not publish"),
        ("Do **not** publish.", "Do not publish"),
        ("Not for *circulation*.", "Not for circulation"),
        ("Q  for Sam: is the 40% right?", "Q  for Sam:"),
        ("Q for *Sam*: is the 40% right?", "Q for Sam:"),
        ("Still  to write: the ending.", "Still  to write:"),
        ("It cut handling time by 40% — Jane  to  confirm.", "Jane  to  confirm"),
        ("TO**DO**: the bank's example.", "TODO"),
        ("Lo*rem* ipsum dolor sit amet.", "Lorem ipsum"),
        ("Example goes\nhere.", "Example goes here"),
        ("[Note to\neditor: check this] The pilot stalled.", "[Note to editor: check this]"),
        ("See [insert\nexample] here.", "[insert example]"),
        # A link's ends inside the phrase, and a file held back until it is live (the attack round
        # of this session, helper-228: each published).
        ("[Do not](https://example.com/a) publish.", "Do not publish"),
        ("[TO](https://example.com/a)DO: add the example.", "TODO"),
        ("Do not share until this page is live.", "until this page is live"),
        ("Do not share until this page is published, please.", "until this page is published"),
    ],
)
def test_a_placeholder_is_read_as_the_page_shows_it_across_spaces_line_ends_and_emphasis(check: Check, written: str, word: str):
    # The page shows a run of spaces or a line's end as one space, and emphasis as the words
    # it marks: the quick looks read each phrase's words with one space between, and never saw
    # these (the attack round of the forty-eighth session, helper-224: published).
    found = [d for d in check(Path("a.md"), in_first_section(written)) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("placeholder", 14)]
    assert f"'{word}'" in found[0].message


@pytest.mark.parametrize(
    ("written", "line", "column"),
    [("Intro line here.\nMore text here.\nDo\nnot publish.", 16, 1), ("Intro line here.\nMore text here.\nThen TO*DO* fix.", 16, 6)],
)
def test_a_placeholder_read_as_the_page_shows_it_is_told_where_it_starts(check: Check, written: str, line: int, column: int):
    # Told at the paragraph's first line, column 1, where its words are not written as the page
    # shows them (helper-227).
    found = [d for d in check(Path("a.md"), in_first_section(written + "\n")) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("placeholder", line, column)]


@pytest.mark.parametrize(
    ("row", "columns"),
    [
        ("| Go live | TBC | TBC |", [13, 19]),
        ("| TODO | TODO later |", [3, 10]),
        ("| Go live | Sam | TBC |", [19]),
        # Within its own cell, whatever the cells before hold (helper-236).
        ("| TODO \\| x | TODO |", [3, 15]),
        ("| a \\| TBC | TBC | TBC |", [14, 20]),
        ("| TO**DO** | TODO |", [3, 14]),
        ("| ![TO**DO**](/assets/c.png) | TODO |", [5, 32]),
        ("> | Go live | TODO later | TBC |", [15, 28]),
    ],
)
def test_each_cell_of_a_table_row_left_to_fill_in_is_told_at_its_own_column(check: Check, row: str, columns: list[int]):
    # Two cells of one row that held the same placeholder were told twice at the first one's
    # column (helper-235): the second error said nothing the first did not.
    quoted = "> " if row.startswith(">") else ""  # a table in a quotation: its marks are no cell (helper-239)
    table = f"{quoted}| Decision | Owner | Date |\n{quoted}| --- | --- | --- |\n{row}\n"
    found = [d for d in check(Path("a.md"), in_first_section(table)) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("placeholder", 16, column) for column in columns]


@pytest.mark.parametrize(
    "prose",
    [
        'We said "Do **not** publish" in the e-mail to the vendor.',
        "The plan said *do not publish until legal sign off*, and we waited.",
        "Do `not` publish is what the command's flag did.",
        "The **draft** policy said the tool was *not for* everyone.",
    ],
)
def test_a_phrase_read_across_emphasis_is_still_prose_where_it_is_quoted_or_told_of(check: Check, prose: str):
    assert [d for d in check(Path("a.md"), in_first_section(prose)) if d.code == "placeholder"] == []


def test_a_placeholder_written_with_yaml_escapes_is_an_error_at_its_key(check: Check):
    escaped = 'title: "The pilot that is judged on its TO\\x44O"'
    found = check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": escaped}))
    assert [(d.code, d.line) for d in found if d.is_error] == [("placeholder", 2)]


def test_placeholder_words_in_code_comments_addresses_or_lower_case_prose_are_text(check: Check):
    text = (
        "Keep a todo list. The memo said \"launch date TBD\". Code shows `TODO`, and `grep\nTODO` over two lines,"
        " and https://example.org/TODO is an address.\n\n```\n# TODO: parse\n```\n\n<!-- TODO: a note to myself -->"
        "\n\nSee [an example](https://example.org/) and [example][1], one of [1] and [2] to come.\n\n[1]: https://example.org/a"
    )
    assert [d.code for d in check(Path("a.md"), in_first_section(text)) if d.is_error] == []
    # An editor's words in a quotation, an ellipsis within a sentence, 'here' in prose.
    text = "\u201cThey [the client] wanted it by March,\u201d she said [sic]. Costs rose... then fell; we add value here."
    assert [d.code for d in check(Path("a.md"), in_first_section(text)) if d.is_error] == []
    # What a quotation leaves out, marked as editors mark it; a name anonymised as a letter.
    text = "> The first thing we did was stop.\n>\n> [\u2026]\n>\n> ...\n>\n> Then we started again.\n\nA supplier said \"[vendor A] never replied\"."
    assert [d.code for d in check(Path("a.md"), in_first_section(text)) if d.is_error] == []
    # A name left out of a quotation set off as one, and words that name a column or a tier
    # (the review of the forty-fourth session's change: refused as names left to fill in).
    # A Windows name for a file, and a shop's name (the review of the forty-fifth session's change).
    text = "The export named every file %DATE%.csv, and the team met at the TK Maxx store."
    assert [d.code for d in check(Path("a.md"), in_first_section(text)) if d.is_error] == []
    text = "> We asked [Vendor] for the roadmap three times; [Client] never replied.\n\nThe RAID log's [Owner] column was blank, and the [Partner] tier gets early access."
    assert [d.code for d in check(Path("a.md"), in_first_section(text)) if d.is_error] == []
    # X's that are no figure left to find: a Roman twenty, a sum left general, a size, a model.
    text = "In the XX century. If it costs £X, say so. The XXL size. Model X-XX-1 and `XXX` in code."
    assert [d.code for d in check(Path("a.md"), in_first_section(text)) if d.is_error] == []
    # A Roman thirty after a name: refused as a figure left to find, with no way to write it.
    text = "The launch felt like Super Bowl XXX. It is in Chapter XXX of the manual."
    assert [d.code for d in check(Path("a.md"), in_first_section(text)) if d.is_error] == []
    assert [d.code for d in check(Path("a.md"), in_first_section("At Super Bowl XXX the XXX team met.\n")) if d.is_error] == ["placeholder"]
    # A YAML comment is not published either.
    commented = minimal(**{"published:": "# TODO: one more sign\npublished:"})
    assert [d.code for d in check(Path("a.md"), commented) if d.is_error] == []


@pytest.mark.parametrize(
    "text",
    [
        # Quoted as what went wrong, in an article about unchecked output (the false-refusal
        # sweep of the forty-fourth session): told of, not left.
        'The project plan had a line, "TODO: decide who owns the output", which survived three versions.',
        'One letter opened "Dear [Customer]," and closed "Kind regards, [Your Name]", and it was sent.',
        'The model returned \u201c[citation needed]\u201d in its drafts, and "Error! Reference source not found." on page 12.',
        "The business case said savings of '[X]%' in one place, and the team's draft said \u2018(TBC) subject to legal review\u2019.",
        # The filler named, in small letters: not its words.
        "The mock-up was full of lorem ipsum, and the board approved it as a design.",
        # A spreadsheet's error told of, not given as a figure; hashtags, C#, a first place (the review of helper-240's round).
        "The spreadsheet's total row said #REF! in every column, and cells showing #N/A were read as zero.",
        "The #AI channel, C# code and the #1 spot on the list. Who owns it??? Nobody.",
        "The error was #N/A because the lookup table had moved. Cells were set to #N/A by the macro. What now?? Nobody knew.",
        # Blanks, years, boxes and tags told of, or in another's name (the fifty-third session's).
        "The form had a line, ______, for the owner's name, and nobody signed it. The file was report___final.docx by then.",
        "The 20XX series of chips was cheap, and in the 1990s the team used punch cards.",
        "In Python, a list is [] and a dict is {}; the checkbox was [ ] until the owner signed.",
        "Liquid's {% if %} tag was in the code, the $HOME variable was unset and the NN model took 40 hours to train.",
        "Add a review step here. Most teams skip it. What to do: name an owner. Editor: Sarah Jones (NHS Confederation), 2023.",
        "Sam to confirm was the last line of every agenda; the editor (Sam, from finance) checked it.",
        "Set arr[i] = 0 in the loop, and the value of x[i] changed.",
        # A list of things to do, or a coder's comments, named (the authors' round of the fifty-third session).
        "The programme manager kept a TODO list on a whiteboard by her desk; the codebase had 400 TODO comments.",
        # The review of the session's change: each refused.
        "Novo Nordisk's NN staff were trained first. The API returned the owners field as: [ ]",
        "The script could not read: ${HOME}. The tracker page was [[Risk register]] in the wiki.",
        "- To do: 41 cards\n- Done: 12 cards",
        "To do: nothing was the sponsor's default answer. The bid passes three gates (Finance to confirm the budget).",
        "Add a review step here before publishing anything the model drafted. Put a human check here before publication.",
        "The codebase had 300 TODO markers and a TODO count of 12.",
        # The second review of the session's change: each refused.
        "The plan read (Legal to check) beside every clause, and (Owner to confirm) beside the dates.",
        "- Sponsor named: [ ]\n- Budget agreed: [ ]",
        "The loop read one past the end of items[n]",
        "To do: write it down. The sponsor's only instruction was that.",
        "The team linked every meeting note to the hub page: [[roadmap]].",
        # Beside the fifty-fourth session's new readings (its authors' round: '(dummy data)' was refused).
        "The pilot ran on synthetic records (dummy data) for three months. Ask for the figures (check with your finance team).",
        "We had to delete this section before publishing the report to the board. A note to self: never again.",
        "Chapter X covers Generation X and X-rays. Windows X was late. Team X met. The rate was 0.X% lower. If it saves X%, say so.",
        "Draft 3 (the one the board saw) cut the budget in half.",
        # The review of the change: a team's check, a comment reported, a phrase named, a footnote's dagger.
        "Every risk carried the same bracket (check with Legal), and nobody did.",
        "Remove this section before publication, the comms team wrote beside the risks.",
        "Note to self \u2013 the phrase every programme manager writes and nobody reads.",
        "As one chief digital officer[2\u2020] put it, the pilots moved faster.",
    ],
)
def test_a_placeholder_quoted_or_named_in_prose_is_text(check: Check, text: str):
    assert [d.code for d in check(Path("a.md"), in_first_section(text + "\n")) if d.is_error] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Left in the text beside a quotation, or outside one with the same words quoted.
        ('Savings of [X]% are "likely".', "[X]"),
        ('"Ask TODO" he said. TODO finish this.', "TODO"),
        # (A 'TODO list' is prose, named: the apostrophes here are what is tested.)
        ("The team's TODO was left in, and the teams' plan stalled.", "TODO"),
        ("The page said lorem ipsum dolor sit amet and nobody noticed.", "lorem ipsum"),
        ("Lorem ipsum.", "Lorem ipsum"),
        # A quotation and nothing more; an elision and a plural's possessive, which open and
        # close no quotation; the filler's words after its name (the review of the forty-
        # fourth session's change: each passed with it).
        ("\u201c[Insert quote from the sponsor here]\u201d", "[Insert quote from the sponsor here]"),
        ("> \u201c[Client] cut review time by [X]%.\u201d", "[X]"),
        ("In the '90s, [Client] bought the vendors' tools.", "[Client]"),
        ("lorem ipsum sit amet, consectetur adipiscing elit.", "lorem ipsum"),
    ],
)
def test_a_placeholder_outside_a_quotation_is_still_an_error(check: Check, text: str, word: str):
    found = [d for d in check(Path("a.md"), in_first_section(text + "\n")) if d.is_error]
    assert [d.code for d in found] == ["placeholder"] and f"'{word}'" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        # A stage's or a status's name as an item of a list of others (the authors' round of the
        # fifty-fourth session: each refused as a note that the text is unfinished).
        "The lifecycle was:\n\n- Plan\n- Build\n- Test\n- Run",
        "1. Design\n2. Testing\n3. Go-live",
        "- Done: 4\n- WIP\n- Pending approval\n- Work in progress",
        "- Plan\n  - Build\n  - Test",
    ],
)
def test_a_status_word_as_an_item_of_a_list_is_text(check: Check, text: str):
    assert [d.code for d in check(Path("a.md"), in_first_section(text + "\n")) if d.is_error] == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # Alone: the only item, a paragraph of its own, a later paragraph of an item, or a filler's
        # words among others.
        ("- Test", 1),
        ("WIP", 1),
        ("- Plan\n\n  Test\n- Run", 3),
        ("- Plan\n- Blah blah", 2),
    ],
)
def test_a_note_alone_in_a_list_is_still_a_placeholder(check: Check, text: str, line: int):
    found = [d for d in check(Path("a.md"), in_first_section(text + "\n")) if d.is_error]
    first = in_first_section(text + "\n").split(text)[0].count("\n") + 1
    assert [(d.code, d.line) for d in found] == [("placeholder", first + line - 1)]


@pytest.mark.parametrize("text", ["The rollout is smaller and safer.\\", "- The pilot stalled\\\n- Nobody owned it", "> The sponsor left.\\"])
def test_a_backslash_ending_a_block_is_a_warning_that_it_shows(check: Check, text: str):
    # A line break asked for where the block ends: GitHub and the site both show the backslash,
    # and nothing said so (the authors' round of the fifty-fourth session).
    found = check(Path("a.md"), in_first_section(text + "\n"))
    assert [(d.code, d.is_error) for d in found] == [("backslash-shown", False)]


@pytest.mark.parametrize("text", ["The path is C:\\\\", "The path is `C:\\`", "A break\\\nin a paragraph.", "| a | b\\ |\n|---|---|\n| 1 | 2 |"])
def test_a_backslash_escaped_in_code_or_breaking_a_line_is_as_meant(check: Check, text: str):
    assert [d for d in check(Path("a.md"), in_first_section(text + "\n")) if d.code == "backslash-shown"] == []


def test_payment_details_in_two_cells_of_a_row_are_one_error_on_its_line(check: Check):
    # Each cell, read as the page shows it, was told apart: two errors on one line (the review of
    # the fifty-fourth session's change).
    row = "| GB82 **WEST** 1234 5698 7654 32 | GB82 **WEST** 1234 5698 7654 32 |"
    found = [d for d in check(Path("a.md"), in_first_section(f"| a | b |\n|---|---|\n{row}\n")) if d.is_error]
    assert [d.code for d in found] == ["payment-details"]


def test_a_placeholder_in_the_front_matter_is_an_error_at_its_key(check: Check):
    found = check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": "title: The pilot that is judged on its TODO"}))
    assert [(d.code, d.line) for d in found if d.is_error] == [("placeholder", 2)]


def test_a_sign_that_is_only_tbc_is_a_placeholder_at_its_own_line(check: Check):
    text = minimal()
    first_sign = text.split("signs:\n", 1)[1].split("\n", 1)[0]
    found = check(Path("a.md"), text.replace(first_sign, "  - TBC"))
    assert [(d.code, d.line) for d in found if d.is_error] == [("placeholder", 6)]
    assert "'TBC'" in found[0].message


def test_front_matter_pasted_twice_is_named_at_the_copy(check: Check):
    text = minimal()
    head = text[: text.index("\n---\n", 4) + 5]
    found = check(Path("a.md"), head + "\n" + head + text[len(head) :])
    assert [(d.code, d.line) for d in found if d.is_error] == [("front-matter-twice", 12)]


def test_a_link_to_a_file_on_a_computer_says_readers_cannot_open_it():
    from stallpatterns import body

    [problem] = list(slips.problems(body.parse("See [the plan](C:\\reports\\plan.docx).")))
    assert problem.code == "unsafe-link" and "a file on a computer" in problem.message


@pytest.mark.parametrize(
    "address",
    ["file:///C:/Users/jo/plan.docx", "\\\\fileserver\\share\\plan.docx", "\\\\\\\\fileserver\\\\share\\\\plan.docx", "/Users/jo/plan.docx"],
)
def test_a_link_to_a_file_on_a_computer_or_network_drive_is_one_error_saying_so(check: Check, address: str):
    # A network drive's '\\server\share' was published as a link to the web host 'server',
    # and '/Users/…' was 'nothing is published at', with a hint about linking to patterns.
    found = check(Path("a.md"), in_first_section(f"See [the plan]({address})."))
    assert [(d.code, d.line) for d in found if d.is_error] in ([("unsafe-link", 14)], [("link-address", 14)])
    assert "a file on a computer" in found[0].message and "https://" in (found[0].hint or "")


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("![The queue](C:\\Users\\jo\\Desktop\\queue.png)", "![The queue](/assets/queue.png)"),
        ("![The queue](file:///C:/Users/jo/queue.png)", "![The queue](/assets/queue.png)"),
        ("![](\\\\fileserver\\share\\queue.png)", "![what it shows](/assets/queue.png)"),
        ("![The queue](/Users/jo/Pictures/queue.png)", "![The queue](/assets/queue.png)"),
    ],
)
def test_a_picture_from_the_authors_computer_is_told_where_to_put_it(check: Check, written: str, hint: str):
    # It was told an image 'from another address would make readers' browsers contact it',
    # with a hint to link to it: no help for a picture on one's own disk.
    found = check(Path("a.md"), in_first_section(written))
    assert [(d.code, d.line) for d in found if d.is_error] == [("external-image", 14)]
    assert "a picture on a computer" in found[0].message and (found[0].hint or "").endswith(hint)


@pytest.mark.parametrize(
    "written",
    [
        "![](/assets/queue.png)",
        "![ ](/assets/queue.png)",
        "![queue.png](/assets/queue.png)",
        "![IMG_2034.png](/assets/queue.png)",
        "![image](/assets/queue.png)",  # what GitHub writes for a pasted picture
        "![Screenshot 2024-03-01 at 10.15.32](/assets/queue.png)",
        "![the figure](/assets/queue.png)",
        # Marks alone, or the words a hint or template gives: passed in silence.
        "![-](/assets/queue.png)",
        "![.](/assets/queue.png)",
        "![what the picture shows](/assets/queue.png)",
        "![what it shows](/assets/queue.png)",
        "![insert description](/assets/queue.png)",
        "![What the chart shows](/assets/queue.png)",
        "![Describe the picture](/assets/queue.png)",
        "![Insert alt text here](/assets/queue.png)",
        "![Alt text goes here](/assets/queue.png)",
        "![Description:](/assets/queue.png)",
    ],
)
def test_a_picture_whose_description_says_nothing_of_it_is_a_warning_at_its_line(check: Check, written: str):
    # It passed in silence: a screen reader read out nothing, or a file's name, in the
    # picture's place (WCAG 1.1.1). A warning: the page is right for everyone who sees it.
    found = check(Path("a.md"), in_first_section(f"The queue grew.\n\n{written}"))
    assert [(d.code, d.line, d.column, d.is_error) for d in found] == [("image-description", 16, 1, False)]
    assert "told nothing of what it shows" in found[0].message
    address = written.partition("](")[2].rstrip(")")
    # Its example is marked as one: the words 'what the picture shows', followed literally, were published.
    assert found[0].hint == f"say in a few words what the picture shows, between the square brackets (say, 'claims waiting each month, 2024 to 2026'): ![…]({address})"


@pytest.mark.parametrize(
    "written",
    [
        "![The queue](/assets/queue.png)",
        "![Figure 2: claims waiting, by month](/assets/queue.png)",
        "![Picture of the queue at noon](/assets/queue.png)",
        "![chart](/assets/chart.png)",  # little, but its own: a file named for what it shows is described by its name
        "![claims waiting by month](/assets/claims-waiting-by-month.png)",
    ],
)
def test_a_picture_described_in_words_of_its_own_passes(check: Check, written: str):
    assert check(Path("a.md"), in_first_section(f"The queue grew.\n\n{written}")) == []


def test_a_file_named_md_twice_is_told_its_own_name(check: Check):
    found = check(Path("the-pilot.md.md"), minimal())
    assert [(d.code, d.hint) for d in found if d.code == "bad-slug"] == [("bad-slug", "rename it to 'the-pilot.md'")]


@pytest.mark.parametrize(
    "text",
    ["- guide: the person who shows the team the tool", "Read the new style\nguide: it covers tone.", "```\nguide: Write on\n```"],
)
def test_the_word_guide_in_an_authors_own_text_is_no_left_guidance(check: Check, text: str):
    assert [d.code for d in check(Path("a.md"), in_first_section(text)) if d.code == "scaffold-guidance"] == []


def test_a_hint_to_quote_keeps_quote_marks_that_are_the_authors_own(check: Check):
    found = check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": "title: 'Good enough' beats 'perfect'"}))
    assert found[0].hint.endswith("title: \"'Good enough' beats 'perfect'\"")


@pytest.mark.parametrize("word", ["category", "Summary", "published"])
def test_a_wrapped_value_whose_next_line_starts_with_a_key_written_elsewhere_is_a_wrapped_value(check: Check, word: str):
    # 'summary: … leaving the' / 'category managers with…': an editor wrapped the summary
    # before a word that is also a key. The key is written, with its colon, on its own line;
    # 'write it as: category: managers…' would have made the file worse.
    found = check(Path("a.md"), minimal(**{"impressed, so nobody": f"impressed, so\n{word} nobody"}))
    assert [(d.code, d.line, d.column) for d in found] == [("yaml-syntax", 4, 1)]
    assert found[0].message == "this line is not 'key: value': it reads as the rest of the value of 'summary' on the line above"


def test_a_key_without_its_colon_is_not_taken_for_a_wrapped_value(check: Check):
    found = check(Path("a.md"), minimal(**{"summary: ": "summary The pilot "}))
    assert [(d.code, d.line) for d in found] == [("yaml-syntax", 3)] and found[0].message.startswith("'summary' has no ':' after it")


def test_a_line_starting_like_a_key_above_the_sections_is_text_not_front_matter_again(check: Check):
    found = check(Path("a.md"), minimal(**{"## What it looks like": "category: the pilot's own words\n\n## What it looks like"}))
    assert [d.code for d in found if d.is_error] == ["content-before-section"]


@pytest.mark.parametrize(
    ("markdown", "shown"),
    [
        ("Launch day :rocket: went well.", "the emoji 🚀"),
        ("Usage fell :chart_with_downwards_trend: by March.", "the emoji 📉"),
        ("Scored :100: on the audit.", "the emoji 💯"),
        ("Sent by :e-mail: to the board.", "the emoji 📧"),
        ("Warned them :warning: twice.", "the emoji ⚠️"),  # as GitHub draws it: the picture, not the sign
        ("The team's mascot :octocat: again.", "a picture of its own"),
    ],
)
def test_an_emoji_name_github_knows_is_told_with_the_emoji_it_draws(markdown: str, shown: str):
    # Every name between colons was told "as an emoji, if it knows the name", with no emoji
    # to type; names with figures or a hyphen (':100:', ':e-mail:') were not told at all.
    from stallpatterns import body

    found = [p for p in slips.problems(body.parse(markdown)) if p.code == "emoji-shortcode"]
    assert len(found) == 1 and found[0].warning, found
    assert f"shows '{found[0].needle}' as {shown};" in found[0].message
    assert found[0].needle in markdown and (shown.removeprefix("the emoji ") in found[0].hint or "picture" in shown)


@pytest.mark.parametrize(
    "markdown",
    [
        "The field :claims_owner: is filled in by hand.",  # no emoji's name: GitHub shows it as typed too
        "See https://example.org/notes/:rocket:/2024 for the notes.",  # an address: GitHub draws nothing in it
        "Ratios of 3:100:1 and times of 10:30:00.",
    ],
)
def test_what_github_draws_no_emoji_in_is_not_told_as_one(markdown: str):
    from stallpatterns import body

    assert [p for p in slips.problems(body.parse(markdown)) if p.code == "emoji-shortcode"] == []


def test_an_emoji_name_is_reported_where_it_is_written_not_where_code_shows_it(check: Check):
    text = "Write `:tada:` in code, and a bare :tada: here."
    found = [d for d in check(Path("a.md"), in_first_section(text)) if d.code == "emoji-shortcode"]
    assert [(d.line, d.column) for d in found] == [(14, text.rindex(":tada:") + 1)]


# --- an author's third review: what a hurried writer publishes by mistake --------------------


@pytest.mark.parametrize("filler", ["---", "***", "-", ".", "&nbsp;", "> "])
def test_a_section_holding_only_a_rule_a_bullet_or_a_mark_is_empty(check: Check, filler: str):
    text = minimal()
    start = text.index("The pilot was approved")
    text = text[:start] + filler + "\n" + text[text.index("\n\n## The intervention shape"):]
    found = [(d.code, d.line) for d in check(Path("a.md"), text) if d.is_error]
    assert found == [("section-empty", 16)]


@pytest.mark.parametrize("section", ["| Stage | Cost |\n| --- | --- |\n| Pilot | 5 |", "```\n$ export --since 2024\n```", "42"])
def test_a_section_of_a_table_code_or_a_number_is_not_empty(check: Check, section: str):
    text = minimal()
    start = text.index("The pilot was approved")
    text = text[:start] + section + "\n" + text[text.index("\n\n## The intervention shape"):]
    assert not [d for d in check(Path("a.md"), text) if d.code == "section-empty"]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("See [the sponsor] (the-sponsor-who-moved-on.md) for the related case.", "link-spaced"),
        ("See [the report] (www.example.org/report) for the figures.", "link-spaced"),
        ("See [The sponsor who moved on](The sponsor who moved on) for the related case.", "link-space-in-address"),
        ("See [the sponsor](the sponsor who moved on.md) for the related case.", "link-space-in-address"),
        ("Steps:\n\n    1. Ask for two decisions at the meeting\n    2. Rebuild the pack", "indented-text"),
        # Other marks a word processor or a chat pastes, indented into a code box (a review of the
        # authors' path in the forty-fifth session: no word at all).
        ("Steps:\n\n    \u25cf Ask for two decisions at the meeting\n    \u25cf Rebuild the pack", "indented-text"),
        ("Steps:\n\n    a) Ask for two decisions at the meeting\n    b) Rebuild the pack", "indented-text"),
        ("Steps:\n\n    \u2713 Ask for two decisions at the meeting\n    \u2713 Rebuild the pack", "indented-text"),
        ("Steps:\na) Ask for two decisions\nb) Rebuild the pack", "pasted-bullets"),
        ("Steps:\ni. Ask for two decisions\nii. Rebuild the pack", "pasted-bullets"),
        ("Steps:\n\u2705 Ask for two decisions\n\u2705 Rebuild the pack", "pasted-bullets"),
        ("Steps:\n\u2192 Ask for two decisions\n\u2192 Rebuild the pack", "pasted-bullets"),
        ("Steps:\n1\ufe0f\u20e3 Ask for two decisions\n2\ufe0f\u20e3 Rebuild the pack", "pasted-bullets"),
        ("Steps:\n-Ask for two decisions\n-Rebuild the pack", "pasted-bullets"),
        ("Steps:\n1.Ask for two decisions\n2.Rebuild the pack", "pasted-bullets"),
        ("The steps that follow are ours\n4. Ask for two decisions\n5. Rebuild the pack", "pasted-bullets"),
    ],
)
def test_what_would_publish_as_text_or_code_instead_of_a_link_or_list_is_named_at_its_line(check: Check, written: str, code: str):
    found = check(Path("a.md"), minimal(**{"A claims team": written + "\n\nA claims team"}))
    assert [d.code for d in found] == [code]
    assert found[0].line == 14 + (code in ("pasted-bullets", "indented-text")) * (1 + (code == "indented-text"))


@pytest.mark.parametrize("mark", ["-", "*", "1."])
def test_list_items_pasted_with_a_no_break_space_after_their_mark_are_named_with_that_fix(check: Check, mark: str):
    # Word and Outlook put a no-break space after a list's mark: the lines showed as one
    # run of text, without a word (a dash glued to its word was warned of).
    written = f"Steps:\n\n{mark}\u00a0Ask for two decisions\n{mark}\u00a0Rebuild the pack"
    found = check(Path("a.md"), minimal(**{"A claims team": written + "\n\nA claims team"}))
    assert [(d.code, d.line, d.is_error) for d in found] == [("pasted-bullets", 16, False)]
    assert "no-break space" in found[0].hint and "ordinary space" in found[0].hint


@pytest.mark.parametrize(
    "written",
    [
        "Config:\n\n    - name: claims\n    - owner: ops",
        "See [the sponsor](the-sponsor-who-moved-on.md \"The sponsor\") and [it](<the-sponsor-who-moved-on.md>).",
        "We met on 3 May.\nThe 2. and 3. items, e.g. this and i.e. that.",
        "Call f(a) [b] (c) and the (z w) aside.",
    ],
)
def test_code_titles_and_ordinary_lines_are_not_taken_for_those_slips(check: Check, written: str):
    assert check(Path("a.md"), minimal(**{"A claims team": written + "\n\nA claims team"})) == []


@pytest.mark.parametrize(("old", "new", "line"), [("summary:", "sumary:", 3), ("title: The pilot", "titel: The pilot", 2), ("published:", "publish:", 9)])
def test_a_misspelt_required_key_is_one_error_at_its_line_not_also_a_missing_key(check: Check, old: str, new: str, line: int):
    assert [(d.code, d.line) for d in check(Path("a.md"), minimal(**{old: new}))] == [("unknown-key", line)]


def test_a_section_heading_without_its_space_is_one_message(check: Check):
    found = check(Path("a.md"), minimal(**{"## What it looks like": "##What it looks like"}))
    assert [(d.code, d.line) for d in found] == [("content-before-section", 12)]


def test_a_heading_without_its_space_is_told_a_level_that_skips_none(check: Check):
    (found,) = check(Path("a.md"), minimal(**{"A claims team": "####Costs\n\nA claims team"}))
    assert found.code == "heading-no-space" and found.hint.startswith("for a heading write '### Costs'")
    assert check(Path("a.md"), minimal(**{"A claims team": "### Costs\n\nA claims team"})) == []


def test_a_hashtag_line_is_not_told_to_become_a_title(check: Check):
    (found,) = check(Path("a.md"), minimal(**{"A claims team": "#AI #Leadership\n\nA claims team"}))
    assert found.code == "heading-no-space" and "'### AI #Leadership'" in found.hint and "'\\#'" in found.hint


@pytest.mark.parametrize(
    ("written", "shown", "named", "fixed"),
    [
        # Pasted from a word processor: the heading's marks, then a space that is none to
        # Markdown. GitHub's preview and the site both showed the marks as text, in silence.
        ("###\u00a0What the board sees", "### What the board sees", "U+00A0 NO-BREAK SPACE", "### What the board sees"),
        # Under a section's '##', the heading to write is a '###': a '####' would skip a level.
        ("####\u202fThe first month", "#### The first month", "U+202F NARROW NO-BREAK SPACE", "### The first month"),
        ("#\u3000The first month", "# The first month", "U+3000 IDEOGRAPHIC SPACE", "### The first month"),
    ],
)
def test_a_heading_whose_marks_a_pasted_space_follows_is_told_the_line_to_write(check: Check, written: str, shown: str, named: str, fixed: str):
    (found,) = check(Path("a.md"), minimal(**{"A claims team": written + "\n\nA claims team"}))
    marks = "#" * (len(written) - len(written.lstrip("#")))
    assert (found.code, found.line, found.is_error) == ("heading-no-space", 14, False)
    assert found.message.startswith(f"'{shown}' is shown as text, not as a heading: the space after the '{marks}' is {named}")
    assert found.hint.startswith(f"write '{fixed}', with an ordinary space")
    # The hint followed literally: a heading, with nothing more to say.
    assert check(Path("a.md"), minimal(**{"A claims team": fixed + "\n\nA claims team"})) == []
    assert "<h" in cmarkgfm.github_flavored_markdown_to_html(fixed) and "<h" not in cmarkgfm.github_flavored_markdown_to_html(written)


@pytest.mark.parametrize(("marker", "named"), [("  \u2022 ", "U+2022 BULLET"), ("  \u2013 ", "U+2013 EN DASH"), ("  -\u00a0", "no-break space")])
def test_signs_written_with_a_word_processors_marks_are_named_with_the_line_to_write(check: Check, marker: str, named: str):
    # Each was "'signs' must be a list", with a hint to start lines with '  - ' the author thought they had.
    found = check(Path("a.md"), minimal().replace("  - ", marker))
    assert [(d.code, d.line) for d in found] == [("wrong-type", 6)]
    assert named in found[0].message
    assert found[0].hint.endswith("  - The pilot's success criteria were written after it started")


def test_a_table_whose_dividing_row_has_too_few_cells_says_so_not_that_it_has_none(check: Check):
    rows = "| Measure | Notes | Owner |\n|---|---|\n| Logins | Daily | Jane |"
    (found,) = check(Path("a.md"), minimal(**{"A claims team": rows + "\n\nA claims team"}))
    assert found.code == "table-without-divider" and "has 2 cells, and the first row 3" in found.message
    assert found.hint.endswith("| --- | --- | --- |")


def test_a_link_definition_straight_after_text_is_named_as_the_slip(check: Check):
    text = "See [the report][r].\n[r]: https://example.org/report\nThe figures follow."
    (found,) = check(Path("a.md"), minimal(**{"A claims team": text + "\n\nA claims team"}))
    assert found.code == "link-undefined" and "'[r]:…'" in found.message and "blank line before" in found.hint


@pytest.mark.parametrize(
    ("markdown", "label", "offset"),
    [
        ("[report]:", "[report]", 0),
        ("[report]:   ", "[report]", 0),
        ("   [Board pack 2]:", "[Board pack 2]", 0),
        ("The figures follow.\n[report]:", "[report]", 1),
    ],
)
def test_a_link_definition_without_its_address_is_a_warning_at_its_line(check: Check, markdown: str, label: str, offset: int):
    # It passed, and the page showed '[report]:' as typed, as GitHub's preview does.
    text = minimal(**{"A claims team": markdown + "\n\nA claims team"})
    (found,) = check(Path("a.md"), text)
    line = text.splitlines().index(markdown.split("\n")[0]) + 1 + offset
    assert (found.code, found.line, found.is_error) == ("link-definition-empty", line, False)
    assert found.column == text.splitlines()[line - 1].index(label) + 1
    assert found.message == f"'{label}:' has no address after it, so it defines no link: GitHub and the site show it as typed"
    assert found.hint == f"to define a link, write its address after the colon ({label}: https://…); to show the words, write them without the brackets"


@pytest.mark.parametrize(
    "markdown",
    ["[report]:\n  https://example.org/report", "[report]: https://example.org/report", "Note [this]: it matters.", "`[report]:`", "```\n[report]:\n```"],
)
def test_a_link_definition_with_its_address_or_brackets_in_text_are_not_warned_of(check: Check, markdown: str):
    assert check(Path("a.md"), minimal(**{"A claims team": markdown + "\n\nA claims team"})) == []


def test_each_section_written_as_a_bold_line_is_named_at_its_own_line(check: Check):
    text = minimal()
    for heading in ("What it looks like", "What is actually happening", "The intervention shape"):
        text = text.replace(f"## {heading}", f"**{heading}**")
    found = check(Path("a.md"), text)
    assert [(d.code, d.line) for d in found] == [("content-before-section", 12), ("section-missing", 16), ("section-missing", 20)]
    assert [d.hint for d in found][1:] == ["write the line as: ## What is actually happening", "write the line as: ## The intervention shape"]


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("- ## What is actually happening", "inside a list item"),
        ("2. ## What is actually happening", "inside a list item"),
        ("- **What is actually happening**", "inside a list item"),
        ("> ## What is actually happening", "inside a quote"),
        ("    ## What is actually happening", "makes it code"),
        ("\t## What is actually happening", "makes it code"),
    ],
)
def test_a_section_heading_in_a_list_a_quote_or_code_is_named_at_its_own_line(check: Check, written: str, why: str):
    # It was reported missing at the next section's heading, with a hint to add the line
    # the author had already written four lines up.
    text = minimal(**{"## What is actually happening": written})
    (found,) = check(Path("a.md"), text)
    assert (found.code, found.line) == ("section-missing", text.splitlines().index(written) + 1)
    assert why in found.message and found.hint == "write the line as: ## What is actually happening"


# Sections whose headings are in a code block closed further down: a '```' pasted with
# the text (a chat assistant's answer, or a stray fence), then another. They were reported
# missing at the end of the file, with a hint to add the headings the author had written;
# done literally, the page published the sections' text as code (authors' probes, round six).
PASTED_IN_CODE = {
    "a stray fence above a section, another below the next": (
        {"## What is actually happening": "```\n## What is actually happening", "or change it.\n": "or change it.\n```\n"},
        '"What is actually happening" and "The intervention shape" are missing: their headings (lines 17 and 21) are inside',
    ),
    "an assistant's answer in a fence, whole": (
        {"## What it looks like\n": "```markdown\n## What it looks like\n", "or change it.\n": "or change it.\n```\n"},
        "are missing: their headings (lines 13, 17 and 21) are inside the code block from the '```markdown' on line 12 to",
    ),
    "a tilde fence opened in a section, closed under the next heading": (
        {"## The intervention shape\n": "~~~text\n## The intervention shape\n~~~\n"},
        "section \"The intervention shape\" is missing: its heading (line 21) is inside the code block from the '~~~text' on line 20",
    ),
}


@pytest.mark.parametrize(("written", "says"), PASTED_IN_CODE.values(), ids=PASTED_IN_CODE)
def test_sections_in_a_code_block_are_told_with_the_lines_that_make_it_and_the_hint_fixes_them(check: Check, written: dict[str, str], says: str):
    text = minimal(**written)
    (found,) = [d for d in check(Path("a.md"), text) if d.is_error]
    lines = text.splitlines(keepends=True)
    opened = next(n for n, line in enumerate(lines, 1) if line.startswith(("```", "~~~")))
    closed = next(n for n, line in enumerate(lines, 1) if n > opened and line.startswith(("```", "~~~")))
    assert (found.code, found.line) == ("section-missing", closed)
    assert says in found.message and f"on line {opened} to the '{lines[closed - 1].strip()}' on line {closed}, and shown as code" in found.message
    assert found.hint is not None and found.hint.startswith(f"delete line {opened} ('{lines[opened - 1].strip()}') and line {closed} (")
    # Both lines deleted, as the hint says first: the pattern is valid.
    assert [d for d in check(Path("a.md"), "".join(lines[: opened - 1] + lines[opened : closed - 1] + lines[closed:])) if d.is_error] == []
    # Or, for code: the line that closes it deleted, and a line ending it above the heading.
    heading = int(found.hint.rpartition(" above line ")[2])
    assert found.hint.endswith(f"if code is meant there, delete line {closed} and end the code with a line '{lines[closed - 1].strip()}' above line {heading}")
    kept = lines[: heading - 1] + [lines[closed - 1]] + lines[heading - 1 : closed - 1] + lines[closed:]
    assert [d for d in check(Path("a.md"), "".join(kept)) if d.is_error and d.code == "section-missing"] == []


# A section put aside in a comment while drafting: GitHub hides it, and the site would too.
# Said where the comment ends, with the lines of its marks (it was "missing", with a hint
# to add the heading the author had written).
COMMENTED_OUT = {
    "the second section": ({"## What is actually happening": "<!--\n## What is actually happening", "\n## The intervention shape": "-->\n\n## The intervention shape"}, 17, 20),
    "the last section": ({"## The intervention shape": "<!--\n## The intervention shape", "or change it.\n": "or change it.\n-->\n"}, 21, 24),
}


@pytest.mark.parametrize(("written", "heading", "closed"), COMMENTED_OUT.values(), ids=COMMENTED_OUT)
def test_a_section_in_a_comment_is_told_with_the_lines_of_its_marks(check: Check, written: dict[str, str], heading: int, closed: int):
    text = minimal(**written)
    (found,) = [d for d in check(Path("a.md"), text) if d.is_error]
    assert (found.code, found.line) == ("section-missing", closed)
    assert f"its heading (line {heading}) is inside the comment from the '<!--' on line {heading - 1} to the '-->' on line {closed}" in found.message
    assert found.hint is not None and found.hint.startswith(f"delete the '<!--' on line {heading - 1} and the '-->' on line {closed}")
    lines = text.splitlines(keepends=True)
    assert [d for d in check(Path("a.md"), "".join(lines[: heading - 2] + lines[heading - 1 : closed - 1] + lines[closed:])) if d.is_error] == []


def test_a_section_written_as_a_bold_line_before_a_code_block_never_closed_is_still_named(check: Check):
    # The section is in no code: only the block was reported, and the label a fix later.
    text = minimal(**{
        "## What is actually happening": "**What is actually happening**",
        "## The intervention shape": "```\nthe code\n\n## The intervention shape",
    })
    found = check(Path("a.md"), text)
    assert [d.code for d in found] == ["section-missing", "fence-unclosed"]
    assert found[0].line == text.splitlines().index("**What is actually happening**") + 1


def test_a_section_name_before_a_code_block_that_holds_its_heading_is_no_heading_meant(check: Check):
    # Its heading is in the code never closed, which is reported: the list item is not it.
    text = minimal(**{
        "## What is actually happening\n": "## What is actually happening\n\n- The intervention shape\n\n```\n",
    })
    assert [d.code for d in check(Path("a.md"), text)] == ["fence-unclosed"]


def test_each_link_address_slip_on_a_line_is_reported_at_its_own_link(check: Check):
    line = "See [a](https://ok.example/x) and [b](www.example.org/r) and [c](hello@example.org) now."
    found = check(Path("a.md"), minimal(**{"A claims team": line + "\n\nA claims team"}))
    assert [(d.code, d.column) for d in found] == [
        ("link-address", line.index("](www") + 1),
        ("link-address", line.index("](hello") + 1),
    ]


@pytest.mark.parametrize(
    "subheading",
    ["What good looks like", "What it looks like now", "What is actually happening here", "What it feels like", "What is not happening",
     "What it looks like"],
)
def test_a_subheading_that_echoes_a_section_inside_the_sections_is_a_subheading(check: Check, subheading: str):
    # '### What good looks like' was read as the section 'What it looks like' at the wrong
    # level: two errors, and a hint that made a real duplicate of the section.
    text = minimal(**{"## The intervention shape\n": f"## The intervention shape\n\n### {subheading}\n\nA plain paragraph under it.\n"})
    assert codes_for(check, text) == []


@pytest.mark.parametrize(
    ("old", "new", "line", "first"),
    [
        ("## What is actually happening", "## What it looks like (continued)\n\nMore of the scene.\n\n## What is actually happening", 16, 12),
        ("## What it looks like", "## What it look like\n\nA first scene.\n\n## What it looks like", 12, 16),
    ],
)
def test_a_heading_near_a_section_the_file_has_is_one_error_not_a_misspelling_and_a_duplicate(
    check: Check, old: str, new: str, line: int, first: int
):
    # 'did you mean "What it looks like"?' made a duplicate of the section above, and the
    # duplicate was a second error on the same line (or on the section's own, further down).
    found = [d for d in check(Path("a.md"), minimal(**{old: new})) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("section-duplicate", line)]
    assert f"(line {first})" in found[0].message and "### " in found[0].hint


@pytest.mark.parametrize("underline", ["---", "==="])
def test_a_sections_only_paragraph_made_a_heading_by_a_line_under_it_is_one_error_not_also_empty(check: Check, underline: str):
    # Meant as a rule across the page, the line made the paragraph a heading: it was also
    # 'section "What it looks like" is empty', at the section's own line.
    text = minimal()
    paragraph = text.split("## What it looks like\n\n", 1)[1].split("\n", 1)[0]
    found = [d for d in check(Path("a.md"), text.replace(paragraph, paragraph + "\n" + underline, 1)) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("section-unknown" if underline == "---" else "h1-in-body", 14)]
    assert len(found[0].message) < 120


def test_a_section_written_as_a_subheading_is_still_named_when_the_section_is_missing(check: Check):
    text = minimal(**{"## What is actually happening": "### What is actually happening"})
    assert codes_for(check, text) == [("heading-level", 16)]


@pytest.mark.parametrize(
    "line",
    [
        "See `export --all` and https://example.com/report\u00a0for the figures.",
        "See ``a`b`` and www.example.com/report\u00a0for the figures.",
        "See \\` and https://example.com/report\u2003for the figures.",
        "A `lone backtick and https://example.com/report\u00a0for the figures.",
        "See `export` and\u00a0www.example.com/report for the figures.",
    ],
)
def test_a_typographic_space_by_an_address_is_reported_after_code_on_its_line(check: Check, line: str):
    # A code span earlier on the line (or a backtick that opens none) kept the address
    # from the check: GitHub took the space and the words after it into the link.
    at = next(i for i, c in enumerate(line) if c in "\u00a0\u2003")
    found = [(d.code, d.line, d.column) for d in check(Path("a.md"), in_first_section(line + "\n\n"))]
    assert found == [("space-by-address", 14, at + 1)]


@pytest.mark.parametrize(
    "line",
    [
        "See [the study](https://en.wikipedia.org/wiki/Pilot_(study)\u00a0) for the method.",
        "See [the study](https://example.com/(a)(b)\u00a0) for the method.",
        "See [the study](https://example.com/a\\)\u00a0) for the method.",
        "See [the study](<https://example.com/a\\>\u00a0>) for the method.",
        "See [the chart](/assets/costs_(2024).png\u00a0) for the figures.",
    ],
)
def test_a_typographic_space_after_an_address_with_brackets_of_its_own_is_reported(check: Check, line: str):
    # A ')' in the address before the space (Wikipedia's '…_(study)', or escaped) was taken
    # for the link's end: GitHub linked to the address with the space, the site without it
    # (authors' Markdown probes, round six).
    at = next(i for i, c in enumerate(line) if c == "\u00a0")
    found = [(d.code, d.line, d.column) for d in check(Path("a.md"), in_first_section(line + "\n\n"))]
    assert found == [("space-by-address", 14, at + 1)]
    # Written as the hint says, with an ordinary space: GitHub and the site link alike.
    assert [d for d in check(Path("a.md"), in_first_section(line.replace("\u00a0", " ") + "\n\n")) if d.is_error] == []


@pytest.mark.parametrize(
    "line",
    ["Run `curl https://example.com/report\u00a0-o x` first.", "Run `https://example.com/report`\u00a0first.", "Run `a` and `www.example.com/x\u00a0y`."],
)
def test_a_typographic_space_by_an_address_in_code_is_not_reported(check: Check, line: str):
    assert "space-by-address" not in [d.code for d in check(Path("a.md"), in_first_section(line + "\n\n"))]


@pytest.mark.parametrize(
    "after",
    ["> ---", ">     export --all", "> 2. The second step.", "> | Stage | Owner |\n> |---|---|", "> > [y]: https://example.org/y\n> > ---"],
)
def test_a_block_straight_after_a_link_definition_in_a_quote_is_reported_at_its_line(check: Check, after: str):
    # GitHub reads the line as more of the definition's paragraph (a rule, code, a list
    # from 2 or a table's first line are text there); the site published the block.
    quote = "> See [the audit][x].\n>\n> [x]: https://example.com/audit\n" + after
    found = [(d.code, d.line) for d in check(Path("a.md"), in_first_section(quote + "\n\n")) if d.is_error]
    assert found == [("definition-then-block", 17 + after.startswith("> >"))]
    assert "'>'" in next(d.hint for d in check(Path("a.md"), in_first_section(quote + "\n\n")) if d.code == "definition-then-block")


def test_a_table_straight_after_a_link_definition_is_told_as_github_shows_it(check: Check):
    # cmark-gfm shows the definition as text, not the table's line (helper-245: the message said the opposite).
    found = [d for d in check(Path("a.md"), in_first_section("See [the audit][r].\n\n[r]: https://example.com/r\n| Step | Owner |\n| --- | --- |\n\n")) if d.is_error]
    assert [d.code for d in found] == ["definition-then-block"]
    assert "under a table's first row, the definition as text, which no link then uses" in found[0].message


@pytest.mark.parametrize("after", ["  > ---", "  >     export --all", "  > 2. The second step."])
def test_a_block_straight_after_a_link_definition_in_a_quote_in_a_list_item_is_reported_at_its_line(check: Check, after: str):
    # The quote's first line starts with the item's marker ('- > [x]: …'): its '>' is read after it.
    item = "- > [x]: https://example.com/audit\n" + after + "\n\nSee [the audit][x]."
    found = [(d.code, d.line) for d in check(Path("a.md"), in_first_section(item + "\n\n")) if d.is_error]
    assert found == [("definition-then-block", 15)]


@pytest.mark.parametrize("after", ["> ---", "> 2. The second step.", "> - An item.", ">     export --all", ">\n>     export --all"])
def test_a_block_after_a_link_definition_ending_a_list_item_in_a_quote_that_github_starts_too_is_not_reported(check: Check, after: str):
    quote = "> - [x]: https://example.com/audit\n" + after + "\n>\n> See [the audit][x]."
    assert "definition-then-block" not in [d.code for d in check(Path("a.md"), in_first_section(quote + "\n\n"))]


@pytest.mark.parametrize("after", ["> ===", ">\n> ---", "> - An item.", "> 1. The first step.", "> More of the quote.", "> > A quote in it."])
def test_a_block_github_starts_after_a_link_definition_in_a_quote_is_not_reported(check: Check, after: str):
    quote = "> See [the audit][x].\n>\n> [x]: https://example.com/audit\n" + after
    assert "definition-then-block" not in [d.code for d in check(Path("a.md"), in_first_section(quote + "\n\n"))]


@pytest.mark.parametrize(
    "address",
    [
        "https://contoso.sharepoint.com/sites/ai/Shared%20Documents/pack.pptx",
        "https://docs.google.com/document/d/1abcDEF/edit?usp=sharing",
        "https://1drv.ms/w/s!abc",
        "https://contoso.atlassian.net/wiki/spaces/AI/pages/1",
    ],
)
def test_a_link_to_a_shared_drive_or_document_store_is_a_warning_that_readers_cannot_open_it(check: Check, address: str):
    # Published without a word: the author can open it, nobody outside their organisation can.
    found = check(Path("a.md"), in_first_section(f"See [the steering pack]({address}) and <{address}>.\n"))
    assert [(d.code, d.line, d.is_error) for d in found] == [("link-address", 14, False)] * 2
    assert "cannot open" in found[0].message and found[0].hint == "link to a page anyone can open, or name the document in words"


def test_a_site_whose_name_ends_like_a_document_store_is_not_one(check: Check):
    assert check(Path("a.md"), in_first_section("See [the guide](https://notsharepoint.com/guide) and https://www.gov.uk/guidance.\n")) == []


@pytest.mark.parametrize(
    ("address", "hint"),
    [
        # Outlook's Safe Links carries the address the mail was sent to (sam@client.co.uk here).
        (
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.gov.uk%2Fguidance%2Fai-playbook%3Fpart%3D2"
            "&data=05%7C02%7Csam%40client.co.uk%7C8c1f&sdata=abc%3D&reserved=0",
            "write the page's own address: https://www.gov.uk/guidance/ai-playbook?part=2",
        ),
        ("https://www.google.com/url?q=https://www.gov.uk/guidance/ai-playbook&sa=D&source=docs&ust=1700000000000&usg=AOvVaw1",
         "write the page's own address: https://www.gov.uk/guidance/ai-playbook"),
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.gov.uk%2F&h=AT0abc", "write the page's own address: https://www.gov.uk/"),
        ("https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fexample.org%2Fstudy&urlhash=x", "write the page's own address: https://example.org/study"),
        ("https://urldefense.proofpoint.com/v2/url?u=https-3A__www.gov.uk_guidance-3Fa-3D1&d=DwMF&c=x",
         "write the page's own address: https://www.gov.uk/guidance?a=1"),
        ("https://urldefense.com/v3/__https://www.gov.uk/guidance__;!!ABC!xyz$", "write the page's own address: https://www.gov.uk/guidance"),
        # Where the wrapper does not hold the address as written, the reader's browser finds it.
        ("https://protect-eu.mimecast.com/s/AbCdEfGh?domain=gov.uk", "open the link, and write the address your browser then shows"),
    ],
)
def test_an_address_wrapped_by_a_mail_or_search_service_is_an_error_with_the_pages_own_address(check: Check, address: str, hint: str):
    found = check(Path("a.md"), in_first_section(f"See [the playbook]({address}) first.\n"))
    assert [(d.code, d.line, d.column, d.is_error, d.hint) for d in found] == [("link-address", 14, 18, True, hint)]
    assert "wrapper" in found[0].message


@pytest.mark.parametrize(
    ("address", "clean", "named"),
    [
        ("https://www.gov.uk/guidance/ai-playbook?utm_source=newsletter&utm_medium=email&utm_campaign=nov",
         "https://www.gov.uk/guidance/ai-playbook", "utm_campaign, utm_medium, utm_source"),
        ("https://example.org/study?id=42&fbclid=IwAR0abc#findings", "https://example.org/study?id=42#findings", "fbclid"),
        ("https://example.org/study?gclid=abc", "https://example.org/study", "gclid"),
    ],
)
def test_an_address_with_tracking_fields_is_a_warning_with_the_address_without_them(check: Check, address: str, clean: str, named: str):
    found = check(Path("a.md"), in_first_section(f"See [the study]({address}) first.\n"))
    assert [(d.code, d.is_error, d.hint) for d in found] == [("link-address", False, f"write it without them: {clean}")]
    assert f"({named})" in found[0].message


@pytest.mark.parametrize(
    "address",
    [
        "https://www.google.com/search?q=ai+playbook",
        "https://example.org/report?source=utm&medium=print&campaign_id=4",  # fields of the page's own
        "https://www.linkedin.com/company/example/",
        "https://www.gov.uk/search/all?keywords=ai+pilots&order=relevance",
        "https://example.org/blog?id=1&path=/a//b",  # a path, not an address
        "https://example.org/search?q=www+and+the+web",
        "https://www.google.com/urlshortener?q=https://example.org/",  # not Google's wrapper
        # Tools that read the address they carry, viewers and translators (the false-refusal round of the fifty-seventh session).
        "https://validator.w3.org/nu/?doc=https://www.gov.uk/government/publications/ai-playbook",
        "https://pagespeed.web.dev/report?url=https://www.example.co.uk/",
        "https://gtmetrix.com/?url=https://pilot.example.org/",
        "https://securityheaders.com/?q=https://pilot.example.org&followRedirects=on",
        "https://hstspreload.org/?domain=www.example.co.uk",
        "https://view.officeapps.live.com/op/view.aspx?src=https%3A%2F%2Fwww.ons.gov.uk%2Ffile%3Furi%3D%2Fbics.xlsx",
        "https://translate.google.com/translate?sl=de&tl=en&u=https://www.bfdi.bund.de/DE/Home/home_node.html",
        "https://ezproxy.lib.ox.ac.uk/login?url=https://www.jstor.org/stable/1234567",
    ],
)
def test_an_address_that_only_looks_wrapped_or_tracked_passes(check: Check, address: str):
    assert check(Path("a.md"), in_first_section(f"See [the page]({address}) first.\n")) == []


@pytest.mark.parametrize(
    ("address", "carried"),
    [
        # Any site that sends readers on to an address in its query, as Google's and LinkedIn's wrappers do, on
        # other hosts and paths (the attack round of the fifty-seventh session: each went to a booking page).
        ("https://www.google.de/url?q=https://calendly.com/jane", "https://calendly.com/jane"),
        ("https://www.google.com.au/url?q=https://paypal.me/janesmith&sa=D", "https://paypal.me/janesmith"),
        ("https://www.linkedin.com/safety/go?url=https%3A%2F%2Fcalendly.com%2Fjane", "https://calendly.com/jane"),
        ("https://l.instagram.com/?u=https%3A%2F%2Fcalendly.com%2Fjane&e=AT0", "https://calendly.com/jane"),
        ("https://href.li/?https://calendly.com/jane", "https://calendly.com/jane"),
        ("https://duckduckgo.com/l/?uddg=https%253A%252F%252Fcalendly.com%252Fjane", "https://calendly.com/jane"),  # encoded twice
        ("https://away.vk.com/away.php?to=www.calendly.com/jane", "www.calendly.com/jane"),
        ("https://out.reddit.com/t3_abc?url=https%3A%2F%2Fbuy.stripe.com%2Fabc&token=x", "https://buy.stripe.com/abc"),
        ("https://www.youtube.com/redirect?event=video&q=//calendly.com/jane", "//calendly.com/jane"),
        # (Once read as another site's own '/url' and passed; it may send readers on as Google's does.)
        ("https://example.org/url?q=https://example.com/", "https://example.com/"),
    ],
)
def test_an_address_that_carries_another_to_send_readers_on_is_an_error_with_that_address(check: Check, address: str, carried: str):
    found = check(Path("a.md"), in_first_section(f"See [the page]({address}) first.\n"))
    assert [(d.code, d.line, d.is_error, d.hint) for d in found] == [("link-address", 14, True, f"write the page's own address: {carried}")]
    assert f"carries another in its query, '{carried}'" in found[0].message


def test_a_table_wider_than_a_phone_can_hold_is_refused_at_its_delimiter_row_before_it_is_read(check: Check):
    def table(columns: int) -> str:
        return "| a " * columns + "|\n" + "| --- " * columns + "|\n" + "| 1 " * columns + "|"

    assert [d for d in check(Path("a.md"), in_first_section(table(12))) if d.is_error] == []
    text = in_first_section(table(13))
    (found,) = [d for d in check(Path("a.md"), text) if d.is_error]
    assert (found.code, found.line) == ("table-too-wide", text.split("\n").index("| --- " * 13 + "|") + 1)
    assert found.message == "this table has 13 columns: the site shows tables of at most 12, which a phone's screen can hold"
    assert found.hint == "split it into narrower tables, or write it as a list"


def test_an_accent_typed_as_a_mark_after_its_letter_counts_as_one_character_of_a_title(check: Check):
    # A title of 90 visible characters with its accents typed as marks (as some editors and
    # Macs save them) was refused as 100 characters long.
    title = ("Caf\u00e9 " * 18)[:90]
    assert len(title) == 90
    decomposed = unicodedata.normalize("NFD", title)
    assert len(decomposed) > 90
    text = minimal(**{"title: The pilot that is judged on its demo": f"title: {decomposed}"})
    assert [d.code for d in check(Path("a.md"), text) if d.is_error] == []
    (found,) = [d for d in check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": f"title: {decomposed}e"})) if d.is_error]
    assert (found.code, found.message) == ("length", "'title' is 91 characters long; it must be 10–90")


@pytest.mark.parametrize("address", ["http://127.0.0.1:8000/stall-patterns/patterns/the-sponsor-who-moved-on/", "http://localhost:8001/patterns/the-sponsor-who-moved-on/index.html"])
def test_a_link_copied_from_the_preview_is_told_the_patterns_file_name(check: Check, address: str):
    # The hint was 'link to the published page instead': pasting that address was no better.
    (found,) = [d for d in check(Path("a.md"), in_first_section(f"See [the sponsor]({address}).")) if d.code == "link-address"]
    assert found.hint == "link to the pattern by its file name, as GitHub's preview does: (the-sponsor-who-moved-on.md)"


@pytest.mark.parametrize(
    "nested",
    ["- item one\n- ## What is actually happening", "1. ### what is actually happening", "> ## What is actually happening", "- > ## What Is Actually Happening?"],
)
def test_a_heading_with_a_sections_name_in_a_list_item_or_a_quote_is_an_error_at_its_line(check: Check, nested: str):
    # It passed: the page showed the name twice, and the section's own part became
    # #what-is-actually-happening-1, so links to the section went to the list item.
    text = in_first_section(nested)
    errors = [d for d in check(Path("a.md"), text) if d.is_error]
    line = text.split("\n").index(nested.split("\n")[-1]) + 1
    assert [(d.code, d.line) for d in errors] == [("section-heading-nested", line)]
    assert errors[0].hint == (
        "give it other words, or, if it is the section's heading, write '## What is actually happening' at the start of its own line, outside the list or quote"
    )


@pytest.mark.parametrize(
    ("nested", "fixed"),
    [
        ("- ## Ask who owns the result", "- ### Ask who owns the result"),
        ("> ## The board will ask", "> ### The board will ask"),
        ("- item one\n- ## What is actualy happening", "- item one\n- ### What is actualy happening"),
    ],
)
def test_a_section_level_heading_of_other_words_in_a_list_item_or_a_quote_is_told_to_become_a_subheading(check: Check, nested: str, fixed: str):
    # It passed, where the same '## ' heading outside the list is an error: the page showed a
    # fourth section-level heading inside the first section, as did a screen reader's list.
    text = in_first_section(nested)
    (error,) = [d for d in check(Path("a.md"), text) if d.is_error]
    line = text.split("\n").index(nested.split("\n")[-1]) + 1
    assert (error.code, error.line) == ("heading-level", line)
    assert error.hint == f"write the line as text, without the '#' marks, or with 3, as a subheading: {fixed.split(chr(10))[-1]}"
    assert [d for d in check(Path("a.md"), in_first_section(fixed)) if d.is_error] == []


@pytest.mark.parametrize(
    ("nested", "fixed"),
    [
        ("> The board will ask\n> -------------------", "> ### The board will ask"),
        ("- Ask who owns the result\n  ---", "- ### Ask who owns the result"),
        ("- item one\n\n  Ask *who* owns it\n  ---", "- item one\n\n  ### Ask *who* owns it"),
    ],
)
def test_a_section_level_heading_underlined_in_a_list_item_or_a_quote_is_told_as_one_written_with_marks_is(check: Check, nested: str, fixed: str):
    # It passed, where the same heading written '> ## The board will ask' is refused (a helper's
    # Markdown probes of the forty-first session): the page showed a fourth section's heading.
    text = in_first_section(nested)
    (error,) = [d for d in check(Path("a.md"), text) if d.is_error]
    words = fixed.split("### ")[-1]
    line = next(n for n, written in enumerate(text.split("\n"), 1) if written.endswith(words))
    assert (error.code, error.line) == ("heading-level", line)
    assert error.message.startswith(f"the line of '-' under \"{words}\" makes it a heading of a section's rank, inside a list item or a quote")
    assert error.hint == f"delete the line of '-' to keep the words as text, or write them as a subheading, without that line: {fixed.split(chr(10))[-1]}"
    assert [d for d in check(Path("a.md"), in_first_section(fixed)) if d.is_error] == []


@pytest.mark.parametrize("closing", ["  ---", "--- end", "\\---"])
def test_a_line_meant_to_close_the_front_matter_is_named_at_its_line(check: Check, closing: str):
    # It was 'front matter is never closed' at line 1, with no word of the line meant.
    text = minimal()
    lines = text.split("\n")
    at = lines.index("---", 1)
    lines[at] = closing
    (found,) = check(Path("a.md"), "\n".join(lines))
    assert (found.code, found.line, found.hint) == ("front-matter-unclosed", at + 1, "write the line as '---'")
    assert found.message == (
        f"front matter is never closed: line {at + 1}, '{closing}', is not read as its closing line, which is '---' alone, at the start of the line"
    )


@pytest.mark.parametrize(
    ("signs", "line", "message", "hint"),
    [
        # No space after the first item's hyphen: the hint wrote '  - -The pilot's…' back.
        ("  -The pilot's success criteria were written after it started\n  - Progress reports describe features, not changed work",
         6, "'signs' must be a list: this line has no space after its hyphen, so YAML runs the lines together into one text",
         "write it as   - The pilot's success criteria were written after it started"),
        # A document's export escapes each hyphen.
        ("  \\- The pilot's success criteria were written after it started\n  \\- Progress reports describe features, not changed work",
         6, "'signs' must be a list: this line has a backslash before its hyphen, so YAML runs the lines together into one text",
         "write it as   - The pilot's success criteria were written after it started (and the same on each line like it)"),
        # One item with an en dash: the hint ran it into the next item.
        ("  \u2013 The pilot's success criteria were written after it started\n  - Progress reports describe features, not changed work",
         6, "'signs' must be a list: its first line starts with U+2013 EN DASH, which YAML does not read as a list's '- ', so the items run together into one text",
         "start each item's line with two spaces, a hyphen and an ordinary space:   - The pilot's success criteria were written after it started"),
        # The items typed under 'signs:' at the start of their lines: told to write the value on the key's line.
        ("The pilot's success criteria were written after it started\nProgress reports describe features, not changed work",
         6, "the items of 'signs:' are not read as a list: each goes on a line of its own, after two spaces, a hyphen and a space",
         "write '  - The pilot's success criteria were written after it started', and the same for each item below it"),
        # No space after a later item's hyphen: told to put the item in double quotes, which YAML refuses too.
        ("  - The pilot's success criteria were written after it started\n  -Progress reports describe features, not changed work",
         7, "this list item has no space after its hyphen, so YAML cannot read it as one",
         "write the line as:   - Progress reports describe features, not changed work"),
        ("  - The pilot's success criteria were written after it started\n  \\- Progress reports describe features, not changed work",
         7, "this list item has a backslash before its hyphen, so YAML cannot read it as one",
         "write the line as:   - Progress reports describe features, not changed work"),
        # One item without its '  - ': told to join it to the item above.
        ("  - The pilot's success criteria were written after it started\nProgress reports describe features, not changed work",
         7, "this line is not 'key: value': it reads as the rest of the list item on the line above",
         "if it is an item of its own, write '  - Progress reports describe features, not changed work'; "
         "if it goes on from the line above, start it with spaces, as far in as that line's text"),
    ],
)
def test_a_list_item_written_otherwise_is_told_how_to_write_it(check: Check, signs: str, line: int, message: str, hint: str):
    # Followed as written, each earlier hint published a broken sign or merged two.
    text = minimal(**{
        "  - The pilot's success criteria were written after it started\n  - Progress reports describe features, not changed work": signs
    })
    errors = [d for d in check(Path("a.md"), text) if d.is_error]
    assert [(d.line, d.message, d.hint) for d in errors][:1] == [(line, message, hint)]


@pytest.mark.parametrize(
    ("signs", "line"),
    [
        ("  -10x claims were made for the pilot\n  - Progress reports describe features, not changed work", 6),
        ("  - The pilot's success criteria were written after it started\n  -5% of claims were touched by the assistant", 7),
    ],
)
def test_a_hyphen_glued_to_a_figure_is_told_it_may_be_a_minus_sign(check: Check, signs: str, line: int):
    # '-10x', '-5%': told only to space the hyphen, an author published '10x' for '-10x'.
    text = minimal(**{
        "  - The pilot's success criteria were written after it started\n  - Progress reports describe features, not changed work": signs
    })
    errors = [d for d in check(Path("a.md"), text) if d.is_error]
    figure = signs.split("\n")[line - 6].strip()[1:]
    assert errors[0].line == line
    assert errors[0].hint.endswith(f"(or, if the '-' is a minus sign:   - -{figure})")


def test_a_first_key_indented_is_told_at_its_line_in_plain_words(check: Check):
    # It was 'did not find expected <document start>', a line below, with no hint.
    text = minimal(**{"title: The pilot": " title: The pilot"})
    (found,) = check(Path("a.md"), text)
    assert (found.code, found.line, found.column) == ("yaml-syntax", 2, 1)
    assert found.message == "'title:' is indented by one space: the first key sets the margin, so the keys below it, at the start of their lines, are not read"
    assert found.hint == "delete the spaces before 'title:': every key starts at the start of its line"


def test_a_related_slug_at_the_start_of_its_line_is_given_its_list_items_mark(check: Check):
    text = minimal(**{"published: 2026-03-02": "published: 2026-03-02\nrelated:\nthe-sponsor-who-moved-on"})
    (found,) = [d for d in check(Path("a.md"), text) if d.is_error]
    assert (found.code, found.line) == ("yaml-syntax", 11)
    assert found.hint == "write '  - the-sponsor-who-moved-on', and the same for each item below it"


def test_an_end_of_document_line_before_the_closing_line_is_the_one_error(check: Check):
    # It was 'text before the first section' at the '---', with a hint to move it.
    text = minimal(**{"published: 2026-03-02\n---": "published: 2026-03-02\n...\n---"})
    (found,) = check(Path("a.md"), text)
    assert (found.code, found.line, found.hint) == ("front-matter-cut", 10, "delete this line: the front matter ends at the '---' below it")


def test_every_placeholder_in_a_paragraph_is_named_in_its_one_error(check: Check):
    # Only the first was told: the author filled it in, and met the next on the next run.
    written = "At [client name], the pilot cost £XXX a month, and {{client}} signed it. TODO: a second example."
    found = [d for d in check(Path("a.md"), in_first_section(written)) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("placeholder", 14, 4)]
    assert found[0].message == (
        "'[client name]' marks text still to be written, which is never published "
        "(and so do '£XXX', '{{client}}' and 'TODO', further on)"
    )
    assert found[0].hint == "write the text each stands for, or delete them"


def test_a_paragraph_of_many_placeholders_names_a_few_and_counts_the_rest(check: Check):
    # Every one was named: a table's worth of '[TBC]' made one message of thousands of characters.
    written = " ".join(f"[TBC {n}]" for n in range(1, 9))
    found = [d for d in check(Path("a.md"), in_first_section(written)) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("placeholder", 14, 1)]
    assert found[0].message == (
        "'[TBC 1]' marks text still to be written, which is never published "
        "(and so do '[TBC 2]', '[TBC 3]', '[TBC 4]', '[TBC 5]', '[TBC 6]' and 2 more, further on)"
    )


def test_each_sign_left_as_a_placeholder_is_told_at_its_own_line(check: Check):
    text = minimal()
    signs = text.split("signs:\n", 1)[1].split("\npublished", 1)[0].split("\n")
    for sign, placeholder in zip(signs, ("TBC", "TODO a sign from the bank")):
        text = text.replace(sign, f"  - {placeholder}")
    found = [d for d in check(Path("a.md"), text) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("placeholder", 6), ("placeholder", 7)]


def test_a_placeholder_in_escaped_brackets_is_found_as_the_page_shows_it(check: Check):
    # A document's export writes '\\[client name\\]': the quick look read the backslashes and passed it.
    found = check(Path("a.md"), in_first_section("We told \\[client name\\] the plan."))
    assert [(d.code, d.line) for d in found if d.is_error] == [("placeholder", 14)]


def test_a_tag_with_an_attribute_of_one_word_is_html_not_a_placeholder(check: Check):
    found = check(Path("a.md"), in_first_section("<details open>\n\nText.\n\n</details>"))
    assert [d.code for d in found if d.is_error][:1] == ["raw-html"]


def test_titles_from_definitions_are_read_in_linear_time(growth):
    # Each of many links to one definition read its long title again: 4,000 links took 5 CPU s.
    def parse(n: int) -> None:
        body.parse("[a][r] " * n + "\u200b\n\n[r]: /x \"" + "\u200b" * n + "\"\n")

    assert growth(parse, 1000) < 8


@pytest.mark.parametrize("empty", ["<!-->", "<!--->"])
def test_an_empty_comment_is_told_as_read_two_ways_not_as_never_closed(check: Check, empty: str):
    text = in_first_section(f"{empty}\nThen the text.\n\n")
    (found,) = [d for d in check(Path("a-pattern.md"), text) if d.code == "comment-unclosed"]
    assert found.message == f"'{empty}' is read two ways: GitHub takes it as an empty comment and shows the lines after it, the site does not"
    assert found.hint == "delete it; a comment is written '<!-- words -->'"


@pytest.mark.parametrize(
    ("written", "dash"),
    [("<!-- check dates with Sam \u2014> Eighteen months ago the pilot began.", "\u2014>"), ("<!-- check dates with Sam\n\u2013>\n\nEighteen months ago the pilot began.", "\u2013>")],
)
def test_a_comment_ended_with_a_dash_is_told_once_with_the_end_to_type(check: Check, written: str, dash: str):
    # It was told as an empty section first, then as a comment never closed, whose hint did
    # not point at the dash a word processor made of the hyphens (helper-238).
    found = [d for d in check(Path("a-pattern.md"), in_first_section(written)) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("comment-unclosed", 14)]
    assert found[0].hint == f"write '-->', two hyphens and '>', in place of its '{dash}': a word processor or a phone made a dash of the hyphens"


def test_a_section_with_only_a_note_never_closed_is_still_told_it_is_empty(check: Check):
    # The note hides nothing of the section: closing it as told leaves the section empty, which
    # is told at once, not on the next check (helper-239).
    text = minimal()
    start, end = text.index("## What it looks like"), text.index("## What is actually happening")
    text = text[:start] + "## What it looks like\n\n<!-- check dates with Sam \u2014>\n\n" + text[end:]
    assert [(d.code, d.line) for d in check(Path("a-pattern.md"), text) if d.is_error] == [("section-empty", 12), ("comment-unclosed", 14)]


# Drafts pasted from a chat assistant, a document or a spreadsheet, not started from the scaffold.


@pytest.mark.parametrize(
    ("before", "after", "says", "hint"),
    [
        ("Here is your pattern:\n\n", "", "the file starts with 'Here is your pattern:', above the '---' on line 3", "delete lines 1 and 2"),
        ("```markdown\n", "```\n", "'```markdown', which opens a code block around the text below it", "delete line 1, and line {closer} ('```'), which closes"),
        ("````markdown\n", "````\n", "'````markdown', which opens a code block", "delete line 1, and line {closer} ('````'), which closes"),
        ("Sure! Here it is:\n\n```markdown\n", "```\n", "above the '---' on line 4", "delete lines 1 to 3, and line {closer} ('```'), which closes"),
        ("```markdown\n", "", "'```markdown', which opens a code block", "delete line 1: '---' must be the very first line"),
        ("# The pilot that is judged on its demo\n", "", "the file starts with '# The pilot that is judged on its demo'", "delete line 1"),
    ],
)
def test_lines_above_the_front_matter_are_named_with_the_lines_to_delete(check: Check, before: str, after: str, says: str, hint: str):
    found = check(Path("a.md"), before + minimal() + after)
    hint = hint.format(closer=len((before + minimal()).splitlines()) + 1)  # the line of 'after
    assert [d.code for d in found] == ["front-matter-missing"]
    assert says in found[0].message and found[0].hint.startswith(hint)


def test_a_rule_over_a_line_of_text_in_a_file_without_front_matter_is_no_front_matter_below_a_preamble(check: Check):
    # 'Source: …' under a '---' is text: the hint must not tell the author to delete the lines above it.
    found = check(Path("a.md"), "Some notes on a pattern.\n\n---\nSource: the 2024 audit.\n\n## What it looks like\n\nText.\n")
    assert [d.code for d in found] == ["front-matter-missing"] and "delete" not in found[0].hint


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda t: t.replace("---\n", "", 2), "the file starts with 'title: The pilot that is judged on its demo' without the '---' line"),
        (lambda t: '{"title": "The pilot that is judged on its demo"}\n' + t[t.index("\n## ") :], "front matter written as JSON"),
    ],
)
def test_front_matter_without_its_dashes_or_as_json_says_what_it_is(check: Check, change, says: str):
    found = check(Path("a.md"), change(minimal()))
    assert [d.code for d in found] == ["front-matter-missing"] and says in found[0].message


@pytest.mark.parametrize("mark", ["1.", "1)", "a)"])
def test_signs_numbered_under_their_key_are_given_the_line_to_write_without_the_number(check: Check, mark: str):
    text = minimal(**{"  - The pilot's success": f"  {mark} The pilot's success", "  - Progress": f"  {mark} Progress", "  - Nobody": f"  {mark} Nobody"})
    found = check(Path("a.md"), text)
    assert [(d.code, d.line) for d in found] == [("wrong-type", 6)]
    assert f"start with '{mark}'" in found[0].message
    assert found[0].hint.endswith("  - The pilot's success criteria were written after it started")


@pytest.mark.parametrize("header", [">-", ">", "|"])
def test_a_block_value_whose_lines_are_not_indented_is_told_to_indent_them(check: Check, header: str):
    summary = "summary: A pilot is approved because its demonstration impressed, so nobody agreed what it had to prove, and now it can be neither stopped nor scaled."
    text = minimal(**{summary: f"summary: {header}\nA pilot is approved because its demonstration impressed,\nso nobody agreed what it had to prove."})
    found = check(Path("a.md"), text)
    assert [(d.code, d.line) for d in found] == [("yaml-syntax", 4)]
    assert "YAML" not in found[0].message and f"below 'summary: {header}' is not indented" in found[0].message
    assert "two spaces:   A pilot is approved" in found[0].hint


def test_an_empty_code_block_in_a_quote_with_text_after_it_is_not_told_it_ends_the_file(check: Check):
    found = [d for d in check(Path("a.md"), in_first_section("> A quote\n> ```\n\nText after the quote.\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("fence-unclosed", 15)]
    assert "nothing in it" in found[0].message and "nothing after it" not in found[0].message and found[0].hint == "delete this line"


def test_the_closing_fence_of_a_code_block_around_the_draft_left_at_the_end_is_to_delete(check: Check):
    found = [d for d in check(Path("a.md"), minimal() + "\n```\n") if d.is_error]
    assert [d.code for d in found] == ["fence-unclosed"]
    assert "nothing after it" in found[0].message and found[0].hint == "delete this line"


@pytest.mark.parametrize(
    "words",
    [
        "Let me know if you'd like me to adjust the tone or add examples!",
        "I hope this helps! Feel free to tell me what to change.",
        "Would you like me to write a shorter version for LinkedIn?",
        "Hope this helps!",  # (the attack round of the fifty-fourth session)
        # The attack round of the fifty-third session (helper-244): published unwarned.
        "Certainly! Here\u2019s a revised section that focuses on the pilot.",
        "Absolutely! Below is a stall pattern in the format you described.",
        "As an AI language model, I cannot verify these figures.",
        "Great question! The pilot stalled because nobody owned it.",
        "Would you like a shorter version?",
        "Note: I've changed the spelling to British English throughout.",
        "I've kept the tone formal, as you asked.",
        "Let me know if you want any changes.",
        "Happy to help further if needed!",
        # The attack round of the fifty-fifth session: a refusal, the model's own date, a count of its words.
        "I'm sorry, but I can't help with that request.",
        "As of my last knowledge update in 2023, most firms had no AI policy.",
        "(Word count: 312)",
        "I apologise, but I can't help with that request.",
        "Word count: 312",
    ],
)
def test_a_chat_assistants_words_to_its_user_in_a_section_are_a_warning_at_their_paragraph(check: Check, words: str):
    # A warning, not an error: an article may quote such words (see the test below).
    text = minimal() + f"\n\n{words}\n"
    found = check(Path("a.md"), text)
    assert [(d.code, d.line, d.severity) for d in found] == [("assistant-chatter", text.splitlines().index(words) + 1, Severity.WARNING)]
    assert "quotation marks" in found[0].hint


@pytest.mark.parametrize("words", ["Sure! Here\u2019s a draft stall pattern based on your notes:", "Here is your pattern:"])
def test_a_chat_assistants_words_above_the_sections_are_the_one_error_there(check: Check, words: str):
    text = minimal(**{"\n## What it looks like": f"\n{words}\n\n## What it looks like"})
    found = [d for d in check(Path("a.md"), text) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("assistant-chatter", text.splitlines().index(words) + 1)]  # not also 'text before the first section'


@pytest.mark.parametrize("words", ["Here is your pattern:", "Sure! Here\u2019s a draft stall pattern based on your notes:"])
def test_a_chat_assistants_lead_in_pasted_under_a_heading_is_a_warning_at_its_paragraph(check: Check, words: str):
    # The guide says to paste a draft under the scaffold's headings: its lead-in came along,
    # told above the sections only, and was published as the section's first paragraph.
    text = in_first_section(f"{words}\n")
    found = check(Path("a.md"), text)
    assert [(d.code, d.line, d.severity) for d in found] == [("assistant-chatter", text.splitlines().index(words) + 1, Severity.WARNING)]


@pytest.mark.parametrize("words", ["Here is a version your board will accept:", "Here is the version the board signed:"])
def test_an_articles_own_lead_in_to_its_reader_under_a_heading_is_no_assistants(check: Check, words: str):
    # 'your' as the article speaks to its reader, not an assistant handing over 'your pattern'.
    assert [d.code for d in check(Path("a.md"), in_first_section(f"{words}\n"))] == []


@pytest.mark.parametrize(
    "words",
    [
        "Let me know if you disagree, says the partner, and nobody does.",
        "Here is the draft the committee approved last year, unchanged.",
        "Here is the version the board signed:",
        "Feel free to ask the vendor for its logs: the contract says you may.",
        # An article quotes such words, without quotation marks (a review of this check).
        "Would you like me to draft the reply? That is how the assistant ends every answer, and after a month nobody reads past the first paragraph.",
        "Let me know if you would like the full figures, the head of finance writes to the programme team; they never reply.",
        "I hope that helps the team see why the pilot stalled.",
    ],
)
def test_prose_that_starts_like_an_assistant_is_text(check: Check, words: str):
    assert errors(check(Path("a.md"), minimal() + f"\n\n{words}\n")) == []


@pytest.mark.parametrize(
    "words",
    [
        "Great questions were asked at the steering group, and none was answered.",
        "As an AI programme lead, she owned the backlog.",
        "Happy to help, the vendor said, and then sent an invoice.",
        "I've kept the old spreadsheet running throughout the pilot.",
        "Here is a revised plan the board can sign: one owner, one measure, one date.",
        "Would you like a shorter meeting? Cancel the status update.",
        "Sure enough, the pilot stalled in March.",
        # The review of the session's change: each warned.
        "Of course, here is the catch: nobody owned it.",
        "Certainly, I can see why a board would hesitate.",
        "Absolutely, I have seen this happen in three firms.",
        "I've kept the budget at \u00a340,000 throughout.",
        # The second review of the session's change: each warned.
        "Great question. That was how the sponsor answered every awkward query.",
        "Happy to help. Every department gave the same answer.",
        "Here is a shorter version of the test: ask who would notice.",
        "I have kept the language plain throughout.",
        "Sure! Here's what happened next: the sponsor moved.",
        # (The fifty-fifth session.)
        "I'm sorry, but I can see why the board hesitated.",
        "I'm sorry, but I can't help noticing that the board never asked.",
        "As of my last count, nine pilots were running.",
    ],
)
def test_an_articles_own_words_like_an_assistants_get_no_warning(check: Check, words: str):
    assert [d.code for d in check(Path("a.md"), minimal() + f"\n\n{words}\n")] == []


@pytest.mark.parametrize("words", ["I hope this helps the next team avoid the same twelve months.", "I hope that helps the team see why the pilot stalled."])
def test_an_articles_own_hope_is_not_told_as_an_assistants(check: Check, words: str):
    # Warned as a chat assistant's words to its user (helper-242): its sentence goes on.
    assert [d.code for d in check(Path("a.md"), minimal() + f"\n\n{words}\n")] == []


@pytest.mark.parametrize(
    ("text", "code", "hint"),
    [
        # What the authors' round of the fifty-third session found published as typed, unwarned (helper-246).
        ("\\*\\*Important:\\*\\* name an owner.", "escaped-marks", "delete the backslashes: **Important:**"),
        ("\\### Owners", "escaped-marks", "delete the backslashes: ### Owners"),
        ("Ask <@U024BE7LH> for the figures.", "pasted-mention", "write the person's role or the channel's name in words"),
        ("Post it in <#C02ABCDEF|general>.", "pasted-mention", "write the person's role or the channel's name in words"),
        ("The survey found a gap [1](https://example.org/a).", "link-words", "make the link's words name what it opens, as in 'read [the 2025 claims survey](…)', not '1'"),
    ],
)
def test_what_a_document_or_a_chat_tool_pastes_as_typed_is_a_warning_at_its_line(check: Check, text: str, code: str, hint: str):
    found = check(Path("a.md"), in_first_section(text + "\n"))
    assert [(d.code, d.line, d.severity, d.hint) for d in found] == [(code, 14, Severity.WARNING, hint)]


def test_words_sub_bullets_typed_as_o_are_a_warning(check: Check):
    found = check(Path("a.md"), in_first_section("- Own it\n  o Name a lead\n  o Name a deputy\n"))
    assert [(d.code, d.line, d.severity) for d in found] == [("pasted-bullets", 15, Severity.WARNING)]


@pytest.mark.parametrize("text", ["Teams showed the raw \\*\\*Important:\\*\\* markers in every summary.", "\\# of requests fell by half.", "The card was 4929 \\*\\*\\*\\* \\*\\*\\*\\* 1234 on the form.", "Use \\# for a heading, and 2 \\* 3 = 6.", "O Captain, my captain.\no Name nobody.", "The [2024 survey](https://example.org/a) and [Figure 3](https://example.org/b)."])
def test_an_escaped_mark_a_letter_o_or_a_link_with_a_number_in_its_words_in_prose_is_text(check: Check, text: str):
    assert check(Path("a.md"), in_first_section(text + "\n")) == []


@pytest.mark.parametrize("marks", ["\\- ", "\\* ", "1\\. "])
def test_list_marks_a_documents_export_escaped_are_a_warning_to_delete_the_backslash(check: Check, marks: str):
    found = check(Path("a.md"), in_first_section(f"{marks}Name an owner\n{marks}Keep one place\n"))
    assert [(d.code, d.line, d.severity) for d in found] == [("pasted-bullets", 14, Severity.WARNING)]
    assert found[0].hint.startswith("delete the backslash")


def test_a_year_escaped_on_purpose_at_the_start_of_a_line_is_no_pasted_list(check: Check):
    assert check(Path("a.md"), in_first_section("1984\\. The year the first system went live.\n2024\\. The year it was replaced.\n")) == []


def test_bold_with_its_space_inside_the_closing_marks_before_the_next_word_is_a_warning(check: Check):
    found = check(Path("a.md"), in_first_section("**Name one owner **for each prompt a client sees.\n"))
    assert [(d.code, d.line) for d in found] == [("bold-spaced", 14)]
    assert found[0].hint.startswith("write **Name one owner**,") and "the space goes after them" in found[0].hint


def test_arithmetic_and_bold_glued_to_words_are_not_spaced_bold(check: Check):
    assert check(Path("a.md"), in_first_section("It costs 2**8 pounds, and x **y is code-like text.\n")) == []


@pytest.mark.parametrize(
    ("written", "category"),
    [("tags: [accountability, prompts]", "accountability"), ("tags:\n  - Sponsorship\n  - prompts", "sponsorship"), ("topic: governance", "governance")],
)
def test_a_category_written_under_a_key_of_its_own_is_told_as_category(check: Check, written: str, category: str):
    # An assistant's draft writes 'tags:' for what the contract calls the category: the first
    # error was 'category' missing, and the 'tags' line was given the list of keys.
    found = check(Path("a.md"), minimal(**{"category: value": written}))
    assert [(d.code, d.line) for d in found] == [("unknown-key", 4)]
    assert found[0].hint.startswith(f"write 'category: {category}' in its place")


def test_front_matter_without_only_its_first_dashes_is_told_to_add_that_line_alone(check: Check):
    # The closing '---' is there: a hint to add another after the last key, followed, left a
    # second '---' in the body (text before the first section).
    text = minimal()
    assert text.startswith("---\n")
    found = check(Path("a.md"), text[4:])
    assert [d.code for d in found] == ["front-matter-missing"]
    assert found[0].hint == "add a line '---' above it"
    assert errors(check(Path("a.md"), "---\n" + text[4:])) == []


@pytest.mark.parametrize(
    ("subheadings", "told"),
    [
        # '####' straight under a section's '##': the page goes from h2 to h4.
        ("#### A closer look\n\nThe closer look.\n", [(14, "### A closer look")]),
        # Each level one below the last is fine, and so is going back up by several.
        ("### A closer look\n\nMore.\n\n#### Closer still\n\nMore.\n\n### Another look\n\nMore.\n", []),
        # In a list item or a quotation, a heading is in the page's outline all the same.
        ("- #### A closer look\n", [(14, "- ### A closer look")]),
        ("> #### A closer look ####\n", [(14, "> ### A closer look ####")]),
        ("### A closer look\n\nMore.\n\n###### Far too deep\n\nMore.\n", [(18, "#### Far too deep")]),
    ],
)
def test_a_subheading_that_skips_a_level_is_told_with_the_level_to_write(check: Check, subheadings: str, told: list):
    # axe's heading-order and a screen reader's list of headings read h2 then h4 as a part missing.
    found = [d for d in check(Path("a.md"), in_first_section(subheadings)) if d.is_error]
    assert [(d.line, d.hint.rpartition(": ")[2]) for d in found if d.code == "heading-skips-level"] == told, [d.format_text() for d in found]
    assert [d for d in found if d.code != "heading-skips-level"] == []


def test_skipped_levels_are_told_at_once_and_following_the_hints_makes_the_file_valid(check: Check):
    # The heading under one told is told from the level its hint writes: '#####' under a '####'
    # that is to become '###' was no error until that one was fixed, and then was one.
    text = in_first_section("#### A closer look\n\nThe closer look.\n\n- ##### Closer still\n\nMore.\n")
    told = [d for d in check(Path("a.md"), text) if d.is_error]
    assert [(d.code, d.line) for d in told] == [("heading-skips-level", 14), ("heading-skips-level", 18)]
    lines = text.split("\n")
    for diagnostic in told:
        lines[diagnostic.line - 1] = diagnostic.hint.rpartition(": ")[2]
    assert [d.format_text() for d in check(Path("a.md"), "\n".join(lines)) if d.is_error] == []


def test_text_indented_by_a_tab_is_told_to_lose_its_tab_too(check: Check):
    # The hint said "delete the spaces before it" of a line that holds a tab and no space.
    [found] = [d for d in check(Path("a.md"), in_first_section("\tThis paragraph was indented by a tab in the editor, sadly.\n")) if d.code == "indented-text"]
    assert found.hint.startswith("delete the spaces or tab before it")


def test_more_related_than_a_page_shows_is_a_warning_at_the_first_left_out(check: Check):
    # The page links to the first three: the fourth and later were dropped without a word.
    related = "related:\n" + "".join(f"  - another-pattern-{n}\n" for n in range(5))
    text = minimal(**{"published: 2026-03-02": "published: 2026-03-02\n" + related})
    found = check(Path("a-pattern.md"), text)
    assert [(d.code, d.line, d.is_error) for d in found] == [("related-not-shown", 14, False)]
    assert found[0].message == "'related' has 5 items; the page links to the first 3 only"


def test_three_related_are_all_shown_and_need_no_warning(check: Check):
    related = "related:\n" + "".join(f"  - another-pattern-{n}\n" for n in range(3))
    text = minimal(**{"published: 2026-03-02": "published: 2026-03-02\n" + related})
    assert check(Path("a-pattern.md"), text) == []


def test_an_address_that_angle_brackets_cannot_hold_is_not_told_to_take_them():
    # 'https://example.com>---—two' between '<' and '>' would end at its own '>'.
    assert slips.glued_mark("https://example.com'https://example.com>---\u2014two") is None
    assert slips.glued_mark("https://example.com/a<b\u201d") is None
    assert slips.glued_mark("https://example.com/guide\u2014it") == len("https://example.com/guide")


@pytest.mark.parametrize(
    ("written", "style"),
    [
        ("## **What is actually happening**", "bold"),
        ("## __What is actually happening__", "bold"),
        ("## *What is actually happening*", "italics"),
        ("## ***What is actually happening***", "bold italics"),
        ("## \U0001f440 What is actually happening", "with an emoji or a symbol"),
        ("## What is actually happening \u2705", "with an emoji or a symbol"),
        ("## [What is actually happening](#what-is-actually-happening)", "as a link"),
    ],
)
def test_a_section_heading_in_bold_or_italics_is_told_to_drop_the_marks(check: Check, written: str, style: str):
    # A document's export writes its headings in bold: 'did you mean "What is actually happening"?' named the same words.
    text = minimal(**{"## What is actually happening\n": written + "\n"})
    found = [d for d in check(Path("a.md"), text) if d.is_error]
    line = text.split("\n").index(written) + 1
    assert [(d.code, d.line, d.hint) for d in found] == [("section-misspelt", line, "write the line as: ## What is actually happening")]
    assert f"is written {style if style.startswith(('with', 'as')) else 'in ' + style}" in found[0].message
    assert [d for d in check(Path("a.md"), text.replace(written, (found[0].hint or "").partition(": ")[2])) if d.is_error] == []


@pytest.mark.parametrize(
    ("src", "own"),
    [
        # The site's own picture, its address copied from the browser: told 'images must be files on this site'.
        ("https://stallpatterns.github.io/stall-patterns/assets/favicon.svg", "/assets/favicon.svg"),
        ("https://stallpatterns.github.io/stall-patterns/assets/charts/queue%20times.png", "/assets/charts/queue%20times.png"),
        ("https://example.org/images/chart.png", "/assets/chart.png"),
    ],
)
def test_a_picture_at_a_full_address_is_told_the_address_from_the_sites_root(check: Check, src: str, own: str):
    found = [d for d in check(Path("a.md"), in_first_section(f"![The queue]({src})\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("external-image", 14)]
    assert found[0].hint == (
        f"if it is one of this site's own pictures, write it as ![The queue]({own}); "
        f"otherwise save it in the site's docs/assets/ folder and write that, or link to it instead: [The queue]({src})"
    )


@pytest.mark.parametrize(("description", "tag"), [("<img src=x onerror=alert(1)>", "<img>"), ("A chart <b>of</b> waits", "<b>")])
def test_html_in_a_pictures_description_is_refused_as_in_a_links_words(check: Check, description: str, tag: str):
    # It was told the picture had no description, and a screen reader read the tag out as text.
    found = [d for d in check(Path("a.md"), in_first_section(f"![{description}](/assets/chart.png)\n")) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("raw-html", 14, 1)]
    assert found[0].message.startswith(f"HTML is not allowed in a pattern: {tag}")


@pytest.mark.parametrize(
    ("written", "word", "told"),
    [
        # Notes to the authors or an editor, which passed unless they started with one of a few words.
        ("The group met twice. [Note to editor: check the dates with Sam]", "[Note to editor: check the dates with Sam]", "is a note to the authors or an editor"),
        ("[Comment: check this figure with Jane]", "[Comment: check this figure with Jane]", "is a note to the authors or an editor"),
        ("The chair was late [check with Sam].", "[check with Sam]", "is a note to the authors or an editor"),
        ("AI saves 40% of the time [citation needed].", "[citation needed]", "is a note to the authors or an editor"),
        ("The board approved it [source?].", "[source?]", "is a note to the authors or an editor"),
        ("It took 12 [Jane: is this right?] months.", "[Jane: is this right?]", "is a note to the authors or an editor"),
        ("The budget [NB: anonymise it] was spent.", "[NB: anonymise it]", "is a note to the authors or an editor"),
        ("The date is [to be confirmed].", "[to be confirmed]", "is a note to the authors or an editor"),
        ("The figure [John to confirm] is high.", "[John to confirm]", "is a note to the authors or an editor"),
        ("It took [?] weeks.", "[?]", "is a note to the authors or an editor"),
        ("The launch (TBC) is in May.", "(TBC)", "is a note to the authors or an editor"),
        # What Word and Google Docs leave in the text they export.
        ("As Figure 3.Error! Reference source not found. shows, it waits.", "Error! Reference source not found.", "is what Word writes where a cross-reference is broken"),
        ("The group met twice this year.[a]\n\n[a]Jane Smith: can we name the firm?", "[a]", "marks where a comment of Google Docs or Word was"),
        ("The group met twice this year.[JS1]", "[JS1]", "marks where a comment of Google Docs or Word was"),
    ],
)
def test_a_note_or_an_exports_leftover_in_the_text_is_an_error_that_says_what_it_is(check: Check, written: str, word: str, told: str):
    found = [d for d in check(Path("a.md"), in_first_section(written + "\n")) if d.is_error]
    assert found and {d.code for d in found} == {"placeholder"}
    assert found[0].line == 14 and found[0].message.startswith(f"'{word}' {told}")


@pytest.mark.parametrize(
    "written",
    [
        'As the report said, "the client [sic] was slow" and [the sponsor] agreed [emphasis added].',
        "[Source: ONS, 2024] The rate rose, see [the guide][a].\n\n[a]: https://example.com/guide",
        "Options (a) and (b), the list [a, b, c], x[1] and arr[i]; check the [budget] and the [confirmation letter].",
        "See [the report][r].\n\n[r]: https://example.org/report",
    ],
)
def test_an_editors_brackets_in_a_quotation_and_code_like_words_are_not_notes(check: Check, written: str):
    assert [d for d in check(Path("a.md"), in_first_section(written + "\n")) if d.code == "placeholder"] == []


TEXT_TYPED_IN_THE_MARKS = (
    "Every team writes its own prompts for the same tasks, keeps them in chat histories, and nobody can say which produced last month's numbers."
)


def test_a_sections_text_typed_inside_a_comment_is_told_it_is_hidden_not_that_the_section_is_empty(check: Check):
    # 'write at least a paragraph under it' kept the author's own paragraph hidden in its comment.
    shown = minimal().split("## What it looks like\n\n")[1].split("\n\n")[0]  # the section's one paragraph
    text = minimal(**{shown: f"<!-- {TEXT_TYPED_IN_THE_MARKS} -->"})
    found = [d for d in check(Path("a.md"), text) if d.is_error]
    assert [(d.code, d.hint) for d in found] == [("section-empty", "delete the '<!--' before the text and the '-->' after it")]
    assert "is empty to readers: its text is inside a comment" in found[0].message
    assert [d for d in check(Path("a.md"), text.replace(f"<!-- {TEXT_TYPED_IN_THE_MARKS} -->", TEXT_TYPED_IN_THE_MARKS)) if d.is_error] == []


def test_text_typed_inside_the_scaffolds_guidance_is_told_it_is_hidden(check: Check):
    text = in_first_section(f"<!-- guide: {TEXT_TYPED_IN_THE_MARKS} -->\n")
    found = [d for d in check(Path("a.md"), text) if d.is_error]
    assert [(d.code, d.line, d.hint) for d in found] == [("scaffold-guidance", 14, "delete '<!-- guide:' before your text and '-->' after it")]
    assert found[0].message.startswith("your text is inside the guidance comment")


@pytest.mark.parametrize(
    ("name", "renamed"),
    [
        # A copy of another pattern's file, to start a new one: its own title's slug. '-copy' passed for good.
        ("the-pilot-that-is-judged copy.md", "the-pilot-that-is-judged-on-its-demo.md"),
        ("the-pilot-that-is-judged - Copy.md", "the-pilot-that-is-judged-on-its-demo.md"),
        ("the-pilot-that-is-judged copy 2.md", "the-pilot-that-is-judged-on-its-demo.md"),
        ("the-pilot-that-is-judged (1).md", "the-pilot-that-is-judged-on-its-demo.md"),
        # A document's ending left in the name.
        ("Board-Pack.docx.md", "board-pack.md"),
        # A draft's or a version's mark, no part of an address for good (helper-246).
        ("AI pilots (draft).md", "ai-pilots.md"),
        ("Prompt Library \u2013 v2 FINAL.md", "prompt-library.md"),
    ],
)
def test_a_copys_or_a_documents_file_name_is_told_a_name_without_what_the_copy_added(check: Check, name: str, renamed: str):
    (found,) = [d for d in check(Path(name), minimal()) if d.code == "bad-slug"]
    assert (found.hint, found.rename) == (f"rename it to '{renamed}'", renamed)


def test_a_link_to_a_pattern_by_its_title_with_spaces_is_told_the_patterns_file_name():
    # Told to write %20 or <…>, which made a link to a file that does not exist: a second error.
    from stallpatterns import body

    found = list(slips.problems(body.parse("See [the sponsor](The sponsor who moved on.md) first.")))
    assert [(p.code, p.hint) for p in found] == [
        ("link-space-in-address", "write the pattern's file name, with hyphens for spaces: [the sponsor](the-sponsor-who-moved-on.md)")
    ]


@pytest.mark.parametrize(
    ("html", "hint"),
    [
        ("<u>twice</u>", "Markdown has no underline (on a web page it reads as a link): write the words in *italics* or **bold**, or delete the tags"),
        ("<mark>twice</mark>", "Markdown has no highlight: write the words in **bold**, or delete the tags"),
        ("twice<sup>1</sup>", "Markdown has no raised text: for a note, put it in brackets after the sentence; for a power or an ordinal, write it plainly (m2, 1st) or in words"),
        ("<s>twice</s>", "write ~~struck-through text~~"),
        ('<span style="color:red">twice</span>', "the site sets every pattern's fonts and colours itself: delete the tags, keeping the words"),
    ],
)
def test_html_that_markdown_has_nothing_for_is_told_what_to_write_instead(check: Check, html: str, hint: str):
    # 'write Markdown instead' left an author stuck: Markdown has no underline, highlight or raised text.
    found = [d for d in check(Path("a.md"), in_first_section(f"The group met {html} this year.\n")) if d.code == "raw-html"]
    assert [d.hint for d in found] == [hint]


def test_a_note_in_double_angle_brackets_is_named_with_all_four_marks(check: Check):
    # Named '<add case study>', at the second '<': deleting what was named left '<>' on the page.
    (found,) = [d for d in check(Path("a.md"), in_first_section("The group met <<add case study>> twice.\n")) if d.is_error]
    assert (found.code, found.line, found.column) == ("placeholder", 14, len("The group met ") + 1)
    assert found.message.startswith("'<<add case study>>' marks text still to be written")


def test_a_tables_dividing_row_after_a_blank_line_is_told_to_join_the_first_row():
    # Told there was no dividing row, and to add one under the first: the page showed the headings as
    # text and a table headed by dashes.
    from stallpatterns import body

    found = list(slips.problems(body.parse("| Quarter | Meetings |\n\n| --- | --- |\n| Q1 | 1 |")))
    assert [(p.code, p.line) for p in found] == [("table-without-divider", 2)]
    assert found[0].hint == "put the table's first row on the line straight above this one; if it is there already, delete the blank line between them"


@pytest.mark.parametrize(
    ("address", "meant", "mark"),
    [
        ("https://example.com/minutes\u201d", "https://example.com/minutes", "\u201d"),
        ("the-pilot.md\u2019", "the-pilot.md", "\u2019"),
        ("https://example.com/a%E2%80%9D", "https://example.com/a", "\u201d"),
    ],
)
def test_a_links_address_that_ends_in_a_typed_closing_mark_is_an_error(check: Check, address: str, meant: str, mark: str):
    # Word makes the straight quote typed after an address a closing one: the link went to '…/minutes%E2%80%9D'.
    found = [d for d in check(Path("a.md"), in_first_section(f"See [the minutes]({address}) first.\n")) if d.is_error]
    assert [(d.code, d.line, d.hint) for d in found] == [("link-address", 14, f"delete the '{mark}' from the address: ({meant})")]


@pytest.mark.parametrize("shown", ["paypal[.]com", "paypal(.)com", "paypal[dot]com", "paypal . com", "paypa\u1e37com", "paypal\u0323com"])
def test_link_words_that_write_a_domain_so_it_is_no_link_still_name_it(check: Check, shown: str):
    # A domain written 'defanged', spaced, or with a dot below a letter: published as a link to evil.example.
    found = [d for d in check(Path("a.md"), in_first_section(f"Pay at [{shown}](https://evil.example/pay).\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("link-text-elsewhere", 14)]
    assert "'paypal.com'" in found[0].message
    assert [d for d in check(Path("a.md"), in_first_section(f"Pay at [{shown}](https://www.paypal.com/pay).\n")) if d.is_error] == []


@pytest.mark.parametrize(
    "word",
    [
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian 'I want': a non-joiner is part of its spelling
        "\u0915\u094d\u200d\u0937",  # a Hindi conjunct's half form: a joiner after the virama
    ],
)
def test_a_joiner_that_a_scripts_spelling_writes_inside_a_word_is_not_an_invisible_character(check: Check, word: str):
    # 'delete it', the hint, changed the word's spelling.
    assert [d for d in check(Path("a.md"), in_first_section(f"The word {word} was quoted.\n")) if d.is_error] == []


def test_a_joiner_inside_a_latin_word_is_still_an_invisible_character(check: Check):
    found = [d for d in check(Path("a.md"), in_first_section("The pay\u200cpal team met.\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("invisible-character", 14)]


def test_a_code_block_closed_with_too_few_marks_is_told_the_line_to_mend(check: Check):
    # Told to add a line '```' where the code ends: the '``' stayed, a paragraph of its own on the page.
    text = in_first_section("```markdown\nPrompt: summarise the minutes\n``\n\nThe team waits.\n")
    (found,) = [d for d in check(Path("a.md"), text) if d.is_error]
    assert (found.code, found.line) == ("fence-unclosed", 14)
    assert found.hint == "the line '``' further down has too few marks to close it: write '```' in its place"
    assert [d for d in check(Path("a.md"), text.replace("\n``\n", "\n```\n")) if d.is_error] == []


def test_two_stray_italics_marks_a_sentence_apart_are_not_told_to_close_up():
    # Told to write '*twice this year. The chair was*', the author put a whole clause in italics.
    from stallpatterns import body

    found = list(slips.problems(body.parse("The group has met *twice this year. The chair was **always* late.")))
    assert [(p.code, p.warning) for p in found] == [("italics-spaced", True)]
    assert found[0].message == "this '*' and the one after it are shown as typed: a sentence ends between them, so they make no italics"
    assert "The chair was*" not in found[0].hint


def test_a_level_one_heading_inside_a_section_is_told_the_subheading_to_write(check: Check):
    # Told "use '## ' for one of the three sections, or '### ' inside one": '## Key takeaways' was an unknown section.
    text = minimal(**{"## What is actually happening\n": "# Key takeaways\n\nThe pilot was judged on its demo.\n\n## What is actually happening\n"})
    (found,) = [d for d in check(Path("a.md"), text) if d.is_error]
    assert (found.code, found.hint) == ("h1-in-body", "write it as a subheading inside the section: ### Key takeaways")
    assert [d for d in check(Path("a.md"), text.replace("# Key takeaways", "### Key takeaways")) if d.is_error] == []


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("Monday 2 March 2026", "write the date alone, 2026-03-02: a weekday or a note beside it is not read as part of it"),
        ("2026-03-02 (final)", "write the date alone, 2026-03-02: a weekday or a note beside it is not read as part of it"),
        ("2 Mar", f"write the year too: {date.today().year}-03-02, if it is 2 March this year"),
        # A month and a year, and no day (helper-238).
        ("August 2026", "add the day: 2026-08-DD, with DD the day of August"),
        ("Sept. 2025", "add the day: 2025-09-DD, with DD the day of September"),
        ("\u201cAugust 2026\u201d", "add the day: 2026-08-DD, with DD the day of August"),
    ],
)
def test_a_date_with_a_weekday_a_note_or_no_year_is_told_the_date_to_write(check: Check, written: str, hint: str):
    # The hint was the general 'for example 2026-03-14', though the date could be read.
    found = [d for d in check(Path("a.md"), minimal(**{"published: 2026-03-02": f"published: {written}"})) if d.is_error]
    assert [(d.code, d.line, d.hint) for d in found] == [("bad-date", 9, hint)]


def test_a_wrapped_address_under_words_that_show_the_page_is_told_the_page_not_to_change_the_words(check: Check):
    # Told 'make the text the address the link goes to', an author kept Outlook's wrapper.
    wrapped = "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.example.com%2Fminutes&data=05&reserved=0"
    found = [d for d in check(Path("a.md"), in_first_section(f"See [www.example.com/minutes]({wrapped}) now.\n")) if d.is_error]
    assert [(d.code, d.hint) for d in found] == [("link-address", "write the page's own address: https://www.example.com/minutes")]


def test_links_that_take_more_from_one_definition_than_github_reads_are_told_at_it_in_linear_time(check: Check, growth):
    # 6,000 uses of one 50,000-character address were 300 MB of links to read: 110 s and
    # 2.9 GB to check a 98 KB file. GitHub's reader stops taking a definition's address once
    # its links hold more than 100,000 characters (or the file's size), and so does the site.
    def file(uses: int, length: int) -> str:
        address = "https://example.com/" + "a" * length
        return in_first_section(" ".join(["[the minutes][r]"] * uses) + f"\n\n[r]: {address}\n\n")

    text = file(40, 3000)
    definition = text.split("\n").index("[r]: https://example.com/" + "a" * 3000) + 1
    found = check(Path("a-pattern.md"), text)
    assert [(d.code, d.line) for d in found if d.is_error] == [("links-overused", definition)]
    assert "link-undefined" not in [d.code for d in found]
    assert not [d for d in check(Path("a-pattern.md"), file(30, 3000)) if d.code == "links-overused"]  # 90,000: all links
    tokens = body.parse(file(40, 3000))
    assert sum(c.type == "link_open" for t in tokens if t.children for c in t.children) == 33  # as GitHub: 33 × 3,020 ≤ 100,000
    assert growth(lambda n: check(Path("a-pattern.md"), file(n, 10 * n)), 300) < 8


# ---- Wanting a pattern kept unpublished: every hint names 'draft: true' ---------------------
# Each hint below, followed as written, published the pattern its author meant to hold back.

KEEP_AS_DRAFT_HINT = "'draft: true'"


@pytest.mark.parametrize("line", ["status: draft", "hidden: true", "WIP: true", "publish: false", "unpublished: true", "visibility: private", "Status: In review"])
def test_another_tools_key_for_a_draft_is_told_to_write_draft_true(check: Check, line: str):
    found = check(Path("a.md"), minimal(**{"published: 2026-03-02": f"published: 2026-03-02\n{line}"}))
    assert [(d.code, d.line) for d in found] == [("unknown-key", 10)]
    assert found[0].hint.startswith("write 'draft: true' in its place")


@pytest.mark.parametrize("line", ["status: published", "publish: true", "hidden: false"])
def test_another_tools_key_that_says_published_is_told_to_be_deleted(check: Check, line: str):
    found = check(Path("a.md"), minimal(**{"published: 2026-03-02": f"published: 2026-03-02\n{line}"}))
    assert [d.code for d in found] == ["unknown-key"] and KEEP_AS_DRAFT_HINT not in found[0].hint


@pytest.mark.parametrize(("written", "day"), [("TBC", None), ("not yet", None), ("draft", None), ("2026-03-02 (draft)", "2026-03-02")])
def test_a_date_not_yet_known_is_told_to_write_a_date_and_draft_true(check: Check, written: str, day: str | None):
    found = check(Path("a.md"), minimal(**{"published: 2026-03-02": f"published: {written}"}))
    assert [(d.code, d.line) for d in found] == [("bad-date", 9)]
    assert KEEP_AS_DRAFT_HINT in found[0].hint and (day is None or found[0].hint.startswith(f"write {day} alone"))


@pytest.mark.parametrize(
    ("where", "line"),
    [
        ({"---\n\n## What it looks like": "---\ndraft: true\n\n## What it looks like"}, 11),  # just below the '---'
        ({"or change it.": "or change it.\n\ndraft: true"}, 24),  # at the end of the file
    ],
)
def test_a_front_matter_line_below_its_closing_fence_is_told_to_move_up(check: Check, where: dict[str, str], line: int):
    # Just below the '---' it was told as text before the first section, to move under it;
    # at the end it passed. Both published the pattern, 'draft: true' shown as its text.
    found = check(Path("a.md"), minimal(**where))
    assert [(d.code, d.line) for d in found] == [("key-in-body", line)]
    assert "not kept as a draft" in found[0].message and found[0].hint == "move this line up, above the '---' on line 10"


def test_a_front_matter_key_written_already_is_told_to_be_changed_there(check: Check):
    found = check(Path("a.md"), minimal(**{"or change it.": "or change it.\n\ncategory: governance\n\nupdated: 2026-04-01"}))
    assert [(d.code, d.line, d.hint) for d in found] == [
        ("key-in-body", 24, "delete this line, and write what it says in 'category' on line 4"),
        ("key-in-body", 26, "move this line up, above the '---' on line 10"),
    ]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        # Told as text before the first section, to move under it, where it was published (helper-242).
        ("summary: A pilot is approved and then waits.", "delete this line, and write what it says in 'summary' on line 3"),
        ("date: 2026-11-20", "delete this line, and write what it says in 'published' on line 9"),
        ("tags: [ai, pilots]", "delete this line: the keys a pattern may have are: " + ", ".join(fields.BY_NAME)),
        ("tags:\n  - ai\n  - pilots", "delete this line and the 2 lines under it, which hold its value: the keys a pattern may have are: " + ", ".join(fields.BY_NAME)),
        ("updated: 2026-04-01\naliases:\n  - judged-on-demo", "move this line up, above the '---' on line 10"),
        # A key in capitals or with hyphens (the review of the session's change).
        ("Category: governance", "delete this line, and write what it says in 'category' on line 4"),
        ("Tags: [ai]", "delete this line: the keys a pattern may have are: " + ", ".join(fields.BY_NAME)),
    ],
)
def test_a_front_matter_line_just_below_its_closing_fence_is_told_as_one(check: Check, written: str, hint: str):
    found = [d for d in check(Path("a.md"), minimal(**{"---\n\n## What it looks like": f"---\n{written}\n\n## What it looks like"})) if d.is_error]
    assert [(d.code, d.line) for d in found][:1] == [("key-in-body", 11)]
    assert found[0].hint == hint


def test_a_lists_key_below_the_closing_fence_is_told_to_move_with_its_items(check: Check):
    # Moved up alone, as told, its items were left below and told as text (helper-242).
    found = check(Path("a.md"), minimal(**{"---\n\n## What it looks like": "---\naliases:\n  - judged-on-demo\n\n## What it looks like"}))
    assert [(d.code, d.line, d.hint) for d in found] == [
        ("key-in-body", 11, "move this line and the 1 line under it, which holds its value, up, above the '---' on line 10")
    ]


@pytest.mark.parametrize(
    "prose",
    [
        "Summary: the board asked nothing.",
        "Category: nobody's.",
        "Published: never, in the end.",
        # A sentence wrapped before its last word, a key's (refused until the forty-sixth
        # session: false refusals round).
        "Watch for three\nsigns:\n\n- the demo\n- the deck\n- the date",
        "The AI policy was last\nupdated: 2023-03-01",
        "Two of the patterns here are closely\nrelated:",
    ],
)
def test_prose_that_starts_with_a_keys_word_is_prose(check: Check, prose: str):
    assert codes_for(check, minimal(**{"or change it.": f"or change it.\n\n{prose}"})) == []


@pytest.mark.parametrize("prose", ["Some notes\ndraft: true", "That was all.\nupdated: 2026-04-01", "draft: true\npublished: 2026-03-02"])
def test_a_front_matter_line_inside_a_paragraph_is_still_a_key_in_the_body(check: Check, prose: str):
    assert "key-in-body" in [code for code, _ in codes_for(check, minimal(**{"or change it.": f"or change it.\n\n{prose}"}))]


@pytest.mark.parametrize(
    ("old", "new", "mark"),
    [
        ("title: The pilot", 'title: "[Draft] The pilot', "[Draft]"),
        ("title: The pilot that is judged on its demo", "title: The pilot that is judged on its demo (draft)", "(draft)"),
        ("title: The pilot", "title: DRAFT - The pilot", "DRAFT -"),
        ("title: The pilot", "title: '[WIP] The pilot", "[WIP]"),
        ("## What it looks like\n", "## What it looks like\n\n**DRAFT, NOT FOR CIRCULATION**\n", "DRAFT"),
    ],
)
def test_a_draft_mark_in_the_text_is_told_with_draft_true(check: Check, old: str, new: str, mark: str):
    text = minimal(**{old: new})
    text = text.replace("on its demo\n", 'on its demo"\n', 1) if new.startswith('title: "') else text.replace("on its demo\n", "on its demo'\n", 1) if new.startswith("title: '") else text
    found = [d for d in check(Path("a.md"), text) if d.is_error]
    assert [(d.code, d.message.partition(" marks")[0]) for d in found] == [("placeholder", f"'{mark}'")]
    assert "write 'draft: true' in the front matter" in found[0].hint


def test_drafts_in_prose_and_wip_limits_are_prose(check: Check):
    prose = "The team drafted a policy, a draft went to the board marked DRAFT, and the WIP limits held while work in progress stalled."
    assert codes_for(check, in_first_section(prose)) == []


# ---- Placeholders and notes a phone or a template leaves, which both readers show -----------

@pytest.mark.parametrize(
    ("written", "opener"),
    [
        ("The plan <!-- check with the sponsor \u2014> was dropped.", "<!--"),  # '--' typed as a dash: never closed
        ("The plan \u2039!\u2014 check with the sponsor \u2014> was dropped.", "\u2039!\u2014"),
        ("The plan <!\u2014 check with the sponsor \u2014> was dropped.", "<!\u2014"),
    ],
)
def test_a_note_meant_as_a_comment_that_is_none_is_an_error(check: Check, written: str, opener: str):
    found = [d for d in check(Path("a.md"), in_first_section(written)) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("comment-shown", 14, len("The plan ") + 1)]
    assert f"'{opener}" in found[0].message and "page shows it" in found[0].message


def test_a_closed_comment_and_one_in_code_are_as_meant(check: Check):
    assert codes_for(check, in_first_section("The plan <!-- check with the sponsor --> was dropped, and `<!--` opens one.")) == []


@pytest.mark.parametrize("sign", ["..", "\u2026.", "....", "\u2026\u2026"])
def test_a_sign_of_dots_alone_is_a_placeholder(check: Check, sign: str):
    found = check(Path("a.md"), minimal(**{"  - Nobody can say what result would end the pilot\n": f"  - {sign}\n"}))
    assert [(d.code, d.line) for d in found if d.is_error] == [("placeholder", 8)]


def test_names_and_figures_left_to_fill_in_are_placeholders(check: Check):
    found = check(Path("a.md"), in_first_section("At [Client], [X]% of staff used it by [Date], and [Your Organisation] paid {client}."))
    [report] = [d for d in found if d.is_error]
    assert report.code == "placeholder" and report.message.startswith("'[Client]'")
    assert "'[X]', '[Date]', '[Your Organisation]' and '{client}'" in report.message


def test_an_editors_words_in_brackets_and_code_in_braces_are_as_meant(check: Check):
    prose = "We told [the client] it was wrong [sic], the set {a, b} was empty, and arr[i] stayed."
    assert codes_for(check, in_first_section(prose)) == []


@pytest.mark.parametrize(
    "prose",
    ["They said [their sector] was different.", "The [Stall Review] was offered.", "The year [2024] was hard.", "A sum of £X may be left general.", "Press `<TBC>` in code."],
)
def test_words_in_brackets_that_are_no_template_field_are_as_meant(check: Check, prose: str):
    assert [code for code, _ in codes_for(check, in_first_section(prose))] == []


@pytest.mark.parametrize(
    ("written", "run", "meant"),
    [
        ("The teamâ€™s budget is still there.", "â€™", "’"),
        ("The budget is Â£40k a year.", "Â£", "£"),
        ("We met at the cafÃ© by the station.", "Ã©", "é"),
        ("It rose 10â€“20% in a year.", "â€“", "–"),
    ],
)
def test_characters_garbled_by_another_encoding_are_an_error_naming_what_was_meant(check: Check, written: str, run: str, meant: str):
    # What Notepad, Excel or a mail program leaves of a UTF-8 file read as Windows' Western and
    # saved again: published as typed, without a word.
    found = [d for d in check(Path("a.md"), in_first_section(written)) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("garbled-text", 14, written.index(run) + 1)]
    assert found[0].message.startswith(f"'{run}' is '{meant}' garbled")
    assert found[0].hint.startswith(f"type '{meant}' in its place")


@pytest.mark.parametrize(
    "prose",
    # False refusals met by the Markdown round of the forty-third session: an accented word's
    # last letter and the typography after it read back as a character of another script
    # ('é…”' as '酔'), which no garbled English file holds.
    ["At the café…” she said.", "The fiancé—“the sponsor”—signed.", "It went to the protégé’”.", "Il a dit «\u00a0café\u00a0».", "IN THE CAFÉ” SHE SAID."],
)
def test_an_accented_word_before_typography_is_no_garbled_text(check: Check, prose: str):
    assert [d.format_text() for d in check(Path("a.md"), in_first_section(prose)) if d.is_error] == []


def test_garbled_characters_in_the_front_matter_are_told_at_their_line_and_accents_are_as_meant(check: Check):
    found = check(Path("a.md"), minimal(**{"summary: A pilot": "summary: The â€œpilotâ€ at São Paulo, naïve. A pilot"}))
    assert [(d.code, d.line) for d in found if d.is_error] == [("garbled-text", 3)]
    assert "(and" not in found[0].message  # the closing mark's bytes read as nothing: one run named
    assert codes_for(check, in_first_section("The naïve café in São Paulo, Âge and Ørsted.")) == []


def test_a_key_named_in_angle_brackets_is_told_to_lose_them_and_a_tag_is_quoted_as_typed(check: Check):
    found = check(Path("a.md"), in_first_section("Press <Enter> and read <Span>words</Span>."))
    assert [(d.code, d.message) for d in found if d.is_error] == [
        ("raw-html", "'<Enter>' is read as an HTML tag, which the page would not show"),
        ("raw-html", "HTML is not allowed in a pattern: <Span>"),
    ]
    assert found[0].hint == "to name the key, write it without the angle brackets: Enter"


@pytest.mark.parametrize(
    ("link", "shown"),
    [
        ("[the report](#)", "'#', which only goes to the top of this page"),
        ("[the report](https://example.org/insert-link-here)", "words left for an address to come"),
        ("[the report](add_URL)", "words left for an address to come"),
        # A web address whose host is still to come: each was published, or told as another fault.
        ("[the report](https://...)", "'https://...', words left"),
        ("[the report](http://...)", "'http://...', words left"),
        ("[the report](https://.)", "'https://.', words left"),
        ("[the report](https://…)", "'https://…', words left"),  # the guide's own '(https://…)', pasted: told as 'xn--rvg'
        ("[the report](https://TBC)", "'https://TBC', words left"),  # told as an address inside the author's network
        ("[the report](https://URL)", "'https://URL', words left"),
        ("[the report](https://link-to-report)", "'https://link-to-report', words left"),
        ("[our firm](https://yourfirm.com)", "'https://yourfirm.com', words left"),
        ("[the report](https://insert-link-here.com)", "'https://insert-link-here.com', words left"),
        ("[the report](https://tbc.tbc)", "'https://tbc.tbc', words left"),
        ("[our firm](https://your-company-name.com)", "'https://your-company-name.com', words left"),
    ],
)
def test_a_link_whose_address_is_left_to_fill_in_is_an_error(check: Check, link: str, shown: str):
    found = [d for d in check(Path("a.md"), in_first_section(f"Read {link} first.")) if d.is_error]
    assert [d.code for d in found] == ["link-without-address"] and shown in found[0].message


def test_a_link_to_the_top_and_an_address_about_links_are_as_meant(check: Check):
    prose = (
        "Back to [the top](#top), or read [the list](https://example.org/links/todo) and [the form](https://example.org/add-address-book)."
        " See [the firm](https://www.linklaters.com/) and [the urls](https://urlscan.io/) and [the dots](https://www.gov.uk/...)."
        # Real sites named with the words a placeholder uses (a review found each told as one).
        " And [Stripe's Link](https://link.com), [the registrar](https://www.domain.com), [the builder](https://www.website.com)"
        " and [the course](https://grow-your-business.co.uk)."
    )
    assert codes_for(check, in_first_section(prose)) == []


def test_an_address_in_words_left_to_come_is_told_to_write_the_address_not_a_file_name(check: Check):
    found = [d for d in check(Path("a.md"), in_first_section("Read [that](insert link) first.")) if d.code == "link-space-in-address"]
    assert [d.hint for d in found] == ["write the page's address between the round brackets, as [the report](https://…); or delete the brackets"]


# ---- Hints that kept the slip: followed literally, each now gives a clean value ---------------

@pytest.mark.parametrize("mark", ["\ua789", "\u2236", "\ufe30", "\ufe55", "\u02f8", "\uff1a"])
@pytest.mark.parametrize(("key", "line", "value"), [("title", 2, "The pilot that is judged on its demo"), ("category", 4, "value")])
def test_a_colon_alike_after_a_key_is_named_and_the_hint_writes_a_colon_in_its_place(check: Check, mark: str, key: str, line: int, value: str):
    # Told 'write it as: title: ꞉ The pilot…', the author published the title with the mark.
    found = [d for d in check(Path("a.md"), minimal(**{f"{key}: ": f"{key}{mark} "})) if d.is_error]
    assert [(d.line, d.hint) for d in found] == [(line, f"write it as: {key}: {value}")]
    assert f"'{key}' is followed by '{mark}'" in found[0].message and "looks like a colon" in found[0].message


def test_a_key_and_value_joined_by_a_full_width_colon_below_a_list_is_told_as_a_key(check: Check):
    # 'draft：true' after the signs was told to be an item of them ('  - draft：true'), published.
    found = [d for d in check(Path("a.md"), minimal(**{"published: 2026-03-02": "published: 2026-03-02\ndraft\uff1atrue"})) if d.is_error]
    assert [(d.line, d.hint) for d in found] == [(10, "write it as: draft: true")]


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("title: The pilot that is judged on its demo", "title: **The pilot that is judged on its demo**", 'title: "The pilot that is judged on its demo"'),
        ("title: The pilot that is judged on its demo", "title: *The pilot that is judged on its demo*", 'title: "The pilot that is judged on its demo"'),
        ("  - Progress reports describe", "  - **Progress reports** describe", '  - "Progress reports describe features, not changed work"'),
        ("title: The pilot that is judged on its demo", "title: *Not* the pilot that is judged on its demo", 'title: "Not the pilot that is judged on its demo"'),
    ],
)
def test_bold_or_italics_in_a_value_is_told_to_lose_its_asterisks(check: Check, old: str, new: str, line: str):
    # Told to quote the value, the author published the asterisks.
    text = minimal(**{old: new})
    found = [d for d in check(Path("a.md"), text) if d.is_error]
    assert [d.hint.startswith("delete the asterisks") and d.hint.endswith(f"Write it as: {line}") for d in found] == [True]
    written = text.splitlines()[found[0].line - 1]
    assert codes_for(check, text.replace(written, line)) == []


@pytest.mark.parametrize(
    ("old", "new", "label"),
    [
        ("summary: A pilot", "summary: Summary: A pilot", "Summary:"),
        ("  - Progress reports", "  - Sign 2: Progress reports", "Sign 2:"),
    ],
)
def test_a_value_labelled_with_its_own_name_is_told_to_drop_the_label(check: Check, old: str, new: str, label: str):
    # Told to quote it, the author published 'Summary: ' before the summary.
    text = minimal(**{old: new})
    found = [d for d in check(Path("a.md"), text) if d.is_error]
    assert len(found) == 1 and found[0].hint.startswith(f"delete '{label}'")
    written = text.splitlines()[found[0].line - 1]
    assert codes_for(check, text.replace(written, found[0].hint.partition("Write it as: ")[2])) == []


def test_a_quoted_value_that_starts_with_its_own_label_is_an_error(check: Check):
    found = check(Path("a.md"), minimal(**{"title: The pilot that is judged on its demo": 'title: "Title: The pilot that is judged on its demo"'}))
    assert [(d.code, d.line, d.hint) for d in found] == [("label-in-value", 2, "delete 'Title:' and the space after it")]


def test_quoted_items_side_by_side_are_told_to_be_written_one_a_line(check: Check):
    # Told to quote the whole, the author made one name of the list, which must be a list.
    text = minimal(**{"published: 2026-03-02": 'published: 2026-03-02\nalso_known_as: "quiet steering group", "dormant steerco"'})
    [found] = [d for d in check(Path("a.md"), text) if d.is_error]
    assert found.line == 10 and found.hint == (
        "write 'also_known_as:' alone, then each item on a line of its own below it: '  - quiet steering group' and '  - dormant steerco'"
    )
    fixed = text.replace('also_known_as: "quiet steering group", "dormant steerco"', "also_known_as:\n  - quiet steering group\n  - dormant steerco")
    assert codes_for(check, fixed) == []


@pytest.mark.parametrize("written", ["Eighteen &#0; months", "Eighteen &#xD800; months", "Eighteen &#x110000; months", "Eighteen \ufffd months"])
def test_the_mark_of_a_character_lost_is_a_warning_at_its_column(check: Check, written: str):
    # Both readers show '\ufffd' for it: what a broken export leaves, published without a word.
    found = check(Path("a.md"), in_first_section(f"{written} ago."))
    assert [(d.code, d.line, d.column, d.is_error) for d in found] == [("replacement-character", 14, len("Eighteen ") + 1, False)]


def test_the_mark_of_a_character_lost_in_a_title_is_a_warning(check: Check):
    found = check(Path("a.md"), minimal(**{"on its demo\n": "on its demo \ufffd\n"}))
    assert ("replacement-character", 2) in [(d.code, d.line) for d in found] and not any(d.is_error for d in found)


@pytest.mark.parametrize("space", ["\u3000", "\u2003", "\u2009", "\u00a0"])
def test_a_pasted_space_between_a_headings_words_is_a_warning(check: Check, space: str):
    # GitHub names '## What it looks\u3000like' '#what-it-lookslike', the site '#what-it-looks-like':
    # a link to it worked on the site and went nowhere in the preview.
    found = check(Path("a.md"), minimal(**{"## What it looks like": f"## What it looks{space}like"}))
    assert [(d.code, d.line, d.column, d.is_error) for d in found] == [("heading-odd-space", 12, len("## What it looks") + 1, False)]


def test_a_pasted_space_between_a_subheadings_words_is_told_as_both_name_its_part(check: Check):
    # Markdown probes round: it was told that the site makes it a hyphen, which it no longer
    # does for a subheading (its part is named as GitHub names it).
    found = check(Path("a.md"), in_first_section("### Build\u00a0plan\n\nThe plan was built twice.\n"))
    assert [(d.code, d.is_error) for d in found] == [("heading-odd-space", False)]
    assert found[0].message.endswith(
        ": the heading's link leaves it out, on GitHub and the site alike ('#buildplan'), so a link written with a hyphen there ('#build-plan') goes nowhere"
    )


@pytest.mark.parametrize(("space", "marks"), [("\u00a0", "###"), ("\u2003", "#")])
def test_a_pasted_space_before_a_subheadings_closing_marks_is_told_as_keeping_them(check: Check, space: str, marks: str):
    # Markdown probes round: '### Build plan\u00a0###' was told as a space between words,
    # with links to '#build-plan' and '#build-plan-' that name no part; both readers show the
    # '###' as the heading's last word.
    found = check(Path("a.md"), in_first_section(f"### Build plan{space}{marks}\n\nThe plan was built twice.\n"))
    assert [(d.code, d.line, d.column, d.is_error) for d in found] == [("heading-odd-space", 14, len("### Build plan") + 1, False)]
    assert found[0].message.endswith(f"before its closing '{marks}': only an ordinary space lets a heading's closing marks go, so GitHub and the site both show them ('Build plan {marks}')")
    assert found[0].hint == f"type an ordinary space before the '{marks}', or delete them"


def test_subheadings_that_repeat_the_sections_names_are_warned_of(check: Check):
    # A chatbot's answer pasted under the first section, numbered headings and all: the page
    # showed each section's name twice, and the second one's text in the first section.
    pasted = "### 1. What it looks like:\n\nThe team waits.\n\n### 2. **What is actually happening**\n\nNobody decides.\n"
    found = check(Path("a.md"), in_first_section(pasted))
    assert [(d.code, d.line, d.is_error, d.hint.partition(":")[0]) for d in found] == [
        ("section-name-repeated", 14, False, "delete this subheading"),
        ("section-name-repeated", 18, False, "delete this subheading, and move what it holds under the section's heading (line 24), or delete it"),
    ]


def test_a_subheading_named_as_a_later_section_that_would_take_its_part_is_an_error(check: Check):
    # '### The intervention, shape?' in the first section took '#the-intervention-shape', and
    # the section itself became '#the-intervention-shape-1': its shared links landed on the
    # subheading. It was a warning, and published.
    found = check(Path("a.md"), in_first_section("### The intervention, shape?\n\nThe team waits.\n"))
    assert [(d.code, d.line, d.is_error) for d in found] == [("section-name-repeated", 14, True)], found
    assert "links to the section would land on this subheading" in found[0].message


def test_a_subheading_that_only_starts_with_a_sections_words_is_as_meant(check: Check):
    assert codes_for(check, in_first_section("### What it looks like on the claims floor\n\nThe team waits.\n")) == []


@pytest.mark.parametrize("lines", ["\U0001f449 it waits for the steering group\n\U0001f449 it picks safe work", "Step 1: ask the owner\nStep 2: agree the bar"])
def test_lines_started_with_a_pointing_hand_or_a_step_are_told_as_a_list_run_together(check: Check, lines: str):
    # Both readers ran them into one paragraph, where a chat tool's ticks and arrows were told.
    found = check(Path("a.md"), in_first_section(f"The team has three habits:\n{lines}"))
    assert [(d.code, d.line) for d in found] == [("pasted-bullets", 15)]


def test_a_paragraph_that_starts_with_a_step_is_as_meant(check: Check):
    assert codes_for(check, in_first_section("Step 1: ask the owner for a date, and write it down where the board will see it.")) == []


def test_a_section_of_its_own_above_the_first_is_told_to_go_not_to_become_a_subheading(check: Check):
    # Told "use '### '", the author was then told the subheading was text before the first section.
    found = check(Path("a.md"), minimal(**{"---\n\n## What it looks like": "---\n\n## Introduction\n\nA word first.\n\n## What it looks like"}))
    [unknown] = [d for d in found if d.code == "section-unknown"]
    assert unknown.hint.endswith("delete this heading, and move what it holds under \"What it looks like\" or delete it")
    below = check(Path("a.md"), minimal(**{"## The intervention shape": "## In summary\n\nA word.\n\n## The intervention shape"}))
    assert [d.hint.endswith("use '### ' for a subheading inside one") for d in below if d.code == "section-unknown"] == [True]


@pytest.mark.parametrize("rule", ["- - -", "***", "___", "* * *"])
def test_a_closing_fence_written_as_another_line_across_the_page_is_told_to_be_three_hyphens(check: Check, rule: str):
    # Told to add '---' after it, the author made '- - -' a list item of YAML's, and the hints went round.
    found = check(Path("a.md"), minimal(**{"published: 2026-03-02\n---\n": f"published: 2026-03-02\n{rule}\n"}))
    assert [(d.code, d.line, d.hint) for d in found] == [("front-matter-unclosed", 10, "write the line as '---'")]


def test_a_link_whose_words_name_an_offer_must_not_go_to_another_site(check: Check, settings: Settings):
    # '[Book a Stall Diagnosis](https://evil.example/book)' was published: readers took it for the site's own booking.
    prose = "Then [Book a Stall Diagnosis](https://evil.example/book), or ask for [our Stall Review](https://calendly.example/x)."
    found = check(Path("a.md"), in_first_section(prose))
    diagnosis, review = (next(o for o in settings.offers if o.id == key) for key in ("diagnosis", "review"))
    assert [(d.code, d.line, d.column, d.is_error) for d in found] == [
        ("link-text-elsewhere", 14, len("Then ") + 1, True),
        ("link-text-elsewhere", 14, prose.index("[our") + 1, True),
    ]
    assert f"offer, {diagnosis.name}, but the link goes to 'evil.example'" in found[0].message
    assert found[1].hint == f"link to the offer on this site, [{review.action}](/{review.url}), or write words that say where the link goes"
    assert codes_for(check, in_first_section(f"Then [{diagnosis.action}](/{diagnosis.url}), and read [the review of AI](https://www.gov.uk/x).")) == []


@pytest.mark.parametrize(
    ("prose", "offer"),
    [
        # By reference: the check looked only at lines with a '](' on them.
        ("If this sounds familiar, [Book a Stall Review][book].\n\n[book]: https://cal.evil.example/review", "review"),
        ("If this sounds familiar, [Book a Stall Review].\n\n[book a stall review]: https://cal.evil.example/review", "review"),
        # The site's own button, pictured: its words are the picture's description.
        ("Then [![Book a Stall Review](/assets/favicon.svg)](https://cal.evil.example/review).", "review"),
        # An accent a reader reads past; the words the offer's name and action end with alike.
        ("Then [Book a Stall Revíew](https://cal.evil.example/review).", "review"),
        ("Then book [our Stall Diagnosis](https://cal.evil.example/d).", "diagnosis"),
        # A slip in the offer's last word, which readers read past as they read past an accent
        # (attack round: each passed).
        ("Then [Book a Stall Reveiw](https://cal.evil.example/review).", "review"),
        ("Then [Book a Stall Reviw](https://cal.evil.example/review).", "review"),
        ("Then book [our Stall Diagnossis](https://cal.evil.example/d).", "diagnosis"),
        ("Then book [an AI Rollout Stall Diangosis](https://cal.evil.example/d).", "diagnosis"),
        ("Then see [the stall diagnosis page](https://cal.evil.example/d).", "diagnosis"),
        # A letter doubled or not in the words before it too (attack round of the forty-first
        # session: passed).
        ("Then [Book a Stal Reveiw](https://cal.evil.example/review).", "review"),
        ("Then book [an AI Rolout Stal Diagnosis](https://cal.evil.example/d).", "diagnosis"),
        # An address shown as itself, in a file with no '[' (attack round: the quick look for
        # links read only '[').
        ("Then see <https://cal.evil.example/book-a-stall-review> now.", "review"),
        ("Then see https://cal.evil.example/stall-diagnosis now.", "diagnosis"),
        # Asked for by its last word alone, capitalised as the site calls it (the attack round
        # of the forty-seventh session: each passed).
        ("Then [Start your Review](https://cal.evil.example/s).", "review"),
        ("Then [Pay for the Diagnosis](https://cal.evil.example/p).", "diagnosis"),
        ("Then [Get a quick Review](https://cal.evil.example/g).", "review"),
        ("Then [Begin the Review](https://cal.evil.example/b).", "review"),
        ("Then [Secure your Diagnosis](https://cal.evil.example/y).", "diagnosis"),
        # A public body's name under a country's domain that sells names to anyone is nobody's in
        # particular (helper-228: 'nhs.io' and 'go.to' passed as public bodies' sites).
        ("Then [Start your Review](https://stallhelp.nhs.io/s).", "review"),
        ("Then [Start your Review](https://stallhelp.go.to/s).", "review"),
    ],
)
def test_a_link_naming_an_offer_by_reference_by_picture_or_by_its_short_name_must_not_go_to_another_site(
    check: Check, settings: Settings, prose: str, offer: str
):
    found = check(Path("a.md"), in_first_section(prose))
    name = next(o.name for o in settings.offers if o.id == offer)
    assert [(d.code, d.line) for d in found] == [("link-text-elsewhere", 14)], found
    host = "stallhelp.nhs.io" if "nhs.io" in prose else "stallhelp.go.to" if "go.to" in prose else "cal.evil.example"
    assert f"offer, {name}, but the link goes to '{host}'" in found[0].message


@pytest.mark.parametrize(
    "prose",
    [
        "Read [a diagnosis](https://www.nhs.uk/) of it.",
        "Then [Book a Stall Review](/contact/#review).",
        "Read [the review](https://www.gov.uk/x).",
        "See [a stall](https://www.gov.uk/x).",
        "Read [a stale review](https://www.gov.uk/x) of the risks.",
        "Read [the small review](https://www.gov.uk/x) of the risks.",
        "Then [write to the desk](mailto:desk@example.com?subject=Review).",
        # An offer's last word alone, as another's (the differential run of the forty-sixth session).
        "The [Diagnosis](https://www.nhs.uk/conditions/autism/diagnosis/) section is what the model summarised.",
        "[Review](https://github.com/example/repo/pull/14) the pull request. As [the Review](https://topol.hee.nhs.uk/) said.",
        # Another's review by its own name, or asked for in small letters ('start a review').
        "The [Independent Review](https://www.gov.uk/x) said so, so [start a review](https://ico.org.uk/) of your own.",
        # A review one sits or fills in, or a public body's (the review of the session's change).
        "Employees were asked to [complete your Review](https://intranet.example.com/review); the DWP's page, [Start your Review](https://www.gov.uk/pip/review), came first.",
        "Read [my Review](https://www.goodreads.com/review/show/123), or [take the Review](https://www.coursera.org/learn/ai-review) course.",
    ],
)
def test_a_link_that_names_no_offer_may_go_to_another_site(check: Check, prose: str):
    assert codes_for(check, in_first_section(prose)) == []


@pytest.mark.parametrize(
    ("prose", "recipients"),
    [
        ("Then [write to us](mailto:hello@stallpatterns.example?cc=notes@evil.example&subject=Stall%20Review).", "hello@stallpatterns.example, notes@evil.example"),
        ("Then [write to us](mailto:hello@stallpatterns.example?bcc=ap@evil.example&body=Hello).", "hello@stallpatterns.example, ap@evil.example"),
        ("Then [write to us](mailto:hello@stallpatterns.example?to=ap@evil.example).", "hello@stallpatterns.example, ap@evil.example"),
        ("Then [write to us](mailto:hello@stallpatterns.example,ap@evil.example).", "hello@stallpatterns.example, ap@evil.example"),
        ("Then write to <mailto:hello@stallpatterns.example?bcc=ap@evil.example>.", "hello@stallpatterns.example, ap@evil.example"),
        # A field after a second '?', as some mail programs read one (attack round of the
        # forty-fifth session: published).
        ("Then [write to us](mailto:hello@stallpatterns.example?subject=a?bcc=ap@evil.example).", "hello@stallpatterns.example, ap@evil.example"),
    ],
)
def test_an_email_link_that_writes_to_more_than_one_address_is_an_error(check: Check, prose: str, recipients: str):
    # The reader's message was copied to someone the link's words do not name, unseen until
    # their mail program opened.
    found = check(Path("a.md"), in_first_section(prose))
    shown = "<mailto:" in prose  # an autolink shows its address: it is written out as well
    assert [(d.code, d.line) for d in found] == [("link-address", 14)] + [("email-address", 14)] * shown, found
    assert f"the e-mail link writes to 2 addresses ({recipients})" in found[0].message
    assert found[0].hint == "link to one address, with nothing after it but a subject: (mailto:hello@stallpatterns.example)"


@pytest.mark.parametrize(
    ("prose", "message", "hint"),
    [
        # Attack round of the forty-fifth session: each was published. A name beside the
        # address, which the reader's mail program shows in its place.
        (
            "Then [write to the office](mailto:%22Stall%20Patterns%20bookings%22%20%3Cspy@evil.example%3E?subject=Hello).",
            "the e-mail link's address 'mailto:\"Stall Patterns bookings\" <spy@evil.example>?subject=Hello' gives a name beside the address",
            "link to the address alone: (mailto:spy@evil.example)",
        ),
        # The address in a field only, where a reader looks straight after 'mailto:'.
        (
            "Then [write to the office](mailto:?to=pmo@firm.example).",
            "the e-mail link 'mailto:?to=pmo@firm.example' gives its address in a field after '?'",
            "write the address straight after 'mailto:': (mailto:pmo@firm.example)",
        ),
        # The same, by a mark alone before '?', or a name with no marks (the review of this
        # session's change: each passed).
        (
            "Then [write to the office](mailto:%3B?to=pmo@firm.example).",
            "the e-mail link 'mailto:;?to=pmo@firm.example' gives its address in a field after '?'",
            "write the address straight after 'mailto:': (mailto:pmo@firm.example)",
        ),
        (
            "Then [write to the office](mailto:Stall%20Patterns%20spy@evil.example).",
            "the e-mail link's address 'mailto:Stall Patterns spy@evil.example' gives a name beside the address",
            "link to the address alone: (mailto:spy@evil.example)",
        ),
        (
            "Then [write to the office](mailto:pmo@firm.example?subject=Hello&subject=Book%20a%20Stall%20Review).",
            "the link's subject (after '?subject=') names this site's offer, Stall Review, but the link goes to 'pmo@firm.example'",
            "delete the subject, and keep the link's words and address",
        ),
        # A subject that names the offer, in a message to someone else.
        (
            "Then [write to the office](mailto:pmo@firm.example?subject=Book%20a%20Stall%20Review%20for%20%C2%A375).",
            "the link's subject (after '?subject=') names this site's offer, Stall Review, but the link goes to 'pmo@firm.example'",
            "delete the subject, and keep the link's words and address",
        ),
    ],
)
def test_an_email_link_that_hides_whom_it_writes_to_or_books_the_offer_with_someone_else_is_an_error(check: Check, prose: str, message: str, hint: str):
    found = [d for d in check(Path("a.md"), in_first_section(prose)) if d.is_error]
    assert [d.line for d in found] == [14], found
    assert found[0].message.startswith(message) and found[0].hint == hint, found[0]
    fixed = prose[: prose.index("](") + 2] + hint.rpartition("(")[2].rstrip(")") + ")."
    assert [d for d in check(Path("a.md"), in_first_section(fixed)) if d.is_error] == [] or "subject" in message


@pytest.mark.parametrize(
    ("prose", "subject"),
    [
        ("Then [write to us](mailto:bookings@stallpatterns.example?subject=Book%20a%20Stall%20Review&body=Please%20attach%20your%20board%20papers).", "?subject=Book%20a%20Stall%20Review"),
        ("Then [write to us](mailto:bookings@stallpatterns.example?Body=Hello).", ""),
    ],
)
def test_an_email_link_that_writes_the_readers_message_is_an_error(check: Check, prose: str, subject: str):
    # '&body=…' was published: the author's words, sent in the reader's name, where the
    # hint for a copied-in address said nothing may follow but a subject. The hint keeps it.
    found = check(Path("a.md"), in_first_section(prose))
    assert [(d.code, d.line) for d in found] == [("link-address", 14)], found
    assert found[0].message.startswith("the e-mail link fills in the reader's message ('body=' after the address)")
    assert found[0].hint == f"link to the address alone, or with a subject: (mailto:bookings@stallpatterns.example{subject})"


@pytest.mark.parametrize(
    ("address", "field"),
    [
        # Attack round of the forty-first session: a body after a ';', as some mail programs
        # split fields, and fields no reader sees, passed.
        ("mailto:desk@example.com?subject=Hi;body=Send%20now", "body"),
        ("mailto:desk@example.com?subject=Hi&x-mailer=Stall", "x-mailer"),
        ("mailto:desk@example.com?Reply-To=spy@evil.example", "reply-to"),
    ],
)
def test_an_email_link_may_set_a_subject_and_nothing_the_reader_does_not_see(check: Check, address: str, field: str):
    found = check(Path("a.md"), in_first_section(f"Then [write to the desk]({address})."))
    assert [(d.code, d.line) for d in found] == [("link-address", 14)], found
    assert f"('{field}=' after the address)" in found[0].message or f"sets '{field}=' in the reader's message" in found[0].message


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ("subject=Hi%0D%0ACc:%20spy@evil.example", "subject"),
        ("subject=Hi%0ABcc:%20spy@evil.example", "subject"),
        ("subject=Review%00", "subject"),
        # Published until the forty-sixth session: only the first subject was read, and no
        # other field, though a mail program may take any of them.
        ("subject=Hi&subject=Yo%0D%0ACc:%20spy@evil.example", "subject"),
        ("keywords=Yo%0D%0ACc:%20spy@evil.example", "keywords"),
        ("subject=Hi&importance=high%0ABcc:%20spy@evil.example", "importance"),
        # A line or paragraph separator (the smuggling round of the forty-sixth session).
        ("subject=Hi%E2%80%A9Bcc:%20spy@evil.example", "subject"),
        ("subject=Hi%E2%80%A8Bcc:%20spy@evil.example", "subject"),
    ],
)
def test_an_email_links_field_on_more_than_one_line_is_an_error(check: Check, fields: str, field: str):
    # '%0D%0ACc:' passed: a mail program may read the line after it as the message's own,
    # and copy the reader's message to someone unseen (attack round, forty-first session).
    found = check(Path("a.md"), in_first_section(f"Then [write to the desk](mailto:desk@example.com?{fields})."))
    assert [(d.code, d.line) for d in found] == [("link-address", 14)], found
    assert f"link's {field} holds a line end or another control character" in found[0].message
    assert found[0].hint.startswith(f"write the {field} on one line")


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        # The smuggling round of the forty-sixth session: each published, words that a
        # reviewer's search for them misses.
        ("Project%20re%E2%80%8Bview", "U+200B ZERO WIDTH SPACE"),
        ("Project%20re%C2%ADview", "U+00AD SOFT HYPHEN"),
        ("%EF%BB%BFReview", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("Re%F3%A0%80%81view", "U+E0001 LANGUAGE TAG"),
    ],
)
def test_an_email_links_subject_with_a_character_that_shows_as_nothing_is_an_error(check: Check, subject: str, name: str):
    found = check(Path("a.md"), in_first_section(f"Then [write to the desk](mailto:desk@example.com?subject={subject})."))
    assert [(d.code, d.line) for d in found] == [("link-address", 14)], found
    assert f"link's subject holds a character that shows as nothing, percent-encoded ({name})" in found[0].message
    assert found[0].hint == "delete it from the subject"


@pytest.mark.parametrize(
    ("subject", "price"),
    [
        # The smuggling round of the forty-sixth session: to the site's own address, the
        # reader's message would quote a price of the author's.
        ("Free%20Stall%20Review", "with a price, 'Free Stall Review'"),
        ("Stall%20Review%20%C2%A375", "with an amount of money, '£75'"),
        ("The%20Diagnosis%20now%20costs%20%C2%A399", "with an amount of money, '£99'"),
        # Read as the text is (the forty-seventh session: each passed, read by a copy of its own).
        ("Stall%20Review%20-%20750", "with an amount of money, '750'"),
        ("Free%20Diagnosis", "with a price, 'Free Diagnosis'"),
        ("The%20Review%20is%20750", "with an amount of money, '750'"),
    ],
)
def test_an_email_links_subject_that_prices_an_offer_is_an_error(check: Check, subject: str, price: str):
    prose = f"The pilot ran for a year.\nThen [write to us](mailto:hello@stallpatterns.example?subject={subject})."
    found = [d for d in check(Path("a.md"), in_first_section(prose + "\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("offer-price", 15)], found
    assert found[0].message.startswith("the e-mail link's subject '") and price in found[0].message
    assert found[0].hint.startswith("write the subject without a price")


@pytest.mark.parametrize("subject", ["%F0%9F%91%A9%E2%80%8D%F0%9F%92%BB%20coders", "Caf%C3%A9%20review", "%E2%9D%A4%EF%B8%8F%20it"])
def test_an_email_links_subject_with_an_emoji_or_accent_is_as_meant(check: Check, subject: str):
    assert codes_for(check, in_first_section(f"Then [write to the desk](mailto:desk@example.com?subject={subject}).")) == []


@pytest.mark.parametrize(
    "address",
    [
        # The smuggling round of the forty-fourth session: each published. A right-to-left
        # override shows 'fdp.exe' as 'exe.pdf'.
        "mailto:pmo@firm.co.uk?subject=%E2%80%AEfdp.exe%20report",
        "https://example.com/report%E2%80%AEfdp.exe",
        "https://example.com/a?q=left%E2%81%A6to%E2%81%A9right",
    ],
)
def test_a_character_that_reorders_text_percent_encoded_in_a_links_address_is_an_error(check: Check, address: str):
    found = [d for d in check(Path("a.md"), in_first_section(f"Then [write to the desk]({address}).\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("link-address", 14)], found
    assert found[0].message.startswith("the address holds a character that reorders text, percent-encoded (U+20")
    assert found[0].hint == "delete it from the address"


@pytest.mark.parametrize(
    "address",
    [
        # Joiners and variation selectors that words and emoji hold (the review of the forty-
        # fourth session's change: refused, and deleting them broke the link).
        "https://fa.wikipedia.org/wiki/%D9%85%DB%8C%E2%80%8C%D9%87%D8%A7",
        "https://emojipedia.org/%F0%9F%91%A9%E2%80%8D%F0%9F%92%BB",
        "https://emojipedia.org/%E2%9D%A4%EF%B8%8F",
        "https://example.com/guide#:~:text=AI%C2%ADadoption",
    ],
)
def test_a_joiner_or_variation_selector_percent_encoded_in_an_address_is_as_meant(check: Check, address: str):
    assert "link-address" not in {d.code for d in check(Path("a.md"), in_first_section(f"See [the page]({address}).\n"))}


@pytest.mark.parametrize(
    "address",
    ["mailto:pmo@firm.co.uk?subject=Q1%3B%20agenda", "mailto:pmo@firm.co.uk?subject=Q1%20review%20%26%20next%20steps", "mailto:pmo@firm.co.uk?importance=high"],
)
def test_an_email_link_with_a_subject_of_any_marks_is_as_meant(check: Check, address: str):
    # A subject's '%3B' was decoded before the fields were split, and told as a field 'agenda='.
    assert codes_for(check, in_first_section(f"Then [write to the PMO]({address}).")) == []


@pytest.mark.parametrize(
    "address",
    ["mailto:", "mailto:...", "mailto:?subject=Hello", "mailto:your-name-here", "mailto:x@", "MAILTO:name@stallpatterns", "mailto:pmo@your-domain.co.uk", "mailto:TBC@TBC.com"],
)
def test_an_email_link_with_no_address_to_write_to_is_an_error(check: Check, address: str):
    # Left to fill in, it was published: the reader's mail program opened with no one to write to.
    found = check(Path("a.md"), in_first_section(f"Then [write to us]({address}) today.\n"))
    assert [(d.code, d.line) for d in found] == [("link-address", 14)], found
    assert found[0].message == f"the e-mail link '{address}' writes to no address: it is still to be filled in"


@pytest.mark.parametrize(
    ("prose", "hint_address"),
    [
        ("Then [write to the PMO](mailto:pmo@firm.co.uk.)", "mailto:pmo@firm.co.uk"),
        ("Then write to <mailto:pmo@firm.co.uk.> today.", "mailto:pmo@firm.co.uk"),
        ("Then [write to the PMO](mailto:pmo@firm.co.uk.?subject=Q1) today.", "mailto:pmo@firm.co.uk"),
    ],
)
def test_an_email_address_that_ends_in_a_full_stop_is_an_error(check: Check, prose: str, hint_address: str):
    # The sentence's full stop, taken into the link: published, a reader's mail went astray.
    found = check(Path("a.md"), in_first_section(prose + "\n"))
    shown = "<mailto:" in prose  # an autolink shows its address: it is written out as well
    assert [(d.code, d.line) for d in found] == [("link-address", 14)] + [("email-address", 14)] * shown, found
    assert found[0].message == "the e-mail address 'pmo@firm.co.uk.' ends in a full stop: mail to it may not arrive"
    assert f"({hint_address})" in found[0].hint


@pytest.mark.parametrize(
    "prose", ["Then [write to us](mailto:hello@stallpatterns.example?subject=Stall%20Review).", "Then [write](mailto:a@x.org?cc=A@x.org)."]
)
def test_an_email_link_to_one_address_with_a_subject_is_as_meant(check: Check, prose: str):
    assert codes_for(check, in_first_section(prose)) == []


@pytest.mark.parametrize(("heading", "offer"), [("### Book a Stall Review now", "Stall Review"), ("#### Why a Stall Diagnosis helps", "AI Rollout Stall Diagnosis")])
def test_a_subheading_that_names_an_offer_is_an_error(check: Check, heading: str, offer: str):
    # A subheading, a bold price and a link elsewhere: the site's own offer, to a reader, in
    # the middle of the article.
    found = [d for d in check(Path("a.md"), in_first_section(f"{heading}\n\n**£750**, [choose a time](https://cal.evil.example/r).")) if d.is_error]
    # And the price under it is the offer's, read after the heading (since the forty-sixth session).
    assert [(d.code, d.line) for d in found] == [("cta-authored", 14), ("offer-price", 16)]
    assert f"names this site's offer, {offer}, which the page offers by itself after the last section" in found[0].message


@pytest.mark.parametrize(
    "heading",
    [
        "### Book the review into the diary",
        "### Book a review with the risk office",
        # The false-refusal round of the forty-eighth session: the kind of a room, a meeting or a
        # time, or what is reviewed.
        "### Book the review room for the whole day",
        "### Book the diagnosis meeting with finance",
        "### Book review time into every sprint",
        "### Reserve a review slot in every change board",
        "### Order a review of the contract",
        "### Schedule the review of the model each quarter",
    ],
)
def test_a_subheading_that_books_someone_elses_review_is_no_offer(check: Check, heading: str):
    # An internal review booked into the diary was refused as the Stall Review (attack round
    # of the forty-first session, a false refusal).
    assert [d.format_text() for d in check(Path("a.md"), in_first_section(f"{heading}\n\nThe steering group met.")) if d.is_error] == []


def test_a_link_to_an_offers_own_booking_page_is_as_meant(settings: Settings):
    # mkdocs.yml may send an offer's booking to a scheduling page elsewhere: a pattern may link there.
    booked = replace(settings, contact=replace(settings.contact, booking_urls={"review": "https://calendly.example/stall-review"}))
    text = in_first_section("Then [Book a Stall Review](https://calendly.example/stall-review) this week.")
    read, _ = source.read(Path("a.md"), "a.md", booked.limits.file_bytes, text.encode())
    assert read is not None
    assert [d.code for d in rules.check(read, booked)[1]] == []
    assert [d.code for d in rules.check(read, settings)[1]] == ["link-text-elsewhere"]


@pytest.mark.parametrize(
    ("where", "space", "code"),
    [
        # After a code block never closed, a line of it read as a heading, with a run of tabs in it.
        ("## The intervention shape\n\n```\n# a{run}b\n", "\t", "fence-unclosed"),
        # A section's heading written only inside a code block, with a run of spaces in it.
        ("```\n## a{run}b\n```\n", " ", "section-missing"),
    ],
)
def test_a_heading_line_in_code_with_a_long_run_of_spaces_is_read_in_linear_time(check: Check, growth, where: str, space: str, code: str):
    # Cutting its closing marks off with a lazy match took time in the square of the run: a
    # file of 84 KB held validate and the build for nearly a minute (a security review found it).
    def read(n: int) -> None:
        run = space * n
        text = minimal(**{"## The intervention shape\n": where.replace("{run}", run)})
        assert code in {d.code for d in check(Path("a.md"), text)}

    assert growth(read, 5000) < 8


@pytest.mark.parametrize("words", ["click here", "here", "Read more", "this", "learn more…", "**Click here**", "link"])
def test_a_link_whose_words_say_nothing_of_where_it_goes_is_a_warning_at_its_line(check: Check, words: str):
    # 'For the survey [click here](…), and for the report [click here](…)' passed: a screen
    # reader's list of the page's links read 'click here, click here' (WCAG 2.4.4).
    found = check(Path("a.md"), in_first_section(f"For the survey, [{words}](https://example.org/survey) first.\n"))
    assert [(d.code, d.line, d.column, d.is_error) for d in found] == [("link-words", 14, len("For the survey, ") + 1, False)]
    shown = words.strip("*")
    assert found[0].message == f"the link's words, '{shown}', say nothing of where it goes: a screen reader's list of the page's links reads them alone"
    assert found[0].hint == f"make the link's words name what it opens, as in 'read [the 2025 claims survey](…)', not '{shown}'"


def test_a_link_by_reference_whose_words_say_nothing_is_told_at_its_own_bracket(check: Check):
    # '[here]' with its address defined below was passed over: only '](' and '][' were looked for.
    found = check(Path("a.md"), in_first_section("Click here: read the report [here].\n\n[here]: https://example.org/report\n"))
    assert [(d.code, d.line, d.column) for d in found] == [("link-words", 14, len("Click here: read the report ") + 1)]


@pytest.mark.parametrize(
    "prose",
    [
        "Write to [us](https://evil.example/w) for the figures.",
        "Or contact [me](mailto:sam@evil.example).",
        # The words before as the page shows them (the attack round of this session: each published).
        "Write to **[us](https://evil.example/w)** for the figures.",
        "Wr**ite** *to* [us](https://evil.example/w) for the figures.",
        "**Contact** [us](https://evil.example/w) for the figures.",
        "Write\nto [us](https://evil.example/w) for the figures.",
        "Write to\n[us](https://evil.example/w) for the figures.",
    ],
)
def test_us_or_me_alone_as_link_words_after_words_that_ask_is_an_error(check: Check, prose: str):
    # 'Write to [us](mailto:…)' was published (the attack round of the forty-seventh session).
    found = [d for d in check(Path("a.md"), in_first_section(prose)) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("link-text-elsewhere", 14 + prose[: prose.index("[")].count("\n"))]  # (at the link's line)
    assert found[0].message.startswith("the link's words, with those before them, ask readers to write to or contact whoever wrote the page")


@pytest.mark.parametrize(
    ("prose", "clause"),
    [
        # A link on part of words that ask (the attack round of this session: each published).
        ("Book a [call](https://evil.example/c).", "Book a call"),
        ("Book [a call](https://evil.example/c).", "Book a call"),
        ("[Book a](https://evil.example/c) call.", "Book a call"),
        ("If you are stuck, get in [touch](https://evil.example/c).", "get in touch"),
        ("Book *a* [call](https://evil.example/c) today.", "Book a call"),
        # With words that urge or say when (helper-228: each published).
        ("Why not book a [call](https://evil.example/c)?", "book a call"),
        ("Feel free to get in [touch](https://evil.example/c).", "get in touch"),
        ("Book a [call](https://evil.example/c) with me.", "Book a call"),
    ],
)
def test_a_link_on_part_of_words_that_ask_to_contact_the_site_is_an_error(check: Check, prose: str, clause: str):
    found = [d for d in check(Path("a.md"), in_first_section(prose)) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("link-text-elsewhere", 14)]
    assert found[0].message == (
        f"the link's words, with those around them ('{clause}'), ask readers to contact or book this site, but the link goes to 'evil.example': "
        "readers would take it for the site's own booking"
    )


def test_a_link_on_part_of_a_clause_that_says_whose_or_asks_nothing_is_as_meant(check: Check):
    prose = (
        "Book a [call](https://vendor.example/c) with the vendor. We had to book a [call](https://vendor.example/c) every week."
        " The minister took the [call](https://www.bbc.co.uk/news). Get in touch with [the ICO](https://ico.org.uk/)."
        # A public body's page (helper-226's review of this session's change).
        " Sign up for a [session](https://www.ncsc.gov.uk/training), run by the NCSC, before procurement."
        " So we booked a [call](https://vendor.example/c) with the board. Just [call](https://www.bbc.co.uk/news) it a stall."
        " The council's housing page offers a simple route: book an [appointment](https://www.leeds.gov.uk/housing)."
    )
    assert [d.format_text() for d in check(Path("a.md"), in_first_section(prose)) if d.is_error] == []


def test_us_or_me_as_link_words_in_an_attribution_or_a_credit_is_as_meant(check: Check):
    prose = (
        "As one CIO told [us](https://www.computerweekly.com/news/1). Photo by [me](https://unsplash.com/@jsmith). Regulators in the [US](https://www.ftc.gov/) moved first."
        " One CIO told **[us](https://www.computerweekly.com/news/2)** the same. Photo by\n[me](https://unsplash.com/@jsmith)."
    )
    assert [d.format_text() for d in check(Path("a.md"), in_first_section(prose)) if d.is_error] == []


def test_a_link_whose_words_name_where_it_goes_is_as_meant(check: Check):
    prose = (
        "Read [the 2025 claims survey](https://example.org/survey), [more on sponsors](https://example.org/more) and <https://example.org/here>."
        # A product named by its own site's name (a review found each told as saying nothing).
        " Try [Continue](https://continue.dev), [Go](https://go.dev/) and [Link](https://link.com)."
    )
    assert [d.code for d in check(Path("a.md"), in_first_section(prose + "\n"))] == []


def test_related_written_as_titles_on_its_line_is_told_as_the_file_names_to_write(check: Check):
    # Told to write '  - the sponsor who moved on' below the key, the author did, and the next
    # run told them it was no file name (bad-slug).
    text = minimal(**{"published: 2026-03-02": "published: 2026-03-02\nrelated: The sponsor who moved on, AI pilots that never reach production"})
    (found,) = [d for d in check(Path("a.md"), text) if d.is_error]
    assert found.code == "wrong-type"
    assert found.hint == (
        "end this line at 'related:' and write each item on a line of its own below it: "
        "'  - the-sponsor-who-moved-on', '  - ai-pilots-that-never-reach-production'"
    )
    followed = text.replace(
        "related: The sponsor who moved on, AI pilots that never reach production",
        "related:\n  - the-sponsor-who-moved-on\n  - ai-pilots-that-never-reach-production",
    )
    assert [d.code for d in check(Path("a.md"), followed) if d.is_error] == []


@pytest.mark.parametrize(
    ("written", "code", "told"),
    [
        # The attack round of the fifty-sixth session: each published, an address typed in as readily as followed.
        ("Join my Zoom: zoom.us/j/81234567890", "booking-elsewhere", "'zoom.us/j/81234567890' is an address on zoom.us, a service that books meetings"),
        ("Pick a slot at tidycal.com/janesmith, please.", "booking-elsewhere", "'tidycal.com/janesmith' is an address on tidycal.com"),
        ("The intake form: `forms.gle/abc123`", "booking-elsewhere", "'forms.gle/abc123' is an address on forms.gle"),
        ("See bit.ly/3xYz for the checklist.", "written-address", "'bit.ly/3xYz' is a short address from bit.ly: readers cannot see where it leads"),
        ("Download it at evil.example/setup.exe", "written-address", "'evil.example/setup.exe' hands readers the file 'setup.exe', a program"),
        ("Add the invite: janesmith.com/invite.ics.", "written-address", "'janesmith.com/invite.ics' hands readers the file 'invite.ics', an invitation"),
    ],
)
def test_an_address_written_out_is_read_as_a_links_address_is(check: Check, written: str, code: str, told: str):
    found = [d for d in check(Path("a.md"), in_first_section(written + "\n")) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [(code, 14, written.index(told[1 : told.index("'", 1)]) + 1)], found
    assert found[0].message.startswith(told)


@pytest.mark.parametrize(
    ("written", "code", "told"),
    [
        # The attack round of the fifty-seventh session: each published, its dots or slashes disguised, split
        # by bold or a character's reference, or an account's own host with no path.
        ("Book at calendly . com / janesmith if you want a chat.", "booking-elsewhere", "calendly.com/janesmith"),
        ("Book at calendly(.)com/janesmith today.", "booking-elsewhere", "calendly.com/janesmith"),
        ("Book at calendly[.]com/janesmith today.", "booking-elsewhere", "calendly.com/janesmith"),
        ("Book at calendly\u3002com/janesmith today.", "booking-elsewhere", "calendly.com/janesmith"),
        ("Book at calendly\uff0ecom\u2215janesmith today.", "booking-elsewhere", "calendly.com/janesmith"),
        ("Links: linktr.ee/ janesmith", "booking-elsewhere", "linktr.ee/janesmith"),
        ("Grab a slot: calendly.com/**janesmith**", "booking-elsewhere", "calendly.com/janesmith"),
        ("Grab a slot: calendly.com&#47;janesmith", "booking-elsewhere", "calendly.com/janesmith"),
        ("Book via janesmith.as.me \u2014 pick the 90-minute slot.", "booking-elsewhere", "janesmith.as.me"),
        ("All my links: janesmith.carrd.co", "booking-elsewhere", "janesmith.carrd.co"),
        ("All my links: janesmith.**carrd.co**", "booking-elsewhere", "janesmith.carrd.co"),
        ("Book: stall.help.youcanbook.me", "booking-elsewhere", "stall.help.youcanbook.me"),
        ("![Scan to book: calendly.com/janesmith](diagram.svg)", "booking-elsewhere", "calendly.com/janesmith"),
    ],
)
def test_an_address_written_with_its_marks_disguised_or_as_an_accounts_host_alone_is_read_as_a_link_is(check: Check, written: str, code: str, told: str):
    found = [d for d in check(Path("a.md"), in_first_section(written + "\n")) if d.is_error and d.code != "broken-link"]
    assert [(d.code, d.line) for d in found] == [(code, 14)], found
    assert found[0].message.startswith(f"'{told}' ")


@pytest.mark.parametrize(
    "written",
    [
        "We moved the meetings from Zoom to meet.google.com for cost reasons.",
        # Services named by their own hosts, a service's own help, and marks between words in a sentence.
        "The vendor used Calendly, and calendly.com was blocked at work; so were carrd.co and as.me.",
        "Our team wrote to support.youcanbook.me and help.calendly.com about it, and read www.calendly.com.",
        "A / B testing and the and / or question. Use the guide . zip it up / send. The file (.) was [.] empty.",
        "The archive example[.]org/setup.exe was the phishing sample we were sent; the lure was `tinyurl[.]com/payroll-update`.",
        # A service's own hosts in logs and allow-lists (the false-refusal round of the fifty-seventh session).
        "The firewall blocked api.calendly.com on the Tuesday; check status.calendly.com, app.cal.com and secure.acuityscheduling.com first.",
        "| Calendly | api.calendly.com | 4,120 |",
        "The guidance at gov.uk/guidance/ai-playbook says so, as github.com/openai/evals/blob/main/README.md does.",
        "The config lived in src/app/settings.py and docs/setup.md; the dashboard at grafana.internal/d/abc.",
        "Read [calendly.com/jane](https://calendly.com/jane) aside, the words of a link are its own check's.",
    ],
)
def test_addresses_and_paths_written_out_that_go_nowhere_harmful_are_published(check: Check, written: str):
    found = [d for d in check(Path("a.md"), in_first_section(written + "\n")) if d.is_error and d.code in ("booking-elsewhere", "written-address")]
    assert found == []


def test_a_long_line_of_coins_runs_and_cheques_is_read_for_wallets_in_linear_time(growth):
    from stallpatterns import payments

    def read(n: int) -> None:
        for line in ("SOL " + "aB3" * n, "Solana wallet XRP " * n + "x" * 30, ("wallet " + "aB3" * 9 + "l ") * n, "Make cheques, " * n):
            payments.payment_detail(line)

    assert growth(read, 2_000) < 8


@pytest.mark.parametrize(
    ("before", "unit", "after"),
    [
        # The readings of the attack round of the fifty-seventh session: a sort code and an account parted by a mark, a bank's
        # code abroad, an IBAN run together or after 'IBAN', wallets in groups and by name, UPI, cheques, names on services.
        ('', 'Bank: 20-00-00, ', '1234 5678 rows'),
        ('', '| 20-00-00 | 1234 ', ''),
        ('', 'sort 200000 / acc ', '1234 5678 9 1'),
        ('', 'Routing number 021000021, BSB 062-000 account 1 ', ''),
        ('IFSC HDFC0001234 A/c ', '1 ', ''),
        ('gb82', 'a', ''),
        ('', 'gb82a ', ''),
        ('', 'IBAN: ', 'G B 8 2 A / A / A / A / A / A /'),
        ('', 'IBAN G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 ', ''),
        ('0x', 'a ', ''),
        ('', '0x71C7 656E C7ab 88b0 98de fB75 1B74 01B5 f6d8 976F ', ''),
        ('bc1', 'q ', ''),
        ('', 'BTC: bc1q w508 d6qe jxtd g4y5 r3za rvar y0c5 xw7k v8f3 t5 ', ''),
        ('', 'Send ETH to ', 'janesmith.eth'),
        ('My wallet is a', '-', '.eth'),
        ('', 'upi://pay ', ''),
        ('UPI: ', 'a.', '@ybl'),
        ('', 'a', '@okaxis'),
        ('', 'Please, ', 'make cheques out to the council.'),
        ('', 'you can ', 'make your cheque payable to'),
        ('Cheques made out to J', '. J', ''),
        ('', 'Payable to: Jane ', 'x'),
        ('', 'PayPal: ', 'janesmith'),
        ('', 'Wise to @a ', ''),
        ('', 'bank details ', 'on request'),
        ('Email me for ', 'bank and ', 'details'),
        ('', "I'll send you my bank details on request. ", ''),
    ],
)
def test_the_payment_readings_of_the_fifty_seventh_session_are_linear(growth, before: str, unit: str, after: str):
    from stallpatterns import payments

    def read(n: int) -> None:
        line = before + unit * (n // len(unit)) + after
        payments.payment_detail(line)
        payments._candidate(line)

    assert growth(read, 6_000) < 8  # (of 24,000 characters at most)


def test_a_long_line_of_postcodes_and_words_that_ask_is_read_in_linear_time(growth, check: Check):
    def read(n: int) -> None:
        check(Path("a.md"), in_first_section("We are our me SE1 4NA " * n + "\n" + "Write to PO Box " * n + "\n"))

    assert growth(read, 1_000) < 8


def test_a_long_line_of_addresses_written_out_is_read_in_linear_time(growth):
    from stallpatterns import written

    def read(n: int) -> None:
        for line in ("a.example/x " * n, "a." * n, "a/" * n, "ab.cd/" + "x" * n, "a.b" * n + "/", "a . b / " * n, "a[.]" * n, "a(.) " * n,
                     "a." * n + "as.me", "a.as.me." * n, "a.com/ " * n):
            written._problem_in(line)

    assert growth(read, 3_000) < 8


@pytest.mark.parametrize(
    ("address", "told"),
    [
        ("https://bit.ly/3xYzAbc", "is a short address from bit.ly: readers cannot see where it leads"),
        ("https://www.tinyurl.com/abc123", "is a short address from tinyurl.com"),
        ("https://lnkd.in/abc123", "is a short address from lnkd.in"),
        ("https://example.com/report.exe", "the link hands readers the file 'report.exe'"),
        ("https://example.com/dl?file=setup.msi", "the link hands readers the file 'setup.msi'"),
        ("https://example.com/Budget%20model.xlsm", "the link hands readers the file 'Budget model.xlsm'"),
        ("https://example.com/pack.zip#top", "the link hands readers the file 'pack.zip'"),
        ("https://aka.ms/abc", "is a short address from aka.ms"),
        ("https://example.com/downloads/setup.exe/", "the link hands readers the file 'setup.exe'"),
        # The attack round of the fifty-sixth session: each published. A host under a shortener's, and more shorteners;
        ("https://m.bit.ly/abc", "is a short address from bit.ly"),
        ("https://maps.app.goo.gl/abc", "is a short address from goo.gl"),
        ("https://dub.sh/abc", "is a short address from dub.sh"),
        # (The attack round of the fifty-seventh session: more shorteners, and more files that run or install.)
        ("https://hubs.ly/Q02abcd0", "is a short address from hubs.ly"),
        ("https://a.co/d/abc1234", "is a short address from a.co"),
        ("https://tr.ee/abc123", "is a short address from tr.ee"),
        ("https://rzp.io/l/abc123", "is a short address from rzp.io"),
        ("https://geni.us/abc", "is a short address from geni.us"),
        ("https://example.org/files/stall-kit.appref-ms", "the link hands readers the file 'stall-kit.appref-ms'"),
        ("https://example.org/files/stallcheck-1.0-py3-none-any.whl", "the link hands readers the file 'stallcheck-1.0-py3-none-any.whl'"),
        ("https://example.org/files/stall-kit.oxt", "the link hands readers the file 'stall-kit.oxt'"),
        ("https://example.org/files/stall-kit.ahk", "the link hands readers the file 'stall-kit.ahk'"),
        ("https://example.org/files/root.crt", "the link hands readers the file 'root.crt'"),
        ("https://example.org/files/stall-kit.zipx", "the link hands readers the file 'stall-kit.zipx'"),
        # a mail service's click tracker, and a search engine's or a newsletter's redirect in a code;
        ("https://click.convertkit-mail.com/v8u4x2kq/abc123/aHR0cHM6Ly9leGFtcGxlLmNvbQ==", "a click tracker, click.convertkit-mail.com"),
        ("https://email.mg.janesmith-advisory.co.uk/c/eJxNkMFuwyAMhl8lzxmEhpLvm", "a click tracker, email.mg.janesmith-advisory.co.uk"),
        ("https://www.bing.com/ck/a?!&&p=8c1e2b&ptn=3&u=a1aHR0cHM6Ly9qYW5lc21pdGguZXhhbXBsZQ&ntb=1", "a click tracker, bing.com"),
        ("https://janesmith.us21.list-manage.com/track/click?u=abc&id=def&e=123", "a click tracker, janesmith.us21.list-manage.com"),
        ("https://u1234567.ct.sendgrid.net/ls/click?upn=abcdef", "a click tracker, u1234567.ct.sendgrid.net"),
        ("https://substack.com/redirect/2/eyJlIjoiaHR0cHM6Ly9qYW5lc21pdGgifQ", "a click tracker, substack.com"),
        ("https://r20.rs6.net/tn.jsp?f=001abc&c=xyz", "a click tracker, r20.rs6.net"),
        # '/blob/' and '/wiki/' on any host, and a path that climbs out of them;
        ("https://evil.example/blob/setup.exe", "the link hands readers the file 'setup.exe'"),
        ("https://evil.example/wiki/setup.exe", "the link hands readers the file 'setup.exe'"),
        ("https://evil.example/x/blob/../setup.exe", "the link hands readers the file 'setup.exe'"),
        # a code host's release, raw file or archive;
        ("https://github.com/someone/tools/releases/download/v1/StallCheck.msi", "the link hands readers the file 'StallCheck.msi'"),
        ("https://gitlab.com/someone/tools/-/raw/main/setup.exe", "the link hands readers the file 'setup.exe'"),
        ("https://github.com/someone/tools/archive/refs/heads/main.zip", "the link hands readers the file 'main.zip'"),
        # a name a server or Windows reads up to a mark, or without its last dot;
        ("https://example.com/setup.exe;.pdf", "the link hands readers the file 'setup.exe'"),
        ("https://example.com/setup.exe%00.pdf", "the link hands readers the file 'setup.exe'"),
        ("https://example.com/setup.exe%3F.pdf", "the link hands readers the file 'setup.exe'"),
        ("https://example.com/setup.exe.", "the link hands readers the file 'setup.exe'"),
        # a store told the name to give it;
        ("https://example.com/report?response-content-disposition=attachment%3Bfilename%3Dsetup.exe", "the link hands readers the file 'setup.exe'"),
        # more files that run or set a computer up; and an invitation or a contact's card.
        ("https://example.com/profile.mobileconfig", "the link hands readers the file 'profile.mobileconfig'"),
        ("https://example.com/helper.crx", "the link hands readers the file 'helper.crx'"),
        ("https://example.com/Open.search-ms", "the link hands readers the file 'Open.search-ms'"),
        ("https://example.com/invite.ics", "the link hands readers the file 'invite.ics', an invitation to a meeting or a person's contact card"),
        ("https://example.com/jane.vcf", "the link hands readers the file 'jane.vcf', an invitation to a meeting or a person's contact card"),
    ],
)
def test_a_link_that_hides_where_it_leads_or_hands_over_a_file_to_run_is_an_error(check: Check, address: str, told: str):
    # Each was published without a word: a reader saw 'the study' and got another page, or a program.
    found = [d for d in check(Path("a.md"), in_first_section(f"Read [the study]({address}) first.\n")) if d.is_error]
    assert [(d.code, d.line) for d in found] == [("link-address", 14)], found
    assert told in found[0].message


@pytest.mark.parametrize(
    "address",
    [
        "https://example.com/report.pdf",
        "https://bitly.com/pages/about",
        "https://example.com/?site=example.com",
        "https://example.com/tools.html?v=2.zip-free",
        # Pages that show a file or are about one, and a search's words (a review found each told as a file to run).
        "https://github.com/stallpatterns/stall-patterns/blob/main/scripts/deploy.sh",
        "https://en.wikipedia.org/wiki/.exe",
        "https://www.google.com/search?q=raci.docm",
        "https://youtu.be/dQw4w9WgXcQ",
        # A repository named as a file, or 'raw'; a page of a file on a code host of one's own; a release's page.
        "https://github.com/acmesh-official/acme.sh",
        "https://github.com/someone/raw/blob/main/deploy.sh",
        "https://gitlab.example.org/team/tools/-/blob/main/deploy.sh",
        "https://github.com/someone/tools/releases/tag/v1.2",
        "https://mozilla.github.io/pdf.js/",
        # A mail service's or a search engine's own pages, and a list's page to join, are no click tracker.
        "https://mailchimp.com/help/about-click-tracking/",
        "https://www.bing.com/search?q=stall+patterns",
        "https://substack.com/home",
        "https://janesmith.us21.list-manage.com/subscribe?u=abc&id=def",
        "https://sendgrid.com/en-us/solutions/email-api",
    ],
)
def test_links_to_documents_and_pages_are_as_meant(check: Check, address: str):
    assert codes_for(check, in_first_section(f"Read [the study]({address}) first.\n")) == []


@pytest.mark.parametrize(("item", "hint"), [("{stalled sponsor}", "write it without the braces:   - stalled sponsor"), ("{ demo pilot }", "write it without the braces:   - demo pilot")])
def test_an_item_in_braces_is_told_to_lose_them(check: Check, item: str, hint: str):
    # Told that 'the ':' ending this one makes YAML read a key' (there was none), and to write
    # '"stalled sponsor:"', the author published a colon they never typed.
    text = minimal(**{"published: 2026-03-02": f"published: 2026-03-02\nalso_known_as:\n  - orphaned programme\n  - {item}"})
    (found,) = [d for d in check(Path("a.md"), text) if d.is_error]
    assert (found.code, found.line, found.hint) == ("wrong-type", 12, hint)
    assert found.message == "each item of 'also_known_as' must be plain text: the braces around this one make YAML read a group of keys"
    followed = text.replace(f"  - {item}", "  - " + hint.rpartition("- ")[2])
    assert [d for d in check(Path("a.md"), followed) if d.is_error] == []


@pytest.mark.parametrize("written", ['[the pack](https://www.gov.uk/pack){onclick="alert(1)"}', "The plan.{: #filter }", "The plan. { .note }"])
def test_an_attribute_list_with_or_without_its_colon_is_told_as_shown_as_text(check: Check, written: str):
    # '{onclick="alert(1)"}' after a link, Python-Markdown's form without the colon, was shown
    # as text with no word to its author (attack round of the forty-first session).
    found = [d for d in check(Path("a.md"), in_first_section(written + "\n")) if d.code == "unsupported-markdown"]
    assert [(d.line, d.is_error) for d in found] == [(14, False)], found
    assert found[0].message.startswith("attribute lists ('{: ... }') are not supported: GitHub and the site show them as text")


def test_a_sign_over_its_length_is_told_by_how_much(check: Check):
    # The title's length error says by how much; a sign's did not (helper-238).
    sign = "The steering group meets every month and hears the same update, and nobody in the room asks who owns the next step or when"
    text = minimal(**{"  - Nobody can say what result would end the pilot": f"  - {sign}"})
    (found,) = [d for d in check(Path("a.md"), text) if d.is_error]
    assert found.code == "length"
    assert found.hint == f"shorten it by {len(sign) - 120} characters at least: a sign is one observable fact"


@pytest.mark.parametrize(
    ("address", "hint"),
    [
        ("https://github.com/stallpatterns/stall-patterns/blob/main/patterns/the-sponsor-who-moved-on.md", "(the-sponsor-who-moved-on.md)"),
        ("https://raw.githubusercontent.com/stallpatterns/stall-patterns/main/patterns/the-sponsor-who-moved-on.md", "(the-sponsor-who-moved-on.md)"),
        ("https://github.com/StallPatterns/stall-patterns/blob/HEAD/patterns/the-sponsor-who-moved-on.md#what-it-looks-like", "(the-sponsor-who-moved-on.md#what-it-looks-like)"),
        # GitHub's own forms of the address, and a line's mark, which no page of the site has (helper-239).
        ("https://raw.githubusercontent.com/stallpatterns/stall-patterns/refs/heads/main/patterns/the-sponsor-who-moved-on.md", "(the-sponsor-who-moved-on.md)"),
        ("https://github.com/stallpatterns/stall-patterns/blob/feature/rewrite/patterns/the-sponsor-who-moved-on.md", "(the-sponsor-who-moved-on.md)"),
        ("https://github.com/stallpatterns/stall-patterns/tree/main/patterns/the-sponsor-who-moved-on.md", "(the-sponsor-who-moved-on.md)"),
        ("https://github.com/stallpatterns/stall-patterns/blob/main/patterns/the-sponsor-who-moved-on.md#L12", "(the-sponsor-who-moved-on.md)"),
    ],
)
def test_a_link_to_the_repositorys_copy_of_a_pattern_is_told_to_link_by_file_name(check: Check, address: str, hint: str):
    # Readers left the site for the pattern's Markdown on GitHub, and nothing said so (helper-238).
    found = [d for d in check(Path("a.md"), in_first_section(f"See [the sponsor]({address}) for more.")) if d.is_error]
    assert [(d.code, d.line, d.column) for d in found] == [("link-to-source", 14, 5)]
    assert f"link to it by its file name, [the sponsor]{hint}," in str(found[0].hint)


@pytest.mark.parametrize(
    "address",
    [
        "https://github.com/stallpatterns/stall-patterns/blob/main/CONTRIBUTING.md",
        "https://github.com/someone-else/their-patterns/blob/main/patterns/a-pattern.md",
        "https://github.com/stallpatterns/stall-patterns/commits/main/patterns/the-sponsor-who-moved-on.md",
    ],
)
def test_a_link_to_another_file_or_repository_on_github_is_no_link_to_a_patterns_source(check: Check, address: str):
    assert "link-to-source" not in [d.code for d in check(Path("a.md"), in_first_section(f"See [the guide]({address}) for more."))]


def test_an_address_on_github_with_a_bracket_never_opened_is_a_bad_link_not_a_fault(check: Check):
    # 'Invalid IPv6 URL' from the check of links to the repository was told as a bug in stallpatterns (helper-239).
    codes = [d.code for d in check(Path("a.md"), in_first_section("See [the guide](https://github.com]/org/repo) for more.")) if d.is_error]
    assert "internal-error" not in codes and codes


def test_a_picture_pasted_from_a_document_is_not_told_to_be_linked_at_its_private_address(check: Check):
    # The hint made up a file with no type ('/assets/AD_4nXc8') and offered a link to the
    # document's copy, with its key (helper-238).
    written = "![](https://lh7-us.googleusercontent.com/docsz/AD_4nXc8xYz?key=Qw3rTy)"
    (found,) = [d for d in check(Path("a.md"), in_first_section(written)) if d.code == "external-image"]
    assert "(/assets/picture.png)" in str(found.hint)
    assert "googleusercontent" not in str(found.hint) and "link to it instead" not in str(found.hint)


def test_each_sign_between_typed_quotation_marks_is_named_in_its_warning(check: Check):
    # Signs on one line were told three times in the same words, none saying which (helper-238).
    signs = ["The budget renews each year without anyone asking", "The team picks safe work every quarter"]
    text = re.sub(r"signs:\n(?:  - .*\n)+", "signs: [" + ", ".join(f"\u201c{sign}\u201d" for sign in signs) + "]\n", minimal())
    found = [d for d in check(Path("a.md"), text) if d.code == "quotes-kept"]
    assert len(found) == 2 and all(f"\u201c{sign[:20]}" in d.message for d, sign in zip(found, signs))


def test_an_amount_in_words_is_read_in_linear_time(growth):
    # A paragraph of 12,500 'one's after the Review's name took 28 CPU s: each word started a run
    # read to the end (the review of the fifty-second session's change).
    from stallpatterns.rules import _AMOUNT_IN_WORDS

    assert growth(lambda n: list(_AMOUNT_IN_WORDS.finditer("one " * n)), 2000) < 8


@pytest.mark.parametrize(
    ("before", "unit", "after"),
    [
        ("The Stall Review ", "I will ", "x"),
        ("The Stall Review ", "I'll a ", "match any"),
        ("", "we'll match any a ", "quote"),
        ("The Stall Review ", "I'll take a ", "third"),
        ("", "We'll take a third off ", "the"),
        ("The Stall Review is ", "half what ", "it"),
        ("Readers of this page: ", "half what the ", "x"),
    ],
)
def test_deals_said_in_words_are_read_in_linear_time(growth, settings: Settings, before: str, unit: str, after: str):
    # A quote matched or beaten, a share taken off, half what it shows (helper-270's round).
    deals = rules._deals(settings)

    def read(n: int) -> None:
        line = before + unit * n + after
        deals.search(line)
        rules._A_DEAL.search(line)

    assert growth(read, 2_000) < 8


@pytest.mark.parametrize(
    ("before", "unit", "after"),
    [
        ("The Stall Review for R1", " 000", "x"),
        ("The Stall Review for R1", ",000", "."),
        ("", "The Stall Review is now ", "for 3k."),
        ("The Stall Review ", "is ", "for 3k."),
        ("The Stall Review for 1", ".1", "k."),
        ("The Stall Review for ", "for ", "a few"),
        ("", "at 1.1", "1"),
        ("", "four thousand ", "rand"),
        ("The Stall Review for 1", ",000", "x"),
        ("The Stall Review for 1", " 000", "x"),
        ("The Stall Review for ", "1", "x"),
        ("The Stall Review for two thousand ", "five ", "x"),
        ("", "for 1", "0, 000"),
    ],
)
def test_prices_in_thousands_and_other_currencies_are_read_in_linear_time(growth, settings: Settings, before: str, unit: str, after: str):
    # An amount in thousands just after an offer's name, and rand written with its R (helper-270's round).
    price_words = rules._price_words(settings)

    def read(n: int) -> None:
        line = before + unit * n + after
        price_words.search(line)
        rules._MONEY.search(line)
        rules._CODE_HELD.search(line)
        rules._COSTS_A_NUMBER.search(line.lower())

    assert growth(read, 2_000) < 8


@pytest.mark.parametrize("make", [lambda n: "Request a " + "free " * n + "diagnosis", lambda n: "get your " * n + "diagnosis now", lambda n: "Book a diagnosis " + "now " * n])
def test_link_words_that_ask_for_an_offer_in_small_letters_are_read_in_linear_time(growth, settings: Settings, make: Callable[[int], str]):
    # 'Request a diagnosis', 'Get your diagnosis' (helper-270's round), read as compared.
    assert growth(lambda n: settings.offer_linked(make(n)), 2_000) < 8


def test_a_mark_in_code_beside_quotations_is_read_in_linear_time(check: Check, growth):
    # Code spans are found for a paragraph that quotes a mark and has backticks: a run of
    # backticks that close nothing, and many spans, are each read once.
    def run(count: int) -> None:
        paragraph = "`TODO` and " * count + '"TODO" and ' + "``` " * count + "`" * (10 * count)
        found = check(Path("a.md"), in_first_section(paragraph))
        assert "section-length" in {d.code for d in found}, found  # read whole: under the file's limit in size at 4n

    assert growth(run, 500) < 8


@pytest.mark.parametrize(
    ("make", "n"),
    [
        # Names in brackets after a chat service, on a line that asks nothing: the line was searched
        # again for each (the review of the fifty-fifth session's change: 54 s at 90 kB).
        (lambda count: in_first_section("Viber(abc)" * count), 1500),
        # Placeholders in code in one front matter value with a quotation: each was looked for along the value.
        (lambda count: minimal(**{"title: The pilot that is judged on its demo": "title: '\"a\" " + " ".join(f"`[insert {i}]`" for i in range(count)) + "'"}), 1000),
        # A word in code and in quotes, many times: each place was compared with each quotation.
        (lambda count: in_first_section('`TODO` "TODO" ' * count), 1500),
    ],
    ids=["chat-names-in-brackets", "placeholders-in-code-in-a-title", "a-word-in-code-and-quotes"],
)
def test_quotations_code_and_chat_names_are_read_in_linear_time(check: Check, growth, make, n: int):
    def run(count: int) -> None:
        text = make(count)
        assert len(text.encode()) < 100_000  # read whole, under the file's limit in size
        check(Path("a.md"), text)

    assert growth(run, n) < 8


@pytest.mark.parametrize(
    "make",
    [
        # The contacts round of the fifty-sixth session's readings, each over a long line of what they read past.
        lambda n: "Telegram -- " * n + "x",
        lambda n: "My handle is " * n + "x",
        lambda n: "On Telegram I am " * n + "x",
        lambda n: "My Gmail is " * n + "x",
        lambda n: "Call me on " + "one-" * n + "x",
        lambda n: "Call me on one " * n,
        lambda n: "My number is " + "0123, " * n,
        lambda n: "firstname@ first name at " * n + "x",
        lambda n: "Write to " + "jane@jsmith " * n,
        lambda n: "E-mail: jane at " * n + "gmail",
        lambda n: "- 0161\n" * n,
        lambda n: "| " + "0161 | " * n + "\n|" + " --- |" * n + "\n| " + "0161 | " * n,
        lambda n: "[a](mailto:a@b.org?subject=" + "Call%20me%20on%20one%20" * n + ")",
    ],
    ids=["marks-after-a-service", "my-handle", "on-a-service-i-am", "my-gmail", "a-number-spoken", "many-asks-to-call", "groups-in-a-sentence",
         "a-name-s-parts-at", "addresses-with-no-ending", "mailboxes-at", "list-items-of-figures", "cells-of-figures", "a-mail-link-s-subject"],
)
def test_the_readings_of_contacts_rephrased_are_linear(growth, check: Check, make: Callable[[int], str]):
    def read(n: int) -> None:
        text = in_first_section(make(n) + "\n")
        assert len(text.encode()) < 100_000
        check(Path("a.md"), text)

    assert growth(read, 600) < 8


@pytest.mark.parametrize(
    "make",
    [
        # The review of the fifty-sixth session's change: its readings of accounts, numbers and addresses, each over a long
        # line of what they read past.
        lambda n: "Find me on Telegram \u2013 " * n + "x",
        lambda n: "I'm on Discord: ab " * n,
        lambda n: "I'm " * n + "janesmith on Discord",
        lambda n: "@ab on X " * n,
        lambda n: "DM @ab on Twitter has " * n,
        lambda n: "Call " + "0S0 " * n,
        lambda n: "Call 0" + "S" * n + "1",
        lambda n: "1S1-" * n + "x",
        lambda n: "Send it to " * n + "BA1 1AA",
        lambda n: "Mail it to IL 62704 " * n,
        lambda n: "Send a to J. " * n + "PO Box 12",
    ],
    ids=["dashes-after-a-service", "names-mid-sentence", "said-to-be", "handles-first", "handles-pointed-to", "groups-with-capitals",
         "a-run-of-capitals", "groups-with-capitals-run-on", "sends-to", "zip-codes-asked", "initials-before-a-box"],
)
def test_the_readings_of_contacts_mid_sentence_are_linear(growth, check: Check, make: Callable[[int], str]):
    def read(n: int) -> None:
        text = in_first_section(make(n) + "\n")
        assert len(text.encode()) < 100_000
        check(Path("a.md"), text)

    assert growth(read, 600) < 8


@pytest.mark.parametrize(
    "make",
    [
        # Helper-269's readings of accounts on services whose names are words too, a Matrix user's ID and names on services
        # that book, each over a long line of what they read past.
        lambda n: "@a:" * n + "b.c",
        lambda n: "@a:" + "b." * n + "c",
        lambda n: "@" + "a" * n + ":b.c",
        lambda n: "Wire: " * n + "x",
        lambda n: "Reach me on Wire, " * n + "x",
        lambda n: "Signal, username " * n + "x",
        lambda n: "Session ID: 05" + "a" * n,
        lambda n: "My Wire handle is " * n + "x",
        lambda n: "Calendly: " * n + "x",
        lambda n: "Calendly \u2014 I'm " * n + "x",
        lambda n: "I'm " * n + "janesmith on Calendly",
        lambda n: "My Calendly is " * n + "x",
        lambda n: "Book a slot " * n + "with me on Calendly: x",
        # (And a word sent to a handle, the attack round of the fifty-ninth session.)
        lambda n: "DM x to " * n + "@janesmith on Instagram",
        lambda n: "Send " * n + "to @janesmith on Instagram",
        lambda n: "a." * n + "b at gmail",
        lambda n: "a1 at " * n + "x",
        lambda n: "Our office is " * n + "at 1 High Street, Leeds LS1 4AB",
    ],
    ids=["matrix-ids-run-on", "matrix-domain-labels", "matrix-long-name", "marks-after-a-word-service", "asks-after-a-comma", "id-words-after-a-comma",
         "session-figures", "my-wire-handle", "marks-after-a-booking-service", "said-after-a-booking-service", "said-before-a-booking-service",
         "my-calendly", "book-with-many-words", "words-sent-to-a-handle", "sends-before-a-handle",
         "handle-parts-at-a-mail-service", "handles-at-many", "own-office-said-many-times"],
)
def test_the_readings_of_chat_and_booking_accounts_of_helper_269_are_linear(growth, check: Check, make: Callable[[int], str]):
    def read(n: int) -> None:
        text = in_first_section(make(n) + "\n")
        assert len(text.encode()) < 100_000
        check(Path("a.md"), text)

    assert growth(read, 600) < 8


@pytest.mark.parametrize(
    ("before", "unit", "after"),
    [
        # Helper-269's reading of a number to pay by on a service abroad, over a long line of what it reads past.
        ("", "Vipps ", "1"),
        ("Swish: ", "1 ", ""),
        ("Swish: ", "12 ", "users"),
        ("", "Zelle me at my ", "5550100199"),
        ("", "PayNow: 2014-", ""),
        ("", "MobilePay 1234567 ", ""),
    ],
)
def test_the_payment_reading_of_numbers_abroad_of_helper_269_is_linear(growth, before: str, unit: str, after: str):
    from stallpatterns import payments

    def read(n: int) -> None:
        line = before + unit * (n // len(unit)) + after
        payments.payment_detail(line)
        payments._candidate(line)

    assert growth(read, 6_000) < 8

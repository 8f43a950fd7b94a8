"""Site search in the header, in the reader's words: a table of queries a reader typed
(not the titles) and the pattern each must put first, run in the real browser on the
shipped patterns; then the combobox, highlighting, partial matches, the ways on from a
zero result, and the lazy index."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from playwright.sync_api import expect

from tests.site import (
    reader_queries,
    reader_queries_eighth,
    reader_queries_eleventh,
    reader_queries_fifteenth,
    reader_queries_fourteenth,
    reader_queries_ninth,
    reader_queries_sixteenth,
    reader_queries_tenth,
    reader_queries_thirteenth,
    reader_queries_twelfth,
)
from tests.site.conftest import Project, axe_violations, guarded_context, open_search, pattern_text, screenshot, serving

pytestmark = pytest.mark.browser

# What a reader types -> the pattern that must come first. Reader's words: synonyms,
# typos, other names, fragments of signs, questions; never the title itself.
QUERIES: list[tuple[str, str]] = [
    ("verify", "verification-costs-more-than-the-work"),
    ("approve", "approval-committee-that-never-decides"),
    ("goverance", "approval-committee-that-never-decides"),
    ("CEO left", "the-sponsor-who-moved-on"),
    ("ROI", "the-board-asks-what-the-spend-produced"),
    ("shadow AI", "individual-use-without-organisational-change"),
    ("legal sign-off", "security-review-afterlife"),
    ("measure value", "the-board-asks-what-the-spend-produced"),
    ("training", "training-without-changed-work"),
    ("staff use unapproved tools", "security-review-afterlife"),
    ("pilot purgatory", "ai-pilots-that-never-reach-production"),
    ("demos never go live", "ai-pilots-that-never-reach-production"),
    ("who is accountable when AI is wrong", "nobodys-name-on-the-output"),
    ("acceptance criteria", "no-agreed-bar-for-good-enough"),
    ("how accurate does it need to be", "no-agreed-bar-for-good-enough"),
    ("error rate", "no-agreed-bar-for-good-enough"),
    ("checking takes longer than writing", "verification-costs-more-than-the-work"),
    ("copy paste between systems", "workflow-joins-that-assume-a-human"),
    ("cycle time", "workflow-joins-that-assume-a-human"),
    ("executive sponsor", "the-sponsor-who-moved-on"),
    ("steering group keeps getting postponed", "the-sponsor-who-moved-on"),
    ("risk committee", "approval-committee-that-never-decides"),
    ("data protection", "security-review-afterlife"),
    ("infosec", "security-review-afterlife"),
    ("completion rates", "training-without-changed-work"),
    ("upskilling", "training-without-changed-work"),
    ("personal ChatGPT accounts", "individual-use-without-organisational-change"),
    ("board wants numbers", "the-board-asks-what-the-spend-produced"),
    ("no baseline", "the-board-asks-what-the-spend-produced"),
    ("disclaimers", "nobodys-name-on-the-output"),
    ("blame the vendor", "nobodys-name-on-the-output"),
    ("acountability", "nobodys-name-on-the-output"),
    ("sponser", "the-sponsor-who-moved-on"),
    ("procurment", "security-review-afterlife"),
    ("committee never decides", "approval-committee-that-never-decides"),
    ("senior staff review everything line by line", "verification-costs-more-than-the-work"),
    ("good enough", "no-agreed-bar-for-good-enough"),
    ("re-keying data", "workflow-joins-that-assume-a-human"),
    ("nothing changed after the course", "training-without-changed-work"),
    ("what did the AI budget buy", "the-board-asks-what-the-spend-produced"),
    ("proof of concept", "ai-pilots-that-never-reach-production"),
    ("new model version reopened the assessment", "security-review-afterlife"),
    # 'kick' reads as deferred ('kicked into the long grass'); to kick-start is to start.
    ("how do we kick-start adoption", "individual-use-without-organisational-change"),
]

RESULTS_IN_ORDER = "els => els.map(e => new URL(e.dataset.url).pathname.split('/').filter(Boolean).pop())"


def node_output(script: str, *args: str):
    """What a Node.js script (run with ``node -e``, its arguments after it) prints, as JSON:
    the site's search.js read outside a browser."""
    import shutil
    import subprocess

    node = shutil.which("node") or shutil.which("nodejs")
    assert node, "Node.js is missing: python3 scripts/dev.py test installs it"
    return json.loads(subprocess.run([node, "-e", script, *args], capture_output=True, text=True, check=True).stdout)


def results_for(page, query: str) -> list[str]:
    field = page.locator("#site-search-q")
    field.fill("")
    field.fill(query)
    expect(page.locator("#site-search-results")).to_be_visible()
    return page.locator("#site-search-list [role=option]").evaluate_all(RESULTS_IN_ORDER)


def all_results_for(page, query: str) -> list[str]:
    """Every result for ``query``: the list as "Show all" shows it, where it is offered."""
    found = results_for(page, query)
    more = page.locator("#site-search-more")
    if not more.is_visible():
        return found
    more.get_by_role("button").click()
    expect(more).to_be_hidden()
    return page.locator("#site-search-list [role=option]").evaluate_all(RESULTS_IN_ORDER)


def as_wanted(page, table: list[tuple[str, str]], ambiguous: dict[str, str]) -> tuple[int, int, list[str]]:
    """How many of a held-out table's queries find their pattern as wanted (first, or in the
    first three for a query marked as fairly describing two), how many in the first three,
    and each miss with what ranked above it."""
    open_search(page).focus()
    wanted, three, misses = 0, 0, []
    for query, slug in table:
        found = results_for(page, query)
        hit = slug in found[:3] if query in ambiguous else found[:1] == [slug]
        wanted += hit
        three += slug in found[:3]
        if not hit:
            misses.append(f"{query!r}: {found[:3]} (want {slug})")
    return wanted, three, misses


def test_the_query_table_is_large_enough_and_names_real_patterns(catalogue):
    slugs = {p.slug for p in catalogue}
    assert len(QUERIES) >= 30
    assert {slug for _, slug in QUERIES} <= slugs
    titles = {p.title.lower() for p in catalogue}
    assert not any(query.lower() in titles for query, _ in QUERIES), "queries are the reader's words, not titles"


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_every_query_in_the_table_puts_its_pattern_first(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    misses = []
    for query, slug in QUERIES:
        found = results_for(page, query)
        if not found or found[0] != slug:
            misses.append(f"{query!r}: {found[:3]} (want {slug})")
    assert misses == [], f"{len(QUERIES) - len(misses)}/{len(QUERIES)} first:\n" + "\n".join(misses)


SECOND_TABLE = reader_queries.QUERIES + reader_queries.FRESH


def test_the_second_query_table_is_large_names_real_patterns_and_few_are_ambiguous(catalogue):
    slugs = {p.slug for p in catalogue}
    queries = [query for query, _ in SECOND_TABLE]
    assert len(SECOND_TABLE) >= 60
    assert len(set(queries)) == len(queries)
    assert {slug for _, slug in SECOND_TABLE} <= slugs
    assert set(reader_queries.AMBIGUOUS) <= set(queries)
    assert len(reader_queries.AMBIGUOUS) <= len(SECOND_TABLE) // 10
    assert not set(queries) & {query for query, _ in QUERIES}, "the second table is not the first one again"
    titles = {p.title.lower() for p in catalogue}
    akas = {name.lower() for p in catalogue for name in p.also_known_as}
    assert not any(query.lower() in titles | akas for query in queries), "queries are the reader's words, not names"


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_the_second_query_table_puts_each_pattern_first_or_the_ambiguous_in_the_first_three(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    misses = []
    for query, slug in SECOND_TABLE:
        found = results_for(page, query)
        if query in reader_queries.AMBIGUOUS:
            if slug not in found[:3]:
                misses.append(f"{query!r}: {found[:3]} (want {slug} in the first three)")
        elif not found or found[0] != slug:
            misses.append(f"{query!r}: {found[:3]} (want {slug} first)")
    assert misses == [], f"{len(SECOND_TABLE) - len(misses)}/{len(SECOND_TABLE)} as wanted:\n" + "\n".join(misses)


def test_the_third_query_table_is_new_and_names_real_patterns(catalogue):
    slugs = {p.slug for p in catalogue}
    queries = [query.lower() for query, _ in reader_queries.THIRD]
    earlier = {query.lower() for query, _ in QUERIES + SECOND_TABLE}
    assert len(queries) >= 60 and len(set(queries)) == len(queries) and not set(queries) & earlier
    assert {slug for _, slug in reader_queries.THIRD} | set(reader_queries.AMBIGUOUS_THIRD.values()) <= slugs
    assert set(reader_queries.AMBIGUOUS_THIRD) <= {query for query, _ in reader_queries.THIRD}


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_the_third_query_table_finds_its_patterns_first_nearly_always(page, site_url):
    # Held out: 80 of its 90 first before the synonyms it showed missing (MLOps, RPA,
    # guardrails, BYOAI, project) and stems for accurate/accuracy and use/usage; 86 after.
    # The two misses left are a typo whose stem is a word of another pattern ('accountible'
    # reads as 'accounts') and 'why does nobody use copilot', which three patterns answer.
    page.goto(site_url)
    open_search(page).focus()
    misses = []
    for query, slug in reader_queries.THIRD:
        found = results_for(page, query)
        other = reader_queries.AMBIGUOUS_THIRD.get(query)
        wanted = found[:1] == [slug] or (other is not None and (found[:1] == [other] or slug in found[:3]))
        if not wanted:
            misses.append(f"{query!r}: {found[:3]} (want {slug})")
    assert len(misses) <= 2, f"{len(reader_queries.THIRD) - len(misses)}/{len(reader_queries.THIRD)} as wanted:\n" + "\n".join(misses)
    assert all(results_for(page, query) for query in ("MLOps", "RPA", "guardrails", "BYOAI")), "a word no pattern uses found nothing"


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_american_spellings_irregular_forms_and_a_typo_that_changes_the_stem_find_the_pattern(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    assert results_for(page, "organizational change")[0] == results_for(page, "organisational change")[0]
    assert results_for(page, "what the AI budget bought")[0] == "the-board-asks-what-the-spend-produced"
    assert results_for(page, "verfication")[0] == "verification-costs-more-than-the-work"
    # "-ible" for "-able" is read as the word, not as the stem both endings leave ("account").
    assert results_for(page, "accountibility")[0] == "nobodys-name-on-the-output"
    # A reflexive pronoun is one word: "ourselves" finds the patterns' "myself" and "themselves".
    assert results_for(page, "faster to do it ourselves")[0] == "verification-costs-more-than-the-work"


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_word_written_joined_hyphenated_or_apart_finds_the_same_pattern(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    # The patterns write "handoffs" and "re-keying": a reader may write either any way.
    for query in ("handoffs", "hand-offs", "hand offs", "re-keying", "rekeying", "re keying"):
        assert results_for(page, query)[0] == "workflow-joins-that-assume-a-human", query


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_short_forms_possessives_and_derived_forms_are_read_as_their_words(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    # "who's" is "who", a common word: no pattern lacks it, so no match is partial.
    assert results_for(page, "who's responsible")[0] == "nobodys-name-on-the-output"
    expect(page.locator("#site-search-note")).to_be_hidden()
    assert results_for(page, "isn't anyone accountable")[0] == "nobodys-name-on-the-output"
    for query in ("sponsor's gone", "sponsor\u2019s gone", "CEO's gone"):
        assert results_for(page, query)[0] == "the-sponsor-who-moved-on", query
    # A form whose stem no pattern has, read as its stem's stem ("perfection" is "perfect").
    assert results_for(page, "perfectionism")[0] == "no-agreed-bar-for-good-enough"


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_verb_the_right_pattern_lacks_does_not_bury_it_under_patterns_that_have_it(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    # "takes" and "keeps" are in other patterns; "blame" and "compliance" tell them apart.
    assert results_for(page, "who takes the blame")[0] == "nobodys-name-on-the-output"
    assert results_for(page, "compliance keeps blocking AI")[0] == "security-review-afterlife"


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_word_no_pattern_uses_is_read_through_its_synonyms(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    assert results_for(page, "RACI")[0] == "nobodys-name-on-the-output"
    assert results_for(page, "L&D")[0] == "training-without-changed-work"
    # "Blocking" is no pattern's word: a reviewer blocking the work is one saying no to it.
    assert results_for(page, "CISO blocking our pilot")[0] == "security-review-afterlife"


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_word_with_many_synonyms_weighs_by_the_patterns_that_hold_it(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    # "ROI" and "governance" each have synonyms in many patterns, but few patterns hold the
    # word itself: it is not outweighed by a rarer word of another pattern ("paralysis").
    assert results_for(page, "governance paralysis")[0] == "approval-committee-that-never-decides"
    assert results_for(page, "ROI of generative AI")[0] == "the-board-asks-what-the-spend-produced"


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_phrase_the_synonyms_know_is_read_as_one_written_as_one_word_and_its_words_are_not_typos(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    for joined, apart in (("signoff", "sign off"), ("factcheck", "fact check")):
        assert results_for(page, joined)[:1] == results_for(page, apart)[:1], joined
    # "experts" is a word of "subject matter expert", not a typo for "expects".
    assert results_for(page, "subject matter experts reviewing outputs")[0] == "verification-costs-more-than-the-work"


def test_the_jargon_table_is_new_and_names_real_patterns(catalogue):
    slugs = {p.slug for p in catalogue}
    queries = [query.lower() for query, _ in reader_queries.JARGON]
    earlier = {query.lower() for query, _ in QUERIES + SECOND_TABLE + reader_queries.THIRD}
    earlier |= {query.lower() for table, _ in HELD_OUT.values() for query, _ in table}
    assert len(queries) >= 30 and len(set(queries)) == len(queries) and not set(queries) & earlier
    assert {slug for _, slug in reader_queries.JARGON} | set(reader_queries.JARGON_AMBIGUOUS.values()) <= slugs
    assert set(reader_queries.JARGON_AMBIGUOUS) <= {query for query, _ in reader_queries.JARGON}


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_executive_jargon_abbreviations_plurals_and_words_joined_or_hyphenated_find_their_pattern(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    misses = []
    for query, slug in reader_queries.JARGON:
        found = results_for(page, query)
        if query in reader_queries.JARGON_AMBIGUOUS:
            if slug not in found[:3]:
                misses.append(f"{query!r}: {found[:3]} (want {slug} in the first three)")
        elif found[:1] != [slug]:
            misses.append(f"{query!r}: {found[:3]} (want {slug} first)")
    assert misses == [], f"{len(reader_queries.JARGON) - len(misses)}/{len(reader_queries.JARGON)} as wanted:\n" + "\n".join(misses)
    # Abbreviations no pattern writes are read through their synonyms, not as nothing.
    for query in ("GenAI", "LLM", "LLMs", "OKR", "M&A", "gen AI"):
        assert results_for(page, query), query


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_hyphenated_or_split_word_is_read_as_the_word_joined_where_the_synonyms_know_it(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    # No pattern writes "reorg" or "copilot": the synonyms do, and the reader may hyphenate or split them.
    for joined, written in (("reorg", ("re-org", "re org", "Re-Org")), ("copilot", ("co-pilot", "co pilot", "Co-Pilot"))):
        want = results_for(page, joined)
        assert want, joined
        for query in written:
            assert results_for(page, query) == want, query
    # In a longer run, the longest part from its start that is known is read as one, and the
    # rest as words: "re-org-driven" is "reorg" and "driven", not three short words.
    driven = results_for(page, "re-org-driven")
    assert driven == results_for(page, "reorg driven") and "the-sponsor-who-moved-on" in driven[:2]
    # Words joined by a hyphen that nothing writes as one are still read apart.
    assert results_for(page, "double-checking everything")[0] == "verification-costs-more-than-the-work"
    assert results_for(page, "buy-in")[0] == results_for(page, "buy in")[0] == "the-sponsor-who-moved-on"


def test_an_ampersand_abbreviation_is_one_word_where_a_pattern_writes_it_and_where_a_reader_types_it(project: Project, browser):
    # "Q&A" and "T&Cs" are one word each in the built index and in the reader's query: they
    # find the pattern that writes them, not one that merely holds "QA" or the letters apart.
    written = pattern_text(title="The lab that keeps its findings to itself", category="value").replace(
        "A scene the reader would recognise", "The lab runs a weekly Q&A on the T&Cs, and a scene the reader would recognise"
    )
    project.write_pattern("the-lab-that-keeps-its-findings", written)
    letters = pattern_text(title="Plan Q and vitamin A for the rollout", category="value").replace(
        "A scene the reader would recognise", "Plan T was dropped for plan C, and QA signs off, in a scene the reader would recognise"
    )
    project.write_pattern("plan-q-and-vitamin-a", letters)
    result = project.build()
    assert result.returncode == 0, result.stderr
    vocabulary = json.loads((project.site / "search.json").read_text(encoding="utf-8"))["vocabulary"]
    assert {"q&a", "t&cs"} <= set(vocabulary)
    with serving(project.site) as url, guarded_context(browser, viewport={"width": 1280, "height": 900}) as context:
        tab = context.new_page()
        tab.goto(url)
        open_search(tab).focus()
        for query in ("Q&A", "q&a", "T&Cs", "T&C"):
            found = results_for(tab, query)
            assert found == ["the-lab-that-keeps-its-findings"], (query, found)
            expect(tab.locator("#site-search-list [role=option] mark").first).to_have_text(re.compile(re.escape(query), re.I))
        # "QA" is the other pattern's word (and its synonyms' elsewhere), not the lab's "Q&A".
        found = all_results_for(tab, "QA")
        assert "the-lab-that-keeps-its-findings" not in found[: found.index("plan-q-and-vitamin-a") + 1]


def test_figures_and_codes_written_in_digits_find_the_pattern_whose_sections_write_them(project: Project, browser):
    # Section words under three characters were left out of the index: "Q3", "3x", "24/7" and
    # "40 %" found nothing, though the same figures written in words were found. "£4,500" was
    # read as "4" and "500", and "4" is also "four": it found a pattern that says "four".
    figures = pattern_text(title="The quarterly target nobody can meet", category="value").replace(
        "A scene the reader would recognise",
        "In Q3 the team promised 3x output, a help desk staffed 24/7, 40 % fewer errors and a £4,500 saving. A scene the reader would recognise",
    )
    project.write_pattern("the-quarterly-target-nobody-can-meet", figures)
    words = pattern_text(title="The four teams that never meet", category="value").replace(
        "A scene the reader would recognise", "Four teams, five hundred tickets, three times over, in a scene the reader would recognise"
    )
    project.write_pattern("the-four-teams-that-never-meet", words)
    result = project.build()
    assert result.returncode == 0, result.stderr
    vocabulary = set(json.loads((project.site / "search.json").read_text(encoding="utf-8"))["vocabulary"])
    assert {"q3", "3x", "24", "7", "40", "4500"} <= vocabulary and "4" not in vocabulary
    with serving(project.site) as url, guarded_context(browser, viewport={"width": 1280, "height": 900}) as context:
        tab = context.new_page()
        tab.goto(url)
        open_search(tab).focus()
        for query in ("Q3", "q3", "3x", "24/7", "40 %", "40%", "£4,500", "4,500", "4500"):
            found = results_for(tab, query)
            assert found[:1] == ["the-quarterly-target-nobody-can-meet"], (query, found)
            assert "the-four-teams-that-never-meet" not in found, (query, found)


# Texts a pattern may hold, for the build's words and the browser's to be compared.
WORD_SAMPLES = [
    "Our P&L, R&D and M&A teams; Q&A. Everyone trained & nothing changed",
    "A re-org, a co-pilot, buy-in, end-to-end, R&D-led work and AT&T",
    "Caf\u00e9 \u2013 re-keyed, 2 TIMES && a&&b-c &x y& -z- x--y",
    "Accountable? A \u2018sign-off\u2019 is not enough\u2026 na\u00efve 50/50 rock\u2019n\u2019roll",
    "In Q3, 3x the work 24/7 for 40 % less: \u00a34,500 of 1,000,000, not 2024,2025 or 1,23",
]

_BROWSER_WORDS = r"""
const fs = require("fs"), path = require("path"), vm = require("vm");
const [assets, samples] = process.argv.slice(1);
const ctx = { console }; ctx.globalThis = ctx; ctx.self = ctx; vm.createContext(ctx);
for (const f of ["vendor/minisearch.js", "vendor/stemmer.js", "search.js"]) vm.runInContext(fs.readFileSync(path.join(assets, f), "utf8"), ctx);
console.log(JSON.stringify(JSON.parse(samples).map(t => [ctx.StallSearch.tokenize(t), ctx.StallSearch.indexTokenize(t)])));
"""


def test_the_browser_reads_a_text_into_the_words_the_build_indexes(built_site):
    # The build indexes a pattern's sections (text.html_words) and the browser its other
    # fields and the reader's query (search.js): both must read a text into the same words.
    # (Short forms aside: the build keeps "whos" where the browser reads "who's" as "who".)
    from html import escape

    from stallpatterns import text

    read = node_output(_BROWSER_WORDS, str(built_site.root / "overrides" / "assets"), json.dumps(WORD_SAMPLES))
    for sample, (query_words, index_words) in zip(WORD_SAMPLES, read):
        assert query_words == text.search_words(sample), sample
        indexed = {w for w in index_words if text.indexed_word(w)}
        assert indexed == set(text.html_words([f"<p>{escape(sample)}</p>"]).split()), sample
    assert {"p&l", "r&d", "m&a", "q&a", "at&t"} <= set(text.search_words(WORD_SAMPLES[0] + " " + WORD_SAMPLES[1]))


_STEMS_WORKED_OUT = r"""
const fs = require("fs"), path = require("path"), vm = require("vm");
const [assets, index] = process.argv.slice(1);
const ctx = { console }; ctx.globalThis = ctx; ctx.self = ctx; vm.createContext(ctx);
for (const f of ["vendor/minisearch.js", "vendor/stemmer.js"]) vm.runInContext(fs.readFileSync(path.join(assets, f), "utf8"), ctx);
let calls = 0;
const stemmer = ctx.stemmer;
ctx.stemmer = w => { calls++; return stemmer(w); };
vm.runInContext(fs.readFileSync(path.join(assets, "search.js"), "utf8"), ctx);
const data = JSON.parse(fs.readFileSync(index, "utf8"));
const counted = {};
for (const times of [1, 2, 4]) {
  // The same patterns written out again: as many words, as many times over.
  const patterns = [].concat(...Array(times).fill(data.patterns)).map((p, i) => ({ ...p, url: p.url + "#" + i }));
  calls = 0;
  ctx.StallSearch.create({ ...data, patterns });
  counted[times] = calls;
}
console.log(JSON.stringify(counted));
"""


def test_building_the_search_index_stems_each_distinct_word_once(built_site):
    # Building the index in the browser took 4.2 s of a phone's CPU at 1,000 patterns, on the
    # reader's first use of search: each word's stem was worked out again each time it was
    # written. The same patterns twice and four times over hold no new word: no more stems.
    counted = node_output(_STEMS_WORKED_OUT, str(built_site.root / "overrides" / "assets"), str(built_site.site / "search.json"))
    assert counted["1"] > 1000 and counted["2"] == counted["1"] and counted["4"] == counted["1"], counted


_BUILT_IN_BATCHES = r"""
const fs = require("fs"), path = require("path"), vm = require("vm");
const [assets, index] = process.argv.slice(1);
const ctx = { console, setTimeout }; ctx.globalThis = ctx; ctx.self = ctx; vm.createContext(ctx);
for (const f of ["vendor/minisearch.js", "vendor/stemmer.js", "search.js"]) vm.runInContext(fs.readFileSync(path.join(assets, f), "utf8"), ctx);
const data = JSON.parse(fs.readFileSync(index, "utf8"));
const patterns = [].concat(...Array(10).fill(data.patterns)).map((p, i) => ({ ...p, url: p.url + "#" + i }));
const batches = [];
const addAll = ctx.MiniSearch.prototype.addAll;
ctx.MiniSearch.prototype.addAll = function (docs) { batches.push(docs.length); return addAll.call(this, docs); };
const now = ctx.StallSearch.create({ ...data, patterns });
const whole = batches.splice(0);
ctx.StallSearch.createAsync({ ...data, patterns }).then(later => {
  const queries = ["verifica", "sponsor left", "board spend", "not", "Q3"];
  const same = queries.every(q => JSON.stringify(now.search(q, true).hits.map(h => [h.url, h.score])) === JSON.stringify(later.search(q, true).hits.map(h => [h.url, h.score])));
  console.log(JSON.stringify({ whole, batches, same, count: patterns.length }));
});
"""


def test_the_search_index_is_built_a_few_patterns_at_a_time_and_finds_the_same(built_site):
    # At 1,000 patterns building the index was one task of a second of a phone's CPU, on the
    # reader's first use of search: letters typed meanwhile did not show. Built in batches,
    # each its own task, it finds the same, scored the same.
    built = node_output(_BUILT_IN_BATCHES, str(built_site.root / "overrides" / "assets"), str(built_site.site / "search.json"))
    assert built["whole"] == [built["count"]] and built["same"], built
    assert len(built["batches"]) > 3 and max(built["batches"]) <= 25 and sum(built["batches"]) == built["count"], built


def section_only_word(built_site) -> tuple[str, str]:
    """A word found in exactly one pattern's sections and in no title, summary or sign
    (read from the pattern files, not from the index)."""
    from stallpatterns import feeds
    from stallpatterns.catalogue import load
    from stallpatterns.settings import load_settings

    catalogue = load(load_settings(built_site.config_file)).catalogue
    shown = " ".join(" ".join([p.title, p.summary, *p.also_known_as, *p.signs]) for p in catalogue).lower()
    body = {p.title: set(re.findall(r"[a-z]{7,}", " ".join(feeds.plain_text(s.markdown) for s in p.sections).lower())) for p in catalogue}
    counts = Counter(w for words in body.values() for w in words)
    everywhere = {p.title: set(re.findall(r"[a-z]+", (" ".join(feeds.plain_text(s.markdown) for s in p.sections) + " " + shown).lower())) for p in catalogue}
    for title, words in body.items():
        for word in sorted(words):
            # Unique even to stemming and typo tolerance: no word elsewhere starts the same way.
            others = {w for t, ws in everywhere.items() if t != title for w in ws}
            if counts[word] == 1 and word not in shown and not any(w.startswith(word[:5]) for w in others):
                return word, title
    raise AssertionError("no word is unique to one pattern's sections")


def test_a_first_page_view_downloads_neither_the_index_nor_the_engine(page, site_url, built_site):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    slug = json.loads((built_site.site / "search.json").read_text(encoding="utf-8"))["patterns"][0]["url"]
    page.goto(site_url + slug, wait_until="networkidle")
    assert requested and not [url for url in requested if re.search(r"search\.json|minisearch|stemmer|search\.js", url)]
    # ...only on first use of the search field
    with page.expect_response(re.compile(r"/search\.json$")) as response:
        open_search(page).focus()
    assert response.value.ok


def test_search_finds_a_pattern_by_a_word_in_its_sections_and_marks_it(page, site_url, built_site, viewport):
    word, title = section_only_word(built_site)
    page.goto(site_url)
    open_search(page).press_sequentially(word)
    results = page.locator("#site-search-results")
    expect(results).to_be_visible()
    # First (a typo-tolerant match elsewhere may follow it), its section word shown and marked.
    hit = results.get_by_role("option").first
    expect(hit.locator(".site-search__title")).to_have_text(title)
    expect(hit.locator(".site-search__snippet")).to_contain_text("Also mentions:")
    expect(hit.locator(".site-search__snippet mark")).to_have_text(re.compile(word, re.I))
    expect(page.locator("#site-search-status")).to_contain_text(f"found. Best match: {title}.")
    screenshot(page, f"search-{viewport}-results")
    assert axe_violations(page) == []


def test_snippets_are_cut_at_word_boundaries_with_the_matched_words_marked(page, site_url, catalogue):
    # A word from the middle of the longest summary: the snippet is a window around it.
    pattern = max(catalogue, key=lambda p: len(p.summary))
    words = pattern.summary.split()
    elsewhere = " ".join([pattern.title, *pattern.signs, *pattern.also_known_as]).lower()
    word = max((w.strip(".,;:'\"") for w in words[len(words) // 2 :] if w.strip(".,;:'\"").lower()[:5] not in elsewhere), key=len)
    page.goto(site_url)
    open_search(page).press_sequentially(word)
    option = page.locator("#site-search-list [role=option]", has_text=pattern.title).first
    snippet = option.locator(".site-search__snippet").inner_text()
    assert word.lower() in [m.lower() for m in option.locator(".site-search__snippet mark").all_inner_texts()]
    inner = snippet.strip("… ").split()
    assert inner[0] in words and inner[-1] in words, f"cut inside a word: {snippet!r}"
    assert " ".join(inner) in " ".join(words)


def test_stems_and_one_typo_find_the_same_pattern(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    assert results_for(page, "governance")[0] == results_for(page, "goverance")[0]
    assert "verification-costs-more-than-the-work" in results_for(page, "verifying")[:3]
    # Quotes and punctuation are ignored
    assert results_for(page, '"good enough?"')[0] == results_for(page, "good enough")[0]


def test_one_typo_in_a_word_only_the_synonyms_know_finds_what_the_word_finds(page, site_url):
    # "prototype" is no pattern's word, only a synonym of "pilot" and "demo": "protoype"
    # and "prototpye" found nothing at all ("No pattern matches").
    page.goto(site_url)
    open_search(page).focus()
    found = results_for(page, "prototype")
    assert found[:1] == ["ai-pilots-that-never-reach-production"]
    assert results_for(page, "protoype")[:3] == found[:3]
    assert results_for(page, "prototpye")[:3] == found[:3]


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_title_word_keeps_finding_its_pattern_at_every_keystroke_as_it_is_typed(page, site_url, catalogue):
    # "verif" found the verification pattern, "verifica" to "verificati" found nothing
    # ("No pattern matches"), "verificatio" found it again: the half-typed word was matched
    # against the stems ("verif"), which it outgrew.
    page.goto(site_url)
    field = open_search(page)
    titles = page.locator("#site-search-list [role=option] .site-search__title")
    # Once the engine is loaded (it loads on first use, a batch of patterns at a time), each
    # keystroke's results are drawn before the next key.
    results_for(page, "board")
    words = sorted({(w, p.title) for p in catalogue for w in re.findall(r"[a-z]{7,}", p.title.lower())})
    assert len(words) >= 10 and "organisational" in {w for w, _ in words}
    for word, title in words:
        field.fill("")
        for n, letter in enumerate(word, 1):
            field.press(letter)
            if n < 3:
                continue
            expect(page.locator("#site-search-ways"), f"{word[:n]!r} found nothing").to_be_hidden()
            if title not in titles.all_inner_texts():
                # Only where more patterns match than are listed ("aft" of "afterlife" is
                # also "after"), and then among them all.
                page.locator("#site-search-more button").click()
                assert title in titles.all_inner_texts(), f"{word[:n]!r} (typing {word!r}) lost {title!r}"


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_typo_in_a_word_being_typed_is_forgiven_at_its_starts_as_in_the_finished_word(page, site_url):
    # 'verifcation' found the verification pattern, but 'verifca' to 'verifcatio' found
    # nothing: a half-typed word was never read as one typo from a word's start.
    page.goto(site_url)
    open_search(page).focus()
    for typed, slug in [("verifcation", "verification-costs-more-than-the-work"), ("acountability", "nobodys-name-on-the-output"),
                        ("sponsership", "the-sponsor-who-moved-on")]:
        for n in range(8, len(typed) + 1):
            assert slug in results_for(page, typed[:n])[:3], typed[:n]


_EVERY_PREFIX = r"""async (index) => {
  const data = await (await fetch(index)).json();
  const S = window.StallSearch, engine = S.create(data);
  const holders = {};
  data.patterns.forEach(p => {
    let at = 0;
    const text = (p.words || []).map(d => { at += d; return data.vocabulary[at]; }).join(" ");
    const all = [p.title, (p.aka || []).join(" "), p.summary, (p.signs || []).join(" "), text].join(" ");
    new Set(S.tokenize(all)).forEach(w => { (holders[w] = holders[w] || new Set()).add(p.url); });
  });
  // Every word of letters the patterns write that the index holds (not a common word).
  const words = Object.keys(holders).filter(w => w.length >= 4 && /^\p{L}+$/u.test(w) && S.processTerm(w) !== null);
  const lost = [];
  let typed = 0;
  for (const word of words) {
    for (let n = 3; n <= word.length; n++) {
      const start = word.slice(0, n);  // a common word too: "not" of "nothing", "the" of "theory"
      typed++;
      const found = new Set(engine.search(start, true).hits.map(h => h.url));
      const missing = [...holders[word]].filter(u => !found.has(u));
      if (missing.length) { lost.push(start + " (" + word + "): " + missing.join(" ")); break; }
    }
  }
  return { words: words.length, typed, lost };
}"""


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_every_start_of_every_word_the_patterns_write_finds_every_pattern_that_writes_it(page, site_url):
    # The whole vocabulary, keystroke by keystroke: a pattern that writes a word is found
    # at each of its starts from three letters ("accounta" of "accountable", "bou" of
    # "bought", "asses" of "assessment"), wherever in the pattern it is written.
    page.goto(site_url + "patterns/")
    open_search(page).focus()
    page.wait_for_function("() => Boolean(window.StallSearch && window.MiniSearch)")
    swept = page.evaluate(_EVERY_PREFIX, site_url + "search.json")
    assert swept["words"] > 500 and swept["typed"] > 3 * swept["words"]
    assert swept["lost"] == [], f"{len(swept['lost'])} words lost as typed: {swept['lost'][:20]}"


def test_the_search_field_is_a_combobox_with_an_active_descendant(page, site_url):
    page.goto(site_url)
    field = open_search(page)
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(field).to_have_attribute("aria-controls", "site-search-list")
    field.press_sequentially("board")
    expect(field).to_have_attribute("aria-expanded", "true")
    options = page.locator("#site-search-list [role=option]")
    expect(options.nth(1)).to_be_visible()
    field.press("ArrowDown")
    expect(field).to_have_attribute("aria-activedescendant", options.nth(0).get_attribute("id"))
    expect(options.nth(0)).to_have_attribute("aria-selected", "true")
    field.press("ArrowDown")
    expect(field).to_have_attribute("aria-activedescendant", options.nth(1).get_attribute("id"))
    expect(field).to_be_focused()  # focus stays in the field
    field.press("ArrowUp")
    expect(options.nth(0)).to_have_attribute("aria-selected", "true")
    title = options.nth(0).locator(".site-search__title").inner_text()
    field.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_escape_closes_the_results_and_keeps_the_words(page, site_url):
    page.goto(site_url)
    field = open_search(page)
    field.press_sequentially("board")
    results = page.locator("#site-search-results")
    expect(results).to_be_visible()
    field.press("Escape")
    expect(results).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(field).to_be_focused()
    expect(field).to_have_value("board")


def test_enter_in_the_field_opens_the_best_match(page, site_url, built_site):
    word, title = section_only_word(built_site)
    page.goto(site_url)
    field = open_search(page)
    field.press_sequentially(word)
    expect(page.locator("#site-search-list").get_by_role("option").first).to_contain_text(title)
    field.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_when_no_pattern_has_every_word_the_best_partial_matches_are_labelled(page, site_url):
    page.goto(site_url)
    open_search(page).press_sequentially("board zzzqqx")
    expect(page.locator("#site-search-note")).to_have_text("No pattern matches every word. Closest partial matches:")
    expect(page.locator("#site-search-list [role=option]").first).to_be_visible()
    expect(page.locator("#site-search-status")).to_contain_text("No pattern matches every word")


def test_a_zero_result_offers_the_finder_all_patterns_and_the_filter_with_the_words(page, site_url):
    page.goto(site_url)
    field = open_search(page)
    field.press_sequentially("zzzqqx")
    ways = page.locator("#site-search-ways")
    expect(ways).to_be_visible()
    expect(ways).to_contain_text("No pattern matches “zzzqqx”.")
    expect(ways.get_by_role("link", name="Tick the signs you recognise in the stall finder")).to_have_attribute("href", re.compile(r"finder/$"))
    expect(ways.get_by_role("link", name="Browse all patterns")).to_be_visible()
    expect(ways.get_by_role("link", name="Filter All patterns for “zzzqqx”")).to_have_attribute("href", re.compile(r"patterns/\?q=zzzqqx$"))
    expect(page.locator("#site-search-status")).to_contain_text("No patterns found")
    # Enter with no result to open goes to All patterns, the words in its filter
    field.press("Enter")
    expect(page).to_have_url(re.compile(r"/patterns/\?q=zzzqqx$"))
    expect(page.get_by_label("Filter by words")).to_have_value("zzzqqx")


def test_a_query_of_common_words_only_says_so_rather_than_that_no_pattern_matches(page, site_url):
    # "the of and" said "No pattern matches": true, but the reader could not tell that search
    # had passed over every word they typed.
    page.goto(site_url)
    open_search(page).press_sequentially("the of and")
    ways = page.locator("#site-search-ways")
    expect(ways).to_contain_text("“the of and” is only common words, which search passes over. Try a word for what you see")
    expect(ways.get_by_role("link", name="Browse all patterns")).to_be_visible()
    # A word that counts among them is searched as ever.
    open_search(page).fill("the of and sponsor")
    expect(ways).to_be_hidden()


def test_a_reader_who_names_an_offer_is_offered_its_booking_first_and_enter_opens_it(page, site_url, built_site):
    # "Stall Review" found patterns about reviews, and nowhere the Stall Review itself; Enter
    # opened the security review pattern.
    from stallpatterns.settings import load_settings

    offers = {offer.id: offer for offer in load_settings(built_site.config_file).offers}
    review, diagnosis = offers["review"], offers["diagnosis"]
    head = diagnosis.name.split()[-1].lower()
    page.goto(site_url)
    field = open_search(page)
    options = page.locator("#site-search-list [role=option]")
    for query, offer in [(review.name, review), (diagnosis.action, diagnosis), (diagnosis.name, diagnosis), (f"book a {head}", diagnosis),
                         (f"{review.name} price", review), (f"what does a {review.name} cost", review), ("stall rev", review),
                         (f"stall {head[:-2]}es", diagnosis)]:
        field.fill(query)
        first = options.first
        expect(first, query).to_have_class(re.compile(r"site-search__hit--offer"))
        expect(first.locator(".site-search__title")).to_have_text(offer.action)
        expect(first).to_contain_text(offer.price)
        expect(first).to_contain_text(offer.duration)
        expect(options.filter(has=page.locator(".site-search__meta", has_text="Offer"))).to_have_count(1)
        expect(page.locator("#site-search-status")).to_contain_text(f"Offer: {offer.action}, {offer.duration}, {offer.price}.")
        expect(page.locator("#site-search-ways")).to_be_hidden()
    assert axe_violations(page) == []
    # Booking words alone ask of them all; not 'costs', which the patterns are about, nor 'buy'.
    for query in ("price", "fees", "Book"):
        field.fill(query)
        expect(page.locator(".site-search__hit--offer .site-search__title"), query).to_have_text([o.action for o in offers.values()])
    for query in ("costs", "buy in"):
        field.fill(query)
        expect(options.first, query).to_be_visible()
        expect(page.locator(".site-search__hit--offer"), query).to_have_count(0)
    # The arrow keys reach it, and Enter opens its booking.
    field.fill(review.name)
    expect(options.nth(1)).to_be_visible()  # patterns still listed below it
    field.press("ArrowDown")
    expect(options.first).to_have_attribute("aria-selected", "true")
    field.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(review.url) + "$"))
    # Words an offer's name shares with the other, or none of its words; its last word alone
    # where patterns are found: no offer.
    page.goto(site_url)
    field = open_search(page)
    for query in ("stall", "security review", "the sponsor", "review of the board", "review"):
        field.fill(query)
        expect(options.first, query).to_be_visible()
        expect(page.locator(".site-search__hit--offer"), query).to_have_count(0)


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_enter_opens_the_best_match_the_list_shows_and_the_status_said(page, site_url):
    # Enter searched again for the words as finished: 'verifica' + Enter went to All
    # patterns, with nothing found, though the list had shown the verification pattern.
    page.goto(site_url)
    field = open_search(page)
    for query in ("verifica", "accountabili", "asses"):
        field.fill(query)
        best = page.locator("#site-search-list [role=option]").first
        expect(best).to_be_visible()
        url = best.get_attribute("data-url")
        expect(page.locator("#site-search-status")).to_contain_text("Best match: " + best.locator(".site-search__title").inner_text())
        field.press("Enter")
        expect(page).to_have_url(url)
        page.goto(site_url)
        field = open_search(page)


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_later_word_s_first_letters_and_a_first_letter_alone_mark_nothing_as_missing(page, site_url):
    # 'security review af': every result was marked "partial match: not every word" until the
    # third letter; 'q' said that it was only common words.
    page.goto(site_url)
    field = open_search(page)
    for query, slug in [("security review af", "security-review-afterlife"), ("sponsor mo", "the-sponsor-who-moved-on"),
                        ("verification co", "verification-costs-more-than-the-work")]:
        assert results_for(page, query)[:1] == [slug], query
        expect(page.locator("#site-search-note")).to_be_hidden()
    field.fill("")
    field.press("q")
    expect(page.locator("#site-search-results")).to_be_hidden()
    # Common words only, the last the start of a word: read as that start.
    assert results_for(page, "the too")


def test_escape_from_within_the_results_closes_them_and_returns_to_the_field(page, site_url):
    # Escape on "Show all" or a link to the finder did nothing on a wide screen, and on a
    # phone closed the whole search, sending focus to the search button.
    page.goto(site_url)
    field = open_search(page)
    field.press_sequentially("zzzqqx")
    finder = page.locator("#site-search-ways").get_by_role("link", name=re.compile("stall finder"))
    finder.focus()
    page.keyboard.press("Escape")
    expect(page.locator("#site-search-results")).to_be_hidden()
    expect(field).to_be_focused()
    expect(field).to_have_value("zzzqqx")


def test_a_click_elsewhere_closes_the_results(page, site_url):
    page.goto(site_url)
    open_search(page).press_sequentially("board")
    expect(page.locator("#site-search-results")).to_be_visible()
    size = page.viewport_size
    page.mouse.click(2, size["height"] - 2)  # the page under the open search, away from it
    expect(page.locator("#site-search-results")).to_be_hidden()


def test_tabbing_out_of_the_field_closes_the_results(page, site_url):
    page.goto(site_url)
    open_search(page).press_sequentially("board")
    results = page.locator("#site-search-results")
    expect(results.get_by_role("option").first).to_be_visible()
    for _ in range(4):
        page.keyboard.press("Tab")
        if not page.evaluate("document.querySelector('.site-search').contains(document.activeElement)"):
            break
    assert page.evaluate("!document.querySelector('.site-search').contains(document.activeElement)")
    expect(results).to_be_hidden()


HELD_OUT = {
    "blind": (reader_queries.BLIND, reader_queries.BLIND_AMBIGUOUS),
    "blind, second": (reader_queries.BLIND_SECOND, reader_queries.BLIND_SECOND_AMBIGUOUS),
    "reviewed": (reader_queries.REVIEWED, reader_queries.REVIEWED_AMBIGUOUS),
    "blind, third": (reader_queries.BLIND_THIRD, reader_queries.BLIND_THIRD_AMBIGUOUS),
    "blind, fourth": (reader_queries.BLIND_FOURTH, reader_queries.BLIND_FOURTH_AMBIGUOUS),
    "blind, fifth": (reader_queries.BLIND_FIFTH, reader_queries.BLIND_FIFTH_AMBIGUOUS),
    "blind, sixth": (reader_queries.BLIND_SIXTH, reader_queries.BLIND_SIXTH_AMBIGUOUS),
    "blind, seventh": (reader_queries.BLIND_SEVENTH, reader_queries.BLIND_SEVENTH_AMBIGUOUS),
}


def test_the_held_out_query_tables_are_new_and_name_real_patterns(catalogue):
    slugs = {p.slug for p in catalogue}
    earlier = {query.lower() for query, _ in QUERIES + SECOND_TABLE}
    for name, (table, ambiguous) in HELD_OUT.items():
        queries = [query.lower() for query, _ in table]
        assert len(queries) >= 40 and len(set(queries)) == len(queries), name
        assert {slug for _, slug in table} | set(ambiguous.values()) <= slugs, name
        assert set(ambiguous) <= {query for query, _ in table}, name
        assert not set(queries) & earlier, f"the {name} table is new"
        earlier |= set(queries)


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
@pytest.mark.parametrize("name", list(HELD_OUT))
def test_each_held_out_query_table_meets_the_targets_for_held_out_queries(page, site_url, name):
    table, ambiguous = HELD_OUT[name]
    page.goto(site_url)
    open_search(page).focus()
    first, three, misses = 0, 0, []
    for query, slug in table:
        found = results_for(page, query)
        other = ambiguous.get(query)
        first += bool(found) and found[0] in {slug, other}
        three += slug in found[:3]
        if not found or found[0] != slug:
            misses.append(f"{query!r}: {found[:3]} (want {slug})")
    total = len(table)
    assert first >= 0.85 * total and three >= 0.95 * total, f"first {first}/{total}, top three {three}/{total}:\n" + "\n".join(misses)


def test_the_eighth_held_out_table_is_new_and_names_real_patterns(catalogue):
    slugs = {p.slug for p in catalogue}
    table, ambiguous = reader_queries_eighth.BLIND_EIGHTH, reader_queries_eighth.AMBIGUOUS
    queries = [query.lower() for query, _ in table]
    earlier = {query.lower() for query, _ in QUERIES + SECOND_TABLE + reader_queries.THIRD + reader_queries.JARGON}
    earlier |= {query.lower() for held, _ in HELD_OUT.values() for query, _ in held}
    names = {name.lower() for p in catalogue for name in [p.title, *p.also_known_as]}
    assert len(queries) >= 90 and len(set(queries)) == len(queries) and not set(queries) & (earlier | names)
    assert {slug for _, slug in table} | set(ambiguous.values()) <= slugs
    assert set(ambiguous) <= {query for query, _ in table} and len(ambiguous) <= len(table) // 10


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_the_eighth_held_out_table_finds_nearly_every_pattern_first_and_every_one_in_the_first_three(page, site_url):
    # Held out: 90 of its 98 first and 95 in the first three before a phrase the synonyms
    # know was read as its words when nothing held it ("data protection impact assessment"
    # found nothing), a key written as one word was read apart too ("golive"), and two
    # abbreviations a reader uses were listed (HITL, citations); 94 and 98 after. The four
    # left rank a pattern with a common word of the query in its title first ("nothing",
    # "changed", "humans").
    table, ambiguous = reader_queries_eighth.BLIND_EIGHTH, reader_queries_eighth.AMBIGUOUS
    page.goto(site_url)
    open_search(page).focus()
    first, three, misses = 0, 0, []
    for query, slug in table:
        found = results_for(page, query)
        first += bool(found) and found[0] in {slug, ambiguous.get(query)}
        three += slug in found[:3]
        if not found or found[0] != slug:
            misses.append(f"{query!r}: {found[:3]} (want {slug})")
    total = len(table)
    assert first >= 0.95 * total and three == total, f"first {first}/{total}, top three {three}/{total}:\n" + "\n".join(misses)


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_phrase_the_synonyms_know_that_no_pattern_holds_is_read_as_its_words(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    # Listed under "dpia", which no pattern writes: its words are still the patterns' words.
    assert results_for(page, "data protection impact assessment")[:1] == ["security-review-afterlife"]
    expect(page.locator("#site-search-note")).to_have_text("No pattern matches every word. Closest partial matches:")


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_personal_data_is_read_as_data_protection_not_as_personal_accounts(page, site_url):
    # No pattern writes "personal data": its "personal" found the patterns of personal
    # accounts and individual use, not the review that data protection holds up.
    page.goto(site_url)
    open_search(page).focus()
    for query in ("personal data", "personal data worries", "is personal data safe"):
        assert results_for(page, query)[:1] == ["security-review-afterlife"], query


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_key_of_several_words_written_as_one_finds_what_its_words_apart_find(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    # A pattern's signs say "go live"; others hold only the key's synonyms ("production").
    for joined, apart in (("golive", "go live"), ("signoff", "sign off"), ("factcheck", "fact check")):
        assert results_for(page, joined)[:1] == results_for(page, apart)[:1], joined


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_ise_and_ize_verbs_and_words_the_stemmer_would_join_to_others_find_their_own_pattern(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    for verb in ("productionise", "productionize", "operationalize"):
        assert results_for(page, verb)[:1] == ["ai-pilots-that-never-reach-production"], verb
    # "productivity" is not "production", nor "accounts" "accountable", though Porter stems each pair alike.
    assert results_for(page, "copilot productivity")[0] == "individual-use-without-organisational-change"
    assert results_for(page, "personal accounts")[0] == "individual-use-without-organisational-change"


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_two_words_typed_as_one_find_what_the_words_apart_find(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    # No pattern, synonym or typo knows the run: it is read as the two words the patterns write.
    for joined, apart in (("goodenough", "good enough"), ("securityreview", "security review"),
                          ("sponsorleft", "sponsor left"), ("pilotpurgatory", "pilot purgatory")):
        found = results_for(page, joined)
        assert found and found[:1] == results_for(page, apart)[:1], joined
    # A half that is no pattern's word is not guessed at: the run still finds nothing.
    field = page.locator("#site-search-q")
    field.fill("")
    field.fill("boardzzqx")
    expect(page.locator("#site-search-ways")).to_be_visible()


# The held-out tables after the eighth, oldest first, each new to every table before it:
# its name, its queries, those that fairly describe two patterns, the least number of
# queries it holds, and the shares that must be found as wanted and in the first three.
LATER_TABLES = [
    # Held out: 124 of its 136 as wanted (112 first, 130 in the first three) before words
    # typed as one on a phone were read apart ("goodenough" found nothing) and the synonyms
    # learnt the organisation's jargon for a committee and for day-to-day work (design
    # authority, ARB, BAU, run the bank, target operating model); 128 after (115, 133).
    # Of the eight left, three rank a pattern with a common word of the query in its title
    # first ("nothing", "changed"), and three a pattern whose sign holds the query's words
    # ("nobody senior asks what it bought", "definition of done", "legal" and "vendor").
    ("ninth", reader_queries_ninth.BLIND_NINTH, reader_queries_ninth.AMBIGUOUS, 120, 0.94, 0.97),
    # Held out: 139 of its 161 as wanted (132 first, 153 in the first three) before an
    # adverb was read as its adjective ("quietly" as a pattern's "quiet"; "slowly" found
    # nothing) and the synonyms learnt more of how leaders describe a stalled rollout: a
    # boss, a DPA, the three lines of defence, a notebook, sandbox or
    # staging before production, a pilot shelved, scrapped or switched off, use that drops
    # or declines, editing, a fortune spent; 146 after (139, 158). Of the fifteen left,
    # most rank a pattern with a common word of the query in its title or other names first
    # ("review", "approved", "heavy", "work").
    ("tenth", reader_queries_tenth.BLIND_TENTH, reader_queries_tenth.AMBIGUOUS, 150, 0.9, 0.97),
    # Held out: 162 of its 182 as wanted (159 first, 176 in the first three) before an
    # adjective's "-er" and "-est" were read as the adjective ("faster" as a sign's "fast"),
    # "personal" apart from "person", and the synonyms learnt idiom for who answers ("holding
    # the baby", "passing the buck"), decision rights, key performance indicators, zero
    # errors and a golden dataset; 170 after (167, 179). Of the twelve left, most rank a
    # pattern with a common word of the query in its title or signs first ("mean", "everyone",
    # "unchanged", "claimed"), or read the query fairly as another pattern ("red tape").
    ("eleventh", reader_queries_eleventh.BLIND_ELEVENTH, reader_queries_eleventh.AMBIGUOUS, 150, 0.9, 0.97),
    # Held out: 171 of its 190 as wanted (167 first, 185 in the first three) before a number
    # was read as the figure a reader types ("11 days", "14 members" found nothing of the
    # patterns' "eleven days", "fourteen members"), weighing little when missing, and the
    # synonyms learnt more idiom of money and of who answers ("bang for the buck", "carry the
    # can"), a programme with nobody steering it ("rudderless", "at the top", a sponsor
    # promoted) and the NHS's information governance; 176 after (172, 187). Of the fourteen
    # left, most rank a pattern with a common word of the query in its title or signs first
    # ("spend" for time, "want", "postponed", "contract"), or a word one typo from the
    # reader's, which the patterns also write ("speed" as "spend", "prove" as "prose").
    ("twelfth", reader_queries_twelfth.BLIND_TWELFTH, reader_queries_twelfth.AMBIGUOUS, 160, 0.9, 0.97),
    # Held out: 70 of its 77 first and 76 in the first three before the synonyms learnt
    # "definition of done", "proofreading" as checking, "expensive" and "time spent"; 72 and
    # 77 after. "What has the money bought" still ranks the sponsor's pattern first, for the
    # budget line its summary names.
    ("thirteenth", reader_queries_thirteenth.BLIND_THIRTEENTH, reader_queries_thirteenth.AMBIGUOUS, 70, 0.9, 0.97),
    # Held out: 88 of its 92 first and 91 in the first three before the synonyms learnt the
    # senior responsible owner (SRO, which found nothing) and a centre of excellence (CoE);
    # 89 and 91 after. Of the three left, two rank a pattern with a common word of the
    # query in its title first ("changed", "review").
    ("fourteenth", reader_queries_fourteenth.BLIND_FOURTEENTH, reader_queries_fourteenth.AMBIGUOUS, 90, 0.94, 0.97),
    # Held out: 72 of its 80 first and 79 in the first three before a typo of a word only
    # the synonyms know ("protoype") was read as that word (it had found nothing) and the
    # synonyms learnt "cost benefit" and a "risk based review"; 75 and 80 after. Of the
    # three left, two rank a pattern with a synonym of the query's word in its title first
    # ("checking" for "hallucination", "review" for "checking"), and one a pattern whose
    # summary holds a partial match above the one that holds every word ("claims take
    # eleven days"): ranking every full match first put others wrong in the first table.
    ("fifteenth", reader_queries_fifteenth.BLIND_FIFTEENTH, reader_queries_fifteenth.AMBIGUOUS, 80, 0.9, 0.97),
    # Held out: 44 of its 60 queries were an earlier table's, word for word; of the 16 new,
    # 15 first and 16 in the first three as written (helper-237), and 16 first once the
    # synonyms learnt "overloaded".
    ("sixteenth", reader_queries_sixteenth.BLIND_SIXTEENTH, reader_queries_sixteenth.AMBIGUOUS, 16, 0.9, 1.0),
]


@pytest.mark.parametrize("at", range(len(LATER_TABLES)), ids=[name for name, *_ in LATER_TABLES])
def test_each_later_held_out_table_is_new_and_names_real_patterns(catalogue, at):
    _, table, ambiguous, least, _, _ = LATER_TABLES[at]
    slugs = {p.slug for p in catalogue}
    queries = [query.lower() for query, _ in table]
    earlier = {query.lower() for query, _ in QUERIES + SECOND_TABLE + reader_queries.THIRD + reader_queries.JARGON}
    earlier |= {query.lower() for held, _ in HELD_OUT.values() for query, _ in held}
    earlier |= {query.lower() for query, _ in reader_queries_eighth.BLIND_EIGHTH}
    earlier |= {query.lower() for _, before, *_ in LATER_TABLES[:at] for query, _ in before}
    names = {name.lower() for p in catalogue for name in [p.title, *p.also_known_as]}
    assert len(queries) >= least and len(set(queries)) == len(queries) and not set(queries) & (earlier | names)
    assert {slug for _, slug in table} | set(ambiguous.values()) <= slugs
    assert set(ambiguous) <= {query for query, _ in table}


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
@pytest.mark.parametrize("at", range(len(LATER_TABLES)), ids=[name for name, *_ in LATER_TABLES])
def test_each_later_held_out_table_finds_its_pattern_first_or_the_ambiguous_in_the_first_three(page, site_url, at):
    _, table, ambiguous, _, wanted_share, three_share = LATER_TABLES[at]
    page.goto(site_url)
    wanted, three, misses = as_wanted(page, table, ambiguous)
    total = len(table)
    assert wanted >= wanted_share * total and three >= three_share * total, (
        f"as wanted {wanted}/{total}, top three {three}/{total}:\n" + "\n".join(misses)
    )


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_who_owns_is_read_as_whose_it_is_not_as_work_done_on_ones_own(page, site_url):
    # "Who owns the AI programme now" ranked the pilots' pattern first: "owns" was read as
    # the "own" of its sign, engineers using AI "on their own" (left alone in earlier notes).
    page.goto(site_url)
    open_search(page).focus()
    assert results_for(page, "who owns the AI programme now")[:1] == ["the-sponsor-who-moved-on"]
    assert results_for(page, "who owns the output")[:1] == ["nobodys-name-on-the-output"]


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_an_adverb_finds_the_patterns_that_write_its_adjective_and_the_adjective_the_adverb(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    # The stemmer keeps "slowly" apart from "slow" ("slowli"): it found nothing at all.
    assert results_for(page, "slowly")[:1] == ["verification-costs-more-than-the-work"]
    # "Heavy individual use" is a title, "use AI tools heavily" a sign: "heavily" finds both.
    assert {"individual-use-without-organisational-change", "ai-pilots-that-never-reach-production"} <= set(results_for(page, "heavily"))
    # One pattern writes "gone quiet", another "quietly went back": a reader's "quiet" finds both.
    assert {"ai-pilots-that-never-reach-production", "verification-costs-more-than-the-work"} <= set(results_for(page, "went quiet")[:2])


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_synonym_key_of_a_stop_word_and_a_word_does_not_fire_on_the_word_alone(page, site_url):
    # 'in charge' (of a rollout: its owner) was read as 'charge', with its stop word dropped:
    # "licence charges" then ranked the sponsor's pattern first, for the owners it implied.
    page.goto(site_url)
    open_search(page).focus()
    assert "the-sponsor-who-moved-on" not in results_for(page, "licence charges")[:1]


_BROWSER_TERMS = r"""
const fs = require("fs"), path = require("path"), vm = require("vm");
const [assets, words] = process.argv.slice(1);
const ctx = { console }; ctx.globalThis = ctx; ctx.self = ctx; vm.createContext(ctx);
for (const f of ["vendor/minisearch.js", "vendor/stemmer.js", "search.js"]) vm.runInContext(fs.readFileSync(path.join(assets, f), "utf8"), ctx);
console.log(JSON.stringify(JSON.parse(words).map(w => ctx.StallSearch.processTerm(w))));
"""


def search_terms(built_site, words: list[str]) -> dict[str, str]:
    """Each word as the site search reads it (search.js, run by Node), in the index and in a query alike."""
    import shutil
    import subprocess

    node = shutil.which("node") or shutil.which("nodejs")
    assert node, "Node.js is missing: python3 scripts/dev.py test installs it"
    out = subprocess.run([node, "-e", _BROWSER_TERMS, str(built_site.root / "overrides" / "assets"), json.dumps(words)],
                         capture_output=True, text=True, check=True).stdout
    return dict(zip(words, json.loads(out)))


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        ("quietly", "quiet", True), ("heavily", "heavy", True), ("slowly", "slow", True), ("weekly", "week", True),
        # A noun read as if an adverb keeps its plural: "anomalies" were "anomaly" to the stemmer.
        ("anomaly", "anomalies", True), ("family", "families", True), ("monopoly", "monopolies", True),
        # Not read as adverbs: the stemmer's own "-bly", "-lly" and "-ply", and short words.
        ("possibly", "possible", True), ("supply", "supplies", True), ("early", "ear", False), ("reply", "replies", True),
        # A verb in "-lie" is no noun in "-ly": "underlies" is "underlie", not "under".
        ("underlies", "underlie", True), ("underlies", "underlying", True), ("underlies", "under", False), ("overlies", "over", False),
    ],
)
def test_an_adverb_is_read_as_its_adjective_and_a_noun_ending_ly_as_its_plural(built_site, one, other, alike):
    terms = search_terms(built_site, [one, other])
    assert (terms[one] == terms[other]) is alike, terms


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        # The stemmer keeps an adjective's "-er" and "-est" apart from it ("faster", "fast").
        ("faster", "fast", True), ("slower", "slow", True), ("quickest", "quick", True), ("easier", "easy", True),
        # "Personal" use is not a named "person", though the stemmer reads both as "person".
        ("personal", "person", False), ("personally", "personal", True),
    ],
)
def test_a_comparative_is_read_as_its_adjective_and_personal_apart_from_person(built_site, one, other, alike):
    terms = search_terms(built_site, [one, other])
    assert (terms[one] == terms[other]) is alike, terms


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_comparative_finds_the_pattern_that_writes_its_adjective(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    # A sign says "The AI step is fast"; another pattern's sign says "how much faster".
    assert results_for(page, "faster step but not faster overall")[:1] == ["workflow-joins-that-assume-a-human"]


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        # The patterns write numbers in words ("eleven days", "ninety-two per cent", indexed
        # also as "ninetytwo"); a reader types figures.
        ("eleven", "11", True), ("fourteen", "14", True), ("ninetytwo", "92", True), ("twenty", "20", True),
        ("one", "1", True), ("zero", "0", True),
        # An ordinal is no count: "second" is also a unit of time.
        ("second", "2", False), ("eleventh", "11", False),
    ],
)
def test_a_number_in_words_is_read_as_its_figure(built_site, one, other, alike):
    terms = search_terms(built_site, [one, other])
    assert (terms[one] == terms[other]) is alike, terms


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_figure_finds_the_pattern_that_writes_the_number_in_words_and_weighs_little(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    # "It has fourteen members": the figure found nothing, and "members" the pattern that
    # says "board member".
    assert results_for(page, "14 members")[:1] == ["approval-committee-that-never-decides"]
    expect(page.locator("#site-search-note")).to_be_hidden()
    # A reader's own count is not the one a pattern's story happens to give: the pilot
    # pattern's "six months ago" does not outrank the review that holds the other words.
    assert results_for(page, "pilot in review 6 months")[:1] == ["security-review-afterlife"]


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_named_person_is_not_found_by_personal_use(page, site_url):
    page.goto(site_url)
    open_search(page).focus()
    # "personal productivity only" is another name of the individual-use pattern: it ranked first.
    assert results_for(page, "accountable person for AI decisions")[:1] == ["nobodys-name-on-the-output"]


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        # British idiom for who answers for a thing, and who shifts it on to others.
        ("left holding the baby", "nobodys-name-on-the-output"),
        ("nobody's holding the baby", "nobodys-name-on-the-output"),
        ("passing the buck", "nobodys-name-on-the-output"),
        # Governance, a board paper's measures, and a data scientist's test data.
        ("decision rights", "approval-committee-that-never-decides"),
        ("key performance indicators", "the-board-asks-what-the-spend-produced"),
        ("zero defects", "no-agreed-bar-for-good-enough"),
        ("golden dataset", "no-agreed-bar-for-good-enough"),
        # Idiom for money's worth and for who answers; a programme nobody steers; the NHS's
        # name for data protection.
        ("more bang for our buck", "the-board-asks-what-the-spend-produced"),
        ("bang for the buck", "the-board-asks-what-the-spend-produced"),
        ("who carries the can for errors", "nobodys-name-on-the-output"),
        ("rudderless", "the-sponsor-who-moved-on"),
        ("nobody at the top cares", "the-sponsor-who-moved-on"),
        ("information governance sign off", "security-review-afterlife"),
    ],
)
@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_leaders_phrase_the_synonyms_know_finds_its_pattern_first(page, site_url, query, slug):
    page.goto(site_url)
    open_search(page).focus()
    assert results_for(page, query)[:1] == [slug]


# A script that runs the site's own search engine in Node on the built search data, with
# one pattern's indexed words ending in a word of N letters, and prints the CPU seconds
# that building the index and answering a query took.
_ENGINE_WITH_A_LONG_WORD = r"""
const fs = require("fs"), path = require("path"), vm = require("vm");
const [assets, data, size] = process.argv.slice(1);
const ctx = { console }; ctx.globalThis = ctx; ctx.self = ctx; ctx.window = ctx;
vm.createContext(ctx);
for (const f of ["vendor/minisearch.js", "vendor/stemmer.js", "search.js"]) vm.runInContext(fs.readFileSync(path.join(assets, f), "utf8"), ctx);
const index = JSON.parse(fs.readFileSync(data, "utf8"));
// Two words appended to the vocabulary, and to the first pattern's (delta-encoded) words.
index.vocabulary.push("a".repeat(Number(size)), "9f".repeat(Number(size) / 2));
const words = index.patterns[0].words, last = words.reduce((a, b) => a + b, 0);
words.push(index.vocabulary.length - 2 - last, 1);
const start = process.cpuUsage();
const engine = ctx.StallSearch.create(index);
engine.search("board", true);
const used = process.cpuUsage(start);
console.log((used.user + used.system) / 1e6);
"""


def test_a_long_word_in_a_pattern_costs_the_search_linear_time(built_site):
    # A word of 90,000 letters once froze every reader's search for 12 s: the British
    # spelling rule was tried from each of its letters. The index now leaves out words over
    # 40 letters, and the rule reads a word from its start.
    import shutil
    import subprocess

    node = shutil.which("node") or shutil.which("nodejs")
    assert node, "Node.js is missing: python3 scripts/dev.py test installs it"
    assert max(len(w) for w in json.loads((built_site.site / "search.json").read_text())["vocabulary"]) <= 40
    assets = built_site.root / "overrides" / "assets"

    def seconds(size: int) -> float:
        out = subprocess.run([node, "-e", _ENGINE_WITH_A_LONG_WORD, str(assets), str(built_site.site / "search.json"), str(size)],
                             capture_output=True, text=True, check=True).stdout
        return float(out)

    small = min(seconds(20_000) for _ in range(3))
    large = min(seconds(80_000) for _ in range(3))
    assert large < 8 * max(small, 0.02), (small, large)  # linear: about 4; quadratic: 16


# A screen reader reads a live region each time its words change: a count written at every
# keystroke is read as a stream of counts, each cut off by the next ("2 patterns found",
# "5 patterns found", ... for one phrase). The count is told once the reader pauses.
LIVE_REGION_WRITES = """(selector) => {
  window.liveWrites = [];
  const region = document.querySelector(selector);
  new MutationObserver(() => window.liveWrites.push(region.textContent))
    .observe(region, { childList: true, characterData: true, subtree: true });
}"""


@pytest.mark.parametrize(
    ("path", "field", "region", "shown"),
    [("", None, "#site-search-status", "#site-search-list [role=option]"), ("patterns/", "#filter-q", "#count-status", "li.card:not([hidden])")],
)
def test_a_result_count_is_told_once_the_reader_pauses_not_at_every_keystroke(page, site_url, path, field, region, shown):
    # The page's clock is the test's: no keystroke's pause is left to a busy machine's timing.
    page.clock.install()
    page.goto(site_url + path)
    box = page.locator(field) if field else open_search(page)
    box.click()
    page.evaluate(LIVE_REGION_WRITES, region)
    page.clock.pause_at(page.evaluate("Date.now()") + 1000)
    phrase = "sponsor moved on"
    box.press_sequentially(phrase)
    expect(page.locator(shown).first).to_be_visible()  # the results follow every keystroke
    assert page.evaluate("window.liveWrites") == [], "told while the reader was still typing"
    page.clock.run_for(2000)  # the reader pauses
    writes = page.evaluate("window.liveWrites")
    assert len(writes) == 1 and re.search(r"\d", writes[0]), f"{len(writes)} announcements once the reader paused: {writes}"
    page.clock.run_for(2000)
    assert page.evaluate("window.liveWrites") == writes, "the same words were told again"


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_matches_far_behind_the_best_wait_behind_show_all(page, site_url):
    # "sponsor left" listed its pattern and then seven more, whose only tie to the words was
    # a "moved" or a "left" somewhere in a section: a long list that read as though each were
    # as near. Past the first three, a match far behind the best now waits behind "Show all".
    page.goto(site_url)
    open_search(page).focus()
    found = results_for(page, "sponsor left")
    assert found[0] == "the-sponsor-who-moved-on" and len(found) == 3, found
    more = page.locator("#site-search-more")
    expect(more).to_be_visible()
    everything = int(re.search(r"The 3 closest of (\d+) are shown\.", more.inner_text()).group(1))
    assert everything > 3
    # Where the matches stay near the best, up to eight are listed as before.
    assert len(results_for(page, "AI")) > 3


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_more_matches_than_the_list_shows_are_said_and_shown_on_request(page, site_url, catalogue):
    # "11 patterns found, showing the first 8" was said to a screen reader only: the list
    # ended at 8 with no word of the rest, and nowhere to see them. Then a link to All
    # patterns' filter for the words showed fewer or none of them ("verification cost": 0 of
    # 11), since the filter reads fewer words: the rest are now shown in the list itself.
    page.goto(site_url)
    open_search(page).focus()
    found = results_for(page, "AI")
    more = page.locator("#site-search-more")
    assert 3 <= len(found) <= 8 < len(catalogue)
    expect(more).to_be_visible()
    shown, everything = map(int, re.search(r"The (\d+) closest of (\d+) are shown\.", more.inner_text()).groups())
    assert shown == len(found) < everything
    expect(page.locator("#site-search-status")).to_contain_text(f"{everything} patterns found, showing the {shown} closest")
    more.get_by_role("button", name=f"Show all {everything}").click()
    expect(page.locator("#site-search-list [role=option]")).to_have_count(everything)
    expect(more).to_be_hidden()
    expect(page.locator("#site-search-q")).to_be_focused()
    expect(page.locator("#site-search-q")).to_have_attribute("aria-activedescendant", f"site-search-option-{shown}")  # the first not shown before
    expect(page.locator("#site-search-status")).to_contain_text(f"{everything} patterns found. Best match")
    expect(page.locator("#site-search-status")).not_to_contain_text("showing the")
    # New words: their closest first again.
    page.locator("#site-search-q").fill("verification")
    expect(page.locator("#site-search-list [role=option]").first).to_be_visible()
    assert page.locator("#site-search-list [role=option]").count() <= 8
    page.locator("#site-search-q").fill("")
    open_search(page).focus()
    assert len(results_for(page, "steerco")) <= 8
    expect(page.locator("#site-search-more")).to_be_hidden()

"""Editorial warnings on real writing: American spellings in any word form, and word counts
per section, from mkdocs.yml only (the scaffold, the hints and CONTRIBUTING.md agree)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stallpatterns.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
MINIMAL = (ROOT / "tests" / "fixtures" / "patterns" / "valid" / "minimal.md").read_text()
FIRST_PARAGRAPH = "## What it looks like\n\n"


def warnings_for(check, sentence: str) -> list[tuple[str, str, str | None]]:
    text = MINIMAL.replace(FIRST_PARAGRAPH, FIRST_PARAGRAPH + sentence + " ", 1)
    return [(d.code, d.message, d.hint) for d in check(Path("a-pattern.md"), text) if not d.is_error]


@pytest.mark.parametrize(
    ("american", "british"),
    [
        ("organized", "organised"), ("prioritized", "prioritised"), ("recognized", "recognised"), ("behaviors", "behaviours"),
        ("colors", "colours"), ("centered", "centred"), ("analyzing", "analysing"), ("favorite", "favourite"),
        ("modeling", "modelling"), ("utilize", "utilise"), ("optimize", "optimise"), ("organizational", "organisational"),
        ("COLOR", "COLOUR"), ("Color", "Colour"), ("Organization", "Organisation"),
        # An author's round found these passed: the catalogue writes 'programme' itself.
        ("program", "programme"), ("emphasize", "emphasise"), ("apologized", "apologised"), ("skeptical", "sceptical"),
        ("gray", "grey"), ("practicing", "practising"), ("artifact", "artefact"), ("aging", "ageing"), ("math", "maths"),
        ("categorization", "categorisation"),
    ],
)
def test_american_spelling_in_any_word_form_is_flagged_in_the_authors_case(check, american: str, british: str):
    # (A word in capitals starts its sentence: within one, a capital tells of a name, below.)
    sentence = f"The team {american} it." if american.islower() else f"{american} was the team's word."
    assert warnings_for(check, sentence) == [("spelling", f"American spelling '{american}'", f"write '{british}'")]


@pytest.mark.parametrize(
    "prose",
    [
        # Names, written as their owners write them (helper-242: each was told to write the British spelling).
        "The World Health Organization's guidance came out in 2024.",
        "She was called to the Bar at Gray's Inn.",
        "The US Department of Defense and the Australian Labor Party said so.",
        "Stanford's Human-Centered AI Institute published the survey.",
        "The offsite was at Center Parcs.",
    ],
)
def test_an_american_spelling_in_a_name_is_not_flagged(check, prose: str):
    assert warnings_for(check, prose) == []


@pytest.mark.parametrize(
    "prose",
    [
        # Someone's words quoted as said, and a computer's program (the authors' round of the fifty-third session).
        "\u201cWe need to prioritize this and move fast,\u201d the American chief executive told the UK team.",
        'He said "we will prioritize it" and did not.',
        "\u2018We need to prioritize this,\u2019 the chief executive said.",
        "The program crashed twice in the first week, and the vendor's software took a month to fix.",
    ],
)
def test_an_american_spelling_quoted_or_a_computers_program_is_not_flagged(check, prose: str):
    assert warnings_for(check, prose) == []


def test_an_organisations_program_outside_a_quotation_is_still_flagged(check):
    assert warnings_for(check, "The AI program stalled after the pilot, and \u201cnobody\u201d owned it.") == [
        ("spelling", "American spelling 'program'", "write 'programme'")
    ]


@pytest.mark.parametrize("word", ["laboratory", "organise", "colourful", "centre", "programme", "Honolulu", "programming", "practice", "mathematics"])
def test_british_and_unrelated_words_are_not_flagged(check, word: str):
    assert warnings_for(check, f"The {word} waits.") == []


def test_short_section_hint_speaks_of_that_section(check, settings: Settings):
    text = MINIMAL
    for heading in settings.headings:
        start = text.index(f"## {heading}\n\n") + len(f"## {heading}\n\n")
        end = text.find("\n\n## ", start)
        text = text[:start] + "Too short here." + (text[end:] if end != -1 else "\n")
    found = {d.message.split('"')[1]: d.hint for d in check(Path("a-pattern.md"), text) if d.code == "section-length"}
    assert set(found) == set(settings.headings)
    for heading, hint in found.items():
        assert f'"{heading}"' in hint
    assert "see, hear or be asked" in found["What it looks like"]
    assert "see, hear or be asked" not in found["The intervention shape"] and "next week" in found["The intervention shape"]


def test_word_range_in_a_warning_is_that_sections_own(check, settings: Settings):
    long_causes = " ".join(["word"] * (settings.editorial.section_words["causes"][1] + 5))
    text = MINIMAL.replace("## What is actually happening\n\n", "## What is actually happening\n\n" + long_causes + "\n\n", 1)
    (found,) = [d for d in check(Path("a-pattern.md"), text) if d.code == "section-length"]
    low, high = settings.editorial.section_words["causes"]
    assert f"aim for {low}–{high}" in found.message and "What is actually happening" in found.hint


def test_contributing_quotes_the_configured_word_ranges(settings: Settings):
    text = (ROOT / "CONTRIBUTING.md").read_text()
    rows = dict(re.findall(r"^\| (What [^|]+?|The [^|]+?) \| (\d+–\d+) \|$", text, re.M))
    expected = {s.heading: "{}–{}".format(*settings.editorial.section_words[s.key]) for s in settings.sections}
    assert rows == expected

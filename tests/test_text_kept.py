"""What an author writes is what is published, or the file is refused where it would change.

YAML silently drops a ' #' comment, a leading '&anchor' or '!tag'; bidirectional controls
and zero-width characters make a title read differently from the diff a reviewer saw.
Each is an error at its line and column, with a hint that says how to keep the text.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from stallpatterns.diagnostics import Diagnostic, render

ROOT = Path(__file__).resolve().parents[1]
MINIMAL = (ROOT / "tests" / "fixtures" / "patterns" / "valid" / "minimal.md").read_text()
TITLE = "title: The pilot that is judged on its demo"
SUMMARY_LINE = 3


def with_lines(**replace: str) -> str:
    text = MINIMAL
    for old, new in replace.items():
        assert old in text
        text = text.replace(old, new, 1)
    return text


def set_line(prefix: str, line: str) -> str:
    """The minimal valid pattern with the line that starts with ``prefix`` replaced."""
    lines = MINIMAL.split("\n")
    index = next(i for i, text in enumerate(lines) if text.startswith(prefix))
    return "\n".join([*lines[:index], line, *lines[index + 1 :]])


def problems(check, text: str) -> list[Diagnostic]:
    return [d for d in check(Path("a-pattern.md"), text) if d.is_error]


def only(check, text: str) -> Diagnostic:
    found = problems(check, text)
    assert len(found) == 1, found
    return found[0]


# --- ' #' starts a YAML comment ------------------------------------------------------------


def test_hash_inside_an_unquoted_summary_is_an_error_at_its_column(check):
    summary = "summary: The board treats the pilot as the #1 source of direction, so nobody asks what it proved."
    found = only(check, set_line("summary:", summary))
    assert (found.code, found.line, found.column) == ("yaml-comment", SUMMARY_LINE, summary.index(" #") + 2)
    assert "'The board treats the pilot as the'" in found.message
    assert f'summary: "{summary.removeprefix("summary: ")}"' in found.hint


def test_hash_in_a_sign_is_an_error_on_the_sign_line(check):
    text = with_lines(**{"  - Progress reports describe features, not changed work": "  - Requests go to #ai-programme and stay there"})
    found = only(check, text)
    assert (found.code, found.line, found.column) == ("yaml-comment", 7, len("  - Requests go to") + 2)
    assert '- "Requests go to #ai-programme and stay there"' in found.hint


def test_hash_after_an_empty_value_is_an_error_not_an_empty_summary(check):
    found = only(check, set_line("summary:", "summary: #1 cause of stalls is the sponsor who moved on to other things"))
    assert (found.code, found.line) == ("yaml-comment", SUMMARY_LINE)
    assert "nothing" in found.message


def test_hash_after_a_quoted_value_loses_nothing(check):
    assert problems(check, set_line("title:", 'title: "The pilot that is judged on its demo"  # working title')) == []


def test_hash_without_a_space_before_it_is_text(check):
    assert problems(check, with_lines(**{TITLE: "title: The pilot that is judged on its demo#1"})) == []


def test_full_line_comments_are_fine(check):
    assert problems(check, with_lines(**{"category: value": "# where it stalls\ncategory: value"})) == []


# --- values YAML would read as something else ------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("*2 pilots judged on its demo", "yaml-alias"),  # '*Not* a pilot': emphasis, told to lose its asterisks (test_rules)
        ("&Co: the pilot judged on its demo", "yaml-syntax"),
        ("&team pilot judged on its demo", "yaml-anchor"),
        ("!important pilot judged on its demo", "yaml-tag"),
        ("! The pilot judged on its demo", "yaml-tag"),
        ("%done pilot judged on its demo", "yaml-syntax"),
        ("@team pilot judged on its demo", "yaml-syntax"),
        ("`pilot` judged on its demo", "yaml-syntax"),
        ('"The pilot" that is judged on its demo', "yaml-syntax"),
        ("'The pilot' that is judged on its demo", "yaml-syntax"),
        ("The pilot that is judged on its demo:", "yaml-syntax"),
    ],
)
def test_value_yaml_would_change_is_refused_with_the_quoted_line_as_the_fix(check, value: str, code: str):
    found = only(check, with_lines(**{TITLE: f"title: {value}"}))
    assert (found.code, found.line) == (code, 2)
    assert "quotes, so YAML keeps every character: title: " in found.hint
    # The fix the hint gives is a line YAML reads back as exactly the author's text.
    fixed = found.hint.split("every character: ")[1]
    assert yaml.safe_load(fixed) == {"title": value}
    assert problems(check, set_line("title:", fixed)) == []


def test_items_under_an_empty_list_are_told_to_drop_the_brackets(check):
    text = with_lines(**{"signs:\n": "signs: []\n"})
    found = only(check, text)
    assert (found.code, found.line) == ("yaml-list", 6)
    assert "delete the ' []' after 'signs:'" in found.hint


# --- invisible and bidirectional characters --------------------------------------------------


@pytest.mark.parametrize(
    ("char", "word"),
    [("\u202e", "bidirectional"), ("\u2066", "bidirectional"), ("\u200b", "ZERO WIDTH SPACE"), ("\u00ad", "SOFT HYPHEN"),
     ("\u2060", "WORD JOINER"), ("\ufeff", "ZERO WIDTH NO-BREAK SPACE"), ("\u200d", "ZERO WIDTH JOINER"),
     # Not format characters, yet they show as nothing, or as blank space (a review found them).
     ("\u3164", "HANGUL FILLER"), ("\u034f", "COMBINING GRAPHEME JOINER"), ("\ue000", "U+E000"), ("\u2065", "U+2065"),
     ("\U000e0fff", "U+E0FFF"), ("\u2028", "LINE SEPARATOR"), ("\ufe0f", "VARIATION SELECTOR-16"), ("\u2800", "BRAILLE PATTERN BLANK")],
)
def test_invisible_character_in_the_title_is_reported_at_its_column(check, char: str, word: str):
    found = only(check, with_lines(**{TITLE: "title: The pilot that is " + char + "judged on its demo"}))
    assert (found.code, found.line, found.column) == ("invisible-character", 2, len("title: The pilot that is ") + 1)
    assert word in found.message and f"U+{ord(char):04X}" in found.message


def test_invisible_character_in_the_body_is_reported_at_its_line_and_column(check):
    text = MINIMAL.replace("## What it looks like\n\n", "## What it looks like\n\nThe owner\u202e said yes. ", 1)
    line = text.split("\n").index(next(x for x in text.split("\n") if "\u202e" in x)) + 1
    found = only(check, text)
    assert (found.code, found.line, found.column) == ("invisible-character", line, len("The owner") + 1)


def test_a_variation_selector_after_the_symbol_it_varies_is_allowed_and_a_run_of_them_is_not(check):
    for text in ("We \u2764\ufe0f it", "Press 1\ufe0f\u20e3", "The \u6f22\U000e0100 form"):
        assert problems(check, with_lines(**{TITLE: f"title: {text} — the pilot judged on its demo"})) == [], text
    found = only(check, with_lines(**{TITLE: "title: We \u2764\ufe0f\ufe0f\ufe0e it — the pilot judged on its demo"}))
    assert (found.code, found.column) == ("invisible-character", len("title: We \u2764\ufe0f") + 1)
    assert "(and 1 more on this line)" in found.message


def test_only_the_flags_of_england_scotland_and_wales_may_hold_tag_characters(check):
    def flag(region: str) -> str:
        return "\U0001f3f4" + "".join(chr(0xE0000 + ord(c)) for c in region) + "\U000e007f"

    for region in ("gbeng", "gbsct", "gbwls"):
        body = MINIMAL.replace("## What it looks like\n\n", f"## What it looks like\n\nOur flag {flag(region)} flies. ", 1)
        assert problems(check, body) == [], region
    body = MINIMAL.replace("## What it looks like\n\n", f"## What it looks like\n\nOur flag {flag('gbeng')}{flag('say hi')} flies. ", 1)
    assert only(check, body).code == "invisible-character"


def test_a_title_the_social_card_cannot_draw_is_a_warning_that_names_the_character(check):
    [found] = check(Path("a-pattern.md"), with_lines(**{TITLE: "title: The «مشروع» pilot 🚀 that is judged on its demo"}))
    assert (found.code, found.line, found.is_error) == ("card-cannot-draw", 2, False)
    assert "U+0645 ARABIC LETTER MEEM (and 5 more)" in found.message
    assert check(Path("a-pattern.md"), with_lines(**{TITLE: "title: Nobody’s “good enough” — the café’s £750 pilot…"})) == []


@pytest.mark.parametrize("invisible", ["\u200b", "\u2060", "\ufeff"])
def test_an_invisible_character_in_a_title_is_one_error_not_also_a_card_warning(check, invisible: str):
    # Pasted from a document, it got its error and a warning to write the title 'in the
    # Latin alphabet, without emoji', which it was.
    found = check(Path("a-pattern.md"), with_lines(**{TITLE: f"title: The pilot judged{invisible} on its demo"}))
    assert [(d.code, d.line) for d in found] == [("invisible-character", 2)]


def test_zero_width_joiner_inside_an_emoji_sequence_is_allowed_in_the_body_only(check):
    body = MINIMAL.replace("## What it looks like\n\n", "## What it looks like\n\nThe developer \U0001f469\u200d\U0001f4bb waits. ", 1)
    assert problems(check, body) == []
    found = only(check, with_lines(**{TITLE: "title: The pilot \U0001f469\u200d\U0001f4bb judged on its demo"}))
    assert found.code == "invisible-character"


@pytest.mark.parametrize("value", ["\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b", "\u3164" * 12])
def test_title_of_invisible_characters_only_is_refused(check, value: str):
    codes = {d.code for d in problems(check, with_lines(**{TITLE: f"title: {value}"}))}
    assert codes & {"invisible-character", "invisible-value"}
    assert "invisible-value" in codes


def test_diagnostics_never_carry_a_raw_control_character_to_the_terminal():
    nasty = "x\x1b[2J\x07\u202egnp.exe\u200b\x9b"
    diagnostic = Diagnostic(f"patterns/{nasty}.md", 1, 1, "unknown-key", f"unknown key '{nasty}'", f"did you mean '{nasty}'?")
    for fmt in ("text", "github", "json"):
        shown = render([diagnostic], fmt)
        assert not any(c in shown for c in "\x1b\x07\u202e\u200b\x9b"), fmt
    assert "\\x1b[2J" in diagnostic.format_text() and "\\u202e" in diagnostic.format_text()


def test_validate_escapes_an_ansi_sequence_from_the_file(tmp_project: Path):
    text = MINIMAL.replace("## What it looks like", "## What it\x1b[31m looks like", 1)
    (tmp_project / "patterns" / "the-pilot.md").write_text(text)
    result = subprocess.run(
        [sys.executable, "-m", "stallpatterns.cli", "validate"], cwd=tmp_project, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "\x1b" not in result.stdout + result.stderr
    assert "\\x1b" in result.stdout and "section-misspelt" in result.stdout


# --- a section heading at the wrong level -------------------------------------------------------


@pytest.mark.parametrize("marks", ["#", "###", "####"])
def test_section_heading_at_the_wrong_level_says_so_and_nothing_else(check, marks: str):
    text = MINIMAL.replace("## What it looks like", f"{marks} What it looks like", 1)
    line = text.split("\n").index(f"{marks} What it looks like") + 1
    found = only(check, text)
    assert (found.code, found.line) == ("heading-level", line)
    assert found.message.startswith("wrong heading level")
    assert found.hint == "write '## What it looks like'"


@pytest.mark.parametrize(
    ("slip", "line", "column", "fixed_line"),
    [
        # No space after the colon: YAML notices it a line later, on the summary.
        ("title:The pilot that is judged on its demo", 2, 7, "title: The pilot that is judged on its demo"),
        # A key indented under a line that has its value.
        ("  category: value", 4, 1, "category: value"),
        # A list item written with '*', as a word processor bullets it.
        ("  * The pilot's success criteria were written after it started", 6, 3, "  - The pilot's success criteria were written after it started"),
    ],
)
def test_a_slip_of_the_keyboard_in_front_matter_is_named_at_its_own_line_with_a_fix_that_works(check, slip: str, line: int, column: int, fixed_line: str):
    lines = MINIMAL.split("\n")
    text = "\n".join([*lines[: line - 1], slip, *lines[line:]])
    found = only(check, text)
    assert (found.line, found.column) == (line, column), found
    assert found.hint.endswith(fixed_line.strip()) or "delete the spaces before 'category:'" in found.hint
    assert problems(check, "\n".join([*lines[: line - 1], fixed_line, *lines[line:]])) == []


def test_the_title_written_again_as_a_heading_above_the_sections_is_to_be_deleted(check):
    text = MINIMAL.replace("## What it looks like", "# The pilot that is judged on its demo\n\n## What it looks like", 1)
    found = only(check, text)
    assert (found.code, found.hint) == ("h1-in-body", "delete this line: the page's title is the front matter's 'title:'")


def test_a_sections_name_in_bold_for_its_heading_is_told_to_be_a_heading(check):
    text = MINIMAL.replace("## What it looks like", "**What it looks like**", 1)
    found = next(d for d in problems(check, text) if d.code == "content-before-section")
    assert found.hint == "write the line as: ## What it looks like"


def test_a_section_heading_with_a_no_break_space_is_the_section_it_shows(check):
    assert problems(check, MINIMAL.replace("## What it looks like", "## What it\u00a0looks like", 1)) == []


def test_a_comment_after_a_one_word_value_is_told_to_move_not_to_be_quoted_in(check):
    found = only(check, with_lines(**{"category: value": "category: value # or maybe governance?"}))
    assert (found.code, found.line) == ("yaml-comment", 4)
    assert found.hint == "move the comment to a line of its own, and keep: category: value"
    assert problems(check, with_lines(**{"category: value": "# or maybe governance?\ncategory: value"})) == []


@pytest.mark.parametrize(
    ("line", "written"),
    [("title: Ticket #4312 never leaves the approval queue", 'title: "Ticket #4312 never leaves the approval queue"'),
     ("title: Our #1 programme is judged on its demo", 'title: "Our #1 programme is judged on its demo"')],
)
def test_a_hash_joined_to_the_word_after_a_first_word_is_kept_by_quoting_not_cut(check, line, written):
    # The value read is one word ('Ticket'), but '#4312' is text, not a note: the hint
    # said to keep 'title: Ticket', losing the rest of the title.
    found = only(check, set_line("title:", line))
    assert found.code == "yaml-comment"
    assert written in found.hint and "keep: title: " not in found.hint


@pytest.mark.parametrize("dashes", ["--", "----", "-----"])
def test_front_matter_closed_with_the_wrong_number_of_dashes_is_named_at_that_line(check, dashes: str):
    lines = MINIMAL.split("\n")
    closing = lines.index("---", 1)
    found = only(check, "\n".join([*lines[:closing], dashes, *lines[closing + 1 :]]))
    assert (found.code, found.line, found.hint) == ("front-matter-unclosed", closing + 1, "write the line as '---'")


def test_a_sign_with_a_colon_is_told_to_be_quoted_and_the_quoted_line_works(check):
    sign = "  - Nobody can say what result would end the pilot"
    found = only(check, MINIMAL.replace(sign, "  - Ask the team: who approved this paragraph?"))
    assert (found.code, found.line) == ("wrong-type", 8)
    fixed = found.hint.split("every character: ")[1]
    assert fixed == '  - "Ask the team: who approved this paragraph?"'
    assert problems(check, MINIMAL.replace(sign, fixed)) == []


def test_a_sign_starting_with_a_quote_is_told_the_whole_line_to_write_indented(check):
    sign = "  - Nobody can say what result would end the pilot"
    found = only(check, MINIMAL.replace(sign, '  - "Good enough" is never defined by anyone'))
    fixed = found.hint.split("every character: ")[1]
    assert fixed == "  - '\"Good enough\" is never defined by anyone'"
    assert problems(check, MINIMAL.replace(sign, fixed)) == []


def test_a_no_break_space_after_a_key_is_named_at_its_column(check):
    found = only(check, with_lines(**{"category: value": "category:\u00a0value"}))
    assert (found.line, found.column) == (4, len("category:") + 1)
    assert "U+00A0 NO-BREAK SPACE" in found.message and found.hint == "delete it and type an ordinary space after 'category:'"


def test_a_colon_in_a_value_is_told_in_plain_words_with_the_fix_at_its_line(check):
    # It ended with YAML's own words, '(YAML: mapping values are not allowed here)': jargon
    # an author cannot act on. (This test said once that those words came after the plain ones.)
    found = only(check, with_lines(**{"summary: A pilot": "summary: A pilot: approved"}))
    assert (found.code, found.line, found.column) == ("yaml-syntax", SUMMARY_LINE, len("summary: A pilot") + 1)  # at the colon
    assert found.message == (
        "front matter cannot be read from here: this value holds ': ' (or ends with ':'), which reads as the start of "
        "another key, so the value must be in quotes"
    )
    assert found.hint is not None and found.hint.startswith("a value cannot hold ': ' or end with ':' unquoted; put the whole value in double quotes")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("summary: A pilot", "summary: A pilot: approved"),
        ("category: value", "category: value: more"),
        ("category: value", "category: value\n  - an item under a value"),
        ("category: value", "category: value\nsigns\n"),
        ("category: value", "category: value\n? [a, b]\n: c"),
        ("category: value", "category: value\n  indented: key"),
        ("category: value", "category: value\n- an item with no key"),
        ("category: value", "category: value\ntags: [a, b"),
        ("category: value", "category: value\ntags: {a: b"),
        ("category: value", "category: >\n value\n  x: y"),
        ("category: value", "category: value\n!!str x: y"),
        ("category: value", "category: value\nx: |\n y\n z: w\n- q"),
    ],
)
def test_no_front_matter_message_gives_yamls_own_words(check, old: str, new: str):
    # What YAML's reader says ('mapping values are not allowed here', 'while scanning a simple
    # key', 'expected <block end>') is never shown: each message says it in an author's words.
    found = problems(check, with_lines(**{old: new}))
    assert found, "the front matter should not be read"
    for diagnostic in found:
        said = f"{diagnostic.message} {diagnostic.hint or ''}"
        assert "(YAML:" not in said, diagnostic
        assert not re.search(r"mapping values|while (?:scanning|parsing)|could not find|did not find|expected <|found (?:character|unexpected)", said), diagnostic


def test_a_sign_indented_further_than_the_one_above_is_named_not_joined_to_it(check):
    sign = "  - Nobody can say what result would end the pilot"
    found = only(check, MINIMAL.replace(sign, "  " + sign))
    assert (found.line, found.hint) == (8, "indent it as the items above: two spaces, then '- '")
    # A summary's second line that starts with a dash is the summary's text.
    summary = next(line for line in MINIMAL.split("\n") if line.startswith("summary: "))
    assert problems(check, MINIMAL.replace(summary, summary + "\n  - and so it stalls")) == []


def test_signs_written_flush_left_are_told_to_stay_flush_left_not_two_spaces_in(check):
    # '- One sign' under 'signs:' is a list; a later sign indented by two spaces was told to
    # be indented 'as the items above: two spaces', which the items above were not.
    signs = MINIMAL.split("signs:\n", 1)[1].split("\npublished:", 1)[0].split("\n")
    flush = MINIMAL.replace(signs[0], signs[0].lstrip()).replace(signs[1], signs[1].lstrip())
    found = only(check, flush)
    assert (found.line, found.hint) == (8, "indent it as the items above: no spaces, then '- '")


def test_a_value_with_a_colon_in_a_word_processors_quotes_is_told_they_are_not_quotes(check):
    # The author quoted it, as they think: the hint said only to put it in double quotes.
    summary = next(line for line in MINIMAL.split("\n") if line.startswith("summary: "))
    value = summary.removeprefix("summary: ")
    found = only(check, set_line("summary: ", f"summary: “Warning: {value}”"))
    assert found.line == SUMMARY_LINE and "word processor's quote marks (“…”)" in (found.hint or "")
    fixed = (found.hint or "").split("every character: ")[1]
    assert fixed == f'summary: "Warning: {value}"'
    assert problems(check, set_line("summary: ", fixed)) == []


def test_a_sign_with_a_colon_in_a_word_processors_quotes_is_given_back_in_straight_ones_alone(check):
    sign = "  - Nobody can say what result would end the pilot"
    found = only(check, MINIMAL.replace(sign, "  - “Nobody can say: what result would end the pilot”"))
    fixed = (found.hint or "").split("every character: ")[1]
    assert fixed == '  - "Nobody can say: what result would end the pilot"'
    assert problems(check, MINIMAL.replace(sign, fixed)) == []

"""An author fixes a pattern by doing what the hint says, word for word: each case here
breaks a valid file as authors do, follows its hint literally, and checks that the error is
gone and no other has taken its place."""

from __future__ import annotations

from pathlib import Path

from stallpatterns.diagnostics import Diagnostic

from .conftest import Check

VALID = Path(__file__).parent / "fixtures" / "patterns" / "valid" / "all-keys.md"


def broken(find: str, replace: str) -> str:
    text = VALID.read_text(encoding="utf-8")
    assert find in text
    return text.replace(find, replace, 1)


def only_error(check: Check, text: str) -> Diagnostic:
    found = [d for d in check(VALID, text) if d.is_error]
    assert len(found) == 1, found
    return found[0]


def assert_valid(check: Check, text: str) -> None:
    assert [d for d in check(VALID, text) if d.is_error] == []


def test_a_key_written_with_an_equals_sign_is_fixed_by_writing_what_the_hint_shows(check: Check):
    text = broken("category: value", "category = value")
    error = only_error(check, text)
    assert error.hint == "write it as: category: value"
    assert_valid(check, text.replace("category = value", error.hint.removeprefix("write it as: ")))


def test_an_unknown_key_meaning_one_already_written_is_not_told_to_become_it(check: Check):
    # 'did you mean 'summary'?' would have the author write 'summary:' a second time.
    text = broken("category: value", "description: What the pattern is about, in a line.\ncategory: value")
    error = only_error(check, text)
    assert error.line == 4
    assert error.hint.startswith("delete this line, or move what it says into 'summary' (line 3)")
    assert_valid(check, text.replace("description: What the pattern is about, in a line.\n", ""))


def test_an_unknown_key_meaning_a_missing_one_is_still_told_its_name(check: Check):
    text = broken("summary:", "sumary:")
    assert only_error(check, text).hint == "did you mean 'summary'?"


def test_too_few_signs_are_told_how_many_to_add(check: Check):
    text = broken("  - Nobody can say what result would end the pilot\n", "")
    error = only_error(check, text)
    assert error.code == "signs-count"
    assert error.hint.startswith("add 1 more sign: ")
    assert_valid(check, text.replace("  - Progress reports", "  - The sponsor has stopped asking about it\n  - Progress reports"))


def test_too_many_signs_are_told_how_many_to_delete(check: Check):
    extra = "".join(f"  - Sign number {n} that a reader could tick\n" for n in range(6))
    text = broken("  - Nobody can say what result would end the pilot\n", "  - Nobody can say what result would end the pilot\n" + extra)
    error = only_error(check, text)
    assert error.code == "signs-count"
    assert error.hint == "delete 2 signs, keeping the 7 that say the most"
    assert_valid(check, text.replace(extra, "".join(extra.splitlines(keepends=True)[2:])))


def test_a_key_no_pattern_has_is_told_to_be_deleted(check: Check):
    text = broken("category: value", "category: value\ntags: [ai, adoption]")
    error = only_error(check, text)
    assert error.code == "unknown-key"
    assert error.hint.startswith("delete this line; the keys a pattern may have are: title, summary")
    assert_valid(check, text.replace("tags: [ai, adoption]\n", ""))


def test_a_sign_that_is_only_a_placeholder_is_told_to_go_line_and_all(check: Check):
    # Deleting 'TBC' alone would leave '  - ', an empty sign: a new error.
    text = broken("  - Nobody can say what result would end the pilot", "  - TBC\n  - Nobody can say what result would end the pilot")
    error = only_error(check, text)
    assert (error.code, error.hint) == ("placeholder", "write the sign in its place, or delete the whole line, '- ' and all")
    assert_valid(check, text.replace("  - TBC\n", ""))


def test_a_summary_that_is_only_a_placeholder_is_told_to_be_written(check: Check):
    text = broken(
        "summary: A pilot is approved because its demonstration impressed, so nobody agreed what it had to prove, "
        "and now it can be neither stopped nor scaled.",
        "summary: TODO",
    )
    placeholder = next(d for d in check(VALID, text) if d.code == "placeholder")
    assert placeholder.hint == "write the summary in its place"


def test_a_sign_in_square_brackets_is_told_to_lose_them(check: Check):
    # YAML reads '- [a sign]' as a list in the list; the field's own hint would say what was written.
    text = broken("  - Nobody can say what result would end the pilot", "  - [Nobody can say what result would end the pilot]")
    error = only_error(check, text)
    assert error.message == "each item of 'signs' must be plain text: the '[' at its start makes YAML read a list"
    assert error.hint == 'write the item without the square brackets:   - "Nobody can say what result would end the pilot"'
    fixed = text.replace("  - [Nobody can say what result would end the pilot]", error.hint.split(":", 1)[1].lstrip(" ").join(["  ", ""]))
    assert_valid(check, fixed)

"""An author fixes a pattern by doing what the hint says, word for word: each case here
breaks a valid file as authors do, follows its hint literally, and checks that the error is
gone and no other has taken its place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stallpatterns.diagnostics import Diagnostic

from .conftest import Check

VALID = Path(__file__).parent / "fixtures" / "patterns" / "valid" / "all-keys.md"


def broken(find: str, replace: str) -> str:
    text = VALID.read_text(encoding="utf-8")
    assert find in text
    return text.replace(find, replace, 1)


def listed(key: str) -> tuple[str, str]:
    """The valid file's text, and its lines of ``key`` with the items under it."""
    text = VALID.read_text(encoding="utf-8")
    block = re.search(rf"{key}:\n(?:  - .*\n)+", text)
    assert block is not None
    return text, block.group()


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


@pytest.mark.parametrize(("key", "after"), [("signs", "category: value\n"), ("related", "updated: 2026-04-18\n")])
def test_a_lists_key_line_deleted_is_told_at_its_first_item_and_fixed_by_writing_the_key_there(check: Check, key: str, after: str):
    # With 'signs:' deleted, YAML read the items as more of the category: 'unknown category
    # "value - The pilot's … - …"', hint "did you mean 'value'?", which the line already was,
    # with 'signs' missing as well: the hint led nowhere, however often it was followed (a
    # review of the authors' path in the forty-fifth session).
    text = broken(f"{after}{key}:\n", after)
    error = only_error(check, text)
    first = text.index(after) + len(after)
    assert (error.code, error.line) == ("list-without-key", text.count("\n", 0, first) + 1)
    assert error.hint == f"add the list's key on a line of its own above this one: '{key}:'"
    assert_valid(check, text[:first] + f"{key}:\n" + text[first:])


def test_a_product_named_by_its_address_in_a_title_is_told_its_name_without_the_ending(check: Check):
    # 'Otter.ai in the boardroom' was told only to delete the address, which misnames the
    # product (the false-refusal sweep of the forty-fifth session): its name alone passes.
    text = broken("title: Every front-matter key, used once", "title: Otter.ai in the boardroom")
    error = only_error(check, text)
    assert error.code == "address-in-name"
    assert error.hint.startswith("write the product's name without its ending, 'Otter', or delete the address")
    assert_valid(check, text.replace("Otter.ai", "Otter"))


@pytest.mark.parametrize("spaces", [3, 4, 6])
def test_a_key_indented_under_a_lists_item_is_told_to_start_at_the_margin(check: Check, spaces: int):
    # '    published:' under '  - pilot paralysis' was told to quote the two lines as one item,
    # which made the key part of the item, and 'published' missing (a review of the authors'
    # path in the forty-fifth session).
    text = broken("  - pilot paralysis\npublished:", "  - pilot paralysis\n" + " " * spaces + "published:")
    error = only_error(check, text)
    assert (error.line, error.hint) == (12, "delete the spaces before 'published:': every key starts at the beginning of its line")
    assert_valid(check, text.replace(" " * spaces + "published:", "published:"))


def test_a_sections_heading_deleted_is_told_where_its_text_is_and_passes_with_it_there(check: Check):
    # Told at the next heading only, an author added it there, and the section's text stayed
    # under the heading before (a review of the authors' path in the forty-fifth session).
    text = broken("## What is actually happening\n\n", "")
    error = only_error(check, text)
    assert (error.code, error.line) == ("section-missing", 35)
    assert error.hint == (
        "add a line '## What is actually happening' above this one, followed by its text; "
        "if its text is written already, under the heading on line 22, put the line where that text starts"
    )
    assert_valid(check, text.replace("The pilot was approved", "## What is actually happening\n\nThe pilot was approved", 1))


def test_the_last_section_deleted_is_told_to_be_added_at_the_end_and_passes_so(check: Check):
    # Told to add it 'above this one', the last line of the section before, an author cut that
    # section's last line off into the new one (helper-242).
    last = "## The intervention shape\n\n"
    text = VALID.read_text(encoding="utf-8")
    text = text[: text.index(last)].rstrip("\n") + "\n"
    error = only_error(check, text)
    assert error.code == "section-missing" and error.line == text.count("\n")
    assert error.hint.startswith("add a line '## The intervention shape' at the end of the file, followed by its text;")
    assert_valid(check, text + "\n## The intervention shape\n\nName one owner for the decision to stop, scale or change the pilot, and a date for it.\n")


@pytest.mark.parametrize("spaces", [1, 2])
def test_a_sign_wrapped_onto_a_line_indented_less_than_its_text_is_told_to_join_or_indent_it(check: Check, spaces: int):
    # Told only that each line is 'key: value' or an item (a review of the authors' path in the
    # forty-fifth session): either way the hint now gives passes.
    text = broken("  - Progress reports describe features, not changed work\n", "  - Progress reports describe features,\n" + " " * spaces + "not changed work\n")
    error = only_error(check, text)
    assert (error.line, error.hint) == (8, "join it to the end of the line above, or indent it by 4 spaces, as far as the item's text")
    assert_valid(check, text.replace(",\n" + " " * spaces + "not", ", not"))
    assert_valid(check, text.replace(",\n" + " " * spaces + "not", ",\n    not"))


@pytest.mark.parametrize(("first", "second"), [("category: value", "signs:"), ("published: 2026-03-02", "updated: 2026-04-18")])
def test_two_keys_joined_on_one_line_are_told_to_part_and_pass_when_they_do(check: Check, first: str, second: str):
    # Told to quote the whole value, the second key became part of the first's value ('category:
    # "value signs:"', an unknown category): a review of the authors' path in the forty-fifth session.
    text = broken(f"{first}\n{second}", f"{first} {second}")
    error = only_error(check, text)
    key = second.partition(":")[0]
    assert error.message.startswith(f"'{key}:' starts another key, in the middle of this line")
    assert error.hint == f"put '{key}:' on a line of its own, so the two lines read: {first} and then: {second}"
    assert_valid(check, text.replace(f"{first} {second}", f"{first}\n{second}"))


def test_a_sign_that_tells_of_a_tbc_is_told_to_quote_it_and_passes_when_it_does(check: Check):
    # 'The owner column says TBC', a classic sign of a stall, was told only to write the sign
    # in its place (the false-refusal sweep of the forty-fifth session): quoted, it passes.
    text = broken("  - Nobody can say what result would end the pilot\n", "  - The owner column in the risk log says TBC\n")
    error = only_error(check, text)
    assert error.code == "placeholder"
    written = 'The owner column in the risk log says "TBC"'
    assert error.hint.startswith(f"if it tells of a 'TBC' left in a plan, quote that as written: {written}; if not, write the sign in its place")
    assert_valid(check, text.replace("The owner column in the risk log says TBC", written))


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


@pytest.mark.parametrize(
    ("key", "written"),
    [("signs", "symptoms"), ("signs", "indicators"), ("also_known_as", "aka"), ("related", "related_patterns"), ("title", "headline"), ("summary", "abstract")],
)
def test_another_word_for_a_missing_key_is_told_the_key_and_keeps_its_value(check: Check, key: str, written: str):
    # 'symptoms:' for 'signs:' was told to delete its line and the five under it, which lost
    # the signs, and then that 'signs' was missing (a review of the authors' path in the
    # forty-fifth session).
    text = broken(f"\n{key}:", f"\n{written}:")
    assert only_error(check, text).hint == f"did you mean '{key}'?"
    assert_valid(check, text.replace(f"\n{written}:", f"\n{key}:"))


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


def test_a_key_after_a_tab_is_told_to_lose_it_not_to_indent_it(check: Check):
    # 'replace the tab with two spaces', followed, left the key indented: a new error.
    text = broken("category: value", "\tcategory: value")
    error = only_error(check, text)
    assert (error.code, error.line) == ("yaml-tab", 4)
    assert error.hint == "delete what is before 'category:': every key starts at the beginning of its line"
    assert_valid(check, text.replace("\tcategory", "category"))


@pytest.mark.parametrize(
    ("find", "replace", "line", "hint"),
    [
        ("  - Progress reports", "- Progress reports", 7, "indent it as the item above: two spaces, then '- '"),
        ("  - Nobody can say", " - Nobody can say", 8, "indent it as the items above: two spaces, then '- '"),
        ("  - The pilot's success", "    - The pilot's success", 7, "indent it as the item above: four spaces, then '- '; the item below it too"),
    ],
)
def test_a_list_item_indented_otherwise_than_the_items_above_is_told_their_indentation(check: Check, find: str, replace: str, line: int, hint: str):
    # Told 'check the indentation: ... list items with '  - '': an item already written
    # '  - ' under items with four spaces was told to be what it was.
    text = broken(find, replace)
    error = only_error(check, text)
    assert (error.line, error.hint) == (line, hint)
    spaces = {"two": "  ", "four": "    "}[hint.split(": ", 1)[1].split()[0]]
    lines = text.split("\n")
    for number in range(line, 9 if "below it too" in hint else line + 1):
        lines[number - 1] = spaces + lines[number - 1].lstrip(" ")
    assert_valid(check, "\n".join(lines))


_WHERE_IT_STALLS = "where the rollout stalls: one of verification, workflow, accountability, sponsorship, governance, capability, value"


def test_a_category_written_as_a_list_is_told_the_line_to_write(check: Check):
    # The hint listed the categories, which the author had: not how to undo the list.
    text = broken("category: value", "category:\n  - value")
    error = only_error(check, text)
    assert (error.line, error.hint) == (5, "write line 4 as 'category: value', and delete line 5; it is " + _WHERE_IT_STALLS)
    assert_valid(check, text.replace("category:\n  - value", "category: value"))


def test_a_code_blocks_lines_around_the_keys_are_told_to_go_both(check: Check):
    # '```yaml' was told to be quoted: followed, YAML read a text where keys belong.
    text = broken("title:", "```yaml\ntitle:").replace("draft: false\n", "draft: false\n```\n", 1)
    error = only_error(check, text)
    assert (error.line, error.hint) == (2, "delete this line, and line 21 ('```'), which closes the code block: the keys go straight between the two '---' lines")
    assert_valid(check, _without_lines(text, [2, 21]))


def test_a_code_blocks_lines_in_place_of_the_dashes_are_told_to_become_them(check: Check):
    # Told only that the first line must be '---': followed, the closing '```' was left in the body.
    text = "```yaml\n" + VALID.read_text(encoding="utf-8").removeprefix("---\n").replace("draft: false\n---\n", "draft: false\n```\n", 1)
    error = only_error(check, text)
    assert (error.line, error.hint) == (1, "write line 1 as '---', and line 20 ('```') as '---' too")
    assert_valid(check, text.replace("```yaml\n", "---\n", 1).replace("draft: false\n```\n", "draft: false\n---\n", 1))


def test_a_chat_answers_code_block_around_a_file_without_its_first_dashes_is_told_both_ends(check: Check):
    # Told only that the first line must be '---': followed, the last '```' opened an empty block.
    text = "```markdown\n" + VALID.read_text(encoding="utf-8").removeprefix("---\n") + "```\n"
    error = only_error(check, text)
    last = text.count("\n")
    assert (error.line, error.hint) == (1, f"write line 1 as '---', and delete line {last} ('```'), which closes the code block")
    assert_valid(check, "---\n" + text.removeprefix("```markdown\n").removesuffix("```\n"))


def test_a_space_before_the_first_dashes_is_named_as_a_space(check: Check):
    # It was named 'U+002D HYPHEN-MINUS', with a hint to delete an invisible character.
    text = " " + VALID.read_text(encoding="utf-8")
    error = only_error(check, text)
    assert error.message.startswith("the first line has a space before its '---'")
    assert error.hint == "delete what is before '---' on the first line: '---' starts the file"
    assert_valid(check, text.removeprefix(" "))


def test_a_first_key_with_an_equals_sign_above_a_comment_is_told_the_line_to_write(check: Check):
    # The scaffold puts a comment under the title: YAML's 'expected <document start>' was
    # said two lines below, with no hint.
    text = broken("title: Every front-matter key, used once", "title = Every front-matter key, used once\n# The name of the stall")
    error = only_error(check, text)
    assert (error.line, error.hint) == (2, "write it as: title: Every front-matter key, used once")
    assert_valid(check, text.replace("title = ", "title: "))


def test_a_key_typed_with_a_full_width_colon_is_told_the_line_to_write(check: Check):
    text = broken("category: value", "category\uff1a value")
    error = only_error(check, text)
    assert (error.line, error.hint) == (4, "write it as: category: value")
    assert_valid(check, text.replace("category\uff1a value", "category: value"))


def test_an_unknown_key_is_told_to_go_with_the_items_of_its_list(check: Check):
    # 'delete this line', followed, left its items to the key above it.
    text = broken("draft: false", "draft: false\nkeywords:\n  - pilots\n  - adoption")
    error = only_error(check, text)
    assert error.hint.startswith("delete this line and the 2 lines under it, which hold its value; the keys a pattern may have are")
    assert_valid(check, text.replace("keywords:\n  - pilots\n  - adoption\n", ""))


def test_a_category_under_a_list_of_its_own_is_told_to_go_with_its_items(check: Check):
    text = broken("category: value", "tags:\n  - value\n  - pilots")
    error = only_error(check, text)
    assert error.hint.startswith("write 'category: value' in its place, and delete the 2 lines under it")
    assert_valid(check, text.replace("tags:\n  - value\n  - pilots", "category: value"))


def test_a_sign_started_with_a_bullet_at_the_margin_is_told_without_the_bullet(check: Check):
    # '  - • Progress…', as the hint said, was published with its bullet (a warning of its own).
    text = broken("  - Progress reports", "\u2022 Progress reports")
    error = only_error(check, text)
    assert error.hint.startswith("if it is an item of its own, write '  - Progress reports describe features, not changed work';")
    assert check(VALID, text.replace("\u2022 Progress", "  - Progress")) == []


def test_both_lines_of_four_dashes_are_told_at_once(check: Check):
    text = VALID.read_text(encoding="utf-8").replace("---\n", "----\n", 2)
    error = only_error(check, text)
    assert error.hint == "write the first line as '---', and line 20 too"
    assert_valid(check, text.replace("----\n", "---\n", 2))


def test_a_missing_first_line_above_the_scaffolds_comments_is_told_as_that_line_alone(check: Check):
    # The scaffold's '# …' comments were read as headings, so the closing '---' went unseen
    # and the hint added a second one, which the body then published.
    text = broken("summary:", "# One or two plain sentences.\nsummary:").removeprefix("---\n")
    error = only_error(check, text)
    assert error.hint == "add a line '---' above it"
    assert_valid(check, "---\n" + text)


def test_section_names_in_bold_above_the_first_heading_are_each_told_at_their_line(check: Check):
    # The second was said at the third's heading: 'add a line', which left the bold line as text.
    text = broken("## What it looks like", "**What it looks like**")
    text = text.replace("## What is actually happening", "**What is actually happening**", 1)
    found = [d for d in check(VALID, text) if d.is_error]
    assert [(d.line, d.hint) for d in found] == [
        (22, "write the line as: ## What it looks like"),
        (26, "write the line as: ## What is actually happening"),
    ]
    assert_valid(check, text.replace("**What it looks like**", "## What it looks like").replace("**What is actually happening**", "## What is actually happening"))


def test_a_title_between_a_typed_and_a_straight_quote_is_told_to_lose_both(check: Check):
    text = broken("title: Every front-matter key, used once", 'title: \u201cEvery front-matter key, used once"')
    (warning,) = check(VALID, text)
    assert (warning.code, warning.hint) == ("quotes-kept", 'delete the quotation marks (\u201c…") at its start and end')
    assert check(VALID, text.replace('\u201cEvery front-matter key, used once"', "Every front-matter key, used once")) == []


def test_a_missing_closing_line_below_the_scaffolds_comments_is_told_after_the_last_key(check: Check):
    # The scaffold's '# …' comments ended the keys: '---' was asked for after line 2, which,
    # followed, left every key below it in the body.
    text = broken("summary:", "# One or two plain sentences.\nsummary:").replace("draft: false\n---\n", "draft: false\n", 1)
    error = only_error(check, text)
    assert (error.code, error.line) == ("front-matter-unclosed", 21)
    assert error.hint.startswith("add a line '---' here, after line 20,")
    assert_valid(check, text.replace("draft: false\n", "draft: false\n---\n", 1))


def test_an_unknown_keys_list_with_a_blank_line_between_its_items_is_told_to_go_whole(check: Check):
    # 'delete this line and the 1 line under it', followed, left '  - adoption' under 'draft'.
    text = broken("draft: false", "draft: false\nkeywords:\n  - pilots\n\n  - adoption")
    error = only_error(check, text)
    assert error.hint.startswith("delete this line and the 3 lines under it, which hold its value;")
    assert_valid(check, text.replace("keywords:\n  - pilots\n\n  - adoption\n", ""))


def test_a_title_ending_in_an_apostrophe_after_a_closed_quote_is_not_told_to_lose_its_marks(check: Check):
    # '‘Good enough’ for the auditors'' was told to delete its first and last marks: followed,
    # the title read 'Good enough’ for the auditors'.
    text = broken("title: Every front-matter key, used once", "title: \u2018Good enough\u2019 for the auditors'")
    assert "quotes-kept" not in [d.code for d in check(VALID, text)]
    text = broken("title: Every front-matter key, used once", "title: \u2018Nobody owns the output'")
    assert [d.code for d in check(VALID, text)] == ["quotes-kept"]


def _numbers(text: str) -> list[int]:
    """The line numbers a hint names: 'line 4', 'lines 6, 8 and 10', 'lines 27 to 29'."""
    numbers: list[int] = []
    for first, last in re.findall(r"(\d+)(?: to (\d+))?", text):
        numbers += range(int(first), int(last or first) + 1)
    return numbers


def _without_lines(text: str, numbers: list[int]) -> str:
    return "".join(line for n, line in enumerate(text.splitlines(keepends=True), 1) if n not in numbers)


def _kept_first_version(check: Check, text: str) -> str:
    """Does what a merge conflict's hint says: keeps the first version, deletes the other
    (as the message numbers them), then deletes the lines the hint names."""
    error = only_error(check, text)
    assert error.code == "merge-conflict"
    other = re.search(r"(lines? [\d a-z]+) (?:is|are) the other version", error.message)
    assert other is not None, error.message
    named = re.match(r"keep the version you want \(or join the two\), delete the other, and delete (lines [\d, and]+) ", error.hint or "")
    assert named is not None, error.hint
    return _without_lines(text, _numbers(other.group(1)) + _numbers(named.group(1)))


def test_a_merge_conflict_in_the_signs_is_told_once_and_fixed_as_its_hint_says(check: Check):
    # It was told as a list item to write as '  - <<<<<<< HEAD': followed, a worse file.
    sign = "  - Nobody can say what result would end the pilot\n"
    text = broken(sign, f"<<<<<<< HEAD\n{sign}=======\n  - Nobody can say what result would stop the pilot\n>>>>>>> second-author\n")
    error = only_error(check, text)
    assert (error.line, error.message) == (8, "a merge conflict is left in the file: line 9 is one version (HEAD), line 11 is the other version (second-author)")
    assert_valid(check, _kept_first_version(check, text))


def test_a_merge_conflict_in_the_front_matter_is_one_error_not_a_yaml_one(check: Check):
    text = broken("updated: 2026-04-18\n", "<<<<<<< HEAD\nupdated: 2026-04-18\n=======\nupdated: 2026-04-20\n>>>>>>> edit-dates\n")
    assert only_error(check, text).line == 13
    assert_valid(check, _kept_first_version(check, text))


def test_a_merge_conflict_in_the_body_with_its_base_is_fixed_as_its_hint_says(check: Check):
    # It passed as a level-1 heading ('=======' under a line of text), told to become '## '.
    text = broken(
        "## What is actually happening\n",
        "## What is actually happening\n\n<<<<<<< HEAD\nThe pilot has no end.\n||||||| 1a2b3c4\nThe pilot had no end.\n=======\nThe pilot never ends.\n>>>>>>> tighten-wording\n",
    )
    error = only_error(check, text)
    assert error.message == "a merge conflict is left in the file: line 29 is one version (HEAD), line 33 is the other version (tighten-wording)"
    assert error.hint is not None and "delete lines 28, 30, 31, 32 and 34" in error.hint
    fixed = _kept_first_version(check, text)
    assert "The pilot has no end.\n" in fixed and "had no end" not in fixed and "never ends" not in fixed
    assert_valid(check, fixed)


def test_what_is_left_of_a_merge_conflict_is_told_once_with_every_line(check: Check):
    # A side kept by hand, two of git's lines left: one slip, one error naming both.
    text = broken("updated: 2026-04-18\n", "updated: 2026-04-18\n=======\n>>>>>>> edit-dates\n")
    error = only_error(check, text)
    assert error.line == 14
    assert error.message == "'=======' and '>>>>>>> edit-dates' are lines git wrote to mark a merge conflict, left in the file (lines 14 and 15)"
    assert error.hint == "delete lines 14 and 15, and check that the lines near them say each thing once"
    assert_valid(check, _without_lines(text, _numbers(error.hint.split(",", 1)[0])))


def test_gits_line_of_equals_signs_left_under_a_paragraph_is_told_to_be_deleted(check: Check):
    # The level-1 heading it makes was told to become '## ', a section: a new error.
    text = broken("## What is actually happening\n", "## What is actually happening\n\nThe pilot has no end.\n=======\n")
    error = only_error(check, text)
    assert (error.code, error.line) == ("h1-in-body", 28)
    assert error.hint == (
        "line 29, '=======', is left from a merge conflict in git (between two versions of the text): delete it, and check "
        "that the lines near it say each thing once; or, if it underlines a heading, write the heading as "
        "'### The pilot has no end.' instead, inside a section"
    )
    assert_valid(check, _without_lines(text, [29]))


def test_a_heading_underlined_with_seven_equals_signs_is_told_how_to_be_a_heading_too(check: Check):
    # Seven '=' are also git's line between two versions, and the hint said only to delete
    # it: an author who underlined a heading was told it was left from a merge conflict.
    text = broken("## What is actually happening\n", "## What is actually happening\n\nThe pilot has no end.\n\nWho owns it\n=======\n")
    error = only_error(check, text)
    assert (error.code, error.line) == ("h1-in-body", 30)
    assert error.hint is not None and error.hint.endswith("or, if it underlines a heading, write the heading as '### Who owns it' instead, inside a section")
    assert_valid(check, text.replace("Who owns it\n=======\n", "### Who owns it\n"))


def test_a_reviewers_suggested_change_pasted_in_is_told_to_go_block_and_all(check: Check):
    # It passed, and would have been published as a block of code.
    text = broken("## The intervention shape\n", "## The intervention shape\n\n```suggestion\nWrite down the one measure.\n```\n")
    error = only_error(check, text)
    assert (error.code, error.line) == ("review-suggestion", 39)
    assert error.hint is not None and error.hint.startswith("delete lines 39 to 41, the block and all")
    assert_valid(check, _without_lines(text, _numbers(error.hint.split(",", 1)[0])))


def test_the_pages_own_lines_copied_above_the_first_section_are_told_as_the_sites(check: Check):
    # Told 'text before the first section: move it under "What it looks like"', which,
    # followed, passed and published 'Published 2 March 2026' in the section.
    text = broken("## What it looks like\n", "Value\n\nPublished 2 March 2026\nUpdated 18 April 2026\n3 min read\n\nCopy link\n\n## What it looks like\n")
    error = only_error(check, text)
    assert (error.code, error.line) == ("site-text", 22)
    assert error.hint == "delete lines 22 to 28"
    assert_valid(check, _without_lines(text, _numbers(error.hint)))


def test_the_pages_contents_copied_with_its_list_are_one_error(check: Check):
    text = broken("## What it looks like\n", "On this page\n\n- What it looks like\n- What is actually happening\n- The intervention shape\n\n## What it looks like\n")
    error = only_error(check, text)
    assert (error.code, error.hint) == ("site-text", "delete lines 22 to 26")
    assert_valid(check, _without_lines(text, _numbers(error.hint)))


def test_the_offers_copied_from_a_page_are_told_to_go_with_their_heading(check: Check):
    # Told to delete the heading's line alone: followed, the offers' words were published.
    offers = (
        "\nIs this your stall?\n\nAI Rollout Stall Diagnosis\n\n"
        "Names the constraint holding your rollout back, in a document written for your board.\n\n"
        "Time\nOne to two days\nPrice\n£4,500 fixed\n\nBook a Stall Diagnosis More about the AI Rollout Stall Diagnosis\n"
    )
    text = VALID.read_text(encoding="utf-8") + offers
    error = only_error(check, text)
    last = text.count("\n")
    assert (error.code, error.line, error.hint) == (
        "cta-authored", last - 11, f"delete lines {last - 11} to {last}: every pattern page gets the offers automatically, under their own heading",
    )
    assert_valid(check, _without_lines(text, _numbers(error.hint.split(":", 1)[0])))


def test_the_related_patterns_copied_as_a_section_are_told_to_go_not_to_become_a_subheading(check: Check):
    # Told "use '### ' for a subheading": followed, the cards were published as a list.
    text = VALID.read_text(encoding="utf-8") + (
        "\n## Related patterns\n\n- [The sponsor who moved on](the-sponsor-who-moved-on.md) Sponsorship\n"
        "- [Security review afterlife](security-review-afterlife.md) Governance\n"
    )
    error = only_error(check, text)
    last = text.count("\n")
    assert error.code == "section-unknown"
    assert error.hint == f"delete lines {last - 3} to {last}: the site adds it to every page by itself (its related patterns come from 'related:' in the front matter)"
    assert_valid(check, _without_lines(text, _numbers(error.hint.split(":", 1)[0])))


def test_the_related_cards_copied_as_text_are_told_as_the_sites(check: Check):
    # They passed, and would have been published at the end of the last section.
    text = VALID.read_text(encoding="utf-8") + "\nRelated patterns\n\nThe sponsor who moved on Sponsorship\nSecurity review afterlife Governance\n"
    error = only_error(check, text)
    last = text.count("\n")
    assert (error.code, error.hint) == ("site-text", f"delete lines {last - 3} to {last}")
    assert_valid(check, _without_lines(text, _numbers(error.hint)))


def test_thousands_of_leftover_conflict_markers_are_told_in_one_short_error_in_linear_time(growth):
    # Each leftover marker was looked up in a list of those found before it, and all were
    # named in the message: a file of them was quadratic, and its message as long as the file.
    from stallpatterns import source

    def find(n: int) -> None:
        (found,) = source._merge_conflicts(["---", "title: x", "---"] + ["<<<<<<< ours", "text"] * n)
        assert len(found[1]) < 200 and f"{n} lines git wrote" in found[1]

    assert growth(find, 4000) < 8


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("ftp://example.com/pub/report.pdf", "ftp://example.com/pub/report.pdf"),
        ("<ftp://example.com/a%20b>", "ftp://example.com/a%20b"),
    ],
)
def test_an_address_of_another_kind_written_out_is_told_how_to_stay_as_text(check: Check, written: str, address: str):
    # Told only to link to a web page: an author who mentions an FTP address or a phone
    # number, and meant no link, had no way to keep it.
    text = broken("A claims team", f"Get it from {written} today. A claims team")
    error = only_error(check, text)
    assert error.code == "unsafe-link"
    assert error.hint is not None and error.hint.endswith(f"; or, to show the address as text, put it between backticks: `{address}`")
    assert_valid(check, text.replace(written, f"`{address}`"))


def test_a_phones_address_written_out_is_one_error_that_says_to_name_whom_to_call(check: Check):
    # A phone's address mentioned as text is a phone number as well: '<tel:+44…>' was told to
    # stay as text between backticks, and 'Call us via tel:020…' published the number (attack
    # round of the forty-fifth session). One error, whose hint leads to no other.
    text = broken("A claims team", "Get it from <tel:+441234567890> today. A claims team")
    error = only_error(check, text)
    assert error.code == "unsafe-link" and error.hint is not None
    assert error.hint.endswith("a phone number is no part of a pattern: to say whom a reader should call, name them or their role in words")
    assert "backticks" not in error.hint
    assert only_error(check, text.replace("<tel:+441234567890>", "`tel:+441234567890`")).code == "phone-number"
    assert_valid(check, text.replace("<tel:+441234567890>", "the claims desk"))


@pytest.mark.parametrize(
    "written",
    ["[the guide](https://exam\u00adple.com/guide)", "https://exam\u00adple.com/guide", "<https://exam\u200bple.com/guide>"],
)
def test_an_invisible_character_in_a_links_host_is_one_error_at_its_column(check: Check, written: str):
    # A soft hyphen pasted into an address was told twice: where it stands, and as an address
    # no browser can open, 'https://xn--example-oka.com/guide', a host the author never wrote.
    text = broken("A claims team", f"See {written} today. A claims team")
    error = only_error(check, text)
    assert error.code == "invisible-character"
    assert error.column == len("See ") + written.index("exam") + len("exam") + 1
    assert_valid(check, text.replace("\u00ad", "").replace("\u200b", ""))


def test_a_host_written_as_a_browser_sends_it_is_still_told_it_cannot_be_opened(check: Check):
    # Its hidden character is nowhere in the file: nothing else would tell it.
    text = broken("A claims team", "See [the guide](https://xn--example-oka.com/guide) today. A claims team")
    error = only_error(check, text)
    assert (error.code, error.column) == ("bad-link", len("See [the guide") + 1)


@pytest.mark.parametrize(
    "address",
    ["ht&#9;tps://www.gov.uk/guidance", "https%3A//www.gov.uk/guidance", "%09https://www.gov.uk/guidance", "http%73://www.gov.uk/guidance"],
)
def test_an_address_whose_scheme_is_not_typed_plainly_is_told_as_typed_plainly(check: Check, address: str):
    # The checks read 'https' past an encoded or hidden character where a browser reads a page
    # of this site (helper-234); the hint lost the address where the colon was the one encoded
    # (helper-236).
    text = broken("A claims team", f"See [the guidance]({address}) today. A claims team")
    error = only_error(check, text)
    assert (error.code, error.column) == ("bad-link", len("See [the guidance") + 1)
    assert error.hint == "write it as 'https://www.gov.uk/guidance'"
    assert_valid(check, text.replace(address, "https://www.gov.uk/guidance"))


@pytest.mark.parametrize(
    ("written", "at"),
    [("[the guide](https://www.123.456/x)", "]("), ("<https://www.123.456/x>", "<"), ("www.123.456/x", "www"), ("https://www.123.456/x", "https")],
)
def test_an_address_no_browser_can_open_is_told_where_it_stands(check: Check, written: str, at: str):
    # It was told at the start of its line: a bare one, or one in <…>, or one in [text](…).
    text = broken("A claims team", f"See {written} today. A claims team")
    error = only_error(check, text)
    assert (error.code, error.column) == ("bad-link", len("See ") + written.index(at) + 1)


@pytest.mark.parametrize(
    ("address", "told", "meant"),
    [
        ("https//example.com/guide", "has no ':' after 'https'", "https://example.com/guide"),
        ("http;//www.gov.uk/guidance?page=2", "has a ';' in place of ':' after 'http'", "http://www.gov.uk/guidance?page=2"),
        ("HTTPS.//example.org", "has a '.' in place of ':' after 'HTTPS'", "https://example.org"),
    ],
)
def test_a_web_address_whose_colon_was_left_out_is_told_how_to_write_it(check: Check, address: str, told: str, meant: str):
    # It was told that nothing is published there, and to link to a pattern by its file name.
    text = broken("A claims team", f"See [the guide]({address}) today. A claims team")
    error = only_error(check, text)
    assert (error.code, error.column) == ("link-address", len("See [the guide") + 1)
    assert error.message == f"'{address}' {told}, so it would open a page of this site"
    assert error.hint == f"write it as {meant}"
    assert_valid(check, text.replace(address, meant))


@pytest.mark.parametrize(
    ("find", "replace", "told", "fixed"),
    [
        (
            "A claims team",
            "| Stage | Owner |\n| --- | --- |\n| Pilot<br>Live | The sponsor |\n\nA claims team",
            "a table's cell is one line: write '; ' in place of the '<br>', or put each part in a row of its own",
            "; ",
        ),
        (
            "A claims team",
            "### Who owns it<BR/>and when\n\nA claims team",
            "a heading is one line: write a space in place of the '<br>'",
            " ",
        ),
    ],
)
def test_a_line_break_tag_where_no_line_can_break_is_told_what_to_write_instead(check: Check, find: str, replace: str, told: str, fixed: str):
    # It was told to end the line with a backslash, which ends a table's row or a heading.
    text = broken(find, replace)
    error = only_error(check, text)
    assert (error.code, error.hint) == ("raw-html", told)
    assert_valid(check, re.sub(r"(?i)<br\s*/?>", fixed, text))


@pytest.mark.parametrize("heading", ["###", "### ", "### ###", "### <!-- later -->", "- ###"])
def test_a_heading_with_no_words_is_an_error_and_goes_with_its_line(check: Check, heading: str):
    # It was published as an empty heading, which a screen reader announces as one with
    # nothing in it (axe's 'empty-heading').
    text = broken("A claims team", f"{heading}\n\nA claims team")
    error = only_error(check, text)
    assert (error.code, error.line) == ("heading-empty", text.splitlines().index(heading) + 1)
    assert error.hint == "write the heading's words after the '#' marks, or delete the line"
    assert_valid(check, text.replace(f"{heading}\n\n", "", 1))
    assert_valid(check, text.replace(f"{heading}\n", heading.rstrip().removesuffix(" ###") + " Who owns it\n", 1))


SIGNS = (
    "  - The pilot's success criteria were written after it started\n"
    "  - Progress reports describe features, not changed work\n"
    "  - Nobody can say what result would end the pilot\n"
)
RUN_TOGETHER = "The pilot's success criteria were written after it started; Progress reports describe features, not changed work; Nobody can say what result would end the pilot"


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        (
            f"signs: {RUN_TOGETHER}\n",
            "end this line at 'signs:' and write each item on a line of its own below it: "
            "'  - The pilot's success criteria were written after it started', "
            "'  - Progress reports describe features, not changed work', '  - Nobody can say what result would end the pilot'",
        ),
        (
            f"signs:\n  {RUN_TOGETHER}\n",
            "write each item on a line of its own, starting with two spaces, a hyphen and a space: "
            "'  - The pilot's success criteria were written after it started', "
            "'  - Progress reports describe features, not changed work', '  - Nobody can say what result would end the pilot'",
        ),
    ],
)
def test_signs_run_together_with_semicolons_are_told_apart_at_them_not_at_their_commas(check: Check, written: str, hint: str):
    # Split at every comma too, 'describe features' and 'not changed work' became two signs;
    # under the key, the one line was told to start with '- ': one sign 151 characters long.
    text = broken("signs:\n" + SIGNS, written)
    error = only_error(check, text)
    assert (error.code, error.line, error.hint) == ("wrong-type", 5 if written.startswith("signs: ") else 6, hint)
    assert_valid(check, text.replace(written, "signs:\n" + SIGNS))


@pytest.mark.parametrize(
    ("find", "written", "fixed"),
    [
        ("  - minimal\n", "  - [minimal\n", "  - minimal\n"),
        ("  - Progress reports describe features, not changed work\n", "  - [Progress reports describe features, not changed work\n", "  - Progress reports describe features, not changed work\n"),
    ],
)
def test_an_item_after_a_bracket_nothing_closes_is_told_to_lose_the_bracket_not_the_next_its_indentation(
    check: Check, find: str, written: str, fixed: str
):
    # YAML read the next item into the bracket's list: 'indent it as the items above', said of
    # an item indented as they are, was followed to no change at all.
    text = broken(find, written)
    error = only_error(check, text)
    line = text.split("\n").index(written.rstrip("\n")) + 1
    assert (error.code, error.line, error.column) == ("yaml-syntax", line, 5)
    assert error.message.startswith("the '[' before this item's text opens a list that no ']' closes")
    assert error.hint == f"delete the '[': write the line as {fixed.rstrip()}"
    assert_valid(check, text.replace(written, fixed))


SUMMARY = (
    "summary: A pilot is approved because its demonstration impressed, so nobody agreed what it had to prove, "
    "and now it can be neither stopped nor scaled."
)


@pytest.mark.parametrize("ending", ["", "'", "\u201d"])
def test_a_summary_whose_opening_quote_is_never_closed_is_told_the_line_to_write(check: Check, ending: str):
    # The hint was only 'a quote or bracket opened here is never closed', with no word of the fix;
    # ended with an apostrophe or a typed mark, closing it as well kept that mark on the page.
    opened = SUMMARY.replace("summary: ", 'summary: "')
    text = broken(SUMMARY, opened + ending)
    error = only_error(check, text)
    assert (error.code, error.line) == ("yaml-syntax", 3)
    assert error.hint == (
        "a quote or bracket opened here is never closed: end the value with the same quote mark it starts with, "
        f'so YAML keeps every character: {opened}"'
    )
    assert_valid(check, text.replace(opened + ending, opened + '"'))


@pytest.mark.parametrize(("item", "indent"), [("1.", 3), ("-", 2), ("10)", 4)])
def test_lettered_lines_under_a_list_item_are_told_the_indentation_that_puts_a_list_inside_it(check: Check, settings, item: str, indent: int):
    # Told to start each with '- ' after a blank line, the author wrote them at their own two
    # spaces: both readers then showed a list after the numbered one, not inside its item.
    from stallpatterns import rules, source

    lines = f"{item} Team\n  a. eight people\n  b. two leads\n{item if item == '-' else '2' + item[-1]} Budget\n\n"
    text = broken("A claims team", lines + "A claims team")
    (told,) = [d for d in check(VALID, text) if d.code == "pasted-bullets"]
    assert told.line == 25 and told.hint == (
        f"start each item with '- ', on its own line, indented {indent} spaces further than the '{item}' before 'Team', "
        "so that it lines up under 'Team' and shows as a list inside that item"
    )
    followed = text.replace("  a. eight people\n  b. two leads\n", f"{' ' * indent}- eight people\n{' ' * indent}- two leads\n")
    assert check(VALID, followed) == []
    read, _ = source.read(VALID, VALID.name, settings.limits.file_bytes, followed.encode())
    pattern, _ = rules.check(read, settings)
    html = re.sub(r"\s+", "", pattern.sections[0].html)
    assert "<li>Team<ul><li>eightpeople</li><li>twoleads</li></ul></li>" in html


@pytest.mark.parametrize(
    ("title", "told"),
    [
        ("Pilots that never reach production.", True),
        ("Nobody is accountable for the output.  ", True),
        ("Pilots that never reach production", False),
        ("Vendors, consultants, advisers, etc.", False),
        ("Waiting on Acme Ltd.", False),
        ("Pilots stall in the U.S.", False),
        ("Everyone is waiting for...", False),
        ("There is no plan B.", False),
    ],
)
def test_a_title_ending_with_a_full_stop_is_told_to_lose_it_unless_it_ends_an_abbreviation(check: Check, title: str, told: bool):
    # A title is the pattern's name, in lists, the tab and search results: one written as a
    # sentence passed in silence. An abbreviation's, an initial's or an ellipsis's dots are kept.
    text = broken("title: Every front-matter key, used once", f"title: {title}")
    warned = [d for d in check(VALID, text) if d.code == "title-full-stop"]
    assert [(d.line, d.hint) for d in warned] == ([(2, "delete the '.' at the end of the title")] if told else [])
    if told:
        followed = text.replace(title, title.rstrip()[:-1])
        assert [d.code for d in check(VALID, followed)] == []


@pytest.mark.parametrize(
    ("escape", "told", "followed"),
    [
        ("\\ud800", "delete '\\ud800', or type the character it was meant to be in its place", ""),
        ("\\U00110000", "delete '\\U00110000', or type the character it was meant to be in its place", ""),
        ("\\u00e9\\uD83D\\uDE00", "write the character itself in place of '\\uD83D\\uDE00': \U0001f600", "\\u00e9\U0001f600"),
    ],
)
def test_an_escape_of_no_character_in_a_quoted_value_is_told_as_such(check: Check, escape: str, told: str, followed: str):
    # Half a character's code (as JSON writes one beyond the first 65,536, in two halves) was
    # told to write the line as 'key: value', which it was.
    summary = "summary: A pilot is approved because its demonstration impressed, so nobody agreed what it had to prove, and now it can be neither stopped nor scaled."
    text = broken(summary, f'summary: "A pilot is approved because its demonstration impressed {escape}, so nobody agreed what it had to prove."')
    error = only_error(check, text)
    assert (error.code, error.line, error.hint) == ("yaml-character", 3, told)
    assert error.column == text.split("\n")[2].index(escape.removeprefix("\\u00e9")) + 1
    assert_valid(check, text.replace(escape, followed))


@pytest.mark.parametrize("mark", ["|", ">", ">-"])
@pytest.mark.parametrize("dashed", [False, True])
def test_signs_written_as_a_block_of_text_are_told_to_lose_the_blocks_mark(check: Check, mark: str, dashed: bool):
    # Told only to start each line with '- ', the author did, under 'signs: |', and was told
    # the same again, then to write '  - - …'.
    from stallpatterns.text import clipped

    text, block = listed("signs")
    items = [line.removeprefix("  - ") for line in block.splitlines()[1:]]
    written = text.replace(block, f"signs: {mark}\n" + "".join(f"  {'- ' if dashed else ''}{item}\n" for item in items))
    error = only_error(check, written)
    assert (error.code, error.line) == ("wrong-type", 5)
    assert error.hint == f"delete the '{mark}' after 'signs:'" + ("" if dashed else f", and start each line below it with two spaces, a hyphen and a space:   - {clipped(items[0])}")
    followed = written.replace(f"signs: {mark}\n", "signs:\n")
    if not dashed:
        followed = followed.replace("".join(f"  {item}\n" for item in items), "".join(f"  - {item}\n" for item in items))
    assert_valid(check, followed)


@pytest.mark.parametrize("underline", ["===", "=" * 30])
def test_a_line_of_equals_signs_under_a_paragraph_is_told_to_go_not_to_make_the_paragraph_a_subheading(check: Check, underline: str):
    # Told to write the paragraph as '### …', the author published 90 words as one heading.
    paragraph = "Nobody in the room can say how many claims it has actually touched."
    text = broken(paragraph + "\n", f"{paragraph}\n{underline}\n")
    error = only_error(check, text)
    under = text.split("\n").index(underline) + 1
    assert (error.code, error.line) == ("h1-in-body", under - 1)
    assert error.message == "the line of '=' under this paragraph makes it a level-1 heading, which the body must not have"
    assert error.hint == f"delete line {under}, the line of '=' under the text: it makes the text above it a heading, on GitHub too"
    assert_valid(check, _without_lines(text, [under]))


@pytest.mark.parametrize("written", ["none", "None", "n/a", "N/A", "TBC", "nothing", '"-"'])
def test_an_optional_list_written_as_a_word_for_none_is_told_to_be_left_empty(check: Check, written: str):
    # 'related: none' was told to write '  - none' below 'related:', then that no pattern is
    # named 'none'.
    text, block = listed("related")
    text = text.replace(block, f"related: {written}\n")
    error = only_error(check, text)
    assert error.code == "wrong-type" and error.hint == "to list none, write 'related:' with nothing after it, or delete the line"
    assert_valid(check, text.replace(f"related: {written}\n", "related:\n"))
    assert_valid(check, text.replace(f"related: {written}\n", ""))


@pytest.mark.parametrize("written", ["~", "null"])
def test_an_optional_list_written_as_yamls_nothing_is_none_listed(check: Check, written: str):
    text, block = listed("related")
    assert_valid(check, text.replace(block, f"related: {written}\n"))


def test_quote_marks_doubled_as_a_spreadsheet_writes_them_are_told_the_value_to_write(check: Check):
    # Told that a value cannot start with '"' unquoted, and to quote the whole again, the
    # author published every doubled mark: “The champion who left for ““another”” firm”.
    text = broken("title: Every front-matter key, used once", 'title: "Every ""front-matter"" key, used once"')
    error = only_error(check, text)
    assert (error.code, error.line, error.column) == ("yaml-syntax", 2, len('title: "Every ') + 1)
    assert error.message.startswith('two quote marks together ("") do not write one in YAML')
    assert error.hint == "write it as: title: 'Every \"front-matter\" key, used once'"
    followed = text.replace('title: "Every ""front-matter"" key, used once"', error.hint.removeprefix("write it as: "))
    assert_valid(check, followed)


def test_a_sign_with_two_colons_is_told_to_quote_all_of_it_after_its_hyphen(check: Check):
    # Told '  - Steering group: "postponed again: and again"', the author had YAML read a key
    # and a value still, and a second round to go.
    sign = "  - Nobody can say what result would end the pilot"
    text = broken(sign, "  - Steering group: postponed again: and again")
    error = only_error(check, text)
    written = error.hint.rpartition("so YAML keeps every character: ")[2]
    assert written == '  - "Steering group: postponed again: and again"'
    assert_valid(check, text.replace("  - Steering group: postponed again: and again", written))


@pytest.mark.parametrize("written", ["**Every front-matter key, used once**", "Every front-matter key, used once", "*Every Front-Matter Key, Used Once*"])
def test_the_title_written_again_above_the_first_section_is_told_to_go(check: Check, written: str):
    # Told to move it under the first section, the author published the title twice.
    text = broken("## What it looks like", f"{written}\n\n## What it looks like")
    error = only_error(check, text)
    assert (error.code, error.hint) == ("content-before-section", "delete this line")
    assert error.message.startswith("this line is the pattern's title again")
    assert_valid(check, text.replace(f"{written}\n\n", ""))


def test_signs_in_brackets_with_a_comma_inside_one_are_told_it_made_two(check: Check):
    # '[The budget renews each year, but nobody asks what it bought, …]' published four
    # signs, one of them 'but nobody asks what it bought'.
    text, block = listed("signs")
    written = "signs: [The budget renews each year, but nobody asks what it bought, The executive no longer mentions it, Decisions wait]\n"
    found = check(VALID, text.replace(block, written))
    (warning,) = [d for d in found if d.code == "sign-split"]
    assert warning.line == 5 and not any(d.is_error for d in found)
    assert warning.hint.endswith("'  - The budget renews each year, but nobody asks what it bought'")
    lines = "signs:\n  - The budget renews each year, but nobody asks what it bought\n  - The executive no longer mentions it\n  - Decisions wait\n"
    assert check(VALID, text.replace(block, lines)) == []
    # Capitalised signs in brackets are as meant.
    assert "sign-split" not in [d.code for d in check(VALID, text.replace(block, "signs: [The budget renews, Nobody asks, Decisions wait]\n"))]


def test_a_sign_with_two_hyphens_is_told_of_them_not_of_a_square_bracket(check: Check):
    # '  - - Sign' was told that a '[' at its start made YAML read a list: there is none.
    sign = "  - Nobody can say what result would end the pilot"
    text = broken(sign, "  - " + sign.lstrip())
    error = only_error(check, text)
    assert error.message == "each item of 'signs' must be plain text: the second '- ' at its start makes YAML read a list inside the list"
    assert error.hint == '''write the item with one hyphen:   - "Nobody can say what result would end the pilot"'''
    assert_valid(check, text.replace("  - " + sign.lstrip(), "  - " + error.hint.rpartition("   - ")[2]))


def test_a_date_read_two_ways_is_told_both_the_british_first():
    from stallpatterns.fields import _date_hint

    assert _date_hint("08/03/2026") == "write 2026-03-08 (8 March 2026), or 2026-08-03 if it is 3 August (the month first, as in America)"
    assert _date_hint("08.03.2026") == "write 2026-03-08 (8 March 2026)"


def test_every_mistake_of_yamls_in_the_front_matter_is_told_in_one_run_in_line_order(check: Check):
    # One at a time, four slips took an author four runs.
    text = broken("title: Every front-matter key, used once", "title: Keys: every one of them, used once")
    text = text.replace("  - Nobody can say what result would end the pilot", "  - 'Nobody's sure what result would end the pilot'")
    text = text.replace("category: value", "category: [value")
    found = [(d.line, d.code) for d in check(VALID, text) if d.is_error]
    assert found == [(2, "yaml-syntax"), (4, "yaml-syntax"), (8, "yaml-syntax")], found


def test_a_value_going_on_over_indented_lines_is_set_aside_whole_so_it_makes_no_second_mistake(check: Check):
    text = broken(
        "summary: A pilot is approved because its demonstration impressed, so nobody agreed what it had to prove, and now it can be neither stopped nor scaled.",
        "summary: A pilot: approved because its demonstration impressed,\n  so nobody agreed what it had to prove,\n  and now it can be neither stopped nor scaled.",
    )
    assert [(d.line, d.code) for d in check(VALID, text) if d.is_error] == [(3, "yaml-syntax")]


def test_a_link_to_a_pattern_by_its_title_is_told_its_file_name(check: Check):
    # Told to write %20 for each space, the author linked to a file that does not exist.
    text = broken("A claims team", "See [the pilots](Every front matter key used once) now. A claims team")
    (warning,) = [d for d in check(VALID, text) if d.code == "link-space-in-address"]
    assert warning.hint == "to link to a pattern, write its file name, with hyphens for spaces: [the pilots](every-front-matter-key-used-once.md)"


@pytest.mark.parametrize("quotes", ["\u201c\u201d", "\u2018\u2019"])
def test_a_links_title_in_curly_quotes_is_told_to_be_in_straight_ones_and_the_hint_makes_the_link(check: Check, quotes: str):
    # Told to write %20 for the space, the author made the title part of the address (helper-249).
    opened, closed = quotes
    written = f"See [the audit](https://example.com/audit {opened}The audit{closed}) now."
    text = broken("A claims team", f"{written} A claims team")
    (warning,) = [d for d in check(VALID, text) if d.code == "link-space-in-address"]
    assert "curly quotes" in warning.message
    fixed = warning.hint.split("delete it: ", 1)[1]
    assert fixed == '[the audit](https://example.com/audit "The audit")'
    assert [d for d in check(VALID, text.replace(written[4:-5], fixed)) if d.code.startswith("link")] == []


def test_other_names_listed_on_one_line_with_or_are_told_without_it(check: Check):
    text, block = listed("also_known_as")
    error = only_error(check, text.replace(block, "also_known_as: PoC purgatory, or pilot paralysis\n"))
    assert error.hint.endswith("'  - PoC purgatory', '  - pilot paralysis'")


SUMMARY = "summary: A pilot is approved because its demonstration impressed, so nobody agreed what it had to prove, and now it can be neither stopped nor scaled."


@pytest.mark.parametrize("second", ["  neither stopped nor scaled. The plan: wait for the vendor.", "  neither stopped nor scaled, feature #12 of 40."])
def test_a_value_over_two_lines_is_told_to_be_quoted_whole_on_one_line(check: Check, second: str):
    # Told to quote its second line alone, the author had the same error back, or a stray
    # quote mark at the start of a line (front matter round of the forty-fourth session).
    written = SUMMARY.removesuffix(" neither stopped nor scaled.") + "\n" + second
    text = broken(SUMMARY, written)
    error = only_error(check, text)
    assert error.code in ("yaml-syntax", "yaml-comment") and error.line == 4
    assert "on one line in place of the 2 lines it is on now" in error.hint
    followed = error.hint.rpartition("so YAML keeps every character: ")[2].removesuffix("; or move a comment to a line of its own")
    assert followed.startswith('summary: "A pilot is approved') and followed.endswith(' neither stopped nor scaled' + second.removeprefix("  neither stopped nor scaled") + '"')
    assert_valid(check, text.replace(written, followed))


def test_a_note_after_a_title_is_told_first_to_go_on_a_line_of_its_own(check: Check):
    # Told first to quote the whole line, the author published '# working title' in the title.
    text = broken("title: Every front-matter key, used once", "title: Every front-matter key, used once  # working title")
    error = only_error(check, text)
    assert error.code == "yaml-comment"
    assert error.hint.startswith("move the comment to a line of its own, and keep: title: Every front-matter key, used once; ")
    assert_valid(check, text.replace("title: Every front-matter key, used once  # working title", "# working title\ntitle: Every front-matter key, used once"))


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        # The authors' round of the fifty-fourth session: each was told only 'for example 2026-03-14'.
        ("2026-03-02.", "delete the '.' after the date: 2026-03-02"),
        ("\uff12\uff10\uff12\uff16-\uff10\uff13-\uff10\uff12", "write the date in plain figures, as a keyboard types them: 2026-03-02"),
        ("2-Mar-2026", "write 2026-03-02 (2 March 2026)"),
        ("2026-Mar-02", "write 2026-03-02 (2 March 2026)"),
    ],
)
def test_a_date_with_a_mark_after_it_of_other_figures_or_its_month_in_letters_is_told_what_to_write(check: Check, written: str, hint: str):
    text = broken("published: 2026-03-02", f"published: {written}")
    error = only_error(check, text)
    assert (error.code, error.hint) == ("bad-date", hint)
    assert_valid(check, text.replace(f"published: {written}", "published: 2026-03-02"))


@pytest.mark.parametrize("where", ["after", "before"])
def test_a_note_in_html_comment_marks_in_the_front_matter_is_told_to_be_a_yaml_comment(check: Check, where: str):
    # Told to join it to the value above, the author published the note in it (the authors' round
    # of the fifty-fourth session).
    note = "<!-- pick one of the categories -->"
    lines = f"category: value\n{note}" if where == "after" else f"{note}\ncategory: value"
    text = broken("category: value", lines)
    error = only_error(check, text)
    assert error.code == "yaml-syntax" and "comment in the body only" in error.message
    assert error.hint == "write it as YAML's comment, '#' and a space first: # pick one of the categories"
    assert_valid(check, text.replace(note, error.hint.split("first: ", 1)[1]))


def test_a_year_and_a_month_are_told_to_add_the_day(check: Check):
    error = only_error(check, broken("published: 2026-03-02", "published: 2026-03"))
    assert error.hint == "add the day: 2026-03-DD, with DD the day of March"


@pytest.mark.parametrize(
    ("find", "written", "fixed"),
    [
        ("published: 2026-03-02", "published: 20260302", "published: 2026-03-02"),
        ("updated: 2026-04-18", "updated:", ""),
    ],
)
def test_a_date_run_together_or_left_empty_is_told_what_to_write(check: Check, find: str, written: str, fixed: str):
    # 'updated:' was told 'for example 2026-03-14', which is before 'published' here; and
    # '20260302' the same example, not the date it is.
    text = broken(find, written)
    error = only_error(check, text)
    assert error.code == "bad-date"
    if fixed:
        assert error.hint.startswith(f"write {fixed.partition(': ')[2]} ")
        assert_valid(check, text.replace(written, fixed))
    else:
        assert error.hint == "write the day the pattern was last changed, YYYY-MM-DD, no earlier than 'published', or delete the line"
        assert_valid(check, text.replace(written + "\n", ""))


def test_a_value_with_a_colon_and_a_note_after_it_is_told_to_quote_the_value_alone(check: Check):
    # Told to quote the whole line, the author published '# working title' in the title (the
    # review of the forty-fourth session's change).
    written = "title: Every front-matter key: used once  # working title"
    text = broken("title: Every front-matter key, used once", written)
    error = only_error(check, text)
    assert error.code == "yaml-syntax" and "with the note after ' #' moved to a line of its own" in error.hint
    followed = error.hint.rpartition("so YAML keeps every character: ")[2]
    assert followed == 'title: "Every front-matter key: used once"'
    assert_valid(check, text.replace(written, "# working title\n" + followed))


def test_a_note_on_the_second_line_of_a_value_is_told_first_to_go_on_a_line_of_its_own(check: Check):
    written = SUMMARY.removesuffix(" neither stopped nor scaled.") + "\n  neither stopped nor scaled.  # check the wording with Sam"
    text = broken(SUMMARY, written)
    error = only_error(check, text)
    assert error.code == "yaml-comment"
    assert error.hint.startswith("move the comment to a line of its own, and keep:   neither stopped nor scaled.; ")
    assert_valid(check, text.replace("  neither stopped nor scaled.  # check the wording with Sam", "  neither stopped nor scaled.\n# check the wording with Sam"))


@pytest.mark.parametrize(
    ("sentence", "mark"),
    [
        ("The plan said TODO: decide the owner, and nobody did.", "TODO"),
        ("The prompt template had a {customer_name} field that nobody filled.", "{customer_name}"),
        ("The form's header read {organisation} on every page.", "{organisation}"),
    ],
)
def test_a_placeholder_told_of_in_a_sentence_is_told_to_be_quoted_and_passes_so(check: Check, sentence: str, mark: str):
    # The hint said only 'write the text it stands for, or delete it': the sentence that told
    # of the mark was deleted, though docs/authoring.md says to quote it (helper-242).
    text = broken("## What it looks like\n\n", f"## What it looks like\n\n{sentence}\n\n")
    error = only_error(check, text)
    assert error.code == "placeholder"
    assert error.hint.endswith(f"; to write about the mark itself, put it in quotation marks, “{mark}”")
    assert_valid(check, text.replace(mark, f"“{mark}”"))


def test_a_role_in_square_brackets_is_told_to_be_written_without_them_and_passes_so(check: Check):
    # '[Sponsor]', a role for an interviewee's name: a template's mark to a reader (helper-242).
    text = broken("## What it looks like\n\n", "## What it looks like\n\nThe quote is from [Sponsor], a year after the pilot.\n\n")
    error = only_error(check, text)
    assert error.code == "placeholder" and error.hint.endswith("; to name someone by their role, write the role in words, without the brackets ('sponsor')")
    assert_valid(check, text.replace("[Sponsor]", "the sponsor"))


@pytest.mark.parametrize("alone", ["TBC", "**TODO**", "Adoption reached XX% by March.", "We saved £XX a month.", "We saved ??? hours.", "Dear {{ client }}, thanks."])
def test_a_placeholder_alone_or_a_value_left_to_fill_is_not_told_to_be_quoted(check: Check, alone: str):
    # Quoted, it would be published as it is: there is no sentence to tell of it, or it stands
    # for a value (the review of the session's change: '“XX%”' passed).
    error = only_error(check, broken("## What it looks like\n\n", f"## What it looks like\n\n{alone}\n\n"))
    assert error.code == "placeholder" and error.hint == "write the text it stands for, or delete it"


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ('Everyone has seen an email that starts "Dear <first name>".', "<first name>"),
        ("The letters began “Dear <customer>”, because the merge field was empty.", "<customer>"),
    ],
)
def test_a_merge_field_quoted_from_a_letter_is_told_to_be_put_in_backticks_and_passes_so(check: Check, sentence: str, field: str):
    # In quotation marks it is still read as a tag, which the page would not show; the hint said
    # only to write the text or delete it (the authors' round of the fifty-fifth session).
    text = broken("## What it looks like\n\n", f"## What it looks like\n\n{sentence}\n\n")
    error = only_error(check, text)
    assert error.code == "placeholder"
    assert error.hint.endswith(f"; to write about the mark itself, put it in backticks, `{field}`, which the page shows as typed")
    assert_valid(check, text.replace(field, f"`{field}`"))


def test_a_merge_field_left_in_a_letter_is_not_told_to_be_put_in_backticks(check: Check):
    # Not quoted, it is a field left to fill: in backticks it would be published as it is.
    error = only_error(check, broken("## What it looks like\n\n", "## What it looks like\n\nDear <first name>, thanks for the pilot report.\n\n"))
    assert error.code == "placeholder" and error.hint == "write the text it stands for, or delete it"

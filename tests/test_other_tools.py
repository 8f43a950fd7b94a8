"""Marks of other writing tools (Obsidian, MkDocs' Material, Docusaurus, a writing app's
suggestions) that GitHub's preview and the site both show as typed: each is told at its
line and column, with the Markdown to write, and a hidden note is never published."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallpatterns.diagnostics import Diagnostic
from tests.conftest import Check
from tests.test_rules import in_first_section, minimal

# minimal.md's first section starts with a blank line after its heading: the snippet's first line is this one.
FIRST_LINE = in_first_section("MARK").split("\n").index("MARK") + 1


def told(check: Check, markdown: str) -> list[Diagnostic]:
    return [d for d in check(Path("a-pattern.md"), in_first_section(markdown)) if d.code not in ("section-short",)]


@pytest.mark.parametrize(
    ("markdown", "code", "line", "column", "hint"),
    [
        # MkDocs' Material theme's note boxes, which authors of an MkDocs site have seen in its docs.
        (
            '!!! note "Why this matters"\n    The sponsor\'s diary is the first place to look.',
            "admonition", 0, 1,
            "delete this line, and write the note as a paragraph of its own, without spaces before its lines; "
            "to keep its title, start the paragraph with it in bold: **Why this matters**",
        ),
        ("The team waits.\n??? tip\n    Ask who settles disputes.", "admonition", 1, 1,
         "delete this line, and write the note as a paragraph of its own, without spaces before its lines"),
        (":::note\nAsk who settles disputes now.\n:::", "admonition", 0, 1,
         "delete the lines that start with ':::', and write the note as a paragraph of its own"),
        ("> [!info] Before the meeting\n> Ask who settles disputes now.", "callout", 0, 3,
         "delete '[!info]'; to keep its title, write it in bold: **Before the meeting**"),
        ("[TOC]", "contents-marker", 0, 1, "delete this line: a pattern's three sections are its contents"),
        ("[[_TOC_]]", "contents-marker", 0, 1, "delete this line: a pattern's three sections are its contents"),
        ("The CFO asked twice.\n\n*[CFO]: Chief Financial Officer", "abbreviation-definition", 2, 1,
         "delete this line, and write 'Chief Financial Officer (CFO)' where the abbreviation is first used"),
        ("Sponsor\n: The senior person who settles disputes.", "definition-list", 1, 1,
         "write the term and its definition as one line, the term in bold: **Sponsor**: The senior person who settles disputes."),
        ("Sponsor\n\n: The senior person who settles disputes.", "definition-list", 2, 1,
         "write the term and its definition as one line, the term in bold: **Sponsor**: The senior person who settles disputes."),
        ('--8<-- "snippets/offer.md"', "snippet-include", 0, 1,
         "write the text itself here, in place of this line: a pattern is one file"),
        # Obsidian's and Material's marks in the text, not in code before them.
        ("Ask `a==b` and then ask the board ==today==, not next quarter.", "highlight-marks", 0, 35,
         "for emphasis, write the words in bold: **today**; or delete the '=='"),
        ("Costs rose ^^every^^ quarter.", "highlight-marks", 0, 12,
         "for emphasis, write the words in bold: **every**; or delete the '^^'"),
        ("The cost^[as reported in the accounts] kept rising.", "inline-footnote", 0, 9,
         "put the note in brackets after the words it is about: (as reported in the accounts)"),
        ("The board {++agreed++} {--disagreed--}.", "suggested-change", 0, 11,
         "accept or reject each suggestion: write the words as they should read, without the marks, and delete the comments"),
        # Confluence's wiki markup, as its pages are copied.
        ("h2. The first month", "wiki-markup", 0, 1, "write the heading as: ### The first month"),
        ("Read [the audit|https://example.org/audit] first.", "wiki-markup", 0, 6,
         "write the link as [the audit](https://example.org/audit)"),
        ("{code:java}\nx = 1\n{code}", "wiki-markup", 0, 1,
         "put the code between lines of three backticks (```) in place of the '{code}' lines"),
        ("{quote}\nNobody refuses it.\n{quote}", "wiki-markup", 0, 1,
         "start each line of the quotation with '> ', in place of the '{quote}' lines"),
        ("{info}\nAsk who settles disputes.\n{info}", "wiki-markup", 0, 1,
         "delete the '{info}' lines, and write the note as a paragraph of its own"),
        # A table as Pandoc writes one from a word processor's document.
        ("Stage    Owner\n-------  ------\nPilot    Operations", "pandoc-table", 1, 1,
         "write it as a table, each row between '|' marks: | Stage | Owner | on the first line, with | --- | --- | under it"),
        ("+-------+-------+\n| Stage | Owner |\n+=======+=======+\n| Pilot | Ops   |\n+-------+-------+", "table-without-divider", 0, 1,
         "delete the lines of '+' and '-' (or '='), and put a dividing row with a '---' for each of the 2 cells under the first row: | --- | --- |"),
        # A picture shown in its place in Obsidian: the picture's own Markdown, not a pattern's link.
        ("![[Steering group.png]]", "wiki-link", 0, 2,
         "save the picture in docs/assets/ as steering-group.png, and write: ![what the picture shows](/assets/steering-group.png)"),
    ],
)
def test_another_tools_marks_are_a_warning_with_the_markdown_to_write(check: Check, markdown: str, code: str, line: int, column: int, hint: str):
    found = told(check, markdown)
    assert [(d.code, d.is_error, d.line, d.column, d.hint) for d in found] == [(code, False, FIRST_LINE + line, column, hint)]


@pytest.mark.parametrize(
    ("markdown", "line", "comment"),
    [
        ("The team lead %%ask Sam if this is fair%% has learned to wait.", 0, "<!-- ask Sam if this is fair -->"),
        ("The team lead has learned to wait.\n\n%%\nAsk Sam if this is fair.\n%%", 2, "<!-- Ask Sam if this is fair. -->"),
    ],
)
def test_an_obsidian_comment_is_an_error_with_the_comment_that_hides_it(check: Check, markdown: str, line: int, comment: str):
    found = told(check, markdown)
    assert [(d.code, d.is_error, d.line) for d in found] == [("hidden-note-shown", True, FIRST_LINE + line)]
    assert (found[0].hint or "").endswith(f"write it as a comment that neither shows: {comment}")


def test_an_obsidian_comment_before_its_paragraphs_text_is_told_to_go_on_a_line_of_its_own(check: Check):
    # Written as the hint said, '<!-- check this --> Name an owner…' was refused as raw HTML (helper-246).
    found = told(check, "%%check this%% Name an owner before the pilot starts.")
    assert [(d.code, d.is_error) for d in found] == [("hidden-note-shown", True)]
    assert (found[0].hint or "").endswith("<!-- check this -->, on a line of its own with a blank line after it")
    assert told(check, "<!-- check this -->\n\nName an owner before the pilot starts.") == []


def test_a_link_as_slack_writes_it_is_an_error_with_the_link_to_write(check: Check):
    # GitHub and the site both linked 'https://example.org/report|the', a page that does not exist.
    found = told(check, "See <https://example.org/report|the report> for details.")
    assert [(d.code, d.is_error, d.line, d.column, d.hint) for d in found] == [
        ("link-address", True, FIRST_LINE, 5, "write the link as [the report](https://example.org/report)")
    ]


def test_an_obsidian_comment_over_several_paragraphs_is_an_error_at_each_end(check: Check):
    markdown = "%%\nAsk Sam if this is fair.\n\nAnd whether the client agrees.\n%%"
    found = told(check, markdown)
    assert [(d.code, d.is_error, d.line) for d in found] == [("hidden-note-shown", True, FIRST_LINE), ("hidden-note-shown", True, FIRST_LINE + 4)]
    assert (found[0].hint or "").startswith("delete the comment's lines, from '%%' to '%%'; or write '<!--' in place of the first '%%'")


@pytest.mark.parametrize("link", ["[the minutes]（https://example.org/minutes）", "［the minutes］(https://example.org/minutes)", "［the minutes］（https://example.org/minutes）"])
def test_a_link_typed_with_full_width_brackets_is_an_error_with_the_link_to_write(check: Check, link: str):
    # A phone's or an input method's brackets: shown as typed, or linked with '）' on the address, and
    # the hint was to put the address in angle brackets, which left the brackets as typed.
    found = told(check, f"See {link} first.")
    assert [(d.code, d.is_error, d.line, d.column, d.hint) for d in found] == [
        ("link-address", True, FIRST_LINE, 5, "type the brackets again as plain ones: [the minutes](https://example.org/minutes)")
    ]


def test_a_confluence_heading_row_is_told_the_markdown_row_and_its_dividing_row(check: Check):
    found = told(check, "||Quarter||Meetings||\n|Q1|1|\n|Q2|2|")
    assert [(d.code, d.line, d.hint) for d in found] == [
        ("table-without-divider", FIRST_LINE, "write it with single bars, and a dividing row under it: | Quarter | Meetings | then | --- | --- |")
    ]


def test_following_the_comments_hint_hides_the_note(check: Check):
    markdown = "The team lead %%ask Sam if this is fair%% has learned to wait."
    hint = told(check, markdown)[0].hint or ""
    comment = hint.partition(": ")[2]
    assert comment == "<!-- ask Sam if this is fair -->"
    assert told(check, markdown.replace("%%ask Sam if this is fair%%", comment)) == []


@pytest.mark.parametrize(
    "markdown",
    [
        "A ratio of 3:1, a == b, x==y, 2^3, 100% and 50%, a {curly} word and *[sic]* as meant.",
        "Is it ready??? Nobody knows! Ask again!!!",
        "Code keeps its marks: `!!! note`, `==x==`, `%%x%%`, `^[x]` and `{++x++}`.",
        "```\n!!! note\n*[CFO]: Chief\n: a definition\n%%x%%\n```",
        "Ten to one:\nthe sponsor wins.",
        "> [!NOTE]\n> GitHub's own alerts are told as they always were.",
        "Code keeps them too: `<https://a.example|b>`, `[a|https://b.example]` and `h2. x`.",
        "| Stage | Owner |\n| --- | --- |\n| Pilot | Ops |",
        "The h2. heading of a Confluence page is written so; {braces} and a|b stay as written.",
        "Text before a rule.\n\n-------  ------\n\nText after it.",
    ],
)
def test_what_is_meant_as_written_gets_no_other_tools_warning(check: Check, markdown: str):
    codes = {"pandoc-table", "wiki-markup", "link-address", "admonition", "callout", "contents-marker", "abbreviation-definition", "definition-list", "snippet-include",
             "highlight-marks", "inline-footnote", "suggested-change", "hidden-note-shown"}
    assert [d for d in told(check, markdown) if d.code in codes] == []


# --- in the front matter's plain-text fields ---------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "line", "where"),
    [
        ("summary: A pilot is approved", "summary: A pilot %%ask Sam%% is approved", 3, "'summary'"),
        ("  - Nobody can say what result", "  - Nobody %%check%% can say what result", 8, "a sign in 'signs'"),
    ],
)
def test_an_obsidian_comment_in_a_field_is_an_error(check: Check, old: str, new: str, line: int, where: str):
    found = [d for d in check(Path("a.md"), minimal(**{old: new})) if d.code == "hidden-note-shown"]
    assert [(d.line, d.is_error) for d in found] == [(line, True)]
    assert found[0].message.startswith(f"{where} holds a comment in Obsidian's marks")


def test_an_obsidian_comment_first_in_a_value_is_told_the_line_without_it(check: Check):
    # YAML cannot read '%' first in a value, and its hint was to quote the value: the comment was then published.
    text = minimal(**{"summary: A pilot is approved": "summary: %%ask Sam%% A pilot is approved"})
    (found,) = [d for d in check(Path("a.md"), text) if d.is_error]
    assert (found.line, found.hint) == (3, "delete the comment, so the line reads: " + minimal().split("\n")[2])
    assert "comment in Obsidian's marks" in found.message


def test_another_tools_marks_in_a_field_are_a_warning_as_markdown_is(check: Check):
    text = minimal(**{"title: The pilot that is judged on its demo": "title: The pilot that is ==judged== on its demo"})
    found = [(d.code, d.line, d.is_error) for d in check(Path("a.md"), text)]
    assert found == [("markdown-in-text", 2, False)]

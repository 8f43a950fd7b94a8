"""Where GitHub's preview and the site would read the same Markdown differently, found in
the file's lines: tabs after list and quote marks, spaces a word processor pastes beside
addresses and tables, character references and backslashes in addresses, footnotes,
headings written without their space. Each is reported at its line with the fix that
makes both readings one (:mod:`stallpatterns.github` is the wall behind these)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from typing import cast

from markdown_it.common.utils import isValidEntityCode, replaceEntityPattern, unescapeAll
from markdown_it.helpers import parseLinkDestination, parseLinkTitle
from markdown_it.token import Token

from . import body, github, slips
from .diagnostics import Report
from .settings import Settings
from .source import Source
from .text import (
    MOST_STACKED_MARKS,
    TYPOGRAPHIC_SPACES,
    as_compared,
    character_name,
    clipped,
    github_slug,
    printable,
    spans_replaced,
    stacked_marks_at,
)

# CommonMark reads '#Title' as text (GitHub's preview too); an author meant a heading. So
# too '###' and a word processor's no-break (or other) space: only a space or a tab ends the
# marks of a heading.
_HEADING_NO_SPACE = re.compile(r"#{1,6}([^#\s\d]|[^\S \t\n\r\f\v])")


def check_heading_spaces(source: Source, report: Report) -> None:
    """A space pasted from a word processor between a heading's words ('What it looks\u3000like'):
    the heading reads the same, but GitHub leaves that space out of the heading's link
    ('#what-it-lookslike'): a section's, where the site makes it a hyphen, so a link to it
    works in one of them only; a subheading's, on the site too, where a link with a hyphen
    there goes nowhere."""
    if source.plain:
        return
    for heading in source.headings:
        words = heading.text.strip(TYPOGRAPHIC_SPACES + " \t")
        if (found := _ODD_SPACE.search(words)) is None:
            continue
        written = source.lines[heading.line - 1] if heading.line <= len(source.lines) else ""
        pasted = f"this heading has {character_name(found.group())} between its words, pasted from a word processor"
        if (closing := _CLOSING_MARKS.fullmatch(words[found.start() :])) is not None:
            # '### Title\u00a0###': the '###' stays, as the words' last.
            said = (f"this heading has {character_name(found.group())}, pasted from a word processor, before its closing '{closing.group(1)}': "
                    f"only an ordinary space lets a heading's closing marks go, so GitHub and the site both show them ('{printable(_ODD_SPACE.sub(' ', words))}')")
            hint = f"type an ordinary space before the '{closing.group(1)}', or delete them"
            report.warning(heading.line, "heading-odd-space", said, hint, column=written.find(found.group()) + 1 or 1)
            continue
        if heading.level == 2:  # a section's part is the site's own name for it ('#what-it-looks-like')
            said = f"{pasted}: GitHub leaves it out of the heading's link where the site makes it a hyphen, so a link to the heading works in one of them only"
        else:  # a subheading's part is named as GitHub names it, on the site too
            said = (f"{pasted}: the heading's link leaves it out, on GitHub and the site alike ('#{github_slug(words)}'), "
                    f"so a link written with a hyphen there ('#{github_slug(_ODD_SPACE.sub(' ', words))}') goes nowhere")
        report.warning(heading.line, "heading-odd-space", said, "type an ordinary space in its place", column=written.find(found.group()) + 1 or 1)


# A heading's words, or a table cell's, that start with a space from a word processor (a
# no-break space, an ideographic one), or a right-aligned or centred cell's that end with one:
# GitHub keeps it, markdown-it trims it with the ordinary ones, so GitHub's heading or cell is
# indented, or its cell padded, and the site's not. (The comparison with GitHub's reading
# leaves such spaces out; at the end of a left-aligned cell or heading they show as nothing.)
_ATX_EDGE_SPACE = re.compile(rf" {{0,3}}#{{1,6}}[ \t]+[{TYPOGRAPHIC_SPACES}]")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def check_edge_spaces(source: Source, report: Report) -> None:
    """A heading, or a table cell, whose words start (or, right-aligned or centred, end) with
    a space pasted from a word processor: shown by GitHub, dropped by the site."""
    if source.plain:
        return
    lines = source.lines
    for heading in source.headings:
        written = lines[heading.line - 1] if heading.line <= len(lines) else ""
        if _ATX_EDGE_SPACE.match(written):
            _edge_space(report, heading.line, written, "heading", "start")
    row: list[bool] | None = None  # whether each cell of the row being read is right-aligned or centred
    for token in source.tokens:
        if token.type == "tr_open" and token.map:
            row, number = [], token.map[0] + source.body_start
        elif token.type in ("th_open", "td_open") and row is not None:
            row.append(str(token.attrGet("style") or "").endswith(("right", "center")))
        elif token.type == "tr_close" and row is not None:
            written = lines[number - 1] if number <= len(lines) else ""
            cells = _CELL_SPLIT.split(written.strip(" \t"))
            cells = cells[1:] if written.strip(" \t").startswith("|") else cells
            for cell, padded in zip(cells, row):
                words = cell.strip(" \t")
                if not words.strip(TYPOGRAPHIC_SPACES):
                    continue  # a cell of nothing but such a space, an empty one a word processor pasted: empty on both (helper-249)
                if words[:1] and words[:1] in TYPOGRAPHIC_SPACES:
                    _edge_space(report, number, written, "table cell", "start")
                    break
                if padded and words[-1:] and words[-1:] in TYPOGRAPHIC_SPACES:
                    _edge_space(report, number, written, "table cell", "end")
                    break
            row = None


def _edge_space(report: Report, line: int, written: str, what: str, where: str) -> None:
    found = _ODD_SPACE.search(written)
    name = character_name(found.group()) if found else "a space"
    report.error(
        line,
        "edge-space",
        f"this {what}'s words {where} with {name}, pasted from a word processor: GitHub's preview shows it "
        f"({'an indent' if where == 'start' else 'a gap before the column edge'}), the site leaves it out",
        "delete it, or type an ordinary space in its place",
        column=(found.start() + 1) if found else 1,
    )


def check_heading_marks(source: Source, report: Report) -> None:
    lines = source.lines
    # The lines already reported with an error, read once: looked up for each line in turn,
    # the report (which grows by a warning for each such line) was read again for every one
    # (26 s for a file of 33,000 lines of '#a').
    reported: set[int] | None = None
    for block in source.blocks:
        if block.kind != "text":
            continue
        for number in range(block.line, block.end_line + 1):
            text = lines[number - 1]
            if text.startswith("#") and (found := _HEADING_NO_SPACE.match(text)):
                if reported is None:
                    reported = {d.line for d in report.items if d.is_error}
                if number in reported:
                    continue  # a section's heading, already reported as one: one message for one slip
                marks = len(text) - len(text.lstrip("#"))
                # '#AI' is a hashtag as often as a heading, and one '#' would make a title, not allowed here;
                # nor may a heading skip a level below the one above it ('####' under a section's '##').
                above = next((h.level for h in reversed(source.headings) if h.line < number), 2)
                level = min(marks if marks > 1 else 3, max(above, 2) + 1)
                fixed = f"{'#' * level} {text[marks:].strip()}"
                pasted = found.group(1).isspace()  # '###\u00a0Costs': a space that shows, but is none to Markdown
                report.warning(
                    number,
                    "heading-no-space",
                    f"'{printable(text.strip().replace(found.group(1), ' ', 1)[:60])}' is shown as text, not as a heading: the space after the '{'#' * marks}' is "
                    f"{character_name(found.group(1))}, pasted from a word processor, which Markdown does not read as a space"
                    if pasted
                    else f"'{text.strip()[:60]}' is shown as text, not as a heading: a heading needs a space after the '#'",
                    f"write '{printable(fixed[:60])}', with an ordinary space after the '{fixed.partition(' ')[0]}'"
                    if pasted
                    else f"for a heading write '{fixed[:60]}'; for a literal '#' at the start of a line (a hashtag), write '\\#'",
                )


# A line GitHub reads as more of the paragraph a link definition is in, where markdown-it
# starts a block: code indented by four spaces, a list starting at a number other than 1,
# an empty list item, a line of three '-' or more (a rule on the site); or a table's first
# line (with its delimiter row after it). A line of '=', or of fewer '-', is text to both.
_NEW_BLOCK_TO_MARKDOWN_IT = re.compile(r" {0,3}\t|    |\s{0,3}(?:(?:\d{1,9}[.)]|[-+*])[ \t]*$|(?!0*1[.)])\d{1,9}[.)][ \t]|-{3,}[ \t]*$)")


def _covered_lines(tokens: tuple[Token, ...], chosen: Callable[[Token], bool]) -> set[int]:
    """The body lines (0-based) of the chosen tokens' blocks."""
    return {line for token in tokens if token.map and chosen(token) for line in range(token.map[0], token.map[1])}


def check_after_definitions(source: Source, report: Report) -> None:
    """A link definition (``[name]: https://…``) with a line straight after it that GitHub
    reads as more of its paragraph and the site as a new block. The body's top-level
    blocks are the only lines the parse keeps; a line of text left out between them is a
    definition's. In a quote, likewise, with its blocks and its '>' marks."""
    start = source.body_start
    covered = _covered_lines(source.tokens, lambda token: token.level == 0)
    for number in range(start, len(source.lines)):
        text, after = source.lines[number - 1], source.lines[number]
        if number - start in covered or number + 1 - start not in covered or not text.strip() or not after.strip():
            continue
        if _starts_a_block(after, source.lines[number + 1] if number + 1 < len(source.lines) else ""):
            report.error(
                number + 1,
                "definition-then-block",
                # (Before a table, cmark-gfm shows the definition itself as text: helper-245.)
                "GitHub reads this line as going on from the link definition above it, not as a new block, as the site does: "
                "it shows the line as text (or, under a table's first row, the definition as text, which no link then uses)",
                "leave a blank line after the link definition",
            )
    for number in _after_definitions_in_quotes(source):
        report.error(
            number + start,
            "definition-then-block",
            "GitHub reads this line as going on from the link definition above it in the quote, not as a new block, as the site does: "
            "it shows the line as text (or, under a table's first row, the definition as text, which no link then uses)",
            "leave a line holding only '>' after the link definition",
        )


def _starts_a_block(line: str, next_line: str) -> bool:
    """Whether markdown-it starts a block at ``line`` (then ``next_line``) straight after a
    link definition, where GitHub reads it as more of the definition's paragraph."""
    # A table's header, or a one-column table's without a '|' ('Owner' over '|---|' or
    # ':--'); a line of dashes alone under it is a heading's underline, or a rule.
    one_column = body.row_cells(next_line) == 1 and next_line.strip(" \t-") != ""
    table = ("|" in line or one_column) and _dividing_row(next_line)
    return table or bool(_NEW_BLOCK_TO_MARKDOWN_IT.match(line))


# The '>' marks at a line's start, after the marker of a list item the quote starts in ('- > [x]: …').
_QUOTE_MARKS = re.compile(r"(?: {0,3}(?:[-+*]|\d{1,9}[.)])[ ]+)*+(?: {0,3}>[ ]?)+")


def _after_definitions_in_quotes(source: Source) -> Iterator[int]:
    """The body lines (0-based) in a quote, straight after a link definition in it, that
    start a block on the site: a line of the quote that none of its blocks holds is a
    definition's. Both lines have the same '>' marks, cut off before the line is read."""
    body_lines = source.lines[source.body_start - 1 :]
    tokens = source.tokens
    for index, token in enumerate(tokens):
        if token.type != "blockquote_open" or not token.map:
            continue
        inside: set[int] = set()
        for at in range(index + 1, len(tokens)):  # no copy of the rest of the body for each quote
            child = tokens[at]
            if child.level <= token.level:
                break
            if child.level == token.level + 1 and child.map:
                inside.update(range(*child.map))
        for number in range(token.map[0], token.map[1] - 1):
            text, after = body_lines[number], body_lines[number + 1]
            marks, after_marks = _QUOTE_MARKS.match(text), _QUOTE_MARKS.match(after)
            if number in inside or number + 1 not in inside or marks is None or after_marks is None:
                continue
            if marks.group().count(">") != after_marks.group().count(">") or not text[marks.end() :].strip():
                continue
            line = after[after_marks.end() :]
            next_line = body_lines[number + 2] if number + 2 < len(body_lines) else ""
            next_marks = _QUOTE_MARKS.match(next_line)
            if line.strip(" \t=") and _starts_a_block(line, next_line[next_marks.end() :] if next_marks else next_line):
                yield number + 1  # (a line of '=' is a paragraph on both)


# GitHub's footnotes, which the site does not have: a line starting '[^label]:' (after any
# quote and list markers) defines one, and '[^label]' then refers to it, in any case. Where
# no line defines a label, '[^label]' is text on GitHub too ('[^A-Za-z]' in prose). GitHub
# refuses only spaces, tabs and ']' in a label. Possessive: one pass over a line.
_FOOTNOTE_DEFINITION = re.compile(r"(?:[ \t]*+(?:>|[-+*](?=[ \t])|\d{1,9}+[.)](?=[ \t])))*+[ \t]*+\[\^([^\] \t\r\n]++)\]:")
_FOOTNOTE_REFERENCE = re.compile(r"\[\^([^\[\] \t\r\n]++)\]")  # never past another '[': one pass


def check_footnotes(source: Source, report: Report) -> None:
    """Each line that defines a footnote (GitHub moves the note to the foot of the page, or
    hides it where nothing refers to it), and each line of text that refers to one."""
    if "[^" not in source.body:
        return
    start = source.body_start
    code = _covered_lines(source.tokens, lambda token: token.type in ("fence", "code_block", "html_block"))
    defined: dict[str, int] = {}  # label, case-folded: the first line defining it
    reported: set[int] = set()  # one report a line: each definition's, then each reference's
    for number in range(start, len(source.lines) + 1):
        found = _FOOTNOTE_DEFINITION.match(source.lines[number - 1]) if number - start not in code else None
        if found is None:
            continue
        defined.setdefault(found.group(1).casefold(), number)
        reported.add(number)
        report.error(
            number,
            "unsupported-markdown",
            f"'[^{found.group(1)}]:' defines a footnote, which the site does not support: GitHub shows the note at "
            "the foot of the page (or hides it where nothing refers to it), the site does not",
            "put the note in the sentence, or in brackets after it, and delete this line",
            column=found.start(1) - 1,
        )
    if not defined:
        return
    for token in source.tokens:
        if token.type != "inline" or not token.map or "[^" not in token.content:
            continue
        for child, offset in body.lines_of(token.children or []):
            number = token.map[0] + offset + start
            found = next((f for f in _FOOTNOTE_REFERENCE.finditer(child.content) if f.group(1).casefold() in defined), None) if child.type == "text" else None
            if found is None or number in reported:
                continue
            reported.add(number)
            report.error(
                number,
                "unsupported-markdown",
                f"'{found.group()}' is a footnote on GitHub (line {defined[found.group(1).casefold()]} defines it), which the site shows as text",
                "put the note in the sentence, or in brackets after it, and delete the definition",
                column=_column_outside_code(source.lines[number - 1], found.group()),
            )


def _column_outside_code(line: str, needle: str) -> int:
    """The column of the first ``needle`` on the line after an even number of backticks
    (outside a code span, as far as the line alone tells); 1 if there is none."""
    at, counted, ticks = line.find(needle), 0, 0
    while at >= 0:
        ticks += line.count("`", counted, at)
        counted = at
        if ticks % 2 == 0:
            return at + 1
        at = line.find(needle, at + 1)
    return 1


_LIST_MARKER_ALONE = re.compile(r"[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]*)*")
_BLOCKS_IN_AN_ITEM = frozenset(
    {"paragraph_open", "heading_open", "code_block", "fence", "html_block", "table_open", "hr", "blockquote_open", "bullet_list_open", "ordered_list_open"}
)


def check_list_items(source: Source, report: Report) -> None:
    """What GitHub would lay out otherwise in a list item: a link definition in it (GitHub
    takes it out before spacing the list; markdown-it counts the blank line beside it, so
    the list is spaced out), and a table row of a lone '|' (it ends the table on GitHub)."""
    start = source.body_start
    shown = _covered_lines(source.tokens, lambda token: token.type in _BLOCKS_IN_AN_ITEM and token.level > 0)

    def blank(line: int) -> bool:  # a body line that is blank, or past the end
        return line + start - 1 >= len(source.lines) or not source.lines[line + start - 1].strip()

    tokens = source.tokens
    for index, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open") and token.map:
            if _continues_a_list(tokens, index):
                empty = tokens[index - 3].map
                report.error(
                    (empty[0] if empty else token.map[0]) + start,
                    "list-split",
                    "an empty list item, then blank lines: the site ends the list here and starts another after them, "
                    "where GitHub goes on with one list",
                    "delete the empty item (its list marker alone on the line)",
                )
            first, end = token.map
            hidden = [n for n in range(first, end) if n not in shown and not blank(n) and not _LIST_MARKER_ALONE.fullmatch(source.lines[n + start - 1])]
            if not hidden:
                continue
            close = _list_close(tokens, index)
            # GitHub leaves a definition out before it spaces a list; markdown-it counts a blank
            # line beside one. Read as GitHub reads it (rare: most lists hold no definition).
            spaced = github.list_spaced(source.body, first + 1)
            if spaced is not None and spaced != _spaced_here(tokens[index:close], token.level):
                report.error(
                    hidden[0] + start,
                    "definition-in-list",
                    "a link definition inside a list: GitHub spaces the list's items otherwise than the site (it leaves the definition out first)",
                    "move the definition below the list, after a blank line",
                )
        if token.type == "tr_open" and token.map and source.lines[token.map[0] + start - 1].strip() == "|":
            report.error(
                token.map[0] + start,
                "table-row-empty",
                "a row of a lone '|' ends the table on GitHub; the site shows an empty row",
                "delete the line, or write its cells: '| a | b |'",
            )


_INDENTED_QUOTE_MARK = re.compile(r"^(?: {0,3}\t| {4})[ \t]*>", re.MULTILINE)


def check_quote_markers(source: Source, report: Report) -> None:
    """A quotation's line whose '>' has four columns of space or more before it (a tab, say):
    markdown-it still reads it as the quotation's mark; GitHub shows the '>' as text (the
    line goes on the paragraph above) or the line as code."""
    if ">" not in source.body or not _INDENTED_QUOTE_MARK.search(source.body):  # the expression tried only where it may match
        return
    start = source.body_start
    reported: set[int] = set()  # a line of nested quotations is reported once
    for token in source.tokens:
        if token.type != "blockquote_open" or not token.map:
            continue
        first, end = token.map
        opening = source.lines[first + start - 1]
        container = 0 if token.level == 0 else _columns(opening[: opening.find(">")])
        for number in range(first + 1, end):
            text = source.lines[number + start - 1]
            if text.lstrip(" \t").startswith(">") and _indent(text) - container >= 4 and number not in reported:
                reported.add(number)
                report.error(
                    number + start,
                    "quote-mark-indented",
                    "a '>' after four or more spaces (or a tab) is no quotation mark on GitHub: it shows the '>' "
                    "as text, or the line as code, where the site goes on with the quotation",
                    "start the line with its '>', with at most three spaces before it",
                )
                break


def check_nested_section_headings(source: Source, settings: Settings, report: Report) -> None:
    """A heading with a section's name inside a list item or a quote ('- ## What it looks
    like'): it is no section, the page shows the name twice, and a link to the section's
    part goes to this one, which takes its name first."""
    # Only a section written as one as well: where it is not, its missing heading is told.
    written = {as_compared(h.text) for h in source.headings if h.level == 2}
    sections = {compared: heading for heading in settings.headings if (compared := as_compared(heading)) in written}
    told = {d.line for d in report.items if d.is_error}
    for index, token in enumerate(source.tokens):
        if token.type != "heading_open" or token.level == 0 or not token.map:
            continue
        line = token.map[0] + source.body_start
        words = " ".join(source.tokens[index + 1].content.split())
        name = sections.get(as_compared(words))
        if name is not None:
            report.error(
                line,
                "section-heading-nested",
                f"this heading, \"{name}\", is inside a list item or a quote, so it is not the section's heading: the page would show it twice",
                f"give it other words, or, if it is the section's heading, write '## {name}' at the start of its own line, outside the list or quote",
            )
        elif token.tag == "h2" and told.isdisjoint(range(line, token.map[1] + source.body_start)):
            # (Not where an error is told in its lines already: a section's missing heading, or a
            # footnote whose line markdown-it reads as the heading's words.)
            _report_nested_section_level(source, line, words, token.markup != "##", report)


def _report_nested_section_level(source: Source, line: int, words: str, underlined: bool, report: Report) -> None:
    """A heading of a section's rank, of other words, inside a list item or a quote ('- ## Ask
    the owner', or its words over a line of '-'): the page and a screen reader's list of its
    headings give it a section's rank, beside the three sections, as the body's own '## Ask
    the owner' is told it may not have."""
    written = source.lines[line - 1] if line <= len(source.lines) else ""
    if underlined:
        # The quote's or list's marks, then its words as a subheading's, without the line under them.
        first = written.find(words.split()[0]) if words.split() else -1
        rewritten = f"{written[:first] if first > 0 else ''}### {words}"
        report.error(
            line,
            "heading-level",
            f"the line of '-' under \"{clipped(words)}\" makes it a heading of a section's rank, inside a list item or a quote: "
            "the page would show it as a fourth section among the three",
            f"delete the line of '-' to keep the words as text, or write them as a subheading, without that line: {rewritten}",
        )
        return
    marks = re.match(r"([^#]*?)##(?=[ \t]|$)", written)
    rewritten = (marks.group(1) + "###" + written[marks.end() :]).rstrip() if marks else f"### {words}"
    report.error(
        line,
        "heading-level",
        f"the heading \"{clipped(words)}\" has two '#', a section's, inside a list item or a quote: "
        "the page would show it as a fourth section among the three",
        f"write the line as text, without the '#' marks, or with 3, as a subheading: {rewritten}",
    )


def check_indented_headers(source: Source, report: Report) -> None:
    """A paragraph's line indented four columns or more, over a table's dividing row:
    GitHub takes any line of a paragraph as a table's header (the table starts there);
    markdown-it takes so indented a line as no header, and the rows stay text."""
    start = source.body_start
    for token in source.tokens:
        if token.type != "paragraph_open" or token.level != 0 or not token.map:
            continue
        first, end = token.map
        lines = [source.lines[n + start - 1] for n in range(first, end)]
        for offset in range(1, len(lines) - 1):
            if body.is_dividing_row(lines[offset]):
                break  # GitHub tries no table after a dividing row it found no header for
            row = lines[offset + 1]
            if _indent(lines[offset]) >= 4 and _dividing_row(row) and row.strip(" \t-") and body.row_cells(lines[offset]) == body.row_cells(row):
                report.error(
                    first + offset + start,
                    "table-header-indented",
                    "GitHub makes this line the header of a table (the dividing row is below it); the site, "
                    "with the line indented four spaces or more, shows the lines as text",
                    "take the spaces from the start of the line, and leave a blank line before it",
                )
                break


def _dividing_row(line: str) -> bool:
    """A table's dividing row where GitHub reads one: indented three columns at most."""
    return _indent(line) < 4 and body.is_dividing_row(line)


def _indent(line: str) -> int:
    return _columns(line[: len(line) - len(line.lstrip(" \t"))])


def _columns(space: str) -> int:
    """How many columns leading spaces and tabs take (a tab goes on to the next multiple of four)."""
    column = 0
    for char in space:
        column = _next_column(column, char)
    return column


def _next_column(column: int, char: str) -> int:
    """The column after ``char`` at ``column``: a tab goes on to the next multiple of four."""
    return column + 4 - column % 4 if char == "\t" else column + 1


def _continues_a_list(tokens: tuple[Token, ...], index: int) -> bool:
    """A list straight after one of the same kind and level, which ends in an empty item:
    markdown-it ends a list at an empty item followed by two blank lines; GitHub does not."""
    before = tokens[index - 1] if index else None
    if before is None or before.type != tokens[index].type.replace("_open", "_close") or before.markup != tokens[index].markup:
        return False
    return index >= 3 and tokens[index - 2].type == "list_item_close" and tokens[index - 3].type == "list_item_open"


def _list_close(tokens: tuple[Token, ...], index: int) -> int:
    """The index of the close of the list opened at ``index``."""
    level = tokens[index].level
    close = index + 1
    while close < len(tokens) and not (tokens[close].level == level and tokens[close].type.endswith("_list_close")):
        close += 1
    return close


def _spaced_here(list_tokens: tuple[Token, ...], level: int) -> bool:
    """Whether markdown-it spaced out a list (at ``level``; its tokens): its paragraphs shown."""
    return any(t.type == "paragraph_open" and t.level == level + 2 and not t.hidden for t in list_tokens)


# Spaces a word processor pastes (no-break, em, thin, ideographic): GitHub reads one after an
# address as part of it, and makes no link of an address after one; markdown-it ends an
# address at any space, and links after any.
_ODD_SPACE = re.compile(f"[{TYPOGRAPHIC_SPACES}]")
# A heading's closing marks after such a space ('Title\u00a0###'), which do not close it.
_CLOSING_MARKS = re.compile(f"[{TYPOGRAPHIC_SPACES}]+(#+)")
_ADDRESS_START = ("https://", "http://", "www.")
# The rest of an address in '<…>', or of a link's address and title up to its ')', from a
# space inside it: ending in more of the address than spaces.
_ANGLE_ADDRESS_REST = re.compile(r"[^\x00-\x20<>]*(?<!\s)>")
# The spaces after a link's address, up to its ')' or title: the address ends there.
_LINK_ADDRESS_END = re.compile(rf"""[{TYPOGRAPHIC_SPACES}]++[ \t]*+\n?[ \t]*+[)"'(]""")
# A link's '](' and the spaces, and one line's end, that may come before its address.
_LINK_OPENING_END = re.compile(r"\]\([ \t]*+\n?[ \t]*+\Z")
_LINK_ADDRESS_REST = re.compile(r"""[^\x00-\x20()]*(?<!\s)(?:\)|[ \t]*\n?[ \t]*(?:"[^"]*"|'[^']*'|\([^()]*\))[ \t]*\))""")


def check_spaces_by_addresses(source: Source, report: Report) -> None:
    """A space other than the ordinary one right after or right before an address, outside
    code: the address is linked otherwise on GitHub than on the site. One pass: the text
    looked back over from each such space is the word before it, which ends at the space
    before (no word is read twice)."""
    text = source.body
    if text.isascii() or source.plain:  # no space of another kind (the body is part of the text)
        return
    code = code_lines(source)
    spans_by_line: dict[int, list[tuple[int, int]]] = {}  # each line's code spans, read once
    bare: dict[int, set[str]] | None = None  # the site's bare addresses after a '](', by line, read once if asked
    line_starts: list[int] = []

    def linked_bare(address: str, at: int) -> bool:
        """Whether the site links ``address`` (in lower case, to the end of its word, after a
        '](') as a bare address on the line of ``at``: then the ')' before the space closed no
        link of its own. Its link is the address, or the address less the marks GitHub and
        the site leave out of a bare address's end."""
        nonlocal bare
        if bare is None:
            bare = _bare_addresses_after_openings(source.tokens)
            line_starts.extend(found.end() for found in re.finditer("\n", text))
        on_line = bare.get(bisect_right(line_starts, at), set())
        while address and address not in on_line and address[-1] in _TRAILING_MARKS:
            address = address[:-1]
        return address in on_line

    counted, line, line_start = 0, 0, 0  # the lines before ``counted``, counted on from the space before
    odd_end = 0  # where the run of such spaces the last one is in ends
    for found in _ODD_SPACE.finditer(text):
        at = found.start()
        word_start = at
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start:at].lower()
        after = text[at + 1 : at + 9].lower()
        # After an address: unless it is a link's own, which ends at its ')' or '>' (after
        # more of the address: the site drops the space from the end of a link's address).
        # Not one where the ')' or '>' never comes: GitHub reads a bare address there.
        address = _address_up_to(word, text, at, linked_bare) if "www." in word or "://" in word else None
        if address is None and "](" in word and not _ended(word[word.rindex("](") + 2 :], False):
            # A link's or a picture's own address of any kind ('](/page', '](other.md'):
            # markdown-it trims every Unicode space from an address's ends, GitHub none.
            # Only where the link goes on to its ')' or title: a '](' in text that none ends
            # ('](/page' then words) is text on GitHub as on the site.
            address = word.rindex("](") + 2
            address = None if address == len(word) or not _LINK_ADDRESS_END.match(text, at) else address
            # Not where the link's address goes on past the space to its ')' (read alike).
            address = None if address is None or _LINK_ADDRESS_REST.match(text, at) else address
        if address is None and _ends_a_definitions_address(text, word_start, at):
            address = 0
        # Before one: a www. address in text, or any address as a link's or definition's.
        before = after.startswith("www.") or (after.startswith(_ADDRESS_START) and text.endswith(("(", "]:"), 0, at))
        # Or before a link's or a definition's own address of any kind ('](\u00a0/page',
        # '[a]: \u00a0/page'): GitHub keeps the space in the address, markdown-it skips it.
        if at >= odd_end:  # the run's end, found once for a run of such spaces (each read to it took their square)
            odd_end = cast(re.Match[str], _ODD_SPACES.match(text, at)).end()
        into = bool(_LINK_OPENING_END.search(text, max(0, at - 40), at) and _LINK_ADDRESS_REST.match(text, odd_end))
        into = into or _starts_a_definitions_address(text, at)
        before = before or into
        if address is None and not before:
            continue
        if (more := text.count("\n", counted, at)) > 0:
            line += more
            line_start = text.rfind("\n", counted, at) + 1
        counted = at
        if line in code or _in_code_span(text, line_start, word_start + (address or 0), at, spans_by_line):
            continue
        where = "after" if address is not None else "before"
        report.error(
            line + source.body_start,
            "space-by-address",
            f"a {character_name(found.group())} right {where} this address (pasted from a word processor): "
            + ("GitHub takes it into the address, the site does not" if where == "after" or into else "GitHub makes no link of the address, the site does"),
            "type an ordinary space there instead",
            column=at - line_start + 1,
        )


_ADDRESS_STARTS = re.compile(r"https?://|www\.")
# The marks at a bare address's end that GitHub and the site leave out of its link.
_TRAILING_MARKS = frozenset("?!.,:*_~'\");")


def _address_up_to(word: str, text: str, at: int, linked_bare: Callable[[str, int], bool]) -> int | None:
    """Where in ``word`` (in lower case, the space at ``at`` of ``text`` right after it) the
    address starts that runs up to the space, or None. An address in '<…>' or a link's own
    after '](' ends at its '>' or ')', and the space is not in it; an address after that
    one, in the same word, may run up to the space ('<https://a>https://b'). A '](' that
    the site reads as no link ('words](https://…)', its '[' left out) is text on GitHub
    too, and its address a bare one that the ')' does not end."""
    done = 0
    for found in _ADDRESS_STARTS.finditer(word):
        start = found.start()
        if start < done:
            continue  # inside the address of a link or of '<…>' before
        if not word.endswith(("](", "<"), 0, start):
            if _runs_to_the_space(word, start):
                return start
            continue
        angle = word.endswith("<", 0, start)
        end = _end_of(word[start:], angle)
        if end is None:  # goes on past the space, unless its ')' or '>' comes after it
            return None if (_ANGLE_ADDRESS_REST if angle else _LINK_ADDRESS_REST).match(text, at) else start
        if not angle and linked_bare(word[start:], at) and _runs_to_the_space(word, start):
            return start
        done = start + end + 1
    return None


def _runs_to_the_space(word: str, start: int) -> bool:
    """Whether GitHub's bare address from ``start`` of ``word`` may run on to the space after
    it: a '<' ends it first, and a www. address starts only after a space, '*', '_', '~' or
    '(' (cmark-gfm's autolink.c): after any other mark, it is text on both."""
    if "<" in word[start:]:
        return False
    return not word.startswith("www.", start) or start == 0 or word[start - 1] in "*_~("


def _ended(address: str, angle: bool) -> bool:
    """Whether a link's address, as far as a space in it, has met its end: a '>' in '<…>',
    or a ')' that closes no '(' of its own ('…/Pilot_(study)' goes on); neither escaped."""
    return _end_of(address, angle) is not None


def _end_of(address: str, angle: bool) -> int | None:
    """Where a link's address, as far as a space in it, meets its end (see :func:`_ended`)."""
    depth, escaped = 0, False
    for index, char in enumerate(address):
        if escaped or char == "\\":
            escaped = not escaped
        elif char == (">" if angle else ")"):
            if depth == 0:
                return index
            depth -= 1
        elif char == "(" and not angle:
            depth += 1
    return None


def _bare_addresses_after_openings(tokens: tuple[Token, ...]) -> dict[int, set[str]]:
    """The text of each address the site links bare straight after a '](' (a link whose '['
    was left out), in lower case, by the body line it is on. A link's own address is never
    text, so never one of these."""
    found: dict[int, set[str]] = {}
    for block in tokens:
        if block.type != "inline" or not block.children or not block.map:
            continue
        children = list(body.lines_of(block.children))
        for (before, _), (opened, _), (shown, line) in zip(children, children[1:], children[2:]):
            if opened.type == "link_open" and opened.markup == "linkify" and before.type == "text" and before.content.endswith("]("):
                found.setdefault(block.map[0] + line, set()).add(shown.content.lower())
    return found


# A definition's start, up to its address on the same line: after any '>' and list markers,
# and the spaces typed before the address (none: '[a]:/page' is a definition too).
_DEFINITION_OPENING = re.compile(r"(?:[ \t]*+(?:>|[-+*](?=[ \t])|\d{1,9}+[.)](?=[ \t])))*+[ \t]*+\[[^\]\n]+\]:[ \t]*+")
# A definition's address (to the first space GitHub ends it at: a typographic one is part of
# it) and what may follow it on its line: nothing, or its title.
_DEFINITION_ADDRESS_REST = re.compile(r"""[^\x00-\x20]+[ \t]*+(?:\n|\Z|["'(])""")
_ODD_SPACES = re.compile(f"[{TYPOGRAPHIC_SPACES}]+")


def _ends_a_definitions_address(text: str, word_start: int, space: int) -> bool:
    """Whether the space at ``space`` ends the address of a link definition ('[a]: /page'
    then a no-break space): GitHub keeps it in the address, markdown-it trims it. Its
    line is read back only where ']:' comes in or just before the word (rarely)."""
    if "]:" not in text[word_start:space] and not text[max(0, word_start - 40) : word_start].rstrip(" \t").endswith("]:"):
        return False  # (looked at first: the run of spaces is read to its end only then)
    after = cast(re.Match[str], _ODD_SPACES.match(text, space)).end()
    if after < len(text) and text[after] not in " \t\n":
        return False  # the address goes on after the space: read alike
    line_start = text.rfind("\n", 0, word_start) + 1
    opening = _DEFINITION_OPENING.match(text, line_start, space)
    return opening is not None and word_start <= opening.end() < space  # an address, in this word


def _starts_a_definitions_address(text: str, space: int) -> bool:
    """Whether the space at ``space`` comes just before the address of a link definition, on
    its line ('[a]: ' then a no-break space, then '/page'): GitHub takes it into the address,
    markdown-it skips it. Read back only where ']:' and spaces come just before it (rarely),
    and on only where the line opens a definition there: the address and what follows it run
    to the line's end, and a line of 5,000 addresses, each with a no-break space after it,
    was read to its end from each of them."""
    if not text[max(0, space - 40) : space].rstrip(" \t").endswith("]:"):
        return False
    line_start = text.rfind("\n", 0, space) + 1
    if _DEFINITION_OPENING.fullmatch(text, line_start, space) is None:
        return False
    after = cast(re.Match[str], _ODD_SPACES.match(text, space)).end()
    return _DEFINITION_ADDRESS_REST.match(text, after) is not None  # else words after the address: a line of text


def _in_code_span(text: str, line_start: int, address: int, space: int, spans_by_line: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether the address (from ``address``) or the space after or before it is inside a
    code span on its line, as GitHub reads the line: only a span's own backticks count, not
    one that a span before the address closed. Each line's spans are read once, into
    ``spans_by_line`` (read again for each space, a line of 7,000 addresses, each in code
    after a no-break space, took 28 s)."""
    spans = spans_by_line.get(line_start)
    if spans is None:
        line_end = text.find("\n", space)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        spans = spans_by_line[line_start] = body.code_spans(line, github=True) if "`" in line else []
    return any(_in_spans(spans, at - line_start) for at in (address, space))


def _in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` is strictly inside one of ``spans`` (in order, none overlapping): the
    last that starts before it, found by halves."""
    index = bisect_left(spans, (at,)) - 1
    return index >= 0 and at < spans[index][1]


_LEADING_MARKS = re.compile(r"[ \t>]*")
_ITEM_START = re.compile(r"[ \t>]*(?:\d{1,9}[.)]|[-+*])")


# A line's container marks, quotations' and list items', with the spaces between them; one
# line at most (the tabs' check looks for a tab among them; the outline reads a section's
# name written after them).
CONTAINER_MARKS = re.compile(r"(?:[ \t]*+(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t])))++[ \t]*+")


def check_tabbed_quote_marks(source: Source, report: Report) -> None:
    """A tab among a line's marks after a quotation's '>' ('>\\t>\\t- item'). CommonMark
    reads a tab as the spaces to the next column of four, as GitHub does; markdown-it counts
    the columns of a quotation inside another from the inner '>' rather than the line's
    start, and so starts a list item's text at its own mark: the site shows '- item' where
    GitHub shows 'item'. The body is read again with those marks' tabs written as spaces,
    column for column: where the site then shows other text (spaces aside), the line is
    told where the two readings first part. One more reading in all (a body with such tabs
    is rare), whether a line is wrong or not: finding the line by halves read the body
    again a dozen times, 11 s for a long quotation."""
    text = source.body
    if "\t" not in text or ">" not in text:
        return
    lines = text.split("\n")
    code = code_lines(source)
    tabbed: dict[int, str] = {}  # each such line's marks
    for n, line in enumerate(lines):
        marks = CONTAINER_MARKS.match(line) if "\t" in line and n not in code else None
        if marks is not None and ">" in marks.group() and "\t" in marks.group()[marks.group().index(">") :]:
            tabbed[n] = marks.group()
    if not tabbed:
        return
    shown = _unspaced_html(source.tokens)
    spaced = "\n".join(opening.expandtabs(4) + lines[n][len(opening) :] if (opening := tabbed.get(n)) else lines[n] for n in range(len(lines)))
    respaced = body.parse(spaced)
    if _unspaced_html(respaced) == shown:
        return
    parting = _first_parting(source.tokens, respaced)
    number = next((n for n in tabbed if n >= parting), max(tabbed))
    report.error(
        number + source.body_start,
        "tab-after-quote-mark",
        "a tab after a quotation's '>' here: the site counts its width otherwise than GitHub's preview, "
        "and shows this line's text otherwise (a list item's mark as text, say)",
        "write a space instead of each tab after the '>' marks at the start of the line",
    )


def check_tabbed_quoted_code(source: Source, report: Report) -> None:
    """Indented code in a quotation with a tab among its line's marks ('>>\t\tcode'):
    markdown-it counts the tab's width from the inner '>', as above, and so takes a space or
    two more or fewer of it as the code's indent than GitHub's preview, which shows the code
    further in or out. Each such block's text is compared, spaces and tabs too, with
    GitHub's; the first line that differs is refused, as a fenced block's is."""
    if "\t" not in source.body or ">" not in source.body:
        return
    blocks = [t for t in source.tokens if t.type in ("fence", "code_block")]
    start = source.body_start
    if not any(t.type == "code_block" and t.level and t.map and any("\t" in source.lines[n + start - 1] for n in range(*t.map)) for t in blocks):
        return
    shown = github.code_texts(source.body)
    if len(shown) != len(blocks):
        return  # GitHub reads other blocks: the comparison with its reading tells where
    for token, theirs in zip(blocks, shown):
        if token.type != "code_block" or token.content == theirs or not token.map:
            continue
        ours_lines, theirs_lines = token.content.split("\n"), theirs.split("\n")
        offset = next((n for n, (one, two) in enumerate(zip(ours_lines, theirs_lines)) if one != two), 0)
        # An error, as for fenced code (check_tabbed_fences): the code's spaces are its text,
        # shown as typed, so the page would differ from GitHub's preview of the file.
        report.error(
            token.map[0] + offset + start,
            "tab-in-code-indent",
            "a tab after a quotation's '>' indents this code: the site counts its width otherwise than GitHub's preview, "
            "which shows the code's line a space or two further in or out",
            "write spaces instead of the tabs after the '>' marks at the start of the line",
        )
        return


def _first_parting(ours: tuple[Token, ...] | list[Token], theirs: tuple[Token, ...] | list[Token]) -> int:
    """The first line of the body where two readings of it part (spaces aside): the line of
    the first block they read otherwise, or within a block's text its first other line."""
    line = 0
    for mine, other in zip(ours, theirs):
        if mine.map:
            line = mine.map[0]
        if mine.type != other.type or mine.tag != other.tag:
            return line
        if mine.content != other.content:
            written, read = mine.content.split("\n"), other.content.split("\n")
            for offset, (one, two) in enumerate(zip(written, read)):
                if "".join(one.split()) != "".join(two.split()):
                    return line + offset
            return line + min(len(written), len(read))
    return line


def _unspaced_html(tokens: tuple[Token, ...] | list[Token]) -> str:
    """The body's HTML as rendered, with no spaces: what differs there is more than spacing."""
    return re.sub(r"\s+", "", body.render(tokens))


def check_tabbed_fences(source: Source, report: Report) -> None:
    """A fenced code block in a list item or quotation that GitHub's preview indents a space
    or two further than the site, as compared with cmark-gfm: its opening fence is two or
    more columns in from the item's text and a tab makes that room; or, in a quotation, the
    fence is not indented and a line of code has a tab that its '>' takes part of. An
    error, once a block: a code block's spaces are its text (a reader copies them, and they
    line the code up), so the page would not be GitHub's. A tab wholly inside the code (a
    Makefile's recipe) is the same on both."""
    if "\t" not in source.body:
        return
    start = source.body_start
    containers: list[Token] = []
    for token in source.tokens:
        if token.type in ("list_item_open", "blockquote_open"):
            containers.append(token)
        elif token.type in ("list_item_close", "blockquote_close") and containers:
            containers.pop()
        elif token.type == "fence" and containers and token.map:
            first, end = token.map
            item = containers[-1] if containers[-1].type == "list_item_open" else None
            content = _item_content_column(source.lines[item.map[0] + start - 1]) if item is not None and item.map else None
            leads = [cast(re.Match[str], _LEADING_MARKS.match(source.lines[n + start - 1])).group() for n in range(first, end)]
            column = content if content is not None else _quote_content_column(leads[0])
            fence_indent = _columns(leads[0]) - column
            code = leads[1:] if slips.is_unclosed(token) else leads[1:-1]  # not the closing fence
            if (
                fence_indent >= 2
                and ("\t" in _after_column(leads[0], column) or _tab_across(leads[0], column))
                and any(_columns(lead) - column >= fence_indent for lead in code)
            ):
                number = first
            elif item is None and fence_indent <= 0:
                number = next((n for n, lead in enumerate(code, first + 1) if _tab_across(lead, _quote_content_column(lead))), -1)
            else:
                number = -1
            if number >= 0:
                report.error(
                    number + start,
                    "tab-in-code-indent",
                    "a tab indents this code in a list item or quotation where the item or its '>' takes part of it: "
                    "GitHub's preview shows the code's lines a space or two further in than the site does",
                    "indent the code's lines, and its ``` lines, with spaces instead of a tab",
                )


def _item_content_column(line: str) -> int | None:
    """The column where a list item's text starts, from its first line (CommonMark: one to
    four spaces after the marker, or one when there are five or more, or none)."""
    marker = _ITEM_START.match(line)
    if marker is None:
        return None
    rest = line[marker.end() :]
    space = rest[: len(rest) - len(rest.lstrip(" \t"))]
    after = _columns(line[: marker.end()])
    width = _columns(line[: marker.end()] + space) - after
    return after + 1 if width == 0 or width >= 5 or not rest.strip() else after + width


def _quote_content_column(lead: str) -> int:
    """The column after a line's last '>' and the one space (or column of a tab) it takes."""
    if ">" not in lead:
        return 0
    marked = lead[: lead.rindex(">") + 1]
    return _columns(marked) + (1 if lead[len(marked) :][:1] in (" ", "\t") else 0)


def _tab_across(lead: str, column: int) -> bool:
    """Whether a tab in ``lead`` spans ``column`` (starts before it, ends after it)."""
    at = 0
    for char in lead:
        following = _next_column(at, char)
        if char == "\t" and at < column < following:
            return True
        at = following
    return False


def _after_column(lead: str, column: int) -> str:
    """The part of ``lead`` from ``column`` on."""
    at = 0
    for index, char in enumerate(lead):
        if at >= column:
            return lead[index:]
        at = _next_column(at, char)
    return ""


def code_lines(source: Source) -> set[int]:
    """The body lines (0-based) inside code blocks, fenced or indented, at any depth."""
    return {n for t in source.tokens if t.type in ("fence", "code_block") and t.map for n in range(*t.map)}


def check_table_edges(source: Source, report: Report) -> None:
    """A table's line that starts or ends with a no-break or other typographic space (pasted
    from Word), or a line of nothing else right after a table: GitHub reads such a space as
    a cell's text (the row's cells shift, a header is no header, the line is another row);
    markdown-it reads it as a space. One error a table."""
    if source.body.isascii():
        return
    lines, start = source.lines, source.body_start
    for token in source.tokens:
        if token.type != "table_open" or not token.map:
            continue
        first, end = token.map
        for number in range(first, min(end + 1, len(lines) - start + 1)):  # its lines, and the one after
            text = lines[number + start - 1]
            edge = text.strip(" \t>")
            if not edge:
                continue
            if number == end:
                if edge.strip(TYPOGRAPHIC_SPACES):
                    continue  # text after the table: no row on either reading
                message = (
                    f"this line holds only {character_name(edge[0])} (an empty paragraph pasted from Word): GitHub reads it, "
                    "and a line straight after it, as more rows of the table above, where the site ends the table"
                )
                hint, at = "delete the line, or leave it empty", text.find(edge[0])
            elif (edge[0] in TYPOGRAPHIC_SPACES and edge.lstrip(TYPOGRAPHIC_SPACES + " \t")[:1] == "|") or (
                edge[-1] in TYPOGRAPHIC_SPACES and edge.rstrip(TYPOGRAPHIC_SPACES + " \t")[-1:] == "|"
            ):  # by an outer '|': GitHub reads a cell there (beside a cell's text, it is that text's)
                odd = edge[0] if edge[0] in TYPOGRAPHIC_SPACES else edge[-1]
                if odd != edge[0] and number > first + 1 and _cells(edge) > _cells(lines[first + start - 1]):
                    continue  # a cell after a row's last, which GitHub leaves out: the same row
                message = (
                    f"this table's line {'starts' if odd == edge[0] else 'ends'} with {character_name(odd)}, which GitHub "
                    "reads as a cell's text (the cells move along, or the table is text), where the site reads a space"
                )
                hint, at = "delete it: a table's line starts and ends with '|' or the text of a cell", text.find(odd) if odd == edge[0] else text.rfind(odd)
            else:
                continue
            report.error(number + start, "table-space", message, hint, column=at + 1)
            break


def _cells(line: str) -> int:
    """How many cells GitHub reads in a table's line: its text between '|'s not escaped, with
    the outer ones' outside counted where it holds more than spaces."""
    parts = _CELL_EDGE.split(line.strip(" \t>"))
    return len(parts) - (not parts[0].strip(" \t")) - (len(parts) > 1 and not parts[-1].strip(" \t"))


_CELL_EDGE = re.compile(r"(?<!\\)\|")


def check_backslash_at_a_blocks_end(source: Source, report: Report) -> None:
    """A paragraph or a list item whose text ends with a backslash: a line break is asked for
    where none can be, and GitHub and the site both show the backslash (the authors' round of the
    fifty-fourth session: the hint for '<br>' says to end a line with one, and at a paragraph's
    end it was published as typed). A warning: the page is built, as a reviewer sees it."""
    if "\\\n" not in source.body and not source.body.rstrip().endswith("\\"):
        return
    for token in source.tokens:
        children = token.children or []
        if token.type != "inline" or not token.map or not children or children[-1].type != "text":
            continue
        if not children[-1].content.endswith("\\"):
            continue
        line = token.map[1] - 1 + source.body_start
        written = (source.lines[line - 1] if line <= len(source.lines) else "").rstrip()
        if (len(written) - len(written.rstrip("\\"))) % 2 == 1:  # (not 'C:\\\\', an escaped one, as meant)
            report.warning(
                line,
                "backslash-shown",
                "this text ends with a backslash, which asks for a line break where its block ends: GitHub and the site show the backslash",
                "delete the backslash at the end of the line",
                column=max(1, len(written)),
            )


def check_backslash_breaks(source: Source, report: Report) -> None:
    """A line of a paragraph that ends with a backslash and two spaces ('C:\\reports\\  '):
    GitHub breaks the line there after showing the backslash; markdown-it does not. (After
    three or more, markdown-it breaks it too, after a space no one sees.)"""
    if "\\ " not in source.body:
        return
    lines, start = source.lines, source.body_start
    for token in source.tokens:
        if token.type != "inline" or not token.map or "\\" not in token.content:
            continue
        first, end = token.map
        spans: list[tuple[int, int]] | None = None  # the paragraph's code spans, where a line's end may be
        at = 0  # where the line starts in the paragraph's lines, joined
        for number in range(first, end - 1):
            text = lines[number + start - 1]
            at, begun = at + len(text) + 1, at
            bare = text.rstrip(" ")
            if bare.endswith("\\") and len(text) - len(bare) == 2 and (len(bare) - len(bare.rstrip("\\"))) % 2 == 1:
                if "`" in token.content:
                    # In code, which has no line breaks, both readers join the lines ('`dir C:\\  ' then
                    # '/w`': the false-refusal sweep of the forty-fifth session).
                    if spans is None:
                        spans = body.code_spans("\n".join(lines[n + start - 1] for n in range(first, end)), github=True)
                    if any(open_ < begun + len(bare) < close for open_, close in spans):
                        continue
                report.error(
                    number + start,
                    "unsupported-markdown",
                    "a line that ends with a backslash and then two spaces: GitHub shows the backslash and breaks the line, the site joins the lines",
                    "delete the spaces after it (the lines join); for a backslash and a line break, write the backslash twice: '\\\\'",
                    column=len(bare),
                )
                return


# A Windows path: a drive's ('C:\\Users\\Finance') or a shared folder's ('\\\\fileserver\\share'),
# its names running to a space, a quote, a backtick or an emphasis mark ('**C:\\Reports\\**').
_PATH_NAME = r"[^\s\\`*<>|\"]*+"
_WINDOWS_PATH = re.compile(
    rf"(?<![\w\\])(?:[A-Za-z]:(?:\\++{_PATH_NAME})++|\\{{2,}}[A-Za-z0-9]{_PATH_NAME}(?:\\++{_PATH_NAME})++)"
)
# What comes before a link's or a definition's address, which the link checks read.
_BEFORE_ADDRESS = re.compile(r"(?:\]\(|<|^\s*\[[^\]\n]+\]:)\s*$")


def check_windows_paths(source: Source, report: Report) -> None:
    """A Windows path in the text, outside code, that GitHub and the site show otherwise than
    written: a backslash before a mark is Markdown's escape ('**C:\\Users\\Finance\\**' loses
    its last backslash and its bold; '\\\\fileserver\\share' shows one backslash first). A path
    whose every backslash is doubled ('C:\\\\reports\\\\') shows as meant, and so does one in
    which no backslash comes before a mark ('C:\\Users\\Finance'). One error a line."""
    if "\\" not in source.body:
        return
    lines, start = source.lines, source.body_start
    read: set[int] = set()
    for token in source.tokens:
        if token.type != "inline" or not token.map or "\\" not in token.content:
            continue
        for number in range(token.map[0] + start, token.map[1] + start):
            text = lines[number - 1] if 0 < number <= len(lines) else ""
            if number in read or "\\" not in text:
                continue
            read.add(number)
            if (found := _garbled_path(text)) is not None:
                at, path, shown = found
                report.error(
                    number,
                    "windows-path",
                    f"the path '{path}' is written outside code: GitHub and the site read a backslash before a mark as Markdown's, "
                    f"so it shows as '{shown}'" + (", and the bold or italic around it breaks" if text[at + len(path) : at + len(path) + 1] in ("*", "_") else ""),
                    f"put the path in backticks, where every character shows as typed: `{path}`"
                    + (f" (in bold, the stars outside them: **`{path}`**)" if text[max(0, at - 2) : at] == "**" else ""),
                    column=at + 1,
                )
                break


def _garbled_path(text: str) -> tuple[int, str, str] | None:
    """The first Windows path on a line, outside code and addresses, that shows otherwise than
    written: where it starts, the path, and what a reader sees of it."""
    masked = spans_replaced(text, body.code_spans(text, github=False), lambda code: " " * len(code))  # code shows as typed
    for found in _WINDOWS_PATH.finditer(masked):
        if _BEFORE_ADDRESS.search(masked, max(0, found.start() - 200), found.start()):
            continue  # a link's address: the link checks tell a file on a computer
        path = found.group()
        runs = [(run.end(), len(run.group())) for run in re.finditer(r"\\++", path)]
        doubled = all(length % 2 == 0 for _, length in runs)
        eaten = any(length % 2 == 1 and _is_ascii_mark(masked[found.start() + end : found.start() + end + 1]) for end, length in runs)
        if doubled or not (eaten or any(length % 2 == 0 for _, length in runs)):
            continue  # every backslash doubled, as meant, or none before a mark: shown as written
        after = masked[found.end() : found.end() + 1] if _is_ascii_mark(masked[found.end() : found.end() + 1]) else ""
        return found.start(), path, _ESCAPED.sub(r"\1", path + after)
    return None


def _is_ascii_mark(char: str) -> bool:
    """Whether ``char`` is one of the ASCII marks a backslash escapes in Markdown."""
    return len(char) == 1 and char.isascii() and not char.isalnum() and not char.isspace() and char.isprintable()


def check_stacked_marks(source: Source, report: Report) -> None:
    """More combining marks on one character than any language puts there: they are drawn
    over the text above and below (one line reported)."""
    if source.plain:
        return
    text = source.text
    if (at := stacked_marks_at(text)) is not None:
        report.error(
            text.count("\n", 0, at) + 1,
            "stacked-marks",
            f"more than {MOST_STACKED_MARKS} accents or other marks on one character: they are drawn over the lines around it",
            "delete the marks; for a letter with an accent, type the letter itself (é)",
            column=at - text.rfind("\n", 0, at),
        )


def check_autolink_space_references(source: Source, report: Report) -> None:
    """A character reference to a space at the end of an address in angle brackets
    ('<https://example.com/&nbsp;>', '&#10;', '&#32;'): GitHub keeps the space in the
    address ('…/%C2%A0') and shows it, the site trims it (body._autolink marks the link), and
    each sends readers to a different place. A space typed there is no autolink to either."""
    if "&" not in source.body:
        return
    for block in source.tokens:
        if block.type != "inline" or not block.children or not block.map or "&" not in block.content:
            continue
        for token, line in body.lines_of(block.children):
            if token.type == "link_open" and token.meta.get("spaced_reference"):
                report.error(block.map[0] + line + source.body_start, "link-address", *_space_reference("end"))
                return


# A numeric character reference: '&#1;', '&#x7F;'.
_NUMERIC_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,9}));")


def check_control_references(source: Source, report: Report) -> None:
    """A numeric reference markdown-it leaves as written (to a control character, a
    surrogate, a noncharacter, beyond U+10FFFF) in a link's or a picture's address: GitHub's
    goes to '…/a%01b', the site's to '…/a&' with '#1;b' after it. (In text, the comparison
    with GitHub's reading finds it.)"""
    if "&#" not in source.text:
        return
    for block in source.tokens:
        if block.type != "inline" or not block.children or not block.map:
            continue  # (the address may be a definition's, elsewhere: not in the block's text)
        for token, line in body.lines_of(block.children):
            address = str(token.attrGet("href") or "") if token.type == "link_open" else str(token.attrGet("src") or "") if token.type == "image" else ""
            for found in _NUMERIC_REFERENCE.finditer(address) if "&#" in address else ():
                code = int(found.group(1), 16) if found.group(1) else int(found.group(2))
                if not isValidEntityCode(code):
                    named = f"the control character U+{code:04X}" if code < 0xA0 else "no character a page can hold"
                    report.error(
                        block.map[0] + line + source.body_start,
                        "link-address",
                        f"the character reference {found.group()} in this address names {named}: "
                        "GitHub and the site would send readers to different places",
                        "delete it from the address",
                    )
                    return


# Where an address starts: a link's or a picture's after '](', a definition's after its label
# (at the start of a line, after any '>' and list markers; or on the next line).
_ADDRESS_OPENING = re.compile(r"\]\([ \t]*|^(?:[ \t]*+(?:>|[-+*](?=[ \t])|\d{1,9}+[.)](?=[ \t])))*+[ \t]*+\[[^\]\n]+\]:[ \t]*(?:\n[ \t>]*+(?!\[))?", re.M)
# The space between an address and its title: on its line, or on the next (after any '>').
_BEFORE_TITLE = re.compile(r"[ \t]*(?:\n[ \t>]*)?")
# What ends a link after its address and title, and a definition.
_LINK_END = re.compile(r"[ \t]*(?:\n[ \t>]*)?\)")
_DEFINITION_END = re.compile(r"[ \t]*(?:\n|\Z)")
# A character reference, as CommonMark reads one (markdown-it's expression, its escapes left out).
_REFERENCE = re.compile(r"&([a-z#][a-z0-9]{1,31});", re.IGNORECASE)
# A backslash before an ASCII mark, which the mark stands for.
_ESCAPED = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")
_ASCII_SPACE = " \t\n\r\x0b\x0c"


def _github_reading(written: str) -> str:
    """An address's or a title's text as GitHub (cmark-gfm) reads it: every character
    reference first, then every backslash before a mark, among them one a reference made
    ('&#92;*' is '*'; '\\&amp;' is '&'). markdown-it reads both in one pass, as written."""
    referenced = _REFERENCE.sub(lambda found: replaceEntityPattern(found.group(), found.group(1)), written) if "&" in written else written
    return _ESCAPED.sub(r"\1", referenced) if "\\" in referenced else referenced


def check_address_readings(source: Source, report: Report) -> None:
    """A link's, a picture's or a definition's address or title that GitHub reads otherwise
    than the site, by its character references: a reference to a space at either end of
    the address ('&nbsp;', '&#32;'), which GitHub keeps in it ('…/x%C2%A0') where the site
    reads the references and then trims the address; or a reference and a backslash, which
    GitHub reads one after the other ('&#92;*' is '*', '\\&amp;' is '&') and the site
    together ('\\*', '&amp;'). The links would go to different places, or the hover texts
    differ (in a title's letters, the comparison with GitHub's reading finds it too)."""
    text = source.body
    if "&" not in text:  # no reference, nothing read otherwise
        return
    code = code_lines(source)
    spans_by_line: dict[int, list[tuple[int, int]]] = {}
    # Each found once, not searched for again from each address: on a paragraph of one long
    # line, every address's own search to the line's (or the paragraph's) end took
    # quadratic time (8,000 links, 5 s).
    line_ends, next_line_ends, ampersands, paragraph_ends = (_Ahead(text, needle) for needle in ("\n", "\n", "&", "\n\n"))
    line, counted, line_start = 0, 0, 0  # the lines before ``counted``, counted on from the address before
    for opening in _ADDRESS_OPENING.finditer(text):
        at = opening.end()
        end = line_ends.after(at)
        next_end = next_line_ends.after(end + 1)  # a title may be on the next line
        if ampersands.after(at) >= next_end:
            continue  # no reference in the address or its title (nearly every link)
        line_start = max(line_start, text.rfind("\n", counted, at) + 1)
        line, counted = line + text.count("\n", counted, at), at
        address = parseLinkDestination(text, at, end)
        if not address.ok or line in code or _in_code_span(text, line_start, at, at, spans_by_line):
            continue
        title_at = cast(re.Match[str], _BEFORE_TITLE.match(text, address.pos)).end()  # (it matches nothing at worst)
        title = parseLinkTitle(text, title_at, paragraph_ends.after(title_at)) if title_at > address.pos else None
        if title is not None and not title.ok:
            title = None
        # Only a link or a definition that ends there is one: other text is read alike.
        if not (_LINK_END if opening.group().startswith("]") else _DEFINITION_END).match(text, title.pos if title else address.pos):
            continue
        angle = text[at] == "<"
        problem, told = _address_read_otherwise(text[at + angle : address.pos - angle]), at
        if problem is None and title is not None and "&" in text[title_at : title.pos]:
            problem, told = _title_read_otherwise(text[title_at + 1 : title.pos - 1]), title_at  # told at the title
        if problem is not None:
            told_start = max(line_start, text.rfind("\n", line_start, told) + 1)
            report.error(line + text.count("\n", at, told) + source.body_start, "link-address", *problem, column=told - told_start + 1)


class _Ahead:
    """Where ``needle`` is next in ``text`` from a place, for places that (nearly always)
    only grow: what was found is kept, and searched for again only past it."""

    def __init__(self, text: str, needle: str) -> None:
        self.text, self.needle = text, needle
        self.since, self.found = 1, 0  # found from ``since``: nothing yet

    def after(self, at: int) -> int:
        """The first place of ``needle`` from ``at`` on; the text's length if there is none."""
        if not self.since <= at <= self.found:
            found = self.text.find(self.needle, at)
            self.since, self.found = at, len(self.text) if found == -1 else found
        return self.found


# What to write instead of a reference or backslash that GitHub reads otherwise.
_WRITE_ALONE = "write the character itself, with no reference or backslash before it (a backslash in an address as %5C)"


def _address_read_otherwise(written: str) -> tuple[str, str] | None:
    """What GitHub makes otherwise of an address, as written between '](' and its end."""
    trimmed = written.strip(_ASCII_SPACE)  # GitHub trims the spaces typed, then reads the references
    if trimmed != trimmed.strip():
        return None  # a space typed there is another check's (check_spaces_by_addresses)
    github, site = _github_reading(trimmed), unescapeAll(trimmed)
    if site != site.strip():
        return _space_reference("start" if site[:1].isspace() else "end")
    if github != site:
        return f"GitHub reads this address's character references and backslashes otherwise: it links to {_shown(github)}, the site to {_shown(site)}", _WRITE_ALONE
    return None


def _space_reference(where: str) -> tuple[str, str]:
    """The message and hint for a reference to a space at the ``where`` ('start' or 'end') of
    an address, in '](…)', a definition or '<…>': GitHub keeps it, the site trims it."""
    return (
        f"a character reference at the {where} of this address names a space: GitHub keeps it in the address, "
        "the site drops it, and each sends readers to a different place",
        "delete the reference from the address",
    )


def _shown(text: str) -> str:
    """A reading quoted in a message, safe for a terminal and cut short."""
    return f"'{clipped(printable(text), 60)}'"


def _title_read_otherwise(written: str) -> tuple[str, str] | None:
    """What GitHub makes otherwise of a link's title (its hover text), as written between its quotes."""
    github, site = _github_reading(written), unescapeAll(written)
    if github != site:
        return f"GitHub reads the character references and backslashes in this title (the hover text after the address) otherwise: it shows {_shown(github)}, the site {_shown(site)}", _WRITE_ALONE
    return None

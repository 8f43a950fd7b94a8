"""Markup of other writing tools, which neither GitHub's preview nor the site reads.

Authors draft in Obsidian, Notion, Confluence, Slack, MkDocs' Material theme, Docusaurus,
Pandoc or a writing app, and paste what they wrote. Each has marks of its own: a note box
('!!! note', ':::tip'), a highlight ('==text=='), an abbreviation ('*[CFO]: …'), a
definition list (': …' under a term), a contents marker ('[TOC]'), a file included
('--8<--'), a footnote in the line ('^[…]'), a suggested change ('{++…++}'), a comment
('%%…%%'), Confluence's headings ('h2. …'), macros ('{code}') and links ('[words|address]'),
Pandoc's simple tables. GitHub and the site show every one of them as typed, so the page
would show the marks to readers: each is a warning at its line, with the plain Markdown to
write. A comment is an error: its author meant it hidden, and the page would publish it.
So is a link as Slack writes it ('<address|words>'), which both readers publish as a link
that goes nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from markdown_it.token import Token

from .diagnostics import Report
from .source import Source
from .text import OBSIDIAN_COMMENT, printable_start

# --- at the start of a paragraph's line ---------------------------------------------------

# Material's note box, '!!! note "Title"', or one that folds ('??? tip', '???+ tip').
_ADMONITION = re.compile(r"[ \t]*+(!!!|\?\?\?\+?)[ \t]++([a-z][\w-]*+)(?:[ \t]++\"([^\"\n]*+)\")?(?:[ \t]++inline(?:[ \t]++end)?)?[ \t]*+$")
# Obsidian's callout, first in a quotation: '> [!info] Title', '> [!faq]- Folded'. GitHub's
# own five alerts are told by :mod:`stallpatterns.slips`, since GitHub shows them as boxes.
_CALLOUT = re.compile(r"\[!([A-Za-z][\w-]*+)\][+-]?")
GITHUB_ALERTS = frozenset({"NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"})
# Docusaurus', VuePress' and Pandoc's: ':::note', '::: tip The title', closed by ':::'.
_CONTAINER = re.compile(r"[ \t]*+(:::++)[ \t]*+\{?[ \t]*+\.?([A-Za-z][\w-]*+)?")
# Python-Markdown's and GitLab's place for a table of contents.
_CONTENTS = re.compile(r"[ \t]*+(\[TOC\]|\[\[_TOC_\]\]|\{\{TOC\}\})[ \t]*+$", re.IGNORECASE)
# An abbreviation's meaning, shown on hover by Python-Markdown: '*[CFO]: Chief Financial Officer'.
_ABBREVIATION = re.compile(r"[ \t]*+\*\[([^\[\]\n]++)\]:[ \t]*+(.*)")
# A definition under its term, in Python-Markdown and Pandoc: ':' and a space.
_DEFINITION = re.compile(r"[ \t]{0,3}+:[ \t]++(\S.*)")
# pymdownx.snippets: a line that includes another file.
_SNIPPET = re.compile(r"[ \t]*+;?-{2,}8<-{2,}")

# Confluence's wiki markup, as its pages are copied: a heading ('h2. Costs'), and a macro
# that opens or closes a block ('{code}', '{code:java}', '{info}', '{quote}').
_WIKI_HEADING = re.compile(r"[ \t]*+h[1-6]\.[ \t]++(\S.*)")
_WIKI_MACRO = re.compile(r"[ \t]*+\{(code|noformat|quote|panel|info|note|tip|warning|expand)(?::[^{}\n]*+)?\}")

# --- anywhere in the text shown ------------------------------------------------------------

# A highlight (Obsidian, Material), and pymdownx.caret's inserted text: marks against the words.
_HIGHLIGHT = re.compile(r"(?<![=\w])==(?=[^\s=])((?:[^=\n]|=(?!=))*?[^\s=])==(?![=\w])")
_INSERTED = re.compile(r"(?<![\^\w])\^\^(?=[^\s^])((?:[^\^\n]|\^(?!\^))*?[^\s^])\^\^(?![\^\w])")
# A footnote written in the line (Pandoc, Obsidian).
_INLINE_FOOTNOTE = re.compile(r"\^\[([^\[\]\n]++)\]")
# CriticMarkup, a writing app's suggested changes: added, deleted, replaced, highlighted, a comment.
_SUGGESTED = re.compile(r"\{(\+\+|--|~~|==|>>)[^{}]*?(?:\+\+|--|~~|==|<<)\}")

# A rule of dashes with gaps, as the line under a 'simple table' (Pandoc): two columns at least.
_DASH_RUNS = re.compile(r"-{3,}(?:[ \t]{2,}-{3,})+")

# --- anywhere in the text as written --------------------------------------------------------

# A link as Slack writes it ('<https://example.org/report|the report>'), and as Confluence
# does ('[the report|https://example.org/report]'): GitHub and the site link the address
# in the first with '|the' on its end, which goes nowhere. (An address with '\|' in it is
# written so on purpose: an autolink, which both readers link as written.)
_SLACK_LINK = re.compile(r"<((?:https?|mailto):[^\s<>|\\]++)\|([^<>|\n]++)>", re.IGNORECASE)
_CONFLUENCE_LINK = re.compile(r"\[([^\[\]|\n]++)\|((?:https?|mailto):[^\s\[\]]++)\]", re.IGNORECASE)
# A link typed with a phone's or an input method's full-width brackets ('［the minutes］(…)',
# '[the minutes]（https://…）'): shown as typed, the address linked with the '）' on its end.
_WIDE_LINK = re.compile(r"[\[［]([^\[\]［］\n]{1,200})[\]］][(（]([^()（）\s]{1,500})[)）]")
_WIDE_MARKS = frozenset("［］（）")

# What a block holds if it holds any of the marks above.
_MARKS = ("［", "（", "[!", "!!!", "???", ":::", "[TOC]", "[toc]", "_TOC_", "{TOC}", "*[", "\n:", "\n :", "\n  :", "\n   :", "8<", "%%", "==", "^^", "^[", "{", "|", "h1.", "h2.", "h3.", "h4.", "h5.", "h6.")
# A body is looked at more closely only if it holds one of these marks, each looked for by
# its first character before the mark itself (a search for one character is a fraction of
# one for two, and most bodies hold none), or a line that starts as a block's mark does.
_RARE = ("%%", "==", "^", "{", "|", "!", "<", "［", "（")
_LINE_STARTS = frozenset({"--", "??", "::", "*[", "[T", "[t", "[[", ": ", ":\t", "h1", "h2", "h3", "h4", "h5", "h6"})


def check(source: Source, report: Report) -> None:
    """Each paragraph, heading and cell whose text holds another tool's marks: in each block,
    the first line that starts as another tool's block does, and the first mark in its text."""
    if not _may_hold_a_mark(source):
        return
    tokens = source.tokens
    for index, block in enumerate(tokens):
        if block.type == "hr" and block.map:
            line = source.body_start + block.map[0]
            if (table := _simple_table(tokens, index, source.lines[line - 1])) is not None:
                report.warning(line, "pandoc-table", *table, column=_column(source.lines[line - 1], "-"))
            continue
        if block.type != "inline" or not block.map or not _holds_a_mark(block.content):
            continue
        paragraph = index > 0 and tokens[index - 1].type == "paragraph_open"
        for found in (_line_marks(tokens, index) if paragraph else None, _text_marks(block), _written_marks(block, source)):
            if found is None:
                continue
            offset, needle, code, message, hint = found
            line = source.body_start + block.map[0] + offset
            column = _column(source.lines[line - 1], needle)
            if code in ("hidden-note-shown", "link-address"):
                report.error(line, code, message, hint, column=column)
            else:
                report.warning(line, code, message, hint, column=column)


def _may_hold_a_mark(source: Source) -> bool:
    body = source.body
    if any(mark[0] in body and mark in body for mark in _RARE):
        return True
    return not _LINE_STARTS.isdisjoint({line[:2] for line in source.lines[source.body_start - 1 :]})


def _holds_a_mark(text: str) -> bool:
    return text.startswith(":") or any(mark in text for mark in _MARKS)


Found = tuple[int, str, str, str, str]  # the line within the block, the text to point at, code, message, hint


def _line_marks(tokens: Sequence[Token], index: int) -> Found | None:
    """The first line of a paragraph that starts as another tool's block does."""
    written = tokens[index].content.split("\n")
    callout = _CALLOUT.match(written[0]) if index >= 2 and tokens[index - 2].type == "blockquote_open" else None
    if callout is not None and callout.group(1).upper() not in GITHUB_ALERTS:
        title = written[0][callout.end() :].strip()
        return (
            0,
            "[!",
            "callout",
            f"'{callout.group()}' makes a callout box in Obsidian, not in Markdown: GitHub and the site show it as typed, "
            "at the start of the quotation",
            f"delete '{callout.group()}'" + (f"; to keep its title, write it in bold: **{printable_start(title, 60)}**" if title else ""),
        )
    for offset, text in enumerate(written):
        if text.strip() == "%%" and tokens[index].content.count("%%") % 2:
            # One end of a comment whose other end is in another paragraph: the lines
            # between are shown, and the check of the text sees no pair.
            return (
                offset,
                "%%",
                "hidden-note-shown",
                "'%%' on a line of its own starts or ends a comment in Obsidian, hidden as you write, "
                "but GitHub and the site show the lines of the comment to readers",
                "delete the comment's lines, from '%%' to '%%'; or write '<!--' in place of the first '%%' and '-->' in place of the last, "
                "which neither shows",
            )
        if (admonition := _ADMONITION.match(text)) is not None:
            marks, kind, title = admonition.groups()
            box = f"{marks} {kind}"
            folds = " that folds" if marks.startswith("?") else ""
            return (
                offset,
                marks,
                "admonition",
                f"'{box}' makes a note box{folds} in MkDocs' Material theme, which patterns do not use: GitHub and the site show it as typed",
                "delete this line, and write the note as a paragraph of its own, without spaces before its lines"
                + (f"; to keep its title, start the paragraph with it in bold: **{printable_start(title.strip(), 60)}**" if title and title.strip() else ""),
            )
        if (container := _CONTAINER.match(text)) is not None and (container.group(2) or text.strip() == container.group(1)):
            box = printable_start(text.strip(), 30)
            return (
                offset,
                container.group(1),
                "admonition",
                f"'{box}' makes a note box in Docusaurus and other tools, not in Markdown: GitHub and the site show it as typed",
                "delete the lines that start with ':::', and write the note as a paragraph of its own",
            )
        if (contents := _CONTENTS.match(text)) is not None:
            return (
                offset,
                contents.group(1),
                "contents-marker",
                f"'{contents.group(1)}' asks for a list of contents in other tools (MkDocs, GitLab), not in Markdown: "
                "GitHub and the site show it as typed",
                "delete this line: a pattern's three sections are its contents",
            )
        if (abbreviation := _ABBREVIATION.match(text)) is not None:
            short, meaning = abbreviation.group(1).strip(), abbreviation.group(2).strip()
            spelt = f"'{printable_start(meaning, 60)} ({printable_start(short, 20)})'" if meaning else f"the words '{printable_start(short, 20)}' stands for"
            return (
                offset,
                "*[",
                "abbreviation-definition",
                f"'*[{printable_start(short, 20)}]:' defines an abbreviation in MkDocs (its meaning shown as a tip), "
                "not in Markdown: GitHub and the site show the line as typed",
                f"delete this line, and write {spelt} where the abbreviation is first used",
            )
        if (definition := _DEFINITION.match(text)) is not None and (term := _term_before(tokens, index, written, offset)):
            return (
                offset,
                ":",
                "definition-list",
                "a line that starts with ': ' is a definition in a definition list in MkDocs and Pandoc, not in Markdown: "
                "GitHub and the site show the colon as typed, on one line with the term",
                f"write the term and its definition as one line, the term in bold: **{printable_start(term, 40)}**: {printable_start(definition.group(1), 40)}",
            )
        if (heading := _WIKI_HEADING.match(text)) is not None:
            return (
                offset,
                "h",
                "wiki-markup",
                f"'{text.strip()[:3]}' makes a heading in Confluence's wiki markup, not in Markdown: GitHub and the site show it as typed",
                f"write the heading as: ### {printable_start(heading.group(1).strip(), 80)}",
            )
        if (macro := _WIKI_MACRO.match(text)) is not None:
            name = macro.group(1)
            return (
                offset,
                "{",
                "wiki-markup",
                f"'{{{name}}}' is a macro of Confluence's wiki markup, not Markdown: GitHub and the site show it as typed",
                "put the code between lines of three backticks (```) in place of the '{" + name + "}' lines"
                if name in ("code", "noformat")
                else f"start each line of the quotation with '> ', in place of the '{{{name}}}' lines"
                if name == "quote"
                else f"delete the '{{{name}}}' lines, and write the note as a paragraph of its own",
            )
        if _SNIPPET.match(text):
            return (
                offset,
                text.strip()[:2],
                "snippet-include",
                "'--8<--' takes the text of another file in MkDocs, not in Markdown: GitHub and the site show the line as typed",
                "write the text itself here, in place of this line: a pattern is one file",
            )
    return None


def _term_before(tokens: Sequence[Token], index: int, written: list[str], offset: int) -> str:
    """The term a definition's line is under: the line before it in its paragraph, or the
    last line of the paragraph just before it (a blank line between them); '' for none."""
    if offset > 0:
        return written[offset - 1].strip()
    if index >= 3 and tokens[index - 2].type == "paragraph_close" and tokens[index - 3].type == "inline":
        return tokens[index - 3].content.rpartition("\n")[2].strip()
    return ""


def _text_marks(block: Token) -> Found | None:
    """The first of another tool's marks in the text a block shows (not in its code or
    addresses), at its line within the block."""
    shown = _shown(block.children or [])
    best: Found | None = None
    best_at = len(shown) + 1
    for expression, make in _IN_TEXT:
        found = expression.search(shown)
        if found is not None and found.start() < best_at:
            best_at = found.start()
            best = (shown.count("\n", 0, found.start()), *make(found))
    return best


def _simple_table(tokens: Sequence[Token], index: int, written: str) -> tuple[str, str] | None:
    """A horizontal rule, written on its line as ``written``, that is the dashes under a
    table's heading row, as Pandoc writes a 'simple table' ('Stage    Owner' over
    '-------  ------'): (message, hint)."""
    heading_row = tokens[index - 2] if index >= 3 and tokens[index - 1].type == "paragraph_close" else None
    if heading_row is None or heading_row.map is None or heading_row.map[1] != (tokens[index].map or [0])[0]:
        return None  # not straight under a line of text
    if _DASH_RUNS.fullmatch(written.strip()) is None:
        return None
    columns = len(written.split())
    heading = re.split(r"[ \t]{2,}", heading_row.content.rpartition("\n")[2].strip())
    first = f"| {' | '.join(printable_start(cell, 30) for cell in heading)} |" if len(heading) == columns else "| a | b |"
    return (
        "a line of dashes with gaps in it, straight under a line of text, is a table's dividing line as Pandoc writes one: "
        "GitHub and the site show a horizontal rule between lines of text",
        f"write it as a table, each row between '|' marks: {first} on the first line, with |{' --- |' * columns} under it",
    )


def _written_marks(block: Token, source: Source) -> Found | None:
    """The first link written with full-width brackets, or as Slack or Confluence writes one, outside code, in a block's
    lines as the file has them: a paragraph above a table has lost the backslash of an
    escaped '|' in its content."""
    if ("|" not in block.content and "［" not in block.content and "（" not in block.content) or block.map is None:
        return None
    first = source.body_start + block.map[0] - 1
    written = "\n".join(source.lines[first : source.body_start + block.map[1] - 1])
    if "［" in written or "（" in written:
        for found in _WIDE_LINK.finditer(written):
            if _WIDE_MARKS.isdisjoint(found.group()) or written.count("`", written.rfind("\n", 0, found.start()) + 1, found.start()) % 2:
                continue
            link = f"[{printable_start(found.group(1).strip(), 60)}]({printable_start(found.group(2), 200)})"
            return (
                written.count("\n", 0, found.start()),
                found.group()[:1],
                "link-address",
                "this link is typed with full-width brackets ('［］', '（）'), as a phone's or an input method's keyboard types them: "
                "GitHub and the site show them as typed" + (", and link the address with the '）' on its end" if "（" in found.group() else ""),
                f"type the brackets again as plain ones: {link}",
            )
    if "|" not in written:
        return None
    for expression, slack in ((_SLACK_LINK, True), (_CONFLUENCE_LINK, False)):
        for found in expression.finditer(written):
            start = written.rfind("\n", 0, found.start()) + 1
            if written.count("`", start, found.start()) % 2:
                continue  # in code
            address, words = (found.group(1), found.group(2)) if slack else (found.group(2), found.group(1))
            link = f"[{printable_start(words.strip(), 60)}]({printable_start(address, 200)})"
            if slack:
                return (
                    written.count("\n", 0, found.start()),
                    "<",
                    "link-address",
                    "'<address|words>' is a link as Slack writes it, not Markdown: GitHub and the site would link the address "
                    "with '|' and the first word on its end, which goes nowhere, and show the rest as typed",
                    f"write the link as {link}",
                )
            return (
                written.count("\n", 0, found.start()),
                "[",
                "wiki-markup",
                "'[words|address]' is a link in Confluence's wiki markup, not in Markdown: GitHub and the site show it as typed",
                f"write the link as {link}",
            )
    return None


def _shown(children: Sequence[Token]) -> str:
    """A block's text as shown, a line end where its lines break, a code span as one
    character that matches none of the marks."""
    parts = []
    for child in children:
        if child.type == "text":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "code_inline":
            parts.append("\x00")
    return "".join(parts)


def _starts_a_line_with_text_after(found: re.Match[str]) -> bool:
    """Whether a match starts its line, with text after it on that line: as an HTML comment
    there, the line would be an HTML block, its text read as HTML."""
    text, start, end = found.string, found.start(), found.end()
    line_end = text.find("\n", end)
    return not text[text.rfind("\n", 0, start) + 1 : start].strip() and bool(text[end : line_end if line_end != -1 else len(text)].strip())


def _comment(found: re.Match[str]) -> tuple[str, str, str, str]:
    note = " ".join(found.group(1).split())
    return (
        "%%",
        "hidden-note-shown",
        f"'%%{printable_start(note, 40)}%%' is a comment in Obsidian, hidden as you write, but GitHub and the site show it to readers",
        f"delete it, or write it as a comment that neither shows: <!-- {printable_start(note, 60)} -->"
        # (At a paragraph's start, before its text, an HTML comment makes GitHub read the paragraph as
        # HTML, refused in turn: the authors' round of the fifty-third session followed the hint so.)
        + (", on a line of its own with a blank line after it" if _starts_a_line_with_text_after(found) else ""),
    )


def _marks_as_typed(mark: str, does: str) -> Callable[[re.Match[str]], tuple[str, str, str, str]]:
    """What to tell of words between another tool's emphasis marks ('==…==', '^^…^^')."""

    def told(found: re.Match[str]) -> tuple[str, str, str, str]:
        return (
            mark,
            "highlight-marks",
            f"'{mark}…{mark}' {does}, not in Markdown: GitHub and the site show the marks as typed",
            f"for emphasis, write the words in bold: **{printable_start(found.group(1), 40)}**; or delete the '{mark}'",
        )

    return told


def _inline_footnote(found: re.Match[str]) -> tuple[str, str, str, str]:
    return (
        "^[",
        "inline-footnote",
        "'^[…]' is a footnote in Pandoc and Obsidian, not in Markdown: GitHub and the site show it as typed",
        f"put the note in brackets after the words it is about: ({printable_start(found.group(1), 60)})",
    )


# Each of CriticMarkup's opening marks, and its closing one.
_SUGGESTION_ENDS = {"++": "++", "--": "--", "~~": "~~", "==": "==", ">>": "<<"}


def _suggested(found: re.Match[str]) -> tuple[str, str, str, str]:
    marks = found.group(1)
    return (
        "{" + marks,
        "suggested-change",
        f"'{{{marks}…{_SUGGESTION_ENDS[marks]}}}' marks a suggested change or comment (CriticMarkup, from a writing app): GitHub and the site show the marks as typed",
        "accept or reject each suggestion: write the words as they should read, without the marks, and delete the comments",
    )


def marks_in_plain_text(text: str) -> re.Match[str] | None:
    """The first of another tool's marks in a plain-text field (a title, a summary, a sign),
    but a comment (:data:`stallpatterns.text.OBSIDIAN_COMMENT`, an error of its own)."""
    if "=" not in text and "^" not in text and "{" not in text:
        return None
    found = [m for m in (e.search(text) for e in (_SUGGESTED, _HIGHLIGHT, _INSERTED, _INLINE_FOOTNOTE)) if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


_IN_TEXT = (
    (OBSIDIAN_COMMENT, _comment),
    (_SUGGESTED, _suggested),
    (_HIGHLIGHT, _marks_as_typed("==", "highlights text in Obsidian and MkDocs' Material theme")),
    (_INSERTED, _marks_as_typed("^^", "underlines text in MkDocs' Material theme")),
    (_INLINE_FOOTNOTE, _inline_footnote),
)


def _column(line: str, needle: str) -> int:
    """The 1-based column of ``needle`` on a file's line, outside code ('`…`') where it can be."""
    at = line.find(needle)
    first = at
    while at != -1 and line.count("`", 0, at) % 2:
        at = line.find(needle, at + 1)
    at = first if at == -1 else at
    return at + 1 if at != -1 else 1

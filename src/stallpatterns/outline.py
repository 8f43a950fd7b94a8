"""The body's outline, its sections: the three that mkdocs.yml names, each once, in order,
under a heading of the right level and with words of its own, and nothing before the first
one (front matter pasted again, a stray '---', text outside a section)."""

from __future__ import annotations

import functools
import html
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from markdown_it.token import Token

from . import dialect, fields, slips
from .diagnostics import Report
from .leftovers import GUIDANCE
from .pattern import PatternSection
from .settings import Category, Offer, Settings
from .source import Block, Heading, Source, written_title
from .text import as_compared, character_name, clipped, closest, github_slug, is_hidden_character, strip_comments


def _lead_in(inline: Token) -> str:
    """The text of the emphasis or bold a paragraph starts with ('' if it starts otherwise)."""
    children = [child for child in inline.children or [] if child.type != "text" or child.content]
    if not children or children[0].type not in ("strong_open", "em_open"):
        return ""
    closing = children[0].type.replace("_open", "_close")
    level = children[0].level
    words = []
    for child in children[1:]:
        if child.type == closing and child.level == level:
            break
        if child.type in ("text", "text_special", "code_inline"):
            words.append(child.content)
    return "".join(words)


def _shown_text(inline: Token) -> str:
    """What a reader sees of a heading's or paragraph's text (entities read, links' addresses
    and emphasis marks left out), a line break as a new line."""
    return "".join(
        "\n" if child.type in ("softbreak", "hardbreak") else child.content
        for child in inline.children or []
        if child.type in ("text", "text_special", "code_inline", "softbreak", "hardbreak")
    )


_KEY_LINE = re.compile(rf"(?m)^(?:{'|'.join(fields.BY_NAME)}):")  # a front matter key's line


def _front_matter_again(source: Source, first_section: int | None) -> int | None:
    """The line where the body, above its first section, starts a copy of front matter
    (its '---' line, or its first key)."""
    above = "\n".join(source.lines[source.body_start - 1 : (first_section or source.line_count + 1) - 1])
    found = _KEY_LINE.search(above)
    if found is None:
        return None
    line = source.body_start + above.count("\n", 0, found.start())
    # A copy starts at its own '---' line; a key line alone is text that happens to start so.
    return line - 1 if line > source.body_start and source.lines[line - 2].strip() == "---" else None


def front_matter_cut(source: Source, report: Report) -> tuple[int, list[str]]:
    """Where the rest of front matter that a stray '---' cut short ends (its own '---'
    line), when the body starts with front matter's keys, and those keys; else 0 and none.
    Reports it."""
    start = source.body_start
    # Blank lines and YAML's comments ('# the signs') may come before the first key.
    while start <= len(source.lines) and (not source.lines[start - 1].strip() or source.lines[start - 1].startswith("# ")):
        start += 1
    if start > len(source.lines) or not _KEY_LINE.match(source.lines[start - 1]):
        return 0, []
    # The front matter's own closing '---' follows its last key, above the first section;
    # without one, a line such as 'category: the pilot's words' is text.
    end = next((n for n in range(start, len(source.lines) + 1) if source.lines[n - 1].rstrip() == "---" or source.lines[n - 1].startswith("##")), 0)
    if not end or source.lines[end - 1].startswith("##"):
        return 0, []
    stray = source.lines[source.body_start - 2].strip()  # '---', or YAML's other end of a document, '...'
    keys = [line.partition(":")[0] for line in source.lines[start - 1 : end] if _KEY_LINE.match(line)]
    quoted = [f"'{key}'" for key in keys]
    listed = quoted[0] if len(keys) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
    report.error(
        source.body_start - 1,
        "front-matter-cut",
        f"this '{stray}' ends the front matter, so {listed} below it {'is' if len(keys) == 1 else 'are'} read as text, not as front matter",
        "delete this line: the front matter runs from the '---' on line 1 to the one after its last key",
    )
    return end, keys


def _key_in_body(line: str, settings: Settings) -> str | None:
    """The key of a line of front matter written in the body, below its closing '---':
    'draft: true', 'published: 2026-03-02', 'category: value', or a list's key alone
    ('related:'). A line of prose that starts with a key's word ('Summary: the board…') is
    prose."""
    found = _KEY_IN_BODY.fullmatch(line.strip())
    if found is None:
        return None
    key, value = found.group(1), found.group(2).strip()
    fits = {
        "draft": value.lower() in ("true", "false", "yes", "no"),
        "published": bool(fields.DATE.fullmatch(value)),
        "updated": bool(fields.DATE.fullmatch(value)),
        "category": value in {c.id for c in settings.categories},
    }.get(key, not value or value.startswith("["))  # a list's key, its items below it or in [ ]
    return key if fits else None


_KEY_IN_BODY = re.compile(rf"({'|'.join(fields.BY_NAME)})[ \t]*:[ \t]*(.*)")


# A line written as YAML writes a key: 'tags: [ai]', 'date: 2026-11-20', 'summary: …', 'tags:'.
_WRITTEN_AS_A_KEY = re.compile(r"([A-Za-z][A-Za-z_-]*)[ \t]*:(?:[ \t].*)?")  # ('Tags: [ai]', 'also-known-as:' too)


def _front_matter_below(source: Source, early: int) -> tuple[str, str] | None:
    """The message and hint for the first line below the front matter's closing '---', where it
    is written as a key and its value ('tags: [ai]', 'summary: A pilot…'): a line of the front
    matter, left out of it, which the page would show as text. Told as text before the first
    section, it was to be moved under it and published so (helper-242)."""
    closing = source.body_start - 1
    if not (found := _WRITTEN_AS_A_KEY.fullmatch(source.lines[early - 1].rstrip())) or any(
        text.strip() for text in source.lines[closing : early - 1]
    ):
        return None
    key, value = found.group(1), found.group()[found.group().index(":") + 1 :].strip()
    named = key.lower().replace("-", "_")
    ours = named if named in fields.BY_NAME else fields.KEY_SYNONYMS.get(named)
    if key not in ("title", "summary") and " " in value and not value.startswith("["):
        # ('note: this needs a source', 'category: the pilot's own words': words of a sentence,
        # text before the first section; a title or a summary is words of its own.)
        return None
    message = f"'{key}:' is written as a line of front matter, but it is below the front matter's closing '---' (line {closing}): the page would show it as text"
    if ours is None:
        below = fields.value_lines_below(source.lines, early)
        return message, f"delete this line{' and ' + below if below else ''}: the keys a pattern may have are: {', '.join(fields.BY_NAME)}"
    return message, _key_below_hint(source, early, ours) + (f", and write its key as '{ours}:'" if ours != key and _written_above(source, ours) is None else "")


def _written_above(source: Source, key: str) -> int | None:
    """The line of the front matter where ``key`` is written, if it is."""
    return next((n for n in range(1, source.body_start - 1) if re.match(rf"{key}[ \t]*:", source.lines[n - 1])), None)


def _key_below_hint(source: Source, line: int, key: str) -> str:
    """What to do with a line of front matter below its closing '---': moved up beside the key
    written already, it would be the key twice; its list's items go with it (left, they were
    told as text before the first section: helper-242)."""
    below = fields.value_lines_below(source.lines, line)
    if (written := _written_above(source, key)) is not None:
        return f"delete this line{' and ' + below if below else ''}, and write what it says in '{key}' on line {written}"
    return f"move this line{' and ' + below + ',' if below else ''} up, above the '---' on line {source.body_start - 1}"


def _wrapped_into(before: str, settings: Settings) -> bool:
    """Whether a paragraph's line ``before`` a key's goes on into it: a sentence unfinished
    ('The AI policy was last' then 'updated: 2023-03-01'), not a key of its own nor a
    sentence's end ('Done.' then 'draft: true')."""
    text = before.strip()
    return bool(text) and text[-1] not in ".!?:;)]}\"'’”" and _key_in_body(text, settings) is None


def check_keys_in_body(source: Source, settings: Settings, report: Report, cut: int = 0) -> None:
    """A line of front matter below its closing '---' ('draft: true' written after it, or
    at the end of the file): the page shows it as text, and the key is not read, so a
    pattern meant as a draft was published."""
    closing = source.body_start - 1
    # A copy of the whole front matter, '---' to '---', is told as one (check_sections).
    copy = _front_matter_again(source, None)
    copy_end = next((n for n in range(copy + 1, len(source.lines) + 1) if source.lines[n - 1].rstrip() == "---"), copy) if copy else 0
    for token in source.tokens:
        if token.type != "paragraph_open" or token.level != 0 or not token.map:
            continue
        for line in range(token.map[0] + source.body_start, token.map[1] + source.body_start):
            if line <= cut or (copy and copy <= line <= copy_end) or line > len(source.lines):
                continue
            if (key := _key_in_body(source.lines[line - 1], settings)) is None:
                continue
            if key != "draft" and line > token.map[0] + source.body_start and _wrapped_into(source.lines[line - 2], settings):
                # A sentence wrapped before its last words ('Watch for three' then 'signs:'). Not
                # 'draft: true', which a pattern meant as a draft would be published without.
                continue
            kept = " and the pattern is published, not kept as a draft" if key == "draft" else ""
            report.error(
                line,
                "key-in-body",
                f"'{key}:' is a line of front matter, but it is below the front matter's closing '---' (line {closing}): "
                f"the page shows it as text{kept}",
                _key_below_hint(source, line, key),
            )


def check_repeated_section_names(source: Source, settings: Settings, report: Report) -> None:
    """A subheading that repeats a section's name ('### 1. What it looks like:', as a chatbot's
    answer pasted under the first section has them), where the section has its own '##'
    heading too: the page shows the name twice, and the text under it in the wrong section."""
    sections = {as_compared(h.text): h for h in source.headings if h.level == 2}
    named = {compared: sections[compared] for heading in settings.headings if (compared := as_compared(heading)) in sections}
    for heading in source.headings:
        if heading.level < 3:
            continue
        words = _NUMBERING.sub("", heading.text.strip().strip("*_ ")).rstrip(":.").strip("*_ ")
        if (section := named.get(as_compared(words))) is not None:
            under = next((h for h in reversed(source.headings) if h.level == 2 and h.line < heading.line), None)
            # Before the section, named alike, it takes the section's part
            # ('#the-intervention-shape', the section's then '-1'): every link to the section
            # lands on it instead.
            takes = heading.line < section.line and github_slug(heading.text) == github_slug(section.text)
            (report.error if takes else report.warning)(
                heading.line,
                "section-name-repeated",
                f"this subheading repeats the name of the section \"{section.text}\", whose own heading is on line {section.line}: "
                + ("the page would show it twice, and links to the section would land on this subheading, which comes first"
                   if takes else "the page would show it twice"),
                "delete this subheading: it is in that section already"
                if under is section
                else f"delete this subheading, and move what it holds under the section's heading (line {section.line}), or delete it",
            )


# The number or step a list of headings puts before each: '1. ', '2) ', 'Step 2: ', 'II. '.
_NUMBERING = re.compile(r"^(?:(?:step|part|section)\s+)?(?:[0-9]{1,2}|[ivx]{1,4}|[a-c])[.):]\s+", re.IGNORECASE)


def _without_hidden(text: str) -> str:
    """``text`` without the characters that show as nothing (each is reported on its own)."""
    return text if text.isascii() else "".join(c for c in text if not is_hidden_character(c) and c != "\u00ad")


LONGEST_SUBHEADING = 120
"""Characters in a subheading, at most: a few words that name what follows."""


def check_subheading_lengths(source: Source, report: Report) -> None:
    """A subheading of a paragraph's length: read out whole in a screen reader's list of the
    page's headings, and made its part's name in every link to it (130 words made an id of 850
    characters), where a paragraph typed after '### ' was meant."""
    for heading in source.headings:
        if heading.level >= 3 and (length := len(" ".join(heading.text.split()))) > LONGEST_SUBHEADING:
            report.error(
                heading.line,
                "heading-long",
                f"this subheading is {length} characters long: a subheading names what follows in a few words, at most {LONGEST_SUBHEADING} characters",
                "shorten it to a few words, and put the rest in a paragraph under it (without '#')",
            )


def check_heading_levels(source: Source, report: Report, cut: int = 0) -> None:
    """Each subheading one level below the heading it follows: a '####' straight under a
    section's '##' skips a level, and a screen reader's list of the page's headings (where
    the title is the one '#' and each section a '##') then reads as though a part were
    missing. A heading already told as wrong for its level is left to that error."""
    told = {d.line for d in report.items}
    above = 2  # the first heading comes under a section's '##'
    for index, token in enumerate(source.tokens):
        if token.type != "heading_open" or not token.map:
            continue
        level, line = int(token.tag[1]), token.map[0] + source.body_start
        words = " ".join(_shown_text(source.tokens[index + 1]).split())
        if not _without_hidden(words).strip() and level > 2 and line > cut and line not in told:
            # '###' and nothing (or only a comment, or marks): an empty heading, which a screen
            # reader announces as a heading with nothing in it, and the page shows as a gap.
            report.error(
                line,
                "heading-empty",
                "this heading has no words: a screen reader announces a heading with nothing in it, and the page shows a gap",
                "write the heading's words after the '#' marks, or delete the line",
            )
        elif level > above + 1 and line > cut and line not in told:
            fitting = "#" * (above + 1)
            # The line as written, its marks before the heading ('- ', '> ') and after it kept.
            written = source.lines[line - 1] if line <= len(source.lines) else ""
            marks = re.match(rf"([^#]*?)#{{{level}}}(?=[ \t]|$)", written)
            rewritten = (marks.group(1) + fitting + written[marks.end() :]).rstrip() if marks else f"{fitting} {words}"
            report.error(
                line,
                "heading-skips-level",
                f"the heading \"{clipped(words)}\" skips a level: it has {level} '#' under a heading of {above}, "
                "so a screen reader's list of the page's headings reads as though a part were missing",
                f"write it with {above + 1}: {rewritten}",
            )
            level = above + 1  # as the hint writes it: the headings after it are told from there
        above = max(level, 2)


def _decorated(text: str) -> tuple[str, str] | None:
    """A heading's words without what decorates them, and what that is ('in bold', 'with an
    emoji or a symbol', 'as a link'); None when nothing does."""
    text = text.strip()
    if (marked := _IN_MARKS.fullmatch(text)) is not None:
        return " ".join(_without_hidden(marked.group(2)).split()), "in " + _MARKS_NAMES.get(marked.group(1), "bold or italics")
    if (linked := _AS_LINK.fullmatch(text)) is not None:
        return " ".join(_without_hidden(linked.group(1)).split()), "as a link"
    bare = text.strip("".join(c for c in text if unicodedata.category(c)[0] == "S" or c in "\ufe0f\u200d")).strip()
    if bare and bare != text:
        return " ".join(_without_hidden(bare).split()), "with an emoji or a symbol"
    return None


_AS_LINK = re.compile(r"\[([^\[\]]+)\]\([^()]*\)")
# A heading's words between emphasis marks, alike on both sides: '**What it looks like**'.
_IN_MARKS = re.compile(r"(\*{1,3}|_{1,3})(\S(?:.*\S)?)\1")
_MARKS_NAMES = {"*": "italics", "_": "italics", "**": "bold", "__": "bold", "***": "bold italics", "___": "bold italics"}


# A comment and what it holds; never across another '<!--' (a run of comments never closed is read once).
_COMMENTED = re.compile(r"<!--((?:[^-<]|-(?!->)|<(?!!--))*+)-->")


def _hidden_words(text: str) -> bool:
    """Whether ``text`` holds a comment of words, as a paragraph is (five words at least):
    an author's text typed inside the marks, not a note."""
    return any(len(re.findall(r"[^\W\d_]{2,}", found)) >= 5 for found in _COMMENTED.findall(text)) if "<!--" in text else False


def _why_no_heading(typed: str, section: str) -> tuple[str, str]:
    """Why a line meant as a section's heading is not one, and the line to write: a space after
    its '##' that a word processor pastes (U+00A0), which Markdown does not read as one, and the
    line looked just like the one to write (helper-238, helper-239); or no '## ' before it."""
    before = next((char for char in typed[: max(typed.find("#"), 0)] if char != " "), None)
    if before is not None and before != "\t" and (is_hidden_character(before) or not before.isprintable()):
        # ('\f## Why it happens': a form feed pasted before it, or a no-break space, which show as nothing or a space.)
        return (
            f"the line holds {character_name(before)} before its '##': Markdown reads a heading's marks only at the start of a line, after ordinary spaces at most",
            f"delete the line and type it again as: ## {section}",
        )
    hashes = len(typed) - len(typed.lstrip("#"))
    after = typed[hashes : hashes + 1]
    if hashes and after.isspace() and not after.isascii():
        return (
            f"the space after its '{'#' * hashes}' is {character_name(after)}, pasted from a word processor, which Markdown does not read as a space",
            f"write the line as: ## {section}, with an ordinary space after the '##'",
        )
    return "a section's heading is a line of its own that starts '## '", f"write the line as: ## {section}"


def _swallowed(comment: str) -> bool:
    """Whether a comment never closed, to the end of its section, holds words after its note: on
    the lines after its first, or after the dash typed for its end ('<!-- check this —> The
    pilot…'). A note alone hides nothing of the section, which is empty still (helper-239)."""
    first, _, later = comment.partition("\n")
    # (Up to the next section's heading as typed, which the comment hides too: its own words are its own.)
    later = "\n".join(itertools.takewhile(lambda typed: not typed.startswith("## "), later.split("\n")))
    dashed = slips.DASHED_CLOSE.search(first)
    return bool(later.strip() or (dashed is not None and first[dashed.end() :].strip()))


def check_sections(source: Source, settings: Settings, report: Report, cut: int = 0) -> tuple[PatternSection, ...] | None:
    expected = settings.headings
    cta = as_compared(settings.cta_heading)
    found: list[tuple[int, int, str]] = []  # (index in expected, heading line, heading as written)
    unknown: list[Heading] = []  # '## ' headings that name no section
    tokens = source.tokens
    first_section = min((h.line for h in source.headings if h.level == 2), default=source.line_count + 1)
    # The sections written as sections (or nearly): a subheading of the same words is theirs.
    present = {guess for h in source.headings if h.level == 2 and (guess := closest(" ".join(h.text.split()), expected, cutoff=0.6))}
    # The sections written word for word, each at its first line.
    written_at: dict[str, int] = {}
    for h in source.headings:
        if h.level == 2 and (spaced := " ".join(_without_hidden(h.text).split())) in expected:
            written_at.setdefault(spaced, h.line)
    repeats: set[int] = set()  # headings reported as repeating one of them
    for heading in source.headings:
        if heading.line <= cut:
            continue
        if as_compared(heading.text) == cta:
            report.error(
                heading.line,
                "cta-authored",
                f"section \"{heading.text}\" is generated from the site's offers",
                "delete this section: every pattern page gets it automatically",
            )
        elif heading.level >= 3 and (offer := settings.offer_called(heading.text)) is not None:
            # '### Book a Stall Review now', then a price and a link elsewhere: the site's own
            # offer, to a reader, in the middle of the article.
            report.error(
                heading.line,
                "cta-authored",
                f"the subheading \"{clipped(' '.join(heading.text.split()))}\" names this site's offer, {offer}, which the page offers by itself after the last section",
                "delete the subheading and what it offers: every pattern page gets the offers automatically",
            )
        elif heading.level >= 3 and as_compared(heading.text) in (_RELATED, _ON_THIS_PAGE):
            # '### Related patterns' and links elsewhere under it: the site's own list, to a
            # reader, in the middle of the article ('## Related patterns' was refused).
            report.error(
                heading.line,
                "section-unknown",
                f"the subheading \"{clipped(' '.join(heading.text.split()))}\" is the site's own heading, which it adds to every page by itself",
                "give the subheading words of its own; the related patterns come from 'related:' in the front matter",
            )
        elif heading.level != 2 and (meant := _section_meant(heading, expected, present)) is not None:
            report.error(
                heading.line,
                "heading-level",
                f"wrong heading level: \"{heading.text}\" is a section, so it takes two '#', not {heading.level}",
                f"write '## {expected[meant]}'",
            )
            found.append((meant, heading.line, heading.text))
        elif heading.level == 1:
            prose = heading.underlined and heading.line >= first_section and _reads_as_prose(heading.text)
            report.error(
                heading.line,
                "h1-in-body",
                "the line of '=' under this paragraph makes it a level-1 heading, which the body must not have"
                if prose
                else "the body must not have a level-1 heading (the title comes from front matter)",
                f"line {conflict}, '=======', is left from a merge conflict in git (between two versions of the text): "
                "delete it, and check that the lines near it say each thing once; or, if it underlines a heading, "
                f"write the heading as '### {heading.text}' instead, inside a section"
                if (conflict := _conflict_underline(heading, source.lines)) is not None
                # Above every section, it is the title written again: it goes.
                else "delete this line: the page's title is the front matter's 'title:'"
                if heading.line < first_section
                # A paragraph with a line of '=' under it (for a rule across the page, say): told to
                # make it a subheading, the author published 90 words as one.
                else f"delete line {under}, the line of '=' under the text: it makes the text above it a heading, on GitHub too"
                if prose and (under := _underline_line(heading, source.lines)) is not None
                # Not a section's words (those are told their level above): a part of the section it is in.
                # ('## ' for one of the three sections was told, and '## Key takeaways' was then an unknown section.)
                else _underline_hint(heading) + f"write it as a subheading inside the section: ### {' '.join(heading.text.split())}",
            )
        elif heading.level == 2:
            # A no-break space (pasted from a word processor) reads as a space here, as it shows.
            if (spaced := " ".join(_without_hidden(heading.text).split())) in expected:
                found.append((expected.index(spaced), heading.line, heading.text))
                continue
            bare = slips.ATTRIBUTE_LIST.sub("", heading.text).strip()
            if bare != heading.text and bare in expected:
                report.error(
                    heading.line,
                    "unsupported-markdown",
                    f"section \"{bare}\" has an attribute list, which GitHub and the site show as part of the heading",
                    f"delete '{heading.text[len(bare):].strip()}' from the heading",
                )
                found.append((expected.index(bare), heading.line, heading.text))
                continue
            if (decorated := _decorated(heading.text)) is not None and decorated[0] in expected:
                # '## **What it looks like**', as a document's export writes its headings; '## 👀 What it
                # looks like'; '## [What it looks like](#…)': told 'did you mean', the very words it had.
                words, what = decorated
                report.error(
                    heading.line,
                    "section-misspelt",
                    f"section \"{heading.text.strip()}\" is written {what}: a section's heading is the words alone, which the site styles itself",
                    f"write the line as: ## {words}",
                )
                found.append((expected.index(words), heading.line, heading.text))
                continue
            guess = closest(heading.text, expected, cutoff=0.6)
            if guess and guess in written_at:
                # '## What it looks like (continued)' where the file has '## What it looks
                # like' too: one error, not a misspelling whose fix makes a duplicate as well.
                report.error(
                    heading.line,
                    "section-duplicate",
                    f"section \"{heading.text}\" repeats the section \"{guess}\" (line {written_at[guess]})",
                    f"merge the two; for a part of it, make this line a subheading: ### {heading.text}",
                )
                repeats.add(heading.line)
                found.append((expected.index(guess), heading.line, heading.text))
            elif guess:
                report.error(heading.line, "section-misspelt", f"unknown section \"{heading.text}\"", f"did you mean \"{guess}\"?")
                found.append((expected.index(guess), heading.line, heading.text))
            else:
                unknown.append(heading)
    # A section renamed ('## Root causes' where 'What is actually happening' goes) is one
    # error at its heading, with the line to write: not an unknown section, a missing one
    # and the text under it before the first section as well.
    for heading, meant in _renamed_sections(unknown, found, len(expected)).items():
        report.error(
            heading.line,
            "section-unknown",
            f"unknown section \"{' '.join(heading.text.split())}\": this is the place of the section \"{expected[meant]}\", "
            "which is missing",
            f"write the line as: ## {expected[meant]}",
        )
        found.append((meant, heading.line, heading.text))
    found.sort(key=lambda section: section[1])  # in the file's order, for the order's check
    for heading in unknown:
        if not any(line == heading.line for _, line, _ in found):
            copied = as_compared(heading.text) in (_RELATED, _ON_THIS_PAGE)
            report.error(
                heading.line,
                "section-unknown",
                f"unknown section \"{clipped(' '.join(heading.text.split()))}\""
                + (": it is the site's own heading, copied from a pattern's page" if copied else ""),
                f"delete {_lines_under(source, heading)}: the site adds it to every page by itself"
                + (" (its related patterns come from 'related:' in the front matter)" if as_compared(heading.text) == _RELATED else "")
                if copied
                else _underline_hint(heading)
                + "the sections are " + ", ".join(f'"{h}"' for h in expected) + "; "
                # Above the first section, a subheading is text before it too: told '### ', the
                # author was then told to move it under the first section.
                + (f"delete this heading, and move what it holds under \"{expected[0]}\" or delete it"
                   if found and heading.line < found[0][1] and found[0][0] == 0
                   else "use '### ' for a subheading inside one"),
            )
    # A paragraph (or a line starting one) of the heading's words, in bold or as a link say,
    # passes for it too, as does a heading of them in a quote or list item (never a section)
    # or written with other marks.
    named = {d.line for d in report.items if d.code == "cta-authored"}
    longest = 4 * len(settings.cta_heading) + 40
    for i, token in enumerate(tokens):
        if token.type not in ("paragraph_open", "heading_open") or not token.map or token.map[0] + source.body_start in named:
            continue
        shown = _shown_text(tokens[i + 1])
        first = shown.partition("\n")[0]
        # Text far longer than the heading's words is prose, not compared; its words in bold
        # at its start are ('**Is this your stall?** Book a call.').
        if any(as_compared(text) == cta for text in {first, shown, _lead_in(tokens[i + 1])} if len(text) <= longest):
            report.error(
                token.map[0] + source.body_start,
                "cta-authored",
                f"\"{' '.join(first.split())}\" reads as the heading of the site's offers",
                "delete it: every pattern page gets the offers automatically, under their own heading",
            )
    first_h2 = min((line for _, line, _ in found), default=None)
    site_lines = _site_text(source, settings, report, named | {d.line for d in report.items if d.code == "cta-authored"})
    stray = [b.line for b in source.blocks if b.kind != "heading" and _has_content(b) and b.line > cut and b.line not in site_lines]
    section_lines = {line for _, line, _ in found}
    stray += [
        h.line
        for h in source.headings
        if h.level >= 3 and h.line not in section_lines and as_compared(h.text) != cta and h.line > cut
    ]
    meant_sections: set[int] = set()  # written as a heading, but not read as one: reported there
    # Sections whose headings a code block holds, opened and closed by '```' lines pasted
    # with the text, or a comment (a section put aside while drafting): reported where the
    # block ends, with the lines that make it (the block is not text before the first
    # section as well).
    placed = {index for index, _, _ in found}
    for token in source.tokens if len(placed) < len(expected) else ():
        if token.level != 0 or not token.map:
            continue
        closed_code = token.type == "fence" and not slips.is_unclosed(token)
        if closed_code or (token.type == "html_block" and token.content.lstrip().startswith("<!--") and not slips.is_unclosed_html(token)):
            start, end = token.map[0] + source.body_start, token.map[1] + source.body_start - 1
            if _report_headed_in(start, end, closed_code, source.lines, expected, placed | meant_sections, report, meant_sections):
                stray = [line for line in stray if line != start]
    early = min((line for line in stray if first_h2 is None or line < first_h2), default=None)
    if early is not None:
        # A section's name written in bold, or as a line of its own, for a heading.
        written = source.lines[early - 1].strip().strip("*_ ").rstrip(":").strip() if early <= len(source.lines) else ""
        written = " ".join(written.split())  # no-break spaces between its words, pasted from a document, as spaces
        named_section = closest(written, expected, cutoff=0.8) if written else None
        if named_section:
            reason, fix = _why_no_heading(source.lines[early - 1] if early <= len(source.lines) else "", named_section)
            example = "" if fix.endswith("'##'") else f", as in '## {named_section}'"
            report.error(early, "content-before-section", f"this line is meant as the heading of \"{named_section}\", but is not one: {reason}{example}", fix)
            meant_sections.add(expected.index(named_section))
        elif _key_in_body(source.lines[early - 1] if early <= len(source.lines) else "", settings) is not None:
            pass  # a line of front matter below its '---': told as one (check_keys_in_body)
        elif (below := _front_matter_below(source, early)) is not None:
            report.error(early, "key-in-body", *below)
        elif (again := _front_matter_again(source, first_h2)) is not None:
            report.error(
                again,
                "front-matter-twice",
                "the front matter is here a second time, in the body, where it would be published as text",
                "delete this copy, from its '---' line to the next: the front matter at the top of the file is the one read",
            )
        elif written and (title := written_title(source)) and as_compared(written) == as_compared(title):
            # The title again, in bold or as a line of its own: moved under the first section,
            # as the hint said, it was published twice.
            report.error(
                early,
                "content-before-section",
                "this line is the pattern's title again: the page shows the title from the front matter's 'title:' above the text",
                "delete this line",
            )
        else:
            report.error(early, "content-before-section", "text before the first section", f"move it under \"{expected[0]}\"")
    seen: dict[int, int] = {}
    last = -1
    for index, line, text in found:
        if index in seen:
            if line not in repeats and seen[index] not in repeats:
                report.error(line, "section-duplicate", f"section \"{expected[index]}\" appears twice (first on line {seen[index]})", "merge the two")
            continue
        seen[index] = line
        if index < last:
            report.error(line, "section-order", f"section \"{expected[index]}\" is out of order", "the order is " + " → ".join(expected))
        last = max(last, index)
    end = source.line_count
    # Sections after a code block never closed are its code: the block is reported, not
    # them (those missing before it still are).
    fence = slips.swallowed_from(source.tokens)
    swallowed_after = len(expected)
    if fence is not None:
        swallowed_after = max((i for i, line in seen.items() if line < fence + source.body_start), default=-1)
    # The sections whose headings are in that code: a line before it with one of their
    # names is not meant as its heading. (A section written nowhere is told at its label.)
    headed_in_code = _headed_in(source.lines[fence + source.body_start - 1 :], expected) if fence is not None else set()
    # A later section's name in bold, or as a line of its own, for its heading: reported there
    # (looked for only when a section is missing), also above the first '## ' heading, where
    # the first such line is reported already.
    for block in source.blocks if len(seen) + len(meant_sections) < len(expected) else ():
        if block.kind not in _LABEL_HOLDERS or block.line > len(source.lines):
            continue
        # A heading in a list item or a quote, or indented into code, is one on any of its lines.
        last_line = block.line if block.kind == "text" else min(block.end_line, len(source.lines))
        for number in range(block.line, last_line + 1):
            if number == early:
                continue
            held = source.lines[number - 1]
            if block.kind != "text" and (marks := dialect.CONTAINER_MARKS.match(held)) is not None:
                held = held[marks.end() :]
            written = _LABEL_MARKS.sub("", held.strip()).rstrip(":").strip()
            label = closest(written, expected, cutoff=0.8) if 0 < len(written) <= 80 else None
            index = expected.index(label) if label is not None else -1
            if label is not None and index not in seen and index not in meant_sections and index not in headed_in_code:
                reason, fix = _why_no_heading(held, label)
                report.error(
                    number,
                    "section-missing",
                    f"section \"{label}\" is missing: this line is meant as its heading, but is not one{_LABEL_HOLDERS[block.kind]}: {reason}",
                    fix,
                )
                meant_sections.add(index)
    missing_at: dict[int, list[str]] = {}
    for index, missing in enumerate(expected):
        if index not in seen and index <= swallowed_after and index not in meant_sections:
            later = [line for i, line in seen.items() if i > index]
            missing_at.setdefault(min(later) if later else end, []).append(missing)
    for line, names in missing_at.items():
        if len(names) == 1:
            # Told at the next section's heading, which is after where its text goes: where the
            # heading was deleted, its text is under the section before (a review of the
            # authors' path in the forty-fifth session: added here, the text stayed there).
            before = max((at for i, at in seen.items() if at < line), default=None)
            # (After the last section's text, the file's last line: above it, a line of that text was cut off, helper-242.)
            where = "above this one" if line in seen.values() else "at the end of the file"
            report.error(
                line,
                "section-missing",
                f"section \"{names[0]}\" is missing",
                f"add a line '## {names[0]}' {where}, followed by its text"
                + (f"; if its text is written already, under the heading on line {before}, put the line where that text starts" if before is not None else ""),
            )
        else:
            listed = ", ".join(f'"{n}"' for n in names[:-1]) + f' and "{names[-1]}"'
            report.error(
                line,
                "section-missing",
                f"sections {listed} are missing",
                ("add, in this order, each followed by its text: " if line in seen.values() else "add at the end of the file, in this order, each followed by its text: ")
                + ", ".join(f"'## {n}'" for n in names),
            )
    h2_lines = sorted(h.line for h in source.headings if h.level <= 2 or h.line in section_lines)
    underlined_at = {h.line for h in source.headings if h.underlined and h.line not in section_lines}
    sections: list[PatternSection] = []
    lines = source.lines
    for index, line, _text in sorted(found, key=lambda f: f[1]):
        if seen.get(index) != line:
            continue
        stop = next((other for other in h2_lines if other > line), end + 1)
        inside = [b for b in source.blocks if line < b.line < stop]
        # A section holding only the scaffold's guidance gets the guidance's error alone.
        guided = any(GUIDANCE in text for text in lines[line : stop - 1])
        # Its text made a heading by a line of dashes under it: that heading is reported.
        underlined = stop in underlined_at
        if not guided and not underlined and not any(b.kind != "heading" and _has_words(b) for b in inside):
            within = "\n".join(lines[line : stop - 1])
            if (opened := within.rfind("<!--")) != -1 and "-->" not in "\n".join(lines[line:])[opened:] and _swallowed(within[opened:]):
                pass  # its text, after a comment never closed: one slip, told as that (comment-unclosed, helper-238)
            elif _hidden_words(within):
                # The author's text, typed inside a comment: 'write a paragraph' kept it hidden.
                report.error(
                    line,
                    "section-empty",
                    f"section \"{expected[index]}\" is empty to readers: its text is inside a comment, between '<!--' and '-->', "
                    "which neither GitHub nor the site shows",
                    "delete the '<!--' before the text and the '-->' after it",
                )
            else:
                report.error(line, "section-empty", f"section \"{expected[index]}\" is empty", "write at least a paragraph under it")
        body_from = next((b.end_line for b in source.blocks if b.line == line), line)
        markdown = "\n".join(lines[body_from : stop - 1]).strip("\n")
        sections.append(PatternSection(settings.sections[index].key, expected[index], markdown, line))
    if len(sections) != len(expected):
        return None
    return tuple(sections)


# What an author puts around a heading written as a label: bold or italic marks, '#'s
# without their space, a number ('2. ').
_LABEL_MARKS = re.compile(r"^(?:#+|\d{1,2}[.)]\s*)|[*_]+")
# The blocks a section's heading can be written in by mistake, with why it is no heading
# there: as its own line of text (in bold, say), in a list item or a quote, or indented
# four spaces, which makes it code.
_LABEL_HOLDERS = {
    "text": "",
    "list": " (it is inside a list item)",
    "quote": " (it is inside a quote, after '>')",
    "indented": " (it is indented by four spaces or a tab, which makes it code)",
}


# A line that would be a heading but for the code it is in: '## Name'.
_HEADING_START = re.compile(r" {0,3}#{1,6}[ \t]+")


def _heading_words(line: str) -> str | None:
    """The words of a line that would be a heading but for the code it is in ('## Name',
    '## Name ##'); None for another line. Its end is cut with string methods: a pattern that
    left its closing marks to a lazy match with spaces before them took time in the square
    of a run of spaces ('# a', 20,000 tabs, 'b' held validate and the build for seconds)."""
    start = _HEADING_START.match(line) if "#" in line else None
    if start is None:
        return None
    words = line[start.end() :].rstrip(" \t")
    if (unmarked := words.rstrip("#")) != words and (unmarked == "" or unmarked[-1] in " \t"):
        words = unmarked.rstrip(" \t")  # the closing marks, after a space
    return words or None


def _report_headed_in(
    start: int, end: int, code: bool, lines: Sequence[str], expected: Sequence[str], shown: set[int], report: Report, meant: set[int]
) -> bool:
    """Report the missing sections whose headings are lines of the fenced ``code`` (or the
    comment) from file line ``start`` to the line that closes it, ``end``, and count them
    as meant; whether any is."""
    headed: dict[int, int] = {}  # the index of each section, and the line of its heading in the block
    for number in range(start + 1, end):
        found = _heading_words(lines[number - 1])
        label = closest(" ".join(found.split()), expected, cutoff=0.8) if found else None
        if label is not None and expected.index(label) not in shown:
            headed.setdefault(expected.index(label), number)
    if not headed:
        return False
    names = [f'"{expected[index]}"' for index in sorted(headed)]
    at = [str(line) for _, line in sorted(headed.items())]
    if len(names) == 1:
        missing = f"section {names[0]} is missing: its heading (line {at[0]}) is"
    else:
        missing = f"sections {', '.join(names[:-1])} and {names[-1]} are missing: their headings (lines {', '.join(at[:-1])} and {at[-1]}) are"
    if code:
        # Each fence line as written ('```markdown'), or its marks alone when it is long.
        opener, closer = (
            written if len(written := lines[line - 1].strip()) <= 20 else written[: len(written) - len(written.lstrip("`~"))]
            for line in (start, end)
        )
        said = f"inside the code block from the '{opener}' on line {start} to the '{closer}' on line {end}, and shown as code"
        hint = (
            f"delete line {start} ('{opener}') and line {end} ('{closer}'); if code is meant there, delete line {end} "
            f"and end the code with a line '{closer}' above line {min(headed.values())}"
        )
    else:
        said = f"inside the comment from the '<!--' on line {start} to the '-->' on line {end}, which is not shown"
        hint = f"delete the '<!--' on line {start} and the '-->' on line {end} (and any note beside them), so that what is between them is shown"
    report.error(end, "section-missing", f"{missing} {said}", hint)  # where the block ends: a heading after it is shown
    meant.update(headed)
    return True


def _headed_in(lines: Sequence[str], expected: Sequence[str]) -> set[int]:
    """The indices of the expected sections whose heading one of ``lines`` would be."""
    names = (found for line in lines if (found := _heading_words(line)))
    return {expected.index(label) for name in names if (label := closest(" ".join(name.split()), expected, cutoff=0.8))}


def _renamed_sections(unknown: list[Heading], found: list[tuple[int, int, str]], count: int) -> dict[Heading, int]:
    """The unknown '## ' headings that stand where missing sections go, each with the
    section's index: between the sections found before and after them, as many unknown
    headings as sections missing there, taken in order. A line of dashes that made text a
    heading is not a section renamed."""
    placed = sorted((line, index) for index, line, _ in found)
    slots: dict[tuple[int, int], list[Heading]] = {}
    for heading in unknown:
        if heading.underlined:
            continue
        before = max((index for line, index in placed if line < heading.line), default=-1)
        after = min((index for line, index in placed if line > heading.line), default=count)
        slots.setdefault((before, after), []).append(heading)
    have = {index for _, index in placed}
    renamed: dict[Heading, int] = {}
    for (before, after), headings in slots.items():
        missing = [index for index in range(before + 1, after) if index not in have]
        if missing and len(missing) == len(headings):
            renamed.update(zip(headings, missing, strict=True))
    return renamed


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# The lines a pattern's page shows around the author's text (pattern-header.html, copy-link.html,
# related.html, cta.html and the theme's contents): copied from the page with the text, each
# on a line of its own.
_SITE_LINES = re.compile(
    rf"(?:(?:Published|Updated) \d{{1,2}} (?:{_MONTHS}) \d{{4}}|\d+ min read|Stall pattern|Copy link|Share|On this page|Related patterns"
    r"|(?:Not sure this is your stall\? )?Try the stall finder\.?)",
    re.IGNORECASE,
)


def _last_written(source: Source, first: int, end: int) -> int:
    """``end``, or the line above it that is not blank (a list's lines take the blank one after it)."""
    while end > first and not source.lines[end - 1].strip():
        end -= 1
    return end


def _lines_under(source: Source, heading: Heading) -> str:
    """'lines 57 to 60': a heading and what is under it, up to the next heading."""
    after = min((h.line for h in source.headings if h.line > heading.line), default=None)
    end = max((b.end_line for b in source.blocks if b.line > heading.line and (after is None or b.line < after)), default=heading.line)
    end = _last_written(source, heading.line, end)
    return f"line {heading.line}" if end <= heading.line else f"lines {heading.line} to {end}"


_ON_THIS_PAGE = as_compared("On this page")
_RELATED = as_compared("Related patterns")
_LIST_ITEM_TEXT = re.compile(r"(?m)^\s*(?:[-*+]|\d+[.)])\s+(.*)$")


@functools.lru_cache(maxsize=8)
def _site_words(categories: tuple[Category, ...], offers: tuple[Offer, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The categories' labels, and every line the site writes on a pattern's page from the
    settings (the labels, the offers' lines), as compared: worked out once a build."""
    labels = frozenset(as_compared(c.label) for c in categories)
    own = set(labels) | {as_compared("Time"), as_compared("Price")}
    for offer in offers:
        more = f"More about the {offer.name}"
        own |= {as_compared(text) for text in (offer.name, offer.description, offer.duration, offer.price, offer.action, more, f"{offer.action} {more}")}
    return labels, frozenset(own)


def _site_text(source: Source, settings: Settings, report: Report, offers_heading: set[int]) -> set[int]:
    """Paragraphs that are only the lines the site puts on a pattern's page (its category and
    dates, 'Copy link', the offers' buttons), copied from the page back into the file, with,
    after 'On this page', the list of the file's own headings and, after 'Related patterns',
    the cards' lines (a title, then its category): each run of them told once, at its first
    line, with the lines to delete. The offers copied under their heading (told already, at
    a line of ``offers_heading``) are told with it: its hint names their lines too. Returns
    the blocks' first lines: they are no text before a section."""
    labels, own = _site_words(settings.categories, settings.offers)
    # A line far longer than any of the site's is prose, not read letter by letter (a
    # paragraph's line: most of them).
    longest = 4 * max(map(len, own), default=0) + 40
    headings = {as_compared(h.text) for h in source.headings}
    runs: list[list[Block]] = []
    last: Block | None = None  # the block before, told as the site's
    for block in source.blocks:
        lines = [line.strip() for line in block.content.splitlines() if line.strip()]
        after = as_compared(" ".join(last.content.split())) if last is not None else ""
        copied = block.kind == "text" and bool(lines) and all(_SITE_LINES.fullmatch(line) or (len(line) <= longest and as_compared(line) in own) for line in lines)
        contents = block.kind == "list" and after.endswith(_ON_THIS_PAGE) and all(
            as_compared(item) in headings for item in _LIST_ITEM_TEXT.findall(block.content)
        )
        cards = after.endswith(_RELATED) and bool(lines) and all(any(as_compared(line).endswith(label) for label in labels) for line in lines)
        if not (copied or contents or cards or block.line in offers_heading):
            last = None
            continue
        if last is not None:
            runs[-1].append(block)
        else:
            runs.append([block])
        last = block
    for run in runs:
        first, end = run[0].line, _last_written(source, run[0].line, run[-1].end_line)
        span = f"line {first}" if end <= first else f"lines {first} to {end}"
        if first in offers_heading:
            if len(run) > 1:
                told = next(i for i, d in enumerate(report.items) if d.line == first and d.code == "cta-authored")
                report.items[told] = replace(report.items[told], hint=f"delete {span}: every pattern page gets the offers automatically, under their own heading")
            continue
        shown = clipped(" ".join(" ".join(b.content.split()) for b in run), 50)
        report.error(
            first,
            "site-text",
            f"'{shown}' is the site's own text, copied from a pattern's page: the site shows it on every page by itself",
            f"delete {span}",
        )
    return {block.line for run in runs for block in run}


def _conflict_underline(heading: Heading, lines: Sequence[str]) -> int | None:
    """The line (1-based) of the '=======' under a level-1 heading's text, where it is what
    git writes between the two versions of a merge conflict (the rest of it deleted)."""
    if not heading.underlined or heading.level != 1:
        return None
    under = _underline_line(heading, lines)
    return under if under is not None and lines[under - 1].rstrip() == "=" * 7 else None


def _underline_line(heading: Heading, lines: Sequence[str]) -> int | None:
    """The line (1-based) of the '=' or '-' underline of a setext heading."""
    mark = "=" if heading.level == 1 else "-"
    return next((i + 1 for i in range(heading.line - 1, len(lines)) if lines[i].strip() and set(lines[i].strip()) == {mark}), None)


def _reads_as_prose(text: str) -> bool:
    """Whether a heading's text is a paragraph's, not a heading's: over a line, more than a
    dozen words, or a sentence that ends with a full stop."""
    return "\n" in text.strip() or len(text.split()) > 12 or text.rstrip().endswith(".")


def _underline_hint(heading: Heading) -> str:
    """For a setext heading, what made it one: authors write a line of dashes for a rule."""
    if not heading.underlined:
        return ""
    if heading.level == 1:
        return "the line of '=' under this text makes it a heading, on GitHub too; "
    return "the line of dashes under this text makes it a heading, on GitHub too (for a line across the page, leave a blank line above the dashes); "


def _section_meant(heading: Heading, expected: tuple[str, ...], present: set[str]) -> int | None:
    """The index of the section a heading at the wrong level stands for: a level-1 heading
    that names one (exactly, or nearly); a subheading only when it names, word for word, a
    section the file does not have. '### What good looks like' under '## What it looks
    like' is a subheading, as is '### What it looks like now'."""
    if heading.level == 1:
        guess = closest(heading.text, expected, cutoff=0.8)
        return expected.index(guess) if guess else None
    compared = as_compared(heading.text)
    return next((i for i, name in enumerate(expected) if name not in present and as_compared(name) == compared), None)


def _has_content(block: Block) -> bool:
    return bool(strip_comments(block.content).strip())


def _has_words(block: Block) -> bool:
    """Whether a block gives a section something to say: code, or text with a letter or a
    digit in it. A rule, an empty bullet, a full stop or a no-break space ('&nbsp;') alone
    publishes a section that is empty to its reader."""
    if block.kind == "rule":
        return False
    text = strip_comments(block.content)
    if block.kind in ("code", "indented"):
        return bool(text.strip())
    return any(char.isalnum() for char in html.unescape(text))

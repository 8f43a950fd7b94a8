"""Editorial checks: warnings that help an author, configured in ``mkdocs.yml``.

Warnings never stop a build; they point at prose that is too short or long, or at an
American spelling in a British English catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from . import body
from .pattern import PatternSection
from .settings import Settings
from .source import Source
from .text import (
    RUN_OF_WORD_CHARACTERS,
    TYPOGRAPHY_AS_SPACES,
    counted,
    is_word_character,
    latin1,
    line_at,
    line_starts,
    replaced,
    split_beyond_ascii,
    word_count,
)

Warn = Callable[..., None]


# What each section is for, keyed by the section keys in mkdocs.yml: the scaffold's guidance
# and the length hints both say it, so an author reads one voice. A section added in
# mkdocs.yml without an entry here gets general wording that names its heading.
SECTION_PURPOSE = {
    "symptoms": (
        "the scene a reader would recognise from their own organisation: what they see, hear and are asked",
        "what would the reader see, hear or be asked?",
    ),
    "causes": (
        "the diagnosis: why this happens, and why the obvious fixes do not work",
        "name the mechanism, and why the obvious fixes fail",
    ),
    "intervention": (
        "what to do instead, in steps a leader could start next week; no vendor or product names",
        "which steps could a leader start next week?",
    ),
}


def purpose(key: str, heading: str) -> tuple[str, str]:
    """(what the section holds, the question to ask when it is too short) for one section."""
    return SECTION_PURPOSE.get(key, (f"what a reader needs under \"{heading}\"", f"what else belongs under \"{heading}\"?"))


def check(source: Source, settings: Settings, sections: tuple[PatternSection, ...] | None, warn: Warn) -> None:
    for section in sections or ():
        bounds = settings.editorial.words_for(section.key)
        count = word_count(section.markdown)
        if bounds is None or not count:
            continue
        low, high = bounds
        if not low <= count <= high:
            heading = section.heading
            hint = (
                f"tighten \"{heading}\": keep {purpose(section.key, heading)[0].split(':')[0]}, cut the rest"
                if count > high
                else f"say a little more in \"{heading}\": {purpose(section.key, heading)[1]}"
            )
            warn(section.line, "section-length", f"section \"{heading}\" has {counted(count, 'word')}; aim for {low}–{high}", hint)
    _check_spellings(source, settings, warn)
    _check_link_words(source, warn)


# A link's words that say nothing of where it goes, heard alone in a screen reader's list of
# links ('click here', 'Read more', 'this'), as compared: lower case, marks and spaces aside.
_SAYS_NOTHING = frozenset(
    "here clickhere clickthis click this thislink link linkhere readmore more learnmore seemore findoutmore findoutmorehere"
    " seehere moreinfo moreinformation details go goto continue thispage".split()
)


_CITED_BY_NUMBER = re.compile(r"\[?\d{1,3}\]?")


def _check_link_words(source: Source, warn: Warn) -> None:
    """A link whose words say nothing of where it goes (WCAG 2.4.4): a reader who lists a
    page's links, as screen readers do, hears 'here, here, Read more' and cannot tell them
    apart. Not a product named by its site ('[Continue](https://continue.dev)')."""
    for block in source.tokens:
        if block.type != "inline" or not block.map or "[" not in block.content:
            continue
        children = block.children or []
        for index, (token, offset) in enumerate(body.lines_of(children)):
            if token.type != "link_open" or token.markup in ("linkify", "autolink"):
                continue
            words = body.words_of_link(children, index)
            said = "".join(char for char in words.casefold() if char.isalnum())
            host = (urlsplit(str(token.attrGet("href") or "")).hostname or "").replace("-", "")
            # Or a number alone, as an assistant cites a source ('[1](https://…)': the authors' round of
            # the fifty-third session); not a year or a version with words ('[2024 survey](…)').
            if (said not in _SAYS_NOTHING and _CITED_BY_NUMBER.fullmatch(words.strip()) is None) or said in host.split("."):
                continue
            line = block.map[0] + offset + source.body_start
            written = source.lines[line - 1] if 0 < line <= len(source.lines) else ""
            at = next((written.find(opening) for opening in (f"[{words}]", f"[{words}") if opening in written), -1)
            warn(
                line,
                "link-words",
                f"the link's words, '{words.strip()}', say nothing of where it goes: "
                "a screen reader's list of the page's links reads them alone",
                f"make the link's words name what it opens, as in 'read [the 2025 claims survey](…)', not '{words.strip()}'",
                column=at + 1 if at >= 0 else written.rfind("[", 0, max(written.find(words), 0)) + 1 or 1,  # its '[', before any marks
            )


def in_case_of(word: str, replacement: str) -> str:
    """``replacement`` written in the case of ``word``: COLOR → COLOUR, Color → Colour."""
    if word.isupper() and len(word) > 1:
        return replacement.upper()
    if word[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_WORD = re.compile(r"\w+")
# Latin-1 text (ASCII among it) read as bytes, a byte a character: each word character in
# lower case, any other character a space, so that splitting finds the words of _WORD in
# half its time. Latin-1 in lower case is Latin-1 still, a character for a character, and
# a word character one still (tests/test_word_readers.py).
_LOWER_WORD_BYTES = bytes(ord(chr(b).lower()) if _WORD.fullmatch(chr(b)) else 32 for b in range(256))


def _lower_words(text: str) -> list[str]:
    """The words (runs of word characters) of ``text``, in lower case."""
    if not text.isascii():
        text = replaced(text, TYPOGRAPHY_AS_SPACES)
    if (as_bytes := latin1(text)) is not None:
        return as_bytes.translate(_LOWER_WORD_BYTES).decode("latin-1").split()
    # Beyond Latin-1, the words with a character beyond ASCII ('café', 'Ωmega') one by one;
    # the rest, with them and every other character beyond ASCII made spaces, as ASCII.
    runs, rest = split_beyond_ascii(text, RUN_OF_WORD_CHARACTERS, is_word_character)
    return [run.lower() for run in runs] + _lower_words(rest)


_NOT_PROSE = re.compile(r"`[^`\n]*`|\]\([^)\n]*\)|<https?://[^>\n]*>|https?://\S+")


# After a word's end: the next word of a name, in capitals ('Gray's Inn', 'Center Parcs', 'Human-Centered AI').
_NAME_GOES_ON = re.compile(r"(?:[’']s)?[\s-]+[A-Z]")


def _in_a_name(text: str, word: re.Match[str], line_start: int) -> bool:
    """Whether the word is part of a name, as its capital tells where no sentence starts ('the
    World Health Organization', 'the US Department of Defense', 'Australian Labor Party'),
    or as the next word's does ('Center Parcs'): a name is written as its owner writes it
    (helper-242: each was told its British spelling)."""
    if not word.group()[:1].isupper():
        return False
    before = text[line_start : word.start()].rstrip(" *_\"'“‘(")
    return bool(before and (before[-1].isalnum() or before[-1] in ",;")) or _NAME_GOES_ON.match(text, word.end()) is not None


def _quoted(text: str, word: re.Match[str], line_start: int) -> bool:
    """Whether the word is inside a quotation on its line ('“We need to prioritize this,” the
    chief executive said'): someone's words are quoted as they were said (helper-246)."""
    end = text.find("\n", word.end())
    before, after = text[line_start : word.start()], text[word.end() : end if end != -1 else len(text)]
    if before.rfind("\u201c") > before.rfind("\u201d") and "\u201d" in after:
        return True
    # (And in single quotes, as British English quotes: an opening ‘ before it, a closing ’ after it
    # that ends a word, not an apostrophe inside one: the review of the session's change.)
    if "\u2018" in before and before.rfind("\u2018") > before.rfind("\u2019 ") and re.search("\u2019(?!\\w)", after):
        return True
    return before.count('"') % 2 == 1 and '"' in after


# Words about software beside 'program', where the word is British for a computer's (helper-246:
# 'The program crashed twice' was told to write 'programme').
_ABOUT_SOFTWARE = re.compile(
    r"(?i)\b(?:crash(?:ed|es|ing)?|software|computers?|code|coded|coding|install(?:ed|s|ing)?|compil(?:e|ed|er|ing)|bugs?|scripts?|executable|download(?:ed|s)?|macros?|python|java|app|apps|laptops?|servers?)\b"
)


def _a_computers(text: str, word: re.Match[str]) -> bool:
    """Whether 'program' is a computer's, as words about software around it say."""
    if not word.group().lower().startswith("program"):
        return False
    return _ABOUT_SOFTWARE.search(text, max(0, word.start() - 120), word.end() + 120) is not None


def _check_spellings(source: Source, settings: Settings, warn: Warn) -> None:
    spellings = settings.editorial.spellings
    if not spellings:
        return
    text = source.text
    # Word by word against a set: one regex of every configured form took seconds per
    # 1,000 files, a substring test of each form half a second. Most files have no
    # American spelling, so the words are looked up (in lower case) before any is located.
    if spellings.keys().isdisjoint(_lower_words(text)):
        return
    matches = [m for m in _WORD.finditer(text) if m.group().lower() in spellings]
    if not matches:
        return
    code_lines = {
        line
        for block in source.blocks
        if block.kind == "code"
        for line in range(block.line, block.end_line + 1)
    }
    starts = line_starts(text)
    # Addresses and code are not prose: a link to /color-guide/ or `analyze()` is fine.
    not_prose = [m.span() for m in _NOT_PROSE.finditer(text)]
    for match in matches:
        number = line_at(starts, match.start())
        if number in code_lines or any(start <= match.start() < end for start, end in not_prose):
            continue
        word = match.group()
        if _in_a_name(text, match, starts[number - 1]) or _quoted(text, match, starts[number - 1]) or _a_computers(text, match):
            continue
        british = in_case_of(word, spellings[word.lower()])
        column = match.start() - starts[number - 1] + 1
        warn(number, "spelling", f"American spelling '{word}'", f"write '{british}'", column=column)

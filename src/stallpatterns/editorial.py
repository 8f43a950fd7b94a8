"""Editorial checks: warnings that help an author, configured in ``mkdocs.yml``.

Warnings never stop a build; they point at prose that is too short or long, or at an
American spelling in a British English catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .pattern import PatternSection
from .settings import Settings
from .source import Source
from .text import line_at, line_starts, word_count

Warn = Callable[..., None]


def check(source: Source, settings: Settings, sections: tuple[PatternSection, ...] | None, warn: Warn) -> None:
    bounds = settings.editorial.section_words
    if bounds and sections:
        low, high = bounds
        for section in sections:
            count = word_count(section.markdown)
            if count and not low <= count <= high:
                warn(
                    section.line,
                    "section-length",
                    f"section \"{section.heading}\" has {count} words; aim for {low}–{high}",
                    "tighten it" if count > high else "say a little more: what would the reader recognise?",
                )
    _check_spellings(source, settings, warn)


@lru_cache(maxsize=8)
def _finder(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for every configured spelling, compiled once per configuration."""
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.I)


_NOT_PROSE = re.compile(r"`[^`\n]*`|\]\([^)\n]*\)|<https?://[^>\n]*>|https?://\S+")


def _check_spellings(source: Source, settings: Settings, warn: Warn) -> None:
    spellings = settings.editorial.spellings
    if not spellings:
        return
    text = source.text
    lowered = text.lower()
    if not any(word in lowered for word in spellings):  # a substring scan is 10× faster
        return
    matches = list(_finder(tuple(spellings)).finditer(text))
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
        word = match.group(1)
        british = spellings[word.lower()]
        if word[0].isupper():
            british = british.capitalize()
        column = match.start() - starts[number - 1] + 1
        warn(number, "spelling", f"American spelling '{word}'", f"write '{british}'", column=column)

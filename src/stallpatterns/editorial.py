"""Editorial checks: warnings that help an author, configured in ``mkdocs.yml``.

Warnings never stop a build; they point at prose that is too short or long, or at an
American spelling in a British English catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .pattern import PatternSection
from .settings import Settings
from .source import Source
from .text import words

Warn = Callable[..., None]


def check(source: Source, settings: Settings, sections: tuple[PatternSection, ...] | None, warn: Warn) -> None:
    bounds = settings.editorial.section_words
    if bounds and sections:
        low, high = bounds
        for section in sections:
            count = len(words(section.markdown))
            if count and not low <= count <= high:
                warn(
                    section.line,
                    "section-length",
                    f"section \"{section.heading}\" has {count} words; aim for {low}–{high}",
                    "tighten it" if count > high else "say a little more: what would the reader recognise?",
                )
    _check_spellings(source, settings, warn)


def _check_spellings(source: Source, settings: Settings, warn: Warn) -> None:
    spellings = settings.editorial.spellings
    if not spellings:
        return
    finder = re.compile(r"\b(" + "|".join(map(re.escape, spellings)) + r")\b", re.I)
    code_lines = {
        line
        for block in source.blocks
        if block.kind == "code"
        for line in range(block.line, block.end_line + 1)
    }
    for number, line in enumerate(source.text.split("\n"), start=1):
        if number in code_lines:
            continue
        for match in finder.finditer(line):
            word = match.group(1)
            british = spellings[word.lower()]
            if word[0].isupper():
                british = british.capitalize()
            warn(number, "spelling", f"American spelling '{word}'", f"write '{british}'", column=match.start() + 1)

"""The domain: a checked stall pattern, immutable and typed."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path

WORDS_PER_MINUTE = 200

RESERVED_SLUGS = frozenset({"index"})
"""Slugs no pattern may take: ``patterns/index.md`` is the All patterns page, /patterns/."""

DEVICE_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))})
"""Names Windows keeps for its devices, whatever the extension: git on Windows cannot check
out ``patterns/con.md`` ('invalid path'), and a build there cannot write ``patterns/con/``."""

# A pattern page links to this many related patterns, the first of its own 'related' list:
# a longer list is cut there, so the author hears of it rather than finding it on the site.
RELATED_SHOWN = 3


@dataclass(frozen=True)
class PatternSection:
    key: str
    heading: str
    markdown: str
    line: int
    html: str = ""  # the section's content as published (its heading is not included)


@dataclass(frozen=True)
class Pattern:
    slug: str
    path: Path
    title: str
    summary: str
    category: str
    signs: tuple[str, ...]
    published: date
    body: str
    sections: tuple[PatternSection, ...]
    html: str = ""  # the body as published: each section's heading and content
    updated: date | None = None
    related: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    # Other names a reader may know the stall by: searched, never shown as the title.
    also_known_as: tuple[str, ...] = ()
    draft: bool = False
    word_count: int = 0
    # The distinct words of its sections as the site search reads them, sorted and joined
    # by spaces (stallpatterns.text.html_words): one string, not a set of a few hundred,
    # is a tenth of the memory, and costs nothing to keep between builds.
    words: str = ""
    # Where each front-matter key (and "related[0]", "aliases[1]", ...) was written.
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __hash__(self) -> int:
        # Worked out once: a build asks it thousands of times (the templates' kept
        # fragments, the data files' kept records), of fields that hold whole sections.
        found: int | None = self.__dict__.get("_hash")
        if found is None:
            found = hash(tuple(getattr(self, f.name) for f in fields(self) if f.compare))
            object.__setattr__(self, "_hash", found)
        return found

    def __getstate__(self) -> dict[str, object]:
        # Kept checks are pickled: a string's hash differs from one run to the next.
        return {name: value for name, value in self.__dict__.items() if name != "_hash"}

    @property
    def url(self) -> str:
        """The page's URL, relative to the site root."""
        return f"patterns/{self.slug}/"

    @property
    def last_modified(self) -> date:
        return self.updated or self.published

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))

    def line_of(self, key: str) -> int:
        return self.lines.get(key, 1)

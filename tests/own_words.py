"""A pattern's summary and signs made its own: a copy of another pattern's is an error
(duplicate-summary, duplicate-sign), and the test fixtures start from one file."""

from __future__ import annotations

import zlib

# The minimal fixture's words that name its pilot, in its summary and each of its signs.
_PILOTS = ("A pilot is approved", "The pilot's success criteria", "Progress reports describe", "would end the pilot")


def own_words(text: str, key: str) -> str:
    """The minimal fixture's ``text`` with its summary and signs numbered from ``key``."""
    number = zlib.crc32(key.encode()) % 1_000_000
    for said in _PILOTS:
        text = text.replace(said, said.replace("pilot", f"pilot {number}").replace("Progress", f"Pilot {number}'s progress"), 1)
    return text

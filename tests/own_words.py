"""A pattern's summary, signs and sections made its own: a copy of another pattern's is an
error (duplicate-summary, duplicate-sign) or a warning (duplicate-section), and the test
fixtures start from one file."""

from __future__ import annotations

import zlib

# The minimal fixture's words that name its pilot, in its summary and each of its signs.
_PILOTS = ("A pilot is approved", "The pilot's success criteria", "Progress reports describe", "would end the pilot")
# And in each of its sections: a section another pattern says word for word is told too.
_SECTIONS = (("has run an assistant", "has run assistant {number}"), ("The pilot was approved", "Pilot {number} was approved"), ("Write down, before the next", "Write down, before pilot {number}'s next"))


def own_words(text: str, key: str) -> str:
    """The minimal fixture's ``text`` with its summary, signs and sections numbered from ``key``."""
    number = zlib.crc32(key.encode()) % 1_000_000
    for said in _PILOTS:
        text = text.replace(said, said.replace("pilot", f"pilot {number}").replace("Progress", f"Pilot {number}'s progress"), 1)
    for said, own in _SECTIONS:
        text = text.replace(said, own.format(number=number), 1)
    return text

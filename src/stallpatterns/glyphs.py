"""Which characters the social cards' font can draw, read from the font file's own table
of characters (its ``cmap``), so that a title's check need not load Pillow or draw.

A character the font has no glyph for is drawn as nothing on the card: a title in
another script, or an emoji in one, would be shared without it.
"""

from __future__ import annotations

import struct
import unicodedata
from functools import lru_cache
from importlib import resources

FONT_PACKAGE = "font_caladea"
TITLE_FONT = "Caladea-Bold.ttf"  # the cards' titles (stallpatterns.cards draws them in bold)
_UNICODE_FULL = ((3, 10), (0, 4), (0, 6))  # encodings of format 12 tables: every plane
_UNICODE_BMP = ((3, 1), (0, 3), (0, 1), (0, 0))  # encodings of format 4 tables: the first plane


def as_drawn(text: str, font_file: str = TITLE_FONT) -> str:
    """``text`` as the card draws it: an accent typed as a letter and a combining mark ('e'
    + U+0301) as the one accented letter, and a character the font lacks as the plain one
    it stands for, where the font has that ('𝐧𝐨𝐭' in mathematical bold as 'not', 'ﬁ' as
    'fi'): dropped, it could turn a title's meaning round on a shared link's card."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return text
    covered = _covered(font_file)
    return "".join(
        plain if ord(char) not in covered and (plain := unicodedata.normalize("NFKC", char)) != char and all(ord(c) in covered for c in plain) else char
        for char in text
    )


def undrawable(text: str, font_file: str = TITLE_FONT) -> list[str]:
    """The distinct characters of ``text``, in order, that the font has no glyph for
    (spaces and line breaks aside, which are not drawn), as :func:`as_drawn` has it."""
    covered = _covered(font_file)
    seen: list[str] = []
    for char in as_drawn(text, font_file):
        if ord(char) in covered or char.isspace() or char in seen:
            continue
        # The text shaper draws a character as its canonical equivalent (';' for U+037E).
        if all(ord(c) in covered for c in unicodedata.normalize("NFD", char)):
            continue
        seen.append(char)
    return seen


@lru_cache(maxsize=None)
def _covered(font_file: str) -> frozenset[int]:
    data = resources.files(FONT_PACKAGE).joinpath("files", font_file).read_bytes()
    return frozenset(_cmap(data))


def _cmap(data: bytes) -> set[int]:
    """The code points a TrueType or OpenType font maps to a glyph other than the missing one."""
    tables = struct.unpack_from(">H", data, 4)[0]
    for index in range(tables):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        if tag == b"cmap":
            break
    else:
        return set()
    count = struct.unpack_from(">H", data, offset + 2)[0]
    full = bmp = None
    for index in range(count):
        platform, encoding, start = struct.unpack_from(">HHI", data, offset + 4 + 8 * index)
        form = struct.unpack_from(">H", data, offset + start)[0]
        if form == 12 and (platform, encoding) in _UNICODE_FULL:
            full = offset + start
        elif form == 4 and (platform, encoding) in _UNICODE_BMP:
            bmp = offset + start
    if full is not None:
        return _format_12(data, full)
    return _format_4(data, bmp) if bmp is not None else set()


def _format_12(data: bytes, at: int) -> set[int]:
    groups = struct.unpack_from(">I", data, at + 12)[0]
    found: set[int] = set()
    for index in range(groups):
        first, last, glyph = struct.unpack_from(">III", data, at + 16 + 12 * index)
        found.update(c for c in range(first, last + 1) if glyph + (c - first) != 0)
    return found


def _format_4(data: bytes, at: int) -> set[int]:
    segments = struct.unpack_from(">H", data, at + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", data, at + 14)
    starts_at = at + 16 + 2 * segments
    starts = struct.unpack_from(f">{segments}H", data, starts_at)
    deltas = struct.unpack_from(f">{segments}h", data, starts_at + 2 * segments)
    ranges_at = starts_at + 4 * segments
    ranges = struct.unpack_from(f">{segments}H", data, ranges_at)
    found: set[int] = set()
    for index in range(segments):
        for char in range(starts[index], ends[index] + 1):
            if char == 0xFFFF:
                continue
            if ranges[index] == 0:
                glyph = (char + deltas[index]) & 0xFFFF
            else:
                address = ranges_at + 2 * index + ranges[index] + 2 * (char - starts[index])
                glyph = struct.unpack_from(">H", data, address)[0]
                glyph = (glyph + deltas[index]) & 0xFFFF if glyph else 0
            if glyph:
                found.add(char)
    return found

"""Social cards: the 1200×630 PNG a link preview shows (``og:image``), made offline.

Each card shows a page's title, an eyebrow line (the pattern's category) and the site's
name, in the site's own colours (read from the custom properties at the top of
``site.css``) and in Caladea, a serif shipped inside the ``font-caladea`` package
(Apache 2.0): nothing is fetched and no system font is assumed.

Cards are cached by content: a card's file name in the cache is the hash of everything
that shapes its pixels, so a rebuild renders only the cards whose text changed and
copies the rest. Nothing here knows about MkDocs.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import io
import os
import re
import shutil
import stat
import time
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from . import glyphs
from .store import linked, user_key, write_whole

if TYPE_CHECKING:  # Pillow is imported when a card is drawn: most builds take every card from the cache
    from PIL import ImageFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
BAND = 120  # the site-name band along the bottom
TITLE_SIZES = (76, 68, 60, 54, 48, 44)
LINE_HEIGHT = 1.18
EYEBROW_SIZE = 32
SITE_SIZE = 34
RENDERER = "5"  # bump when the drawing changes, so every cached card is made afresh

_FONT_PACKAGE = "font_caladea"
_FONT_FILES = {"bold": "Caladea-Bold.ttf", "regular": "Caladea-Regular.ttf"}

# The title's box: everything the title may cover.
TITLE_BOX = (MARGIN, 150, WIDTH - MARGIN, HEIGHT - BAND - 40)


@dataclass(frozen=True)
class Palette:
    """The card's colours, by the names of the stylesheet's custom properties."""

    paper: str = "#fdfcf9"
    ink: str = "#1b1f24"
    accent: str = "#1d3a5f"
    accent_ink: str = "#ffffff"
    tag_bg: str = "#eef2f7"
    cta_bg: str = "#f3efe4"

    @classmethod
    def from_css(cls, css: str) -> Palette:
        """The light scheme's colours from the first ``:root { ... }`` block of a stylesheet."""
        block = re.search(r":root\s*\{(.*?)\}", css, re.S)
        found = dict(re.findall(r"--([a-z-]+)\s*:\s*(#[0-9a-fA-F]{3,8})\s*;", block.group(1) if block else ""))
        names = {name: found.get(name.replace("_", "-"), default) for name, default in _defaults().items()}
        return cls(**names)


def _defaults() -> dict[str, str]:
    return {name: str(field.default) for name, field in Palette.__dataclass_fields__.items()}


@dataclass(frozen=True)
class Card:
    title: str
    eyebrow: str
    site_name: str

    def key(self, palette: Palette) -> str:
        """The hash of everything that shapes the card's pixels."""
        return _card_key(self, palette)


@dataclass(frozen=True)
class TitleLayout:
    lines: tuple[str, ...]
    size: int
    origins: tuple[tuple[int, int], ...]
    """Where each line is drawn: a glyph that overhangs its start (A, W) is moved inside the box."""
    boxes: tuple[tuple[int, int, int, int], ...]
    """Each line's ink box (left, top, right, bottom) on the card."""


@lru_cache(maxsize=None)
def _font_path(weight: str) -> str:
    return str(resources.files(_FONT_PACKAGE).joinpath("files", _FONT_FILES[weight]))


@lru_cache(maxsize=None)
def font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    return ImageFont.truetype(_font_path(weight), size)


@lru_cache(maxsize=4096)  # `mkdocs serve` asks again on every update, for every card
def _card_key(card: Card, palette: Palette) -> str:
    parts = (RENDERER, _font_digest(), card.title, card.eyebrow, card.site_name, repr(palette))
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:32]


@lru_cache(maxsize=1)
def _font_digest() -> str:
    digest = hashlib.sha256()
    for weight in sorted(_FONT_FILES):
        digest.update(Path(_font_path(weight)).read_bytes())
    return digest.hexdigest()[:16]


def _wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy wrapping at spaces; a word wider than the line is broken between characters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if face.getlength(candidate) <= width - 2:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for char in word:
            if face.getlength(current + char) > width - 2 and current:
                lines.append(current)
                current = ""
            current += char
    if current:
        lines.append(current)
    return lines


def layout_title(title: str) -> TitleLayout:
    """The largest size at which the title fits its box; at the smallest, the lines that
    do not fit are dropped and the last one ends with an ellipsis."""
    left, top, right, bottom = TITLE_BOX
    width, height = right - left, bottom - top
    text = " ".join(glyphs.as_drawn(title).split())  # as the title's check reads it (rules: card-cannot-draw)
    for size in TITLE_SIZES:
        face = font("bold", size)
        step = round(size * LINE_HEIGHT)
        lines = _wrap(text, face, width)
        fits = len(lines) * step <= height
        if fits or size == TITLE_SIZES[-1]:
            break
    if not fits:
        keep = max(1, height // step)
        lines = lines[:keep]
        last = lines[-1]
        while last and face.getlength(last + "…") > width - 2:
            last = last[:-1].rstrip()
        lines[-1] = last + "…"
    origins, boxes = [], []
    for index, line in enumerate(lines):
        x0, y0, x1, y1 = (int(v) for v in face.getbbox(line))
        x, y = left - min(0, x0), top + index * step
        origins.append((x, y))
        boxes.append((x + x0, y + y0, x + x1, y + y1))
    return TitleLayout(tuple(lines), size, tuple(origins), tuple(boxes))


LEVELS = 32  # shades of anti-aliasing between a text colour and its background
EYEBROW_Y = 78
STRIPE = 8  # the cta-coloured rule above the band


def render(card: Card, palette: Palette) -> bytes:
    """The card as PNG bytes.

    The text is drawn once as a coverage mask; each band of the card then maps coverage
    to one of 32 shades between its background and its text colour. A palette image made
    this way looks the same as the full-colour one, is a third of its size, and needs no
    colour quantising (which cost three times the drawing).
    """
    from PIL import Image, ImageDraw

    mask = Image.new("L", (WIDTH, HEIGHT), 0)
    draw = ImageDraw.Draw(mask)
    eyebrow = font("bold", EYEBROW_SIZE)
    draw.text((MARGIN, EYEBROW_Y), _fit(card.eyebrow, eyebrow, WIDTH - 2 * MARGIN), font=eyebrow, fill=255)
    title = layout_title(card.title)
    face = font("bold", title.size)
    for origin, line in zip(title.origins, title.lines):
        draw.text(origin, line, font=face, fill=255)
    site = font("bold", SITE_SIZE)
    site_y = HEIGHT - BAND + (BAND - SITE_SIZE) // 2 - 4
    draw.text((MARGIN, site_y), _fit(card.site_name, site, WIDTH - 2 * MARGIN), font=site, fill=255)

    bands = (  # (top, bottom, background, text colour): the eyebrow, the title, the site's name
        (0, TITLE_BOX[1] - 10, palette.accent, palette.tag_bg),
        (TITLE_BOX[1] - 10, HEIGHT - BAND, palette.accent, palette.accent_ink),
        (HEIGHT - BAND, HEIGHT, palette.paper, palette.accent),
    )
    shades: list[int] = []
    indexed = Image.new("L", (WIDTH, HEIGHT), 0)
    for number, (top, bottom, background, ink) in enumerate(bands):
        base = number * LEVELS
        lut = [base + value * LEVELS // 256 for value in range(256)]
        indexed.paste(mask.crop((0, top, WIDTH, bottom)).point(lut), (0, top))
        shades += _gradient(background, ink)
    stripe = len(bands) * LEVELS
    shades += _rgb(palette.cta_bg)
    ImageDraw.Draw(indexed).rectangle((0, HEIGHT - BAND, WIDTH, HEIGHT - BAND + STRIPE - 1), fill=stripe)
    image = Image.frombytes("P", (WIDTH, HEIGHT), indexed.tobytes())
    image.putpalette(shades)
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=6)
    return out.getvalue()


def _rgb(colour: str) -> list[int]:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return [int(value[i : i + 2], 16) for i in (0, 2, 4)]


def _gradient(start: str, end: str) -> list[int]:
    a, b = _rgb(start), _rgb(end)
    return [round(a[c] + (b[c] - a[c]) * step / (LEVELS - 1)) for step in range(LEVELS) for c in range(3)]


def _fit(text: str, face: ImageFont.FreeTypeFont, width: int) -> str:
    """One line of at most ``width`` pixels, shortened with an ellipsis when needed."""
    text = " ".join(text.split())
    if face.getlength(text) <= width:
        return text
    while text and face.getlength(text + "…") > width:
        text = text[:-1].rstrip()
    return text + "…"


@dataclass(frozen=True)
class Written:
    rendered: int
    reused: int
    # The names of the cached files these cards are, or None when no cache was used (no
    # key, or a linked folder): not compared, since the counts are the result.
    used: frozenset[str] | None = field(default=None, compare=False)


UNUSED_DAYS = 14
"""A cached card that no build has used for this long is deleted (:func:`prune`)."""
_DAY = 86400


def write_cards(cards: Iterable[tuple[Path, Card]], palette: Palette, cache_dir: Path, link: bool = True) -> Written:
    """Write each card to its path, rendering only those not already in ``cache_dir``.

    A cached card's name is a keyed hash of everything that shapes it, with this user's
    key (:func:`stallpatterns.store.user_key`, kept outside the repository): a file that
    anyone else put in the cache (a pull request, say) is never taken for a card. The
    cache is never used through a link; without a key, or behind a link, every card is
    drawn afresh.

    ``link``: place each card as a hard link to the cached file (no bytes copied) where
    the file system allows; otherwise, or when False, as a copy."""
    key = user_key()
    cached_in = cache_dir if key is not None and not linked(cache_dir, levels=3) else None
    if cached_in is not None:
        cached_in.mkdir(parents=True, exist_ok=True)
    rendered = reused = 0
    used: set[str] = set()
    made: set[Path] = set()
    for target, card in cards:
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        if key is None or cached_in is None:
            target.unlink(missing_ok=True)
            target.write_bytes(render(card, palette))
            rendered += 1
            continue
        cached = cached_in / f"{hmac.new(key, card.key(palette).encode(), 'sha256').hexdigest()}.png"
        used.add(cached.name)
        if (made_at := _regular_mtime(cached)) is not None:
            reused += 1
            if made_at < time.time() - _DAY:  # marked as used, once a day at most (see prune)
                with contextlib.suppress(OSError):
                    os.utime(cached, follow_symlinks=False)
        else:
            write_whole(cached, render(card, palette))  # never a half-written card in the cache
            rendered += 1
        _place(cached, target, link)
    return Written(rendered, reused, frozenset(used) if cached_in is not None else None)


def prune(cache_dir: Path, used: AbstractSet[str] | None, days: float = UNUSED_DAYS) -> int:
    """Delete the cached cards that a whole build did not use (``used``: its cards' names,
    from :func:`write_cards`; None, when it used no cache, deletes nothing) and that no
    build has used for ``days`` (:func:`write_cards` marks a card it reuses, once a day),
    so the cache does not grow with every title ever previewed; a card of another
    branch's build is drawn again if it is needed again. Nothing is deleted through a
    link. The number deleted."""
    if used is None or linked(cache_dir, levels=3):
        return 0
    cutoff = time.time() - days * _DAY
    removed = 0
    try:
        entries = list(os.scandir(cache_dir))
    except OSError:
        return 0
    for entry in entries:
        try:
            if entry.name in used or not entry.is_file(follow_symlinks=False) or entry.stat(follow_symlinks=False).st_mtime > cutoff:
                continue
            os.unlink(entry.path)
            removed += 1
        except OSError:
            continue  # gone already, or not ours to delete: the next build tries again
    return removed


def _regular_mtime(path: Path) -> float | None:
    """When ``path`` was last written, if it is a file of its own (never a link to one)."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return info.st_mtime if stat.S_ISREG(info.st_mode) else None


def _place(cached: Path, target: Path, link: bool) -> None:
    if link:
        try:
            os.link(cached, target)  # a new site has no card there yet: one call
            return
        except FileExistsError:
            target.unlink()
            with contextlib.suppress(OSError):
                os.link(cached, target)
                return
        except OSError:
            pass  # another file system: copy
    target.unlink(missing_ok=True)
    shutil.copyfile(cached, target)

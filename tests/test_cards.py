"""Social cards: 1200×630 PNGs in the site's colours; long titles wrap inside the card;
a rebuild draws only the cards whose text changed."""

from __future__ import annotations

import io
import string
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from stallpatterns import cards
from stallpatterns.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
STYLESHEET = ROOT / "overrides" / "assets" / "site.css"
PALETTE = cards.Palette.from_css(STYLESHEET.read_text(encoding="utf-8"))
CANDIDATES = string.ascii_letters + string.digits + string.punctuation + "—…ŴÆŒ™@%&"


def widest_character() -> str:
    face = cards.font("bold", cards.TITLE_SIZES[0])
    return max(CANDIDATES, key=face.getlength)


def longest_titles(settings: Settings) -> dict[str, str]:
    """The longest title the contract allows, made of the widest character, with and without spaces."""
    longest = settings.limits.title[1]
    wide = widest_character()
    words = " ".join([wide * 8] * 20)[:longest]
    return {"no-spaces": wide * longest, "words": words, "one-long-word": "A " + wide * (longest - 2)}


def test_the_palette_comes_from_the_stylesheets_custom_properties() -> None:
    css = STYLESHEET.read_text(encoding="utf-8")
    light = css[css.index(":root") : css.index("}")]
    for name, value in vars(PALETTE).items():
        assert f"--{name.replace('_', '-')}: {value};" in light


@pytest.mark.parametrize("kind", ["no-spaces", "words", "one-long-word"])
def test_the_longest_title_of_the_widest_characters_stays_inside_the_card(settings: Settings, kind: str) -> None:
    title = longest_titles(settings)[kind]
    assert len(title) == settings.limits.title[1]
    layout = cards.layout_title(title)
    left, top, right, bottom = cards.TITLE_BOX
    assert "".join(layout.lines).replace(" ", "").rstrip("…") == title.replace(" ", "")[: len("".join(layout.lines).replace(" ", "").rstrip("…"))]
    for box in layout.boxes:
        assert left <= box[0] and box[2] <= right and top <= box[1] and box[3] <= bottom, (kind, box)
    # And in the pixels: the margins beside the title hold nothing but the background.
    image = Image.open(io.BytesIO(cards.render(cards.Card(title, "Stall pattern · Accountability", "Stall Patterns"), PALETTE)))
    rgb = image.convert("RGB")
    background = rgb.getpixel((5, cards.TITLE_BOX[1] + 5))
    for x in list(range(0, left - 2)) + list(range(right + 2, cards.WIDTH)):
        for y in range(cards.TITLE_BOX[1], cards.HEIGHT - cards.BAND, 7):
            assert rgb.getpixel((x, y)) == background, (kind, x, y)


def test_a_title_too_long_for_the_card_ends_with_an_ellipsis_inside_it() -> None:
    layout = cards.layout_title(widest_character() * 400)
    assert layout.lines[-1].endswith("…")
    assert all(box[2] <= cards.TITLE_BOX[2] and box[3] <= cards.TITLE_BOX[3] for box in layout.boxes)


def test_a_card_is_a_small_1200_by_630_png_in_the_site_colours() -> None:
    data = cards.render(cards.Card("AI pilots that never reach production", "Stall pattern · Value", "Stall Patterns"), PALETTE)
    assert data.startswith(b"\x89PNG")
    image = Image.open(io.BytesIO(data))
    assert image.size == (1200, 630)
    assert len(data) <= 60_000
    rgb = image.convert("RGB")
    hexes = {"#%02x%02x%02x" % rgb.getpixel(point) for point in [(5, 5), (5, 625)]}
    assert hexes == {PALETTE.accent, PALETTE.paper}


def test_a_rebuild_draws_only_the_cards_whose_text_changed(tmp_path: Path) -> None:
    cache, site = tmp_path / "cache", tmp_path / "site"
    made = [(site / f"{n}.png", cards.Card(f"Pattern number {n} of the test", "Stall pattern · Value", "Stall Patterns")) for n in range(4)]
    assert cards.write_cards(made, PALETTE, cache) == cards.Written(rendered=4, reused=0)
    first = {path: path.read_bytes() for path, _ in made}
    assert cards.write_cards(made, PALETTE, cache) == cards.Written(rendered=0, reused=4)
    assert {path: path.read_bytes() for path, _ in made} == first
    made[2] = (made[2][0], cards.Card("A retitled pattern of the test", "Stall pattern · Value", "Stall Patterns"))
    assert cards.write_cards(made, PALETTE, cache) == cards.Written(rendered=1, reused=3)
    assert made[2][0].read_bytes() != first[made[2][0]]
    # Other colours are other cards.
    assert cards.write_cards(made[:1], cards.Palette(accent="#000000"), cache).rendered == 1
    assert sorted(p.suffix for p in cache.iterdir()) == [".png"] * 6


def test_cards_taken_from_the_cache_never_load_pillow(tmp_path: Path) -> None:
    import subprocess
    import sys

    # Run apart from this process, which has Pillow loaded already.
    program = f"""
import sys
from pathlib import Path
import stallpatterns.mkdocs_plugin.plugin
from stallpatterns import cards
made = [(Path({str(tmp_path)!r}) / "site" / "1.png", cards.Card("A cached card", "Stall pattern · Value", "Stall Patterns"))]
cache = Path({str(tmp_path)!r}) / "cache"
assert "PIL" not in sys.modules, "imported with the plugin"
cards.write_cards(made, cards.Palette(), cache)
assert "PIL" in sys.modules, "not imported to draw"
"""
    first = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT)
    assert first.returncode == 0, first.stderr
    again = program.replace('assert "PIL" in sys.modules, "not imported to draw"', 'assert "PIL" not in sys.modules, "imported for a cached card"')
    second = subprocess.run([sys.executable, "-c", again], capture_output=True, text=True, cwd=ROOT)
    assert second.returncode == 0, second.stderr


def test_the_card_benchmark_prints_cold_warm_and_bytes() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_cards.py"), "--count", "20"], capture_output=True, text=True, cwd=ROOT)
    assert "cold: " in result.stdout and "warm: " in result.stdout and "bytes: median" in result.stdout, result.stdout + result.stderr
    rows = {line.split()[0]: line.split()[-2:] for line in result.stdout.splitlines() if line.startswith(("cold ", "warm "))}
    assert rows == {"cold": ["20", "0"], "warm": ["0", "20"]}


def test_a_card_put_in_the_cache_by_anyone_else_is_never_published(tmp_path: Path) -> None:
    # A pull request can commit files into .cache/: a planted card, named as an unkeyed
    # hash of its text would be, must not become a page's og:image.
    cache, site = tmp_path / "cache", tmp_path / "site"
    card = cards.Card("A pattern whose card someone planted", "Stall pattern · Value", "Stall Patterns")
    cache.mkdir()
    (cache / f"{card.key(PALETTE)}.png").write_bytes(b"planted")
    assert cards.write_cards([(site / "a.png", card)], PALETTE, cache) == cards.Written(rendered=1, reused=0)
    assert (site / "a.png").read_bytes().startswith(b"\x89PNG")


def test_a_cache_behind_a_link_is_never_written(tmp_path: Path) -> None:
    outside, project, site = tmp_path / "outside", tmp_path / "project", tmp_path / "site"
    outside.mkdir()
    (project / ".cache").mkdir(parents=True)
    (project / ".cache" / "stallpatterns").symlink_to(outside, target_is_directory=True)
    card = cards.Card("A pattern drawn while the cache is a link", "Stall pattern · Value", "Stall Patterns")
    cards.write_cards([(site / "a.png", card)], PALETTE, project / ".cache" / "stallpatterns" / "cards")
    assert (site / "a.png").read_bytes().startswith(b"\x89PNG")
    assert list(outside.iterdir()) == []


def test_a_build_deletes_cached_cards_unused_for_two_weeks_and_nothing_else(tmp_path: Path) -> None:
    import os
    import time

    cache, site = tmp_path / "cache", tmp_path / "site"
    made = [(site / f"{n}.png", cards.Card(f"Pattern number {n} of the test", "Stall pattern · Value", "Stall Patterns")) for n in range(3)]
    names = sorted(cards.write_cards(made, PALETTE, cache).used)
    assert len(names) == 3
    weeks_ago = time.time() - (cards.UNUSED_DAYS + 1) * 86400
    for name in names:
        os.utime(cache / name, (weeks_ago, weeks_ago))
    (cache / "new-and-unused.png").write_bytes(b"drawn today by another branch's build")
    written = cards.write_cards(made[:2], PALETTE, cache)  # the third pattern was retitled or removed
    assert written.reused == 2
    assert cards.prune(cache, written.used) == 1
    assert sorted(p.name for p in cache.iterdir()) == sorted([*written.used, "new-and-unused.png"])
    assert all((site / f"{n}.png").read_bytes()[:4] == b"\x89PNG" for n in range(2))


def test_pruning_never_deletes_through_a_link(tmp_path: Path) -> None:
    import os
    import time

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    old = elsewhere / "precious.png"
    old.write_bytes(b"not a card")
    weeks_ago = time.time() - (cards.UNUSED_DAYS + 1) * 86400
    os.utime(old, (weeks_ago, weeks_ago))
    (tmp_path / "cache").symlink_to(elsewhere)
    assert cards.prune(tmp_path / "cache", frozenset()) == 0
    assert old.exists()


def test_a_reused_card_counts_as_used_for_every_build_that_prunes(tmp_path: Path) -> None:
    import os
    import time

    cache, site = tmp_path / "cache", tmp_path / "site"
    made = [(site / "1.png", cards.Card("A pattern built on one branch", "Stall pattern · Value", "Stall Patterns"))]
    [name] = cards.write_cards(made, PALETTE, cache).used or ()
    weeks_ago = time.time() - (cards.UNUSED_DAYS + 1) * 86400
    os.utime(cache / name, (weeks_ago, weeks_ago))
    assert cards.write_cards(made, PALETTE, cache).reused == 1  # used again today
    assert cards.prune(cache, frozenset()) == 0  # so another branch's build keeps it
    assert (cache / name).exists()


def test_a_build_that_used_no_cache_deletes_nothing_from_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import time

    cache = tmp_path / "cache"
    cache.mkdir()
    old = cache / ("1" * 64 + ".png")
    old.write_bytes(b"a card cached by an earlier build")
    weeks_ago = time.time() - (cards.UNUSED_DAYS + 1) * 86400
    os.utime(old, (weeks_ago, weeks_ago))
    monkeypatch.setattr(cards, "user_key", lambda: None)  # no home folder to keep a key in
    written = cards.write_cards([(tmp_path / "site" / "1.png", cards.Card("A card drawn afresh", "Stall pattern · Value", "Stall Patterns"))], PALETTE, cache)
    assert written.rendered == 1 and written.used is None
    assert cards.prune(cache, written.used) == 0
    assert old.exists()


def test_the_characters_the_card_font_lacks_are_those_pillow_draws_as_its_missing_glyph():
    # glyphs.py reads the font's table of characters without Pillow; what it finds missing
    # must be what Pillow draws as the font's missing glyph, over Latin, Greek, Cyrillic,
    # punctuation and symbols (spaces, characters that draw as nothing, and characters the
    # text shaper draws as their canonical equivalents aside).
    from PIL import ImageFont

    from stallpatterns import glyphs

    face = ImageFont.truetype(cards._font_path("bold"), 40)
    missing_glyph = bytes(face.getmask("\U000f0000"))
    checked = 0
    for code in range(0x21, 0x2200):
        char = chr(code)
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Mn", "Cn") or unicodedata.decomposition(char):
            continue
        mask = face.getmask(char)
        drawn_as_missing = bool(mask.size[0]) and bytes(mask) == missing_glyph
        assert (glyphs.undrawable(char) == [char]) is drawn_as_missing, f"U+{code:04X}"
        checked += 1
    assert checked > 3000
    assert glyphs.undrawable("Nobody’s “good enough” — café, £750 …") == []
    assert glyphs.undrawable("The «مشروع» pilot 🚀 stalls") == ["م", "ش", "ر", "و", "ع", "🚀"]


def test_an_accent_typed_as_a_combining_mark_is_drawn_as_the_accented_letter():
    # 'e' then U+0301, as some keyboards and pasted text give 'é': the font has 'é', not the mark alone.
    from stallpatterns import glyphs

    decomposed, composed = "Cafe\u0301 culture and the nai\u0308ve pilot", "Café culture and the naïve pilot"
    assert glyphs.undrawable(decomposed) == []
    assert cards.layout_title(decomposed).lines == cards.layout_title(composed).lines


def test_a_letter_the_font_lacks_is_drawn_as_the_plain_letter_it_stands_for():
    # Mathematical bold 'not', dropped from the card, turned the title's meaning round.
    from stallpatterns import glyphs

    styled = "The sponsor who has \U0001d427\U0001d428\U0001d42d moved on, \U0001d41f\U0001d422nally"
    assert glyphs.undrawable(styled) == []
    assert cards.layout_title(styled).lines == cards.layout_title("The sponsor who has not moved on, finally").lines
    # A character with no plain form the font has is still reported, and not drawn.
    assert glyphs.undrawable("The pilot \U0001f680 stalls") == ["\U0001f680"]

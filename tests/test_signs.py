"""Stable sign ids for the stall finder: a shared link keeps its meaning when signs move."""

from __future__ import annotations

import dataclasses
import subprocess
from datetime import date
from pathlib import Path

from stallpatterns.catalogue import load
from stallpatterns.settings import load_settings
from stallpatterns.signs import ID_LENGTH, _digest, signs_of

ROOT = Path(__file__).resolve().parent.parent


def shipped():
    return list(load(load_settings(ROOT / "mkdocs.yml")).catalogue)


def test_every_sign_has_a_short_unique_id_and_its_old_positional_id():
    patterns = shipped()
    signs = [s for p in patterns for s in signs_of(patterns)[p.slug]]
    assert len({s.id for s in signs}) == len(signs)
    assert all(len(s.id) == ID_LENGTH and s.id.isalnum() for s in signs)
    first = patterns[0]
    assert [s.legacy_id for s in signs_of(patterns)[first.slug]] == [f"{first.slug}-{n}" for n in range(1, len(first.signs) + 1)]


def test_ids_survive_reordering_and_edits_elsewhere_in_the_file():
    pattern = shipped()[0]
    before = {s.text: s.id for s in signs_of([pattern])[pattern.slug]}
    moved = dataclasses.replace(pattern, signs=tuple(reversed(pattern.signs)), summary=pattern.summary + " Edited.", title="A new title entirely")
    after = {s.text: s.id for s in signs_of([moved])[moved.slug]}
    assert after == before
    # Case and spacing are not an edit to the sign's meaning either.
    respaced = dataclasses.replace(pattern, signs=tuple("  " + s.upper() for s in pattern.signs))
    assert [s.id for s in signs_of([respaced])[pattern.slug]] == [before[s] for s in pattern.signs]


def test_a_clash_of_short_ids_gets_a_longer_id_not_a_shared_one():
    pattern = shipped()[0]
    # The same sign text in the same slug hashes alike: the second one is lengthened.
    twice = dataclasses.replace(pattern, signs=(pattern.signs[0], pattern.signs[0]))
    first, second = signs_of([twice])[pattern.slug]
    assert first.id != second.id and second.id.startswith(first.id) and len(second.id) == ID_LENGTH + 1


def _colliding_signs(old_slug: str, new_slug: str) -> tuple[str, str]:
    """A sign for each slug whose short ids are the same (a birthday search: thirty bits
    take some tens of thousands of tries, as a newcomer aiming at them would make)."""
    olds: dict[str, str] = {}
    news: dict[str, str] = {}
    for n in range(1 << 22):
        old, new = f"The steering group meets {n} times", f"Nobody owns step {n}"
        olds.setdefault(_digest(old_slug, old)[:ID_LENGTH], old)
        news.setdefault(_digest(new_slug, new)[:ID_LENGTH], new)
        for short in {_digest(old_slug, old)[:ID_LENGTH], _digest(new_slug, new)[:ID_LENGTH]}:
            if short in olds and short in news:
                return olds[short], news[short]
    raise AssertionError("no collision found")


def _git(folder: Path, *args: str) -> None:
    identity = ["-c", "user.name=Author", "-c", "user.email=author@example.com", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", *identity, *args], cwd=folder, check=True, capture_output=True)


def test_a_newcomer_whose_sign_matches_a_shared_id_gets_the_longer_id(tmp_path: Path):
    original = shipped()[0]
    old_sign, new_sign = _colliding_signs("the-original", "aa-the-newcomer")
    folder = tmp_path / "patterns"
    folder.mkdir()
    old = dataclasses.replace(original, slug="the-original", path=folder / "the-original.md", signs=(old_sign,), published=date(2026, 1, 1))
    # Listed first, and dated earlier: neither makes the newcomer the older.
    new = dataclasses.replace(original, slug="aa-the-newcomer", path=folder / "aa-the-newcomer.md", signs=(new_sign,), published=date(2020, 1, 1))
    old.path.write_text("the original", encoding="utf-8")
    _git(folder, "init", "-q")
    _git(folder, "add", "-A")
    _git(folder, "commit", "-q", "-m", "the catalogue")
    before = signs_of([old], folder)["the-original"][0].id
    new.path.write_text("a newcomer, not committed yet", encoding="utf-8")
    for step in ("a pull request", "merged"):
        ids = signs_of([new, old], folder)
        assert ids["the-original"][0].id == before  # the link readers shared still means this sign
        assert len(before) == ID_LENGTH
        assert ids["aa-the-newcomer"][0].id != before and ids["aa-the-newcomer"][0].id.startswith(before)
        if step == "a pull request":
            _git(folder, "add", "-A")
            _git(folder, "commit", "-q", "-m", "a newcomer")

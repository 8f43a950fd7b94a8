"""Stable sign ids for the stall finder: a shared link keeps its meaning when signs move."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from stallpatterns.catalogue import load
from stallpatterns.settings import load_settings
from stallpatterns.signs import ID_LENGTH, signs_of

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

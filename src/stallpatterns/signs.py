"""Stable ids for the stall finder's signs.

A sign's id is a short hash of its pattern's slug and its own words (case and spacing
ignored), so a shared finder link keeps its meaning when signs are reordered or other
parts of the file change. The old positional ids (``<slug>-<n>``) are kept beside them
so that links made before still resolve while the sign stays where it was.

Two signs can share a short hash, by chance or because a newcomer's words were chosen to
(thirty bits take minutes to match). The sign that had the id first keeps it, and the
newer one gets a longer id: a newcomer never takes over the links readers already shared.
Which pattern is older is git's word, as for a contested title (:mod:`stallpatterns.history`).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import history
from .pattern import Pattern

ID_LENGTH = 6


@dataclass(frozen=True)
class Sign:
    id: str
    legacy_id: str
    slug: str
    text: str


# The hash's first 10 bytes: 16 base-32 characters, the start of the whole hash's
# encoding, and far more than an id ever needs (base64's encoder is Python, and a build
# encodes every sign).
_DIGEST_BYTES = 10


@lru_cache(maxsize=1 << 16)  # `mkdocs serve` asks again on every update, for every sign
def _digest(slug: str, text: str) -> str:
    key = f"{slug}\n{' '.join(text.lower().split())}".encode()
    return base64.b32encode(hashlib.sha256(key).digest()[:_DIGEST_BYTES]).decode("ascii").lower()


def signs_of(patterns: Iterable[Pattern], folder: Path | None = None) -> dict[str, tuple[Sign, ...]]:
    """Every pattern's signs with their ids, by slug. Ids are ``ID_LENGTH`` characters,
    longer only for the rare signs whose short hash another sign already has: the sign of
    the pattern git added first (in ``folder``, the patterns folder) keeps the short id,
    then the one published first, then by slug."""
    patterns = list(patterns)
    shortest = {p.slug: _with_short_ids(p) for p in patterns}
    short = [sign.id for signs in shortest.values() for sign in signs]
    if len(set(short)) == len(short):  # the usual case: no two signs share a short id
        return shortest
    # Rare: git is asked only then.
    digests = {p.slug: [_digest(p.slug, text) for text in p.signs] for p in patterns}
    order = history.added_order(folder) if folder is not None else None
    patterns.sort(key=lambda p: (history.lateness(order, p.path.name), p.published, p.slug))
    taken: set[str] = set()
    out: dict[str, tuple[Sign, ...]] = {}
    for pattern in patterns:
        signs = []
        for index, (text, digest) in enumerate(zip(pattern.signs, digests[pattern.slug]), start=1):
            length = ID_LENGTH
            while digest[:length] in taken and length < len(digest):
                length += 1
            taken.add(digest[:length])
            signs.append(Sign(digest[:length], f"{pattern.slug}-{index}", pattern.slug, text))
        out[pattern.slug] = tuple(signs)
    return out


@lru_cache(maxsize=4096)  # `mkdocs serve` asks again on every update, for every pattern
def _with_short_ids(pattern: Pattern) -> tuple[Sign, ...]:
    """A pattern's signs with the short ids they have unless another sign has one of them."""
    return tuple(
        Sign(_digest(pattern.slug, text)[:ID_LENGTH], f"{pattern.slug}-{index}", pattern.slug, text)
        for index, text in enumerate(pattern.signs, start=1)
    )

"""Stable ids for the stall finder's signs.

A sign's id is a short hash of its pattern's slug and its own words (case and spacing
ignored), so a shared finder link keeps its meaning when signs are reordered or other
parts of the file change. The old positional ids (``<slug>-<n>``) are kept beside them
so that links made before still resolve while the sign stays where it was.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

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


def signs_of(patterns: Iterable[Pattern]) -> dict[str, tuple[Sign, ...]]:
    """Every pattern's signs with their ids, by slug. Ids are ``ID_LENGTH`` characters,
    longer only for the rare signs whose short hash another sign already has."""
    taken: set[str] = set()
    out: dict[str, tuple[Sign, ...]] = {}
    for pattern in patterns:
        signs = []
        for index, text in enumerate(pattern.signs, start=1):
            digest = _digest(pattern.slug, text)
            length = ID_LENGTH
            while digest[:length] in taken and length < len(digest):
                length += 1
            taken.add(digest[:length])
            signs.append(Sign(digest[:length], f"{pattern.slug}-{index}", pattern.slug, text))
        out[pattern.slug] = tuple(signs)
    return out

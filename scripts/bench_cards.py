#!/usr/bin/env python3
"""Benchmark the social cards: cold (every card drawn) and warm (every card from the cache).

Makes N cards (default 1,000) with the generated patterns' titles and categories
(scripts/pattern_generator.py) and writes them as the plugin does, with
``stallpatterns.cards.write_cards``, into a temporary site and cache:

- **cold**: an empty cache, so every card is drawn and encoded;
- **warm**: the same cards again, so every card is copied from the cache (what a
  rebuild costs when no title changed);
- **one changed**: one title changed, so one card is drawn.

It prints CPU seconds (steadier than wall time on a shared machine) and wall seconds
for each, the CPU milliseconds per card when cold, and the size of the cards (median,
largest, and the largest of the longest titles).

    python scripts/bench_cards.py               # 1,000 cards
    python scripts/bench_cards.py --count 200

Targets (issue 11): warm adds at most 0.2 s to a build of 1,000 patterns; cold at most
20 ms of CPU per card; at most 60 KB per card. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # scripts/ is not a package
from pattern_generator import SETTINGS, title_for  # noqa: E402

from stallpatterns import cards  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WARM_SECONDS, COLD_MS_PER_CARD, MAX_BYTES = 0.2, 20.0, 60_000


def make_cards(site: Path, count: int) -> list[tuple[Path, cards.Card]]:
    labels = [c.label for c in SETTINGS.categories]
    longest = SETTINGS.limits.title[1]
    made = []
    for index in range(count):
        title = title_for(index)
        if index % 10 == 0:  # every tenth as long as the contract allows
            title = (title + " " + "and the reasons nobody wrote down " * 3)[:longest].rstrip()
        card = cards.Card(title, f"Stall pattern · {labels[index % len(labels)]}", "Stall Patterns")
        made.append((site / "assets" / "cards" / "patterns" / f"pattern-{index}.png", card))
    return made


def timed(run) -> tuple[float, float, cards.Written]:
    cpu, wall = time.process_time(), time.perf_counter()
    written = run()
    return time.process_time() - cpu, time.perf_counter() - wall, written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    palette = cards.Palette.from_css((ROOT / "overrides" / "assets" / "site.css").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        site, cache = Path(folder) / "site", Path(folder) / "cache"
        made = make_cards(site, args.count)
        cold = timed(lambda: cards.write_cards(made, palette, cache))
        warm = timed(lambda: cards.write_cards(made, palette, cache))
        changed = list(made)
        changed[0] = (changed[0][0], cards.Card("A title changed since the last build", "Stall pattern · Value", "Stall Patterns"))
        one = timed(lambda: cards.write_cards(changed, palette, cache))
        sizes = [path.stat().st_size for path, _ in made]
        long_sizes = [sizes[i] for i in range(0, len(made), 10)]

    print(f"{args.count} cards, 1200x630 PNG")
    print(f"{'run':<14}{'cpu s':>8}{'wall s':>8}{'drawn':>7}{'copied':>8}")
    for name, (cpu, wall, written) in (("cold", cold), ("warm", warm), ("one changed", one)):
        print(f"{name:<14}{cpu:>8.3f}{wall:>8.3f}{written.rendered:>7}{written.reused:>8}")
    per_card = cold[0] / args.count * 1000
    print(f"cold: {per_card:.1f} ms cpu per card (target at most {COLD_MS_PER_CARD:.0f})")
    warm_scaled = warm[1] * 1000 / args.count
    print(f"warm: {warm_scaled:.3f} s wall per 1,000 cards (target at most {WARM_SECONDS})")
    print(f"bytes: median {statistics.median(sizes):,.0f}, largest {max(sizes):,}, largest long title {max(long_sizes):,} (target at most {MAX_BYTES:,})")
    missed = per_card > COLD_MS_PER_CARD or warm_scaled > WARM_SECONDS or max(sizes) > MAX_BYTES
    if missed:
        print("a target was missed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

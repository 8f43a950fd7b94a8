#!/usr/bin/env python3
"""Benchmark ``stallpatterns validate`` on generated catalogues.

Writes N realistic, valid patterns (default 1,000, from scripts/pattern_generator.py)
into a temporary project with a copy of this repository's ``mkdocs.yml``, runs the real
console script as a subprocess (start-up included) several times and prints the median
wall time, then the same at half and double the count to show how the time grows.

    python scripts/bench_validate.py            # 1,000 patterns, plus 500 and 2,000
    python scripts/bench_validate.py --count 5000 --runs 3

Each count is timed two ways, side by side: "fresh", checking every file, as the first
validation of a fresh clone does (the store of kept checks is removed before each run),
and "kept", as an author's next validation runs, checking only the files that changed
(none here) and taking the others' checks from ``.cache/stallpatterns/`` (see
``stallpatterns.store``).

The target (issue 2) is at most 0.6 s for 1,000 patterns on a 2-core machine. Wall time
is what counts; the CPU time of the child process is printed beside it, since a busy
machine stretches wall time but not CPU time. Python may write its bytecode caches during
the warm-up run, as it does after any install (PYTHONDONTWRITEBYTECODE is lifted).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # scripts/ is not a package
from pattern_generator import write_patterns  # noqa: E402

from stallpatterns.store import STORE  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 0.6


def make_project(folder: Path, count: int) -> None:
    """A project of this repository's ``mkdocs.yml`` and ``count`` generated patterns."""
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    write_patterns(folder / "patterns", count)


def console_script() -> str:
    beside = Path(sys.executable).parent / "stallpatterns"
    found = str(beside) if beside.exists() else shutil.which("stallpatterns")
    if not found:
        sys.exit("bench_validate: the 'stallpatterns' console script is not installed (pip install -e .)")
    return found


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_validate(folder: Path, count: int, runs: int, script: str, fresh: bool) -> tuple[float, float, float]:
    """Median and fastest wall time, and median CPU time, of ``runs`` runs after a warm-up."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    walls, cpus = [], []
    for run in range(runs + 1):
        if fresh:
            (folder / STORE).unlink(missing_ok=True)
        cpu, start = child_cpu(), time.perf_counter()
        done = subprocess.run([script, "validate"], cwd=folder, capture_output=True, text=True, env=env)
        wall, cpu = time.perf_counter() - start, child_cpu() - cpu
        if done.returncode != 0 or f"0 errors, 0 warnings in {count} files" not in done.stderr:
            sys.exit(f"bench_validate: validate exited {done.returncode}:\n{done.stdout}{done.stderr}")
        if run:  # the first run warms the file cache and writes bytecode caches (and the store)
            walls.append(wall)
            cpus.append(cpu)
    return statistics.median(walls), min(walls), statistics.median(cpus)


def time_both(count: int, runs: int, script: str) -> dict[str, tuple[float, float, float]]:
    with tempfile.TemporaryDirectory(prefix="stallpatterns-bench-") as name:
        folder = Path(name)
        make_project(folder, count)
        return {way: time_validate(folder, count, runs, script, fresh=way == "fresh") for way in ("fresh", "kept")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="patterns to generate (default 1000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per count (default 5)")
    args = parser.parse_args()
    script = console_script()
    counts = sorted({args.count // 2, args.count, args.count * 2} - {0})
    print(f"stallpatterns validate, one process, start-up included; median of {args.runs} runs")
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
    print("fresh: every file checked, as in a fresh clone; kept: unchanged files' checks kept from the run before")
    print(f"{'patterns':>9}  {'way':>5}  {'median wall s':>13}  {'fastest wall s':>14}  {'median cpu s':>12}")
    results = {}
    for count in counts:
        results[count] = both = time_both(count, args.runs, script)
        for way, (wall, fastest, cpu) in both.items():
            print(f"{count:>9}  {way:>5}  {wall:>13.3f}  {fastest:>14.3f}  {cpu:>12.3f}")
    if len(counts) == 3:
        # Linear growth: each added pattern costs the same, whatever the catalogue's size.
        for way in ("fresh", "kept"):
            (low, mid, high), cpu = counts, {n: results[n][way][2] for n in counts}
            first, second = (cpu[mid] - cpu[low]) / (mid - low), (cpu[high] - cpu[mid]) / (high - mid)
            print(f"{way}: cpu ms per added pattern: {1000 * first:.3f} from {low} to {mid}, {1000 * second:.3f} from {mid} to {high}")
    if args.count == 1000:
        for way in ("fresh", "kept"):
            wall = results[args.count][way][0]
            verdict = "within" if wall <= TARGET_SECONDS else "OVER"
            print(f"1000 patterns, {way}: {wall:.3f} s wall ({verdict} the {TARGET_SECONDS} s target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

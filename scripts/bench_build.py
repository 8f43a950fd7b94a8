#!/usr/bin/env python3
"""Benchmark the site build against plain Material, on generated catalogues.

Writes N realistic, valid patterns (default 1,000, from scripts/pattern_generator.py)
into two temporary projects and times a real engine build of each as a subprocess
(wall clock, median of several runs), side by side in the same run:

- **ours**: this repository's ``mkdocs.yml``, ``docs/`` and ``overrides/``, with the
  generated patterns in ``patterns/`` (our plugin, our templates);
- **plain Material**: a generated ``mkdocs.yml`` with ``theme: material`` (``font:
  false``, so it builds offline), no ``custom_dir``, not our plugin, no ``nav`` (so the
  automatic navigation lists every page), building the same Markdown as ordinary pages
  under ``docs/patterns/`` with the same Markdown extensions (standard ``smarty`` in
  place of our one-pass typography extension, which renders the same HTML).

Ours is timed twice: as a build usually runs, after another (unchanged pattern files'
checks are kept in ``.cache/stallpatterns/``, see ``stallpatterns.store``), and "fresh",
checking every file as the first build of a fresh clone does. Both reuse the social
cards' cache (``scripts/bench_cards.py`` times the cards). The three take turns, run by
run (ours, ours fresh, plain Material, then again), so that a machine whose speed drifts
slows each of them alike. For each it prints the median build time (and CPU time,
steadier on a busy machine) and the median and largest HTML size of a pattern page,
then the same at 100 patterns to show that the size of a page does not grow with the
catalogue.

    python scripts/bench_build.py                 # 1,000 patterns, then 100
    python scripts/bench_build.py --count 2000 --runs 5
    python scripts/bench_build.py --ours-only     # skip the slow plain-Material builds
    python scripts/bench_build.py --serve-only    # only the `mkdocs serve` edit-to-visible time

It also times what an author waits for in ``mkdocs serve`` at N patterns: a pattern's
title is edited, and the served page is polled until it shows the new title (target:
at most 0.5 s, median of several edits).

Targets (issue 14): at 1,000 patterns, ours takes at most a tenth of plain Material's
CPU time in the same run, and at most 2 CPU seconds; at most 30 KB of HTML per pattern
page, not growing with the catalogue. CPU seconds (user + system of the build process)
are steadier than wall clock on a shared machine. Each timed build writes a site folder
of its own, and every folder is deleted only at the end: on a virtual machine's disk the
kernel's deferred work for deleting a site (thousands of files) is charged, as system
time, to whichever process writes next, and made a build's system time swing between
0.2 and 1.5 s with what was deleted before it. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from stallpatterns.mkdocs_plugin.engine import build_command, yaml_load
from stallpatterns.store import STORE

sys.path.insert(0, str(Path(__file__).resolve().parent))  # scripts/ is not a package
from pattern_generator import write_patterns  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# MkDocs (building mkdocs.yml) when installed, else ProperDocs (building properdocs.yml,
# without Material); STALLPATTERNS_ENGINE=mkdocs or =properdocs chooses.
ENGINE = build_command()
HAS_MATERIAL = importlib.util.find_spec("material") is not None
TARGET_CPU_SECONDS = 2.0
TARGET_CPU_RATIO = 10.0
TARGET_PAGE_BYTES = 30 * 1024
# Plain Material's CPU seconds at 1,000 patterns on the host where issue 14 set the 2 s
# target: this run's figures are also shown at that host's speed (both builds are CPU-bound
# Python, and the same kind of machine has since been measured at half that speed).
ISSUE_HOST_MATERIAL_SECONDS = 29.8


# --- the two projects ------------------------------------------------------------------


def make_ours(base: Path, count: int) -> Path:
    """This project with N generated patterns in place of the real ones."""
    for name in ("mkdocs.yml", "properdocs.yml"):  # properdocs.yml inherits mkdocs.yml
        shutil.copy2(ROOT / name, base / name)
    for part in ("docs", "overrides"):
        shutil.copytree(ROOT / part, base / part)
    write_patterns(base / "patterns", count)
    return base / "mkdocs.yml"


def make_plain_material(base: Path, count: int) -> Path:
    """Plain Material: the same Markdown as ordinary pages, automatic navigation, defaults."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as source:
        ours = yaml_load(source)  # the engine's own loader: mkdocs.yml uses !ENV
    docs = base / "docs"
    docs.mkdir()
    for page in ("index.md", "contact.md", "authoring.md"):
        # As ordinary pages: without our templates (`template:` lines), which plain Material lacks.
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")
        (docs / page).write_text(re.sub(r"(?m)^template: .*\n", "", text), encoding="utf-8")
    write_patterns(docs / "patterns", count)
    config = {
        "site_name": ours["site_name"],
        "site_url": ours["site_url"],
        "site_description": ours.get("site_description", ""),
        "repo_url": ours.get("repo_url"),
        "theme": {"name": "material", "font": False},
        "markdown_extensions": [_standard(e) for e in ours.get("markdown_extensions", [])],
    }
    (base / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return base / "mkdocs.yml"


def _standard(extension: object) -> object:
    """A Markdown extension of ours as the standard one a Material site would use (none today)."""
    return extension


@dataclass
class Figures:
    seconds: float
    runs: list[float]
    cpu_runs: list[float]  # user + system time of each build
    cpu_seconds: float  # the median of cpu_runs: less noisy than wall clock on a busy machine
    system_seconds: float  # the system part, median: mostly the kernel making the site's folders and files
    page_bytes: int  # the median pattern page
    largest_page_bytes: int
    site_bytes: int


class Builds:
    """Timed builds of one project, one at a time, so that the kinds of build can take
    turns (see :func:`measure`).

    ``forget``: a file set aside before each timed build (the store of kept checks).
    Each build writes a new site folder, and nothing is deleted until every build is timed
    (see :func:`main`): on this kind of machine the file system's deferred work for a
    deleted site (thousands of files) is charged, as system time, to whichever process
    writes to the disk next, which would make one build pay for deleting another's site."""

    def __init__(self, name: str, config_file: Path, strict: bool, forget: Path | None = None) -> None:
        self.name, self.config_file, self.strict, self.forget = name, config_file, strict, forget
        # Python writes its bytecode caches in the first build, as after any install.
        self.env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "NO_MKDOCS_2_WARNING": "1"}
        self.times: list[float] = []
        self.cpu: list[float] = []
        self.system: list[float] = []
        self.site = config_file.parent / f"site-{name}-first"

    def _run(self, site: Path) -> subprocess.CompletedProcess[str]:
        command = [str(ENGINE.program), "build", "-f", str(self.config_file), "-d", str(site)] + (["--strict"] if self.strict else [])
        return subprocess.run(command, capture_output=True, text=True, env=self.env, cwd=self.config_file.parent)

    def first(self) -> None:
        """One build, not counted: it draws the social cards, which later builds take from
        their cache (scripts/bench_cards.py times the cards cold and warm)."""
        self._run(self.site)

    def once(self) -> None:
        run = len(self.times)
        self.site = self.config_file.parent / f"site-{self.name}-{run}"
        if self.forget is not None and self.forget.exists():
            self.forget.rename(self.forget.with_name(f"{self.forget.name}.set-aside-{self.name}-{run}"))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = self._run(self.site)
        self.times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        self.system.append(after.ru_stime - before.ru_stime)
        if result.returncode != 0:
            sys.exit(f"{ENGINE.name} build failed for {self.config_file}:\n{result.stderr[-4000:]}")

    def figures(self) -> Figures:
        sizes = sorted(p.stat().st_size for p in (self.site / "patterns").glob("*/index.html"))
        return Figures(
            seconds=statistics.median(self.times),
            runs=self.times,
            cpu_runs=self.cpu,
            cpu_seconds=statistics.median(self.cpu),
            system_seconds=statistics.median(self.system),
            page_bytes=int(statistics.median(sizes)),
            largest_page_bytes=sizes[-1],
            site_bytes=sum(p.stat().st_size for p in self.site.rglob("*") if p.is_file()),
        )


def _kb(size: int) -> str:
    return f"{size / 1024:,.1f} KB"


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.1f} MB"


def measure(count: int, runs: int, ours_only: bool, base: Path) -> tuple[Figures, Figures, Figures | None]:
    """Ours with the checks kept from the previous build, ours checking every file (as
    in a fresh clone), and plain Material, in folders under ``base``."""
    folder = base / f"build-{count}"
    (folder / "ours").mkdir(parents=True)
    config = make_ours(folder / "ours", count).with_name(ENGINE.config_name)
    kinds = [Builds("kept", config, strict=True), Builds("fresh", config, strict=True, forget=config.parent / STORE)]
    if not ours_only:
        (folder / "plain").mkdir()
        kinds.append(Builds("plain", make_plain_material(folder / "plain", count), strict=False))
    for kind in kinds:
        kind.first()
    # The kinds take turns, run by run: a machine whose speed drifts (a shared host)
    # slows each of them alike, and their ratio holds.
    for _ in range(runs):
        for kind in kinds:
            kind.once()
    ours, fresh = kinds[0].figures(), kinds[1].figures()
    plain = kinds[2].figures() if not ours_only else None
    print(f"\n{count:,} patterns, median of {runs} `{ENGINE.name} build -f {ENGINE.config_name}` runs, taking turns (subprocess):")
    print(f"  {'':16} {'build':>8}  {'cpu':>7}  {'system':>7}  {'median page':>12}  {'largest page':>12}  {'whole site':>10}  cpu of each run")
    rows = [("ours", ours), ("ours, fresh", fresh)] + ([("plain Material", plain)] if plain else [])
    for name, f in rows:
        runs_text = " ".join(f"{t:.2f}" for t in f.cpu_runs)
        print(f"  {name:16} {f.seconds:7.2f}s  {f.cpu_seconds:6.2f}s  {f.system_seconds:6.2f}s  {_kb(f.page_bytes):>12}  {_kb(f.largest_page_bytes):>12}  {_mb(f.site_bytes):>10}  [{runs_text}]")
    print("  (ours: checks of unchanged pattern files kept from the previous build; fresh: every file checked, as in a fresh clone)")
    if plain:
        print(f"  ours is {plain.seconds / ours.seconds:.1f}x faster by the clock, {plain.cpu_seconds / ours.cpu_seconds:.1f}x by CPU time "
              f"({plain.cpu_seconds / fresh.cpu_seconds:.1f}x fresh); a pattern page is {plain.page_bytes / ours.page_bytes:.0f}x smaller")
    return ours, fresh, plain


TARGET_EDIT_SECONDS = 0.5


def edit_to_visible(count: int, base: Path, edits: int = 5) -> list[float]:
    """Seconds from saving an edit to a pattern to the served page showing it, per edit."""
    import socket
    import urllib.request

    tmp = base / "serve"
    tmp.mkdir()
    config = make_ours(tmp, count)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # The engine's serve folder goes in the benchmark's own folder, deleted at the end.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{port}/", "TMPDIR": str(tmp)}
    log = open(tmp / "serve.log", "w", encoding="utf-8")
    server = subprocess.Popen([str(ENGINE.program), "serve", "-f", str(config.with_name(ENGINE.config_name)), "-a", f"127.0.0.1:{port}"],
                              cwd=tmp, env=env, stdout=log, stderr=subprocess.STDOUT)
    target = sorted((tmp / "patterns").glob("*.md"))[count // 2]
    url = f"http://127.0.0.1:{port}/patterns/{target.stem}/"

    def page() -> str:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return response.read().decode("utf-8")
        except OSError:
            return ""

    def wait_for(text: str, patience: float = 120.0) -> float:
        start = time.perf_counter()
        while text not in page():
            if time.perf_counter() - start > patience:
                server.kill()
                sys.exit(f"{ENGINE.name} serve never showed {text!r}:\n" + (tmp / "serve.log").read_text()[-3000:])
            time.sleep(0.005)
        return time.perf_counter() - start

    try:
        original = target.read_text(encoding="utf-8")
        title = re.search(r"^title: (.*)$", original, re.M)
        assert title is not None
        wait_for(title.group(1)[:20])
        times = []
        for n in range(edits):
            marker = f"Edited title number {n} for the benchmark"
            time.sleep(0.5)  # let the previous rebuild settle
            target.write_text(original.replace(title.group(0), f"title: {marker}"), encoding="utf-8")
            times.append(wait_for(marker))
        return times
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def _at_least_one(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a count of patterns: give 1 or more")
    return number


def machine_speed() -> float:
    """CPU seconds for ten million additions in a Python loop: how fast this host runs Python,
    to read this run's seconds against another run's (the same kind of machine has been seen
    twice as slow on one day as on another)."""
    runs = []
    for _ in range(5):
        start = time.process_time()
        total = 0
        for number in range(10_000_000):
            total += number
        runs.append(time.process_time() - start)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=_at_least_one, default=1000, help="patterns in the main run (default 1,000)")
    parser.add_argument("--small", type=_at_least_one, default=100, help="patterns in the comparison run (default 100)")
    parser.add_argument("--runs", type=_at_least_one, default=3, help="builds per measurement; the median is reported")
    parser.add_argument("--ours-only", action="store_true", help="skip plain Material")
    parser.add_argument("--serve-only", action="store_true", help="only time edit-to-visible in mkdocs serve")
    args = parser.parse_args(argv)
    if not HAS_MATERIAL and not args.ours_only:
        print("Material is not installed: building ours only (plain Material needs it).")
        args.ours_only = True

    # Every folder is deleted at the end, once all is timed (see Builds).
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        return _run(args, Path(tmp))


def _run(args: argparse.Namespace, base: Path) -> int:
    edits = edit_to_visible(args.count, base)
    median_edit = statistics.median(edits)
    print(f"\n`{ENGINE.name} serve` at {args.count:,} patterns: edit to visible {median_edit:.2f} s median "
          f"[{' '.join(f'{t:.2f}' for t in edits)}]")
    if args.serve_only:
        return 0 if median_edit <= TARGET_EDIT_SECONDS else 1

    ours, fresh, plain = measure(args.count, args.runs, args.ours_only, base)
    small, _, _ = measure(args.small, args.runs, args.ours_only, base)

    print(f"\nPattern page HTML, ours: median {_kb(small.page_bytes)} at {args.small:,} patterns, {_kb(ours.page_bytes)} at {args.count:,}; "
          f"largest {_kb(small.largest_page_bytes)} and {_kb(ours.largest_page_bytes)} (the largest has the most related patterns).")
    checks = [
        (f"pattern pages at most {TARGET_PAGE_BYTES // 1024} KB", ours.largest_page_bytes <= TARGET_PAGE_BYTES),
        ("page size does not grow with the catalogue", ours.page_bytes <= small.page_bytes * 1.1),
    ]
    checks.append((f"serve: an edit visible within {TARGET_EDIT_SECONDS} s (median)", median_edit <= TARGET_EDIT_SECONDS))
    for name, figures in (("checks kept", ours), ("fresh", fresh)):
        if args.count == 1000:
            checks.append((f"at most {TARGET_CPU_SECONDS:.0f} CPU seconds at 1,000 patterns ({name})", figures.cpu_seconds <= TARGET_CPU_SECONDS))
        if plain:
            ratio = plain.cpu_seconds / figures.cpu_seconds
            print(f"CPU ({name}): ours {figures.cpu_seconds:.2f} s, plain Material {plain.cpu_seconds:.2f} s: ours takes 1/{ratio:.1f} of its CPU time.")
            checks.append((f"at most 1/{TARGET_CPU_RATIO:.0f} of plain Material's CPU time ({name})", ratio >= TARGET_CPU_RATIO))
    if plain and args.count == 1000:
        scale = ISSUE_HOST_MATERIAL_SECONDS / plain.cpu_seconds
        print(f"At the speed of the host issue 14 was measured on (plain Material {ISSUE_HOST_MATERIAL_SECONDS} CPU s, here "
              f"{plain.cpu_seconds:.2f}): ours {ours.cpu_seconds * scale:.2f} CPU s with checks kept, {fresh.cpu_seconds * scale:.2f} fresh.")
    print(f"This machine: a fixed Python workload takes {machine_speed():.2f} CPU s (median of 5). The host behind a machine of this "
          "kind varies: the seconds above scale with this figure; the ratios to plain Material, measured in the same run, do not.")
    print("Targets:")
    for text, ok in checks:
        print(f"  {'ok  ' if ok else 'MISS'} {text}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())

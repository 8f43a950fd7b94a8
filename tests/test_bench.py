"""scripts/bench_validate.py keeps working: its generated patterns are valid and it prints its table."""

from __future__ import annotations

import re
import runpy
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "scripts" / "bench_validate.py"


def test_benchmark_prints_a_table_for_half_the_count_and_double_checked_afresh_and_kept():
    result = subprocess.run([sys.executable, str(BENCH), "--count", "40", "--runs", "1"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    rows = [line.split() for line in result.stdout.splitlines() if line.strip()[:1].isdigit()]
    assert [row[:2] for row in rows] == [[count, way] for count in ("20", "40", "80") for way in ("fresh", "kept")]
    assert "fresh: cpu ms per added pattern" in result.stdout and "kept: cpu ms per added pattern" in result.stdout


def test_generated_patterns_are_valid_and_realistic(tmp_path: Path):
    make_project = runpy.run_path(str(BENCH))["make_project"]
    make_project(tmp_path, 30)
    files = sorted((tmp_path / "patterns").iterdir())
    assert len(files) == 30 and all(2_000 < f.stat().st_size < 5_000 for f in files)
    result = subprocess.run([str(Path(sys.executable).parent / "stallpatterns"), "validate"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr.strip() == "0 errors, 0 warnings in 30 files"


def test_the_build_benchmark_prints_both_of_our_builds_and_the_serve_time():
    # Small counts, our builds only: that it runs and prints, not how fast (no timing is asserted).
    bench = ROOT / "scripts" / "bench_build.py"
    result = subprocess.run(
        [sys.executable, str(bench), "--count", "24", "--small", "12", "--runs", "1", "--ours-only"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 1: a target missed
    assert "serve` at 24 patterns: edit to visible" in result.stdout
    names = [line[2:18].strip() for line in result.stdout.splitlines() if line.startswith("  ours")]
    assert names == ["ours", "ours, fresh"] * 2, result.stdout
    assert "Targets:" in result.stdout
    assert re.search(r"This machine: a fixed Python workload takes \d+\.\d\d CPU s", result.stdout), result.stdout


def test_the_build_benchmark_refuses_a_count_of_no_patterns_in_one_line():
    # It used to build everything else first, then stop with a traceback (no median of nothing).
    bench = ROOT / "scripts" / "bench_build.py"
    result = subprocess.run([sys.executable, str(bench), "--small", "0"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2
    assert "argument --small: 0 is not a count of patterns: give 1 or more" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_quick_looks_for_a_price_or_an_address_pass_over_ordinary_articles(tmp_path: Path):
    # The price and e-mail checks read every block of a file whose quick look finds what may be
    # one. A look that took common words ('fee', 'off', 'without') had each of 1,000 generated
    # articles read so, and their checks took 0.9 CPU s more: counted here, not timed.
    from stallpatterns import contacts, rules, source
    from stallpatterns.settings import load_settings

    runpy.run_path(str(BENCH))["make_project"](tmp_path, 30)
    settings = load_settings(ROOT / "mkdocs.yml")
    looked = []
    for path in sorted((tmp_path / "patterns").iterdir()):
        read, _ = source.read(path, path.name, settings.limits.file_bytes, path.read_bytes())
        assert read is not None
        looked.append((rules._may_price(read), contacts._may_hold_email(read.text)))
    assert looked == [(False, False)] * 30

"""scripts/bench_reader.py runs end to end on a small generated catalogue (bytes only;
the Lighthouse figures are for a person to read, not a test to time)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.site.conftest import ROOT

pytestmark = pytest.mark.browser


def test_the_reader_benchmark_reports_a_small_first_view_without_the_search_index():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_reader.py"), "--count", "40", "--no-lighthouse"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(row for row in result.stdout.splitlines() if row.strip().startswith("pattern page"))
    wire_kb = float(re.search(r"([\d.,]+) KB on the wire", line).group(1).replace(",", ""))
    assert 0 < wire_kb <= 120
    assert "search index fetched: no" in line
    assert "YES" not in result.stdout
    # A first query downloads the engine and the index, within the budget, and finds something.
    query = next(row for row in result.stdout.splitlines() if row.startswith("First query"))
    query_kb = float(re.search(r"([\d.,]+) KB on the wire", query).group(1).replace(",", ""))
    assert 0 < query_kb <= 150 and "top result: " in query
    fetched = result.stdout.split(query, 1)[1]
    for name in ("/search.json", "/assets/search.js", "/assets/vendor/minisearch.js", "/assets/vendor/stemmer.js"):
        assert name in fetched, name

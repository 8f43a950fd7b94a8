#!/usr/bin/env python3
"""How often the site search puts the right pattern first, in the real browser.

Builds the project once (the engine's `build --strict`), serves it on loopback, types
every query of the two reader-query tables into the search field in Chromium and
prints, for each table, how many queries put their pattern first and within the first
three, with every miss and what came first instead; then the same for the held-out
tables (written blind, or by a review), whose target is 85 % first and 95 % in three,
and the table of executive jargon (abbreviations, plurals, words hyphenated or apart).

    python scripts/search_relevance.py            # every table
    python scripts/search_relevance.py --half 1   # the second table's odd rows only

`--half 0` / `--half 1` runs the first table and only the even / odd rows of the second table
(tests/site/reader_queries.py), so that tuning can use one half and report the other.
Not a test: the tests assert the same tables (tests/site/test_reader_search.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.site.conftest import CHROMIUM, serving  # noqa: E402
from tests.site.reader_queries import AMBIGUOUS, FRESH, JARGON, JARGON_AMBIGUOUS  # noqa: E402
from tests.site.reader_queries import QUERIES as SECOND  # noqa: E402
from tests.site.test_reader_search import HELD_OUT, RESULTS_IN_ORDER  # noqa: E402
from tests.site.test_reader_search import QUERIES as FIRST  # noqa: E402

Row = tuple[str, str, bool]


def build(site: Path) -> None:
    mkdocs = ROOT / ".venv" / "bin" / "mkdocs"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [str(mkdocs), "build", "--strict", "-q", "-d", str(site)]
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def run(url: str, tables: dict[str, list[Row]]) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url)
        field = page.get_by_role("combobox", name="Search patterns")
        for name, rows in tables.items():
            first = top3 = 0
            misses = []
            for query, slug, strict in rows:
                field.fill("")
                field.fill(query)
                page.locator("#site-search-results").wait_for(state="visible")
                found = page.locator("#site-search-list [role=option]").evaluate_all(RESULTS_IN_ORDER)
                first += bool(found) and found[0] == slug
                top3 += slug in found[:3]
                if not found or found[0] != slug:
                    mark = "" if strict else " (top three is enough)"
                    misses.append(f"  {query!r}: {found[:3]} want {slug}{mark}")
            n = len(rows)
            print(f"{name}: first {first}/{n} ({100 * first / n:.0f} %), top three {top3}/{n} ({100 * top3 / n:.0f} %)")
            print("\n".join(misses))
        browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fresh", action="store_true", help="only the first table and the FRESH rows")
    parser.add_argument("--half", type=int, choices=[0, 1], help="only the even (0) or odd (1) rows of the second table")
    args = parser.parse_args()
    second: list[Row] = [(q, s, q not in AMBIGUOUS) for q, s in SECOND]
    tables: dict[str, list[Row]] = {"first table (test_reader_search.QUERIES)": [(q, s, True) for q, s in FIRST]}
    if args.fresh:
        tables["fresh rows (reader_queries.FRESH)"] = [(q, s, q not in AMBIGUOUS) for q, s in FRESH]
    elif args.half is None:
        tables["second table (reader_queries.QUERIES)"] = second
    for half in (0, 1):
        if not args.fresh and args.half in (None, half):
            tables[f"second table, {'even' if half == 0 else 'odd'} rows"] = second[half::2]
    if not args.fresh and args.half is None:
        for name, (table, ambiguous) in HELD_OUT.items():
            tables[f"held-out table: {name}"] = [(q, s, q not in ambiguous) for q, s in table]
        tables["jargon table (reader_queries.JARGON)"] = [(q, s, q not in JARGON_AMBIGUOUS) for q, s in JARGON]
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        build(site)
        with serving(site) as url:
            run(url, tables)
    return 0


if __name__ == "__main__":
    sys.exit(main())

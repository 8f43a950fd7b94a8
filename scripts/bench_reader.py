#!/usr/bin/env python3
"""What a reader downloads and how Lighthouse scores it, at 1,000 generated patterns.

Builds this project with N realistic generated patterns (scripts/pattern_generator.py,
in the project bench_build.py makes), serves the site on loopback the way a real host
would (gzip for text when the browser asks for it, a 404 page, a short cache lifetime),
and reports:

- bytes transferred on a FIRST view (empty cache) of a pattern page, the home page and
  All patterns: every request, as Chromium counts it on the wire (CDP
  Network.loadingFinished encodedDataLength: gzipped body plus headers), and the sum
  of the gzipped bodies alone; and whether the search index was fetched (it must not be);
- the search index's own gzipped size, fetched only on first use of the search field;
- what a FIRST QUERY downloads after that first view (the search engine's scripts and
  search.json, as Chromium counts them on the wire), with the query's top result
  (target, issue 10: at most 150 KB gzipped at 1,000 patterns);
- Lighthouse (node_modules/.bin/lighthouse, installed on demand: see lighthouse_ready; mobile preset = its default, simulated
  throttling) scores for the same three pages: the median of --runs runs.

    python scripts/bench_reader.py                    # 1,000 patterns, 5 Lighthouse runs
    python scripts/bench_reader.py --count 100 --runs 1
    python scripts/bench_reader.py --no-lighthouse

Targets (issue 4, item 8): at most 120 KB for a first view of a pattern page (baseline,
a default Material site: about 1.1 MB, its search index included); Lighthouse
performance at least 98 and accessibility, best practices and SEO 100 on each page.
Exit status 1 when a target is missed. Not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))  # scripts/ is not a package
import bench_build  # noqa: E402  (this project with generated patterns in place of the real ones)
from pattern_generator import slug_for  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
TARGET_FIRST_VIEW_BYTES = 120 * 1024
TARGET_FIRST_QUERY_BYTES = 150 * 1024
FIRST_QUERY = "verify the output"
TARGET_SCORES = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
CATEGORIES = tuple(TARGET_SCORES)
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"}


# --- a static host with gzip --------------------------------------------------------------


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site like a static host: gzip for text when accepted, the site's
    404.html for missing paths, and a short cache lifetime (as GitHub Pages does)."""

    protocol_version = "HTTP/1.1"
    _cache: dict[Path, bytes] = {}
    _lock = threading.Lock()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def _file(self) -> tuple[Path, int]:
        path = Path(self.translate_path(unquote(urlsplit(self.path).path)))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return path, 301
            path = path / "index.html"
        if path.is_file():
            return path, 200
        return Path(self.directory) / "404.html", 404

    def do_HEAD(self) -> None:
        self._respond(body=False)

    def do_GET(self) -> None:
        self._respond(body=True)

    def _respond(self, body: bool) -> None:
        path, status = self._file()
        if status == 301:
            self.send_response(301)
            self.send_header("Location", urlsplit(self.path).path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = path.read_bytes()
        gzipped = path.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            with self._lock:
                if path not in self._cache:
                    self._cache[path] = gzip.compress(data, compresslevel=6, mtime=0)
                data = self._cache[path]
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "max-age=600")
        self.send_header("Vary", "Accept-Encoding")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if body:
            self.wfile.write(data)


GzipHandler.extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                              ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
                              ".js": "text/javascript; charset=utf-8", ".json": "application/json",
                              ".xml": "application/xml", ".svg": "image/svg+xml", ".txt": "text/plain; charset=utf-8"}


def serve(site: Path, server: http.server.ThreadingHTTPServer) -> None:
    server.RequestHandlerClass = lambda *args, **kwargs: GzipHandler(*args, directory=str(site), **kwargs)
    threading.Thread(target=server.serve_forever, daemon=True).start()


# --- build --------------------------------------------------------------------------------


def build_site(base: Path, count: int, site_url: str) -> Path:
    config = bench_build.make_ours(base, count)
    text = config.read_text(encoding="utf-8")
    # Canonical URLs, the sitemap and robots.txt point at the host that serves the site.
    config.write_text(re.sub(r"(?m)^site_url:.*$", f"site_url: {site_url}", text, count=1), encoding="utf-8")
    site = base / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    engine = bench_build.ENGINE
    result = subprocess.run([str(engine.program), "build", "--strict", "-f", str(config.with_name(engine.config_name)), "-d", str(site)],
                            capture_output=True, text=True, env=env, cwd=base)
    if result.returncode != 0:
        sys.exit(f"{engine.name} build failed:\n{result.stderr[-3000:]}")
    return site


# --- bytes on a first view ------------------------------------------------------------------


@dataclass
class FirstView:
    url: str
    wire_bytes: int = 0  # as Chromium counted them: gzipped bodies plus headers
    body_bytes: int = 0  # gzipped bodies only (Content-Length)
    requests: list[tuple[str, int, int]] = field(default_factory=list)  # (path, wire, body)

    @property
    def fetched_search_index(self) -> bool:
        return any(path.endswith("search.json") for path, _, _ in self.requests)


def first_views(urls: list[str]) -> list[FirstView]:
    from playwright.sync_api import sync_playwright

    views = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for url in urls:
            context, page, traffic = phone_page(browser)
            urls_by_id, bodies, finished = traffic.urls, traffic.bodies, traffic.wire
            page.goto(url, wait_until="load")
            page.wait_for_load_state("networkidle")
            view = FirstView(url)
            for request_id, wire in finished.items():
                path = urlsplit(urls_by_id.get(request_id, "?")).path or "/"
                view.requests.append((path, wire, bodies.get(request_id, 0)))
                view.wire_bytes += wire
                view.body_bytes += bodies.get(request_id, 0)
            views.append(view)
            context.close()
        browser.close()
    return views


@dataclass
class Traffic:
    """What a page fetched, by DevTools request id: its address, body bytes and wire bytes."""

    urls: dict[str, str] = field(default_factory=dict)
    bodies: dict[str, int] = field(default_factory=dict)
    wire: dict[str, int] = field(default_factory=dict)


def phone_page(browser):
    """A fresh phone-sized page with the cache off, and the record of what it fetches."""
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    traffic = Traffic()
    cdp.on("Network.requestWillBeSent", lambda e: traffic.urls.__setitem__(e["requestId"], e["request"]["url"]))
    cdp.on("Network.responseReceived", lambda e: traffic.bodies.__setitem__(
        e["requestId"], int({k.lower(): v for k, v in e["response"]["headers"].items()}.get("content-length", 0))))
    cdp.on("Network.loadingFinished", lambda e: traffic.wire.__setitem__(e["requestId"], int(e["encodedDataLength"])))
    return context, page, traffic


@dataclass
class FirstQuery:
    query: str
    wire_bytes: int = 0
    requests: list[tuple[str, int]] = field(default_factory=list)
    first_result: str = ""
    index_ms: float = 0.0
    keystroke_ms: float = 0.0


# In the page, with its own engine: the median time to build the search index from
# search.json (what the reader's first use of search waits for) and to search as each
# letter of a word is typed.
_INDEX_TIMES = r"""async (index) => {
  const data = await (await fetch(index)).json();
  const median = xs => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const builds = [];
  let engine = null;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    engine = window.StallSearch.create(data);
    builds.push(performance.now() - start);
  }
  const keys = [];
  const word = "accountability";
  for (let n = 1; n <= word.length; n++) {
    const start = performance.now();
    engine.search(word.slice(0, n), true);
    keys.push(performance.now() - start);
  }
  return [median(builds), median(keys)];
}"""


def first_query(url: str, query: str, index: str) -> FirstQuery:
    """Open ``url`` on a phone, then type ``query`` into the site search: the bytes the
    query downloads (everything requested after the page had loaded)."""
    from playwright.sync_api import sync_playwright

    result = FirstQuery(query)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        context, page, traffic = phone_page(browser)
        urls_by_id, finished = traffic.urls, traffic.wire
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        before = set(finished)
        toggle = page.locator("#search-toggle")
        if toggle.is_visible():
            toggle.click()
        page.locator("#site-search-q").fill(query)
        page.locator("#site-search-list [role=option]").first.wait_for()
        page.wait_for_load_state("networkidle")
        result.first_result = page.locator("#site-search-list [role=option] .site-search__title").first.inner_text()
        for request_id, wire in finished.items():
            if request_id not in before:
                result.requests.append((urlsplit(urls_by_id.get(request_id, "?")).path, wire))
                result.wire_bytes += wire
        result.index_ms, result.keystroke_ms = page.evaluate(_INDEX_TIMES, index)
        context.close()
        browser.close()
    return result


# --- Lighthouse -----------------------------------------------------------------------------


def lighthouse_ready() -> str | None:
    """None if Lighthouse can run here, else the reason it cannot."""
    if not LIGHTHOUSE.exists():
        return (
            f"{LIGHTHOUSE.relative_to(ROOT)} is missing (no test needs it, so package.json leaves it out): "
            "run `CHROMEDRIVER_SKIP_DOWNLOAD=true PUPPETEER_SKIP_DOWNLOAD=true npm install --no-save lighthouse@12`"
        )
    if not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM}"
    if shutil.which("node") is None:
        return "node is not installed"
    return None


def lighthouse_scores(url: str, runs: int, out: Path) -> tuple[dict[str, float], list[dict[str, float]], list[str]]:
    """Median category scores (0–100) over `runs` runs, every run's scores, and problems."""
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    every, problems = [], []
    for run in range(runs):
        report = out / f"lighthouse-{re.sub(r'[^a-z0-9]+', '-', urlsplit(url).path.lower()).strip('-') or 'home'}-{run}.json"
        result = subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
             f"--only-categories={','.join(CATEGORIES)}",
             "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"],
            capture_output=True, text=True, env=env, timeout=300,
        )
        if result.returncode != 0 or not report.exists():
            problems.append(f"run {run + 1}: exit {result.returncode}: {result.stderr.strip()[-500:]}")
            continue
        data = json.loads(report.read_text(encoding="utf-8"))
        if data.get("runtimeError"):
            problems.append(f"run {run + 1}: {data['runtimeError'].get('message')}")
        scores = {c: round((data["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}
        every.append(scores)
        if run == 0:
            failing = [
                f"{a['id']} ({a['score']})" for a in data["audits"].values()
                if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
            ]
            if failing:
                problems.append("audits below full marks in run 1: " + ", ".join(sorted(failing)))
            metrics = {k: data["audits"][k]["displayValue"] for k in
                       ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index")
                       if k in data["audits"]}
            problems.append("run 1 metrics: " + ", ".join(f"{k} {v}" for k, v in metrics.items()))
    median = {c: statistics.median(s[c] for s in every) for c in CATEGORIES} if every else {}
    return median, every, problems


# --- report ---------------------------------------------------------------------------------


def kb(n: int) -> str:
    return f"{n / 1024:,.1f} KB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="generated patterns (default 1000)")
    parser.add_argument("--runs", type=int, default=5, help="Lighthouse runs per page; the median is reported (default 5)")
    parser.add_argument("--no-lighthouse", action="store_true", help="measure bytes only")
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a temporary folder)")
    args = parser.parse_args(argv)

    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-reader-"))
    if args.keep:
        shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True, exist_ok=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), GzipHandler)
    origin = f"http://127.0.0.1:{server.server_address[1]}/"
    missed: list[str] = []
    try:
        print(f"Building {args.count:,} generated patterns in {base} ...", flush=True)
        site = build_site(base, args.count, origin)
        serve(site, server)
        slug = slug_for(args.count // 2)
        pages = {"pattern page": f"{origin}patterns/{slug}/", "home": origin, "All patterns": f"{origin}patterns/", "finder": f"{origin}finder/", "contact": f"{origin}contact/"}
        html_files = list(site.rglob("*.html"))
        print(f"Built {len(html_files):,} HTML pages; serving on {origin} with gzip\n")

        print("First view, empty cache (phone), every request:")
        for name, view in zip(pages, first_views(list(pages.values()))):
            print(f"  {name:13} {kb(view.wire_bytes):>10} on the wire, {kb(view.body_bytes):>10} of gzipped bodies, "
                  f"{len(view.requests)} requests; search index fetched: {'YES' if view.fetched_search_index else 'no'}")
            for path, wire, body in sorted(view.requests, key=lambda r: -r[1]):
                print(f"      {kb(wire):>10}  {kb(body):>10}  {path}")
            if view.fetched_search_index:
                missed.append(f"{name}: the first view fetched search.json")
            if name == "pattern page" and view.wire_bytes > TARGET_FIRST_VIEW_BYTES:
                missed.append(f"pattern page first view {kb(view.wire_bytes)} > {kb(TARGET_FIRST_VIEW_BYTES)}")
        index = site / "search.json"
        entries = len(json.loads(index.read_text(encoding="utf-8"))["patterns"])
        print(f"\n  search.json (only on first use of search): {kb(len(gzip.compress(index.read_bytes(), 6)))} gzipped, "
              f"{kb(index.stat().st_size)} raw, {entries:,} entries")
        query = first_query(pages["pattern page"], FIRST_QUERY, f"{origin}search.json")
        print(f"\nFirst query after that view (phone), {query.query!r}: {kb(query.wire_bytes)} on the wire "
              f"(target at most {kb(TARGET_FIRST_QUERY_BYTES)}); top result: {query.first_result}")
        print(f"  in the browser, this machine's CPU: the index built in {query.index_ms:.0f} ms, "
              f"a search at each keystroke {query.keystroke_ms:.0f} ms (medians)")
        for path, wire in sorted(query.requests, key=lambda r: -r[1]):
            print(f"      {kb(wire):>10}  {path}")
        if query.wire_bytes > TARGET_FIRST_QUERY_BYTES:
            missed.append(f"first query {kb(query.wire_bytes)} > {kb(TARGET_FIRST_QUERY_BYTES)}")
        print("  baseline, a default Material site at 1,000 pages: about 1.1 MB per first view "
              "(its search index, about 1 MB gzipped, on every page view)")

        if args.no_lighthouse:
            return 1 if missed else 0
        reason = lighthouse_ready()
        if reason:
            print(f"\nLighthouse cannot run here: {reason}")
            return 1
        out = base / "lighthouse"
        out.mkdir(exist_ok=True)
        print(f"\nLighthouse {subprocess.run([str(LIGHTHOUSE), '--version'], capture_output=True, text=True).stdout.strip()}, "
              f"mobile preset (simulated throttling), median of {args.runs} run(s); reports in {out}")
        print("  baseline, a default Material site: performance 82–95, accessibility 92, SEO 91")
        for name, url in pages.items():
            median, every, problems = lighthouse_scores(url, args.runs, out)
            if not median:
                print(f"  {name:13} no result: " + "; ".join(problems))
                missed.append(f"{name}: Lighthouse gave no result")
                continue
            print(f"  {name:13} " + "  ".join(f"{c} {median[c]:g}" for c in CATEGORIES)
                  + "   runs: " + " | ".join("/".join(str(s[c]) for c in CATEGORIES) for s in every))
            for problem in problems:
                print(f"      {problem}")
            missed += [f"{name}: {c} {median[c]:g} < {t}" for c, t in TARGET_SCORES.items() if median[c] < t]
    finally:
        server.shutdown()
        server.server_close()
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print()
    print("All targets met." if not missed else "Targets missed:\n  " + "\n  ".join(missed))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

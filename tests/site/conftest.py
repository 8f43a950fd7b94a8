"""Fixtures for tests of the built site: a real engine build, served on loopback,
read as parsed HTML or driven in Debian's Chromium through Playwright.

The engine is MkDocs (building mkdocs.yml, with Material) when its command is installed,
else ProperDocs (building properdocs.yml, without Material); STALLPATTERNS_ENGINE=mkdocs
or =properdocs chooses. CI runs the whole suite under each."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from stallpatterns.mkdocs_plugin.engine import CONFIG_FILES, build_command, yaml_load

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
try:
    ENGINE = build_command(BIN).name
except ValueError as error:
    raise pytest.UsageError(str(error)) from None
ENGINE_CLI = str(BIN / ENGINE)
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
PROJECT_PARTS = ("mkdocs.yml", "properdocs.yml", "docs", "overrides", "patterns")


@dataclass
class Project:
    """A copy of the project in a temporary folder, to change and build."""

    root: Path
    engine: str = ENGINE

    @property
    def config_file(self) -> Path:
        """The file the engine builds (properdocs.yml inherits everything else from mkdocs.yml)."""
        return self.root / CONFIG_FILES[self.engine]

    @property
    def settings_file(self) -> Path:
        """mkdocs.yml: the site's settings, the stallpatterns block among them."""
        return self.root / "mkdocs.yml"

    @property
    def site(self) -> Path:
        return self.root / "site"

    def config(self) -> dict:
        # The engine's own loader: it understands `!ENV` (site_url) and friends.
        with self.settings_file.open(encoding="utf-8") as handle:
            return yaml_load(handle)

    def plugin_config(self) -> dict:
        return next(p["stallpatterns"] for p in self.config()["plugins"] if isinstance(p, dict) and "stallpatterns" in p)

    def edit_config(self, change: Callable[[dict], None]) -> None:
        data = self.config()
        change(data)
        self.settings_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    def edit_plugin_config(self, change: Callable[[dict], None]) -> None:
        def apply(data: dict) -> None:
            change(next(p["stallpatterns"] for p in data["plugins"] if isinstance(p, dict) and "stallpatterns" in p))

        self.edit_config(apply)

    def write_pattern(self, slug: str, text: str) -> Path:
        path = self.root / "patterns" / f"{slug}.md"
        path.write_text(text, encoding="utf-8")
        return path

    def build(
        self, *args: str, strict: bool = True, site: Path | None = None, env: dict[str, str] | None = None, timeout: float | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run the engine's real `build` (never with -q: it hides strict-mode warnings); a
        build that takes longer than ``timeout`` seconds raises subprocess.TimeoutExpired."""
        command = [str(BIN / self.engine), "build", "-f", str(self.config_file), "-d", str(site or self.site)]
        command.append("--strict" if strict else "--no-strict")
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"} if env is None else env
        return subprocess.run(command + list(args), capture_output=True, text=True, env=env, cwd=self.root, timeout=timeout)

    def html(self, url_path: str) -> BeautifulSoup:
        """Parse a built page: "" is the home page, "patterns/x/" a pattern."""
        target = self.site / url_path
        if url_path == "" or url_path.endswith("/"):
            target = target / "index.html"
        return BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")


def copy_project(destination: Path) -> Project:
    destination.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part)
        else:
            shutil.copy2(source, destination / part)
    return Project(destination)


VALID_PATTERN = """\
---
title: {title}
summary: A short, plain summary of stall pattern {number} that is long enough to pass the checks.
category: {category}
signs:
  - The first observable sign of stall {number} a reader could tick
  - A second observable sign of stall {number}, different from the first
  - A third sign of stall {number} that closes the list
published: 2026-05-01
{extra}---

## What it looks like

A scene the reader would recognise from their own organisation, written plainly.

## What is actually happening

The diagnosis of what is going on, and why the obvious fixes do not help.

## The intervention shape

What to do instead, in steps a leader could start next week.
"""


def pattern_text(title: str = "A pattern written for a test", category: str = "workflow", extra: str = "", own: str = "") -> str:
    """A valid pattern with its own title, category and extra keys, and a summary and signs
    of its own (numbered from ``own``, or its title): a copy of another pattern's is an error."""
    return VALID_PATTERN.format(title=title, category=category, extra=extra, number=zlib.crc32((own or title).encode()) % 1_000_000)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A fresh copy of the project to change and build."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The real project, built once with the engine's `build --strict`."""
    built = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = built.build()
    assert result.returncode == 0, result.stderr
    return built


@pytest.fixture(scope="session")
def catalogue(built_site: Project):
    """The published catalogue, read by the core from the files the site was built from."""
    from stallpatterns import catalogue as catalogue_module
    from stallpatterns.settings import load_settings

    return catalogue_module.load(load_settings(built_site.config_file)).catalogue


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    not_found: Path | None = None  # a page to answer a missing address with, as a static host does

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404 or self.not_found is None:
            super().send_error(code, message, explain)
            return
        page = self.not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # A browser that leaves a page while it loads drops its connection: not a failure.
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextlib.contextmanager
def serving(folder: Path, not_found: Path | None = None) -> Iterator[str]:
    """``folder`` served over HTTP on loopback (127.0.0.1, a free port); yields its address.
    ``not_found``: the page a missing address is answered with (status 404), as GitHub Pages
    answers with the site's 404.html."""
    handler = functools.partial(type("Handler", (_QuietHandler,), {"not_found": not_found}), directory=str(folder))
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site: Project) -> Iterator[str]:
    """The built site served over HTTP on loopback."""
    with serving(built_site.site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (no browser download needed)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


VIEWPORTS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request: pytest.FixtureRequest) -> str:
    return request.param


@contextlib.contextmanager
def guarded_context(browser, **options) -> Iterator:
    """A browser context that aborts, and then fails on, any request off this machine."""
    context = browser.new_context(**options)
    outside: list[str] = []

    def guard(route) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    try:
        yield context
    finally:
        context.close()
    assert not outside, f"the page requested other hosts: {outside}"


@pytest.fixture
def page(browser, viewport: str):
    """A fresh browser page at the viewport under test; fails on any request off this
    machine and on any JavaScript error."""
    phone = viewport == "phone"
    with guarded_context(browser, viewport=VIEWPORTS[viewport], is_mobile=phone, has_touch=phone) as context:
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        yield tab
    assert not errors, f"JavaScript errors: {errors}"


def screenshot(tab, name: str) -> Path:
    """Save a full-page screenshot where a person can look at it: test-artifacts/screenshots/.
    The page is left where it was: a full-page capture resizes the viewport for a moment, and
    the page came back scrolled somewhere else (a phone's contact/#review by up to 60 px),
    which then decided what later checks saw."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    scrolling_ends(tab)
    where = tab.evaluate("[window.scrollX, window.scrollY]")
    tab.screenshot(path=str(path), full_page=True)
    tab.evaluate("([x, y]) => window.scrollTo({left: x, top: y, behavior: 'instant'})", where)
    scrolling_ends(tab)
    return path


AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def scrolling_ends(tab, patience: float = 3.0) -> None:
    """Wait until the page has not scrolled for 0.2 s (or ``patience`` seconds have passed).
    Polled from here: a page without JavaScript runs no timers or animation frames of its own."""
    last, still, deadline = None, 0, time.monotonic() + patience
    while still < 4 and time.monotonic() < deadline:
        where = tab.evaluate("[window.scrollX, window.scrollY]")
        still = still + 1 if where == last else 0
        last = where
        time.sleep(0.05)


def layout_shifts(tab) -> list[dict]:
    """Every layout shift the page has had since it began to load ('layout-shift' entries,
    buffered), each with its score and the elements that moved; read two frames after the
    call, once whatever the page did last has been painted. CLS is their sum. Shifts soon
    after input are kept: Chromium's phone emulation reports a load's shifts as following
    input, and these tests touch nothing before they measure."""
    return tab.evaluate(
        """() => new Promise(resolve => {
            const entries = [];
            const observer = new PerformanceObserver(list => entries.push(...list.getEntries()));
            observer.observe({type: 'layout-shift', buffered: true});
            requestAnimationFrame(() => requestAnimationFrame(() => {
                entries.push(...observer.takeRecords());
                observer.disconnect();
                const name = node => !node ? '(gone)' : node.nodeType !== 1 ? node.nodeName
                    : node.localName + (node.id ? '#' + node.id : '') + (node.className ? '.' + String(node.className).split(' ')[0] : '');
                resolve(entries.map(e => ({value: e.value, moved: e.sources.map(s => name(s.node))})));
            }));
        })"""
    )


def axe_violations(tab) -> list[dict]:
    """Run axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in the page and return its violations."""
    if not AXE_JS.exists():
        pytest.fail("axe-core is missing: run `npm ci` (package.json lists it)")
    # Evaluated through the DevTools protocol: the page's Content Security Policy rightly
    # refuses an injected <script>, and must not be loosened for the test.
    # A page opened at a fragment scrolls there smoothly: axe judges where the reader ends up,
    # not a frame of the way (a button half under the sticky header is "too small" mid-scroll).
    scrolling_ends(tab)
    tab.evaluate("(source) => { (0, eval)(source); }", AXE_JS.read_text(encoding="utf-8"))
    result = tab.evaluate(
        """async () => await axe.run(document, {runOnly: {type: 'tag', values:
            ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"""
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def words_broken_in_tables(tab, cells: str = "main table :is(th, td)") -> list[str]:
    """Each word (a run without spaces) in a table's cells that is drawn on more than one
    line, with how many: a table keeps "Quarter" and "£120,000" whole. An address written out
    as a link's words is no word: it may break, as a last resort (site.css)."""
    return tab.evaluate(
        """(cells) => {
          const broken = [];
          for (const cell of document.querySelectorAll(cells)) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement.closest('a[href*="://"]:not(.print-address)')) continue;
              for (const word of node.data.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(node, word.index);
                range.setEnd(node, word.index + word[0].length);
                const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
                const lines = new Set(rects.map((r) => Math.round(r.top)));
                if (lines.size > 1) broken.push(`${word[0]} (${lines.size} lines)`);
              }
            }
          }
          return broken;
        }""",
        cells,
    )


def open_search(page):
    """The search field, as a reader reaches it: on a phone, through the header's search
    button; on a wide screen it is in the header already."""
    toggle = page.locator("#search-toggle")
    if toggle.is_visible() and toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    return page.get_by_role("combobox", name="Search patterns")

"""Valid HTML: the Nu HTML checker (vnu.jar, the W3C validator's engine) reports no errors
on any built page — the home page, All patterns and every pattern page included."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.site.conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_messages(files: list[Path]) -> list[dict]:
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is needed for the Nu HTML checker: apt-get install default-jre-headless")
    if not VNU.exists():
        pytest.fail("the Nu HTML checker is missing: run `npm ci` (package.json lists vnu-jar)")
    result = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(result.stderr or result.stdout)["messages"]


@pytest.fixture(scope="module")
def messages(built_site) -> dict[str, list[dict]]:
    """The checker's messages for every built HTML page, by path under the site."""
    files = sorted(built_site.site.rglob("*.html"))
    by_page: dict[str, list[dict]] = {f.relative_to(built_site.site).as_posix(): [] for f in files}
    for message in nu_messages(files):
        page = Path(message["url"].removeprefix("file:")).resolve().relative_to(built_site.site.resolve()).as_posix()
        by_page[page].append(message)
    return by_page


def errors(messages: list[dict]) -> list[str]:
    return [
        f"line {m.get('lastLine', '?')}: {m['message']}"
        for m in messages
        if m["type"] in ("error", "non-document-error") or m.get("subType") == "fatal"
    ]


@pytest.mark.parametrize("page", ["index.html", "patterns/index.html", "404.html"])
def test_the_key_pages_are_valid_html(messages, page):
    assert page in messages
    assert errors(messages[page]) == []


def test_every_pattern_page_is_valid_html(messages):
    pattern_pages = [p for p in messages if p.startswith("patterns/") and p != "patterns/index.html"]
    assert pattern_pages
    assert {p: errors(messages[p]) for p in pattern_pages if errors(messages[p])} == {}


def test_every_built_page_is_valid_html(messages):
    assert {p: errors(m) for p, m in messages.items() if errors(m)} == {}

"""scripts/check_links.py: the offline link checker CI runs on the built site.

Each test writes a tiny real site into tmp_path and checks what the checker says
about it. The script is loaded from its file: scripts/ is not a package, and these
tests need nothing but the standard library and pytest.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "check_links.py"
SITE_URL = "https://example.org/docs/"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_links", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


check_links = _load_script()


def write_site(root: Path, files: dict[str, str]) -> Path:
    """Write {relative path: HTML body} under root/site and return that folder."""
    site = root / "site"
    for relative, body in files.items():
        path = site / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"<!doctype html>\n<html><body>\n{body}\n</body></html>\n", encoding="utf-8")
    return site


def broken(site: Path, site_url: str | None = None) -> list[tuple[str, str, str]]:
    """(page relative to the site, url, reason) for each broken link."""
    return [
        (link.page.relative_to(site).as_posix(), link.url, link.reason)
        for link in check_links.find_broken_links(site, site_url)
    ]


# A small MkDocs-shaped site in which every link resolves.
VALID_SITE = {
    "index.html": """
        <link rel="stylesheet" href="assets/style.css">
        <script src="assets/app.js"></script>
        <a href="patterns/">All patterns</a>
        <a href="patterns/pilot-purgatory/#what-it-looks-like">Symptoms</a>
        <a href="./">Home</a>
        <a href="#main">Skip to content</a>
        <a href="#">Top</a>
        <a href="?q=pilot">Search</a>
        <main id="main"></main>
        <a href="https://example.com/elsewhere">External</a>
        <a href="mailto:hello@example.org">Mail</a>
        <a href="tel:+441234567890">Phone</a>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
        <img src="assets/logo%20mark.svg" alt="Logo"/>
    """,
    "patterns/index.html": """
        <a href="../">Home</a>
        <a href="pilot-purgatory/">Pilot purgatory</a>
        <a href="/patterns/pilot-purgatory/">Root-relative</a>
        <a href="../assets/style.css">CSS</a>
    """,
    "patterns/pilot-purgatory/index.html": """
        <h2 id="what-it-looks-like">What it looks like</h2>
        <a name="legacy-anchor"></a>
        <a href="../index.html">Up</a>
        <a href="#legacy-anchor">Legacy anchor</a>
        <a href="../../#main">Home main</a>
        <picture><source src="../../assets/logo%20mark.svg"></picture>
    """,
    "assets/style.css": "",
    "assets/app.js": "",
    "assets/logo mark.svg": "",
}


def test_a_site_whose_links_all_resolve_has_no_broken_links(tmp_path: Path) -> None:
    site = write_site(tmp_path, VALID_SITE)
    assert broken(site) == []


def test_a_link_to_a_missing_file_is_reported(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "index.html": '<a href="patterns/missing/">x</a>\n<img src="img/gone.png">',
            "patterns/index.html": '<a href="../x/">x</a>',
        },
    )
    assert broken(site) == [
        ("index.html", "patterns/missing/", "no such file"),
        ("index.html", "img/gone.png", "no such file"),
        ("patterns/index.html", "../x/", "no such file"),
    ]


def test_a_fragment_missing_from_its_target_page_is_reported(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "index.html": '<a href="a/#nope">x</a>\n<a href="#also-nope">y</a>\n<p id="here"></p>',
            "a/index.html": '<h2 id="yes">Yes</h2>\n<p name="not-an-anchor"></p>\n'
            '<a href="#not-an-anchor">z</a>',
        },
    )
    assert broken(site) == [
        ("a/index.html", "#not-an-anchor", 'no id "not-an-anchor" in a/index.html'),
        ("index.html", "a/#nope", 'no id "nope" in a/index.html'),
        ("index.html", "#also-nope", 'no id "also-nope" in index.html'),
    ]


def test_a_directory_link_without_index_html_is_reported(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"index.html": '<a href="empty/">x</a>', "empty/other.html": ""})
    assert broken(site) == [("index.html", "empty/", "directory has no index.html")]


def test_a_file_link_with_a_trailing_slash_is_reported(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"index.html": '<a href="page.html/">x</a>', "page.html": ""})
    assert broken(site) == [("index.html", "page.html/", "no such file")]


def test_javascript_urls_are_reported(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"index.html": '<a href="JavaScript:alert(1)">x</a>'})
    assert broken(site) == [("index.html", "JavaScript:alert(1)", "javascript: URL")]


def test_a_link_climbing_out_of_the_site_is_reported(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"index.html": '<a href="../outside.html">x</a>'})
    (tmp_path / "outside.html").write_text("", encoding="utf-8")
    assert broken(site) == [("index.html", "../outside.html", "outside the site folder")]


def test_broken_links_report_the_line_of_their_element(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"index.html": '<p>one</p>\n<p>two</p>\n<a href="gone/">x</a>'})
    [link] = check_links.find_broken_links(site)
    assert link.line == 5  # the doctype and <html><body> lines come first
    assert str(link) == f'{(site / "index.html").as_posix()}: broken link "gone/" (no such file)'


class TestSiteUrl:
    """With the site's public address, its own absolute URLs are checked too."""

    def test_absolute_urls_under_the_site_url_are_checked(self, tmp_path: Path) -> None:
        site = write_site(
            tmp_path,
            {
                "index.html": f'<link rel="canonical" href="{SITE_URL}">\n'
                f'<a href="{SITE_URL}a/#yes">ok</a>\n'
                f'<a href="{SITE_URL}gone/">gone</a>\n'
                '<a href="https://example.org/other-project/">sibling site</a>\n'
                '<a href="https://example.org/docs">root without slash</a>',
                "a/index.html": '<p id="yes"></p>',
            },
        )
        assert broken(site) == []  # without a site URL they are all external
        assert broken(site, SITE_URL) == [("index.html", f"{SITE_URL}gone/", "no such file")]

    def test_root_relative_urls_resolve_under_the_site_url_path(self, tmp_path: Path) -> None:
        # MkDocs' 404.html uses root-relative URLs, since it is served at any depth.
        site = write_site(
            tmp_path,
            {
                "404.html": '<a href="/docs/.">home</a>\n<a href="/docs/a/">a</a>\n'
                '<a href="/docs/b/">b</a>\n<a href="/elsewhere/">out</a>',
                "index.html": "",
                "a/index.html": "",
            },
        )
        assert broken(site, SITE_URL) == [
            ("404.html", "/docs/b/", "no such file"),
            ("404.html", "/elsewhere/", "outside the site's path /docs/"),
        ]

    def test_a_site_url_that_is_not_http_is_refused(self, tmp_path: Path) -> None:
        site = write_site(tmp_path, {"index.html": ""})
        with pytest.raises(ValueError, match="absolute http"):
            check_links.find_broken_links(site, "example.org/docs/")


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60
    )


def test_the_script_exits_0_on_a_clean_site_1_on_broken_links_2_on_usage_errors(
    tmp_path: Path,
) -> None:
    clean = write_site(tmp_path / "clean", VALID_SITE)
    result = run_script(str(clean))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No broken links in 3 page(s)" in result.stdout

    dirty = write_site(tmp_path / "dirty", {"index.html": '<a href="../x/">x</a>'})
    result = run_script(str(dirty))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f'{dirty.as_posix()}/index.html: broken link "../x/" (outside the site folder)',
        "1 broken link(s) in 1 page(s)",
    ]

    assert run_script(str(tmp_path / "no-such-folder")).returncode == 2
    (tmp_path / "empty").mkdir()
    assert run_script(str(tmp_path / "empty")).returncode == 2
    assert run_script(str(clean), "--site-url", "not-a-url").returncode == 2
    assert run_script().returncode == 2

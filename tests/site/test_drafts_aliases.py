"""Drafts and renames in a production build (`mkdocs build --strict`).

A draft is absent everywhere: its page, All patterns, related lists, the sitemap, the
feed, patterns.json and search.json. A former slug listed in `aliases` gets a redirect
page at its old URL, and is listed nowhere else.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from stallpatterns import catalogue as catalogue_module
from stallpatterns.settings import load_settings
from tests.site.conftest import ROOT, Project, copy_project, pattern_text

SITE_URL = os.environ.get("SITE_URL") or "https://stallpatterns.github.io/stall-patterns/"

DRAFT = "an-unfinished-draft"
DRAFT_TITLE = "An unfinished draft nobody should see"
RENAMED = "the-pattern-with-a-new-name"
RENAMED_TITLE = "The pattern that was given a new name"
ALIASES = ("its-first-name", "its-second-name")
DRAFT_ALIAS = "the-drafts-old-name"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = copy_project(tmp_path_factory.mktemp("drafts") / "project")
    project.write_pattern(
        DRAFT,
        pattern_text(title=DRAFT_TITLE, extra=f"related:\n  - {RENAMED}\naliases:\n  - {DRAFT_ALIAS}\ndraft: true\n"),
    )
    aliases = "".join(f"  - {a}\n" for a in ALIASES)
    project.write_pattern(RENAMED, pattern_text(title=RENAMED_TITLE, extra=f"related:\n  - {DRAFT}\naliases:\n{aliases}"))
    result = project.build()
    assert result.returncode == 0, result.stderr
    return project


def output_texts(project: Project) -> dict[str, str]:
    """Every text file the build wrote (the gzipped sitemap unpacked), by path."""
    texts = {}
    for path in sorted(project.site.rglob("*")):
        if path.is_dir() or path.suffix in (".svg", ".png", ".ico", ".woff2"):
            continue
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        texts[path.relative_to(project.site).as_posix()] = data.decode("utf-8")
    return texts


# --- drafts ------------------------------------------------------------------------


def test_a_draft_has_no_page(site: Project) -> None:
    assert not (site.site / "patterns" / DRAFT).exists()


def test_a_draft_is_named_in_no_file_of_the_site(site: Project) -> None:
    for name, text in output_texts(site).items():
        assert DRAFT not in text, name
        assert DRAFT_TITLE not in text, name


def test_all_patterns_counts_only_published_patterns(site: Project) -> None:
    published = catalogue_module.load(load_settings(site.config_file)).catalogue
    assert published.get(DRAFT) is None and published.get(RENAMED) is not None
    index = site.html("patterns/")
    assert len(index.select("li.card")) == len(published)
    assert index.select(".badge--draft") == []


def test_a_pattern_related_to_a_draft_does_not_link_it(site: Project) -> None:
    page = site.html(f"patterns/{RENAMED}/")
    hrefs = [a["href"] for a in page.find_all("a", href=True)]
    assert not any(DRAFT in href for href in hrefs)


def test_the_site_has_no_broken_internal_links(site: Project) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_links.py"), str(site.site), "--site-url", SITE_URL],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- aliases -----------------------------------------------------------------------


@pytest.mark.parametrize("alias", ALIASES)
def test_a_former_slug_redirects_to_the_new_url(site: Project, alias: str) -> None:
    old_url = SITE_URL + f"patterns/{alias}/"
    new_url = SITE_URL + f"patterns/{RENAMED}/"
    page = BeautifulSoup((site.site / "patterns" / alias / "index.html").read_text(encoding="utf-8"), "html.parser")
    refresh = page.find("meta", attrs={"http-equiv": "refresh"})["content"]
    delay, _, target = refresh.partition(";")
    assert delay.strip() == "0"
    assert urljoin(old_url, target.strip().removeprefix("url=")) == new_url
    assert page.find("link", rel="canonical")["href"] == new_url
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    [link] = page.find_all("a")
    assert urljoin(old_url, link["href"]) == new_url
    assert link.get_text() == RENAMED_TITLE
    assert (site.site / "patterns" / RENAMED / "index.html").is_file()


def test_former_slugs_are_listed_nowhere_else(site: Project) -> None:
    redirects = {f"patterns/{alias}/index.html" for alias in ALIASES}
    for name, text in output_texts(site).items():
        if name in redirects:
            continue
        for alias in ALIASES:
            assert alias not in text, name


def test_a_drafts_former_slug_gets_no_redirect(site: Project) -> None:
    assert not (site.site / "patterns" / DRAFT_ALIAS).exists()


def test_the_data_files_list_the_renamed_pattern_under_its_new_url(site: Project) -> None:
    data = json.loads((site.site / "patterns.json").read_text(encoding="utf-8"))
    [item] = [p for p in data["patterns"] if p["title"] == RENAMED_TITLE]
    assert item["slug"] == RENAMED
    assert item["url"] == SITE_URL + f"patterns/{RENAMED}/"


def test_a_former_address_with_a_section_goes_on_to_that_section_of_the_new_one(site: Project, browser) -> None:
    from tests.site.conftest import guarded_context, serving

    with serving(site.site) as url, guarded_context(browser) as context:
        tab = context.new_page()
        violations: list[str] = []
        tab.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
        tab.goto(url + f"patterns/{ALIASES[0]}/#the-intervention-shape")
        tab.wait_for_url(url + f"patterns/{RENAMED}/#the-intervention-shape")
        # Without a section, the refresh alone goes on, and the page's script runs under its policy.
        tab.goto(url + f"patterns/{ALIASES[1]}/")
        tab.wait_for_url(url + f"patterns/{RENAMED}/")
        assert violations == []


def test_an_alias_at_the_address_of_an_excluded_page_gets_its_redirect(tmp_path) -> None:
    # A page in exclude_docs is in the engine's files but never written: it is no page the
    # redirect would replace (a strict build failed on 'is already a page', with no redirect).
    project = copy_project(tmp_path / "project")
    (project.root / "docs" / "patterns").mkdir()
    (project.root / "docs" / "patterns" / "notes.md").write_text("# Notes\n\nLeft out of the site.\n", encoding="utf-8")
    with project.settings_file.open("a", encoding="utf-8") as settings:
        settings.write("\nexclude_docs: |\n  patterns/notes.md\n")
    project.write_pattern(RENAMED, pattern_text(title=RENAMED_TITLE, extra="aliases:\n  - notes\n"))
    result = project.build()
    assert result.returncode == 0, result.stderr
    assert 'http-equiv="refresh"' in (project.site / "patterns" / "notes" / "index.html").read_text(encoding="utf-8")

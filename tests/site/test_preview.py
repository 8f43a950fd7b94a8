"""The author's preview (`mkdocs serve`) and what a build says to an author.

The preview is the real `mkdocs serve`, run on a free loopback port and read over
HTTP: drafts show with a "Draft" badge, an invalid pattern shows as a page listing its
problems, and neither stops the server although mkdocs.yml sets `strict: true`. The
production build still fails `--strict` on the invalid pattern. Editorial checks are
information only; leftover scaffold guidance is an error.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from stallpatterns import catalogue as catalogue_module
from stallpatterns.leftovers import GUIDANCE
from stallpatterns.settings import load_settings
from tests.site.conftest import ENGINE_CLI, Project, copy_project, pattern_text

DRAFT = "a-draft-in-the-preview"
DRAFT_TITLE = "A draft shown only in the preview"
INVALID = "a-broken-pattern"
INVALID_TEXT = """\
---
title: A broken <pattern> & its problems
summary: Too short.
category: nowhere
---

## What it looks like

Something.
"""
# Valid on its own but for its category, with a related typo and a title another pattern has.
THREE_PROBLEMS = "a-pattern-with-three-problems"
THREE_PROBLEMS_TEXT = pattern_text(
    title="The sponsor who moved on", category="sponser", extra="related:\n  - the-sponsor-who-moved-of\n"
).replace("published: 2026-05-01", "published: 2026-11-20")  # newer than the pattern whose title it repeats
STARTUP_ATTEMPTS = 300  # polls, 0.2 s apart: a counted bound, not a clock


@dataclass
class Preview:
    project: Project
    url: str  # where the site is served, ending in "/"
    process: subprocess.Popen[str]

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=10) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    def html(self, path: str) -> BeautifulSoup:
        status, body = self.get(path)
        assert status == 200, (path, status)
        return BeautifulSoup(body, "html.parser")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _not_answering(preview: Preview) -> str | None:
    """None once the preview server answers; otherwise what went wrong."""
    for _ in range(STARTUP_ATTEMPTS):
        if preview.process.poll() is not None:
            return "the preview server stopped"
        try:
            if preview.get("")[0] == 200:
                return None
        except OSError:
            pass
        time.sleep(0.2)
    return "mkdocs serve did not answer"


def serve_env(project: Project) -> dict[str, str]:
    """The preview's environment: served at mkdocs.yml's own site path, with the engine's
    serve folder inside the test's own temporary folder (a stopped server leaves it behind)."""
    temporary = project.root.parent / "tmp"
    temporary.mkdir(exist_ok=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(temporary)}
    env.pop("SITE_URL", None)
    return env


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Preview]:
    project = copy_project(tmp_path_factory.mktemp("preview") / "project")
    project.write_pattern(DRAFT, pattern_text(title=DRAFT_TITLE, extra="draft: true\n"))
    project.write_pattern(INVALID, INVALID_TEXT)
    project.write_pattern(THREE_PROBLEMS, THREE_PROBLEMS_TEXT)
    port = free_port()
    env = serve_env(project)
    log = (project.root / "serve.log").open("w", encoding="utf-8")
    process = subprocess.Popen(
        [ENGINE_CLI, "serve", "--no-livereload", "-f", str(project.config_file), "-a", f"127.0.0.1:{port}"],
        cwd=project.root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    site_path = "/stall-patterns/"
    preview = Preview(project, f"http://127.0.0.1:{port}{site_path}", process)
    try:
        trouble = _not_answering(preview)
        if trouble:
            pytest.fail(f"{trouble}:\n" + (project.root / "serve.log").read_text(encoding="utf-8"))
        yield preview
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


# --- drafts in the preview ---------------------------------------------------------


def test_preview_shows_a_draft_with_a_visible_badge(preview: Preview) -> None:
    page = preview.html(f"patterns/{DRAFT}/")
    assert page.h1.get_text(strip=True) == DRAFT_TITLE
    badge = page.select_one(".pattern-header .badge--draft")
    assert badge is not None and badge.get_text(strip=True) == "Draft"


def test_preview_lists_the_draft_on_all_patterns_with_its_badge(preview: Preview) -> None:
    index = preview.html("patterns/")
    [card] = [c for c in index.select("li.card") if c.find("a", string=DRAFT_TITLE)]
    assert card.select_one(".badge--draft").get_text(strip=True) == "Draft"


def test_preview_data_files_still_hold_published_patterns_only(preview: Preview) -> None:
    for path in ("feed.xml", "patterns.json", "search.json"):
        status, body = preview.get(path)
        assert status == 200, path
        assert DRAFT not in body and DRAFT_TITLE not in body, path
    status, body = preview.get("patterns.json")
    assert len(json.loads(body)["patterns"]) > 0


# --- errors in the preview ---------------------------------------------------------


def test_preview_shows_an_invalid_pattern_with_every_problem(preview: Preview) -> None:
    page = preview.html(f"patterns/{INVALID}/")
    assert page.h1.get_text(strip=True) == "A broken <pattern> & its problems"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    panel = page.select_one(".problems")
    assert panel is not None and panel.get("role") == "alert"
    shown = [
        (li.select_one(".problem__where").get_text(strip=True), li.select_one(".problem__message").get_text(strip=True))
        for li in panel.select("li.problem")
    ]
    result = catalogue_module.load(load_settings(preview.project.config_file))
    expected = sorted(d for d in result.diagnostics if d.path == f"patterns/{INVALID}.md")
    assert len(expected) >= 3
    assert shown == [(f"{d.path}:{d.line}:{d.column}", d.message) for d in expected]


def test_preview_shows_catalogue_wide_problems_with_the_files_own(preview: Preview) -> None:
    page = preview.html(f"patterns/{THREE_PROBLEMS}/")
    shown = " ".join(li.get_text(" ", strip=True) for li in page.select(".problems li.problem"))
    assert "unknown category 'sponser'" in shown
    assert "related pattern 'the-sponsor-who-moved-of' does not exist" in shown
    assert "title is also used by patterns/the-sponsor-who-moved-on.md" in shown
    status, _ = preview.get("patterns/the-sponsor-who-moved-on/")
    assert status == 200  # the existing page is kept; the newcomer is blamed


def test_preview_lists_an_invalid_pattern_as_unpublished_not_as_a_card_nor_in_the_sitemap(preview: Preview) -> None:
    index = preview.html("patterns/")
    assert not [a for a in index.select("li.card a") if INVALID in a["href"]]
    panel = index.select_one(".problems")
    assert panel is not None and "Not published: 2 patterns to fix" in panel.get_text(" ", strip=True)
    assert [a.get_text(strip=True) for a in panel.select("a") if INVALID in a["href"]] == ["A broken <pattern> & its problems"]
    status, sitemap = preview.get("sitemap.xml")
    assert status == 200 and INVALID not in sitemap


def test_preview_server_survives_a_strict_config(preview: Preview) -> None:
    assert "\nstrict: true\n" in preview.project.settings_file.read_text(encoding="utf-8")
    assert preview.process.poll() is None
    log = (preview.project.root / "serve.log").read_text(encoding="utf-8")
    assert f"patterns/{INVALID}.md" in log, "the terminal names the problems too"


def test_preview_says_loudly_that_readers_cannot_reach_a_placeholder_address(preview: Preview) -> None:
    line = "readers cannot reach you: set contact.email in mkdocs.yml"
    assert line in (preview.project.root / "serve.log").read_text(encoding="utf-8")
    for path in ("", "contact/", f"patterns/{DRAFT}/"):
        warning = preview.html(path).select_one("main .preview-warning")
        assert warning is not None and line in warning.get_text(" ", strip=True), path


def test_strict_build_fails_on_an_invalid_pattern(project: Project) -> None:
    project.write_pattern(INVALID, INVALID_TEXT)
    result = project.build()
    assert result.returncode != 0
    assert f"WARNING -  stallpatterns: patterns/{INVALID}.md:4:1: error[unknown-category]" in result.stderr
    errors = catalogue_module.load(load_settings(project.config_file)).errors
    summary = f"ERROR   -  stallpatterns: {len(errors)} errors in 1 pattern file (listed above): a strict build publishes no invalid pattern"
    assert summary in result.stderr


def test_plain_build_leaves_an_invalid_pattern_out(project: Project) -> None:
    project.write_pattern(INVALID, INVALID_TEXT)
    result = project.build("--no-strict", strict=False)  # mkdocs.yml sets strict: true
    assert result.returncode == 0, result.stderr
    assert f"WARNING -  stallpatterns: patterns/{INVALID}.md" in result.stderr
    assert not (project.site / "patterns" / INVALID).exists()
    assert INVALID not in (project.site / "sitemap.xml").read_text(encoding="utf-8")
    # The "not published" panel is for authors previewing, never for readers.
    index = project.html("patterns/")
    assert index.select_one(".problems") is None and INVALID not in str(index)


def test_a_dirty_build_says_that_pages_listing_patterns_may_be_out_of_date(project: Project) -> None:
    # The engine's --dirty rebuilds only the files that changed: All patterns, the finder and
    # related links kept an edited title, and pages lost the home page's card text.
    assert project.build("--no-strict", strict=False).returncode == 0
    result = project.build("--dirty", "--no-strict", strict=False)
    assert result.returncode == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if "--dirty builds only the pages whose files changed" in line]
    assert len(said) == 1 and said[0].startswith("WARNING") and "without --dirty" in said[0], result.stderr
    assert "--dirty" not in project.build("--no-strict", strict=False).stderr  # an ordinary build says nothing of it


# --- editorial checks --------------------------------------------------------------


def test_editorial_checks_are_information_that_strict_lets_through(project: Project) -> None:
    text = pattern_text(title="An organization that checks its spelling").replace(
        "written plainly.", "written plainly, about the organization and its behavior."
    )
    project.write_pattern("spelling-and-length", text)
    result = project.build()
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    spelling = [line for line in lines if "spelling-and-length.md" in line and "warning[spelling]" in line]
    assert len(spelling) == 3, result.stderr  # organization twice (title, body), behavior once
    assert all(line.startswith("INFO") for line in spelling)
    length = [line for line in lines if "spelling-and-length.md" in line and "warning[section-length]" in line]
    assert len(length) == 3 and all(line.startswith("INFO") for line in length), result.stderr
    assert (project.site / "patterns" / "spelling-and-length" / "index.html").is_file()


def test_leftover_scaffold_guidance_fails_a_strict_build(project: Project) -> None:
    text = pattern_text(title="A pattern with guidance left in").replace(
        "## The intervention shape\n", f"## The intervention shape\n\n{GUIDANCE} Say what to do instead. -->\n"
    )
    path = project.write_pattern("guidance-left-in", text)
    line = text.splitlines().index(f"{GUIDANCE} Say what to do instead. -->") + 1
    result = project.build()
    assert result.returncode != 0
    assert f"WARNING -  stallpatterns: patterns/{path.name}:{line}:1: error[scaffold-guidance]" in result.stderr, result.stderr


@contextlib.contextmanager
def served(project: Project) -> Iterator[Preview]:
    """``mkdocs serve`` of ``project``, answering, for one test; its log in serve.log."""
    port = free_port()
    env = serve_env(project)
    log_path = project.root / "serve.log"
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            [ENGINE_CLI, "serve", "--no-livereload", "-f", str(project.config_file), "-a", f"127.0.0.1:{port}"],
            cwd=project.root, env=env, stdout=log, stderr=subprocess.STDOUT, text=True,
        )
        preview = Preview(project, f"http://127.0.0.1:{port}/stall-patterns/", process)
        try:
            assert _not_answering(preview) is None, log_path.read_text(encoding="utf-8", errors="replace")
            yield preview
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_preview_serves_beside_a_file_whose_name_is_not_utf8(tmp_path: Path) -> None:
    # Such a name cannot be a page's address: MkDocs' own address code crashed the server.
    project = copy_project(tmp_path / "project")
    (project.root / "patterns" / os.fsdecode(b"bad\xff.md")).write_text(pattern_text(title="A pattern with a name in Latin-1"), encoding="utf-8")
    with served(project):
        pass
    logged = (project.root / "serve.log").read_text(encoding="utf-8", errors="replace")
    assert "bad-slug" in logged and "Traceback" not in logged


def test_preview_of_a_file_named_index_keeps_all_patterns_and_links_to_no_missing_page(tmp_path: Path) -> None:
    # patterns/index.md is refused (its address is All patterns'): its preview page took that
    # address first, the engine printed a warning with a stack, and its entry linked to a 404.
    project = copy_project(tmp_path / "project")
    (project.root / "patterns" / "index.md").write_text(pattern_text(title="A pattern saved as the index"), encoding="utf-8")
    with served(project) as preview:
        index = preview.html("patterns/")
        (entry,) = [li for li in index.select(".problems li") if "index.md" in li.get_text()]
        assert entry.select("a") == [] and "listed where the preview runs" in entry.get_text()
        assert index.select_one("h1") is not None and "All patterns" in index.select_one("h1").get_text()
        for link in index.select(".problems a"):
            assert preview.get("patterns/" + link["href"])[0] == 200
    logged = (project.root / "serve.log").read_text(encoding="utf-8")
    assert "reserved-slug" in logged and "DeprecationWarning" not in logged and "Traceback" not in logged


def test_preview_shows_a_valid_patterns_warnings_on_its_page_and_a_build_never_does(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    slug = "a-pattern-with-a-warning"
    project.write_pattern(slug, pattern_text(title="A pattern the checks would ask about"))  # short sections: warnings
    with served(project) as preview:
        status, page = preview.get(f"patterns/{slug}/")
    assert status == 200
    box = BeautifulSoup(page, "html.parser").select_one("section.problems--warnings")
    assert box is not None and "warning[section-length]" in box.get_text() and "Hint: say a little more" in box.get_text()
    assert project.build().returncode == 0
    assert "problems--warnings" not in (project.site / "patterns" / slug / "index.html").read_text(encoding="utf-8")


def test_preview_counts_an_invalid_patterns_errors_apart_from_its_warnings(tmp_path: Path) -> None:
    # One error and short sections' warnings read "3 problems to fix ... until they are
    # fixed", where the warnings never stop it being published and validate counts them apart.
    project = copy_project(tmp_path / "project")
    slug = "a-pattern-with-one-error"
    project.write_pattern(slug, pattern_text(title="A pattern with one error to fix", category="sponser"))
    result = catalogue_module.load(load_settings(project.config_file))
    found = [d for d in result.diagnostics if d.path == f"patterns/{slug}.md"]
    warnings = sum(not d.is_error for d in found)
    assert sum(d.is_error for d in found) == 1 and warnings >= 2
    with served(project) as preview:
        panel = preview.html(f"patterns/{slug}/").select_one(".problems")
    assert panel.h2.get_text(" ", strip=True) == f"This pattern has 1 error to fix (and {warnings} warnings)"
    assert "It will not be published until it is fixed." in panel.p.get_text(" ", strip=True)
    assert len(panel.select("li.problem")) == len(found)  # every one is still listed


def test_preview_writes_out_invisible_characters_in_a_problem_as_validate_does(tmp_path: Path) -> None:
    # The message quotes the author's text: a right-to-left override in it reordered the
    # preview's words (and the hint's), where `validate` writes it as \u202e.
    project = copy_project(tmp_path / "project")
    slug = "a-pattern-with-an-odd-key"
    project.write_pattern(slug, pattern_text(title="A pattern with an odd key in it", extra="no\u202eetes: x\n"))
    with served(project) as preview:
        problems = preview.html(f"patterns/{slug}/").select(".problem")
    shown = " ".join(problem.get_text(" ", strip=True) for problem in problems)
    assert "unknown key 'no\\u202eetes'" in shown
    assert not any(unicodedata.category(c) == "Cf" for c in shown)


@contextlib.contextmanager
def served_with_a_file_named(tmp_path: Path, name: str) -> Iterator[tuple[Preview, str]]:
    """A preview of the project with a pattern file of that name (not a slug, so unpublished),
    and the address its entry in All patterns' list of unpublished files links to."""
    project = copy_project(tmp_path / "project")
    (project.root / "patterns" / f"{name}.md").write_text(pattern_text(title="A pattern with an odd file name"), encoding="utf-8")
    with served(project) as preview:
        index = preview.html("patterns/")
        (link,) = [a for a in index.select(".problems a") if a.get_text(strip=True) == "A pattern with an odd file name"]
        yield preview, link["href"]


@pytest.mark.parametrize("name", ["javascript:alert(document.domain)%2F%2F", "https:evil.example"])
def test_an_unpublished_files_link_in_the_preview_stays_on_the_preview(tmp_path: Path, name: str) -> None:
    # A file name is no slug, and the engine makes each address relative to its page:
    # 'patterns/javascript:…/' became href="javascript:…", which the preview's policy runs.
    with served_with_a_file_named(tmp_path, name) as (preview, href):
        assert urllib.parse.urlsplit(href).scheme == "", href
        status, page = preview.get("patterns/" + href)
    assert status == 200 and "bad-slug" in page


@pytest.mark.parametrize("name", ["x\\..\\..\\..\\..\\..\\..\\..\\evil\\repo\\blob\\main\\x", "a#b?c d&e"])
def test_an_unpublished_files_edit_link_names_the_file_in_this_repository(tmp_path: Path, name: str) -> None:
    # The name went into the address as written: a browser reads '\' as '/', so the link led
    # to another repository, and '#' or '?' cut the name short.
    with served_with_a_file_named(tmp_path, name) as (preview, href):
        edit = preview.html("patterns/" + href).select_one("a.edit-link")
    assert edit is not None
    href = edit["href"]
    assert "\\" not in href and "#" not in href and "?" not in href
    resolved = urllib.parse.urlsplit(href.replace("\\", "/"))
    assert resolved.path.startswith("/stallpatterns/stall-patterns/edit/main/patterns/")
    assert urllib.parse.unquote(resolved.path.rsplit("/", 1)[-1]) == f"{name}.md"

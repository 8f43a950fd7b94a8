"""The `stallpatterns` command, run as an author and CI run it: the real console script.

Exit codes: 0 valid, 1 problems found, 2 usage or configuration error.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from stallpatterns.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = str(Path(sys.executable).parent / "stallpatterns")
INVALID = ROOT / "tests" / "fixtures" / "patterns" / "invalid"
TAB_FIXTURE = "tests/fixtures/patterns/invalid/yaml-tab-indent.md"


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run([SCRIPT, *args], cwd=cwd, capture_output=True, text=True, env={**environment, **(env or {})})


def validate_script(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    command = [sys.executable, str(ROOT / "scripts" / "validate_patterns.py"), *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=environment)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's configuration and shipped patterns to add files to."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "patterns", tmp_path / "patterns")
    return tmp_path


# --- validate --------------------------------------------------------------------------------


def test_shipped_patterns_are_valid():
    result = run("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("0 errors, 0 warnings in ") and result.stderr.rstrip().endswith("files")


def test_invalid_file_exits_1_with_the_problem_at_its_line():
    result = run("validate", TAB_FIXTURE)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{TAB_FIXTURE}:7:1: error[yaml-tab]: tab character in front matter indentation",
        "  hint: YAML indents with spaces only: replace the tab with two spaces",
    ]
    assert result.stderr.strip().splitlines() == [
        "1 error, 0 warnings in 1 file",
        f"Note: {TAB_FIXTURE} is not in patterns/: the site publishes only the pattern files there",  # (a test's fixture)
    ]


def test_github_format_prints_one_annotation_per_problem():
    result = run("validate", "--format", "github", TAB_FIXTURE)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"::error file={TAB_FIXTURE},line=7,col=1,title=yaml-tab::"
        "tab character in front matter indentation%0AYAML indents with spaces only: replace the tab with two spaces"
    ]
    assert result.stderr == ""


def test_github_format_says_when_github_would_leave_problems_out_beside_the_lines():
    # GitHub shows 10 errors and 10 warnings of a step beside the lines and drops the rest
    # unsaid: an author fixed those shown, pushed, and only then met the others.
    result = run("validate", "--format", "github", str(INVALID))
    lines = result.stdout.splitlines()
    errors = sum(line.startswith("::error ") for line in lines)
    warnings = sum(line.startswith("::warning ") for line in lines)
    assert errors > 10
    counts = f"{errors} errors and {warnings} warning{'s' * (warnings != 1)}" if warnings else f"{errors} errors"
    assert lines[-1] == (
        f"::notice title=more problems than GitHub shows::this check found {counts}; GitHub shows at most 10 of each "
        "beside the changed lines. Every one is listed in this step's log, and 'python3 scripts/dev.py validate' lists them all on your computer"
    )
    assert sum(line.startswith("::notice ") for line in lines) == 1


def test_github_format_is_the_default_on_github_actions():
    result = run("validate", TAB_FIXTURE, env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 1 and result.stdout.startswith("::error file=")


def test_json_format_is_a_list_of_diagnostics():
    result = run("validate", "--format", "json", str(INVALID / "section-order.md"), str(INVALID / "html-in-title.md"))
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert [(d["path"], d["line"], d["code"], d["severity"]) for d in data] == [
        ("tests/fixtures/patterns/invalid/html-in-title.md", 2, "html-in-text", "error"),
        # Both are the minimal fixture with one fault: checked together, the second copies the first's
        # summary and signs, and its sections (a warning each).
        ("tests/fixtures/patterns/invalid/section-order.md", 3, "duplicate-summary", "error"),
        *(("tests/fixtures/patterns/invalid/section-order.md", line, "duplicate-sign", "error") for line in (6, 7, 8)),
        *(("tests/fixtures/patterns/invalid/section-order.md", line, "duplicate-section", "warning") for line in (12, 16, 20)),
        ("tests/fixtures/patterns/invalid/section-order.md", 20, "section-order", "error"),
    ]
    assert set(data[0]) == {"path", "line", "column", "code", "message", "hint", "severity"}


def test_json_format_of_no_problems_is_an_empty_list():
    result = run("validate", "--format", "json")
    assert result.returncode == 0 and json.loads(result.stdout) == []


def test_every_invalid_fixture_fails_and_nothing_crashes():
    result = run("validate", "--format", "json", str(INVALID))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    paths = {Path(d["path"]).name for d in json.loads(result.stdout) if d["severity"] == "error"}
    assert paths == {p.name for p in INVALID.iterdir()}


def test_warnings_alone_exit_0(project: Path):
    text = (ROOT / "tests/fixtures/patterns/valid/minimal.md").read_text().replace("A claims team", "A claims organization")
    (project / "patterns" / "minimal.md").write_text(text)
    result = run("validate", "patterns/minimal.md", cwd=project)
    assert result.returncode == 0
    assert "warning[spelling]" in result.stdout and "0 errors, 1 warning in 1 file" in result.stderr


def test_chosen_file_is_checked_against_the_whole_catalogue(project: Path):
    minimal = (ROOT / "tests/fixtures/patterns/valid/minimal.md").read_text()
    good = minimal.replace("published: 2026-03-02\n", "published: 2026-03-02\nrelated:\n  - the-sponsor-who-moved-on\n")
    (project / "patterns" / "linking.md").write_text(good)
    assert run("validate", "patterns/linking.md", cwd=project).returncode == 0
    (project / "patterns" / "linking.md").write_text(good.replace("the-sponsor-who-moved-on", "the-sponsor-who-left"))
    result = run("validate", "patterns/linking.md", cwd=project)
    assert result.returncode == 1 and "did you mean 'the-sponsor-who-moved-on'?" in result.stdout


def test_a_heading_retitled_in_the_file_named_is_told_at_the_link_another_pattern_has_to_it(project: Path):
    # Checked alone, the retitled file passed: the broken link in the other file was not told.
    patterns = project / "patterns"
    linking = patterns / "no-agreed-bar-for-good-enough.md"
    linking.write_text(linking.read_text().replace(
        "## What is actually happening\n", "## What is actually happening\n\nSee [uniform review](verification-costs-more-than-the-work.md#uniform-review).\n", 1
    ))
    linked = patterns / "verification-costs-more-than-the-work.md"
    assert run("validate", "patterns/verification-costs-more-than-the-work.md", cwd=project).returncode == 0
    linked.write_text(linked.read_text().replace("### Uniform review", "### Reviewing everything the same way"))
    result = run("validate", "patterns/verification-costs-more-than-the-work.md", cwd=project)
    assert result.returncode == 1
    assert result.stdout.startswith("patterns/no-agreed-bar-for-good-enough.md:32:22: error[broken-link]: '#uniform-review' is no part of")
    assert "#reviewing-everything-the-same-way" in result.stdout
    assert "in 2 files" in result.stderr


def test_missing_path_is_a_usage_error():
    result = run("validate", "patterns/no-such-pattern.md")
    assert result.returncode == 2
    assert "no such file or folder: patterns/no-such-pattern.md" in result.stderr


def test_a_pattern_named_without_its_folder_is_told_where_it_is(project: Path):
    result = run("validate", "the-sponsor-who-moved-on.md", cwd=project)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "stallpatterns: no such file or folder: the-sponsor-who-moved-on.md (did you mean patterns/the-sponsor-who-moved-on.md?)"
    )


def test_a_pattern_path_typed_from_inside_the_patterns_folder_is_suggested_as_reached_from_there(project: Path):
    # Run in patterns/ with the README's 'patterns/x.md', it said: no such file or folder:
    # patterns/x.md (did you mean patterns/x.md?).
    result = run("validate", "patterns/the-sponsor-who-moved-on.md", cwd=project / "patterns")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "stallpatterns: no such file or folder: patterns/the-sponsor-who-moved-on.md (did you mean the-sponsor-who-moved-on.md?)"
    )


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("patterns/the-sponsor-who-moved-of.md", "(did you mean patterns/the-sponsor-who-moved-on.md?)"),
        ("patterns/The-Sponsor-Who-Moved-On.md", "(did you mean patterns/the-sponsor-who-moved-on.md?)"),
        ("patterns/the-sponsor-who-moved-on.md ", "(did you mean patterns/the-sponsor-who-moved-on.md?) (the name you typed ends with a space)"),
    ],
)
def test_a_pattern_path_with_a_typo_capitals_or_a_space_at_the_end_is_told_the_name_meant(project: Path, typed: str, says: str):
    result = run("validate", typed, cwd=project)
    assert result.returncode == 2
    assert result.stderr.strip() == f"stallpatterns: no such file or folder: {typed} {says}"


def test_folder_without_pattern_files_is_a_usage_error_not_the_whole_catalogue(project: Path):
    (project / "notes").mkdir()
    (project / "notes" / "todo.txt").write_text("nothing here")
    result = run("validate", "notes", cwd=project)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == "stallpatterns: no pattern files (*.md) in notes"


def test_the_sites_own_pages_are_not_checked_as_patterns_when_their_folder_is_named(project: Path):
    # 'validate docs' checked index.md, contact.md… as patterns: 43 errors, the author's own file lost among them.
    shutil.copytree(ROOT / "docs", project / "docs")
    result = run("validate", "docs", cwd=project)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == "stallpatterns: no pattern files (*.md) in docs (the site's own pages are there: patterns go in patterns/)"
    result = run("validate", "docs/contact.md", cwd=project)
    assert result.returncode == 2
    assert result.stderr.strip() == "stallpatterns: docs/contact.md is one of the site's pages (mkdocs.yml's nav lists it), not a pattern: not checked as one"
    shutil.copy(project / "patterns" / "the-sponsor-who-moved-on.md", project / "docs" / "a-pattern-saved-here.md")
    result = run("validate", "docs", cwd=project)
    assert {line.split(":")[0] for line in result.stdout.splitlines() if ": error[" in line} == {"docs/a-pattern-saved-here.md"}


def test_dotfiles_in_a_chosen_folder_are_not_patterns(project: Path):
    (project / "drafts").mkdir()
    (project / "drafts" / ".scratch.md").write_text("not a pattern")
    assert run("validate", "drafts", cwd=project).returncode == 2
    (project / "patterns" / ".scratch.md").write_text("not a pattern")
    result = run("validate", "patterns", cwd=project)
    assert result.returncode == 0, result.stdout
    assert ".scratch.md" not in result.stdout


def test_unknown_option_is_a_usage_error():
    assert run("validate", "--format", "xml").returncode == 2


def test_broken_mkdocs_yml_is_a_configuration_error(tmp_path: Path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nplugins:\n  - stallpatterns:\n      sections: [oops\n")
    result = run("--config", str(config), "validate")
    assert result.returncode == 2
    assert result.stderr.startswith("stallpatterns: configuration error:") and "not valid YAML" in result.stderr


def test_config_error_names_the_setting(tmp_path: Path):
    config = tmp_path / "mkdocs.yml"
    text = (ROOT / "mkdocs.yml").read_text().replace("        - id: value\n", "        - idd: value\n")
    config.write_text(text)
    result = run("--config", str(config), "validate")
    assert result.returncode == 2 and "plugins.stallpatterns.categories[6]: unknown setting idd (did you mean id?)" in result.stderr


def misspell_a_setting(project: Path) -> None:
    """mkdocs.yml with editorial.section_words written section_word."""
    config = project / "mkdocs.yml"
    text = config.read_text()
    assert "        section_words:\n" in text
    config.write_text(text.replace("        section_words:\n", "        section_word:\n"))


def test_misspelt_setting_is_a_configuration_error_with_a_near_miss(project: Path):
    misspell_a_setting(project)
    result = run("validate", cwd=project)
    assert result.returncode == 2
    assert "plugins.stallpatterns.editorial: unknown setting section_word (did you mean section_words?)" in result.stderr


def test_empty_spelling_is_a_configuration_error_not_a_traceback(project: Path):
    config = project / "mkdocs.yml"
    text = config.read_text()
    assert "            center: centre\n" in text
    config.write_text(text.replace("            center: centre\n", "            center: centre\n            '': colour\n"))
    result = run("validate", cwd=project)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "plugins.stallpatterns.editorial.spellings.words: '' is not a single word" in result.stderr


@pytest.mark.parametrize(
    ("written", "says"),
    [
        ("docs_dir: docs\n", "docs_dir: 'docs\\x00x' cannot be a folder's name"),
        ("      patterns_dir: patterns\n", "plugins.stallpatterns.patterns_dir: 'pat\\x00terns' cannot be a folder's name"),
    ],
)
def test_a_folder_name_with_a_nul_character_is_a_configuration_error_not_a_traceback(project: Path, written: str, says: str):
    config = project / "mkdocs.yml"
    text = config.read_text()
    assert written in text
    broken = written.replace("docs\n", '"docs\\0x"\n').replace("patterns\n", '"pat\\0terns"\n')
    config.write_text(text.replace(written, broken, 1))
    result = run("validate", cwd=project)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert says in result.stderr, result.stderr


def test_no_mkdocs_yml_anywhere_is_a_configuration_error(tmp_path: Path):
    result = run("validate", cwd=tmp_path)
    assert result.returncode == 2 and "no properdocs.yml or mkdocs.yml found" in result.stderr
    assert "run the command in the repository's folder (cd into it first)" in result.stderr


def test_validate_finds_a_properdocs_yml_that_inherits_the_settings(project: Path):
    # The shipped properdocs.yml: ProperDocs' own file, the settings inherited from mkdocs.yml.
    shutil.copy(ROOT / "properdocs.yml", project / "properdocs.yml")
    misspell_a_setting(project)
    result = run("validate", cwd=project)
    assert result.returncode == 2
    assert "plugins.stallpatterns.editorial: unknown setting section_word" in result.stderr


def test_missing_patterns_folder_is_a_configuration_error(tmp_path: Path):
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    result = run("validate", cwd=tmp_path)
    assert result.returncode == 2 and "patterns folder not found" in result.stderr


# --- new ----------------------------------------------------------------------------------------

FILLED_IN = {
    "summary:": "summary: Every team has a dashboard for its AI tools, and none of the decisions that matter are made by looking at one.",
    # As an author fills it in: the items go under the scaffold's 'signs:'.
    "signs:\n": (
        "signs:\n"
        "  - Dashboards were built before anyone asked what decision they serve\n"
        "  - Usage figures are reported, but no one can say what changed because of them\n"
        "  - Each quarter brings a new dashboard and retires none\n"
    ),
}
SECTIONS = (
    "Every Monday a report lands in forty inboxes with adoption figures, prompts per user and a satisfaction "
    "score. It is well designed and nobody opens it. When the executive committee asks whether the tools are "
    "working, someone builds a new slide by hand from figures the dashboard does not hold.",
    "The dashboard answers the questions that were easy to measure when it was built, not the questions the "
    "business is asking now. Usage is visible because the vendor reports it; value is invisible because nobody "
    "agreed what it would look like, so the dashboard grows sideways instead of deeper.",
    "Start from the decision, not the data. Name the three decisions leaders will make about the rollout this "
    "year, agree the one figure each decision needs, and retire every chart that serves none of them. Review the "
    "remaining figures at the meeting where the decisions are taken.",
)


def _git(project: Path, *args: str) -> None:
    identity = ["-c", "user.name=Author", "-c", "user.email=author@example.com", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", *identity, *args], cwd=project, check=True, capture_output=True)


def _commit_all(project: Path) -> None:
    """The project as a git repository, with everything in it committed: the base a pull request changes."""
    _git(project, "init", "-q")
    _git(project, "add", ".")
    _git(project, "commit", "-q", "-m", "the catalogue")


def test_the_catalogue_and_changed_since_blame_the_file_a_pull_request_adds_not_the_one_already_there(project: Path):
    _commit_all(project)
    existing = (project / "patterns" / "security-review-afterlife.md").read_text()
    # A copy with an earlier date: by dates alone the file already there would be blamed;
    # git has not committed the copy, so it is the newer.
    copy = re.sub(r"(?m)^published: .*$", "published: 2020-01-01", existing)
    (project / "patterns" / "aa-copied.md").write_text(copy)  # not even committed
    whole = run("validate", cwd=project)
    by_change = run("validate", "--changed-since", "HEAD", cwd=project)
    for result in (whole, by_change):
        assert "patterns/aa-copied.md:2:1: error[duplicate-title]" in result.stdout, result.stdout
        assert "security-review-afterlife.md:2" not in result.stdout and result.returncode == 1


def test_a_committed_file_whose_name_is_no_utf_8_is_told_not_raised(project: Path):
    # Git's output was read as UTF-8 text: 'caf\xe9.md', committed, stopped validate and the
    # build with a traceback (crash round of the forty-fourth session).
    (project / "patterns" / os.fsdecode(b"caf\xe9.md")).write_text("hello\n")
    _commit_all(project)
    for result in (run("validate", cwd=project), run("validate", "--changed-since", "HEAD~0", cwd=project)):
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert "patterns/caf\\udce9.md:1:1: error[" in result.stdout, result.stdout


def test_a_published_pattern_renamed_without_its_old_address_as_an_alias_is_an_error_at_the_new_file(project: Path):
    _commit_all(project)
    _git(project, "mv", "patterns/security-review-afterlife.md", "patterns/the-security-review-afterlife.md")
    result = run("validate", "--changed-since", "HEAD", cwd=project)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "patterns/the-security-review-afterlife.md:1:1: error[page-moved]: this file was security-review-afterlife.md" in result.stdout
    assert "'  - security-review-afterlife'" in result.stdout
    # With the old address kept as an alias, the rename is as CONTRIBUTING.md describes it.
    moved = project / "patterns" / "the-security-review-afterlife.md"
    moved.write_text(moved.read_text().replace("\ncategory:", "\naliases:\n  - security-review-afterlife\ncategory:", 1))
    result = run("validate", "--changed-since", "HEAD", cwd=project)
    assert "page-moved" not in result.stdout and "Traceback" not in result.stderr, result.stdout + result.stderr


def test_a_renamed_pattern_with_aliases_already_is_told_to_add_to_them_not_to_write_aliases_again(project: Path):
    # 'add aliases: to the front matter' made a second 'aliases:' key, itself an error.
    pattern = project / "patterns" / "security-review-afterlife.md"
    pattern.write_text(pattern.read_text().replace("\ncategory:", "\naliases:\n  - security-afterlife\ncategory:", 1))
    _commit_all(project)
    _git(project, "mv", "patterns/security-review-afterlife.md", "patterns/the-security-review-afterlife.md")
    result = run("validate", "--changed-since", "HEAD", cwd=project)
    assert "hint: keep the old address: add '  - security-review-afterlife' to the front matter's 'aliases:' list" in result.stdout, result.stdout


def test_a_published_pattern_deleted_is_a_warning_and_a_draft_renamed_is_nothing(project: Path):
    draft = project / "patterns" / "the-sponsor-who-moved-on.md"
    draft.write_text(draft.read_text().replace("\ncategory:", "\ndraft: true\ncategory:", 1))
    _commit_all(project)
    _git(project, "rm", "-q", "patterns/security-review-afterlife.md")
    _git(project, "mv", "patterns/the-sponsor-who-moved-on.md", "patterns/the-sponsor-has-moved-on.md")
    result = run("validate", "--changed-since", "HEAD", cwd=project)
    assert "patterns/security-review-afterlife.md:1:1: warning[page-removed]" in result.stdout, result.stdout + result.stderr
    assert result.stdout.count("page-removed") == 1 and "page-moved" not in result.stdout


def _with_aliases(pattern: Path, *aliases: str) -> None:
    listed = "".join(f"  - {alias}\n" for alias in aliases)
    pattern.write_text(re.sub(r"(?m)^aliases:\n(?:  - .*\n)*", "", pattern.read_text()).replace("\ncategory:", f"\naliases:\n{listed}category:", 1))


def test_a_published_pattern_made_a_draft_is_a_warning_that_its_page_goes(project: Path):
    # Its page went without a word, where deleting the file is told (page-removed).
    pattern = project / "patterns" / "security-review-afterlife.md"
    _with_aliases(pattern, "security-afterlife")
    _commit_all(project)
    pattern.write_text(pattern.read_text().replace("\ncategory:", "\ndraft: true\ncategory:", 1))
    result = run("validate", "--changed-since", "HEAD", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        "patterns/security-review-afterlife.md:1:1: warning[page-unpublished]: security-review-afterlife.md is a draft now: "
        "its page, /patterns/security-review-afterlife/, goes (and its former address, /patterns/security-afterlife/), and readers' links to it break"
    ) in result.stdout, result.stdout
    assert result.stdout.count("page-unpublished") == 1 and "alias-removed" not in result.stdout


def test_a_published_patterns_date_changed_is_a_warning_at_its_line(project: Path):
    # Changed without a word, the feed's entry id (made from the date) changed, and every
    # subscriber got the pattern again as new.
    pattern = project / "patterns" / "the-sponsor-who-moved-on.md"
    _commit_all(project)
    before = re.search(r"(?m)^published: (.*)$", pattern.read_text()).group(1)
    pattern.write_text(re.sub(r"(?m)^published: .*$", "published: 2026-12-01", pattern.read_text()))
    line = pattern.read_text().splitlines().index("published: 2026-12-01") + 1
    result = run("validate", "--changed-since", "HEAD", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        f"patterns/the-sponsor-who-moved-on.md:{line}:1: warning[published-changed]: 'published' was {before} at HEAD: "
        "a published pattern keeps its date, and feed readers would show it again as a new pattern"
    ) in result.stdout, result.stdout
    assert f"hint: write 'published: {before}' again; for a revision, add 'updated: 2026-12-01' under it" in result.stdout
    # Its date kept, with an 'updated' date: nothing to say.
    pattern.write_text(re.sub(r"(?m)^published: .*$", f"published: {before}\nupdated: 2026-12-01", pattern.read_text()))
    assert "published-changed" not in run("validate", "--changed-since", "HEAD", cwd=project).stdout


def test_a_former_address_taken_out_of_the_aliases_is_a_warning_unless_another_pattern_keeps_it(project: Path):
    pattern = project / "patterns" / "security-review-afterlife.md"
    _with_aliases(pattern, "security-afterlife", "review-afterlife")
    _commit_all(project)
    _with_aliases(pattern, "review-afterlife")
    result = run("validate", "--changed-since", "HEAD", cwd=project)
    assert (
        "patterns/security-review-afterlife.md:1:1: warning[alias-removed]: 'security-afterlife' was in this pattern's 'aliases' at HEAD: "
        "without it, /patterns/security-afterlife/ goes, and readers' links break"
    ) in result.stdout, result.stdout
    assert "hint: keep it: add '  - security-afterlife' under 'aliases:', unless the address is retired on purpose" in result.stdout
    # Moved to another pattern's aliases: the address is kept.
    _with_aliases(project / "patterns" / "the-sponsor-who-moved-on.md", "security-afterlife")
    result = run("validate", "--changed-since", "HEAD", cwd=project)
    assert "alias-removed" not in result.stdout, result.stdout


def test_a_pattern_merged_into_another_without_its_own_former_addresses_is_a_warning(project: Path):
    merged = project / "patterns" / "security-review-afterlife.md"
    _with_aliases(merged, "security-afterlife")
    _commit_all(project)
    _git(project, "rm", "-q", "patterns/security-review-afterlife.md")
    _with_aliases(project / "patterns" / "the-sponsor-who-moved-on.md", "security-review-afterlife")
    result = run("validate", "--changed-since", "HEAD", cwd=project)
    assert (
        "patterns/security-review-afterlife.md:1:1: warning[page-removed]: security-review-afterlife.md is deleted, and its former addresses "
        "(/patterns/security-afterlife/) go with it: readers' links to them break"
    ) in result.stdout, result.stdout
    assert "hint: add 'security-afterlife' to the aliases of patterns/the-sponsor-who-moved-on.md, which keeps its address" in result.stdout
    # Deleted outright: one warning names both addresses.
    _git(project, "checkout", "-q", "--", "patterns/the-sponsor-who-moved-on.md")
    result = run("validate", "--changed-since", "HEAD", cwd=project)
    assert "goes (and its former address, /patterns/security-afterlife/), and readers' links to it break" in result.stdout, result.stdout
    assert "add 'security-review-afterlife' and 'security-afterlife' to that pattern's aliases" in result.stdout
    assert result.stdout.count("page-removed") == 1


def test_changed_since_an_unknown_revision_says_so(project: Path):
    _git(project, "init", "-q")
    result = run("validate", "--changed-since", "no-such-branch", cwd=project)
    assert result.returncode == 2 and "cannot list the files changed since no-such-branch" in result.stderr
    assert "Traceback" not in result.stderr


def test_new_writes_a_scaffold_that_fails_until_it_is_written(project: Path):
    result = run("new", "Dashboards nobody opens", "--category", "value", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "Wrote patterns/dashboards-nobody-opens.md" in result.stdout
    assert "python3 scripts/dev.py validate patterns/dashboards-nobody-opens.md" in result.stdout
    assert "python3 scripts/dev.py serve" in result.stdout
    path = project / "patterns" / "dashboards-nobody-opens.md"

    unedited = run("validate", "patterns/dashboards-nobody-opens.md", cwd=project)
    assert unedited.returncode == 1
    codes = [line.split("[")[1].split("]")[0] for line in unedited.stdout.splitlines() if "error[" in line]
    assert sorted(set(codes)) == ["empty-value", "scaffold-guidance", "signs-count"]
    # One error for each section still holding only its guidance, not also "is empty".
    assert codes.count("scaffold-guidance") == 3
    assert "replace the '<!-- guide: ... -->' comment with your own text" in unedited.stdout

    text = path.read_text()
    for old, new in FILLED_IN.items():
        text = text.replace(old, new)
    guides = [line for line in text.splitlines() if line.startswith("<!-- guide:")]
    for guide, prose in zip(guides, SECTIONS, strict=True):
        text = text.replace(guide, prose)
    path.write_text(text)
    filled = run("validate", "patterns/dashboards-nobody-opens.md", cwd=project)
    assert filled.returncode == 0, filled.stdout
    assert filled.stdout == "" and filled.stderr.strip() == "0 errors, 0 warnings in 1 file"


def test_new_keeps_quotes_in_the_title(project: Path):
    assert run("new", 'The "pilot" nobody\'s paying for', "--category", "value", cwd=project).returncode == 0
    text = (project / "patterns" / "the-pilot-nobodys-paying-for.md").read_text()
    assert 'title: "The \\"pilot\\" nobody\'s paying for"' in text


def test_new_takes_accents_off_letters_in_the_file_name(project: Path):
    result = run("new", "Café pilots that never ship", "--category", "value", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "patterns" / "cafe-pilots-that-never-ship.md").exists()


@pytest.mark.parametrize(("title", "slug"), [("Übermäßig viele Meetings", "ubermassig-viele-meetings"), ("Ærø pilots and Łódź reviews", "aero-pilots-and-lodz-reviews")])
def test_new_spells_out_letters_that_have_no_accent_to_take_off(project: Path, title: str, slug: str):
    # 'ß' was left out, and split the word: 'uberma-ig-viele-meetings'.
    result = run("new", title, "--category", "value", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "patterns" / f"{slug}.md").exists()


def test_new_takes_a_category_in_capitals_as_the_question_in_a_terminal_does(project: Path):
    result = run("new", "Dashboards nobody opens", "--category", "Value", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "category: value\n" in (project / "patterns" / "dashboards-nobody-opens.md").read_text()


def test_new_refuses_an_unknown_category_with_a_near_miss(project: Path):
    result = run("new", "Dashboards nobody opens", "--category", "valeu", cwd=project)
    assert result.returncode == 2
    assert "unknown category 'valeu': did you mean 'value'?" in result.stderr
    assert not (project / "patterns" / "dashboards-nobody-opens.md").exists()


@pytest.mark.parametrize(("args", "says"), [
    # Written, then refused by 'validate' for the words the author typed, not for the template.
    (["The sponsor who moved on", "--slug", "sponsor-gone"], "title is also used by patterns/the-sponsor-who-moved-on.md"),
    (["The sponsor who rnoved on"], "title reads as the title of patterns/the-sponsor-who-moved-on.md"),
    (["Dashboards <angle> nobody opens"], "'title' contains an HTML tag"),
])
def test_new_never_writes_a_file_whose_title_validate_would_refuse(project: Path, args: list[str], says: str):
    before = sorted(path.name for path in (project / "patterns").iterdir())
    result = run("new", *args, "--category", "value", cwd=project)
    assert result.returncode == 2, result.stdout
    assert says in result.stderr and "No file was written: run the command again with another title" in result.stderr
    assert sorted(path.name for path in (project / "patterns").iterdir()) == before


def test_new_with_a_slug_that_passes_for_another_patterns_is_told_to_change_the_slug(project: Path):
    # Told to run the command again with another title, the author changed the title, kept
    # '--slug the-sponsor-who-rnoved-on', and was refused again.
    result = run("new", "A fresh pattern about meetings", "--slug", "the-sponsor-who-rnoved-on", "--category", "value", cwd=project)
    assert result.returncode == 2
    assert "passes for /patterns/the-sponsor-who-moved-on/" in result.stderr
    assert result.stderr.strip().endswith("No file was written: run the command again with another --slug.")


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["-40%", "output", "after", "the", "rollout"], 'new -- "-40% output after the rollout"'),
        (["-40%", "output", "after", "the", "rollout", "--category", "value"], 'new --category value -- "-40% output after the rollout"'),
        (["--category", "value", "---"], 'new --category value -- "---"'),
    ],
)
def test_new_tells_a_title_that_starts_with_a_dash_how_to_write_it(project: Path, args: list[str], hint: str):
    # argparse read '-40%' as an option it did not know: 'the following arguments are
    # required: title', or 'unrecognized arguments', to an author who had typed a title.
    result = run("new", *args, cwd=project)
    assert result.returncode == 2
    dashed = next(word for word in args if word.startswith("-") and word not in ("--category",))
    assert result.stderr.startswith(f"stallpatterns: '{dashed}' starts with '-'")
    assert result.stderr.strip().endswith(f"write -- before the title, as in: python3 scripts/dev.py {hint}")


def test_new_follows_the_hint_for_a_title_that_starts_with_a_dash(project: Path):
    result = run("new", "--category", "value", "--", "-40% output after the rollout", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "patterns" / "40-output-after-the-rollout.md").read_text(encoding="utf-8").startswith('---\ntitle: "-40% output after the rollout"')


def test_new_still_tells_a_misspelt_option_as_argparse_does(project: Path):
    result = run("new", "Dashboards nobody opens", "--categroy", "value", cwd=project)
    assert result.returncode == 2 and "unrecognized arguments: --categroy value" in result.stderr


def test_new_says_a_file_exists_before_asking_for_a_category(project: Path):
    # Outside a terminal it asked for --category first, and said the file existed only on the second run.
    result = run("new", "The sponsor who moved on", cwd=project)
    assert result.returncode == 2
    assert result.stderr.strip() == "stallpatterns: patterns/the-sponsor-who-moved-on.md already exists; it has this title: edit that file, or choose another title"


def test_new_tells_a_taken_file_name_by_what_to_change(project: Path):
    # '--slug' was suggested for the pattern's own title, which a second file is refused anyway.
    (project / "patterns" / "the-sponsor-moved-on.md").write_text("not a pattern yet\n", encoding="utf-8")
    other_title = run("new", "The sponsor: moved on", "--category", "value", cwd=project)
    assert other_title.returncode == 2
    assert other_title.stderr.strip() == "stallpatterns: patterns/the-sponsor-moved-on.md already exists; choose another title or --slug"
    chosen = run("new", "Dashboards nobody opens", "--category", "value", "--slug", "the-sponsor-who-moved-on", cwd=project)
    assert chosen.returncode == 2
    assert chosen.stderr.strip() == "stallpatterns: patterns/the-sponsor-who-moved-on.md already exists; choose another --slug"


def test_new_never_overwrites(project: Path):
    result = run("new", "The sponsor who moved on", "--category", "sponsorship", cwd=project)
    assert result.returncode == 2 and "already exists" in result.stderr


def test_new_refuses_a_slug_that_is_not_kebab_case(project: Path):
    result = run("new", "Dashboards nobody opens", "--category", "value", "--slug", "Dashboards_Nobody", cwd=project)
    assert result.returncode == 2 and "try 'dashboards-nobody'" in result.stderr


def test_new_refuses_a_slug_windows_keeps_for_a_device(project: Path):
    # 'con.md' was written, and only validation refused it: no file is written now.
    result = run("new", "Dashboards nobody opens", "--category", "value", "--slug", "con", cwd=project)
    assert result.returncode == 2 and "a device's name on Windows" in result.stderr
    assert not (project / "patterns" / "con.md").exists()


def test_new_fits_a_long_title_to_the_slug_limit_at_a_word_boundary_and_says_so(project: Path):
    title = "The steering group that meets monthly to approve pilots nobody has asked to scale up"
    assert 80 < len(title) <= 90
    result = run("new", title, "--category", "value", cwd=project)
    assert result.returncode == 0, result.stderr
    (written,) = [p for p in (project / "patterns").iterdir() if p.name.startswith("the-steering")]
    assert written.stem == "the-steering-group-that-meets-monthly-to-approve-pilots-nobody-has-asked-to"
    assert f"shortened at a word boundary to fit 80 characters: {written.name}" in result.stdout


def test_new_says_which_words_the_file_name_leaves_out(project: Path):
    result = run("new", "Ωμέγα pilots stuck in review", "--category", "value", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "patterns" / "pilots-stuck-in-review.md").is_file()
    assert "Note: the file name leaves out 'Ωμέγα', in letters a file name cannot hold (a to z): pilots-stuck-in-review.md" in result.stdout
    plain = run("new", "Café pilots stuck in review", "--category", "value", cwd=project)
    assert plain.returncode == 0 and "leaves out" not in plain.stdout  # (its accent alone is left: cafe-pilots-…)


def test_new_refuses_a_title_over_the_limit(project: Path):
    result = run("new", "A very long title " * 8, "--category", "value", cwd=project)
    assert result.returncode == 2 and "the title is 143 characters long; the limit is 90" in result.stderr
    assert sorted(p.name for p in (project / "patterns").iterdir()) == sorted(p.name for p in (ROOT / "patterns").iterdir())


def test_new_says_a_title_one_character_long_in_words(settings: Settings):
    from stallpatterns.cli import _title_problem

    assert _title_problem("X", settings) == "the title is 1 character long; it needs at least 10"


@pytest.mark.parametrize(
    ("title", "says"),
    [
        ("Index", "reserved"),
        ("index", "reserved"),
        ("The pilot\x1b[2J that is judged", "control or invisible character"),
        ("The pilot \u202ethat is judged", "control or invisible character"),
        ("\u3164" * 12, "no visible text"),
    ],
)
def test_new_refuses_reserved_and_control_character_titles(project: Path, title: str, says: str):
    result = run("new", title, "--category", "value", cwd=project)
    assert result.returncode == 2 and says in result.stderr
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr


def test_new_never_writes_through_a_symlink(project: Path, tmp_path_factory: pytest.TempPathFactory):
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "target.md"
    (project / "patterns" / "dashboards-nobody-opens.md").symlink_to(elsewhere)  # dangling: its target does not exist
    result = run("new", "Dashboards nobody opens", "--category", "value", cwd=project)
    assert result.returncode == 2 and "already exists" in result.stderr
    assert not elsewhere.exists()


def test_new_without_a_category_outside_a_terminal_lists_them_with_descriptions(project: Path):
    result = run("new", "Dashboards nobody opens", cwd=project)
    assert result.returncode == 2
    assert "give --category, one of:" in result.stderr
    assert "value            What the spend produced, and whether anyone can say." in result.stderr


def test_new_help_lists_the_categories_with_descriptions(project: Path):
    result = run("new", "--help", cwd=project)
    assert result.returncode == 0
    assert "sponsorship      The senior backing that started the rollout and then moved on." in result.stdout


def test_new_asks_for_the_category_in_a_terminal(project: Path):
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: stallpatterns new in a terminal, as an author runs it
        os.chdir(project)
        os.execv(SCRIPT, [SCRIPT, "new", "Dashboards nobody opens"])
    output = b""
    while b"Number or id:" not in output:
        output += os.read(fd, 1024)
    os.write(fd, b"7\n")
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, output
    assert b"7. value" in output and b"What the spend produced" in output
    assert "category: value" in (project / "patterns" / "dashboards-nobody-opens.md").read_text()


def test_new_suggests_a_category_from_a_misspelling(project: Path):
    result = run("new", "Dashboards nobody opens", "--category", "sponser", cwd=project)
    assert result.returncode == 2 and "did you mean 'sponsorship'?" in result.stderr


def test_validate_suggests_a_category_from_a_misspelling(project: Path):
    text = (ROOT / "patterns" / "the-sponsor-who-moved-on.md").read_text().replace("category: sponsorship", "category: sponser")
    (project / "patterns" / "the-sponsor-who-moved-on.md").write_text(text)
    result = run("validate", cwd=project)
    assert "error[unknown-category]: unknown category 'sponser'\n  hint: did you mean 'sponsorship'?" in result.stdout


def test_date_key_suggests_published(project: Path):
    text = (ROOT / "patterns" / "the-sponsor-who-moved-on.md").read_text().replace("published:", "date:")
    (project / "patterns" / "the-sponsor-who-moved-on.md").write_text(text)
    result = run("validate", cwd=project)
    assert "unknown key 'date'\n  hint: did you mean 'published'?" in result.stdout


# --- scripts/validate_patterns.py ------------------------------------------------------------------


def test_validate_script_passes_the_shipped_patterns():
    result = validate_script()
    assert result.returncode == 0 and result.stderr.startswith("0 errors")


def test_validate_script_reports_like_the_console_script():
    script, console = validate_script("--format", "github", TAB_FIXTURE), run("validate", "--format", "github", TAB_FIXTURE)
    assert (script.returncode, script.stdout) == (console.returncode, console.stdout) == (1, console.stdout)


def test_validate_script_without_dependencies_says_how_to_get_them():
    # -S leaves site-packages out: the package's dependencies (PyYAML, markdown-it-py) are missing.
    command = [sys.executable, "-S", str(ROOT / "scripts" / "validate_patterns.py")]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2 and result.stdout == ""
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "run 'python3 scripts/dev.py validate' instead" in result.stderr


def test_validate_script_usage_error_exits_2():
    assert validate_script("nowhere.md").returncode == 2


# --- one file checked against the whole catalogue ------------------------------------------------


def test_new_file_with_an_existing_title_fails_on_its_own_and_is_blamed(project: Path):
    text = (ROOT / "patterns" / "the-sponsor-who-moved-on.md").read_text().replace("published: ", "published: 2026-11-01\nx: ", 1)
    text = "\n".join(line for line in text.split("\n") if not line.startswith("x: "))
    (project / "patterns" / "a-copy.md").write_text(text)
    alone = run("validate", "patterns/a-copy.md", cwd=project)
    assert alone.returncode == 1
    assert "patterns/a-copy.md:2:1: error[duplicate-title]: title is also used by patterns/the-sponsor-who-moved-on.md" in alone.stdout
    everything = run("validate", cwd=project)
    # The copy's title and each of its other names are blamed on it: nothing on the original.
    assert not re.search(r"(?m)^patterns/the-sponsor-who-moved-on\.md:", everything.stdout), everything.stdout
    assert "patterns/a-copy.md:13:1: error[duplicate-name]: 'lost executive sponsor' in 'also_known_as' is also a name of" in everything.stdout


def test_fifo_named_on_the_command_line_is_reported_without_hanging(project: Path):
    os.mkfifo(project / "patterns" / "pipe.md")
    result = subprocess.run([SCRIPT, "validate", "patterns/pipe.md"], cwd=project, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "patterns/pipe.md:1:1: error[not-a-file]: this is a FIFO (named pipe), not a file" in result.stdout


def test_dangling_symlink_named_on_the_command_line_is_a_diagnostic_not_a_usage_error(project: Path):
    (project / "patterns" / "gone.md").symlink_to(project / "nowhere.md")
    result = run("validate", "patterns/gone.md", cwd=project)
    assert result.returncode == 1 and "error[dangling-symlink]" in result.stdout


def test_upper_case_extension_in_a_chosen_folder_is_reported(project: Path):
    (project / "patterns" / "Upper.MD").write_text("anything")
    result = run("validate", "patterns", cwd=project)
    assert result.returncode == 1 and "patterns/Upper.MD:1:1: error[bad-file-name]" in result.stdout


def test_files_never_published_in_a_chosen_folder_are_reported_as_by_the_whole_check(project: Path):
    # 'validate patterns' passed a folder that the build then refused.
    (project / "patterns" / "my-pattern.markdown").write_text("anything")
    (project / "patterns" / "old").mkdir()
    (project / "patterns" / "old" / "my-pattern.md").write_text("anything")
    for chosen in ("patterns", "patterns/"):
        result = run("validate", chosen, cwd=project)
        assert result.returncode == 1, result.stderr
        assert "patterns/my-pattern.markdown:1:1: error[bad-file-name]" in result.stdout
        assert "patterns/old/my-pattern.md:1:1: error[pattern-in-folder]" in result.stdout
    assert run("validate", "patterns/the-sponsor-who-moved-on.md", cwd=project).returncode == 0


@pytest.mark.parametrize("name", ["my-pattern.markdown", "my-pattern.txt"])
def test_file_never_published_named_alone_is_told_so_with_its_rename(project: Path, name: str):
    # Named alone, 'x.markdown' was 'not a Markdown file' ('name it <slug>.md'), and 'x.txt'
    # only wanted front matter, where the build says it is never published.
    (project / "patterns" / name).write_text("notes, not a pattern yet")
    result = run("validate", f"patterns/{name}", cwd=project)
    assert result.returncode == 1
    assert f"patterns/{name}:1:1: error[bad-file-name]: '{name}' is not published: only files named <slug>.md are patterns" in result.stdout
    assert "hint: if it is a pattern, rename it to 'my-pattern.md'; if not, move it out of patterns/" in result.stdout


def test_a_file_never_published_checked_from_another_folder_is_told_to_go_in_the_patterns_folder(project: Path):
    # The hint said 'move it out of ../': advice for a stray in the patterns folder.
    text = (project / "patterns" / "the-sponsor-who-moved-on.md").read_text().replace("The sponsor who moved on", "A sponsor who left")
    (project / "drafts").mkdir()
    (project / "drafts" / "Sponsor notes.txt").write_text(text)
    result = run("validate", "drafts/Sponsor notes.txt", cwd=project)
    assert result.returncode == 1
    assert "drafts/Sponsor notes.txt:1:1: error[bad-file-name]: 'Sponsor notes.txt' is not published: only files named <slug>.md are patterns" in result.stdout
    assert "hint: if it is a pattern, save it in patterns/ as 'sponsor-notes.md'\n" in result.stdout


@pytest.mark.parametrize("folder", [".", "docs"])
def test_a_pattern_file_checked_outside_the_patterns_folder_is_told_it_is_never_published(project: Path, folder: str):
    # It passed with '0 errors': its author opened a pull request with a file the site never
    # publishes as a pattern (and docs/ publishes it as an unchecked page).
    text = (project / "patterns" / "the-sponsor-who-moved-on.md").read_text().replace("The sponsor who moved on", "A sponsor who left")
    (project / folder).mkdir(exist_ok=True)
    (project / folder / "a-sponsor-who-left.md").write_text(text)
    shown = "a-sponsor-who-left.md" if folder == "." else f"{folder}/a-sponsor-who-left.md"
    result = run("validate", shown, cwd=project)
    assert result.returncode == 1
    if folder == ".":
        assert (
            f"{shown}:1:1: error[outside-patterns]: 'a-sponsor-who-left.md' is not in the patterns/ folder, "
            "so the site never publishes it as a pattern\n  hint: move it to patterns/a-sponsor-who-left.md\n"
        ) in result.stdout
    else:  # a page in docs/ that the nav does not list, said once
        assert result.stdout.count(f"{shown}:1:1: error[") == 1, result.stdout
        assert (
            f"{shown}:1:1: error[unlisted-page]: 'a-sponsor-who-left.md' is in docs/, but mkdocs.yml's nav does not list it, "
            "so the site never publishes it\n  hint: a pattern belongs in patterns/: move it to patterns/a-sponsor-who-left.md\n"
        ) in result.stdout


def test_the_whole_check_reports_every_page_in_docs_that_the_nav_does_not_list(project: Path):
    # A pattern saved in docs/ by mistake passed the check CI runs ('0 errors'), and the
    # build published it as a page no check had read, raw HTML and all.
    text = (project / "patterns" / "the-sponsor-who-moved-on.md").read_text().replace("The sponsor who moved on", "A sponsor who left")
    (project / "docs" / "guides").mkdir(parents=True)
    (project / "docs" / "guides" / "A sponsor who left.md").write_text(text)
    (project / "docs" / "notes.md").write_text("# Notes\n\nA <u>page</u> nobody listed.\n")
    (project / "docs" / ".hidden.md").write_text("# Hidden: the engine never publishes it\n")
    result = run("validate", cwd=project)
    assert result.returncode == 1
    assert "docs/guides/A sponsor who left.md:1:1: error[unlisted-page]: 'guides/A sponsor who left.md' is in docs/" in result.stdout
    assert "hint: a pattern belongs in patterns/: move it to patterns/a-sponsor-who-left.md\n" in result.stdout
    assert (
        "docs/notes.md:1:1: error[unlisted-page]: 'notes.md' is in docs/, but mkdocs.yml's nav does not list it, so the site "
        "never publishes it\n  hint: list it under nav: in mkdocs.yml to publish it, or delete it; a pattern belongs in patterns/\n"
    ) in result.stdout
    assert ".hidden.md" not in result.stdout
    assert result.stdout.count("error[unlisted-page]") == 2
    # The pages the nav lists are not reported.
    for page in ("index.md", "contact.md", "authoring.md", "finder.md"):
        assert f"docs/{page}" not in result.stdout


def test_a_page_whose_name_ends_in_capitals_is_told_it_is_published_as_text(project: Path):
    # 'docs/notes.MD' was told the site never publishes it: the engine makes pages only of
    # names ending in lower case, and published it as it is, a file of text.
    (project / "docs").mkdir()
    (project / "docs" / "notes.MD").write_text("# Notes\n\nA page.\n")
    result = run("validate", cwd=project)
    assert (
        "docs/notes.MD:1:1: error[unlisted-page]: 'notes.MD' is in docs/, but its name ends in capitals, so the site publishes it "
        "as a file of text, not as a page\n  hint: to make a page of it, rename it to notes.md and list it under nav: in mkdocs.yml; or delete it\n"
    ) in result.stdout


@pytest.mark.parametrize(("name", "moved"), [("a-sponsor-who-left.md", "a-sponsor-who-left.md"), ("A sponsor who left", "a-sponsor-who-left.md")])
def test_the_whole_check_ci_runs_reports_a_pattern_saved_in_the_top_folder(project: Path, name: str, moved: str):
    # GitHub's 'Add file' on the repository's front page saves it there: CI's check (the
    # whole catalogue, no file named) said '0 errors', and the pattern was never published.
    text = (project / "patterns" / "the-sponsor-who-moved-on.md").read_text().replace("The sponsor who moved on", "A sponsor who left")
    (project / name).write_text(text)
    (project / "NOTES.md").write_text("# Notes\n\nNot a pattern: never reported.\n")
    result = run("validate", "--format", "github", cwd=project)
    assert result.returncode == 1
    assert result.stdout.strip() == (
        f"::error file={name},line=1,col=1,title=outside-patterns::'{name}' is not in the patterns/ folder, "
        f"so the site never publishes it as a pattern%0Amove it to patterns/{moved}"
    )
    # Named on the command line, it is told once.
    if name.endswith(".md"):
        assert run("validate", name, cwd=project).stdout.count("outside-patterns") == 1


@pytest.mark.parametrize("folder", [".", "docs"])
def test_a_pattern_in_the_patterns_folder_is_not_outside_it_when_that_folder_is_the_top_or_docs(project: Path, folder: str):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("patterns_dir: patterns\n", f"patterns_dir: {folder}\n"))
    (project / folder).mkdir(exist_ok=True)
    for pattern in (project / "patterns").glob("*.md"):
        shutil.move(pattern, project / folder / pattern.name)
    shown = "the-sponsor-who-moved-on.md" if folder == "." else f"{folder}/the-sponsor-who-moved-on.md"
    result = run("validate", shown, cwd=project)
    assert "outside-patterns" not in result.stdout, result.stdout


@pytest.mark.parametrize("how", ["link", "setting"])
def test_a_patterns_folder_outside_the_repository_is_refused_and_nothing_in_it_is_read(
    project: Path, tmp_path_factory: pytest.TempPathFactory, how: str
):
    # A pull request can commit patterns/ as a symbolic link: through it, the checks listed
    # every file name of the folder it points to ('/', 26 seconds of the whole machine's
    # names), and a build published the valid '*.md' files they found there.
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    shutil.copytree(project / "patterns", elsewhere, dirs_exist_ok=True)  # valid patterns, outside
    if how == "link":
        shutil.rmtree(project / "patterns")
        (project / "patterns").symlink_to(elsewhere, target_is_directory=True)
        said = "plugins.stallpatterns.patterns_dir: 'patterns' is a symbolic link to"
    else:
        config = project / "mkdocs.yml"
        config.write_text(config.read_text().replace("patterns_dir: patterns\n", f"patterns_dir: {elsewhere}\n"))
        said = f"plugins.stallpatterns.patterns_dir: '{elsewhere}' is '{elsewhere.resolve()}', outside the repository"
    result = run("validate", cwd=project)
    assert result.returncode == 2, result
    assert said in result.stderr and "outside the repository" in result.stderr, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


def test_a_patterns_folder_that_is_a_link_inside_the_repository_is_refused(project: Path):
    # 'patterns -> tests/fixtures/patterns/valid': GitHub showed the link as a name, and the
    # fixtures were checked and published as the catalogue.
    (project / "kept").mkdir()
    shutil.move(project / "patterns", project / "kept" / "patterns")
    (project / "patterns").symlink_to("kept/patterns", target_is_directory=True)
    result = run("validate", cwd=project)
    assert result.returncode == 2, result
    assert "plugins.stallpatterns.patterns_dir: 'patterns' is a symbolic link to" in result.stderr, result.stderr
    assert "put the folder itself there, not a link" in result.stderr and result.stdout == ""


@pytest.mark.parametrize(("old", "new", "setting"), [
    ("        title: [10, 90]\n", "        title: [10]\n", "plugins.stallpatterns.limits.title: expected [minimum, maximum]"),
    ("          label: Workflow\n", "          label: <b>Workflow</b>\n", "plugins.stallpatterns.categories[1].label:"),
])
def test_a_setting_in_error_is_told_at_its_line_in_mkdocs_yml(project: Path, old: str, new: str, setting: str):
    # The message named the setting's place in words only: the maintainer searched the file for it.
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new), encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    result = run("validate", cwd=project)
    assert result.returncode == 2
    assert result.stderr.startswith(f"stallpatterns: configuration error: mkdocs.yml:{line}: {setting}"), result.stderr


def _inserted_after(line: str, added: str) -> Callable[[str], tuple[str, str]]:
    """An edit of mkdocs.yml: ``added`` written after the first ``line``; the wrong line is ``added``."""
    return lambda text: (text.replace(line, line + added, 1), added)


def _last_offers(key: str, value: str) -> Callable[[str], tuple[str, str]]:
    """An edit of mkdocs.yml: the last offer's ``key`` set to ``value`` (whatever the offers are now)."""

    def edit(text: str) -> tuple[str, str]:
        written = re.findall(rf"^          {key}: .*\n", text, flags=re.MULTILINE)[-1]
        at = text.rindex(written)
        wrong = f"          {key}: {value}\n"
        return text[:at] + wrong + text[at + len(written) :], wrong

    return edit


@pytest.mark.parametrize(("edit", "setting"), [
    # A key the plugin does not know, under the plugin and under an offer.
    (_inserted_after("      cta_heading: Is this your stall?\n", "      colour: red\n"), "plugins.stallpatterns: unknown setting colour"),
    (_inserted_after("      offers:\n        - id: diagnosis\n", "          colour: red\n"), "plugins.stallpatterns.offers[0]: unknown setting colour"),
    # A price YAML reads as a number.
    (_last_offers("price", "750"), "plugins.stallpatterns.offers[1].price: expected text"),
])
def test_a_wrong_key_is_told_at_its_own_line_and_annotated_in_github_actions(project: Path, edit, setting: str):
    # Each was told at 'mkdocs.yml:49', the plugin's line, and in Actions not on the pull request's file at all.
    config = project / "mkdocs.yml"
    written, wrong = edit(config.read_text(encoding="utf-8"))
    config.write_text(written, encoding="utf-8")
    line = written[: written.index(wrong)].count("\n") + 1
    result = run("validate", cwd=project)
    assert result.returncode == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"stallpatterns: configuration error: mkdocs.yml:{line}: {setting}"), result.stderr
    result = run("validate", cwd=project, env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stdout.startswith(f"::error file=mkdocs.yml,line={line},title=configuration error::mkdocs.yml:{line}: {setting}"), result.stdout


def test_an_offer_named_as_another_is_told_at_the_second_name(project: Path):
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    names = re.findall(r"^          name: (.*)$", text, flags=re.MULTILINE)
    assert len(names) >= 2
    written, wrong = _last_offers("name", names[0].lower())(text)
    config.write_text(written, encoding="utf-8")
    line = written[: written.index(wrong)].count("\n") + 1
    result = run("validate", cwd=project)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"stallpatterns: configuration error: mkdocs.yml:{line}: plugins.stallpatterns: duplicate offer name: {names[0]}"), result.stderr


def test_a_category_without_its_label_is_told_at_the_category(project: Path):
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    old = "        - id: workflow\n          label: Workflow\n"
    assert old in text
    config.write_text(text.replace(old, "        - id: workflow\n"), encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    result = run("validate", cwd=project)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"stallpatterns: configuration error: mkdocs.yml:{line}: plugins.stallpatterns.categories[1].label: expected"), result.stderr


def test_a_yaml_mistake_in_mkdocs_yml_is_annotated_in_github_actions(project: Path):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("strict: true\n", "strict: [true\n", 1), encoding="utf-8")
    result = run("check-deploy", cwd=project, env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert re.match(r"::error file=mkdocs\.yml,line=\d+,title=configuration error::.*not valid YAML", result.stdout), result.stdout


def test_an_empty_mkdocs_yml_is_told_as_empty_not_blamed_on_properdocs_yml(project: Path):
    # properdocs.yml only inherits mkdocs.yml: 'properdocs.yml: the plugin is not configured' sent the maintainer there.
    shutil.copy(ROOT / "properdocs.yml", project / "properdocs.yml")
    (project / "mkdocs.yml").write_text("", encoding="utf-8")
    result = run("validate", cwd=project)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("stallpatterns: configuration error: mkdocs.yml:1: the file is empty"), result.stderr
    assert "properdocs.yml" not in result.stderr


def test_a_setting_in_error_in_an_inherited_file_is_told_at_its_line_there(project: Path):
    # A mkdocs.yml that inherits the plugin's block (as a mapping, which the engines merge key
    # by key) and sets one key of it holds the plugin's name only: the setting in error is in
    # the file it inherits from, and was told at the name's line in the one that inherits.
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    head, block = text.split("plugins:\n  - stallpatterns:\n")
    block = "".join(line[2:] if line.startswith("  ") else line for line in block.splitlines(keepends=True))
    old = "      title: [10, 90]\n"
    assert old in block
    wrong = "      title: [10]\n"
    base = f"{head}plugins:\n  stallpatterns:\n{block.replace(old, wrong)}"
    (project / "base.yml").write_text(base, encoding="utf-8")
    (project / "mkdocs.yml").write_text("INHERIT: base.yml\nplugins:\n  stallpatterns:\n    patterns_dir: patterns\n", encoding="utf-8")
    line = base[: base.index(wrong)].count("\n") + 1
    result = run("validate", cwd=project)
    assert result.returncode == 2
    assert result.stderr.startswith(f"stallpatterns: configuration error: base.yml:{line}: plugins.stallpatterns.limits.title:"), result.stderr


# --- check-deploy ------------------------------------------------------------------------------


def _contact(project: Path, email: str, booking_urls: str) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("email: hello@stallpatterns.example", f"email: {email!r}", 1).replace("booking_urls: {}", f"booking_urls: {booking_urls}", 1)
    config.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("email", "booking_urls", "refused_for"),
    [
        ("book@stallpatterns.co.uk", "{}", None),
        # Every offer booked on its own page: no address is needed.
        ("", "{review: 'https://cal.stallpatterns.co.uk/r', diagnosis: 'https://cal.stallpatterns.co.uk/d'}", None),
        # One offer still booked by e-mail, with no address to write to.
        ("", "{review: 'https://cal.stallpatterns.co.uk/r'}", "contact.email"),
        # A booking page, or an address, on a name no reader reaches.
        ("book@stallpatterns.co.uk", "{diagnosis: 'https://cal.example.com/stall-diagnosis'}", "contact.booking_urls.diagnosis"),
        ("book@stallpatterns.co.uk", "{review: 'https://book.stall.test/r'}", "contact.booking_urls.review"),
        ("book@intranet.local", "{}", "contact.email"),
        ("book@stall.internal", "{}", "contact.email"),
        ("book@stall.home.arpa", "{}", "contact.email"),
        # Held out by a second review: private networks, plain http, and the examples our
        # own messages give.
        ("book@stallpatterns.co.uk", "{review: 'http://cal.com/stall/review'}", "contact.booking_urls.review"),
        ("book@stallpatterns.co.uk", "{review: 'https://192.168.1.20/review'}", "contact.booking_urls.review"),
        ("book@stallpatterns.co.uk", "{review: 'https://[::1]/review'}", "contact.booking_urls.review"),
        ("book@stallpatterns.co.uk", "{review: 'https://cal.office.lan/review'}", "contact.booking_urls.review"),
        ("book@stallpatterns.co.uk", "{review: 'https://cal.your-domain.co.uk/review'}", "contact.booking_urls.review"),
        ("book@stallpatterns.co.uk", "{review: 'https://calendly.com/your-name/review'}", "contact.booking_urls.review"),
        ("name@your-domain.co.uk", "{}", "contact.email"),
        ("hello@yourcompany.com", "{}", "contact.email"),
        ("hello@example.co.uk", "{}", "contact.email"),
        ("book@10.0.0.7", "{}", "contact.email"),
        # Real names with such words inside them are not examples.
        ("hello@grow-your-business.co.uk", "{review: 'https://acme.co.uk/book-your-team-review'}", None),
    ],
)
def test_check_deploy_refuses_only_a_booking_path_no_reader_can_reach(project: Path, email: str, booking_urls: str, refused_for: str | None):
    _contact(project, email, booking_urls)
    result = run("check-deploy", cwd=project)
    if refused_for is None:
        assert result.returncode == 0 and "ready to deploy" in result.stdout, result.stderr
    else:
        assert result.returncode == 1 and f"set {refused_for} in mkdocs.yml" in result.stderr, result.stderr


def test_a_booking_page_given_as_a_relative_address_is_a_configuration_error(project: Path):
    _contact(project, "book@stallpatterns.co.uk", "{review: 'book/review/'}")
    result = run("check-deploy", cwd=project)
    assert result.returncode == 2
    assert "contact.booking_urls.review: 'book/review/' is not a full address: write it with https://" in result.stderr


@pytest.mark.parametrize(
    ("site_url", "refused"),
    [
        (None, "set site_url in mkdocs.yml (or SITE_URL): without it"),
        ("http://stallpatterns.co.uk/", "to the site's public https:// address, not 'http://stallpatterns.co.uk/'"),
        ("https://127.0.0.1:8000/", "to the site's public https:// address"),
        ("https://stallpatterns.example/", "to the site's public https:// address"),
        ("!ENV [NO_SUCH_VARIABLE_SET, 'http://localhost:8000/']", "not 'http://localhost:8000/'"),
    ],
)
def test_check_deploy_refuses_a_site_address_readers_cannot_share_or_reach(project: Path, site_url: str | None, refused: str):
    _contact(project, "book@stallpatterns.co.uk", "{}")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^site_url:.*\n", "" if site_url is None else f"site_url: {site_url}\n", text, count=1)
    config.write_text(text, encoding="utf-8")
    result = run("check-deploy", cwd=project)
    assert result.returncode == 1 and refused in result.stderr, result.stderr


def test_check_deploy_reads_the_site_address_from_the_environment_as_the_engines_do(project: Path):
    _contact(project, "book@stallpatterns.co.uk", "{}")
    result = run("check-deploy", cwd=project, env={"SITE_URL": "http://localhost:8000/"})
    assert result.returncode == 1 and "not 'http://localhost:8000/'" in result.stderr
    assert run("check-deploy", cwd=project).returncode == 0


def test_check_deploy_refuses_an_offer_page_no_reader_can_reach(project: Path):
    _contact(project, "book@stallpatterns.co.uk", "{}")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    first_url = re.search(r"(?m)^(\s+url: )(.*)$", text)
    assert first_url is not None
    config.write_text(text[: first_url.start(2)] + "https://northgate.example/book-review" + text[first_url.end(2) :], encoding="utf-8")
    result = run("check-deploy", cwd=project)
    assert result.returncode == 1 and "url in mkdocs.yml: 'https://northgate.example/book-review' can never be reached" in result.stderr


def test_json_output_is_utf8_json_whatever_a_file_is_named(project: Path):
    (project / "patterns" / os.fsdecode(b"bad\xff.md")).write_text("x", encoding="utf-8")
    result = subprocess.run([SCRIPT, "validate", "--format", "json"], cwd=project, capture_output=True)
    data = json.loads(result.stdout.decode("utf-8"))  # strict: every byte is UTF-8
    assert any(d["path"].startswith("patterns/bad") for d in data)


def new_in_a_terminal(project: Path, typed: bytes) -> tuple[int, str]:
    """Run `new` in a terminal of its own, typing ``typed`` at its question: its exit code
    and everything it wrote there."""
    import pty

    primary, secondary = pty.openpty()
    process = subprocess.Popen([SCRIPT, "new", "Dashboards nobody opens"], cwd=project, stdin=secondary, stdout=secondary, stderr=secondary)
    os.close(secondary)
    os.write(primary, typed)
    said = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the terminal closed with the program
            break
        if not chunk:
            break
        said += chunk
    code = process.wait(timeout=30)
    os.close(primary)
    return code, said.decode().replace("\r\n", "\n")


def test_new_asks_again_for_a_category_it_does_not_know(project: Path):
    code, said = new_in_a_terminal(project, b"Capabilty\n6\n")
    assert code == 0, said
    assert "'Capabilty' is not one of them: did you mean capability?" in said
    assert "category: capability\n" in (project / "patterns" / "dashboards-nobody-opens.md").read_text()


def test_new_stops_after_three_answers_it_does_not_know_and_says_how_to_go_on(project: Path):
    # The third miss printed "unknown category 'foo'" and the whole list again, and a miss
    # with no near one ran into the next sentence ("not one of them Type a number").
    code, text = new_in_a_terminal(project, b"x\n\nfoo\n")
    assert code == 2, text
    assert "'x' is not one of them. Type a number from 1 to 7, or an id." in text
    assert text.rstrip().endswith("no category chosen, so no file was written; run the command again, or add --category with one of the ids above")
    assert "unknown category" not in text
    assert not (project / "patterns" / "dashboards-nobody-opens.md").exists()


def test_a_title_written_without_quotes_is_the_title_of_its_words(project: Path):
    # argparse said 'unrecognized arguments: nobody opens', and nothing about the quotes.
    result = run("new", "Dashboards", "nobody", "opens", "--category", "value", cwd=project)
    assert result.returncode == 0, result.stderr
    assert 'title: "Dashboards nobody opens"\n' in (project / "patterns" / "dashboards-nobody-opens.md").read_text(encoding="utf-8")


def test_a_page_left_out_of_the_nav_on_purpose_is_not_reported(project: Path):
    # MkDocs' not_in_nav (and exclude_docs) name pages left out on purpose.
    (project / "docs" / "drafts").mkdir(parents=True)
    (project / "docs" / "privacy.md").write_text("# Privacy\n", encoding="utf-8")
    (project / "docs" / "drafts" / "notes.md").write_text("# Notes\n", encoding="utf-8")
    assert run("validate", cwd=project).stdout.count("error[unlisted-page]") == 2
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "not_in_nav: |\n  /privacy.md\nexclude_docs: |\n  drafts/\n", encoding="utf-8")
    result = run("validate", cwd=project)
    assert "unlisted-page" not in result.stdout, result.stdout


def test_python_dash_m_runs_the_same_command_as_the_script():
    # 'python -m stallpatterns validate' said there was no __main__: two reviewers tried it first.
    environment = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    by_module = subprocess.run([sys.executable, "-m", "stallpatterns", "validate"], cwd=ROOT, capture_output=True, text=True, env=environment)
    by_script = run("validate")
    assert (by_module.returncode, by_module.stdout, by_module.stderr) == (by_script.returncode, by_script.stdout, by_script.stderr)
    assert by_module.returncode == 0 and "0 errors" in by_module.stdout + by_module.stderr


def test_validate_into_a_reader_that_stops_reading_writes_no_traceback(project: Path):
    # 'stallpatterns validate | head -1' wrote a BrokenPipeError's traceback once head had its line.
    original = (project / "patterns" / "the-sponsor-who-moved-on.md").read_text(encoding="utf-8")
    for n in range(150):  # errors enough to fill a pipe's buffer many times over
        (project / "patterns" / f"copy-{n}.md").write_text(original, encoding="utf-8")
    process = subprocess.Popen([SCRIPT, "validate"], cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stderr is not None
    assert "error[" in process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait() == 1
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr


def test_validate_says_that_a_file_outside_the_patterns_folder_is_not_published(tmp_path: Path):
    # '0 errors' for a draft kept on the desktop was taken for 'published' (helper-242).
    draft = tmp_path / "desk.md"
    draft.write_text((ROOT / "tests" / "fixtures" / "patterns" / "valid" / "all-keys.md").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("validate", str(draft))
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr  # (it shares names with this catalogue's patterns)
    assert "is not in patterns/: the site publishes only the pattern files there" in result.stderr.splitlines()[-1]
    inside = run("validate", "patterns/the-sponsor-who-moved-on.md")
    assert inside.returncode == 0 and "Note:" not in inside.stderr


def test_validate_says_nothing_of_the_folder_for_a_file_inside_it_that_the_site_does_not_take(project: Path):
    # 'patterns/drafts/x.md is not in patterns/' contradicted the file's own error (helper-246).
    text = (project / "patterns" / "the-sponsor-who-moved-on.md").read_text(encoding="utf-8")
    (project / "patterns" / "drafts").mkdir()
    (project / "patterns" / "drafts" / "x.md").write_text(text, encoding="utf-8")
    (project / "patterns" / "x.markdown").write_text(text, encoding="utf-8")
    result = run("validate", "patterns/drafts/x.md", "patterns/x.markdown", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Note:" not in result.stderr

"""The GitHub Actions workflows, and Dependabot's settings: valid, linted, pinned, doing
the checks we rely on, and kept up to date.

actionlint cannot install here (its PyPI wheel downloads a binary), so the schema
check is check-jsonschema's vendored GitHub workflow schema and the security lint
is zizmor, offline. Both come with the test extras.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS_DIR = ROOT / ".github" / "workflows"
CI = WORKFLOWS_DIR / "ci.yml"
DEPLOY = WORKFLOWS_DIR / "deploy.yml"
DEPENDABOT = ROOT / ".github" / "dependabot.yml"
WORKFLOWS = sorted(WORKFLOWS_DIR.glob("*.yml")) + sorted(WORKFLOWS_DIR.glob("*.yaml"))

# `uses: owner/repo[/path]@<40 hex> # vX.Y.Z` and nothing looser.
PINNED_USES = re.compile(
    r"^\s*(?:-\s+)?uses:\s+[\w.-]+/[\w./-]+@[0-9a-f]{40}\s+#\s+v\d+\.\d+\.\d+\s*$"
)
# Or a workflow of this repository, called at the running commit (`$/`, GitHub's
# self-repository form): pinned by the commit itself.
SELF_REPOSITORY_USES = re.compile(r"^\s*uses:\s+\$/\.github/workflows/[\w.-]+\.ya?ml\s*$")


def tool(name: str) -> str:
    """The path of a command-line tool installed with the test extras."""
    beside_python = Path(sys.executable).parent / name
    if beside_python.is_file():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: python -m pip install -e '.[mkdocs,properdocs,test]'")
    return found


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path} is not a YAML mapping"
    return data


def triggers(workflow: dict[str, Any]) -> dict[str, Any]:
    # PyYAML reads the key `on` as the boolean True (YAML 1.1).
    on = workflow.get("on", workflow.get(True))
    if isinstance(on, str):
        return {on: None}
    if isinstance(on, list):
        return dict.fromkeys(on)
    assert isinstance(on, dict)
    return on


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def run_scripts(workflow: dict[str, Any]) -> list[str]:
    return [step["run"] for step in steps(workflow) if "run" in step]


def test_both_workflows_exist() -> None:
    assert CI in WORKFLOWS and DEPLOY in WORKFLOWS


# Each file, and the schema check-jsonschema vendors for it.
SCHEMAS = [(workflow, "vendor.github-workflows") for workflow in WORKFLOWS] + [(DEPENDABOT, "vendor.dependabot")]


@pytest.mark.parametrize(("path", "schema"), SCHEMAS, ids=[path.name for path, _ in SCHEMAS])
def test_workflows_and_dependabots_settings_match_their_schemas(path: Path, schema: str) -> None:
    result = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", schema, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing_in_the_workflows_or_dependabots_settings() -> None:
    result = subprocess.run(
        [tool("zizmor"), "--offline", "--no-progress", "--format", "json", str(WORKFLOWS_DIR), str(DEPENDABOT)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    findings = json.loads(result.stdout) if result.stdout.strip() else []
    summary = [f"{finding['ident']}: {finding['desc']}" for finding in findings]
    assert findings == [] and result.returncode == 0, "\n".join(summary) or result.stderr


def test_dependabot_keeps_every_kind_of_dependency_up_to_date() -> None:
    """Python packages (pyproject.toml), the browser-side checkers (package.json) and the
    pinned actions each get a weekly pull request, taking releases a week old."""
    used = {"pip": ROOT / "pyproject.toml", "npm": ROOT / "package.json", "github-actions": WORKFLOWS_DIR}
    assert all(path.exists() for path in used.values())
    updates = {update["package-ecosystem"]: update for update in load(DEPENDABOT)["updates"]}
    assert set(updates) == set(used)
    for ecosystem, update in updates.items():
        assert update["directory"] == "/", ecosystem
        assert update["schedule"]["interval"] == "weekly", ecosystem
        assert update["cooldown"]["default-days"] >= 7, ecosystem


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_sha_with_its_version(workflow: Path) -> None:
    lines = workflow.read_text(encoding="utf-8").splitlines()
    uses_lines = [line for line in lines if re.match(r"^\s*(?:-\s+)?uses:", line)]
    assert uses_lines, f"{workflow.name} uses no actions?"
    unpinned = [line.strip() for line in uses_lines if not (PINNED_USES.match(line) or SELF_REPOSITORY_USES.match(line))]
    assert unpinned == [], "pin to a full SHA with a '# vX.Y.Z' comment"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_permissions_are_least_privilege(workflow: Path) -> None:
    data = load(workflow)
    assert data.get("permissions") in ({}, {"contents": "read"}), (
        "top-level permissions must be {} or contents: read"
    )
    for name, job in data["jobs"].items():
        permissions = job.get("permissions")
        assert isinstance(permissions, dict), f"job {name} must declare its permissions"
        writes = {scope for scope, level in permissions.items() if level == "write"}
        if writes:
            # deploy.yml's deploy job, and CI's job that calls deploy.yml: a called workflow
            # can have no more than its caller grants.
            assert (workflow, name) in {(DEPLOY, "deploy"), (CI, "deploy")}, f"job {name} may not write"
            assert writes == {"pages", "id-token"}


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_every_job_has_a_timeout_and_checkout_keeps_no_credentials(workflow: Path) -> None:
    data = load(workflow)
    for name, job in data["jobs"].items():
        # A job that calls a workflow takes no timeout: the called workflow's jobs have theirs.
        if not job.get("uses"):
            assert isinstance(job.get("timeout-minutes"), int), f"job {name} has no timeout"
    for step in steps(data):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step.get("with", {}).get("persist-credentials") is False


def test_ci_runs_on_pull_requests_and_on_the_merged_commit_on_main() -> None:
    on = triggers(load(CI))
    assert "pull_request" in on
    assert "pull_request_target" not in on
    # What a merge makes (or a push straight to main) is tested too: no pull request's run saw it.
    assert on["push"]["branches"] == ["main"]


def test_ci_cancels_only_a_pull_requests_superseded_runs() -> None:
    # A run on main deploys: a newer push cancelling it could stop a deployment half-way.
    concurrency = load(CI)["concurrency"]
    assert concurrency["group"] == "ci-${{ github.ref }}"
    assert concurrency["cancel-in-progress"] == "${{ github.event_name == 'pull_request' }}"


def test_ci_validates_builds_checks_links_and_tests_in_that_order() -> None:
    scripts = run_scripts(load(CI))

    def position(pattern: str) -> int:
        matches = [i for i, script in enumerate(scripts) if re.search(pattern, script, re.M)]
        assert matches, f"no CI step runs {pattern!r}"
        return matches[0]

    validate = position(r"stallpatterns validate --format \"\$FORMAT\"")
    build = position(r"^\s*mkdocs build --strict$")
    assert position(r"^\s*properdocs build --strict$") == build
    links = position(r"python scripts/check_links\.py site\b")
    tests = position(r"^\s*pytest\b|\bpython -m pytest\b")
    assert validate < build < links < tests
    # The accessibility and HTML tests need axe-core and the Nu checker from npm.
    assert position(r"^npm ci\b") < tests


def test_ci_annotates_each_problem_once_from_one_leg() -> None:
    # Both legs annotated: a pull request showed each problem in a pattern twice on its line.
    job = load(CI)["jobs"]["check"]
    (step,) = [step for step in job["steps"] if "stallpatterns validate" in step.get("run", "")]
    assert step["env"]["FORMAT"] == "${{ matrix.engine == 'mkdocs' && 'github' || 'text' }}"
    # 'github' in the one MkDocs leg; the people's format, which the validator knows too, in the other.
    assert [leg["engine"] for leg in job["strategy"]["matrix"]["include"]].count("mkdocs") == 1
    from stallpatterns import diagnostics

    assert {"github", "text"} <= set(diagnostics.FORMATS)


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_strict_builds_are_never_quiet(workflow: Path) -> None:
    # `mkdocs build --strict -q` silences the warnings strict mode is meant to count.
    for script in run_scripts(load(workflow)):
        for line in script.splitlines():
            if re.search(r"\b(mkdocs|properdocs) build\b", line):
                assert "--strict" in line
                assert not re.search(r"\s(-q|--quiet)\b", line), line


def test_ci_checks_each_engine_alone_and_compares_them() -> None:
    job = load(CI)["jobs"]["check"]
    legs = {leg["engine"]: leg for leg in job["strategy"]["matrix"]["include"]}
    assert set(legs) == {"mkdocs", "properdocs"}
    assert job["env"]["STALLPATTERNS_ENGINE"] == "${{ matrix.engine }}"
    # The default leg has both engines (the two_engines tests compare them); the
    # ProperDocs leg has neither MkDocs nor Material, and proves it before building.
    assert set(legs["mkdocs"]["extras"].split(",")) == {"mkdocs", "properdocs", "test"}
    assert set(legs["properdocs"]["extras"].split(",")) == {"properdocs", "test"}
    scripts = "\n".join(run_scripts(load(CI)))
    assert 'pip install -e ".[$EXTRAS]"' in scripts
    assert 'for m in ("mkdocs", "material") if u.find_spec(m)' in scripts
    # Only the ProperDocs leg leaves out the tests that need both engines.
    assert re.findall(r"^\s*(pytest\b.*)$", scripts, re.M) == ["pytest", 'pytest -m "not two_engines"']


def test_ci_uploads_the_built_site_as_a_preview() -> None:
    uploads = [
        step
        for step in steps(load(CI))
        if step.get("uses", "").startswith("actions/upload-artifact@")
    ]
    assert [step["with"]["path"].rstrip("/") for step in uploads] == ["site"]


def test_deploy_publishes_only_a_commit_on_main_that_ci_passed() -> None:
    # deploy.yml starts only when called; CI calls it after every leg of its checks passed,
    # on a push to main, from this commit (`$/`), and it builds that commit (github.sha:
    # no other ref checked out).
    assert triggers(load(DEPLOY)) == {"workflow_call": None}
    jobs = load(CI)["jobs"]
    callers = {name: job for name, job in jobs.items() if job.get("uses")}
    assert list(callers) == ["deploy"]
    caller = callers["deploy"]
    assert caller["uses"] == "$/.github/workflows/deploy.yml"
    assert caller["needs"] == "check" and "strategy" in jobs["check"]
    assert caller["if"] == "${{ github.event_name == 'push' && github.ref == 'refs/heads/main' }}"
    assert "secrets" not in caller and "with" not in caller
    for step in steps(load(DEPLOY)):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert set(step["with"]) == {"persist-credentials"}, step


def test_deploy_publishes_main_to_pages_one_run_at_a_time_without_a_cache() -> None:
    data = load(DEPLOY)
    caller = load(CI)["jobs"]["deploy"]
    assert caller["concurrency"]["group"] == "pages"
    assert caller["concurrency"]["cancel-in-progress"] is False
    # A group of the same name in the called workflow would wait on its caller for ever.
    assert "concurrency" not in data
    used = [step.get("uses", "").split("@")[0] for step in steps(data)]
    for action in ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert action in used
    assert any("mkdocs build --strict" in script for script in run_scripts(data))
    # A cache that a pull request can write must never feed a publishing build.
    for step in steps(data):
        assert "cache" not in step.get("with", {}), step
        assert not step.get("uses", "").startswith("actions/cache")


@pytest.mark.parametrize("workflow", [CI, DEPLOY], ids=lambda path: path.name)
def test_the_site_is_built_into_a_folder_of_its_own(workflow: Path) -> None:
    # A pull request can commit a link named site (a build would empty what it points to)
    # or pages hidden in site/ (kept by the engine's clean-up, then published).
    for script in run_scripts(load(workflow)):
        if re.search(r"\b(mkdocs|properdocs) build\b", script):
            assert script.lstrip().startswith("rm -rf site\n"), script


def test_ci_refuses_committed_build_output() -> None:
    scripts = run_scripts(load(CI))
    refusal = next(i for i, s in enumerate(scripts) if "git ls-files -- site .cache" in s)
    build = next(i for i, s in enumerate(scripts) if re.search(r"\bmkdocs build\b", s))
    assert refusal < build and "exit 1" in scripts[refusal]

"""The pre-commit hooks: this repository's own, and the one other repositories reuse.

Both must run the console script pyproject.toml really declares, on pattern files only.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
HOOK_ID = "stallpatterns-validate"


def console_scripts() -> dict[str, str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["project"]["scripts"]


def load_yaml(name: str) -> Any:
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


def published_hook() -> dict[str, Any]:
    hooks = load_yaml(".pre-commit-hooks.yaml")
    assert isinstance(hooks, list)
    [hook] = [hook for hook in hooks if hook["id"] == HOOK_ID]
    return hook


def local_hook() -> dict[str, Any]:
    config = load_yaml(".pre-commit-config.yaml")
    [hook] = [
        hook
        for repo in config["repos"]
        if repo["repo"] == "local"
        for hook in repo["hooks"]
        if hook["id"] == HOOK_ID
    ]
    return hook


def assert_runs_validate_on_patterns(hook: dict[str, Any]) -> None:
    command, *arguments = hook["entry"].split()
    if command == "python3":  # the README's author command: dev.py sets up .venv itself
        script, *arguments = arguments
        assert script == "scripts/dev.py" and arguments[:1] == ["validate"]
    else:
        assert command in console_scripts(), f"{command!r} is not a console script in pyproject.toml"
        assert arguments[:1] == ["validate"]
    assert hook.get("pass_filenames", True) is True

    files = re.compile(hook["files"])
    assert files.search("patterns/pilot-purgatory.md")
    assert not files.search("docs/index.md")
    assert not files.search("patterns/notes.txt")
    assert not files.search("tests/fixtures/patterns/x.md")
    assert files.search("patterns/Upper.MD")  # passed on, to be reported


def test_the_published_hook_runs_the_real_console_script_on_pattern_files() -> None:
    hook = published_hook()
    assert hook["language"] == "python"  # pre-commit installs this package for other repos
    assert_runs_validate_on_patterns(hook)


def test_the_local_hook_runs_the_real_console_script_on_pattern_files() -> None:
    hook = local_hook()
    assert hook["language"] in {"system", "python"}
    assert_runs_validate_on_patterns(hook)


def test_the_local_hook_works_without_an_activated_virtual_environment() -> None:
    import os
    import subprocess

    hook = local_hook()
    assert hook["language"] == "system" and hook["entry"].startswith("python3 scripts/dev.py ")
    venv_bin = str(ROOT / ".venv" / "bin")
    path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep) if p and p != venv_bin)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")} | {"PATH": path}
    command = [*hook["entry"].split(), "patterns/the-sponsor-who-moved-on.md"]
    ok = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "0 errors, 0 warnings in 1 file" in ok.stderr
    bad = subprocess.run([*hook["entry"].split(), "tests/fixtures/patterns/invalid/h1-in-body.md"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert bad.returncode == 1 and "error[h1-in-body]" in bad.stdout

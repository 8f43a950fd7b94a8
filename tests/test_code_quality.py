"""The code stays clean for maintainers: ruff finds nothing (pyflakes errors, imports in
order) and mypy type-checks the package, both as configured in pyproject.toml."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: python -m pip install -e '.[mkdocs,properdocs,test]'")
    return found


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([_tool("ruff"), "check", "src", "scripts", "tests"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_type_checks_the_package() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# A merge left git's marks in the authoring guide once (the fifty-sixth session), and no test
# read it: every text file the project keeps is read for a line that begins one of git's
# conflict marks ('<<<<<<< HEAD', '>>>>>>> topic'). ('=======' alone is a setext heading's line.)
_CONFLICT_MARK = re.compile(r"^(?:<{7}|>{7})(?: |$)", re.MULTILINE)
_KEPT = ("README.md", "mkdocs.yml", "pyproject.toml", ".ci", ".github", "docs", "overrides", "patterns", "scripts", "src", "tests")


def test_no_file_holds_a_merge_conflicts_marks() -> None:
    files = [path for name in _KEPT for path in ([ROOT / name] if (ROOT / name).is_file() else sorted((ROOT / name).rglob("*")))]
    marked = [
        f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, found.start()) + 1}"
        for path in files
        if path.is_file() and "__pycache__" not in path.parts
        for text in [path.read_bytes().decode("utf-8", "replace")]
        if (found := _CONFLICT_MARK.search(text)) is not None
    ]
    assert len(files) > 100
    assert marked == [], f"git's conflict marks, left by a merge: {marked}"


# A helper's commit once held its clone's '.venv' and 'node_modules', symbolic links to another
# checkout's (the fifty-eighth session): taking the commit replaced this checkout's own folders
# with the links. No file the project commits is a symbolic link (git's mode 120000).
def test_no_committed_file_is_a_symbolic_link() -> None:
    listed = subprocess.run(["git", "ls-files", "--stage"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    links = [entry.partition("\t")[2] for entry in listed.splitlines() if entry.startswith("120000 ")]
    assert len(listed.splitlines()) > 100
    assert links == [], f"symbolic links committed (git rm --cached them): {links}"

"""Which pattern file came into the repository first, as git tells it.

When two files claim one title, slug or alias, the newer is the one to blame (and, in a
build that goes on past errors, to leave out). A file's front matter cannot say which is
newer: a newcomer that copies an existing title and gives an earlier ``published`` date
would push the existing page out. Git's history can: a file it has not committed is the
newest, and of two it has, the one added by the later commit (in the history's own order,
not by the commits' dates, which their author sets).
"""

from __future__ import annotations

import math
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

NOT_COMMITTED = math.inf
T = TypeVar("T")


def _git(command: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    """Git's answer to ``command``, asked in ``folder``, read as the file system's names are
    (os.fsdecode): a name that is no UTF-8 ('caf\xe9.md', committed) is told as a file's
    name, not raised as an error out of the checks. Raises OSError or SubprocessError."""
    return subprocess.run(command, cwd=folder, capture_output=True, encoding="utf-8", errors="surrogateescape", timeout=60, check=False)


def added_order(folder: Path) -> dict[str, float] | None:
    """For each file name in ``folder`` that git has committed, how late it was added (a
    larger number is later; the last time, for a file added again after it was deleted).
    None where git cannot tell: no git, or not a repository."""
    command = ["git", "-c", "core.quotePath=false", "log", "--topo-order", "--no-renames", "--diff-filter=A", "--format=%x01", "--name-only", "--relative", "--", "."]
    # And the files git has now: a name it had once (a pattern renamed since, whose old name
    # is its alias) is a newcomer's when a new file takes it, not as old as the file it had.
    listing = ["git", "-c", "core.quotePath=false", "ls-files", "-z", "--", "."]
    try:
        result = _git(command, folder)
        tracked = _git(listing, folder)
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0 or tracked.returncode != 0:
        return None
    commits = result.stdout.split("\x01")[1:]  # the newest first
    now = set(tracked.stdout.split("\0"))
    order: dict[str, float] = {}
    for age, names in enumerate(commits):
        for name in names.splitlines():
            if name and name not in order and name in now:
                order[name] = len(commits) - age
    return order


def lateness(order: dict[str, float] | None, path: str) -> float:
    """How late ``path`` (a file in the folder ``order`` was read from) was added: 0 for
    every file when git cannot tell, so that other facts decide."""
    if order is None:
        return 0
    return order.get(Path(path).name, NOT_COMMITTED)


_NAMES_EVER: dict[Path, tuple[tuple[int, ...], set[str] | None]] = {}


def names_ever(folder: Path) -> set[str] | None:
    """Every file name git has had in ``folder``, now or in any commit before: the addresses
    the site has ever had a page at. None where git cannot tell them all: no git, not a
    repository, a shallow clone (its history is cut short), or a folder git tracks no file
    in (one made inside another repository). Kept until git's record of its commits and
    checkouts changes (.git/logs/HEAD, .git/index): each rebuild of `mkdocs serve` asks."""
    return _kept(_NAMES_EVER, folder, _names_ever)


def _kept(answers: dict[Path, tuple[tuple[int, ...], T]], folder: Path, ask: Callable[[Path], T]) -> T:
    """What ``ask`` tells of ``folder``, kept in ``answers`` until git's record of commits and
    checkouts changes (:func:`_record_marks`); asked each time where there is none to read."""
    marks = _record_marks(folder)
    if marks and (kept := answers.get(folder)) is not None and kept[0] == marks:
        return kept[1]
    answer = ask(folder)
    if marks:
        answers[folder] = (marks, answer)
    return answer


def _record_marks(folder: Path) -> tuple[int, ...]:
    """When git last wrote its record of commits and checkouts, and its index, for the
    repository ``folder`` is in; () where there is none to read."""
    if (git := _git_folder(folder)) is None:
        return ()
    try:
        return tuple(path.stat().st_mtime_ns for path in (git / "logs" / "HEAD", git / "index", git / "shallow") if path.exists())
    except OSError:
        return ()


def record_of(folder: Path) -> Path | None:
    """Git's record of the commits, resets and checkouts of the repository ``folder`` is in
    (its ``.git/logs/HEAD``, written at each): what `mkdocs serve` watches, since which of two
    patterns that clash came later can change with no pattern file changing. None where
    there is none to read."""
    git = _git_folder(folder)
    return git / "logs" / "HEAD" if git is not None and (git / "logs").is_dir() else None


def _git_folder(folder: Path) -> Path | None:
    """The ``.git`` folder of the repository ``folder`` is in; None where there is none, or
    it is a worktree's or a submodule's ``.git`` file (not read: git is asked each time)."""
    for parent in (folder, *folder.parents):
        git = parent / ".git"
        if git.is_dir():
            return git
        if git.exists():
            return None
    return None


def _names_ever(folder: Path) -> set[str] | None:
    added = ["git", "-c", "core.quotePath=false", "log", "--no-renames", "--diff-filter=A", "--format=", "--name-only", "--relative", "--", "."]
    try:
        shallow = _git(["git", "rev-parse", "--is-shallow-repository"], folder)
        if shallow.returncode != 0 or shallow.stdout.strip() != "false":
            return None
        result = _git(added, folder)
        tracked = _git(["git", "ls-files", "-z", "--", "."], folder)
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0 or tracked.returncode != 0 or not tracked.stdout.strip("\0"):
        return None
    return {name for name in result.stdout.splitlines() if name} | set(filter(None, tracked.stdout.split("\0")))


_RENAMED: dict[Path, tuple[tuple[int, ...], dict[str, str]]] = {}


def renamed(folder: Path) -> dict[str, str]:
    """Each former name of a file in ``folder`` that git saw renamed, in a commit or in the
    work not yet committed (``git mv``), to the name it has last: 'old.md' to 'new.md'. Empty
    where git cannot tell. Asked only for a name no pattern has, and kept until git's record
    of commits and checkouts changes, as :func:`names_ever` is."""
    return _kept(_RENAMED, folder, _renamed)


def _renamed(folder: Path) -> dict[str, str]:
    common = ["git", "-c", "core.quotePath=false"]
    asked = [
        [*common, "diff", "-M", "--diff-filter=R", "--name-status", "-z", "--relative", "HEAD", "--", "."],  # not yet committed: the newest
        [*common, "log", "--topo-order", "-M", "--diff-filter=R", "--name-status", "-z", "--format=", "--relative", "--", "."],
    ]
    moves: dict[str, str] = {}
    for command in asked:
        try:
            result = _git(command, folder)
        except (OSError, subprocess.SubprocessError):
            return {}
        if result.returncode != 0:
            return {}
        fields = [field.strip("\n") for field in result.stdout.split("\0")]
        for at, field in enumerate(fields[:-2]):
            if field.startswith("R") and field[1:].isdigit() and "/" not in fields[at + 1] + fields[at + 2]:
                moves.setdefault(fields[at + 1], fields[at + 2])  # the newest rename of a name is the one it had last
    now = {}
    for old in moves:
        name, steps = moves[old], 0
        while name in moves and steps < len(moves):  # renamed again since: to its last name
            name, steps = moves[name], steps + 1
        now[old] = name
    return now

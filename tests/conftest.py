"""Shared fixtures for the core's tests: the real configuration and fixture patterns."""

from __future__ import annotations

import gc
import os
import resource
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from stallpatterns import rules, source
from stallpatterns.diagnostics import Diagnostic
from stallpatterns.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]

# The property tests try the same examples on every run ("repeatable"), so a commit is green
# or red for what it changed, not for the examples a run happened to draw. To look further,
# HYPOTHESIS_PROFILE=explore draws new ones each run; a failure found so becomes an @example.
hypothesis_settings.register_profile("repeatable", derandomize=True, database=None)
hypothesis_settings.register_profile("explore")
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


def pytest_configure(config: pytest.Config) -> None:
    # The tests' builds and validations sign their kept checks and cached cards with a
    # key of their own, never the user's (~/.cache/stallpatterns/), and need no home folder.
    folder = tempfile.mkdtemp(prefix="stallpatterns-tests-cache-")
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
    os.environ["XDG_CACHE_HOME"] = folder

Check = Callable[..., list[Diagnostic]]


@pytest.fixture(scope="session")
def settings() -> Settings:
    """The settings of the shipped mkdocs.yml: fixtures are checked against the real contract."""
    return load_settings(ROOT / "mkdocs.yml")


def checker(settings: Settings) -> Check:
    """Read and check one file (or raw bytes under a file name) as the CLI does, against ``settings``."""

    def run(path: Path, data: bytes | str | None = None) -> list[Diagnostic]:
        if isinstance(data, str):
            data = data.encode("utf-8")
        read, found = source.read(path, path.name, settings.limits.file_bytes, data)
        if read is not None:
            found += rules.check(read, settings)[1]
        return found

    return run


@pytest.fixture(scope="session")
def check(settings: Settings) -> Check:
    """Read and check one file (or raw bytes under a file name) as the CLI does."""
    return checker(settings)


def _cpu_seconds() -> float:
    """CPU seconds this process has used: unlike the wall clock, other work on the machine does not count."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@pytest.fixture(scope="session")
def growth() -> Callable[[Callable[[int], object], int], float]:
    """How the work of ``work(size)`` grows from size n to 4n: the ratio of CPU seconds,
    best of three each. About 4 for linear work, 16 for quadratic, so a bound of 8 leaves
    a factor of two for noise either way; no clock limit at all. A ratio well above linear
    is measured again, three more runs of each size, and the best of all six is kept: on a
    shared machine a run's CPU time is only ever made longer by others' work (one CI run
    measured 8.2 for work this machine measures at 4.1-4.8, the same as before the change),
    and quadratic work stays near 16 however often it is measured.

    The garbage collector is held off while each run is timed, after a collection: its full
    passes scan every object the test run has made, thousands of tests' worth in CI, and a
    larger input, making more objects, set off more of them (two CI runs measured 8.0 and 8.1
    for "many single marks around a letter", which measures 4.6-5.4 alone, the same before
    and after the change of its session). The work measured is the check's own."""

    def best(work: Callable[[int], object], size: int, runs: list[float]) -> float:
        for _ in range(3):
            gc.collect()
            gc.disable()
            try:
                start = _cpu_seconds()
                work(size)
                runs.append(_cpu_seconds() - start)
            finally:
                gc.enable()
        return max(min(runs), 0.005)

    def ratio(work: Callable[[int], object], n: int) -> float:
        large: list[float] = []
        small: list[float] = []
        found = best(work, 4 * n, large) / best(work, n, small)
        if found > 6:
            found = best(work, 4 * n, large) / best(work, n, small)
        return found

    return ratio


@pytest.fixture
def tmp_project(tmp_path: Path) -> Path:
    """A fresh project folder: the shipped mkdocs.yml and an empty patterns/ folder."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "patterns").mkdir()
    return tmp_path

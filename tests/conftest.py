"""Shared fixtures for the core's tests: the real configuration and fixture patterns."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from stallpatterns import rules, source
from stallpatterns.diagnostics import Diagnostic
from stallpatterns.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]

Check = Callable[..., list[Diagnostic]]


@pytest.fixture(scope="session")
def settings() -> Settings:
    """The settings of the shipped mkdocs.yml: fixtures are checked against the real contract."""
    return load_settings(ROOT / "mkdocs.yml")


@pytest.fixture(scope="session")
def check(settings: Settings) -> Check:
    """Read and check one file (or raw bytes under a file name) as the CLI does."""

    def run(path: Path, data: bytes | str | None = None) -> list[Diagnostic]:
        if isinstance(data, str):
            data = data.encode("utf-8")
        read, found = source.read(path, path.name, settings.limits.file_bytes, data)
        if read is not None:
            found += rules.check(read, settings)[1]
        return found

    return run


@pytest.fixture
def tmp_project(tmp_path: Path) -> Path:
    """A fresh project folder: the shipped mkdocs.yml and an empty patterns/ folder."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "patterns").mkdir()
    return tmp_path

"""A command-line build ends its process: the plugin spares Python's collector the work of
walking a heap that the process is about to give back. Anything else that runs the plugin
(`mkdocs serve`, a build called in-process as the tests do) keeps the collector as it was."""

from __future__ import annotations

import gc
import importlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from stallpatterns.mkdocs_plugin import engine
from stallpatterns.mkdocs_plugin.plugin import StallPatternsPlugin

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # never leave this test process's objects out of its collections


@pytest.mark.parametrize("command", ["build", "gh-deploy"])
def test_a_command_line_build_freezes_the_heap_at_startup_and_shutdown(command: str) -> None:
    plugin = StallPatternsPlugin()
    plugin.on_startup(command=command, dirty=False)
    assert gc.get_freeze_count() > 0  # the modules and settings loaded before the build
    gc.unfreeze()
    made = [[n] for n in range(1000)]  # objects the build made
    plugin.on_shutdown()
    assert gc.get_freeze_count() >= len(made)


def test_serving_keeps_the_collector_at_work() -> None:
    plugin = StallPatternsPlugin()
    plugin.on_startup(command="serve", dirty=False)
    plugin.on_shutdown()
    assert gc.get_freeze_count() == 0


def test_a_build_run_in_process_keeps_the_collector_at_work() -> None:
    plugin = StallPatternsPlugin()  # no on_startup: a caller's own process, which goes on
    plugin.on_shutdown()
    assert gc.get_freeze_count() == 0


def test_a_command_line_build_freezes_the_checked_catalogue_of_its_first_build(tmp_path: Path) -> None:
    for part in ("mkdocs.yml", "docs", "overrides", "patterns"):
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy2)(ROOT / part, tmp_path / part)
    config = importlib.import_module(f"{engine.NAME}.config").load_config(str(tmp_path / "mkdocs.yml"))
    plugin = config.plugins["stallpatterns"]
    plugin.on_startup(command="build", dirty=False)
    gc.unfreeze()
    plugin.on_config(config)
    # Checking a fresh clone's files left the collector a whole heap to walk again while the pages are written.
    assert len(plugin.catalogue) > 0
    assert gc.get_freeze_count() >= len(plugin.catalogue)
    gc.unfreeze()
    plugin.on_config(config)  # a `serve --clean` rebuild: what the build before it left is not frozen
    assert gc.get_freeze_count() == 0

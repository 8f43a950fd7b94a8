"""`mkdocs serve` keeps previewing patterns when the patterns folder is moved away and
back (a branch switch or a stash does that): the next edit still shows."""

from __future__ import annotations

import os
import subprocess
import time
import urllib.request

import pytest

from .conftest import MKDOCS, copy_project, pattern_text
from .test_preview import free_port

PATIENCE = 60  # seconds to wait for the server to show a change (polling, not a speed claim)


def wait_for(condition, what: str, log) -> None:
    deadline = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}:\n" + log.read_text(encoding="utf-8"))
        time.sleep(0.2)


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def test_serve_keeps_watching_patterns_after_the_folder_is_moved_away_and_back(tmp_path) -> None:
    project = copy_project(tmp_path / "project")
    project.write_pattern("a-pattern-being-edited", pattern_text(title="The first title of the pattern"))
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{port}/"}
    log_path = project.root / "serve.log"
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            [MKDOCS, "serve", "-f", str(project.config_file), "-a", f"127.0.0.1:{port}"],
            cwd=project.root, env=env, stdout=log, stderr=subprocess.STDOUT, text=True,
        )
        try:
            page = f"http://127.0.0.1:{port}/patterns/a-pattern-being-edited/"
            wait_for(lambda: "The first title" in fetch(page), "the preview never served the pattern", log_path)
            patterns = project.root / "patterns"
            patterns.rename(project.root / "patterns-away")
            time.sleep(1.5)  # long enough for the watcher to notice the folder is gone
            (project.root / "patterns-away").rename(patterns)
            time.sleep(1.5)
            project.write_pattern("a-pattern-being-edited", pattern_text(title="The second title, after the move"))
            wait_for(lambda: "The second title, after the move" in fetch(page), "an edit after the move never showed", log_path)
        finally:
            process.terminate()
            process.wait(timeout=10)

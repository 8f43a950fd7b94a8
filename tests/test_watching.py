"""The preview's watch of the patterns folder survives the folder going while it is
watched anew (a restore that deletes it first): the error ended the observer's thread, and
no later edit was ever seen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stallpatterns.mkdocs_plugin.watching import PatternsFolderWatch


class _GoneWhileScheduling:
    def __init__(self) -> None:
        self.scheduled: list[str] = []

    def unschedule(self, watch: Any) -> None:
        pass

    def schedule(self, handler: Any, path: str, recursive: bool = False) -> str:
        raise FileNotFoundError(2, "No such file or directory", path)


def test_a_folder_deleted_while_watched_anew_is_watched_again_when_it_comes_back(tmp_path: Path):
    folder = tmp_path / "patterns"
    folder.mkdir()
    watch = PatternsFolderWatch(server=None, folder=folder)
    watch.observer, watch.folder_watch = _GoneWhileScheduling(), "the old watch"
    watch._watch_again()  # raised FileNotFoundError, ending the observer's thread
    assert watch.folder_watch is None

    class _Scheduling(_GoneWhileScheduling):
        def schedule(self, handler: Any, path: str, recursive: bool = False) -> str:
            return f"watching {Path(path).name}"

    watch.observer = _Scheduling()
    watch._watch_again()  # the folder is back: the parent's watch calls this again
    assert watch.folder_watch == "watching patterns"

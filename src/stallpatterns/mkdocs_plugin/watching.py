"""Keep ``mkdocs serve`` watching the patterns folder when it goes away and comes back.

MkDocs watches each path with a polling emitter that stops for good once its folder is
deleted or moved (a branch switch, a ``git stash``, an editor's safe save of a folder).
The folder's parent is watched here, without recursion: when the folder appears again,
its watch is made anew and the site rebuilt.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from watchdog.events import FileSystemEvent, FileSystemEventHandler


class PatternsFolderWatch(FileSystemEventHandler):
    def __init__(self, server: Any, folder: Path) -> None:
        self.server = server
        self.folder = folder
        self.lock = threading.Lock()

    def start(self) -> None:
        self.server.watch(str(self.folder))
        self.server.observer.schedule(self, str(self.folder.parent), recursive=False)

    def on_any_event(self, event: FileSystemEvent) -> None:
        paths = {Path(str(event.src_path)), Path(str(getattr(event, "dest_path", "") or event.src_path))}
        if self.folder not in paths:
            return
        with self.lock:
            if self.folder.is_dir():
                # The old watch's emitter stopped when the folder went; watch the new one.
                self.server.unwatch(str(self.folder))
                self.server.watch(str(self.folder))
        self._rebuild()

    def _rebuild(self) -> None:
        # LiveReloadServer has no public way to ask for a rebuild; this is what its own
        # watches do on a change (MkDocs 1.6 and ProperDocs alike).
        condition = getattr(self.server, "_rebuild_cond", None)
        if condition is None:
            return
        with condition:
            self.server._want_rebuild = True
            condition.notify_all()

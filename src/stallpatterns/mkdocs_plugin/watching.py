"""How ``mkdocs serve`` notices a change to a pattern: at once, and for good.

MkDocs polls each watched path twice a second, and its poller stops for good once its
folder is deleted or moved (a branch switch, a ``git stash``). The patterns folder is
watched here instead, with the system's own file notifications where it has them
(inotify on Linux), so a saved edit starts a rebuild within milliseconds; its parent is
watched too, without recursion, so that when the folder comes back it is watched anew.
Git's record of commits and checkouts is watched as well (:class:`GitRecordWatch`).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from .. import history


class PatternsFolderWatch(FileSystemEventHandler):
    def __init__(self, server: Any, folder: Path) -> None:
        self.server = server
        self.folder = folder
        self.lock = threading.Lock()
        self.observer: Any = None
        self.folder_watch: Any = None
        self.parent_watch: Any = None  # without notifications: the parent's watch on MkDocs' poller

    def start(self) -> None:
        try:
            observer = Observer()
            observer.schedule(self, str(self.folder.parent), recursive=False)
            self.folder_watch = observer.schedule(self, str(self.folder), recursive=True)
            observer.daemon = True
            observer.start()
            self.observer = observer
        except (OSError, RuntimeError):
            # No notifications here: MkDocs' own poller, and the parent on it.
            self.server.watch(str(self.folder))
            self.parent_watch = self.server.observer.schedule(self, str(self.folder.parent), recursive=False)

    def moved_to(self, folder: Path) -> PatternsFolderWatch:
        """Stop watching this folder; a watch of ``folder``, started, in its place."""
        if self.observer is not None:
            self.observer.unschedule_all()
            self.observer.stop()
        else:
            self.server.unwatch(str(self.folder))
            if self.parent_watch is not None:
                self.server.observer.unschedule(self.parent_watch)
        watch = PatternsFolderWatch(self.server, folder)
        watch.start()
        return watch

    def on_any_event(self, event: FileSystemEvent) -> None:
        paths = {Path(str(event.src_path)), Path(str(getattr(event, "dest_path", "") or event.src_path))}
        # The folder itself created, deleted or moved: its watch is made anew. A file saved,
        # added or removed in it also reports the folder as modified (a rename-and-replace
        # save, a branch switch): that is an edit like any other, and watching the folder
        # anew for each would stop its watcher's thread mid-read (watchdog then logs
        # "InotifyEmitter.queue_events() called when the thread is inactive").
        if self.folder in paths:
            if event.event_type in ("created", "deleted", "moved"):
                self._watch_again()
            self._rebuild()
        elif event.event_type not in ("opened", "closed_no_write") and any(p.parent == self.folder or self.folder in p.parents for p in paths):
            self._rebuild()

    def _watch_again(self) -> None:
        """The folder went or came back: its old watch sees nothing any more."""
        with self.lock:
            if not self.folder.is_dir():
                return
            if self.observer is not None:
                if self.folder_watch is not None:
                    try:
                        self.observer.unschedule(self.folder_watch)
                    except (KeyError, OSError):
                        pass
                try:
                    self.folder_watch = self.observer.schedule(self, str(self.folder), recursive=True)
                except OSError:
                    # Deleted while being watched anew (a restore that empties it first): the
                    # parent's watch sees it come back, and this runs again then. Raised
                    # here, the error would end the observer's thread and every later watch.
                    self.folder_watch = None
            else:
                self.server.unwatch(str(self.folder))
                self.server.watch(str(self.folder))

    def _rebuild(self) -> None:
        ask_for_rebuild(self.server)


class GitRecordWatch(FileSystemEventHandler):
    """A commit, a reset or a branch switch, which git writes in its record of them
    (``.git/logs/HEAD``): of two patterns that clash, the one git added later is refused
    (:mod:`stallpatterns.history`), and which one that is changes with no pattern file
    changing. The rebuild it asks for reads the catalogue again (its files' checks kept)."""

    def __init__(self, server: Any, folder: Path) -> None:
        self.server = server
        self.record = history.record_of(folder)
        self.observer: Any = None

    def start(self) -> None:
        if self.record is None:
            return  # no repository, or none git has committed to yet
        try:
            observer = Observer()
            observer.schedule(self, str(self.record.parent), recursive=False)
            observer.daemon = True
            observer.start()
            self.observer = observer
        except (OSError, RuntimeError):
            pass  # no notifications here: an edit to a pattern reads the history anew

    def on_any_event(self, event: FileSystemEvent) -> None:
        if self.record is None or event.event_type in ("opened", "closed_no_write"):
            return
        written = {Path(str(event.src_path)), Path(str(getattr(event, "dest_path", "") or event.src_path))}
        if self.record in written:
            ask_for_rebuild(self.server)


def ask_for_rebuild(server: Any) -> None:
    # LiveReloadServer has no public way to ask for a rebuild; this is what its own watches
    # do on a change (MkDocs 1.6 and ProperDocs alike).
    condition = getattr(server, "_rebuild_cond", None)
    if condition is None:
        return
    with condition:
        server._want_rebuild = True
        condition.notify_all()

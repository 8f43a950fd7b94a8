"""Pattern files on disk: which folder entries are patterns, and reading one safely.

A pull request can add anything under ``patterns/``: a name ending in ``.MD``, a
symbolic link to a file elsewhere on the machine, a link to nothing, a FIFO or a device.
Each is refused with its own diagnostic, and nothing is ever opened in a way that can
block: entries are looked at with ``lstat`` first, opened with ``O_NONBLOCK``, and read
only after ``fstat`` says the open file is a regular file.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .text import printable, slugify

PICTURE_ENDINGS = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg")
"""The files a browser shows as a picture, by the ending of their names (as a static host serves them)."""


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class Refusal:
    """Why a file was not read: a diagnostic's code, message and hint."""

    code: str
    message: str
    hint: str | None = None
    rename: str | None = None
    """The file name the hint suggests, if it suggests one (see Diagnostic.rename)."""


def is_candidate(name: str) -> bool:
    """A folder entry that is meant as a pattern: ``*.md`` in any case, not hidden."""
    return name.lower().endswith(".md") and not name.startswith(".")


def candidates(folder: Path) -> list[Path]:
    """Every entry of ``folder`` meant as a pattern, sorted; nothing is opened or followed."""
    with os.scandir(folder) as entries:
        names = [entry.name for entry in entries if is_candidate(entry.name)]
    # Sorted by name, as the paths sort (they differ only in it), and without comparing a
    # thousand Path objects on each `mkdocs serve` update.
    return [folder / name for name in sorted(names)]


def _editors_own(name: str) -> bool:
    """An editor's working file (``x.md~`` or ``#x.md#``, beside the file being edited)."""
    return name.endswith("~") or name.startswith("#")


GIT_INSTRUCTIONS = ".gitattributes"
"""A file of git's own that changes the text of the files beside it as git writes them out
(``working-tree-encoding``, a ``filter``): the site would read and publish other text than
the pull request shows."""


@dataclass(frozen=True)
class Strays:
    """What in the patterns folder is never published, though an author may have meant it
    to be, or changes what is."""

    misnamed: list[Path]
    """Its files that are not ``*.md``: ``x.markdown``, ``x.txt``, ``x``."""
    nested: list[Path]
    """The ``*.md`` files in folders inside it."""
    links: list[Path]
    """Its symbolic links not named as a pattern (a link to a folder): a ``*.md`` one is refused when read."""
    instructions: list[Path]
    """Git's instructions for the files beside them (:data:`GIT_INSTRUCTIONS`), at any depth."""


def strays(folder: Path) -> Strays:
    """What in the patterns folder is never published, or changes what is (see :class:`Strays`).
    Other hidden entries and editors' working files are passed over; links are not followed
    into folders."""
    misnamed: list[Path] = []
    links: list[Path] = []
    instructions: list[Path] = []
    folders = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name == GIT_INSTRUCTIONS:
                instructions.append(Path(entry.path))
            if entry.name.startswith(".") or _editors_own(entry.name) or is_candidate(entry.name):
                continue
            if entry.is_symlink():
                links.append(Path(entry.path))
            elif entry.is_dir(follow_symlinks=False):
                folders.append(Path(entry.path))
            else:
                misnamed.append(Path(entry.path))
    nested: list[Path] = []
    for inner in folders:
        for parent, names, found in os.walk(inner):
            names[:] = [name for name in names if not name.startswith(".")]
            nested += (Path(parent, name) for name in found if is_candidate(name) and not _editors_own(name))
            instructions += (Path(parent, name) for name in found if name == GIT_INSTRUCTIONS)
    return Strays(sorted(misnamed), sorted(nested), sorted(links), sorted(instructions))


WORD_LOCK = "~$"
"""How the name of a lock file starts, which Word keeps beside a document it has open
('~$e-sponsor.md'), hidden in Explorer."""


def word_lock_told(name: str) -> tuple[str, str]:
    """(message, hint) for a Word lock file in the patterns folder, named ``name``."""
    return (
        f"'{printable(name)}' is a lock file that Word keeps beside a document while it is open, not a pattern",
        "close the document in Word; if the file stays, delete it",
    )


def read_bytes(path: Path, root: Path, max_bytes: int) -> bytes | Refusal:
    """The first ``max_bytes + 1`` bytes of a pattern file, or why it cannot be one.

    ``root`` is the repository: a symbolic link may point at a file inside it, never outside.
    """
    if path.name.startswith(WORD_LOCK):
        return Refusal("bad-file-name", *word_lock_told(path.name))
    if path.suffix != ".md" and path.suffix.lower() == ".md":
        name = f"{slugify(path.stem) or 'a-short-name'}.md"
        return Refusal("bad-file-name", f"file name '{path.name}' ends in '{path.suffix}', not '.md'", f"rename it to '{name}'", name)
    try:
        info = os.lstat(path)
    except OSError as error:
        return Refusal("unreadable", f"cannot read the file: {error.strerror or error}")
    if stat.S_ISLNK(info.st_mode):
        refusal = _check_link(path, root)
        if refusal is not None:
            return refusal
        info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        return _not_a_file(info.st_mode)
    try:
        handle = os.open(path, _READ_FLAGS)
    except OSError as error:
        return Refusal("unreadable", f"cannot read the file: {error.strerror or error}")
    try:
        opened = os.fstat(handle)
        if not stat.S_ISREG(opened.st_mode):  # swapped for something else since lstat
            return _not_a_file(opened.st_mode)
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0 and (chunk := os.read(handle, min(left, 1 << 16))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError as error:
        return Refusal("unreadable", f"cannot read the file: {error.strerror or error}")
    finally:
        os.close(handle)


def _check_link(path: Path, root: Path) -> Refusal | None:
    target = Path(os.path.realpath(path))
    written = os.readlink(path)
    if not target.exists():
        # Links that lead to each other ('a.md' to 'b.md' and back) end nowhere too, but the
        # author sees both files there: "does not exist" would read as a mistake of ours.
        looped = _loops(path)
        return Refusal(
            "dangling-symlink",
            f"symbolic link to '{written}', which " + ("is a loop of links that ends at no file" if looped else "does not exist"),
            "delete the link, or put the pattern file itself here",
        )
    if not target.is_relative_to(root.resolve()):
        return Refusal(
            "symlink-outside",
            f"symbolic link to '{written}', outside the repository",
            "a pattern must be a file in the repository: copy the text in instead of linking to it",
        )
    if any(part.startswith(".") for part in target.relative_to(root.resolve()).parts):
        # Hidden files in the repository's folder are git's own (.git/config, which can hold
        # the build's credentials) or never committed (.env): their first line and values
        # would be shown in the diagnostics, which a pull request's checks make public.
        return Refusal(
            "symlink-outside",
            f"symbolic link to '{written}', a hidden file, which is no pattern",
            "a pattern must be a file in the repository: copy the text in instead of linking to it",
        )
    # A link inside the repository is refused too: GitHub shows a link in a pull request as
    # the name of the file it points to, so the site would publish words (a test's fixture,
    # another pattern's draft) that nobody reviewed as this pattern.
    return Refusal(
        "symlink",
        f"symbolic link to '{written}': GitHub shows the link as that file's name, not its text, so nobody reviews what the site would publish",
        "a pattern must be a file of its own: delete the link and copy the text into a file here",
    )


def _loops(path: Path) -> bool:
    try:
        os.stat(path)
    except OSError as error:
        return error.errno == errno.ELOOP
    return False


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_a_file(mode: int) -> Refusal:
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return Refusal("not-a-file", f"this is {kind}, not a file", "a pattern is an ordinary text file named <slug>.md")

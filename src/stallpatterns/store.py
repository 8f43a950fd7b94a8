"""Checked pattern files kept between builds (and validations): a build reads every file,
and checks only the ones whose check it has not kept.

Checking is most of a build's work (each body is parsed, checked, rendered and
sanitised), and most builds change a few files or none. :class:`CheckStore` keeps each
file's result under a key made of everything the result depends on: the file's bytes and
where it is, the settings, and the code that checks (this package's source, the versions
of the libraries that parse and sanitise, and Python's). A change to any of them is a new
key, so a kept result is never stale; results this build did not ask for are dropped.

The store is one file beside ``mkdocs.yml``, in ``.cache/stallpatterns/`` (ignored by git),
signed with a key kept outside the repository, in the user's cache folder. It is unpickled
only when its signature holds: a file that anyone else put in ``.cache/`` (a pull request,
say) is never read, and the build checks every file as if there were no store.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import pickle
import stat
import sys
from importlib import metadata
from pathlib import Path

import yaml

from . import files
from .catalogue import Checked, check_data
from .settings import Settings

FOLDER = Path(".cache", "stallpatterns")
"""Where a project's store is, from the folder of its mkdocs.yml (the social cards' cache is beside it)."""
STORE_FILE = "checks.pickle"
STORE = FOLDER / STORE_FILE
"""The store, from the folder of a project's mkdocs.yml."""
_LIBRARIES = ("markdown-it-py", "mdurl", "nh3", "PyYAML", "cmarkgfm")
_KEY_BYTES = 32
_MOST_BYTES = 1 << 30  # far more than any catalogue's checks; a larger "store" is not ours


class CheckStore:
    def __init__(self, path: Path, settings: Settings, secret: bytes | None) -> None:
        self.path = path
        self.secret = secret
        self.salt = _salt(settings)
        self.root = settings.root.resolve()
        self.kept: dict[bytes, Checked] = {}
        self.used: dict[bytes, Checked] = {}
        self.checked = 0  # files this build checked (not kept)
        self.others = False  # the store holds checks made by other code (another salt)

    @classmethod
    def open(cls, settings: Settings) -> CheckStore:
        """The project's store; empty when there is none, or it cannot be trusted or read."""
        store = cls(settings.root / STORE, settings, user_key())
        store.kept = store._read()
        return store

    def check(self, path: Path, display: str, settings: Settings) -> Checked:
        data = files.read_bytes(path, self.root, settings.limits.file_bytes)
        if isinstance(data, files.Refusal):
            return check_data(path, display, settings, data)
        key = hashlib.sha256(b"\0".join((os.fsencode(path), display.encode("utf-8", "surrogateescape"), data))).digest()
        found = self.kept.get(key)
        if found is None or found.dated:
            found = check_data(path, display, settings, data)
            self.checked += 1
        # A fault of ours (a passing one, such as running out of memory) is tried again; so
        # is a date still to come, which a later day accepts.
        if not (found.faulted or found.dated):
            self.used[key] = found
        return found

    def save(self, *, over_others: bool = True) -> None:
        """Keep what this build used (and only that), if it differs from what was kept.

        ``over_others=False`` (validation) keeps a store that other code made, such as
        the build's in another environment than a pre-commit hook's, rather than
        replacing it with checks that build could not use."""
        if self.secret is None or self.used.keys() == self.kept.keys() or (self.others and not over_others):
            return
        if linked(self.path.parent):
            return  # never written through a link a repository could hold
        payload = pickle.dumps((self.salt, self.used), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # The signature, then the payload: written one after the other, never joined
            # (a second copy of a store of several megabytes).
            write_whole(self.path, hmac.digest(self.secret, payload, "sha256"), payload)
        except OSError:
            pass  # a read-only checkout, say: the next build checks every file again

    def _read(self) -> dict[bytes, Checked]:
        if self.secret is None or linked(self.path.parent):
            return {}
        signed = _read_regular(self.path)
        if signed is None:
            return {}
        signature, payload = signed[:_KEY_BYTES], memoryview(signed)[_KEY_BYTES:]  # a view: no copy
        if not hmac.compare_digest(signature, hmac.digest(self.secret, payload, "sha256")):
            return {}  # not written by this user's builds: never unpickled
        try:
            salt, kept = pickle.loads(payload)
        except Exception:  # noqa: BLE001 (signed by us, yet unreadable: written by other code)
            self.others = True
            return {}
        self.others = salt != self.salt
        return {} if self.others else kept


def _salt(settings: Settings) -> bytes:
    """Everything besides the file that a check's result depends on."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    for library in _LIBRARIES:
        digest.update(f"{library}=={_version(library)}\0".encode())
    digest.update(f"libyaml={getattr(yaml, '__with_libyaml__', False)}\0".encode())  # which YAML reader front matter uses
    digest.update(sys.version.encode() + b"\0" + repr(settings).encode())
    return digest.digest()


def _version(library: str) -> str:
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "absent"


def linked(folder: Path, levels: int = 2) -> bool:
    """Whether ``folder``, or one of the ``levels - 1`` folders above it, is a symbolic link
    (``.cache/stallpatterns`` is two levels: both are in the repository)."""
    return any(p.is_symlink() for p in [folder, *folder.parents][:levels])


def write_whole(path: Path, *data: bytes) -> None:
    """Replace ``path`` with ``data`` (its parts, one after another) at once (a reader sees
    the old file or the new one), written to a new file of our own: never through a link or
    into a file put there before."""
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    partial.unlink(missing_ok=True)  # a link is removed, never followed
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
        with os.fdopen(descriptor, "wb") as handle:
            for part in data:
                handle.write(part)
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def _read_regular(path: Path) -> bytes | None:
    """The bytes of ``path`` if it is a regular file of a sane size; None otherwise (a link
    to /dev/zero or a FIFO is never read)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > _MOST_BYTES:
            return None
        return handle.read(_MOST_BYTES)


def user_folder() -> Path | None:
    """This user's cache folder for stallpatterns, outside every repository (None without a
    home folder): what a build may trust, and a pull request cannot write."""
    try:
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "stallpatterns"
    except RuntimeError:  # no home folder
        return None


def user_key() -> bytes | None:
    """This user's signing key, made on first use; None when it can be neither read nor made."""
    folder = user_folder()
    if folder is None:
        return None
    path = folder / "store-key"
    for _ in range(2):
        key = _read_regular(path)
        if key is not None:
            return key if len(key) == _KEY_BYTES else None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # Written whole, then linked into place: a reader never sees a partial key.
            partial = folder / f".store-key.{os.getpid()}"
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(os.urandom(_KEY_BYTES))
            try:
                os.link(partial, path)
            except FileExistsError:
                pass  # another build made it first: read theirs
            finally:
                partial.unlink(missing_ok=True)
        except OSError:
            return None
    return None

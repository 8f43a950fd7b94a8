"""Checked pattern files kept between builds: a build reads every file, and checks only
the ones whose check it has not kept.

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

import hashlib
import hmac
import os
import pickle
import sys
from importlib import metadata
from pathlib import Path

from . import files
from .catalogue import Checked, check_data
from .settings import Settings

FOLDER = Path(".cache", "stallpatterns")
"""Where a project's store is, from the folder of its mkdocs.yml (the social cards' cache is beside it)."""
STORE_FILE = "checks.pickle"
_LIBRARIES = ("markdown-it-py", "linkify-it-py", "mdurl", "nh3", "PyYAML")
_KEY_BYTES = 32


class CheckStore:
    def __init__(self, path: Path, settings: Settings, secret: bytes | None) -> None:
        self.path = path
        self.secret = secret
        self.salt = _salt(settings)
        self.root = settings.root.resolve()
        self.kept: dict[bytes, Checked] = {}
        self.used: dict[bytes, Checked] = {}
        self.checked = 0  # files this build checked (not kept)

    @classmethod
    def open(cls, settings: Settings) -> CheckStore:
        """The project's store; empty when there is none, or it cannot be trusted or read."""
        store = cls(settings.root / FOLDER / STORE_FILE, settings, _secret())
        store.kept = store._read()
        return store

    def check(self, path: Path, display: str, settings: Settings) -> Checked:
        data = files.read_bytes(path, self.root, settings.limits.file_bytes)
        if isinstance(data, files.Refusal):
            return check_data(path, display, settings, data)
        key = hashlib.sha256(b"\0".join((str(path).encode(), display.encode(), data))).digest()
        found = self.kept.get(key)
        if found is None:
            found = check_data(path, display, settings, data)
            self.checked += 1
        self.used[key] = found
        return found

    def save(self) -> None:
        """Keep what this build used (and only that), if it differs from what was kept."""
        if self.secret is None or self.used.keys() == self.kept.keys():
            return
        payload = pickle.dumps((self.salt, self.used), protocol=pickle.HIGHEST_PROTOCOL)
        signed = hmac.digest(self.secret, payload, "sha256") + payload
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(f".{self.path.name}.{os.getpid()}")
            partial.write_bytes(signed)
            os.replace(partial, self.path)  # another build reading it sees the old or the new
        except OSError:
            pass  # a read-only checkout: the next build checks every file again

    def _read(self) -> dict[bytes, Checked]:
        if self.secret is None:
            return {}
        try:
            signed = self.path.read_bytes()
        except OSError:
            return {}
        signature, payload = signed[:_KEY_BYTES], signed[_KEY_BYTES:]
        if not hmac.compare_digest(signature, hmac.digest(self.secret, payload, "sha256")):
            return {}  # not written by this user's builds: never unpickled
        try:
            salt, kept = pickle.loads(payload)
        except Exception:  # noqa: BLE001 (signed by us, yet unreadable: written by other code)
            return {}
        return kept if salt == self.salt else {}


def _salt(settings: Settings) -> bytes:
    """Everything besides the file that a check's result depends on."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    for library in _LIBRARIES:
        digest.update(f"{library}=={metadata.version(library)}\0".encode())
    digest.update(sys.version.encode() + b"\0" + repr(settings).encode())
    return digest.digest()


def _secret() -> bytes | None:
    """This user's signing key, made on first use; None when it can be neither read nor made."""
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "stallpatterns"
    path = folder / "store-key"
    for _ in range(2):
        try:
            key = path.read_bytes()
            return key if len(key) == _KEY_BYTES else None
        except FileNotFoundError:
            pass
        except OSError:
            return None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue  # another build made it first: read theirs
        except OSError:
            return None
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(os.urandom(_KEY_BYTES))
    return None

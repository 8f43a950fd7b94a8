#!/usr/bin/env python3
"""One command for each everyday job. Needs only Python 3.11+ to start.

    python3 scripts/dev.py serve    install what is needed, then serve the site at http://127.0.0.1:8000/
    python3 scripts/dev.py test     install what is needed, then run every test

Python packages go into .venv (from pyproject.toml); the browser-side checkers
(axe-core, the Nu HTML checker) into node_modules (from package-lock.json). Browser
tests use Debian's Chromium at /usr/bin/chromium (or $CHROMIUM_PATH).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"


def _digest(source: Path) -> str:
    return hashlib.sha256(source.read_bytes()).hexdigest() if source.exists() else ""


def _is_current(stamp: Path, source: Path) -> bool:
    """True if the install recorded in ``stamp`` was made from this ``source``."""
    return stamp.exists() and stamp.read_text() == _digest(source)


def _mark_current(stamp: Path, source: Path) -> None:
    stamp.write_text(_digest(source))


def _run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    """Run one install step; stop with its exit code (and no traceback) if it fails."""
    shown = " ".join(Path(c).name if isinstance(c, Path) else c for c in command)
    print("$", shown, flush=True)
    code = subprocess.call([str(c) for c in command], cwd=ROOT, env=env)
    if code:
        sys.exit(f"dev.py: `{shown}` failed (exit {code}); see its messages above")


def install_python() -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print(f"Creating {VENV.relative_to(ROOT)} ...", flush=True)
        venv.create(VENV, with_pip=True)
    stamp = VENV / ".installed"
    if not _is_current(stamp, ROOT / "pyproject.toml"):
        _run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-warn-script-location", "-e", ".[mkdocs,properdocs,test]")
        _mark_current(stamp, ROOT / "pyproject.toml")


def install_node() -> None:
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("npm is needed for the accessibility and HTML checks: install Node.js 20+ (e.g. apt-get install nodejs npm)")
    stamp = ROOT / "node_modules" / ".installed"
    if not _is_current(stamp, ROOT / "package-lock.json"):
        # The checkers use the machine's Chromium and Java: never download a browser.
        env = {**os.environ, "CHROMEDRIVER_SKIP_DOWNLOAD": "true", "PUPPETEER_SKIP_DOWNLOAD": "true"}
        _run(npm, "ci", "--no-audit", "--no-fund", "--loglevel=error", env=env)
        _mark_current(stamp, ROOT / "package-lock.json")


def check_browser() -> None:
    chromium = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(chromium).exists():
        sys.exit(f"Chromium is needed for the browser tests and was not found at {chromium}.\n"
                 "On Debian or Ubuntu: sudo apt-get install chromium  (or set CHROMIUM_PATH)")
    if shutil.which("java") is None:
        sys.exit("Java is needed for the Nu HTML checker: sudo apt-get install default-jre-headless")


def serve() -> int:
    install_python()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    # Serve at the root of the address below, whatever path the published site_url has.
    os.environ.setdefault("SITE_URL", "http://127.0.0.1:8000/")
    # MkDocs with Material by default; STALLPATTERNS_ENGINE=properdocs serves properdocs.yml.
    engine = os.environ.get("STALLPATTERNS_ENGINE", "mkdocs")
    return subprocess.call([str(BIN / engine), "serve", "-a", "127.0.0.1:8000", *sys.argv[2:]], cwd=ROOT)


def test() -> int:
    install_python()
    install_node()
    check_browser()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    return subprocess.call([str(PYTHON), "-m", "pytest", *sys.argv[2:]], cwd=ROOT)


COMMANDS = {"serve": serve, "test": test}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        sys.exit(2)
    sys.exit(COMMANDS[sys.argv[1]]())

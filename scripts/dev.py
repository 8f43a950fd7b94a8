#!/usr/bin/env python3
"""One command for each everyday job. Needs only Python 3.11+ to start.

    python3 scripts/dev.py serve [--port N]   serve the site at http://127.0.0.1:8000/stall-patterns/
    python3 scripts/dev.py new "Title" [--category ID] [--slug a-short-name]
                                              start a pattern file from the scaffold
    python3 scripts/dev.py validate [FILE...] check patterns (default: all of them)
    python3 scripts/dev.py test [PYTEST ARGS] run every test

Each command first installs what it needs, and only that, saying what it installs:
new and validate need the package alone (into .venv); serve adds its engine (MkDocs with
Material, or ProperDocs with STALLPATTERNS_ENGINE=properdocs); test adds both engines and
the test tools (the [test] extra), the browser-side checkers (axe-core and the Nu HTML
checker, into node_modules from package-lock.json) and, from the system's packages,
Chromium, Java and Node.js (with apt-get, as root or through `sudo -n`). Install
messages go to stderr, so `validate --format json` output stays clean.
"""

from __future__ import annotations

import argparse
import difflib
import errno
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# MkDocs with Material by default; STALLPATTERNS_ENGINE=properdocs serves properdocs.yml.
ENGINE = os.environ.get("STALLPATTERNS_ENGINE", "mkdocs")
TEST_EXTRAS = ("mkdocs", "properdocs", "test")  # the tests build with both engines
HEARTBEAT_SECONDS = 15
"""A long install step says it is still working at least this often."""

# System packages the tests need (Debian and Ubuntu names), each with the command or library
# it provides. Playwright's own Node.js driver needs libatomic, which a minimal system lacks.
SYSTEM_PACKAGES = {
    "chromium": CHROMIUM,
    "default-jre-headless": "java",
    "nodejs": "node",
    "npm": "npm",
    "libatomic1": "lib:atomic",
}


def say(message: str) -> None:
    print(f"dev.py: {message}", file=sys.stderr, flush=True)


def stop(message: str, code: int = 2) -> None:
    say(message)
    sys.exit(code)


def _digest(*sources: Path) -> str:
    return hashlib.sha256(b"".join(s.read_bytes() for s in sources if s.exists())).hexdigest()


def _is_current(stamp: Path, *sources: Path) -> bool:
    """True if the install recorded in ``stamp`` was made from these ``sources``."""
    return stamp.exists() and stamp.read_text() == _digest(*sources)


def _run(*command: str | Path, env: dict[str, str] | None = None, what: str = "") -> None:
    """Run one install step with its output on stderr, and a line every few seconds while it
    is quiet; stop with its exit code (and no traceback) if it fails."""
    shown = " ".join(Path(c).name if isinstance(c, Path) else c for c in command)
    say(f"{what or 'running'}: {shown}")
    # Output to stderr (file descriptor 2), so that what a command prints on stdout stays its own.
    process = subprocess.Popen([str(c) for c in command], cwd=ROOT, env=env, stdout=2, stderr=2)
    done = threading.Event()

    def heartbeat() -> None:
        waited = 0
        while not done.wait(HEARTBEAT_SECONDS):
            waited += HEARTBEAT_SECONDS
            say(f"  ... still {what or 'working'} ({waited} s)")

    threading.Thread(target=heartbeat, daemon=True).start()
    try:
        code = process.wait()
    finally:
        done.set()
    if code:
        # Every step run here installs, from PyPI, npm or the system's package archive.
        stop(f"`{shown}` failed (exit {code}); see its messages above. It downloads packages: "
             "if this machine has no internet connection, connect it and run the command again", code)


# --- system packages ------------------------------------------------------------------------


def _present(need: str) -> bool:
    if need.startswith("lib:"):
        import ctypes.util

        return ctypes.util.find_library(need.removeprefix("lib:")) is not None
    return Path(need).exists() if need.startswith("/") else shutil.which(need) is not None


def _as_root() -> list[str] | None:
    """The prefix that runs a command as root without asking for a password, if there is one."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.call(["sudo", "-n", "true"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0:
        return ["sudo", "-n"]
    return None


def install_system(packages: list[str], why: str) -> None:
    """Install Debian/Ubuntu packages with apt-get, or say exactly which to install."""
    if not packages:
        return
    listed = " ".join(packages)
    prefix = _as_root()
    if prefix is None or not shutil.which("apt-get"):
        how = f"sudo apt-get install {listed}" if shutil.which("apt-get") else f"your system's packages for: {listed}"
        stop(f"{why} needs {listed}, which this machine lacks and dev.py cannot install without root.\n"
             f"Install them, then run the command again:  {how}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    _run(*prefix, "apt-get", "update", "-q", env=env, what="updating the package lists")
    _run(*prefix, "apt-get", "install", "-y", "-q", "--no-install-recommends", *packages, env=env, what=f"installing {listed}")


def _venv_works() -> bool:
    """True if this Python can make a virtual environment with pip (Debian splits it into python3-venv)."""
    import importlib

    importlib.invalidate_caches()  # apt-get may have just installed it
    try:
        import ensurepip  # noqa: F401
        import venv  # noqa: F401
    except ImportError:
        return False
    return True


# --- Python and npm packages ----------------------------------------------------------------


def install_python(*extras: str) -> None:
    """The package with ``extras`` (say "mkdocs" or "test") and their dependencies, into .venv.

    No extras is the core alone (validate, new); each install is stamped with its extras, so a
    later command that needs no more installs nothing.
    """
    if sys.version_info < (3, 11):
        stop(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        if not _venv_works():
            install_system([_venv_package()], "Making .venv")
        say(f"creating {VENV.name}/ (Python {sys.version.split()[0]})")
        import venv

        venv.create(VENV, with_pip=True)
    wanted = set(extras)
    for stamp in VENV.glob(".installed-*"):
        have = set(stamp.name.removeprefix(".installed-").split("+")) - {"core"}
        if wanted <= have and _is_current(stamp, ROOT / "pyproject.toml"):
            return
    target = f".[{','.join(sorted(wanted))}]" if wanted else "."
    what = f"installing the package with {', '.join(sorted(wanted))}" if wanted else "installing the package"
    _run(PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "--no-warn-script-location",
         "--progress-bar", "off", "-e", target, what=what)
    (VENV / f".installed-{'+'.join(sorted(wanted)) or 'core'}").write_text(_digest(ROOT / "pyproject.toml"))


def install_node() -> None:
    stamp = ROOT / "node_modules" / ".installed"
    if _is_current(stamp, ROOT / "package-lock.json"):
        return
    # The checkers use the machine's Chromium and Java: never download a browser.
    env = {**os.environ, "CHROMEDRIVER_SKIP_DOWNLOAD": "true", "PUPPETEER_SKIP_DOWNLOAD": "true"}
    _run(shutil.which("npm") or "npm", "ci", "--no-audit", "--no-fund", "--loglevel=warn", env=env,
         what="installing the browser-side checkers (axe-core, the Nu HTML checker)")
    stamp.write_text(_digest(ROOT / "package-lock.json"))


def _venv_package() -> str:
    return f"python{sys.version_info.major}.{sys.version_info.minor}-venv"


def install_for_tests() -> None:
    missing = [package for package, need in SYSTEM_PACKAGES.items() if not _present(need)]
    if missing and not PYTHON.exists() and not _venv_works():
        missing.append(_venv_package())  # one apt-get run for everything
    if missing:
        say(f"the tests need {', '.join(missing)} from the system's packages")
        install_system(missing, "Running the tests")
        if not _present(CHROMIUM):
            stop(f"Chromium was installed but is not at {CHROMIUM}; set CHROMIUM_PATH to where it is")
    install_python(*TEST_EXTRAS)
    install_node()


# --- commands -------------------------------------------------------------------------------


def _tool(name: str, *args: str, cwd: Path | None = None) -> int:
    """Run one of .venv's commands, from the folder dev.py was run in unless told otherwise."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    try:
        return subprocess.call([str(BIN / name), *args], cwd=cwd)
    except KeyboardInterrupt:
        return 130


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        # As the engine's server binds: a port whose last connections are closing (the
        # system keeps them for a minute after a preview stops) is free to serve on.
        if os.name != "nt":  # on Windows the option lets a bind take a port that is in use
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            raise
    return True


def serve(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python3 scripts/dev.py serve", description="Serve the site, reloading as you edit.")
    parser.add_argument("--port", type=int, default=8000, help="the port to serve on (default 8000)")
    parser.add_argument("--host", default="127.0.0.1", help="the address to serve on (default 127.0.0.1)")
    options, rest = parser.parse_known_args(args)
    if not _port_free(options.host, options.port):
        stop(f"port {options.port} on {options.host} is in use; serve on another with: "
             f"python3 scripts/dev.py serve --port {options.port + 1}")
    if ENGINE not in ("mkdocs", "properdocs"):
        stop(f"STALLPATTERNS_ENGINE is {ENGINE!r}; it must be mkdocs or properdocs")
    install_python(ENGINE)  # the engine serving needs, and nothing for the tests
    # The engine serves under the path of site_url (as plain `mkdocs serve` does) and points
    # site_url at the address it serves on, so every address matches the chosen port.
    return _tool(ENGINE, "serve", "--dev-addr", f"{options.host}:{options.port}", *rest, cwd=ROOT)


CONFIG_NAMES = ("properdocs.yml", "properdocs.yaml", "mkdocs.yml", "mkdocs.yaml")  # as stallpatterns looks for them


def _settings() -> list[str]:
    """The repository's settings, passed when dev.py is run from a folder outside it (the
    home folder): the command finds them in the folder it runs in and the ones above it."""
    if Path.cwd().resolve().is_relative_to(ROOT):
        return []
    found = next((ROOT / name for name in CONFIG_NAMES if (ROOT / name).is_file()), None)
    return ["--config", str(found)] if found else []


def new(args: list[str]) -> int:
    install_python()
    return _tool("stallpatterns", *_settings(), "new", *args)


def validate(args: list[str]) -> int:
    install_python()
    return _tool("stallpatterns", *_settings(), "validate", *args)


def test(args: list[str]) -> int:
    install_for_tests()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    say("running the tests: pytest " + " ".join(args))
    return subprocess.call([str(PYTHON), "-m", "pytest", *args], cwd=ROOT)


COMMANDS = {"serve": serve, "new": new, "validate": validate, "test": test}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        asked = sys.argv[1:2] in (["-h"], ["--help"])
        print(__doc__)
        if len(sys.argv) > 1 and not asked:
            # 'dev.py frobnicate' printed the help alone: nothing said the command was unknown.
            meant = difflib.get_close_matches(sys.argv[1], COMMANDS, n=1)
            print(f"dev.py: '{sys.argv[1]}' is no command; " + (f"did you mean '{meant[0]}'? " if meant else "") + f"the commands are {', '.join(COMMANDS)}", file=sys.stderr)
        sys.exit(0 if asked else 2)
    sys.exit(COMMANDS[sys.argv[1]](sys.argv[2:]))

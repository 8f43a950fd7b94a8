"""scripts/dev.py, the README's two commands: each installs what its job needs and no more,
says what it installs, and stops with one clear line when it cannot go on."""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def dev(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ModuleType, list[tuple[str, ...]]]:
    """dev.py loaded as a module, with .venv in tmp_path and every install step recorded, not run."""
    spec = importlib.util.spec_from_file_location("dev_under_test", ROOT / "scripts" / "dev.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    venv = tmp_path / ".venv"
    monkeypatch.setattr(module, "VENV", venv)
    monkeypatch.setattr(module, "BIN", venv / "bin")
    monkeypatch.setattr(module, "PYTHON", venv / "bin" / "python")
    ran: list[tuple[str, ...]] = []
    monkeypatch.setattr(module, "_run", lambda *command, env=None, what="": ran.append(tuple(str(c) for c in command)))
    import venv as venv_module

    def create(path: Path, with_pip: bool = False) -> None:
        (path / "bin").mkdir(parents=True)
        (path / "bin" / "python").write_text("")

    monkeypatch.setattr(venv_module, "create", create)
    return module, ran


def test_serve_installs_only_the_package_and_its_engine(dev) -> None:
    module, ran = dev
    assert module.ENGINE == "mkdocs"  # the default engine
    module.install_python(module.ENGINE)
    [pip] = ran
    assert pip[-2:] == ("-e", ".[mkdocs]")
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    serving = " ".join(project["dependencies"] + project["optional-dependencies"]["mkdocs"]).lower()
    for tool in ("pytest", "playwright", "hypothesis", "mypy", "ruff", "beautifulsoup4"):
        assert tool not in serving and any(tool in t.lower() for t in project["optional-dependencies"]["test"])
    module.install_python("mkdocs")  # installed and unchanged: nothing more to do
    module.install_python()  # validate and new need only the core, which is in it
    assert len(ran) == 1


def test_validate_and_new_install_only_the_core(dev) -> None:
    module, ran = dev
    module.install_python()
    assert [command[-2:] for command in ran] == [("-e", ".")]


def test_test_installs_the_test_extra_and_then_serve_needs_nothing(dev) -> None:
    module, ran = dev
    module.install_python(*module.TEST_EXTRAS)
    module.install_python("mkdocs")
    module.install_python()
    [pip] = ran
    assert pip[-2:] == ("-e", ".[mkdocs,properdocs,test]")


def test_missing_system_packages_without_root_name_the_one_line_to_run(dev, monkeypatch, capsys) -> None:
    module, ran = dev
    monkeypatch.setattr(module, "_present", lambda need: need != "java")
    monkeypatch.setattr(module, "_as_root", lambda: None)
    monkeypatch.setattr(module.shutil, "which", lambda name: "/usr/bin/" + name)
    with pytest.raises(SystemExit) as stopped:
        module.install_for_tests()
    assert stopped.value.code == 2 and ran == []
    said = capsys.readouterr().err
    assert "sudo apt-get install default-jre-headless" in said and "Traceback" not in said


def test_missing_system_packages_as_root_are_installed_with_apt_get(dev, monkeypatch) -> None:
    module, ran = dev
    installed: set[str] = set()
    monkeypatch.setattr(module, "_present", lambda need: need in installed)
    monkeypatch.setattr(module, "_as_root", lambda: [])
    monkeypatch.setattr(module.shutil, "which", lambda name: "/usr/bin/" + name)

    def apt(*command: str, env=None, what="") -> None:
        ran.append(tuple(command))
        if command[:2] == ("apt-get", "install"):
            installed.update(module.SYSTEM_PACKAGES.values())

    monkeypatch.setattr(module, "_run", apt)
    monkeypatch.setattr(module, "install_node", lambda: ran.append(("npm", "ci")))
    module.install_for_tests()
    assert ran[0][:2] == ("apt-get", "update")
    assert ran[1][:2] == ("apt-get", "install")
    assert set(ran[1][-5:]) == {"chromium", "default-jre-headless", "nodejs", "npm", "libatomic1"}
    assert ran[2][-2:] == ("-e", ".[mkdocs,properdocs,test]") and ran[3] == ("npm", "ci")


def test_a_long_install_step_says_it_is_still_working(monkeypatch, capfd) -> None:
    spec = importlib.util.spec_from_file_location("dev_heartbeat", ROOT / "scripts" / "dev.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "HEARTBEAT_SECONDS", 0.05)
    module._run(sys.executable, "-c", "import time; time.sleep(1)", what="installing something slow")
    said = capfd.readouterr().err
    assert "dev.py: installing something slow:" in said and "still installing something slow" in said


def test_a_failed_install_step_says_it_needs_the_network_and_keeps_its_exit_code(capfd) -> None:
    # Offline, pip ends in 'No matching distribution found', and nothing said why.
    spec = importlib.util.spec_from_file_location("dev_offline", ROOT / "scripts" / "dev.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with pytest.raises(SystemExit) as stopped:
        module._run(sys.executable, "-c", "import sys; sys.exit(3)", what="installing something")
    assert stopped.value.code == 3
    said = capfd.readouterr().err
    assert "failed (exit 3)" in said and "if this machine has no internet connection, connect it and run the command again" in said


def test_a_busy_port_gets_one_line_naming_it_and_how_to_choose_another() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "dev.py"), "serve", "--port", str(port)],
            capture_output=True, text=True, cwd=ROOT,
        )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"dev.py: port {port} on 127.0.0.1 is in use; serve on another with: python3 scripts/dev.py serve --port {port + 1}"
    ]


def test_ci_runs_the_readmes_test_command_and_nothing_else_of_substance() -> None:
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    commands = [line for line in lines if line and not line.startswith("#") and not line.startswith(("set ", "cd "))]
    assert commands == ["python3 scripts/dev.py test"]  # as the README writes it
    assert "python3 scripts/dev.py test" in (ROOT / "README.md").read_text()


def test_no_test_needs_lighthouse_so_package_json_leaves_it_out() -> None:
    import json

    assert "lighthouse" not in json.loads((ROOT / "package.json").read_text())["devDependencies"]
    lock = json.loads((ROOT / "package-lock.json").read_text())
    assert not [name for name in lock["packages"] if "lighthouse" in name]
    for test in (ROOT / "tests").rglob("*.py"):
        if test.name != "test_dev.py":
            assert "node_modules/.bin/lighthouse" not in test.read_text(), test


def test_system_packages_are_seen_on_this_machine() -> None:
    spec = importlib.util.spec_from_file_location("dev_present", ROOT / "scripts" / "dev.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # The tests run here, so everything they need is present; nothing would be installed.
    assert [p for p, need in module.SYSTEM_PACKAGES.items() if not module._present(need)] == []
    assert not module._present("lib:no-such-library-anywhere")


def test_a_port_whose_last_connections_are_closing_is_free_to_serve_on() -> None:
    # After a preview stops with a browser tab open on it, the system keeps the port's
    # closed connections for a minute: the engine's server binds over them, and so may we.
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "scripts" / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with socket.socket() as server:
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        client = socket.create_connection(("127.0.0.1", port))
        accepted, _ = server.accept()
        accepted.close()  # the server's side closes first: its end waits (TIME_WAIT)
        client.close()
    assert module._port_free("127.0.0.1", port)


def test_validate_and_new_run_from_outside_the_repository_read_its_settings(dev, monkeypatch, tmp_path: Path) -> None:
    # From the home folder, `python3 ~/stall-patterns/scripts/dev.py validate` said: configuration
    # error: no properdocs.yml or mkdocs.yml found in /home/… or any folder above it.
    module, _ = dev
    monkeypatch.chdir(tmp_path)
    assert module._settings() == ["--config", str(ROOT / "properdocs.yml")]
    monkeypatch.chdir(ROOT / "patterns")
    assert module._settings() == []


def test_an_unknown_command_is_named_as_one_after_the_help() -> None:
    # 'dev.py frobnicate' printed the help and stopped, saying nothing of the command typed.
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "dev.py"), "frobnicate"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "python3 scripts/dev.py new" in result.stdout
    assert result.stderr.strip() == "dev.py: 'frobnicate' is no command; the commands are serve, new, validate, test"
    asked = subprocess.run([sys.executable, str(ROOT / "scripts" / "dev.py"), "--help"], capture_output=True, text=True)
    assert (asked.returncode, asked.stderr) == (0, "")
    typo = subprocess.run([sys.executable, str(ROOT / "scripts" / "dev.py"), "validat"], capture_output=True, text=True)
    assert typo.stderr.strip() == "dev.py: 'validat' is no command; did you mean 'validate'? the commands are serve, new, validate, test"

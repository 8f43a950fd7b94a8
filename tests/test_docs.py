"""The guides authors read say what mkdocs.yml says: the same category ids and the same
section headings, and no offer terms of their own (those are rendered from config)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stallpatterns.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]
GUIDES = ["README.md", "CONTRIBUTING.md", "docs/authoring.md"]


@pytest.fixture(scope="module")
def settings() -> Settings:
    return load_settings(ROOT / "mkdocs.yml")


@pytest.mark.parametrize("guide", GUIDES)
def test_the_guide_lists_exactly_the_configured_categories(guide: str, settings: Settings) -> None:
    row = next(line for line in (ROOT / guide).read_text(encoding="utf-8").splitlines() if line.startswith("| `category`"))
    assert re.findall(r"`([a-z-]+)`", row.split("|")[3]) == list(settings.category_ids)


@pytest.mark.parametrize("guide", GUIDES)
def test_the_guide_names_the_configured_sections(guide: str, settings: Settings) -> None:
    text = (ROOT / guide).read_text(encoding="utf-8")
    for heading in settings.headings:
        assert f"## {heading}" in text or f"| {heading} |" in text, f"{guide} does not name the section {heading!r}"


def test_no_hand_written_page_states_an_offer_price(settings: Settings) -> None:
    for page in sorted((ROOT / "docs").rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for offer in settings.offers:
            amount = re.search(r"£[\d,.]+", offer.price).group(0)
            assert amount not in text, f"{page.name} repeats the price of {offer.name}; it is rendered from mkdocs.yml"


# --- one path for authors: every command the guides name exists -------------------------------

# Where an author or contributor reads a command to type.
COMMAND_PLACES = [*GUIDES, ".github/PULL_REQUEST_TEMPLATE.md"]
# Programs the guides may name as they are: the repository's own scripts and tools an author
# installs on purpose. The package's commands are never on PATH after the quick start, so
# `stallpatterns`, `mkdocs`, `pytest`, `pip` and a bare `python` must not appear bare.
EXTERNAL = {"git", "pre-commit", "sudo", "npm", ".ci/run"}
NOT_ON_PATH = {"stallpatterns", "mkdocs", "pytest", "pip", "pip3", "python", "ruff", "mypy"}


def dev_commands() -> set[str]:
    import ast

    tree = ast.parse((ROOT / "scripts" / "dev.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "COMMANDS" for t in node.targets):
            assert isinstance(node.value, ast.Dict)
            return {key.value for key in node.value.keys if isinstance(key, ast.Constant)}
    raise AssertionError("scripts/dev.py has no COMMANDS table")


def venv_commands() -> set[str]:
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as file:
        scripts = set(tomllib.load(file)["project"]["scripts"])
    return scripts | {"python", "mkdocs", "properdocs", "pytest"}  # the engines: dev.py test installs both


def commands_in(text: str) -> list[str]:
    """Every command line in fenced code blocks and inline code that starts with a program."""
    found: list[str] = []
    for block in re.findall(r"^\s*```[a-z]*\n(.*?)^\s*```", text, re.S | re.M):
        found += [line.split("  #")[0].strip() for line in block.splitlines() if line.strip()]
    found += re.findall(r"`([^`\n]+)`", re.sub(r"^\s*```[a-z]*\n.*?^\s*```", "", text, flags=re.S | re.M))
    first_words = NOT_ON_PATH | EXTERNAL | {"python3", ".venv/bin/"}
    return [c for c in found if any(c == w or c.startswith(w + " ") or c.startswith(".venv/bin/") for w in first_words)]


def problems_with(command: str) -> str | None:
    words = command.split()
    program = words[0]
    if len(words) == 1 and program in NOT_ON_PATH or command == "python3 scripts/dev.py":
        return None  # a tool named in prose, not a command to type
    if program in NOT_ON_PATH:
        return f"`{program}` is not on PATH after the quick start; write `python3 scripts/dev.py …` or `.venv/bin/{program}`"
    if program.startswith(".venv/bin/"):
        name = program.removeprefix(".venv/bin/")
        return None if name in venv_commands() else f"{program} is not installed into .venv"
    if program == "python3":
        script = words[1] if len(words) > 1 else ""
        if not (ROOT / script).is_file():
            return f"{script} does not exist"
        if script == "scripts/dev.py" and (len(words) < 3 or words[2] not in dev_commands()):
            return f"dev.py has no command {words[2:3]}"
    return None


@pytest.mark.parametrize("place", COMMAND_PLACES)
def test_every_command_a_guide_names_exists(place: str) -> None:
    commands = commands_in((ROOT / place).read_text(encoding="utf-8"))
    assert any(c.startswith("python3 scripts/dev.py ") for c in commands), f"{place} names no dev.py command"
    wrong = {c: problem for c in commands if (problem := problems_with(c))}
    assert wrong == {}


@pytest.mark.parametrize("place", GUIDES)
def test_the_guides_give_one_path_for_authors(place: str) -> None:
    commands = commands_in((ROOT / place).read_text(encoding="utf-8"))
    for job in ("new", "validate", "serve"):
        assert any(c.startswith(f"python3 scripts/dev.py {job}") for c in commands), f"{place} never shows dev.py {job}"


@pytest.mark.parametrize("name", [".pre-commit-config.yaml", ".pre-commit-hooks.yaml"])
def test_every_pre_commit_hook_names_a_command_that_exists(name: str) -> None:
    import yaml

    data = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))
    hooks = data if isinstance(data, list) else [h for repo in data["repos"] for h in repo["hooks"]]
    for hook in hooks:
        command = hook["entry"]
        if hook["language"] == "python":  # pre-commit installs the package: its console scripts exist
            assert command.split()[0] in venv_commands()
        else:
            assert problems_with(command) is None, command


def test_the_output_of_new_names_only_commands_that_exist(tmp_path: Path) -> None:
    import shutil

    from stallpatterns import cli

    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "patterns").mkdir()
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["--config", str(tmp_path / "mkdocs.yml"), "new", "Dashboards nobody opens", "--category", "value"])
    assert code == 0
    named = re.findall(r"(python3 scripts/dev\.py \S+[^\n(]*)", out.getvalue())
    assert len(named) == 2 and all(problems_with(c.strip()) is None for c in named)
    assert not re.search(r"(?<![./\w])(stallpatterns|mkdocs) (serve|validate|new)", out.getvalue())


@pytest.mark.parametrize("place", [*GUIDES, "scripts/dev.py"])
def test_preview_addresses_work_with_dev_py_serve_and_plain_mkdocs_serve(place: str) -> None:
    """Both serve under the path of the published site_url (dev.py sets no SITE_URL of its
    own), so an address is right for both only if it carries that path."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    published = re.search(r'^site_url: !ENV \[SITE_URL, "([^"]+)"\]', config, re.M).group(1)
    mount = re.sub(r"^https?://[^/]+", "", published)
    assert mount == "/stall-patterns/"
    addresses = re.findall(r"http://127\.0\.0\.1:8000(/[^\s)>`]*)?", (ROOT / place).read_text(encoding="utf-8"))
    assert addresses, f"{place} names no preview address"
    assert [a for a in addresses if not a.startswith(mount)] == []
    assert "SITE_URL" not in (ROOT / "scripts" / "dev.py").read_text(encoding="utf-8")

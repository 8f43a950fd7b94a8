"""The package runs on either engine, ProperDocs or MkDocs 1.x: one module imports the
engine's API, the plugin is registered for both, and each engine's process gets its own."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "stallpatterns"
ENGINE_MODULE = SRC / "mkdocs_plugin" / "engine.py"
PLUGIN = "stallpatterns.mkdocs_plugin.plugin:StallPatternsPlugin"

# `import mkdocs`, `from properdocs.x import y`, `import_module("mkdocs...")`, `__import__("properdocs")`.
ENGINE_IMPORT = re.compile(
    r"^\s*(?:import|from)\s+(?:mkdocs|properdocs)\b|(?:import_module|__import__)\(\s*f?[\"'](?:mkdocs|properdocs)\b",
    re.M,
)


def test_only_the_engine_module_imports_an_engine() -> None:
    importing = sorted(
        str(path.relative_to(ROOT)) for path in SRC.rglob("*.py") if ENGINE_IMPORT.search(path.read_text(encoding="utf-8"))
    )
    assert importing == [str(ENGINE_MODULE.relative_to(ROOT))]


def test_the_engine_import_check_would_catch_an_import() -> None:
    for line in ("from mkdocs.plugins import BasePlugin", "import properdocs", "    import mkdocs.config", 'importlib.import_module("mkdocs.plugins")'):
        assert ENGINE_IMPORT.search(line), line
    for line in ("from .engine import MkDocsConfig", "# mkdocs.yml is read here", "from ..settings import x  # not mkdocs"):
        assert not ENGINE_IMPORT.search(line), line


@pytest.mark.parametrize("group", ["mkdocs.plugins", "properdocs.plugins"])
def test_the_plugin_is_registered_for_both_engines(group: str) -> None:
    ours = [entry.value for entry in entry_points(group=group) if entry.name == "stallpatterns"]
    assert ours == [PLUGIN]


def _engine_seen_after(prelude: str) -> str:
    code = f"{prelude}\nfrom stallpatterns.mkdocs_plugin import engine, plugin\nprint(engine.NAME, plugin.BasePlugin.__module__)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_inside_properdocs_the_plugin_uses_properdocs() -> None:
    # ProperDocs' command imports this first: it makes `import mkdocs` give ProperDocs.
    assert _engine_seen_after("import properdocs.replacement") == "properdocs properdocs.plugins"


def test_on_its_own_the_plugin_prefers_properdocs() -> None:
    assert _engine_seen_after("") == "properdocs properdocs.plugins"


@pytest.mark.two_engines
def test_inside_mkdocs_the_plugin_uses_mkdocs_even_beside_properdocs() -> None:
    # With both installed, `mkdocs build` must get a plugin built on MkDocs' own classes
    # (MkDocs rejects a plugin that is not a subclass of its BasePlugin).
    assert _engine_seen_after("import mkdocs.config") == "mkdocs mkdocs.plugins"


def test_serving_properdocs_yml_reloads_on_the_mkdocs_yml_it_inherits(tmp_path: Path) -> None:
    # The engines watch the file they were given; the settings live in the one it inherits.
    from stallpatterns.mkdocs_plugin.plugin import StallPatternsPlugin

    for name in ("mkdocs.yml", "properdocs.yml"):
        shutil.copy(ROOT / name, tmp_path / name)
    plugin = StallPatternsPlugin()  # no settings yet: patterns/ has its own watcher thread
    watched: list[str] = []
    server = SimpleNamespace(watch=watched.append, builder=lambda: None, build_delay=0.1)
    config = SimpleNamespace(config_file_path=str(tmp_path / "properdocs.yml"), theme=SimpleNamespace(custom_dir=None))
    assert plugin.on_serve(server, config=config, builder=None) is server  # type: ignore[arg-type]
    assert watched == [str(tmp_path / "mkdocs.yml")]


_SKIPPED_LINE = """
import logging, sys, tempfile
from stallpatterns.mkdocs_plugin import engine
from stallpatterns.mkdocs_plugin.preview import IncrementalPreview

heard = []
handler = logging.Handler()
handler.emit = lambda record: heard.append(record.getMessage())
built = sys.modules[engine.build_page.__module__].log  # the logger the engine's build writes through
built.addHandler(handler)
built.setLevel(logging.INFO)
preview, site = IncrementalPreview(), tempfile.mkdtemp()
preview.begin(site, None, [], [])  # the session's first build
preview.begin(site, None, [], [])  # a rebuild that renders only what changed
built.info("Page skipped: 'patterns/an-unchanged-pattern.md'. Generated empty output.")
preview.finish(frozenset(), frozenset(), frozenset())
built.info("Page skipped: 'patterns/after-the-rebuild.md'. Generated empty output.")
print(heard)
"""


@pytest.mark.parametrize(
    "prelude",
    ["import properdocs.replacement", pytest.param("import mkdocs.config", marks=pytest.mark.two_engines)],
    ids=["properdocs", "mkdocs"],
)
def test_a_preview_rebuild_logs_no_line_for_each_unchanged_page_in_either_engine(prelude: str, tmp_path: Path) -> None:
    # Each unchanged pattern page renders empty, and the engine says "Page skipped" for each:
    # a line for every pattern of the site, around the author's own problems. Quieted on
    # MkDocs' logger alone, ProperDocs (whose logger is its own) printed them all.
    result = subprocess.run(
        [sys.executable, "-c", f"{prelude}\n{_SKIPPED_LINE}"], capture_output=True, text=True, cwd=ROOT, env={**os.environ, "TMPDIR": str(tmp_path)}
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[\"Page skipped: 'patterns/after-the-rebuild.md'. Generated empty output.\"]"

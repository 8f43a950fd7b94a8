"""The same site from either engine, with or without Material, and from every build of a
commit: the built trees are compared file by file, byte by byte."""

from __future__ import annotations

import gzip
import os
import re
import subprocess
from importlib.metadata import version
from pathlib import Path

import pytest

from stallpatterns import generated
from tests.site.conftest import BIN, ENGINE, ROOT, Project, copy_project

GENERATOR = re.compile(rb'<meta name="generator" content="([^"]*)">')
# The days and hash seeds of two builds: a build must not depend on either.
DAY_ONE = {"SOURCE_DATE_EPOCH": "1767225600", "PYTHONHASHSEED": "1"}  # 2026-01-01
DAY_TWO = {"SOURCE_DATE_EPOCH": "1798761600", "PYTHONHASHSEED": "2"}  # 2027-01-01


def tree(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def generators(files: dict[str, bytes]) -> set[bytes]:
    return {match for content in files.values() for match in GENERATOR.findall(content)}


def differences(first: dict[str, bytes], second: dict[str, bytes]) -> list[str]:
    """What differs between two built trees: missing files, then files whose bytes differ."""
    only = sorted(first.keys() ^ second.keys())
    changed = sorted(name for name in first.keys() & second.keys() if first[name] != second[name])
    return [f"only in one tree: {name}" for name in only] + [f"bytes differ: {name}" for name in changed]


def built(project: Project, engine: str, name: str, extra_env: dict[str, str] | None = None) -> dict[str, bytes]:
    env = {key: value for key, value in os.environ.items() if key not in ("SOURCE_DATE_EPOCH", "PYTHONHASHSEED")}
    env |= {"NO_MKDOCS_2_WARNING": "1"} | (extra_env or {})
    result = Project(project.root, engine).build(site=project.root / name, env=env)
    assert result.returncode == 0, result.stderr
    return tree(project.root / name)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return copy_project(tmp_path_factory.mktemp("engines") / "project")


@pytest.mark.two_engines
def test_mkdocs_with_material_and_properdocs_without_it_build_the_same_site(shipped: Project) -> None:
    mkdocs = built(shipped, "mkdocs", "site-mkdocs")  # mkdocs.yml: theme material
    properdocs = built(shipped, "properdocs", "site-properdocs")  # properdocs.yml: no theme
    assert generators(mkdocs) == {f"mkdocs-{version('mkdocs')}".encode()}
    assert generators(properdocs) == {f"properdocs-{version('properdocs')}".encode()}
    # Every page built from our templates names its engine (redirect pages are not pages).
    pages = [name for name, content in properdocs.items() if name.endswith(".html") and b'http-equiv="refresh"' not in content]
    assert pages and all(GENERATOR.search(properdocs[name]) for name in pages)
    same_tag = {name: GENERATOR.sub(b"", content) for name, content in properdocs.items()}
    assert differences({name: GENERATOR.sub(b"", content) for name, content in mkdocs.items()}, same_tag) == []


def test_two_builds_of_one_commit_on_different_days_are_byte_identical(shipped: Project) -> None:
    first = built(shipped, ENGINE, "site-day-one", DAY_ONE)
    second = built(shipped, ENGINE, "site-day-two", DAY_TWO)
    # Among them every file a build stamps or orders: pages, sitemap, feed, data, search index.
    made = {"index.html", "sitemap.xml", "sitemap.xml.gz", generated.FEED_FILE, generated.PATTERNS_JSON_FILE, generated.SEARCH_FILE}
    assert made <= first.keys()
    assert differences(first, second) == []


def test_the_gzipped_sitemap_carries_no_build_time(shipped: Project) -> None:
    site = built(shipped, ENGINE, "site-gzip", DAY_TWO)
    packed = site["sitemap.xml.gz"]
    assert packed[4:8] == b"\0\0\0\0", "gzip header MTIME must be 0 (no time stamp), as gzip -n writes"
    assert gzip.decompress(packed) == site["sitemap.xml"]


# What a plain build says when all is well, besides our own plugin's notices (which name
# what the author can do, e.g. the shipped placeholder address); anything more is the engine's.
PLAIN_LINES = re.compile(
    r"INFO\s+-\s+(Cleaning site directory|Building documentation to directory: .*|Documentation built in [\d.]+ seconds|stallpatterns: .*)"
)


def test_properdocs_prints_no_banner_or_rename_notice(shipped: Project) -> None:
    # No NO_MKDOCS_2_WARNING here: properdocs.yml needs no Material (whose banner that
    # variable hides), and ProperDocs finds its own file (no "should be renamed" notice).
    env = {key: value for key, value in os.environ.items() if not key.endswith("MKDOCS_2_WARNING")}
    result = Project(shipped.root, "properdocs").build(site=shipped.root / "site-quiet", env=env)
    assert result.returncode == 0, result.stderr
    said = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert said and [line for line in said if not PLAIN_LINES.fullmatch(line)] == []


def readme_theme_without_material() -> str:
    """The `theme:` block README's "Engines and themes" says to use when Material ends."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Engines and themes") :]
    block = re.search(r"```yaml\n(theme:\n.*?)```", section, re.S)
    assert block, "README's Engines and themes section has no theme: block"
    return block.group(1)


def test_the_theme_readme_gives_for_materials_end_builds_the_same_site(shipped: Project, project: Project) -> None:
    config = project.settings_file
    text, replaced = re.subn(r"(?m)^theme:\n(?:  .*\n)+", readme_theme_without_material(), config.read_text(encoding="utf-8"))
    assert replaced == 1
    config.write_text(text, encoding="utf-8")
    (project.root / "properdocs.yml").unlink()  # the engine reads mkdocs.yml alone, as after the change
    env = {key: value for key, value in os.environ.items() if not key.endswith("MKDOCS_2_WARNING")}
    command = [str(BIN / ENGINE), "build", "--strict", "-f", str(config), "-d", str(project.site)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=project.root)
    assert result.returncode == 0, result.stderr
    assert "end of life" not in result.stderr  # Material is not loaded at all
    assert differences(built(shipped, ENGINE, "site-default"), tree(project.site)) == []

"""A build that takes its checks from the store publishes exactly what a build that
checks every file publishes, and a strict build still fails on an invalid pattern."""

from __future__ import annotations

import os
from pathlib import Path

from stallpatterns import store

from .conftest import Project


def _files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def test_a_build_from_kept_checks_publishes_what_a_full_check_publishes(project: Project, tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    checked = project.build(site=tmp_path / "checked", env=env)
    assert checked.returncode == 0, checked.stderr
    assert (project.root / store.STORE).is_file()
    kept = project.build("--verbose", site=tmp_path / "kept", env=env)
    assert kept.returncode == 0, kept.stderr
    assert "0 pattern files checked, the others' checks kept" in kept.stderr + kept.stdout
    first, second = _files(tmp_path / "checked"), _files(tmp_path / "kept")
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_a_strict_build_from_kept_checks_still_fails_on_an_invalid_pattern(project: Project, tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    invalid = next(iter(sorted((project.root / "patterns").glob("*.md"))))
    invalid.write_text(invalid.read_text(encoding="utf-8") + "\n<iframe src=https://example.com></iframe>\n", encoding="utf-8")
    for _ in range(2):  # the second build takes the check from the store
        result = project.build(env=env)
        assert result.returncode != 0
        assert f"{invalid.relative_to(project.root).as_posix()}" in result.stderr and "raw-html" in result.stderr


def test_a_build_deletes_the_cards_no_build_has_used_for_two_weeks(project: Project, tmp_path: Path) -> None:
    import time

    from stallpatterns import cards

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    assert project.build(env=env).returncode == 0
    cache = project.root / ".cache" / "stallpatterns" / "cards"
    in_use = sorted(p.name for p in cache.iterdir())
    weeks_ago = time.time() - (cards.UNUSED_DAYS + 1) * 86400
    for name in in_use:  # cards still in use are kept however old they are
        os.utime(cache / name, (weeks_ago, weeks_ago))
    stale = cache / ("0" * 64 + ".png")
    stale.write_bytes(b"the card of a title changed long ago")
    os.utime(stale, (weeks_ago, weeks_ago))
    result = project.build("--verbose", env=env)
    assert result.returncode == 0, result.stderr
    assert "1 unused card deleted" in result.stderr + result.stdout
    assert sorted(p.name for p in cache.iterdir()) == in_use


def test_templates_compiled_by_a_build_are_kept_outside_the_project_and_an_edit_is_compiled_again(
    project: Project, tmp_path: Path
) -> None:
    user_cache = tmp_path / "user-cache"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "XDG_CACHE_HOME": str(user_cache)}
    assert project.build(site=tmp_path / "first", env=env).returncode == 0
    compiled = sorted((user_cache / "stallpatterns" / "templates").rglob("*.cache"))
    assert len(compiled) >= 10  # the page templates and their partials
    assert not list(project.root.rglob("__jinja2_*")), "compiled code is never kept where a pull request can write"
    footer = project.root / "overrides" / "partials" / "site-footer.html"
    footer.write_text(footer.read_text(encoding="utf-8").replace("Atom feed of new patterns", "Feed of patterns, edited"), encoding="utf-8")
    result = project.build(site=tmp_path / "second", env=env)
    assert result.returncode == 0, result.stderr
    page = next((tmp_path / "second" / "patterns").glob("*/index.html")).read_text(encoding="utf-8")
    assert "Feed of patterns, edited" in page and "Atom feed of new patterns" not in page


def test_a_folder_of_compiled_templates_that_cannot_be_written_is_no_cache(tmp_path: Path) -> None:
    from jinja2 import DictLoader, Environment

    from stallpatterns.mkdocs_plugin.plugin import _KeptTemplates

    # A folder gone (or read-only, or on a full disk): the template is compiled, as without a cache.
    env = Environment(loader=DictLoader({"page.html": "{{ 6 * 7 }}"}), bytecode_cache=_KeptTemplates(str(tmp_path / "gone")))
    assert env.get_template("page.html").render() == "42"

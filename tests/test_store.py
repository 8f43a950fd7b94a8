"""The check store: a build checks only the pattern files whose check it has not kept, a
kept check is never stale, and a store that this user's builds did not sign is never read.

Each test copies the real patterns into a temporary project and loads them as the build
does (catalogue.load with a CheckStore), counting the files actually checked.
"""

from __future__ import annotations

import datetime
import hmac
import os
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from stallpatterns import catalogue, fields, store
from stallpatterns.catalogue import LoadResult
from stallpatterns.settings import Settings, load_settings
from stallpatterns.store import CheckStore

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))  # the signing key lives here
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "patterns", tmp_path / "patterns")
    return tmp_path


def build(project: Path, settings: Settings | None = None) -> tuple[LoadResult, int]:
    """Load the catalogue as a build does; the result and how many files were checked."""
    settings = settings or load_settings(project / "mkdocs.yml")
    kept = CheckStore.open(settings)
    result = catalogue.load(settings, cache=kept)
    kept.save()
    return result, kept.checked


def pattern_count(project: Path) -> int:
    return len(list((project / "patterns").glob("*.md")))


def test_a_second_build_checks_no_file_and_gets_the_same_catalogue(project: Path) -> None:
    first, checked = build(project)
    assert checked == pattern_count(project) > 0
    second, checked = build(project)
    assert checked == 0
    assert second == first
    assert [p.html for p in second.catalogue] == [p.html for p in first.catalogue]


# A build whose every file's check is kept does without the code that reads and checks a file: loading it (a quarter of a CPU second of
# a two-second build at 1,000 patterns, issue 14) is left to the first file that is checked.
_LOADED_TO_BUILD = """
import sys
from pathlib import Path
from stallpatterns import catalogue
from stallpatterns.settings import load_settings
from stallpatterns.store import CheckStore
settings = load_settings(Path("mkdocs.yml"))
kept = CheckStore.open(settings)
result = catalogue.load(settings, cache=kept)
kept.save()
print(kept.checked, len(result.catalogue), sorted(set(sys.modules) & {"stallpatterns.rules", "stallpatterns.contacts", "stallpatterns.source", "stallpatterns.slips"}))
"""


_CHECKS = "['stallpatterns.contacts', 'stallpatterns.rules', 'stallpatterns.slips', 'stallpatterns.source']"


def test_a_build_of_kept_checks_never_loads_the_code_that_checks(project: Path) -> None:
    def build_apart() -> str:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT / "src"), os.environ.get("PYTHONPATH"))))}
        return subprocess.run([sys.executable, "-c", _LOADED_TO_BUILD], cwd=project, env=env, capture_output=True, text=True, check=True).stdout.strip()

    count = pattern_count(project)
    assert build_apart() == f"{count} {count} {_CHECKS}"
    assert build_apart() == f"0 {count} []"
    edited = sorted((project / "patterns").glob("*.md"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert build_apart().endswith(_CHECKS)


def test_an_edited_file_is_checked_again_and_its_edit_published(project: Path) -> None:
    build(project)
    edited = sorted((project / "patterns").glob("*.md"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA sentence added between builds.\n", encoding="utf-8")
    result, checked = build(project)
    assert checked == 1
    assert "A sentence added between builds." in next(p for p in result.catalogue if p.path.name == edited.name).html
    assert build(project)[1] == 0


def test_an_edit_that_breaks_a_file_is_reported_and_its_fix_publishes_it(project: Path) -> None:
    build(project)
    broken = sorted((project / "patterns").glob("*.md"))[0]
    good = broken.read_text(encoding="utf-8")
    broken.write_text(good.replace("\n## ", "\n<script>alert(1)</script>\n\n## ", 1), encoding="utf-8")
    result, _ = build(project)
    assert "raw-html" in {d.code for d in result.errors}
    assert broken.stem not in {p.slug for p in result.catalogue}
    broken.write_text(good, encoding="utf-8")
    result, checked = build(project)
    assert checked == 1  # a build keeps only the checks it used: the broken version's
    assert broken.stem in {p.slug for p in result.catalogue} and not result.errors


def test_a_renamed_file_is_checked_under_its_new_name(project: Path) -> None:
    build(project)
    original = sorted((project / "patterns").glob("*.md"))[0]
    renamed = original.with_name("a-new-name-for-this-pattern.md")
    original.rename(renamed)
    result, checked = build(project)
    assert checked == 1
    assert "a-new-name-for-this-pattern" in {p.slug for p in result.catalogue}
    assert original.stem not in {p.slug for p in result.catalogue}


def test_a_change_to_the_settings_checks_every_file_again(project: Path) -> None:
    build(project)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("\n          words:\n", "\n          words:\n            pilot: trial\n", 1), encoding="utf-8")
    settings = load_settings(config)
    assert settings.editorial.spellings["pilot"] == "trial"
    result, checked = build(project, settings)
    assert checked == pattern_count(project)
    assert any(d.code == "spelling" and "'pilot'" in d.message.lower() for d in result.diagnostics)


def test_a_change_to_the_code_that_checks_checks_every_file_again(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(project)
    monkeypatch.setattr(store.metadata, "version", lambda library: "another version")
    assert build(project)[1] == pattern_count(project)


def test_a_store_this_user_did_not_sign_is_never_unpickled(project: Path, tmp_path: Path) -> None:
    # A pull request could add .cache/stallpatterns/checks.pickle: unpickling it would run its code.
    marker = tmp_path / "the-planted-store-ran-code"
    planted = pickle.dumps(_RunsWhenUnpickled(str(marker)))
    path = project / store.STORE
    path.parent.mkdir(parents=True)
    path.write_bytes(bytes(32) + planted)
    result, checked = build(project)
    assert not marker.exists()
    assert checked == pattern_count(project) and not result.errors


def test_an_unreadable_store_is_ignored(project: Path) -> None:
    build(project)
    path = project / store.STORE
    path.write_bytes(path.read_bytes()[:1000])
    result, checked = build(project)
    assert checked == pattern_count(project) and not result.errors


def test_a_signed_store_that_cannot_be_unpickled_is_ignored(project: Path) -> None:
    build(project)
    path = project / store.STORE
    payload = b"not a pickle at all"
    key = store.user_key()
    assert key is not None
    path.write_bytes(hmac.digest(key, payload, "sha256") + payload)
    result, checked = build(project)
    assert checked == pattern_count(project) and not result.errors


def test_a_store_that_is_a_link_to_an_endless_file_is_never_read(project: Path) -> None:
    path = project / store.STORE
    path.parent.mkdir(parents=True)
    path.symlink_to("/dev/zero")  # a pull request can commit this link
    result, checked = build(project)
    assert checked == pattern_count(project) and not result.errors


def test_a_file_name_that_is_not_utf_8_is_reported_not_a_traceback(project: Path) -> None:
    source = sorted((project / "patterns").glob("*.md"))[0]
    odd = Path(os.fsdecode(bytes(project / "patterns") + b"/caf\xe9.md"))
    shutil.copy(source, odd)
    result, _ = build(project)
    assert any(d.path.startswith("patterns/caf") for d in result.diagnostics)


def test_without_a_place_for_the_signing_key_every_build_checks_every_file(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = project / "a-file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))
    assert build(project)[1] == pattern_count(project)
    assert build(project)[1] == pattern_count(project)
    assert not (project / store.STORE).exists()


class _RunsWhenUnpickled:
    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (Path.write_text, (Path(self.path), "ran"))  # type: ignore[return-value]


def test_a_link_where_the_store_writes_is_never_followed(project: Path, tmp_path: Path) -> None:
    # A pull request can commit links into .cache/: the store never writes through one.
    outside = tmp_path / "outside"
    outside.mkdir()
    (project / ".cache").mkdir()
    (project / ".cache" / "stallpatterns").symlink_to(outside, target_is_directory=True)
    build(project)
    assert list(outside.iterdir()) == []


def test_a_link_planted_where_the_store_writes_its_new_copy_is_never_followed(project: Path, tmp_path: Path) -> None:
    target = tmp_path / "somewhere-else"
    folder = project / store.FOLDER
    folder.mkdir(parents=True)
    (folder / f".{store.STORE_FILE}.{os.getpid()}").symlink_to(target)
    build(project)
    assert not target.exists()


def test_validation_keeps_checks_as_a_build_does_and_reports_the_same(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from stallpatterns import cli

    monkeypatch.chdir(project)
    checked: list[str] = []
    real = store.check_data
    monkeypatch.setattr(store, "check_data", lambda *given: checked.append(given[1]) or real(*given))
    broken = sorted((project / "patterns").glob("*.md"))[0]
    good = broken.read_text(encoding="utf-8")
    broken.write_text(good.replace("\n## ", "\n<b>bold</b>\n\n## ", 1), encoding="utf-8")
    assert cli.main(["validate"]) == 1
    first = capsys.readouterr()
    assert "raw-html" in first.out and len(checked) == pattern_count(project)
    checked.clear()
    assert cli.main(["validate"]) == 1
    assert checked == [] and capsys.readouterr() == first  # the same report, from kept checks
    assert build(project)[1] == 0  # and a build takes them too
    broken.write_text(good, encoding="utf-8")
    assert cli.main(["validate", str(broken)]) == 0  # the whole catalogue, from kept checks but this file
    assert checked == [f"patterns/{broken.name}"]


def test_a_validation_by_other_code_leaves_the_builds_store_alone(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A pre-commit hook validates in an environment of its own (other library versions,
    # another copy of this package): its checks could not serve the project's build.
    from stallpatterns import cli

    build(project)
    path = project / store.STORE
    builds = path.read_bytes()
    ours = store._salt
    monkeypatch.setattr(store, "_salt", lambda settings: b"another environment" + ours(settings))
    monkeypatch.chdir(project)
    assert cli.main(["validate"]) == 0
    assert path.read_bytes() == builds
    monkeypatch.setattr(store, "_salt", ours)
    assert build(project)[1] == 0  # the build still finds every check it kept


def test_a_kept_pattern_hashes_as_a_fresh_one_in_a_run_that_hashes_strings_differently(project: Path) -> None:
    # A pattern works out its hash once and keeps it; the store must not keep it too:
    # each run of Python hashes strings its own way.
    import subprocess
    import sys

    script = (
        "import sys\nfrom pathlib import Path\n"
        "from stallpatterns import catalogue\nfrom stallpatterns.settings import load_settings\nfrom stallpatterns.store import CheckStore\n"
        "settings = load_settings(Path(sys.argv[1]) / 'mkdocs.yml')\n"
        "kept = CheckStore.open(settings)\n"
        "result = catalogue.load(settings, cache=kept)\n"
        "hashes = [hash(pattern) for pattern in result.catalogue]  # worked out before the store is written\n"
        "kept.save()\n"
        "fresh = catalogue.load(settings)\n"
        "print(kept.checked, all(hash(a) == hash(b) and a == b for a, b in zip(result.catalogue, fresh.catalogue, strict=True)))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    runs = [
        subprocess.run([sys.executable, "-c", script, str(project)], env={**env, "PYTHONHASHSEED": seed},
                       capture_output=True, text=True, check=True).stdout.split()
        for seed in ("1", "2")
    ]
    assert runs == [[str(pattern_count(project)), "True"], ["0", "True"]]


class _Today(datetime.date):
    """``date`` for the checks, with a day of the test's choosing as today."""

    day = datetime.date(2026, 5, 1)

    @classmethod
    def today(cls) -> datetime.date:
        return cls.day

    @classmethod
    def fromisoformat(cls, text: str) -> datetime.date:
        return datetime.date.fromisoformat(text)  # a plain date, as the checks keep


@pytest.mark.parametrize("kept_by", ["store", "preview"])
def test_a_date_still_to_come_is_checked_again_once_its_day_has_come(project: Path, monkeypatch: pytest.MonkeyPatch, kept_by: str) -> None:
    # The check of `published` depends on the day it runs; a store keyed by the file's bytes
    # (and a `mkdocs serve` session across midnight) kept "a day still to come" for good:
    # the pattern was never published from this checkout, though a fresh clone's build published it.
    monkeypatch.setattr(fields, "date", _Today)
    monkeypatch.setattr(fields, "latest_today", _Today.today)  # today where it is latest on earth
    monkeypatch.setattr(_Today, "day", datetime.date(2026, 5, 1))
    ahead = sorted((project / "patterns").glob("*.md"))[0]
    text = re.sub(r"(?m)^(published|updated): .*\n", "", ahead.read_text(encoding="utf-8"))
    ahead.write_text(text.replace("\n---\n", "\npublished: 2026-05-03\n---\n", 1), encoding="utf-8")
    settings = load_settings(project / "mkdocs.yml")
    cache = catalogue.CheckCache()

    def load() -> LoadResult:
        return catalogue.load(settings, cache=cache) if kept_by == "preview" else build(project, settings)[0]

    assert ahead.stem not in load().catalogue, "the date is two days away: not published yet"
    monkeypatch.setattr(_Today, "day", datetime.date(2026, 5, 3))
    assert ahead.stem in load().catalogue, "its day has come: published"

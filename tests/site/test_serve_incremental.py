"""`mkdocs serve` rebuilds only what an edit reaches, and still gets every change right:
an edited pattern, the pages that list it, added, removed and renamed patterns, and a
change to mkdocs.yml or a template (which rebuilds everything); and it keeps watching
when the patterns folder is moved away and back."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from stallpatterns.mkdocs_plugin.watching import PatternsFolderWatch

from .conftest import ENGINE, ENGINE_CLI, Project, copy_project, pattern_text
from .test_preview import free_port

PATIENCE = 60  # seconds to wait for a change to show (polling for correctness, not timing it)
EDITED = "a-pattern-being-edited"
POINTER = "a-pattern-that-lists-the-edited-one"


@dataclass
class Served:
    project: Project
    url: str
    folder: Path  # the folder `mkdocs serve` writes and serves
    log: Path

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=10) as response:
                return response.status, response.read().decode("utf-8", "replace")  # a card is binary
        except urllib.error.HTTPError as error:
            return error.code, ""
        except OSError:
            return 0, ""

    def wait_for(self, condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + PATIENCE
        while not condition():
            if time.monotonic() > deadline:
                pytest.fail(f"{what}:\n" + self.log.read_text(encoding="utf-8")[-3000:])
            time.sleep(0.1)

    def shows(self, path: str, text: str) -> Callable[[], bool]:
        return lambda: text in self.get(path)[1]

    def page_file(self, slug: str) -> Path:
        return self.folder / "patterns" / slug / "index.html"


@contextlib.contextmanager
def serving(base: Path, project: Project) -> Iterator[Served]:
    """``mkdocs serve`` of ``project``, started and answering; its files under ``base``."""
    temporary = base / "tmp"
    temporary.mkdir()
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{port}/", "TMPDIR": str(temporary)}
    log = base / "serve.log"
    with log.open("w", encoding="utf-8") as output:
        process = subprocess.Popen(
            [ENGINE_CLI, "serve", "-f", str(project.config_file), "-a", f"127.0.0.1:{port}"],
            cwd=project.root, env=env, stdout=output, stderr=subprocess.STDOUT, text=True,
        )
        try:
            url = f"http://127.0.0.1:{port}/"
            probe = Served(project, url, temporary, log)
            probe.wait_for(lambda: probe.get("")[0] == 200, "the preview never started")
            [folder] = [p for p in temporary.iterdir() if p.name.startswith(f"{ENGINE}_")]  # the engine's serve folder
            yield Served(project, url, folder, log)
        finally:
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    base = tmp_path_factory.mktemp("serve-incremental")
    project = copy_project(base / "project")
    project.write_pattern(EDITED, pattern_text(title="The first title of the edited pattern"))
    project.write_pattern(POINTER, pattern_text(title="A pattern that points at the edited one", extra=f"related:\n  - {EDITED}\n"))
    with serving(base, project) as served:
        served.wait_for(served.shows(f"patterns/{EDITED}/", "The first title"), "the preview never started")
        yield served


def test_an_edit_rebuilds_its_page_and_the_pages_that_list_it_and_no_other(served: Served) -> None:
    bystander = next(p.parent.name for p in (served.folder / "patterns").glob("*/index.html") if p.parent.name not in (EDITED, POINTER))
    before = served.page_file(bystander).stat()
    served.project.write_pattern(EDITED, pattern_text(title="The second title of the edited pattern"))
    served.wait_for(served.shows(f"patterns/{EDITED}/", "The second title"), "the edited page never changed")
    assert "The second title" in served.get("patterns/")[1], "All patterns lists the new title"
    assert "The second title" in served.get(f"patterns/{POINTER}/")[1], "the page that lists it as related shows the new title"
    assert "The second title" in served.get("finder/")[1]
    assert any(r["title"].startswith("The second title") for r in json.loads(served.get("search.json")[1])["patterns"])
    after = served.page_file(bystander).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns), "an unrelated page was written again"


def test_an_edit_redraws_its_social_card_and_writes_no_other(served: Served) -> None:
    cards = served.folder / "assets" / "cards" / "patterns"
    bystander = next(p for p in cards.glob("*.png") if p.stem not in (EDITED, POINTER, "index"))
    before, edited = bystander.stat(), (cards / f"{EDITED}.png").read_bytes()
    served.project.write_pattern(EDITED, pattern_text(title="The third title of the edited pattern"))
    served.wait_for(served.shows(f"patterns/{EDITED}/", "The third title"), "the edited page never changed")
    served.wait_for(lambda: (cards / f"{EDITED}.png").read_bytes() != edited, "the edited pattern's card was not redrawn")
    after = bystander.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns), "an unchanged card was written again"


def test_an_edit_to_patterns_alone_updates_pages_without_the_engines_rebuild(served: Served) -> None:
    log = served.log.read_text(encoding="utf-8")
    builds, updates = log.count("Building documentation"), log.count("pages updated in")
    served.project.write_pattern(EDITED, pattern_text(title="The fourth title of the edited pattern"))
    served.wait_for(served.shows(f"patterns/{EDITED}/", "The fourth title"), "the edited page never changed")
    log = served.log.read_text(encoding="utf-8")
    assert log.count("pages updated in") > updates, "the edit was not a page-by-page update"
    assert log.count("Building documentation") == builds, "the engine rebuilt the whole site for an edit to one pattern"


def _site(folder: Path) -> dict[str, bytes]:
    """Every page and data file served (and the cards of the patterns the tests edit)."""
    kept = (".html", ".json", ".xml", ".gz", ".txt")
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and (path.suffix in kept or path.stem in (EDITED, POINTER))
    }


def test_a_page_by_page_update_writes_what_a_full_rebuild_writes(served: Served) -> None:
    log = served.log.read_text(encoding="utf-8").count("pages updated in")
    served.project.write_pattern(EDITED, pattern_text(title="The fifth title of the edited pattern", extra="updated: 2026-06-02\n"))
    served.wait_for(served.shows(f"patterns/{EDITED}/", "The fifth title"), "the edited page never changed")
    assert served.log.read_text(encoding="utf-8").count("pages updated in") > log, "the edit was not a page-by-page update"
    updated, rebuilt = _before_and_after_a_full_rebuild(served, _site, f"patterns/{EDITED}/", "The fifth title")
    assert sorted(updated) == sorted(rebuilt)
    assert [name for name in updated if updated[name] != rebuilt[name]] == []


def _before_and_after_a_full_rebuild(
    served: Served, read: Callable[[Path], dict[str, bytes]], page: str, text: str
) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The served site as ``read`` reads it, before and after a change to mkdocs.yml makes the
    engine rebuild every page (``page`` shows ``text`` again when it is done)."""
    before_site = read(served.folder)
    bystander = next(p for p in (served.folder / "patterns").glob("*/index.html") if p.parent.name not in (EDITED, POINTER))
    before = _written(bystander)
    config = served.project.config_file
    config.write_text(config.read_text(encoding="utf-8") + "\n# A change that makes the engine rebuild every page.\n", encoding="utf-8")
    served.wait_for(lambda: _written(bystander) not in (before, None), "the full rebuild never happened")
    served.wait_for(served.shows(page, text), "the full rebuild never finished")
    return before_site, read(served.folder)


def _written(path: Path) -> int | None:
    """When the file was written; None while a rebuild has removed it."""
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return None


def test_an_invalid_edit_shows_its_problems_and_a_fix_publishes_it_again(served: Served) -> None:
    misspelt = pattern_text(title="The sixth title of the edited pattern").replace("## What is actually happening", "## What is really happening")
    served.project.write_pattern(EDITED, misspelt)
    served.wait_for(served.shows(f"patterns/{EDITED}/", "section-misspelt"), "the invalid pattern's problems never showed")
    served.project.write_pattern(EDITED, misspelt.replace("published: 2026-05-01", "published: 2026-13-01"))
    served.wait_for(served.shows(f"patterns/{EDITED}/", "2026-13-01"), "a second problem in the invalid pattern never showed")
    # Back to the first problem, saved with a change that needs the engine's rebuild (a
    # pattern added at once): the rebuild must know the page last showed the second problem.
    served.project.write_pattern(EDITED, misspelt)
    added = served.project.write_pattern("a-pattern-added-with-a-fix", pattern_text(title="A pattern added with a fix"))
    served.wait_for(served.shows("patterns/a-pattern-added-with-a-fix/", "A pattern added with a fix"), "the added pattern never showed")
    assert "2026-13-01" not in served.get(f"patterns/{EDITED}/")[1], "the invalid page kept a problem that was fixed"
    assert "section-misspelt" in served.get(f"patterns/{EDITED}/")[1]
    added.unlink()
    served.project.write_pattern(EDITED, pattern_text(title="The seventh title of the edited pattern"))
    served.wait_for(served.shows(f"patterns/{EDITED}/", "The seventh title"), "the fixed pattern never came back")
    assert "section-misspelt" not in served.get(f"patterns/{EDITED}/")[1]
    assert "The seventh title" in served.get("patterns/")[1]


def test_an_edit_to_a_hand_written_page_shows(served: Served) -> None:
    contact = served.project.root / "docs" / "contact.md"
    contact.write_text(contact.read_text(encoding="utf-8") + "\nA sentence added to the contact page while serving.\n", encoding="utf-8")
    served.wait_for(served.shows("contact/", "A sentence added to the contact page while serving."), "the hand-written page never changed")


def test_an_added_pattern_appears_and_a_removed_one_goes(served: Served) -> None:
    served.project.write_pattern("a-pattern-added-while-serving", pattern_text(title="A pattern added while serving"))
    served.wait_for(served.shows("patterns/a-pattern-added-while-serving/", "A pattern added while serving"), "the added page never appeared")
    assert "A pattern added while serving" in served.get("patterns/")[1]
    (served.project.root / "patterns" / "a-pattern-added-while-serving.md").unlink()
    served.wait_for(lambda: served.get("patterns/a-pattern-added-while-serving/")[0] == 404, "the removed page is still served")
    assert "A pattern added while serving" not in served.get("patterns/")[1]


def test_a_pattern_saved_with_another_ending_is_listed_on_all_patterns_with_its_fix(served: Served) -> None:
    # Saved as 'x.md.txt' (Windows hides the ending), the pattern's page became a 'not found',
    # and its error was a line in the terminal only.
    folder = served.project.root / "patterns"
    served.project.write_pattern("a-pattern-saved-twice", pattern_text(title="A pattern saved with another ending"))
    served.wait_for(served.shows("patterns/a-pattern-saved-twice/", "A pattern saved with another ending"), "never appeared")
    (folder / "a-pattern-saved-twice.md").rename(folder / "a-pattern-saved-twice.md.txt")
    told = "patterns/a-pattern-saved-twice.md.txt — &#39;a-pattern-saved-twice.md.txt&#39; is not published"
    served.wait_for(served.shows("patterns/", told), "All patterns never told of the file")
    assert "if it is a pattern, rename it to &#39;a-pattern-saved-twice.md&#39;" in served.get("patterns/")[1]
    (folder / "a-pattern-saved-twice.md.txt").rename(folder / "a-pattern-saved-twice.md")
    served.wait_for(served.shows("patterns/a-pattern-saved-twice/", "A pattern saved with another ending"), "the renamed file never came back")
    assert "a-pattern-saved-twice.md.txt" not in served.get("patterns/")[1]
    (folder / "a-pattern-saved-twice.md").unlink()


def test_a_renamed_pattern_moves(served: Served) -> None:
    folder = served.project.root / "patterns"
    served.project.write_pattern("a-pattern-before-its-rename", pattern_text(title="A pattern that will be renamed"))
    served.wait_for(served.shows("patterns/a-pattern-before-its-rename/", "A pattern that will be renamed"), "never appeared")
    (folder / "a-pattern-before-its-rename.md").rename(folder / "a-pattern-after-its-rename.md")
    served.wait_for(served.shows("patterns/a-pattern-after-its-rename/", "A pattern that will be renamed"), "the new address never appeared")
    served.wait_for(lambda: served.get("patterns/a-pattern-before-its-rename/")[0] == 404, "the old address is still served")


def _every_file(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def _sitemap(served: Served) -> list[tuple[str, bool]]:
    """The sitemap's pattern pages, in its order, each with whether it has a <lastmod>."""
    text = served.get("sitemap.xml")[1]
    entries = [entry for entry in text.split("<url>")[1:] if "/patterns/" in entry and not entry.split("</loc>")[0].endswith("/patterns/")]
    return [(entry.split("<loc>")[1].split("</loc>")[0], "<lastmod>" in entry) for entry in entries]


def test_after_patterns_come_go_and_move_and_a_page_goes_the_site_is_what_a_full_rebuild_writes(served: Served) -> None:
    project, folder = served.project, served.project.root / "patterns"
    # A pattern added and removed (the engine rebuilds, writing only what changed): its card goes with it.
    project.write_pattern("a-pattern-that-comes-and-goes", pattern_text(title="A pattern that comes and goes"))
    served.wait_for(served.shows("patterns/a-pattern-that-comes-and-goes/", "comes and goes"), "the added page never appeared")
    assert served.get("assets/cards/patterns/a-pattern-that-comes-and-goes.png")[0] == 200
    assert all(dated for _, dated in _sitemap(served)), "a pattern page lost its date in the sitemap"
    (folder / "a-pattern-that-comes-and-goes.md").unlink()
    served.wait_for(lambda: served.get("patterns/a-pattern-that-comes-and-goes/")[0] == 404, "the removed page is still served")
    assert served.get("assets/cards/patterns/a-pattern-that-comes-and-goes.png")[0] == 404, "the removed pattern's card is still served"
    assert served.get("assets/cards/patterns/index.png")[0] == 200, "All patterns lost its card"
    # An invalid pattern's page shows the home card, whose text counts the patterns.
    project.write_pattern("a-pattern-made-invalid", pattern_text(title="A pattern made invalid").replace("category: workflow", "category: nowhere"))
    served.wait_for(served.shows("patterns/a-pattern-made-invalid/", "nowhere"), "the invalid page never appeared")
    project.write_pattern("a-pattern-that-adds-one", pattern_text(title="A pattern that adds one to the count"))
    served.wait_for(served.shows("patterns/a-pattern-that-adds-one/", "adds one"), "the added page never appeared")
    # A title that moves its pattern to the front of the catalogue (a page-by-page update).
    project.write_pattern(EDITED, pattern_text(title="Aaa, a title that sorts first"))
    served.wait_for(served.shows(f"patterns/{EDITED}/", "Aaa, a title that sorts first"), "the edited page never changed")
    # A hand-written page added, then removed.
    extra = project.root / "docs" / "extra.md"
    extra.write_text("# An extra page\n\nWritten while serving.\n", encoding="utf-8")
    served.wait_for(served.shows("extra/", "Written while serving."), "the added hand-written page never showed")
    extra.unlink()
    served.wait_for(lambda: served.get("extra/")[0] == 404, "the removed hand-written page is still served")
    served.wait_for(served.shows("patterns/a-pattern-that-adds-one/", "adds one"), "the rebuild never finished")
    updated, rebuilt = _before_and_after_a_full_rebuild(served, _every_file, "patterns/a-pattern-that-adds-one/", "adds one")
    assert sorted(updated) == sorted(rebuilt)
    assert [name for name in updated if updated[name] != rebuilt[name]] == []
    (folder / "a-pattern-made-invalid.md").unlink()
    (folder / "a-pattern-that-adds-one.md").unlink()


def test_a_change_to_mkdocs_yml_rebuilds_every_pattern_page(served: Served) -> None:
    served.project.edit_plugin_config(lambda block: block.update(cta_heading="Does this sound like your stall?"))
    served.wait_for(served.shows(f"patterns/{EDITED}/", "Does this sound like your stall?"), "the edited page kept the old heading")
    for page in (served.folder / "patterns").glob("*/index.html"):
        if "http-equiv=\"refresh\"" not in page.read_text(encoding="utf-8"):
            assert "Does this sound like your stall?" in page.read_text(encoding="utf-8"), page


# A project hook that saves mkdocs.yml while the engine builds, after it has read it (as an
# author's save can land): early in the build, before any plugin sees the settings.
_SAVES_DURING_A_BUILD = """\
from pathlib import Path

try:
    from mkdocs.plugins import event_priority
except ImportError:
    from properdocs.plugins import event_priority


@event_priority(100)
def on_config(config):
    trigger = Path(__file__).with_name("save-mkdocs-yml-in-the-next-build")
    if trigger.exists():
        trigger.unlink()
        settings = trigger.with_name("mkdocs.yml")
        settings.write_text(settings.read_text(encoding="utf-8").replace("{old}", "{new}"), encoding="utf-8")
    return config
"""


def test_mkdocs_yml_saved_while_a_rebuild_reads_it_rebuilds_again(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    old, new = "cta_heading: Is this your stall?", "cta_heading: Saved while the engine was building"
    assert old in project.settings_file.read_text(encoding="utf-8")
    (project.root / "saves_during_a_build.py").write_text(_SAVES_DURING_A_BUILD.format(old=old, new=new), encoding="utf-8")
    settings = project.settings_file.read_text(encoding="utf-8")  # as text: site_url is an !ENV tag
    hooks = "hooks:\n  - overrides/hooks/require_plugin.py\n"
    assert hooks in settings
    project.settings_file.write_text(settings.replace(hooks, hooks + "  - saves_during_a_build.py\n"), encoding="utf-8")
    slug = EDITED
    project.write_pattern(slug, pattern_text(title="A pattern shown while mkdocs.yml is saved"))
    with serving(tmp_path, project) as served:
        served.wait_for(served.shows(f"patterns/{slug}/", "Is this your stall?"), "the preview never showed the pattern")
        # A template edit rebuilds everything; that build's hook saves mkdocs.yml once it is read.
        (project.root / "save-mkdocs-yml-in-the-next-build").touch()
        partial = project.root / "overrides" / "partials" / "print-url.html"
        partial.write_text(partial.read_text(encoding="utf-8") + "\n<!-- edited while serving -->\n", encoding="utf-8")
        served.wait_for(lambda: not (project.root / "save-mkdocs-yml-in-the-next-build").exists(), "the rebuild never ran the hook")
        served.wait_for(served.shows(f"patterns/{slug}/", "Saved while the engine was building"), "the save during a rebuild never showed")
        served.wait_for(
            lambda: all("Saved while the engine was building" in page.read_text(encoding="utf-8")
                        for page in (served.folder / "patterns").glob("*/index.html") if "http-equiv=\"refresh\"" not in page.read_text(encoding="utf-8")),
            "a pattern page kept the heading from before the save",
        )


def test_a_change_to_a_template_rebuilds_every_pattern_page(served: Served) -> None:
    partial = served.project.root / "overrides" / "partials" / "print-url.html"
    partial.write_text(partial.read_text(encoding="utf-8") + "\n<!-- template edited while serving -->\n", encoding="utf-8")
    served.wait_for(served.shows(f"patterns/{EDITED}/", "template edited while serving"), "the template change never showed")
    for page in (served.folder / "patterns").glob("*/index.html"):
        text = page.read_text(encoding="utf-8")
        if "http-equiv=\"refresh\"" not in text:
            assert "template edited while serving" in text, page


def test_the_first_preview_build_takes_the_checks_a_build_kept(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    assert project.build(env=env).returncode == 0
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as output:
        process = subprocess.Popen(
            [ENGINE_CLI, "serve", "--verbose", "-f", str(project.config_file), "-a", f"127.0.0.1:{port}"],
            cwd=project.root, env={**env, "SITE_URL": f"http://127.0.0.1:{port}/"}, stdout=output, stderr=subprocess.STDOUT, text=True,
        )
        try:
            probe = Served(project, f"http://127.0.0.1:{port}/", tmp_path, log)
            probe.wait_for(lambda: probe.get("patterns/")[0] == 200, "the preview never started")
        finally:
            process.terminate()
            process.wait(timeout=10)
    assert "0 pattern files checked, the others' checks kept" in log.read_text(encoding="utf-8")


def test_a_rebuild_that_adds_a_pattern_keeps_hand_written_files_beside_the_patterns_pages(served: Served) -> None:
    # Under docs/patterns/: not a pattern's page, and a rebuild that added a pattern deleted
    # it from the preview. A page may sit beside the patterns, at any depth; any other file
    # there is refused at the file, in every build (the catalogue's addresses are its own), and
    # a rebuild must not publish it either. So is any file in docs/assets/cards/, the social
    # cards' folder, where the build writes its own (a card's name taken was replaced in silence).
    docs = served.project.root / "docs"
    (docs / "patterns" / "guides").mkdir(parents=True)
    (docs / "patterns" / "img").mkdir(parents=True)
    (docs / "patterns" / "notes.md").write_text("# Notes on the patterns\n\nKept beside them.\n", encoding="utf-8")
    (docs / "patterns" / "guides" / "reading.md").write_text("# Reading a pattern\n\nKept a folder deeper.\n", encoding="utf-8")
    (docs / "patterns" / "img" / "diagram.png").write_bytes(b"\x89PNG\r\n\x1a\n a diagram")
    (docs / "assets" / "cards").mkdir(parents=True, exist_ok=True)
    (docs / "assets" / "cards" / "diagram.png").write_bytes(b"\x89PNG\r\n\x1a\n a card of ours")
    served.wait_for(served.shows("patterns/guides/reading/", "Kept a folder deeper."), "the hand-written pages never showed")
    assert "docs/patterns/img/diagram.png:1:1: error" in served.log.read_text(encoding="utf-8")
    assert "docs/assets/cards/diagram.png:1:1: error" in served.log.read_text(encoding="utf-8")
    served.project.write_pattern("a-pattern-added-beside-notes", pattern_text(title="A pattern added beside the notes"))
    served.wait_for(served.shows("patterns/a-pattern-added-beside-notes/", "beside the notes"), "the added page never appeared")
    try:
        kept = ("patterns/notes/", "patterns/guides/reading/", "assets/cards/diagram.png", "patterns/img/diagram.png")
        assert [served.get(path)[0] for path in kept] == [200, 200, 404, 404]
    finally:
        (served.project.root / "patterns" / "a-pattern-added-beside-notes.md").unlink()
        shutil.rmtree(docs / "patterns")
        (docs / "assets" / "cards" / "diagram.png").unlink()
    served.wait_for(lambda: served.get("patterns/notes/")[0] == 404, "the removed hand-written page is still served")


def test_edits_in_a_patterns_folder_named_anew_in_mkdocs_yml_show(tmp_path: Path) -> None:
    # The folder was watched as it was named when serve started: edits in the new one were never seen.
    project = copy_project(tmp_path / "project")
    content = project.root / "content"
    shutil.copytree(project.root / "patterns", content)
    only_there = content / "a-pattern-in-the-new-folder.md"
    only_there.write_text(pattern_text(title="A pattern first written in the new folder"), encoding="utf-8")
    with serving(tmp_path, project) as served:
        assert served.get("patterns/a-pattern-in-the-new-folder/")[0] == 404
        project.edit_plugin_config(lambda plugin: plugin.update(patterns_dir="content"))
        served.wait_for(served.shows("patterns/a-pattern-in-the-new-folder/", "first written"), "the new folder was never read")
        only_there.write_text(pattern_text(title="A pattern edited in the new folder"), encoding="utf-8")
        served.wait_for(served.shows("patterns/a-pattern-in-the-new-folder/", "edited in the new folder"), "an edit in the new folder never showed")


def test_serve_keeps_watching_patterns_after_the_folder_is_moved_away_and_back(served: Served) -> None:
    # A branch switch or a stash does this. Run last: the folder is briefly gone.
    patterns = served.project.root / "patterns"
    patterns.rename(served.project.root / "patterns-away")
    time.sleep(1.5)  # long enough for a watcher to notice the folder is gone
    (served.project.root / "patterns-away").rename(patterns)
    time.sleep(1.5)
    served.project.write_pattern(EDITED, pattern_text(title="The title written after the folder came back"))
    served.wait_for(served.shows(f"patterns/{EDITED}/", "The title written after the folder came back"), "an edit after the move never showed")


def test_an_alias_added_while_serving_never_replaces_a_hand_written_page_at_its_address(tmp_path: Path) -> None:
    # A rebuild writes its pages to the served folder and its redirects to a scratch folder,
    # where it looked for a page at the alias's address and found none: the redirect was
    # copied over the hand-written page, with no warning. A build keeps the page and warns.
    project = copy_project(tmp_path / "project")
    (project.root / "docs" / "patterns").mkdir()
    (project.root / "docs" / "patterns" / "notes.md").write_text("# Notes on the patterns\n\nKept at its address.\n", encoding="utf-8")
    settings = project.settings_file.read_text(encoding="utf-8")
    assert "  - Contact: contact.md\n" in settings
    project.settings_file.write_text(settings.replace("  - Contact: contact.md\n", "  - Contact: contact.md\n  - Notes: patterns/notes.md\n"), encoding="utf-8")
    project.write_pattern(EDITED, pattern_text(title="A pattern that takes a former name"))
    with serving(tmp_path, project) as served:
        served.wait_for(served.shows("patterns/notes/", "Kept at its address."), "the hand-written page never showed")
        project.write_pattern(EDITED, pattern_text(title="A pattern that takes a former name", extra="aliases:\n  - notes\n"))
        warned = "alias 'notes' of a-pattern-being-edited: patterns/notes/ is already a page"
        served.wait_for(lambda: warned in served.log.read_text(encoding="utf-8") or 'http-equiv="refresh"' in served.page_file("notes").read_text(encoding="utf-8"),
                        "the rebuild never finished")
        assert "Kept at its address." in served.page_file("notes").read_text(encoding="utf-8"), "a redirect replaced the hand-written page"
        assert warned in served.log.read_text(encoding="utf-8")


def test_saves_in_the_patterns_folder_never_watch_it_anew(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # A rename-and-replace save (many editors) or a branch switch reports the folder itself as
    # modified with every file added or replaced: an edit, not the folder gone and back.
    # Watching it anew each time stopped the watch's thread mid-read (an ERROR from
    # watchdog per save, "queue_events() called when the thread is inactive").
    class Server:
        _rebuild_cond = threading.Condition()
        _want_rebuild = False

    folder = tmp_path / "patterns"
    folder.mkdir()
    server = Server()
    watch = PatternsFolderWatch(server, folder)
    watch.start()
    try:
        first = watch.folder_watch
        for n in range(10):
            (folder / f".{n}.md.swp").write_text("---\n", encoding="utf-8")
            os.replace(folder / f".{n}.md.swp", folder / f"pattern-{n}.md")
            time.sleep(0.02)
        deadline = time.monotonic() + 5
        while not server._want_rebuild and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)  # every event handled
        assert server._want_rebuild, "the saves asked for no rebuild"
        assert watch.folder_watch is first, "a save in the folder made its watch anew"
        assert not [r for r in caplog.records if r.name.startswith("watchdog") and r.levelno >= logging.ERROR]
    finally:
        watch.observer.stop()
        watch.observer.join(timeout=5)


def test_a_slip_in_mkdocs_yml_or_a_template_saved_while_serving_is_one_line_at_its_place(tmp_path: Path) -> None:
    # The engine printed a traceback of 30 to 60 lines for each: the file and line were in it.
    project = copy_project(tmp_path / "project")
    settings = project.settings_file.read_text(encoding="utf-8")
    template = project.root / "overrides" / "main.html"
    markup = template.read_text(encoding="utf-8")
    assert "{% block" in markup
    with serving(tmp_path, project) as served:
        failed = "An error happened during the rebuild"
        project.settings_file.write_text(settings + "site_name: [a list never closed\n", encoding="utf-8")
        served.wait_for(lambda: failed in served.log.read_text(encoding="utf-8"), "the broken mkdocs.yml was never read")
        lines = len(settings.splitlines())
        assert f"mkdocs.yml:{lines + 2}:1: expected ',' or ']'" in served.log.read_text(encoding="utf-8")
        # It said the preview showed the site as last built: the engine's server holds every
        # request until a build succeeds, so a click or a reload waited for ever.
        assert "(until then, the page open in the browser stays as it was, and any other waits for the fix)" in served.log.read_text(encoding="utf-8")
        project.settings_file.write_text(settings, encoding="utf-8")
        served.wait_for(lambda: served.log.read_text(encoding="utf-8").count("Reloading browsers") >= 1, "the fixed mkdocs.yml was never built")
        line = markup[: markup.index("{% block")].count("\n") + 1
        template.write_text(markup.replace("{% block", "{% blok", 1), encoding="utf-8")
        served.wait_for(lambda: served.log.read_text(encoding="utf-8").count(failed) == 2, "the broken template was never read")
        log = served.log.read_text(encoding="utf-8")
        assert f"main.html:{line}: Encountered unknown tag 'blok'" in log
        # A name nothing defines, met while rendering, is placed too (its error has no line of its own).
        template.write_text(markup.replace("{% block", "{{ nothing_defines_this }}{% block", 1), encoding="utf-8")
        served.wait_for(lambda: served.log.read_text(encoding="utf-8").count(failed) == 3, "the undefined name was never met")
        log = served.log.read_text(encoding="utf-8")
        assert f"main.html:{line}: 'nothing_defines_this' is undefined" in log
        assert "Traceback" not in log
        template.write_text(markup, encoding="utf-8")
        project.write_pattern(EDITED, pattern_text(title="A pattern written after both were fixed"))
        served.wait_for(served.shows(f"patterns/{EDITED}/", "A pattern written after both were fixed"), "the preview never recovered")


def _git(root: Path, *args: str) -> None:
    identity = ["-c", "user.name=Author", "-c", "user.email=author@example.com", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", *identity, *args], cwd=root, check=True, capture_output=True)


def test_a_commit_while_serving_changes_which_of_two_clashing_patterns_is_refused(tmp_path: Path) -> None:
    # Of two patterns with one title, the one git added later is refused (history.py). A
    # commit changes which one that is with no pattern file changing: the preview went on
    # refusing the other until the next edit (serve round of the forty-fourth session).
    project = copy_project(tmp_path / "project")
    _git(project.root, "init", "-q")
    _git(project.root, "add", "-A")
    _git(project.root, "commit", "-q", "-m", "The project as it is")
    first, second = "a-first-pattern-with-the-title", "a-second-pattern-with-the-title"
    title = "One title that two new patterns claim"
    project.write_pattern(first, pattern_text(title=title, own=first))
    project.write_pattern(second, pattern_text(title=title, own=second).replace("published: 2026-05-01", "published: 2026-06-01"))
    refused = "title is also used by"
    with serving(tmp_path, project) as served:
        # Neither committed: the later published is the newcomer.
        served.wait_for(served.shows(f"patterns/{second}/", refused), "the later pattern was never refused")
        assert refused not in served.get(f"patterns/{first}/")[1]
        _git(project.root, "add", f"patterns/{second}.md")
        _git(project.root, "commit", "-q", "-m", "The second pattern")
        # The first, not yet committed, is now the newest.
        served.wait_for(served.shows(f"patterns/{first}/", refused), "the commit changed nothing in the preview")
        assert refused not in served.get(f"patterns/{second}/")[1]

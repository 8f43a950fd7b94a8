"""Catalogue-wide rules and the questions the site asks of a loaded catalogue.

Each test writes a small patterns folder into tmp_path and loads it with the shipped
mkdocs.yml, exactly as the CLI and the MkDocs plugin do.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote

import pytest

from stallpatterns import body, catalogue
from stallpatterns.catalogue import LoadResult
from stallpatterns.facts import Facts
from stallpatterns.settings import Settings, load_settings

from .own_words import own_words

MINIMAL = (Path(__file__).parent / "fixtures" / "patterns" / "valid" / "minimal.md").read_text(encoding="utf-8")


def pattern_text(title: str, category: str = "value", extra: str = "", published: str = "2026-03-02", own: str = "") -> str:
    """A valid pattern (the minimal fixture) with its own title, category and extra keys, and
    a summary and signs of its own (numbered from ``own``, or its title): a copy of another
    pattern's is an error."""
    text = MINIMAL.replace("The pilot that is judged on its demo", title).replace("category: value", f"category: {category}")
    text = own_words(text, own or title)
    return text.replace("published: 2026-03-02\n", f"published: {published}\n{extra}")


def listed(key: str, *items: str) -> str:
    return f"{key}:\n" + "".join(f"  - {item}\n" for item in items)


class Folder:
    """A patterns folder in a temporary project, loaded with the shipped settings."""

    def __init__(self, root: Path) -> None:
        self.settings: Settings = load_settings(root / "mkdocs.yml")
        self.patterns = self.settings.patterns_dir

    def write(self, slug: str, title: str, **keys: str) -> Path:
        path = self.patterns / f"{slug}.md"
        path.write_text(pattern_text(title, **keys, own=slug), encoding="utf-8")
        return path

    def load(self, include_drafts: bool = False, paths: list[Path] | None = None) -> LoadResult:
        return catalogue.load(self.settings, paths, include_drafts=include_drafts)

    def page(self, name: str, text: str = "# A page\n") -> None:
        """A hand-written page in docs/, listed in the nav, as the site publishes one."""
        path = self.settings.root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.settings = replace(self.settings, site_nav=tuple(sorted({*(self.settings.site_nav or ()), name})))


@pytest.fixture
def folder(tmp_project: Path) -> Folder:
    return Folder(tmp_project)


def found(result: LoadResult) -> list[tuple[str, str, int]]:
    return sorted((d.path, d.code, d.line) for d in result.diagnostics)


# --- loading -----------------------------------------------------------------------------------


def test_shipped_patterns_load_without_problems():
    result = catalogue.load(load_settings(Path(__file__).parents[1] / "mkdocs.yml"))
    assert result.diagnostics == () and result.invalid == ()
    assert len(result.catalogue) == result.files > 0


def test_patterns_are_ordered_by_configured_category_then_title(folder: Folder):
    folder.write("b-value", "Bravo, a pattern about value", category="value")
    folder.write("a-value", "alpha, a pattern about value", category="value")
    folder.write("z-verification", "Zulu, a pattern about checking", category="verification")
    result = folder.load()
    assert [p.slug for p in result.catalogue] == ["z-verification", "a-value", "b-value"]
    assert [(c.id, [p.slug for p in ps]) for c, ps in result.catalogue.groups()] == [
        ("verification", ["z-verification"]),
        ("value", ["a-value", "b-value"]),
    ]


def test_only_markdown_files_are_patterns(folder: Folder):
    folder.write("a-pattern", "A pattern in the folder")
    (folder.patterns / "notes.txt").write_text("not a pattern")
    (folder.patterns / ".hidden.md").write_text("an editor's swap file")
    assert folder.load().files == 1


def test_a_word_lock_file_and_a_finder_icon_file_are_told_as_what_they_are(folder: Folder):
    # Told to rename them ('icon.md'), or that front matter was missing, the author found no
    # such file: Explorer and Finder hide both.
    folder.write("a-pattern", "A pattern in the folder")
    (folder.patterns / "~$a-pattern.md").write_bytes(b"\x05Jane")
    (folder.patterns / "Icon\r").write_bytes(b"")
    told = {d.path: (d.code, d.message, d.hint) for d in folder.load().diagnostics}
    assert told["patterns/~$a-pattern.md"] == (
        "bad-file-name", "'~$a-pattern.md' is a lock file that Word keeps beside a document while it is open, not a pattern",
        "close the document in Word; if the file stays, delete it",
    )
    code, message, hint = next(value for path, value in told.items() if path.startswith("patterns/Icon"))
    assert code == "bad-file-name" and message.startswith("'Icon\\r' is the file a Mac's Finder keeps for a folder's own icon")
    assert hint == "delete it: in Terminal, rm patterns/Icon$'\\r'"


def test_invalid_file_is_listed_with_its_diagnostics_and_left_out(folder: Folder):
    folder.write("good-one", "A pattern that passes every check")
    bad = folder.patterns / "broken.md"
    bad.write_text(pattern_text("A pattern with a bad category", category="nope"))
    result = folder.load()
    assert [p.slug for p in result.catalogue] == ["good-one"]
    assert [(i.slug, i.title, [d.code for d in i.diagnostics]) for i in result.invalid] == [
        ("broken", "A pattern with a bad category", ["unknown-category"])
    ]


def test_unreadable_pattern_still_appears_in_the_invalid_list(folder: Folder):
    (folder.patterns / "empty-one.md").write_bytes(b"")
    result = folder.load()
    assert [(i.slug, i.title) for i in result.invalid] == [("empty-one", "empty-one")]


def test_a_fault_in_the_checks_is_an_error_at_the_file_and_nothing_of_it_is_published(folder: Folder, monkeypatch, capsys):
    """The last wall: whatever a file makes the checks do, its author gets an error naming
    the file (and the fault, for the maintainers), never a traceback, and the file no page."""
    from stallpatterns import cli, rules

    folder.write("a-fine-pattern", "A pattern that checks well")
    folder.write("b-pattern-that-trips-us", "A pattern that trips a bug")
    real = rules.check

    def check(read, settings):
        if read.path.stem == "b-pattern-that-trips-us":
            raise UnicodeDecodeError("utf-8", b"\xfe", 0, 1, "invalid start byte")
        return real(read, settings)

    monkeypatch.setattr(rules, "check", check)
    result = folder.load()
    assert [p.slug for p in result.catalogue] == ["a-fine-pattern"]
    (fault,) = result.diagnostics
    assert (fault.path, fault.line, fault.code, fault.is_error) == ("patterns/b-pattern-that-trips-us.md", 1, "internal-error", True)
    assert "UnicodeDecodeError at test_catalogue.py:" in fault.message and "not published" in fault.message
    assert "a bug in stallpatterns, not in your file" in fault.hint

    assert cli.main(["--config", str(folder.settings.root / "mkdocs.yml"), "validate"]) == 1
    out = capsys.readouterr()
    assert "patterns/b-pattern-that-trips-us.md:1:1: error[internal-error]" in out.out + out.err
    assert "Traceback" not in out.out + out.err
    # A fault is not kept with the file's checks: once it is gone, the file is checked again.
    monkeypatch.undo()
    assert cli.main(["--config", str(folder.settings.root / "mkdocs.yml"), "validate"]) == 0


# --- catalogue-wide rules -------------------------------------------------------------------


def test_duplicate_title_is_reported_on_the_second_file_at_its_title(folder: Folder):
    folder.write("first", "The same title twice over")
    folder.write("second", "The Same Title Twice Over")
    result = folder.load()
    assert found(result) == [("patterns/second.md", "duplicate-title", 2)]
    assert "patterns/first.md" in result.diagnostics[0].message
    assert [p.slug for p in result.catalogue] == ["first"]


@pytest.mark.parametrize(("first", "second"), [("The sponsor who moved on", "Sponsor who moved on"), ("The pilot nobody ends", "A pilot nobody ends")])
def test_titles_that_differ_only_in_the_word_before_them_are_one_title(folder: Folder, first: str, second: str):
    # 'Sponsor who moved on' beside 'The sponsor who moved on' passed, and 'new' made it without a word.
    folder.write("aa-first", first)
    folder.write("zz-second", second)
    result = folder.load()
    assert found(result) == [("patterns/zz-second.md", "duplicate-title", 2)]
    (diagnostic,) = result.diagnostics
    assert diagnostic.message == f"title is the title of patterns/aa-first.md, '{first}', but for the word before it: readers would take them for one pattern"


def test_titles_that_share_words_after_an_article_but_differ_are_two(folder: Folder):
    folder.write("aa-first", "The sponsor who moved on")
    folder.write("zz-second", "The sponsor who moved on to a new role")
    folder.write("zz-third", "Another sponsor who moved on")
    # Only the word before a title: 'a' inside one is its own ('Pilot for a team', 'Pilot for team').
    folder.write("aa-pilot", "Pilots for a team of two")
    folder.write("zz-pilot", "Pilots for team of two")
    assert found(folder.load()) == []


def test_titles_that_differ_only_in_quote_marks_dashes_or_spaces_are_one_title(folder: Folder):
    folder.write("first", "Nobody's name is on the output - yet")
    folder.write("second", "Nobody’s  name is on the output – yet")
    assert found(folder.load()) == [("patterns/second.md", "duplicate-title", 2)]


def test_alias_naming_the_pattern_itself_is_one_error(folder: Folder):
    folder.write("loop", "A pattern that lists itself as an alias", extra=listed("aliases", "loop"))
    assert [d.code for d in folder.load().diagnostics] == ["self-alias"]


def test_duplicate_slug_from_two_folders(folder: Folder, tmp_path: Path):
    folder.write("same-name", "A pattern in the patterns folder")
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "same-name.md").write_text(pattern_text("The same name somewhere else"))
    result = folder.load(paths=[folder.patterns / "same-name.md", other / "same-name.md"])
    assert [(d.path, d.code) for d in result.diagnostics] == [("elsewhere/same-name.md", "duplicate-slug")]


@pytest.mark.parametrize(("name", "title", "hint"), [
    # Followed, the fix took the other pattern's place (or clashed with it, on Linux).
    ("The-Sponsor-Who-Moved-On.md", "Nobody owns the prompts",
     "rename it to 'nobody-owns-the-prompts.md', from its title: 'the-sponsor-who-moved-on.md' is another pattern's file, "
     "patterns/the-sponsor-who-moved-on.md"),
    ("the-sponsor-who-moved-on.MD", "Nobody owns the prompts", "rename it to "),
    # Its title makes the other file's name too: no name to suggest.
    ("The-Sponsor-Who-Moved-On.md", "The Sponsor who moved on!",
     "rename it to a name of its own: 'the-sponsor-who-moved-on.md' is another pattern's file, patterns/the-sponsor-who-moved-on.md"),
])
def test_a_file_name_is_never_told_to_become_another_patterns_file(folder: Folder, name: str, title: str, hint: str):
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on")
    (folder.patterns / name).write_text(pattern_text(title), encoding="utf-8")
    (named,) = [d for d in folder.load().diagnostics if d.code in ("bad-slug", "bad-file-name")]
    assert named.hint.startswith(hint) and "another pattern's file, patterns/the-sponsor-who-moved-on.md" in named.hint


def test_a_file_checked_alone_is_never_told_to_become_a_patterns_file_left_off_the_command_line(folder: Folder):
    # 'validate patterns/The-Sponsor-Who-Moved-On.md': the other file is not checked, but it is there.
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on")
    (folder.patterns / "The-Sponsor-Who-Moved-On.md").write_text(pattern_text("Nobody owns the prompts"), encoding="utf-8")
    (named,) = [d for d in folder.load(paths=[folder.patterns / "The-Sponsor-Who-Moved-On.md"]).diagnostics if d.code == "bad-slug"]
    assert named.hint == (
        "rename it to 'nobody-owns-the-prompts.md', from its title: "
        "'the-sponsor-who-moved-on.md' is another pattern's file, patterns/the-sponsor-who-moved-on.md"
    )


def test_a_stray_file_beside_its_namesake_is_not_told_to_take_the_patterns_name(folder: Folder):
    # Notes or a copy kept beside the pattern: renamed as told, they would replace it.
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on")
    (folder.patterns / "the-sponsor-who-moved-on.txt").write_text("Notes for the next edit.\n", encoding="utf-8")
    (stray,) = [d for d in folder.load().diagnostics if d.code == "bad-file-name"]
    assert stray.path == "patterns/the-sponsor-who-moved-on.txt"
    assert stray.hint == (
        "if it is a pattern, give it a name of its own ('the-sponsor-who-moved-on.md' is another pattern's file, "
        "patterns/the-sponsor-who-moved-on.md); if not, move it out of patterns/"
    )


ZWSP = "\u200b"


@pytest.mark.parametrize("keys", [
    {"category": f"val{ZWSP}ue"},
    {"published": f"2026-03{ZWSP}-02"},
    {"extra": listed("related", f"the-sponsor{ZWSP}-who-moved-on")},
    {"extra": listed("aliases", f"old-na{ZWSP}me")},
    {"extra": listed("also_known_as", f"the vanishing{ZWSP} sponsor")},
])
def test_an_invisible_character_in_a_value_is_one_mistake_told_once_at_its_column(folder: Folder, keys: dict[str, str]):
    # Pasted from a chat or a document: the value reads right, so it is not also an unknown
    # category, a date or slug badly written, or another pattern's name.
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on")
    folder.write("nobody-owns-the-prompts", "Nobody owns the prompts", **keys)
    text = (folder.patterns / "nobody-owns-the-prompts.md").read_text(encoding="utf-8")
    line = next(number for number, written in enumerate(text.split("\n"), 1) if ZWSP in written)
    told = [(d.code, d.line, d.column) for d in folder.load().diagnostics]
    assert told == [("invisible-character", line, text.split("\n")[line - 1].index(ZWSP) + 1)]


def test_a_files_problems_are_listed_in_line_order_as_validate_prints_them(folder: Folder):
    # The build's log and the preview's page list them as loaded: the date's error came
    # before the category's above it, and the catalogue's after the body's.
    text = pattern_text("Nobody owns the prompts", category="Value", extra=listed("related", "nobody-else"), published="12/03/2026")
    (folder.patterns / "prompts.md").write_text(text.replace("A claims team", "TODO: a claims team"), encoding="utf-8")
    result = folder.load()
    lines = [d.line for d in result.diagnostics]
    assert len(lines) == 4 and lines == sorted(lines)
    assert [d.line for d in result.invalid[0].diagnostics] == lines


def test_unknown_related_is_reported_at_its_line_with_a_near_miss(folder: Folder):
    folder.write("the-sponsor-moved-on", "The sponsor who moved on")
    folder.write("linking", "A pattern that links to another", extra=listed("related", "the-sponsor-moved-one"))
    result = folder.load()
    assert found(result) == [("patterns/linking.md", "unknown-related", 11)]
    assert result.diagnostics[0].hint == "did you mean 'the-sponsor-moved-on'?"


def test_unknown_related_without_a_near_miss_says_what_a_slug_is(folder: Folder):
    folder.write("linking", "A pattern that links to another", extra=listed("related", "nothing-like-it"))
    (diagnostic,) = folder.load().diagnostics
    assert diagnostic.code == "unknown-related" and "patterns/ without .md" in diagnostic.hint


@pytest.mark.parametrize("broken", ["", "Notes for a pattern, not yet written.\n"], ids=["empty", "no front matter"])
def test_related_to_a_file_that_cannot_be_read_says_so_not_that_it_does_not_exist(folder: Folder, broken: str):
    # The file is there: the entry is right, and the fix is in the other file.
    (folder.patterns / "unreadable.md").write_text(broken, encoding="utf-8")
    folder.write("linking", "A pattern that links to another", extra=listed("related", "unreadable"))
    (diagnostic,) = [d for d in folder.load().diagnostics if d.path == "patterns/linking.md"]
    assert (diagnostic.code, diagnostic.line) == ("unknown-related", 11)
    assert diagnostic.message == "related pattern 'unreadable' cannot be read: patterns/unreadable.md has errors of its own"


def test_related_to_itself_is_reported(folder: Folder):
    folder.write("loop", "A pattern that lists itself", extra=listed("related", "loop"))
    assert found(folder.load()) == [("patterns/loop.md", "self-related", 11)]


def test_alias_that_is_another_patterns_slug_collides(folder: Folder):
    folder.write("current-name", "A pattern that is still here")
    folder.write("renamed", "A pattern that was renamed", extra=listed("aliases", "current-name"))
    result = folder.load()
    assert found(result) == [("patterns/renamed.md", "alias-collision", 11)]
    assert (result.diagnostics[0].hint or "").startswith("delete it: /patterns/current-name/ is that pattern's own address")


def test_a_new_file_named_after_a_published_patterns_former_slug_is_the_one_refused(folder: Folder):
    folder.write("renamed", "A pattern that was renamed", extra=listed("aliases", "old-name"), published="2025-01-01")
    _commit(folder.settings.root, "the catalogue")
    # A newcomer, not committed yet and dated earlier, takes the old address: it is refused,
    # and the published pattern (and the old links that lead to it) stays.
    folder.write("old-name", "A newcomer at an old address", published="2020-01-01")
    result = folder.load()
    assert found(result) == [("patterns/old-name.md", "slug-is-alias", 1)]
    assert "patterns/renamed.md" in result.diagnostics[0].message
    assert result.diagnostics[0].hint == "choose another file name: the slug is the pattern's address"
    assert [p.slug for p in result.catalogue] == ["renamed"]


def test_a_new_file_at_a_renamed_patterns_old_name_is_newer_than_the_file_git_once_had_there(folder: Folder):
    # git's history has a file added under the old name, long ago: the newcomer is not it.
    root = folder.settings.root
    folder.write("old-name", "A pattern that will be renamed", published="2025-01-01")
    _commit(root, "the catalogue")
    (folder.patterns / "old-name.md").unlink()
    folder.write("renamed", "A pattern that will be renamed", extra=listed("aliases", "old-name"), published="2025-01-01")
    _commit(root, "rename it, keeping its old address")
    folder.write("old-name", "A newcomer at an old address", published="2026-06-01")
    result = folder.load()
    assert found(result) == [("patterns/old-name.md", "slug-is-alias", 1)]
    assert [p.slug for p in result.catalogue] == ["renamed"]


def test_alias_claimed_by_two_patterns_collides_on_the_second(folder: Folder):
    folder.write("one", "The first pattern with an alias", extra=listed("aliases", "old-name"))
    folder.write("two", "The second pattern with an alias", extra=listed("aliases", "old-name"))
    result = folder.load()
    assert found(result) == [("patterns/two.md", "alias-collision", 11)]
    assert "patterns/one.md" in result.diagnostics[0].message
    # The fix, for the author who copied 'one' to start 'two': it had no hint.
    assert result.diagnostics[0].hint == "delete it here, unless this pattern was once published at /patterns/old-name/"


@pytest.mark.parametrize("again", ["the-sponsor-who-rnoved-on", "the-sponsor-who-moved-0n", "the-sp0nsor-who-rn0ved-on", "the-sponsor-vvho-moved-on"])
def test_a_file_name_that_looks_like_another_patterns_address_is_refused(folder: Folder, again: str):
    # /patterns/the-sponsor-who-rnoved-on/ passes for /patterns/the-sponsor-who-moved-on/,
    # whatever the page's title (a review of the publishing gate found it).
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", published="2025-01-01")
    folder.write(again, "A pattern with a title of its own", published="2026-01-01")
    result = folder.load()
    assert found(result) == [(f"patterns/{again}.md", "slug-lookalike", 1)]
    assert f"/patterns/{again}/ passes for /patterns/the-sponsor-who-moved-on/" in result.diagnostics[0].message
    assert [p.slug for p in result.catalogue] == ["the-sponsor-who-moved-on"]


def test_an_alias_that_looks_like_another_patterns_address_is_refused(folder: Folder):
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", published="2025-01-01")
    folder.write("renamed", "A pattern that was renamed", extra=listed("aliases", "the-sp0nsor-who-moved-on"), published="2026-01-01")
    result = folder.load()
    assert found(result) == [("patterns/renamed.md", "slug-lookalike", 11)]
    assert result.diagnostics[0].hint == "delete it from 'aliases': an alias is a former file name of this pattern"


def test_an_alias_that_is_another_patterns_address_is_not_also_its_look_alike(folder: Folder):
    # The same address is an alias collision; a look-alike of it beside, one of its own.
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", published="2025-01-01")
    folder.write("renamed", "A pattern that was renamed", extra=listed("aliases", "the-sponsor-who-moved-on"), published="2026-01-01")
    folder.write("the-sponsor-who-rnoved-on", "A third pattern with a title", published="2026-02-01")
    assert found(folder.load()) == [
        ("patterns/renamed.md", "alias-collision", 11),
        ("patterns/the-sponsor-who-rnoved-on.md", "slug-lookalike", 1),
    ]


def test_addresses_that_differ_by_more_than_look_alike_letters_stay_apart(folder: Folder):
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on")
    folder.write("the-sponsor-who-moved-on-2", "A pattern with a title of its own")
    folder.write("the-sponsor-who-moved", "A third pattern with a title", extra=listed("aliases", "the-sponsor-who-left"))
    assert found(folder.load()) == []


def test_related_to_an_invalid_pattern_is_not_unknown_but_is_trimmed(folder: Folder):
    (folder.patterns / "broken.md").write_text(pattern_text("A broken pattern", category="nope"))
    folder.write("linking", "A pattern that links to a broken one", extra=listed("related", "broken"))
    result = folder.load()
    assert [d.code for d in result.diagnostics] == ["unknown-category"]
    assert result.catalogue.get("linking").related == ()


# --- drafts ---------------------------------------------------------------------------------------


def test_drafts_are_left_out_unless_asked_for(folder: Folder):
    folder.write("published-one", "A published pattern")
    folder.write("draft-one", "A pattern still in draft", extra="draft: true\n")
    assert [p.slug for p in folder.load().catalogue] == ["published-one"]
    assert [p.slug for p in folder.load(include_drafts=True).catalogue] == ["draft-one", "published-one"]


def test_draft_is_still_checked(folder: Folder):
    (folder.patterns / "draft-one.md").write_text(pattern_text("Draft", extra="draft: true\n"))
    assert [d.code for d in folder.load().diagnostics] == ["length"]


def test_related_to_a_draft_is_trimmed_from_the_published_site_only(folder: Folder):
    folder.write("draft-one", "A pattern still in draft", extra="draft: true\n")
    folder.write("linking", "A pattern that links to a draft", extra=listed("related", "draft-one"))
    published = folder.load()
    # Told, as a warning: the page left it out without a word (helper-235); the preview lists it.
    assert [(d.path, d.code, d.line, d.is_error) for d in published.diagnostics] == [("patterns/linking.md", "related-draft", 11, False)]
    assert "the published site leaves it out" in published.diagnostics[0].message
    assert "'draft: true' is taken out of patterns/draft-one.md" in str(published.diagnostics[0].hint)
    assert published.catalogue.get("linking").related == ()
    preview = folder.load(include_drafts=True)
    assert preview.catalogue.get("linking").related == ("draft-one",)


# --- questions the pages ask ------------------------------------------------------------------------


@pytest.fixture
def linked(folder: Folder):
    folder.write("alpha", "Alpha links to bravo", extra=listed("related", "bravo"))
    folder.write("bravo", "Bravo links to nothing")
    folder.write("charlie", "Charlie links to bravo and alpha", extra=listed("related", "bravo", "alpha"))
    folder.write("delta", "Delta links to alpha", extra=listed("related", "alpha"))
    return folder.load().catalogue


def slugs(patterns) -> list[str | None]:
    return [p.slug if p else None for p in patterns]


def test_related_lists_its_own_choices_then_backlinks(linked):
    assert slugs(linked.related(linked.get("alpha"))) == ["bravo", "charlie", "delta"]
    assert slugs(linked.related(linked.get("bravo"))) == ["alpha", "charlie"]  # backlinks only
    assert slugs(linked.related(linked.get("charlie"))) == ["bravo", "alpha"]  # alpha not twice


def test_neighbours_are_previous_and_next_in_catalogue_order(linked):
    assert slugs(linked) == ["alpha", "bravo", "charlie", "delta"]
    assert slugs(linked.neighbours(linked.get("alpha"))) == [None, "bravo"]
    assert slugs(linked.neighbours(linked.get("charlie"))) == ["bravo", "delta"]
    assert slugs(linked.neighbours(linked.get("delta"))) == ["charlie", None]


def test_by_date_is_newest_first(folder: Folder):
    folder.write("old", "An old pattern", published="2025-01-01")
    folder.write("revised", "An old pattern revised", published="2025-01-01", extra="updated: 2026-06-01\n")
    folder.write("new", "A new pattern", published="2026-05-01")
    assert slugs(folder.load().catalogue.by_date()) == ["revised", "new", "old"]


# --- every problem at once, across files ------------------------------------------------------


def test_one_file_with_a_wrong_category_a_related_typo_and_a_duplicate_title_gets_all_three(folder: Folder):
    folder.write("the-sponsor-moved-on", "The sponsor who moved on", published="2026-01-05")
    folder.write(
        "newcomer", "The sponsor who moved on", category="sponsor",
        extra=listed("related", "the-sponsor-moved-one"), published="2026-04-01",
    )
    result = folder.load()
    assert found(result) == [
        ("patterns/newcomer.md", "duplicate-title", 2),
        ("patterns/newcomer.md", "unknown-category", 4),
        ("patterns/newcomer.md", "unknown-related", 11),
    ]
    assert [p.slug for p in result.catalogue] == ["the-sponsor-moved-on"]
    assert [i.slug for i in result.invalid] == ["newcomer"] and len(result.invalid[0].diagnostics) == 3


def test_duplicate_title_is_blamed_on_the_newer_file_whatever_the_names(folder: Folder):
    folder.write("zz-the-original", "The sponsor who moved on", published="2025-06-01")
    folder.write("aa-the-copy", "The Sponsor Who Moved On", published="2026-02-01")
    result = folder.load()
    assert found(result) == [("patterns/aa-the-copy.md", "duplicate-title", 2)]
    assert "patterns/zz-the-original.md" in result.diagnostics[0].message
    assert [p.slug for p in result.catalogue] == ["zz-the-original"]  # the existing page stays


def _commit(root: Path, message: str) -> None:
    identity = ["-c", "user.name=Author", "-c", "user.email=author@example.com", "-c", "commit.gpgsign=false"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", message]):
        subprocess.run(["git", *identity, *args], cwd=root, check=True, capture_output=True)


@pytest.mark.parametrize("committed", [False, True], ids=["git mv, not yet committed", "committed"])
def test_a_pattern_renamed_before_its_alias_is_added_is_told_as_renamed_where_others_name_it(folder: Folder, committed: bool):
    # Told 'does not exist', with 'delete this line' and 'take the link off', the author
    # deleted three related entries and a link to a pattern that had only been renamed.
    root = folder.settings.root
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", published="2025-01-01")
    folder.write("the-pilot", "A pattern that names the sponsor", extra=listed("related", "the-sponsor-who-moved-on"), published="2025-01-01")
    _commit(root, "the catalogue")
    subprocess.run(["git", "mv", "patterns/the-sponsor-who-moved-on.md", "patterns/the-sponsor-who-lost-interest.md"], cwd=root, check=True)
    text = (folder.patterns / "the-pilot.md").read_text(encoding="utf-8")
    (folder.patterns / "the-pilot.md").write_text(text + "\nSee [the sponsor](the-sponsor-who-moved-on.md#what-it-looks-like).\n", encoding="utf-8")
    if committed:
        _commit(root, "rename it")
    found = {d.code: d for d in folder.load().diagnostics if d.path == "patterns/the-pilot.md"}
    assert set(found) == {"renamed-related", "broken-link"}
    assert found["renamed-related"].hint == "write 'the-sponsor-who-lost-interest'"
    assert found["broken-link"].hint == "write (the-sponsor-who-lost-interest.md#what-it-looks-like) to link to that pattern"


def test_an_alias_written_as_an_address_is_one_error_not_also_a_warning_naming_a_doubled_address(folder: Folder):
    # '/patterns/x/' was an error (no slug), and a warning too, of '/patterns//patterns/x//',
    # which told the author to delete what the error told them to rewrite.
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", published="2025-01-01")
    _commit(folder.settings.root, "the catalogue")
    folder.write("renamed", "A pattern that was renamed", extra=listed("aliases", "/patterns/old-name/", "old-name.md"), published="2025-01-01")
    assert [d.code for d in folder.load().diagnostics] == ["bad-slug", "bad-slug"]


def test_an_alias_no_file_was_ever_named_is_refused_where_git_has_the_whole_history(folder: Folder, tmp_path: Path):
    # An invented alias made a page at an address of the author's choosing (near another
    # pattern's, or 'contact') that sent readers to this pattern; an alias is a former name.
    root = folder.settings.root
    folder.write("old-name", "A pattern that will be renamed", published="2025-01-01")
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", published="2025-01-01")
    _commit(root, "the catalogue")
    (folder.patterns / "old-name.md").unlink()
    path = folder.write("renamed", "A pattern that will be renamed", extra=listed("aliases", "old-name", "sponsor-who-moved-on", "contact"), published="2025-01-01")
    lines = path.read_text(encoding="utf-8").split("\n")
    invented = [lines.index("  - sponsor-who-moved-on") + 1, lines.index("  - contact") + 1]
    result = folder.load()
    assert found(result) == [("patterns/renamed.md", "alias-never-a-name", line) for line in invented]
    assert result.diagnostics[0].message.startswith("alias 'sponsor-who-moved-on' was never the file name of a pattern here")
    assert not any(d.is_error for d in result.diagnostics)  # for the reviewer: a history begun again has names git never saw
    _commit(root, "rename it")  # committed, the same: git's history has no such file
    assert [d.code for d in folder.load().diagnostics] == ["alias-never-a-name"] * 2
    # Where git cannot tell every name there was (a shallow clone), nothing is told.
    subprocess.run(["git", "clone", "-q", "--depth", "1", root.as_uri(), str(tmp_path / "shallow")], check=True, capture_output=True)
    assert catalogue.load(load_settings(tmp_path / "shallow" / "mkdocs.yml")).diagnostics == ()
    # Nor where the files are in no repository of their own (this one, copied).
    shutil.copytree(root, tmp_path / "copied", ignore=shutil.ignore_patterns(".git"))
    assert catalogue.load(load_settings(tmp_path / "copied" / "mkdocs.yml")).diagnostics == ()


def test_the_names_git_ever_had_are_asked_again_only_once_git_records_a_change(folder: Folder, monkeypatch: pytest.MonkeyPatch):
    # Each rebuild of `mkdocs serve` checks the aliases: git's whole history was read each time.
    from stallpatterns import history

    root = folder.settings.root
    folder.write("old-name", "A pattern that will be renamed", published="2025-01-01")
    _commit(root, "the catalogue")
    asked: list[list[str]] = []
    run = subprocess.run

    def counted(command, *args, **kwargs):
        asked.append(command)
        return run(command, *args, **kwargs)

    monkeypatch.setattr(history.subprocess, "run", counted)
    assert history.names_ever(folder.patterns) == {"old-name.md"}
    first = len(asked)
    assert first > 0 and history.names_ever(folder.patterns) == {"old-name.md"} and len(asked) == first
    (folder.patterns / "old-name.md").rename(folder.patterns / "renamed.md")
    _commit(root, "rename it")
    assert history.names_ever(folder.patterns) == {"old-name.md", "renamed.md"} and len(asked) > first


def test_a_newcomer_that_copies_a_title_and_backdates_it_is_blamed_as_git_has_it_newer(folder: Folder):
    root = folder.settings.root
    folder.write("the-original", "The sponsor who moved on", published="2025-06-01")
    _commit(root, "the catalogue")
    # Not committed yet: the newest file, whatever date it gives.
    folder.write("aa-the-copy", "The sponsor who moved on", published="2020-01-01")
    result = folder.load()
    assert found(result) == [("patterns/aa-the-copy.md", "duplicate-title", 2)]
    assert [p.slug for p in result.catalogue] == ["the-original"]  # the existing page stays
    # Committed after the original (in the same second, too): still the newer, by the history's order.
    _commit(root, "a pull request")
    result = folder.load()
    assert found(result) == [("patterns/aa-the-copy.md", "duplicate-title", 2)]
    assert [p.slug for p in result.catalogue] == ["the-original"]


def _with_signs(folder: Folder, slug: str, title: str, signs: list[str], summary: str = "", published: str = "2026-03-02") -> Path:
    """A pattern of the minimal fixture's with these signs, and this summary if one is given."""
    path = folder.write(slug, title, published=published)
    text = path.read_text(encoding="utf-8")
    front, rest = text.split("published:", 1)
    front = front.split("signs:\n", 1)[0] + listed("signs", *signs)
    if summary:
        front = re.sub(r"(?m)^summary: .*$", lambda _: f"summary: {summary}", front, count=1)
    path.write_text(front + "published:" + rest, encoding="utf-8")
    return path


OWN_SIGNS = ["The steering group meets monthly and decides nothing", "Each status report is longer than the last", "Nobody can name the pilot's owner"]


@pytest.mark.parametrize(
    "copied",
    [
        "The steering group meets monthly and decides nothing",  # as written
        "the steering group meets monthly, and decides nothing.",  # case and marks aside
        "The  steering group meets monthly — and decides nothing!",
        # A letter that passes for another, or a mark on one, makes no sign new.
        "The steering group meets monthly \u0251nd decides nothing",
        "The steering group meets monthly and deci\u0323des nothing",
        "T\u0301h\u0301e\u0301 steering group meets monthly and decides nothing",
    ],
)
def test_a_sign_that_another_pattern_has_is_an_error_on_the_newer_file(folder: Folder, copied: str):
    # A pattern that copied another's signs was listed by the stall finder for that
    # pattern's readers, and the finder showed the sign twice.
    _with_signs(folder, "the-first", "The steering group that never decides", OWN_SIGNS, published="2026-01-05")
    _with_signs(folder, "newcomer", "Meetings without an owner", ["A sign of this stall alone, seen by a reader", copied, "Another sign that only this stall shows"], published="2026-04-01")
    result = folder.load()
    assert found(result) == [("patterns/newcomer.md", "duplicate-sign", 7)]
    (problem,) = result.errors
    assert problem.message == f"sign '{' '.join(copied.split())}' is also a sign of patterns/the-first.md ('The steering group that never decides')"
    assert problem.hint.startswith("write what a reader sees of this stall and not of that one")
    assert problem.hint.endswith("If both stalls show it, delete it here and name that pattern under 'related'")  # followed, it no longer copies
    assert [p.slug for p in result.catalogue] == ["the-first"]


def test_a_summary_that_another_pattern_has_is_an_error_on_the_newer_file(folder: Folder):
    summary = "The steering group meets every month, hears the same update and leaves without a decision."
    _with_signs(folder, "the-first", "The steering group that never decides", OWN_SIGNS, summary, published="2026-01-05")
    _with_signs(folder, "newcomer", "Meetings without an owner", ["A sign of this stall alone, seen by a reader", "Another sign that only this stall shows", "A third sign of its own"],
                summary.upper(), published="2026-04-01")
    result = folder.load()
    assert found(result) == [("patterns/newcomer.md", "duplicate-summary", 3)]
    (problem,) = result.errors
    assert problem.message == "the summary is also the summary of patterns/the-first.md ('The steering group that never decides')"


def test_a_copied_pattern_is_told_each_copied_sign_and_its_summary_at_once(folder: Folder):
    # A whole file copied under a new title: every part to rewrite is told in one round.
    first = _with_signs(folder, "the-first", "The steering group that never decides", OWN_SIGNS, published="2026-01-05")
    copy = folder.patterns / "newcomer.md"
    copy.write_text(first.read_text(encoding="utf-8").replace("The steering group that never decides", "Meetings without an owner").replace("2026-01-05", "2026-04-01"), encoding="utf-8")
    result = folder.load()
    told = sorted(found(result))
    # Its sections too, each a warning: the copy published the first's account as its own (helper-238).
    sections = [d.line for d in result.diagnostics if d.code == "duplicate-section" and not d.is_error]
    assert len(sections) == 3
    assert told == sorted([("patterns/newcomer.md", "duplicate-sign", line) for line in (6, 7, 8)] + [("patterns/newcomer.md", "duplicate-summary", 3)] + [("patterns/newcomer.md", "duplicate-section", line) for line in sections])
    first_section = next(d for d in result.diagnostics if d.code == "duplicate-section")
    assert first_section.message.startswith('section "What it looks like" says word for word what the section "What it looks like" of patterns/the-first.md says')


def test_a_sign_is_blamed_on_the_file_being_added_even_if_older(folder: Folder):
    _with_signs(folder, "existing", "The steering group that never decides", OWN_SIGNS, published="2026-06-01")
    added = _with_signs(folder, "added", "Meetings without an owner", [*OWN_SIGNS[:1], "Another sign that only this stall shows", "A third sign of its own"], published="2020-01-01")
    result = catalogue.load(folder.settings, include_drafts=True, named=[added])
    assert found(result) == [("patterns/added.md", "duplicate-sign", 6)]


def test_signs_and_summaries_that_share_words_but_say_other_things_are_each_patterns_own(folder: Folder):
    # As meant: two stalls may share words, or a sign may say the opposite of another's.
    _with_signs(folder, "the-first", "The steering group that never decides", OWN_SIGNS, "The steering group meets every month and leaves without a decision.")
    _with_signs(
        folder, "the-second", "Meetings without an owner",
        ["The steering group meets weekly and decides nothing", "Each status report is shorter than the last", "Nobody can name the budget's owner"],
        "The steering group meets every week and leaves without a decision.",
    )
    assert found(folder.load()) == []


@pytest.mark.parametrize(
    ("name", "what", "differs"),
    [
        ("sponsor who moved on", "the title of patterns/the-first.md, 'The sponsor who moved on'", "the word before it"),
        ("a sponsor who moved on", "the title of patterns/the-first.md, 'The sponsor who moved on'", "the word before it"),
        ("the review burden", "a name of patterns/the-first.md, 'review burden'", "the word before it"),
        ("our review burden", "a name of patterns/the-first.md, 'review burden'", "the word before it"),
        ("review burdens", "a name of patterns/the-first.md, 'review burden'", "a word's plural ('burdens' and 'burden')"),
    ],
)
def test_another_name_that_is_another_patterns_name_but_for_an_article_or_a_plural_is_an_error(folder: Folder, name: str, what: str, differs: str):
    # A pattern stuffed with others' names, each with 'the' or an 's' added, came first in
    # the site's search for them: only names that read the same were told.
    folder.write("the-first", "The sponsor who moved on", extra=listed("also_known_as", "review burden"), published="2026-01-05")
    folder.write("newcomer", "Meetings without an owner", extra=listed("also_known_as", "stalled meetings", name), published="2026-04-01")
    result = folder.load()
    assert found(result) == [("patterns/newcomer.md", "duplicate-name", 12)]
    (problem,) = result.errors
    assert problem.message == f"'{name}' in 'also_known_as' is {what}, but for {differs}: a reader's search for it finds both"


@pytest.mark.parametrize(
    ("theirs", "name"),
    [("review body", "review bodies"), ("shadow AI", "Shadow AIs"), ("missed KPI", "the missed KPIs")],
)
def test_another_name_that_is_another_patterns_name_but_for_any_plural_is_an_error(folder: Folder, theirs: str, name: str):
    # 'review bodies' beside 'review body', and initials' plurals: only an 's' was read.
    folder.write("the-first", "The sponsor who moved on", extra=listed("also_known_as", theirs), published="2026-01-05")
    folder.write("newcomer", "Meetings without an owner", extra=listed("also_known_as", "stalled meetings", name), published="2026-04-01")
    result = folder.load()
    assert found(result) == [("patterns/newcomer.md", "duplicate-name", 12)]
    assert f"'{name}' in 'also_known_as' is a name of patterns/the-first.md, '{theirs}', but for " in result.errors[0].message


@pytest.mark.parametrize(
    ("first", "second", "plural"),
    [
        ("The pilot that nobody scaled", "The pilots that nobody scaled", ("pilots", "pilot")),
        ("The approval committee that never decides", "The approval committees that never decide", ("committees", "committee")),
        ("Business case written after the fact", "Business cases written after the fact", ("cases", "case")),
        ("The process nobody owns", "The processes nobody owns", ("processes", "process")),
        ("Policy with no owner", "Policies with no owner", ("policies", "policy")),
        ("Shadow AI in every team", "Shadow AIs in every team", ("ais", "ai")),
    ],
)
def test_titles_alike_but_for_a_plural_of_any_word_are_one_title(folder: Folder, first: str, second: str, plural: tuple[str, str]):
    # 'The pilots that nobody scaled' beside 'The pilot that nobody scaled' passed: only the
    # last word's plural was read, and All patterns showed two cards a reader took for one.
    folder.write("aa-first", first, published="2026-01-05")
    folder.write("zz-second", second, published="2026-04-01")
    result = folder.load()
    assert found(result) == [("patterns/zz-second.md", "duplicate-title", 2)]
    (problem,) = result.errors
    assert problem.message == (
        f"title is the title of patterns/aa-first.md, '{first}', but for a word's plural ('{plural[0]}' and '{plural[1]}'): a reader's search for it finds both"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Near, but other titles: another word, another tense, or an 's' that is no plural's.
        ("The pilot that nobody scaled", "The pilots that nobody scoped"),
        ("The process nobody owns", "The processes nobody owned"),
        ("The status report nobody reads", "The status report everybody reads"),
        ("Analysis without a decision", "Analyst without a decision"),
        ("The bus factor nobody measured", "The bias factor nobody measured"),
        ("Pilots for a team of two", "Pilots for a team of ten"),
        ("The sponsor who moved on", "The sponsors who moved in"),
    ],
)
def test_titles_near_but_for_more_than_a_plural_are_two(folder: Folder, first: str, second: str):
    folder.write("aa-first", first, published="2026-01-05")
    folder.write("zz-second", second, published="2026-04-01")
    assert found(folder.load()) == []


@pytest.mark.parametrize("title", ["Review bodies", "The review body", "Pilot purgatories"])
def test_a_title_that_is_another_patterns_name_but_for_an_article_or_a_plural_is_an_error(folder: Folder, title: str):
    # A title 'Pilot purgatories' beside another pattern's name 'pilot purgatory' passed: the
    # check read other names only, and a title the same as another's name is an error.
    folder.write("the-first", "The sponsor who moved on", extra=listed("also_known_as", "review body", "pilot purgatory"), published="2026-01-05")
    folder.write("newcomer", title, published="2026-04-01")
    result = folder.load()
    assert found(result) == [("patterns/newcomer.md", "duplicate-title", 2)]
    (problem,) = result.errors
    assert problem.message.startswith("title is a name of patterns/the-first.md, '")
    assert problem.hint == "give this pattern its own title"


def test_a_name_the_same_as_an_earlier_files_is_told_once_though_another_is_alike(folder: Folder):
    # 'Review bodies' is the first file's name (name_taken says so), and the second's but for
    # a plural: told once, as the same name.
    folder.write("the-first", "The sponsor who moved on", extra=listed("also_known_as", "review bodies"), published="2026-01-05")
    folder.write("the-second", "Meetings without an owner", extra=listed("also_known_as", "review body"), published="2026-02-05")
    folder.write("the-third", "Review bodies", published="2026-04-01")
    result = folder.load()
    assert found(result) == [("patterns/the-second.md", "duplicate-name", 11), ("patterns/the-third.md", "duplicate-title", 2)]
    assert "also a name in 'also_known_as' of patterns/the-first.md" in result.errors[1].message


def test_a_title_with_a_space_too_narrow_to_see_inside_a_word_is_another_patterns_title(folder: Folder):
    # 'The spo\u200ansor who moved on' (a hair space) passed: All patterns showed two cards alike.
    folder.write("the-first", "The sponsor who moved on", published="2026-01-05")
    folder.write("newcomer", "The spo\u200ansor who moved on", published="2026-04-01")
    assert found(folder.load()) == [("patterns/newcomer.md", "duplicate-title", 2)]


@pytest.mark.parametrize(
    ("words", "what"),
    [
        ("the-first.md", "the file name"),
        ("`patterns/the-first.md`", "the file name"),
        ("The sponsor who moved on", "the title"),
        ("The spons\u00f6r w\u0266o moved on", "the title"),  # a mark, and a letter that passes for an h
    ],
)
def test_link_words_that_name_a_pattern_by_its_file_or_look_alike_title_go_to_it(folder: Folder, words: str, what: str):
    # '[the-board-asks-what-the-spend-produced.md](https://evil.example/)' passed: words that
    # name a pattern, going to another site.
    folder.write("the-first", "The sponsor who moved on", published="2026-01-05")
    folder.write("newcomer", "Meetings without an owner", extra="related:\n  - the-first\n", published="2026-04-01")
    path = folder.patterns / "newcomer.md"
    path.write_text(path.read_text(encoding="utf-8").replace("## What it looks like\n", f"## What it looks like\n\nRead [{words}](https://evil.example.org/x).\n", 1), encoding="utf-8")
    result = folder.load()
    assert [(d.path, d.code) for d in result.errors] == [("patterns/newcomer.md", "link-text-elsewhere")]
    assert result.errors[0].message.startswith(f"the link's words are {what} of the pattern 'The sponsor who moved on', but the link goes to")
    # Followed, the hint links to that pattern, and the error is gone.
    assert "](the-first.md), or write words that say where the link goes" in result.errors[0].hint
    path.write_text(path.read_text(encoding="utf-8").replace("(https://evil.example.org/x)", "(the-first.md)"), encoding="utf-8")
    assert folder.load().errors == ()


@pytest.mark.parametrize("words", ["St\u0251ll P\u0251tterns", "\u0251ll p\u0251tterns"])
def test_link_words_that_name_the_site_or_its_page_with_look_alike_letters_are_the_sites(folder: Folder, words: str):
    folder.write("newcomer", "Meetings without an owner", published="2026-04-01")
    path = folder.patterns / "newcomer.md"
    path.write_text(path.read_text(encoding="utf-8").replace("## What it looks like\n", f"## What it looks like\n\nSee [{words}](https://evil.example.org/).\n", 1), encoding="utf-8")
    assert [(d.path, d.code) for d in folder.load().errors] == [("patterns/newcomer.md", "link-text-elsewhere")]


def test_names_that_share_words_but_are_others_are_each_patterns_own(folder: Folder):
    # As meant: 'process' is no plural, and more words than another's name make another name.
    folder.write("the-first", "The sponsor who moved on", extra=listed("also_known_as", "review burden", "approval process"), published="2026-01-05")
    folder.write("newcomer", "Meetings without an owner", extra=listed("also_known_as", "the review burden of audits", "approval proces", "sponsors who moved on to new roles"), published="2026-04-01")
    assert found(folder.load()) == []


def test_without_git_a_duplicate_title_is_blamed_by_the_dates_the_files_give(folder: Folder):
    folder.write("the-original", "The sponsor who moved on", published="2025-06-01")
    folder.write("aa-the-copy", "The sponsor who moved on", published="2020-01-01")
    assert found(folder.load()) == [("patterns/the-original.md", "duplicate-title", 2)]


def test_duplicate_title_is_blamed_on_the_file_named_even_if_older(folder: Folder):
    folder.write("existing", "The sponsor who moved on", published="2026-06-01")
    added = folder.write("added", "The sponsor who moved on", published="2020-01-01")
    result = catalogue.load(folder.settings, include_drafts=True, named=[added])
    assert found(result) == [("patterns/added.md", "duplicate-title", 2)]


def test_alias_claimed_twice_is_blamed_on_the_newer_file(folder: Folder):
    folder.write("older", "An older pattern with an alias", extra=listed("aliases", "gone"), published="2025-01-01")
    folder.write("aa-newer", "A newer pattern with the same alias", extra=listed("aliases", "gone"), published="2026-01-01")
    assert found(folder.load()) == [("patterns/aa-newer.md", "alias-collision", 11)]


# --- hints for related entries that name no pattern ---------------------------------------------


@pytest.mark.parametrize(
    ("entry", "code", "hint"),
    [
        ("the-sponsor-who-moved-on.md", "bad-slug", "write 'the-sponsor-who-moved-on'"),
        ("https://stallpatterns.github.io/stall-patterns/patterns/the-sponsor-who-moved-on/", "bad-slug", "write 'the-sponsor-who-moved-on'"),
        ("patterns/the-sponsor-who-moved-on.md", "bad-slug", "write 'the-sponsor-who-moved-on'"),
        ("The Sponsor Who Moved On", "bad-slug", "write 'the-sponsor-who-moved-on'"),
        ("the-sponsor-who-moved", "unknown-related", "did you mean 'the-sponsor-who-moved-on'?"),
        ("old-sponsor-slug", "renamed-related", "write 'the-sponsor-who-moved-on'"),
        ("completely-unrelated-words", "unknown-related", "delete this line, or write the name of a file in patterns/ without .md"),
    ],
)
def test_related_entry_gets_a_hint_naming_a_slug_that_exists(folder: Folder, entry: str, code: str, hint: str):
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", extra=listed("aliases", "old-sponsor-slug"))
    folder.write("linking", "A pattern that links to another", extra=listed("related", entry))
    result = folder.load()
    assert [(d.path, d.code, d.line, d.hint) for d in result.diagnostics] == [("patterns/linking.md", code, 11, hint)]


def test_renamed_slug_message_names_the_new_slug(folder: Folder):
    folder.write("new-name", "The pattern after its rename", extra=listed("aliases", "old-name"))
    folder.write("linking", "A pattern that links to another", extra=listed("related", "old-name"))
    (diagnostic,) = folder.load().diagnostics
    assert diagnostic.message == "related pattern 'old-name' was renamed to 'new-name'"


@pytest.mark.parametrize(
    ("entry", "hint"),
    [
        ("The sponsor who moved on", "delete this line: 'the-sponsor-who-moved-on' is in 'related' already (line 12)"),
        ("old-sponsor-slug", "delete this line: 'the-sponsor-who-moved-on' is in 'related' already (line 12)"),
        ("the-sponsor-who-moved", "did you mean 'the-sponsor-who-moved-on'? If so, delete this line: 'the-sponsor-who-moved-on' is in 'related' already (line 12)"),
        ("A pattern that links to another", "delete this line: 'linking' is this pattern itself, and 'related' lists others"),
    ],
)
def test_a_related_entry_meant_as_one_that_would_be_an_error_is_told_to_go(folder: Folder, entry: str, hint: str):
    # 'write 'the-sponsor-who-moved-on'', followed, listed it twice: a new error.
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", extra=listed("aliases", "old-sponsor-slug"))
    path = folder.write("linking", "A pattern that links to another", extra=listed("related", entry, "the-sponsor-who-moved-on"))
    assert [(d.line, d.hint) for d in folder.load().diagnostics] == [(11, hint)]
    path.write_text(path.read_text(encoding="utf-8").replace(f"  - {entry}\n", ""), encoding="utf-8")
    assert not folder.load().diagnostics


@pytest.mark.parametrize(
    "entries",
    [
        ("The sponsor who moved on", "The Sponsor Who Moved On"),
        ("the-sponsor-who-moved", "the-sponsor-who-movd-on"),
        ("old-sponsor-slug", "The sponsor who moved on"),
    ],
)
def test_two_related_entries_meant_as_one_pattern_are_not_both_told_to_be_it(folder: Folder, entries: tuple[str, str]):
    # Each was told to write 'the-sponsor-who-moved-on': followed, that listed it twice.
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", extra=listed("aliases", "old-sponsor-slug"))
    path = folder.write("linking", "A pattern that links to another", extra=listed("related", *entries))
    first, second = folder.load().diagnostics
    assert (first.line, second.line) == (11, 12)
    assert "'the-sponsor-who-moved-on'" in (first.hint or "") and "delete this line" not in (first.hint or "")
    assert (second.hint or "").endswith("delete this line: 'the-sponsor-who-moved-on' is in 'related' already (line 11)")
    # Both followed: the first entry written as the slug, the second deleted.
    path.write_text(
        path.read_text(encoding="utf-8").replace(f"  - {entries[0]}\n", "  - the-sponsor-who-moved-on\n").replace(f"  - {entries[1]}\n", ""),
        encoding="utf-8",
    )
    assert not folder.load().diagnostics


def test_a_related_entry_naming_a_misnamed_file_by_its_slug_is_told_it_is_right(folder: Folder):
    # It was told 'did you mean 'The-Sponsor'?', a name that is no slug, at every file listing it.
    (folder.patterns / "The-Sponsor.md").write_text(pattern_text("The sponsor who moved on"), encoding="utf-8")
    folder.write("linking", "A pattern that links to another", extra=listed("related", "the-sponsor"))
    assert [(d.path, d.hint) for d in folder.load().diagnostics] == [
        ("patterns/The-Sponsor.md", "rename it to 'the-sponsor.md'"),
        ("patterns/linking.md", "rename patterns/The-Sponsor.md to the-sponsor.md (its error is listed with it); this entry is right as written"),
    ]
    (folder.patterns / "The-Sponsor.md").rename(folder.patterns / "the-sponsor.md")
    assert not folder.load().diagnostics


def test_alias_written_as_a_file_name_is_told_the_slug(folder: Folder):
    folder.write("new-name", "The pattern after its rename", extra=listed("aliases", "old-name.md"))
    (diagnostic,) = folder.load().diagnostics
    assert (diagnostic.code, diagnostic.hint) == ("bad-slug", "write the former file name without .md, e.g. 'old-name'")


# --- files that are not plain pattern files ---------------------------------------------------


def test_upper_case_extension_is_reported_not_skipped(folder: Folder):
    (folder.patterns / "Upper.MD").write_text(pattern_text("A pattern with a shouting extension"))
    result = folder.load()
    assert [(d.path, d.code, d.hint) for d in result.diagnostics] == [("patterns/Upper.MD", "bad-file-name", "rename it to 'upper.md'")]
    assert len(result.catalogue) == 0


@pytest.mark.parametrize("name", ["my-pattern.markdown", "my-pattern.txt", "my-pattern", "my-pattern.md.txt", "my-pattern.md "])
def test_file_not_named_as_a_pattern_is_reported_not_skipped(folder: Folder, name: str):
    (folder.patterns / name).write_text(pattern_text("A pattern its author meant to publish"))
    result = folder.load()
    assert [(d.path, d.code, d.line) for d in result.diagnostics] == [(f"patterns/{name}", "bad-file-name", 1)]
    assert "rename it to 'my-pattern.md'" in (result.diagnostics[0].hint or "")
    assert len(result.catalogue) == 0


@pytest.mark.parametrize(("name", "kind"), [("Nobody owns the prompts.docx", "a Word document"), ("my-pattern.PDF", "a PDF")])
def test_a_document_saved_in_the_patterns_folder_is_told_to_copy_its_text_not_to_rename_it(folder: Folder, name: str, kind: str):
    # Renamed to .md as the hint said, a Word document stays a Word document: binary, not text.
    (folder.patterns / name).write_bytes(b"PK\x03\x04 a document's bytes")
    (diagnostic,) = folder.load().diagnostics
    assert (diagnostic.code, diagnostic.message) == ("bad-file-name", f"'{name}' is {kind}, not a pattern: only Markdown text files named <slug>.md are patterns")
    slug = "nobody-owns-the-prompts" if kind == "a Word document" else "my-pattern"
    copy = f"copy its text into a new plain-text file, patterns/{slug}.md, in the pattern's layout (start from 'python3 scripts/dev.py new'), and delete this one"
    # A PDF is as likely a report to link to: told only to copy its text, its author lost the link.
    linked = f"if it is a document for readers to open, move it to docs/assets/ and link to it: [what it is](/assets/{name}); if it is a pattern, "
    assert diagnostic.hint == (copy if kind == "a Word document" else linked + copy)


def test_a_document_named_on_the_command_line_is_one_error_not_also_one_of_binary_text(folder: Folder):
    # Named, it was read too, and told as 'binary' as well, with a NUL byte (helper-238).
    document = folder.patterns / "nobody-owns-the-prompts.docx"
    document.write_bytes(b"PK\x03\x04\x00 a document's bytes")
    assert [d.code for d in folder.load(paths=[document]).diagnostics] == ["bad-file-name"]
    (folder.patterns / "binary.md").write_bytes(b"PK\x03\x04\x00 a document's bytes")
    (told,) = [d for d in folder.load(paths=[folder.patterns / "binary.md"]).diagnostics if d.code == "binary-file"]
    assert "NUL byte" not in told.message and "a Word document" in told.message


@pytest.mark.parametrize("name", ["chart.png", "Board slide.JPG"])
def test_a_picture_saved_in_the_patterns_folder_is_told_where_pictures_go(folder: Folder, name: str):
    # 'chart.png' beside the pattern that shows it was told to be renamed 'chart.md'.
    (folder.patterns / name).write_bytes(b"\x89PNG")
    (diagnostic,) = folder.load().diagnostics
    assert (diagnostic.code, diagnostic.message) == ("bad-file-name", f"'{name}' is a picture, which the site publishes only from its docs/assets/ folder")
    assert diagnostic.hint == f"move it to docs/assets/ and show it in the pattern as ![…](/assets/{name}), with a few words between the brackets that say what it shows"


def test_pattern_in_a_folder_inside_the_patterns_folder_is_reported(folder: Folder):
    (folder.patterns / "governance" / "old").mkdir(parents=True)
    (folder.patterns / "governance" / "old" / "the-pilot.md").write_text(pattern_text("A pattern filed in a folder"))
    (folder.patterns / "images").mkdir()
    (folder.patterns / "images" / "chart.png").write_bytes(b"\x89PNG")  # not a pattern: nothing to say
    result = folder.load()
    assert [(d.path, d.code) for d in result.diagnostics] == [("patterns/governance/old/the-pilot.md", "pattern-in-folder")]
    assert len(result.catalogue) == 0


def test_hidden_files_and_editors_working_files_are_passed_over(folder: Folder):
    for name in (".DS_Store", ".gitkeep", "the-pilot.md~", "#the-pilot.md#"):
        (folder.patterns / name).write_text("anything")
    (folder.patterns / ".drafts").mkdir()
    (folder.patterns / ".drafts" / "x.md").write_text("anything")
    assert folder.load().diagnostics == ()


def test_dangling_symlink_is_reported(folder: Folder):
    (folder.patterns / "gone.md").symlink_to(folder.patterns / "nowhere.md")
    assert [(d.path, d.code) for d in folder.load().diagnostics] == [("patterns/gone.md", "dangling-symlink")]


@pytest.mark.parametrize("hidden", [".env", ".git/config", ".cache/notes.md"])
def test_symlink_to_a_hidden_file_in_the_repository_is_refused_unread(folder: Folder, hidden: str):
    # A pull request's link to a file git never holds (.env) or git's own (.git/config, with
    # the build's credentials): its first line and its values were shown in the diagnostics.
    secret = folder.settings.root / hidden
    secret.parent.mkdir(parents=True, exist_ok=True)
    secret.write_text("---\ntitle: x\ncategory: s3cret-value\n---\n", encoding="utf-8")
    (folder.patterns / "notes.md").symlink_to(secret)
    result = folder.load()
    assert [(d.path, d.code) for d in result.diagnostics] == [("patterns/notes.md", "symlink-outside")]
    assert "a hidden file" in result.diagnostics[0].message
    assert not any("s3cret" in f"{d.message} {d.hint}" for d in result.diagnostics)


def test_symlinks_that_lead_to_each_other_are_reported_as_a_loop_not_as_missing(folder: Folder):
    (folder.patterns / "loop-a.md").symlink_to("loop-b.md")
    (folder.patterns / "loop-b.md").symlink_to("loop-a.md")
    found = [(d.path, d.code, d.message) for d in folder.load().diagnostics]
    assert found == [
        ("patterns/loop-a.md", "dangling-symlink", "symbolic link to 'loop-b.md', which is a loop of links that ends at no file"),
        ("patterns/loop-b.md", "dangling-symlink", "symbolic link to 'loop-a.md', which is a loop of links that ends at no file"),
    ]


def test_symlink_leaving_the_repository_is_reported_and_never_published(folder: Folder, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside") / "secret.md"
    outside.write_text(pattern_text("A file from elsewhere on the machine"))
    (folder.patterns / "linked.md").symlink_to(outside)
    result = folder.load()
    assert [(d.path, d.code) for d in result.diagnostics] == [("patterns/linked.md", "symlink-outside")]
    assert len(result.catalogue) == 0


def test_symlink_to_a_file_inside_the_repository_is_refused_as_github_shows_only_the_name_it_points_to(folder: Folder):
    # A pull request shows the link as its target's name: the fixture's words it published
    # were never reviewed as this pattern.
    fixtures = folder.patterns.parent / "tests"
    fixtures.mkdir()
    (fixtures / "minimal.md").write_text(pattern_text("A fixture kept among the tests"))
    (folder.patterns / "the-pilot.md").symlink_to("../tests/minimal.md")
    result = folder.load()
    assert [(d.path, d.code) for d in result.diagnostics] == [("patterns/the-pilot.md", "symlink")]
    assert "'../tests/minimal.md'" in result.diagnostics[0].message and len(result.catalogue) == 0


def test_symlink_to_a_folder_is_told_as_a_link_to_delete_not_a_file_to_rename(folder: Folder):
    # Told to rename 'testsdir' to 'testsdir.md', the author was then told it is a folder.
    (folder.patterns.parent / "tests").mkdir()
    (folder.patterns / "testsdir").symlink_to("../tests", target_is_directory=True)
    found = [(d.path, d.code, d.hint) for d in folder.load().diagnostics]
    assert found == [("patterns/testsdir", "symlink", "delete it: a pattern must be a file of its own, named <slug>.md")]


@pytest.mark.parametrize("where", ["", "old/"])
def test_git_instructions_in_the_patterns_folder_are_an_error(folder: Folder, where: str):
    # 'x.md working-tree-encoding=ISO646-DE' made git write 'Ä…Ü(' out as '[…](': the site
    # published a link that GitHub's preview of the same file showed as plain text.
    (folder.patterns / where).mkdir(exist_ok=True)
    (folder.patterns / where / ".gitattributes").write_text("*.md working-tree-encoding=ISO646-DE\n")
    (folder.patterns / ".gitkeep").write_text("")  # other hidden files are passed over
    found = [(d.path, d.code) for d in folder.load().diagnostics]
    assert found == [(f"patterns/{where}.gitattributes", "git-instructions")]


def test_fifo_is_reported_without_blocking(folder: Folder):
    import os

    os.mkfifo(folder.patterns / "pipe.md")  # opening it for reading the ordinary way would wait for a writer
    assert [(d.path, d.code) for d in folder.load().diagnostics] == [("patterns/pipe.md", "not-a-file")]


def test_device_and_folder_named_like_patterns_are_reported(folder: Folder):
    (folder.patterns / "folder.md").mkdir()
    (folder.patterns / "null.md").symlink_to("/dev/null")  # a device, reached through a link
    codes = sorted((d.path, d.code) for d in folder.load().diagnostics)
    assert codes == [("patterns/folder.md", "not-a-file"), ("patterns/null.md", "symlink-outside")]


def test_device_is_never_opened(folder: Folder, monkeypatch):
    import os

    from stallpatterns import files

    opened: list[str] = []
    real_open = os.open
    monkeypatch.setattr(files.os, "open", lambda path, *a, **k: opened.append(str(path)) or real_open(path, *a, **k))
    assert isinstance(files.read_bytes(Path("/dev/zero"), Path("/"), 100), files.Refusal)
    assert opened == []


def test_a_page_links_to_at_most_three_related_and_never_repeats_them_as_previous_or_next(folder: Folder):
    # echo lists two of its own; three others link to it: its own first, then backlinks, cut at three.
    folder.write("alpha", "Alpha links to echo", extra=listed("related", "echo"))
    folder.write("bravo", "Bravo links to echo", extra=listed("related", "echo"))
    folder.write("charlie", "Charlie links to echo", extra=listed("related", "echo"))
    folder.write("delta", "Delta links to nothing")
    folder.write("echo", "Echo links to foxtrot and delta", extra=listed("related", "foxtrot", "delta"))
    folder.write("foxtrot", "Foxtrot links to nothing")
    catalogue = folder.load().catalogue
    related, previous, following = catalogue.page_links(catalogue.get("echo"))
    assert slugs(related) == ["foxtrot", "delta", "alpha"]
    # delta and foxtrot are echo's neighbours, and already related: not offered twice.
    assert previous is None and following is None
    related, previous, following = catalogue.page_links(catalogue.get("bravo"))
    assert slugs(related) == ["echo"] and slugs([previous, following]) == ["alpha", "charlie"]


# --- links in a body to other patterns (published broken, were they not reported) ------------


def linking(folder: Folder, link: str) -> LoadResult:
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on")
    path = folder.write("linking", "A pattern that links to another")
    text = path.read_text(encoding="utf-8").replace("A claims team", f"See {link}. A claims team", 1)
    path.write_text(text, encoding="utf-8")
    return folder.load()


@pytest.mark.parametrize(
    ("link", "hint"),
    [
        ("[the sponsor](/patterns/the-sponsor-who-mov/)", "did you mean (the-sponsor-who-moved-on.md)?"),
        ("[the sponsor](the-sponsor-wh.md)", "did you mean (the-sponsor-who-moved-on.md)?"),
        # Two patterns start so: neither is named.
        ("[the sponsor](the-spons.md)", "keep the words and take the link off them until that pattern is published, or link to the file of one in patterns/"),
        # A part of one word is too little to name a pattern by.
        ("[the sponsor](spons.md)", "keep the words and take the link off them until that pattern is published, or link to the file of one in patterns/"),
    ],
)
def test_a_link_to_a_title_cut_short_in_a_word_names_the_one_pattern_it_starts(folder: Folder, link: str, hint: str):
    # 'verification-cost' for 'verification-costs-more-than-the-work': a title remembered in
    # part, cut in a word after a whole one, was told only to take the link off.
    folder.write("the-sponsors-diary", "The sponsor's diary of the pilot")
    result = linking(folder, link)
    (diagnostic,) = result.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.hint) == ("broken-link", 14, hint)


def test_a_related_pattern_cut_short_in_a_word_names_the_one_pattern_it_starts(folder: Folder):
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on")
    folder.write("the-sponsors-diary", "The sponsor's diary of the pilot")
    folder.write("relating", "A pattern that lists another", extra=listed("related", "the-sponsor-wh"))
    (diagnostic,) = folder.load().diagnostics
    assert (diagnostic.code, diagnostic.hint) == ("unknown-related", "did you mean 'the-sponsor-who-moved-on'?")


def test_links_to_parts_that_are_not_are_checked_in_linear_time(folder: Folder, growth):
    # Each broken link's hint was looked for among every heading's part: a file of 2,000
    # headings and 2,000 such links took 15 seconds (a review found it).
    def load(n: int) -> None:
        parts = "".join(f"### Part {k}\n\n[l](#Part-{k}-zz)\n\n" for k in range(n))
        (folder.patterns / "linking.md").write_text(pattern_text("A pattern with many parts").replace("A claims team", parts + "A claims team", 1), encoding="utf-8")
        assert {d.code for d in folder.load().diagnostics if d.is_error} == {"broken-link"}

    assert growth(load, 400) < 8


def test_a_name_repeated_in_one_file_is_compared_with_other_files_in_linear_time(folder: Folder, growth):
    # Each name was compared with every name read as it, its own file's repeats too: one
    # invalid file of 14,000 '  - ab' lines under also_known_as (95 kB) took minutes in
    # the catalogue's rules (a security review found it). Its own check reports the repeats.
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", extra=listed("also_known_as", "ab"))

    def load(n: int) -> None:
        folder.write("repeats", "A pattern that repeats one name", extra=listed("also_known_as", *["ab", "AB", "a-b"] * n))
        found = folder.load().diagnostics
        assert {d.code for d in found if d.path.endswith("repeats.md")} >= {"also-known-as-count", "duplicate-item"}
        assert sum(d.code == "duplicate-name" for d in found) == 1  # 'ab' is in both files: said once

    assert growth(load, 500) < 8


def test_names_alike_but_for_an_article_repeated_in_one_file_are_compared_in_linear_time(folder: Folder, growth):
    # As above, for names one but for an article or a plural: each of a file's repeats was
    # compared with every other name of the group.
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", extra=listed("also_known_as", "ab"), published="2026-01-05")

    def load(n: int) -> None:
        folder.write("repeats", "A pattern that repeats one name", extra=listed("also_known_as", *["the ab", "our ab", "a ab"] * n), published="2026-04-01")
        found = folder.load().diagnostics
        assert sum(d.code == "duplicate-name" for d in found if d.path.endswith("repeats.md")) == 3  # each way of writing it, once

    assert growth(load, 500) < 8


def test_which_file_is_blamed_is_worked_out_once_for_each_file(folder: Folder, monkeypatch: pytest.MonkeyPatch):
    # It was worked out again for each pair of files holding one name: 1,200 files with one
    # title took 13 CPU seconds, and two files of 1,000 names alike but for a plural 12
    # (complexity round of the forty-fourth session). Counted, not timed.
    from stallpatterns.facts import Facts

    asked: list[str] = []
    worked_out = Facts.blame_order

    def counted(self: Facts, added: float = 0) -> tuple:
        asked.append(self.display)
        return worked_out(self, added)

    monkeypatch.setattr(Facts, "blame_order", counted)
    for n in range(40):
        folder.write(f"a-copy-of-one-title-{n}", "One title that forty files claim", published=f"2026-01-{n % 28 + 1:02d}")
    assert sum(d.code == "duplicate-title" for d in folder.load().diagnostics) == 39
    assert len(asked) == len(set(asked)) == 40


def test_patterns_are_listed_from_a_to_z_as_a_reader_looks_for_them(folder: Folder):
    # An accented first letter went after Z when composed and among the E's when not; a
    # title in quotation marks went last; 'Case 10' came before 'Case 2'.
    titles = [
        "Zebra crossings in the workflow",
        "\u00c9mile and the missing owner",
        "E\u0301tienne and the stalled review",
        "\u2018Good enough\u2019 that nobody agreed",
        "Case 10 of the pilot backlog",
        "Eagle-eyed reviewers slow it down",
        "Case 2 of the pilot backlog",
    ]
    for number, title in enumerate(titles):
        folder.write(f"pattern-{'abcdefg'[number]}", title)
    result = folder.load()
    assert [d for d in result.diagnostics if d.is_error] == []
    assert [p.slug for p in result.catalogue] == ["pattern-g", "pattern-e", "pattern-f", "pattern-b", "pattern-c", "pattern-d", "pattern-a"]


def test_near_misses_of_broken_related_names_are_looked_for_in_linear_time(folder: Folder, monkeypatch):
    # Each broken name was compared with every slug for its 'did you mean': a catalogue of
    # 1,000 patterns with one broken name each took 20 CPU seconds to check, 2,000 took 99.
    compared = []
    near = catalogue.closest

    def counted(word: str, choices, *args, **kwargs):
        choices = list(choices)
        compared.append(len(choices))
        return near(word, choices, *args, **kwargs)

    monkeypatch.setattr(catalogue, "closest", counted)
    count = 3 * catalogue.MOST_NEAR_MISSES
    for k in range(count):
        folder.write(f"pattern-{k}", f"Pattern number {k} of many", extra=listed("related", f"pattern-{(k + 1) % count}-zz"))
    found = folder.load().diagnostics
    assert sum(d.code == "unknown-related" for d in found) == count
    assert sum(compared) <= catalogue.MOST_NEAR_MISSES * count  # not count * count
    assert any(d.hint == f"did you mean 'pattern-{k}'?" for d in found for k in range(count))


@pytest.mark.parametrize(
    ("link", "n"),
    [
        ("[r] ", 6_000),  # a reference: its address is on the line that defines it, not on this one
        ("![r] ", 4_500),
    ],
)
def test_a_line_of_links_whose_address_is_not_written_on_it_is_read_in_linear_time(settings: Settings, growth, link: str, n: int):
    # Each link's address was searched for along the rest of its line: a file of one line
    # of 24,000 references took 11 CPU seconds to check (a security review found it).
    def check(count: int) -> None:
        text = pattern_text("A pattern with many links").replace("A claims team", "[r]: /r\n\n" + link * count + "\n\nA claims team", 1)
        checked = catalogue.check_data(Path("patterns/linking.md"), "patterns/linking.md", settings, text.encode())
        assert checked.facts is not None and len(checked.facts.links) >= count

    assert growth(check, n) < 8


@pytest.mark.parametrize(
    ("link", "hint"),
    [
        ("[the sponsor](the-sponsor-moved-on.md)", "did you mean (the-sponsor-who-moved-on.md)?"),
        ("[the sponsor](../the-sponsor-moved-on/)", "did you mean (the-sponsor-who-moved-on.md)?"),
        ("[the sponsor](/patterns/the-sponsor/)", "did you mean (the-sponsor-who-moved-on.md)?"),
        ("[the sponsor](patterns/the-sponsor-who-moved-on.md)", "write (the-sponsor-who-moved-on.md) to link to that pattern"),
        ("[a chart](images/chart.png)", "put the picture in the site's docs/assets/ folder and write ![a chart](/assets/chart.png)"),
        ("[below](#the-fix)", "its parts are #the-intervention-shape, #what-is-actually-happening, #what-it-looks-like"),
        # An author's third review: each had the generic hint.
        ("[the sponsor](the-sponsor-who-moved-on.MD)", "write (the-sponsor-who-moved-on.md) to link to that pattern"),
        ("[the sponsor](the-sponsor-who-moved-on/)", "write (the-sponsor-who-moved-on.md) to link to that pattern"),
        ("[the sponsor](The%20sponsor%20who%20moved%20on%2012ab34cd.md)", "write (the-sponsor-who-moved-on.md) to link to that pattern"),
        ("[their fix](the-sponsor-who-moved-on.md#the-fix)", "its parts are #the-intervention-shape, #what-is-actually-happening, #what-it-looks-like"),
        # A part named as GitHub's preview names headings ('Build & buy' is #build--buy) or in capitals.
        ("[below](#What-is-actually-happening)", "write (#what-is-actually-happening), the site's name for it (a part's name is written in small letters)"),
        (
            "[their fix](the-sponsor-who-moved-on.md#the--intervention-shape)",
            "write (the-sponsor-who-moved-on.md#the-intervention-shape), the site's name for it "
            "(a part's name is its heading's words in small letters, accents kept, marks left out and a hyphen for each space)",
        ),
    ],
)
def test_a_link_to_a_pattern_or_a_part_that_does_not_exist_is_an_error_at_its_line_and_column(folder: Folder, link: str, hint: str):
    if link.startswith("[a chart]"):
        link = "!" + link
    result = linking(folder, link)
    assert found(result) == [("patterns/linking.md", "broken-link", 14)]
    (diagnostic,) = result.diagnostics
    address = link[link.index("](") + 2 : -1]
    assert diagnostic.column == len("See ") + link.index(address) + 1
    assert diagnostic.hint == hint
    assert "linking" not in result.catalogue


@pytest.mark.parametrize(
    ("link", "where", "hint"),
    [
        ("[the next section](#offer-review)", "this page", "link to the offer's own page: [Book a Stall Review](/contact/#review)"),
        ("[book](the-sponsor-who-moved-on.md#offer-diagnosis)", "'the-sponsor-who-moved-on'", "link to the offer's own page: [Book a Stall Diagnosis](/contact/#diagnosis)"),
        ("[results](#site-search-results)", "this page", "link to a heading of the pattern: its parts are #the-intervention-shape, #what-is-actually-happening, #what-it-looks-like"),
        # Once allowed as the site's own part; GitHub's preview has no such part.
        ("[the offers](#cta-heading)", "this page", "link to a heading of the pattern: its parts are #the-intervention-shape, #what-is-actually-happening, #what-it-looks-like"),
        ("[read on](#related)", "this page", "link to a heading of the pattern: its parts are #the-intervention-shape, #what-is-actually-happening, #what-it-looks-like"),
        ("[footer](#footer-1-heading)", "this page", "link to a heading of the pattern: its parts are #the-intervention-shape, #what-is-actually-happening, #what-it-looks-like"),
    ],
)
def test_a_link_to_a_part_the_site_adds_to_the_page_is_an_error(folder: Folder, link: str, where: str, hint: str):
    # '[the next section](#offer-review)' jumped to the offer's card on the site, and went
    # nowhere in GitHub's preview, which has only the pattern's own headings.
    result = linking(folder, link)
    assert found(result) == [("patterns/linking.md", "broken-link", 14)]
    (diagnostic,) = result.diagnostics
    fragment = link.rpartition("#")[2].rstrip(")")
    assert diagnostic.message == f"'#{fragment}' is a part the site adds to {where}, not one of the pattern's: in GitHub's preview the link goes nowhere"
    assert diagnostic.hint == hint


def test_a_link_to_the_top_of_the_page_goes_there_in_both_readers(folder: Folder):
    assert found(linking(folder, "[back to the top](#top)")) == []


@pytest.mark.parametrize(
    ("link", "goes"),
    [
        ("[The sponsor who moved on](https://evil.example/sponsor)", "'https://evil.example/sponsor'"),
        ("[the Sponsor Who Moved On](http://sponsor.example/)", "'http://sponsor.example/'"),
        ("[The sponsor who *moved on*](/finder/)", "'/finder/'"),
        ("[The sponsor who moved on](linking.md)", "the pattern 'A pattern that links to another'"),
        ("[The sponsor  who moved on](#what-it-looks-like)", "the pattern 'A pattern that links to another'"),
        ("[A pattern that links to another](https://evil.example/)", "'https://evil.example/'"),
        ("[The sponsor who moved on](mailto:x@evil.example)", "'mailto:x@evil.example'"),  # an e-mail link's words were not read
    ],
)
def test_a_link_whose_words_are_a_patterns_title_and_that_goes_elsewhere_is_an_error(folder: Folder, link: str, goes: str):
    # Readers take '[The sponsor who moved on](https://evil.example/)' for the site's own
    # pattern, in the site's own words; it was published.
    result = linking(folder, link)
    assert found(result) == [("patterns/linking.md", "link-text-elsewhere", 14)]
    (diagnostic,) = result.diagnostics
    meant = "the-sponsor-who-moved-on" if "sponsor" in link.lower().split("](")[0] else "linking"
    title = "The sponsor who moved on" if meant != "linking" else "A pattern that links to another"
    assert diagnostic.message == f"the link's words are the title of the pattern '{title}', but the link goes to {goes}: readers would take it for that pattern"
    assert diagnostic.hint.startswith(f"link to that pattern, [{link[1 : link.index('](')].replace('*', '')}]({meant}.md), or ")
    assert "linking" not in result.catalogue


@pytest.mark.parametrize(
    "link",
    [
        "[The sponsor who moved on](the-sponsor-who-moved-on.md)",
        "[The sponsor who moved on](the-sponsor-who-moved-on.md#what-it-looks-like)",
        "[The sponsor who moved on](/patterns/the-sponsor-who-moved-on/)",
        "[The sponsor who moved on](https://stallpatterns.github.io/stall-patterns/patterns/the-sponsor-who-moved-on/)",
        "[A pattern that links to another](#what-it-looks-like)",
        # Words that are not a whole title are another link's.
        "[the sponsor who moved on to a new role](https://evil.example/)",
        "[The sponsor](https://www.gov.uk/)",
    ],
)
def test_a_link_whose_words_are_a_patterns_title_may_go_to_that_pattern(folder: Folder, link: str):
    assert found(linking(folder, link)) == []


@pytest.mark.parametrize(
    "words",
    [
        # The attack round of the fifty-second session (helper-240): each went to another site.
        "Edit this page", "Report a problem with this page", "Give feedback on this pattern", "Download this pattern as a PDF",
        "Subscribe to updates", "Sign up for the newsletter", "Log in to your account", "RSS feed", "Our privacy policy", "Next pattern", "this site",
        "Edit this page on GitHub",
        # The attack round of the fifty-third session (helper-244): the site's own link words, and
        # things of the site's by its name.
        "Skip to content", "Atom feed of new patterns", "Copy link", "Go to the home page", "Back to all patterns", "View all patterns",
        # (Once allowed, as words other than the site's name alone: readers take it for this site.)
        "the Stall Patterns site",
        "Stall Patterns on GitHub", "Stall Patterns\u2019 repository", "Stall Patterns blog", "The Stall Patterns podcast",
        # The attack round of the fifty-fourth session.
        "Homepage", "About us", "Related patterns", "Search the catalogue",
        # The attack round of the fifty-seventh session.
        "Start the stall finder", "Find your stall", "Take the stall quiz",
    ],
)
def test_a_link_whose_words_name_a_part_of_the_site_and_that_goes_to_another_site_is_an_error(folder: Folder, words: str):
    result = linking(folder, f"[{words}](https://evil.example/)")
    assert found(result) == [("patterns/linking.md", "link-text-elsewhere", 14)]
    (diagnostic,) = result.diagnostics
    assert diagnostic.message == f"the link's words, '{words}', name a part of this site, but the link goes to 'https://evil.example/': readers would take it for this site's own"


@pytest.mark.parametrize(
    "link",
    [
        # A report, a newspaper's section or a book by the offers' last words, and headlines of two
        # sentences: the review of the fifty-fourth session's change (each refused by a reading it tried).
        "[the Review](https://hbr.org/2023/11/ai-pilots) has since followed it up.",
        "Saturday's [The Review](https://www.theguardian.com/books/series/review) carried it.",
        "Alan Lightman's novel [The Diagnosis](https://www.penguinrandomhouse.com/books/the-diagnosis) is about it.",
        "[Buy? Build? Partner? How firms choose AI](https://www.ft.com/content/x)",
        "[Hire. Train. Retain. AI skills in practice](https://www.cipd.org/x)",
        "[Book review: The Coming Wave by Mustafa Suleyman](https://www.theguardian.com/books/x)",
        "The ICO has [an about us page](https://ico.org.uk/about-us/), and the grant's page says [Apply now](https://www.gov.uk/apply).",
    ],
)
def test_a_citation_whose_words_hold_an_offers_word_or_an_ask_is_published(folder: Folder, link: str):
    assert found(linking(folder, link)) == []


def test_a_link_to_another_repository_through_the_sites_is_told_as_elsewhere(folder: Folder):
    # A browser resolves '..': the page is another repository's (the review of the session's change).
    result = linking(folder, "[Edit this page](https://github.com/stallpatterns/stall-patterns/../../attacker/repo/edit/main/x.md)")
    assert found(result) == [("patterns/linking.md", "link-text-elsewhere", 14)]


@pytest.mark.parametrize(
    "link",
    [
        "[the ICO's privacy notice](https://ico.org.uk/global/privacy-notice/)",
        "[feedback](https://example.com/survey)",
        "[subscribe](https://www.ft.com/)",
        "[another pattern](https://martinfowler.com/articles/patterns.html)",
        "[the catalogue](https://example.com/catalogue)",
        "[Edit this page](https://github.com/stallpatterns/stall-patterns/edit/main/docs/index.md)",
        "[Edit this page](http://github.com/stallpatterns/stall-patterns/edit/main/docs/index.md)",
        # Another's policy or sign-in, its owner named before the link (the review of the session's change).
        "[privacy policy](https://vendor.example.com/privacy)",
        "[sign in](https://portal.office.com/)",
        "[create an account](https://vendor.example.com/signup)",
        # Another's source; the words, or another's long title, that hold the site's name (the fifty-third session's).
        "[source on GitHub](https://github.com/vendor/tool)",
        "[stall patterns in the NHS](https://example.org/study)",
        "[Stall Patterns in Healthcare: Why Pilots Never Leave the Lab](https://example.org/study)",
        "[Stall Patterns on GitHub](https://github.com/stallpatterns/stall-patterns)",
        # Another site's own links, in a sentence's words; another's writing about the site (the review of the change).
        "[view all patterns](https://design-system.service.gov.uk/patterns/)",
        "[copy link](https://support.microsoft.com/copy-link)",
        "[skip to content](https://www.w3.org/WAI/)",
        "[Stall Patterns reviewed by CIOs](https://www.computerweekly.com/x)",
        # Citations, other sites' labels, and a public body's own (the second review of the change).
        "[this source](https://www.ons.gov.uk/x)",
        "[Our source](https://www.data.gov.uk/x)",
        "[Suggest an edit](https://docs.github.com/en/x)",
        "[Edit on GitHub](https://github.com/vendor/docs)",
        "[Show the patterns](https://www.patterns.dev/)",
        "[Skip to content](https://www.gov.uk/)",
        "[Go to the home page](https://www.nhs.uk/)",
    ],
)
def test_a_link_whose_words_name_anothers_page_or_the_sites_repository_may_go_there(folder: Folder, link: str):
    assert found(linking(folder, link)) == []


@pytest.mark.parametrize(
    "link",
    [
        "[Stall Patterns](https://evil.example/)",
        "[stall patterns](https://stall-patterns.example/)",
        "[**Stall Patterns**](http://evil.example/home)",
        "[Stall Patterns](mailto:hello@stallpattern.example)",  # an e-mail link's words were not read
    ],
)
def test_a_link_whose_words_are_the_sites_name_and_that_goes_to_another_site_is_an_error(folder: Folder, link: str):
    result = linking(folder, link)
    assert found(result) == [("patterns/linking.md", "link-text-elsewhere", 14)]
    (diagnostic,) = result.diagnostics
    address = link[link.index("](") + 2 : -1]
    assert diagnostic.message == f"the link's words are this site's name, Stall Patterns, but the link goes to '{address}': readers would take it for this site's"
    assert diagnostic.hint.endswith("](/), or write words that say where the link goes")


@pytest.mark.parametrize(
    ("link", "page", "title"),
    [
        ("[the stall finder](https://evil.example/finder)", "finder/", "Stall finder"),
        ("[All patterns](https://evil.example/)", "patterns/", "All patterns"),
        ("[Contact](https://evil.example/contact)", "contact/", "Contact"),
        ("[Contact](mailto:hello@stallpattern.example)", "contact/", "Contact"),
        ("[the stall finder](mailto:finder@stallpattern.example)", "finder/", "Stall finder"),
        # Said to be the site's, or its page, in other words (attack round of the forty-first session).
        ("[our contact page](https://evil.example/contact/)", "contact/", "Contact"),
        ("[this site’s contact form](https://evil.example/form)", "contact/", "Contact"),
        ("[the Contact page](https://evil.example/contact)", "contact/", "Contact"),
        ("[visit Stall Patterns’ stall finder](https://evil.example/f)", "finder/", "Stall finder"),
        # In capitals, or with a letter of another alphabet that looks as the nav's does (the
        # smuggling round of the forty-fourth session: each published).
        ("[CONTACT](https://evil.example/book)", "contact/", "Contact"),
        ("[Cont\u03b1ct](https://evil.example/book)", "contact/", "Contact"),
        ("[The Cont\u03b1ct page](https://evil.example/book)", "contact/", "Contact"),
        # In the plural, or with a word in brackets after it (attack round of the forty-fifth
        # session: each published).
        ("[Contacts](https://evil.example/book)", "contact/", "Contact"),
        ("[CONTACTS](https://evil.example/book)", "contact/", "Contact"),
        ("[Contact (new)](https://evil.example/book)", "contact/", "Contact"),
        ("[All patterns (2026)](https://evil.example/)", "patterns/", "All patterns"),
        # More words that say nothing of where it goes, and plurals with a page's word (the review
        # of this session's change: each passed).
        ("[Contact (new)!](https://evil.example/book)", "contact/", "Contact"),
        ("[Contact \u2013 new](https://evil.example/book)", "contact/", "Contact"),
        ("[Contact 2.0](https://evil.example/book)", "contact/", "Contact"),
        ("[the Contacts page](https://evil.example/book)", "contact/", "Contact"),
        ("[Stall finders](https://evil.example/f)", "finder/", "Stall finder"),
    ],
)
def test_a_link_whose_words_name_a_page_in_the_sites_nav_and_that_goes_to_another_site_is_an_error(folder: Folder, link: str, page: str, title: str):
    result = linking(folder, link)
    assert found(result) == [("patterns/linking.md", "link-text-elsewhere", 14)]
    (diagnostic,) = result.diagnostics
    assert diagnostic.message.startswith(f"the link's words are the name of this site's page '{title}', but the link goes to ")
    assert diagnostic.hint == f"link to the site's page, [{link[1 : link.index('](')]}](/{page}), or write words that say where the link goes"


@pytest.mark.parametrize(
    "link",
    [
        "[the stall finder](/finder/)",
        "[contact the vendor](https://vendor.example/contact)",
        "[all the patterns they had](https://www.gov.uk/)",
        "[contact](https://ico.org.uk/global/contact-us/)",  # 'the regulator's contact page': a page of one word is named with its capital
        "[the contact page](https://ico.org.uk/global/contact-us/)",
        "[the regulator's contact page](https://ico.org.uk/global/contact-us/)",
        "Keep [contacts](https://ico.org.uk/global/contact-us/) short.",  # in small letters, a word of the sentence
        "[Homes](https://www.gov.uk/government/organisations/homes-england) were built.",  # no home page in the plural
        # A word in brackets that names the page's owner or kind (the same review: each refused).
        "[Home (GOV.UK)](https://www.gov.uk/)",
        "[Contact (ICO)](https://ico.org.uk/global/contact-us/)",
        "[Contact (PDF)](https://www.england.nhs.uk/contact.pdf)",
    ],
)
def test_a_link_whose_words_name_a_page_of_the_site_may_go_there_and_other_words_elsewhere(folder: Folder, link: str):
    assert found(linking(folder, link)) == []


@pytest.mark.parametrize(
    "link", ["[Stall Patterns](/)", "[Stall Patterns](https://stallpatterns.github.io/stall-patterns/)", "[Stall Patterns](/patterns/)", "[the Stall Patterns site](/)"]
)
def test_a_link_whose_words_are_the_sites_name_may_go_to_the_site(folder: Folder, link: str):
    assert found(linking(folder, link)) == []


@pytest.mark.parametrize(
    ("link", "host"),
    [
        # Attack round: a site named for this one passed, linked and bare.
        ("[the booking page](https://www.stallpatterns-bookings.example/b)", "www.stallpatterns-bookings.example"),
        ("[the guide](https://stall-patterns.example/guide)", "stall-patterns.example"),
        ("www.stallpatterns-bookings.example", "www.stallpatterns-bookings.example"),
        # Attack round of the forty-first session: its name with one letter accented, in
        # punycode as written or as the link reads it, passed.
        ("[the guide](https://xn--stallpattrns-jeb.github.io/guide)", "xn--stallpattrns-jeb.github.io"),
        ("[the guide](https://stallpatt\u00e9rns.github.io/guide)", "xn--stallpattrns-jeb.github.io"),
        # With a slip in the name (the second attack round of this session).
        ("[the guide](https://stallpattern.co.uk/guide)", "stallpattern.co.uk"),
        ("[the guide](https://www.stalpatterns.com/guide)", "www.stalpatterns.com"),
        # An account on a code host named for it, not the site's own (left open by the last attack round).
        ("[the code](https://github.com/stall-patterns-team/site)", "github.com/stall-patterns-team"),
        ("[the code](https://github.com/stalpatterns/stall-patterns)", "github.com/stalpatterns"),
    ],
)
def test_a_link_to_another_site_named_for_this_one_is_an_error(folder: Folder, link: str, host: str):
    result = linking(folder, link)
    assert found(result) == [("patterns/linking.md", "link-address", 14)]
    assert result.diagnostics[0].message == (
        f"the link goes to '{host}', another site with this site's name, Stall Patterns, in its own: readers would take it for this site"
    )


@pytest.mark.parametrize(
    ("link", "host", "offer"),
    [
        # Left open by the last attack round: a site named for one of the offers passed.
        ("[the guide](https://stallreview.co.uk/guide)", "stallreview.co.uk", "Stall Review"),
        ("[the guide](https://www.book-stall-diagnosis.example/)", "www.book-stall-diagnosis.example", "AI Rollout Stall Diagnosis"),
        ("[the guide](https://stall-review.example/b)", "stall-review.example", "Stall Review"),
        # The attack round of the forty-third session: the name after other letters (passed).
        ("[the survey](https://mystallreview.com/)", "mystallreview.com", "Stall Review"),
        ("[the survey](https://rolloutstalldiagnosis.com/)", "rolloutstalldiagnosis.com", "AI Rollout Stall Diagnosis"),
    ],
)
def test_a_link_to_another_site_named_for_an_offer_is_an_error(folder: Folder, link: str, host: str, offer: str):
    result = linking(folder, link)
    assert found(result) == [("patterns/linking.md", "link-address", 14)]
    assert result.diagnostics[0].message == (
        f"the link goes to '{host}', another site with the name of this site's offer, {offer}, in its own: readers would take it for this site"
    )


@pytest.mark.parametrize(
    "link",
    [
        "[the reviewer's notes](https://installreviewer.example/)",
        "[the notes](https://reinstallreview.example/)",
        "[the forestall guide](https://forestalldiagnosis.example/)",
        "[the review](https://www.gov.uk/reviews)",
        "[a stall](https://stall.example/review)",
    ],
)
def test_a_link_to_a_site_whose_name_only_holds_an_offers_letters_passes(folder: Folder, link: str):
    assert found(linking(folder, link)) == []


@pytest.mark.parametrize("link", ["www.stallpatterns-bookings.example/b", "<https://stall-patterns.example/guide>", "https://stall-patterns.example/guide"])
def test_a_link_shown_as_its_address_is_told_where_its_address_is(folder: Folder, link: str):
    # It was told at column 1, where an author looked for it in vain.
    result = linking(folder, link)
    (diagnostic,) = result.diagnostics
    line = (folder.patterns / "linking.md").read_text(encoding="utf-8").splitlines()[diagnostic.line - 1]
    assert line[diagnostic.column - 1 :].startswith(link.lstrip("<")), (diagnostic.column, line)


@pytest.mark.parametrize(
    "link", ["[the repository](https://github.com/stallpatterns/stall-patterns)", "[the contact page](https://stallpatterns.github.io/stall-patterns/contact/)"]
)
def test_a_link_to_this_sites_own_host_or_repository_is_no_site_named_for_it(folder: Folder, link: str):
    assert found(linking(folder, link)) == []


@pytest.mark.parametrize(
    "link",
    [
        # Attack round: each passed, a button to another site's booking on this site's page.
        "[Book now](https://evil.example/)",
        "[👉 Book now](https://evil.example/b)",
        "[Get in touch](https://evil.example/c)",
        "[Contact us](mailto:bookings@evil.example)",
        # Someone unnamed to talk to, or a price to ask for (an attack round of this session).
        "[Talk to an expert](https://cal.evil.example/t)",
        "[Speak to our team](https://cal.evil.example/t)",
        "[Get a quote](https://cal.evil.example/q)",
        "[Request a callback](https://cal.evil.example/c)",
        "[Let’s talk](https://cal.evil.example/l)",
        # The site's own words for its offers, a demo booked, a price paid (the next attack round).
        "[Work with us](https://evil.example/w)",
        "[Book a demo](https://cal.evil.example/d)",
        "[Buy now](https://pay.evil.example/b)",
        "[Pay here](https://pay.evil.example/p)",
        "[Click here to book](https://cal.evil.example/c)",
        "[Reserve your place](https://cal.evil.example/r)",
        # A way to reach or pay whoever wrote the page, or its people, said to be the site's
        # (attack round of the forty-first session: each passed).
        "[Contact the team](https://evil.example/t)",
        "[the booking desk](mailto:desk@evil.example)",
        "[Stall Patterns’ calendar](https://cal.evil.example/s)",
        "[Reserve your diagnostic slot](https://cal.evil.example/d)",
        "[Enquire about availability](https://evil.example/a)",
        "[this site’s booking page](https://evil.example/b)",
        # The second attack round of this session: each passed.
        "[Chat with us](https://evil.example/c)",
        "[Drop us a line](https://evil.example/d)",
        "[Free 15-minute call](https://cal.evil.example/f)",
        "[Pick a time](https://cal.evil.example/p)",
        "[Claim your slot](https://cal.evil.example/c)",
        "[Join the waiting list](https://evil.example/w)",
        "[Register interest](https://evil.example/r)",
        "[Checkout](https://pay.evil.example/c)",
        "[Follow us on LinkedIn](https://linkedin.com/company/evil)",
        "[Write to me](mailto:me@evil.example)",
        # The attack round of the forty-third session: each passed.
        "[Sign up for a session with us](https://cal.evil.example/s)",
        "[DM us](https://x.com/evil)",
        # The smuggling round of the forty-sixth session: each passed.
        "[Get in contact](https://evil.example/c)",
        "[Reach out](https://evil.example/r)",
        "[Make an enquiry](https://evil.example/e)",
        "[Speak to someone](https://evil.example/s)",
        "[ContactUs](https://evil.example/c)",
        "[Reserve now](https://cal.evil.example/r)",
        "[Complete your booking](https://pay.evil.example/c)",
        "[Claim your free session](https://cal.evil.example/c)",
        # The forty-seventh session: the page's author is the site's.
        "[Contact the author](https://evil.example/a)",
        "[Email the authors](mailto:us@evil.example)",
        "[Talk to the editor](https://cal.evil.example/e)",
        "[Book with us](https://evil.example/b)",
        "[Pay us](https://pay.evil.example/p)",
        "[Give us a call](https://evil.example/c)",
        "[Hire the authors](https://evil.example/h)",
        "[Book](https://evil.example/b)",
        "[📅 Book](https://evil.example/b)",
        "[The authors’ booking page](https://evil.example/b)",
        # The attack round of the forty-eighth session: a till's words alone, paying or messaging the
        # author, a free consultation, and the site's own chat.
        "[Pay](https://evil.example/p)",
        "[Hire](https://evil.example/h)",
        "[Add to basket](https://evil.example/cart)",
        "[Tip the author](https://evil.example/t)",
        "[Buy Sam a coffee](https://evil.example/c)",
        "[Say hello](https://evil.example/hello)",
        "[Claim your free consultation](https://evil.example/free)",
        "[DM the author](https://evil.example/dm)",
        "[Contact the author directly](https://evil.example/c)",
        "[Join our Slack](https://evil.example/slack)",
        # The attack round of the fifty-fourth session: the ask after the site's own question, and asks
        # of its own.
        "[Is this your stall? Book now](https://evil.example/b)",
        "[Make an appointment](https://evil.example/a)",
        "[Send a message](https://evil.example/m)",
        "[Leave your details](https://evil.example/d)",
        "[Schedule time with me](https://evil.example/t)",
        # The attack round of the fifty-fifth session: a till's next step, a call back, an expert for
        # hire, the reader's stall asked for.
        "[Proceed to payment](https://evil.example/p)",
        "[Pay by card](https://evil.example/p)",
        "[Call me back](https://evil.example/c)",
        "[Arrange a callback](https://evil.example/c)",
        "[Hire an expert](https://evil.example/h)",
        "[Tell us about your stall](https://evil.example/x)",
        "[Get help with this stall](https://evil.example/x)",
        "[Proceed to secure payment](https://evil.example/p)",
        "[Pay via card](https://evil.example/p)",
        "[Call us back](https://evil.example/c)",
        "[Get expert help](https://evil.example/h)",
        "[Share your stalled rollout](https://evil.example/s)",
        # The attack round of the fifty-sixth session: each went to another site.
        "[Let’s chat](https://evil.example/c)",
        "[Enquire](https://evil.example/e)",
        "[Ask a question](https://evil.example/q)",
        "[Grab 15 minutes](https://evil.example/c)",
        "[Get a second opinion](https://evil.example/o)",
        "[Send me your pilot’s details](https://evil.example/intake)",
        "[the booking page below](https://evil.example/book)",
        "[the official booking page](https://evil.example/book)",
        "[our consultants](https://evil.example/)",
        "[the team behind this site](https://evil.example/)",
        # The attack round of the fifty-seventh session: words with their letters spaced out.
        "[B o o k  a  c a l l](https://evil.example/c)",
        # A name like a regulator's, not its own domain.
        "[Ask a question](https://ico.org.uk.evil.example/q)",
        "[Ask a question](https://myico.org.uk/q)",
        "[Contact us](https://fca-org.uk/contact)",
    ],
)
def test_a_link_whose_words_ask_to_contact_or_book_the_site_and_that_goes_elsewhere_is_an_error(folder: Folder, link: str):
    hint, words = _told_as_asking_the_site(folder, link)
    assert hint == f"write words that name whom the link goes to ('contact the ICO'), or link to the site's page, [{words}](/contact/)"


def _told_as_asking_the_site(folder: Folder, link: str) -> tuple[str | None, str]:
    """The one error for a link that asks to contact or book the site and goes elsewhere: its hint, and the link's words."""
    result = linking(folder, link)
    assert found(result) == [("patterns/linking.md", "link-text-elsewhere", 14)]
    (diagnostic,) = result.diagnostics
    words, address = link[1 : link.index("](")], link[link.index("](") + 2 : -1]
    assert diagnostic.message == (
        f"the link's words, '{words}', ask readers to contact or book this site, but the link goes to '{address}': readers would take it for the site's own booking"
    )
    return diagnostic.hint, words


@pytest.mark.parametrize(
    "link",
    [
        "[Book a free 30-minute call](https://calendly.com/someone)",
        "[Schedule your 90-minute session](https://calendly.com/evil/stall)",
        "[Pay your deposit](https://buy.stripe.com/x)",
        "[Message us on WhatsApp](https://wa.me/447700900123)",
        "[our Telegram group](https://t.me/evil)",
        "[Support our work](https://paypal.me/evil)",
        "[Send payment](https://paypal.me/evil)",
        "[get in touch](https://calendly.com/jane)",
        # Words that ask since the fifty-fifth session, to a service of payments or of forms.
        "[Pay by card](https://square.link/u/abc123)",
        "[Tell us about your stall](https://forms.gle/AbC123)",
        "[Tell us about your stall](https://stallhelp.typeform.com/to/AbC123)",
    ],
)
def test_a_link_whose_words_ask_to_contact_the_site_and_that_goes_to_a_booking_service_is_told_to_go(folder: Folder, link: str):
    # Told to name whom it goes to, '[contact Jane](https://calendly.com/jane)' was refused again, as a
    # link to such a service: the hint says to link to the site or delete it (the authors' round of the fifty-third session).
    hint, words = _told_as_asking_the_site(folder, link)
    assert hint == (
        f"link to the site's page, [{words}](/contact/), or delete the link: a link to a service that books or takes payments is refused whatever its words"
    )


@pytest.mark.parametrize(
    ("link", "host"),
    [
        # The attack round of the forty-seventh session: each passed, words of the site's own or
        # none, to a service that books, takes a payment or opens a chat.
        ("[The Review](https://calendly.com/stallhelp)", "calendly.com"),
        ("[Ninety minutes](https://cal.com/stallhelp/review)", "cal.com"),
        ("[the smaller first step](https://buy.stripe.com/x)", "buy.stripe.com"),
        ("[📅](https://stallhelp.youcanbook.me/)", "stallhelp.youcanbook.me"),
        # The review of the session's change: each passed.
        ("[Ninety minutes](https://calendly.com/blog/../stallhelp)", "calendly.com"),
        ("[Ninety minutes](https://calendar.google.com/calendar/appointments/schedules/AcZ)", "calendar.google.com"),
        ("[Ninety minutes](https://www.paypal.com/paypalme/stallhelp)", "www.paypal.com"),
        # Payments, tips and sales, and invitations to a chat or a call (the attack round of the
        # forty-eighth session: each published).
        ("[By card](https://square.link/u/abc123)", "square.link"),  # ('Pay by card' asks: told below)
        ("[Patronage](https://www.patreon.com/stallhelp)", "www.patreon.com"),
        ("[The workbook](https://stallhelp.gumroad.com/l/workbook)", "stallhelp.gumroad.com"),
        ("[Bank transfer](https://wise.com/pay/me/samj)", "wise.com"),
        ("[The group](https://chat.whatsapp.com/AbCdEf)", "chat.whatsapp.com"),
        ("[The server](https://discord.gg/stallhelp)", "discord.gg"),
        ("[The workspace](https://join.slack.com/t/stallhelp/shared_invite/abc)", "join.slack.com"),
        ("[The call](https://us02web.zoom.us/j/85512345678)", "us02web.zoom.us"),
        # Meetings, chats, payments, invoices and sponsorships (the attack round of the fifty-sixth session: each published).
        ("[The session](https://meet.google.com/abc-defg-hij)", "meet.google.com"),
        ("[The session](https://teams.live.com/meet/9876543)", "teams.live.com"),
        ("[The session](https://teams.microsoft.com/l/meetup-join/19%3ameeting)", "teams.microsoft.com"),
        ("[The session](https://whereby.com/stallhelp)", "whereby.com"),
        ("[The session](https://meet.jit.si/stallhelp)", "meet.jit.si"),
        ("[The session](https://zoom.com/j/81234567890)", "zoom.com"),
        ("[The session](https://app.zoom.us/wc/join/81234567890)", "app.zoom.us"),
        ("[The session](https://doodle.com/bp/stallhelp/meet)", "doodle.com"),
        ("[The chat](https://telegram.me/stallhelp)", "telegram.me"),
        ("[The chat](https://discord.com/invite/abc)", "discord.com"),
        ("[The chat](https://www.messenger.com/t/stallhelp)", "www.messenger.com"),
        ("[The chat](https://www.linkedin.com/messaging/compose/?recipient=stallhelp)", "www.linkedin.com"),
        ("[The chat](https://matrix.to/#/@stallhelp:matrix.org)", "matrix.to"),
        ("[The receipt](https://cash.app/$stallhelp)", "cash.app"),
        ("[The receipt](https://account.venmo.com/u/stall-help)", "account.venmo.com"),
        ("[The receipt](https://www.paypal.com/ncp/payment/ABC123)", "www.paypal.com"),
        ("[The receipt](https://invoice.stripe.com/i/acct_1/live_abc)", "invoice.stripe.com"),
        ("[The receipt](https://pay.gocardless.com/AL000ABCDEF)", "pay.gocardless.com"),
        ("[The receipt](https://github.com/sponsors/stallhelp)", "github.com"),
        ("[The receipt](https://opencollective.com/stallhelp)", "opencollective.com"),
        ("[The receipt](https://www.gofundme.com/f/stallhelp)", "www.gofundme.com"),
        # More (the attack round of the fifty-seventh session: each published).
        ("[my EU calendar](https://meetings-eu1.hubspot.com/jane-smith)", "meetings-eu1.hubspot.com"),
        ("[Microsoft Bookings](https://outlook.office365.com/book/JaneSmithAdvisory@acme.onmicrosoft.com/)", "outlook.office365.com"),
        ("[PayPal](https://www.paypal.com/cgi-bin/webscr?cmd=_donations&business=jane%40example.org)", "www.paypal.com"),
        ("[Stripe](https://pay.stripe.com/invoice/acct_1abc/live_abc)", "pay.stripe.com"),
        ("[Stripe's billing portal](https://billing.stripe.com/p/login/abc123XYZ)", "billing.stripe.com"),
        ("[Paddle checkout](https://buy.paddle.com/product/12345)", "buy.paddle.com"),
        ("[The receipt](https://revolut.com/pay/abc123)", "revolut.com"),
        ("[The receipt](https://wise.com/share/janesmithj)", "wise.com"),
        ("[The receipt](https://liberapay.com/janesmith/donate)", "liberapay.com"),
        ("[The receipt](https://donorbox.org/stall-patterns-fund)", "donorbox.org"),
        ("[Send via Swish](https://app.swish.nu/1/p/sw/?sw=1231234567&amt=750)", "app.swish.nu"),
        ("[Webex room](https://acme.webex.com/meet/jane.smith)", "acme.webex.com"),
        ("[GoTo](https://meet.goto.com/123456789)", "meet.goto.com"),
        ("[The call](https://topmate.io/jane_smith)", "topmate.io"),
        ("[The call](https://clarity.fm/janesmith)", "clarity.fm"),
        ("[The chat](https://invite.viber.com/?g2=AQAbc)", "invite.viber.com"),
        ("[The chat](https://open.kakao.com/o/sAbCdEf)", "open.kakao.com"),
        # A SimpleX address to message (helper-269: published).
        ("[The chat](https://simplex.chat/contact#/?v=2&smp=smp%3A%2F%2Fabc)", "simplex.chat"),
        ("[The chat](https://simplex.chat/invitation#/?v=2&smp=abc)", "simplex.chat"),
    ],
)
def test_a_link_to_a_service_that_books_or_takes_payments_is_an_error(folder: Folder, link: str, host: str):
    result = linking(folder, link)
    assert found(result) == [("patterns/linking.md", "link-address", 14)]
    (diagnostic,) = result.diagnostics
    assert diagnostic.message == (
        f"the link goes to '{host}', a service that books meetings, takes payments or opens a chat: on this site's page, readers would take it for the site's own booking"
    )
    assert diagnostic.hint == "link to the site's page for its offers, [the offers](/contact/), or name the service without a link"


@pytest.mark.parametrize(
    ("link", "host"),
    [
        # The attack round of the fifty-sixth session: each published, one person's page of links.
        ("[My links](https://linktr.ee/stallhelp)", "linktr.ee"),
        ("[Everything else](https://beacons.ai/stallhelp)", "beacons.ai"),
        ("[The studio](https://stallhelp.carrd.co/)", "stallhelp.carrd.co"),
        ("[About the author](https://about.me/stallhelp)", "about.me"),
    ],
)
def test_a_link_to_one_persons_page_of_links_is_an_error(folder: Folder, link: str, host: str):
    (diagnostic,) = [d for d in linking(folder, link).diagnostics if d.is_error]
    assert (diagnostic.path, diagnostic.code, diagnostic.line) == ("patterns/linking.md", "link-address", 14)
    assert diagnostic.message == (
        f"the link goes to '{host}', a service of pages of one person's links, to reach, follow or pay them: "
        "on this site's page, readers would take it for the site's own contact page"
    )
    assert diagnostic.hint == "link to the site's page for its offers, [the offers](/contact/), or name the person without a link"


@pytest.mark.parametrize(
    ("link", "host"),
    [
        # The attack round of the forty-eighth session: each published, a form that asks readers
        # for their details, on a service of forms.
        # (Words that ask, 'Tell us about your stall', are told as such: the fifty-fifth session, below.)
        ("[Our survey](https://forms.gle/AbC123)", "forms.gle"),
        ("[Our survey](https://stallhelp.typeform.com/to/AbC123)", "stallhelp.typeform.com"),
        ("[Three questions](https://docs.google.com/forms/d/e/1FAIpQLSf/viewform)", "docs.google.com"),
        ("[Three questions](https://forms.office.com/r/AbC123)", "forms.office.com"),
        ("[Three questions](https://www.surveymonkey.com/r/AbC123)", "www.surveymonkey.com"),
        ("[Three questions](https://tally.so/r/abc123)", "tally.so"),
        ("<https://forms.gle/AbC123>", "forms.gle"),
        # Other services of forms, and other addresses of the same ones (helper-228: each published).
        ("[Three questions](https://forms.office.com/e/AbC123xyz)", "forms.office.com"),
        ("[Three questions](https://docs.google.com/a/stallhelp.co.uk/forms/d/1AbC/viewform)", "docs.google.com"),
        ("[Three questions](https://stallhelp.typeform.com/intake)", "stallhelp.typeform.com"),
        ("[Three questions](https://forms.zohopublic.com/stallhelp/form/Intake/formperma/AbC123)", "forms.zohopublic.com"),
        ("[Three questions](https://stallhelp.paperform.co/intake)", "stallhelp.paperform.co"),
        ("[Three questions](https://www.smartsurvey.co.uk/s/AbC123/)", "www.smartsurvey.co.uk"),
        # (The attack round of the fifty-seventh session: each published.)
        ("[Three questions](https://acme.qualtrics.com/jfe/form/SV_abc123)", "acme.qualtrics.com"),
        ("[Three questions](https://forms.monday.com/forms/abc123?r=use1)", "forms.monday.com"),
        ("[Three questions](https://survey.alchemer.com/s3/7654321/intake)", "survey.alchemer.com"),
    ],
)
def test_a_link_to_a_form_on_a_service_of_forms_is_an_error(folder: Folder, link: str, host: str):
    # (Google's documents are also warned of as kept for an organisation's own people.)
    (diagnostic,) = [d for d in linking(folder, link).diagnostics if d.is_error]
    assert (diagnostic.path, diagnostic.code, diagnostic.line) == ("patterns/linking.md", "link-address", 14)
    assert diagnostic.message == (
        f"the link goes to '{host}', a service of forms that readers fill in with their details: "
        "on this site's page, readers would take it for the site's own form for bookings or enquiries"
    )
    assert diagnostic.hint == (
        "link to the page that tells of the form (its owner's page about the survey or consultation), or name it without a link; "
        "to the site's offers, link to [the offers](/contact/)"
    )


@pytest.mark.parametrize(
    "link",
    [
        "[Calendly's study of meetings](https://calendly.com/blog/meeting-lengths)",
        "[Calendly](https://calendly.com/)",
        "[its help pages](https://help.calendly.com/hc/en-us)",
        "[Typeform's guide to surveys](https://www.typeform.com/surveys/)",
        "[Tally's templates](https://tally.so/templates)",
        "[the survey's results](https://forms.office.com/r/AbC123/viewanalytics)",
        "[Cognito's blog](https://www.cognitoforms.com/blog/123/post)",
        # A service's own pages under names of its own (helper-229).
        "[Typeform's research hub](https://info.typeform.com/ai-report-2024)",
        "[Paperform's help centre](https://help.paperform.co/en/articles/pricing)",
        "[Formstack's guide](https://www.formstack.com/forms/what-is-a-form)",
        "[Jotform's 2024 numbers](https://www.jotform.com/2024-year-in-review/)",
        # The services listed in the fifty-sixth session, by their own pages.
        "[GitHub Sponsors](https://github.com/sponsors)",
        "[Google Meet](https://meet.google.com/)",
        "[Whereby's blog](https://whereby.com/blog/remote-work)",
        "[Discord's safety centre](https://discord.com/safety)",
        "[Open Collective](https://opencollective.com/)",
        "[Linktree's report on creators](https://linktr.ee/blog/creator-report)",
        "[Carrd](https://carrd.co/)",
        # The services listed in the fifty-seventh session, by their own pages.
        "[Liberapay](https://liberapay.com/about/)",
        "[Wise's fees](https://wise.com/gb/pricing/)",
        "[Revolut's business accounts](https://www.revolut.com/business/)",
        "[Webex's guidance](https://help.webex.com/en-us/article/meetings)",
        "[Qualtrics' report](https://www.qualtrics.com/research/ai-report/)",
        "[a survey of charity fundraising tools](https://donorbox.org/nonprofit-blog/ai-for-nonprofits)",
        "[Liberapay](https://liberapay.com/explore/repositories)",
        "[Clarity's browse page](https://clarity.fm/browse/business)",
    ],
)
def test_a_services_own_pages_may_be_linked(folder: Folder, link: str):
    assert found(linking(folder, link)) == []


@pytest.mark.parametrize(
    "link",
    [
        "[Book now](/contact/)",
        "[contact the ICO](https://ico.org.uk/)",
        "[get a diagnosis](https://www.nhs.uk/conditions/)",
        # The differential run of the forty-sixth session: refused by its first readings.
        "[request a review](https://ico.org.uk/for-the-public/)",
        "[talk to someone](https://www.samaritans.org/)",
        "[book a call with the vendor](https://vendor.example/)",
        "[the book](https://www.gov.uk/)",
        "[talk to an expert at Citizens Advice](https://www.citizensadvice.org.uk/)",
        "[talk to the ICO](https://ico.org.uk/)",
        "[book a demo of the vendor's tool](https://vendor.example/demo)",
        "[buy the report](https://shop.example/report)",
        "[work with us on the survey](https://survey.example/)",
        "[reserve your place at the conference](https://events.example/)",
        "[the book](https://publisher.example/book)",
        "[the regulator's enquiries line](https://ico.org.uk/)",
        "[the finance team's calendar](https://example.com/calendar)",
        "[our survey of 200 firms](https://survey.example/)",
        "[our team's report](https://example.com/report.pdf)",
        "[pay the supplier](https://example.com/invoices)",
        "[sign up for the NCSC newsletter](https://www.ncsc.gov.uk/)",
        "[apply for funding](https://www.ukri.org/)",
        "[request a security review](https://www.ncsc.gov.uk/)",
        "[request a review from the NCSC](https://www.ncsc.gov.uk/)",
        "[request a review of the decision](https://www.gov.uk/mandatory-reconsideration)",
        "[sign up](https://www.eventbrite.co.uk/) for the vendor's webinar",
        "[book a training session](https://training.example/)",
        "[contact the regulator](https://ico.org.uk/)",
        "[the sales team](https://vendor.example/sales)",
        "[the author of the study](https://university.example/)",
        "[contact the report's authors](https://university.example/)",
        "[hire the team that built it](https://vendor.example/)",
        "[hire the experts](https://www.gov.uk/guidance/hiring)",
        "[book](https://www.penguin.co.uk/books/123)",
        "[Zoom's guidance on webinars](https://zoom.us/docs/en-us/webinar.html)",
        "[Wise's fees](https://wise.com/gb/pricing/)",
        "regulators in the [US](https://www.ftc.gov/)",
        # A public body's own page asks in its own words (the review of the fifty-fifth session's change).
        "HMRC's page, [Pay by card](https://www.gov.uk/pay-self-assessment-tax-bill/pay-by-debit-or-credit-card), is where the bot sent people",
        "[Book now](https://www.nhs.uk/nhs-services/appointments/)",
        "[Describe your situation](https://www.citizensadvice.org.uk/)",
        "[Share your story](https://www.mind.org.uk/get-involved/share-your-story/)",
        # Whose they are said before the link, or a public body's (the fifty-sixth session).
        "OpenAI's [current prices](https://openai.com/api/pricing/) fell",
        "the journal's [editors](https://www.nature.com/nature/editors) disagreed",
        "the vendor's [consultants](https://vendor.example/services) were expensive",
        "[Enquire](https://www.gov.uk/contact-hmrc) with HMRC",
        "[Get a second opinion](https://www.nhs.uk/second-opinion) from the NHS",
        "the [team behind the model](https://example.org/) left",
        # A UK regulator's own page, on its own domain (the false-refusal round of the fifty-sixth session).
        "The ICO's [Ask a question](https://ico.org.uk/global/contact-us/) page answered within a week",
        "[Contact us](https://www.fca.org.uk/contact) on the FCA's site lists its lines",
        # Another site's dates and feed (the false-refusal round of the fifty-seventh session).
        "APM's risk management course is worth the two days ([see available dates](https://www.apm.org.uk/training/risk-management/))",
        "Martin Fowler's site lets you [subscribe to new patterns](https://martinfowler.com/feed.atom) as an Atom feed",
    ],
)
def test_a_link_whose_words_name_whom_it_contacts_may_go_there(folder: Folder, link: str):
    assert found(linking(folder, link)) == []


@pytest.mark.parametrize(
    ("link", "address"),
    [
        # Attack round: the reader who asked for the Review was shown the Diagnosis and its price.
        ("[Book a Stall Review](/contact/#diagnosis)", "/contact/#diagnosis"),
        ("[the Stall Diagnosis](../../contact/#review)", "../../contact/#review"),
        ("[book a review](/finder/)", "/finder/"),
        ("[Stall Review](the-sponsor-who-moved-on.md)", "the-sponsor-who-moved-on.md"),
    ],
)
def test_a_link_whose_words_name_an_offer_and_that_goes_elsewhere_on_the_site_is_an_error(folder: Folder, link: str, address: str):
    result = linking(folder, link)
    assert found(result) == [("patterns/linking.md", "link-text-elsewhere", 14)]
    (diagnostic,) = result.diagnostics
    offer = "Stall Diagnosis" if "Diagnosis" in link else "Stall Review"
    assert diagnostic.message.startswith("the link's words name this site's offer, ")
    assert f"{offer}, but the link goes to '{address}', not to the offer: readers would be shown another page, or another offer" in diagnostic.message
    assert diagnostic.hint.startswith("link to the offer, [Book a")


@pytest.mark.parametrize("link", ["[Book a Stall Review](/contact/#review)", "[the Stall Diagnosis](../../contact/#diagnosis)", "[book a review](/contact/)"])
def test_a_link_whose_words_name_an_offer_may_go_to_the_offer_or_its_page(folder: Folder, link: str):
    assert found(linking(folder, link)) == []


def test_a_picture_that_is_no_file_of_the_site_is_told_the_line_to_write_with_its_own_words(folder: Folder):
    # The hint wrote '![what it shows](/assets/…)': followed word for word, the page published
    # 'what it shows' as the picture's description, in place of the author's own.
    result = linking(folder, "![The dashboard, with its three figures](images/dashboard.png)")
    (diagnostic,) = result.diagnostics
    assert diagnostic.hint == "put the picture in the site's docs/assets/ folder and write ![The dashboard, with its three figures](/assets/dashboard.png)"


HEADINGS_GITHUB_NUMBERS_OTHERWISE = "### Top\n\nOne.\n\n### Top\n\nTwo.\n\n### Related\n\nThree.\n\n"
"""Three headings whose parts GitHub's preview names #top, #top-1 and #related, and the site
#top-1, #top-2 and #related-1: 'top' is the top of any page and 'related' a part of every
pattern's page, so no heading takes them."""


@pytest.mark.parametrize(
    ("fragment", "hint"),
    [
        # The site's name for it is GitHub's for the second 'Top': only a new name serves both.
        ("#top", "give the heading on line 16 a name no other heading and no part of the site has, then change '#top' here to match"),
        (
            "#top-1",
            "give the heading on line 20 a name no other heading and no part of the site has, then change '#top-1' here to match, "
            "or write (#top-2), the site's name for its part",
        ),
        (
            "#related",
            "give the heading on line 24 a name no other heading and no part of the site has, then change '#related' here to match, "
            "or write (#related-1), the site's name for its part",
        ),
        (
            "linking.md#top-1",
            "give the heading on line 18 of patterns/linking.md a name no other heading and no part of the site has, "
            "then change '#top-1' here to match, or write (linking.md#top-2), the site's name for its part",
        ),
    ],
)
def test_a_link_to_a_heading_the_site_names_otherwise_than_github_is_an_error_at_its_line(folder: Folder, fragment: str, hint: str):
    # '#top-1' went to the second 'Top' in the author's preview and to the first on the site;
    # '#top' and '#related' to the top of the page and to the related patterns.
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on")
    path = folder.write("linking", "A pattern that links to another")
    text = path.read_text(encoding="utf-8").replace("A claims team", f"See [it]({fragment}).\n\n{HEADINGS_GITHUB_NUMBERS_OTHERWISE}A claims team", 1)
    if fragment.startswith("linking.md"):  # from another pattern's page
        text = text.replace(f"See [it]({fragment}).\n\n", "", 1)
        other = folder.patterns / "the-sponsor-who-moved-on.md"
        other.write_text(other.read_text(encoding="utf-8").replace("A claims team", f"See [it]({fragment}). A claims team", 1), encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    result = folder.load()
    (diagnostic,) = result.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.hint) == ("broken-link", 14, hint)
    assert "in GitHub's preview, but elsewhere on the site" in diagnostic.message
    # The hint followed: the site's name where there is one, else a heading of a name of its own.
    written = hint.rpartition("write (")[2].partition(")")[0] if "write (" in hint else fragment
    fixed = path if not fragment.startswith("linking.md") else folder.patterns / "the-sponsor-who-moved-on.md"
    body = fixed.read_text(encoding="utf-8").replace(f"]({fragment})", f"]({written})")
    if written == fragment:
        path.write_text(path.read_text(encoding="utf-8").replace("### Top\n\nOne.", "### At the top\n\nOne.", 1), encoding="utf-8")
        body = body.replace("### Top\n\nOne.", "### At the top\n\nOne.", 1).replace("(#top)", "(#at-the-top)")
    fixed.write_text(body, encoding="utf-8")
    assert folder.load().diagnostics == ()


@pytest.mark.parametrize(
    ("headings", "fragment"),
    [
        # GitHub's preview keeps a mark's spaces as hyphens: 'Build & buy' is #build--buy there,
        # so #build-buy is the second heading in the preview. It was the first on the site,
        # and the author was told to rename a heading: the site names the parts as the preview.
        ("### Build & buy\n\nOne.\n\n### Build buy\n\nTwo.\n\n", "#build-buy"),
        ("### Build & buy\n\nOne.\n\n### Build buy\n\nTwo.\n\n", "#build--buy"),
        # and leaves a '/' out where the site wrote a hyphen (#ai-ml-budgets).
        ("### AI/ML budgets\n\nOne.\n\n", "#aiml-budgets"),
        # Only the marks differed, and the link was told to write the site's name (#dont-wait-…).
        ("### Don't -- wait for the audit\n\nOne.\n\n", "#dont----wait-for-the-audit"),
        ("### \u201cGood enough\u201d \u2014 who decides?\n\nOne.\n\n", "#good-enough--who-decides"),
        # Accents and letters of other alphabets are kept: the site named it #uber-pilots.
        ("### Über-pilots\n\nOne.\n\n", "#über-pilots"),
        ("### Über-pilots\n\nOne.\n\n", "#%C3%BCber-pilots"),  # as a browser copies it
        ("### Pilots in Łódź\n\nOne.\n\n", "#pilots-in-łódź"),
        ("### Costs in £ and €\n\nOne.\n\n", "#costs-in--and-"),
        ("### Costs 📉 falling\n\nOne.\n\n", "#costs--falling"),
        # Numbers that are not figures are left out, as other marks are: the site named them
        # #co₂-targets and #ratio-¾-of-spend, which went nowhere in the preview (Markdown probes
        # of this session).
        ("### CO₂ targets\n\nOne.\n\n", "#co-targets"),
        ("### Ratio ¾ of spend\n\nOne.\n\n", "#ratio--of-spend"),
        ("### Cost per m² in phase 2\n\nOne.\n\n", "#cost-per-m-in-phase-2"),
        ("### Sites in 五 regions and ٣ cities\n\nOne.\n\n", "#sites-in-五-regions-and-٣-cities"),
        # Numbers that are letters are kept (Markdown probes of this session).
        ("### Plan for 二〇二四年\n\nOne.\n\n", "#plan-for-二〇二四年"),
    ],
)
def test_a_link_written_as_githubs_preview_names_a_heading_goes_to_it_on_the_site(folder: Folder, headings: str, fragment: str):
    path = folder.write("linking", "A pattern that links to another")
    path.write_text(path.read_text(encoding="utf-8").replace("A claims team", f"See [it]({fragment}).\n\n{headings}A claims team", 1), encoding="utf-8")
    assert folder.load().diagnostics == ()


@pytest.mark.parametrize(
    ("heading", "fragment", "meant"),
    [
        # The site's former names of them: told the name that works in the preview and on the site.
        ("### Über-pilots", "#uber-pilots", "#über-pilots"),
        ("### Don't -- wait for the audit", "#dont-wait-for-the-audit", "#dont----wait-for-the-audit"),
        ("### Über-pilots", "#Über-Pilots", "#über-pilots"),
    ],
)
def test_a_link_to_a_heading_written_without_its_accents_or_marks_is_told_the_name_that_works(folder: Folder, heading: str, fragment: str, meant: str):
    path = folder.write("linking", "A pattern that links to another")
    text = path.read_text(encoding="utf-8").replace("A claims team", f"See [it]({fragment}).\n\n{heading}\n\nOne.\n\nA claims team", 1)
    path.write_text(text, encoding="utf-8")
    (diagnostic,) = folder.load().diagnostics
    assert (diagnostic.code, diagnostic.line) == ("broken-link", 14)
    assert diagnostic.message == f"'{fragment}' is no part of this page: the site names that heading's part '{meant}'"
    assert diagnostic.hint.startswith(f"write ({meant}), the site's name for it")
    path.write_text(text.replace(f"]({fragment})", f"]({meant})"), encoding="utf-8")
    assert folder.load().diagnostics == ()


def test_a_link_whose_accent_is_typed_as_a_mark_is_told_why_two_names_that_look_alike_differ(folder: Folder):
    # '#cafe\u0301-pilots' was told that the site names the part '#café-pilots': two names
    # that look the same, and nothing to say what to change.
    path = folder.write("linking", "A pattern that links to another")
    text = path.read_text(encoding="utf-8").replace("A claims team", "See [it](#cafe\u0301-pilots).\n\n### Café pilots\n\nOne.\n\nA claims team", 1)
    path.write_text(text, encoding="utf-8")
    (diagnostic,) = folder.load().diagnostics
    assert diagnostic.code == "broken-link"
    assert "accents are typed as marks after their letters" in diagnostic.hint and "retype the accented letters" in diagnostic.hint


def test_links_to_parts_github_names_otherwise_are_checked_in_linear_time(settings: Settings, growth):
    # Each such link made a table of every heading its page's preview names otherwise: a
    # file of 2,700 headings 'Top' and a link to each took 2.4 seconds in the catalogue's
    # rules, and a PR of files linking to it that many times each, minutes (an attack review).
    def file(n: int) -> Facts:
        parts = "".join(f"### Top\n\n[l](#top-{k + 1})\n\n" for k in range(n))
        text = pattern_text("A pattern with many parts").replace("A claims team", parts + "A claims team", 1)
        checked = catalogue.check_data(Path("patterns/linking.md"), "patterns/linking.md", settings, text.encode())
        assert checked.facts is not None and len(checked.facts.links) == n
        return checked.facts

    read = {n: file(n) for n in (500, 2_000)}  # the files' own checks are not measured

    def rules(n: int) -> None:
        found = catalogue._catalogue_rules([read[n]], settings, ["linking"])
        assert len(found) == n - 1 and {d.code for d in found} == {"broken-link"}  # '#top-n' is no GitHub name

    assert growth(rules, 500) < 8


@pytest.mark.parametrize(
    ("headings", "fragment", "hint"),
    [
        # A picture has no text in GitHub's preview ('![Step](…) one' is #-one there): #step-one
        # is the second heading in the preview, and now on the site too.
        ("### ![Step](/assets/step.png) one\n\nOne.\n\n### Step one\n\nTwo.\n\n", "#step-one", ""),
        # nor does the preview make a dash of '--' ('Buy -- build' is #buy----build there):
        # #buy--build is no heading's part in the preview; it was told it was the first heading's.
        (
            "### Buy -- build\n\nOne.\n\n",
            "#buy--build",
            None,
        ),
    ],
)
def test_a_headings_part_is_named_from_its_text_as_githubs_preview_has_it(folder: Folder, headings: str, fragment: str, hint: str | None):
    assets = folder.settings.root / "docs" / "assets"
    assets.mkdir(parents=True)
    (assets / "step.png").write_bytes(b"\x89PNG")
    path = folder.write("linking", "A pattern that links to another")
    path.write_text(path.read_text(encoding="utf-8").replace("A claims team", f"See [it]({fragment}).\n\n{headings}A claims team", 1), encoding="utf-8")
    if hint == "":  # the link goes to the heading meant
        assert folder.load().diagnostics == ()
        return
    (diagnostic,) = folder.load().diagnostics
    assert (diagnostic.code, diagnostic.line) == ("broken-link", 14)
    if hint is not None:
        assert diagnostic.hint == hint
    else:
        assert "GitHub's preview" not in diagnostic.message, diagnostic


@pytest.mark.parametrize(
    ("markdown", "github_id"),
    [
        ("### Buy -- build, then --- run", "buy----build-then-----run"),  # typed hyphens, not the site's dashes
        ("### Buy\\-\\-build", "buy--build"),
        ("### ![The step](/assets/step.png) one", "-one"),  # a picture's description is no text of the heading
        ("Build\nor buy\n------", "buildor-buy"),  # a line end is no space: left out
        ("### The `pilot` trap &amp; more", "the-pilot-trap--more"),
    ],
)
def test_githubs_name_of_a_headings_part_is_made_from_the_text_as_typed(markdown: str, github_id: str):
    tokens = body.parse(markdown + "\n")
    body.assign_heading_ids(tokens)
    assert [t.meta["github_id"] for t in tokens if t.type == "heading_open"] == [github_id]


def test_a_link_to_a_heading_that_goes_to_it_in_the_preview_and_on_the_site_is_not_reported(folder: Folder):
    # 'Buy--build' is #buy--build in GitHub's preview and #buy-build on the site; 'Buybuild' is
    # #buybuild in both. The link to it was told it went elsewhere on the site: the preview's
    # name was taken from the text with the dash made ('Buy–build', #buybuild).
    path = folder.write("linking", "A pattern that links to another")
    headings = "### Buy--build\n\nOne.\n\n### Buybuild\n\nTwo.\n\n"
    path.write_text(path.read_text(encoding="utf-8").replace("A claims team", f"See [it](#buybuild).\n\n{headings}A claims team", 1), encoding="utf-8")
    assert folder.load().diagnostics == ()


def test_a_picture_from_the_site_that_no_file_is_is_an_error_with_the_name_meant(folder: Folder):
    # It passed, and the page showed a broken image: only the built site's link check saw
    # it, without the pattern's line; 'Board-Slide.PNG' showed on a laptop, not on the server.
    assets = folder.settings.root / "docs" / "assets"
    assets.mkdir(parents=True)
    (assets / "board-slide.png").write_bytes(b"\x89PNG")
    assert found(linking(folder, "![the board](/assets/board-slide.png)")) == []
    for written, hint in (
        ("/assets/Board-Slide.PNG", "did you mean (/assets/board-slide.png)? names must match, capitals and all"),
        ("/assets/queue.png", "save the picture in the docs/assets/ folder as 'queue.png', or correct its name here"),
    ):
        result = linking(folder, f"![the board]({written})")
        (diagnostic,) = result.diagnostics
        assert (diagnostic.code, diagnostic.line, diagnostic.column, diagnostic.hint) == ("broken-link", 14, len("See ![the board](") + 1, hint)
        assert diagnostic.message == f"no picture is saved as '{written}': the page would show a broken image"
        assert "linking" not in result.catalogue


def test_a_link_to_a_file_of_the_site_that_is_not_saved_is_an_error_with_the_name_meant(folder: Folder):
    # '[the report (PDF)](/assets/report.pdf)', with no such file, passed validate and the strict
    # build: only the built site's link check saw it, at no line of the pattern.
    assets = folder.settings.root / "docs" / "assets"
    assets.mkdir(parents=True)
    (assets / "board-report.pdf").write_bytes(b"%PDF")
    assert found(linking(folder, "[the report](/assets/board-report.pdf)")) == []
    assert found(linking(folder, "[the feed](/feed.xml)")) == []  # a file the build writes
    for written, hint in (
        ("/assets/Board-Report.pdf", "did you mean (/assets/board-report.pdf)? names must match, capitals and all"),
        ("/assets/report.pdf", "did you mean (/assets/board-report.pdf)? names must match, capitals and all"),
        ("/assets/minutes.docx", "save the file in the docs/assets/ folder as 'minutes.docx', or correct its name here"),
        ("/downloads/x.pdf", "save the file in the docs/downloads/ folder as 'x.pdf', or correct its name here"),
    ):
        result = linking(folder, f"[the report]({written})")
        (diagnostic,) = result.diagnostics
        assert (diagnostic.code, diagnostic.line, diagnostic.column, diagnostic.hint) == ("broken-link", 14, len("See [the report](") + 1, hint)
        assert diagnostic.message == f"no file is saved as '{written}': a reader who clicks the link finds nothing"
        assert "linking" not in result.catalogue


@pytest.mark.parametrize("written", ["/assets/site.js", "/assets/board-report.pdf", "/assets/chart"])
def test_a_file_of_the_site_that_is_no_picture_is_refused_as_a_picture(folder: Folder, written: str):
    # '![chart](/assets/site.js)' passed, and the page showed a broken image (held-out payloads, round four).
    assets = folder.settings.root / "docs" / "assets"
    assets.mkdir(parents=True)
    for name in ("board-report.pdf", "chart", "chart.SVG"):
        (assets / name).write_bytes(b"x")
    # The site's own script, where it is kept (a script saved in docs/ is refused at the file).
    (folder.settings.root / "overrides" / "assets").mkdir(parents=True)
    (folder.settings.root / "overrides" / "assets" / "site.js").write_bytes(b"x")
    assert found(linking(folder, "![the chart](/assets/chart.SVG)")) == []
    result = linking(folder, f"![the chart]({written})")
    (diagnostic,) = result.diagnostics
    assert (diagnostic.code, diagnostic.line) == ("broken-link", 14)
    assert diagnostic.message.startswith(f"'{written}' is not a picture")
    assert diagnostic.hint == f"link to it instead, without the '!': [what it is]({written})"
    assert "linking" not in result.catalogue


_SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">'
# What an SVG saved in docs/assets/ can do beside drawing when a reader opens it on its own,
# where the site publishes it as it is (held-out payloads, the publishing gate).
_SVG_THAT_DOES_MORE = {
    "script": f"{_SVG_OPEN}<script>alert(document.domain)</script></svg>",
    "handler": f'{_SVG_OPEN}<rect width="10" height="10" onload="alert(1)"/></svg>',
    "script-left-open": f'{_SVG_OPEN}<rect width="10" height="10"/><script>alert(1)',
    "html-script": f'{_SVG_OPEN}<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg>',
    "embedded-html": f'{_SVG_OPEN}<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/></foreignObject></svg>',
    "link": f'{_SVG_OPEN}<a xlink:href="javascript:alert(1)"><rect width="10" height="10"/></a></svg>',
    "attribute-set-later": f'{_SVG_OPEN}<set attributeName="onmouseover" to="alert(1)"/></svg>',
    "drawing-from-elsewhere": f'{_SVG_OPEN}<use href="https://evil.example/x.svg#a"/></svg>',
    "css-import": f'{_SVG_OPEN}<style>@import "https://evil.example/x.css";</style></svg>',
    "css-address": f'{_SVG_OPEN}<rect width="10" height="10" style="fill:url(https://tracker.example/p.svg#g)"/></svg>',
    "css-escape": f'{_SVG_OPEN}<rect width="10" height="10" style="fill:u\\72l(https://tracker.example/p)"/></svg>',
    "entities": f'<!DOCTYPE svg [<!ENTITY a "aaaa">]>{_SVG_OPEN}<text>&a;</text></svg>',
    "stylesheet-instruction": f'<?xml-stylesheet href="https://evil.example/x.xsl" type="text/xsl"?>{_SVG_OPEN}</svg>',
    "embedded-svg": f'{_SVG_OPEN}<image href="data:image/svg+xml;base64,PHN2Zz4=" width="10" height="10"/></svg>',
    # What a browser reads past where the checks stop: after an error, in an encoding read otherwise.
    "past-an-error": f'{_SVG_OPEN}<rect width="10" height="10" &x;/><script>alert(1)</script></svg>',
    "encoding-the-checks-cannot-read": f'<?xml version="1.0" encoding="Shift_JIS"?>{_SVG_OPEN}</svg>',
    "encoding-read-otherwise": f'<?xml version="1.0" encoding="UTF-7"?>{_SVG_OPEN}+ADw-script+AD4-alert(1)+ADw-/script+AD4-</svg>',
    # An error at the very first character, taken for a file with no markup at all: what
    # follows was never read (held-out payloads, the publishing gate, round N).
    "script-after-a-no-break-space": f"\u00a0{_SVG_OPEN}<script>alert(document.domain)</script></svg>",
    "script-after-a-control-character": f"\x01{_SVG_OPEN}<script>alert(document.domain)</script></svg>",
    "script-after-cdata": f"<![CDATA[x]]>{_SVG_OPEN}<script>alert(document.domain)</script></svg>",
}


@pytest.mark.parametrize("link", ["![the chart](/assets/chart.svg)", "[the chart](/assets/chart.svg)"], ids=["picture", "link"])
@pytest.mark.parametrize("svg", list(_SVG_THAT_DOES_MORE.values()), ids=list(_SVG_THAT_DOES_MORE))
def test_a_picture_that_does_more_than_draw_when_opened_is_refused_at_its_line(folder: Folder, link: str, svg: str):
    # It passed, and the site published it: opened on its own, its script ran on the site's
    # address, where no page's Content-Security-Policy applies.
    assets = folder.settings.root / "docs" / "assets"
    assets.mkdir(parents=True)
    (assets / "chart.svg").write_text(svg, encoding="utf-8")
    result = linking(folder, link)
    # Told at the link, where the pattern is refused, and at the file, which is not published.
    by_file = {d.path: d for d in result.diagnostics}
    assert sorted(by_file) == ["docs/assets/chart.svg", "patterns/linking.md"]
    assert (by_file["docs/assets/chart.svg"].code, by_file["docs/assets/chart.svg"].line) == ("unsafe-file", 1)
    diagnostic = by_file["patterns/linking.md"]
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("unsafe-file", 14, link.index("(") + len("See ") + 2)
    assert diagnostic.message.startswith("the picture '/assets/chart.svg' holds ")
    assert diagnostic.hint and diagnostic.hint.startswith("save it again as a PNG")
    assert "linking" not in result.catalogue


@pytest.mark.parametrize("name", ["assets/tracking.js", "assets/app.MJS", "assets/theme.css", "extra/module.wasm", "site.js"])
def test_a_script_or_stylesheet_saved_among_the_pages_files_is_refused_at_the_file(folder: Folder, name: str):
    # It was published as inert: opened on its own it runs nothing, but the site's
    # Content-Security-Policy lets any page of the site's address load and run it.
    path = folder.settings.root / "docs" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("document.title = 'x'", encoding="utf-8")
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on")
    (diagnostic,) = folder.load().diagnostics
    assert (diagnostic.path, diagnostic.code, diagnostic.line) == (f"docs/{name}", "unsafe-file", 1)
    assert diagnostic.message.startswith(f"'{name}' is a script or a stylesheet")
    assert diagnostic.hint and diagnostic.hint.startswith("delete it")


@pytest.mark.parametrize("name", ["patterns/the-old-name/index.html", "patterns/chart.png", "patterns/index.html"])
def test_a_file_at_an_address_of_the_catalogues_is_refused_at_the_file(folder: Folder, name: str):
    # docs/patterns/<a former name>/index.html took the address of that name's redirect: the
    # build said only "already a page; no redirect written", naming neither file nor line.
    path = folder.settings.root / "docs" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("<p>Moved: see elsewhere.</p>", encoding="utf-8")
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", extra=listed("aliases", "the-old-name"))
    (diagnostic,) = folder.load().diagnostics
    assert (diagnostic.path, diagnostic.code, diagnostic.line) == (f"docs/{name}", "unsafe-file", 1)
    assert diagnostic.message.startswith(f"'{name}' is at an address the catalogue makes its own")
    assert diagnostic.hint == "a pattern belongs in patterns/ as a Markdown file; a picture in the pages' assets/ folder"


@pytest.mark.parametrize("name", ["assets/fonts/inter.woff2", "assets/board-report.pdf", "tools/index.html"])
def test_a_font_a_document_to_download_and_a_page_of_plain_markup_are_still_published(folder: Folder, name: str):
    path = folder.settings.root / "docs" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("<p>tools</p>", encoding="utf-8")
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on")
    assert folder.load().diagnostics == ()


def test_a_drawing_is_read_once_however_often_it_is_linked_and_again_once_it_is_edited(folder: Folder, monkeypatch: pytest.MonkeyPatch):
    # A pattern's link to an SVG and the walk of docs/ both ask what it holds: it was read
    # and parsed twice per load. An edit in serve must still be read again, never told from memory.
    assets = folder.settings.root / "docs" / "assets"
    assets.mkdir(parents=True)
    chart = assets / "chart.svg"
    chart.write_text(f'{_SVG_OPEN}<rect width="10" height="10"/></svg>', encoding="utf-8")
    read: list[bytes] = []
    problem = catalogue.drawings.problem
    monkeypatch.setattr(catalogue.drawings, "problem", lambda data: read.append(data) or problem(data))
    assert [d for d in found(linking(folder, "![the chart](/assets/chart.svg)")) if d[0] != "patterns/linking.md"] == []
    assert len(read) == 1
    chart.write_text(_SVG_THAT_DOES_MORE["script"], encoding="utf-8")
    os.utime(chart, ns=(chart.stat().st_atime_ns, chart.stat().st_mtime_ns + 1_000_000))
    result = folder.load()
    assert len(read) == 2
    assert sorted((d.path, d.code) for d in result.diagnostics if d.is_error) == [
        ("docs/assets/chart.svg", "unsafe-file"), ("patterns/linking.md", "unsafe-file"),
    ]


@pytest.mark.parametrize("name", ["chart.html", "chart.HTM", "chart.xhtml", "chart.xml", "chart.svgz"])
def test_a_link_to_a_web_page_saved_among_the_sites_files_is_refused_at_its_line(folder: Folder, name: str):
    # Saved beside the pictures in docs/assets/, it was published as it is, past every
    # check: the link opened it, and its script ran on the site's address.
    assets = folder.settings.root / "docs" / "assets"
    assets.mkdir(parents=True)
    (assets / name).write_text("<html><body><script>alert(document.domain)</script></body></html>", encoding="utf-8")
    (assets / "board-report.pdf").write_bytes(b"%PDF-1.7")
    assert [d for d in found(linking(folder, "[the board report](/assets/board-report.pdf)")) if d[0] == "patterns/linking.md"] == []
    result = linking(folder, f"[the chart](/assets/{name})")
    by_file = {d.path: d for d in result.diagnostics}
    assert sorted(by_file) == [f"docs/assets/{name}", "patterns/linking.md"]
    diagnostic = by_file["patterns/linking.md"]
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("unsafe-file", 14, len("See [the chart](") + 1)
    assert diagnostic.message.startswith(f"'/assets/{name}' is a file the site publishes as it is, unchecked")
    assert diagnostic.hint == "put its words in a pattern or a page of the site, or link to a PDF or a picture of it"
    assert "linking" not in result.catalogue


_SCRIPT_PAGE = "<html><body><script>alert(document.domain)</script></body></html>"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("notes.html", _SCRIPT_PAGE),
        ("tools/index.html", '<p onclick="alert(1)">tools</p>'),
        ("guides/report.htm", '<p><a href="javascript:alert(1)">the report</a></p>'),
        ("guides/style.html", '<p style="position:fixed;inset:0">Closed for maintenance</p>'),
        # ISO-2022-JP's escapes: read in that encoding, the quote ends no attribute and the <img> is a tag.
        ("guides/escapes.html", '<p><a title="\x1b$B">\x1b(B<img src=x onerror=alert(1)>">x</a></p>'),
        ("img/chart.xhtml", _SCRIPT_PAGE),
        ("img/feed.XML", _SCRIPT_PAGE),
        ("img/chart.svgz", _SCRIPT_PAGE),
        ("assets/deep/notes.html", _SCRIPT_PAGE),
        ("assets/deep/plain.html", "<p>Among the pictures, a web page of any kind.</p>"),
        ("a folder/caf\u00e9 notes.shtml", _SCRIPT_PAGE),
        # A picture from another site: a tracking pixel, on a page with no policy to stop it.
        ("guides/pixel.html", '<p>Thanks.<img src="https://tracker.example/p.gif" alt=""></p>'),
        ("guides/pixel-no-scheme.html", '<p>Thanks.<img src="//tracker.example/p.gif" alt=""></p>'),
    ],
    ids=lambda value: value if "<" not in value else "",
)
def test_a_web_page_or_document_saved_anywhere_in_the_pages_folder_is_refused_at_the_file(folder: Folder, name: str, text: str):
    # Only docs/assets/ itself was checked: saved in any other folder of docs/ (or at its top),
    # a web page with a script was published as it was, and its address ran the script on the site's.
    (folder.settings.root / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
    (folder.settings.root / "docs" / name).write_text(text, encoding="utf-8")
    (diagnostic,) = folder.load().diagnostics
    assert (diagnostic.path, diagnostic.code, diagnostic.line) == (f"docs/{name}", "unsafe-file", 1)
    assert diagnostic.message.startswith(f"'{name}' is a "), diagnostic.message
    assert "this site's address" in diagnostic.message and diagnostic.hint


@pytest.mark.parametrize(
    ("name", "text"),
    [("tools/index.html", "<p>tools</p>\n"), ("google1234.html", "google-site-verification: google1234.html"),
     ("guides/team.html", '<h2 id="team">The team</h2>\n<p>Write to <a href="mailto:hello@example.org">us</a>.</p>'),
     ("guides/chart.html", '<p><img src="/assets/chart.png" alt="A chart"> <a href="https://www.gov.uk/">GOV.UK</a></p>'),
     ("img/board.pdf", _SCRIPT_PAGE), ("img/notes", _SCRIPT_PAGE)],
    ids=lambda value: value if "<" not in value and ":" not in value else "",
)
def test_a_web_page_of_plain_markup_and_a_file_that_runs_nothing_are_still_published(folder: Folder, name: str, text: str):
    # A folder's own index.html is one of the site's pages (site_pages), and a search engine's
    # proof of ownership is a web page at the top of docs/: neither holds what a browser runs.
    (folder.settings.root / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
    (folder.settings.root / "docs" / name).write_text(text, encoding="utf-8")
    assert folder.load().diagnostics == ()


@pytest.mark.parametrize("name", ["assets/site.js", "assets/site.css", "assets/favicon.svg", "assets/vendor/minisearch.js"])
def test_a_file_that_takes_the_place_of_one_of_the_sites_own_is_refused_at_the_file(folder: Folder, name: str):
    # docs/assets/site.js was published in place of the site's own script (the engine
    # prefers the pages' folder's file), and every page loaded it: the Content-Security-Policy
    # allows the site's own scripts.
    own = folder.settings.root / "overrides" / name
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text("/* the site's own */", encoding="utf-8")
    (folder.settings.root / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
    (folder.settings.root / "docs" / name).write_text('<svg xmlns="http://www.w3.org/2000/svg"/>' if name.endswith(".svg") else "alert(document.domain)", encoding="utf-8")
    (folder.settings.root / "docs" / "assets" / "chart.png").write_bytes(b"\x89PNG a name of its own")
    (diagnostic,) = folder.load().diagnostics
    assert (diagnostic.path, diagnostic.code, diagnostic.line) == (f"docs/{name}", "unsafe-file", 1)
    assert diagnostic.message.startswith(f"'{name}' has the address of one of the site's own files (overrides/{name})"), diagnostic.message
    if name.endswith((".js", ".css")):  # no script or stylesheet is published from docs/, whatever its name: it goes
        assert diagnostic.hint and diagnostic.hint.startswith("delete it: no pattern or page needs one")
    else:
        assert diagnostic.hint == f"give it a name of its own in docs/; the site's own files are changed in overrides/{name.rpartition('/')[0]}/ by its maintainers"


@pytest.mark.parametrize(
    ("name", "what", "content"),
    [
        ("search.json", "the site search's index", b'{"patterns": [{"url": "https://example.org/"}]}'),
        ("patterns.json", "the catalogue as data", b"{}"),
        ("robots.txt", "the note to search engines", b"User-agent: *\nDisallow: /\n"),
        ("feed.xml", "the feed of new patterns", b"<feed/>"),
        ("assets/cards/index.png", "one of the pages' social cards", b"\x89PNG a card of one's own"),
        ("assets/cards/patterns/the-pilot.png", "one of the pages' social cards", b"\x89PNG a card of one's own"),
    ],
)
def test_a_file_at_the_address_of_one_the_build_writes_is_refused_at_the_file(folder: Folder, name: str, what: str, content: bytes):
    # docs/search.json, docs/robots.txt and a card in docs/assets/cards/ were published in
    # silence, then replaced by the build's own: the author's file was lost without a word.
    (folder.settings.root / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
    (folder.settings.root / "docs" / name).write_bytes(content)
    (diagnostic,) = folder.load().diagnostics
    assert (diagnostic.path, diagnostic.code, diagnostic.line) == (f"docs/{name}", "unsafe-file", 1)
    assert diagnostic.message == f"'{name}' has the address of {what}, which the build writes itself: the build's file would take its place, without a word"
    assert diagnostic.hint == ("give it a name of its own in docs/, outside docs/assets/cards/" if "cards" in name else "give it a name of its own in docs/")


@pytest.mark.parametrize("name", ["CNAME", "cname"])
def test_a_cname_file_in_the_pages_folder_is_refused(folder: Folder, name: str):
    # Published unchecked: with `mkdocs gh-deploy`, or a deploy from a branch, it would move the site's domain.
    (folder.settings.root / "docs").mkdir(exist_ok=True)
    (folder.settings.root / "docs" / name).write_text("evil.example\n", encoding="utf-8")
    (diagnostic,) = folder.load().diagnostics
    assert (diagnostic.path, diagnostic.code, diagnostic.hint) == (f"docs/{name}", "unsafe-file", "delete it: the site's address is site_url in mkdocs.yml")


def test_a_picture_shown_from_the_social_cards_folder_is_told_to_be_saved_outside_it(folder: Folder):
    # The hint was to save it in docs/assets/cards/, where the build would replace or remove it.
    (diagnostic,) = linking(folder, "![the attendance](/assets/cards/attendance.png)").diagnostics
    assert (diagnostic.code, diagnostic.line) == ("broken-link", 14)
    assert diagnostic.message.endswith("and none can be: the build draws the pages' social cards in /assets/cards/ itself")
    assert diagnostic.hint == "save the picture in the docs/assets/ folder, outside assets/cards/, and show it from there: ![what it shows](/assets/attendance.png)"


@pytest.mark.parametrize(
    "svg",
    [
        (Path(__file__).parents[1] / "overrides" / "assets" / "favicon.svg").read_text(encoding="utf-8"),
        # As Inkscape saves one: its own settings and licence metadata beside the drawing.
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<svg xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cc="http://creativecommons.org/ns#" '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://www.w3.org/2000/svg" '
        'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
        'width="210mm" height="297mm" viewBox="0 0 210 297" version="1.1" id="svg8" inkscape:version="0.92.4" sodipodi:docname="chart.svg">'
        '<sodipodi:namedview id="base" pagecolor="#ffffff" inkscape:zoom="0.35"/>'
        '<metadata id="metadata5"><rdf:RDF><cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format></cc:Work></rdf:RDF></metadata>'
        '<g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1"><rect style="fill:#ff0000;stroke:none" width="50" height="30"/>'
        '<text xml:space="preserve" style="font-family:\'DejaVu Sans\';font-size:10px" x="10" y="10"><tspan sodipodi:role="line">Claims</tspan></text></g></svg>',
        # As Illustrator exports one: a comment, a style sheet, a gradient referred to by its id.
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 24.0.0, SVG Export Plug-In -->\n'
        '<svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px" '
        'viewBox="0 0 100 100" style="enable-background:new 0 0 100 100;" xml:space="preserve">'
        '<style type="text/css">.st0{fill:#1D3A5F;} @media print{.st0{fill:rgb(0,0,0)}}</style>'
        '<linearGradient id="g1" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="100" y2="0"><stop offset="0" style="stop-color:#FFFFFF"/></linearGradient>'
        '<rect class="st0" width="100" height="100" fill="url(#g1)"/><use xlink:href="#g1"/>'
        '<image width="1" height="1" xlink:href="data:image/png;base64,iVBORw0KGgo="/></svg>',
    ],
    ids=["site-icon", "inkscape", "illustrator"],
)
def test_a_drawing_as_drawing_programs_save_it_is_published(folder: Folder, svg: str):
    assets = folder.settings.root / "docs" / "assets"
    assets.mkdir(parents=True)
    (assets / "chart.svg").write_text(svg, encoding="utf-8")
    result = linking(folder, "![the chart](/assets/chart.svg)")
    assert found(result) == []
    assert "linking" in result.catalogue


def test_a_picture_whose_folder_has_a_nul_character_is_a_missing_picture_not_a_traceback(folder: Folder):
    (folder.settings.root / "docs").mkdir(exist_ok=True)
    result = linking(folder, "![the board](/as%00sets/board.png)")
    assert found(result) == [("patterns/linking.md", "broken-link", 14)]


def test_the_names_near_a_missing_picture_come_only_from_the_sites_own_folders(folder: Folder, tmp_path: Path):
    # A link a pull request adds under docs/ to a folder elsewhere is never listed: the
    # hint named a file of that folder (here 'secret-plans.png' for 'secret-plan.png').
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret-plans.png").write_bytes(b"\x89PNG")
    (folder.settings.root / "docs").mkdir(exist_ok=True)
    (folder.settings.root / "docs" / "outside").symlink_to(elsewhere)
    result = linking(folder, "![the plan](/outside/secret-plan.png)")
    (diagnostic,) = result.diagnostics
    assert diagnostic.code == "broken-link" and "secret-plans" not in f"{diagnostic.message} {diagnostic.hint}", diagnostic


@pytest.mark.parametrize(
    ("written", "message", "hint"),
    [
        ("/pricing/", "the site has no page at /pricing/: this link would go nowhere", "link to one of the site's pages: /, /about/, /contact/, /patterns/"),
        ("../../pricing/", "the site has no page at /pricing/: this link would go nowhere", "link to one of the site's pages: /, /about/, /contact/, /patterns/"),
        ("/contatc/#book", "the site has no page at /contatc/: this link would go nowhere", "did you mean (/contact/)?"),
        ("/Contact/", "the site has no page at /Contact/: this link would go nowhere", "did you mean (/contact/)? addresses must match, capitals and all"),
        # The path the site is published under, copied from the address bar.
        ("/stall-patterns/about/", "the site has no page at /stall-patterns/about/: this link would go nowhere", "did you mean (/about/)?"),
        ("/about/team/index.html", "the site has no page at /about/team/: this link would go nowhere", "did you mean (/about/)?"),
        # A page's Markdown file, from the site's root: the site never publishes it as written.
        ("/contact.md", "'/contact.md' is a Markdown file's name: the site publishes its pages at addresses of their own", "write (/contact/) to link to that page"),
        ("/docs/about/README.md", "'/docs/about/README.md' is a Markdown file's name: the site publishes its pages at addresses of their own", "write (/about/) to link to that page"),
        ("/docs/index.md", "'/docs/index.md' is a Markdown file's name: the site publishes its pages at addresses of their own", "write (/) to link to that page"),
        # No such file: the site's pages, not the home page (a review found it).
        ("/pricing.md", "'/pricing.md' is a Markdown file's name: the site publishes its pages at addresses of their own",
         "link to one of the site's pages: /, /about/, /contact/, /patterns/"),
    ],
)
def test_a_link_to_a_page_the_site_does_not_publish_is_an_error_with_the_page_meant(folder: Folder, written: str, message: str, hint: str):
    # It passed, and the page held a link that went nowhere: only the built site's link
    # check saw it, in CI, without the pattern's file or line.
    for name in ("index.md", "contact.md", "about/README.md"):
        folder.page(name)
    result = linking(folder, f"[the page]({written})")
    (diagnostic,) = result.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("broken-link", 14, len("See [the page](") + 1)
    assert (diagnostic.message, diagnostic.hint) == (message, hint)
    assert "linking" not in result.catalogue


@pytest.mark.parametrize(
    "written",
    ["/", "/contact/", "/contact", "/contact/#book", "/contact/index.html", "../../contact/", "/about/", "/patterns/", "/patterns/the-sponsor-who-moved-on/",
     "/feed.xml", "/assets/site.css", "/search.json?q=1", "/index.html"],
)
def test_a_link_to_a_page_the_site_publishes_or_to_one_of_its_files_is_not_reported(folder: Folder, written: str):
    # Files other than pages are the site's files ('/assets/site.css', kept where the theme's
    # own files are, as in this repository) or the build's ('/feed.xml', '/search.json').
    for name in ("index.md", "contact.md", "about/index.md"):
        folder.page(name)
    (folder.settings.root / "overrides" / "assets").mkdir(parents=True)
    (folder.settings.root / "overrides" / "assets" / "site.css").write_text("body {}", encoding="utf-8")
    assert found(linking(folder, f"[the page]({written})")) == []


@pytest.mark.parametrize(
    ("written", "message", "hint"),
    [
        # Copied from the browser's address bar: the site's own address, checked as its page is.
        ("https://x.example/base/contakt/", "the site has no page at /contakt/: this link would go nowhere", "did you mean (/contact/)?"),
        ("https://x.example:443/base/contakt/", "the site has no page at /contakt/: this link would go nowhere", "did you mean (/contact/)?"),
        ("https://X.example/base/patterns/the-sponsor-who-moved/",
         "'https://X.example/base/patterns/the-sponsor-who-moved/' links to a pattern that does not exist: 'the-sponsor-who-moved'",
         "did you mean (the-sponsor-who-moved-on.md)?"),
        ("https://x.example/base/the-sponsor-who-moved-on/", "the site has no page at /the-sponsor-who-moved-on/: this link would go nowhere",
         "write (the-sponsor-who-moved-on.md) to link to that pattern"),
        ("/base/patterns/the-sponsor-who-moved-on/", "the site has no page at /base/patterns/the-sponsor-who-moved-on/: this link would go nowhere",
         "write (the-sponsor-who-moved-on.md) to link to that pattern"),
        # A page of the site written as a pattern's page would be, from a pattern's page.
        ("contact/#book", "nothing is published at 'contact/#book'", "'contact' is one of the site's pages: write (/contact/) to link to it"),
    ],
)
def test_a_link_to_the_sites_own_address_is_checked_as_a_link_to_its_page(folder: Folder, written: str, message: str, hint: str):
    # Each passed and was published broken: the site's full address was never checked, and
    # the hints spoke of other pages than the one meant (a review of the authors' path).
    folder.settings = replace(folder.settings, site_address="https://x.example/base/")
    for name in ("index.md", "contact.md"):
        folder.page(name)
    (diagnostic,) = linking(folder, f"[the page]({written})").diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("broken-link", 14, len("See [the page](") + 1)
    assert (diagnostic.message, diagnostic.hint) == (message, hint)


@pytest.mark.parametrize(
    ("written", "meant"),
    [("\u201chttps://example.org/report\u201d", "https://example.org/report"), ('"https://example.org/report"', "https://example.org/report"),
     ("\u2018the-sponsor-who-moved-on.md\u2019", "the-sponsor-who-moved-on.md")],
)
def test_a_link_address_between_quotation_marks_is_told_to_lose_them(folder: Folder, written: str, meant: str):
    # Pasted from a document: the hint was to link to a pattern by its file name.
    (diagnostic,) = linking(folder, f"[the page]({written})").diagnostics
    assert diagnostic.code == "broken-link" and "between quotation marks" in diagnostic.message
    assert diagnostic.hint == f"delete the quotation marks: ({meant})"


@pytest.mark.parametrize(
    "written",
    ["https://x.example/base/contact/", "http://X.EXAMPLE/base/patterns/the-sponsor-who-moved-on/#what-it-looks-like", "https://x.example/other/contakt/",
     "https://x.example:8443/base/contakt/", "<https://x.example/base/contact/>"],
)
def test_a_link_to_a_page_at_the_sites_own_address_or_to_another_site_is_not_reported(folder: Folder, written: str):
    folder.settings = replace(folder.settings, site_address="https://x.example/base/")
    for name in ("index.md", "contact.md"):
        folder.page(name)
    assert found(linking(folder, f"[the page]({written})" if not written.startswith("<") else written)) == []


def test_a_footnote_of_one_word_is_told_as_a_footnote_not_as_a_link_to_that_word(folder: Folder):
    # markdown-it reads '[^src]: Ibid.' as a link definition: '[^src]' was also a broken link
    # to a page 'Ibid.'.
    result = linking(folder, "one claim[^src] and two[^src].\n\n[^src]: Ibid.\n\nThen")
    assert [d.code for d in result.diagnostics] == ["unsupported-markdown"]


def test_a_link_whose_text_starts_with_a_caret_is_still_checked(folder: Folder):
    (diagnostic,) = linking(folder, "[^1](missing-pattern.md)").diagnostics
    assert (diagnostic.code, diagnostic.message) == ("broken-link", "'missing-pattern.md' links to a pattern that does not exist: 'missing-pattern'")


def test_every_file_the_engine_makes_a_page_of_is_a_page_of_the_site(folder: Folder):
    # '.markdown' pages and a folder's own index.html were refused as no page (a review found it).
    folder.page("privacy.markdown", "# Privacy\n")
    folder.page("terms.mdown", "# Terms\n")
    (folder.settings.root / "docs" / "tools").mkdir(parents=True)
    (folder.settings.root / "docs" / "tools" / "index.html").write_text("<p>tools</p>\n")
    for written in ("/privacy/", "/terms/", "/tools/"):
        assert found(linking(folder, f"[the page]({written})")) == [], written


def test_links_to_the_sites_pages_are_not_judged_where_its_pages_are_not_known(folder: Folder):
    # A project whose folder of hand-written pages is not there (checked on its own).
    assert found(linking(folder, "[the page](/pricing/)")) == []


def test_a_link_to_a_pages_file_as_githubs_preview_follows_it_is_given_the_pages_address(folder: Folder):
    # The hint was 'link to a pattern by its file name', for a link to the contact page.
    folder.page("contact.md", "# Contact\n")
    result = linking(folder, "[get in touch](../docs/contact.md#book)")
    (diagnostic,) = result.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("broken-link", 14, len("See [get in touch](") + 1)
    assert diagnostic.message == "'../docs/contact.md#book' is the file of the page the site publishes at /contact/: on the site, this link goes nowhere"
    assert diagnostic.hint == "write (/contact/#book) to link to that page"
    assert found(linking(folder, "[get in touch](/contact/#book)")) == []
    # A folder's own page is the folder's address; a page whose name ends in 'index' is not one.
    for name, address in (("index.md", "/"), ("price-index.md", "/price-index/"), ("about/index.md", "/about/"), ("about/README.md", "/about/")):
        folder.page(name)
        (diagnostic,) = linking(folder, f"[the page](../docs/{name})").diagnostics
        assert diagnostic.hint == f"write ({address}) to link to that page"


@pytest.mark.parametrize("fragment", ["", "#what-it-looks-like"])
def test_a_link_to_a_patterns_file_from_the_repositorys_top_folder_is_told_it_is_that_file(folder: Folder, fragment: str):
    # GitHub's preview follows '/patterns/x.md' to the file; the message said the pattern
    # 'x.md' did not exist, and asked 'did you mean (x.md)?' (authors' probes, round six).
    (diagnostic,) = linking(folder, f"[the sponsor](/patterns/the-sponsor-who-moved-on.md{fragment})").diagnostics
    assert (diagnostic.code, diagnostic.message) == (
        "broken-link",
        f"'/patterns/the-sponsor-who-moved-on.md{fragment}' is the file of the pattern 'the-sponsor-who-moved-on', from the repository's top folder: "
        "on the site, this link goes nowhere",
    )
    assert diagnostic.hint == f"write (the-sponsor-who-moved-on.md{fragment}) to link to that pattern"
    assert found(linking(folder, f"[the sponsor](the-sponsor-who-moved-on.md{fragment})")) == []


@pytest.mark.parametrize(("written", "slug", "address"), [("../contact/", "contact", "/contact/"), ("contact.md", "contact", "/contact/"), ("../about/#team", "about", "/about/")])
def test_a_link_written_as_a_patterns_to_one_of_the_sites_pages_is_given_the_pages_address(folder: Folder, written: str, slug: str, address: str):
    # '../contact/' from a pattern's page is /patterns/contact/: the hint spoke of pattern file names.
    for name in ("index.md", "contact.md", "about/index.md"):
        folder.page(name)
    (diagnostic,) = linking(folder, f"[the page]({written})").diagnostics
    assert (diagnostic.code, diagnostic.message) == ("broken-link", f"'{written}' links to a pattern that does not exist: '{slug}'")
    assert diagnostic.hint == f"'{slug}' is one of the site's pages, not a pattern: write ({address}) to link to it"


@pytest.mark.parametrize(("written", "file"), [("../CONTRIBUTING.md", "CONTRIBUTING.md"), ("../guides/style%20guide.md#tone", "guides/style guide.md")])
def test_a_link_to_a_file_of_the_repository_the_site_does_not_publish_is_given_its_address_on_github(folder: Folder, written: str, file: str):
    # GitHub's preview opened the file; the site publishes no page of it. It was told as a
    # pattern that does not exist, to be unlinked until it was published.
    (folder.settings.root / file).parent.mkdir(parents=True, exist_ok=True)
    (folder.settings.root / file).write_text("# How to contribute\n", encoding="utf-8")
    (diagnostic,) = linking(folder, f"[the guide]({written})").diagnostics
    assert (diagnostic.code, diagnostic.message) == (
        "broken-link",
        f"'{unquote(written)}' is the repository's file {file}, which the site does not publish: on the site, this link goes nowhere",
    )
    fragment = "#tone" if "#" in written else ""
    address = f"https://github.com/stallpatterns/stall-patterns/blob/HEAD/{file.replace(' ', '%20')}{fragment}"
    assert diagnostic.hint == f"link to it on GitHub: ({address})"
    assert found(linking(folder, f"[the guide]({address})")) == []
    # A hidden file is none of these: it is no page, and its name is not told.
    (folder.settings.root / ".env").write_text("SECRET=1\n", encoding="utf-8")
    (hidden,) = linking(folder, "[x](../.env)").diagnostics
    assert ".env" not in (hidden.hint or "") and "repository's file" not in hidden.message


@pytest.mark.parametrize("words", ["The sponsor who moved on", "the Sponsor who Moved On", "the-sponsor-who-moved-on"])
def test_another_patterns_title_or_file_name_in_square_brackets_is_told_as_a_link_meant(folder: Folder, words: str):
    # '[The sponsor who moved on]' was published with its brackets, as GitHub shows it: a link meant.
    result = linking(folder, f"[{words}]")
    (diagnostic,) = result.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.column, diagnostic.is_error) == ("link-meant", 14, len("See ") + 1, False)
    assert diagnostic.hint == f"to link to it, write [{words}](the-sponsor-who-moved-on.md)"
    assert found(linking(folder, diagnostic.hint.removeprefix("to link to it, write "))) == []


@pytest.mark.parametrize(
    ("written", "hint", "fixed"),
    [
        # By its title, or near it, or by its file name: the link to write goes to that pattern.
        ("[[The sponsor who moved on]]", "to link to the pattern 'The sponsor who moved on', write [The sponsor who moved on](the-sponsor-who-moved-on.md)", None),
        ("[[the sponsors who moved on|the sponsor]]", "to link to the pattern 'The sponsor who moved on', write [the sponsor](the-sponsor-who-moved-on.md)", None),
        ("[[the-sponsor-who-moved-on]]", "to link to the pattern 'The sponsor who moved on', write [The sponsor who moved on](the-sponsor-who-moved-on.md)", None),
        # No pattern of that name: no file name made from its words, which was a broken link.
        (
            "[[prompt library]]",
            "no pattern is named 'prompt library': to link to a pattern, write [prompt library](file-name.md) with the name of its file in patterns/, "
            "or to a web page, [prompt library](https://…)",
            "prompt library",
        ),
    ],
)
def test_a_wiki_link_is_told_the_link_to_write_only_to_a_pattern_that_exists(folder: Folder, written: str, hint: str, fixed: str | None):
    # '[[prompt library]]' was told to write (prompt-library.md): followed, a broken link.
    result = linking(folder, written)
    (diagnostic,) = [d for d in result.diagnostics if d.code == "wiki-link"]
    assert (diagnostic.path, diagnostic.line, diagnostic.is_error) == ("patterns/linking.md", 14, False)
    assert diagnostic.hint == hint
    # The hint followed: the link goes to the pattern, and nothing is told.
    followed = fixed if fixed is not None else hint.partition(", write ")[2]
    assert found(linking(folder, followed)) == []


@pytest.mark.parametrize("words", ["[sic]", "[the board]", "[A pattern that links to another]", "[Source: ONS, 2025]"])
def test_words_in_square_brackets_that_name_no_other_pattern_are_as_meant(folder: Folder, words: str):
    assert "link-meant" not in [d.code for d in linking(folder, words).diagnostics]


def test_each_broken_link_on_a_line_is_reported_at_its_own_column(folder: Folder):
    # The same pattern twice, the second time with a part it lacks; an address written
    # encoded, then the same address in angle brackets: each error points at its own link.
    links = (
        "[it](the-sponsor-who-moved-on.md), [its fix](the-sponsor-who-moved-on.md#the-fix), "
        "[no such.md](no%20such.md) and [two](<no such.md>), [nowhere.md](nowhere.md) and [nowhere.md](nowhere.md)"
    )
    result = linking(folder, links)
    line = "See " + links
    expected = [
        line.index("the-sponsor-who-moved-on.md#the-fix") + 1,
        line.index("](no%20such.md") + 3,
        line.index("no such.md>") + 1,
        line.index("](nowhere.md") + 3,
        line.rindex("](nowhere.md") + 3,
    ]
    assert [(d.code, d.line, d.column) for d in result.diagnostics] == [("broken-link", 14, column) for column in expected]


@pytest.mark.parametrize("fragment", ["", "#what-it-looks-like"])
def test_a_link_to_a_patterns_former_file_name_is_told_its_file_name_now(folder: Folder, fragment: str):
    # The site follows the former name's redirect; GitHub's preview looks for the file, which
    # has another name now, and the link went nowhere there in silence.
    def link(written: str) -> LoadResult:
        path = folder.write("linking", "A pattern that links to another")
        path.write_text(path.read_text(encoding="utf-8").replace("A claims team", f"See {written}. A claims team", 1), encoding="utf-8")
        return folder.load()

    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", extra=listed("aliases", "the-sponsor-left"))
    (diagnostic,) = link(f"[the sponsor](the-sponsor-left.md{fragment})").diagnostics
    assert (diagnostic.code, diagnostic.line) == ("broken-link", 14)
    assert diagnostic.message.startswith("'the-sponsor-left.md" + fragment + "' is the former file name of 'the-sponsor-who-moved-on'")
    assert diagnostic.hint == f"write (the-sponsor-who-moved-on.md{fragment}) to link to that pattern"
    assert found(link(f"[the sponsor](the-sponsor-who-moved-on.md{fragment})")) == []
    assert found(link(f"[the sponsor](../the-sponsor-left/{fragment})")) == []  # the site's former address: it redirects


@pytest.mark.parametrize(
    "link",
    [
        "[the sponsor](the-sponsor-who-moved-on.md)",
        "[the sponsor](../the-sponsor-who-moved-on/)",
        "[the sponsor](/patterns/the-sponsor-who-moved-on/#what-it-looks-like)",
        "[all of them](../)",
        "[below](#what-is-actually-happening)",
        "[the contact page](/contact/)",
        "[the sponsor, under its former name](../the-sponsor-left/)",
    ],
)
def test_a_link_to_a_pattern_or_page_that_is_there_is_as_meant(folder: Folder, link: str):
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", extra=listed("aliases", "the-sponsor-left"))
    path = folder.write("linking", "A pattern that links to another")
    path.write_text(path.read_text(encoding="utf-8").replace("A claims team", f"See {link}. A claims team", 1), encoding="utf-8")
    assert found(folder.load()) == []


@pytest.mark.parametrize(
    "again",
    [
        "The sponsor who moved on.",
        "The sponsor who moved on!",
        "the sponsor who moved on?",
        # Any symbol at the end, as a mark is (an attack round found these new titles).
        "The sponsor who moved on \u2022",
        "The sponsor who moved on \u2192",
        "The sponsor who moved on\u2122",
        "The sponsor who moved on \u00b7",
        "The sponsor who moved on \u00a1",
        # The marks between its words, which leave the words as they are.
        "The sponsor, who moved on",
        "The sponsor (who moved on)",
        "The sponsor; who moved on",
        "The sponsor - who moved on",
        'The "sponsor" who moved on',
        "The sponsor who moved-on",
    ],
)
def test_a_title_again_with_a_mark_at_its_end_or_between_its_words_is_the_same_title(folder: Folder, again: str):
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", published="2026-01-05")
    folder.write("newcomer", again, published="2026-04-01")
    result = folder.load()
    full_stop = [("patterns/newcomer.md", "title-full-stop", 2)] if again.endswith(".") else []  # a warning of its own
    assert sorted(found(result)) == sorted([("patterns/newcomer.md", "duplicate-title", 2), *full_stop])
    (duplicate,) = [d for d in result.diagnostics if d.code == "duplicate-title"]
    assert duplicate.message == (
        "title has the same words as the title of patterns/the-sponsor-who-moved-on.md, 'The sponsor who moved on'"
    )


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("The sponsor who moved on", "Ｔhe sponsor who moved on"),  # full-width
        ("The sponsor who moved on", "\U0001d5b3he sponsor who moved on"),  # mathematical sans-serif
        ("The sponsor is gone", "The sponsor \u0131s gone"),  # dotless i
        ("The sponsor's move", "The sponsor\u02bcs move"),  # a modifier letter for the apostrophe
    ],
)
def test_a_title_in_look_alike_letters_is_the_same_title(folder: Folder, first: str, again: str):
    folder.write("the-first", first, published="2026-01-05")
    folder.write("newcomer", again, published="2026-04-01")
    assert ("patterns/newcomer.md", "duplicate-title", 2) in found(folder.load())


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("Who checks the output", "\u051d\u04bb\u043e checks the output"),  # Cyrillic we, shha, o
        ("The sponsor who moved on", "\ua4d4he sponsor who moved on"),  # Lisu ta for T
        ("The board asks what the spend produced", "The board \u0251sks what the spend produced"),  # Latin alpha
        ("Pilots that cannot cope", "Pilots that cannot \u0441\u043e\u0440\u0435"),  # Cyrillic с, о, р, е
        ("Ten pilots and no owner", "Ten pilots and \u03b7\u03bf owner"),  # Greek eta and omicron
        ("AI pilots that never ship", "\u0391\u0399 pilots that never ship"),  # Greek capital alpha and iota
        ("Pilots the CEO never sees", "Pilots the \u13df\u13ac\u13be never sees"),  # Cherokee
        ("Pilots that go nowhere", "Pilots that \u0581\u0585 nowhere"),  # Armenian co and oh
        ("AI pilots that never ship", "Al pilots that never ship"),  # a lower-case L for a capital i
        ("AI pilots that never ship", "\uff21l pilots that never ship"),  # a full-width A, then the l above
        ("AI pilots that never ship", "A\U0001d425 pilots that never ship"),  # mathematical bold small l
        ("IT owns the pilot", "1T owns the pilot"),  # a digit one
        ("Nobody owns the output", "N0body owns the output"),  # a digit zero
        ("The model nobody checks", "The rnodel nobody checks"),  # r and n for m
        ("The sponsor who moved on", "The sponsor vvho moved on"),  # two v's for a w
        ("Sign-off that never comes", "Sign\u2010off that never comes"),  # a Unicode hyphen
        ("Naive pilots never ship", "Na\u00efve pilots never ship"),  # an accent: the same words to a reader
        ("The sponsor who moved on", "The spo\u0338nsor who moved on"),  # a mark drawn over a letter
        # An attack round's: small capitals, and a capital whose small form alone Unicode lists.
        ("The sponsor who moved on", "The sponsor w\u029co mo\u1d20e\u1d05 on"),  # small capitals H, V, D
        ("The sponsor who moved on", "The sponsor who \u1d0doved on"),  # small capital M
        ("The sponsor who moved on", "\u01ache sponsor who moved on"),  # T with hook
        ("The dashboard nobody opens", "The \u018aashboard nobody opens"),  # D with hook
        ("The plan nobody funds", "The \u01a4lan nobody funds"),  # P with hook
    ],
)
def test_a_title_in_the_look_alike_letters_of_one_other_script_or_of_ascii_is_the_same_title(folder: Folder, first: str, again: str):
    # A word wholly in one other alphabet passes the file's own checks: only the catalogue sees
    # that it reads as another pattern's title.
    folder.write("the-first", first, published="2026-01-05")
    folder.write("newcomer", again, published="2026-04-01")
    result = folder.load()
    assert ("patterns/newcomer.md", "duplicate-title", 2) in found(result)
    [problem] = [d for d in result.diagnostics if d.code == "duplicate-title"]
    assert "patterns/the-first.md" in problem.message and problem.hint


@pytest.mark.parametrize(("first", "other"), [("Wave 1 of the rollout stalls", "Wave L of the rollout stalls"), ("Phase 0 of the rollout", "Phase Q of the rollout")])
def test_a_digit_is_not_a_capital_letter_it_only_resembles_in_small_letters(folder: Folder, first: str, other: str):
    # 'Wave L' was refused as 'Wave 1': the titles were compared case aside, after the digit
    # was read as an l.
    folder.write("wave-one", first, published="2026-01-05")
    folder.write("wave-ell", other, published="2026-04-01")
    assert [d for d in folder.load().diagnostics if d.is_error] == []


def test_a_title_in_look_alike_letters_is_told_which_letter_passes_for_which(folder: Folder):
    folder.write("the-first", "Who checks the output", published="2026-01-05")
    folder.write("newcomer", "\u051d\u04bb\u043e checks the output", published="2026-04-01")
    [problem] = folder.load().errors
    assert problem.message == (
        "title reads as the title of patterns/the-first.md, 'Who checks the output': "
        "'\u051d' (U+051D CYRILLIC SMALL LETTER WE) passes for 'w'"
    )
    assert problem.hint == "give each pattern its own title: one in look-alike letters passes for the other"


def test_a_title_with_its_accent_typed_as_a_mark_is_the_same_title_said_plainly(folder: Folder):
    folder.write("the-first", "Café culture eats the pilot", published="2026-01-05")
    folder.write("newcomer", "Cafe\u0301 culture eats the pilot", published="2026-04-01")
    [problem] = folder.load().errors
    assert problem.message == "title is also used by patterns/the-first.md"


def test_a_title_with_an_ascii_look_alike_names_the_letters(folder: Folder):
    folder.write("the-first", "AI pilots that never ship", published="2026-01-05")
    folder.write("newcomer", "Al pilots that never ship", published="2026-04-01")
    [problem] = folder.load().errors
    assert problem.message == (
        "title reads as the title of patterns/the-first.md, 'AI pilots that never ship': 'l' where it has 'I'"
    )


@pytest.mark.parametrize(
    ("first", "other"),
    [
        ("IT owns the pilot", "LT owns the pilot"),  # a capital i is an l, never an L
        ("Tail risk nobody owns", "Tall risk nobody owns"),  # a small i is no l
        ("Sign-off fails", "Sign-off falls"),
        ("Nobody\u2019s name is on the output", "Nobody\u2019s name \u2013 on the output"),
        ("Caf\u00e9 culture eats the pilot", "Cafe culture eats the plan"),
        ("The pilot in 2010", "The pilot in 2016"),
        ("Ten percent of pilots ship", "Ten % of pilots ship"),  # a sign that is a word
        ("The R&D pilot", "The RD pilot"),
        ("A 3.5% error rate is fine", "A 3-5% error rate is fine"),  # marks of a number, not between words
        ("1/3 of pilots never ship", "1-3 of pilots never ship"),
        ("Web 2.0 pilots", "Web 20 pilots"),
        ("The -10% pilot", "The 10% pilot"),
        ("\u0417\u0430\u0447\u0435\u043c \u043f\u0438\u043b\u043e\u0442\u044b", "\u0417\u0430\u0447\u0435\u043c \u0431\u043e\u0442\u044b"),  # two Russian titles
    ],
)
def test_titles_that_only_share_look_alike_letters_somewhere_stay_apart(folder: Folder, first: str, other: str):
    folder.write("the-first", first, published="2026-01-05")
    folder.write("the-other", other, published="2026-04-01")
    assert not [code for _, code, _ in found(folder.load()) if code in ("duplicate-title", "duplicate-name")]


def test_another_patterns_title_as_an_other_name_is_an_error_at_its_line(folder: Folder):
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", published="2026-01-05")
    folder.write("newcomer", "A pattern that claims another's title", published="2026-04-01",
                 extra=listed("also_known_as", "orphaned programme", "the sponsor who moved on"))
    result = folder.load()
    assert found(result) == [("patterns/newcomer.md", "duplicate-name", 12)]
    assert result.diagnostics[0].message == (
        "'the sponsor who moved on' in 'also_known_as' is the title of patterns/the-sponsor-who-moved-on.md"
    )
    assert [p.slug for p in result.catalogue] == ["the-sponsor-who-moved-on"]


def test_another_patterns_file_name_as_an_other_name_is_told_as_its_file_name(folder: Folder):
    # It was told as that pattern's title, which the author had not written.
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", published="2026-01-05")
    folder.write("newcomer", "A pattern that claims another's name", published="2026-04-01", extra=listed("also_known_as", "the-sponsor-who-moved-on"))
    result = folder.load()
    assert found(result) == [("patterns/newcomer.md", "duplicate-name", 11)]
    assert result.diagnostics[0].message == (
        "'the-sponsor-who-moved-on' in 'also_known_as' is the file name of patterns/the-sponsor-who-moved-on.md, "
        "whose title, 'The sponsor who moved on', has the same words"
    )


def test_another_patterns_title_in_look_alike_letters_as_an_other_name_is_an_error(folder: Folder):
    folder.write("the-sponsor-who-moved-on", "The sponsor who moved on", published="2026-01-05")
    folder.write("newcomer", "A pattern that claims another's title", published="2026-04-01",
                 extra=listed("also_known_as", "\ua4d4he sponsor \u051d\u04bb\u043e moved on"))
    result = folder.load()
    assert ("patterns/newcomer.md", "duplicate-name", 11) in found(result)
    [duplicate] = [d for d in result.diagnostics if d.code == "duplicate-name"]
    assert "reads as the title of patterns/the-sponsor-who-moved-on.md" in duplicate.message
    # (Its Lisu 'ꓔ' among Latin letters is a disguised word as well.)
    assert ("patterns/newcomer.md", "mixed-alphabets", 11) in found(result)


def test_a_new_title_that_is_an_existing_patterns_other_name_is_blamed_on_the_new_file(folder: Folder):
    folder.write("ai-pilots", "AI pilots that never reach production", published="2026-01-05",
                 extra=listed("also_known_as", "PoC purgatory"))
    folder.write("newcomer", "PoC purgatory for ever", published="2026-04-01")
    folder.write("copycat", "PoC purgatory", published="2026-04-01")
    result = folder.load()
    assert found(result) == [("patterns/copycat.md", "duplicate-title", 2)]
    assert result.diagnostics[0].message == "title is also a name in 'also_known_as' of patterns/ai-pilots.md"


def test_an_other_name_claimed_by_two_patterns_is_blamed_on_the_newer(folder: Folder):
    folder.write("older", "An older pattern with another name", published="2025-01-01", extra=listed("also_known_as", "pilot purgatory"))
    folder.write("newer", "A newer pattern with the same other name", published="2026-01-01", extra=listed("also_known_as", "Pilot Purgatory"))
    result = folder.load()
    assert found(result) == [("patterns/newer.md", "duplicate-name", 11)]
    assert result.diagnostics[0].message == "'Pilot Purgatory' in 'also_known_as' is also a name of patterns/older.md"


@pytest.mark.parametrize("name", ["the sponsor who moved on", "The Sponsor Who Moved On.", "The sponsor who moved on"])
def test_a_patterns_own_title_among_its_other_names_is_a_warning_not_an_error(folder: Folder, name: str):
    # Search finds a pattern by its title already: the name took a place another could have.
    folder.write("own", "The sponsor who moved on", extra=listed("also_known_as", name))
    result = folder.load()
    assert [(d.path, d.code, d.line, d.is_error) for d in result.diagnostics] == [("patterns/own.md", "name-is-title", 11, False)]
    assert result.diagnostics[0].message == f"'{name}' in 'also_known_as' is this pattern's title"
    assert [p.slug for p in result.catalogue] == ["own"]


def test_a_name_near_a_patterns_own_title_is_not_its_title(folder: Folder):
    folder.write("own", "The sponsor who moved on", extra=listed("also_known_as", "sponsor who moved on", "the sponsor moved on"))
    assert found(folder.load()) == []


def test_a_published_patterns_link_to_a_draft_is_an_error_and_a_drafts_is_not(folder: Folder):
    folder.write("the-draft", "A pattern still being written", extra="draft: true\n")
    for slug, extra in (("published-one", ""), ("another-draft", "draft: true\n")):
        path = folder.write(slug, f"A pattern that links to the draft {slug}", extra=extra)
        path.write_text(path.read_text(encoding="utf-8").replace("A claims team", "See [the draft](the-draft.md). A claims team", 1), encoding="utf-8")
    assert [(d.path, d.code) for d in folder.load(include_drafts=True).diagnostics] == [("patterns/published-one.md", "broken-link")]


def test_a_link_to_the_top_of_the_page_is_as_meant(folder: Folder):
    path = folder.write("linking", "A pattern that links to its own top")
    path.write_text(path.read_text(encoding="utf-8").replace("A claims team", "[Back to the top](#top). A claims team", 1), encoding="utf-8")
    assert found(folder.load()) == []


def test_the_previews_cache_sees_an_edit_that_kept_the_files_size_and_modification_time(folder: Folder):
    # A tool that keeps modification times (or a file system that stores them to the
    # second) and an edit of the same length: the preview showed the old title.
    path = folder.write("kept-times", "The sponsor who moved on")
    cache = catalogue.CheckCache()
    before = path.stat()
    assert cache.check(path, "kept-times.md", folder.settings).pattern.title == "The sponsor who moved on"
    path.write_text(path.read_text(encoding="utf-8").replace("moved on", "moved ON"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert cache.check(path, "kept-times.md", folder.settings).pattern.title == "The sponsor who moved ON"


@pytest.mark.parametrize("link", ["[the report](www.example.org/report)", "[write to us](hello@example.org)"])
def test_an_address_written_without_its_scheme_is_one_error_not_also_a_broken_link(folder: Folder, link: str):
    # It was reported as another site's address and again as a page of this site that goes nowhere.
    assert [code for _, code, _ in found(linking(folder, link))] == ["link-address"]


def test_a_link_to_a_pattern_not_written_yet_is_told_to_come_off_its_words(folder: Folder):
    # The hint showed the form '[text](other-pattern.md)' the author had already written.
    (diagnostic,) = linking(folder, "[the middle managers](the-missing-middle-manager.md)").diagnostics
    assert diagnostic.code == "broken-link"
    assert diagnostic.hint.startswith("keep the words and take the link off them until that pattern is published")


def test_a_section_another_pattern_says_word_for_word_is_a_warning_on_the_newer_file(folder: Folder):
    # A new pattern with its own front matter and another's sections, left as they were, passed
    # silently: two pages told one account (helper-238).
    folder.write("the-first", "The steering group that never decides", published="2026-01-05")
    copy = folder.write("newcomer", "Meetings without an owner", published="2026-04-01")
    first_text = (folder.patterns / "the-first.md").read_text(encoding="utf-8")
    body = first_text[first_text.index("## The intervention shape") :]
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text[: text.index("## The intervention shape")] + body.upper().replace("## THE INTERVENTION SHAPE", "## The intervention shape"), encoding="utf-8")
    result = folder.load()
    assert [(d.path, d.code, d.is_error) for d in result.diagnostics] == [("patterns/newcomer.md", "duplicate-section", False)]
    assert {p.slug for p in result.catalogue} == {"the-first", "newcomer"}  # a warning: both are published


def test_a_draft_copied_from_a_pattern_to_start_one_is_not_told_its_sections_are_copies(folder: Folder):
    # Its message said readers find the account twice; the site does not publish a draft (helper-239).
    first = folder.write("the-first", "The steering group that never decides", published="2026-01-05")
    text = first.read_text(encoding="utf-8").replace("The steering group that never decides", "Meetings without an owner")
    (folder.patterns / "draft-copy.md").write_text(text.replace("published: 2026-01-05\n", "published: 2026-01-05\ndraft: true\n"), encoding="utf-8")
    assert "duplicate-section" not in [d.code for d in folder.load(include_drafts=True).diagnostics]


def test_a_short_section_two_patterns_share_is_no_copy(folder: Folder):
    folder.write("the-first", "The steering group that never decides")
    second = folder.write("second", "Meetings without an owner")
    text = second.read_text(encoding="utf-8")
    second.write_text(text[: text.index("## The intervention shape")] + "## The intervention shape\n\nName an owner, and a date for the first decision.\n", encoding="utf-8")
    first = folder.patterns / "the-first.md"
    text = first.read_text(encoding="utf-8")
    first.write_text(text[: text.index("## The intervention shape")] + "## The intervention shape\n\nName an owner, and a date for the first decision.\n", encoding="utf-8")
    assert "duplicate-section" not in [d.code for d in folder.load().diagnostics]

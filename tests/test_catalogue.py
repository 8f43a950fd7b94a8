"""Catalogue-wide rules and the questions the site asks of a loaded catalogue.

Each test writes a small patterns folder into tmp_path and loads it with the shipped
mkdocs.yml, exactly as the CLI and the MkDocs plugin do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stallpatterns import catalogue
from stallpatterns.catalogue import LoadResult
from stallpatterns.settings import Settings, load_settings

MINIMAL = (Path(__file__).parent / "fixtures" / "patterns" / "valid" / "minimal.md").read_text(encoding="utf-8")


def pattern_text(title: str, category: str = "value", extra: str = "", published: str = "2026-03-02") -> str:
    """A valid pattern (the minimal fixture) with its own title, category and extra keys."""
    text = MINIMAL.replace("The pilot that is judged on its demo", title).replace("category: value", f"category: {category}")
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
        path.write_text(pattern_text(title, **keys), encoding="utf-8")
        return path

    def load(self, include_drafts: bool = False, paths: list[Path] | None = None) -> LoadResult:
        return catalogue.load(self.settings, paths, include_drafts=include_drafts)


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


# --- catalogue-wide rules -------------------------------------------------------------------


def test_duplicate_title_is_reported_on_the_second_file_at_its_title(folder: Folder):
    folder.write("first", "The same title twice over")
    folder.write("second", "The Same Title Twice Over")
    result = folder.load()
    assert found(result) == [("patterns/second.md", "duplicate-title", 2)]
    assert "patterns/first.md" in result.diagnostics[0].message
    assert [p.slug for p in result.catalogue] == ["first"]


def test_duplicate_slug_from_two_folders(folder: Folder, tmp_path: Path):
    folder.write("same-name", "A pattern in the patterns folder")
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "same-name.md").write_text(pattern_text("The same name somewhere else"))
    result = folder.load(paths=[folder.patterns / "same-name.md", other / "same-name.md"])
    assert [(d.path, d.code) for d in result.diagnostics] == [("elsewhere/same-name.md", "duplicate-slug")]


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


def test_related_to_itself_is_reported(folder: Folder):
    folder.write("loop", "A pattern that lists itself", extra=listed("related", "loop"))
    assert found(folder.load()) == [("patterns/loop.md", "self-related", 11)]


def test_alias_that_is_another_patterns_slug_collides(folder: Folder):
    folder.write("current-name", "A pattern that is still here")
    folder.write("renamed", "A pattern that was renamed", extra=listed("aliases", "current-name"))
    assert found(folder.load()) == [("patterns/renamed.md", "alias-collision", 11)]


def test_alias_claimed_by_two_patterns_collides_on_the_second(folder: Folder):
    folder.write("one", "The first pattern with an alias", extra=listed("aliases", "old-name"))
    folder.write("two", "The second pattern with an alias", extra=listed("aliases", "old-name"))
    result = folder.load()
    assert found(result) == [("patterns/two.md", "alias-collision", 11)]
    assert "patterns/one.md" in result.diagnostics[0].message


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
    assert published.diagnostics == ()
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

"""What a build does with bad input: an invalid pattern fails a strict build with the
validator's own diagnostics and is left out of a non-strict one; a broken configuration
stops the build with one clear message and no traceback."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import Project, pattern_text

STALLPATTERNS = str(Path(sys.executable).parent / "stallpatterns")
SLUG = "a-pattern-with-two-problems"
# An unknown category (line 4) and a missing section: two problems, both reported.
INVALID = pattern_text(title="A pattern with two problems", category="workflw").replace(
    "\n## The intervention shape\n\nWhat to do instead, in steps a leader could start next week.\n", ""
)
DIAGNOSTIC = re.compile(r"^patterns/[a-z0-9-]+\.md:\d+:\d+: error\[[a-z0-9-]+\]: .+$", re.M)


def validate(project: Project, *paths: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    command = [STALLPATTERNS, "validate", "--format", "text", *paths]
    return subprocess.run(command, capture_output=True, text=True, cwd=project.root, env=env)


def test_a_strict_build_fails_on_an_invalid_pattern_with_the_validators_diagnostics(project):
    project.write_pattern(SLUG, INVALID)
    checked = validate(project, f"patterns/{SLUG}.md")
    assert checked.returncode == 1
    expected = DIAGNOSTIC.findall(checked.stdout)
    assert len(expected) == 2, checked.stdout
    assert f"patterns/{SLUG}.md:4:1: error[unknown-category]" in expected[0] + expected[1]

    result = project.build()
    assert result.returncode != 0
    for line in expected:
        assert line in result.stderr, f"the build does not say: {line}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    # The summary calls the pattern errors errors, with their count.
    assert "stallpatterns: 2 errors in 1 pattern file (listed above): a strict build publishes no invalid pattern" in result.stderr
    assert "Aborted with 2 warnings" not in result.stderr


def test_a_quiet_strict_build_still_shows_the_validators_diagnostics(project):
    # 'build -q' shows only errors: each pattern error is logged as a warning (so strict
    # mode counts it), and the build said "1 error (listed above)" above an empty screen.
    project.write_pattern(SLUG, INVALID)
    expected = DIAGNOSTIC.findall(validate(project, f"patterns/{SLUG}.md").stdout)
    built = project.build("-q")
    assert built.returncode != 0
    assert "listed above" not in built.stderr
    assert DIAGNOSTIC.findall(built.stdout + built.stderr) == expected


def test_one_file_with_a_wrong_category_a_related_typo_and_a_duplicate_title_reports_all_three(project):
    existing = re.sub(r"^published: .*$", "published: 2026-01-01", pattern_text(title="The steering group that never meets"), flags=re.M)
    project.write_pattern("the-steering-group-that-never-meets", existing)
    newcomer = pattern_text(title="The steering group that never meets", category="sponser", extra="related:\n  - the-steering-group-that-never-meet\n", own="newcomer")
    newcomer = re.sub(r"^published: .*$", "published: 2026-05-01", newcomer, flags=re.M)
    project.write_pattern("newcomer", newcomer)
    checked = validate(project)
    codes = sorted(re.findall(r"^patterns/newcomer\.md:\d+:\d+: error\[([a-z-]+)\]", checked.stdout, re.M))
    assert codes == ["duplicate-title", "unknown-category", "unknown-related"], checked.stdout
    assert "did you mean 'sponsorship'?" in checked.stdout and "did you mean 'the-steering-group-that-never-meets'?" in checked.stdout
    result = project.build()
    for line in DIAGNOSTIC.findall(checked.stdout):
        assert line in result.stderr, f"the strict build does not say: {line}"
    assert "3 errors in 1 pattern file" in result.stderr


# Valid on its own, but names a related pattern that does not exist: a catalogue-wide check.
BROKEN_LINK = pattern_text(title="A pattern with a broken related link", extra="related:\n  - no-such-pattern\n")


@pytest.mark.parametrize(
    ("slug", "text", "problems"),
    [(SLUG, INVALID, 2), ("a-pattern-with-a-broken-related-link", BROKEN_LINK, 1)],
    ids=["file-errors", "catalogue-error"],
)
def test_a_non_strict_build_leaves_an_invalid_pattern_out_and_warns(project, slug, text, problems):
    project.write_pattern(slug, text)
    title = re.search(r"^title: (.+)$", text, re.M).group(1)
    result = project.build(strict=False)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING") and f"patterns/{slug}.md:" in line]
    assert len(warnings) == problems, result.stderr

    assert not (project.site / "patterns" / slug).exists(), "no page for the invalid pattern"
    for path in project.site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".txt"):
            content = path.read_text(encoding="utf-8")
            assert slug not in content and title not in content, path
    assert (project.site / "patterns" / "index.html").is_file(), "the rest of the site is built"
    assert len(list((project.site / "patterns").glob("*/index.html"))) >= 10


def _categories_not_a_list(project: Project) -> None:
    project.edit_plugin_config(lambda plugin: plugin.update(categories="verification"))


def _category_without_label(project: Project) -> None:
    project.edit_plugin_config(lambda plugin: plugin["categories"][0].pop("label"))


def _duplicate_category(project: Project) -> None:
    project.edit_plugin_config(lambda plugin: plugin["categories"][1].update(id=plugin["categories"][0]["id"]))


def _empty_categories(project: Project) -> None:
    project.edit_plugin_config(lambda plugin: plugin.update(categories=[]))


def _script_as_repository(project: Project) -> None:
    # The engine's own check passes any scheme with a host: every page's footer linked it.
    project.edit_config(lambda data: data.update(repo_url="javascript://github.com/%0Aalert(document.domain)//"))


def _script_as_edit_address(project: Project) -> None:
    project.edit_config(lambda data: data.update(edit_uri="javascript:alert(1)//"))


def _script_as_edit_template(project: Project) -> None:
    def change(data: dict) -> None:
        data.pop("edit_uri", None)
        data["edit_uri_template"] = "javascript:alert(document.domain)//{path}"

    project.edit_config(change)


def _offer_page_misspelt(project: Project) -> None:
    # Every page's closing block links the offer's page: each was a broken link.
    project.edit_plugin_config(lambda plugin: plugin["offers"][1].update(url="contakt/#review"))


def _offer_page_from_the_servers_root(project: Project) -> None:
    # The site is published under a path (site_url): '/contact/' is another site's page.
    project.edit_plugin_config(lambda plugin: plugin["offers"][1].update(url="/contact/#review"))


def _setting_misspelt(project: Project) -> None:
    # The engine only warned: `build -q --strict` aborted without saying why, and a build
    # without --strict dropped the setting.
    project.edit_plugin_config(lambda plugin: plugin.update(categroies=plugin.pop("categories")))


def _no_patterns_folder(project: Project) -> None:
    shutil.rmtree(project.root / "patterns")


@pytest.mark.parametrize(
    ("breakage", "says"),
    [
        (_categories_not_a_list, "categories"),
        (_category_without_label, "categories[0].label"),
        (_duplicate_category, "duplicate category id: verification"),
        (_empty_categories, "categories"),
        (_no_patterns_folder, "patterns folder not found"),
        (_script_as_repository, "repo_url 'javascript:' addresses are not allowed"),
        (_script_as_edit_address, "edit_uri 'javascript:' addresses are not allowed"),
        (_script_as_edit_template, "edit_uri_template 'javascript:' addresses are not allowed"),
        (_offer_page_misspelt, "offers[1].url: 'contakt/#review' is no page of the site: write the address of one"),
        (_offer_page_from_the_servers_root, "offers[1].url: '/contact/#review' starts at the server's root, not the site's"),
        (_setting_misspelt, "unknown setting categroies (did you mean categories?)"),
    ],
    ids=["categories-not-a-list", "category-without-label", "duplicate-category", "no-categories", "no-patterns-folder",
         "script-as-repository", "script-as-edit-address", "script-as-edit-template", "offer-page-misspelt", "offer-page-from-root", "setting-misspelt"],
)
def test_a_configuration_error_stops_the_build_with_one_clear_message(project, breakage, says):
    breakage(project)
    for result in (project.build(), project.build(strict=False)):
        output = result.stdout + result.stderr
        assert result.returncode != 0, output
        assert "Traceback" not in output and 'File "' not in output, output
        errors = [line for line in output.splitlines() if line.startswith("ERROR")]
        assert len(errors) == 1, output
        assert says in errors[0], errors[0]
        assert not (project.site / "index.html").exists(), "nothing was built"


def test_a_build_refuses_a_site_folder_that_is_a_link_and_leaves_its_target_alone(project: Project, tmp_path: Path):
    # A pull request can commit a link named site: the engine empties the site folder before
    # it builds, which through the link would delete whatever it points to.
    target = tmp_path / "someone-elses-folder"
    target.mkdir()
    (target / "keep.txt").write_text("mine", encoding="utf-8")
    link = project.root / "site-link"
    link.symlink_to(target, target_is_directory=True)
    result = project.build(site=link)
    assert result.returncode != 0
    assert "is a symbolic link, and a build would empty what it points to" in result.stderr
    assert "Traceback" not in result.stderr
    assert (target / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_a_link_under_docs_to_files_elsewhere_publishes_none_of_them(project: Project, tmp_path: Path):
    # The engine follows links: one a pull request adds under docs/ (to /proc/self/environ,
    # to ~/.ssh) published what it pointed at, the build's environment and its secrets among it.
    # (A link to a folder is refused before the engine walks it: see the test below.)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "token.txt").write_text("s3cret", encoding="utf-8")
    (project.root / "docs" / "token.txt").symlink_to(elsewhere / "token.txt")
    (project.root / "docs" / "own.txt").symlink_to(project.root / "docs" / "contact.md")  # within the site: kept
    strict = project.build()
    assert strict.returncode != 0 and "Traceback" not in strict.stderr
    assert "token.txt is a link to a file outside the site's own folders: it is not published" in strict.stderr, strict.stderr
    result = project.build(strict=False)
    assert result.returncode == 0, result.stderr
    published = [p for p in project.site.rglob("*") if p.is_file() and "s3cret" in p.read_text(encoding="utf-8", errors="replace")]
    assert published == []
    assert (project.site / "own.txt").is_file()


@pytest.mark.parametrize("strict", [True, False])
@pytest.mark.parametrize("links", [("loop-a", "loop-b"), ("leak",)], ids=["two links to docs itself", "a link to a folder elsewhere"])
def test_a_link_under_docs_to_a_folder_is_refused_before_the_engine_walks_it(project: Project, tmp_path: Path, links: tuple[str, ...], strict: bool):
    # The engine follows links to folders as it lists the files to publish, and never stops:
    # two links to docs/ itself (a pull request can commit them) made a build walk 2, 4, 8...
    # copies of the folder until CI's time ran out; a link to '/' walked the whole machine.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "token.txt").write_text("s3cret", encoding="utf-8")
    for name in links:
        (project.root / "docs" / name).symlink_to(elsewhere if name == "leak" else Path("."), target_is_directory=True)
    result = project.build(strict=strict, timeout=120)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    shown = ", ".join(f"'{name}'" for name in links)
    assert f"stallpatterns: {shown} in docs/ {'is a symbolic link to a folder' if len(links) == 1 else 'are symbolic links to folders'}" in result.stderr, result.stderr
    assert not (project.site / "index.html").exists(), "nothing was built"


def test_a_patterns_folder_that_links_out_of_the_repository_publishes_nothing_from_it(project: Project, tmp_path: Path):
    # A pull request can commit patterns/ as a link to a folder elsewhere on the machine that
    # builds: the build published the valid '*.md' files it found there.
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(project.root / "patterns", elsewhere)
    shutil.rmtree(project.root / "patterns")
    (project.root / "patterns").symlink_to(elsewhere, target_is_directory=True)
    result = project.build(strict=False)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "plugins.stallpatterns.patterns_dir: 'patterns' is a symbolic link to" in result.stderr, result.stderr
    assert not (project.site / "index.html").exists(), "nothing was built"


def test_a_page_in_docs_that_the_nav_does_not_list_is_never_published(project):
    # A pattern saved in docs/ by mistake was published as a page no check had read.
    (project.root / "docs" / "a-sponsor-who-left.md").write_text(
        pattern_text(title="A sponsor who left").replace("The sponsor", "A <u>sponsor</u>", 1), encoding="utf-8"
    )
    result = project.build()
    assert result.returncode != 0
    assert (
        "docs/a-sponsor-who-left.md:1:1: error[unlisted-page]: 'a-sponsor-who-left.md' is in docs/, but mkdocs.yml's nav "
        "does not list it, so the site never publishes it"
    ) in result.stderr
    assert "stallpatterns: 1 error in 1 file (listed above): a strict build publishes no invalid pattern and no page the nav leaves out" in result.stderr
    assert "Traceback" not in result.stderr
    relaxed = project.build(strict=False)
    assert relaxed.returncode == 0, relaxed.stderr
    assert not (project.site / "a-sponsor-who-left").exists()
    assert "a-sponsor-who-left" not in (project.site / "sitemap.xml").read_text(encoding="utf-8")
    assert (project.site / "contact" / "index.html").is_file()  # the pages the nav lists are


@pytest.mark.parametrize(
    ("slip", "says"),
    [
        # A misspelt attribute printed nothing: every page published an empty price.
        ("{{ offer.prise | e }}", "overrides/partials/offer.html:16: 'stallpatterns.settings.Offer object' has no attribute 'prise'"),
        ("{{ offre.price | e }}", "overrides/partials/offer.html:16: 'offre' is undefined"),
        ("{{ offer.price | e }", "overrides/partials/offer.html:16: unexpected '}'"),
        ("{{ offer.price | ee }}", "overrides/partials/offer.html:16: No filter named 'ee'"),
    ],
    ids=["misspelt-attribute", "undefined-name", "syntax", "unknown-filter"],
)
def test_a_slip_in_a_template_stops_the_build_at_its_line_without_a_traceback(project: Project, slip: str, says: str):
    partial = project.root / "overrides" / "partials" / "offer.html"
    markup = partial.read_text(encoding="utf-8")
    assert markup.splitlines()[15].count("{{ offer.price | e }}") == 1
    partial.write_text(markup.replace("{{ offer.price | e }}", slip), encoding="utf-8")
    result = project.build()
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output and 'File "' not in output, output
    assert f"{says}: fix the template and build again" in output, output


def test_a_setting_written_twice_in_mkdocs_yml_stops_the_build_at_its_line(project: Project):
    # The engine's YAML reader keeps the second without a word: the site said "Another?".
    text = project.settings_file.read_text(encoding="utf-8")
    line = text.splitlines().index("      cta_heading: Is this your stall?") + 1
    project.settings_file.write_text(text.replace("      cta_heading: Is this your stall?\n", "      cta_heading: Is this your stall?\n      cta_heading: Another?\n"), encoding="utf-8")
    result = project.build()
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output, output
    errors = [line for line in output.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, output
    assert f"mkdocs.yml:{line + 1}:7: 'cta_heading' is set twice, here and on line {line}" in errors[0], errors[0]
    assert not (project.site / "index.html").exists()


def test_a_scripted_picture_or_a_web_page_among_the_pictures_is_never_published(project):
    # Saved in docs/assets/ by a pull request and linked from nowhere, a scripted SVG (which a
    # pull request shows as a picture) was published as it was: its address alone ran its
    # script on the site's address, where no page's Content-Security-Policy applies.
    assets = project.root / "docs" / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    (assets / "chart.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(document.domain)</script></svg>', encoding="utf-8"
    )
    (assets / "notes.html").write_text("<script>alert(document.domain)</script>", encoding="utf-8")
    (assets / "plain.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>', encoding="utf-8")
    (project.root / "docs" / "google1234.html").write_text("google-site-verification: google1234.html", encoding="utf-8")
    result = project.build()
    assert result.returncode != 0
    assert (
        "docs/assets/chart.svg:1:1: error[unsafe-file]: the picture 'assets/chart.svg' holds the element <script>, which is no part of a "
        "drawing: a reader who opens it on its own would run or fetch that on this site's address"
    ) in result.stderr
    assert "docs/assets/notes.html:1:1: error[unsafe-file]: 'assets/notes.html' is a file the site publishes as it is, unchecked" in result.stderr
    assert "stallpatterns: 2 errors in 2 files (listed above): a strict build publishes no invalid pattern and no file a browser would run" in result.stderr
    assert "Traceback" not in result.stderr
    relaxed = project.build(strict=False)
    assert relaxed.returncode == 0, relaxed.stderr
    assert not (project.site / "assets" / "chart.svg").exists()
    assert not (project.site / "assets" / "notes.html").exists()
    # A plain drawing, and a maintainer's file at the top of docs/, are published as ever.
    assert (project.site / "assets" / "plain.svg").is_file()
    assert (project.site / "google1234.html").is_file()


def test_a_web_page_elsewhere_in_docs_or_a_file_in_place_of_the_sites_own_is_never_published(project):
    # Only docs/assets/ itself was checked: a web page in another folder of docs/ was published
    # with its script, and docs/assets/site.js in place of the site's own, which every page loads.
    (project.root / "docs" / "guides").mkdir(parents=True, exist_ok=True)
    (project.root / "docs" / "guides" / "notes.xhtml").write_text(
        '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(document.domain)</script></html>', encoding="utf-8"
    )
    (project.root / "docs" / "assets").mkdir(parents=True, exist_ok=True)
    (project.root / "docs" / "assets" / "site.js").write_text("alert(document.domain)", encoding="utf-8")
    result = project.build()
    assert result.returncode != 0
    assert "docs/guides/notes.xhtml:1:1: error[unsafe-file]: 'guides/notes.xhtml' is a file the site publishes as it is, unchecked" in result.stderr
    assert "docs/assets/site.js:1:1: error[unsafe-file]: 'assets/site.js' has the address of one of the site's own files (overrides/assets/site.js)" in result.stderr
    assert "Traceback" not in result.stderr
    relaxed = project.build(strict=False)
    assert relaxed.returncode == 0, relaxed.stderr
    assert not (project.site / "guides" / "notes.xhtml").exists()
    # The site's own script is published, as it would be without the file that took its place.
    own = (project.root / "overrides" / "assets" / "site.js").read_text(encoding="utf-8")
    assert (project.site / "assets" / "site.js").read_text(encoding="utf-8") == own


@pytest.mark.parametrize(
    ("old", "new", "wrong", "says"),
    [
        # A key the plugin does not know: the engine's check of the plugin's options tells it.
        ("      cta_heading: Is this your stall?\n", "      cta_heading: Is this your stall?\n      colour: red\n", "      colour: red\n", "unknown setting colour"),
        # The plugin's own check of the settings.
        ("        - id: workflow\n", "        - id: workflow\n          colour: red\n", "          colour: red\n", "plugins.stallpatterns.categories[1]: unknown setting colour"),
        # An offer's address in the site that is no page of it (told once the site's files are known).
        ("          url: contact/#review\n", "          url: contakt/#review\n", "          url: contakt/#review\n", "offers[1].url: 'contakt/#review' is no page"),
    ],
    ids=["unknown-plugin-setting", "unknown-category-setting", "offer-page-misspelt"],
)
def test_a_settings_error_stops_the_build_at_the_keys_own_line_and_is_annotated_in_github_actions(
    project: Project, old: str, new: str, wrong: str, says: str
):
    # Each was told at the plugin's line ('mkdocs.yml:49'), or at none, and never on the pull request's file.
    text = project.settings_file.read_text(encoding="utf-8")
    assert old in text
    written = text.replace(old, new, 1)
    project.settings_file.write_text(written, encoding="utf-8")
    line = written[: written.index(wrong)].count("\n") + 1
    result = project.build(env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "GITHUB_ACTIONS": "true"})
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output, output
    errors = [text for text in output.splitlines() if text.startswith("ERROR")]
    assert len(errors) == 1 and f"mkdocs.yml:{line}: " in errors[0] and says in errors[0], output
    assert f"::error file=mkdocs.yml,line={line},title=configuration error::mkdocs.yml:{line}: " in result.stdout, output

"""The second wall: every rendered body passes an allowlist sanitizer unchanged, and
anything the sanitizer would change stops the pattern, naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallpatterns import body, rules, sanitizer, source
from stallpatterns.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
VALID = ROOT / "tests" / "fixtures" / "patterns" / "valid"


@pytest.mark.parametrize(
    "html",
    [
        '<p onmouseover="alert(1)">x</p>',
        '<p><a href="https://x.org" onclick="alert(1)">x</a></p>',
        '<p><a href="javascript:alert(1)">x</a></p>',
        "<script>alert(1)</script>",
        '<iframe src="https://x.org"></iframe>',
        '<p style="position:fixed">x</p>',
        '<p><img src="https://tracker.example/p.gif" alt=""></p>' + '<svg><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>',
        '<form action="https://x.org"><input></form>',
        '<h2 id="x" class="big">x</h2>',
        # A div is a table's scroll region only: no other role, focus order, class or attribute.
        '<div class="table-scroll" role="button" tabindex="0" aria-label="Table">x</div>',
        '<div class="table-scroll" role="region" tabindex="1" aria-label="Table">x</div>',
        '<div class="card" role="region" tabindex="0" aria-label="Table">x</div>',
        '<div class="table-scroll" role="region" tabindex="0" aria-label="Table" title="x">x</div>',
        '<p role="region" tabindex="0" aria-label="Table">x</p>',
        # Nor do ammonia's own defaults pass where the allowlist does not name them.
        '<p lang="ar" title="Open">x</p>',
        '<table title="x"><tbody><tr><td lang="x">a</td></tr></tbody></table>',
    ],
)
def test_markup_outside_the_allowlist_is_a_difference(html: str) -> None:
    assert sanitizer.differences(html)


@pytest.mark.parametrize("path", sorted(VALID.glob("*.md")), ids=lambda p: p.stem)
def test_every_valid_fixture_renders_to_html_the_sanitizer_leaves_alone(path: Path, settings: Settings) -> None:
    read, _ = source.read(path, path.name, settings.limits.file_bytes)
    assert read is not None
    pattern, diagnostics = rules.check(read, settings)
    assert pattern is not None, [d.format_text() for d in diagnostics]
    assert pattern.html
    assert sanitizer.differences(pattern.html) == []


def test_a_renderer_bug_stops_the_pattern_with_a_diagnostic_naming_it(monkeypatch, settings: Settings) -> None:
    path = VALID / "minimal.md"
    read, _ = source.read(path, path.name, settings.limits.file_bytes)
    assert read is not None
    real = body.render
    monkeypatch.setattr(body, "render", lambda tokens: real(tokens).replace("<p>", '<p onclick="alert(1)">', 1))
    pattern, diagnostics = rules.check(read, settings)
    assert pattern is None
    wall = [d for d in diagnostics if d.code == "sanitizer"]
    assert wall and wall[0].path == "minimal.md" and "onclick" in wall[0].message


@pytest.mark.parametrize(
    ("markdown", "marked"),
    [
        ("Read [the review](https://example.org/review.pdf).", True),
        ("Read [the review](http://example.org/review).", True),
        ("Read https://example.org/review today.", False),  # an autolink's words are its address
        ("Read <https://example.org/review> today.", False),
        ("Read [https://example.org/review](https://example.org/review).", False),
        ("Read [example.org/review](https://example.org/review/).", False),
        ("Write to [us](mailto:hello@example.org).", False),
        ("See [the sponsor](the-sponsor-who-moved-on.md) and [contact](/contact/).", False),
    ],
)
def test_a_link_elsewhere_whose_words_are_not_its_address_is_marked_to_print_it(markdown: str, marked: bool) -> None:
    # On paper a link cannot be followed: site.css prints the address of a marked link after
    # its words. The mark survives the sanitizer, and is left off where the words say it already.
    html = body.render(body.parse(markdown + "\n"))
    assert ('class="print-address"' in html) == marked, html
    assert sanitizer.differences(html) == []


@pytest.mark.parametrize(
    ("markdown", "label"),
    [
        ("| Quarter | Spend | *Notes* |\n| --- | --: | --- |\n| Q1 | £120,000 | Paused |", "Table: Quarter, Spend, Notes"),
        ("| `Key` | \"Owner\" & <team> |\n| --- | --- |\n| a | b |", "Table: Key, \u201cOwner\u201d &amp; &lt;team&gt;"),
        ("|   |   |\n| --- | --- |\n| a | b |", "Table"),
        ("| " + " | ".join(["Heading"] * 20) + " |\n|" + " --- |" * 20, "Table: " + ", ".join(["Heading"] * 11) + "\u2026"),
    ],
)
def test_a_table_scrolls_in_a_focusable_region_named_for_its_columns_which_the_sanitizer_admits(markdown: str, label: str) -> None:
    # A table wider than the screen scrolls sideways in its own region, never the page: the
    # keyboard reaches it (tabindex 0) and a screen reader names it from its headings.
    html = body.render(body.parse(markdown + "\n"))
    assert html.startswith(f'<div class="table-scroll" role="region" tabindex="0" aria-label="{label}">\n<table>\n'), html
    assert html.endswith("</table>\n</div>\n")
    assert sanitizer.differences(html) == []

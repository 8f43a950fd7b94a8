"""A backstop behind the validator: if script ever reached a pattern's rendered HTML,
the build stops instead of publishing it."""

from __future__ import annotations

import pytest

from stallpatterns.mkdocs_plugin.plugin import _LIVE_SCRIPT


@pytest.mark.parametrize(
    "html",
    [
        '<p onmouseover="alert(1)">x</p>',
        '<a href="https://x.org" onclick="alert(1)">x</a>',
        '<a href="javascript:alert(1)">x</a>',
        "<a href=' JavaScript:alert(1)'>x</a>",
        "<script>alert(1)</script>",
        '<iframe src="https://x.org"></iframe>',
    ],
)
def test_live_script_in_rendered_html_is_found(html: str) -> None:
    assert _LIVE_SCRIPT.search(html)


@pytest.mark.parametrize(
    "html",
    [
        "<p>Use <code>&lt;script&gt;</code> and onclick=handler in code.</p>",
        '<p>A <a href="https://example.org/one">link</a> and the word javascript: in prose.</p>',
        '<h2 id="online-reviews">Online reviews</h2>',
    ],
)
def test_escaped_text_and_ordinary_markup_are_not_script(html: str) -> None:
    assert not _LIVE_SCRIPT.search(html)


def test_every_shipped_pattern_page_is_free_of_live_script(built_site) -> None:
    for page in (built_site.site / "patterns").glob("*/index.html"):
        body = built_site.html(f"patterns/{page.parent.name}/").select_one(".pattern__body")
        if body is not None:
            assert not _LIVE_SCRIPT.search(str(body)), page


def test_a_pattern_smuggling_an_event_handler_is_never_published(project) -> None:
    from tests.site.conftest import pattern_text

    text = pattern_text(title="An attribute smuggled in a link").replace(
        "written plainly.", 'written plainly, with [a link](https://example.org){: onclick="alert(1)" }.'
    )
    project.write_pattern("smuggled-attribute", text)
    result = project.build(strict=False)
    page = project.site / "patterns" / "smuggled-attribute" / "index.html"
    published = page.exists() and "onclick" in page.read_text(encoding="utf-8")
    assert not published, result.stdout + result.stderr

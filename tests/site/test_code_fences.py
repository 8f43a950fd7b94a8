"""The site agrees with the validator about code fences: MkDocs always enables
`fenced_code`, so a heading or a tag inside ``` or ~~~ is code on the page, never a
section, a title or live HTML."""

from __future__ import annotations

import shutil

from tests.site.conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "patterns" / "valid" / "code-fence-heading.md"


def test_a_heading_inside_a_code_fence_is_shown_as_code_not_as_a_section(project) -> None:
    shutil.copy(FIXTURE, project.root / "patterns" / FIXTURE.name)
    result = project.build()
    assert result.returncode == 0, result.stdout + result.stderr

    page = project.html(f"patterns/{FIXTURE.stem}/")
    body = page.select_one(".pattern__body")
    for anchor in body.select(".anchor"):  # each heading's own "#" link
        anchor.decompose()
    assert [h.get_text(strip=True) for h in body.find_all(["h1", "h2"])] == [
        "What it looks like",
        "What is actually happening",
        "The intervention shape",
    ]
    code = [block.get_text() for block in body.select("pre code")]
    assert any("## Not a section" in text for text in code)
    assert any("# Not a title either" in text for text in code)
    assert len(page.find_all("h1")) == 1

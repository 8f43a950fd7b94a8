"""Our one-pass typography extension gives the same HTML as Python-Markdown's smarty
(with smart_quotes: false) did, on every page of the project and on the awkward cases:
code, HTML, links, headings, lists, tables, admonitions and escapes."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stallpatterns.mkdocs_plugin.engine import yaml_load

ROOT = Path(__file__).resolve().parents[1]
TYPOGRAPHY = "stallpatterns.mkdocs_plugin.typography"


def _configured() -> tuple[list[str], dict[str, dict]]:
    """The Markdown extensions of mkdocs.yml, after the three MkDocs always adds."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as file:
        entries = yaml_load(file)["markdown_extensions"]
    names, configs = ["toc", "tables", "fenced_code"], {"smarty": {"smart_quotes": False}}
    for entry in entries:
        name, config = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        if name not in names:
            names.append(name)
        if config:
            configs[name] = config
    return names, configs


EXTENSIONS, CONFIGS = _configured()
OURS = EXTENSIONS
SMARTY = [("smarty" if name == TYPOGRAPHY else name) for name in EXTENSIONS]

AWKWARD = {
    "dashes": "An en dash -- and an em dash --- and ---- four and a---b and a--b.",
    "ellipses": "Wait... and .... four and ..... five, and... again.",
    "code": "`code -- and ... stays` but text -- changes\n\n    indented -- code...\n\n```\nfenced --- code...\n```",
    "html": 'Inline <span title="a -- b">x -- y</span> and <!-- a -- comment -->...\n\n<div>\nblock -- html...\n</div>',
    "links": "[link -- text...](https://example.org/a--b) and <https://example.org/a--b> and ![alt -- text](i--.png)",
    "emphasis": "*em -- dash* and **strong --- dash** and _x..._ and *a*--*b*",
    "headings": "## A heading -- with a dash...\n\n### Another --- one {#custom-id}",
    "lists": "- item -- one\n- item... two\n\n1. first --- step",
    "table": "| a -- b | c... |\n| --- | --- |\n| d --- e | f |",
    "admonition": '!!! note "Title -- here..."\n    Body --- text...',
    "escapes": 'Escaped \\-\\- dashes, \\"quotes\\" and \\\'single\\\' and \\... dots.',
    "quotes": "\"Straight\" quotes and 'single' ones stay -- straight.",
    "entities": "&mdash; and &amp; -- and &hellip;...",
    "rule": "Above\n\n---\n\nBelow -- text\n\n- - -\n\n***",
    "line breaks": "one --  \ntwo...",
    "attr_list": "[Browse](patterns/index.md){ .button .button--primary }\n\n## Offers -- both {#offers--all .a--b}",
}


def render(text: str, extensions: list[str]) -> str:
    return markdown.Markdown(extensions=extensions, extension_configs=CONFIGS).convert(text)


def test_the_site_uses_the_typography_extension():
    assert TYPOGRAPHY in EXTENSIONS and "smarty" not in EXTENSIONS


def project_pages() -> list[Path]:
    return sorted([*(ROOT / "patterns").glob("*.md"), *(ROOT / "docs").glob("*.md")])


@pytest.mark.parametrize("name", list(AWKWARD))
def test_the_awkward_cases_render_as_smarty_renders_them(name):
    assert render(AWKWARD[name], OURS) == render(AWKWARD[name], SMARTY)


@pytest.mark.parametrize("path", project_pages(), ids=lambda p: p.name)
def test_every_page_of_the_project_renders_as_smarty_renders_it(path):
    text = path.read_text(encoding="utf-8")
    assert render(text, OURS) == render(text, SMARTY)


def test_dashes_and_ellipses_are_typeset():
    html = render("one -- two --- three...", OURS)
    assert html == "<p>one &ndash; two &mdash; three&hellip;</p>"


# Text made of the characters that matter to Markdown, dashes and dots.
_PIECES = st.sampled_from(
    ["-", "--", "---", ".", "...", " ", "\n", "\n\n", "a", "word", "*", "_", "`", "<b>", "</b>", "<!--", "-->",
     "[", "](x.md)", "{ .c--d }", "{#i}", "## ", "- ", "1. ", "    ", "```", "\\", "\"", "'", "&", "&amp;", "|", "!!! note"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_renders_as_smarty_renders_it(text):
    assert render(text, OURS) == render(text, SMARTY)

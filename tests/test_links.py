"""The templates' ``url`` filter answers each address once for all the pages it serves
(links.py): every answer must be the engine's own, whatever pages came before."""

from __future__ import annotations

import importlib
import itertools
import random
from types import SimpleNamespace

from jinja2 import Environment

from stallpatterns.mkdocs_plugin import engine, links

ENGINE_FILTER = importlib.import_module(f"{engine.NAME}.utils.templates").url_filter

PAGE_URLS = [
    "", "patterns/", "patterns/a/", "patterns/b/", "patterns/a/b/", "finder/", "contact/", "authoring/style/",
    "404.html", "patterns/a/index.html", "patterns/a.b/", "a/b/c.html", "patterns", "patterns/a", "x/../patterns/a/",
]
ADDRESSES = [
    "", ".", "./", "..", "../", "../x", "../../patterns/", "patterns/", "patterns", "patterns/a/", "patterns/a/b/",
    "patterns/b/", "patterns/a/#x", "patterns/../finder/", "./patterns/a/", "finder/", "assets/site.css", "feed.xml",
    "search.json", "a/b/c.html", "/absolute/", "#top", "https://example.com/x", "mailto:a@example.com", "//host/x",
    "patterns//a/", "patterns/a/..", "x/../../y/",
]


def _render(url_filter, page_url: str | None, address: str) -> str:
    environment = Environment()
    environment.filters["url"] = url_filter
    page = None if page_url is None else SimpleNamespace(url=page_url)
    return environment.from_string("{{ address | url }}").render(page=page, base_url="..", address=address)


def test_every_answer_is_the_engines_whatever_was_asked_before() -> None:
    remembered = links.remembered(ENGINE_FILTER)
    asked = list(itertools.product([*PAGE_URLS, None], ADDRESSES)) * 2
    random.Random(7).shuffle(asked)
    for page_url, address in asked:
        assert _render(remembered, page_url, address) == _render(ENGINE_FILTER, page_url, address), (page_url, address)


def test_pattern_pages_share_the_answers() -> None:
    asked: list[tuple[str, str]] = []

    def engine_filter(context, value):  # the engine's filter, counting what it is asked
        asked.append((context["page"].url, value))
        return ENGINE_FILTER(context, value)

    engine_filter.jinja_pass_arg = ENGINE_FILTER.jinja_pass_arg  # type: ignore[attr-defined]
    remembered = links.remembered(engine_filter)
    for slug in ("a", "b", "c"):
        assert _render(remembered, f"patterns/{slug}/", "assets/site.css") == "../../assets/site.css"
        assert _render(remembered, f"patterns/{slug}/", "patterns/") == "../"
        assert _render(remembered, f"patterns/{slug}/", f"patterns/{slug}/") == "./"
    # The engine is asked each address once, and each page's own address (a different one) on each page.
    shared = [("patterns/a/", "assets/site.css"), ("patterns/a/", "patterns/")]
    assert asked == [*shared, ("patterns/a/", "patterns/a/"), ("patterns/b/", "patterns/b/"), ("patterns/c/", "patterns/c/")]

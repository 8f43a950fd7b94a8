"""``{% kept a, b %}…{% endkept %}``: a fragment of a template rendered once for the values it names.

All patterns and the finder list every pattern, and ``mkdocs serve`` renders both again
after each edit to one pattern, though every other entry shows what it showed before. An
entry wrapped in ``kept`` is rendered once for each set of values named, then reused:

    {% kept item, page.url %}<li>{{ item.title | e }} …</li>{% endkept %}

The values named must be everything the fragment shows that can differ within one build (the
pattern, the page whose relative links it has); what else it reads (the site's settings)
must be the same for the whole build. The store belongs to the Jinja environment, which
each build makes anew, so a changed ``mkdocs.yml`` or template starts it empty; preview
updates between builds keep it. Where the tag is written (its template, and which of its
tags) is part of each key: two fragments naming the same values never share what they kept.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from jinja2 import nodes
from jinja2.ext import Extension
from jinja2.parser import Parser

# Enough for three fragments a pattern at several thousand patterns; the least recently
# used is dropped beyond it (memory stays bounded over a long `mkdocs serve` session).
KEPT_FRAGMENTS = 20_000


class KeptFragments(Extension):
    tags = {"kept"}

    def __init__(self, environment: Any) -> None:
        super().__init__(environment)
        self.fragments: OrderedDict[Hashable, str] = OrderedDict()
        self.rendered = 0  # fragments rendered rather than reused, for the tests

    def parse(self, parser: Parser) -> nodes.Node:
        lineno = next(parser.stream).lineno
        values: list[nodes.Expr] = [nodes.Const(_place(parser)), parser.parse_expression()]
        while parser.stream.skip_if("comma"):
            values.append(parser.parse_expression())
        body = parser.parse_statements(("name:endkept",), drop_needle=True)
        key = nodes.Tuple(values, "load")
        return nodes.CallBlock(self.call_method("_fragment", [key]), [], [], body).set_lineno(lineno)

    def _fragment(self, key: Hashable, caller: Callable[[], str]) -> str:
        found = self.fragments.get(key)
        if found is not None:
            self.fragments.move_to_end(key)
            return found
        found = self.fragments[key] = caller()
        self.rendered += 1
        if len(self.fragments) > KEPT_FRAGMENTS:
            self.fragments.popitem(last=False)
        return found


_unnamed = itertools.count()  # templates made from a string have no name to tell them apart


def _place(parser: Parser) -> tuple[str, int]:
    """Where a tag is written: its template's name and which of its tags it is (the name
    and a number, not the object, as compiled templates are kept between builds)."""
    name = parser.name if parser.name is not None else f"<string {next(_unnamed)}>"
    number = getattr(parser, "kept_tags", 0)
    parser.kept_tags = number + 1  # type: ignore[attr-defined]
    return name, number

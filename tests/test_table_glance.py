"""The glance that spares the reading of tables (body._may_divide) at the start of every
paragraph: the tokens are the same as when both tables are read under every line, for
lines either side of the glance's boundary (a first character of '|', '-' or ':', a space
of another kind that a strip takes away, or anything else)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from hypothesis import example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from markdown_it.rules_block.state_block import StateBlock
from markdown_it.rules_block.table import table

from stallpatterns import body

LINES = st.lists(st.text(alphabet=st.sampled_from(list("|-:= \ta1>*.\\`\x0b\x0c\u00a0\u2003")), max_size=8), min_size=1, max_size=6)


def _every_line(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """The rule as it was before the glance: both tables read under every line."""
    if start + 1 < end and body._dashes_only(state, start + 1):
        return False
    return table(state, start, end, silent) or body._one_column_table(state, start, end, silent)


@contextmanager
def _read_without_glance() -> Iterator[None]:
    glancing = body._gfm_table
    # Ruler.at sets the rule's 'alt' (the blocks it may end) to what it is given, [] when
    # nothing: without them, the parser of every later test would read tables otherwise.
    ends = {"alt": list(_rule("gfm_table").alt)}
    body.PARSER.block.ruler.at("gfm_table", _every_line, ends)
    body._gfm_table = _every_line  # as _table_in_paragraph calls it
    try:
        yield
    finally:
        body.PARSER.block.ruler.at("gfm_table", glancing, ends)
        body._gfm_table = glancing


def _rule(name: str) -> Any:
    return next(rule for rule in body.PARSER.block.ruler.__rules__ if rule.name == name)


def test_reading_without_the_glance_leaves_the_parser_as_it_was() -> None:
    # The swap once left the table rule ending no block, and later tests' tables read otherwise.
    before = [(rule.name, rule.fn, list(rule.alt)) for rule in body.PARSER.block.ruler.__rules__]
    with _read_without_glance():
        pass
    assert [(rule.name, rule.fn, list(rule.alt)) for rule in body.PARSER.block.ruler.__rules__] == before


def _tokens(text: str) -> list[tuple[str, str, object, object]]:
    return [(t.type, t.content, t.map, t.attrs) for t in body.parse(text)]


@hypothesis_settings(max_examples=1500, deadline=None)
@given(LINES)
@example(["Owner", "|---|", "Jo"])
@example(["Owner", ":--", "Jo"])
@example(["a | b", "--|--", "1 | 2"])
@example(["Owner", "\x0c|---|", "Jo"])
@example(["Owner", "\u00a0:--", "Jo"])
@example(["Owner", "\u2003|---|"])
@example(["> Owner", "> |---|", "> Jo"])
@example(["- Owner", "  |---|", "  Jo"])
@example(["Owner", "a|---|"])
@example(["Owner", ""])
def test_the_glance_reads_the_tables_that_both_readings_read(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    glanced = _tokens(text)
    with _read_without_glance():
        assert _tokens(text) == glanced

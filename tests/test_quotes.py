"""Curly quotes (stallpatterns.quotes) are markdown-it's, in linear time: the same HTML as
markdown-it's own rule for any text, and a paragraph of quotes nothing closes is no slower
per quote than a short one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from stallpatterns import body, quotes


def _parsers() -> tuple[MarkdownIt, MarkdownIt]:
    theirs = MarkdownIt("commonmark", {"typographer": True}).enable(["smartquotes", "strikethrough"])
    ours = MarkdownIt("commonmark", {"typographer": True}).enable(["smartquotes", "strikethrough"])
    ours.core.ruler.at("smartquotes", quotes.smartquotes)
    return theirs, ours


THEIRS, OURS = _parsers()
# Quotes among what decides how each is read: letters, digits, spaces, punctuation, line
# breaks, emphasis, code, links and the curly quotes themselves, nested in quotes and lists.
PIECES = [*"'''\"\"\"ab1 .-(*_`[]~\n>", "](/x)", "  \n", "\u201c", "\u2019", "\u00a0"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@hypothesis_settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_curly_quotes_are_markdown_its_for_any_text(text: str) -> None:
    assert OURS.render(text) == THEIRS.render(text)


def test_curly_quotes_read_words_inches_and_nesting_as_markdown_it_does() -> None:
    text = "He said \"it's 'fine'\" -- 12\"\" and \"no\". *\"a\"* \"b *c\" d* 'e\n'f' x\"y\"z"
    assert OURS.render(text) == THEIRS.render(text)
    assert "“it’s ‘fine’”" in OURS.render(text)


def test_titles_and_signs_get_the_bodys_curly_quotes() -> None:
    assert body.typographic("Nobody agreed what \"good enough\" means, or what it's for") == "Nobody agreed what “good enough” means, or what it’s for"


def test_an_elided_decade_or_rock_n_roll_gets_apostrophes_not_an_opening_quote() -> None:
    html = body.render(body.parse("In the '90s and in '24 we said 'rock 'n' roll' and `'90s` in code."))
    assert "the \u201990s and in \u201924 we said \u2018rock \u2019n\u2019 roll\u2019" in html
    assert "<code>'90s</code>" in html
    assert body.typographic("Back to the '90s") == "Back to the \u201990s"
    # A quote that only starts with digits is still a quote.
    assert "\u2018911 calls\u2019" in body.render(body.parse("The '911 calls' were logged."))


@pytest.mark.parametrize(
    ("markdown", "shown"),
    [
        # A link's words that are its address are shown, and printed, as the link goes.
        ("[https://example.com/a--b](https://example.com/a--b)", '<a href="https://example.com/a--b">https://example.com/a--b</a>'),
        ("[https://xn--bcher-kva.example/](https://xn--bcher-kva.example/)", ">https://xn--bcher-kva.example/</a>"),
        ("[www.example.com/it's](https://www.example.com/it's)", ">www.example.com/it's</a>"),
        ("[example.com/it's](https://example.com/it's)", ">example.com/it's</a>"),
        ("[jo.o'neil@example.com](mailto:jo.o'neil@example.com)", ">jo.o'neil@example.com</a>"),
        ("[https://example.com/more...](https://example.com/more...)", ">https://example.com/more...</a>"),
        ("See www.example.com/it's and https://example.com/a--b.", ">www.example.com/it's</a> and <a href=\"https://example.com/a--b\">https://example.com/a--b</a>."),
        # Words that are no address, inside a link or around it, are typographic as ever.
        ("[it's the \"guide\" -- read it...](https://example.com/it's)", ">it’s the “guide” – read it…</a>"),
        ("\"[https://example.com/a](https://example.com/a)\" -- it's there", "“<a href=\"https://example.com/a\">https://example.com/a</a>” – it’s there"),
    ],
)
def test_a_links_words_that_are_an_address_keep_their_quotes_and_dashes(markdown: str, shown: str) -> None:
    assert shown in body.render(body.parse(markdown))

"""Curly quotes, in one pass: markdown-it's ``smartquotes`` rule, read the same way and
written to take linear time.

markdown-it pairs each closing quote with the nearest opening quote of its kind at its
level, looking back through every quote still open; a paragraph of openers that nothing
closes, with closers of the other kind among them (``"a'`` repeated), made that look-back
quadratic (40 seconds for 100 kB). It also copied the text for each quote curled, and the
list of open quotes for each token. Here the open quotes of each kind are indexed as they
are opened, so a closer finds its opener at once; each text is curled as a list of
characters, joined once; the open quotes are cut back in place. What is curled, and how,
is markdown-it's rule (``markdown_it.rules_core.smartquotes``), which the tests compare
this with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.rules_core.state_core import StateCore
from markdown_it.token import Token

APOSTROPHE = "\u2019"
_QUOTE = re.compile("['\"]")
_BREAKS = ("softbreak", "hardbreak")


def curl(tokens: Sequence[Token], quotes: str) -> None:
    """Curl the quotes in the text tokens of one inline block (its children), in place.
    ``quotes``: the double opening and closing, then the single, one character each."""
    opened: list[tuple[int, int, bool, int]] = []  # (token, position, single, level)
    of_kind: dict[bool, list[int]] = {True: [], False: []}  # indexes into `opened`, by kind
    chars: dict[int, list[str]] = {}  # the texts being curled, by token

    def cut(length: int) -> None:
        del opened[length:]
        for kept in of_kind.values():
            while kept and kept[-1] >= length:
                kept.pop()

    def put(index: int, position: int, char: str) -> None:
        if index not in chars:
            chars[index] = list(tokens[index].content)
        chars[index][position] = char

    for i, token in enumerate(tokens):
        level = token.level
        keep = len(opened)
        while keep and opened[keep - 1][3] > level:
            keep -= 1
        cut(keep)
        if token.type != "text" or token.meta.get("as_written"):  # a link's words that are an address (body.py)
            continue
        text = token.content
        for found in _QUOTE.finditer(text):
            position = found.start()
            single = found.group() == "'"
            last = _before(tokens, i, text, position)
            after = _after(tokens, i, text, position)
            last_punct = last is not None and (isMdAsciiPunct(last) or isPunctChar(chr(last)))
            next_punct = after is not None and (isMdAsciiPunct(after) or isPunctChar(chr(after)))
            last_space = last is not None and isWhiteSpace(last)
            next_space = after is not None and isWhiteSpace(after)
            can_open = not next_space and not (next_punct and not (last_space or last_punct))
            can_close = not last_space and not (last_punct and not (next_space or next_punct))
            if after == 0x22 and not single and last is not None and 0x30 <= last <= 0x39:
                can_open = can_close = False  # 1"" : the first is an inch mark
            if can_open and can_close:
                # Between punctuation, not inside a word: foo-"-bar-"-baz, not foo"bar"baz.
                can_open, can_close = last_punct, next_punct
            if not can_open and not can_close:
                if single:
                    put(i, position, APOSTROPHE)  # inside a word
                continue
            if can_close:
                kind = of_kind[single]
                if kind and opened[kind[-1]][3] == level:
                    at = kind[-1]
                    opener = opened[at]
                    put(i, position, quotes[3] if single else quotes[1])
                    put(opener[0], opener[1], quotes[2] if single else quotes[0])
                    cut(at)
                    continue
            if can_open:
                of_kind[single].append(len(opened))
                opened.append((i, position, single, level))
            elif can_close and single:
                put(i, position, APOSTROPHE)
    for index, curled in chars.items():
        tokens[index].content = "".join(curled)


def _before(tokens: Sequence[Token], i: int, text: str, position: int) -> int | None:
    """The character before a quote: in its text, else the last of the nearest token
    before it with content on the same line (a space at the start of a line)."""
    if position > 0:
        return ord(text[position - 1])
    for j in range(i - 1, -1, -1):
        if tokens[j].type in _BREAKS:
            break
        if tokens[j].content:
            return ord(tokens[j].content[-1])
    return 0x20


def _after(tokens: Sequence[Token], i: int, text: str, position: int) -> int | None:
    if position + 1 < len(text):
        return ord(text[position + 1])
    for j in range(i + 1, len(tokens)):
        if tokens[j].type in _BREAKS:
            break
        if tokens[j].content:
            return ord(tokens[j].content[0])
    return 0x20


def smartquotes(state: StateCore) -> None:
    """The core rule, in place of markdown-it's."""
    if not state.md.options.typographer:
        return
    quotes = state.md.options.quotes
    if len(quotes) != 4:
        raise ValueError(f"curly quotes are one character each, four of them: not {quotes!r}")
    for token in state.tokens:
        if token.type == "inline" and token.children is not None and ("'" in token.content or '"' in token.content):
            curl(token.children, quotes)


# An apostrophe where letters or digits are left out at the start of a word: a decade or
# a year ('90s, '24) and rock 'n' roll. Curled as opening quotes, they would pair with a
# later closing one; set as apostrophes first, they are never quotes.
_ELISION = re.compile(r"(?<![\w'\u2019])'(?=\d\d(?:s\b|(?!\w)))|(?<![\w'\u2019])'n'(?![\w'])")


def elided(text: str) -> str:
    """``text`` with the apostrophes of elided words set (’90s, rock ’n’ roll)."""
    if "'" not in text:
        return text
    return _ELISION.sub(lambda found: "\u2019n\u2019" if found.group() == "'n'" else "\u2019", text)


def elisions(state: StateCore) -> None:
    """The core rule that sets elided words' apostrophes, before the quotes are curled."""
    if not state.md.options.typographer:
        return
    for token in state.tokens:
        if token.type == "inline" and token.children is not None and "'" in token.content:
            for child in token.children:
                if child.type == "text" and not child.meta.get("as_written"):
                    child.content = elided(child.content)


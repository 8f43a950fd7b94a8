"""Titles, other names and addresses that read as, or look like, another pattern's: the
same words whatever their quotes, dashes, accents and case, and the same look whatever
letters of other alphabets, digits or look-alike ASCII stand in them ('N0body', 'vv' for
'w'). The file that had a name first keeps it; the other is told which file has it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import lookalikes
from .diagnostics import Diagnostic
from .facts import Facts
from .text import BEFORE_COMPATIBILITY, LETTERS_ALIKE, NARROW_SPACE_IN_A_WORD, character_name, printable

# Typographic and plain quotes and dashes are one title: the site prints both alike.
_PLAIN_MARKS = str.maketrans("‘’‚“”„–—", "''\"\"\"\"--")
# Accents and other marks drawn on a letter (the blocks of combining diacritical marks):
# 'Naïve' and 'Naive' are one title to a reader, and a mark over a letter hides nothing.
_ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Letters that read as ASCII ones in a title, beyond what NFKC folds (text.LETTERS_ALIKE),
# and apostrophes.
_LETTERS_ALIKE: dict[int, str | int] = {**LETTERS_ALIKE, **dict.fromkeys(map(ord, "\u02bc\u02bb\u02c8\u2032\u201b\ua78c"), "'")}
# ASCII that looks like other ASCII in the case written ('I' and 'l', '0' and 'O', 'm' and
# 'rn'); and its digits whatever the case ('N0body' for 'Nobody').
# Unicode's list (UTS #39) and two v's for a w, which it leaves out ('The sponsor vvho moved
# on'). Not 'cl' for 'd': 'clear' and 'dear' are both words a title may hold.
_ASCII_ALIKE = {**lookalikes.WITHIN_ASCII, ord("w"): "vv", ord("W"): "VV"}
# Case aside, a digit is the letter it passes for in either case: a zero an o ('N0body'),
# a one an i (as a capital I, '1T'), never an l, which would make 'Wave L' 'Wave 1'.
_DIGITS_ALIKE = {ord("0"): "o", ord("1"): "i"}


# Kept between calls: each `mkdocs serve` rebuild reads every title again (held_names).
@lru_cache(maxsize=8192)
def title_key(title: str) -> str:
    """What makes two titles the same words to a reader: case, accents, spaces, quote marks
    and a full stop or mark at the end aside, and letters of any alphabet read as the ASCII
    letters they pass for ('ԝһо', 'ꓔhe', 'ɑsks', 'Ｎobody', '𝖭obody', 'ıs', 'N0body'), in
    either case ('Ƭhe': Unicode's list has only the small 'ƭ'). Any symbol at the end aside
    too ('…moved on •', '…moved on ™'): it adds no word."""
    title = _without_end_marks(title)
    return _folded(_as_ascii(_as_ascii(title).casefold()).casefold()).translate(_DIGITS_ALIKE)  # digits after the marks between them


@lru_cache(maxsize=8192)
def _title_look(title: str) -> str:
    """What makes two titles look the same, in the case they are written: as
    :func:`title_key`, with case kept and ASCII that looks alike read as one ('AI' and
    'Al', 'IT' and '1T', 'model' and 'rnodel'). A capital I is read as an l, never as an L."""
    return _folded(_as_ascii(title)).translate(_ASCII_ALIKE)


def _as_ascii(title: str) -> str:
    """A title with its look-alikes beyond ASCII read as the ASCII they look like; an ASCII
    title (most are) as it is."""
    if title.isascii():
        return title
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", NARROW_SPACE_IN_A_WORD.sub("", title).translate(BEFORE_COMPATIBILITY)))
    return _ACCENTS.sub("", decomposed).translate(_LETTERS_ALIKE)


def _folded(title: str) -> str:
    if not title.isascii():
        title = title.translate(_PLAIN_MARKS)
    # The words, as a reader takes them in: apostrophes aside ('Nobodys', 'Nobody's'), and the
    # marks between words as spaces ('The sponsor, who moved on'; 'Sign-off' and 'Sign off');
    # not those of a number ('3.5', '3-5', '1/3' and '-10' are other numbers than '3 5' or '10').
    return " ".join(_BETWEEN_WORDS.sub(" ", title.replace("'", "")).split())


# The marks of a sentence, which leave its words as they are (not '&', '%' or '£'), but for
# one between digits, or a minus or point before one at a word's start.
_BETWEEN_WORDS = re.compile(r"(?!(?<=[0-9])[-,.:/](?=[0-9]))(?!(?<![^\s(])[-.](?=[0-9]))[-,;:.!?…()\[\]{}\"/]")


def _plainly(title: str) -> str:
    """A title as it reads with only case, spaces, quote marks and marks at the end aside:
    two titles that differ so are the same title; others that collide, look-alikes."""
    return _folded(unicodedata.normalize("NFC", _without_end_marks(title)).casefold())  # 'e' + U+0301 is 'é'


def _without_end_marks(title: str) -> str:
    """A title without the punctuation, symbols and spaces at its end ('…moved on •', '…moved
    on ™', '…moved on。'), which add no word to it; a title of nothing else as it is."""
    end = len(title)
    while end and unicodedata.category(title[end - 1])[0] in "PSZ":
        end -= 1
    return title[:end] or title


def _look_alike(ours: str, theirs: str) -> str:
    """Where ``ours`` differs from ``theirs`` only to the eye: a character beyond ASCII in
    either that reads as ASCII the other has, or the first ASCII that looks like theirs."""
    ours, theirs = unicodedata.normalize("NFC", ours), unicodedata.normalize("NFC", theirs)
    for char in dict.fromkeys(ours):
        if not char.isascii() and char not in theirs and (looks := _as_ascii(char)) not in (char, ""):
            return f"'{printable(char)}' ({character_name(char)}) passes for '{printable(looks)}'"
    for char in dict.fromkeys(theirs):
        if not char.isascii() and char not in ours and (looks := _as_ascii(char)) not in (char, ""):
            return f"it has '{printable(char)}' ({character_name(char)}) where this has '{printable(looks)}'"
    at = next((i for i, (a, b) in enumerate(zip(ours.casefold(), theirs.casefold())) if a != b), None)
    for code, looks in _ASCII_ALIKE.items():
        for mine, other in ((looks, chr(code)), (chr(code), looks)):
            if at is not None and ours.startswith(mine, at) and theirs.startswith(other, at):
                return f"'{mine}' where it has '{other}'"
    return "its letters look like those of that title"


@dataclass(frozen=True)
class _Name:
    """A title, or another name (``also_known_as``), that a file gives its pattern."""

    facts: Facts
    text: str
    line: int
    is_title: bool

    @cached_property
    def read_as(self) -> tuple[tuple[bool, str], tuple[bool, str]]:
        """The two ways it may be one with another: the same words (:func:`title_key`)
        and the same look (:func:`_title_look`)."""
        return (True, title_key(self.text)), (False, _title_look(self.text))


def held_names(facts: list[Facts]) -> dict[tuple[bool, str], list[_Name]]:
    """Every title and other name, under each way it is read: a file's first name read so
    (and its title), never its repeats, which its own check reports (duplicate-item). Each
    group then holds at most two names a file, and the rules over a group take time in
    proportion to the files, not to a file's repeats (one file of 14,000 '  - ab' lines,
    an invalid file, took minutes: every name looked through all its twins)."""
    holders: dict[tuple[bool, str], list[_Name]] = {}
    for f in facts:
        names = [_Name(f, *f.title, True)] if f.title else []
        names += [_Name(f, text, line, False) for text, line in f.other_names if text]
        held: set[tuple[bool, tuple[bool, str]]] = set()
        for name in names:
            for read in name.read_as:
                if (name.is_title, read) not in held:
                    held.add((name.is_title, read))
                    holders.setdefault(read, []).append(name)
    return holders


def name_taken(name: _Name, keeper: _Name) -> Diagnostic:
    """A title or other name that another pattern had first, said as the author fixes it."""
    where = keeper.facts.display
    alike = _plainly(name.text) != _plainly(keeper.text)
    if name.is_title and keeper.is_title:
        if not alike:
            said = (
                f"title is also used by {where}"
                if unicodedata.normalize("NFC", name.text) == unicodedata.normalize("NFC", keeper.text)
                else f"title has the same words as the title of {where}, '{printable(keeper.text)}'"  # case, marks between them
            )
            return Diagnostic(name.facts.display, name.line, 1, "duplicate-title", said, "give each pattern its own title")
        return Diagnostic(
            name.facts.display,
            name.line,
            1,
            "duplicate-title",
            f"title reads as the title of {where}, '{printable(keeper.text)}': {_look_alike(name.text, keeper.text)}",
            "give each pattern its own title: one in look-alike letters passes for the other",
        )
    if name.is_title:
        return Diagnostic(
            name.facts.display,
            name.line,
            1,
            "duplicate-title",
            f"title {'reads as' if alike else 'is also'} a name in 'also_known_as' of {where}"
            + (f" ('{printable(keeper.text)}'): {_look_alike(name.text, keeper.text)}" if alike else ""),
            f"give this pattern its own title, or take the name out of {where}: a reader's search finds that pattern by it",
        )
    shown = f"'{printable(name.text)}' in 'also_known_as'"
    detail = f" ('{printable(keeper.text)}'): {_look_alike(name.text, keeper.text)}" if alike else ""
    if keeper.is_title and name.text.strip() == keeper.facts.slug:
        # 'the-sponsor-who-moved-on': the file's name, written as the other name. It was
        # told as that pattern's title, which the author had not written.
        return Diagnostic(
            name.facts.display,
            name.line,
            1,
            "duplicate-name",
            f"{shown} is the file name of {where}, whose title, '{printable(keeper.text)}', has the same words",
            "delete it: a reader who searches for those words must find that pattern",
        )
    if keeper.is_title:
        return Diagnostic(
            name.facts.display,
            name.line,
            1,
            "duplicate-name",
            f"{shown} {'reads as' if alike else 'is'} the title of {where}{detail}",
            "delete it: a reader who searches for that title must find that pattern",
        )
    return Diagnostic(
        name.facts.display,
        name.line,
        1,
        "duplicate-name",
        f"{shown} {'reads as' if alike else 'is also'} a name of {where}{detail}",
        "keep each other name on one pattern: delete it here, or write a name that a reader would use for this stall alone",
    )


def _address_look(slug: str) -> str:
    """What a pattern's address looks like to a reader: ASCII that looks alike read as one
    ('the-sponsor-who-rnoved-on' and 'the-sponsor-who-moved-on', 'n0body' and 'nobody')."""
    return slug.translate(_ASCII_ALIKE).lower()


def addresses_alike(facts: list[Facts]) -> list[list[tuple[Facts, str, int]]]:
    """The slugs and aliases (each with its file and line) that look like one another
    though they differ: the addresses /patterns/<slug>/ that pass for each other. The same
    slug or alias twice is another rule's (duplicate-slug, alias-collision)."""
    by_look: dict[str, list[tuple[Facts, str, int]]] = {}
    for f in facts:
        for address, line in ((f.slug, 1), *f.aliases):
            by_look.setdefault(_address_look(address), []).append((f, address, line))
    return [held for held in by_look.values() if len({address for _, address, _ in held}) > 1]


def address_taken(f: Facts, address: str, line: int, keeper: Facts, theirs: str) -> Diagnostic:
    """A slug or alias that looks like the address another file had first."""
    alike = f"/patterns/{address}/ passes for /patterns/{theirs}/, the address of {keeper.display}"
    if line == 1 and address == f.slug:
        return Diagnostic(
            f.display, 1, 1, "slug-lookalike", f"file name '{address}.md' makes an address that looks like another's: {alike}",
            "rename this file: its name is the pattern's address, which readers must not take for another pattern's",
        )
    return Diagnostic(
        f.display, line, 1, "slug-lookalike", f"alias '{address}' looks like another pattern's address: {alike}",
        "delete it from 'aliases': an alias is a former file name of this pattern",
    )

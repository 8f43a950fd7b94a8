"""Small text predicates shared by the rules: slugs, near misses, tags, words."""

from __future__ import annotations

import difflib
import re
import string
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from html import unescape
from typing import cast

from . import lookalikes

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# What an HTML parser takes for the start of markup: '<' then a letter, '/', '!' or '?'.
_TAG = re.compile(r"<[A-Za-z/!?]")
_NEWLINE = re.compile("\n")
_WORD = re.compile(r"[A-Za-z0-9\u00C0-\u024F][\w'’\u00C0-\u024F-]*")
_SINGLE_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def is_slug(text: str) -> bool:
    return SLUG.fullmatch(text) is not None


def is_word(text: str) -> bool:
    """One word: letters and digits, with inner hyphens or apostrophes (``e-mail``, ``it's``)."""
    return _SINGLE_WORD.fullmatch(text) is not None


def slugify(title: str) -> str:
    """A URL slug for a title: ``"Nobody's name on it"`` → ``nobodys-name-on-it``; accents
    are taken off letters (``Café`` → ``cafe``), other letters than a-z left out."""
    plain = _APOSTROPHES_IN_TITLES.sub("", title.lower())
    if not plain.isascii():
        plain = "".join(c for c in unicodedata.normalize("NFKD", plain.translate(_LETTERS_SPELT_OUT)) if not unicodedata.combining(c))
    return "-".join(SLUG.findall(_NOT_IN_SLUGS.sub(" ", plain)))


_KEPT_IN_SLUGS = frozenset({"Mn", "Mc", "Me", "Pc", "Nl"})
# Letters in circles and squares, which Unicode counts as alphabetic, and GitHub keeps.
_ENCLOSED_LETTER = re.compile("[\u24b6-\u24e9\U0001f130-\U0001f149\U0001f150-\U0001f169\U0001f170-\U0001f189]")


def github_slug(heading: str) -> str:
    """The name GitHub's preview gives a heading's part, before any number: its text in
    lower case with every mark but '-' left out and each space a '-' (accents kept: 'Build &
    buy, café' is build--buy-café), where :func:`slugify` folds and joins. A pattern page's
    headings are named so on the site too (body.assign_heading_ids). Letters and figures are
    kept, and numbers that are letters ('〇', 'Ⅻ') and letters in circles or squares ('Ⓐ',
    '🅰'), not other numbers: 'CO₂ targets' is co-targets, 'Ratio ¾ of spend' ratio--of-spend."""
    kept = (c for c in heading.lower() if c.isalpha() or c.isdecimal() or c in "-_ " or unicodedata.category(c) in _KEPT_IN_SLUGS or _ENCLOSED_LETTER.match(c))
    return "".join(kept).replace(" ", "-")


_APOSTROPHES_IN_TITLES = re.compile(r"['’]")
# Letters with no accent to take off, spelt as their languages spell them without them
# ('Übermäßig' → 'ubermassig', not 'uberma-ig').
_LETTERS_SPELT_OUT = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
_NOT_IN_SLUGS = re.compile(r"[^a-z0-9]+")


def closest(word: str, choices: Iterable[str], cutoff: float = 0.72, by_prefix: bool = False) -> str | None:
    """The choice nearest to ``word`` (case-insensitively), if one is near enough; with
    ``by_prefix``, else the only choice that starts with the same four letters."""
    options = list(choices)
    by_lower = {c.lower(): c for c in options}
    if word.lower() in by_lower:
        return by_lower[word.lower()]
    match = difflib.get_close_matches(word.lower(), list(by_lower), n=1, cutoff=cutoff)
    if match:
        return by_lower[match[0]]
    # A misspelt long word ("sponser" for "sponsorship") shares its start with the one meant.
    stem = word.lower()[:4]
    starting = [c for c in by_lower if by_prefix and len(stem) == 4 and c.startswith(stem)]
    return by_lower[starting[0]] if len(starting) == 1 else None


def within_edits(typed: str, meant: str, limit: int) -> bool:
    """True if ``typed`` is ``meant`` with at most ``limit`` slips of the keyboard: a letter
    left out, added, mistyped, or two side by side swapped ('reveiw' for 'review')."""
    if abs(len(typed) - len(meant)) > limit:
        return False
    before, row = None, list(range(len(meant) + 1))
    for i, letter in enumerate(typed, 1):
        above, row = row, [i] + [0] * len(meant)
        for j, wanted in enumerate(meant, 1):
            row[j] = min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (letter != wanted))
            if before is not None and i > 1 and j > 1 and letter == meant[j - 2] and typed[i - 2] == wanted:
                row[j] = min(row[j], before[j - 2] + 1)
        before = above
        if min(row) > limit:
            return False
    return row[-1] <= limit


def has_tag(text: str) -> bool:
    """True if the text holds the start of an HTML tag or comment.

    An unclosed ``<img src=x onerror=...`` is as dangerous as a closed one, so any
    ``<`` followed by a letter counts; ``&``, quotes and ``a < b`` are ordinary text.
    """
    return _TAG.search(text) is not None


def strip_comments(markdown: str) -> str:
    """The text without HTML comments; an unclosed comment runs to the end, as in HTML.

    A scan rather than a regex: ``<!--.*?-->`` takes quadratic time on many openings
    that never close.
    """
    if "<!--" not in markdown:
        return markdown
    kept: list[str] = []
    position = 0
    while (start := markdown.find("<!--", position)) != -1:
        kept.append(markdown[position:start])
        end = markdown.find("-->", start + 4)
        if end == -1:
            return "".join(kept)
        position = end + 3
    kept.append(markdown[position:])
    return "".join(kept)


def line_starts(text: str) -> list[int]:
    """The index at which each line of ``text`` starts, for :func:`line_at`."""
    return [0, *(match.end() for match in _NEWLINE.finditer(text))]


def line_at(starts: list[int], index: int) -> int:
    """The 1-based line holding ``index``: a binary search, not a count from the start."""
    return bisect_right(starts, index)


def counted(n: int, noun: str) -> str:
    """``1 pattern``, ``2 patterns``: a count with its noun (regular plurals only)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def words(text: str) -> list[str]:
    return _WORD.findall(strip_comments(text))


# Latin-1 text (ASCII among it) read as bytes, one a character: a character that can start
# one of _WORD's words kept, one that can only go on with one deleted ('_', "'", '-', 'ª',
# '²'), any other made a space. Each run left is one of _WORD's words (a run of characters
# that go on with a word, with one that starts a word in it); a run of joiners alone vanishes.
_WORD_BYTES = bytes(b if _WORD.fullmatch(chr(b)) else 32 for b in range(256))
# The same, each character kept made an 'a': what is left is runs of 'a' between spaces.
_WORD_MARKS = bytes(97 if _WORD.fullmatch(chr(b)) else 32 for b in range(256))
_WORD_JOINERS = bytes(b for b in range(256) if not _WORD.fullmatch(chr(b)) and _WORD.fullmatch("a" + chr(b)))


def latin1(text: str) -> bytes | None:
    """``text`` as Latin-1 bytes, a byte a character, or None if a character lies beyond
    Latin-1: text with no other characters beyond ASCII than accented letters ('café')
    is read byte by byte, at bytes.translate's speed."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return None


@lru_cache(maxsize=64)
def word_count(text: str) -> int:
    """The number of words in ``text`` (as :func:`words` finds them); cached, since rules
    and editorial both count."""
    text = strip_comments(text)
    if not text.isascii():
        text = replaced(text, _TYPOGRAPHY_IN_COUNTED_WORDS)
    if (as_bytes := latin1(text)) is not None:
        return _word_count(as_bytes)
    # The runs of word characters and joiners with a character beyond ASCII in them ("it’s",
    # "café") are counted by the expression, one by one; the rest, with them and every
    # other character beyond ASCII ('—', '“': none in a word) made spaces, as ASCII.
    runs, rest = split_beyond_ascii(text, _RUN_OF_A_WORD, _in_a_word)
    return sum(len(_WORD.findall(run)) for run in runs) + _word_count(rest.encode("ascii"))


class _PlainForms(dict[int, int | str]):
    """A table for ``str.translate``: each figure of another script as its ASCII one ('٠٢٠',
    '०२०' and '０２０' are dialled as '020'), and each character that is another's form as that
    one where it is an ASCII letter or figure or a currency's sign ('£⁹⁹' is '£99', '￡' '£',
    'Ｓｔａｌｌ' 'Stall'); one character for one, so that a column stays where it was. Filled as
    characters are met (few ever are)."""

    def __missing__(self, code: int) -> int | str:
        char = chr(code)
        form = unicodedata.normalize("NFKC", char)
        if char.isdecimal():
            self[code] = str(unicodedata.decimal(char))
        elif len(form) == 1 and form != char and ((form.isascii() and form.isalnum()) or form in "£$€¥₤"):
            self[code] = form
        else:
            self[code] = code
        return self[code]


PLAIN_FORMS = _PlainForms()
"""Read ``plain_forms(text)``: the table, for ``str.translate``."""


def plain_forms(text: str) -> str:
    """``text`` with each character that PLAIN_FORMS reads as another read so. Translated only
    where a character of it is one: a translation looks up every character, which cost a
    tenth of a CPU second per 1,000 files of ASCII text with a curly quote or a dash in it,
    where the characters beyond ASCII are a handful."""
    if text.isascii() or all(PLAIN_FORMS[ord(char)] == ord(char) for char in beyond_ascii(text)):
        return text
    return text.translate(PLAIN_FORMS)


_BEYOND_ASCII = re.compile("[^\x00-\x7f]")


@lru_cache(maxsize=64)
def beyond_ascii(text: str) -> frozenset[str]:
    """The characters of ``text`` beyond ASCII, each once: found at C speed, in half the time of
    ``set(text)``, for the checks that look for a few of them (kept for the few texts that
    several checks read: the file's, a block's)."""
    return frozenset(_BEYOND_ASCII.findall(text))

# What a case-blind expression reads as 'i' or 's' and lower() does not make so: 'ı' and
# 'ſ', and the dot that lower() leaves after the i of 'İ' ('Lorem ıpsum' is lorem ipsum).
_CASE_BLIND_ALIKE = {ord("\u0131"): "i", ord("\u017f"): "s", ord("\u0307"): None}


def in_small_letters(text: str) -> str:
    """``text`` in small letters, as a case-blind expression reads it: what a quick look reads
    for the words that such an expression looks for, which it finds as they find them."""
    lowered = text.lower()
    if "\u0131" in lowered or "\u017f" in lowered or "\u0307" in lowered:
        lowered = lowered.translate(_CASE_BLIND_ALIKE)
    return lowered

# Characters that pass for the dot, colon and slash of an address (after NFKC, which reads
# the full-width ones as ASCII), and the dots IDNA reads between a host's parts, which a
# browser asked for 'paypal。com' takes to paypal.com.
# (One dot leader, hyphenation point, middle dots, bullet and dot operators, ideographic full stops.)
DOTS_ALIKE = "\u2024\u2027\u00b7\u2e31\u30fb\u2219\u22c5\u3002\uff61"
PUNCTUATION_ALIKE = str.maketrans(
    dict.fromkeys(DOTS_ALIKE, ".") | dict.fromkeys("\ua789\u02d0\u2236", ":") | dict.fromkeys("\u2044\u2215\u29f8\u2571", "/")
)


# A dot of an address written so that no program links it, as a reader still reads it: between
# marks ('firm[.]co[.]uk', 'firm (dot) co', 'paypal{.}me'), in words ('firm dot co', 'firm full stop
# co', 'firm period co'), with a space each side, or as a middle or full-width dot. An expression's
# part, of a dot between two of an address's words (contacts.py's mailbox at a domain, payments.py's
# page on a service of payments). (Between hyphens with a space each side too, 'jsmith -dot- com': the
# contacts round of the fifty-sixth session.)
DOT_SPELT = r"(?:\.|·|．|\s+\.\s+|\s?[(\[{](?i:dot|\.)[)\]}]\s?|\s?-(?i:dot)-\s?|\s(?i:dot|full[\s-]?stop|period)\s|,\s*(?i:full\s+stop),\s*)"


def as_an_address_reads(text: str) -> str:
    """``text`` as a reader takes an address in it: full-width and small forms as plain ones
    ('help＠firm．co．uk'), and the dots, colons and slashes that pass for an address's
    ('www。firm。co。uk' goes to www.firm.co.uk)."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text).translate(PUNCTUATION_ALIKE)


# Typography that authors paste and the site adds, as the ASCII that splits or joins words
# alike: a closing quote joins as an apostrophe does, the rest only separate words.
TYPOGRAPHIC_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
"""The spaces a word processor pastes (no-break, em, thin, ideographic...), which GitHub's
reader and YAML do not take for an ordinary space."""

TYPOGRAPHY_BETWEEN_WORDS = tuple((mark, " ") for mark in "\u2018\u201c\u201d\u2013\u2014\u2026\u00a0")
_TYPOGRAPHY_IN_COUNTED_WORDS = (("\u2019", "'"), *TYPOGRAPHY_BETWEEN_WORDS)
TYPOGRAPHY_AS_SPACES = (("\u2019", " "), *TYPOGRAPHY_BETWEEN_WORDS)
"""The typography, none of it a word character, letter or digit, as spaces."""


def names_parted(names: Iterable[str], between: str) -> str:
    """An expression of any of ``names``, each written as it is, its words parted by
    ``between`` (``r"\\s+"``: by any spaces); of none when there are none."""
    return "|".join(between.join(map(re.escape, name.split())) for name in names) or "(?!)"


def replaced(text: str, replacements: tuple[tuple[str, str], ...]) -> str:
    """``text`` with each (character, replacement) replaced, a pass over it only for those it holds."""
    for mark, ascii_mark in replacements:
        if mark in text:
            text = text.replace(mark, ascii_mark)
    return text


def _word_count(text: bytes) -> int:
    """The words in Latin-1 text (see _WORD_BYTES): bytes.translate with a table is ten
    times a regular expression's speed. The runs are counted where each starts (after a
    space, or at the start), not split into words that are only counted: a split made an
    object of every word, in five times the time of the translation."""
    marked = text.translate(_WORD_MARKS, _WORD_JOINERS)
    return marked.count(b" a") + marked.startswith(b"a")


# What _WORD's words are made of (and no word reaches past): word characters, the joiners,
# and the letters of Latin-1 and Latin Extended (with × and ÷ among them).
_RUN_OF_A_WORD = re.compile(r"[\w'’\u00C0-\u024F-]+")


def _in_a_word(char: str) -> bool:
    return char.isalnum() or char in "_'’-" or "\u00c0" <= char <= "\u024f"


# --- characters that do not show ------------------------------------------------------

_NOT_ASCII = re.compile(r"[^\t\n\x20-\x7e]")
# Letters and symbols that render as blank space though they are not spaces (or as nothing:
# the object replacement character, and a music font's null notehead).
_BLANK_LOOKALIKES = frozenset("\u115f\u1160\u3164\uffa0\u2800\u17b4\u17b5\ufffc\U0001d159")
_UNSEEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me", "Zs", "Zl", "Zp"})
# Characters no font draws, or that show as nothing: controls and format characters,
# private-use and unassigned ones (the noncharacters among them), the line and paragraph
# separators; and, in other categories, Unicode's other default-ignorable characters (the
# combining grapheme joiner, Hangul fillers, Khmer's inherent vowels, Mongolian and other
# variation selectors) and the braille blank.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_HIDDEN_OTHERWISE = re.compile("[" + "".join(sorted(_BLANK_LOOKALIKES)) + "\u034f\u180b-\u180d\u180f\ufe00-\ufe0f\U000e0100-\U000e01ef]")
# A variation selector that asks for a symbol's text or emoji form (☺︎, ❤️, 1️⃣), or for a
# form of a CJK ideograph: allowed once, straight after such a character. Any other, or a
# run of them (which can spell out hidden text, a byte for each), is hidden text.
_PRESENTATION = "\ufe0e\ufe0f"
_IDEOGRAPHIC_VARIANT = re.compile("[\U000e0100-\U000e01ef]")
ZWJ = "\u200d"
# The flags of England, Scotland and Wales: a black flag, the region in tag characters
# (gbeng, gbsct, gbwls), a cancel tag. Tag characters may spell out anything else.
_TAG_FLAG = re.compile("\U0001f3f4\U000e0067\U000e0062(?:\U000e0065\U000e006e\U000e0067|\U000e0073\U000e0063\U000e0074|\U000e0077\U000e006c\U000e0073)\U000e007f")
_EMOJI_TAILS = frozenset("\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")


def character_name(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``: a character named so that a reader can find it."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".rstrip()


def is_bidi_control(char: str) -> bool:
    return "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069" or char in "\u200e\u200f\u061c"


def is_hidden_character(char: str) -> bool:
    """A character no pattern may hold as a YAML escape or a character reference: a control
    other than tab and newline, a format character (bidirectional controls, zero-width
    ones, soft hyphens, tags), half of a surrogate pair, a private-use or unassigned one
    (U+FFFE and U+FFFF among them, which no page or feed may hold), a line or paragraph
    separator, or another character that shows as nothing (a variation selector, a Hangul
    filler, the braille blank). Typed, a few of them are allowed where they belong to the
    character before (:func:`invisible_characters`)."""
    return char not in "\t\n" and (unicodedata.category(char) in _HIDDEN_CATEGORIES or _HIDDEN_OTHERWISE.match(char) is not None)


def has_hidden_character(text: str) -> bool:
    """Whether ``text`` holds a character :func:`is_hidden_character` refuses (at once for
    printable text with none of the few printable ones among them)."""
    if text.replace("\t", " ").replace("\n", " ").isprintable() and not _HIDDEN_OTHERWISE.search(text):
        return False
    return any(is_hidden_character(char) for char in text)


def invisible_characters(text: str, emoji_joiners: bool = False) -> list[int]:
    """Where ``text`` holds a character that shows as nothing (:func:`is_hidden_character`:
    controls other than tab and newline, format characters such as zero-width spaces and
    bidirectional controls, private-use and unassigned characters, Hangul fillers...). A
    variation selector straight after the character it varies (❤️, 1️⃣, an ideograph's
    variant) is allowed. With ``emoji_joiners``, so are a zero-width joiner between two
    pictographs (as in 👩‍💻) and the tag characters of the flags of England, Scotland and
    Wales."""
    found: list[int] = []
    flags = [m.span() for m in _TAG_FLAG.finditer(text)] if emoji_joiners and "\U0001f3f4" in text else []
    for match in _NOT_ASCII.finditer(text):
        char = match.group()
        if not is_hidden_character(char):
            continue
        index = match.start()
        if _varies(text, index):
            continue
        if char == ZWJ and emoji_joiners and joins_emoji(text, index):
            continue
        if char in _JOINERS and _joins_letters(text, index):
            continue  # part of a word's spelling: Persian's 'می‌خواهم', a Hindi conjunct's form
        if flags and any(start < index < end for start, end in flags):
            continue
        found.append(index)
    return found


# The characters beyond ASCII that most patterns hold, none of them one that the checks of
# characters report: the typographic quotes, dashes and ellipsis, and the accented letters
# of Latin-1 (no × or ÷), all Latin. Not hidden (invisible_characters), not a combining
# mark (stacked_marks_at), of no alphabet but the Latin (mixed_alphabet_words), not a
# space of another kind (TYPOGRAPHIC_SPACES): tests/test_word_readers.py holds each to that.
PLAIN_BEYOND_ASCII = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_NOT_PLAIN = re.compile(f"[^\t\n\x20-\x7e{PLAIN_BEYOND_ASCII}]")


def is_plain(text: str) -> bool:
    """Whether ``text`` holds only tabs, line ends, printable ASCII and the characters of
    PLAIN_BEYOND_ASCII: then none of :func:`invisible_characters`, :func:`stacked_marks_at`
    and :func:`mixed_alphabet_words` finds anything in it, nor a space of another kind
    than ASCII's, and one pass over the text spares the passes of theirs."""
    return _NOT_PLAIN.search(text) is None


def _varies(text: str, index: int) -> bool:
    """Whether the character at ``index`` is a variation selector that asks for a form of
    the character straight before it: a symbol's text or emoji form (after a symbol, a
    punctuation mark, or a keycap's digit, '#' or '*'), or an ideograph's variant."""
    if index == 0:
        return False
    char, before = text[index], text[index - 1]
    if char in _PRESENTATION:
        return before in "0123456789#*" or unicodedata.category(before)[0] in "SP" and not before.isascii()
    if _IDEOGRAPHIC_VARIANT.match(char):
        return unicodedata.name(before, "").startswith("CJK ")
    return False


# Letters of other alphabets that pass for Latin ones, as written (upper case Greek Η is
# an H, lower case η an n), and what they pass for.
LOOKS_LATIN = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеорсухіјѕԁԛԝһӏвкмнтг" "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαικνορτυχϲϳϹ" "սօհոց",
    "ABESIJKMHOPCTXYaeopcyxijsdqwhlbkmhtr" "ABEZHIKMNOPTYXaikvoptuxcjC" "uohng",
)
# Look-alikes that NFKC and NFKD read as letters that look like no Latin one (the lunate
# sigmas 'Ϲ' and 'ϲ', which look like 'C' and 'c', are 'Σ' and 'ς' to them): read first.
BEFORE_COMPATIBILITY = str.maketrans("Ϲϲ", "Cc")


def _latin_by_name(small_capitals: bool = False) -> dict[int, str]:
    """Latin letters that Unicode names as an ASCII letter in another form, and that NFKC
    leaves as they are: small capitals ('ʜ', 'ᴍ', 'ɢ') and letters with a hook, a stroke
    or a tail ('Ƭ', 'ɗ', 'ł'), each as its letter in small case; or the small capitals alone."""
    blocks = (range(0x0100, 0x0250), range(0x0250, 0x02B0), range(0x1D00, 0x1DC0), range(0x2C60, 0x2C80), range(0xA720, 0xA800), range(0xAB30, 0xAB70))
    table = {}
    for code in (code for block in blocks for code in block):
        named = _LATIN_LETTER_NAME.fullmatch(unicodedata.name(chr(code), ""))
        if named and not unicodedata.decomposition(chr(code)) and (named.group(1) or not small_capitals):
            table[code] = named.group(2).lower()
    return table


_LATIN_LETTER_NAME = re.compile(r"LATIN (?:CAPITAL |SMALL )?LETTER (SMALL CAPITAL )?([A-Z])(?: WITH [A-Z ]+)?")
LATIN_BY_NAME = _latin_by_name()
"""Every Latin letter read so, for comparing names: 'The sponsor wʜo moᴠeᴅ on' is the sponsor's title."""
LETTERS_ALIKE: dict[int, str | int] = {**LATIN_BY_NAME, **lookalikes.BEYOND_ASCII, **LOOKS_LATIN, ord("\u0131"): "i"}
"""Letters of any alphabet read as the ASCII they pass for, beyond what NFKC folds: the Latin
ones by their names ('ʜ', 'Ƭ', 'ł'), Unicode's look-alikes (UTS #39: 'ɑ', 'ꓢ', Cherokee 'Ꮪ'),
the other alphabets' letters that :func:`mixed_alphabet_words` reads as Latin, and the
dotless i. Names and the words compared with the offers', pages' and patterns' are read so."""
SMALL_CAPITALS = _latin_by_name(small_capitals=True)
"""The small capitals alone, which 'fancy text' makers write words in ('ꜱᴘᴏɴꜱᴏʀ')."""

# In a word, the look-alikes that spoof: all but the Greek letters that maths and science
# write beside Latin ones (αx + β, NF-κB, kτ), which a reader takes for Greek.
_SPOOFS_IN_WORDS = frozenset(LOOKS_LATIN) - {ord(char) for char in "ακνρτχ"}
_LOOKALIKE_ALPHABETS = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN")
# Letters of the other scripts that pass for a Latin one (UTS #39: Cherokee 'Ꭰ' a D, Lisu 'ꓔ'
# a T), which no word of Latin letters holds but as a disguise ('TOᎠO': the attack round of the
# fifty-third session).
_LATIN_ALIKES_BEYOND = frozenset(
    code
    for code, latin in lookalikes.BEYOND_ASCII.items()
    if len(latin) == 1 and latin.isalpha() and chr(code).isalpha() and unicodedata.name(chr(code), "LATIN").split(" ", 1)[0] not in _LOOKALIKE_ALPHABETS
)
RUN_OF_WORD_CHARACTERS = re.compile(r"\w+")


def is_word_character(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches in a str pattern


def _alphabet(char: str) -> str | None:
    name = unicodedata.name(char, "")
    alphabet = name.split(" ", 1)[0]
    return alphabet if alphabet in _LOOKALIKE_ALPHABETS and char.isalpha() else None


MOST_STACKED_MARKS = 4
"""Accents and other marks that combine with one letter: a letter takes two or three in
Vietnamese or pointed Hebrew; many more draw a tower over the lines around."""
_BEYOND_ASCII_RUN = re.compile(r"[^\x00-\x7f]{%d,}" % (MOST_STACKED_MARKS + 1))


def stacked_marks_at(text: str) -> int | None:
    """Where the first pile of more than MOST_STACKED_MARKS marks on one character starts
    (its first mark), or None (a pass over the text beyond ASCII). A mark is any character
    of Unicode's Mark categories: its combining class is 0 for an enclosing mark ('⃝') and
    for a thousand others (Thai's '็'), which piled up as many as wished."""
    if text.isascii():
        return None
    for run in _BEYOND_ASCII_RUN.finditer(text):
        stacked = 0
        for offset, char in enumerate(run.group()):
            stacked = stacked + 1 if unicodedata.category(char)[0] == "M" else 0
            if stacked > MOST_STACKED_MARKS:
                return run.start() + offset - stacked + 1
    return None


def mixed_alphabet_words(text: str) -> list[tuple[int, str]]:
    """Words of letters from more than one of the Latin, Greek, Cyrillic and Armenian
    alphabets, with one that passes for a letter of another ('Ιs' with a Greek Ι, 'exаmple'
    with a Cyrillic а): each as (where that letter is, the word). A word wholly in one
    alphabet is a word of that language; '5μs' (a Greek μ, like no Latin letter) is a unit,
    'αx' algebra, and 'ПриватBank' a name in Cyrillic with a Latin word in it."""
    found: list[tuple[int, str]] = []
    if text.isascii():
        return found
    for start, end in runs_beyond_ascii(text, RUN_OF_WORD_CHARACTERS, is_word_character):
        word = text[start:end]
        alphabets = [_alphabet(char) for char in word]
        counts = Counter(a for a in alphabets if a)
        if len(counts) < 2:
            if "LATIN" in counts and (beyond := next((i for i, char in enumerate(word) if ord(char) in _LATIN_ALIKES_BEYOND), None)) is not None:
                found.append((start + beyond, word))  # ('TOᎠO', a Cherokee letter among Latin ones)
            continue
        # The word's own alphabet is the one most of its letters are in (Latin on a tie):
        # the letter to point at is the first look-alike from another.
        usual = max(counts, key=lambda a: (counts[a], a == "LATIN"))
        odd = next((i for i, a in enumerate(alphabets) if a and a != usual and ord(word[i]) in _SPOOFS_IN_WORDS), None)
        if odd is None and "LATIN" in counts:
            # Or every letter of the others passes for a Latin one: 'ТОDО' is TODO in three
            # Cyrillic letters and a Latin D (the attack round of the fifty-third session), where
            # 'ПриватBank' holds letters that pass for none.
            others = [i for i, a in enumerate(alphabets) if a and a != "LATIN"]
            if all(ord(word[i]) in _SPOOFS_IN_WORDS for i in others):
                odd = others[0]
        if odd is not None:
            found.append((start + odd, word))
    return found


# The zero-width non-joiner and joiner, which the scripts that join their letters (Arabic's,
# India's and others) write inside words, as part of their spelling: 'می‌خواهم' (I want).
_JOINERS = frozenset("\u200c\u200d")
_JOINING_SCRIPTS = frozenset(
    "ARABIC SYRIAC NKO DEVANAGARI BENGALI GURMUKHI GUJARATI ORIYA TAMIL TELUGU KANNADA MALAYALAM SINHALA "
    "TIBETAN MYANMAR KHMER MONGOLIAN".split()
)


def _joins_letters(text: str, index: int) -> bool:
    """Whether the joiner at ``index`` stands between two letters (or a letter's marks) of one
    of the scripts that write it inside words."""
    if index == 0 or index + 1 >= len(text):
        return False
    return all(
        unicodedata.category(char)[0] in "LM" and unicodedata.name(char, "").split(" ", 1)[0] in _JOINING_SCRIPTS
        for char in (text[index - 1], text[index + 1])
    )


def joins_emoji(text: str, index: int) -> bool:
    """Whether the zero-width joiner at ``index`` joins two pictographs (👩‍💻)."""
    before = index - 1
    while before >= 0 and text[before] in _EMOJI_TAILS:
        before -= 1
    after = index + 1
    return (
        before >= 0
        and after < len(text)
        and unicodedata.category(text[before]) == "So"
        and unicodedata.category(text[after]) == "So"
    )


def as_shown(text: str) -> str:
    """``text`` as a reader would see it: without the characters that show as nothing
    (:func:`invisible_characters`), unless nothing else is left. A front-matter value is
    checked so: a zero-width space in 'val\u200bue' is one mistake, told by the check of
    invisible characters at its column, not a second time as an unknown category."""
    hidden = set(invisible_characters(text)) if not text.isascii() else None
    if not hidden:
        return text
    shown = "".join(char for index, char in enumerate(text) if index not in hidden)
    return shown if is_visible(shown) else text


def words_shown(text: str) -> str:
    """A front-matter value's words as a reader sees them (:func:`as_shown`), one space
    between each, and a space too narrow to see between two letters read as none ('The
    spo\u200ansor': a hair space). Names are compared so, and cards list them so."""
    shown = as_shown(text)
    if not shown.isascii():
        shown = NARROW_SPACE_IN_A_WORD.sub("", shown)
    return " ".join(shown.split())


# A space too narrow to see, between two letters.
NARROW_SPACE_IN_A_WORD = re.compile("(?<=[^\\W\\d_])[\u2005-\u200a\u202f\u205f](?=[^\\W\\d_])")


def is_visible(text: str) -> bool:
    """True if some character of ``text`` would show as more than blank space."""
    return any(unicodedata.category(c) not in _UNSEEN and c not in _BLANK_LOOKALIKES for c in text)


def printable(text: str) -> str:
    """``text`` safe to write to a terminal: control, format and separator characters
    (ANSI escapes, bidirectional overrides, zero-width spaces) become visible escapes
    such as ``\\x1b`` and ``\\u202e``; everything else is kept."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(_escape(c) if not c.isprintable() and c != " " or unicodedata.category(c) == "Cf" else c for c in text)


def characters(count: int) -> str:
    """'one character', '12 characters': a length, as a message says it."""
    return "one character" if count == 1 else f"{count} characters"


def printable_start(text: str, limit: int = 40) -> str:
    """The first ``limit`` characters of ``text``, for a message, written as :func:`printable` writes them."""
    return printable(text[:limit])


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


# --- words as the site search reads them --------------------------------------------

_SEARCH_WORD = re.compile(r"[^\W_]+(?:&[^\W_]+)*")
_APOSTROPHES = re.compile(r"['\u2018\u2019`]")
# ASCII read as bytes: letters lower-cased, digits and '&' kept, everything else a space (and
# apostrophes deleted): the words the expression finds, at bytes.translate's speed (a run
# with an '&' in it is then read by the expression: "P&L" is a word, "&" alone is not).
_ASCII_SEARCH_BYTES = bytes(b if chr(b) in string.ascii_lowercase + string.digits + "&" else b + 32 if chr(b) in string.ascii_uppercase else 32 for b in range(256))
# The typography the site adds (curly quotes, dashes, ellipses) separates words, or is an
# apostrophe, as its ASCII original does: text with no other character stays on the fast path.
_TYPOGRAPHY_AS_ASCII = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-"), ("\u2026", "..."))
_HTML_TAG = re.compile(r"<[^>]*>")
_THOUSANDS = re.compile(r",(?<=[0-9],)(?=[0-9]{3}(?![0-9]))")  # the comma first: looked for as a literal, fastest
SEARCH_WORD_LENGTH = 3
"""Section words of letters shorter than this are not indexed ("of", "AI" in every pattern)."""
LONGEST_SEARCH_WORD = 40
"""Nor words longer than this (a code, a hash): no reader types one, and assets/search.js
reads no query word longer either."""


def search_words(text: str) -> list[str]:
    """Words as the site search reads them (assets/search.js does the same): lower case,
    accents and apostrophes removed, split at anything that is not a letter or digit, except
    an ampersand between two: "P&L" and "R&D" are one word each ("p&l"), not two letters.
    A comma between thousands joins them ("£4,500" is "4500", not "4", which is also "four")."""
    if "," in text:
        text = _THOUSANDS.sub("", text)
    if not text.isascii():
        text = replaced(text, _TYPOGRAPHY_AS_ASCII)
    if text.isascii():
        return _ascii_search_words(text)
    if (as_bytes := latin1(text)) is not None:
        # Latin-1 in lower case and without accents, a character at a time (a table of bytes).
        folded = as_bytes.translate(_FOLDED_LATIN1).decode("latin-1")
    else:
        # Accents go only where there are any: a character-by-character pass over every
        # section was most of the time taken to write search.json. Each run of text between
        # spaces with a letter beyond ASCII in it (é in "café") is folded on its own: NFD and
        # the combining marks it makes never reach across a space.
        lowered = text.lower()
        folded = spans_replaced(lowered, runs_beyond_ascii(lowered, _RUN_OF_NOT_SPACES, lambda char: not char.isspace()), without_accents)
    if folded.isascii():
        return _ascii_search_words(folded)
    return _SEARCH_WORD.findall(_APOSTROPHES.sub("", folded))


def _ascii_search_words(text: str) -> list[str]:
    words = text.encode("ascii").translate(_ASCII_SEARCH_BYTES, b"'`").decode("ascii").split()
    if "&" not in text:
        return words
    return [word for run in words for word in _SEARCH_WORD.findall(run)]


def without_accents(run: str) -> str:
    """'Revíew' as 'Review': each letter without its accents (a reader reads past them)."""
    if run.isascii():
        return run
    return "".join(c for c in unicodedata.normalize("NFD", run) if not unicodedata.combining(c))


# Each Latin-1 character in lower case without its accent ('É' is 'e'), as search_words reads
# it: one Latin-1 character still. Folded one by one, as a run is: NFD takes each character
# apart on its own, and only the combining marks it reorders are left out.
_FOLDED_LATIN1 = bytes(ord(without_accents(chr(b).lower())) for b in range(256))


_RUN_OF_NOT_SPACES = re.compile(r"\S*")


def runs_beyond_ascii(text: str, run: re.Pattern[str], in_run: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The spans of the runs of ``text`` that hold a character beyond ASCII, in order, each
    once: ``in_run`` tells whether a character belongs to a run, and ``run`` matches one from
    any of its characters to its end. One pass over the text: a search for such runs from
    every position would go back over each run (quadratic in a long one)."""
    end = 0
    for found in _BEYOND_ASCII.finditer(text):
        at = found.start()
        if at < end or not in_run(found.group()):
            continue
        start = at
        while start > end and in_run(text[start - 1]):
            start -= 1
        end = max(at + 1, cast(re.Match[str], run.match(text, at)).end())
        yield start, end


_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")  # a simple set: the fastest scan


def split_beyond_ascii(text: str, run: re.Pattern[str], in_run: Callable[[str], bool]) -> tuple[list[str], str]:
    """The runs of :func:`runs_beyond_ascii`, and the rest of ``text`` as ASCII: each run,
    and every other character beyond ASCII (not a character of any run), made a space."""
    spans = list(runs_beyond_ascii(text, run, in_run))
    return [text[start:end] for start, end in spans], _BEYOND_ASCII.sub(" ", spans_replaced(text, spans, lambda _: " "))


def spans_replaced(text: str, spans: Iterable[tuple[int, int]], replacement: Callable[[str], str]) -> str:
    """``text`` with each span (start, end; in order, apart) replaced by ``replacement`` of its text."""
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        pieces += [text[done:start], replacement(text[start:end])]
        done = end
    return "".join(pieces) + text[done:]


def indexed_word(word: str) -> bool:
    """Whether a section word is indexed: one of ``SEARCH_WORD_LENGTH`` letters or more, or
    any with a figure in it, the way a reader types a quarter, a multiple or a share
    ("Q3", "3x", "24/7", "40 %"), up to ``LONGEST_SEARCH_WORD``: else these were found in
    a title or sign but never in a pattern's sections."""
    return len(word) <= LONGEST_SEARCH_WORD and (len(word) >= SEARCH_WORD_LENGTH or not word.isalpha())


def html_words(html: Iterable[str]) -> str:
    """The distinct search words (:func:`indexed_word`) in published
    HTML, sorted, joined by spaces; words joined by hyphens are also one word ("re-keying"
    is "re", "keying" and "rekeying"), as assets/search.js indexes them."""
    text = unescape(_HTML_TAG.sub(" ", " ".join(html)))
    words = set(search_words(text))
    if "-" in text:
        words.update(search_words(" ".join(run.replace("-", "") for run in _HYPHENATED.findall(text))))
    return " ".join(sorted(filter(indexed_word, words)))


# From the start of a run of letters only: tried at each letter of a long word, it took
# time as the square of the word's length (95,000 letters took 108 s). Its words are search
# words ("R&D-led" is "r&dled"); one after an '&' starts no run, for the same reason.
_HYPHENATED = re.compile(r"(?<![^\W_])(?<!&)[^\W_]++(?:&[^\W_]++)*+(?:-[^\W_]++(?:&[^\W_]++)*+)+")


# A comment in Obsidian's marks, '%%note%%': hidden as its author writes, shown to readers
# by GitHub and the site. Never across another '%%', so each is read once (linear).
OBSIDIAN_COMMENT = re.compile(r"%%(?!%)((?:[^%]|%(?!%))++)%%")


def clipped(text: str, most: int = 60) -> str:
    """``text`` cut at a word to at most ``most`` characters, with '…' where it was cut."""
    return text if len(text) <= most else (text[:most].rpartition(" ")[0] or text[:most]) + "…"


_ARTICLE = re.compile(r"(?:the|our|this|a|an)\s+(?=\S)", re.I)


def without_article(words: str) -> str:
    """Words without the article at their start ('the', 'a', 'our'…), if they have one."""
    words = words.strip()
    found = _ARTICLE.match(words)
    return words[found.end() :] if found else words


def as_named(words: str) -> str:
    """The words of a name as compared, without an article before them: '[the stall finder]'
    names the page 'Stall finder', '[sponsor who moved on]' the pattern 'The sponsor who moved on'."""
    return as_compared(without_article(words))


@lru_cache(maxsize=4096)
def as_compared(heading: str) -> str:
    """A heading's letters and digits, as compared with the offers' heading (the checks
    of an author's headings, and the settings' own): whatever its
    case, width (full-width '？'), punctuation, emphasis marks and spacing, and with
    look-alike letters of other alphabets read as the Latin ones they pass for. (Kept for
    the words and headings read again: about a hundred a file, most of them the same words.)"""
    if not heading.isascii():
        heading = replaced(heading, TYPOGRAPHY_AS_SPACES)  # none of it is a letter or digit
    if heading.isascii():
        return heading.translate(_ASCII_AS_COMPARED)  # the same, in one pass: most text is ASCII
    return _as_compared_any(heading)


def _as_compared_any(heading: str) -> str:
    # Decomposed, an accent or other mark is a character of its own, which is no letter:
    # deleted with the punctuation ('Stall Révieẇ', 'T̲O̲D̲O̲').
    folded = unicodedata.normalize("NFKD", heading.translate(BEFORE_COMPATIBILITY)).translate(LETTERS_ALIKE).casefold().translate(_LOOK_ALIKE_IN_ASCII)
    return _NOT_ALNUM.sub("", folded)


# What is no letter or digit: Python's \w is exactly str.isalnum, and '_'. One pass in C, in
# place of a call of isalnum for each character.
_NOT_ALNUM = re.compile(r"[\W_]+")


# After case is set aside, what passes for an i or an o in plain text: 'ls this' for 'Is
# this', a Turkish dotless ı. Both headings compared are read so.
_LOOK_ALIKE_IN_ASCII = str.maketrans("l1ı0", "iiio")
# ASCII as _as_compared_any reads it (NFKC and the look-alike table leave it as it is):
# letters in lower case and read as above, digits kept, everything else deleted.
_ASCII_AS_COMPARED = {
    code: ord(chr(code).lower().translate(_LOOK_ALIKE_IN_ASCII)) if chr(code).isalnum() else None for code in range(128)
}


SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
"""Where a sentence ends, in a paragraph's text: after '.', '!' or '?', before its next word."""


def sentences_of(text: str) -> Iterator[tuple[int, str]]:
    """Each sentence of ``text`` (parted at :data:`SENTENCE_END`), with where it starts."""
    at = 0
    for sentence in SENTENCE_END.split(text):
        start = text.find(sentence, at)
        at = start + len(sentence)
        yield start, sentence

"""The fast readers of words (bytes.translate over ASCII text, and over the ASCII around
the few runs beyond it) find exactly the words the regular expressions they replace find:
word counts and spellings for the editorial checks, the search words kept for the site
search, words that mix alphabets, and text compared with the offers' heading."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from stallpatterns import text
from stallpatterns.editorial import _lower_words
from stallpatterns.text import _as_compared_any
from stallpatterns.text import as_compared as _as_compared

# ASCII, with what sits between words in prose and markup, and the typography the site adds.
TEXTS = st.text(alphabet=st.sampled_from(list("abcXYZ019 _'-`.,;:!?\n\t&<>\"()[]*#~/\\") + list("‘’“”–—…é£")), max_size=80)
EXAMPLES = hypothesis_settings(max_examples=2000, deadline=None)


@EXAMPLES
@given(TEXTS)
def test_word_count_is_the_number_of_words_the_expression_finds(sample: str) -> None:
    assert text.word_count(sample) == len(text.words(sample))


@EXAMPLES
@given(TEXTS)
@example("&00-0")
def test_search_words_of_html_are_those_search_words_reads_and_hyphenated_words_joined(sample: str) -> None:
    shown = text.unescape(text._HTML_TAG.sub(" ", sample))
    word = r"[^\W_]+(?:&[^\W_]+)*"
    # As search.js reads them: a run starts after no letter, digit or '&' ("&re-org" is no run).
    joined = [run.replace("-", "") for run in re.findall(rf"(?<![^\W_])(?<!&){word}(?:-{word})+", shown)]
    words = set(text.search_words(shown)) | set(text.search_words(" ".join(joined)))
    # Words of three letters or more, and shorter ones with a figure ("Q3", "7").
    expected = " ".join(sorted(w for w in words if len(w) >= text.SEARCH_WORD_LENGTH or any(c.isnumeric() for c in w)))
    assert text.html_words([sample]) == expected


def test_a_hyphenated_word_is_a_search_word_as_its_parts_and_joined() -> None:
    words = text.html_words(["<p>Manual re-keying at every hand-off, end-to-end.</p>"]).split()
    assert {"keying", "rekeying", "hand", "handoff", "end", "endtoend"} <= set(words)


def test_an_ampersand_between_letters_keeps_an_abbreviation_one_search_word() -> None:
    # "P&L" is not the letters "p" and "l" (which no search reads); an ampersand with a space
    # beside it still separates words.
    assert text.search_words("Our P&L, R&D and M&A; the Q&A. Trained & nothing, AT&T") == [
        "our", "p&l", "r&d", "and", "m&a", "the", "q&a", "trained", "nothing", "at&t",
    ]
    assert text.search_words("Caf\u00e9 R&D\u2019s P&L") == ["cafe", "r&ds", "p&l"]
    words = text.html_words(["<p>The P&amp;L of an R&amp;D-led re-org</p>"]).split()
    assert {"p&l", "r&d", "r&dled", "reorg"} <= set(words)



# Any text: ASCII words with letters beyond ASCII among them, accents written both ways,
# look-alikes, spaces of other kinds and the site's typography; and anything at all.
ANY_TEXTS = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=127),
        st.sampled_from(list("éüßİıΣσςΙιοаеоµ\u0301\u0308\u00a0\u2003’‘“”—–…_-'")),
        st.characters(),
    )
)
ANY_EXAMPLES = hypothesis_settings(max_examples=500, deadline=None)


@ANY_EXAMPLES
@given(ANY_TEXTS)
def test_words_of_any_text_are_counted_as_the_expression_finds_them(sample: str) -> None:
    # Runs beyond ASCII are counted by the expression one by one, the rest as ASCII.
    assert text.word_count(sample) == len(text._WORD.findall(text.strip_comments(sample)))


@ANY_EXAMPLES
@given(ANY_TEXTS)
def test_search_words_fold_accents_where_there_are_any_as_folding_the_whole_text_does(sample: str) -> None:
    # Accents are folded run by run, only in runs beyond ASCII; the reading it stands for
    # (which search.js mirrors) folds the whole text at once.
    expected = sample
    for typographic, plain in text._TYPOGRAPHY_AS_ASCII:
        expected = expected.replace(typographic, plain)
    folded = "".join(c for c in unicodedata.normalize("NFD", expected.lower()) if not unicodedata.combining(c))
    assert text.search_words(sample) == re.findall(r"[^\W_]+(?:&[^\W_]+)*", re.sub(r"['\u2018\u2019`]", "", folded))


@ANY_EXAMPLES
@given(ANY_TEXTS)
def test_words_mixing_alphabets_are_found_among_words_beyond_ascii_as_among_all_words(sample: str) -> None:
    # Only words with a character beyond ASCII are looked at: what a look at every word finds.
    expected = [
        (word.start() + at - 1, word.group())
        for word in re.finditer(r"\w+", sample)
        for at, _ in text.mixed_alphabet_words(f" {word.group()} ")
    ]
    assert text.mixed_alphabet_words(sample) == expected


@ANY_EXAMPLES
@given(ANY_TEXTS)
def test_the_spelling_check_finds_the_words_of_any_text_as_the_expression_does(sample: str) -> None:
    # Words beyond ASCII are read one by one, the rest as ASCII: the same words.
    assert set(_lower_words(sample)) == {word.lower() for word in re.findall(r"\w+", sample)}


@ANY_EXAMPLES
@given(ANY_TEXTS)
def test_text_is_compared_with_the_offers_heading_as_the_general_reading_does(sample: str) -> None:
    # ASCII (and text whose only characters beyond it are typography) in one pass: as the
    # general reading does (NFKC, look-alikes, case folding, letters and digits only).
    assert _as_compared(sample) == _as_compared_any(sample)


def test_text_compared_keeps_exactly_the_characters_python_calls_letters_and_digits():
    # The comparison deletes what is no letter or digit with one expression: for every
    # character there is, it keeps the character exactly when str.isalnum says it is one.
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    kept = text._NOT_ALNUM.sub("", every)
    assert kept == "".join(char for char in every if char.isalnum())


def test_search_words_leave_out_words_no_reader_types():
    # A code or hash of thousands of letters once froze every reader's search (assets/search.js).
    words = text.html_words(["<p>The ledger " + "9f" * 30 + " and " + "a" * 41 + " reconciled.</p>"]).split()
    assert words == ["and", "ledger", "reconciled", "the"]


def test_plain_text_holds_nothing_the_checks_of_characters_report():
    # The premise of text.is_plain, which lets the checks of invisible characters, stacked
    # marks and mixed alphabets pass over a text at once: character by character.
    plain = [chr(code) for code in range(0x110000) if text.is_plain(chr(code))]
    assert "\t" in plain and "é" in plain and "’" in plain and "\x0b" not in plain and "×" not in plain
    for char in plain:
        assert not text.invisible_characters(char)
        assert not unicodedata.combining(char)
        assert text._alphabet(char) in (None, "LATIN")
        assert char not in text.TYPOGRAPHIC_SPACES
    sample = "".join(plain) * (text.MOST_STACKED_MARKS + 1)
    assert text.is_plain(sample) and not text.mixed_alphabet_words(sample) and text.stacked_marks_at(sample) is None


def test_latin1_in_lower_case_is_latin1_with_the_same_word_characters():
    # The premise of editorial._lower_words' reading of Latin-1 text as bytes.
    for char in map(chr, range(256)):
        lowered = char.lower()
        assert len(lowered) == 1 and ord(lowered) < 256
        assert bool(re.fullmatch(r"\w", char)) == bool(re.fullmatch(r"\w", lowered))


@ANY_EXAMPLES
@given(st.text(alphabet=st.one_of(st.characters(max_codepoint=255), st.sampled_from(list("’‘“”—–…")))))
def test_latin1_text_read_as_bytes_gives_the_words_the_expressions_find(sample: str) -> None:
    assert text.word_count(sample) == len(text._WORD.findall(text.strip_comments(sample)))
    assert set(_lower_words(sample)) == {word.lower() for word in re.findall(r"\w+", sample)}


@ANY_EXAMPLES
@given(st.text(alphabet=st.one_of(st.characters(max_codepoint=255), st.sampled_from(list("’‘“”—–…")))))
def test_search_words_of_latin1_text_are_those_of_the_whole_text_folded(sample: str) -> None:
    # Latin-1 is folded a character at a time (a table): as NFD folds the whole text.
    typed = text.replaced(sample, text._TYPOGRAPHY_AS_ASCII)
    folded = "".join(c for c in unicodedata.normalize("NFD", typed.lower()) if not unicodedata.combining(c))
    assert text.search_words(sample) == re.findall(r"[^\W_]+(?:&[^\W_]+)*", re.sub(r"['\u2018\u2019`]", "", folded))



@EXAMPLES
@given(st.binary(max_size=60) | st.text(alphabet=st.sampled_from(list("ab_'- \t\n.")), max_size=40).map(str.encode))
@example(b"")
@example(b"a")
@example(b" a")
@example(b"a ")
@example(b"-a-")
@example(b"'' _ -")
def test_words_are_counted_where_they_start_as_many_as_a_split_finds(sample: bytes) -> None:
    # Any Latin-1 text, as bytes: a word at the very start, joiners alone, spaces of every kind.
    assert text._word_count(sample) == len(sample.translate(text._WORD_BYTES, text._WORD_JOINERS).split())

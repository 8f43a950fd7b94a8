"""The fast readers of words (bytes.translate over ASCII text) find exactly the words the
regular expressions they replace find: word counts for the editorial checks, and the
search words kept for the site search."""

from __future__ import annotations

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from stallpatterns import text

# ASCII, with what sits between words in prose and markup, and the typography the site adds.
TEXTS = st.text(alphabet=st.sampled_from(list("abcXYZ019 _'-`.,;:!?\n\t&<>\"()[]*#~/\\") + list("‘’“”–—…é£")), max_size=80)
EXAMPLES = hypothesis_settings(max_examples=2000, deadline=None)


@EXAMPLES
@given(TEXTS)
def test_word_count_is_the_number_of_words_the_expression_finds(sample: str) -> None:
    assert text.word_count(sample) == len(text.words(sample))


@EXAMPLES
@given(TEXTS)
def test_search_words_of_html_are_those_search_words_reads(sample: str) -> None:
    shown = text.unescape(text._HTML_TAG.sub(" ", sample))
    expected = " ".join(sorted(w for w in set(text.search_words(shown)) if len(w) >= text.SEARCH_WORD_LENGTH))
    assert text.html_words([sample]) == expected

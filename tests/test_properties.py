"""Nothing an author can put in a file makes the checker raise.

Hypothesis feeds arbitrary text, arbitrary bytes and mutations of a valid pattern to
source.read, rules.check and catalogue.load; each must return diagnostics, every one
at a real position (line and column at least 1), never a traceback.
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from stallpatterns import catalogue, rules, source
from stallpatterns.diagnostics import Diagnostic
from stallpatterns.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]
Growth = Callable[[Callable[[int], object], int], float]
FIXTURES = ROOT / "tests" / "fixtures" / "patterns"
SETTINGS = load_settings(ROOT / "mkdocs.yml")
MINIMAL = (FIXTURES / "valid" / "minimal.md").read_text(encoding="utf-8")
VALID_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "valid").iterdir()) if "crlf" not in p.name]

EXAMPLES = hypothesis_settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_and_check(data: bytes, name: str = "a-pattern.md") -> list[Diagnostic]:
    read, found = source.read(Path("patterns") / name, f"patterns/{name}", SETTINGS.limits.file_bytes, data)
    if read is not None:
        pattern, more = rules.check(read, SETTINGS)
        found += more
        assert pattern is None or not any(d.is_error for d in more)
    return found


def assert_well_placed(found: list[Diagnostic]) -> None:
    for diagnostic in found:
        assert diagnostic.line >= 1 and diagnostic.column >= 1, diagnostic
        assert diagnostic.code and diagnostic.message
        diagnostic.format_text(), diagnostic.format_github()  # noqa: B018 - rendering must not raise


# --- strategies ------------------------------------------------------------------------------

# Text that stresses the reader: YAML and Markdown punctuation, line ends, BOMs, tabs,
# control characters, Unicode line separators and surrogate-free astral characters.
TOKENS = st.sampled_from(
    [
        "---", "...", "\n", "\r\n", "\r", "\t", " ", ":", ": ", "- ", "#", "## ", "```", "~~~", "<", ">", "&",
        "*", "!", "!!", "[", "]", "{", "}", "'", '"', "|", ">-", "\\", "`", "\ufeff", "\u2028", "\x85", "\x00",
        "\x07", "title: ", "signs:\n  - ", "related: [", "<script>", "<img onerror=", "javascript:",
        "## What it looks like\n", "What it looks like\n---\n", "<!-- guide: x -->", "&a ", "*a", "%YAML 1.1\n",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(st.one_of(TOKENS, st.text(max_size=5)), max_size=60).map("".join))


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A valid pattern after a few line edits, character insertions or a truncation."""
    lines = draw(st.sampled_from(VALID_TEXTS)).split("\n")
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "replace"]))
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        if kind == "delete" and len(lines) > 1:
            del lines[at]
        elif kind == "duplicate":
            lines.insert(at, lines[at])
        elif kind == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif kind == "insert":
            column = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:column] + draw(st.one_of(TOKENS, st.text(max_size=3))) + lines[at][column:]
        else:
            lines[at] = draw(TEXTS)
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text


# --- read and check ------------------------------------------------------------------------------


@EXAMPLES
@given(TEXTS)
def test_arbitrary_text_gets_diagnostics_not_exceptions(text: str):
    assert_well_placed(read_and_check(text.encode("utf-8", "surrogatepass")))


@EXAMPLES
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_get_diagnostics_not_exceptions(data: bytes):
    assert_well_placed(read_and_check(data))


@EXAMPLES
@given(mutated())
def test_mutated_pattern_gets_diagnostics_not_exceptions(text: str):
    assert_well_placed(read_and_check(text.encode("utf-8")))


@EXAMPLES
@given(mutated(), st.sampled_from(["a-pattern.md", "Bad_Name.md", "x.txt", "-.md"]))
def test_mutated_pattern_with_crlf_and_bom_reads_like_the_original(text: str, name: str):
    assume("\r" not in text and not text.startswith("\ufeff"))
    plain = read_and_check(text.encode("utf-8"), name)
    windows = read_and_check(("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"), name)
    assert [(d.code, d.line) for d in windows] == [(d.code, d.line) for d in plain]


# --- the whole catalogue ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def folder() -> Iterator[tuple[Settings, Path]]:
    with tempfile.TemporaryDirectory(prefix="stallpatterns-properties-") as name:
        patterns = Path(name) / "patterns"
        patterns.mkdir()
        yield dataclasses.replace(SETTINGS, root=Path(name), patterns_dir=patterns), patterns


@hypothesis_settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(mutated(), st.sampled_from(VALID_TEXTS)), min_size=1, max_size=4), st.booleans())
def test_catalogue_of_mutated_patterns_loads_without_exceptions(folder, texts: list[str], drafts: bool):
    settings, patterns = folder
    for old in patterns.iterdir():
        old.unlink()
    for index, text in enumerate(texts):
        (patterns / f"pattern-{index}.md").write_text(text, encoding="utf-8")
    result = catalogue.load(settings, include_drafts=drafts)
    assert_well_placed(list(result.diagnostics))
    assert len(result.catalogue) + len(result.invalid) == len(texts)
    for pattern in result.catalogue:
        result.catalogue.related(pattern), result.catalogue.neighbours(pattern)  # noqa: B018


# --- resource limits ----------------------------------------------------------------------------------

BILLION_LAUGHS = "\n".join(
    [
        "---",
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        *(f"{chr(c)}: &{chr(c)} [{','.join(['*' + chr(c - 1)] * 9)}]" for c in range(ord("b"), ord("j"))),
        "title: *i",
        "---",
        "",
        "## What it looks like",
        "",
        "Text.",
    ]
)


def test_yaml_alias_bomb_is_refused_without_expanding_it(growth: Growth):
    found = read_and_check(BILLION_LAUGHS.encode())
    assert [(d.code, d.line) for d in found if d.code.startswith("yaml")] == [("yaml-alias", 3)]
    # One more level multiplies an expanded bomb by nine; refused unexpanded, the work barely grows.
    deeper = BILLION_LAUGHS.replace("title: *i", 'j: &j [*i,*i,*i,*i,*i,*i,*i,*i,*i]\ntitle: *j')
    assert growth(lambda n: [read_and_check((BILLION_LAUGHS if n == 1 else deeper).encode()) for _ in range(50)], 1) < 3


def test_wide_alias_bomb_is_refused_in_linear_time(growth: Growth):
    def wide(n: int) -> bytes:
        anchors = "a: &a [" + "x" * 1000 + "]\n"
        return ("---\n" + anchors + "b: [" + ",".join(["*a"] * n) + "]\n---\n").encode()

    assert [d.code for d in read_and_check(wide(20000))][:1] == ["yaml-alias"]
    assert growth(lambda n: read_and_check(wide(n)), 5000) < 8


def test_a_list_of_many_values_on_one_line_is_read_in_linear_time(growth: Growth):
    # Each value was looked for in its whole line, to tell one YAML had changed (an escape):
    # 12,000 on one line took 1.2 CPU s (the growth round of the forty-sixth session).
    def flow(n: int) -> bytes:
        return (MINIMAL.replace("category: value\n", "category: value\nrelated: [" + ",".join(['"\\x63b"'] * n) + "]\n", 1)).encode()

    assert "yaml" not in " ".join(d.code for d in read_and_check(flow(10)))
    assert growth(lambda n: read_and_check(flow(n)), 2000) < 8


@pytest.mark.parametrize("key", ["title", "summary", "signs", "also_known_as"])
@pytest.mark.parametrize("unit", ["[", "**", "`", "_", "[a]("])
def test_a_long_run_of_one_mark_in_front_matter_is_checked_in_linear_time(growth: Growth, key: str, unit: str):
    # A title of 90,000 '[' once took 6 s: each '[' was read on to the end (a review found it);
    # '[a](' repeated, 7 s at 98 kB (a crash and complexity round of the forty-fifth session).
    text = VALID_TEXTS[0]

    def with_run(n: int) -> bytes:
        value = '"a' + unit.replace("\\", "\\\\") * n + '"'
        if key in ("signs", "also_known_as"):
            return re.sub(r"(?m)^signs:\n", f"{key}:\n  - {value}\n" + ("signs:\n" if key != "signs" else ""), text, count=1).encode()
        return re.sub(rf"(?m)^{key}: .*$", lambda _: f"{key}: {value}", text, count=1).encode()

    read_and_check(with_run(20_000))  # no exception
    assert growth(lambda n: read_and_check(with_run(n)), 5_000) < 8


def test_many_quoted_values_over_two_lines_before_yaml_errors_are_read_in_linear_time(growth: Growth):
    # Where a YAML error comes, each quoted value before it that did not close on its line was
    # read on from its line to the file's end, again for each error told: 12.9 s at 96 kB (a
    # crash and complexity round of the forty-fifth session).
    text = VALID_TEXTS[0]

    def many(n: int) -> bytes:
        values = "k:\n" + '- "\n "\n' * n
        errors = "".join(f"x{j}: a: b\ny{j}: 1\nz{j}: 1\n" for j in range(9))
        return text.replace("---\n", "---\n" + values + errors, 1).encode()

    assert "yaml-syntax" in {d.code for d in read_and_check(many(2_000))}
    assert growth(lambda n: read_and_check(many(n)), 2_000) < 8


@pytest.mark.parametrize(
    "value",
    [
        "&a x{run}y",  # an anchor: the hint quotes the line
        "a{run}b: c",  # ': ' inside a value
        '"a{run}\\q b"',  # an unknown escape in double quotes
        "`a{run}b",  # a reserved character at the start
        "a b{run}c #1",  # a comment that cuts the value
        "*a{run}b",  # an alias
    ],
    ids=["anchor", "colon", "escape", "backtick", "comment", "alias"],
)
def test_a_long_run_of_spaces_inside_a_front_matter_value_is_checked_in_linear_time(growth: Growth, value: str):
    # Every error that quotes the line in its hint read the value's end with a lazy
    # '(\S.*?)\s*$', which rescanned the run of spaces at each character: one 99 kB title
    # took minutes to check (a security review found it).
    text = VALID_TEXTS[0]

    def with_run(n: int) -> bytes:
        return re.sub(r"(?m)^title: .*$", lambda _: "title: " + value.format(run=" " * n), text, count=1).encode()

    assert any(d.is_error for d in read_and_check(with_run(20_000)))
    assert growth(lambda n: read_and_check(with_run(n)), 5_000) < 8


def test_a_paragraph_of_many_placeholders_is_checked_in_linear_time(growth: Growth):
    # Every placeholder of a paragraph is named, each once: each was looked for in a list of
    # those found before it, n² steps for a paragraph of n (a review found it).
    def with_placeholders(n: int) -> bytes:
        paragraph = " ".join(f"[TBC {i}]" for i in range(n))
        return VALID_TEXTS[0].replace("A claims team", paragraph + "\n\nA claims team").encode()

    assert [d.code for d in read_and_check(with_placeholders(10)) if d.is_error] == ["placeholder"]
    assert growth(lambda n: read_and_check(with_placeholders(n)), 1_500) < 8


def test_a_pictures_description_of_a_name_and_many_digits_is_read_in_linear_time(growth: Growth):
    # The check for a name any picture could have ('IMG_2034') read a run of digits every
    # way it could be split before a letter ends it: 22 digits took 0.4 s, each two more four times that.
    def described(n: int) -> bytes:
        picture = f"![image {'1' * n}x](/assets/chart.png)"
        return VALID_TEXTS[0].replace("A claims team", picture + "\n\nA claims team").encode()

    assert [d.code for d in read_and_check(described(4))] == []
    assert [d.code for d in read_and_check(described(4).replace(b"4x]", b"4]").replace(b"1x]", b"1]"))] == ["image-description"]
    assert growth(lambda n: read_and_check(described(n)), 5) < 8


@pytest.mark.parametrize("unit", ["!", " ", "- ", ":", "::x", "->"])
def test_a_sentence_of_many_marks_is_read_for_an_offer_booked_in_linear_time(growth: Growth, unit: str):
    # An offer's name and a mark before an address alone ('Stall Review: stallhelp.co.uk') was
    # read in the square of a run's length: 25 CPU s at 10,000 spaces; and where the sentence ends
    # at a place, from each colon of a run, 5 CPU s at 20 kB (the review of the forty-eighth
    # session's change).
    assert growth(lambda n: SETTINGS.offer_booked("The Review moved " + unit * n + "x"), 5_000) < 8


@pytest.mark.parametrize("unit", ["Get the Stall Review ", "is also available ", "also ", "available ", "For the Stall Review, ", "get get "])
def test_a_sentence_of_many_words_that_get_an_offer_is_read_for_one_had_elsewhere_in_linear_time(growth: Growth, unit: str):
    # 'Get the Stall Review at …', 'The Stall Review is also available at …', 'For the Stall Review, head
    # to …' (the attack round of the fifty-ninth session): each word is read with the few about it.
    assert SETTINGS.offer_booked("The Stall Review is also available at janesmith.example.com") is not None
    assert growth(lambda n: SETTINGS.offer_booked("The Stall Review " + unit * n + "at x"), 1_000) < 8


def test_largest_allowed_file_is_checked_in_linear_time(growth: Growth):
    paragraph = "The pilot is judged on its demo, and nobody asks what it proved. " * 20
    room = SETTINGS.limits.file_bytes - len(VALID_TEXTS[0]) - 100

    def text(size: int) -> bytes:
        body = "\n\n".join([paragraph] * 60)[:size]
        return VALID_TEXTS[0].replace("A claims team", body + "\n\nA claims team").encode()

    assert len(text(room)) <= SETTINGS.limits.file_bytes
    assert growth(lambda n: read_and_check(text(n)), room // 4) < 8


# Inputs that once took quadratic time (15 to 45 seconds at 100 kB) or that stress the
# block parser, each at the largest size allowed: (text before, repeated unit, count, text after).
Filler = tuple[str, str, int, str]
ONCE_QUADRATIC: dict[str, Filler] = {
    "tags that never close": ("", "<a ", 30_000, ""),
    "comments that never close": ("", "<!--", 23_000, ""),
    "many script tags": ("", "<script ", 11_000, ""),
    "many American spellings": ("", "color ", 15_000, ""),
    "many backticks": ("", "`a", 45_000, ""),
    "many javascript links": ("", "[x](javascript:a)\n", 5_000, ""),
    "attribute lists that never close": ("", "{:a ", 23_000, ""),
    "spaces after an equals sign": ("{: a=", " ", 90_000, "}"),
    "many javascript links split over lines": ("", "[x](java\nscript:a)\n", 5_000, ""),
    # Bare addresses (stallpatterns.autolinks): each scan is bounded by the next one's start.
    "an address ending in many parentheses": ("https://example.com/a", ")", 90_000, ""),
    "an address ending in many entities": ("https://example.com/a", "&amp;", 18_000, ""),
    "many www. after brackets": ("", "(www.", 18_000, ""),
    "many www. in one word": ("", "www.", 22_000, ""),
    "many schemes without hosts": ("", "https://", 11_000, ""),
    "many at signs": ("", "a@", 45_000, ""),
    "many at signs in one address": ("a", "@b.c", 22_000, ""),
    "many mailto: before an at sign": ("", "mailto:", 12_000, "a@b.c"),
    "many underscores in a domain": ("https://a", "_b.", 30_000, ""),
    "many schemes inside one www. address": ("www.a.b/", "a://", 22_000, ""),
    "many www. and schemes glued": ("", "xwww.a://", 10_000, ""),
    # Tilde runs (stallpatterns.body reads them as GitHub does, by CommonMark's rule of three).
    "many tilde runs that open and close": ("", "a~b~~", 18_000, ""),
    "many unlike tilde runs": ("", "a~~(~", 18_000, ""),
    # Code spans read as GitHub reads them after a run of backticks that nothing closes.
    "many backtick runs of growing length": ("", "a`` b` c```", 8_000, ""),
    # Each took quadratic time once (2.6 to 13.8 seconds at 96 kB).
    "many quoted words": ("", "'a' ", 22_000, ""),
    "many apostrophes in one word": ("", "a'", 45_000, ""),
    # Quotes that nothing closes, with closers of the other kind among them: each closer
    # looked back through every open quote (40 seconds at 99 kB; a review found it).
    "many double quotes never closed among single ones": ("", "\"a'", 30_000, ""),
    "many single quotes never closed among double ones": ("", "'a\" ", 22_000, ""),
    "many www. addresses after a bracket": ("", "[ www.a.b ", 9_000, ""),
    "many www. addresses": ("", "www.a.b ", 11_000, ""),
    # Each took quadratic time once (38 seconds at 60 kB; 7 seconds at 90 kB): a paragraph's
    # line of spaces read as a table's dividing row, and unclosed fences each looking back.
    "a paragraph line of spaces": ("Some text\n", " ", 90_000, "x\nmore text"),
    "a dividing row look-alike of spaces": ("a\n:-", " ", 90_000, "x\n| c |\n|---|"),
    "many list items opening fences": ("", "- ```\n", 15_000, ""),
    # Tabs after a quotation's marks, which the site reads otherwise than GitHub: the line is
    # found where one more reading of the body first parts from the first (found by halves,
    # it was read again a dozen times: 11 s at 100 kB).
    "tabbed marks of quotations in quotations": ("", ">\t>\t- x\n", 11_000, ""),
    # Addresses read as GitHub reads their references: each one's search for an '&' up to its
    # line's end sliced the rest of a long line again (a review found it: 9 times the work
    # for 4 times the input).
    "many link openings before an '&', on one line": ("", "](& ", 25_000, ""),
    # Mathematics between dollar signs: a first draft's expression went back over the run
    # after a '$' for every sign in it (4.8 seconds at 20 kB). ('^', not '_': a run of '_'
    # is 90,000 emphasis tokens, whose collection by Python's garbage collector, late in a
    # long test session, made the work look superlinear once.)
    "a dollar sign before a long run of signs": ("$a", "^", 90_000, ""),
    "many dollar signs around signs": ("", "$a^b$x", 15_000, ""),
    "many dollar signs around code": ("", "$`a`$ ", 15_000, ""),
    # Words joined by ampersands, with a hyphen: a run of hyphenated words started after each
    # '&' and went on to the end, where it found no hyphen (39 seconds at 40,000; a review found it).
    "many ampersands in one word": ("", "a&", 40_000, "a, re-org"),
    "many display marks over lines": ("", "$$ a\n", 18_000, ""),
    # Headings written without their space: each line looked through every warning given
    # before it (26 seconds at 100 kB; a review found it).
    "many lines of a '#' and a word": ("", "#a\n", 33_000, ""),
    # Many problems on one line: each was placed on it by counting its needle again from the
    # line's start (10 seconds at 90 kB); many quotes: each copied the rest of the body's
    # tokens to find its end (a review found them).
    "many links on one line without a scheme": ("", "[a](www.x.com) ", 6_000, ""),
    "many quotes": ("", "> a\n\n", 20_000, ""),
    # Many lists that each hold a link definition: GitHub's reading of the whole body was made
    # once a list, to know how it spaces each (1.8 s and 1.1 GB at 16 kB; a crash and
    # complexity round found it, and 94 kB took the machine's 24 GB).
    "many lists of a link definition": ("", "- [r]: /x\n\np\n\n", 6_000, ""),
    # The words that ask to call, each read for a short number after it (this session's own).
    "many lines asking to call": ("", "Call 7946 0958\n", 6_000, ""),
    "many domains' kinds of address": ("", "an @nhs.net address ", 4_000, ""),
    "many words asking to call on one line": ("", "call text ring ", 6_000, ""),
    "many offers' last words priced": ("", "The Review is £5. ", 5_000, ""),
}
HEAVY: dict[str, Filler] = {
    "many misspelt headings": ("", "## What it look like\n\n", 4_000, ""),
    "many subheadings alike": ("", "### a\n\n", 12_000, ""),
    "one long paragraph": ("", "a\n", 45_000, ""),
    "many setext headings": ("", "a\n=\n", 22_000, ""),
    "deep blockquote": ("", ">", 90_000, ""),
    # markdown-it reads a quote's lazy lines again at each level of nesting: the limit on
    # nesting (stallpatterns.body.MOST_NESTING) bounds it (3.6 s at 19 levels, 1.6 s now).
    "a quote nested to the limit with lazy lines": (">" * 9 + " a\n", "b\n", 45_000, ""),
    "a quote nested past the limit with lazy lines": (">" * 19 + " a\n", "b\n", 45_000, ""),
    "lists nested to the limit with lazy lines": ("- a\n  - b\n    - c\n      - d\n", "e\n", 45_000, ""),
    # What the checks for look-alike and disguised addresses read.
    "many definitions GitHub hides": ("", "[a]: /y(\n\n", 9_000, ""),
    "a definition's title never closed": ('[a]: /y( "', "a", 90_000, ""),
    "many words mixing alphabets": ("", "\u0399s ", 30_000, ""),
    "many disguised links": ("", "[https://a.example/](https://b.example/) ", 2_000, ""),
    "many look-alike hosts": ("", "https://g\u043ev.uk/ ", 5_000, ""),
    # Each took quadratic time once (45 s and 34 s at 90 kB; a review found them).
    "a long word after a letter beyond ASCII": ("Zo\u00eb ", "a", 90_000, ""),
    "a long link text that starts like an address": ("[https://", "a", 90_000, " x](https://x.example/)"),
    "many links in one paragraph": ("", "[a](/b) ", 11_000, ""),
    # The words beyond ASCII that counts, spellings and search words read one by one.
    "a long word that ends beyond ASCII": ("", "a", 90_000, "\u00e9"),
    "many words beyond ASCII": ("", "caf\u00e9 it\u2019s ", 9_000, ""),
    "one long word beyond ASCII": ("", "\u00e9", 45_000, ""),
    # Footnotes: where GitHub makes '[^1]' one, and where it does not.
    "many footnote labels linked to addresses": ("", "[^1](https://x.example/) ", 3_500, ""),
    "many footnotes a hidden definition links": ("[^1]: https://x.example/\n\n", "[^1] ", 18_000, ""),
    "many footnotes a line defines": ("[^1]: a note.\n\n", "[^1] ", 18_000, ""),
    "many footnote definitions": ("", "[^1]: a note.\n", 6_000, ""),
    "many footnote marks opened after a definition": ("[^1]: a note.\n\n", "[^", 45_000, ""),
    "many footnote marks with emphasis": ("", "[^*a*] ", 12_000, ""),
    "many footnote marks never closed": ("", "[^a ", 22_000, ""),
    "one footnote mark over a long escaped text": ("[^", "\\[", 45_000, ""),
    "many footnote marks with a link inside": ("", "[^a [b](/c) *d*] ", 5_000, ""),
    "one footnote mark around many brackets": ("[^", "[a] ", 22_000, "*b*]"),
    "many brackets opened inside a footnote mark": ("[^", "[", 90_000, "]"),
    "a long line of markers before a definition": ("[^1] ", "> - 1. ", 12_000, "[^1]: a note."),
    "a long line of markers and spaces, then text": ("[^1] ", ">  \t", 20_000, "x"),
    # What a word processor pastes (stallpatterns.slips._pasted), read once each.
    "many references nothing defines, nested": ("", "[[a][b]", 13_000, ""),
    "many spaced links": ("", "[a] (/b) ", 11_000, ""),
    "many pasted bullets": ("", "\u2022 a\n", 22_000, ""),
    "many table rows without a dividing row": ("", "| a |\n", 15_000, ""),
    "many rows of columns separated by tabs": ("", "a\tb\n", 22_000, ""),
    "a long run of spaces before a tab": ("a", " ", 90_000, "\tb\nc\td"),
    "many spaced bold marks": ("", "** a ** ", 11_000, ""),
    # The review of the forty-seventh session's change: each took time in the square of its length.
    "a long address after 'we moved to'": ("[it](https://x.example) we moved to ", "x.", 40_000, "x y"),
    "a long run of '! ' after a sentence": ("It was zero. ", "! ", 40_000, ""),
    "a template's variable never closed": ("${", "org", 28_000, ""),
    "many bold marks never closed": ("", "** a ", 18_000, ""),
    # Italics' marks around no word, each pair looked at: the text before each was copied.
    "many single marks around a letter": ("", "x * y * ", 11_000, ""),
    # A phone number's reading of each figure: the name of a reference looked for before each,
    # in the 60 characters before it (9 s at 94 kB: the attack round of the fifty-fourth session).
    "many lone figures between commas": ("", "0,", 45_000, ""),
    "many lone figures in brackets": ("", "(0),", 22_000, ""),
    # The review of the fifty-fourth session's change: a cell of dashes read as an offer's name then
    # its price, from each dash to the cell's end (15 s at 12,000).
    "a table cell of dashes": ("| Offer | Price |\n| --- | --- |\n| ", "-", 45_000, " | 1 |"),
    "many words joined by underscores": ("", "a_b_c ", 15_000, ""),
    # Search words read hyphenated words joined too: tried at every letter of a long word,
    # that took 108 s (a review found it).
    "a long word after a hyphenated one": ("a-b ", "a", 90_000, ""),
    "a long address after a hyphenated word": ("a-b https://example.org/", "a", 90_000, ""),
    # Links nobody sees, domains as link text, marks stacked on one letter (a review found them).
    "many links without text": ("", "[](https://example.org/) ", 3_500, ""),
    "many domains as link text": ("", "[gov.uk](https://example.org/) ", 3_000, ""),
    "a long link text of look-alike dots": ("[", "\uff0e", 30_000, "](https://example.org/)"),
    "many combining marks": ("a", "\u0301", 45_000, ""),
    "many addresses with a user before the host": ("", "https://a@b.example/ ", 4_500, ""),
    "many no-break spaces after addresses": ("", "https://a.example/\u00a0", 5_000, ""),
    # An address after a '[' never closed is text, so the text before each grows: the '['
    # open before it is counted on, never again from the start.
    "many addresses after a bracket never closed": ("[", "a https://example.org/x ", 3_500, ""),
    "a long word before many no-break spaces": ("a" * 40_000, "\u00a0www.", 5_000, ""),
    "many links with a space in the address": ("", "[a](/b c) ", 9_000, ""),
    "many links never closed, one ')' at the end": ("", "[a](/b ", 12_000, ")"),
    "many links never closed": ("", "[a](/b ", 12_000, ""),
    "many lines of guidance left": ("", "guide: x\n", 10_000, ""),
    "many words between colons": ("", ":a", 45_000, ":"),
    "one long word after a colon": (":", "a", 90_000, ""),
    "many table rows ending in a no-break space": ("| a | b |\n|---|---|\n", "| c | d |\n", 15_000, "\u00a0"),
    "many lines ending in a backslash and spaces": ("", "a\\  \n", 18_000, ""),
    # A review of the day's checks found it quadratic (9.6 s at 40 kB).
    "a line of text then many tabs": ("Intro words", "\t", 40_000, "\nmore words here."),
    "many lines of guidance in code": ("```\n", "guide: Write x\n", 9_000, "```"),
    # Other tools' marks (stallpatterns.foreign): each looked for once from each place.
    "many comment marks never closed": ("", "%% a ", 18_000, ""),
    "one comment mark over a long text of single marks": ("%%", "a%", 45_000, ""),
    "many highlight marks never closed": ("", "==a ", 22_000, ""),
    "one highlight mark over a long text of single marks": ("==", "a=", 45_000, ""),
    "many underline marks never closed": ("", "^^a ", 22_000, ""),
    "many footnote marks in the line never closed": ("", "^[a ", 22_000, ""),
    "many suggested changes never closed": ("", "{++a ", 18_000, ""),
    "many lines of definitions": ("Term\n", ": a\n", 22_000, ""),
    "many lines of note boxes": ("", "!!! note\n", 10_000, ""),
    "many Slack links never closed": ("", "<https://a.example|b ", 4_000, ""),
    "many Confluence links never closed": ("", "[a|https://b.example ", 4_000, ""),
    "many Confluence headings": ("", "h2. a\n", 15_000, ""),
    # Notes to the authors (stallpatterns.leftovers), looked for from each '['.
    "many notes never closed": ("", "[check ", 12_000, ""),
    "many named questions never closed": ("", "[Jane: is it ", 8_000, ""),
    "many comment marks of an export": ("", "a.[a] ", 15_000, ""),
    # A chat service's name, then a handle of underscores that an address's '/' ends (the review of the
    # fifty-third session's change: cubic, 19 s for 2,000 characters), and the new readings' repeating parts.
    "a chat handle of many underscores": ("Signal: a", "_a", 20_000, "/"),
    "an account handle of many underscores": ("@a", "_a", 20_000, " on Telegram"),
    "many sort codes without accounts": ("", "sort code 20-00-00 ", 4_000, ""),
    "many template marks where figures go": ("", "saved ${a} [[b]] {% c %} ___ ", 4_000, ""),
    # A run of spaces after the words that start the new readings (the second review of the change: each
    # took time in the square of the run, 10 s and more at 50,000).
    "many spaces after a chat service's name": ("Signal", " ", 50_000, "x"),
    "many spaces after 'BIC'": ("BIC", " ", 50_000, "x"),
    "many spaces in a note in brackets": ("(Sam to confirm", " ", 50_000, "x"),
    "many spaces after a note to add a figure": ("Add the final figure here before publishing", " ", 50_000, "x"),
    "many links typed with full-width brackets never closed": ("", "［a］（https://b.example ", 4_000, ""),
}


def filled(filler: Filler, share: float = 1.0) -> str:
    head, unit, count, tail = filler
    return head + unit * int(count * share) + tail


def largest(filler: str) -> bytes:
    text = VALID_TEXTS[0].replace("A claims team", filler + "\n\nA claims team")
    return text.encode()[: SETTINGS.limits.file_bytes]


# Each is checked without exceptions, and in linear time: four times the input takes about
# four times the work (quadratic work would take sixteen). Timings are in scripts/bench_validate.py.
BOUNDED = {**ONCE_QUADRATIC, **HEAVY}


@pytest.mark.parametrize("filler", BOUNDED.values(), ids=BOUNDED)
def test_pathological_file_is_checked_in_linear_time_without_exceptions(filler: Filler, growth: Growth):
    assert_well_placed(read_and_check(largest(filled(filler))))
    # A quarter of the filler, then all of it (cut to the size limit, as the largest file allowed).
    assert growth(lambda n: read_and_check(largest(filled(filler, n / 4))), 1) < 8


@pytest.mark.parametrize("key", ["title", "summary", "sign"])
def test_a_run_of_backslashes_in_a_front_matter_value_is_read_in_linear_time(growth: Growth, key: str):
    # Read for a backslash before a quote mark from each backslash of the run to its end: 45 s for
    # 96,000 of them in a title (the review of the fifty-fourth session's change).
    text = VALID_TEXTS[0]
    line = next(line for line in text.split("\n") if line.startswith(f"{key}: ") or (key == "sign" and line.startswith("  - ")))

    def file(n: int) -> bytes:
        return text.replace(line, line.split(": ", 1)[0] + ": " + "\\" * n if key != "sign" else "  - " + "\\" * n, 1).encode()

    assert len(file(90_000)) <= SETTINGS.limits.file_bytes
    assert growth(lambda n: read_and_check(file(n)), 22_500) < 8


def test_backtick_runs_of_every_length_never_closed_are_read_in_linear_time(growth: Growth):
    # Runs of 1, 2, 3… backticks, none of them closed: CommonMark's reading of code spans
    # (body.code_spans) scanned to the end once for each length (5.9 seconds at 100 kB; a
    # review found it). n lengths are about n²/2 characters, so from n to 4n linear work
    # grows about 16 times; the scans grew about 90 times.
    def runs(n: int) -> bytes:
        return largest(" ".join("`" * length for length in range(1, n + 1)))

    assert len(runs(440)) <= SETTINGS.limits.file_bytes
    assert growth(lambda n: read_and_check(runs(n)), 110) < 32


@EXAMPLES
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_search_words_split_ascii_text_exactly_as_the_expression_does(text: str) -> None:
    # text.search_words splits ASCII text at every character that is not a letter or digit
    # (or an '&' between two), faster; the expression it stands for, which search.js
    # mirrors, must agree.
    import re

    from stallpatterns.text import search_words

    assert search_words(text) == re.findall(r"[^\W_]+(?:&[^\W_]+)*", re.sub(r"['\u2018\u2019`]", "", text.lower()))


@EXAMPLES
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_the_spelling_check_finds_the_words_of_ascii_text_as_the_expression_does(text: str) -> None:
    import re

    from stallpatterns.editorial import _lower_words

    assert set(_lower_words(text)) == {word.lower() for word in re.findall(r"\w+", text)}


@EXAMPLES
@given(st.text(alphabet=st.sampled_from(list("ab \r\n\0é"))))
def test_the_bodys_line_ends_and_nul_characters_are_normalised_as_markdown_it_does(sample: str) -> None:
    from markdown_it.rules_core.normalize import normalize
    from markdown_it.rules_core.state_core import StateCore

    from stallpatterns import body

    ours, theirs = StateCore(sample, body.PARSER, {}), StateCore(sample, body.PARSER, {})
    body._normalize(ours)
    normalize(theirs)
    assert ours.src == theirs.src

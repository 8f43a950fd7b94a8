"""The last wall of one dialect: a pattern whose page would have other elements than
GitHub's preview of the file shows is not published, and its author is sent to the line.

The checks in rules name each corner where markdown-it and cmark-gfm are known to part.
These are corners none of them names (found by mixing the divergence corpus's snippets),
and mixtures made the same way: each is published as GitHub previews it, or refused.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from stallpatterns import body, github, rules, source
from stallpatterns.settings import Settings

from .attack_corpus import LINE
from .test_divergence import ALIKE, SECTION, in_a_pattern, shape, snippets
from .test_divergence import github as github_html
from .test_divergence import test_markdown_github_and_the_site_show_alike_is_never_reported as published_as_github_shows_it

ROOT = Path(__file__).resolve().parent.parent

# Each: Markdown for a pattern's first section, the line (from its first) the error is
# at, and what the message says.
CORNERS = {
    "a rule ending a list item, then a blank line": (
        "- The pilot passed its review\n  ***\n\n- Nobody signed the release",
        0,
        "GitHub's preview shows this list's items close together, the site would put space between them",
    ),
    "a rule ending an item of a nested list": (
        "- Findings\n\n  - The owner left\n    ***\n\n  - Nobody took over",
        2,
        "GitHub's preview shows this list's items close together",
    ),
    "a table with no rows in a list item": (
        "1. | Stage | Owner |\n   | --- | --- |\n2. Nobody owns the next stage.",
        0,
        "GitHub's preview puts space between this list's items, the site would show them close together",
    ),
    # A piece of code whose next line goes on without the list item's indent or the quotation's
    # '>' keeps that line's spaces on GitHub, and a tab after a quotation's '>' in a code block
    # is spaces there (helper-249: the comparison of words left spaces out).
    "a code span going on in a list item's lazy line": (
        "1. Run `export --since\n  2024-01-01` before the review.",
        0,
        "GitHub shows the code as 'export --since   2024-01-01', where the site would show 'export --since 2024-01-01'",
    ),
    "a code span going on in a lazy line, below a word its first word is in": (
        "The digital team met.\n\n1. Run `git log --since\n  2024-01-01` first.",
        2,
        "GitHub shows the code as 'git log --since   2024-01-01'",
    ),
    "a code span going on in a quotation's lazy line": (
        "> Run `export\n  --all` before the review.",
        0,
        "GitHub shows the code as 'export   --all'",
    ),
    "a tab after a quotation's mark in a code block": (
        "> ```python\n>\t>>> import report\n> ```",
        1,
        "GitHub shows the code as '  >>> import report', where the site would show 'U+0009>>> import report'",
    ),
    "a reference whose second label has brackets": (
        "See [the audit][report[2024]].\n\n[the audit]: https://example.com/audit",
        0,
        "GitHub shows the words 'See', then a link, where the site would show the words 'See [the audit][report[2024]].'",
    ),
    "a definition in a list item, then a line indented as code": (
        "- See [the audit][a].\n\n  [a]: https://example.com/audit\n        and the follow-up",
        2,
        "GitHub shows a paragraph, where the site would show a code block",
    ),
    "a list item that starts with a line of spaces": (
        "- \n      \n      The owner left in March.",
        2,
        "GitHub shows a code block, where the site would end the list item",
    ),
    # GitHub makes a paragraph again of the definitions, which has no place in its reading:
    # the line was an earlier paragraph's.
    "two definitions over a table's dividing row": (
        "First paragraph here.\n\n[r]: https://example.com/report\n[s]: https://example.com/annex\n| --- |\n\nSee [the report][r] and [the annex][s].",
        2,
        "GitHub shows the words '[r]:', where the site would end the paragraph",
    ),
    # Marks with no letters that one reader keeps in the list item and the other after the
    # list: told at the item, as what they are (Markdown round of the forty-fourth session:
    # told at the next section's heading, as a heading shown for a paragraph).
    "an empty list item, a line of a tab, then a line of marks": (
        "* \n\t\n  --- | ---",
        0,
        "GitHub shows the words '--- | ---', where the site would end the list item",
    ),
}


@pytest.mark.parametrize(("markdown", "offset", "message"), CORNERS.values(), ids=CORNERS)
def test_a_corner_no_other_check_names_is_refused_at_its_line(markdown: str, offset: int, message: str, settings: Settings) -> None:
    pattern, errors = in_a_pattern(markdown, settings)
    assert pattern is None
    assert [(d.code, d.line) for d in errors] == [("github-differs", LINE + offset)]
    assert message in errors[0].message
    assert errors[0].hint


def test_the_hint_says_how_to_make_the_two_readings_agree(settings: Settings) -> None:
    close = in_a_pattern(CORNERS["a rule ending a list item, then a blank line"][0], settings)[1][0]
    spaced = in_a_pattern(CORNERS["a table with no rows in a list item"][0], settings)[1][0]
    other = in_a_pattern(CORNERS["a reference whose second label has brackets"][0], settings)[1][0]
    assert "without blank lines between its items" in close.hint and "horizontal rules" in close.hint
    assert "blank line between every two items" in spaced.hint
    assert "link definitions at the end of the file" in other.hint
    span = in_a_pattern(CORNERS["a code span going on in a list item's lazy line"][0], settings)[1][0]
    block = in_a_pattern(CORNERS["a tab after a quotation's mark in a code block"][0], settings)[1][0]
    assert "write the code on one line" in span.hint and "spaces, not a tab" in block.hint


# Two corners written as their hints say: then GitHub and the site show them alike.
FIXED = {
    "a rule ending a list item, without the blank line": "- The pilot passed its review\n  ***\n- Nobody signed the release",
    "a table in a list item, items spaced out": "1. | Stage | Owner |\n   | --- | --- |\n\n2. Nobody owns the next stage.",
    "a code span on one line in a list item": "1. Run `export --since 2024-01-01` before the review.",
    "a code span going on under its list item's text": "1. Run `export --since\n   2024-01-01` before the review.",
    "spaces after a quotation's mark in a code block": "> ```python\n>     >>> import report\n> ```",
}


@pytest.mark.parametrize("markdown", FIXED.values(), ids=FIXED)
def test_a_corner_written_as_the_hint_says_is_published_as_github_shows_it(markdown: str, settings: Settings) -> None:
    published_as_github_shows_it(markdown, settings)


def _wrapped(markdown: str, rng: random.Random) -> str:
    lines = markdown.split("\n")
    match rng.randrange(5):
        case 0:
            return "\n".join(f"> {line}" for line in lines)
        case 1:
            return "- " + "\n".join(f"  {line}" if n else line for n, line in enumerate(lines))
        case 2:
            return "1. " + "\n".join(f"   {line}" if n else line for n, line in enumerate(lines))
        case _:
            return markdown


PIECES = [markdown for _, markdown in snippets()] + list(ALIKE.values()) + [markdown for markdown, _, _ in CORNERS.values()]


@pytest.mark.parametrize("seed", range(4))
def test_mixtures_of_the_corpus_publish_as_github_previews_them_or_are_refused(seed: int, settings: Settings) -> None:
    """Two pieces of the corpus, each as it is or in a quote or a list item, one after the
    other (on the next line, after a blank line, or on the same line)."""
    rng = random.Random(seed)
    for _ in range(150):
        markdown = _wrapped(rng.choice(PIECES), rng) + rng.choice(["\n", "\n\n", " "]) + _wrapped(rng.choice(PIECES), rng)
        pattern, errors = in_a_pattern(markdown, settings)
        if pattern is None:
            lines = range(LINE, LINE + markdown.count("\n") + 1)
            assert errors and all(d.line in lines for d in errors), (markdown, [d.format_text() for d in errors])
            continue
        expected = github_html(f"{SECTION}\n\n{markdown}\n")
        assert shape(pattern.sections[0].html) == shape(expected), markdown


def test_the_sites_own_patterns_read_alike(settings: Settings) -> None:
    files = sorted((ROOT / "patterns").glob("*.md"))
    assert files
    for path in files:
        read, _ = source.read(path, path.name, settings.limits.file_bytes, path.read_bytes())
        assert read is not None
        pattern, diagnostics = rules.check(read, settings)
        assert pattern is not None, [d.format_text() for d in diagnostics]
        assert github.first_difference(read.body, pattern.html, list(body.addresses(read.tokens))) is None


def test_the_sites_heading_links_are_not_a_difference() -> None:
    body = "## What it looks like\n\nText."
    html = '<h2 id="what-it-looks-like">What it looks like <a class="anchor" href="#what-it-looks-like">#</a></h2>\n<p>Text.</p>\n'
    assert github.first_difference(body, html, ()) is None


def test_a_list_numbered_from_elsewhere_is_a_difference() -> None:
    difference = github.first_difference("3. Third\n4. Fourth", "<ol>\n<li>Third</li>\n<li>Fourth</li>\n</ol>\n", ())
    assert difference is not None
    assert (difference.line, difference.github, difference.site, difference.spacing) == (1, "shows a numbered list from 3", "show a numbered list", None)


def test_a_mark_on_the_other_side_of_a_links_end_is_a_difference() -> None:
    # The same letters in the same elements, but GitHub's link takes the ')' that the site
    # shows after its own: another address, and other text in each. The words were compared
    # by their letters alone, and such a page was published (held-out Markdown probes, round
    # seven: a bare address with a no-break space pasted after it).
    body = "See the audit](https://www.gov.uk/audit)\u00a0 today."
    html = '<p>See the audit](<a href="https://www.gov.uk/audit">https://www.gov.uk/audit</a>)\u00a0 today.</p>\n'
    difference = github.first_difference(body, html, ())
    assert difference is not None
    assert (difference.line, difference.github, difference.site) == (
        1,
        "shows the words 'https://www.gov.uk/audit)'",
        "show the words 'https://www.gov.uk/audit', then words",
    )
    # A backslash one reader keeps and the other reads as an escape is a difference too.
    assert github.first_difference("Costs \\* 2 and a \\| b.", "<p>Costs \\* 2 and a \\| b.</p>\n", ()) is not None


def test_the_marks_the_sites_typography_makes_its_own_are_no_difference() -> None:
    body = "He said \"no\" -- and 'later'... twice --- at most."
    html = "<p>He said “no” – and ‘later’… twice — at most.</p>\n"
    assert github.first_difference(body, html, ()) is None


def test_the_line_is_that_of_the_block_where_the_readings_part() -> None:
    body = "## Heading\n\nFirst paragraph.\n\nSecond *one*."
    html = "<h2>Heading</h2>\n<p>First paragraph.</p>\n<p>Second one.</p>\n"
    difference = github.first_difference(body, html, ())
    assert difference is not None
    assert (difference.line, difference.github, difference.site) == (5, "shows the words 'Second', then italics", "show the words 'Second one.'")


def test_words_are_quoted_from_where_the_readings_part_and_on_that_line(settings: Settings) -> None:
    markdown = (
        "The board asked what the spend had produced,\nand after some weeks we pointed them to\n"
        "[the audit][report[2024]] and its appendix.\n\n[the audit]: https://example.com/audit"
    )
    pattern, errors = in_a_pattern(markdown, settings)
    assert pattern is None
    assert [(d.code, d.line) for d in errors] == [("github-differs", LINE + 2)]
    assert "GitHub shows the words '…pointed them to', then a link, where the site would show the words '…pointed them to [the audit]" in errors[0].message


def test_what_github_shows_after_the_same_words_is_named(settings: Settings) -> None:
    """A table, not "the end of a paragraph" (the element after the words is an end)."""
    pattern, errors = in_a_pattern("> The costs so far:\n>     | Item | Cost |\n> | --- | --- |\n> | Licences | 40k |", settings)
    assert pattern is None
    assert "GitHub shows the words '…costs so far:', then a table," in errors[0].message


def test_the_site_ending_a_block_is_said_so() -> None:
    difference = github.first_difference("> One\nTwo", "<blockquote>\n<p>One</p>\n</blockquote>\n<p>Two</p>\n", ())
    assert difference is not None
    assert "GitHub shows the words 'One Two', where the site would show the words 'One'" in difference.message
    difference = github.first_difference("- One\n\n      code", "<ul>\n<li>\n<p>One</p>\n</li>\n</ul>\n<pre><code>code\n</code></pre>\n", ())
    assert difference is not None
    assert "where the site would end the list item" in difference.message


def test_both_quotes_start_at_the_same_word_after_accented_letters() -> None:
    body = "Les cafés déjà vus, naïve résumés élégants, then *x*"
    difference = github.first_difference(body, "<p>Les cafés déjà vus, naïve résumés élégants, then x</p>\n", ())
    assert difference is not None
    assert (difference.github, difference.site) == (
        "shows the words '…résumés élégants, then', then italics",
        "show the words '…résumés élégants, then x'",
    )


# Large bodies whose two readings part only at their end, so that all of each is read
# word by word: (repeated Markdown, the site's HTML for the same).
LONG = {
    "a long paragraph": ("the pilot stalled again ", "the pilot stalled again "),
    "many comments in a paragraph": ("a <!-- c --> ", "a  "),
    "many lines of a paragraph": ("the pilot stalled\n", "the pilot stalled\n"),
}


@pytest.mark.parametrize(("unit", "site_unit"), LONG.values(), ids=LONG)
def test_a_difference_at_the_end_of_a_long_body_is_found_in_linear_time(unit: str, site_unit: str, growth) -> None:
    def work(count: int) -> None:
        difference = github.first_difference(unit * count + "*x*", f"<p>{site_unit * count}x</p>\n", ())
        assert difference is not None and "then italics" in difference.github

    assert growth(work, 2_000) < 8


# The line of a difference within a paragraph of several lines, from the line ends GitHub
# keeps between its words and elements (found by a second review: each was reported on the
# paragraph's second line).
WITHIN_A_PARAGRAPH = {
    "after bold words on lines of their own": ("**Bold start**\n**Another**\nSee [the audit][report[2024]].", 2),
    "after links on lines of their own": ("[a](https://example.com/a)\n[b](https://example.com/b)\n[c](https://example.com/c)\nsee [the audit][report[2024]].", 3),
    "after a line break then italics": ("First line\\\n*second*\nsee [the audit][report[2024]].", 2),
}


@pytest.mark.parametrize(("markdown", "offset"), WITHIN_A_PARAGRAPH.values(), ids=WITHIN_A_PARAGRAPH)
def test_a_difference_within_a_paragraph_is_reported_on_its_own_line(markdown: str, offset: int, settings: Settings) -> None:
    pattern, errors = in_a_pattern(markdown + "\n\n[the audit]: https://example.com/audit", settings)
    assert pattern is None
    assert [(d.code, d.line) for d in errors] == [("github-differs", LINE + offset)]


def test_an_element_that_differs_is_reported_on_its_own_line() -> None:
    difference = github.first_difference("**Bold**\n**More**\n*c* d", "<p><strong>Bold</strong>\n<strong>More</strong>\nc d</p>\n", ())
    assert difference is not None and difference.line == 3


@pytest.mark.parametrize("text", ["p", "p.", "r"])
def test_a_list_spaced_on_github_is_said_so_whatever_its_words(text: str) -> None:
    difference = github.first_difference(f"- {text}\n\n- q", f"<ul>\n<li>{text}</li>\n<li>q</li>\n</ul>\n", ())
    assert difference is not None and difference.spacing == "spaced"
    assert "GitHub's preview puts space between this list's items" in difference.message


@pytest.mark.parametrize(("body", "html"), [("abc", "<p>abc def</p>\n"), ("- abc", "<ul>\n<li>abc def</li>\n</ul>\n")])
def test_words_after_which_github_shows_nothing_more_are_said_so(body: str, html: str) -> None:
    difference = github.first_difference(body, html, ())
    assert difference is not None
    assert difference.github == "shows the words 'abc', then nothing more"


def test_a_character_no_terminal_shows_is_quoted_by_its_number() -> None:
    # In a pattern the checks tell '&#1;' first, at its reference (the next test); the
    # comparison, asked of the site's reading of it, quotes the control by its number.
    difference = github.first_difference("Odd &#1; reference.", body.render(body.parse("Odd &#1; reference.")), ())
    assert difference is not None
    assert "GitHub shows the words 'Odd U+0001 reference.'" in difference.message


@pytest.mark.parametrize("reference", ["&#1;", "&#x1F;", "&#127;", "&#x9f;"])
def test_a_reference_to_a_control_character_is_told_at_the_reference(settings: Settings, reference: str) -> None:
    # Told as GitHub's words and the site's differing, at the paragraph's first column, it
    # was told to "write these lines more plainly": GitHub shows the control, the site '\ufffd'.
    pattern, errors = in_a_pattern(f"An odd {reference} reference.", settings)
    assert pattern is None
    assert [(e.code, e.hint) for e in errors] == [("invisible-character", "delete it")]
    assert f"the character reference {reference} makes an invisible character" in errors[0].message
    assert errors[0].column == len("An odd ") + 1


def test_a_reference_both_readers_show_as_the_replacement_character_passes(settings: Settings) -> None:
    pattern, errors = in_a_pattern("A null &#0;, a surrogate &#xD800; and `&#1;` in code.", settings)
    assert pattern is not None and not [e for e in errors if e.is_error]


# Links and pictures with the same words in both readings, whose addresses GitHub reads
# otherwise than the site: each passed, and went elsewhere from the preview's (held-out
# Markdown probes, forty-first round). The address on the line after '](' or in a definition
# whose label has an escaped bracket, with a space or a reference to one in it.
ADDRESSES_APART = {
    "no-break-space-on-the-next-line": "See [the survey](\nhttps://example.com/survey&nbsp;) for more.",
    "narrow-space-before-a-defined-address": "See [the charter] for more.\n\n[the charter]:\n\u202fhttps://example.com/charter",
    "ideographic-space-in-angle-brackets": "See [the charter](<\u3000https://example.com/charter>) for more.",
    "picture-on-the-next-line": "The flow: ![the flow](\n/assets/diagram.png&nbsp;) as drawn.",
    "escaped-bracket-in-a-label": "See [the a\\]b note] for more.\n\n[the a\\]b note]: https://example.com/note&nbsp;",
}


@pytest.mark.parametrize("markdown", ADDRESSES_APART.values(), ids=ADDRESSES_APART)
def test_a_link_or_picture_github_sends_elsewhere_is_refused_at_its_line(markdown: str, settings: Settings) -> None:
    pattern, errors = in_a_pattern(markdown, settings)
    assert pattern is None
    assert [(d.code, d.line) for d in errors] == [("github-differs", LINE)], [d.format_text() for d in errors]
    assert "GitHub links to '" in errors[0].message or "GitHub shows the picture at '" in errors[0].message
    assert "%20" in errors[0].hint


def test_an_address_written_otherwise_but_going_to_the_same_place_is_no_difference(settings: Settings) -> None:
    # Percent-encoded or not, a host in other letters (the site writes it in punycode, GitHub
    # in percent-escapes), to another pattern's file or from the site's root: the site
    # writes these its own way, to the same place.
    markdown = (
        "See [the café](https://example.com/caf%C3%A9), [the café](https://example.com/café), "
        "[the books](https://bücher.example/ü), www.straße.de/x, [mail](mailto:ä@straße.de), "
        "[the sponsor](the-sponsor-who-moved-on.md#what-you-see), [a review](/contact/#review) and www.example.com/a_(b)."
    )
    pattern, errors = in_a_pattern(markdown, settings)
    assert pattern is not None, [d.format_text() for d in errors]


def test_the_address_each_reader_reads_is_compared() -> None:
    body, html = "Intro.\n\nSee [x](https://a.example/b).", '<p>Intro.</p>\n<p>See <a href="https://a.example/c">x</a>.</p>\n'
    difference = github.first_difference(body, html, [(2, "a", "https://a.example/c")])
    assert difference is not None and difference.address
    assert (difference.line, difference.github, difference.site) == (3, "links to 'https://a.example/b'", "link to 'https://a.example/c'")
    assert github.first_difference(body, html, [(2, "a", "https://a.example/b")]) is None


# A heading's or a table cell's words that start or end with a space from a word processor:
# GitHub shows it (an indented heading, a padded right-aligned cell), markdown-it trims it,
# and the comparison leaves such spaces out (held-out Markdown probes, forty-first session).
EDGE_SPACES = {
    "heading-after-its-marks": "### \u00a0\u00a0Costs\n\nThe costs grew.",
    "right-aligned-cell-at-its-end": "| Item | Cost |\n|---|--:|\n| Pilot | £4,500\u00a0\u00a0 |\n| Review | a week |",
    "cell-at-its-start": "| Item | Cost |\n|---|---|\n| \u3000Review | b |",
}


@pytest.mark.parametrize("markdown", EDGE_SPACES.values(), ids=EDGE_SPACES)
def test_a_space_from_a_word_processor_at_a_headings_or_cells_edge_is_refused(markdown: str, settings: Settings) -> None:
    pattern, errors = in_a_pattern(markdown, settings)
    assert pattern is None
    assert [d.code for d in errors] == ["edge-space"], [d.format_text() for d in errors]


def test_a_cell_of_nothing_but_a_space_from_a_word_processor_is_an_empty_cell(settings: Settings) -> None:
    # Refused as a cell whose words start with it, where there are no words: both show an empty
    # cell (helper-249).
    published_as_github_shows_it("| Item | Owner | Notes |\n|---|---|---|\n| Licences | Finance | \u00a0 |\n| Support | IT | Annual |", settings)


@pytest.mark.parametrize(
    "markdown", ["See https://www.Ärztekammer.de/ for rules.", "See [the chamber](https://MÜNCHEN.DE/Ärzte).", "See www.Ärztekammer.de for rules."]
)
def test_a_host_with_a_capital_letter_beyond_ascii_goes_where_githubs_link_goes(markdown: str, settings: Settings) -> None:
    # The site wrote the capital's punycode ('xn--rztekammer-nva', no name), and refused the
    # link as no address a browser can open (held-out Markdown probes, forty-first session).
    pattern, errors = in_a_pattern(markdown, settings)
    assert pattern is not None, [d.format_text() for d in errors]
    assert "xn--rztekammer-p5a.de" in pattern.html or "xn--mnchen-3ya.de" in pattern.html


def test_github_s_readings_are_freed_once_read_not_kept_to_the_end_of_the_process():
    # cmarkgfm's wrapper frees neither a document's tree nor its HTML: each reading of a body
    # was kept to the end of the process (a long preview server's, or a build's), and a
    # body of 6,300 small lists, read once a list, took the machine's 24 GB. Read in a
    # process of its own, 400 readings of a 40 kB body must not grow it by what they read.
    script = (
        "import resource\n"
        "from stallpatterns import github\n"
        "body = ''.join(f'- item {n} with *some* [words](https://example.com/{n})\\n' for n in range(800))\n"
        "github._github_html(body, 0)\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "for n in range(400):\n"
        "    github._github_html(body + str(n), 0)\n"
        "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")}
    grown = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert int(grown.stdout) < 40, f"grew by {grown.stdout.strip()} MB"

"""What an author left in a file that readers should not see: the scaffold's guidance
and placeholders, a chat assistant's citations and its words to the person who asked it,
characters that show as nothing, and words that mix look-alike alphabets."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from markdown_it.common.utils import unescapeAll
from markdown_it.token import Token

from . import dialect, slips
from .body import EMPHASIS, cell_spans, lines_of, picture_words
from .diagnostics import AUTHOR_COMMAND, Report
from .fields import OTHER_NAMES, SIGNS
from .source import Source
from .text import (
    SMALL_CAPITALS,
    ZWJ,
    character_name,
    clipped,
    in_small_letters,
    invisible_characters,
    is_bidi_control,
    joins_emoji,
    line_at,
    line_starts,
    mixed_alphabet_words,
    plain_forms,
    printable,
    printable_start,
)

GUIDANCE = "<!-- guide:"
"""Marks the scaffold's guidance comments; one left in a file is an error."""
GUIDANCE_OPENING = "Write "
"""How every guidance the scaffold writes starts, after its mark (:mod:`stallpatterns.scaffold`)."""


# The guidance's own words, left in after its comment marks were deleted.
# (Every guidance the scaffold writes starts 'Write …'; what is left of its mark, from
# GUIDANCE, may be before it.)
_BARE_GUIDANCE_WORDS = GUIDANCE.removeprefix("<!-- ") + " " + GUIDANCE_OPENING
_BARE_GUIDANCE = re.compile(r"(?m)^(?![ \t]*<!--)[ \t<!-]*" + re.escape(_BARE_GUIDANCE_WORDS))


def check_guidance(source: Source, report: Report) -> None:
    left: int | None = None
    # The expression is tried only on a body that holds its words: tried at every line of
    # every body, it took longer than a search for them.
    if _BARE_GUIDANCE_WORDS in source.body:
        code = dialect.code_lines(source)
        at = read = 0  # the body line of each match, counted on from the one before
        for found in _BARE_GUIDANCE.finditer(source.body):
            at, read = at + source.body.count("\n", read, found.start()), found.start()
            if at not in code:
                left = at
                break
    if left is not None:
        report.error(
            source.body_start + left,
            "scaffold-guidance",
            f"guidance from '{AUTHOR_COMMAND} new' is still in the file, without its comment marks, so it would be published",
            "delete the line that starts 'guide:' and write your own text",
        )
    if GUIDANCE not in source.text:
        return
    for number, line in enumerate(source.lines, start=1):
        if GUIDANCE in line:
            within = line.partition(GUIDANCE)[2].partition("-->")[0].strip()
            if within and not within.startswith(GUIDANCE_OPENING) and len(within.split()) >= 3:
                # The author's own text, typed inside the guidance's marks: hidden from readers.
                report.error(
                    number,
                    "scaffold-guidance",
                    f"your text is inside the guidance comment from '{AUTHOR_COMMAND} new', between '<!-- guide:' and '-->', "
                    "so no reader would see it",
                    "delete '<!-- guide:' before your text and '-->' after it",
                )
                continue
            report.error(
                number,
                "scaffold-guidance",
                f"guidance from '{AUTHOR_COMMAND} new' is still in the file",
                "replace the '<!-- guide: ... -->' comment with your own text",
            )


# What an author writes for text still to come: never published. In capitals only ('a todo
# list' is prose), and not 'TBD' or 'TBC' within text, which a quoted plan or meeting note
# may hold ('launch date TBD'); but an instruction in square brackets, which no link makes
# of them ('[insert client example]', '[TBC]'), is one wherever it is.
# ('To do:' before what is to be done only: not '- To do: 41 cards', a board's column, nor 'To do:
# nothing was the sponsor's answer': the review of the session's change.)
# (A line of the note alone: 'To do: write it down. The sponsor's only instruction…' tells of one.)
_TO_DO = r"|(?m:^[\W_]*)(?i:to do)\s*:(?=[ \t]*+(?i:add|write|check|fix|finish|confirm|insert|update|expand|find|chase|ask|source|verify|rewrite|tidy)\b[^.\n]{0,80}[.!]?[ \t]*$)"
_MARKED = re.compile(r"\b(?:(?:TODO|TO-DO)(?![ -]?(?i:lists?|items?|comments?|apps?|markers?|counts?|notes?|tags?)\b)|FIXME|PLACEHOLDER|TK(?:TK)+|tk(?:tk)+)\b|(?m:^[\W_]*)(?i:todo|to-do|fixme)(?:[- ]list)?\s*(?::|[\u2013\u2014]\s)|\[TK\]|\b(?:INSERT|ADD)\b[A-Z ]{0,40}\bHERE\b|\{\{[^{}\n]{1,60}\}\}" + _TO_DO)
_LOREM = re.compile(r"(?i)\blorem[\s_-]+ipsum\b")  # over a line's end too, or two spaces: one filler
# The filler's name, not its first words: in a sentence with words of its own before it or
# after it ('the mock-up was full of lorem ipsum', 'Lorem ipsum filled half the screens', '###
# Lorem ipsum in production'); not 'lorem ipsum dolor sit amet', nor 'Lorem ipsum.' alone, in
# capitals or not (a paragraph of 'lorem ipsum.' was published).
_LOREM_NAME = re.compile(r"(?i)lorem\s+ipsum\b(?!,?\s+(?:dolor|sit|amet|consectetur|adipiscing|elit|sed)\b)")
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")


# A word in brackets that is an interface's label, as a manual writes one: after a word that
# presses it, or before what it labels ('press [Enter]', 'click [Confirm]', 'the [Date] field';
# the false-refusal round of the forty-seventh session: each was refused).
_LABEL = re.compile(r"\[[A-Z][a-z]+\]")
_PRESSED = re.compile(r"(?i)\b(?:press|pressed|presses|pressing|click|clicked|clicks|clicking|tap|tapped|taps|tapping|hit|select|selected|choose|chose)\s+(?:on\s+)?(?:the\s+)?\Z")
_LABELLED = re.compile(r"\s+(?:button|field|key|column|box|tab|menu|link|option|icon|control|screen)s?\b")


def _interface_label(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is a word in brackets that labels a part of an interface (:data:`_LABEL`)."""
    return (
        _LABEL.fullmatch(match.group()) is not None
        and (_PRESSED.search(text, max(0, match.start() - 30), match.start()) is not None or _LABELLED.match(text, match.end()) is not None)
    )


def _lorem_named(text: str, start: int) -> bool:
    """Whether the filler that starts at ``start`` in ``text`` is named in prose."""
    if (name := _LOREM_NAME.match(text, start)) is None:
        return False
    low = max(0, start - 200)  # (within reach: a file of many took time in the square of their number)
    before = text[max(low, *(text.rfind(mark, low, start) + 1 for mark in ".!?:;\n")) : start]
    return any(c.isalpha() for c in before) or _WORD_AFTER.match(text, name.end()) is not None
# A figure still to be found, written as X's: '£XXX', '$XX,XXX', 'XX%', 'XXk', or 'XXX' as a
# word. Two X's at least, in capitals, as a number or with a currency sign or a per cent
# sign: 'XX' alone is a Roman twenty, and '£X' a sum a sentence may leave general. 'XXX'
# after a name is a Roman thirty (:func:`_a_numeral`).
# (Not a number masked but for its last figures: 'XXXX XXXX XXXX 1234', a card's, told of.)
_FIGURE_LEFT = re.compile(
    r"(?<![\w£$€])(?:[£$€]\s?(?:X{2,}(?:[,.]X+)*|x{2,}(?:[,.]x+)*)(?:k|m|bn)?|(?:X{2,}(?:[,.]X+)*|N{2,})\s?%|X?x{3,}(?:\s+x{2,}){2,}|Q\?(?=\s+(?:19|20)\d\d\b)|(?<!X[ -])X{3,}(?:[,.]X+)*(?!(?:[ -]X{3,})*[ -]\d{3,}\b))(?!\w)"
)
# A name left to fill in, capitalised as a template writes it, in square brackets: '[Client]'.
_NAMES_LEFT = (
    r"Client|Company|Customer|Organi[sz]ation|Firm|Vendor|Supplier|Date|Year|Month|Day|Amount|Number|Figure|Percentage|Cost|Price|Budget|Sum"
    r"|Sector|Industry|Role|Job\s+Title|Title|City|Country|Region|Location|Team|Department|Function|Manager|Product|Project|Tool|Metric"
    r"|Sponsor|Owner|Stakeholder"  # (the attack round of the forty-seventh session: '[Sponsor]')
    r"|Org|First\s+[Nn]ame|Last\s+[Nn]ame|Full\s+[Nn]ame|Frequency|Quarter"  # (and of the forty-eighth: '[ORG]', '[First name]')
    r"|Your\s+[A-Za-z][^\]\n]{0,30}"
)
# The same in capitals, as some templates write them ('[CLIENT]', '[YOUR ORGANISATION]', '%CLIENT%').
_NAMES_LEFT_IN_CAPITALS = _NAMES_LEFT.upper().replace("\\S", "\\s").replace("\\N", "\\n")
# The same in a quotation set off as one ('> We asked [Vendor] for the roadmap'): an editor's
# word for a name the quotation leaves out.
_NAME_LEFT_OUT = re.compile(rf"\[(?:{_NAMES_LEFT})\]")
_BRACKETED_PLACEHOLDER = re.compile(
    r"(?i)\[\s*(?:insert|add|include|placeholder|example|tbc|tbd|tba|xx+|to (?:come|follow)|fill in|enter)\b[^\]\n]*\]"
    # What a consultant leaves where a client is named: '[client name]', '[Company X]', '[name of the firm]'
    # (not '[the client]' or '[vendor A]', an editor's words in a quotation).
    r"|\[\s*(?:the\s+)?(?:client|company|customer|organi[sz]ation|firm|vendor|supplier|department|person|sponsor)(?:['’]s)?\s+(?:name|x)\s*\]"
    r"|\[\s*name(?:\s+of\s+[^\]\n]{1,40})?\s*\]"
    # A name or figure left to fill in, capitalised as a template writes it: '[Client]', '[X]%',
    # '[Date]', '[Your Organisation]' (not '[the client]', nor a task list's '[X]' starting an item);
    # or in braces, as a mail merge writes it: '{client}', '{date}'.
    rf"|(?-i:\[\s*(?:{_NAMES_LEFT}|{_NAMES_LEFT_IN_CAPITALS})(?:[ _](?:Name|NAME|name))?\s*\]|(?<!^)\[(?:X|Y|N|XX)\])"
    # As a mail merge writes one, in any case, not as a file's name ('%CLIENT%', '%client%'; not
    # '%DATE%.csv', a Windows name: the review of the forty-fifth session's change).
    rf"|%(?:{_NAMES_LEFT}|first|last|full)(?:_?name)?%(?![\w.])"
    # The same words in small letters, each alone in its brackets ('[amount]', '[job title]'),
    # and a sum or count left as a letter ('[£X]', '[$Xm]', '[n]'); an editor's words in a
    # quotation have more to them ('[the client]', '[their sector]'), and a word that names a
    # thing as well ('check the [budget]') is not one of them.
    r"|(?-i:\[\s*(?:amount|year|month|date|number|figure|percentage|sector|industry|role|job title|city|country|region|client|company|organi[sz]ation"
    r"|frequency|quarter|first name|last name|full name)(?:_name)?\s*\])"
    r"|\[\s*[£$€]\s?[XN]+(?:[,.][XN]+)*(?:k|m|bn)?\s*\]|(?<![\w\[])(?-i:\[n\])(?!\])"
    r"|\{\s*(?:client|company|customer|organi[sz]ation|firm|name|date|year|amount|number|figure|x|sponsor|owner|first|last|full)(?:[ _]?name)?\s*\}"
    # In angle brackets, as the page shows '&lt;date&gt;' ('<client>' as typed is HTML, told as such).
    r"|<\s*(?:client|company|customer|organi[sz]ation|firm|name|date|year|amount|number|figure|sponsor|owner|first|last|full|tbc|tbd|todo)(?:[ _]?name)?\s*>"
)
# The smuggling round of the forty-sixth session, each published: a name left to fill in as
# other templates and mail merges mark one ('«CLIENT»', '__CLIENT__', '##CLIENT##', '@@name@@',
# '*|FNAME|*', '[[First Name]]', '{first name}', '$CLIENT', '%FNAME', 'CLIENT_NAME'); words that
# ask for words ('(insert figure)', 'Insert figure here.', 'Your text here.'); and the filler by
# its other words ('Dolor sit amet', 'consectetur adipiscing elit', 'Loremipsum', 'L0rem ipsvm').
# (Not _NAMES_LEFT's 'Your …', which a slogan in guillemets may start with: '«Your data, your rules»'.)
_MERGE_NAMES = r"client|company|customer|organi[sz]ation|firm|vendor|supplier|date|first\s*name|last\s*name|f\s?name|l\s?name|surname|name"
# In guillemets, in capitals only: '«Client»' is French for the client, as a contract writes it.
_MERGE_NAMES_IN_CAPITALS = _MERGE_NAMES.upper().replace("\\S", "\\s")
# A mail merge's field as Word writes one, with no space inside: a name it fills, in capitals, in
# English or French ('«NOM»', '«CLIENT_NAME»'; not '«SNCF»', an acronym quoted the French way), or
# any name with an underscore ('«First_Name»').
_MERGE_FIELDS = (
    r"(?:[A-Z0-9]++_)*+(?:" + _MERGE_NAMES_IN_CAPITALS.replace("\\s*", "_?").replace("\\s?", "_?") + r"|NOM|PR[EÉ]NOM|SOCI[EÉ]T[EÉ]|ENTREPRISE|ADRESSE|VILLE|CIVILIT[EÉ]|ORG)(?:_[A-Z0-9]++)*+"
    r"|[A-Za-z][A-Za-z0-9]*+(?:_[A-Za-z0-9]++)++"
)
_LEFT_TO_FILL = re.compile(
    # A mail merge's field in guillemets (:data:`_MERGE_FIELDS`), either way round; not French
    # quotation marks, with spaces inside ('« CNIL »').
    rf"«\s*(?:{_MERGE_NAMES_IN_CAPITALS})(?:[\s_]NAME)?\s*»|«(?-i:{_MERGE_FIELDS})»|»(?-i:{_MERGE_FIELDS})«|__(?i:{_MERGE_NAMES})__|##(?i:{_MERGE_NAMES})##|@@(?i:{_MERGE_NAMES})@@|\*\|(?i:{_MERGE_NAMES})\|\*?|\|(?i:{_MERGE_NAMES})\|\*|\|(?:{_MERGE_NAMES_IN_CAPITALS})\|"
    rf"|\[\[\s*(?i:{_MERGE_NAMES})\s*\]\]|\{{\s*(?i:first|last)\s+name\s*\}}"
    # ('$Client' and '{$client}' too: a template's variable in any case.)
    r"|(?<![\w$])\$(?i:client|company|customer|organi[sz]ation|firstname|first_name|fname|client_name|company_name)\b|(?<![\w$])\$(?:NAME|Name|name)\b"
    r"|(?<![\w%])%(?:FNAME|LNAME|FIRSTNAME|LASTNAME|CLIENT|COMPANY)\b(?!%)"
    # A name a template fills in its own marks: '${CLIENT_ORG}', '%(client)s' (the attack round of
    # the forty-seventh session; not a shell's '${HOME}'). Its name is read once: the names are
    # looked for ahead, within forty letters.
    rf"|\$\{{\s*(?i:(?=[a-z_]{{0,40}}?(?:{_MERGE_NAMES}|org|sponsor))[a-z_]{{1,60}}+)\s*\}}|%\(\s*(?i:(?=[a-z_]{{0,40}}?(?:{_MERGE_NAMES}|org|sponsor))[a-z_]{{1,60}}+)\s*\)[sd]"
    r"|\b(?:CLIENT|COMPANY|CUSTOMER|FIRST|LAST|ORG|ORGANI[SZ]ATION)_NAME\b(?!\s+(?:column|field|variable|key|tag|placeholder)s?\b)"  # not 'the CLIENT_NAME column'
    # (Not '(enter the reference twice)' nor '(placeholder data, no real claims)', told of in prose.)
    r"|[({]\s*(?i:insert)\s+\w[^(){}\n]{0,40}[)}]"  # not '(insert)', a key
    # A sentence that asks for words to be put in its place, or is no more than what it leaves
    # ('Insert figure here.', 'Your text here.'; not 'Type your question here.', 'Half the
    # screens showed placeholder text.').
    # (Nor 'Insert your own numbers here.', which asks the reader.)
    r"|(?m:(?:^|(?<=[.!?]\s))(?:Insert|INSERT)\s+(?!(?i:alt|your\s+own)\b)(?:[\w'’]+\s+){0,3}(?i:here)\b(?=\s*(?:[.!:)\]]|$)))"
    # ('Add the final figure here before publishing.': the attack round of the fifty-third session;
    # not 'Add a review step here.', an article's advice.)
    # (What a value or a source is, ending its sentence: not 'Add a review step here before publishing
    # anything the model drafted', advice: the review of the change.)
    r"|(?m:(?:^|(?<=[.!?]\s))(?i:add|insert|put|update)\s+(?i:the\s+|a\s+|an\s+)?(?i:final\s+|real\s+|actual\s+|latest\s+|correct\s+)?"
    r"(?i:figures?|numbers?|quotes?|examples?|links?|sources?|names?|dates?|data|stats?|statistics|chart|graph|image|table|case\s+study|reference)"
    r"\s+here\s+before\s+(?i:publishing|publication|we\s+publish|(?:it|this)\s+goes\s+(?:live|out))\b(?=[ \t]*+[.!]?[ \t]*+$))"
    r"|(?m:^[\W_]*(?i:(?:your|the|some)\s+(?:text|copy)\s+(?:goes\s+)?here|(?!alt\b)(?:[\w'’]+\s+){1,2}goes\s+here|placeholder\s+text)(?=[\W_]*$))"
    # Or a line of no more than what it asks for, as a note's shorthand writes it, with no article
    # ('Insert anecdote.', 'Insert chart'; not 'Insert the card.' or 'Insert your smartcard.', steps).
    r"|(?m:^[\W_]*(?:Insert|INSERT)\s+(?!(?i:your|alt|an?|the|this|that|it)\b)[\w'’-]+(?:\s+[\w'’-]+)?(?=[.!]?[ \t]*$))"
)
# A mail merge's field whose marks Markdown reads as emphasis, as written ('*|CLIENT|*', '__CLIENT__':
# the attack round of the forty-eighth session; the page shows 'CLIENT' in italics or bold).
_EATEN_MARKS = re.compile(rf"\*\|(?i:{_MERGE_NAMES})\|\*|(?<![\w_])__(?:{_MERGE_NAMES_IN_CAPITALS})__(?![\w_])")  # (not '__Client__', bold)
_FILLER = re.compile(
    r"\b(?i:dolor\s+sit\s+amet|consectetur\s+adipiscing|perspiciatis\s+unde|l[o0]rem[\s_]*ips[uv]m|l0rem[\s-]+ipsum|[a-z]+\s+ipsum\s+dolor"
    # The filler's other sentences ('Duis aute irure dolor in reprehenderit': the attack round of the forty-seventh session).
    r"|sed\s+do\s+eiusmod|tempor\s+incididunt|irure\s+dolor|in\s+reprehenderit|voluptate\s+velit|nulla\s+pariatur|excepteur\s+sint"
    r"|occaecat\s+cupidatat|qui\s+officia\s+deserunt|mollit\s+anim|id\s+est\s+laborum|quis\s+nostrud|ullamco\s+laboris"
    # Other fillers: the 'far far away' one, the 'Europan' one, and the typist's pangram.
    r"|behind\s+the\s+word\s+mountains|vokalia\s+and\s+consonantia|li\s+europan\s+lingues|quick\s+brown\s+fox\s+jumps\s+over\s+the\s+lazy\s+dog"
    r"|ipsum\s+lorem|l\s+o\s+r\s+e\s+m\s+ipsum)\b"
)
def _lowered(text: str) -> str:
    """``text`` as the quick looks read it, and as the page shows it: in small letters, as the
    placeholders' case-blind expressions read it, without emphasis marks, and each run of
    spaces as one, a line's end too ('Do  not publish', 'Do **not** publish', 'Do&nbsp;not
    publish' and 'Do' at a line's end are 'do not publish'). The words looked for are read so
    too (:func:`_looked_for`): the quick look finds every word that the expressions would."""
    lowered = in_small_letters(text).replace("*", "").replace("_", "")
    joined = " ".join(lowered.split())  # (a space at either end is kept, as one: ' to confirm' at the start)
    return f"{' ' if lowered[:1].isspace() else ''}{joined}{' ' if joined and lowered[-1:].isspace() else ''}"


def _looked_for(*words: str) -> tuple[str, ...]:
    """The words a quick look looks for, read as :func:`_lowered` reads the text, each once."""
    return tuple(dict.fromkeys(map(_lowered, words)))


_FILLER_HOLDS = _looked_for("ipsum lorem", "l o r e m", "word mountains", "vokalia", "europan", "brown fox", "dolor", "consectetur", "perspiciatis", "loremips", "lorem_ips", "l0rem", "ipsvm", "eiusmod", "incididunt", "reprehenderit", "pariatur", "cupidatat", "laborum", "nostrud", "laboris", "occaecat", "excepteur", "officia", "mollit", "voluptate")
# What _LEFT_TO_FILL's readings hold, looked for first at C speed (an expression of them all,
# tried at every character of every file with a '$', '%' or '(', doubled the checks' time).
_MARKS_HELD = ("«", "__", "@@", "*|", "|*", "[[", "_NAME", "${", "%(")
_HASHES_HELD = re.compile(r"##\w")  # '##CLIENT##', not a heading's '## '
_NAMES_HELD = _looked_for(*(f"{sign}{name}" for sign in "$%" for name in ("client", "company", "customer", "organi", "firstname", "first_name", "fname", "lname", "lastname", "name")))
_ASKS_HELD = _looked_for("insert", "text here", "copy here", "goes here", "placeholder text", "first name", "last name", "here before")


_PIPED_HELD = re.compile(rf"\|(?:{_MERGE_NAMES_IN_CAPITALS})\|")  # ('|FNAME|' in capitals, which _LEFT_TO_FILL reads without its stars: helper-231)


def _may_be_left_to_fill(text: str, lowered: str) -> bool:
    """Whether ``text`` (``lowered``, as :func:`_lowered` reads it) may hold what :data:`_LEFT_TO_FILL` reads."""
    return (
        any(mark in text for mark in _MARKS_HELD)
        or ("##" in text and _HASHES_HELD.search(text) is not None)
        or ("|" in text and _PIPED_HELD.search(text) is not None)
        or (("$" in text or "%" in text) and any(name in lowered for name in _NAMES_HELD))
        or any(asks in lowered for asks in _ASKS_HELD)
    )


# A note to the authors or an editor, in square brackets ('[Note to editor: check the dates]',
# '[check with Sam]', '[citation needed]', '[Jane: is this right?]', '[John to confirm]', '[?]'),
# and what is still to be confirmed, in round ones ('(TBC)'): never for readers. Not an
# editor's words in a quotation ('[sic]', '[the client]', '[emphasis added]'), nor a source
# named ('[Source: ONS, 2024]').
_BRACKETED_NOTE = re.compile(
    r"(?i)\[\s*(?:notes?\s+(?:to|for)\b|n\.?b\.?\s*[:\-]|comments?\s*(?:[:\-]|from\b)|check\b|confirm\b|verify\b|citation\s+needed|"
    r"(?:source|ref|reference|citation|figure|data)s?\s*(?:needed|required|\?)|needs?\s+(?:a\s+)?(?:source|citation|reference|figure|check)s?\b|to\s+be\s+(?:confirmed|decided|agreed|added|written|checked)\b|\?+\s*(?=\]))[^\[\]\n]*\]"
    r"|\[\s*[A-Z][\w.'’-]{0,30}\s*:[^\[\]\n]*\?\s*\]"  # '[Jane: is this right?]'
    r"|\[[^\[\]\n]{1,40}\s+to\s+(?:confirm|check|add|write|update|review|decide)\s*\]"  # '[John to confirm]'
    r"|\(\s*(?:(?:[a-z]+\s+)?(?:TBC|TBD|TBA)|to\s+be\s+confirmed)\s*\)"  # ('(NAME TBC)': the attack round of the forty-eighth session)
    # A figure or claim still to be checked, or a colleague asked to, in round brackets ('(source?)',
    # '(figure to be confirmed)', '(awaiting data)', '(dummy figure)', '(Sam, can you check this?)';
    # not '(placeholder data, no real claims)', told of in prose).
    r"|\(\s*(?:sources?\s*\?|sources?\s+needed|(?:figure|number)s?\s+to\s+be\s+(?:confirmed|checked|verified)|to\s+be\s+(?:verified|checked)"
    # (Not '(dummy data)', what records were: 'the pilot ran on synthetic records (dummy data)', the authors' round
    # of the fifty-fourth session. And a colleague by name, '(check this with Priya)': its attack round.)
    r"|awaiting\s+(?:data|figures|confirmation)|placeholder(?:\s+(?:figure|text|number|data))?|dummy\s+(?:figure|text|number)"
    r"|made[\s-]up\s+(?:number|figure)\b[^()\n]{0,40}|check\s+(?:this|figure|source|number)|needs?\s+(?:a\s+)?(?:source|citation|check)"
    r"|check\s++(?:(?:this|that|it|these|the\s++(?:figures?|numbers?|dates?))\s++)?with\s++"
    r"(?!(?i:legal|risk|finance|procurement|hr|it|security|compliance|audit|ops|the|your|our)\b)(?-i:[A-Z][a-z]+))\s*\)"
    r"|\((?-i:Editor),\s+please\b[^()\n]{0,80}\)|\((?-i:Editor|[A-Z][a-z]+),\s+(?:can|could)\s+you\b[^()\n]{0,80}\?\)"
    # A colleague named to check it, or what to put in its place, in round brackets too ('(Sam to
    # confirm)', '(add example here)': the attack round of the fifty-third session).
    # (Not '(Finance to confirm the budget)', a step of a process told: the review of the change.)
    # (A colleague by name, not a team or a role: '(Legal to check)', '(Owner to confirm)' tell of a plan.)
    r"|\(\s*+(?!(?i:legal|risk|finance|procurement|owner|hr|it|security|compliance|audit|ops|sponsor|board|team|data|engineering|product|sales|marketing|the)\b)"
    r"(?-i:[A-Z][a-z]+)\s++to\s++(?:confirm|check|add|verify|update|source)(?:\s++(?:this|that|it|the\s++(?:figures?|numbers?|dates?|sources?|quotes?)))?\s*+[.!?]?\s*+\)"
    r"|\(\s*(?:add|insert|put|include)\s+[^()\n]{0,40}?\bhere\s*\)"
)
# A mark that the text is a draft, or not to be shown ('[Draft]', '[WIP]', '(draft)', 'DRAFT -',
# 'NOT FOR CIRCULATION'): published, it tells readers so. In brackets in any case; as a
# word alone, in capitals at the start of a line only ('the draft policy', 'a paper marked
# DRAFT' and 'WIP limits' are prose); 'NOT FOR …' unless told of ('stamped NOT FOR
# CIRCULATION'). In round brackets, at the end of a title or another
# value (_DRAFT_AFTER): in the body, 'still a (draft) plan' is prose.
DRAFT_MARK = re.compile(
    r"(?i:\[\s*(?:draft|wip|work\s+in\s+progress|not\s+for\s+(?:circulation|distribution|publication))\b[^\[\]\n]{0,40}\])"
    # 'Draft v0.3 — do not publish.' (at a line's end), 'Not for publication.' (at its start),
    # 'Section under construction.' (the attack round of the forty-seventh session).
    # (Alone or after a dash, not what someone said: 'the answer was the same: do not publish', '"Not
    # for publication," the minister said', 'The page is under construction on the intranet'.)
    r"|(?:(?m:^)[ \t>*_#-]*|(?<=[\u2013\u2014-] )|(?<=[\u2013\u2014-]))(?i:do\s+not\s+(?:publish|circulate|distribute))(?m:(?=[\s.!)\]]*$))"
    r"|(?m:^[ \t>*_#-]*)(?i:not\s+for\s+(?:publication|circulation|distribution))\b"
    r"|(?m:^[ \t>*_#-]*)(?i:(?:this\s+)?(?:section|page|pattern|article)\s+(?:is\s+)?under\s+construction)(?=[\s.!]*$)"
    r"|(?m:^[ \t]*)DRAFT\b(?:[ \t]*[-–—:]+)?|(?<!stamped )(?<!marked )(?<!labelled )(?<!headed )\bNOT FOR (?:CIRCULATION|DISTRIBUTION|PUBLICATION)\b"
    # A draft's number at a line's start, 'not for circulation' after a dash, and a file held back
    # until someone says (the attack round of the forty-eighth session: 'Draft 3 — not for
    # circulation.', 'Do not publish until legal have cleared it.', '… before this goes live.').
    # (Not 'Draft 3 of the council's AI policy went to the board', nor 'Test the tool before it goes live'.)
    # (Not 'Draft 3 (the one the board saw) cut the budget': the authors' round of the fifty-fourth session.)
    r"|(?m:^[ \t>*_#-]*)Draft\s+v?\d[\d.]*(?=\s*(?:[\u2013\u2014:-]|\((?i:\s*(?:not|do\s+not|internal|confidential|wip|work\s+in|for\s+review|draft|final))|$))|(?<=[\u2013\u2014-] )(?i:not\s+for\s+(?:circulation|distribution|publication))\b"
    # ('… until this page is live, please': the attack round of the forty-eighth session.)
    r"|(?i:\b(?:before|until)\s+this\s+(?:page|pattern|article|section|paragraph)\s+(?:goes\s+(?:live|out)|is\s+(?:published|live|public|out|released)))\b"
    # ('DELETE THIS PARAGRAPH BEFORE PUBLISHING.': the attack round of the fifty-fourth session.)
    # (Alone, to its sentence's end: not 'Remove this section before publication, the comms team wrote'.)
    r"|(?m:^[ \t>*_#-]*)(?i:(?:delete|remove|cut)\s+this\s+(?:paragraph|section|line|sentence|note|bit)\b[^\n.]{0,30}?\bbefore\s+(?:publishing|publication|it\s+goes\s+(?:live|out)|going\s+live))(?m:(?=[\s.!]*$))"
)
# A note to a colleague or an editor that starts its paragraph, as a document's review leaves them
# ('Comment [SJ1]: …', 'Reviewer's note: …', 'Note for the editor — …', 'Sub-editor: trim…',
# 'Suggested edit: …', 'Q for Sam: …', 'Action: Sam to add sources…', '@Priya can you…', 'Still to
# write: …'): the attack round of the forty-eighth session.
_NOTE_START = re.compile(
    r"(?m:^[ \t>*_#-]*)(?:(?i:comment)\s*\[[A-Z]{1,3}\d*\]\s*:|(?i:reviewer|sub-editor)['’]s\s+(?i:note|comment)\s*:|(?i:editor['’]s\s+comment)\s*:"
    r"|(?i:note\s+(?:for|to)\s+(?:the\s+)?(?:editor|sub-editor|reviewer|authors?))\b"
    r"|(?i:note\s+to\s+(?:self|myself))\s*:"  # (the attack round of the fifty-fourth session; not 'Note to self – the phrase…')
    # ('Editor:' before what it asks only: 'Editor: Sarah Jones (NHS Confederation), 2023' credits one.)
    r"|(?i:sub-editor)\s*:|(?:Editor|EDITOR)\s*:\s*(?i:please|pls|can|could|check|add|cut|trim|fix)\b"
    # ('Editor's note:' before what it asks only: one that tells readers what changed is published as
    # newspapers publish it, 'Editor's note: this pattern was revised in 2026': the authors' round of
    # the fifty-fifth session.)
    # (Anywhere in its line: 'Editor's note: we need to check this figure with finance', the review of the change.)
    r"|(?i:editor['’]s\s+note)\s*:(?=[^\n]{0,100}?\b(?i:please|pls|can\s+(?:you|we|someone)|could\s+(?:you|we|someone)|check|double-check|confirm|verify|update|source|add|cut|trim|fix|tk|tbc|awaiting|unsure|need\s+to|should\s+we|do\s+we|is\s+this)\b)"
    r"|(?i:suggested\s+(?:edit|change))\s*:|Q\s+for\s+[A-Z][a-z]+\s*:"  # (a person's name: not 'Q for CFOs: what would you stop funding?')
    r"|(?:ACTION|Action)\s*[:\u2013\u2014-]\s*[A-Z][a-z]*\s+to\s+(?:add|check|confirm|fix|update|source|write|tidy|draft|rewrite|finish)\b"
    r"|(?i:still\s+to\s+write)\s*:|@[A-Z]\w+\s+(?:can|could|please|pls)\b"
    # (A name asked to do it, and no more said: not 'Jane to confirm the figures was the last line of every agenda'.)
    r"|[A-Z][a-z]+\s+to\s+(?:confirm|check|add|verify|update|source)\s+(?:this|the\s+(?:figures?|sources?|numbers?|dates?)|sources?|figures?)[\s.!]*$)"
    # Or ends the text after a dash: '… by 40% — Priya to confirm.' ('$' is the end of what is read, a text's run)
    r"|(?<=[\u2013\u2014] )[A-Z][a-z]+\s+to\s+(?:confirm|check|add|verify|update|source)\b(?=[\s.!]*$)"
)
# What _NOTE_ALONE's readings hold ('add … here' its ' here').
_NOTE_ALONE_HELD = _looked_for(
    "wip", "tk", "stub", "section incomplete", "this section", "this pattern", "this paragraph", "to follow", "progress", "placeholder", "sample text", " here",
    "test", "blah", "foo", "asdf", "qwerty", "pending",
)
_NOTE_START_HELD = _looked_for("comment", "note", "editor", "suggested", "q for", "action", "still to", "@", " to confirm", " to check", " to add", " to verify", " to update", " to source")
# A paragraph that is nothing but a note that it is unfinished ('WIP', 'Stub — expand.', 'This
# section needs more work.', 'Text to follow.', 'Add second example here.', 'Test.', 'Blah blah.').
_NOTE_ALONE = re.compile(
    r"(?i:wip|tk|stub(?:\s*[\u2013\u2014:-]\s*expand)?|section\s+incomplete|this\s+(?:section|pattern|paragraph)\s+(?:needs\s+(?:more\s+)?work|is\s+a\s+stub|is\s+(?:incomplete|unfinished))"
    # (A note's words after a mark, not a sentence: 'WORK IN PROGRESS was written across the dashboard'.)
    r"|(?:text|more|details|figures|examples?|sources?)\s+to\s+follow(?:\s+once\b[^\n]{0,60})?|work\s+in\s+progress(?:\s*[:\u2013\u2014-][^\n]{0,80})?"
    r"|placeholder\s+(?:paragraph|text|section|copy)(?:\s+(?:about|on|for)\b[^\n]{0,50})?"
    r"|sample\s+text(?:\s*[.:\u2013\u2014-][^\n]{0,60})?|add\s+(?:a\s+|the\s+|another\s+)?(?:second\s+|third\s+)?(?:example|source|figure|link|case\s+study|quote)s?\s+here"
    r"|test(?:ing)?(?:,?\s+testing)*|blah(?:,?\s+blah)+|foo(?:\s+bar)?(?:\s+baz)?|asdf\w*|qwerty\w*|pending\s+(?:legal\s+)?(?:sign[\s-]?off|review|approval)"
    r"|example\s+tk|(?:an?\s+)?example\s+to\s+(?:come|follow))[.!…]*"
)
# Of those, the ones that are a stage's or a status's name, as an item of a list of others is
# ('- Plan', '- Build', '- Test'; 'Done', 'WIP', 'Pending approval'): the authors' round of the
# fifty-fourth session. Alone in its paragraph, or the only item of a list, it is still a note.
_STATUS_ALONE = re.compile(r"(?i:test(?:ing)?|wip|work\s+in\s+progress|pending\s+(?:legal\s+)?(?:sign[\s-]?off|review|approval)|stub)[.!…]*")
_DRAFT_AFTER = re.compile(r"(?i)\(\s*(?:draft|wip|work\s+in\s+progress)\s*\)(?=\s*\Z)")
# What Word writes into the text where a cross-reference or a field is broken.
_FIELD_ERROR = re.compile(r"Error! (?:Reference source not found|Bookmark not defined|No text of specified style in document|Hyperlink reference not valid|Not a valid bookmark(?: self-reference)?)\.?")
# Where a comment of Google Docs or Word was, exported with the text: '…this year.[a]' (after
# a mark: 'arr[i]' is code), '[JS1]', and the comment's own line, '[a]Jane Smith: …'.
_ANCHOR_ALONE = re.compile(r"\[(?:[a-z]{1,2}|[A-Z]{1,3}[0-9]{1,3})\]")
_COMMENT_ANCHOR = re.compile(
    # (Not a period straight after a table's name, as Excel and Power BI refer to a column:
    # 'Budget[Q1]', 'Sales[FY24]', the false-refusal round of the forty-eighth session.)
    # (Or glued to a word at a line's end, 'for the prompts[a]', with its comment's line deleted: the
    # authors' round of the fifty-third session; not 'arr[i] = 0', code.)
    r"(?<=[.,;:!?)\"”’])\[[a-z]{1,2}\]|(?<=[a-z])\[[a-h]\](?=[.,;:!?]?[ \t]*$)|(?<=\S)\[(?!(?:Q[1-4]|H[12]|FY\d\d|CY\d\d)\])[A-Z]{1,3}[0-9]{1,3}\]"
    r"|^\[(?:[a-z]{1,2}|[A-Z]{1,3}[0-9]{1,3})\](?=[^\W\d_])", re.MULTILINE
)
# A paragraph, sign or value that is nothing but 'TBC' (or 'TBD', 'XXX', 'to follow'…).
# What a tool leaves where a value was to come (the attack round of the fifty-second session,
# helper-240: each published): a spreadsheet's formula that failed ('#REF!', '#DIV/0!'), a web
# page's object printed whole ('[object Object]'), a template's field in its own marks
# ('<%= client %>', '{% client %}', '#CLIENT#'), and a figure or a count never put in ('XX hours',
# 'saved ??? hours').
_FORMULA_ERRORS = r"#(?:REF!|VALUE!|DIV/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|ERROR!)"  # (not '#N/A', as often a lookup's answer told of)
_FORMULA_ERROR = re.compile(_FORMULA_ERRORS)
# (Where a figure goes, said to be one: 'The total was #REF!', 'Hours saved: #DIV/0!'; not 'the total
# row said #REF!' or 'cells showing #N/A', which tell of the spreadsheet: false-refusal rounds.)
_FIGURE_BEFORE = (r"\bis ", r"\bwas ", r"\bare ", r"\bwere ", r"\bof ", r"\bsaved ", ": ", ":", "= ", "£", "$", "€", r"\(")
_AS_A_FIGURE = "|".join(f"(?<={before})" for before in _FIGURE_BEFORE)
# (A year where a date goes, 'by 20XX', 'in 202X': not 'The 20XX series of chips', a product's name.)
_AS_A_DATE = "|".join(f"(?<={before})" for before in (*(rf"\b(?i:{word}) " for word in ("in", "by", "since", "until", "from", "of", "to", "before", "after", "during", "is", "was")), ": ", r"\(", "\u2013 "))
# ('NN' before a span of time only: 'Novo Nordisk's NN staff' is a company's: the review of the change.)
_TIME_UNITS = r"hours?|hrs|days?|weeks?|months?|years?|minutes?|mins|per\s+cent|percent"
_UNITS = r"hours?|hrs|days?|weeks?|wks|months?|years?|minutes?|mins|people|staff|FTEs?|times|per\s+cent|percent"
_LEFT_BY_A_TOOL = re.compile(
    rf"(?:{_AS_A_FIGURE}){_FORMULA_ERRORS}|\[object Object\]|<%[=-]?\s*[A-Za-z_][\w.]{{0,40}}\s*-?%>|\{{%\s*(?i:{_MERGE_NAMES})\s*%\}}"
    rf"|(?<![\w#])#(?i:{_MERGE_NAMES})#(?![\w#])"
    rf"|(?<![\w£$€])(?:XX|xx|_{{3,}})\s+(?i:{_UNITS})\b|(?<![\w£$€])NN\s+(?i:{_TIME_UNITS})\b"
    # ('saved ??? hours', 'The saving was ???.', '???' alone; not 'Who owns it???', a question, nor
    # '??? tip' starting a line, another tool's note, told as one: tests/test_other_tools.py.)
    r"|(?<![\w?\n])(?<!^)\?{2,}(?=[ \t]+[A-Za-z]|[.,;:]?[ \t]*(?:\n|$))|(?:(?<=\n)|^)\?{2,}(?=[.,;:]?[ \t]*(?:\n|$))"
    # (The attack round of the fifty-third session: a year never put in, '20XX', '202X'; a blank to
    # write on, 'ran for ___ months', 'Owner: ______'; a template's variable or tag where a figure or a
    # value goes, 'saved ${hours} hours', 'saved {% hours %} hours'.)
    rf"|(?:{_AS_A_DATE})(?:19|20)(?:XX|[0-9]X)(?![\w'’])"
    # (Not a shell's '${HOME}', told of; nor an empty box, '- Sponsor named: [ ]', a checklist's, nor
    # '[[roadmap]]', a wiki's page, warned as one: the reviews of the change.)
    rf"|(?:{_AS_A_FIGURE})(?:_{{3,}}(?![\w_])|\$\{{\s*(?![A-Z0-9_]+\s*\}})[A-Za-z_]\w{{0,40}}\s*\}}|\{{%-?\s*[A-Za-z_][\w.]{{0,40}}\s*-?%\}})"
)


def _may_be_left_by_a_tool(text: str) -> bool:
    """Whether ``text`` may hold what :data:`_LEFT_BY_A_TOOL` reads, looked for at C speed."""
    return (
        "#" in text or "[object" in text or "<%" in text or "{%" in text or "XX" in text or "xx" in text or "NN" in text or "??" in text or "___" in text
        or "${" in text or "[[" in text or "[ ]" in text or "[]" in text or _YEAR_LEFT_HELD.search(text) is not None
    )


_YEAR_LEFT_HELD = re.compile("[0-9]X")


_PLACEHOLDER_ALONE = re.compile(rf"(?i)[(\[]?\s*(?:TBC|TBD|TBA|XXX+|TK|to (?:come|follow)|placeholder)\s*[)\].!:…]*|(?-i:{_FORMULA_ERRORS})")
# A paragraph or sign of an ellipsis alone, outside a quotation (where '[…]' or '…' marks
# what the quotation leaves out).
_ELLIPSIS_ALONE = re.compile(r"\.{2,}|…[.…]*")  # '..' and '….' too, as a phone or a hurried hand types it
# Looked for first, in the file as written, as plain words in small letters and a note in
# brackets: most files have none. (One case-blind expression of every word took 0.4 CPU s
# per 1,000 files that held none: it was tried at every character.)
# The words DRAFT_MARK's readings hold: its own quick look, and a part of the one below.
_DRAFT_WORDS = _looked_for("draft", "wip", "progress", "not for", "do not", "construction", "before this", "until this", "before publ", "before it goes", "before going")
_PLACEHOLDER_WORDS = _looked_for(
    "todo", "to-do", "to do", "fixme", "ipsum", "tbc", "tbd", "tba", "xx", "tk", "to come", "to follow", "placeholder", "..", "…", *_DRAFT_WORDS,
)


# Brackets of other scripts and widths, read as the square and curly ones a template writes
# ('［Client］', '【Client】', '⟦Client⟧'), with each letter that is another's form as that one
# ('［Ｃｌｉｅｎｔ］'): the same name left to fill in.
_BRACKETS_ALIKE = str.maketrans(
    dict.fromkeys("［【⟦〚〔〈「『〖⁅﹝❲⟨‹⟪", "[") | dict.fromkeys("］】⟧〛〕〉」』〗⁆﹞❳⟩›⟫", "]") | {"｛": "{", "｝": "}", "（": "(", "）": ")", "％": "%"}
)


# Where the characters that are another's form live (full-width, enclosed, super- and subscript,
# letterlike, mathematical, CJK brackets): looked for at C speed, as most text has none (British
# prose is seldom ASCII, for its quotes and dashes, and read through both tables it cost 0.3 CPU s
# per 1,000 files).
_OTHER_FORMS = re.compile(  # (a character beyond ASCII first, then which: see contacts._FIGURE_FORMS)
    "[^\x00-\x7f](?<=[\u00aa\u00b2\u00b3\u00b9\u00ba\u1d2c-\u1d6a\u2039\u203a\u2045\u2046\u2070-\u218f\u2460-\u24ff\u2772\u2773\u27e6-\u27ef"
    "\u3000-\u303f\ufe5d\ufe5e\uff00-\uffef\U0001d400-\U0001d7ff\U0001f100-\U0001f1ff])"
)


def _in_plain_forms(text: str) -> str:
    """``text`` with brackets and letters of other forms as a template's (:data:`_BRACKETS_ALIKE`)."""
    return text if text.isascii() or _OTHER_FORMS.search(text) is None else plain_forms(text.translate(_BRACKETS_ALIKE))


def _may_hold_placeholder(text: str) -> bool:
    """Whether ``text`` may hold what any reading of :func:`check_placeholders` reads: each
    reading's own quick look finds no word that this one does not (helper-231 found 'Reviewer's
    note:', 'Test.', 'NN%' and '<client name>' published: this look had none of their words)."""
    text = _in_plain_forms(text)
    lowered = _lowered(text)
    on_one_line = text.replace("\n", " ")
    return (
        any(word in lowered for word in _PLACEHOLDER_WORDS)
        or "HERE" in text
        or "{{" in text
        or (("[" in text or "{" in text or "%" in text or "<" in text) and _BRACKETED_PLACEHOLDER.search(text) is not None)
        # (A note's brackets over a line's end too: '[Note to' then 'editor: check this]'.)
        or (("[" in text or "(" in text) and any(_may_be_a_note(span.group()) for brackets in (_BRACKETS, *_WHOLE_BRACKETS) for span in brackets.finditer(on_one_line)))
        or "Error!" in text
        or "NN" in text
        or "Q?" in text
        or any(word in lowered for word in _NOTE_START_HELD)
        or any(word in lowered for word in _NOTE_ALONE_HELD)
        or _may_be_left_to_fill(text, lowered)
        or _may_be_left_by_a_tool(text)
        or any(word in lowered for word in _FILLER_HOLDS)
    )


# What is between brackets, one pair at a time: a note or a comment's mark is looked for in
# these alone (an expression of them tried at every character took 20 ms per 1,000 files).
_BRACKETS = re.compile(r"[\[(][^\[\]()\n]{0,200}[\])]")
# And each kind whole, of any length, the other kind within ('[check (with finance) first]').
_WHOLE_BRACKETS = (re.compile(r"\[[^\[\]\n]*+\]"), re.compile(r"\([^()\n]*+\)"))


def _may_be_a_note(span: str) -> bool:
    """Whether a bracketed span may be a note or a comment's mark: its words or its form."""
    return _ANCHOR_ALONE.fullmatch(span) is not None or _BRACKETED_NOTE.fullmatch(span) is not None


def _placeholder_in(text: str) -> str | None:
    """The placeholder ``text`` holds or is, as written."""
    if found := _placeholder_within(text):
        return found
    return text.strip() if _PLACEHOLDER_ALONE.fullmatch(text.strip()) or _ELLIPSIS_ALONE.fullmatch(text.strip()) else None


def _items_in_lists(tokens: Sequence[Token]) -> dict[int, int]:
    """For each list's item, at its 'list_item_open', how many other items its list has that are a
    few words and no note (a stage's name, 'Build', 'Run'): one pass, made only where a note alone
    is found. ('- WIP' then '- WIP' is notes; '- Plan', '- Test' a list of stages: the review of the
    fifty-fourth session's change.)"""
    counts: dict[int, int] = {}
    open_lists: list[list[tuple[int, bool]]] = []  # each list open, the innermost last: its items, and whether each is a stage's name
    for at, token in enumerate(tokens):
        if token.type.endswith("_list_open"):
            open_lists.append([])
        elif token.type == "list_item_open" and open_lists:
            words = tokens[at + 2].content.strip().strip("*_").strip() if at + 2 < len(tokens) and tokens[at + 2].type == "inline" else ""
            open_lists[-1].append((at, 0 < len(words.split()) <= 3 and _NOTE_ALONE.fullmatch(words) is None))
        elif token.type.endswith("_list_close") and open_lists:
            items = open_lists.pop()
            named = sum(stage for _, stage in items)
            counts.update((item, named - stage) for item, stage in items)
    return counts


def _draft_after(text: str) -> str | None:
    """'(draft)' at the end of a value: 'The sponsor who moved on (draft)'."""
    found = _DRAFT_AFTER.search(text) if "(" in text else None
    return found.group() if found else None


def _placeholder_within(text: str) -> str | None:
    """The first placeholder within ``text``, as written."""
    found = _placeholders_within(text)
    return found[0] if found else None


def _placeholders_within(text: str) -> list[str]:
    """Every placeholder within ``text``, as written, in order, each once (where two
    readings overlap, the one that starts first). Each expression is tried only where its
    word is (tried at every character of every paragraph, one expression of them all took
    0.2 CPU s per 1,000 files that held 'to come' in a sentence)."""
    written, text = text, _in_plain_forms(text)  # one character for one: a place in either is the other's
    lowered = _lowered(text)
    found = [
        match
        for expression, there in (
            (_MARKED, "TODO" in text or "TO-DO" in text or "todo" in lowered or "to-do" in lowered or "to do" in lowered or "fixme" in lowered or "FIXME" in text or "PLACEHOLDER" in text or "tktk" in lowered or "[TK]" in text or "HERE" in text or "{{" in text),
            (_LOREM, "ipsum" in lowered),
            (_BRACKETED_PLACEHOLDER, "[" in text or "{" in text or "%" in text or "<" in text),
            (_BRACKETED_NOTE, "[" in text or "(" in text),
            (_COMMENT_ANCHOR, "[" in text),
            (_LEFT_TO_FILL, _may_be_left_to_fill(text, lowered)),
            (_FILLER, any(word in lowered for word in _FILLER_HOLDS)),
            (_FIELD_ERROR, "Error!" in text),
            (_LEFT_BY_A_TOOL, _may_be_left_by_a_tool(text)),
            (DRAFT_MARK, any(word in lowered for word in _DRAFT_WORDS)),
            (_NOTE_START, any(word in lowered for word in _NOTE_START_HELD)),
        )
        if there
        for match in expression.finditer(text)
        # ('lorem ipsum' named in prose, as either expression reads it: 'the mock-up was full of lorem ipsum'.)
        if ((expression is not _LOREM and expression is not _FILLER) or not _lorem_named(text, match.start()))
        and not ((expression is _BRACKETED_PLACEHOLDER or expression is _BRACKETED_NOTE) and _interface_label(text, match))
    ]
    if "XX" in text or "xx" in text or "NN" in text or "Q?" in text:
        found += (m for m in _FIGURE_LEFT.finditer(text) if not _a_numeral(text, m))
    words: dict[str, None] = {}  # in order, each once: a list's 'not in' made a paragraph of n take n² steps
    end = -1
    for match in sorted(found, key=lambda match: match.start()):  # stable: the expressions' order breaks a tie
        if match.start() >= end:
            words.setdefault(written[match.start() : match.end()])
        end = max(end, match.end())
    return list(words)


# A capitalised word and its space, just before what follows it.
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \u00a0]\Z")


def _a_numeral(text: str, match: re.Match[str]) -> bool:
    """Whether 'XXX' is a Roman thirty: after a name, a capitalised word that does not start
    a sentence ('Super Bowl XXX', 'in Chapter XXX'), where 'The XXX team' is a name left to
    find. Looked at within the few characters before it, so that a file of many is read once."""
    if match.group() != "XXX":
        return False
    name = _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if name is None:
        return False
    lead = text[max(0, name.start() - 3) : name.start()].rstrip(" \u00a0")
    return bool(lead) and lead[-1] not in ".!?:\n"


def check_placeholders(source: Source, report: Report, values: dict[str, Any], lines: dict[str, int]) -> None:
    """'TODO', 'FIXME' or lorem ipsum in what a reader would see: the front matter's text,
    and the body's text as the one parse reads it (not code, comments or addresses). One
    error a paragraph or item, naming every placeholder in it."""
    # The quick look reads what is published: the front matter's values as YAML reads them
    # ('TO\\x44O' is TODO) and the body with its character references decoded, as the parse
    # decodes them ('TO&#68;O' is TODO), by markdown-it's own decoder.
    for name in _SHOWN_FIELDS:
        for index, text in enumerate(_items(values.get(name))):
            if isinstance(text, str) and (held := _VALUE_TO_FILL.fullmatch(text.strip())) is not None and not _quoted_fill(text):
                # A name, sign or summary that a template left to fill in ('???', 'N/A',
                # 'insert name here', 'name TBD'): published as the pattern's own words. One that
                # tells of a 'TBC' in words of its own is told how to quote it ('The owner column
                # says TBC', a sign of a stall: the false-refusal sweep of the forty-fifth session).
                hint = _instead_of_value(name)
                if _told_of(text) and (mark := _TO_BE.search(text)) is not None:
                    hint = f"if it tells of a '{mark.group()}' left in a plan, quote that as written: {_TO_BE.sub(_in_quotes, text.strip())}; if not, {hint}"
                _placeholder(report, lines.get(f"{name}[{index}]", lines[name]), 1, held.group().strip(), (), hint)
    told = {d.line for d in report.items if d.code == "placeholder"}
    # The body as the page shows it ('TO[DO](…)' is TODO, 'TO&#68;O' too), with the marks that the
    # page reads as emphasis about a merge field's name ('__CLIENT__'), and the front matter's values.
    shown = [source.shown, *(v for name in _SHOWN_FIELDS for v in _items(values.get(name)) if isinstance(v, str))]
    if not (_may_hold_placeholder("\n".join(shown)) or (("*|" in source.body or "__" in source.body) and _EATEN_MARKS.search(source.body))):
        return
    for name in _SHOWN_FIELDS:
        for index, text in enumerate(_items(values.get(name))):
            if lines.get(f"{name}[{index}]", lines[name]) in told:
                continue
            if isinstance(text, str) and (word := _unquoted_placeholder_in(text) or _draft_after(text)):
                # Each item at its own line; a text, once, naming what else it holds.
                others = [other for other in _placeholders_within(text) if other != word]
                instead = _instead_of_value(name) if text.strip().strip("*_").strip() == word else None
                _placeholder(report, lines.get(f"{name}[{index}]", lines[name]), 1, word, others, instead, in_words=instead is None)
    quoted = 0  # quotations the token is in
    items: dict[int, int] | None = None  # each list item's list's count of other stages' names, where a note alone is read in one (_STATUS_ALONE)
    cells: dict[int, Iterator[tuple[int, int]]] = {}  # a table row's line: its cells' places on it, each taken by its cell ('| TBC | TBC |')
    for at, token in enumerate(source.tokens):
        quoted += 1 if token.type == "blockquote_open" else -1 if token.type == "blockquote_close" else 0
        if token.type != "inline" or not token.map:
            continue
        row = token.map[0] + source.body_start
        start, end = 0, None  # where on its first line the block is written: a cell's own part of its row
        if at and source.tokens[at - 1].type in ("th_open", "td_open"):
            if row not in cells:
                cells[row] = iter(cell_spans(source.lines[row - 1]))  # (read once a row, not once a cell)
            start, end = next(cells[row], (0, None))
        # A paragraph of its own: 'TBC', or '**TBC**', or '&#84;BC', which the page shows as TBC.
        alone = (unescapeAll(token.content) if "&" in token.content else token.content).strip().strip("*_").strip()
        noted = (
            not quoted
            and at > 0
            and source.tokens[at - 1].type == "paragraph_open"
            and _NOTE_ALONE.fullmatch(alone) is not None  # (not '## Testing', a cell's 'Pending approval')
            and not (_STATUS_ALONE.fullmatch(alone) and (items := _items_in_lists(source.tokens) if items is None else items).get(at - 2, 0) > 0)
        )
        if alone and (_PLACEHOLDER_ALONE.fullmatch(alone) or (not quoted and _ELLIPSIS_ALONE.fullmatch(alone)) or noted):
            _placeholder(report, row, source.lines[row - 1].find(alone[:1], start, end) + 1 or start + 1, alone)
            continue
        in_address = False  # the text of a bare address, which is its address
        words: dict[str, None] = {}  # in order, each once
        titled: set[str] = set()  # those in a link's or picture's title, whose quotes are the title's
        parts: list[str] = []  # the text as the page shows it, across emphasis and links
        for child in token.children or []:
            if child.type in ("link_open", "image") and (title := child.attrGet("title")):
                titled.update(found := _placeholders_within(str(title)))
                words.update(dict.fromkeys(found))  # shown on hovering over it
            if child.type == "link_open":
                in_address = child.markup in ("linkify", "autolink")
            elif child.type == "link_close":
                in_address = False
            elif child.type in ("text", "image") and not in_address and (placeholders := _placeholders_within(picture_words(child) if child.type == "image" else child.content)):
                words.update(dict.fromkeys(placeholders))  # a picture's too: its description, as read out in its place ('TO**DO**')
            parts.append(
                child.content if child.type == "text" and not in_address
                else "\n" if child.type in ("softbreak", "hardbreak")
                else "" if child.type in _MARKS_ONLY or (child.type == "html_inline" and child.content.startswith("<!--"))  # (a comment: the page joins what stands either side)
                else "\ufffc"  # code, a picture, HTML, an address: the words either side are no one phrase
            )
        if any(part != "\ufffc" != after for part, after in zip(parts, parts[1:])):  # (where two parts are read as one)
            # Read as the page shows it, one text: 'Do **not** publish', 'TO*DO*', 'Do' at a
            # line's end and 'not publish' on the next (the attack round of the forty-eighth
            # session), first, with those read a part at a time that are no part of one of them.
            joined = "".join(parts)
            found = _placeholders_within(joined)
            if "\n" in joined and ("[" in joined or "(" in joined):
                # And a note in brackets over a line's end ('[Note to' then 'editor: check this]'),
                # read on one line as the page shows it: the notes' expressions read within a line.
                joined = joined.replace("\n", " ")
                compared = found[:_WORDS_COMPARED]
                found += (word for word in _placeholders_within(joined) if word not in found and not any(word in other or other in word for other in compared))
            # (Not what spans one of the marks put in place of a link's ends or code: no phrase reads across them.)
            found = [word.replace("\n", " ") for word in (word.strip("\ufffc") for word in found) if "\ufffc" not in word]
            found = _unquoted(joined, found)
            if found:
                compared = found[:_WORDS_COMPARED]
                words = dict.fromkeys([*found, *(word for word in words if not any(word in whole for whole in compared))])
        if ("*|" in token.content or "__" in token.content) and (eaten := _EATEN_MARKS.search(token.content)) is not None:
            # '*|CLIENT|*', '__CLIENT__': the page shows the name, its marks read as emphasis; told as
            # written, in place of the name the page shows ('|CLIENT|', read too).
            words = dict.fromkeys(eaten.group() if word in eaten.group() else word for word in words)
            words.setdefault(eaten.group())
        if "ipsum" in _lowered(token.content) and not any(_LOREM.fullmatch(word) for word in words):
            # The filler over two lines, which the page shows as one ('Lorem' at a line's end, 'ipsum' after it).
            joined = " ".join(child.content for child in token.children or [] if child.type == "text")
            if (filler := _LOREM.search(joined)) is not None and not _lorem_named(joined, filler.start()):
                # Named first, for the words after it on the next line ('ipsum dolor sit amet') are its own.
                words = {filler.group(): None, **{word: None for word in words if not _FILLER.fullmatch(word)}}
        if "[x]" in words and at > 1 and source.tokens[at - 2].type == "list_item_open" and token.content.startswith("[x]"):
            del words["[x]"]  # '- [x]Done': a task's box with its space left out, which the task-list check tells
        if words and quoted:
            words = {word: None for word in words if not _NAME_LEFT_OUT.fullmatch(word)}
        if words:
            words = dict.fromkeys(_unquoted(token.content, list(words), titled))
        if words:
            # One error a paragraph, at its first, naming the others: all are found at once.
            word, *others = words
            line, column = _where_written(source.lines, row, token.map[1] + source.body_start, word, start, end)
            _placeholder(report, line, column, word, others, in_words=token.content.strip().strip("*_").strip() != word)


# The marks that the page shows as emphasis or a link, not as text of their own.
# (A link's words too: '[Do not](…) publish', 'TO[DO](…)': the attack round of the forty-eighth session.)
_MARKS_ONLY = EMPHASIS | {"link_open", "link_close"}


def _where_written(lines: Sequence[str], first: int, last: int, word: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """The line and column, from ``first`` to before ``last``, where ``word`` is written (on
    ``first``, between ``start`` and ``end``: a table cell's part of its row); for one read as
    the page shows it, not as written ('Do' then 'not publish', 'TO*DO*'), where its first word
    starts, as much of it as is written so (helper-227); else where the block starts."""
    head = word.split()[0] if word.split() else word
    for written in (word, *(head[:size] for size in range(len(head), 1, -1))):
        for number in range(first, last):
            if (at := lines[number - 1].find(written, *((start, end) if number == first and end is not None else ()))) != -1:
                return number, at + 1
    return first, start + 1


# A quotation in a paragraph: "…", “…”, '…' or ‘…’, each mark against the words it opens or
# closes (an apostrophe inside a word, 'the team's', closes none).
# (A straight one before a figure is an elision, 'the '90s'; one after an 's' a plural's
# possessive, 'the vendors' tools': neither opens or closes one.)
_QUOTED = re.compile(
    r'(?<!\w)"(?=\S)[^"]*?(?<=\S)"(?!\w)|(?<!\w)“[^”]*”'
    r"|(?<!\w)'(?=[^\s\d])(?:[^']|(?<=\w)'(?=\w))*?(?<=[^\ssS])'(?!\w)|(?<!\w)‘(?:[^’]|(?<=\w)’(?=\w))*?(?<=[^\ssS])’(?!\w)"
)
_BACKTICKS = re.compile(r"`+")
# A word outside the quotations: a text that is one quotation and nothing more is no text
# about a placeholder ('"TBC"' as a sign, '“[Insert quote from the sponsor here]”').
_WORD_OUTSIDE = re.compile(r"[^\W\d_]{2,}")
_QUOTE_MARKS = re.compile("[\"“'‘]")
_OPENING_MARKS = "\"“'‘"


def _unquoted_placeholder_in(text: str) -> str | None:
    """The placeholder a front matter's text holds or is (:func:`_placeholder_in`), but not
    one it quotes ('The go-live date reads "TBC" in every plan', a sign)."""
    word = _placeholder_in(text)
    if word is None or not _QUOTE_MARKS.search(text) or not _quoted_throughout(text, word):
        return word
    # (The first _WORDS_COMPARED looked for, the rest kept, as in the body: each is looked for along the text.)
    return next((other for at, other in enumerate(_placeholders_within(text)) if at >= _WORDS_COMPARED or not _quoted_throughout(text, other)), None)


_TO_BE = re.compile(r"\b(?:TBD|TBC|TBA)\b")


# A word of prose: 'TBC' in a value with four of them or more may tell of one ('The owner column
# says TBC', a sign of a stall); with fewer, it is left ('Owner TBC').
_PROSE_WORD = re.compile(r"[^\W\d_]{2,}")
_WORDS_TELLING = 4


def _told_of(text: str) -> bool:
    """Whether a value that holds 'TBC', 'TBD' or 'TBA' may tell of it, in a sentence of its own words."""
    return len([word for word in _PROSE_WORD.findall(text) if not _TO_BE.fullmatch(word)]) >= _WORDS_TELLING


def _quoted_fill(text: str) -> bool:
    """Whether the 'TBC', 'TBD' or 'TBA' that makes a value one left to fill in is quoted
    there, each time ('Every plan says the date is "TBD"'): told of, not left."""
    if not _QUOTE_MARKS.search(text):
        return False
    marks = dict.fromkeys(found.group() for found in _TO_BE.finditer(text))
    return bool(marks) and all(_quoted_throughout(text, mark) for mark in marks)


# How many of a paragraph's placeholders are each compared with the others, or looked for in its
# quotations: one of many more is told all the same (a paragraph of thousands, each read against
# each, took time in the square of their number: helper-227).
_WORDS_COMPARED = 20


def _unquoted(content: str, words: list[str], titled: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """``words`` that ``content`` does not quote throughout (:func:`_quoted_throughout`): the first
    :data:`_WORDS_COMPARED` looked for, the rest kept; those in ``titled`` kept too."""
    if not _QUOTE_MARKS.search(content):
        return words
    return [word for at, word in enumerate(words) if word in titled or at >= _WORDS_COMPARED or not _quoted_throughout(content, word)]


def _code_spans(content: str) -> list[tuple[int, int]]:
    """Where each code span in ``content`` starts and ends, in order: a run of backticks, to the
    next run of as many (as CommonMark reads them; found in one pass from the end, in linear time)."""
    runs = [found.span() for found in _BACKTICKS.finditer(content)]
    closing: list[int | None] = [None] * len(runs)
    last: dict[int, int] = {}  # the next run of each length, read from the end
    for index in range(len(runs) - 1, -1, -1):
        size = runs[index][1] - runs[index][0]
        closing[index], last[size] = last.get(size), index
    spans, index = [], 0
    while index < len(runs):
        if (closes := closing[index]) is None:
            index += 1
        else:
            spans.append((runs[index][0], runs[closes][1]))
            index = closes + 1
    return spans


def _quoted_throughout(content: str, word: str) -> bool:
    """Whether each time ``word`` is in a paragraph's ``content`` (as written) it is within a
    quotation there: a placeholder quoted is told of, not left ('The plan said "TODO: decide
    who owns it", and was signed off'). Not found as written (a reference, '&#84;ODO'): not.
    (The quotations and code spans are found once a text, and each place looked up among them:
    read again for each word, and each place compared with each quotation, a text of many took
    time in its square: the review of the fifty-fifth session's change.)"""
    quotes, quote_starts, code, code_starts, words_outside = _quotations_of(content)
    # (A mark the word starts with, as the page shows it, may be typed straight: '"TODO:'.)
    written = f"[{_OPENING_MARKS}]{re.escape(word[1:])}" if word[:1] in _OPENING_MARKS else re.escape(word)
    places = [found.start() for found in re.finditer(written, content)]
    if code:
        # Not where it is code, which the page shows as typed ('The template used `TODO`, and the
        # board paper said "TODO".': the authors' round of the fifty-fifth session).
        as_text = [at for at in places if not _within(code, code_starts, at, at)]
        if places and not as_text:
            return True
        places = as_text
    # (The word may start with the quotation's own mark: '“TODO:' in '“TODO: name an owner” was…'.)
    opening = word[:1] in _OPENING_MARKS
    if not places or not all(_within(quotes, quote_starts, at + opening, at + len(word)) for at in places):
        return False
    return words_outside


def _within(spans: list[tuple[int, int]], starts: list[int], first: int, last: int) -> bool:
    """Whether one of ``spans`` (in order, none overlapping; ``starts`` their starts) starts before
    ``first`` and ends after ``last``."""
    index = bisect.bisect_left(starts, first) - 1
    return index >= 0 and last < spans[index][1]


@lru_cache(maxsize=8)
def _quotations_of(content: str) -> tuple[list[tuple[int, int]], list[int], list[tuple[int, int]], list[int], bool]:
    """A text's quotations and code spans (each with their starts, for :func:`_within`), and
    whether a word stands outside the quotations."""
    quotes = [found.span() for found in _QUOTED.finditer(content)]
    code = _code_spans(content) if "`" in content else []
    outside = "".join(content[end:start] for (_, end), (start, _) in zip([(0, 0), *quotes], [*quotes, (len(content), 0)]))
    return quotes, [start for start, _ in quotes], code, [start for start, _ in code], _WORD_OUTSIDE.search(outside) is not None


_SHOWN_FIELDS = ("title", "summary", "signs", "also_known_as")  # the front matter a reader sees
# A whole value or item left to fill in: marks or 'N/A' alone, words asking for it to be
# written ('insert name here', 'add a sign here'), or 'TBD' in capitals with a word.
_VALUE_TO_FILL = re.compile(
    r"(?i:[?!.\-–—_*#]{2,}|[?\-–—_]|n/?a|none|(?:insert|add|enter|type|put|write)\b.{0,40}\bhere\b.{0,10}"
    r"|\[[^\]]{0,30}\bname\b[^\]]{0,30}\])"
    r"|.{0,40}\b(?:TBD|TBC|TBA)\b.{0,40}"
)


def _in_quotes(found: re.Match[str]) -> str:
    return f'"{found.group()}"'


def _items(value: Any) -> Any:
    """A field's value as the items it holds: a text alone is one."""
    return (value,) if isinstance(value, str) else value or ()


_ITEM_NAMES = {kind.key: kind.item for kind in (SIGNS, OTHER_NAMES)}  # "signs": "sign"


def _instead_of_value(name: str) -> str:
    """The hint for a value or list item that is a placeholder and nothing else: deleting
    the placeholder alone would leave an empty '- ' item or value, itself an error."""
    if name in _ITEM_NAMES:
        return f"write the {_ITEM_NAMES[name]} in its place, or delete the whole line, '- ' and all"
    return f"write the {name} in its place"


def _placeholder(
    report: Report, line: int, column: int, word: str, others: Sequence[str] = (), instead: str | None = None, in_words: bool = False
) -> None:
    """``in_words``: the word is among others of a sentence, which may tell of it as a mark."""
    more = f" (and so {'does' if len(others) == 1 else 'do'} {_listed(others)}, further on)" if others else ""
    message, hint = f"'{word}' marks text still to be written, which is never published{more}", f"write the text {'each' if others else 'it'} stands for, or delete {'them' if others else 'it'}"
    if not others and _LEFT_TO_FILL.fullmatch(word) and "`" not in word and (word.startswith("«") or not any(c.isspace() for c in word)):
        # A template's mark told of in prose ('The variable $CLIENT was empty'): as code it is shown as it is.
        hint += f"; to write about the mark itself, put it in backticks, `{word}`, which the page shows as code"
    elif in_words and not others and len(word) <= 40 and not _FILLER.search(word) and _FIGURE_LEFT.search(word) is None and not _VALUE_MARKS.search(word):
        # (Not a figure or a value left to fill in, 'XX%', '£XX', '??? hours', '{{ client }}': quoted, it is published still.)
        # (Said in docs/authoring.md, and not in the hint: 'The plan said TODO' was deleted, helper-242.)
        hint += f"; to write about the mark itself, put it in quotation marks, “{word}”"
    if not others and _ROLE_IN_BRACKETS.fullmatch(word):
        # '[Sponsor]', a role for a name an interview left out: a template's mark to a reader too.
        hint += f"; to name someone by their role, write the role in words, without the brackets ('{word[1:-1].strip().lower()}')"
    if _FIELD_ERROR.fullmatch(word):
        message = f"'{word}' is what Word writes where a cross-reference is broken: the page would show it{more}"
        hint = "write what it referred to in words (a figure's or a section's name), or delete it"
    elif _FORMULA_ERROR.fullmatch(word):
        message = f"'{word}' is what a spreadsheet shows where a formula failed: the page would show it{more}"
        hint = "write the figure the formula was to give, or delete it"
    elif _ANCHOR_ALONE.fullmatch(word):
        message = f"'{word}' marks where a comment of Google Docs or Word was, exported with the text: the page would show it{more}"
        hint = f"delete it, and the comment's own line, which starts '{word}', if it is in the file"
    elif DRAFT_MARK.fullmatch(word) or _DRAFT_AFTER.fullmatch(word):
        # Deleted alone, the pattern it marked as unfinished went out.
        message = f"'{word}' marks the pattern as a draft, but the page would show it to readers{more}"
        hint = "delete it; to keep the pattern off the site until it is ready, write 'draft: true' in the front matter"
    elif _BRACKETED_NOTE.fullmatch(word):
        message = f"'{printable_start(word, 60)}' is a note to the authors or an editor: the page would show it to readers{more}"
        hint = "do what it asks, then delete it; a note that is to stay goes in a comment, <!-- … -->, which no reader sees"
        if in_words and not others and _TO_BE.search(word):
            # ('The plan listed the go-live as Q3 (TBC) for a whole year': a status told of, helper-246.)
            hint += f"; to tell of a status, write it in words ('to be confirmed') or put it in quotation marks, “{word}”"
    report.error(line, "placeholder", message, instead or hint, column=column)


_ROLE_IN_BRACKETS = re.compile(
    r"\[\s*(?i:(?:project |programme |executive |business |senior )?(?:sponsor|owner|stakeholder|manager|director|lead|head|reviewer|analyst|engineer|officer"
    r"|chair|executive|interviewee|participant|respondent|clinician|consultant|ceo|cfo|cio|cto|coo|dpo))\s*\]"
)
# What stands for a value, not a word, in a placeholder: a figure's 'XX', marks of a question or a template's field.
_VALUE_MARKS = re.compile(r"XX|xx|\?\?|\{\{|<%|\{%|#")


_MOST_PLACEHOLDERS_NAMED = 5
"""The others a placeholder's error names: a paragraph of many would make a message of
thousands of characters, which a terminal and GitHub's annotation show as a wall."""


def _listed(words: Sequence[str]) -> str:
    quoted = [f"'{word}'" for word in words[:_MOST_PLACEHOLDERS_NAMED]]
    if len(words) > len(quoted):
        return f"{', '.join(quoted)} and {len(words) - len(quoted)} more"
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"


# What a copy out of ChatGPT leaves where its answer cited a source: ':contentReference[oaicite:0]{index=0}',
# or '【4:2†report.pdf】' for a file it was given. GitHub and the site show it as typed.
# And its newer marks (the attack round of the fifty-third session): a link's words
# 'oai_citation:1‡example.org', and a search's 'turn0search3' (with 'cite' and private-use
# characters about it, or in brackets).
_ASSISTANT_CITATION = re.compile(
    r":contentReference\[oaicite:[0-9]+\](?:\{index=[0-9]+\})?|【[0-9]+(?::[0-9]+)?†[^】\n]{0,200}】|oai_citation:[0-9]+|(?<![A-Za-z0-9])(?:cite)?turn[0-9]+(?:search|news|view|file|fetch|image|product)[0-9]+"
    # Its mark alone, where emphasis or a line's end parts it from ':contentReference' (':content*Reference*',
    # then '[oaicite:0]'), the same mark in square brackets ('[4:0†source]'), and Gemini's ('[cite: 12]'):
    # the attack round of the fifty-fourth session.
    r"|\[oaicite:[0-9]+\](?:\{index=[0-9]+\})?|\[[0-9]+:[0-9]+†[^\]\n]{0,200}\]|\[cite:[ \t]*+[0-9]++(?:,[ \t]*+[0-9]++)*+\]"
)

_SEARCH_TURN = re.compile("turn[0-9]")  # (looked for first: an expression that starts with a letter is found fastest)


# The start of a comment, as typed, or as a word processor or a phone's keyboard leaves it:
# '<!--' with a dash turned into '—' or '–', or its '<' into '‹', '〈' or '＜'.
_COMMENT_OPENER = re.compile(r"[<‹〈＜][ \t]?![ \t]?(?:--|[—–―]-?|-[—–―])")


def check_comments_shown(source: Source, report: Report) -> None:
    """A note to co-authors meant as a comment that is none, so both readers show it: its
    '<!--' never closed ('<!-- check with the sponsor —>', the '--' typed as '—'), or its
    opening marks changed as they were typed ('‹!— check —>')."""
    if "!" not in source.text:
        return
    for token in source.tokens:
        if token.type != "inline" or not token.map or "!" not in token.content:
            continue
        for child, offset in lines_of(token.children or []):
            if child.type != "text" or (found := _COMMENT_OPENER.search(child.content)) is None:
                continue
            opener, note = found.group(), child.content[found.start() :]
            line = token.map[0] + source.body_start + offset
            written = source.lines[line - 1] if line <= len(source.lines) else ""
            typed = written[written.find(opener) :] if opener in written else note  # as written: the page has made '--' a dash
            if opener == "<!--" and "-->" in typed:
                # '<!-- a ---> more': an end was typed, but two hyphens inside the note (GitHub
                # reads notes as CommonMark 0.29 does) make it none.
                message = (f"'{printable_start(typed, 60)}' is meant as a note no reader sees, but it holds two hyphens together "
                           "before its '-->', so it is no note, and the page shows it")
                hint = "write the note without '--' inside it, with a space before its end: <!-- your note -->"
            elif opener == "<!--":
                message = f"'{printable_start(typed, 60)}' is meant as a note no reader sees, but no '-->' ends it, so the page shows it"
                hint = "end the note with '-->', two hyphens and '>' (a word processor may have made them a dash), or delete it"
            else:
                message = (f"'{printable_start(note, 60)}' is meant as a note no reader sees, but it starts '{opener}', not '<!--' "
                           "(the marks were changed as they were typed), so the page shows it")
                hint = "write it as <!-- your note -->, with '<', '!' and two hyphens before it and two hyphens and '>' after it, or delete it"
            report.error(line, "comment-shown", message, hint, column=written.find(opener) + 1 or 1)
            break


def check_review_suggestions(source: Source, report: Report) -> None:
    """A reviewer's suggested change ('```suggestion'), copied from the pull request into the
    file: GitHub shows it as a change to accept, the page would publish it as code."""
    for token in source.tokens:
        # One never closed is told as such: its hint would name the rest of the file.
        if token.type == "fence" and token.map and token.info.strip().lower() == "suggestion" and not slips.is_unclosed(token):
            first, last = token.map[0] + source.body_start, token.map[1] + source.body_start - 1
            report.error(
                first,
                "review-suggestion",
                "a reviewer's suggested change is pasted into the file: the page would show it as code",
                f"delete lines {first} to {last}, the block and all; to accept the change, write its words in place of the words it changes",
            )


def check_assistant_citations(source: Source, report: Report) -> None:
    """A chat assistant's citation mark pasted with its text, in front matter or the body
    (not in code): one error a line."""
    text = source.text
    if "oaicite" not in text and "†" not in text and "oai_citation" not in text and "[cite:" not in text and _SEARCH_TURN.search(text) is None:
        return
    code = {n + source.body_start for n in dialect.code_lines(source)}
    for number, text in enumerate(source.lines, start=1):
        if number in code:
            continue
        # The first outside a code span ('`…`'): one in code before it is as meant. The
        # backticks before each are counted from the one before (a line of many, read once).
        found, ticks, read = None, 0, 0
        for mark in _ASSISTANT_CITATION.finditer(text):
            ticks, read = ticks + text.count("`", read, mark.start()), mark.start()
            if ticks % 2 == 0:
                found = mark
                break
        if found is not None:
            report.error(
                number,
                "pasted-citation",
                f"'{printable(found.group())}' is a mark a chat assistant (ChatGPT, Gemini) leaves where it cited a source: it is published as typed",
                "delete it" + ("; to name the source, link to it: [the report](https://…)" if number >= source.body_start else ""),
                column=found.start() + 1,
            )


# A chat assistant's words to the person who asked it, pasted with the draft: at the start
# of a paragraph of the body, they are addressed to no reader of the page ('I hope this helps!',
# not 'I hope this helps the next team avoid…', a sentence of the article's: helper-242).
# (And what the attack round of the fifty-third session found unwarned: 'Certainly! Here's a revised
# section…', 'As an AI language model, I…', 'Great question!', 'Would you like a shorter version?',
# 'Note: I've changed the spelling to British English throughout.')
_ASSISTANT_CHATTER = re.compile(
    r"(?:note:\s*)?(?:(?:sure|certainly|absolutely|of course|great)\W+)?"
    r"(?:let me know if you(?:'d| would) like\b|let me know if you want me to\b|(?:i )?hope (?:this|that) helps(?:\s+(?:you|with)\b|\s*+(?![\s\w]))|would you like me to\b|do you want me to\b"
    r"|feel free to (?:let me know|tell me)\b|if you(?:'d| would) like,? i (?:can|could)\b"
    r"|as an ai(?: language model| assistant| model)?,\s*i\b|great question\s*!|happy to help(?: further| more)?(?: if (?:needed|you need)|\s*!)"
    # (A refusal, the model's own date, a count of its words: the attack round of the fifty-fifth session.)
    # (Not 'I'm sorry, but I can't help noticing…', an idiom: the review of the change.)
    r"|(?:i(?:'m| am) sorry|i apologi[sz]e|sorry),? (?:but )?i (?:can(?:'t|not)|(?:'m|am) (?:not able|unable) to) (?:help|assist|provide|comply)(?! \w+ing\b)\b"
    r"|as of my (?:last |latest )?(?:knowledge (?:update|cut-?off)|training (?:data|cut-?off)|update)\b|\(?word count:?\s*+\d[\d,]*+\)?[ \t]*+$"
    r"|would you like (?:a (?:shorter|longer|different|revised|more \w+) version|another version|any changes)\b"
    r"|let me know if you (?:want|need) (?:any (?:changes|edits|tweaks)|a (?:shorter|longer) version)\b"
    # (Handing it over, with a colon at its line's end: not 'Here is a shorter version of the test: ask who…'.)
    r"|here(?:'s| is) (?:a|an|your) (?:revised|updated|rewritten|shorter|longer|improved|polished|tightened|reworked) (?:version|draft|section|pattern|article)\b[^:\n]{0,60}:[ \t]*+$"
    # (What an assistant changes throughout: not 'I've kept the budget at £40,000 throughout'.)
    r"|i(?:'ve| have) (?:changed|converted|kept|rewritten|adjusted|updated|tailored|written|used)\b[^.\n]{0,80}?(?:\bas you (?:asked|requested)\b|\bbritish (?:english|spelling)\b"
    r"|\b(?:spelling|formatting|headings)\b[^.\n]{0,40}?\bthroughout[ \t]*+[.!]?[ \t]*+$))",
    re.IGNORECASE,
)
# An assistant's 'Sure!' or 'Certainly!' as a paragraph's first word, then what it hands over or
# has done ('Certainly! Here is the pattern you asked for.', 'Absolutely! Below is a stall pattern…').
# (With its '!': 'Of course, here is the catch', 'Certainly, I can see why a board would hesitate' are
# an article's: the review of the change.)
# (What it hands over or does for its user: not 'Sure! Here's what happened next', 'Absolutely! I have seen this'.)
_ASSISTANT_AGREES = re.compile(
    r"(?:sure(?: thing)?|certainly|absolutely|of course)\s*+!\s*+(?:(?:here(?:'s| is)|below is)\s++(?:a|an|the|your)\s++(?:[\w-]+\s++){0,3}?"
    r"(?:draft|version|pattern|section|article|summary|rewrite|outline)\b|i(?:'ve| have) (?:revised|rewritten|updated|changed|drafted|written|made|shortened|expanded)\b"
    r"|i can (?:help|write|draft|revise|expand|shorten)\b|i'll (?:write|draft|revise|expand|shorten)\b)",
    re.IGNORECASE,
)


# Its words above the draft: only before the first heading, where no text belongs.
_ASSISTANT_LEAD_IN = re.compile(
    r"(?:(?:sure|certainly|absolutely|of course|great)\W+)?here(?:'s| is) (?:your|the|a|an) (?:[\w-]+ ){0,4}(?:pattern|draft|article|version)\b",
    re.IGNORECASE,
)


# What a chat assistant hands over to its user: 'your pattern', 'your notes', 'your revised draft'
# ('a version your board will accept:' is an article's own sentence to its reader).
_YOUR = re.compile(
    r"\byour\s+(?:(?:revised|updated|edited|rewritten|new|improved|final|first)\s+)?"
    r"(?:stall\s+)?(?:patterns?|drafts?|notes|request|input|text|article|document|outline|prompt|brief|description|points|content|version)\b",
    re.IGNORECASE,
)


def _hands_over(said: str) -> bool:
    """Whether an assistant's lead-in ('Here is your pattern:') stands in a section, where the
    guide tells authors to paste a draft: one line, to its user ('your'), ending with the colon
    that hands the draft over. An article's 'Here is the draft the committee approved' is neither,
    nor is 'Here is a version your board will accept:'."""
    line = said.strip()
    return "\n" not in line and line.endswith(":") and _YOUR.search(line) is not None


def check_assistant_chatter(source: Source, report: Report) -> None:
    """A paragraph that opens with a chat assistant's words to its user, pasted with the
    draft. Above the sections ('Here is your pattern:'), where no text belongs, an error in
    place of the one for text out of place; in a section ('Let me know if you'd like…'),
    where an article may quote such words, a warning: a reviewer sees it, the page is built."""
    first = next((h.line for h in source.headings), None)
    instead: set[int] = set()  # lines whose report of text out of place this one replaces
    for block in source.blocks:
        if block.kind != "text":
            continue
        said = block.content.lstrip().lstrip("*_").replace("\u2019", "'")
        early = first is None or block.line < first
        led_in = _ASSISTANT_LEAD_IN.match(said) is not None
        if not ((led_in and (early or _hands_over(said))) or _ASSISTANT_CHATTER.match(said) or _ASSISTANT_AGREES.match(said)):
            continue
        shown = clipped(printable(said.split("\n")[0]), 60)
        if early:
            instead.add(block.line)
            report.error(
                block.line,
                "assistant-chatter",
                f"this paragraph, '{shown}', reads as a chat assistant's words to the person who asked it, "
                "pasted above the draft: the page would show it to every reader",
                "delete the paragraph",
            )
        else:
            report.warning(
                block.line,
                "assistant-chatter",
                f"this paragraph, '{shown}', reads as a chat assistant's words to the person who asked it, pasted with the draft",
                "delete the paragraph, unless the article quotes those words: then put them in quotation marks",
            )
    if instead:  # one pass over the report, however many there are
        report.items[:] = [d for d in report.items if not (d.code == "content-before-section" and d.line in instead)]


_INVISIBLE_LINES_SHOWN = 20


def check_mixed_alphabets(source: Source, report: Report) -> None:
    """A word that mixes look-alike alphabets reads as a word it is not ('Ιs this your
    stall?' with a Greek Ι slips past the check for the offers' heading): one report a line."""
    if source.plain:
        return
    text = source.text
    starts = line_starts(text) if not text.isascii() else []
    reported: set[int] = set()
    for index, word in mixed_alphabet_words(text):
        number = line_at(starts, index)
        if number in reported or len(reported) >= _INVISIBLE_LINES_SHOWN:
            continue
        reported.add(number)
        char = text[index]
        report.error(
            number,
            "mixed-alphabets",
            f"'{word}' mixes letters of look-alike alphabets ({character_name(char)} among letters of another): "
            "it reads as a word it is not",
            "retype the word on an ordinary keyboard",
            column=index - starts[number - 1] + 1,
        )


# Marks that draw a line over, under or through the letter before them, which 'fancy text'
# makers put after each letter for underlined or struck-through words ('T̲O̲D̲O̲', 'C̶l̶i̶e̶n̶t̶'):
# overlines, low lines, overlays.
_LINE_MARKS = "\u0305\u0332\u0333\u0334\u0335\u0336\u0337\u0338\u033f\u20d2\u20d3\u20e5\u20e6"
_LINED = "a line drawn over, under or through the letter before it"
# A word, with the circled letters (Ⓐ to ⓩ), which are symbols, not letters, to Python, and
# any emoji selectors after them ('ⓢ️ⓟ️…' is one word).
_WORD_OR_CIRCLED = re.compile(r"[\w\u24b6-\u24e9\ufe0e\ufe0f" + _LINE_MARKS + "]+")
_SELECTORS = "\ufe0e\ufe0f"
# Unicode's kinds of compatibility character that are an ordinary letter or digit drawn
# otherwise: mathematical styles ('𝐬𝐩𝐨𝐧𝐬𝐨𝐫', 'ℌ'), full-width forms ('Ｔｈｅ'), circled letters
# and the rest (ligatures 'ﬁ', Roman numerals 'Ⅳ'). Superscripts ('m²') and the like are not.
_STYLED_KINDS = {
    "<font>": "a styled letter",
    "<wide>": "a full-width letter",
    "<circle>": "a circled letter",
    "<compat>": "a compatibility form of ordinary letters",
}


def _styled(char: str) -> str | None:
    """The kind of styled form ``char`` is of an ordinary letter or digit, if it is one: as
    Unicode decomposes it, a superscript letter ('ˢᵖᵒⁿˢᵒʳ'; not a digit, as in 'm²', nor
    'º' of '1º'), or a small capital ('ꜱᴘᴏɴꜱᴏʀ'), which has no decomposition."""
    if ord(char) in SMALL_CAPITALS:
        return _SMALL_CAPITAL
    if char in _LINE_MARKS:
        return _LINED
    kind = unicodedata.decomposition(char).partition(" ")[0]
    if kind in _STYLED_KINDS and (plain := unicodedata.normalize("NFKC", char)).isascii() and plain.isalnum():
        return _STYLED_KINDS[kind]
    if kind == "<super>" and char not in "ªº" and (plain := unicodedata.normalize("NFKC", char)).isascii() and plain.isalpha():
        return _SUPERSCRIPT
    return None


_SUPERSCRIPT, _SMALL_CAPITAL = "a superscript letter", "a small capital letter"


def _as_meant(word: str) -> bool:
    """A small capital alone (a phonetic symbol, 'ʀ'), or one superscript letter among
    ordinary ones ('xⁿ'): as meant. A word of them ('ꜱᴘᴏɴꜱᴏʀ', '2ⁿᵈ'), or a small capital
    inside a word ('wʜo'), is styled."""
    kinds = [_styled(char) for char in word]
    if kinds == [_SMALL_CAPITAL]:
        return True
    return kinds.count(_SUPERSCRIPT) == 1 and all(kind in (None, _SUPERSCRIPT) for kind in kinds)


def _plain_letter(char: str) -> str:
    """The ordinary letter or digit a styled one is written for."""
    if char in _LINE_MARKS:
        return ""
    return SMALL_CAPITALS[ord(char)] if ord(char) in SMALL_CAPITALS else unicodedata.normalize("NFKC", char)


_EMOJI_LETTER = "\u24c2"  # Ⓜ, the one circled letter that is also an emoji ('Ⓜ️', the metro sign)
_STYLED_WORDS_SHOWN = 5  # of the other words on a line, in its hint


def check_styled_letters(source: Source, report: Report) -> None:
    """A word in styled letters, pasted from 'fancy text' makers or a PDF ('𝐬𝐩𝐨𝐧𝐬𝐨𝐫', 'Ｔｈｅ',
    'ﬁnance'): it looks like the word, but search does not find it, and a screen reader
    may spell it out letter by letter. One report a line, with every such word on it, and
    none on a line already reported (a date in full-width digits, a link's text that spells
    an address in circled letters): one error for one slip."""
    if source.plain or source.text.isascii():
        return
    told = {d.line for d in report.items if d.is_error}
    text = source.text
    starts = line_starts(text)
    body_from = starts[source.body_start - 1] if source.body_start - 1 < len(starts) else len(text)
    by_line: dict[int, list[tuple[int, str]]] = {}
    for match in _WORD_OR_CIRCLED.finditer(text):
        word = match.group()
        # A circled letter shown as an emoji ('Ⓜ️', with its variation selector) is a picture;
        # Ⓜ is the only one that is an emoji: 'ⓢ️ⓟ️ⓞ️…' is styled letters with a selector each.
        at = next((i for i, char in enumerate(word) if _styled(char) and not (char == _EMOJI_LETTER and text[match.start() + i + 1 : match.start() + i + 2] == "\ufe0f")), None)
        if word.isascii() or at is None:
            continue
        if _as_meant(word):
            continue
        by_line.setdefault(line_at(starts, match.start() + at), []).append((match.start() + at, word))
    for number in [n for n in sorted(by_line) if n not in told][:_INVISIBLE_LINES_SHOWN]:
        (index, word), *others = by_line[number]
        char = text[index]
        # A few words, each cut short: a line of thousands (a 90 kB paste) made a hint as long.
        retyped = [clipped("".join(_plain_letter(c) if _styled(c) else c for c in w if c not in _SELECTORS)) for _, w in by_line[number][: _STYLED_WORDS_SHOWN + 1]]
        hint = f"retype it as '{retyped[0]}'"
        if others:
            more = len(others) - _STYLED_WORDS_SHOWN
            hint += ", and the others on the line as " + ", ".join(f"'{w}'" for w in retyped[1:]) + (f" and {more} more" if more > 0 else "")
        if index >= body_from and _styled(char) == _STYLED_KINDS["<font>"]:
            hint += " (for emphasis, write *{0}* or **{0}**)".format(retyped[0])
        report.error(
            number,
            "styled-letters",
            f"'{clipped(word)}' holds {character_name(char)}, {_styled(char)}: search does not find the word, "
            "and a screen reader may spell it out letter by letter"
            + (f" ({len(others)} more such word{'s' if len(others) > 1 else ''} on this line)" if others else ""),
            hint,
            column=index - starts[number - 1] + 1,
        )


# Line and paragraph separators from another program: they stand where a space or a line end was.
_SEPARATORS = frozenset("\u2028\u2029\x85")


def check_replacement_marks(source: Source, report: Report) -> None:
    """'�', the mark a program leaves where it could not read a character (an export, a
    copy from another encoding), typed as it is or as a reference to no character ('&#0;',
    '&#xD800;'), which both readers show as it: the character meant is lost."""
    if "\ufffd" not in source.text and "&#" not in source.text:
        return
    for number, line in enumerate(source.lines[: source.body_start - 1], 1):
        if "\ufffd" in line:
            _replacement_mark(report, number, line.index("\ufffd") + 1)
    for token in source.tokens:
        if token.type != "inline" or not token.map:
            continue
        for child, offset in lines_of(token.children or []):
            if child.type == "text" and "\ufffd" in child.content:
                number = token.map[0] + source.body_start + offset
                written = source.lines[number - 1] if number <= len(source.lines) else ""
                at = written.find("\ufffd") if "\ufffd" in written else written.find("&#")
                _replacement_mark(report, number, at + 1 or 1)
                break


# What UTF-8's bytes look like read as Windows' Western (cp1252) and saved again: a lead
# letter ('Â', 'Ã', 'â', …) and one to three of the characters cp1252 gives the bytes 0x80
# to 0xBF ('€', '™', '‚', '©', …). 'â€™' was ’, 'Â£' £, 'Ã©' é.
_CP1252_HIGH = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0))
_GARBLED = re.compile(f"[\u00c2-\u00f4][{re.escape(_CP1252_HIGH)}]{{1,3}}")


def _ungarbled(run: str) -> str | None:
    """What a garbled run was, read back as UTF-8; None if it reads as nothing."""
    try:
        raw = bytes(ord(c) if ord(c) < 0x100 else c.encode("cp1252")[0] for c in run)
        meant = raw.decode("utf-8")
    except (UnicodeError, ValueError):
        return None
    return meant if meant != run and meant.isprintable() else None


# What a garbled file of English held: Latin letters with accents, and typography (quotes,
# dashes, '…', '€', '™', arrows). A run read back as another script's character ('é…”' as
# '酔') is a run of these typed, unless its shape says otherwise.
_MEANT_IN_ENGLISH = re.compile("[\u0080-\u017f\u2000-\u22ff]")


def _accent_then_punctuation(line: str, at: int, run: str, meant: str) -> bool:
    """Whether a run that reads back as a character no English text holds is a word's last
    accented letter and the punctuation typed after it ('At the café…”', 'fiancé—“',
    '«\u00a0café\u00a0»'): its letter ends a word, and the rest is punctuation or a space."""
    return (
        _MEANT_IN_ENGLISH.match(meant) is None
        and at > 0
        and line[at - 1].isalpha()
        and all(unicodedata.category(char)[0] in "PZ" for char in run[1:])
    )


def check_garbled(source: Source, report: Report) -> None:
    """Characters garbled by a program that read the UTF-8 file as Windows' Western and
    saved it again (Notepad, Excel, a mail program): 'teamâ€™s', 'Â£40k', 'cafÃ©'. Both
    readers show them as typed. One error a line, naming what each was."""
    if source.text.isascii():
        return
    for number, line in enumerate(source.lines, 1):
        if line.isascii():
            continue
        found = [(m.start(), m.group(), meant) for m in _GARBLED.finditer(line) if (meant := _ungarbled(m.group())) is not None and not _accent_then_punctuation(line, m.start(), m.group(), meant)]
        if not found:
            continue
        at, run, meant = found[0]
        more = f" (and {len(found) - 1} more on this line)" if len(found) > 1 else ""
        report.error(
            number,
            "garbled-text",
            f"'{run}' is '{meant}' garbled{more}: a program read this file in another encoding (Windows' Western) and saved it so",
            f"type '{meant}' in its place, and look for more: the whole file was read so",
            column=at + 1,
        )


def _replacement_mark(report: Report, line: int, column: int) -> None:
    report.warning(
        line,
        "replacement-character",
        "'\ufffd' is the mark a program leaves where it could not read a character: the page shows it, and the character meant is lost",
        "type the character that was meant in its place, or delete it",
        column=column,
    )


def check_invisible(source: Source, report: Report) -> None:
    """Characters that show as nothing (controls, format characters, private-use and
    unassigned ones, Hangul fillers, stray variation selectors), which make text read
    differently from what a reviewer saw in the diff, or carry text nobody sees: none in
    front matter but a variation selector after the symbol it varies (❤️); in the body,
    also a zero-width joiner inside an emoji sequence (👩‍💻) and the tags of the flags
    of England, Scotland and Wales, which show as one pictograph."""
    if source.plain:  # ASCII with no control but tab and line end, or typography and accents
        return
    text = source.text
    body_from = sum(len(line) + 1 for line in source.lines[: source.body_start - 1])
    # Controls in front matter are already refused by its YAML reader, at their column: all
    # but U+0085, which it reads as a line end, and so a space in the value ('build ing').
    found = [i for i in invisible_characters(text[:body_from]) if unicodedata.category(text[i]) != "Cc" or text[i] == "\x85"]
    found += [body_from + i for i in invisible_characters(text[body_from:], emoji_joiners=True)]
    starts = line_starts(text)
    by_line: dict[int, list[int]] = {}
    for index in found:
        by_line.setdefault(line_at(starts, index), []).append(index)
    for number in sorted(by_line)[:_INVISIBLE_LINES_SHOWN]:
        first = by_line[number][0]
        char = text[first]
        more = len(by_line[number]) - 1
        also = f" (and {more} more on this line)" if more else ""
        if is_bidi_control(char):
            message = f"bidirectional control character {character_name(char)}{also}: it reorders the text readers see"
        else:
            message = f"invisible character {character_name(char)}{also}"
        hint = "delete it (most editors do not show it; retype the words around it if unsure)"
        if char == "\x1a":
            message = f"an end-of-file mark, U+001A (Ctrl-Z), which some Windows tools add at the end of a file{also}"
        if char in _SEPARATORS:
            # Between two words, deleting it would join them ('team\u2028looks').
            hint = "replace it with an ordinary space, or with a line end where a new line was meant (most editors do not show it)"
        if first < body_from and char == ZWJ and joins_emoji(text, first):
            # '👩‍💻' in a title: deleting the joiner alone would leave two emoji.
            hint = "it joins two emoji into one picture, which front matter does not allow: delete the emoji, or keep one that is a single character"
        report.error(number, "invisible-character", message, hint, column=first - starts[number - 1] + 1)
    hidden = len(by_line) - _INVISIBLE_LINES_SHOWN
    if hidden > 0:
        report.error(
            sorted(by_line)[_INVISIBLE_LINES_SHOWN],
            "invisible-character",
            f"invisible characters on {hidden} more lines",
            "the text was probably pasted from another program: paste it again as plain text, or retype those lines",
        )

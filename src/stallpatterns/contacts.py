"""Contact details a pattern must not give. A phone number in a pattern's summary or text
('To book a Stall Review, call 020 7946 0000') reads as the site's own bookings line, on
the page, on cards, in search and in link previews; the site takes bookings through the
offer on every page and its contact page. So does an e-mail address written out
('Write to pmo@firm.co.uk'), which GitHub and the site publish as a live link; a person's
address in a public article is their personal data too. An e-mail link's address
('[the PMO](mailto:pmo@firm.co.uk)') is a link, checked as links are; an address in a name
or summary is fields.py's.) Nor may a sentence say the site takes its bookings elsewhere
('Stall Patterns now takes all bookings at https://…'), and link there."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import autolinks, body, elsewhere
from .addresses import mail_field_lines, mail_recipients, mail_texts, target_of
from .diagnostics import Report
from .disguises import FILE_ENDINGS, bare_domain_in
from .frontmatter import Scalar, scalars
from .hosts import PUBLIC_HOST
from .lookalikes import BEYOND_ASCII
from .settings import GETTING_WORDS, SENDING_WORDS
from .source import Source
from .text import DOT_SPELT, DOTS_ALIKE, SENTENCE_END, beyond_ascii, in_small_letters, plain_forms

# A phone number as people write one: international ('+44 7700 900123', '+1 (555) 010-0199'),
# a national one from its leading 0 ('020 7946 0000', '(0161) 496 0000', '0800-123-4567', and
# '0 20 7946 0000', its 0 apart as some write it), or
# North America's three, three and four digits ('555-010-0199', '(555) 010-0199'; an area's
# first digit is 2 to 9, so '100-200-3000' is none). Between its groups, a space (a word
# processor's no-break one too), a hyphen or a dash, with spaces or not. Not one inside an
# address, a number or a word ('/0201234567', '?id=0201234567', '4.5', 'v020 7946'); what
# follows it is looked at apart (see :func:`phone_number`). Possessive: read once.
# Spaces as typed or typeset (no-break, narrow, figure, thin, hair) and hyphens and dashes.
# A slash too: '020/7946/0958' (not after a slash, as in an address: the look behind).
# Any space but a line's end (an em space, an ideographic one), and any dash or hyphen a font
# draws as one (a minus sign, a full-width hyphen, a tilde or a middle dot between groups).
# An underscore too ('020_7946_0958'; a file's dated name, '01_2024_03_15.csv', is a date).
# (Not a backslash or an apostrophe: a folder's path and a Swiss sum hold them:
# 'D:\\0012\\2024\\03', "1'250'000".)
_SPACES, _DASHES = r"\t\x0b\x0c\r\x20\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000", r"\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d/~\u00b7\u2022\u2027\u30fb_\u2044\u066b"
_GAP = rf"(?:[{_SPACES}]?+[{_DASHES}][{_SPACES}]?+|[{_SPACES}])?+"  # not '.': '010.200.3000' is a cost centre
_PHONE = re.compile(
    # Not inside a word, an address or a number; after ':' or '.' only where a word ends ('Tel:020…'),
    # not a scheme's ('tel:+44…', a link told as one of a kind the site does not take).
    r"(?<![\w+/=&#%@-])(?<![^A-Za-z][.:])(?<!^[.:])(?<!\]\(tel:)(?<!<tel:)(?<!\]\(sms:)(?<!<sms:)(?<!\]\(callto:)(?<!<callto:)"
    # After a '+', dots part the groups too, as much of Europe writes them ('+44.20.7946.0958'),
    # and a figure at a time ('0.2.0.7.9.4.6.0.9.5.8').
    # Colons or commas part them only between groups of three figures or more, from a 0
    # ('020:7946:0958', '020,7946,0958'): not a time ('09:00'), a ratio or a count ('1,250,000').
    r"(?:\+\d++(?:\.\d++){2,}+(?!\.?\d)|0(?:\.\d){9,10}+(?!\.?\d)|0\d{2,4}+(?:[:,]\d{3,4}+){2,3}+(?![,:]?\d)|\(\+\d{1,3}\)|\+\d++|\(?+0\d*+\)?+|\(?[2-9]\d{2}\)?[ .-]\d{3}[.-]\d{4}(?!\d)|1[ .-]\(?[2-9]\d{2}\)?[ .-]\d{3}[ .-]\d{4}(?!\d))(?:" + _GAP + r"\(?+\d++\)?+)*+"
)
# Eight digits or more with only a phone number's marks between them: the quick look,
# at C speed, before any number is read (most text has none).
_DIGIT_RUN = re.compile(rf"\d(?:[{_SPACES}().+:,{_DASHES}]{{0,3}}+\d){{7}}")
# An extension written onto the number ('020 7946 0000x12'), not a word going on from it.
_EXTENSION = re.compile(r"[xX]\d{1,5}+(?![\w/@])|/\d{1,2}(?![\w/@])")  # or a second line's last figures ('0958/9')
# Digits a number of each kind has: international 10 to 15 (E.164's; '+12 500 000' is a sum),
# national 10 or 11, or from '00' as international.
_DIGITS = {"+": (10, 15), "0": (10, 11), "(": (10, 11), "1": (11, 11)}  # '1-800-555-0199': North America's, from its 1
_FEWEST_DIGITS, _MOST_DIGITS = 10, 18  # of any of them, and of those read from their start below
# A reference's name just before its number ('Invoice 0012 3456 789', 'company number 0123
# 4567 89', 'Ticket INC 0001 234 567'): a number of another kind.
_REFERENCE_BEFORE = re.compile(
    r"(?i)\b(?:ref(?:erence)?|invoice|ticket|case|account|order|company|registration|id|code|centres?|centers?|gl|ledger|nominal|orcid|isni|doi"
    r"|isbn|issn|serial|po|utr|vat|nhs|policy|contract|claim|batch|item|sku|part|staff|employee|payroll|tax(?:payer)?|patient|uprn"
    # (The false-refusal round of the forty-eighth session: each a reference's kind.)
    # (Not 'member', 'candidate', 'student' or 'tracking' alone, a line's label as readily:
    # 'Member: 020 7946 0958'; with 'number' they are below.)
    # (Nor 'application' or 'project': 'Call us about your application: 0800 …' asks to call.)
    r"|letter|bulletin|badge|prescription|uln|upn|meter|fleet|mpan|mprn|consignment|permit|certificate|docket"
    r"|parcel|shipment|learner|pupil|barcode|ean|gtin|(?:planning|grant|patent|visa)\s+application)"
    # (A code's capitals are capitals: read without case, 'line', 'desk' and 'team' were codes,
    # and 'call the order line 0800 123 4567' no phone number.)
    r"(?:['’]s)?(?:\s+(?:numbers?|nos?\.?|codes?|refs?|numbered))?\b\.?[\s:#-]*+(?:(?-i:[A-Z]{2,5})[\s-]*+)?$"
    # Or, for a name that says what kind of number it is and no more (an ISBN, a reference, or a
    # reference's kind and 'number'), with a few words between that say what it is ('The ISBN
    # was 0-306-40615-2', 'policy numbers, which look like 0123 456 7890': the false-refusal
    # sweep of the forty-fifth session; not 'the number for staff is', 'Bookings for the NHS
    # are', which the review of that session's change found let a booking line through).
    # (The false-refusal round of the forty-sixth session: other kinds, and a kind with no 'number'
    # that 'is' the figures or stands beside them between commas: 'The cost centre is 0123 4567 89',
    # 'The claim, 0123 456 7890, was…'; not 'Customer: 020 7946 0958', a line's label.)
    r"|(?P<kind>(?i:\b(?:(?:isbn|issn|uprn|uln|upn|mpan|mprn|reference|ref"
    r"|(?:invoice|ticket|case|account|order|company|policy|claim|patient|payroll|employee|serial|tracking|customer|incident|chi|matter|student|candidate|licen[cs]e|member|membership|nhs)"
    r"(?:['’]s)?\s+(?:numbers?|nos?\.?|ref(?:erence)?s?))"
    r"\b\.?,?(?:\s+(?:was|is|were|are|reads|read|like|such\s+as|e\.g\.|(?:which|that)\s+look(?:s|ed)?\s+like))?[\s:#,-]*+"
    r"|(?:cost\s+cent(?:re|er)|claim|policy|account|order|serial|meter\s+serial"
    r"|prescription|round|barcode|letter|bulletin|badge|meter|consignment|application)(?:,|\s+(?:was|is|were|are))\s*)$))"
)
# What a sentence says when it asks to call or book, or speaks for the site: a number's kind
# named apart from it there names no reference ('Our reference is 020 …', 'quote your reference,
# 020 …', 'Account numbers like 0800 … book a Diagnosis': a differential check of the
# forty-fifth session's change found each published).
_ASKS_TO_CALL = re.compile(
    r"(?i)\b(?:call\w*|ring\w*|dial\w*|text\w*|book\w*|contact\w*|reach\w*|help|our|ours|us|we|line|desk|team"
    r"|stall\s+review|diagnosis|enquir\w*)\b"
)


# Marks drawn on a figure ('0\u20e3', a keycap; '0\u0307', a dot above) and the selectors that
# pick how one is drawn: the figure is still read, and dialled.
_ON_FIGURES = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f]")
# Figures of another script ('٠٢٠') or form ('₀₂₀', '²', '①'), which PLAIN_FORMS reads as plain ones.
# (A character beyond ASCII first, then which it is, looking back: Python's re passes over the
# ASCII text, its plain figures too, without trying the class.)
_FIGURE_FORMS = re.compile("[^\x00-\x7f](?<=[\\d\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u24ea\u2776-\u277e\u2780-\u2788\u278a-\u2792])")


def as_dialled(text: str) -> tuple[str, list[int] | None]:
    """``text`` as a reader dials it: each figure of another form or script as its plain one,
    and a letter O beside a figure as a zero, one character for one ('₀₂₀ ٧٩٤٦' is '020 7946',
    'O2O' '020'), and without the marks drawn on figures;
    with, when marks were left out, where each character of it was in ``text`` (its line
    ends are kept, so a line's number stays)."""
    places = None
    if not text.isascii():
        if any(_ON_FIGURES.match(char) for char in beyond_ascii(text)):
            places = [at for at, char in enumerate(text) if not _ON_FIGURES.match(char)]
            text = "".join(text[at] for at in places)
        if _FIGURE_FORMS.search(text):
            text = plain_forms(text)
    if "\uff0b" in text or "\ufe62" in text:
        text = text.replace("\uff0b", "+").replace("\ufe62", "+")  # a full-width or small '+', one for one
    alike = not text.isascii() and not beyond_ascii(text).isdisjoint(_FIGURES_ALIKE)
    if alike or any(near.search(text) for near in _LETTER_ZERO_NEAR):
        # Letter by letter from the figure it is beside: 'O77OO 9OO' is '07700 900' after two
        # readings (a few: a run of letters beside no figure stays letters). And a letter of
        # another script that passes for a figure ('0ЗО 7946', a Cyrillic З and О; '79Ꮞ6', a
        # Cherokee letter: the attack round of the fifty-third session).
        for _ in range(3):
            read = _LETTER_ZERO.sub("0", text)
            if alike:
                read = _FIGURE_ALIKE_BESIDE.sub(_figure_passed_for, read)
            if read == text:
                break
            text = read
    if any(near.search(text) for near in _FIGURE_LETTER_NEAR):
        text = _letters_as_figures(text)  # 'O2O-7946-O9S8': an S for a 5, in a number's groups
    if any(near.search(text) for near in _LETTER_ONE_NEAR):
        text = _LETTER_ONE.sub("1", text)  # '900 l23', '9OO I23': an l or a capital I for a one
    return text, places


# Capitals typed for figures other than O and I ('O2O-7946-O9S8', an S for a 5; '07700 9OO 1Z3', a Z for a 2:
# the review of the fifty-sixth session's change), read as the figure only in a run of a number's groups that
# is mostly figures: eight at least, and three for each letter ('09S8' in 'O2O 7946 O9S8'; not '16GB', '5G',
# 'B2B', 'SE1' or 'BA2490').
_FIGURES_FOR = str.maketrans({"S": "5", "Z": "2", "B": "8", "G": "6", "T": "7", "E": "3", "A": "4"})
_FIGURE_LETTER_NEAR = (re.compile("[0-9][SZBGTEA]"), re.compile("[SZBGTEA][0-9]"))
# Groups of figures and letters that pass for them, each with a figure, parted as a number's groups are (each
# group read once: possessive).
_FIGURES_GROUP = "[SZBGTEAIlO]*+[0-9][0-9SZBGTEAIlO]*+"
_MIXED_RUN = re.compile(
    rf"(?<![0-9A-Za-z])\+?(?:{_FIGURES_GROUP})(?:[ .()/\-\u2010-\u2015\u00a0]{{1,3}}+(?:{_FIGURES_GROUP}))*+"
)
_LEAST_FIGURES, _FIGURES_A_LETTER = 8, 3


def _letters_as_figures(text: str) -> str:
    """``text`` with the capitals typed for figures (:data:`_FIGURES_FOR`) in each run of a number's groups
    (:data:`_MIXED_RUN`) read as figures, one character for one, where the run is mostly figures. Only the lines
    where such a capital is beside a figure are read, each once."""
    spots = sorted({found.start() for near in _FIGURE_LETTER_NEAR for found in near.finditer(text)})
    pieces: list[str] = []
    copied, read = 0, -1
    for spot in spots:
        if spot < read:
            continue  # (on a line read already)
        start, read = text.rfind("\n", 0, spot) + 1, text.find("\n", spot) % (len(text) + 1)
        for run in _MIXED_RUN.finditer(text, start, read):
            written = run.group()
            figures = sum(map(written.count, "0123456789"))
            letters = sum(char.isalpha() for char in written)
            if figures >= _LEAST_FIGURES and figures >= _FIGURES_A_LETTER * letters and not text[run.end() : run.end() + 1].isalnum() and any(
                char in "SZBGTEA" for char in written
            ):
                pieces += (text[copied : run.start()], written.translate(_FIGURES_FOR))
                copied = run.end()
    return "".join(pieces) + text[copied:] if pieces else text


# A small l or a capital I typed for a one between figures, or before two: 'l23', '9 I23' (the
# attack round of the forty-eighth session), not 'I2C' or 'l2 norm', whose next is no figure pair.
# (Or after a mark between a number's groups: 'Phone: 07700-9OO-I23', the contacts round of the fifty-sixth session.)
_LETTER_ONE = re.compile(r"(?<=[0-9 ])[lI](?=[0-9]{2})|(?<=[0-9][-./])[lI](?=[0-9]{2})|(?<=[0-9])[lI](?=[0-9])")
_LETTER_ONE_NEAR = (re.compile("l[0-9][0-9]"), re.compile("I[0-9][0-9]"), re.compile("[0-9][lI][0-9]"))


# A letter O typed for a zero beside a figure ('O2O 7946 O958'): a reader dials a zero.
_LETTER_ZERO = re.compile(r"[Oo\u039f\u03bf\u041e\u043e](?=[0-9])|(?<=[0-9])[Oo\u039f\u03bf\u041e\u043e]")  # Greek and Cyrillic O too
# Looked for first, at C speed (an expression that starts with a letter is found fastest).
_LETTER_ZERO_NEAR = (re.compile("O[0-9]"), re.compile("o[0-9]"), re.compile("[0-9][Oo]"), re.compile("[\u039f\u03bf\u041e\u043e](?:(?=[0-9])|(?<=[0-9].))"))


# Letters that pass for a figure (UTS #39: Cyrillic 'З' a 3, 'б' a 6, Cherokee 'Ꮞ' a 4), and the figure.
_FIGURES_ALIKE = {chr(code): figure for code, figure in BEYOND_ASCII.items() if figure.isdigit() and chr(code).isalpha()}
_FIGURE_ALIKE = re.compile("[" + "".join(_FIGURES_ALIKE) + "]")
_FIGURE_ALIKE_BESIDE = re.compile(f"{_FIGURE_ALIKE.pattern}(?=[0-9])|(?<=[0-9]){_FIGURE_ALIKE.pattern}")


def _figure_passed_for(letter: re.Match[str]) -> str:
    return _FIGURES_ALIKE[letter.group()]


# The first three figures of an ISBN of thirteen, just before the rest ('978 0 14 103614 4').
# (With its check holding, named an ISBN or not: not 'Ring ISBN 978 020 7946 0958'.)
_ISBN_START = re.compile(r"(?<![0-9])(?P<first>97[89])[ -]\Z")


def _isbn_checked(written: str) -> bool:
    """Whether ``written``'s figures are an ISBN of thirteen, its last the check of the rest."""
    figures = [int(char) for char in written if char.isdigit()]
    return len(figures) == 13 and sum(figure * (3 if index % 2 else 1) for index, figure in enumerate(figures)) % 10 == 0


def phone_number(text: str) -> tuple[int, str] | None:
    """Where the first phone number in ``text`` starts, and the number as written; None for
    none. Each run of digits is read once: a match is judged, then the search goes on after
    it (a check of what follows inside the pattern took time in the square of a long run)."""
    written, (text, places) = text, as_dialled(text)
    if _DIGIT_RUN.search(text) is None:
        return None
    listed = -1  # where a named reference ends, whose list the next number of its shape may go on with
    shape: tuple[int, ...] = ()
    for found in _PHONE.finditer(text):
        number, after = found.group(), text[found.end() : found.end() + 1]
        if after and (after.isalnum() or after in "_/@") and not _EXTENSION.match(text, found.end()):
            continue  # in a word or an address: '0201234567x', '02012345678/1'
        if after == "." and (ending := _FILE_ENDING.match(text, found.end())) is not None and ending.group(1).lower() in FILE_ENDINGS:
            continue  # a file's name: '01234567_01.pdf' (the false-refusal round of the forty-eighth session)
        if (isbn := _ISBN_START.search(text, max(0, found.start() - 5), found.start())) is not None and _isbn_checked(isbn.group("first") + number):
            continue  # an ISBN's figures after its first three ('978 0 14 103614 4': the authors' round of the fifty-fifth session)
        if (joined := _JOINED.search(number)) is not None:
            number = number[: joined.start()]  # '0207 946 0958 / 0207 946 0959': two numbers; the first is judged
        end = found.start() + len(number)
        digits = sum(char.isdigit() for char in number)
        low, high = _DIGITS.get("+" if number.startswith("(+") else number[0], (10, 10))  # '(+44) 20 7946 0958'
        if number[0] == "(" and number[1:2] not in ("0", "+"):
            low, high = 10, 10  # '(555) 010-0199'
        elif number.startswith("00"):
            low, high = 12, 17  # '0044 20 7946 0000': international, from a phone in Europe
        elif number.startswith("011") and digits > 11:
            low, high = 13, 18  # '011 44 20 7946 0958': international, from North America (not Leeds's 0113)
        if number[0] == "0" and not number[1:2].isdigit() and _a_scale(re.findall(r"\d+", number)):
            continue  # '0 10 20 30 40 50' is a scale: a 0 apart leads three groups or four
        if number.lstrip("(").startswith("000"):
            continue  # 'ORCID 0000-0002-1825-0097', an ISNI: no number is dialled from '000'
        if _TIME_RANGE.match(number):
            continue  # '0800–2000 (12 hours)': two times of day and how long between them
        if _DATE_INSIDE.search(number):
            continue  # 'Sprint 07 (2024-01-15', 'o1-2024-12-17' (a model's name and date): a date
        if not _FEWEST_DIGITS <= digits <= _MOST_DIGITS:
            # No number of its figures is one, nor is the next of a list it heads, which has as
            # many: its name is not looked for (from each of '0,0,0,…', 47,000 of them, it took
            # 9 s: the attack round of the fifty-fourth session).
            listed, shape = -1, ()
            continue
        named = _REFERENCE_BEFORE.search(text, max(0, found.start() - 60), found.start())
        if named is not None and named.group("kind") is not None and _ASKS_TO_CALL.search(_sentence_around(text, found.start(), found.end())):
            named = None  # a kind named apart from the number, in a sentence that asks to call or book
        # The next of a list the reference's name heads ('GL codes 0412-5531-20 and 0412-5531-30').
        groups = tuple(map(len, _FIGURES.findall(number)))
        in_list = named is None and listed != -1 and groups == shape and _LIST_JOIN.fullmatch(text, listed, found.start()) is not None
        listed, shape = (found.end(), groups) if named is not None or in_list else (-1, ())
        if low <= digits <= high and named is None and not in_list:
            if places is None:
                return found.start(), written[found.start() : end]
            return places[found.start()], written[places[found.start()] : places[end] if end < len(places) else len(written)]
    return None


def _sentence_around(text: str, start: int, end: int, reach: int = 300) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``, within ``reach`` characters
    either side: to the marks that end a sentence ('. ', '! ', '? ') or a line's end. (Within
    reach: each of many read to the text's ends took time in the square of their number.)"""
    low, high = max(0, start - reach), min(len(text), end + reach)
    before, at = low, start
    while (found := max(text.rfind(mark, low, at) for mark in (". ", "! ", "? ", "\n"))) != -1:
        if not text.endswith(_ABBREVIATIONS, low, found + 1):
            before = found + 1
            break
        at = found  # 'e.g. ' ends no sentence
    after = [at for mark in (". ", "! ", "? ", "\n") if (at := text.find(mark, end, high)) != -1]
    return text[before : min(after, default=high)]


_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "cf.", "viz.", "approx.", "incl.", "no.")


_FILE_ENDING = re.compile(r"\.([A-Za-z0-9]{2,4})(?![\w.])")
# Two times of day, a dash between them, then how long in brackets: '0800–2000 (12 hours)'.
_TIME_RANGE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s*[\-\u2010-\u2015]\s*(?:[01]\d|2[0-3])[0-5]\d\s*\(")
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*(?:and|or|&))\s*")
_JOINED = re.compile(r"[ \t\u00a0]+[/|][ \t\u00a0]+")  # two numbers side by side, a mark with spaces between
_FIGURES = re.compile(r"\d+")
# A date in a number's groups, as ISO writes one or as Britain does ('2024-12-17', '15/03/2024').
# Or with two figures of its year between slashes ('01/04/23–30/6/23').
_DATE_INSIDE = re.compile(r"(?<!\d)(?:(?:19|20)\d\d[-/._][01]\d[-/._][0-3]\d|[0-3]\d[-/._][01]\d[-/._](?:19|20)\d\d|[0-3]?\d/[01]?\d/\d\d)(?!\d)")


def _a_scale(groups: list[str]) -> bool:
    """Figures that count up ('0 10 20 30 40 50', '0 1 2 3 … 10'), more than a number with its
    0 apart has groups: a scale. '0 2 0 7 9 4 6 0 9 5 8', a number given a figure at a time, is none."""
    return len(groups) > 4 and all(int(low) < int(high) for low, high in zip(groups, groups[1:]))


# A phone number in letters: a word for its last digits ('0800-STALLREV', '+44 800 STALL
# REV'), or its digits spelt out ('oh two oh seven, nine four six…'), read out as readily
# as one in figures. Capitals only: '0800 numbers' is no number. From a 0 (the United
# Kingdom's numbers, '0345 STALLREVIEW'), of the ranges such numbers are sold from (03, 05, 07,
# 08, 09: not a log's '0215 SYSTEM DOWN' or '0600 HANDOVER'), but not a time ('0300 HOURS'); from a 1, only
# the starts North America sells such numbers with (1-800, 1-900…): not '1000 HOURS SAVED'.
_VANITY = re.compile(
    r"(?<![\w+/=.&#%@:-])(?:\+\d{1,3}[ -]?\d{2,4}|0[35789]\d{2,3}(?![ -]?(?:HOURS|HRS|GMT|BST|UTC|ZULU)\b)|1[ -]?(?:8(?:00|88|77|66|55|44|33)|900))(?:[ -]?[A-Z]{4,}|-[A-Z]{2,3}-[A-Z]{4,})(?:[ -]?[A-Z0-9]{2,})*+(?![\w/@])"
)
# (A short word first, joined to the figures and the next word by hyphens, '0800-NO-STALL': the
# attack round of the forty-eighth session; not '0900 ON MONDAY' or '0800 GO-LIVE', a time and
# what happened then, nor '0800-LHR-JFK': of a number's length, :func:`_of_a_numbers_length`.)
# Spelt out, it starts with its 0, as every number in the United Kingdom does ('oh', 'zero').
_DIGIT_WORD = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|(?:double|treble|triple)[\s-]+[a-z]+)"  # ('double-oh')
_SPELLED_PHONE = re.compile(rf"(?i)(?<![\w-])(?:zero|oh|nought)(?:[\s,–./-]+{_DIGIT_WORD}){{7,}}(?![\w-])")
# What each holds, looked for at C speed before either expression reads a text (in small letters:
# 'oh' with each mark _SPELLED_PHONE reads after it, 'oh–two' and 'oh　two' too, the review of the
# session's change).
_SPELLED_ZERO = re.compile(r"oh[\s,\u2013./-]|zero|nought")
_VANITY_HELD = re.compile(r"[0-9](?:[ -]?[A-Z]{4}|-[A-Z][A-Z][A-Z]?-[A-Z])")


# A number too short to be a whole one by its figures, asked to be called or texted: a local
# number or a short code ('Ring the desk on 7946 0958 after six', 'Text STALL to 60060').
# After the word that asks (not 'ring-fenced' or 'called'), whom or what it asks to call or
# text, and 'on', 'at' or 'to'; and before the sentence goes on to say what else the
# figures are ('Call 20 000 customers' counts people).
_CALLED = re.compile(
    r"(?i)\b(?:call|ring|phone|dial|text|sms|whatsapp|telephone)(?![\w-])"
    # Whom: 'us', 'the desk', 'the help desk', 'Sam', or a word to text ('STALL', '"STALL"').
    r"(?:\s+(?:us|me|him|her|them|(?:the|our|your)\s+\w+(?:\s+\w+)?|(?-i:[A-Z][a-z]+|[A-Z]{2,})|[\"“'‘]\w+[\"”'’]|the\s+word\s+\S+))?"
    r"\s*(?:(?:on|at|to|via)\b)?\s*:?\s*"
    # The number: five figures to thirteen (a country's code without its '+'), its groups parted
    # by a space, or a mark with spaces or not ('020 | 7946 | 0958', '020+7946+0958': the smuggling
    # round of the forty-sixth session). Not a colon or a comma, which part a time's figures and a list's.
    r"(\d(?:[ \u00a0]?[\-\u2013./_;|+=#^'\"]?[ \u00a0]?\d){4,12})(?![\d,]?\d)"
    r"(?=\s*(?:[.,;:!?()]|$|(?:and|or|if|after|before|today|now|anytime|ext|extension|between|during|from|weekdays|evenings|mornings|daily"
    r"|for\s+(?:a|an|the|more|details|help|bookings?)"
    # ('… to book a Review', 'to arrange it': the attack round of the fifty-fourth session.)
    r"|to\s+(?:book|arrange|reserve|order|enquire|ask|talk|speak|discuss|start))\b))"
)
_CALL_WORDS = ("call", "ring", "phone", "dial", "text", "sms", "whatsapp")
_FIVE_FIGURES = re.compile(r"\d(?:\D{0,3}\d){4}")  # what every number it reads holds
# What may come before a word that asks to call, as a verb: a clause's start or its marks, or a
# word that asks ('please', 'just', 'you can'). After another word it is a noun or said of a
# thing ('the call on 12 March', 'cut the text to 10 000', 'the funding call 2023-2024').
_BEFORE_ASKING = frozenset(
    ("please", "just", "simply", "then", "and", "or", "to", "you", "we", "can", "could", "should", "must", "will", "may", "do", "pls", "kindly", "so", "now",
     "also", "by", "via")
)  # ('by SMS to 88000'; and a quotation's, a list's or a table cell's marks, a line's start: '> Text STALL to 60060')
# A date or a time of day among them ('on 12.03.2024', '14/03/2024', '08.00-18.00'): no number to call.
_DATE_OR_TIME = re.compile(r"(?<!\d)[0-3]?\d[./][01]?\d[./](?:19|20)?\d\d(?!\d)|(?<!\d)[0-2]\d[.:][0-5]\d\s*[-\u2013]\s*[0-2]\d[.:][0-5]\d(?!\d)")
# Figures that count (thousands, '10 000', '25,000') or span years ('2023-2024'): no number to call.
_COUNTED = re.compile(r"\d{1,3}(?:[ \u00a0,]\d{3})+|(?:19|20)\d\d\s*[-\u2013/]\s*(?:19|20)?\d\d")


# A count by another way in, beside it ('Web: 30211', 'e-mail: 9215'): then 'Phone: 41230' is a
# count of calls in a list of channels, not a number to call (the false-refusal round of the
# forty-eighth session).
_CHANNEL_COUNTED = re.compile(
    r"(?i)\b(?:web(?:\s*chat)?|webchat|e-?mail|post|letters?|chat|online|in\s+person|face[\s-]to[\s-]face|social(?:\s+media)?|app|visits?|walk-?ins?)"
    r"\s*:\s*\d[\d,]*(?![\d,]*\d)"
)
_A_COUNT = re.compile(r"\d{1,6}|\d{1,3}(?:,\d{3})+")


def _asked_here(line: str, at: int) -> bool:
    """Whether the word at ``at`` on ``line`` asks, as a verb (:data:`_BEFORE_ASKING`): after a
    clause's start or its marks, a list's, a quotation's or a table cell's, or a word that asks."""
    before = line[max(0, at - 20) : at].split()
    return not before or before[-1].endswith((".", ",", ";", ":", "!", "?", "(", "—", "–")) or before[-1].lower() in _BEFORE_ASKING or not before[-1].strip(">*-+#|")


# A number spoken, its figures as words or figures, or both, after a word that asks to call it ('Call Jane on
# oh-seven-seven-double-oh, nine-double-oh, one-two-three.', 'Call me on seven-seven-zero-zero-nine-zero-zero-one-two-three.',
# 'Ring the author: 07700 nine hundred, one two three.': the contacts round of the fifty-sixth session); not
# 'Call me in two or three weeks', 'Phone: one hundred thousand calls' (a count's 'thousand' is no figure said).
_SPOKEN_FIGURE = r"(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|treble|triple|hundred|[0-9]++)\b"
_SPOKEN_CALLED = re.compile(
    r"(?i)\b(?:call|ring|phone|dial|text|sms|whatsapp|telephone)(?![\w-])"
    r"(?:\s++(?:us|me|him|her|them|(?:the|our|your)\s++\w++(?:\s++\w++)?|(?-i:[A-Z][a-z]++|[A-Z]{2,}+)))?"
    r"\s*+(?:(?:on|at|to|via)\b)?\s*+:?\s*+"
    rf"(?P<number>{_SPOKEN_FIGURE}(?:[\s,\u2013\u2014./-]++{_SPOKEN_FIGURE})++)"
)
_SPOKEN_DIGITS = {word: str(figure) for figure, word in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))} | {"oh": "0", "o": "0", "nought": "0"}
_SPOKEN_TIMES = {"double": 2, "treble": 3, "triple": 3}
_SPOKEN_FEWEST = 8  # figures of a number said to be called, fewer than any whole number's: a short code's are written as figures
# A count said, each figure one more than the last from one ('Call them: one, two, three, four, five, six, seven,
# eight suppliers': the false-refusal round of the fifty-sixth session), is no number: none starts so.
_COUNTING = "123456789"


def _spoken_figures(said: str) -> tuple[str, bool]:
    """The figures a number spoken says ('oh-seven-seven-double-oh' is '07700', 'nine hundred' '900'), and
    whether any was said in words."""
    figures, times, worded = [], 1, False
    for word in re.findall(r"[a-z]+|[0-9]+", said.lower()):
        if word in _SPOKEN_TIMES:
            times, worded = _SPOKEN_TIMES[word], True
            continue
        if word == "hundred":
            figures.append("00")
        elif word.isdigit():
            figures.append(word * times)
        else:
            figures.append(_SPOKEN_DIGITS[word] * times)
        worded = worded or not word.isdigit()
        times = 1
    return "".join(figures), worded


def _spoken_asked(line: str) -> tuple[int, str] | None:
    """Where a number spoken, asked to be called, starts on ``line`` (:data:`_SPOKEN_CALLED`), and as written."""
    if not any(word in line.lower() for word in _CALL_WORDS):
        return None
    for found in _SPOKEN_CALLED.finditer(line):
        figures, worded = _spoken_figures(found.group("number"))
        if worded and _SPOKEN_FEWEST <= len(figures) <= _MOST_DIGITS and not _COUNTING.startswith(figures) and _asked_here(line, found.start()):
            return found.start("number"), found.group("number").rstrip(" ,.-")
    return None


# A number given in parts in one sentence that tells of a number or asks to call ('The first half of my number
# is 07700, the second 900123.': the contacts round of the fifty-sixth session): its groups, run together, a
# national number from its 0. Not counts ('Call volumes fell from 1,200 to 900 a day'), nor a reference's.
_GROUP = re.compile(r"(?<![\d,.])[0-9]{3,6}+(?![0-9]|[,.][0-9])")
# (A number's name, or a word that asks to call, as a verb: not 'Call volumes rose from 01234 to 567890'.)
# (One's own, or one said to be or to start or end so: not 'Phone numbers in the training data, such as those
# starting 01632 and 07700 900', 'The number of calls fell: 01234 calls…', the false-refusal round.)
_TELLS_OF_A_NUMBER = re.compile(
    r"(?i)\b(?:my|our|his|her|their|the\s+author['\u2019]s)\s++(?:[\w-]+\s++){0,2}?(?:numbers?|mobile|phone|telephone|tel|landline|digits)\b"
    r"|\b(?:number|mobile|phone|telephone|landline)\s*+(?:is|was|:|ends|starts|begins)\b"
)
_ASKS_TO_CALL_HERE = re.compile(r"(?i)\b(?:call|ring|text|dial|whatsapp)(?:\s++(?:me|us|him|her|them|(?:the|our)\s++\w++|(?-i:[A-Z][a-z]++)))?\s++(?:on|at)\b")
_A_REFERENCES_KIND = re.compile(
    r"(?i)\b(?:ref(?:erence)?|invoice|ticket|case|account|order|company|registration|policy|claim|serial|isbn|issn|po|vat|nhs|patient|staff|employee"
    r"|payroll|sort\s+code|batch|item|part|postcode|zip|version|build|release|record|tracking|incident|customer|member|membership|student|candidate"
    r"|licen[cs]e|matter|chi)s?\b"
)


def _number_in_parts(line: str) -> tuple[int, str] | None:
    """Where a number given in groups apart in one sentence starts on ``line`` (:data:`_GROUP`), and its groups as written."""
    for sentence in _SENTENCES.finditer(line):
        said = sentence.group()
        if sum(map(said.count, "0123456789")) < _FEWEST_DIGITS or _A_REFERENCES_KIND.search(said):
            continue
        if _TELLS_OF_A_NUMBER.search(said) is None and not any(_asked_here(said, ask.start()) for ask in _ASKS_TO_CALL_HERE.finditer(said)):
            continue
        groups = list(_GROUP.finditer(said))
        for first, group in enumerate(groups):
            if not re.fullmatch("0[1-9][0-9]{1,4}", group.group()) or _REFERENCE_BEFORE.search(said, max(0, group.start() - 60), group.start()):
                continue
            figures = ""
            for last in range(first, min(first + 4, len(groups))):
                figures += groups[last].group()
                if last > first and _DIGITS["0"][0] <= len(figures) <= _DIGITS["0"][1]:
                    return sentence.start() + group.start(), " … ".join(g.group() for g in groups[first : last + 1])
                if len(figures) > _DIGITS["0"][1]:
                    break
    return None


_SENTENCES = re.compile(r"[^.!?]++(?:[.!?]++(?!\s)[^.!?]*+)*+")


def _phone_called(line: str, around: str = "") -> tuple[int, str] | None:
    """Where a short number asked to be called or texted starts on ``line`` (:data:`_CALLED`),
    and as written: after a word that asks, as a verb (:data:`_BEFORE_ASKING`). Not a count
    after 'Phone:' with counts of other ways in on the line or ``around`` it (:data:`_CHANNEL_COUNTED`)."""
    if _FIVE_FIGURES.search(line) is None or not any(word in line.lower() for word in _CALL_WORDS):
        return None  # most lines: too few figures for a number, at C speed
    counted: bool | None = None  # whether counts of other ways in are beside it: read once, when asked (helper-227)
    for found in _CALLED.finditer(line):
        if not _asked_here(line, found.start()):
            continue
        if _COUNTED.fullmatch(found.group(1)) or _DATE_OR_TIME.fullmatch(found.group(1)):
            continue
        if ":" in line[found.start() : found.start(1)] and _A_COUNT.fullmatch(found.group(1)):
            if counted is None:
                counted = _CHANNEL_COUNTED.search(around or line) is not None
            if counted:
                continue
        return found.start(1), found.group(1)
    return None


# A number in a chat service's address written out, which a reader types or taps ('wa.me/447700900123':
# the attack round of the forty-eighth session; linked, it is told as a link to a booking service).
_CHAT_NUMBER = re.compile(r"(?i)(?<![\w./-])(?:wa\.me/|api\.whatsapp\.com/send/?\?phone=|t\.me/\+|signal\.me/#p/\+?)\+?(\d{10,15})(?!\d)")
_CHAT_HOSTS_HELD = ("wa.me", "whatsapp.com", "t.me/", "signal.me")


def _chat_number(line: str) -> tuple[int, str] | None:
    """Where a number in a chat service's address starts on ``line``, and the number; or None."""
    found = _CHAT_NUMBER.search(line) if any(host in line.lower() for host in _CHAT_HOSTS_HELD) else None
    return (found.start(1), found.group(1)) if found else None


_LETTERS_OF_A_NUMBER = 10
_LETTERS_UP_TO_ITS_SECOND_WORD = 12

# A number in letters after a word that asks to call it, its parts parted however a reader reads
# past ('Call 0800 NO-STALL', 'Call 0800.NO.STALL', 'Ring +44 (0)800 STALLREV', 'Call 0800 GO-LIVE
# today': the attack round of the forty-eighth session), from a country code or a 0 of a range that
# sells such numbers (not a mobile's 07, nor a time's 00: 'Text 0700 ALL STAFF', helper-229), of a
# number's length.
# (Each part possessive: what it reads is read once.)
_PARTED = "[ .\\-_/\u2010-\u2015]++"
_VANITY_ASKED = re.compile(
    r"(?i:\b(?:call|ring|dial|phone|text|tel)\b)[\s.:]{1,3}+(?:(?i:us|now|today|free|on|at)[\s:]++){0,2}+"
    rf"(?P<number>(?:\+\d{{1,3}}(?:{_PARTED})?+(?:\(0\)\s?)?+\d{{2,4}}+|0[1-35689]\d{{1,3}}+)(?:{_PARTED}[A-Z0-9]{{2,}}+)++)(?![\w/@])"
)


def _vanity_asked(line: str) -> tuple[int, str] | None:
    """Where a number in letters asked to be called starts on ``line`` (:data:`_VANITY_ASKED`), and
    as written: with four capitals at least after its figures, not a time ('0800 HOURS'); or None."""
    if not any(c.isdigit() for c in line) or not any(word in line.lower() for word in _CALL_WORDS[:5] + ("tel",)):
        return None
    for found in _VANITY_ASKED.finditer(line):
        number = found.group("number")
        # A number's length: not 'Phone 0800 ASAP', nor words apart after it, 'Call 0800 P1 INCIDENT'
        # (helper-229); a word of letters joined may run on, as they are dialled ('0207 STALLREVIEW').
        letters, most = sum(c.isalnum() for c in number), _LETTERS_UP_TO_ITS_SECOND_WORD + 2 * number.startswith("+")
        if _WORDS_APART.search(number) is None:
            most += _LETTERS_RUN_ON
        if sum(c.isalpha() for c in number) >= 4 and _LETTERS_OF_A_NUMBER <= letters <= most and not _A_TIME_AFTER.search(number) and _asked_here(line, found.start()):
            return found.start("number"), number
    return None


_A_TIME_AFTER = re.compile(r"\b(?:HOURS|HRS|GMT|BST|UTC|ZULU)\b")
_WORDS_APART = re.compile(r"[A-Z0-9]\s+[A-Z0-9]+\s+[A-Z]|[A-Z]\s+[A-Z]")  # two words after its figures, a space between
_LETTERS_RUN_ON = 6


def _of_a_numbers_length(found: str) -> bool:
    """Whether a number in letters is as long as a number: ten letters and figures at least, and
    where its first word is short ('0800-NO-STALL'), twelve at most up to its second word
    (whatever words follow, 'NOW' or 'FREE'), as a number of the United Kingdom's has from its 0
    or its +44 ('+44 800-NO-STALL'); not a code's ('0912-HR-PAYROLL')."""
    if sum(c.isalnum() for c in found) < _LETTERS_OF_A_NUMBER:
        return False
    short = _SHORT_WORD_FIRST.match(found)
    return short is None or sum(c.isalnum() for c in short.group()) <= _LETTERS_UP_TO_ITS_SECOND_WORD


_SHORT_WORD_FIRST = re.compile(r"[+\d -]+-[A-Z]{2,3}-[A-Z]++")


def _phone_in_letters(line: str) -> tuple[int, str] | None:
    """Where a phone number in letters starts on ``line``, and as written: ten letters and
    digits at least, as a number in figures has ('Room 0123 MAIN' is a room)."""
    vanity = (v for v in _VANITY.finditer(line) if _of_a_numbers_length(v.group())) if any(c.isdigit() for c in line) else iter(())
    found = next(vanity, None) or _SPELLED_PHONE.search(line)
    return (found.start(), found.group()) if found else None


def check_phone_numbers(source: Source, report: Report) -> None:
    """A phone number anywhere in the file, front matter or text, code or not: each is
    published. One error a line."""
    text = as_dialled(source.text)[0]
    lines = dict.fromkeys(_lines_with_digits(text))
    lowered = source.text.lower()  # the front matter's lines too
    if (_SPELLED_ZERO.search(lowered) is not None and _SPELLED_PHONE.search(text)) or any(_VANITY_HELD.search(read) and _VANITY.search(read) for read in (text, source.text)):  # ('0800OPEN-UP': as written, where dialled reads its O as 0)
        lines.update(dict.fromkeys(n for n, line in enumerate(source.lines, 1) if _phone_in_letters(line)))
    # The lines that hold a word that asks to call, found as plain words at C speed (an
    # expression tried at every character cost 0.1 CPU s per 1,000 files), read whole.
    asked = set()
    for word in (*_CALL_WORDS, "tel"):  # ('Tel: 0161 STALLREV', which _vanity_asked reads: helper-231)
        at, counted, number = lowered.find(word), 0, 1
        while at != -1:
            number += lowered.count("\n", counted, at)  # (lower() keeps every line's end, in order)
            counted = at
            asked.add(number)
            end = lowered.find("\n", at)
            at = -1 if end == -1 else lowered.find(word, end + 1)
    def around(number: int) -> str:
        return "\n".join(source.lines[max(0, number - 2) : number + 1])

    lines.update(dict.fromkeys(n for n in sorted(asked) if n <= len(source.lines) and (_phone_called(source.lines[n - 1], around(n)) or _vanity_asked(source.lines[n - 1]) or _spoken_asked(source.lines[n - 1]))))
    if "number" in lowered or "mobile" in lowered or asked:  # (a number in parts: 'The first half of my number is 07700, the second 900123.')
        lines.update(dict.fromkeys(n for n, line in enumerate(source.lines, 1) if sum(map(line.count, "0123456789")) >= _FEWEST_DIGITS and _number_in_parts(line)))
    if any(host in lowered for host in _CHAT_HOSTS_HELD):
        lines.update(dict.fromkeys(n for n, line in enumerate(source.lines, 1) if _chat_number(line)))
    for number in sorted(lines):
        line = source.lines[number - 1] if number <= len(source.lines) else ""
        if (
            found := phone_number(line) or _phone_in_letters(line) or _phone_called(line, around(number)) or _vanity_asked(line) or _spoken_asked(line)
            or _number_in_parts(line) or _chat_number(line)
        ) is not None:
            at, written = found
            report.error(
                number,
                "phone-number",
                f"'{written}' is a phone number: readers would take it for this site's own line, "
                "and the site takes its bookings through the offer on every page",
                "delete it: to say whom a reader should call, name them or their role in words",
                column=at + 1,
            )


def check_contacts_as_published(source: Source, report: Report) -> None:
    """A phone number or an e-mail address that no line of the file holds whole, but the page
    shows whole: its parts on two lines that YAML or Markdown join ('To book, ring 020' then
    '7946 0958'), in a YAML escape ('"Ring \\x30 20…"'), written as character references
    ('&#48;20 7946 0958'), parted by a comment the page leaves out
    ('help@pilot<!-- x -->clinic.co.uk') or by marks it draws as bold, code or a link
    ('020 79**46** 0958'). Read from each value of the front matter as YAML reads it, and each
    block of the body's text as the page shows it; told at the value's or the line where no
    line of it is told already."""
    told = {d.line for d in report.items if d.code in ("phone-number", "email-address", "address-in-name", "chat-handle")}
    for value in scalars(source.front_matter):
        line = value.line + source.fm_start - 1
        if line not in told and not _as_written(value, source.lines[line - 1] if 0 < line <= len(source.lines) else ""):
            _told_if_published(value.value, line, report)  # not as its line holds it: folded, or with an escape
    for token in source.tokens:
        if token.type != "inline" or not token.map or not token.children or not _may_hold_contacts(token.content):
            continue  # most blocks: too few figures for a number, and no '@'
        first = token.map[0] + source.body_start
        if any(child.type == "link_open" and str(child.attrGet("href") or "").lower().startswith(_PHONE_LINKS) for child in token.children):
            continue  # '<tel:…>': a link of a kind the site does not take, told as one (slips.py), with what to do
        if told.isdisjoint(range(first, token.map[1] + source.body_start)) and (
            (shown := body.shown_of(token)) != token.content or "\n" in shown or _SPACES_SHOWN_AS_ONE.search(shown) is not None
        ):
            # (The lines about it, without emphasis marks, for counts of other ways in beside a count of
            # calls: '- **Phone:** 41230' then '- **Web chat:** 30211', the review of the session's change.)
            around = _EMPHASIS_MARKS.sub("", "\n".join(source.lines[max(0, first - 3) : token.map[1] + source.body_start + 2]))
            _told_if_published(shown, first, report, lambda: body.shown_text(token.children or (), links=False), around)
            if first not in told and _may_hold_chat(in_small_letters(shown)) and (found := _chat_handle(" ".join(shown.split("\n")))) is not None:
                # ('Telegram: **@jane**smith', or 'Telegram:' at a line's end and '@janesmith' on the next: the
                # contacts round of the fifty-sixth session.)
                _told_of_chat(report, first + shown.count("\n", 0, found.start()), found.group(), _what_account(found))
    _check_rows_asking_to_call(source, report, told)
    _check_figures_over_blocks(source, report, told)
    _check_mail_links_words(source, report, told)


# A block of figures alone, a list's item or a table's cell ('- 07700' then '- 900123', '| 07700 | 900123 |'): the
# next such block may go on with a number a reader reads over both (the contacts round of the fifty-sixth
# session). A number's first part is from a 0 and of a code's length, as a national number's is ('07700', '0161').
_FIGURES_ALONE = re.compile(r"\+?[0-9][0-9 ()-]{1,14}+")
_MOST_BLOCKS = 4
_FIRST_PART = re.compile(r"\(?+(?:0[1-9][0-9]{1,4}+|\+[1-9][0-9]{0,2}+)\)?+")


def _check_figures_over_blocks(source: Source, report: Report, told: set[int]) -> None:
    """A phone number over blocks of figures alone, one after another, where no other block comes between
    (:data:`_FIGURES_ALONE`), in one list or one table's row; told at the first."""
    told = told | {d.line for d in report.items if d.code == "phone-number"}  # (as the page shows a block, or a row that asks to call)
    run: list[tuple[int, str]] = []  # the line and the figures of each block of the run
    for token in source.tokens:
        if token.type in ("tr_open", "bullet_list_close", "ordered_list_close", "table_close", "blockquote_close"):
            run = []
        if token.type != "inline" or not token.map:
            continue
        shown = " ".join(token.content.split())
        if _FIGURES_ALONE.fullmatch(shown) is None:
            run = []
            continue
        run = [*run, (token.map[0] + source.body_start, shown)] if run or _FIRST_PART.fullmatch(shown) else []
        if len(run) > _MOST_BLOCKS:  # (a few at most: a long list of codes was read again at each, in time the square of its length)
            run = run[-1:] if _FIRST_PART.fullmatch(shown) else []
        if len(run) > 1 and told.isdisjoint(line for line, _ in run) and (found := phone_number(" ".join(figures for _, figures in run))) is not None and found[0] == 0 and len(found[1]) > len(run[0][1]):
            told.add(run[0][0])
            report.error(
                run[0][0],
                "phone-number",
                f"'{' … '.join(figures for _, figures in run)}' is a phone number over {len(run)} blocks, read one after another: readers would "
                "take it for this site's own line, and the site takes its bookings through the offer on every page",
                "delete it, in each of its parts: to say whom a reader should call, name them or their role in words",
            )
            run = []


def _check_mail_links_words(source: Source, report: Report, told: set[int]) -> None:
    """A phone number, an e-mail address or an account to message in the subject an e-mail link fills in
    ('[the office](mailto:pmo@firm.co.uk?subject=Call%2007700%20900123)': the contacts round of the fifty-sixth
    session): the reader's mail program shows it, as readers take the page's own words. Told at the link's line."""
    if "mailto:" not in source.body.lower():
        return
    for block in source.tokens:
        if block.type != "inline" or not block.children or not block.map:
            continue
        for child, offset in body.lines_of(block.children):
            href = str(child.attrGet("href") or "") if child.type == "link_open" else ""
            line = block.map[0] + offset + source.body_start
            if not href.lower().startswith("mailto:") or line in told or mail_field_lines(href) is not None:
                continue  # (a field over two lines is told as a link's, with what to do)
            for words in mail_texts(href):
                words = " ".join(words.split())
                if (found := phone_number(words) or _phone_in_letters(words) or _phone_called(words) or _vanity_asked(words) or _spoken_asked(words)) is not None:
                    code, what = "phone-number", f"'{found[1]}' is a phone number"
                elif (chat := _chat_handle(words)) is not None:
                    code, what = "chat-handle", f"'{chat.group()}' is {_what_account(chat)}"
                elif (address := email_address(words)) is not None:
                    code, what = "email-address", f"'{address[1]}' is an e-mail address"
                else:
                    continue
                told.add(line)
                report.error(
                    line,
                    code,
                    f"{what}, in the subject this e-mail link fills in: readers would take it for this site's own, and the site takes "
                    "its bookings through the offer on every page",
                    "delete it from the subject (after '?subject='): keep the link's words and address",
                )
                break


def _check_rows_asking_to_call(source: Source, report: Report, told: set[int]) -> None:
    """A table's row that asks to call, with a number over its cells ('| Call | 020 | 7946 0958 |'):
    a reader reads the row as one line (helper-240: published). Only where a word asks to call:
    a row of figures is read cell by cell ('| 2024 | 0161 | 496 |')."""
    cells: list[str] | None = None  # the shown text of each cell of the row being read
    line = 0
    for token in source.tokens:
        if token.type == "tr_open":
            cells, line = [], (token.map[0] if token.map else 0) + source.body_start
        elif token.type == "inline" and cells is not None:
            cells.append(body.shown_of(token))
        elif token.type == "tr_close" and cells is not None:
            row, cells = " ".join(cells), None
            if line not in told and len(row) < 400 and any(word in row.lower() for word in (*_CALL_WORDS, "tel")) and _FIVE_FIGURES.search(row):
                _told_if_published(row, line, report, as_dialled=True)


def _as_written(value: Scalar, line: str) -> bool:
    """Whether ``line`` holds the value as YAML reads it, where it starts (after its quote):
    read there, not looked for in the whole line, which took the square of a line of many
    values' length ('related: [a, b, …]', 12,000 of them: 1.2 CPU s)."""
    return line.startswith(value.value, value.column - 1 + (not value.plain))


def _may_hold_contacts(content: str) -> bool:
    """Whether a block's Markdown holds figures enough for a phone number, or what may be an
    e-mail address's '@' or dot (a character reference may be either): looked for at C speed."""
    figures = sum(map(content.count, "0123456789"))
    return (
        figures >= 8
        # Or enough for a short one asked to be called, or a number in letters, parted by marks or
        # spaces the page does not show as written ('Text STALL to 6**00**60', '0800-STALL**REV**').
        or (
            ("*" in content or "_" in content or "\n" in content or "<!--" in content or _SPACES_SHOWN_AS_ONE.search(content) is not None)
            and (figures >= 3 or _AT_WORD.search(content) is not None or _SPELLED_ZERO.search(content.lower()) is not None)
        )
        or "@" in content
        or "&" in content
        # (A chat service's name, where a line's end or a mark the page draws may part it from a name: 'Telegram:' then 'janesmith'.)
        # (Or a link's words: 'WhatsApp: [janesmith](…) any time'.)
        or (("\n" in content or "*" in content or "_" in content or "<!--" in content or "`" in content or "[" in content) and _may_hold_chat(in_small_letters(content)))
        or "dot" in content  # 'pmo _at_ firm _dot_ co _dot_ uk': spelt out, with marks the page draws
        or "DOT" in content
        or (not content.isascii() and (_FIGURE_FORMS.search(content) is not None or any(at in content for at in _AT_ALIKES)))
    )


_PHONE_LINKS = ("tel:", "sms:", "callto:")
_AT_WORD = re.compile(r"(?i)(?<![^\W_])at(?![^\W_])")  # ('*at*', '_at_': a word, its marks read past)


# A run of spaces, or a space of another kind (a no-break or a narrow one, a tab), which the
# page shows as one space ('020   7946   0958', 'Ring 7946&nbsp;0958', 'pmo&nbsp;at&nbsp;firm.co.uk':
# the attack round of the forty-eighth session, each published).
_SPACES_SHOWN_AS_ONE = re.compile(r"[^\S\n ]|  ")
_SPACE_RUN = re.compile(r"\s{2,}|[^\S\n ]")


def _one_space(run: re.Match[str]) -> str:
    """A run of spaces as the page shows it, one space; its line ends kept, so that a line keeps its number."""
    return "\n" * run.group().count("\n") or " "


_EMPHASIS_MARKS = re.compile(r"[*_]+")


def _told_if_published(shown: str, line: int, report: Report, unlinked: Callable[[], str] | None = None, around: str = "", *, as_dialled: bool = False) -> None:
    """A phone number or an e-mail address in a text as the page shows it (``shown``, its lines
    from ``line``); ``unlinked``, that text without its links' words, where a mailbox at a
    domain in words is read too (a link's words are read as a link, for where it goes);
    ``around``, the lines about it, where a count of calls is told from a number to call.
    ``as_dialled``: a number only as one is written to be dialled, not a figure said to be
    called ('| Phone | 41230 |' counts calls)."""
    shown = _SPACE_RUN.sub(_one_space, shown)
    joined = shown.replace("\n", " ")
    if (
        found := phone_number(joined)
        if as_dialled
        else phone_number(joined) or _phone_in_letters(joined) or _phone_called(joined, around or joined) or _vanity_asked(joined) or _spoken_asked(joined)
        or _number_in_parts(joined)
    ) is not None:
        at, written = found
        report.error(
            line + shown.count("\n", 0, at),
            "phone-number",
            f"'{written}' is a phone number as the page shows it, on one line: readers would take it for this site's own line, "
            "and the site takes its bookings through the offer on every page",
            "delete it, in each of its parts: to say whom a reader should call, name them or their role in words",
        )
    address = email_address(joined, in_words=False) if _may_hold_email(joined) else None
    if address is None and unlinked is not None and " at" in joined.lower():
        # ('Write to pmo *at* firm.co.uk', 'pmo&nbsp;at&nbsp;firm.co.uk': the words, as the page shows them.)
        words = _SPACE_RUN.sub(_one_space, unlinked())
        if _may_hold_email(one_line := words.replace("\n", " ")) and (address := email_address(one_line)) is not None:
            shown = words  # (where it is, for its line)
    if address is not None:
        at, written = address
        report.error(
            line + shown.count("\n", 0, at),
            "email-address",
            f"'{written}' is an e-mail address as the page shows it: readers would take it for this site's own, and a "
            "person's address on a public page is their personal data",
            "delete it, in each of its parts: to say whom a reader should write to, name their role in words ('the project office')",
        )


# An e-mail address as GitHub links one: a name, an '@', a host with a dot and a word after
# it. Read from the start of a run only (the look behind): a run is read once, and a part of
# a web address or a file's name ('/chart@2x.png', '?to=a@b.org') is no address of its own.
# (Its host's names in any letters, as an international domain's are: 'bookings@stallréview.co.uk'.)
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+/=-])[A-Za-z0-9._%+-]++@(?:[^\W_]|-)+(?:\.(?:[^\W_]|-)+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])")
# A Git remote written as SSH's short form: the user 'git' (as GitHub, GitLab and the like
# have it), a host, then ':' and the path with no space before it.
_GIT_REMOTE = re.compile(r"git@[A-Za-z0-9.-]+:[^\s:]")
# A full-width or small '@' or '.', and the dots that pass for an address's
# ('help＠firm．co．uk', 'help@firm。co。uk'): the same address to a reader, read one character
# for one so that where it starts stays put (NFKC reads the first four so, and others not).
_AT_ALIKE = str.maketrans({"\uff20": "@", "\ufe6b": "@"} | dict.fromkeys("\uff0e\ufe52\u2022" + DOTS_ALIKE, "."))  # a bullet too
_AT_ALIKES = ("\uff20", "\ufe6b")
# An address with its '@' and dots spelt out in brackets, so that no program links it: a
# reader still reads it as one ('bookings [at] firm [dot] co [dot] uk', 'pmo (at) firm.org',
# 'pmo[@]firm[.]co[.]uk', 'pmo «at» firm'). Not between other marks: 'value-at-risk.xlsx',
# 'snapshot_at_month_end.csv', '/at/de.html' and 'the team *at* nhs.uk' are none.
_MARK_OPEN, _MARK_CLOSE = "[\\[({<\u00ab\u27e8\u3010\u300c\uff3b\uff08]", "[\\])}>\u00bb\u27e9\u3011\u300d\uff3d\uff09]"  # full-width ones too
# Words that say what addresses end in, never an address's name: what comes before a domain
# named with its '@' ('ended @example.com', 'ended in @…', 'are all @nhs.net'; not 'write to
# all @evil.example', 'bookings via @…', 'the @… inbox', a destination, as an address is).
_ENDING_WORDS = frozenset(("end", "ends", "ended", "ending"))
_BEING_WORDS = frozenset(("is", "are", "was", "were"))
# A word that says which (or whose) kind of address, before '@domain', and the kind after it:
# 'an @nhs.net address', 'with @gov.uk accounts', 'only @firm.com e-mail' name a domain's
# addresses, of which no one is written to (not 'the @… inbox', which is one).
_WHICH_WORDS = frozenset(("a", "an", "the", "and", "or", "any", "every", "each", "all", "no", "only", "with", "on", "their", "our", "your", "its", "his", "her", "of", "for", "from", "without"))
_ADDRESS_KINDS = frozenset(("address", "addresses", "account", "accounts", "email", "emails", "e-mail", "e-mails", "domain", "domains", "login", "logins", "user", "users", "identity", "identities"))
_SPELLED_EMAIL = re.compile(
    rf"(?i)(?<![\w.+-])[\w.+-]+\s*{_MARK_OPEN}\s*(?:at|@)\s*{_MARK_CLOSE}\s*[\w-]+"
    rf"(?:\s*{_MARK_OPEN}\s*(?:dot|\.)\s*{_MARK_CLOSE}\s*[\w-]+|\.[\w-]+)*(?:\s*{_MARK_OPEN}\s*(?:dot|\.)\s*{_MARK_CLOSE}\s*|\.)[A-Za-z]{{2,}}\b"
    # Or without brackets: 'help at firm dot co dot uk', 'help @ firm.co.uk', 'help@ firm.co.uk',
    # 'help@firm dot co dot uk'.
    r"|(?<![\w.+-])[\w.+-]+(?:\s+at\s+(?!(?:the|a|an|our|their|this|that|his|her|its|my|your)\s)|\s*@\s*)(?P<spelt>[\w-]+(?:\s+dot\s+[\w-]+)+)"
    r"|(?<![\w.+-])[\w.+-]+\s*@\s+(?P<host>[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})\b"
    # A space before the '@' and none after: a domain named after a word of prose ('every
    # address ended @example.com', 'staff are all @nhs.net') is none.
    rf"|(?<![\w.+-])[\w.+-]+\s+@(?P<named>[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{{2,}})\b"
    # Or spaces about its dots: 'pmo @ firm . co . uk' (helper-240: published). A name with a letter,
    # not a word of a sentence ('Scores were 4 @ 2 . me', 'was @ nhs . uk'); a dot with a space after
    # it alone ends a sentence before a word in capitals ('… uk. Then'), one with spaces each side none.
    r"|(?<![\w.+-])(?!(?:was|is|are|were|the|a|an|at|to|and|or|of|by|on|in|for|with|from|as)\b)[\w.+-]*[A-Za-z][\w.+-]*[ \t]*@[ \t]*"
    r"(?P<dotted>[\w-]+(?:(?:[ \t]+\.[ \t]*|\.(?:[ \t]+(?!(?-i:[A-Z][a-z])))?)[\w-]+)+)\b"
)
# Its '@' so spelt, looked for once in a whole file before any line is read for an address.
_AT_SPELLED = re.compile(rf"(?i){_MARK_OPEN}\s*(?:at|@)\s*{_MARK_CLOSE}")
# A link's address starting with one of these holds its addresses ('mailto:a@x.org?cc=b@y.org').
_LINK_SCHEMES = ("mailto:", "xmpp:")


def _spelled_email(text: str) -> tuple[int, str] | None:
    """Where the first address spelt out in ``text`` starts (:data:`_SPELLED_EMAIL`), to a
    host (:func:`_to_a_known_host`), and the address; None for none."""
    return next(
        (
            (spelled.start(), spelled.group())
            for spelled in _SPELLED_EMAIL.finditer(text)
            if _to_a_known_host(spelled) and not (spelled.group("named") and _domain_named(text, spelled))
        ),
        None,
    )


def _domain_named(text: str, spelled: re.Match[str]) -> bool:
    """Whether the words before '@domain' (a space before its '@', none after) say what
    addresses end in, not whose address it is: 'ended @example.com', 'ended in @…', 'are all
    @nhs.net' (:data:`_ENDING_WORDS`, :data:`_BEING_WORDS`), or which kind of address the word
    after it is: 'an @nhs.net address' (:data:`_WHICH_WORDS`, :data:`_ADDRESS_KINDS`)."""
    word = spelled.group().split()[0].lower()
    # (The few characters before it only: the text before each of many, split, took time in the
    # square of their number.)
    before = text[max(0, spelled.start() - 40) : spelled.start()].lower().split()[-1:]
    return (
        word in _ENDING_WORDS
        or word in _BEING_WORDS
        or (word == "in" and bool(before) and before[0] in _ENDING_WORDS)
        or (word == "all" and bool(before) and before[0] in _BEING_WORDS)
        or (word in _WHICH_WORDS and _kind_of_account(text, spelled))
    )


def _kind_of_account(text: str, spelled: re.Match[str]) -> bool:
    """Whether '@domain', after a word that says which, names a kind of account ('an @nhs.net
    address', 'on @outlook.com and @gmail.com accounts'), in a sentence that asks no one to
    write, send or book ('Email any @… address to book', 'Use an @… address to book a Stall
    Review' ask to guess one: the review of the forty-fifth session's change found them
    published once the kind was read)."""
    after = text[spelled.end() : spelled.end() + 80].lower().split()
    while len(after) > 2 and after[0] in ("and", "or") and after[1].startswith("@"):
        after = after[2:]  # 'on @outlook.com and @gmail.com accounts'
    if not after or after[0].strip(".,;:!?)") not in _ADDRESS_KINDS:
        return False
    sentence = _KIND_OF_ADDRESS.sub(" ", _sentence_around(text, spelled.start(), spelled.end()))
    return _ASKS_TO_WRITE.search(sentence) is None


# What a sentence says when it asks a reader to write to, or book through, an address: told
# apart from the kind of address it names ('email addresses', 'e-mail accounts').
_ASKS_TO_WRITE = re.compile(
    r"(?i)\b(?:e-?mail(?:ing|ed)?|mail(?:ing)?|write|writing|contact|reach|message|send|sending|forward|cc|bcc|book|booking|bookings"
    r"|enquir\w*|inquir\w*|us|our|we|works|team|read|answer\w*|repl\w*|respond\w*|monitor\w*|stall\s+review|stall\s+diagnosis)\b"
)
# ('works' as who works an inbox; not 'work', the noun: 'could not use it at work'.)
_KIND_OF_ADDRESS = re.compile(r"(?i)\be-?mail(?=\s+(?:address|addresses|account|accounts)\b)")


def _to_a_known_host(spelled: re.Match[str]) -> bool:
    """Whether an address spelt out goes to a host: with a space by its '@', or its dots in
    words, only to one of a known ending ('help at firm dot co dot uk'; not '@jane.smith', a
    chat's name, '@app.route', Python's, or 'the point at which dot plots')."""
    if (host := spelled.group("host") or spelled.group("named")) is not None:
        return bare_domain_in(host) is not None
    if (dotted := spelled.group("dotted")) is not None:
        # (Not to a generic ending, a word that starts the next sentence as often: 'Contact IT at once . Email was down'.)
        return (" ." in dotted or ". " in dotted or "\t" in dotted) and bare_domain_in(re.sub(r"[ \t]*\.[ \t]*", ".", dotted).lower(), generic=False) is not None
    if (spelt := spelled.group("spelt")) is not None:
        return bare_domain_in(".".join(re.split(r"\s+dot\s+", spelt, flags=re.IGNORECASE))) is not None
    return True


def _may_hold_email(text: str) -> bool:
    """Whether ``text`` may hold an e-mail address written out: an '@' of any form, or one
    or its dots spelt out. Looked for at C speed, before :func:`email_address` reads it."""
    if "@" in text or any(at in text for at in _AT_ALIKES):
        return True
    lowered = in_small_letters(text)  # (once: a file's text is long)
    at_word = " at" in lowered or ",at" in lowered  # ('sam at …', 'sam,at …')
    return (
        " dot " in lowered
        or _AT_SPELLED.search(text) is not None
        # 'sam at stallhelp.co.uk' with its domain's dots as written; a domain spelt out in words is
        # looked for only where ' dot ' is (above), so not every spelling _MAILBOX_AT reads is.
        or (at_word and _DOMAIN_AFTER_AT.search(text) is not None)
        # Or its dots or '@' in words of their own ('sam at stallhelp full stop co full stop uk',
        # 'sam (the at sign) stallhelp.co.uk': the attack round of the forty-eighth session).
        or ((at_word or "(at" in lowered or "-at-" in lowered) and any(word in lowered for word in _SPELT_HELD))
        # Or at a mail service's name, one's own mailbox said in words, or an address described by a name's parts.
        or any(name in lowered for name in _MAIL_SERVICE_NAMES)
        or _MY_MAILBOX_HELD.search(lowered) is not None
    )


_SPELT_HELD = ("full stop", "full-stop", "fullstop", "period", "(dot)", "[dot]", "{dot}", "(.)", "[.]", "{.}", "-dot-", "at sign", "at-sign", "-at-", "\u00b7", "\uff0e")  # (and the dots text.DOT_SPELT reads: 'stallhelp·co·uk')
# (Its dots against its words or with a space each side, 'stallhelp . co . uk'.)
_DOMAIN_AFTER_AT = re.compile(r"[ ,](?:at|att|ät|à|\(at\)),? +[^\s]+(?:\.| +\. +)[A-Za-z]{2,}", re.IGNORECASE)


def email_address(text: str, in_words: bool = True) -> tuple[int, str] | None:
    """Where the first e-mail address written out in ``text`` starts, and the address; None
    for none. A link's own address ('mailto:pmo@firm.co.uk', or '(pmo@firm.co.uk)' with no
    scheme, told as such by slips.py) and a web address's parts ('https://user@host/…') are
    not written out. ``in_words``: a mailbox at a domain in words too (:func:`_mailbox_at`; not in
    a link's words as the page shows them, '[hello at acme.org](mailto:…)', a link checked as one)."""
    written = text  # what is quoted: as typed
    if not text.isascii():
        text = text.translate(_AT_ALIKE)
    if "@" not in text:
        # 'bookings [at] firm [dot] co [dot] uk': written so not to be a link
        spelt = (_spelled_email(text) or (_mailbox_at(text) if in_words else None) or _address_described(text)) if "at" in text or "AT" in text else None
        return spelt or _my_mailbox(text)
    if (" @" in text or "@ " in text or " ." in text or " dot " in text.lower() or _AT_SPELLED.search(text)) and (spelled := _spelled_email(text)) is not None:
        return spelled  # 'help @ firm.co.uk', 'help@firm dot co dot uk', 'help[@]firm[.]co[.]uk'
    for found in _EMAIL.finditer(text):
        if _in_an_address(text, found.start()):
            continue
        if found.group().rpartition(".")[2].lower() in FILE_ENDINGS:
            continue  # 'logo@2x.png': a file's name, as a picture at twice the size is named
        if _GIT_REMOTE.match(text, found.start()):
            continue  # 'git@github.com:firm/repo.git': a Git remote's SSH address, no one's mailbox
        return found.start(), written[found.start() : found.end()]
    # With marks beside its '@', or two of them, that a reader reads past ('sam*@*stallhelp.co.uk',
    # 'sam·@·stallhelp.co.uk', 'sam@@stallhelp.co.uk', '"sam"@stallhelp.co.uk': the attack round of
    # the forty-eighth session).
    for found in _AT_OBSCURED.finditer(text):
        if not _in_an_address(text, found.start()):
            return found.start(), written[found.start() : found.end()]
    for found in _ADDRESS_UNFINISHED.finditer(text):
        if _in_an_address(text, found.start()) or (found.group("single") and not _ASKS_TO_WRITE_TO.search(_BEFORE_IN_ITS_SENTENCE.split(text[max(0, found.start() - 80) : found.start()])[-1])):
            continue  # (asked before it: not 'Log in as root@buildbox to read the logs', 'Jane wrote to me@localhost, which no one could reach')
        return found.start(), written[found.start() : found.end()]
    return _address_described(text) or _my_mailbox(text)


def _address_described(text: str) -> tuple[int, str] | None:
    """Where an address described by a person's names starts (:data:`_ADDRESS_DESCRIBED`), at a domain of a
    known ending that is no public body's; with its '@' written, or in a sentence that asks to write."""
    for found in _ADDRESS_DESCRIBED.finditer(text):
        host = found.group("host")
        if bare_domain_in(host.lower()) is None or PUBLIC_HOST.search(host):
            continue
        if found.group("at") or _ASKS_TO_WRITE_TO.search(_sentence_around(text, found.start(), found.end())):
            return found.start(), text[found.start() : found.end()]
    return None


def _my_mailbox(text: str) -> tuple[int, str] | None:
    """Where one's own mailbox said in words starts (:data:`_MY_MAILBOX`): a mailbox's name of an address's
    shape, or after 'address' or 'account' one that may be a name (:func:`_a_name_in_words`; not 'My
    e-mail is full.')."""
    if _MY_MAILBOX_HELD.search(in_small_letters(text)) is None:
        return None
    for found in _MY_MAILBOX.finditer(text):
        box = found.group("box")
        if _a_handles_shape(box):  # (not 'My email address is irrelevant', 'Our email inbox is chaos': the false-refusal round)
            return found.start(), found.group()
    return None


def _in_an_address(text: str, start: int) -> bool:
    """Whether what starts at ``start`` is part of a link's address ('mailto:…', '](…') or a web
    address's ('https://user@host/…'), not written out."""
    before = text[max(0, start - 500) : start]  # a web address's start is near: read no further back
    run = before[max(before.rfind(" "), before.rfind("\t"), before.rfind("("), before.rfind("<")) + 1 :]
    return run.lower().startswith(_LINK_SCHEMES) or before.endswith("](") or "://" in run or "](mailto:" in before[-60:].lower()


# A mailbox's name, 'at', and a domain, in a sentence that asks to write ('Write to sam at
# stallhelp.co.uk', 'Drop us a note: sam at stallhelp.co.uk': the attack round of the forty-eighth
# session); not 'the team at nhs.uk' nor 'E-mail the account manager at vendor.com', which name
# people at a firm, not a mailbox.
_ASKS_TO_WRITE_TO = re.compile(r"(?i)\b(?:write|e-?mail|mail|contact|send|drop\s+(?:us|me)\s+a\s+(?:note|line)|reach|inbox|address|message|bookings|enquiries|questions|ping)\b")
_MAILBOX_LEAD = (
    # (Straight after the words that ask, or a colon: 'Contact Jane Smith at Acme.com' names a person.)
    r"(?i:\b(?:write\s+to|e-?mail|mail|contact|send\s+(?:it|them|yours?|your\s+\w+)\s+to|inbox|address(?:\s+is)?|note|line)\s*[:\u2013\u2014]?\s+|:\s*)"
    r"(?!(?i:the|a|an|our|your|their|his|her|its|my|us|them|him|people|team|teams|staff|folks|office|offices|colleagues|someone|anyone|everyone"
    r"|manager|managers|director|directors|lead|leads|officer|officers|head|desk|partner|partners|supplier|vendor|agency|contact|contacts|account|one|two|three|who|which|that|those|these)\b)"
    # (A dash before 'at' too, 'Write to jane — at jsmith.com.': the contacts round of the fifty-sixth session.)
    r"(?P<box>[A-Za-z0-9][A-Za-z0-9._+-]{0,30})\s*,?\s*(?:\(|[\u2013\u2014-]\s*)?(?i:at|att|ät|à|at-sign|(?:the\s+)?at[\s-]sign)(?:\)|-)?,?\s+"
)
_MAILBOX_AT = re.compile(
    _MAILBOX_LEAD
    # (Its dots against its words, or spelt out: 'contact IT at once. Email was down' ends a sentence.)
    + rf"(?P<host>(?:[^\W_]|-)+(?:{DOT_SPELT}(?:[^\W_]|-)+)*{DOT_SPELT}(?P<ending>[A-Za-z]{{2,}}))(?![\w.-]*\w)"
)
# Or at a mail service's name alone, with no ending ('E-mail: janesmith42 at gmail.': the contacts round of the
# fifty-sixth session), which a reader completes.
_ENDS = r"""[.,;:!?)"'\u2019\u201d\]]"""  # what may end a sentence or a quotation after a handle
_ENDED = rf"(?={_ENDS}*[ \t]*$|{_ENDS}+[ \t]|[ \t]+(?:or|and)\b)"  # a name that ends its line or sentence, or a list's item
_MAIL_SERVICES = "gmail|googlemail|hotmail|outlook|yahoo|icloud|protonmail|proton|aol|gmx|yandex|zoho|fastmail|tutanota"
_MAILBOX_AT_SERVICE = re.compile(_MAILBOX_LEAD + rf"(?P<service>(?i:{_MAIL_SERVICES}))(?![\w-]|\s*+(?:\.|(?i:dot)\b)\s*+\w)")
_MAIL_SERVICE_NAMES = tuple(_MAIL_SERVICES.split("|"))  # (the quick look's, in small letters, each at C speed)
# Or a mailbox of a handle's shape, with a dot, an underscore or figures in it, at a mail service's name in small
# letters, whatever asks ('Prefer email? Try jane.smith at gmail.': the attack round of the fifty-ninth session);
# not a name at a firm ('Raj at Yahoo'), nor a word ('the team at gmail scale'), nor a version ('v4 at outlook').
_HANDLE_LETTERS = 3
_HANDLE_AT_SERVICE = re.compile(
    rf"(?<![\w.@+-])(?P<box>[a-z0-9]++(?:[._+-][a-z0-9]++)++|[a-z]++[0-9]++)\s++at\s++(?P<service>{_MAIL_SERVICES})(?![\w-]|\s*+(?:\.|dot\b)\s*+\w)"
)
# An address with no ending a reader completes: at a mail service's name ('janesmith42@gmail'), at an
# address's own figures in brackets ('jane@[192.0.2.1]'), or, where the sentence asks to write, at a
# name alone ('Write to jane@localhost.', 'Write to jane@jsmith.': the contacts round of the fifty-sixth session).
_ADDRESS_UNFINISHED = re.compile(
    rf"(?<![A-Za-z0-9._%+/=@-])[A-Za-z0-9][A-Za-z0-9._%+-]{{0,40}}+@(?:(?P<service>(?i:{_MAIL_SERVICES}))|\[(?P<literal>[0-9A-Fa-f.:]{{3,45}}+)\]"
    r"|(?P<single>[A-Za-z][A-Za-z0-9-]{1,62}+))(?![\w@*~`<-]|\.[A-Za-z0-9])"  # (not before a mark or a comment, read as the page shows it)
)
_BEFORE_IN_ITS_SENTENCE = re.compile(r"[.!?]\s")
# One's own mailbox at a mail service named, said in words ('My Gmail is janesmith42.': the contacts round of
# the fifty-sixth session).
_MY_MAILBOX = re.compile(
    rf"\b(?i:my|our)\s++(?i:{_MAIL_SERVICES}|e-?mail|mail)(?P<kind>\s++(?i:address|account|id|user\s*+name|inbox))?\s++(?i:is)\s++(?P<box>[A-Za-z0-9][\w.+-]{{1,40}}[A-Za-z0-9])"
    + _ENDED
)
_MY_MAILBOX_HELD = re.compile(rf"(?:my|our)\s+(?:{_MAIL_SERVICES}|e-?mail|mail)")
# An address described by a person's names, at a domain ('Use the usual firstname@ format at jsmith.com.', or
# where the sentence asks to write, 'E-mail me: my first name at jsmith.com.': the contacts round of the
# fifty-sixth session); not 'the chief executive's first name'.
_NAME_PART = r"(?:first[\s.-]?name|forename|given\s+name|christian\s+name|sur-?name|last[\s.-]?name|family\s+name|initials?)"
_ADDRESS_DESCRIBED = re.compile(
    rf"(?i)\b{_NAME_PART}(?:\s*+(?:\.|dot|_|\+)\s*+{_NAME_PART})?(?:\s*+(?P<at>@)|\s++at\s++)(?P<rest>[^\n.!?@]{{0,60}}?)"
    r"(?P<host>[^\W_](?:[^\W_]|-)*+(?:\.(?:[^\W_]|-)++)++)"
)


def _mailbox_at(text: str) -> tuple[int, str] | None:
    """Where a mailbox at a domain starts, in words (:data:`_MAILBOX_AT`), in a sentence that asks
    to write; or None. At a domain of a known ending ('.co.uk', '.dev'), and not a public body's,
    which a label before names as a source ('Source: ONS at ons.gov.uk', '**Note:** guidance at
    GOV.UK …': the review of the forty-eighth session's change)."""
    for found in _MAILBOX_AT_SERVICE.finditer(text):
        # (A mailbox as typed, in small letters at a service in small letters: not a person at a firm, 'Contact
        # Raj at Yahoo', 'Contact Priya at Outlook if the add-in breaks': the false-refusal round of the fifty-sixth session.)
        box = found.group("box")
        if not box.isupper() and not box[:1].isupper() and found.group("service").islower() and _ASKS_TO_WRITE_TO.search(_sentence_around(text, found.start(), found.end())):
            return found.start("box"), text[found.start("box") : found.end()]
    for handle in _HANDLE_AT_SERVICE.finditer(text):
        if sum(c.isalpha() for c in handle.group("box")) >= _HANDLE_LETTERS:  # (not 'version 2.1 at gmail', 'v4 at outlook')
            return handle.start("box"), handle.group()
    for found in _MAILBOX_AT.finditer(text):
        host = ".".join(part for part in re.split(DOT_SPELT, found.group("host")) if part)
        # (A generic ending only as a host is typed, in small letters and joined: in capitals or after a
        # spaced dot it starts the next sentence as often, 'Contact IT at once . Email was down'.)
        typed = found.group("host").islower() and "." in found.group("host") and not re.search(r"\s", found.group("host"))
        if bare_domain_in(host.lower(), generic=typed) is None or PUBLIC_HOST.search(host):  # (spelt out, in any case: 'StallHelp dot co dot UK')
            continue
        if _ASKS_TO_WRITE_TO.search(_sentence_around(text, found.start(), found.end())):
            return found.start("box"), text[found.start("box") : found.end()]
    return None


_AT_OBSCURED = re.compile(
    r"(?<![\w.%+@-])(?:\"[^\"\s@]{1,40}\"|[A-Za-z0-9][\w.%+-]{0,40}?)(?:[*_~·•'`.]{1,3}@{1,2}[*_~·•'`.]{0,3}|@{2}[*_~·•'`.]{0,3}|(?<=\")@)"  # (not '\\@', an escape: the page shows '@', told as shown)
    r"(?:[^\W_]|-)+(?:\.(?:[^\W_]|-)+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])"
)


def check_email_addresses(source: Source, report: Report) -> None:
    """An e-mail address written out anywhere in the file, front matter or text, code or
    not, as a phone number is: each is published. One error a line, and none where a name's
    address is already told (address-in-name)."""
    told = {d.line for d in report.items if d.code == "address-in-name"}
    text = source.text
    for number, line in enumerate(source.lines if _may_hold_email(text) else (), 1):  # most files: none to look for, line by line
        if number not in told and (found := email_address(line)) is not None:
            told.add(number)
            _told_of_address(report, number, *found)
    # What the page links as an address of its own, as GitHub does ('=bookings@x.org', a bare
    # 'mailto:bookings@x.org', '<mailto:…>'): whatever is written before it, the reader sees
    # the address, linked. Read from the tokens the page is rendered from, not from the line.
    if "@" not in source.body:
        return
    for block in source.tokens:
        if block.type != "inline" or not block.children or not block.map or "@" not in block.content:
            continue
        for token, offset in body.lines_of(block.children):
            href = str(token.attrGet("href") or "") if token.type == "link_open" and token.markup in ("linkify", "autolink") else ""
            number = block.map[0] + offset + source.body_start
            if href.lower().startswith(autolinks.EMAIL_SCHEMES) and number not in told:
                written = next(iter(mail_recipients(href)), href.partition(":")[2])
                told.add(number)
                line = source.lines[number - 1] if 0 < number <= len(source.lines) else ""
                at = max(line.lower().find(written.lower()), 0)
                # A file's name or a Git remote, which GitHub links as an address all the same.
                remote = _GIT_REMOTE.match(line, at)
                if remote is not None:
                    written = line[at:].split()[0].rstrip(".,;:!?)")  # the whole remote, to put in backticks
                _told_of_address(report, number, at, written, remote is not None or written.rpartition(".")[2].lower() in FILE_ENDINGS)


# An account to message on a chat service, given as where to reach someone ('Skype:
# stallreview.bookings', 'Signal: @stallreview.01', 'Telegram: @stallreview', '@stallreview on
# Telegram': the attack round of the fifty-third session, each published). After the service's
# name and a colon, a handle as written that ends its line or sentence, with a dot, an underscore
# or figures in it (not 'Signal: p95 latency', 'Telegram: t.me links were blocked'); or an '@' and a
# name beside the service's name, either way round (not '@everyone on Discord').
# (Each part bounded and read once: overlapping runs of '\w' and '_' took cubic time, 19 s for
# 2,000 characters: the review of the session's change.)
# (Keybase, Kik and Snapchat too, services to message as much: 'Kik: janesmith', the contacts round of
# the fifty-sixth session.)
# (And KakaoTalk and Zalo, 'KakaoTalk: janesmith': the attack round of the fifty-ninth session.)
_CHAT_APPS = ("Skype", "Signal", "Telegram", "WhatsApp", "Threema", "Viber", "WeChat", "Discord", "Wickr", "Keybase", "Kik", "Snapchat", "KakaoTalk", "Zalo")
_SERVICE = "(?:" + "|".join(name for service in _CHAT_APPS for name in (service, service.upper())) + ")"
# Services where an account is followed, not messaged, but where a name with its '@' after the
# service's name and a mark still tells readers where to reach the author ('TikTok: @janesmith',
# 'Bluesky: @janesmith.bsky.social': the contacts round of the fifty-sixth session); only at the end of a
# line or sentence (not 'Instagram: @nhsengland posted the figures', another's account told of).
_FOLLOWED = "(?:TikTok|Threads|Bluesky|YouTube|Instagram|Mastodon|Twitter|Twitch|Facebook)"
# Services whose name, alone after a mark, is as readily a workplace's tool or a source's, told only where
# the line asks to reach the writer there ('Ping me on Slack: janesmith', 'Find me on LinkedIn – janesmith').
_ASKED_ONLY = "(?:Slack|LinkedIn)"
_ON_X = r"(?<=[Oo]n )X(?![\w-])"  # X, once Twitter, only as 'on X': the letter alone is a variable's name as often
# (A name after 'Signal:' only of a Signal name's own shape, a nickname, a dot and two figures or more,
# 'Signal: janesmith.01' (the attack round of the fifty-sixth session): 'Signal:' heads a metric as often,
# 'Signal: error_rate.', 'Signal: DAU_7d' (the second review of the fifty-third session's change).)
_SIGNAL_NAME = re.compile(r"[A-Za-z][A-Za-z_]{2,31}\.[0-9]{2,9}")
_AT_HANDLE = r"@(?!(?:everyone|channel|here|all)\b)[A-Za-z0-9_][\w.-]{2,40}(?<![.-])"
_NAME = r"@?[A-Za-z][\w.-]{1,39}[A-Za-z0-9_]"
# Marks between a service's name and a name after it, as one points at the other ('Telegram -- @janesmith',
# 'Telegram → @janesmith', 'Telegram = @janesmith': the contacts round of the fifty-sixth session).
_POINTS = "[:(=\u2013\u2014\u2192\u21d2\u27f6\u279c>|~-]{1,3}+"
# (After a comma too: 'Ping me on Signal, username janesmith.42', helper-269.)
_ID_WORD = r"(?:,?\s++(?i:id|handle|name|username|user\s+name|user|account))"
_CHAT_HANDLE = re.compile(
    rf"\b(?i:{_SERVICE})(?:\s++(?i:me|us))?{_ID_WORD}?\s*+(?:{_POINTS}\s*+)?(?P<at>{_AT_HANDLE})(?![\w@/'\u2019])"
    rf"|\b(?i:{_FOLLOWED}){_ID_WORD}?\s*+{_POINTS}\s*+(?P<followed>{_AT_HANDLE}){_ENDED}"
    # (Or after an equals sign, in brackets, or with Discord's four figures after a '#', 'Discord: janesmith#1234'.)
    # ('Skype me: jane.smith.jsa', and after a comma or 'as' where the line asks, 'Add me on Skype,
    # jane.smith.jsa.', or a LINE account's name, 'Line ID: janesmith': the contacts round of the fifty-sixth session.)
    # (Or after a word that says it is a name there, and a space: 'Signal username janesmith.42', 'Telegram handle janesmith_ai': helper-269.)
    rf"|\b(?:{_SERVICE}(?:\s++(?i:me|us))?|(?:LINE|Line)(?=\s++(?i:id)\b))(?P<id_word>{_ID_WORD})?\s*+(?P<mark>[:=,]|(?<=\s)(?i:as)(?=\s)|(?(id_word)(?<=\s)|(?!)))\s*+(?:\(\s*+)?"
    rf"(?P<handle>[A-Za-z][\w.-]{{1,39}}[A-Za-z0-9_](?:\#[0-9]{{4}})?){_ENDED}"
    rf"|(?<![\w@])(?P<named>{_AT_HANDLE})\s*+(?:\(\s*+|(?:on|via|at)\s++)(?i:{_SERVICE})\b"
    # Skype's own names ('Skype: live:.cid.1234abcd'), and a name in brackets after the service where
    # the line asks to message or book ('Message me on WhatsApp (janesmith) to book a slot': the attack
    # round of the fifty-fifth session; not 'WhatsApp (Meta) was banned on work phones'), or where the
    # brackets say to look it up ('Find me on Telegram (search janesmith).': the contacts round of the
    # fifty-sixth session).
    r"|\b(?i:skype)(?:\s++(?i:id|name))?\s*+[:=]?\s*+(?P<live>live:\.?[\w.-]{3,40}+)"
    rf"|\b(?i:{_SERVICE})\s*+\(\s*+(?P<lookup>(?i:search(?:\s++for)?|add|user(?:name)?|handle|id|as)(?:\s*+:)?\s++)?(?P<bracketed>@?[a-z][\w.-]{{2,39}})\s*+\)"
    # One's own account on a service, said in words ('My Telegram handle is janesmith.', 'My Skype is
    # jane.smith.jsa', 'On Telegram I am @janesmith.': the contacts round of the fifty-sixth session).
    rf"|\b(?i:my|our)\s++(?i:{_SERVICE}|{_FOLLOWED})(?P<mine_id>{_ID_WORD})?\s++(?i:is)\s++(?P<mine>{_NAME}){_ENDED}"
    rf"|\b(?i:on|via)\s++(?i:{_SERVICE}|{_FOLLOWED}),?\s++(?:(?i:I\s++am|I['\u2019]m|we\s++are|we['\u2019]re)\s++(?P<said>{_NAME})"
    rf"|(?i:I\s++go\s++by|find\s++(?:me|us)\s++(?:as|at|under)|search(?:\s++for)?|look\s++(?:for|up))\s++(?P<looked_up>{_NAME})){_ENDED}"
    # A Reddit user's name ('Reddit: u/janesmith'), an ICQ number ('ICQ: 123456789'), or a name said to
    # be one's own on any service ('My handle is the same everywhere: janesmith_ai.': the contacts round
    # of the fifty-sixth session).
    rf"|\b(?i:reddit)\s*+(?:{_POINTS}\s*+)?(?P<reddit>/?u/[A-Za-z0-9_-]{{3,20}}+)(?![\w/'\u2019])"
    r"|(?<![\w/])(?P<redditor>/?u/[A-Za-z0-9_-]{3,20}+)\s++(?i:on\s++reddit)\b"
    r"|\b(?i:icq)(?:\s*+(?:#|(?i:uin|number|no\.?)))?\s*+[:#=]?\s*+(?P<icq>[0-9](?:[ -]?[0-9]){4,9}+)(?![0-9])"
    r"|\b(?i:my|our)\s++(?i:handle|user\s*+name|screen\s*+name|nick\s*+name|gamertag|account\s++name|user\s++id)s?\b[^.!?:\n]{0,40}?(?:\s(?i:is)|:)\s*+"
    rf"(?P<generic>{_NAME}){_ENDED}"
    # A name after the service's name and a mark in the middle of a sentence, or after a dash, a bracket,
    # 'as' or 'under', where the words just before the service ask to reach the writer there ('I'm on
    # Discord: janesmith if you want the slides', 'Find me on Telegram – janesmith_ai – most evenings',
    # 'Follow me on TikTok: @janesmith for more': the review of the fifty-sixth session's change).
    rf"|\b(?:(?i:{_SERVICE}|{_FOLLOWED}|{_ASKED_ONLY})|{_ON_X})(?:\s++(?i:me|us))?{_ID_WORD}?(?:\s*+(?:{_POINTS}|,|(?<=\s)(?i:as|under)(?=\s))\s*+(?:\(\s*+)?|\s++(?=@))"
    rf"(?P<amid>@?[A-Za-z][\w.-]{{1,39}}[A-Za-z0-9_](?:\#[0-9]{{4}})?)(?![\w@/'\u2019])"
    # A handle, then the service a reader follows it on ('@janesmith on Twitter has the rest.', 'DM @janesmith
    # on X.'), told where the line asks or points readers there.
    rf"|(?<![\w@])(?P<named_followed>{_AT_HANDLE})\s*+(?:\(\s*+|(?i:on|via|at|over)\s++)(?:(?i:{_FOLLOWED}|{_ASKED_ONLY})\b|{_ON_X})"
    # A name, said to be one's own or to be looked for, then the service ('I go by janesmith on Discord', 'I'm
    # janesmith_ai on Telegram', 'Search for janesmith on Signal').
    rf"|\b(?P<name_verb>(?i:I['\u2019]m|I\s++am|we['\u2019]re|we\s++are|I\s++go\s++by|we\s++go\s++by|known\s++as|find\s++(?:me|us)\s++as|search\s++(?:for\s++)?|look\s++(?:for|up)|add))\s++"
    # (The service looked ahead to, not read: a name's reading refused, what follows is read for a name after it.)
    rf"(?P<name_first>@?[A-Za-z][\w.-]{{1,39}}[A-Za-z0-9_])(?=\s++(?i:on|via)\s++(?:(?i:{_SERVICE}|{_FOLLOWED}|{_ASKED_ONLY})\b|{_ON_X}))"
)
# Services to message whose names are words too ('The Matrix of responsibilities', 'Element: the first pilot team', 'Wire
# transfers', 'Session: 2 of 5'), capitalised as a name is: after one, an '@' and a name after a mark or a word that says it is
# a name there ('Wire: @janesmith'), any name where the words just before the service ask to reach the writer there ('Reach me
# on Wire: janesmith', 'Ping me on Session, username janesmith_42'), or a name said to be one's own ('My Wire handle is
# janesmith'); and Session's own ID, 66 hexadecimal figures from '05'. A Matrix user's ID is an account to message wherever it
# is written ('@janesmith:matrix.org', in code too, as an e-mail address is); a room's is not ('#general:matrix.org').
# (Helper-269: each was published.)
_WORD_APPS = ("Matrix", "Element", "Wire", "Session", "SimpleX")
_WORD_SERVICE = "(?:" + "|".join(name for app in _WORD_APPS for name in (app, app.upper())) + "|Simplex)"
_MATRIX_ID = r"@[A-Za-z0-9._=/+-]{1,64}+:(?:[A-Za-z0-9-]{1,63}+\.(?=[A-Za-z0-9]))++[A-Za-z]{2,24}+(?![\w-])"
_CHAT_BY_WORD = re.compile(
    rf"(?<![\w@./+=-])(?P<matrix>{_MATRIX_ID})"
    rf"|\b{_WORD_SERVICE}(?:\s++(?i:me|us))?(?:{_ID_WORD}\s*+(?:{_POINTS}\s*+)?|\s*+{_POINTS}\s*+)(?P<at>{_AT_HANDLE})(?![\w@/'\u2019])"
    rf"|\b{_WORD_SERVICE}(?:\s++(?i:me|us))?(?P<word_id>{_ID_WORD})?\s*+(?P<word_mark>{_POINTS}|,|(?(word_id)(?<=\s)|(?!)))\s*+"
    rf"(?P<asked>{_NAME})(?![\w@/'\u2019])"
    rf"|\b(?i:my|our)\s++{_WORD_SERVICE}{_ID_WORD}\s++(?i:is)\s++(?P<mine>{_NAME}){_ENDED}"
    r"|\b(?i:session)(?:\s++(?i:id))?\s*+[:=]?\s*+(?P<session>05[0-9a-fA-F]{64})(?![0-9A-Za-z])"
)
# Services that book a meeting with whoever's name is given there ('Calendly: janesmith', 'Find me on Calendly (janesmith)',
# 'Book a slot with me on Calendly — I'm janesmith there', 'My Calendly is janesmith': helper-269, each published): readers
# would book there, as at its address written out. Acuity and Doodle, words too, capitalised as a name is. After the service's
# name and a mark, a name of a handle's shape, or one that may be a name where the line asks to book or reach the writer or says
# no more (a card's line); said after it ('I'm janesmith there') or before it ('I'm jane_smith on Calendly'), or one's own.
_BOOKING_APPS = (
    r"(?:(?i:calendly|cal\.com|savvycal|tidycal|youcanbook\.?me|setmore|simplybook(?:\.me)?|koalendar|zcal|acuity\s++scheduling)|Acuity|ACUITY|Doodle|DOODLE)"
)
_BOOKING_WORD = re.compile(r"(?:Acuity|ACUITY|Doodle|DOODLE)(?!\s++(?i:scheduling))")  # (names that are words too: not on a card's line alone)
_BOOKING_ACCOUNT = re.compile(
    rf"\b{_BOOKING_APPS}(?:\s++(?i:link|page))?{_ID_WORD}?\s*+(?P<mark>{_POINTS}|,)\s*+(?P<named>{_NAME})(?:\s*+\))?{_ENDED}"
    rf"|\b{_BOOKING_APPS}\s*+(?:[:,;(\u2013\u2014-]{{1,2}}+\s*+)?(?P<verb>(?i:I['\u2019]m|I\s++am|we['\u2019]re|we\s++are|search(?:\s++for)?|look\s++(?:for|up)"
    rf"|find\s++(?:me|us)\s++(?:as|at|under)))\s++(?P<said>{_NAME})(?:\s++(?i:there|on\s++it))?{_ENDED}"
    rf"|\b(?i:my|our)\s++{_BOOKING_APPS}(?P<mine_id>{_ID_WORD})?\s++(?i:is)\s++(?P<mine>{_NAME}){_ENDED}"
    rf"|\b(?P<first_verb>(?i:I['\u2019]m|I\s++am|we['\u2019]re|we\s++are|search(?:\s++for)?|look\s++(?:for|up)|find\s++(?:me|us)\s++as))\s++"
    rf"(?P<first>{_NAME})(?=\s++(?i:on|via|at)\s++{_BOOKING_APPS})"
)
# What asks to book with the writer, anywhere on the line ('Book a slot with me on Calendly').
_BOOK_WITH_ME = re.compile(
    r"(?i)\b(?:book|schedule|reserve|grab|pick|arrange)\b(?:\s++[\w'\u2019-]++){0,4}?\s++(?:with|through|via)\s++(?:me|us)\b|\b(?:book|schedule)\s++(?:me|us)\b"
)
# What a quick look finds in every line the expression reads, in small letters (:func:`in_small_letters`).
# (A Matrix user's ID by its '@' and a colon, and the services of helper-269.)
_CHAT_HELD = re.compile(
    "|".join(service.lower() for service in _CHAT_APPS) + "|" + _FOLLOWED[3:-1].lower() + "|" + _ASKED_ONLY[3:-1].lower()
    + r"|on x|line\s+id|reddit|u/|icq|handle|user\s*name|screen\s*name|nick\s*name|gamertag|account\s+name|user\s+id"
    + "|" + "|".join(app.lower() for app in _WORD_APPS) + r"|@[a-z0-9._=/+\-]{1,64}:"
    + "|calendly|cal.com|savvycal|tidycal|youcanbook|setmore|simplybook|koalendar|zcal|acuity|doodle"
)
# The same look, its plain words looked for at C speed, each alone (an expression of them all tries
# each at every character: twice the time), and only those with spaces as an expression.
_CHAT_HELD_WORDS = tuple(word for word in _CHAT_HELD.pattern.split("|") if "\\" not in word)
_CHAT_HELD_SPACED = re.compile("|".join(word for word in _CHAT_HELD.pattern.split("|") if "\\" in word))


def _may_hold_chat(lowered: str) -> bool:
    """Whether a text in small letters holds what :data:`_CHAT_HELD` finds."""
    return any(word in lowered for word in _CHAT_HELD_WORDS) or _CHAT_HELD_SPACED.search(lowered) is not None
# What asks readers to message whoever wrote the line ('Message me on …', 'Contact us on …'): not 'We used
# WhatsApp (groups) to chat with suppliers'.
# (Nor 'Staff used WhatsApp (personal) to book meeting rooms': the review of the change.)
_MESSAGE_ME = re.compile(
    r"(?i)\b(?:message|contact|text|dm|pm|ping|add|reach|find|catch|follow|chat\s+(?:with|to)|talk\s+to|write\s+to|subscribe\s+to|(?:hit|look)(?=\s+(?:me|us)\s+up\b))\s+(?:me|us)\b"
)
# Or asks so just before the service's name, for a name after it that is no handle's shape ('Message me on WhatsApp: janesmith'),
# a few words between ('Find me most evenings on Telegram: …'), or says the writer is there to reach ('I'm on Discord: janesmith
# if you want the slides': the review of the fifty-sixth session's change).
_ASKED_ON = re.compile(
    rf"(?:(?i:{_MESSAGE_ME.pattern[4:]})(?:\s++up)?|(?i:\bI['\u2019]m|\bI\s++am|\bwe['\u2019]re|\bwe\s++are|\bdms?\s++(?:are\s++)?open"
    rf"|\b(?:drop|shoot|send|give)\s++(?:me|us)\s++a\s++(?:line|message|note|dm|text|shout)))(?:\s++[\w'\u2019-]++){{0,3}}?"
    r"\s++(?i:on|via|over|through|using|at|in)(?:\s++the)?\s*+[*_]*+\Z"
)
_ASKED_ON_MOST = 40  # the characters before the service's name read for it
_IN_A_HANDLE = re.compile(r"[._0-9]")
_A_VERSION = re.compile(r"[vV]?\d+(?:\.\d+)+")  # ('WhatsApp: v2.24 or later')
# Words that say how a service stands, or how much it is used, after its name and a colon ('Discord: banned',
# 'Telegram: blocked', 'Viber: none'), or an English word's endings ('WeChat: ubiquitous', 'Kik: retired'):
# no one's name.
_HOW_IT_STANDS = frozenset(
    "none nothing nobody nil n/a na no yes banned blocked forbidden allowed permitted prohibited restricted approved sanctioned disabled"
    " enabled unused used unknown unclear optional mandatory required pending planned popular rare common everywhere nowhere never rarely"
    " sometimes often always daily weekly monthly off on gone down up fine ok okay free paid personal private public internal external"
    " official unofficial same different both neither either limited active inactive dead closed open broken full empty mixed silent quiet"
    " busy live new old there here tbc tbd unsupported supported patchy everyone everybody staff people teams users kids teens devs ops sales"
    " marketing finance hr it legal support usual".split()
)
# (And the plurals of who uses it, 'Discord: developers', 'Kik: teenagers': the review of the change.)
_AN_ENGLISH_ENDING = re.compile(r"(?:ed|ly|ing|ful|ous|ive|able|ible|less|ers|ors|ies|ists|ents|ants|ians|ees|ness|ment|tion|sion|ity|ism)\Z")


def _a_name_in_words(name: str) -> bool:
    """Whether a word after a chat service's name (no handle's shape) may be someone's name on it: not a
    word that says how the service stands (:data:`_HOW_IT_STANDS`), nor one of an English word's endings,
    nor a name with a capital first and small letters after it, a place's or a firm's ('WeChat: China')."""
    lowered = name.lower()
    return lowered not in _HOW_IT_STANDS and _AN_ENGLISH_ENDING.search(lowered) is None and not (name[0].isupper() and name[1:].islower())


def _chat_handle(line: str) -> re.Match[str] | None:
    """The first account to message in ``line``. A name after a colon or an equals sign (a
    :data:`_CHAT_HANDLE` 'handle') of a handle's shape (:func:`_a_handles_shape`: 'Skype:
    stallreview.bookings'; Signal's only of its own, :data:`_SIGNAL_NAME`), or any where the words
    just before the service's name ask to message ('Message me on Telegram: janesmith', 'DM me on
    Discord: janesmith#1234': the attack round of the fifty-sixth session), or one that may be a name
    (:func:`_a_name_in_words`: 'Viber: janesmith', not 'Discord: banned'); not a version ('WhatsApp:
    v2.24'). After a comma or 'as', of a handle's shape, or where asked, a name. A name in brackets
    where the line asks; a name said to be one's own, of a handle's shape or one that may be a name."""
    asks: bool | None = None  # whether the line asks to message, looked for once (for each name in brackets, the line took time in its square)
    for found in _CHAT_HANDLE.finditer(line):
        if (handle := found.group("handle")) is not None:
            if _A_VERSION.fullmatch(handle):
                continue
            signal = found.group()[:6].lower() == "signal"
            shaped = _SIGNAL_NAME.fullmatch(handle) if signal else _a_handles_shape(handle)
            # (Asked just before, within a few words: not 'Staff were told to contact us on Teams; WhatsApp: forbidden'.)
            asked = _ASKED_ON.search(line, max(0, found.start() - _ASKED_ON_MOST), found.start()) is not None
            if found.group("mark") in (":", "=", ""):  # ('' after a word that says it is a name there)
                # (A word alone that may be a name, where the line asks just before or says no more, as a card
                # does ('Viber: janesmith'); not a word of a list or a story, 'WhatsApp: chaos', 'Telegram: risky',
                # '- WhatsApp: rampant' (the false-refusal round of the fifty-sixth session).)
                if not shaped and (signal or not _a_name_in_words(handle) or not (asked or _a_card_s_line(line, found, handle))):
                    continue
            elif not shaped:
                continue  # (after a comma or 'as', a handle's shape only: 'Message us on Skype, Teams or Zoom', 'Message us on WhatsApp as usual')
        elif (bracketed := found.group("bracketed")) is not None and (found.group("lookup") is None or not (bracketed.startswith("@") or _a_handles_shape(bracketed))):
            # (Looked up, a handle's shape, or where the line asks: not 'Telegram (search channels) was how the scam reached staff'.)
            asks = _MESSAGE_ME.search(line) is not None if asks is None else asks
            if not asks and not _ASKED_ON.search(line, max(0, found.start() - _ASKED_ON_MOST), found.start()):
                continue  # (or just before, where the writer says they are there: 'I'm on Discord (janesmith) if you want the slides')
        elif found.group("followed") is not None or found.group("redditor") is not None or found.group("reddit") is not None:
            # (A followed account only where the line asks, speaks for the writer, or says no more: not a public body's
            # cited, 'Source — Twitter: @ONS.', 'Reddit: u/spez's post' (the false-refusal round of the fifty-sixth session).)
            asks = _MESSAGE_ME.search(line) is not None if asks is None else asks
            if not (asks or _FOLLOW_ME.search(line) or _a_card_s_line(line, found, found.group("followed") or found.group("reddit") or "")
                    or _ASKED_ON.search(line, max(0, found.start() - _ASKED_ON_MOST), found.start())):
                continue
        elif (amid := found.group("amid")) is not None:
            # (Only where the words just before the service ask to reach the writer there, and of a name's
            # shape: not 'The vendor's Discord: a channel nobody read', 'I'm on Discord: mostly lurking'.)
            if not _ASKED_ON.search(line, max(0, found.start() - _ASKED_ON_MOST), found.start()) or not _a_chat_name(amid, found.group()):
                continue
        elif (pointed := found.group("named_followed")) is not None:
            # (Where the line asks, or the handle is asked to be messaged or followed, or the sentence points readers
            # there: not '@mentions on Twitter were the only feedback', '@nhsengland on Twitter posted the figures'.)
            asks = _MESSAGE_ME.search(line) is not None if asks is None else asks
            if not (asks or _FOLLOW_ME.search(line) or _POINTED_THERE.match(line, found.end(), found.end() + _POINTED_MOST)
                    or _ASKED_OF_A_HANDLE.search(line, max(0, found.start() - _ASKED_ON_MOST), found.start()) or _a_card_s_line(line, found, pointed)):
                continue
        elif (first := found.group("name_first")) is not None:
            # (After 'I'm' or 'we are', a handle's shape only: not 'I'm big on WhatsApp', 'We're keen on Signal'.)
            said_so = _SAID_TO_BE.fullmatch(found.group("name_verb")) is not None
            service = line[found.end() : found.end() + _ASKED_ON_MOST].split(maxsplit=2)[1:2]
            named = _a_chat_name(first, f"{first} {service[0] if service else ''}", words=not said_so)
            if not named or first.lower() in _NO_NAME_WORDS:
                continue
        elif (said := found.group("mine") or found.group("said") or found.group("looked_up") or found.group("generic")) is not None:
            # (A name in words only where it is said to be one, or to be looked up: not 'My WhatsApp is full.', 'On WhatsApp we are fast.')
            in_words = found.group("looked_up") or found.group("mine_id")  # (not 'My handle on the forum is irrelevant')
            if not (said.startswith("@") or _a_handles_shape(said) or (in_words and _a_name_in_words(said))):
                continue
        return found
    return _chat_by_word(line) or _booking_account(line)


def _chat_by_word(line: str) -> re.Match[str] | None:
    """The first account on ``line`` to message on a service whose name is a word too (:data:`_CHAT_BY_WORD`): a Matrix
    user's ID, an '@' and a name, or Session's ID, as written; a name where the words just before the service ask to reach
    the writer there (after a comma, of a handle's shape only: not 'Message me on Wire, instead of Slack'), or said to be
    one's own, that may be a name (:func:`_a_chat_name`)."""
    for found in _CHAT_BY_WORD.finditer(line):
        if (asked := found.group("asked")) is not None:
            if not _ASKED_ON.search(line, max(0, found.start() - _ASKED_ON_MOST), found.start()) or not _a_chat_name(asked, found.group(), words=found.group("word_mark") != ","):
                continue
        elif (mine := found.group("mine")) is not None and not _a_chat_name(mine, found.group()):
            continue
        return found
    return None


def _booking_account(line: str) -> re.Match[str] | None:
    """The first name on ``line`` on a service that books meetings (:data:`_BOOKING_ACCOUNT`): of a handle's shape or with
    its '@', or one that may be a name (:func:`_a_chat_name`) where the line asks to book or reach the writer or, after a
    mark, says no more; after 'I'm', before or after the service, a handle's shape only unless the line asks."""
    asks: bool | None = None
    for found in _BOOKING_ACCOUNT.finditer(line):
        name = found.group("named") or found.group("said") or found.group("mine") or found.group("first") or ""
        if name.startswith("@") or (_a_handles_shape(name) and not _A_VERSION.fullmatch(name)):
            return found
        if name.lower() in _NO_NAME_WORDS or not _a_name_in_words(name) or (found.group("mine") is not None and found.group("mine_id") is None and not name.islower()):
            continue
        if (verb := found.group("verb") or found.group("first_verb")) is not None and _SAID_TO_BE.fullmatch(verb) is None:
            return found  # (to be looked up: 'Search for janesmith on Calendly')
        asks = (_MESSAGE_ME.search(line) is not None or _BOOK_WITH_ME.search(line) is not None) if asks is None else asks
        if asks or _ASKED_ON.search(line, max(0, found.start() - _ASKED_ON_MOST), found.start()):
            return found
        if found.group("named") is not None and _BOOKING_WORD.match(found.group()) is None and _a_card_s_line(line, found, name):
            return found  # (a card's line: 'Calendly: janesmith'; not 'Acuity: moderate', 'Doodle: brainstorm', a word's)
        if found.group("mine") is not None and name.islower() and len(name) >= _A_CARD_S_NAME:
            return found  # ('My Calendly is janesmith': one's own, said so)
    return None


def _what_account(found: re.Match[str]) -> str:
    """What an account that :func:`_chat_handle` found is, in words."""
    return "an account to book a meeting with" if found.re is _BOOKING_ACCOUNT else "an account to message"


# Words after 'I'm' or a service's name and a mark that are no one's name on it: a sentence's small words, or
# how much the writer is there ('I'm on Discord: mostly lurking', 'I'm not on TikTok').
_NO_NAME_WORDS = frozenset(
    "the and but for nor yet not just only also too then than that this these those which where who whom what when how why you your"
    " yours she her his him they them their theirs there here its our ours mine all any some every each both most more less few many much"
    " very such other another one two three four five six seven eight nine ten first last next still even ever again once soon later today"
    " tonight tomorrow yesterday well yes yeah nope maybe perhaps though although because since while until unless whether with without"
    " from into onto about above after before between big keen great good bad fine late lost away back out around hooked guilty useless"
    " hopeless rubbish terrible awful happy sure across over under everyone something nothing anything someone anyone lurker lurk".split()
)


def _a_chat_name(name: str, found: str, words: bool = True) -> bool:
    """Whether ``name``, after a service's name in ``found``, may be someone's name on it: with its '@', or of a
    handle's shape (Signal's of its own), not a version, or (``words``) a word that may be a name
    (:func:`_a_name_in_words`) and no small word of a sentence (:data:`_NO_NAME_WORDS`)."""
    if name.startswith("@"):
        return len(name) > 3
    if _A_VERSION.fullmatch(name) or name.lower() in _NO_NAME_WORDS:
        return False
    if found[:6].lower() == "signal" or found.lower().endswith(("signal", "signal.")):
        return _SIGNAL_NAME.fullmatch(name) is not None
    return _a_handles_shape(name) or (words and _a_name_in_words(name))


# Words after a handle and its service that point readers there ('@janesmith on Twitter has the rest', '… for more').
_POINTED_THERE = re.compile(
    # (Not 'has the rest', 'posts the slides': a public body's account as often, '@ONSDigital on Twitter has more
    # detail': the false-refusal round of the fifty-seventh session.)
    r"(?i)\W{0,3}(?:for\s++(?:the\s++)?(?:rest|more|updates|details|slides|template|questions|the\s++full|bookings?|a\s++chat)\b|(?:if|when)\s++you\b)"
)
_POINTED_MOST = 30
_SAID_TO_BE = re.compile(r"(?i)I['\u2019]m|I\s++am|we['\u2019]re|we\s++are")
# A word that asks to message, follow or tag a handle, just before it ('DM @janesmith on X', 'Follow @janesmith on TikTok'),
# or to send it a word ('DM "STALL" to @janesmith on Instagram': the attack round of the fifty-ninth session).
# (Not told of: 'Staff were told to send suspicious links to @ncsc on Twitter'.)
_ASKING_STARTS = r"^[\s>*+|#-]*+|[.!?:;(]\s*+|\b(?:please|just|or|and|then)\s++"
_ASKED_OF_A_HANDLE = re.compile(
    rf"(?i)(?:(?:{_ASKING_STARTS}|\bto\s++)(?:dm|pm|message|ping|follow|tag|contact|text|add|find|reach)\s++"
    rf"|(?:{_ASKING_STARTS})(?:dm|pm|message|send|text|write|reply)\s[^.!?\n]{{0,40}}?\s(?:to|at)\s++)\Z"
)
# Words that speak for the writer, or ask to follow them ('Follow me on TikTok: @janesmith', 'my Bluesky: @…').
_FOLLOW_ME = re.compile(rf"(?i)\b(?:follow|subscribe\s+to|find)\s+(?:me|us)\b|\b(?:my|our)\s+(?:{_FOLLOWED[3:-1]}|reddit)\b")
_A_CARD_S_MARKS = " \t-*+>•.|"


_A_CARD_S_NAME = 8  # the fewest letters of a name alone on a card's line


def _a_card_s_line(line: str, found: re.Match[str], name: str, closing: str = "") -> bool:
    """Whether ``line`` says no more than the service and the name ``found`` holds, as a card or a signature
    does ('Viber: janesmith', '- TikTok: @janesmith'), the name of a handle's length and not plural ('janesmith';
    not '- WhatsApp: whatever', 'Skype: headsets'); ``closing``: marks that may close it ('Calendly (janesmith)')."""
    alone = not line[: found.start()].strip(_A_CARD_S_MARKS) and not line[found.end() :].strip(_A_CARD_S_MARKS + closing)
    return alone and (name.startswith("@") or (len(name) >= _A_CARD_S_NAME and name.islower() and not name.endswith("s")))


def _a_handles_shape(name: str) -> bool:
    """Whether a name after a chat service's is a handle as written: a dot, an underscore or figures
    in it, not at its end ('stallreview.bookings', 'jane_smith', 'janesmith#1234'; not 'banned', 'v2.')."""
    return _IN_A_HANDLE.search(name) is not None and name[-1] not in ".-"


def check_chat_handles(source: Source, report: Report) -> None:
    """An account to message on a chat service, anywhere in the file, as a phone number or
    an e-mail address is: readers would take it for this site's own. One error a line."""
    if not _may_hold_chat(in_small_letters(source.text)):
        return
    told = lines_told_as_contacts(report)  # ('WhatsApp: wa.me/4477…', a number)
    for number, line in enumerate(source.lines, 1):
        if number not in told and (found := _chat_handle(line)) is not None:
            _told_of_chat(report, number, found.group(), _what_account(found), found.start())


def lines_told_as_contacts(report: Report) -> set[int]:
    """The lines ``report`` tells of already as holding a phone number or an e-mail address: a
    reading that finds an account there too tells nothing more (one error a line)."""
    return {d.line for d in report.items if d.code in ("phone-number", "email-address")}


def _told_of_chat(report: Report, line: int, written: str, what: str, at: int | None = None) -> None:
    """``what`` a reader could reach the author by (an account to message on a chat service, or to book a meeting with), written out (at ``at`` on its line, where it is read as typed)."""
    report.error(
        line,
        "chat-handle",
        f"'{written}' is {what}: readers would take it for this site's own, and the site takes its bookings "
        "through the offer on every page",
        "delete it: to say whom a reader should contact, name them or their role in words",
        column=1 if at is None else at + 1,
    )


def _told_of_address(report: Report, line: int, at: int, written: str, a_name: bool = False) -> None:
    """An e-mail address written out; ``a_name``: a file's name or a Git remote that GitHub links as one."""
    if a_name:
        message = f"'{written}' is a name, not an address, but the page would link it as an e-mail address, as GitHub does: readers would take it for this site's own"
        hint = f"put it in backticks, `{written}`, where it is shown as written, not linked"
    else:
        message = f"'{written}' is an e-mail address: readers would take it for this site's own, and a person's address on a public page is their personal data"
        hint = (
            "delete it: to say whom a reader should write to, name their role in words ('the project office'); "
            "readers reach this site through the offer on every page"
        )
    report.error(line, "email-address", message, hint, column=at + 1)


def _lines_with_digits(text: str) -> dict[int, None]:
    """The numbers of the lines with a run of eight digits or more (a date is one, on its
    front matter line), in order: only those are read, and the text is counted through once."""
    numbered: dict[int, None] = {}
    line, counted = 1, 0
    for run in _DIGIT_RUN.finditer(text):
        line += text.count("\n", counted, run.start())
        counted = run.start()
        numbered[line] = None
    return numbered


# (Not 'calendar' or 'diary': 'our calendar of board meetings' books nothing.)
_BOOKING_NOUNS = r"(?:booking|bookings|booking page|booking form|enquiries|appointments|reservations)"
# What every one of those sentences holds, in lower case.
_BOOKINGS_HELD = ("book", "order", "buy", "purchase", "reserv", "schedul", "arrang", "claim", "enquir", "appointment", "request", "available")
# Or words that say the site or an offer is elsewhere, or given by another ('has moved to', 'now
# lives at', 'is now offered by', 'has been acquired by'), their words parted by any space, a
# line's end too: the attack round of the forty-seventh session found the check skipped in a
# file with none of the words above. Each an expression that starts with a word of its own,
# which Python's re looks for as fast as a plain word (one of them all took 80 µs a file).
_WORD_GAP = r"(?:[\s*_]|&nbsp;|&#160;)+"  # spaces, emphasis marks or a no-break space, as the page shows them
_ELSEWHERE_HELD = tuple(re.compile(expression.replace(" ", _WORD_GAP)) for expression in elsewhere.HELD)


# Words before a word of booking that say what is booked, of the site's own offers.
_OWN_KINDS = r"(?:stall|review|diagnosis|diagnostic|consultancy|consulting|advisory|session|call|meeting|offer|client)"


@lru_cache(maxsize=4)
def _bookings_said(site_name: str) -> re.Pattern[str]:
    """Words that say whose bookings a sentence is about, the site's: 'our booking page',
    'Stall Patterns now takes all bookings', 'bookings for Stall Patterns', 'book with us',
    'we now take enquiries', 'we've moved all bookings', or a short notice that starts as the
    site's own would ('Bookings now open…', 'All bookings are now at…', 'New bookings:', 'To
    book:'; not 'Bookings for the training ran…', 'To book leave, …')."""
    # The name as written, run together or hyphenated ('StallPatterns', 'Stall-Patterns').
    site = r"[\s-]*".join(map(re.escape, site_name.split())) if site_name.strip() else "(?!)"
    moved, handed = "|".join(elsewhere.MOVED), "|".join(elsewhere.HANDED)
    return re.compile(
        # (Not our doubts, our investigations or the figures of bookings: 'we had our reservations about
        # the vendor', 'in our enquiries', 'our enquiries to the vendor', 'our booking figures are
        # from NHS England': the false-refusal round of the forty-seventh session.)
        # (A word before the noun that says what is booked, whose: not 'our outpatient appointments',
        # 'our course bookings', nor 'our reservations', doubts: the false-refusal round of the
        # forty-eighth session.)
        rf"(?<!\bdespite )(?<!\bhad )(?<!\bhave )(?<!\bin )\bour\s+(?:(?:new|online|main|usual|old|own)\s+)*(?:{_OWN_KINDS}\s+)?(?!reservations\b){_BOOKING_NOUNS}\b"
        r"(?!\s+(?:about|over|regarding|concerning|into|figures|data|statistics|numbers|rates|trends|volumes)\b)(?<!enquiries(?=\s+(?:to|with)\b))"
        rf"|(?:\b{site}|\bthis\s+(?:web)?site)(?:[’']s?)?\s+(?:[\w’']+\s+){{0,3}}?{_BOOKING_NOUNS}\b"
        # The site itself said to be elsewhere ('Stall Patterns has moved to …': the smuggling round
        # of the forty-sixth session).
        rf"|(?:\b{site}|\bthis\s+(?:web)?site)\s+(?:has\s+|have\s+)?(?:now\s+)?(?:{moved}|(?:{elsewhere.SAID_TO_BE_AT})\s+(?:at|on|via|through|hosted)"
        r"|(?:has|have)\s+(?:a\s+)?new\s+(?:home|address))\b"
        # Or someone else's now, by its name ('Stall Patterns has been acquired by …', 'is now part of
        # …', 'is now owned by …'; not 'This site is now part of Barts Health', a hospital's site).
        rf"|\b{site}\s+(?:(?:has\s+been|was|is\s+now)\s+(?:acquired|bought|taken\s+over|{handed})\s+by|is\s+now\s+part\s+of|(?:has\s+)?merged\s+with)\b"
        # Or its own buttons said not to work, with an address in the sentence: 'The buttons below no
        # longer work; use …' (the attack round of the forty-seventh session).
        r"|\b(?:buttons?|booking\s+(?:links?|forms?|pages?))\s+(?:below|above|on\s+this\s+page|at\s+the\s+(?:top|bottom|foot|end)(?:\s+of\s+(?:this|the)\s+page)?)\s+"
        r"(?:(?:now\s+|currently\s+)?no\s+longer\s+work|(?:do|does|will)\s+not\s+work|(?:don|doesn|won)[’']t\s+work|(?:are|is)\s+(?:now\s+|currently\s+)?(?:broken|out\s+of\s+date|disabled))\b"
        # The site's voice, moved, and no more said: 'We've moved to …', 'Our new home is …' (not 'We
        # moved to the cloud last year, and…', a client's).
        # (An address's parts read once each, possessively: '\S+\.\S+' tried every split of a long run.)
        rf"|\b(?:we|I)(?:[’']ve|\s+have)?\s+(?:now\s+)?(?:{moved})\s+(?:over\s+)?to(?:\s++[^\s.]++(?:\.[^\s.]++)++)?+\W*+$"
        r"|\bour\s+new\s+(?:home|address|site|website|domain)\s*(?:is|:)(?:\s++[^\s.]++(?:\.[^\s.]++)++)?+\W*+$"
        # (With 'our' only for the site's own ways in, not the client's people: 'We booked a session
        # with our DPO', 'Order laptops through our IT shop'.)
        rf"|\b(?:book|booked|order|buy|purchase|reserve|schedule|arrange|enquire|bookings|enquiries)\s+(?:\w+\s+){{0,2}}?(?:with|to|through|via|from)\s+"
        rf"(?:us|{site}|our\s+(?:(?:new|online)\s+)?(?:{_OWN_KINDS}\s+)?(?:team|site|website|page|form|calendar|desk|diary|inbox|booking\s+\w+)(?![\w-]|\s+[a-z]))\b"
        # Who takes them, doing so: 'we now take enquiries', 'We've moved all bookings', 'I now
        # take bookings', 'The authors now take bookings', "We're now booking through" (not
        # 'I answer enquiries from the portal', 'we've seen enquiries triple').
        r"|\b(?:we|I|the\s+(?:authors?|maintainers|editors))(?:[’'](?:ve|re|ll|m)|\s+(?:have|are|am|will))?\s+(?:now\s+|also\s+|only\s+|no\s+longer\s+)?"
        r"(?:(?:take|taking|took|accept|accepting|move|moved|moving|handle|handling|manage|managing|open|opened|welcome|welcoming)\s+"
        # (Then where they are taken: not 'We manage enquiries from the press through the comms
        # team', 'We opened appointments to evening slots'.)
        rf"(?:(?:all|our|new|any|your|further)\s+)?{_BOOKING_NOUNS}(?:\s+(?:now|only|instead))?\s+(?:at|via|through|on|to|with|using|here|online|over)\b"
        r"|(?:booking|scheduling|taking\s+bookings)\s+(?:through|via|with|at|on)\b)"
        rf"|\b{_BOOKING_NOUNS}\s+(?:for|with|to|at|through|via)\s+(?:us|{site}|this\s+(?:web)?site)\b"
        # Or a short notice that starts as the site's own would: 'Bookings now open at …', 'All
        # bookings are now at …', 'New bookings: …', 'Enquiries have moved to …' (not 'New bookings
        # have fallen since …', nor a long sentence of another's: 'All appointments are now made
        # through the NHS App, so …').
        r"|^(?=(?:\S+\s+){0,11}\S+\s*$)\W*(?:(?:all|new)\s+)?(?:bookings|enquiries|appointments|reservations)"
        r"(?:\s*:\s*(?:\W*$|\S+\.\S+)|\s+(?:(?:are|is)\s+)?(?:now\s+)?(?:open|(?:have|has)\s+(?:now\s+)?moved|moved|taken|handled|made)\b"
        r"|\s+(?:(?:are|is)\s+(?:now\s+)?|now\s+)(?:at|via|through|on|with)\b)"
        # Or asks to book, and names nothing else to book: 'To book: [the desk](…)', 'Book here –',
        # 'Book a session at …' (not 'Book a session with the vendor at …').
        r"|^\W*(?:to\s+(?:book|enquire|order|reserve)|(?:book|enquire|order)\s+(?:now|here|today|online))\s*(?:[:;\u2013\u2014-]|$)"
        # Or asks to book at a place, and no more: 'Book at jsmith.consultancy', 'Book now via [my site](…)' (the
        # attack round of the fifty-sixth session; not 'Book at least a week ahead').
        r"|^\W*(?:book|enquire|reserve)(?:\s+(?:now|here|today|online))?\s+(?:at|via|on|through)(?=\s*+(?:\W*$|[^\s.]++(?:\.[^\s.]++)++\W*$))"  # (not 'Order via amazon.co.uk.')
        # (Where, and nothing more: not 'Book a session at the start of each sprint', 'Schedule a
        # call via Teams with the vendor'.)
        r"|^\W*(?:book|schedule|reserve|arrange)\s+(?:a|an|your)\s+(?:[\w-]+\s+){0,2}?(?:call|session|meeting|consultation|slot|appointment)"
        r"\s+(?:at|via|on|through|here)\s*(?:\W*$|\W*(?:today|now)\b|\S+\.\S+)",
        re.IGNORECASE,
    )


# Words that ask for one of the site's offers, in the sentence of a link or the one before it ('Book
# a Stall Review [on our new page](…)', '[Sign up](…) for a Stall Review', 'Interested in the
# Diagnosis? [Let us know](…)', '[Apply for a Review](…)': the attack round of the fifty-third
# session, helper-244, each published).
_ASKED_FOR = re.compile(
    r"(?i)\b(?:book|booking|reserve|sign\s+up|signup|register|apply|enrol+|schedule|arrange|order|buy|purchase|pay\s+for|claim|request|start|starts"
    r"|begin|get\s+started|let\s+us\s+know|get\s+in\s+touch|next\s+step|interested\s+in|ready\s+for|choose|pick\s+a\s+(?:time|date|slot))\b"
)
# Or asks whether the reader wants one, or says where one is booked, where it names the offer whole
# ('Need a Stall Review? [Click here](…).', 'A Stall Review can be booked [here](…).': the attack round of
# the fifty-fourth session; not 'if you want the short version of the Review, it is [online](…)', the
# review of the change).
_ASKED_IF_NAMED = re.compile(r"(?i)\b(?:need|want|fancy|click|tap|booked|reserved)\b")
_ASKED_HELD = ("book", "reserve", "sign", "need", "want", "fancy", "click", "tap", "regist", "apply", "enrol", "schedul", "arrang", "order", "buy", "purchas", "pay", "claim", "request", "start",
               "begin", "let us", "touch", "next step", "interested", "ready", "choose", "pick")
# Link words that name whose page it is ('the NAO's guide', 'the ICO', 'GOV.UK'): a capitalised word
# after the first, letters in capitals, or a possessive.
_NAMES_WHOSE = re.compile(r"(?<=\s)[A-Z][a-z]|[A-Z]{2,}|['’]s\b|\.[a-z]{2,}")
# Link words that are where the asking goes: an ask ('Sign up', 'Let us know', 'Take the next step',
# 'Apply for a Review'), a place or a time ('on our new page', 'with the team', 'here', 'today'), or
# a way there ('go here', 'this page'); not a thing to read ('the report', 'this checklist').
_WHERE_ASKED = re.compile(
    rf"(?i)(?:{_ASKED_FOR.pattern[4:]}|take\s+the\s+next\s+step|(?:go|click|tap|start|begin)\s+here|here|today|now|online|this\s+(?:page|link|form)"
    r"|(?:on|at|via|through|with|from|in)\s+(?:our|the|this|my)?\s*(?:new\s+)?(?:page|site|website|form|team|link|calendar|diary|portal|booking\s+page)s?)\b"
)
_THING_BEFORE = re.compile(r"(?i)\b(?:the|a|an|this|that|these|those|their|its|his|her)\s*$")
# A sentence of a link and little more ('[Let us know](…).') is read with the one before it.
_FEW_WORDS = 4
_WORDS_BEFORE = 40  # the characters before a link read for a word that makes it a thing ('the [book]')


def check_offers_asked_elsewhere(source: Source, offer_called: Callable[[str], str | None], booking_urls: frozenset[str], report: Report) -> None:
    """A sentence that asks readers for one of the site's offers, named or called by its last word
    as the site writes it, with a link to another site whose words name no one else ('Book a Stall
    Review [on our new page](…)'): readers would book there. One error a line; a public body's site
    takes no one's bookings for them. ``offer_called``: the offer a text names, if any
    (:meth:`Settings.offer_or_its_last_word`)."""
    lowered = source.shown_small
    if not any(word in lowered for word in _ASKED_HELD) or "](" not in source.body and "http" not in source.body:
        return
    told = {d.line for d in report.items if d.code in ("booking-elsewhere", "offer-elsewhere", "link-text-elsewhere")}
    for token in source.tokens:
        if token.type != "inline" or not token.map or not token.children or "http" not in token.content.lower():
            continue
        # Each sentence's pieces of text, and its links elsewhere: line, host, words and the few words before.
        # (Pieces, joined once: a sentence built piece by piece, and read whole for each of its links, took
        # time in the square of a paragraph of many links.)
        sentences: list[tuple[list[str], list[tuple[int, str, str, str]]]] = [([], [])]
        link: tuple[int, str] | None = None  # the link being read, if it goes to another site: its line and host
        inside, link_words = False, list[str]()
        for child, offset in body.lines_of(token.children):
            if child.type == "link_open":
                href = str(child.attrGet("href") or "")
                target = target_of(href)
                link = (token.map[0] + offset, target[1]) if target is not None and target[0] == "web" and href not in booking_urls else None
                inside, link_words = True, []
            elif child.type == "link_close":
                shown = "".join(link_words)
                pieces, links = sentences[-1]
                if link is not None:
                    links.append((*link, shown, "".join(pieces[-3:])[-_WORDS_BEFORE:]))
                pieces.append(shown)
                link, inside, link_words = None, False, []
            elif child.type in ("text", "code_inline"):
                if inside:
                    link_words.append(child.content)
                    continue
                for index, piece in enumerate(SENTENCE_END.split(child.content)):
                    if index:
                        sentences.append(([], []))
                    sentences[-1][0].append(piece)
            elif child.type in ("softbreak", "hardbreak"):
                sentences[-1][0].append(" ")
        before = ""
        for pieces, links in sentences:
            said = " ".join("".join(pieces).split())
            read = f"{before} {said}" if len(said.split()) <= _FEW_WORDS else said
            before = said
            if not links or (offer := offer_called(read)) is None:
                continue
            if not _ASKED_FOR.search(read) and not (_ASKED_IF_NAMED.search(read) and offer.lower() in " ".join(read.lower().split())):
                continue
            for line, host, shown, ahead in links:
                if line + source.body_start in told or PUBLIC_HOST.search(host) or not _WHERE_ASKED.match(shown.strip()) or _THING_BEFORE.search(ahead):
                    continue  # what to read or where a source is ('read [the report](…)', 'Order the [book](…)')
                # (The offer's own name in the link's words names no one else: '[Apply for a Review](…)'.)
                if _NAMES_WHOSE.search(re.sub(rf"\b(?:{'|'.join(map(re.escape, offer.split()))})(?:s|es)?\b", "", shown).strip()) is None:
                    told.add(line + source.body_start)
                    report.error(
                        line + source.body_start,
                        "booking-elsewhere",
                        f"this sentence asks readers for this site's offer, {offer}, and its link goes to '{host}': readers would book there, not with this site",
                        "delete the link: the site takes bookings through the offers on every pattern's page, and its contact page",
                    )


def _may_tell_of_bookings(lowered: str) -> bool:
    """Whether a text, in small letters, holds what every sentence that :func:`check_bookings_elsewhere` reads holds."""
    return (
        any(word in lowered for word in _BOOKINGS_HELD)
        or any(held.search(lowered) for held in _ELSEWHERE_HELD)
        or _SENT_ON_HELD.search(lowered) is not None
        or any(_holds_word(lowered, word) for word in GETTING_WORDS)  # (a word of its own: 'Get the Stall Review at …', not 'budget')
    )


def _holds_word(lowered: str, word: str) -> bool:
    """Whether ``lowered`` holds ``word`` as a word of its own, found at C speed ('budget' holds no 'get')."""
    at = lowered.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not lowered[at - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
            return True
        at = lowered.find(word, end)
    return False


# A word after a comma that sends a reader somewhere ('For the Stall Review, head to …': Settings.offer_booked).
_SENT_ON_HELD = re.compile(rf",{_WORD_GAP}(?:{'|'.join(map(re.escape, SENDING_WORDS))})\b")


def check_bookings_elsewhere(
    source: Source, site_name: str, booking_urls: frozenset[str], offer_booked: Callable[[str], str | None], report: Report
) -> None:
    """A sentence that says the site takes its bookings or enquiries somewhere, with a link
    to another site in it ('Stall Patterns now takes all bookings at https://evil.example/book',
    'Note: our booking page has moved to [the new page](…)', 'Book [a session](…) with us'):
    readers would book there. So does one that asks to book an offer, with a link elsewhere or
    an address written out ('Book the Stall Review at stallreview.co.uk'). The site takes
    bookings through the offers on every page, and its contact page.
    ``offer_booked``: the offer a text asks to book, if any (:meth:`Settings.offer_booked`)."""
    if not _may_tell_of_bookings(source.shown_small):
        return  # at C speed: most bodies say nothing of bookings (as the page shows them: '**B**ook', 'mo&#118;ed')
    said = _bookings_said(site_name)
    for token in source.tokens:
        if token.type != "inline" or not token.map or not token.children:
            continue
        # The words around the links: a link's own words ('[our booking page](…)') are told
        # as a link's (catalogue.py), once.
        words: list[str] = []
        elsewhere: tuple[int, str, str] | None = None  # the line and the host of the first link elsewhere, and the words before it
        in_link = False
        offset = 0
        for child, offset in body.lines_of(token.children):
            if child.type in ("link_open", "link_close"):
                in_link = child.type == "link_open"
                href = str(child.attrGet("href") or "")
                if in_link and elsewhere is None and href not in booking_urls and (target := target_of(href)) is not None:
                    elsewhere = (token.map[0] + offset, target[1], "".join(words))
                words.append(" ")
            elif not in_link:
                for index, piece in enumerate(SENTENCE_END.split(child.content) if child.type in ("text", "code_inline") else [" " if child.type in ("softbreak", "hardbreak", "image") else ""]):
                    if index:  # a sentence has ended
                        _told_of_bookings(source, said, offer_booked, "".join(words), elsewhere, token.map[0] + offset, report)
                        words, elsewhere = [], None
                    words.append(piece)
        _told_of_bookings(source, said, offer_booked, "".join(words), elsewhere, token.map[0] + offset, report)


# What comes just before where a thing is booked: 'at', 'via', 'use', a colon or an arrow.
_BOOKED_THERE = re.compile(r"(?i)(?:\b(?:at|via|through|on|using|use|with|here|visit|go to|head to|moved to|relocated to|follow|complete|fill in|in|by)|[:\u2013\u2014\u2192-])\W*$")


def _told_of_bookings(
    source: Source,
    said: re.Pattern[str],
    offer_booked: Callable[[str], str | None],
    sentence: str,
    elsewhere: tuple[int, str, str] | None,
    line: int,
    report: Report,
) -> None:
    """Report ``sentence`` if it says the site's bookings are elsewhere, with a link there
    (``elsewhere``: its line and host, and the words before it), or asks to book an offer,
    with a link or an address written out where it is booked (on ``line``, the sentence's
    last, where no link is)."""
    sentence = " ".join(sentence.split())
    if elsewhere is None and (written := bare_domain_in(sentence, any_ending=True)) is not None:
        elsewhere = (line, written, sentence[: sentence.find(written)])
    if elsewhere is None or PUBLIC_HOST.search(elsewhere[1].partition("/")[0]):
        # (A public body's site takes no one's bookings for them: 'Appointments: [NHS England's
        # statistics](…)', 'The Review is now on GOV.UK' tell of a source, or a government's review.)
        return
    if (found := said.search(sentence)) is not None:
        what = f"says the site's bookings or enquiries are taken elsewhere ('{found.group()}')"
    elif (offer := offer_booked(sentence)) is not None and _BOOKED_THERE.search(elsewhere[2]):
        # Where it is booked: 'Book the Stall Review at …', 'To book one, use [this form](…)'
        # (not 'Book a Stall Review once you have read [the NAO's report](…)').
        what = f"asks to book this site's offer, {offer}"
    else:
        return
    report.error(
        elsewhere[0] + source.body_start,
        "booking-elsewhere",
        f"this sentence {what}, and sends readers to '{elsewhere[1]}': readers would book there, not with this site",
        "delete the sentence: the site takes bookings through the offers on every pattern's page, and its contact page",
    )

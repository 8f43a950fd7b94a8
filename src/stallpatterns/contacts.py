"""Contact details a pattern must not give. A phone number in a pattern's summary or text
('To book a Stall Review, call 020 7946 0000') reads as the site's own bookings line, on
the page, on cards, in search and in link previews; the site takes bookings through the
offer on every page and its contact page. (E-mail and web addresses are links, checked as
links are; written out in a name or summary, they are fields.py's.)"""

from __future__ import annotations

import re

from .diagnostics import Report
from .source import Source

# A phone number as people write one: international ('+44 7700 900123', '+1 (555) 010-0199'),
# a national one from its leading 0 ('020 7946 0000', '(0161) 496 0000', '0800-123-4567'), or
# North America's three, three and four digits ('555-010-0199', '(555) 010-0199'). Not one
# inside an address, a number or a word ('/0201234567', '?id=0201234567', '4.5', 'v020 7946').
# Possessive: a long run of digits and spaces is read once.
_PHONE = re.compile(
    r"(?<![\w+/=.&#%@:-])"
    r"(?:\+\d++|\(?+0\d++\)?+|\(?\d{3}\)?[ .-]\d{3}[.-]\d{4}(?!\d))(?:[ .-]?+\(?+\d++\)?+)*+"
    r"(?![\w/@])"
)
# Eight digits or more with only a phone number's marks between them: the quick look,
# at C speed, before any number is read (most text has none).
_DIGIT_RUN = re.compile(r"\d(?:[ ().+-]{0,2}+\d){7}")
# Digits a number of each kind has: international 8 to 15 (E.164), national 10 or 11.
_DIGITS = {"+": (8, 15), "0": (10, 11), "(": (10, 11)}


def phone_number(text: str) -> tuple[int, str] | None:
    """Where the first phone number in ``text`` starts, and the number as written; None for none."""
    if _DIGIT_RUN.search(text) is None:
        return None
    for found in _PHONE.finditer(text):
        number = found.group()
        digits = sum(char.isdigit() for char in number)
        low, high = _DIGITS.get(number[0], (10, 10))
        if number[0] == "(" and number[1:2] != "0":
            low, high = 10, 10  # '(555) 010-0199'
        if low <= digits <= high:
            return found.start(), number
    return None


def check_phone_numbers(source: Source, report: Report) -> None:
    """A phone number anywhere in the file, front matter or text, code or not: each is
    published. One error a line."""
    for number in _lines_with_digits(source.text):
        line = source.lines[number - 1] if number <= len(source.lines) else ""
        if (found := phone_number(line)) is not None:
            at, written = found
            report.error(
                number,
                "phone-number",
                f"'{written}' is a phone number: readers would take it for this site's own line, "
                "and the site takes its bookings through the offer on every page",
                "delete it: to say whom a reader should call, name them or their role in words",
                column=at + 1,
            )


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

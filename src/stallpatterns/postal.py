"""A postal address given for readers to write to or call at ('Write to me at 14 Acacia Avenue,
London SE1 4NA', 'Write to: Jane Smith, PO Box 1234, Leeds LS1 1AA': the attack round of the
fifty-sixth session published each): readers would take it for this site's own address, and the
site takes its bookings and enquiries through its own pages. Read by its postcode (the United
Kingdom's, in capitals, as the Royal Mail writes it) or a PO box, on a line that asks readers to
write, send or call to the writer; not an office named in a story ('The pilot ran at the Leeds
office, LS1 4AP')."""

from __future__ import annotations

import re

from .diagnostics import Report
from .source import Source

# A postcode of the United Kingdom: its outward part (an area's one or two letters, a district's
# figure, and a letter or figure more) and its inward part (a figure and two letters).
_POSTCODE = re.compile(r"(?<![\w-])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]?[ \u00a0]?[0-9][ABD-HJLNP-UW-Z]{2})(?![\w-])")
# A postcode's inward part, which every postcode ends with: looked for first, as Python's re
# looks for a figure faster than for the letters before it.
_INWARD = re.compile(r"[0-9][ABD-HJLNP-UW-Z]{2}(?![\w-])")
_PO_BOX = re.compile(r"(?i)\b(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box)\s*[0-9][A-Z0-9-]+")
# What asks readers to write, send or call there, to the writer ('write to me at', 'send it to us',
# 'visit our office', 'my postal address is', 'Write to: …' at a line's start): not a story of where
# others sent or went ('Send the form to HMRC, BX9 1AS, the team was told', 'We visited their office',
# 'Our office moved from EC1A 1BB': the false-refusal round of the fifty-sixth session).
_ASKED = re.compile(
    r"(?i)\b(?:write|send|post|mail|deliver|return|bring)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:me|us)\b"
    r"|\b(?:visit|find|see|meet)\s+(?:me|us)\b|\b(?:visit|come\s+to|drop\s+(?:by|in\s+at|into)|pop\s+into|call\s+in\s+at)\s+(?:our|my)\s+(?:office|studio|premises|home|shop)"
    r"|\b(?:my|our)\s+(?:postal\s+|correspondence\s+|office\s+)?address\s+is\b|^\W*(?:please\s+)?(?:write|send\s+\w+)\s+to:"
)


def check_postal_addresses(source: Source, report: Report) -> None:
    """A postcode or a PO box on a line that asks readers to write, send or call there: one error a line."""
    if _INWARD.search(source.text) is None and "box" not in source.lowered:
        return  # (most files hold neither: one look at the whole, for what starts at a figure, then words at C speed)
    for number, line in enumerate(source.lines, 1):
        found = _POSTCODE.search(line) or _PO_BOX.search(line)
        if found is None or _ASKED.search(line) is None:
            continue
        report.error(
            number,
            "postal-address",
            f"'{found.group()}' is part of a postal address given for readers to write to or call at: readers would take it for this "
            "site's own address, and the site takes its bookings and enquiries through its own pages",
            "delete the address: to say where something is, name the town or the organisation in words",
            column=found.start() + 1,
        )

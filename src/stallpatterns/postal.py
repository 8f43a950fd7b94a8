"""A postal address given for readers to write to or call at ('Write to me at 14 Acacia Avenue,
London SE1 4NA', 'Write to: Jane Smith, PO Box 1234, Leeds LS1 1AA': the attack round of the
fifty-sixth session published each): readers would take it for this site's own address, and the
site takes its bookings and enquiries through its own pages. Read by its postcode (the United
Kingdom's, in capitals, as the Royal Mail writes it) or a PO box, on a line that asks readers to
write, send or call there, in the site's voice or as an instruction; not an office named in a
story ('The pilot ran at the Leeds office, LS1 4AP')."""

from __future__ import annotations

import re

from .diagnostics import Report
from .source import Source

# A postcode of the United Kingdom: its outward part (an area's one or two letters, a district's
# figure, and a letter or figure more) and its inward part (a figure and two letters).
_POSTCODE = re.compile(r"(?<![\w-])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]?[ \u00a0]?[0-9][ABD-HJLNP-UW-Z]{2})(?![\w-])")
_PO_BOX = re.compile(r"(?i)\b(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|Freepost)\s*[A-Z0-9-]{2,}")
# What asks readers to go or send there: as an instruction at a sentence's start ('Write to: …',
# 'Send the form to …'), or in the site's voice, the writer's own ('… write to me at', 'visit our office').
_ASKED = re.compile(
    r"(?i)(?:^|[.!?:;]\s+|\(\s*)[\W_]*(?:please\s+)?(?:write|send|post|mail|visit|drop|pop|come|deliver|return|address|find|call\s+in|correspondence|letters)\b"
)
_OWN = re.compile(r"(?i)\b(?:me|us|our|my|I|I['’]m|we|we['’]re)\b[^.!?]{0,80}?\b(?:write|send|post|mail|visit|drop|pop|come|deliver|return|find|call\s+in|address|office|studio|based)\b"
                  r"|\b(?:write|send|post|mail|visit|drop|pop|come|deliver|return|find|call\s+in)\b[^.!?]{0,40}?\b(?:me|us|our|my)\b")


def check_postal_addresses(source: Source, report: Report) -> None:
    """A postcode or a PO box on a line that asks readers to write, send or call there: one error a line."""
    if _POSTCODE.search(source.text) is None and _PO_BOX.search(source.text) is None:
        return  # (most files hold neither: one look at the whole)
    for number, line in enumerate(source.lines, 1):
        found = _POSTCODE.search(line) or _PO_BOX.search(line)
        if found is None or (_ASKED.search(line) is None and _OWN.search(line) is None):
            continue
        report.error(
            number,
            "postal-address",
            f"'{found.group()}' is part of a postal address given for readers to write to or call at: readers would take it for this "
            "site's own address, and the site takes its bookings and enquiries through its own pages",
            "delete the address: to say where something is, name the town or the organisation in words",
            column=found.start() + 1,
        )

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
    # ('Our office is at 10 Downing Street, London SW1A 2AA': the attack round of the fifty-ninth session; not 'Our office moved from …'.)
    r"|\b(?:my|our)\s+(?:office|offices|studio|premises|practice|firm|home|base|HQ|headquarters)\s+(?:is|are)\s+(?:now\s+|still\s+)?(?:at|in|on)\b"
)


# A ZIP code of the United States after its state's two capitals ('Springfield, IL 62704'): read from its
# figures, the state looked for just before them.
_ZIP = re.compile(r"(?<![\w-])[0-9]{5}(?:-[0-9]{4})?(?![\w-])")
_STATE_BEFORE = re.compile(
    r"(?<![\w-])(?:A[LKZR]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),?[ \u00a0]\Z"
)
# What starts at a figure in every postcode's inward part and every ZIP code: the quick look at a whole file.
_HELD = re.compile(r"[0-9](?:[ABD-HJLNP-UW-Z]{2}(?![\w-])|[0-9]{4}(?!\w))")  # (a ZIP code's four more after a hyphen too)
# Or asks readers, as an imperative, to send or write to a named business or person at an address, whoever's
# ('Send the signed form to Jane Smith Advisory, 4 Gay Street, Bath BA1 1AA.', 'Post your cheque to: Stall
# Advisory, PO Box 123, Leeds LS1 1AA.', 'Mail it to 1600 Main St, Springfield, IL 62704.': the review of the
# fifty-sixth session's change): at a sentence's start, or after a word that asks, the address after its 'to'.
_SENT_TO = re.compile(
    r"(?i)(?:^[\W_]*+|[.!?;:(|,]\s++|\b(?:please|kindly|just|simply|then|and|or|also)\s++)"
    r"(?:send|post|mail|write|return|deliver|forward|courier|ship|bring|address|drop\s++off|hand\s++deliver)\s++(?:[\w'\u2019-]++\s++){0,5}?to\b:?"
)
# A public body as the one written to ('Send the form to HMRC, BX9 1AS', the false-refusal round of the fifty-sixth
# session): its address is its own, published, and no reader takes it for this site's.
_PUBLIC_BODY = re.compile(
    r"(?i)\s*+(?:the\s++)?(?:HMRC|HM\s|DVLA|DWP|DVSA|Companies\s++House|ICO\b|Information\s++Commissioner|NHS|Home\s++Office|Cabinet\s++Office|Treasury"
    r"|Parliament|Ofcom|Ofsted|Ofgem|Ofwat|FCA\b|CQC\b|ONS\b|NAO\b|IRS\b|USCIS\b|Social\s++Security|Land\s++Registry|Passport\s++Office|Charity\s++Commission"
    r"|(?:[\w'\u2019&-]++\s++){0,4}?(?:Council|Department|Ministry|Court|Tribunal|Commission|Agency|Authority|Ombudsman|Regulator|Inspectorate|Registry)\b)"
)
_SENT_MOST = 160  # the characters after its 'to' read for the address
# An instruction told as a document's or someone's, after its postcode ('Send the signed DPIA to …, Leeds LS2 7UE,
# the trust's guidance says', '…, read the footer the model copied': the false-refusal round of the fifty-seventh session).
_REPORTED = re.compile(
    r"[^\S\n]*+,[^\S\n]*+(?:(?:read|reads|said|says)\s++(?:the|a|an|our|their|its|his|her)\b"
    r"|(?:[\w'\u2019-]++\s++){1,6}?(?:says|said|read|reads|instructs|instructed|tells|told|states|stated|advises|advised|wrote|writes)\b)"
)


def _sent_to(line: str, found: re.Match[str]) -> bool:
    """Whether ``line`` asks readers to send or write to someone at the address ``found`` holds, after its 'to'
    (:data:`_SENT_TO`), in the same sentence, and someone other than a public body (:data:`_PUBLIC_BODY`)."""
    if _REPORTED.match(line, found.end()) is not None:
        return False  # told as what a document or someone said ('…, the trust's guidance says')
    for asked in _SENT_TO.finditer(line, 0, found.start()):
        if line.count('"', 0, asked.start()) % 2 or line.count("\u201c", 0, asked.start()) > line.count("\u201d", 0, asked.start()):
            continue  # quoted ('The test data had rows like "Please send the parcel to …"')
        between = line[asked.end() : found.start()]
        if len(between) <= _SENT_MOST and _SENTENCE_ENDS.search(between) is None and _NOT_AN_ADDRESS.search(between) is None and _PUBLIC_BODY.match(between) is None:
            return True
    return False


# What an address's lines do not hold, between its 'to' and its postcode: a clause's marks or words of one ('Send
# feedback to the project team, then move on to the Leeds office (LS1 4AP) rollout', 'Mail merges to 12,000
# patients ran from the Leeds depot, LS10 1JQ', 'Post the update to the channel; Leeds LS1 1AA had the best uptake').
_NOT_AN_ADDRESS = re.compile(
    r"[;:()]|(?i:\b(?:then|but|because|which|who|whom|when|where|while|after|before|during|about|from|with|than"
    r"|is|are|was|were|be|been|had|has|have|did|does|do|ran|run|runs|went|goes|go|got|took|made|makes|said|says|told|most|many|some|not)\b)"
)
_SENTENCE_ENDS = re.compile(r"(?<!\b[A-Z])(?<!\bSt)(?<!\bNo)(?<!\bRd)(?<!\bAve)[.!?]\s")  # (not an initial's or a street's: 'J. Smith', 'Gay St. ')


def _address_in(line: str) -> re.Match[str] | None:
    """The first postcode, PO box or ZIP code after its state's capitals in ``line``."""
    found = _POSTCODE.search(line) or _PO_BOX.search(line)
    if found is None:
        found = next((zip_code for zip_code in _ZIP.finditer(line) if _STATE_BEFORE.search(line, max(0, zip_code.start() - 4), zip_code.start())), None)
    return found


def check_postal_addresses(source: Source, report: Report) -> None:
    """A postcode, a PO box or a ZIP code on a line that asks readers to write, send or call there: one error a line."""
    if _HELD.search(source.text) is None and "box" not in source.lowered:
        return  # (most files hold neither: one look at the whole, for what starts at a figure, then words at C speed)
    for number, line in enumerate(source.lines, 1):
        found = _address_in(line)
        if found is None:
            continue
        if _ASKED.search(line) is None and not _sent_to(line, found):
            # (Or asked on the line before, which the page joins to it: 'To book, send a cheque to Jane Smith,' then
            # '4 Gay Street, Bath BA1 1AA.'.)
            before = source.lines[number - 2] if number > 1 else ""
            joined = f"{before} {line}"
            if not before.strip() or before.rstrip().endswith((".", "!", "?")) or (_ASKED.search(before) is None and not _sent_to(joined, _address_in(joined) or found)):
                continue
        report.error(
            number,
            "postal-address",
            f"'{found.group()}' is part of a postal address given for readers to write to or call at: readers would take it for this "
            "site's own address, and the site takes its bookings and enquiries through its own pages",
            "delete the address: to say where something is, name the town or the organisation in words",
            column=found.start() + 1,
        )

"""The table of look-alike letters is what scripts/make_lookalikes.py makes of Unicode's
confusables.txt: lines of the file in, the entries the title's check reads out."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from stallpatterns import lookalikes

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "make_lookalikes.py"
EXCERPT = """# confusables.txt
# Date: 2020-02-13, 01:38:49 GMT
# Version: 13.0.0
0501 ;\t0064 ;\tMA\t# ( ԁ → d ) CYRILLIC SMALL LETTER KOMI DE → LATIN SMALL LETTER D\t#
0399 ;\t006C ;\tMA\t# ( Ι → l ) GREEK CAPITAL LETTER IOTA → LATIN SMALL LETTER L\t# →I→
0049 ;\t006C ;\tMA\t# ( I → l ) LATIN CAPITAL LETTER I → LATIN SMALL LETTER L\t#
006D ;\t0072 006E ;\tMA\t# ( m → rn ) LATIN SMALL LETTER M → LATIN SMALL LETTER R, LATIN SMALL LETTER N\t#
0022 ;\t0027 0027 ;\tMA\t# ( " → '' ) QUOTATION MARK → APOSTROPHE, APOSTROPHE\t#
201C ;\t0027 0027 ;\tMA\t# ( “ → '' ) LEFT DOUBLE QUOTATION MARK → APOSTROPHE, APOSTROPHE\t# →"→
FF21 ;\t0041 ;\tMA\t# ( Ａ → A ) FULLWIDTH LATIN CAPITAL LETTER A → LATIN CAPITAL LETTER A\t# →А→
0430 ;\t0061 ;\tMA\t# ( а → a ) CYRILLIC SMALL LETTER A → LATIN SMALL LETTER A\t#
0431 ;\t0036 ;\tMA\t# ( б → 6 ) CYRILLIC SMALL LETTER BE → DIGIT SIX\t#
0436 ;\t04C1 ;\tMA\t# ( ж → Ӂ ) CYRILLIC SMALL LETTER ZHE → CYRILLIC CAPITAL LETTER ZHE WITH BREVE\t#
"""


def _script():
    spec = importlib.util.spec_from_file_location("make_lookalikes", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_script_keeps_what_looks_like_ascii_and_reads_a_capital_l_look_alike_as_i():
    script = _script()
    pairs, version = script.rows(EXCERPT)
    beyond, within = script.tables(pairs)
    # Full-width A is NFKC's already; ж looks like no ASCII; quote marks are the title's own folding.
    assert beyond == {"ԁ": "d", "Ι": "I", "“": '"', "а": "a", "б": "6"}
    assert within == {"I": "l", "m": "rn"}
    assert version == "13.0.0, 2020-02-13"


def test_the_committed_table_holds_the_scripts_reading_of_the_same_lines():
    script = _script()
    beyond, within = script.tables(script.rows(EXCERPT)[0])
    assert all(lookalikes.BEYOND_ASCII[ord(char)] == looks for char, looks in beyond.items())
    assert all(lookalikes.WITHIN_ASCII[ord(char)] == looks for char, looks in within.items())

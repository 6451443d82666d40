"""A committee's or unit's letters written in mixed case before its case number ("PaN 26-0811", "BoU 2026/118"):
the letters of a case number, no one's name.

Authorities abbreviate a body's name keeping the capitals of its words ("Patientnämnden" "PaN", "Barn- och
utbildningsnämnden" "BoU", "Socialnämnden" "SoN") and write them before every case number; a name reader takes
the capitalised short word for a name. Two capitals in a word of two to five letters is no Swedish spelling of a
given name or surname, and a case number right after it says what it is.
"""

from __future__ import annotations

import re

# two to five letters, the first a capital and another one later: "PaN", "BoU", "KoF", "SoN", "MiLN"
_MIXED_LETTERS = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{0,3}[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,2}$")
# a case number of a year and a serial: "26-0811", "2026/1170", "26:114"
_CASE_NUMBER_AFTER = re.compile(r"[ \t\u00a0]+(?:\d{4}[/:-]\d{1,5}|\d{2}[/:-]\d{2,5})(?![\d/:-]?\d)")


def case_unit_letters(word: str, text: str, end: int) -> bool:
    """True for a mixed-case unit's letters (``word``, ending at ``end`` in ``text``) before a case number."""
    w = word.strip()
    return (bool(_MIXED_LETTERS.match(w)) and sum(c.isupper() for c in w) >= 2 and not w.isupper()
            and _CASE_NUMBER_AFTER.match(text, end) is not None)

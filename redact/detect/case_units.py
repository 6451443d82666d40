"""A unit's letters before its case number ("PaN 26-0811", "Ärende VO 2026/1207"): the letters of a case number,
no one's name.

Authorities abbreviate a body's name keeping the capitals of its words ("Patientnämnden" "PaN", "Barn- och
utbildningsnämnden" "BoU", "Socialnämnden" "SoN") and write them before every case number; a name reader takes
the capitalised short word for a name. Two capitals in a word of two to five letters is no Swedish spelling of a
given name or surname, and a case number right after it says what it is. A case's or a document's word with the
unit's capitals ("Ärende VO 2026/1207", "Bygglov SBF 2026/1180", "Protokoll KS 2026-08-26") names it by its unit.
"""

from __future__ import annotations

import re

# two to five letters, the first a capital and another one later: "PaN", "BoU", "KoF", "SoN", "MiLN"
_MIXED_LETTERS = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{0,3}[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,2}$")
# a case number of a year and a serial: "26-0811", "2026/1170", "26:114"; no date, as mixed case is a name's shape
# too ("McKay 2026-08-26")
_CASE_NUMBER_AFTER = re.compile(r"[ \t\u00a0]+(?:\d{4}[/:-]\d{1,5}|\d{2}[/:-]\d{2,5})(?![\d/:-]?\d)")
# a word and the unit's capitals ("Ärende VO"): a case number or a date after it ("2026/1207", "2026-08-26")
_WORD_AND_UNIT = re.compile(r"^(?P<word>[A-ZÅÄÖ][a-zåäö]+)[ \t]+[A-ZÅÄÖ]{2,5}$")
_NUMBER_OR_DATE_AFTER = re.compile(r"[ \t]+(?:\d{4}[/-]\d{1,5}|\d{1,5}[/-]\d{2,4})(?![\d])")
# a court's case word and the case's kind letter before its serial and year ("Mål B 1184-26", "målet T 2207-27"):
# the court's register number, the letter the kind of case (B criminal, T civil, Ä non-contentious), no initial
_COURT_WORD_AND_KIND = re.compile(r"^(?i:mål|målet|målen|målnr\.?|målnummer|målnumret)[ \t]+[A-ZÅÄÖ]{1,3}$")
_COURT_SERIAL_AFTER = re.compile(r"[ \t\u00a0]+\d{1,5}-\d\d(?![\d-])")


def case_unit_letters(word: str, text: str, end: int) -> bool:
    """True for a mixed-case unit's letters (``word``, ending at ``end`` in ``text``) before a case number."""
    w = word.strip()
    return (bool(_MIXED_LETTERS.match(w)) and sum(c.isupper() for c in w) >= 2 and not w.isupper()
            and _CASE_NUMBER_AFTER.match(text, end) is not None)


def case_unit(span: str, text: str, end: int) -> bool:
    """True for a unit's letters before a case number (``span``, ending at ``end`` in ``text``): mixed-case letters
    ("PaN 26-0811"), a court's case word and its kind ("Mål B 1184-26") or a word that is no listed name and the
    unit's capitals ("Ärende VO 2026/1207"; "Anna EK 2026/12" stays)."""
    from redact.detect.name_words import no_listed_name

    if case_unit_letters(span, text, end):
        return True
    if _COURT_WORD_AND_KIND.match(span) and _COURT_SERIAL_AFTER.match(text, end):
        return True  # "Mål B" of "Mål B 1184-26": the court's case by its kind
    unit = _WORD_AND_UNIT.match(span)
    return bool(unit) and _NUMBER_OR_DATE_AFTER.match(text, end) is not None and no_listed_name(unit.group("word"))

"""Dates of birth by the sexagenary cycle, as Vietnamese families and papers give them: the year by its stem and
branch ("Canh Tuất" is 1970, "Giáp Tý" 1984), after "năm" in a lunar date ("mùng 9 tháng 5 năm Canh Tuất": the ninth
day of the fifth month of the year Canh Tuất), or beside the Gregorian year in a birth column ("Canh Tuất 1970").

The cycle's name repeats every sixty years, so alone it is no date; with a day and a month after a birth word in the
same sentence, or with the Gregorian year it falls in (the two must agree), it is the birth. A cell under a birth
header holding only the name with its diacritics is a birth year too: the header says whose.
"""

from __future__ import annotations

import re
import unicodedata

from redact.detect.first_chars import compiled
from redact.detect.patterns import Verdict, compile_

# the ten stems and twelve branches in their Vietnamese order (Giáp Tý first: the year 4, 1924, 1984), with the
# spellings written without the tone marks; "Mẹo" and "Tị" are the southern and the other spellings
_STEMS = (("giáp", "giap"), ("ất", "at"), ("bính", "binh"), ("đinh", "dinh"), ("mậu", "mau"), ("kỷ", "ky", "kỉ"),
          ("canh",), ("tân", "tan"), ("nhâm", "nham"), ("quý", "quy"))
_BRANCHES = (("tý", "ty"), ("sửu", "suu"), ("dần", "dan"), ("mão", "mẹo", "mao", "meo"), ("thìn", "thin"),
             ("tỵ", "tị", "ti"), ("ngọ", "ngo"), ("mùi", "mui"), ("thân", "than"), ("dậu", "dau"), ("tuất", "tuat"),
             ("hợi", "hoi"))
_STEM = {s: n for n, forms in enumerate(_STEMS) for s in forms}
_BRANCH = {b: n for n, forms in enumerate(_BRANCHES) for b in forms}
_PLAIN = frozenset(f for forms in (*_STEMS, *_BRANCHES) for f in forms[1:] if f.isascii())


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_CYCLE = rf"(?P<stem>(?i:{_alt(_STEM)}))[ \t]+(?P<branch>(?i:{_alt(_BRANCH)}))(?![\w])"
# the cell: the cycle's name with the Gregorian year after it (bracketed or not), or the year first and the name in
# brackets; "năm" (year) may lead
_CELL = compiled(rf"(?:(?i:năm)[ ]+)?{_CYCLE}(?:[ ]*\(?(?P<y>(?:19|20)\d\d)\)?)?"
                 rf"|(?P<y2>(?:19|20)\d\d)[ ]*\((?:(?i:năm)[ ]+)?{_CYCLE.replace('?P<stem>', '?P<s2>').replace('?P<branch>', '?P<b2>')}\)")
# the lunar date in running text: "mùng" or "ngày" (day) maybe, the day, "tháng" (month) and its number, "năm" (year)
# and the cycle's name, the Gregorian year maybe after it
LUNAR_DATE = compile_(rf"(?<![\w])(?P<date>(?:(?i:mùng|mồng|ngày)[ \t]+)?(?P<d>\d{{1,2}})[ \t]+(?i:tháng)[ \t]+"
                       rf"(?P<m>\d{{1,2}}|(?i:giêng|chạp))(?:[ \t]+(?i:âm[ ]lịch))?,?[ \t]+(?i:năm)[ \t]+{_CYCLE}"
                       rf"(?:[ \t]*\(?(?P<y>(?:19|20)\d\d)\)?)?)")
LUNAR_NEEDS = ("tháng",)
# a birth word earlier in the same sentence: Swedish, English, Vietnamese ("sinh")
_BIRTH_BEFORE = re.compile(r"(?i)(?<![\w])(?:född|föddes|födelsedag|födelsedatum|born|birth|sinh)(?![\w])")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")
_LOOK_BACK = 120


def _agrees(stem: str, branch: str, year: str | None) -> bool:
    """True when the stem and branch name that year of the cycle (or no year is given)."""
    if year is None:
        return True
    y = int(year) - 4
    return _STEM[stem.lower()] == y % 10 and _BRANCH[branch.lower()] == y % 12


def sexagenary_birth_value(value: str) -> bool:
    """True for a birth column's cell holding the cycle's name of a year, with the Gregorian year it agrees with or
    with its diacritics ("Canh Tuất 1970", "1970 (Canh Tuất)", "Canh Tuất")."""
    v = unicodedata.normalize("NFC", " ".join(value.split()))
    m = _CELL.fullmatch(v)
    if m is None:
        return False
    stem, branch = m.group("stem") or m.group("s2"), m.group("branch") or m.group("b2")
    year = m.group("y") or m.group("y2")
    if year is None and (stem.lower() in _PLAIN or branch.lower() in _PLAIN):
        return False  # "Tan Dan" without its marks or a year may be a name
    return _agrees(stem, branch, year)


def check_lunar_birth(text: str, m: re.Match[str]) -> Verdict | None:
    """A lunar date with the cycle's year after a birth word of its sentence: a real day and month, an agreeing
    year if one is given."""
    month = m.group("m")
    if not (1 <= int(m.group("d")) <= 30 and (not month.isdigit() or 1 <= int(month) <= 12)):
        return None
    if not _agrees(m.group("stem"), m.group("branch"), m.group("y")):
        return None
    start = max(0, m.start() - _LOOK_BACK)
    for e in _SENTENCE_END.finditer(text, start, m.start()):
        start = e.end()
    if _BIRTH_BEFORE.search(text, start, m.start()) is None:
        return None
    return Verdict(m.start("date"), m.end("date"), "födelsedatum i månkalendern med årets namn i den sexagesimala cykeln")

"""Dates of birth in the Coptic calendar, as Egyptian church papers (a baptism certificate) date a birth: "14 Parmouti
1684 A.M.", "född 3 Tout 1690", "Hatour 12, 1700 A.M.".

The Coptic year counts from the Era of the Martyrs ("A.M.", Anno Martyrum), 284 years behind ours (1684 is 1967/1968),
so the Gregorian rules, which want a year of 19xx or 20xx, never read it; the month's name says which calendar it is.
Its twelve months have 30 days and the thirteenth (Nasie, "the little month") five or six. A day such a month has and
a year from 1617 (1900/1901) to this year's is a living person's date: alone in a birth column's cell
(``coptic_birth_value``, asked by ``table_birth_values``) or after a birth word in running text (``COPTIC_BIRTH``).

Source: the month names as the project knows them (the Coptic names in their Greek-derived Latin spellings, the
Egyptian Arabic ones the farmers' calendar uses, in Latin letters and in Arabic script); no list was downloaded.
"""

from __future__ import annotations

import datetime as _dt
import re

from redact.detect.calendar_birth_dates import BIRTH_LEAD
from redact.detect.patterns import Verdict, compile_

#: Years the Coptic calendar runs behind ours (its new year falls in September: 284 before it, 283 after).
COPTIC_OFFSET = 284
# the months in their usual spellings, January's place being Tobi's (the fifth): each tuple one month, Tout first
_COPTIC_MONTHS = (
    ("tout", "thout", "thoout", "thoth", "توت"),
    ("paopi", "baba", "babah", "baabah", "paope", "phaophi", "بابه", "بابة"),
    ("hathor", "hatour", "hatur", "hator", "athyr", "هاتور"),
    ("koiak", "kiahk", "kiyahk", "choiak", "khoiak", "كيهك", "كياك"),
    ("tobi", "toba", "touba", "tuba", "tybi", "طوبه", "طوبة"),
    ("meshir", "mechir", "amshir", "emshir", "amsheer", "امشير", "أمشير"),
    ("paremhat", "baramhat", "barmahat", "phamenoth", "برمهات"),
    ("parmouti", "parmoute", "barmouda", "baramouda", "barmuda", "pharmuthi", "برموده", "برمودة"),
    ("pashons", "bashans", "bashons", "pachons", "بشنس"),
    ("paoni", "paone", "baouna", "ba'ouna", "bauna", "payni", "بؤونه", "بؤونة", "بئونه"),
    ("epip", "epep", "abib", "abeeb", "epiphi", "ابيب", "أبيب"),
    ("mesori", "mesore", "misra", "masra", "مسرى"),
    ("nasie", "nasi", "el-nasi", "pi kogi enavot", "kogi enavot", "نسئ", "النسئ"),
)


def _key(name: str) -> str:
    """A month's name as it is looked up: lowercase, a hyphen or a run of spaces one space ("El-Nasi", "el nasi")."""
    return re.sub(r"[ \t-]+", " ", name.lower())


_MONTH_NUMBER = {_key(name): n for n, names in enumerate(_COPTIC_MONTHS, 1) for name in names}
_MONTH = "|".join(r"[ \t-]".join(map(re.escape, name.split())) for name in sorted(_MONTH_NUMBER, key=len, reverse=True))
# the era's mark after the year: "A.M." (Anno Martyrum) or "AM", "E.M." (Era of the Martyrs), in brackets or not
_ERA = r"(?:[ \t]*\(?(?:A\.[ ]?M\.|AM|E\.[ ]?M\.)\)?(?![\w]))"
# the day first ("14 Parmouti 1684 A.M.") or the month first, as an English rendering writes it ("Parmouti 14, 1684")
_DATE = (rf"(?:(?P<d>\d{{1,2}})\.?[ \t]+(?P<m>(?i:{_MONTH}))|(?P<m2>(?i:{_MONTH}))[ \t]+(?P<d2>\d{{1,2}}),?)"
         rf"[ \t]+(?P<y>1[67]\d\d)(?P<era>{_ERA})?")
COPTIC_BIRTH = compile_(BIRTH_LEAD + rf"(?P<date>{_DATE})(?![\w]|[-/.]\d)")
_VALUE = compile_(_DATE)
#: the words one of which the text must hold before the running rule is tried (every spelling of every month)
COPTIC_NEEDS = tuple(sorted({max(_key(name).split(), key=len) for names in _COPTIC_MONTHS for name in names}))


def _coptic_ok(m: re.Match[str]) -> bool:
    """A day the month of ``m`` has (the thirteenth six at most) and a year from 1617 (1900/1901) to this year's."""
    month = _MONTH_NUMBER[_key(m.group("m") or m.group("m2"))]
    day, year = int(m.group("d") or m.group("d2")), int(m.group("y"))
    return 1 <= day <= (6 if month == 13 else 30) and 1617 <= year <= _dt.date.today().year - COPTIC_OFFSET + 1


def coptic_birth_value(value: str) -> bool:
    """True for a cell holding nothing but a Coptic date of a living person ("14 Parmouti 1684 A.M."), its era's
    mark and the mark's closing dot too: a birth column's value."""
    m = _VALUE.fullmatch(" ".join(value.split()))
    return m is not None and _coptic_ok(m)


def check_coptic(text: str, m: re.Match[str]) -> Verdict | None:
    """A Coptic date after a birth word, a real day of a living person's year."""
    if not _coptic_ok(m):
        return None
    return Verdict(m.start("date"), m.end("date"), "födelsedatum i den koptiska kalendern")

"""Dates of birth counted in a ruler's era or a national era, as Swedish documents quote Japanese and Nepali
papers: the Japanese era ("S58.03.14", "Shōwa 58-nen 3-gatsu 14-nichi", "昭和58年3月14日": the 58th year of Shōwa is
1983) and the Nepali Bikram Sambat ("2067/03/14 B.S.", some 57 years ahead of ours). The Gregorian rules never read
them: the year is an era's count, not ours.

After a birth word (Swedish "född", "f.", or a foreign paper's, "tavallod"), or alone in a birth column's cell
(``era_birth_value``), a real month and day and a living person's year is a date of birth. The Nepali year needs
its era's mark, as "2067/03/14" alone is a date to come.
"""

from __future__ import annotations

import datetime as _dt
import re

from redact.detect.calendar_birth_dates import BIRTH_LEAD
from redact.detect.patterns import Verdict, compile_

#: The Gregorian year before each Japanese era's first year (Shōwa 1 is 1926), by its name and its letter.
_ERA_BASE = {"meiji": 1867, "taisho": 1911, "showa": 1925, "heisei": 1988, "reiwa": 2018,
             "明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
_LETTER_BASE = {"M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018}
_ERA_NAME = r"meiji|taish[oōô]u?|sh[oōô]u?wa|heisei|reiwa|明治|大正|昭和|平成|令和"
# "S58.03.14" (the era's letter in capitals, as a Japanese form or residence card writes it), "Shōwa 58-nen 3-gatsu
# 14-nichi" (the era's name, each part with its Japanese word), "昭和58年3月14日", "Heisei 2.7.1"
_JAPANESE = (r"(?P<jl>[MTSHR])[ ]?(?P<jly>\d{1,2})(?P<jsep>[./-])(?P<jlm>\d{1,2})(?P=jsep)(?P<jld>\d{1,2})"
             rf"|(?P<jn>(?i:{_ERA_NAME}))[ \t]?(?P<jny>\d{{1,2}})"
             r"(?:[ \t-]?(?i:nen)[ \t,]*|年[ ]?|[./-])(?P<jnm>\d{1,2})"
             r"(?:[ \t-]?(?i:gatsu)[ \t,]*|月[ ]?|[./-])(?P<jnd>\d{1,2})(?:[ \t-]?(?i:nichi)|日)?")
# the Bikram Sambat's year, month and day with the era's mark after them ("2067/03/14 B.S.", "2045-11-02 BS")
_NEPALI = r"(?P<ny>(?:19|20)\d\d)(?P<nsep>[./-])(?P<nm>\d{1,2})(?P=nsep)(?P<nd>\d{1,2})[ \t]*(?:B\.[ ]?S\.|BS|V\.S\.)"
_ERA_DATE = rf"(?P<date>{_JAPANESE}|{_NEPALI})(?![\w]|[-/.]\d)"
ERA_BIRTH = compile_(BIRTH_LEAD + _ERA_DATE)
ERA_NEEDS = ("föd", "f.", "tavalod", "tavallod")
_ERA_VALUE = compile_(_ERA_DATE)
#: Years the Bikram Sambat runs ahead of ours (its new year falls in April: 57 before it, 56 after).
NEPALI_OFFSET = 57


def _japanese_year(m: re.Match[str]) -> int | None:
    """The Gregorian year of the era date of ``m``."""
    if m.group("jl"):
        return _LETTER_BASE[m.group("jl")] + int(m.group("jly"))
    name = m.group("jn").lower()
    key = name if name in _ERA_BASE else next(k for k in _ERA_BASE if k.isascii() and k[:2] == name[:2])
    return _ERA_BASE[key] + int(m.group("jny"))


def _era_date_ok(m: re.Match[str]) -> bool:
    """The era date of ``m`` is a real past day of a living person's year."""
    today = _dt.date.today()
    if m.group("ny"):
        year, month, day = int(m.group("ny")) - NEPALI_OFFSET, int(m.group("nm")), int(m.group("nd"))
        return 1 <= month <= 12 and 1 <= day <= 32 and 1901 <= year <= today.year
    year = _japanese_year(m)
    month, day = (int(m.group("jlm")), int(m.group("jld"))) if m.group("jl") else (int(m.group("jnm")),
                                                                                  int(m.group("jnd")))
    try:
        born = _dt.date(year or 0, month, day)
    except ValueError:
        return False
    return 1901 <= born.year and born <= today


def check_era(text: str, m: re.Match[str]) -> Verdict | None:
    """A Japanese-era or Bikram Sambat date after a birth word, a real day of a living person's year."""
    if not _era_date_ok(m):
        return None
    which = "nepalesiska" if m.group("ny") else "japanska"
    return Verdict(m.start("date"), m.end("date"), f"födelsedatum i den {which} tideräkningen")


def era_birth_value(value: str) -> bool:
    """True for a cell holding nothing but a Japanese-era or a Bikram Sambat date of a living person ("S58.03.14",
    "2067/03/14 B.S."): a birth column's value."""
    m = _ERA_VALUE.fullmatch(value.strip())
    return m is not None and _era_date_ok(m)

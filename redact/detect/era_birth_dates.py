"""Dates of birth counted in a ruler's era or a national era, as Swedish documents quote Japanese and Nepali
papers: the Japanese era with its romanised words ("Shōwa 58-nen 3-gatsu 14-nichi": the 58th year of Shōwa is 1983;
the era's letter or characters with figures are calendar_birth_dates') and the Nepali Bikram Sambat ("2067/03/14 B.S.", some 57 years ahead of ours). The Gregorian rules never read
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

#: The Gregorian year before each Japanese era's first year (Shōwa 1 is 1926) and the era's last year, by its name.
_ERA_BASE = {"meiji": (1867, 45), "taisho": (1911, 15), "showa": (1925, 64), "heisei": (1988, 31),
             "reiwa": (2018, 99)}
_ERA_NAME = r"meiji|taish[oōô]u?|sh[oōô]u?wa|heisei|reiwa"
# the era's name with each part's Japanese word, as a romanised paper writes it: "Shōwa 58-nen 3-gatsu 14-nichi"
# (the day's word is "-ka" for the second to the tenth, the fourteenth, the twentieth and the twenty-fourth:
# "4-gatsu 9-ka")
# (the era's letter or its characters with figures, "S58.03.14", "昭和58年3月14日", are calendar_birth_dates')
_JAPANESE = (rf"(?P<jn>(?i:{_ERA_NAME}))[ \t]?(?P<jny>\d{{1,2}})[ \t-]?(?i:nen)[ \t,]*(?P<jnm>\d{{1,2}})[ \t-]?(?i:gatsu)"
             r"[ \t,]*(?P<jnd>\d{1,2})(?:[ \t-]?(?i:nichi|ka))?")
# the Bikram Sambat's year, month and day with the era's mark after them ("2067/03/14 B.S.", "2045-11-02 BS")
_NEPALI = r"(?P<ny>(?:19|20)\d\d)(?P<nsep>[./-])(?P<nm>\d{1,2})(?P=nsep)(?P<nd>\d{1,2})[ \t]*(?:B\.[ ]?S\.|BS|V\.S\.)"
_ERA_DATE = rf"(?P<date>{_JAPANESE}|{_NEPALI})(?![\w]|[-/.]\d)"
ERA_BIRTH = compile_(BIRTH_LEAD + _ERA_DATE)
ERA_NEEDS = ("föd", "f.", "tavalod", "tavallod")
_ERA_VALUE = compile_(_ERA_DATE)
#: Years the Bikram Sambat runs ahead of ours (its new year falls in April: 57 before it, 56 after).
NEPALI_OFFSET = 57


def _japanese_year(m: re.Match[str]) -> int | None:
    """The Gregorian year of the era date of ``m``, or None past the era's last year."""
    name = m.group("jn").lower()
    base, length = next(v for k, v in _ERA_BASE.items() if k[:2] == name[:2])
    year = int(m.group("jny"))
    return base + year if 1 <= year <= length else None


def _era_date_ok(m: re.Match[str]) -> bool:
    """The era date of ``m`` is a real past day of a living person's year."""
    today = _dt.date.today()
    if m.group("ny"):
        year, month, day = int(m.group("ny")) - NEPALI_OFFSET, int(m.group("nm")), int(m.group("nd"))
        return 1 <= month <= 12 and 1 <= day <= 32 and 1901 <= year <= today.year
    year = _japanese_year(m)
    if year is None:
        return False
    try:
        born = _dt.date(year, int(m.group("jnm")), int(m.group("jnd")))
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
    """True for a cell holding nothing but a Japanese-era date in words or a Bikram Sambat date of a living person
    ("Heisei 2-nen 7-gatsu 1-nichi", "2067/03/14 B.S."): a birth column's value."""
    m = _ERA_VALUE.fullmatch(value.strip())
    return m is not None and _era_date_ok(m)

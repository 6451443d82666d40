"""Dates of birth counted in a ruler's era or a national era, as Swedish documents quote Japanese and Nepali
papers. The Gregorian rules never read them: the year is an era's count, not ours.

* Japanese papers date by the emperor's era: its name or its initial, the year of the era, the month and the day, in
  figures or characters ("Shōwa 58.4.12", "H3.4.12", "平成3年4月12日") or with the romanised words ("Shōwa 58-nen
  3-gatsu 14-nichi"); the 58th year of Shōwa is 1983, the era's first year and its length say the Gregorian date.
* The Nepali Bikram Sambat ("2067/03/14 B.S.") runs some 57 years ahead of ours; its year in figures needs its era's
  mark, as "2067/03/14" alone is a date to come; a month's name says the calendar itself ("17 Asoj 2041", "२०३४
  फागुन २८").
* Taiwanese papers count the years of the Republic from 1912 ("Minguo 79.06.02", "民國79年6月2日", "ROC 79/06/02"
  is 2 June 1990); the era's name says the count.
* Korean papers of old and Korean families count the Dangi era from the legendary founding, 2333 years ahead of
  ours ("Dangi 4321" is 1988, "단기 4321년"); the era's name says the count.

After a birth word (Swedish "född", "f.", or a foreign paper's, "tavallod"), or alone in a birth column's cell
(``era_birth_value``), a real month and day and a living person's year is a date of birth.
"""

from __future__ import annotations

import datetime as _dt
import re

from redact.detect.birth_cues_world import CALENDAR_CUE_NEEDS
from redact.detect.calendar_birth_dates import BIRTH_LEAD
from redact.detect.calendar_month_names import NEPALI_MONTHS
from redact.detect.patterns import Verdict, compile_, real_date

# the eras of the Japanese calendar by their initials: the Gregorian year of each era's first (Shōwa 1 is 1926) and the
# era's last year; their names (the romanised with or without the long vowel's mark, the characters) by the initial
_JAPANESE_ERAS: dict[str, tuple[int, int]] = {"m": (1868, 45), "t": (1912, 15), "s": (1926, 64), "h": (1989, 31),
                                              "r": (2019, 99)}
_ERA_INITIAL = {"meiji": "m", "明治": "m", "taishō": "t", "taisho": "t", "taishou": "t", "大正": "t", "shōwa": "s",
                "showa": "s", "shouwa": "s", "昭和": "s", "heisei": "h", "平成": "h", "reiwa": "r", "令和": "r"}
_ERA_NAME = "|".join(sorted(_ERA_INITIAL, key=len, reverse=True))
# the era's name or initial with figures or characters: "S58.03.14", "Shōwa 58.4.12", "昭和58年3月14日", "平成元年4月12日"
_JAPANESE_DATE = (rf"(?P<era>(?i:{_ERA_NAME})|[MTSHR])[ \t.]?(?P<jy>\d{{1,2}}|元)(?P<jsep>[./-]|年)(?P<jm>\d{{1,2}})"
                  r"(?:(?P=jsep)|月)(?P<jd>\d{1,2})日?")
JAPANESE_ERA_BIRTH = compile_(BIRTH_LEAD + rf"(?P<date>{_JAPANESE_DATE})(?![\w]|[-/.]\d)")
JAPANESE_ERA_NEEDS = ("föd", "f.", "born", *CALENDAR_CUE_NEEDS)
_JAPANESE_VALUE = compile_(_JAPANESE_DATE)

# the romanised era names as papers spell them, the long vowel marked or written out
_ROMAN_ERA_NAME = r"meiji|taish[oōô]u?|sh[oōô]u?wa|heisei|reiwa"
# the era's name with each part's Japanese word, as a romanised paper writes it: "Shōwa 58-nen 3-gatsu 14-nichi"
# (the day's word is "-ka" for the second to the tenth, the fourteenth, the twentieth and the twenty-fourth:
# "4-gatsu 9-ka")
_JAPANESE = (rf"(?P<jn>(?i:{_ROMAN_ERA_NAME}))[ \t]?(?P<jny>\d{{1,2}})[ \t-]?(?i:nen)[ \t,]*(?P<jnm>\d{{1,2}})[ \t-]?(?i:gatsu)"
             r"[ \t,]*(?P<jnd>\d{1,2})(?:[ \t-]?(?i:nichi|ka))?")
# the Bikram Sambat's year, month and day with the era's mark after them ("2067/03/14 B.S.", "2045-11-02 BS")
_NEPALI = r"(?P<ny>(?:19|20)\d\d)(?P<nsep>[./-])(?P<nm>\d{1,2})(?P=nsep)(?P<nd>\d{1,2})[ \t]*(?:B\.[ ]?S\.|BS|V\.S\.)"
# the Republic of China's era, as a Taiwanese paper writes it in Latin letters or characters: "Minguo 79.06.02",
# "ROC 79/06/02", "民國79年6月2日" (the 79th year of the Republic is 1990)
_MINGUO = (r"(?P<roc>[Mm]in-?guo|MINGUO|ROC|R\.O\.C\.|民國|民国)[ \t]?(?P<ry>\d{1,3})(?P<rsep>[./-]|年)(?P<rm>\d{1,2})"
           r"(?:(?P=rsep)|月)(?P<rd>\d{1,2})日?")
# the Bikram Sambat's months by name, the day first or the year first, the era's mark after them or not (the month's
# name says the calendar): "28 Falgun 2034", "2034 Falgun 28 B.S.", "२८ फागुन २०३४"
_NEPALI_MONTH_NUMBERS = {name: n for n, names in enumerate(NEPALI_MONTHS, 1) for name in names}
_NEPALI_MONTH = "|".join(sorted(_NEPALI_MONTH_NUMBERS, key=lambda m: (-len(m), m)))
_BS_MARK = r"(?:[ \t]*(?:B\.[ ]?S\.|BS|V\.S\.|वि\.[ ]?सं\.))?"
_NEPALI_NAMED = (rf"(?:(?P<bd>\d{{1,2}})[ \t]+(?P<bm>(?i:{_NEPALI_MONTH})),?[ \t]+(?P<by>\d{{4}})"
                 rf"|(?P<by2>\d{{4}})[ \t]+(?P<bm2>(?i:{_NEPALI_MONTH}))[ \t]+(?P<bd2>\d{{1,2}})){_BS_MARK}")
# the Dangi era's name and its year, the month and the day after it when the paper gives them ("Dangi 4321",
# "단기 4321년", "Dangi 4321.3.5")
_DANGI = (r"(?:(?i:dangi)[ \t]*|단기[ \t]?)(?P<dgy>4[23]\d\d)년?"
          r"(?:(?P<dgsep>[./-])(?P<dgm>\d{1,2})(?P=dgsep)(?P<dgd>\d{1,2}))?")
_ERA_DATE = rf"(?P<date>{_JAPANESE}|{_NEPALI}|{_MINGUO}|{_NEPALI_NAMED}|{_DANGI})(?![\w]|[-/.]\d)"
ERA_BIRTH = compile_(BIRTH_LEAD + _ERA_DATE)
ERA_NEEDS = ("föd", "f.", "tavalod", "tavallod", "born", *CALENDAR_CUE_NEEDS)
_ERA_VALUE = compile_(_ERA_DATE)
#: Years the Bikram Sambat runs ahead of ours (its new year falls in April: 57 before it, 56 after).
NEPALI_OFFSET = 57
#: The Gregorian year before the Republic of China's first (Minguo 1 is 1912).
MINGUO_OFFSET = 1911
#: Years the Dangi era runs ahead of ours.
DANGI_OFFSET = 2333


def _japanese_year(m: re.Match[str]) -> int | None:
    """The Gregorian year of the era date in words of ``m``, or None past the era's last year."""
    first, length = _JAPANESE_ERAS[m.group("jn")[0].lower()]  # (each romanised name begins with its initial)
    year = int(m.group("jny"))
    return first + year - 1 if 1 <= year <= length else None


def _japanese_date_ok(m: re.Match[str]) -> bool:
    """A real day of a living person's year in the named era, the era's year within its length."""
    era = m.group("era")
    first, length = _JAPANESE_ERAS[_ERA_INITIAL.get(era.lower(), era.lower())]
    era_year = 1 if m.group("jy") == "元" else int(m.group("jy"))
    year = first + era_year - 1
    if not (1 <= era_year <= length and 1901 <= year <= _dt.date.today().year):
        return False
    try:
        _dt.date(year, int(m.group("jm")), int(m.group("jd")))
    except ValueError:
        return False
    return True


def check_japanese_era(text: str, m: re.Match[str]) -> Verdict | None:
    """A date of a Japanese era in figures or characters after a birth word, a real day of a living person's year."""
    if not _japanese_date_ok(m):
        return None
    return Verdict(m.start("date"), m.end("date"), "födelsedatum i den japanska tideräkningen")


def _era_date_ok(m: re.Match[str]) -> bool:
    """The era date of ``m`` is a real past day of a living person's year."""
    today = _dt.date.today()
    if m.group("bm") or m.group("bm2"):
        day = int(m.group("bd") or m.group("bd2"))
        year = int(m.group("by") or m.group("by2")) - NEPALI_OFFSET
        return 1 <= day <= 32 and 1901 <= year <= today.year
    if m.group("dgy"):
        year = int(m.group("dgy")) - DANGI_OFFSET
        if m.group("dgm") is None:
            return 1901 <= year <= today.year
        return 1901 <= year and real_date(year, int(m.group("dgm")), int(m.group("dgd"))) and _dt.date(
            year, int(m.group("dgm")), int(m.group("dgd"))) <= today
    if m.group("ny"):
        year, month, day = int(m.group("ny")) - NEPALI_OFFSET, int(m.group("nm")), int(m.group("nd"))
        return 1 <= month <= 12 and 1 <= day <= 32 and 1901 <= year <= today.year
    if m.group("roc"):
        year, month, day = int(m.group("ry")) + MINGUO_OFFSET, int(m.group("rm")), int(m.group("rd"))
        return real_date(year, month, day) and _dt.date(year, month, day) <= today
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
    which = ("nepalesiska" if m.group("ny") or m.group("bm") or m.group("bm2") else "taiwanesiska" if m.group("roc")
             else "koreanska" if m.group("dgy") else "japanska")
    return Verdict(m.start("date"), m.end("date"), f"födelsedatum i den {which} tideräkningen")




def era_birth_value(value: str) -> bool:
    """True for a cell holding nothing but a Japanese-era date or a Bikram Sambat date of a living person ("H3.4.12",
    "Heisei 2-nen 7-gatsu 1-nichi", "2067/03/14 B.S.", "Minguo 79.06.02", "Dangi 4321"): a birth column's value."""
    if (figures := _JAPANESE_VALUE.fullmatch(value.strip())) is not None:
        return _japanese_date_ok(figures)
    m = _ERA_VALUE.fullmatch(value.strip())
    return m is not None and _era_date_ok(m)

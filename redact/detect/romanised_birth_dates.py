"""Dates of birth spelled in Latin letters in the words of calendars and languages the other rules do not read, as a
Swedish register copies them from a foreign paper:

* the Thai solar calendar's month names romanised ("22 Karakadakhom 2522"): a Thai paper counts the year in the
  Buddhist era, 543 ahead of ours, the months and days being ours;
* the Bengali (Bangla) calendar's months romanised ("1 Boishakh 1393"): its year runs 593 behind ours (594 before
  its new year in mid-April), its months have 30 or 31 days;
* the Indian national (Saka) calendar's months romanised ("14 Vaishakha 1904"), as Indian papers give a date beside
  ours: its year runs 78 behind ours (79 in its last months, Magha and Phalguna), its first month Chaitra begins on
  22 March (21 in our leap years). Many of its months share their names with the Bengali ones; the year says which
  calendar it is (a living person's Saka year is past 1820, a Bangla one below 1440);
* Korean's words for the year, the month and the day romanised after their figures ("1988nyeon 2wol 14il"), as the
  Korean "1988년 2월 14일" is spelled out;
* Basque's year with its "-ko", the month in the genitive "-aren" and the day with its article ("1985eko
  martxoaren 14a", "1985eko martxoaren 14an").

A month's name or a language's word says how to read the year, so a year no Gregorian rule would take ("2522", "1393")
is read by its own calendar. After a birth word, or alone in a birth column's cell (``romanised_birth_value``), a real
day of a living person's year is a date of birth.

Source: the month names were typed by the project from the calendars themselves (the names every dictionary of the
language gives, in the spellings the countries' papers romanise them with); no list was downloaded or copied.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re

from redact.detect.birth_cues_world import CALENDAR_CUE_NEEDS
from redact.detect.calendar_birth_dates import BIRTH_LEAD
from redact.detect.patterns import Verdict, compile_, real_date

#: Years the Buddhist era runs ahead of ours.
BUDDHIST_OFFSET = 543
#: Years the Bengali calendar runs behind ours (from its new year in mid-April; one more before it).
BENGALI_OFFSET = 593


def _numbered(months: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    return {name: n for n, names in enumerate(months, 1) for name in names}


# the Thai solar months romanised, the Royal Thai General System's spellings and the common looser ones
_THAI = _numbered((
    ("mokarakhom", "makarakhom", "mokkarakhom", "makarakom", "mokarakom"), ("kumphaphan", "kumpapan", "kumphapan"),
    ("minakhom", "minakom", "meenakhom"), ("mesayon", "mesa-yon", "maesayon"),
    ("phruetsaphakhom", "phrutsaphakhom", "pruesapakom", "phruetsaphakom"), ("mithunayon", "mituna-yon", "mitunayon"),
    ("karakadakhom", "karakadakom", "karakadakhome"), ("singhakhom", "singhakom", "singhakhome"),
    ("kanyayon", "kanya-yon", "kanyayone"), ("tulakhom", "tulakom", "tulakhome"),
    ("phruetsachikayon", "phrutsachikayon", "pruesajikayon", "phruetsajikayon"),
    ("thanwakhom", "thanwakom", "tanwakom"),
))
# the Bengali months romanised, Boishakh first, in Bangladesh's and West Bengal's usual spellings
_BENGALI = _numbered((
    ("boishakh", "baishakh", "boisakh", "baisakh", "boishak"),
    ("joishtho", "jyoishtho", "jaistha", "jyaistha", "jyoishto", "joishto", "jyeshtha"),
    ("asharh", "asar", "ashar", "asadh", "ashadh", "asharha"), ("shrabon", "srabon", "shraban", "sraban"),
    ("bhadro", "bhadra"), ("ashwin", "ashshin", "aswin", "ashin"), ("kartik", "kartick", "kartika"),
    ("ogrohayon", "agrahayan", "ograhayon", "aghrahayan", "agrahayon", "ogrohayan"), ("poush", "pous", "paush"),
    ("magh",), ("falgun", "phalgun", "falgoon", "phalgoon"), ("choitro", "chaitra", "choitra", "chaitro"),
))
# the Indian national (Saka) calendar's months romanised, Chaitra first, in the spellings of Indian papers
_SAKA = _numbered((
    ("chaitra", "caitra", "chaitr"), ("vaishakha", "vaisakha", "vaishakh", "baisakha", "vaishaka"),
    ("jyaishtha", "jyaistha", "jyeshtha", "jyestha", "jaistha", "jyeshta"), ("ashadha", "asadha", "ashadh", "aashadha"),
    ("shravana", "sravana", "shravan", "sravan"), ("bhadra", "bhadrapada", "bhadrapad"),
    ("ashvina", "asvina", "ashvin", "ashwin", "ashwina", "aswina"), ("kartika", "kartik", "karthika"),
    ("agrahayana", "agrahayan", "margashirsha", "margasirsa", "margashirsh"), ("pausha", "pausa", "paush"),
    ("magha", "magh"), ("phalguna", "phalgun", "falguna"),
))
#: Years the Saka calendar runs behind ours (from Chaitra to Pausha's end in December; one more after).
SAKA_OFFSET = 78
# a living person's Saka year (1823 is 1901) lies past every living person's Bangla year (below 1440)
_SAKA_FIRST_YEAR = 1800
# the Basque months in the genitive ("martxoaren", of March) and in the nominative ("martxoa", "martxoak")
_BASQUE_STEMS = ("urtarril", "otsail", "martxo", "apiril", "maiatz", "ekain", "uztail", "abuztu", "irail", "urri",
                 "azaro", "abendu")
_BASQUE = {f"{stem}{end}": n for n, stem in enumerate(_BASQUE_STEMS, 1) for end in ("aren", "a", "ak")}


def _alternatives(names: dict[str, int]) -> str:
    return "|".join(re.escape(m) for m in sorted(names, key=lambda m: (-len(m), m)))


_SP = r"[ \t]+"
_ROMANISED_DATE = (
    # the day, the Thai, the Bengali or the Saka month, the year: "22 Karakadakhom 2522", "1 Boishakh 1393"
    rf"(?:(?P<d>\d{{1,2}})\.?{_SP}(?:(?P<thai>(?i:{_alternatives(_THAI)}))"
    rf"|(?P<bn>(?i:{_alternatives({**_BENGALI, **_SAKA})})))"
    # (the era's word after a Saka year: "14 Vaishakha 1904 Saka", "… S.E.")
    rf",?{_SP}(?P<y>\d{{4}})(?:{_SP}(?:B\.?E\.?|BS|B\.S\.|S\.E\.|(?i:bangabda|san|saka|śaka|shaka)))?"
    # the Korean year's, month's and day's words after their figures: "1988nyeon 2wol 14il", "1988-nyŏn 2-wŏl 14-il"
    rf"|(?P<ky>(?:19|20)\d\d)[ \t-]?(?i:nyeon|nyŏn|nyon)[ \t,]*(?P<km>\d{{1,2}})[ \t-]?(?i:wol|wŏl|weol)"
    rf"[ \t,]*(?P<kd>\d{{1,2}})[ \t-]?(?i:il)"
    # the Basque year with its "-ko", the month's name, the day with its article: "1985eko martxoaren 14a"
    rf"|(?P<eu_y>(?:19|20)\d\d)[ \t-]?(?i:eko|ko|\.eko){_SP}(?P<eu_m>(?i:{_alternatives(_BASQUE)})){_SP}"
    rf"(?P<eu_d>\d{{1,2}})(?:-?(?i:ean|an|a|ekoa|koa))?)"
    r"(?![\w])"
)
ROMANISED_BIRTH = compile_(BIRTH_LEAD + rf"(?P<date>{_ROMANISED_DATE})")
ROMANISED_NEEDS = ("föd", "f.", "born", *CALENDAR_CUE_NEEDS)
_VALUE = compile_(_ROMANISED_DATE)


def _gregorian(m: re.Match[str]) -> tuple[int, int, int] | None:
    """The Gregorian year, month and day of ``m`` (the Bengali month's day by its own count), or None."""
    if m.group("thai"):
        return int(m.group("y")) - BUDDHIST_OFFSET, _THAI[m.group("thai").lower()], int(m.group("d"))
    if m.group("bn") and m.group("bn").lower() in _SAKA and int(m.group("y")) >= _SAKA_FIRST_YEAR:
        return _saka_day(int(m.group("d")), _SAKA[m.group("bn").lower()], int(m.group("y")))
    if m.group("bn"):
        if m.group("bn").lower() not in _BENGALI:
            return None
        # the Bengali year begins in mid-April: its month and day stand in for a day of that Gregorian year's spring
        # or later, or of the next year's first months (Poush to Choitro)
        month = _BENGALI[m.group("bn").lower()]
        day = int(m.group("d"))
        if not 1 <= day <= 31:
            return None
        year = int(m.group("y")) + BENGALI_OFFSET + (1 if month >= 9 else 0)
        return year, 1, 1
    if m.group("ky"):
        return int(m.group("ky")), int(m.group("km")), int(m.group("kd"))
    return int(m.group("eu_y")), _BASQUE[m.group("eu_m").lower()], int(m.group("eu_d"))


def _saka_day(day: int, month: int, year: int) -> tuple[int, int, int] | None:
    """The Gregorian year, month and day of a Saka date, or None when its month has no such day."""
    ours = year + SAKA_OFFSET
    leap = calendar.isleap(ours)
    lengths = (31 if leap else 30, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30)
    if not 1 <= day <= lengths[month - 1]:
        return None
    first = _dt.date(ours, 3, 21 if leap else 22)
    when = first + _dt.timedelta(days=sum(lengths[:month - 1]) + day - 1)
    return when.year, when.month, when.day


def _date_ok(m: re.Match[str]) -> bool:
    """A real day of a living person's year, not after today."""
    ymd = _gregorian(m)
    if ymd is None or not real_date(*ymd):
        return False
    return 1901 <= ymd[0] and _dt.date(*ymd) <= _dt.date.today()


def check_romanised(text: str, m: re.Match[str]) -> Verdict | None:
    """A romanised date of another calendar or language after a birth word, a real day of a living person's year."""
    if not _date_ok(m):
        return None
    return Verdict(m.start("date"), m.end("date"), "födelsedatum skrivet med latinska bokstäver i ett annat språk")


def romanised_birth_value(value: str) -> bool:
    """True for a cell holding nothing but such a date of a living person ("22 Karakadakhom 2522", "1 Boishakh 1393",
    "1988nyeon 2wol 14il", "1985eko martxoaren 14a"): a birth column's value."""
    m = _VALUE.fullmatch(value.strip())
    return m is not None and _date_ok(m)

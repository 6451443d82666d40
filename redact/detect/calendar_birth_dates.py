"""Dates of birth in the Iranian (solar hijri) calendar, as Swedish documents quote Iranian and Afghan papers:
"född 1 farvardin 1362", "f. 14 mehr 1359", and Afghan ones with the Dari months ("född 11 jadi 1376"). The year runs some 621 years behind ours (1362 is 1983), so the
Gregorian rules, which want a year of 19xx or 20xx, never read it; the month's name says which calendar it is.

A date counts only after a birth word (Swedish or the transliterated Persian "tavalod"), with a day that month has
and a year from 1280 (1901) to this year's.

Thai papers count the years of the Buddhist era, 543 ahead of ours ("född 4/2/2519" is 1976), with the Gregorian
months and days written in figures: after a birth word, a day, a month and a year from 2444 (1901) to this year's
is a date of birth no Gregorian rule reads.
"""

from __future__ import annotations

import datetime as _dt
import re

from redact.detect import context as ctx
from redact.detect.patterns import Verdict, compile_

SP = ctx.SP
# the twelve months in their usual Latin spellings (the Iranian passport's, the Swedish migration papers')
_MONTHS: dict[str, int] = {}
for _n, _names in enumerate((
        ("farvardin",), ("ordibehesht", "ordibehešt"), ("khordad", "xordad", "khordaad"), ("tir",),
        ("mordad", "amordad", "mordaad"), ("shahrivar", "šahrivar"), ("mehr",), ("aban", "abaan"),
        ("azar", "aazar"), ("dey", "dei"), ("bahman",), ("esfand", "esfand"),), 1):
    for _name in _names:
        _MONTHS[_name] = _n
# Afghan papers name the same twelve months after the zodiac, in Dari and Pashto ("11 jadi 1376" is 1 January 1998)
for _n, _names in enumerate((
        ("hamal",), ("sawr", "saur", "sour", "thawr"), ("jawza", "jauza", "jawzā", "jowza"), ("saratan", "sartan"),
        ("asad",), ("sunbula", "sonbola", "sunbulah", "sumbula"), ("mizan", "meezan"), ("aqrab", "akrab"),
        ("qaws", "qaus", "kaws"), ("jadi", "jaddi", "jadey"), ("dalw", "dalv", "dalwa"), ("hut", "hoot", "hout"),), 1):
    for _name in _names:
        _MONTHS[_name] = _n
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_CUE = r"född|födda|föddes|f\.|födelsedatum|födelsedag|tavalod|tavallod"
_BR = rf"(?:{SP}+|{SP}*\n{SP}*)"
SOLAR_HIJRI_BIRTH = compile_(
    rf"(?<![\w])(?P<cue>(?i:{_CUE}))(?![^\W\d_])(?:[ \t]*:[ \t]*|{_BR})(?:(?i:den){_BR})?"
    rf"(?P<date>(?P<d>\d{{1,2}})\.?{_BR}(?P<m>(?i:{_MONTH})){_BR}(?P<y>1[234]\d\d))(?![\w]|[-/.]\d)")
SOLAR_HIJRI_NEEDS = ("föd", "f.", "tavalod", "tavallod")


def check_solar_hijri(text: str, m: re.Match[str]) -> Verdict | None:
    """A solar hijri date after a birth word, when the day is one its month has and the year a living person's."""
    month, day, year = _MONTHS[m.group("m").lower()], int(m.group("d")), int(m.group("y"))
    days = 31 if month <= 6 else 30 if month <= 11 else 30
    if not 1 <= day <= days or not 1280 <= year <= _dt.date.today().year - 621:
        return None
    return Verdict(m.start("date"), m.end("date"), "födelsedatum i den iranska kalendern")


# a day, a month in figures and a year of the Buddhist era ("4/2/2519", "12.11.2530", "3-8-2541")
BUDDHIST_ERA_BIRTH = compile_(
    rf"(?<![\w])(?P<cue>(?i:{_CUE}))(?![^\W\d_])(?:[ \t]*:[ \t]*|{_BR})(?:(?i:den){_BR})?"
    r"(?P<date>(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>2[45]\d\d))(?![\w]|[-/.]\d)")
BUDDHIST_ERA_OFFSET = 543


def check_buddhist_era(text: str, m: re.Match[str]) -> Verdict | None:
    """A Buddhist-era date after a birth word, when it is a real day and the year a living person's."""
    year = int(m.group("y")) - BUDDHIST_ERA_OFFSET
    if not 1901 <= year <= _dt.date.today().year:
        return None
    try:
        _dt.date(year, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return Verdict(m.start("date"), m.end("date"), "födelsedatum i den buddhistiska tideräkningen (thailändsk)")

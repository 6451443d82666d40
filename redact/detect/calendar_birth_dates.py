"""Dates of birth in the Iranian (solar hijri) calendar, as Swedish documents quote Iranian and Afghan papers:
"född 1 farvardin 1362", "f. 14 mehr 1359", and Afghan ones with the Dari months ("född 11 jadi 1376"). The year runs some 621 years behind ours (1362 is 1983), so the
Gregorian rules, which want a year of 19xx or 20xx, never read it; the month's name says which calendar it is.

A date counts only after a birth word (Swedish or the transliterated Persian "tavalod") or a verb by which a person
states it ("har uppgett Sunbula 1383": a date of these calendars a person states is a birth), with a day that month
has and a year from 1280 (1901) to this year's; the month and the year alone count too ("född Jawza 1368"). The
months are read in a scholar's transliteration as well ("Saraṭān", "ʿAqrab", "Ḥūt").

Papers that date by the Islamic (lunar hijri) calendar write its months ("född 3 Ramadan 1434", "f. 12 Rajab 1405");
its year runs some 579 years behind ours and is shorter (1434 is 2012/2013): after a birth word, a day up to 30 and
a year from 1319 (1901) to this year's is a date of birth.

In a table's birth column ("Född", "Födelsedatum") the header is the cue: a cell holding nothing but such a date
(``calendar_birth_value``) is a date of birth there.

Israeli papers date by the Hebrew calendar ("född 4 Kislev 5751"), its year 3760 or 3761 ahead of ours (5751 is
1990/1991); Ethiopian and Eritrean papers by the Ethiopian calendar ("född 9 Meskerem 1979"), its year seven or eight
behind ours (1979 is 1986/1987), so a Gregorian-looking year is no Gregorian one: the month's name says which it is.
After a birth word, or alone in a birth column, a day its months have (30 at most) and a living person's year is a
date of birth.

Thai papers count the years of the Buddhist era, 543 ahead of ours ("född 4/2/2519" is 1976), with the Gregorian
months and days written in figures: after a birth word, a day, a month and a year from 2444 (1901) to this year's
is a date of birth no Gregorian rule reads.

The months are read in their own scripts too (Persian, Arabic, Hebrew, Ge'ez, Thai: ``calendar_month_names``), the
years in Persian or Arabic digits ("۲۱ اسفند ۱۳۵۶"), after the birth words of the papers that use these calendars
("تاریخ تولد", "תאריך לידה", "የትውልድ ቀን", "วันเกิด", "date of birth": ``birth_cues_world``).

Dates counted in an era (the Japanese emperors', the Nepali Bikram Sambat) are era_birth_dates'.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

from redact.detect import context as ctx
from redact.detect.birth_cues_world import CALENDAR_CUE_NEEDS, CALENDAR_CUES
from redact.detect.calendar_month_names import (ETHIOPIAN_MONTHS_SCRIPT, HEBREW_MONTHS_SCRIPT, LUNAR_MONTHS_SCRIPT,
                                                SOLAR_MONTHS_PASHTO, SOLAR_MONTHS_SCRIPT, THAI_MONTHS,
                                                THAI_MONTHS_LATIN)
from redact.detect.first_chars import compiled
from redact.detect.month_names import MONTHS as GREGORIAN_MONTHS
from redact.detect.patterns import Verdict, compile_
from redact.detect.sexagenary_birth_dates import sexagenary_birth_value

SP = ctx.SP
_GREGORIAN_MONTH = "|".join(sorted(GREGORIAN_MONTHS, key=len, reverse=True))
# our months as a Thai paper names them, whose years it counts in the Buddhist era ("12 มีนาคม 2521", "12 มี.ค. 2521")
_BUDDHIST_MONTHS = {**GREGORIAN_MONTHS, **{name: n for months in (THAI_MONTHS, THAI_MONTHS_LATIN)
                                             for n, names in enumerate(months, 1) for name in names}}
_BUDDHIST_MONTH = "|".join(re.escape(m) for m in sorted(_BUDDHIST_MONTHS, key=len, reverse=True))
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
# and in Persian letters, the Dari and Pashto names too, and the Pashto ones in Latin letters (calendar_month_names)
for _n, (_script, _pashto) in enumerate(zip(SOLAR_MONTHS_SCRIPT, SOLAR_MONTHS_PASHTO), 1):
    for _name in (*_script, *_pashto):
        _MONTHS[_name] = _n
# the Latin names as a scholar's transliteration writes them, with macrons, dots below and the ʿayn ("Saraṭān",
# "Ḥamal", "ʿAqrab", "Mīzān", "Ābān"): each letter may carry its mark, folded away to look the month up
_MARKED = {"a": "aāáâ", "i": "iīíî", "u": "uūúû", "e": "eēé", "o": "oōó", "t": "tṭ", "h": "hḥḫ", "s": "sṣš",
           "z": "zẓž", "d": "dḍ", "g": "gġ", "k": "kḳ"}
_AYN = "'ʿʾ’"


def _marked_form(name: str) -> str:
    """A pattern of ``name`` (lower case, no marks) that also reads it with its transliteration's marks."""
    if not name.isascii():
        return re.escape(name)
    return f"[{_AYN}]?" + "".join(f"[{_MARKED[c]}]" if c in _MARKED else re.escape(c) for c in name)


def _fold(name: str) -> str:
    """``name`` in lower case without a Latin transliteration's marks ("Saraṭān": "saratan")."""
    if not name.isascii() and not any("a" <= c <= "z" for c in name.lower()):
        return name.lower()  # a month in Persian letters keeps its own (its madda is no mark to fold)
    decomposed = unicodedata.normalize("NFD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in _AYN)


_FOLDED_MONTHS = {_fold(name): n for name, n in _MONTHS.items()}


def _solar_month(name: str) -> int:
    """The number of a solar hijri month by any of its names and spellings."""
    return _FOLDED_MONTHS[_fold(name)]


_MONTH = "|".join(_marked_form(name) for name in sorted(_MONTHS, key=len, reverse=True))
# (an age given as a date of another calendar is the birth date: "uppgiven ålder: Miyazia 2002 E.C.", "skrev sin
# ålder som ۱۳۸۹/۰۶/۲۰")
# (and the English "born", as a letter in English quotes the paper: "our son was born R3.7.22")
# (and the birth words of the papers that date by these calendars, in their own scripts, and of their English
# translations: "تاریخ تولد: ۲۱ اسفند ۱۳۵۶", "Date of birth: 3 Jawza 1360")
# (and what a person states of their own or a relative's age, the date right after the verb: "har uppgett Jawza 1382",
# "uppger 3 Hamal 1380"; a date of these calendars a person states is their birth)
_CUE = "|".join((r"född|födda|föddes|f\.|födelsedatumet|födelsedagen|födelsedatum|födelsedag|tavalod|tavallod|ålder"
                 r"|born|uppger|uppgav|uppgett|uppgivit|anger|angav|angett|angivit",
                 *(c.replace(" ", f"{SP}+") for c in sorted(CALENDAR_CUES, key=lambda c: (-len(c), c)))))
_BR = rf"(?:{SP}+|{SP}*\n{SP}*)"
# the birth word, where the date was read ("i det etiopiska passet,", "enligt intyget"), and a linking verb or
# "den" before the date ("födelsedagen står som 1 Tikimt 1982", "född den 4 Kislev 5751")
# (a colon after where it was read: "födelsedag enligt passet: 3 Adar 5750")
_WHERE_READ = rf"(?:(?i:i|enligt){_BR}(?:[^\W\d_]+{_BR}){{0,2}}[^\W\d_]+(?:,|[ \t]*:)?{_BR})"
# (and the English "is" or "was" of a sentence that states the date: "my date of birth is 4 Kislev 5751")
_LINK = rf"(?:(?i:den|är|var|som|står{_BR}som|anges{_BR}som|angavs{_BR}som|on|is|was){_BR})"
# our date first and the paper's own calendar in brackets after it, the same birth written twice ("born on 21 July
# 1992 (Heisei 4-nen 7-gatsu 21-nichi)", "född 1985-03-14 (23 Esfand 1363)")
_OURS_FIRST = (rf"(?:(?:(?:\d{{1,2}}\.?{SP}+[^\W\d_]{{3,12}}\.?,?{SP}+|[^\W\d_]{{3,12}}{SP}+\d{{1,2}},?{SP}+"
               rf"|\d{{1,2}}[./-]\d{{1,2}}[./-])(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d){SP}*\({SP}*)")
_LEAD = (rf"(?<![\w])(?P<cue>(?i:{_CUE}))(?![^\W\d_])(?:[ \t]*:[ \t]*|{_BR})"
         rf"{_WHERE_READ}?{_LINK}?{_OURS_FIRST}?")
#: the birth word and what may stand between it and the date, for the rules of other calendars and eras
BIRTH_LEAD = _LEAD
# the date in figures, as an Iranian paper writes it, the year first ("1362/02/17") or last ("17/02/1362"), in our
# digits or in Persian ones ("۱۳۶۲/۰۲/۱۷"; ``\d`` reads them, ``int`` too): only the year says which calendar it is
_SOLAR_NUMERIC = (r"(?P<ny>\d{4})(?P<nsep>[/.-])(?P<nm>\d{1,2})(?P=nsep)(?P<nd>\d{1,2})"
                  r"|(?P<ld>\d{1,2})(?P<lsep>[/.-])(?P<lm>\d{1,2})(?P=lsep)(?P<ly>\d{4})")
# a solar or lunar year, in our digits or in Persian or Arabic ones ("۱۳۵۶", "١٤٠٠")
_SOLAR_YEAR = r"[1۱١][234۲۳۴٢٣٤]\d\d"
_LUNAR_YEAR = r"[1۱١][34۳۴٣٤]\d\d"
SOLAR_HIJRI_BIRTH = compile_(
    _LEAD + rf"(?P<date>(?P<d>\d{{1,2}})\.?{_BR}(?P<m>(?i:{_MONTH})){_BR}(?P<y>{_SOLAR_YEAR})|{_SOLAR_NUMERIC}"
    # (the month and the year alone, all an Afghan tazkira may give: "född Jawza 1368")
    rf"|(?P<mo>(?i:{_MONTH})){_BR}(?P<my>{_SOLAR_YEAR}))"
    r"(?![\w]|[-/.]\d)")
SOLAR_HIJRI_NEEDS = ("föd", "f.", "tavalod", "tavallod", "ålder", "born", "uppg", "ange", "angav", "angiv",
                     *CALENDAR_CUE_NEEDS)


def _solar_date_ok(day: int, month: int, year: int) -> bool:
    """A day its solar hijri month has (31 in the first six, 30 after) and a living person's year."""
    return 1 <= day <= (31 if month <= 6 else 30) and 1280 <= year <= _dt.date.today().year - 621


def _solar_numeric_ok(m: re.Match[str]) -> bool:
    """The solar hijri date in figures of ``m`` (groups ny/nm/nd or ld/lm/ly) is a real day of a living person's year."""
    day, month, year = (m.group("nd"), m.group("nm"), m.group("ny")) if m.group("ny") else (
        m.group("ld"), m.group("lm"), m.group("ly"))
    return 1 <= int(month) <= 12 and _solar_date_ok(int(day), int(month), int(year))


def check_solar_hijri(text: str, m: re.Match[str]) -> Verdict | None:
    """A solar hijri date after a birth word, when the day is one its month has and the year a living person's."""
    if m.group("mo"):
        if not _solar_date_ok(1, _solar_month(m.group("mo")), int(m.group("my"))):
            return None
    elif m.group("d") is None:
        if not _solar_numeric_ok(m):
            return None
    elif not _solar_date_ok(int(m.group("d")), _solar_month(m.group("m")), int(m.group("y"))):
        return None
    return Verdict(m.start("date"), m.end("date"), "födelsedatum i den iranska kalendern")


# the twelve months of the Islamic calendar in the spellings of Arabic, Persian, Urdu and Turkish papers; a space
# stands for a space, a hyphen or nothing between the parts ("Rabi al-Awwal", "Rabiul Awwal"), an apostrophe may be
# written or left out ("Sha'ban", "Shaban")
_LUNAR_SPELLINGS = (
    ("muharram", "moharram", "muharrem"), ("safar", "sefer"),
    ("rabi' al awwal", "rabi' ul awwal", "rabi' al awal", "rabi' i", "rebi ul evvel"),
    ("rabi' al thani", "rabi' al akhir", "rabi' ul akhir", "rabi' al sani", "rabi' ul thani", "rabi' ii",
     "rebi ul ahir"),
    ("jumada al awwal", "jumada al ula", "jumada al oula", "jumadal awwal", "jumada i", "jamadi ul awwal",
     "jamadi ul awal", "cemaziyel evvel"),
    ("jumada al thani", "jumada al akhirah", "jumada al akhira", "jumada al sani", "jumada ii", "jamadi ul akhir",
     "jamadi us sani", "cemaziyel ahir"),
    ("rajab", "recep"), ("sha'ban", "sha'aban", "şaban"), ("ramadan", "ramadhan", "ramazan", "ramzan"),
    ("shawwal", "shawal", "şevval"),
    ("dhu al qa'dah", "dhu al qi'dah", "dhu al qadah", "dhul qa'dah", "dhu'l qa'da", "dhu l qa'da", "zul qa'dah",
     "zil qad", "zilkade", "thul qa'dah", "thul qi'dah", "thul qa'da", "thu al qa'dah"),
    ("dhu al hijjah", "dhul hijjah", "dhu'l hijja", "dhu l hijja", "dhu al hijja", "zul hijjah", "zil hajj", "zilhicce",
     # the "dh" written "th", as many Arabic papers' Latin letters have it ("Thul-Hijja")
     "thul hijjah", "thul hijja", "thu al hijjah", "thu al hijja"),
)
_APOSTROPHE = "['’ʼ‘`]"
_LUNAR_MONTHS: dict[str, int] = {}
_lunar_forms: list[str] = []
for _n, _names in enumerate(_LUNAR_SPELLINGS, 1):
    for _name in (*_names, *LUNAR_MONTHS_SCRIPT[_n - 1]):  # (and in Arabic letters)
        _LUNAR_MONTHS[re.sub(r"[^\w]", "", _name)] = _n
        _lunar_forms.append("".join(
            rf"(?:{_APOSTROPHE}?(?:[ \t]*-[ \t]*|[ \t]+)?)" if ch == " " else f"{_APOSTROPHE}?" if ch == "'"
            else re.escape(ch) for ch in _name))
_LUNAR_MONTH = "|".join(sorted(_lunar_forms, key=len, reverse=True))
LUNAR_HIJRI_BIRTH = compile_(
    _LEAD + rf"(?P<date>(?P<d>\d{{1,2}})\.?{_BR}(?P<m>(?i:{_LUNAR_MONTH})){_BR}(?P<y>{_LUNAR_YEAR}))"
    rf"(?:{SP}*(?i:AH|A\.H\.|h))?"
    rf"(?![\w]|[-/.]\d)")


def _lunar_date_ok(day: int, month_name: str, year: int) -> bool:
    """A listed lunar month, a day it may have and a year from 1319 (1901) to this year's (33 lunar years are 32 of
    ours)."""
    return (re.sub(r"[^\w]", "", month_name.lower()) in _LUNAR_MONTHS and 1 <= day <= 30
            and 1319 <= year <= int((_dt.date.today().year - 622) * 33 / 32) + 1)


def check_lunar_hijri(text: str, m: re.Match[str]) -> Verdict | None:
    """An Islamic-calendar date after a birth word, when the day is one a lunar month has and the year a living
    person's."""
    if not _lunar_date_ok(int(m.group("d")), m.group("m"), int(m.group("y"))):
        return None
    # (the era's mark after the year is the date's own: "14 Shawwal 1409 AH")
    return Verdict(m.start("date"), m.end(), "födelsedatum i den islamiska kalendern")


# the Hebrew months in the Latin spellings of Israeli papers (a leap year's "Adar I", "Adar II", "Adar Bet")
_HEBREW_SPELLINGS = (
    "tishrei", "tishri", "tishre", "cheshvan", "heshvan", "marcheshvan", "marheshvan", "kislev", "kislew", "tevet",
    "teveth", "tebeth", "shevat", "shvat", "shebat", "adar i", "adar ii", "adar aleph", "adar alef", "adar bet",
    "adar beth", "adar sheni", "adar", "nisan", "nissan", "iyar", "iyyar", "sivan", "tammuz", "tamuz", "av",
    "menachem av", "elul", *HEBREW_MONTHS_SCRIPT)
# the Ethiopian months in the Latin spellings of Ethiopian and Eritrean papers (the thirteenth, Pagume, has five or
# six days)
_ETHIOPIAN_SPELLINGS = (
    "meskerem", "tikimt", "tikemt", "tekemt", "tiqimt", "hidar", "hedar", "tahsas", "tahesas", "ter", "tir", "yekatit",
    "yakatit", "megabit", "magabit", "miyazya", "miyazia", "miazia", "ginbot", "genbot", "sene", "senie", "hamle",
    "hamlie", "nehase", "nehasse", "nahase", "pagume", "pagumen", "puagume", *ETHIOPIAN_MONTHS_SCRIPT)


def _month_forms(spellings: tuple[str, ...]) -> str:
    """An alternation of the spellings, longest first, a space standing for a space or a hyphen."""
    return "|".join(r"[ \t-]".join(map(re.escape, s.split())) for s in sorted(spellings, key=len, reverse=True))


_HEBREW_MONTH = _month_forms(_HEBREW_SPELLINGS)
_ETHIOPIAN_MONTH = _month_forms(_ETHIOPIAN_SPELLINGS)
#: Years the Hebrew calendar runs ahead of ours (the new year falls in September or October: 3761 before it).
HEBREW_OFFSET = 3761
#: Years the Ethiopian calendar runs behind ours (its new year falls in September: 8 before it, 7 after).
ETHIOPIAN_OFFSET = 8
# the era's mark a paper writes after its year, inside the date: the Ethiopian calendar's "E.C." ("Ethiopian
# calendar") or "A.M." ("Amete Mihret", the year of mercy; only after an Ethiopian month, where it is no hour),
# the Buddhist era's "B.E." or "(B.E.)", "พ.ศ." in Thai
_ETHIOPIAN_ERA = r"(?:[ \t]*(?:\((?:E\.[ ]?C\.|EC|A\.[ ]?M\.)\)|E\.[ ]?C\.|EC|A\.[ ]?M\.)(?![\w]))"
_BUDDHIST_ERA = r"(?:[ \t]*\(?(?:B\.[ ]?E\.|BE|พ\.ศ\.)\)?(?![\w]))"
# the year in Hebrew letters, as Israeli papers write it: the hundreds, the tens and the units by their letters' values,
# the thousands left out or given by "ה'" before them, the gershayim before the last letter ("תשמ״ח" is 5748)
_HEBREW_LETTER_YEAR = r"(?:ה['׳])?ת[רשת][א-ת]?[\"״][א-ת]"
_LETTER_VALUES = dict(zip("אבגדהוזחטיכלמנסעפצקרשתךםןףץ",
                          (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300, 400,
                           20, 40, 50, 80, 90)))
_HEBREW_DATE = (rf"(?P<hd>\d{{1,2}})\.?{_BR}(?P<hm>(?i:{_HEBREW_MONTH})){_BR}"
                rf"(?:(?P<hy>5[67]\d\d)|(?P<hl>{_HEBREW_LETTER_YEAR}))")


def _hebrew_letters_year(letters: str) -> int:
    """The year a Hebrew year in letters stands for, its thousands (5000) added ("תשמ״ח" is 5748)."""
    letters = letters[2:] if letters[1:2] in ("'", "׳") else letters
    return 5000 + sum(_LETTER_VALUES.get(ch, 0) for ch in letters)
# (the month and the year alone too, all a paper may give: "född Tir 1967 E.C."; the month first, as an English
# rendering writes it: "Ter 12, 1983 E.C.")
_ETHIOPIAN_DATE = (rf"(?:(?P<ed>\d{{1,2}})\.?{_BR})?(?P<em>(?i:{_ETHIOPIAN_MONTH}))(?:{_BR}(?P<ed2>\d{{1,2}}),)?{_BR}"
                   rf"(?P<ey>(?:18|19|20)\d\d)"
                   rf"{_ETHIOPIAN_ERA}?")
HEBREW_ETHIOPIAN_BIRTH = compile_(
    _LEAD + rf"(?P<date>{_HEBREW_DATE}|{_ETHIOPIAN_DATE})(?![\w]|[-/.]\d)")


def _hebrew_date_ok(day: int, year: int) -> bool:
    """A day a Hebrew month has and a year from 5661 (1900/1901) to this year's."""
    return 1 <= day <= 30 and 5661 <= year <= _dt.date.today().year + HEBREW_OFFSET


def _ethiopian_date_ok(day: int, month: str, year: int) -> bool:
    """A day an Ethiopian month has (Pagume six at most) and a year from 1893 (1900/1901) to this year's."""
    short = month.lower().startswith(("pag", "pua", "ጳጉ"))
    return 1 <= day <= (6 if short else 30) and 1893 <= year <= _dt.date.today().year - ETHIOPIAN_OFFSET + 1


def _hebrew_or_ethiopian_ok(m: re.Match[str]) -> bool:
    """The Hebrew or Ethiopian date of ``m`` (groups hd/hm/hy or ed/em/ey) is a real day of a living person's year."""
    if m.group("hd"):
        year = int(m.group("hy")) if m.group("hy") else _hebrew_letters_year(m.group("hl"))
        return _hebrew_date_ok(int(m.group("hd")), year)
    return _ethiopian_date_ok(int(m.group("ed") or m.group("ed2") or 1), m.group("em"), int(m.group("ey")))


def check_hebrew_or_ethiopian(text: str, m: re.Match[str]) -> Verdict | None:
    """A Hebrew- or Ethiopian-calendar date after a birth word, a real day of a living person's year."""
    if not _hebrew_or_ethiopian_ok(m):
        return None
    which = "hebreiska" if m.group("hd") else "etiopiska"
    return Verdict(m.start("date"), m.end("date"), f"födelsedatum i den {which} kalendern")


_OTHER_CALENDAR_VALUE = compiled(rf"{_HEBREW_DATE}|{_ETHIOPIAN_DATE}")


_CALENDAR_VALUE = compiled(
    rf"(?P<d>\d{{1,2}})\.?[ \t]+(?:(?P<solar>(?i:{_MONTH}))|(?P<lunar>(?i:{_LUNAR_MONTH})))[ \t]+(?P<y>{_SOLAR_YEAR})"
    rf"(?:[ \t]*(?i:AH|A\.H\.|h))?"
    r"|(?P<bd>\d{1,2})(?P<sep>[./-])(?P<bm>\d{1,2})(?P=sep)(?P<by>2[45]\d\d)"
    rf"|{_SOLAR_NUMERIC}")


# a day, a month and a year in figures with the Ethiopian era's mark ("21.3.1975 E.C."): the mark says the calendar,
# whose months are thirteen
_ETHIOPIAN_FIGURES_VALUE = re.compile(
    rf"(?P<d>\d{{1,2}})(?P<sep>[./-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>(?:18|19|20)\d\d){_ETHIOPIAN_ERA}")
# a solar month and its year alone, all an Afghan tazkira or an Iranian paper may give of a birth ("Jawza 1368")
_SOLAR_MONTH_YEAR_VALUE = compiled(rf"(?P<m>(?i:{_MONTH})) (?P<y>{_SOLAR_YEAR})")
_ERA_MARK = re.compile(rf"(?:{_ETHIOPIAN_ERA}|{_BUDDHIST_ERA})$")
# a year of the Buddhist era alone with its mark ("2494 B.E."), all a Thai paper may give of a birth: the mark says
# it is no year of ours
_BUDDHIST_YEAR_VALUE = re.compile(rf"(2[45]\d\d){_BUDDHIST_ERA}")
# a day, our month's name and a year of the Buddhist era, the era's mark before the year or after it ("5 March B.E.
# 2512", "12 Jan. 2530 B.E."): a year past 2400 is no year of ours
_BUDDHIST_WORDED_VALUE = re.compile(
    rf"(?P<d>\d{{1,2}})[ \t]+(?P<m>(?i:{_BUDDHIST_MONTH}))\.?[ \t]+(?:(?:B\.[ ]?E\.|BE|พ\.ศ\.)[ \t]*)?"
    r"(?P<y>2[45]\d\d)")


def _lunar_numeric_ok(m: re.Match[str]) -> bool:
    """The date in figures of ``m``, the day first (groups ld/lm/ly), is a real day of a living person's year of the
    Islamic calendar, as Saudi and Gulf papers write it ("15/9/1408", "3.11.1410 AH"): a year past the solar one's
    range (1405 is 2026) or inside both, the birth column says it is a date either way."""
    if not m.group("ly"):
        return False
    day, month, year = int(m.group("ld")), int(m.group("lm")), int(m.group("ly"))
    return 1 <= month <= 12 and 1 <= day <= 30 and 1319 <= year <= int((_dt.date.today().year - 622) * 33 / 32) + 1


def calendar_birth_value(value: str) -> bool:
    """True for a cell holding nothing but a date of the Iranian, the Islamic, the Thai, the Hebrew, the Ethiopian or
    the Kurdish calendar ("1 farvardin 1358", "1362/02/17", "3 Ramadan 1434", "4/2/2519 (B.E.)", "9 Sivan 5749", "14
    Hamle 2012 E.C.", "15/9/1408"), a real day and a living person's year, or a Buddhist year with its mark ("2519
    B.E.", "5 March B.E. 2510"): a birth column's value (a Japanese era's date is era_birth_dates')."""
    if sexagenary_birth_value(value):
        return True  # "Canh Tuất 1970": a Vietnamese year by its stem and branch (sexagenary_birth_dates)
    if (year_alone := _BUDDHIST_YEAR_VALUE.fullmatch(value.strip())) is not None:
        return 1901 <= int(year_alone.group(1)) - BUDDHIST_ERA_OFFSET <= _dt.date.today().year
    if (figures := _ETHIOPIAN_FIGURES_VALUE.fullmatch(value.strip())) is not None:
        month = int(figures.group("m"))
        return 1 <= month <= 13 and _ethiopian_date_ok(int(figures.group("d")), "pagume" if month == 13 else "",
                                                       int(figures.group("y")))
    if (month_year := _SOLAR_MONTH_YEAR_VALUE.fullmatch(" ".join(value.split()))) is not None:
        return _solar_date_ok(1, _solar_month(month_year.group("m")), int(month_year.group("y")))
    value = _ERA_MARK.sub("", value.strip())
    if (worded := _BUDDHIST_WORDED_VALUE.fullmatch(" ".join(value.split()))) is not None:
        return _buddhist_date_ok(int(worded.group("d")), _BUDDHIST_MONTHS[worded.group("m").lower()],
                                 int(worded.group("y")))
    m = _CALENDAR_VALUE.fullmatch(value.strip())
    if m is not None and (m.group("ny") or m.group("ly")):
        return _solar_numeric_ok(m) or _lunar_numeric_ok(m)
    if m is None:
        other = _OTHER_CALENDAR_VALUE.fullmatch(value.strip())
        if other is None and (kurdish := _KURDISH_VALUE.fullmatch(value.strip())) is not None:
            return _kurdish_ok(kurdish)
        return other is not None and _hebrew_or_ethiopian_ok(other)
    if m.group("bd"):
        return _buddhist_date_ok(int(m.group("bd")), int(m.group("bm")), int(m.group("by")))
    day, year = int(m.group("d")), int(m.group("y"))
    if m.group("solar"):
        return _solar_date_ok(day, _solar_month(m.group("solar")), year)
    return _lunar_date_ok(day, m.group("lunar"), year)


# a day, a month in figures and a year of the Buddhist era ("4/2/2519", "12.11.2530", "3-8-2541")
# (or with the month's name, as a Thai licence's English side writes it: "12 Jan. 2530 B.E.")
BUDDHIST_ERA_BIRTH = compile_(
    _LEAD + r"(?P<date>(?:(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)"
    rf"|(?P<nd>\d{{1,2}}){_BR}(?P<nm>(?i:{_BUDDHIST_MONTH}))\.?{_BR}(?:(?:พ\.ศ\.|B\.[ ]?E\.){_BR})?)"
    rf"(?P<y>2[45]\d\d){_BUDDHIST_ERA}?)"
    r"(?![\w]|[-/.]\d)")
BUDDHIST_ERA_OFFSET = 543


def _buddhist_date_ok(day: int, month: int, era_year: int) -> bool:
    """A real day in a living person's year of the Buddhist era."""
    year = era_year - BUDDHIST_ERA_OFFSET
    if not 1901 <= year <= _dt.date.today().year:
        return False
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def check_buddhist_era(text: str, m: re.Match[str]) -> Verdict | None:
    """A Buddhist-era date after a birth word, when it is a real day and the year a living person's."""
    if m.group("d"):
        day, month = m.group("d"), m.group("m")
    else:
        day, month = m.group("nd"), _BUDDHIST_MONTHS[m.group("nm").lower()]
    if not _buddhist_date_ok(int(day), int(month), int(m.group("y"))):
        return None
    return Verdict(m.start("date"), m.end("date"), "födelsedatum i den buddhistiska tideräkningen (thailändsk)")


# The Kurdish calendar's months, as Kurdish papers of Iraq and Syria write them in Latin letters (Sorani names in
# the Kurmanji alphabet and their usual spellings); its year runs 700 ahead of ours from Newroz (2725 is 2025/2026).
_KURDISH_SPELLINGS = (
    "xakelêwe", "xakelewe", "newroz", "gullan", "gulan", "banemer", "cozerdan", "jozerdan", "pûşper", "pûşpere",
    "pushper", "gelawêj", "gelawej", "xermanan", "khermanan", "rezber", "gelarêzan", "gelarezan", "xezelwer",
    "sermawez", "befranbar", "berfanbar", "rêbendan", "rebendan", "reşeme", "resheme")
#: Years the Kurdish calendar runs ahead of ours.
KURDISH_OFFSET = 700
# the day, the month and the year may carry Kurdish endings ("3ê Gelawêja 2725ê": "the 3rd of Gelawêj of 2725")
_KURDISH_DATE = (rf"(?P<kd>\d{{1,2}})(?:ê|e|an)?\.?{_BR}(?P<km>(?i:{_month_forms(_KURDISH_SPELLINGS)}))(?:a|ê|y)?{_BR}"
                 r"(?P<ky>2[67]\d\d)(?:ê|an)?")
KURDISH_BIRTH = compile_(_LEAD + rf"(?P<date>{_KURDISH_DATE})(?![\w]|[-/.]\d)")
KURDISH_NEEDS = ("föd",)


_KURDISH_VALUE = compiled(_KURDISH_DATE)


def _kurdish_ok(m: re.Match[str]) -> bool:
    """The Kurdish date of ``m`` has a day its months have (31 at most) and a living person's year."""
    year = int(m.group("ky")) - KURDISH_OFFSET
    return 1 <= int(m.group("kd")) <= 31 and 1901 <= year <= _dt.date.today().year


def check_kurdish(text: str, m: re.Match[str]) -> Verdict | None:
    """A Kurdish-calendar date after a birth word: a day its months have (31 at most) and a living person's year."""
    if not _kurdish_ok(m):
        return None
    return Verdict(m.start("date"), m.end("date"), "födelsedatum i den kurdiska kalendern")


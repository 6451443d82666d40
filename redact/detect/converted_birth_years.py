"""A birth converted from another calendar where the paper's side is no whole date after a birth word.

* A year of the Iranian calendar and ours after a conversion word ("tazkira-år 1359 motsvarar 1980"):
  the two years 621 or 622 apart say the second is the first converted, and an identity paper's or a birth word
  in the sentence says whose year it is, the holder's birth (an Afghan tazkira gives no more of it). Both years
  are the birth's.
* A calendar's date named by its adjective, then our date ("det kurdiska datumet motsvarar 23 maj 1997"): the
  note converts a date the page wrote in that calendar, and on a page that records births (a birth word before)
  a person's date kept in a foreign calendar is their birth.

``birth_date_forms`` reads the conversion when the paper's whole date stands before it.
"""

from __future__ import annotations

import datetime as _dt
import re

from redact.detect.month_names import MONTHS
from redact.detect.patterns import Rule, Verdict, compile_rule, real_date

_CONVERTED = r"(?i:alltså|motsvarar|motsvarande|dvs\.?|det[ \t]+vill[ \t]+säga|i[ \t]+vår[ \t]+kalender)"
_BR = r"[ \t]+(?:\n[ \t]*)?"
_YEARS = compile_rule(rf"(?<![\w.])(?P<first>1[34]\d\d),?{_BR}{_CONVERTED}:?{_BR}(?P<date>(?:19|20)\d\d)(?![\w]|[-–/.:]\d)")
# the Iranian year runs 621 years behind ours from March and 622 before it
_IRANIAN_BEHIND = (621, 622)
_WHOSE = re.compile(r"(?i)(?<![\w])(?:född|födda|föddes|fött|f\.|födelse\w*|födseln|\w*tazkira\w*|pass|passet|"
                    r"id-kort\w*|identitetskort\w*|legitimation\w*)(?![\w])")
_SENTENCE_END = re.compile(r"[.!?](?=[ \t]+[A-ZÅÄÖ])|\n[ \t]*\n|;")


def _sentence_names_whose(text: str, start: int) -> bool:
    begin = max(0, start - 150)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, begin, start)]
    return _WHOSE.search(text, ends[-1] if ends else begin, start) is not None


def _years_ok(text: str, m: re.Match[str]) -> bool:
    ours = int(m.group("date"))
    return (ours - int(m.group("first")) in _IRANIAN_BEHIND and ours <= _dt.date.today().year
            and _sentence_names_whose(text, m.start()))


def _check_ours(text: str, m: re.Match[str]) -> Verdict | None:
    if not _years_ok(text, m):
        return None
    return Verdict(m.start("date"), m.end("date"), "födelseår omräknat från den iranska kalendern")


def _check_theirs(text: str, m: re.Match[str]) -> Verdict | None:
    if not _years_ok(text, m):
        return None
    return Verdict(m.start("first"), m.end("first"), "födelseår i den iranska kalendern, omräknat efter")


_CALENDARS = (r"kurdiska|persiska|iranska|afghanska|etiopiska|eritreanska|thailändska|hebreiska|judiska|islamiska|"
              r"muslimska|nepalesiska|japanska|buddhistiska")
_NAMED_CALENDAR = compile_rule(
    rf"(?<![\w])(?i:{_CALENDARS}){_BR}(?i:födelsedatumet|datumet|datum){_BR}{_CONVERTED}:?{_BR}(?:(?i:den)[ \t]+)?"
    rf"(?P<date>(?P<d>\d{{1,2}})[ \t]+(?P<m>[a-zåäö]{{3,9}})[ \t]+(?P<y>(?:19|20)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))(?![\w]|[-+:./]\d)")
_BIRTH_ON_PAGE = re.compile(r"(?i)(?<![\w])(?:född|födda|föddes|fött|födelse\w*|födseln)(?![\w])")


def _check_named_calendar(text: str, m: re.Match[str]) -> Verdict | None:
    if m.group("d"):
        if (month := MONTHS.get(m.group("m").lower())) is None:
            return None
        y, mo, d = int(m.group("y")), month, int(m.group("d"))
    else:
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    if not real_date(y, mo, d) or _dt.date(y, mo, d) > _dt.date.today():
        return None
    if _BIRTH_ON_PAGE.search(text, 0, m.start()) is None:
        return None
    return Verdict(m.start("date"), m.end("date"), "ett datum i en annan kalender omräknat till vår, på en sida om födslar")


_NEEDS = ("alltså", "motsvara", "dvs", "vill säga", "vår kalender")
#: The rules ``date_of_birth`` adds.
CONVERTED_BIRTH_YEAR = Rule("birth_year_converted", _YEARS, score=0.75, check=_check_ours, needs=_NEEDS)
CONVERTED_FROM_BIRTH_YEAR = Rule("birth_year_before_conversion", _YEARS, score=0.75, check=_check_theirs,
                                 needs=_NEEDS)
NAMED_CALENDAR_CONVERTED = Rule("calendar_date_converted", _NAMED_CALENDAR, score=0.75, check=_check_named_calendar,
                                needs=_NEEDS)

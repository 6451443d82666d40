"""Personal identity numbers of other countries in their written shapes, found without a label because the number
holds a birth date and checks itself (read by ``labelled_id``'s recognizer, reported as ID_NUMBER):

* Czechia's and Slovakia's rodné číslo with its slash ("860915/4411"): YYMMDD (50 added to a woman's month, 20 more
  when a day's serials ran out), four digits, the whole ten divisible by 11;
* Latvia's personas kods in its dash shape ("120718-20419"): DDMMYY, the century's digit, three digits and a weighted
  check digit.

Both shapes stand apart from a Swedish personnummer's ("YYMMDD-NNNN"); a date, a check and the century's digit
together let a case's or an invoice's number pass only by a rare chance, and a label naming another thing's number
before it keeps it (``national_ids_abroad``'s list).
"""

from __future__ import annotations

import datetime
import re

from redact.detect.national_ids_abroad import _ALONE_AFTER, _ALONE_BEFORE, _others_number
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex


def _born(year: int, month: int, day: int) -> bool:
    """A real day, not after today: a birth date."""
    try:
        return datetime.date(year, month, day) <= datetime.date.today()
    except ValueError:
        return False


def rodne_cislo_ok(value: str) -> bool:
    """Czechia's and Slovakia's ten-digit rodné číslo: a birth date (a woman's month +50, +20 for later serials)
    and the whole number divisible by 11 (a remainder of 10 once written as a last 0)."""
    d = value.replace("/", "")
    if len(d) != 10 or not d.isdigit():
        return False
    month = int(d[2:4])
    month = month - 50 if month > 50 else month
    month = month - 20 if month > 20 else month
    # ten digits since 1954: a year below 54 is the 2000s
    year = int(d[:2]) + (1900 if int(d[:2]) >= 54 else 2000)
    if not _born(year, month, int(d[4:6])):
        return False
    return int(d) % 11 == 0 or (int(d[:9]) % 11 == 10 and d[9] == "0")


_LV_WEIGHTS = (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def personas_kods_ok(value: str) -> bool:
    """Latvia's dated personas kods: DDMMYY, the century (0: the 1800s, 1: the 1900s, 2: the 2000s), three digits,
    a check digit (1101 less the weighted sum, mod 11)."""
    d = value.replace("-", "")
    if len(d) != 11 or not d.isdigit() or d[6] not in "12":
        return False  # (0, the 1800s: no one alive)
    if not _born((1900 if d[6] == "1" else 2000) + int(d[4:6]), int(d[2:4]), int(d[:2])):
        return False
    check = (1101 - sum(int(c) * w for c, w in zip(d, _LV_WEIGHTS))) % 11
    return check != 10 and check == int(d[10])


RODNE_CISLO = compile_rule(rf"{_ALONE_BEFORE}(?P<value>\d\d[0-8]\d[0-3]\d/\d{{4}}){_ALONE_AFTER}")
PERSONAS_KODS = compile_rule(rf"{_ALONE_BEFORE}(?P<value>[0-3]\d[01]\d\d\d-[12]\d{{4}}){_ALONE_AFTER}")


def _verdict(text: str, m: re.Match[str], reason: str) -> Verdict | None:
    if _others_number(text, m.start("value"), m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), reason)


def _check_rodne_cislo(text: str, m: re.Match[str]) -> Verdict | None:
    if not rodne_cislo_ok(m.group("value")):
        return None
    return _verdict(text, m, "tjeckiskt/slovakiskt rodné číslo (födelsedatum, delbart med 11)")


def _check_personas_kods(text: str, m: re.Match[str]) -> Verdict | None:
    if not personas_kods_ok(m.group("value")):
        return None
    return _verdict(text, m, "lettisk personas kods (födelsedatum, kontrollsiffra)")


RULES = (
    Rule("czech_rodne_cislo", RODNE_CISLO, score=0.8, check=_check_rodne_cislo, gate=rule_regex(r"\d{6}/\d{4}")),
    Rule("latvian_personas_kods", PERSONAS_KODS, score=0.8, check=_check_personas_kods,
         gate=rule_regex(r"\d{6}-[12]\d{4}")),
)

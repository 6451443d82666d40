"""Personal identity numbers of other countries in their written shapes, found without a label because the number
holds a birth date and checks itself (read by ``labelled_id``'s recognizer, reported as ID_NUMBER):

* Czechia's and Slovakia's rodné číslo with its slash ("860915/4411"): YYMMDD (50 added to a woman's month, 20 more
  when a day's serials ran out), four digits, the whole ten divisible by 11;
* Latvia's personas kods in its dash shape ("120718-20419"): DDMMYY, the century's digit, three digits and a weighted
  check digit;
* Hungary's personal identification number (személyi azonosító) in its dash shape ("2-850417-3314"): the sex's and
  century's digit, YYMMDD, three digits and a weighted check digit;
* Mongolia's register number (регистрийн дугаар, "УБ90031514"): two Cyrillic capitals, YYMMDD (20 added to the
  month of one born since 2000) and two digits. It has no check anyone outside the register can compute, but two
  Cyrillic capitals joined to a birth date are no other number's shape.

The shapes stand apart from a Swedish personnummer's ("YYMMDD-NNNN"); a date, a check and the century's digit
together let a case's or an invoice's number pass only by a rare chance, and a label naming another thing's number
before it keeps it (``national_ids_abroad``'s list).
"""

from __future__ import annotations

import re

from redact.detect.national_ids_abroad import _ALONE_AFTER, _ALONE_BEFORE, _born, _others_number
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex


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


def szemelyi_szam_ok(value: str) -> bool:
    """Hungary's personal identification number: the sex's and century's digit (1, 2: the 1900s, 3, 4: the 2000s;
    7, 8: a foreign citizen's of the 1900s), YYMMDD, three digits, and a check digit: the first ten weighted 1 to 10
    mod 11, or 10 to 1 for those born since 1997."""
    d = value.replace("-", "").replace(" ", "")
    if len(d) != 11 or not d.isdigit() or d[0] not in "123478":
        return False
    year = (2000 if d[0] in "34" else 1900) + int(d[1:3])
    if not _born(year, int(d[3:5]), int(d[5:7])):
        return False
    weights = range(10, 0, -1) if year >= 1997 else range(1, 11)
    check = sum(int(c) * w for c, w in zip(d, weights)) % 11
    return check != 10 and check == int(d[10])


RODNE_CISLO = compile_rule(rf"{_ALONE_BEFORE}(?P<value>\d\d[0-8]\d[0-3]\d/\d{{4}}){_ALONE_AFTER}")
PERSONAS_KODS = compile_rule(rf"{_ALONE_BEFORE}(?P<value>[0-3]\d[01]\d\d\d-[12]\d{{4}}){_ALONE_AFTER}")
# (its groups joined by dashes as written; the eleven digits unbroken or spaced are any number's)
SZEMELYI_SZAM = compile_rule(rf"{_ALONE_BEFORE}(?P<value>[1-8]-\d\d[01]\d[0-3]\d-\d{{4}}){_ALONE_AFTER}")


def mongolian_register_ok(value: str) -> bool:
    """Mongolia's register number: two Cyrillic capitals, YYMMDD (the month 20 more for the 2000s), two digits."""
    d = value[2:]
    if len(d) != 8 or not d.isdigit():
        return False
    month = int(d[2:4])
    return _born((2000 if month > 20 else 1900) + int(d[:2]), month % 20 or 20, int(d[4:6]))


# (the Mongolian alphabet's two own capitals, Ө and Ү, besides the Russian ones)
MONGOLIAN_REGISTER = compile_rule(rf"{_ALONE_BEFORE}(?P<value>[А-ЯЁӨҮ]{{2}}\d\d[0-3]\d[0-3]\d\d\d){_ALONE_AFTER}")


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


def _check_szemelyi_szam(text: str, m: re.Match[str]) -> Verdict | None:
    if not szemelyi_szam_ok(m.group("value")):
        return None
    return _verdict(text, m, "ungerskt personnummer, személyi azonosító (födelsedatum, kontrollsiffra)")


def _check_mongolian_register(text: str, m: re.Match[str]) -> Verdict | None:
    if not mongolian_register_ok(m.group("value")):
        return None
    return _verdict(text, m, "mongoliskt registernummer (två bokstäver, födelsedatum)")


RULES = (
    Rule("mongolian_register_number", MONGOLIAN_REGISTER, score=0.8, check=_check_mongolian_register,
         gate=rule_regex(r"[А-ЯЁӨҮ]{2}\d{8}")),
    Rule("czech_rodne_cislo", RODNE_CISLO, score=0.8, check=_check_rodne_cislo, gate=rule_regex(r"\d{6}/\d{4}")),
    Rule("latvian_personas_kods", PERSONAS_KODS, score=0.8, check=_check_personas_kods,
         gate=rule_regex(r"\d{6}-[12]\d{4}")),
    Rule("hungarian_szemelyi_szam", SZEMELYI_SZAM, score=0.8, check=_check_szemelyi_szam,
         gate=rule_regex(r"\d-\d{6}-\d{4}")),
)

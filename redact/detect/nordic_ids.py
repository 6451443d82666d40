"""Norway's and Finland's personal identity numbers: they carry their own check digits, so no label is needed.
Read by ``labelled_id``'s recognizer.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, only_digits

# A Norwegian fødselsnummer (DDMMYY + three digits + two mod 11 digits, "260841 49313"; a D-number adds 4 to the day's
# first digit) and a Finnish henkilötunnus (DDMMYY, a century sign, three digits, a check character).
_NO_FNR = compile_rule(r"(?<![\w-])(?P<value>[0-7]\d[01]\d\d\d(?:[ ]?|[ \t]*\n[ \t]*)\d{5})(?![\w]|-\d)")
_FI_HETU = compile_rule(r"(?<![\w-])(?P<value>[0-3]\d[01]\d\d\d[-+A-FU-Y]\d{3}[0-9A-Y])(?![\w-])")
_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _day_month_ok(d: str) -> bool:
    day, month = int(d[:2]) % 40, int(d[2:4])
    return 1 <= day <= 31 and 1 <= month <= 12


def _check_no_fnr(text: str, m: re.Match[str]) -> Verdict | None:
    d = only_digits(m.group("value"))
    if not _day_month_ok(d):
        return None
    k1 = 11 - sum(int(c) * w for c, w in zip(d, (3, 7, 6, 1, 8, 9, 4, 5, 2))) % 11
    k2 = 11 - sum(int(c) * w for c, w in zip(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    if k1 % 11 != int(d[9]) or k1 == 10 or k2 % 11 != int(d[10]) or k2 == 10:
        return None
    return Verdict(m.start("value"), m.end("value"), "norskt fødselsnummer (kontrollsiffror mod 11)")


def _check_fi_hetu(text: str, m: re.Match[str]) -> Verdict | None:
    v = m.group("value")
    if not _day_month_ok(v[:6]) or _FI_CHECK[int(v[:6] + v[7:10]) % 31] != v[10]:
        return None
    return Verdict(m.start("value"), m.end("value"), "finsk personbeteckning (kontrolltecken)")


RULES = (
    Rule("norwegian_birth_number", _NO_FNR, score=0.8, check=_check_no_fnr),
    Rule("finnish_personal_id", _FI_HETU, score=0.85, check=_check_fi_hetu),
)

"""Dates of birth with the day written in words, as Spanish and Portuguese papers and letters write a date out:
"tres de enero de 2002", "veintiuno de marzo de 1985", "primero de mayo de 1990", "dois de maio de 1979".

The Gregorian rules read a day in figures; a Spanish or Portuguese day in words before "de", the month and "de"
and the year is the same date. After a birth word (Swedish "född", "f.", Spanish "nacido el" or "fecha de nacimiento es
el", Portuguese "nascida em", English "born") or alone in a birth column's cell (``worded_birth_value``), a real day
of the past is a date of birth.
"""

from __future__ import annotations

import datetime as _dt
import re

from redact.detect.patterns import Verdict, compile_, compile_rule, real_date

_SPANISH_DAYS = (
    ("uno", "primero", "primer"), ("dos",), ("tres",), ("cuatro",), ("cinco",), ("seis",), ("siete",), ("ocho",),
    ("nueve",), ("diez",), ("once",), ("doce",), ("trece",), ("catorce",), ("quince",), ("dieciséis", "dieciseis"),
    ("diecisiete",), ("dieciocho",), ("diecinueve",), ("veinte",), ("veintiuno", "veintiún"),
    ("veintidós", "veintidos"), ("veintitrés", "veintitres"), ("veinticuatro",), ("veinticinco",),
    ("veintiséis", "veintiseis"), ("veintisiete",), ("veintiocho",), ("veintinueve",), ("treinta",),
    ("treinta y uno", "treinta y un"))
_PORTUGUESE_DAYS = (
    ("um", "primeiro"), ("dois",), ("três", "tres"), ("quatro",), ("cinco",), ("seis",), ("sete",), ("oito",),
    ("nove",), ("dez",), ("onze",), ("doze",), ("treze",), ("catorze", "quatorze"), ("quinze",),
    ("dezesseis", "dezasseis"), ("dezessete", "dezassete"), ("dezoito",), ("dezenove", "dezanove"), ("vinte",),
    ("vinte e um",), ("vinte e dois",), ("vinte e três", "vinte e tres"), ("vinte e quatro",), ("vinte e cinco",),
    ("vinte e seis",), ("vinte e sete",), ("vinte e oito",), ("vinte e nove",), ("trinta",), ("trinta e um",))
_MONTHS_BY_LANGUAGE = (
    ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
     "diciembre"),
    ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
     "dezembro"),
)
DAYS: dict[str, int] = {}
for _spellings in (_SPANISH_DAYS, _PORTUGUESE_DAYS):
    for _n, _names in enumerate(_spellings, 1):
        for _name in _names:
            DAYS[_name] = _n
MONTHS: dict[str, int] = {name: n for names in _MONTHS_BY_LANGUAGE for n, name in enumerate(names, 1)}
MONTHS["setiembre"] = 9


def _alternation(words: dict[str, int]) -> str:
    """The words longest first, a space standing for any run of spaces."""
    return "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


_WORDED = (rf"(?P<wd>(?i:{_alternation(DAYS)}))[ \t]+(?i:de)[ \t]+(?P<wm>(?i:{_alternation(MONTHS)}))"
           r"[ \t]+(?i:de(?:l)?)[ \t]+(?P<wy>(?:19|20)\d\d)")
# the birth word, Swedish or the paper's own, and the linking word before the date ("född den", "nacido el",
# "nascida em", "born on")
# (or the form's words for the date of birth, as a letter writes them: "mi fecha de nacimiento es el", "a minha data
# de nascimento é")
_CUE = (r"född|födda|föddes|f\.|nacido|nacida|nació|nascido|nascida|nasceu|born"
        r"|fecha[ \t]+de[ \t]+nacimiento(?:[ \t]+es)?|data[ \t]+de[ \t]+nascimento(?:[ \t]+é)?")
_LINK = r"den|el|em|a|on|o"
WORDED_BIRTH = compile_rule(rf"(?<![\w])(?i:{_CUE})(?![^\W\d_])[ \t]*:?[ \t\n]+(?:(?i:{_LINK})[ \t\n]+)?"
                            rf"(?P<date>{_WORDED})(?![\w])")
WORDED_NEEDS = ("föd", "f.", "naci", "nasc", "born")  # ("nacimiento", "nascimento" hold theirs)
_WORDED_VALUE = compile_(_WORDED)


def _worded_ok(m: re.Match[str]) -> bool:
    """The worded date of ``m`` is a real day, not after today."""
    day = DAYS[" ".join(m.group("wd").lower().split())]
    month, year = MONTHS[m.group("wm").lower()], int(m.group("wy"))
    return real_date(year, month, day) and _dt.date(year, month, day) <= _dt.date.today()


def check_worded(text: str, m: re.Match[str]) -> Verdict | None:
    """A date with its day in words after a birth word, when it is a real day of the past."""
    if not _worded_ok(m):
        return None
    return Verdict(m.start("date"), m.end("date"), "födelsedatum med dagen i ord (spanska, portugisiska)")


def worded_birth_value(value: str) -> bool:
    """True for a cell holding nothing but a Spanish or Portuguese date with its day in words ("tres de enero de
    2002"), a real day of the past: a birth column's value."""
    m = _WORDED_VALUE.fullmatch(value.strip())
    return m is not None and _worded_ok(m)

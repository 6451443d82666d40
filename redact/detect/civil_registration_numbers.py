"""The numbers a civil registry abroad gives one person's birth or enrolment, by their own shapes and words:

* a birth certificate of the former Soviet states, its series (a Roman numeral and two letters, Cyrillic or Latin)
  and its six digits after "№" ("І-КР № 441822", "II-МЮ № 512907", "III-BO № 004417"), whatever label stands before;
* a registration's number after the Portuguese and Spanish words for it, "matrícula", "certidão (de nascimento)",
  "registro civil", "acta de nacimiento": a Brazilian birth registration's long run of digit groups ("1184 0155 2016 1
  00087 214 0041187-22") or a shorter register number with its check ("5512047-3").

The label stays outside the mark. Read by ``labelled_id``'s recognizer.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule

# a Roman numeral in Latin or Cyrillic capitals ("І" is Ukrainian), a hyphen, two capitals, "№" or "No", six digits
SOVIET_SERIES = compile_rule(
    r"(?<![\w-])(?P<value>[IVXІ]{1,4}-[A-ZА-ЯЁІЇЄҐ]{2}[ \u00a0]*(?:№|N[oº°]\.?)[ \u00a0]*\d{6})(?![\w])")
# the registry's words, a "nº" or a colon maybe, then digit groups with spaces, dots or a hyphen and a check at the end
_LABEL = (r"(?i:matr[íi]cula|certid[ãa]o(?:[ ]de[ ]nascimento)?|registro[ ]civil|acta[ ]de[ ]nacimiento"
          r"|partida[ ]de[ ]nacimiento)")
REGISTRATION = compile_rule(
    rf"(?<![\w-])(?P<label>{_LABEL})(?:[ \t\u00a0]+(?i:n[º°o]\.?|nr\.?|número|numero))?[ \t\u00a0]*:?[ \t\u00a0]*"
    r"(?P<value>\d{1,7}(?:[ \u00a0.]\d{1,7}){0,9}(?:-[\dXK]{1,2})?)(?![\w]|[-/.]\d)"
)


def _check_series(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start("value"), m.end("value"), "födelsebevisets serie och nummer")


def _check_registration(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    digits = sum(c.isdigit() for c in value)
    # a register's number with its check ("5512047-3"), or a long run of groups (a birth registration's 32 digits)
    if digits < 6 or ("-" not in value and digits < 10):
        return None
    return Verdict(m.start("value"), m.end("value"), f"registreringsnummer efter '{m.group('label').lower()}'")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (
    Rule("soviet_birth_certificate", SOVIET_SERIES, score=0.8, check=_check_series, needs=("№", "no")),
    Rule("civil_registration_number", REGISTRATION, score=0.8, check=_check_registration,
         needs=("matr", "certid", "registro", "acta", "partida")),
)

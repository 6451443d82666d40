"""Personal identity numbers of Brazil, Mexico, South Africa and Ghana, found without a label where the number checks
itself in its own shape or holds a birth date or the country's letters (read by ``labelled_id``'s recognizer,
reported as ID_NUMBER):

* Brazil's CPF (Cadastro de Pessoas Físicas), as the Federal Revenue describes it: nine digits and two mod 11 check
  digits, written in its own dotted shape "123.456.789-09"; one number in a hundred passes both checks, and the
  dots and the dash are no sum's or telephone's;
* Mexico's CURP (Clave Única de Registro de Población), as the National Population Register describes it: four
  letters of the names, the birth date YYMMDD, H or M, the state's two letters, three consonants, a digit or a
  letter for the century and a check digit ("GOMA850312MDFRRL05"): no word or code has the shape;
* South Africa's identity number, as the Department of Home Affairs describes it: the birth date YYMMDD, four
  digits (the sex), the citizenship's digit (0, 1 or 2), a digit (8 or 9) and a Luhn check digit
  ("8503125123088"): a date, the two fixed places and the check let one thirteen-digit number in thousands pass;
* Ghana's national identity card (the Ghana Card) number, as the National Identification Authority prints it: the
  country's three letters "GHA", nine digits and a check digit, each part after a hyphen ("GHA-712345678-4"): no
  case's or firm's number opens with the country's letters and has the two hyphened groups so.

Their labels ("CPF", "CURP", "ID number" after the country) are ``national_id_names``' and
``identity_code_labels``'; a label naming another thing's number before them keeps them.
"""

from __future__ import annotations

import re

from redact.detect.national_ids_abroad import _ALONE_AFTER, _ALONE_BEFORE, _born, _verdict
from redact.detect.patterns import Rule, Verdict, compile_rule, luhn_ok, only_digits, rule_regex


def cpf_ok(value: str) -> bool:
    """Brazil's CPF: nine digits, then two check digits, each the weighted sum (10 or 11 down to 2) times ten,
    mod 11, its last digit; a number of one repeated digit is never given."""
    d = only_digits(value)
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        if sum(int(c) * (n + 1 - i) for i, c in enumerate(d[:n])) * 10 % 11 % 10 != int(d[n]):
            return False
    return True


_CURP_VALUES = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_ok(value: str) -> bool:
    """Mexico's CURP: a birth date in its place (the 17th character a digit for the 1900s, a letter since 2000)
    and its check digit (the characters' values weighted 18 down to 2, ten less the sum mod 10)."""
    v = value.upper()
    if len(v) != 18 or not v[4:10].isdigit() or not v[17].isdigit():
        return False
    if not _born((1900 if v[16].isdigit() else 2000) + int(v[4:6]), int(v[6:8]), int(v[8:10])):
        return False
    total = sum(_CURP_VALUES.index(c) * (18 - i) for i, c in enumerate(v[:17]))
    return (10 - total % 10) % 10 == int(v[17])


def south_african_id_ok(value: str) -> bool:
    """South Africa's identity number: YYMMDD, four digits, the citizenship (0, 1, 2), 8 or 9, a Luhn digit."""
    d = only_digits(value)
    if len(d) != 13 or d[10] not in "012" or d[11] not in "89" or not luhn_ok(d):
        return False
    year, month, day = int(d[:2]), int(d[2:4]), int(d[4:6])
    return _born(1900 + year, month, day) or _born(2000 + year, month, day)


CPF = compile_rule(rf"{_ALONE_BEFORE}(?P<value>\d{{3}}\.\d{{3}}\.\d{{3}}-\d\d){_ALONE_AFTER}")
# four letters, the date, H, M or X, the state's two letters, three consonants, the century's character, the check
CURP = compile_rule(r"(?<![\w-])(?P<value>[A-Z]{4}\d\d[01]\d[0-3]\d[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d)"
                    r"(?![\w-])")
# joined or in the groups the green identity book prints ("850312 5123 088")
SOUTH_AFRICAN_ID = compile_rule(rf"{_ALONE_BEFORE}(?P<value>\d\d[01]\d[0-3]\d(?:\d{{4}}|[ ]\d{{4}}[ ])[012][89]\d)"
                                rf"{_ALONE_AFTER}")

# the country's letters, nine digits and the check digit ("GHA-712345678-4")
GHANA_CARD = compile_rule(rf"{_ALONE_BEFORE}(?P<value>GHA-\d{{9}}-\d){_ALONE_AFTER}")


def _check_cpf(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "brasilianskt CPF (två kontrollsiffror)") if cpf_ok(m.group("value")) else None


def _check_curp(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "mexikanskt CURP (födelsedatum, kontrollsiffra)") if curp_ok(m.group("value")) else None


def _check_south_african(text: str, m: re.Match[str]) -> Verdict | None:
    if not south_african_id_ok(m.group("value")):
        return None
    return _verdict(text, m, "sydafrikanskt id-nummer (födelsedatum, kontrollsiffra)")


def _check_ghana_card(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "ghananskt id-kortsnummer (Ghana Card: landets bokstäver, nio siffror, kontrollsiffra)")


RULES = (
    Rule("brazilian_cpf", CPF, score=0.8, check=_check_cpf, gate=rule_regex(r"\d{3}\.\d{3}\.\d{3}-\d\d")),
    Rule("mexican_curp", CURP, score=0.8, check=_check_curp, gate=rule_regex(r"[A-Z]{4}\d{6}[HMX]")),
    Rule("south_african_identity_number", SOUTH_AFRICAN_ID, score=0.8, check=_check_south_african,
         gate=rule_regex(r"\d{6}[ ]?\d{4}[ ]?[012][89]\d")),
    Rule("ghana_card_number", GHANA_CARD, score=0.8, check=_check_ghana_card, gate=rule_regex(r"GHA-\d{9}-\d")),
)

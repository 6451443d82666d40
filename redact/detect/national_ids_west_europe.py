"""Personal identity numbers of Switzerland, Luxembourg and Germany in their written shapes, found without a label
where the number checks itself (read by ``labelled_id``'s recognizer, reported as ID_NUMBER):

* Switzerland's AHV number (AHVN13, the old-age insurance's number every resident holds), as the Central
  Compensation Office describes it: "756", the country's prefix, nine digits and an EAN-13 check digit, written in
  its dotted groups ("756.1234.5678.97"). Joined, the thirteen digits are a Swiss product's bar code as often, so
  only the dotted shape is read without a label;
* Luxembourg's national identification number (the "matricule"), as the State's register of natural persons
  describes it: the birth date YYYYMMDD, three digits, a Luhn digit and a Verhoeff digit over the first eleven
  ("1985031212307"): a birth date and two checks let one number in a hundred date-like ones pass;
* Germany's pension insurance number (Rentenversicherungsnummer, the "Sozialversicherungsnummer" of the
  Deutsche Rentenversicherung): the area's two digits, the birth date DDMMYY, the surname's first letter, a
  serial of two digits and a check digit over the letter's place in the alphabet and the digits
  ("65 170839 J 003"): a letter between a date and a serial is no other number's shape.

Their labels (the countries' own names, "AHV-Nr.", "matricule", "Rentenversicherungsnummer") are
``national_id_names``'; a label naming another thing's number before them keeps them (``national_ids_abroad``).
"""

from __future__ import annotations

import re

from redact.detect.national_ids_abroad import _ALONE_AFTER, _ALONE_BEFORE, _born, _verdict
from redact.detect.patterns import Rule, Verdict, compile_rule, luhn_ok, only_digits, rule_regex


def ahv_ok(value: str) -> bool:
    """Switzerland's AHV number: 756, nine digits and the EAN-13 check digit (weights 1 and 3 from the left)."""
    d = only_digits(value)
    if len(d) != 13 or not d.startswith("756"):
        return False
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12]))
    return (10 - total % 10) % 10 == int(d[12])


# the Verhoeff scheme's tables: the dihedral group's products, the digits' permutations by place, the inverses
_V_MUL = ("0123456789", "1234067895", "2340178956", "3401289567", "4012395678", "5987604321", "6598710432",
          "7659821043", "8765932104", "9876543210")
_V_PERM = ("0123456789", "1576283094", "5803796142", "8916043527", "9453126870", "4286573901", "2793806415",
           "7046913258")


def verhoeff_ok(digits: str) -> bool:
    """True when the last digit is the Verhoeff check digit of the others."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = int(_V_MUL[c][int(_V_PERM[i % 8][int(ch)])])
    return c == 0


def matricule_ok(value: str) -> bool:
    """Luxembourg's matricule: YYYYMMDD, three digits, a Luhn digit and a Verhoeff digit over the first eleven."""
    d = only_digits(value)
    if len(d) != 13 or d[:2] not in ("19", "20") or not _born(int(d[:4]), int(d[4:6]), int(d[6:8])):
        return False
    return luhn_ok(d[:12]) and verhoeff_ok(d[:11] + d[12])


_RV_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rentenversicherung_ok(value: str) -> bool:
    """Germany's pension insurance number: area, DDMMYY, a letter, two digits, a check digit (the letter as its
    place 01-26, the twelve digits weighted 2 1 2 5 7 1 2 1 2 1 2 1, the products' digit sums, mod 10)."""
    v = value.replace(" ", "").replace("\u00a0", "").upper()
    if not re.fullmatch(r"\d{8}[A-Z]\d{3}", v):
        return False
    day, month, year = int(v[2:4]), int(v[4:6]), int(v[6:8])
    # (the year is two digits: born in the 1900s or since 2000, whichever is past)
    if not (_born(1900 + year, month, day) or _born(2000 + year, month, day)):
        return False
    digits = v[:8] + f"{ord(v[8]) - 64:02d}" + v[9:11]
    total = sum(p // 10 + p % 10 for p in (int(c) * w for c, w in zip(digits, _RV_WEIGHTS)))
    return total % 10 == int(v[11])


AHV = compile_rule(rf"{_ALONE_BEFORE}(?P<value>756\.\d{{4}}\.\d{{4}}\.\d\d){_ALONE_AFTER}")
MATRICULE = compile_rule(rf"{_ALONE_BEFORE}(?P<value>(?:19|20)\d\d[01]\d[0-3]\d\d{{5}}){_ALONE_AFTER}")
# joined or in its groups: "65 170839 J 003", "65170839J003"
RENTENVERSICHERUNG = compile_rule(rf"{_ALONE_BEFORE}(?P<value>\d\d[ ]?[0-3]\d[01]\d\d\d[ ]?[A-Z][ ]?\d{{3}})"
                                  r"(?![\w]|[-/.,]\d)")


def _check_ahv(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "schweiziskt AHV-nummer (kontrollsiffra)") if ahv_ok(m.group("value")) else None


def _check_matricule(text: str, m: re.Match[str]) -> Verdict | None:
    if not matricule_ok(m.group("value")):
        return None
    return _verdict(text, m, "luxemburgskt identifikationsnummer (födelsedatum, två kontrollsiffror)")


def _check_rentenversicherung(text: str, m: re.Match[str]) -> Verdict | None:
    if not rentenversicherung_ok(m.group("value")):
        return None
    return _verdict(text, m, "tyskt försäkringsnummer (födelsedatum, bokstav, kontrollsiffra)")


RULES = (
    Rule("swiss_ahv_number", AHV, score=0.8, check=_check_ahv, gate=rule_regex(r"756\.\d{4}\.")),
    Rule("luxembourg_matricule", MATRICULE, score=0.8, check=_check_matricule, gate=rule_regex(r"\d{13}")),
    Rule("german_pension_insurance_number", RENTENVERSICHERUNG, score=0.8, check=_check_rentenversicherung,
         gate=rule_regex(r"\d{6}[ ]?[A-Z][ ]?\d{3}")),
)

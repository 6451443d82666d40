"""Personal identity numbers of China, South Korea, Thailand and Taiwan, found without a label where the number holds
a birth date or its own written shape and checks itself (read by ``labelled_id``'s recognizer, reported as ID_NUMBER):

* China's resident identity card number (居民身份证号码), as the national standard for citizens' identity
  numbers describes it: a region's six digits, the birth date YYYYMMDD, three digits and a check character (ISO 7064
  MOD 11-2, "X" for ten). Eighteen digits with a birth date in their middle and the check pass for a payment's
  reference only by a rare chance, and a payment's label before them keeps them;
* South Korea's resident registration number (주민등록번호), as the Ministry of the Interior describes it: the birth
  date YYMMDD, a dash, the sex's and century's digit, five digits and a weighted mod 11 check digit
  ("850312-2123459"). Numbers given since October 2020 carry no check in their last digits; those are read after a
  label only (``national_id_names``);
* Thailand's citizen identification number (เลขประจำตัวประชาชน), as the Department of Provincial Administration
  writes it: thirteen digits in the groups 1-4-5-2-1 ("1 1014 04418 22 6"), the first the person's kind (1 to 8),
  the last a weighted mod 11 check digit. The groups are the number's own; joined, it is any thirteen digits;
* Taiwan's national identification number (國民身分證統一編號), as the Ministry of the Interior describes it: the
  household registration's letter, the sex's digit (1 or 2; 8 or 9 on a resident certificate of a foreigner since
  2021), seven digits and a check digit over the letter's two-digit code and the nine digits weighted 1, 9, 8 … 1, 1
  ("A123456789"). A letter and nine digits pass for another code's only by a rare chance;
* Myanmar's national registration card number (NRC), as its registration offices write it: the state's or region's
  number (1 to 14), a slash, the township's short name of two to four romanised syllables each capitalised, the
  citizenship's letter in brackets ("(N)" a citizen's) and six digits ("12/MaYaKa(N)044187"). No check, but the shape is
  the card's own: no case, date or telephone number is written so.
"""

from __future__ import annotations

import re

from redact.detect.national_ids_abroad import _ALONE_AFTER, _ALONE_BEFORE, _born, _verdict
from redact.detect.patterns import Rule, Verdict, compile_rule, mod11_2_check, only_digits, rule_regex


def china_resident_ok(value: str) -> bool:
    """China's resident identity number: six digits of a region, YYYYMMDD, three digits and the MOD 11-2 check."""
    v = value.upper()
    if len(v) != 18 or not v[:17].isdigit() or v[0] not in "12345678" or v[6:8] not in ("19", "20"):
        return False
    if not _born(int(v[6:10]), int(v[10:12]), int(v[12:14])):
        return False
    return v[17] == mod11_2_check(v[:17])


_KR_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
# the seventh digit: the century and the sex (1, 2: a citizen born in the 1900s; 3, 4: since 2000; 5 to 8: a
# foreign resident's, likewise)
_KR_CENTURY = {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1900, "6": 1900, "7": 2000, "8": 2000}


def korean_rrn_ok(value: str) -> bool:
    """South Korea's resident registration number: YYMMDD, the century's digit, five digits, the mod 11 check
    digit (eleven less the weighted sum's remainder, its last digit; for a foreign resident, thirteen less)."""
    d = only_digits(value)
    if len(d) != 13 or d[6] not in _KR_CENTURY:
        return False
    if not _born(_KR_CENTURY[d[6]] + int(d[:2]), int(d[2:4]), int(d[4:6])):
        return False
    total = sum(int(c) * w for c, w in zip(d, _KR_WEIGHTS)) % 11
    return int(d[12]) == ((11 if d[6] in "1234" else 13) - total) % 10


def thai_id_ok(value: str) -> bool:
    """Thailand's citizen identification number: thirteen digits, the first 1 to 8, the last eleven less the
    first twelve's sum weighted 13 down to 2, mod 11, its last digit."""
    d = only_digits(value)
    if len(d) != 13 or d[0] not in "12345678":
        return False
    return int(d[12]) == (11 - sum(int(c) * (13 - i) for i, c in enumerate(d[:12])) % 11) % 10


# the letters' codes: A to H 10 to 17, then J to N 18 to 22, P to V 23 to 29, X, Y, W, Z, I, O as the register added them
_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def taiwan_id_ok(value: str) -> bool:
    """Taiwan's national identification number: a letter, the sex's digit, seven digits, the weighted check digit."""
    if len(value) != 10 or value[0] not in _TW_LETTERS or not value[1:].isdigit() or value[1] not in "1289":
        return False
    code = _TW_LETTERS[value[0]]
    total = code // 10 + 9 * (code % 10) + sum(int(c) * w for c, w in zip(value[1:9], range(8, 0, -1))) + int(value[9])
    return total % 10 == 0


CHINA_RESIDENT = compile_rule(rf"{_ALONE_BEFORE}(?P<value>[1-8]\d{{5}}(?:19|20)\d\d[01]\d[0-3]\d\d{{3}}[\dXx])"
                              rf"{_ALONE_AFTER}")
KOREAN_RRN = compile_rule(rf"{_ALONE_BEFORE}(?P<value>\d\d[01]\d[0-3]\d-[1-8]\d{{6}}){_ALONE_AFTER}")
TAIWAN_ID = compile_rule(rf"{_ALONE_BEFORE}(?P<value>[A-Z][1289]\d{{8}}){_ALONE_AFTER}")
THAI_ID = compile_rule(rf"{_ALONE_BEFORE}(?P<value>[1-8][ -]\d{{4}}[ -]\d{{5}}[ -]\d\d[ -]\d){_ALONE_AFTER}")


MYANMAR_NRC = compile_rule(rf"{_ALONE_BEFORE}(?P<value>(?:1[0-4]|[1-9])/[A-Z][a-z]{{0,2}}(?:[A-Z][a-z]{{0,2}}){{1,3}}"
                          rf"\((?:N|E|P|C|AC|NC|V|M|Naing)\)[ ]?\d{{6}}){_ALONE_AFTER}")


def _check_myanmar(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "myanmariskt NRC (delstat, ort, medborgarskap, nummer)")


def _check_china(text: str, m: re.Match[str]) -> Verdict | None:
    if not china_resident_ok(m.group("value")):
        return None
    return _verdict(text, m, "kinesiskt identitetsnummer (födelsedatum, kontrolltecken)")


def _check_korea(text: str, m: re.Match[str]) -> Verdict | None:
    if not korean_rrn_ok(m.group("value")):
        return None
    return _verdict(text, m, "sydkoreanskt registreringsnummer (födelsedatum, kontrollsiffra)")


def _check_taiwan(text: str, m: re.Match[str]) -> Verdict | None:
    if not taiwan_id_ok(m.group("value")):
        return None
    return _verdict(text, m, "taiwanesiskt id-nummer (kontrollsiffra)")


def _check_thai(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "thailändskt id-nummer (kontrollsiffra)") if thai_id_ok(m.group("value")) else None


RULES = (
    Rule("chinese_resident_identity_number", CHINA_RESIDENT, score=0.8, check=_check_china,
         gate=rule_regex(r"\d{17}")),
    Rule("korean_resident_registration_number", KOREAN_RRN, score=0.8, check=_check_korea,
         gate=rule_regex(r"\d{6}-\d{7}")),
    Rule("thai_citizen_identification_number", THAI_ID, score=0.8, check=_check_thai,
         gate=rule_regex(r"\d[ -]\d{4}[ -]\d{5}[ -]")),
    Rule("taiwanese_national_identification_number", TAIWAN_ID, score=0.8, check=_check_taiwan,
         gate=rule_regex(r"[A-Z][1289]\d{8}")),
    Rule("myanmar_national_registration_card", MYANMAR_NRC, score=0.8, check=_check_myanmar,
         gate=rule_regex(r"[a-z]\([A-Z][a-z]{0,4}\)[ ]?\d{6}")),
)

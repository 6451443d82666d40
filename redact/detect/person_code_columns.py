"""A column of codes of mixed shapes in a table whose rows are persons: the persons' identifiers.

``redact.detect.code_columns`` takes a loose column (a header nobody listed, in a table of persons) when its
cells share one shape. A register often mixes shapes in one column: a boat's MMSI beside a hull's CIN, a
passport beside a foreign ID card, a Swedish plate beside a foreign one, a parcel's number of any post.
Header words cannot be listed one by one (the next register brings a new one), so the cells decide: each a
code (capital letters and digits, digits enough, no lower-case word), none repeated, no cell a date, an
amount, a quantity, a time, a postcode or a telephone number. The header still overrules the cells when it
names what the authority, a company or a thing owns ("Dnr", "Prot.", "Rum", "Linje", "Artikel").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.phone import WHOLE_CELL_PHONE

# capital letters, digits and the joins of a code ("SE-NIM04412H505", "211 408 736", "KLM-482 (FI)")
# (another alphabet's capitals and the number sign too: a birth certificate's series, "І-КР № 441822")
_CODE = re.compile(r"^[A-ZÅÄÖÆØÜ\u0400-\u042f0-9][A-ZÅÄÖÆØÜ\u0400-\u042f0-9 ./:№\-]*[A-ZÅÄÖÆØÜ\u0400-\u042f0-9]"
                   r"(?: \([A-Z]{1,3}\))?$")
_NOT_A_CODE = re.compile(
    r"^(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?"  # a date ("12/7", "2026-11-25")
    r"|(?:19|20)?\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"  # a date of birth in digits ("19850312")
    r"|.*(?<![A-ZÅÄÖ])(?:JAN|FEB|MAR|APR|MAJ|MAY|JUN|JUL|AUG|SEP|OKT|OCT|NOV|DEC)[A-Z]{0,6}(?![A-ZÅÄÖ]).*"  # "12 MAR 1985"
    r"|\d{1,2}[:.]\d\d(?:\s*[-–]\s*\d{1,2}[:.]\d\d)?"  # a time or a span of times
    r"|\d{3} \d{2}"  # a postcode
    r"|(?:[A-ZÅÄÖ]{1,5}[- ]?)?(?:19|20)\d\d[-/:]\d+(?:[-/]\d+)?"  # a serial of the year: a case's, an invoice's
    r"|[A-ZÅÄÖ]{1,5}[- ]?\d+/\d+"  # a case by year after the slash ("KS 112/26")
    rf"|{WHOLE_CELL_PHONE}"  # a telephone number
    r"|(?:BG|PG|Bg|Pg)[ :.]?.*"  # a giro number: the bank rules take it
    r")$"
)
# a personnummer or an organisation number, other rules' to find
_PERSONNUMMER = re.compile(r"^(?:19|20)?\d{6}[-+]?\d{4}$")
_EMPTY = frozenset({"", "-", "–", "—", "?"})

# Headers of what is no person's: the authority's own cases and papers, a company's, a thing's or a place's
# number ("Dnr", "Prot.", "Vår ref", "Org.nr", "Rum", "Plats", "Linje", "Flyg", "Artikel", "Enhet").
_NOT_PERSONS = (
    "dnr", "diarie", "ärende", "mål", "beslut", "prot", "protokoll", "vår", "ref", "referens", "löpnr", "nr",
    "faktura", "ver", "verifikation", "order", "org", "organisation", "företag", "bolag", "leverantör", "lev",
    "fastighet", "objekt", "artikel", "art", "produkt", "vara", "varor", "modell", "typ", "rum", "sal", "säte",
    "stol", "plats", "hylla", "linje", "rutt", "tur", "flyg", "tåg", "buss", "rad", "sida", "bilaga", "paragraf",
    "enhet", "station", "hus", "lgh", "lägenhet", "kurs", "klass", "grupp", "belopp", "summa", "antal", "konto",
    "tid", "datum", "kl", "period", "vecka",
    # an entry or an inventory number in the authority's own register ("Post" over "HG-41", "Inventarienr")
    "post", "inventarie", "inv", "serie", "serienummer",
    # a payment's account: a bank or giro rule decides ("Utbetalning till" over "BG 5144-2093")
    "utbetalning", "betalning", "bankgiro", "plusgiro", "bg", "pg", "iban", "clearing",
)
_WORD = re.compile(r"[a-zåäöéü]+")


def _names_no_persons(header: str) -> bool:
    """True when the header's first word names a number no person holds ("Dnr", "Rum", "Prot.", "Artikelnr")."""
    # a PDF's reading may split a word at a glyph gap ("Inventarien r"): the header is tried without its spaces too
    for words in (_WORD.findall(header.lower()), _WORD.findall(header.lower().replace(" ", ""))):
        if not words:
            continue
        first = words[0]
        # "Artikelnr", "Rumsnummer": the head of a -nr compound
        head = re.sub(r"(?:s?nr|s?nummer)$", "", first)
        if first in _NOT_PERSONS or (head != first and head.rstrip("s") in _NOT_PERSONS):
            return True
    return False


def _kind(value: str) -> str:
    """What a cell holds: "empty", "code", "word" (no digit: "kajak", "saknas") or "other" (a date, a sum …)."""
    v = " ".join(value.split())
    if v in _EMPTY:
        return "empty"
    digits = sum(c.isdigit() for c in v)
    if not digits:
        return "word"
    if _PERSONNUMMER.match(v):
        return "held"  # a personnummer or an organisation number: other rules take it, and it says whose the row is
    if not _CODE.match(v) or _NOT_A_CODE.match(v):
        return "other"
    letters = sum(c.isalpha() for c in v)
    if letters and digits >= 2 and len(v.replace(" ", "")) >= 5:
        return "code"
    if not letters and _date_digits(v):
        return "other"  # a date of birth however it is grouped ("12031985", "1985 03 12"): the birth-date rules
    if not letters and digits >= 7:
        return "code"  # a customer's, a licence's or a vessel's number of digits only ("8812405", "211 408 736")
    return "other"


def _date_digits(value: str) -> bool:
    """True when the digits of a value read as a date: year, month and day in either order ("19850312", "12031985")."""
    d = "".join(c for c in value if c.isdigit())
    if len(d) != 8:
        return False

    def day_month(dd: str, mm: str) -> bool:
        return 1 <= int(mm) <= 12 and 1 <= int(dd) <= 31

    year_first = d[:2] in ("19", "20") and day_month(d[6:], d[4:6])
    return year_first or (d[4:6] in ("19", "20") and (day_month(d[:2], d[2:4]) or day_month(d[2:4], d[:2])))


def _serials_of_year(codes: Sequence[str]) -> bool:
    """True when every code opens with one short number, a year's ("26-0211", "26-0214"): the authority's serials."""
    firsts = {re.split(r"[- /]", " ".join(c.split()), maxsplit=1)[0] for c in codes if c.strip() not in _EMPTY}
    return len(codes) >= 2 and len(firsts) == 1 and next(iter(firsts)).isdigit() and len(next(iter(firsts))) in (2, 4)


def person_code_spans(values: Sequence[tuple[int, int]], header: str, text: str) -> list[tuple[int, int]]:
    """The spans of a loose column of a table of persons that hold the persons' codes, or none: two codes at
    least, none repeated, no cell a date, a sum or another number, words (a boat "kajak") a third at most."""
    if _names_no_persons(header):
        return []
    kinds = [_kind(text[a:b]) for a, b in values]
    codes = [" ".join(text[a:b].split()) for (a, b), k in zip(values, kinds) if k == "code"]
    if len(codes) < 2 or "other" in kinds or len(set(codes)) < len(codes):
        return []
    if kinds.count("word") * 3 > len(codes):
        return []
    if _serials_of_year(codes):
        return []
    # numbers of digits only are codes only beside codes with letters (an MMSI beside a hull's CIN): a column of
    # digits alone is a sum's, a count's or a date's as often as a person's
    if not any(ch.isalpha() for c in codes for ch in c):
        return []
    return [(a, b) for (a, b), k in zip(values, kinds) if k == "code"]

"""A code whose capital letters lead digits shaped as a telephone number: "SR 0581-2351", "VA 0470-1188", "HDa-KORT
0441 8220 73".

A register's code may be a few capitals, a space and digits with a trunk zero and a dash ("skyddsrum SR 0581-2351",
a shelter's id), and the phone rule reads the digits as an area code and a subscriber's number. Nobody writes a
phone that way: before a telephone number stand a label in words ("tfn", "Tel.", "mobil") or nothing, never two
to four capitals of their own. So a phone finding right after such letters, or begun by them, is the code: the
letters go in (left out, they name the register and the figures beside them), and it is an identifier.

A code that is one of the document's own case numbers ("FK 027-441820" in the column under "Ärende", its digits
a phone's shape) is the body's and no one's: it goes, as the case's number does wherever else a rule reads it.

Letters that are a phone's label ("TEL", "FAX", "SMS"), a company's form ("Bygg AB 08-…", the firm's phone) or a
service's ("SOS") are not a code's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.case_headings import names_case
from redact.detect.id_label_prefixes import id_label_at
from redact.types import Finding

# capitals a phone stands after without being a code's digits: labels, company forms, a bank's giro labels
_NOT_CODES = frozenset({
    "TEL", "TFN", "TLF", "FAX", "SMS", "MMS", "MOB", "GSM", "VX", "VXL", "DIR", "HEM", "ARB", "NR", "NUMMER",
    "BG", "PG", "OCR", "AB", "HB", "KB", "OY", "AS", "ASA", "APS", "LTD", "INC", "SOS", "VD", "JOUR", "KL", "CA",
})
# the letters alone on their side: the line's start, a space, a bracket or a colon before them, one space after
# (or the issuer's letters, a small one among them, and its series' word in capitals after a hyphen: a college's card
# "HDa-KORT 0441 8220 73", the series named as the body names its cards)
_LETTERS_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))"
                             r"(?P<letters>[A-ZÅÄÖ]{2,4}|[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3}-[A-ZÅÄÖ]{2,5})"
                             r"[ \t\u00a0]$")
_LETTERS_AT_START = re.compile(r"(?P<letters>[A-ZÅÄÖ]{2,4})[ \t\u00a0](?=0\d)")


def _code_letters(text: str, start: int) -> int | None:
    """Where the code's letters begin when they stand right before ``start``, else None."""
    m = _LETTERS_BEFORE.search(text, max(0, start - 12), start)
    if m is None or m.group("letters") in _NOT_CODES:
        return None
    return m.start()


def codes_read_as_phones(findings: list[Finding], text: str, cases: frozenset[str] = frozenset()) -> list[Finding]:
    """The phone findings that are a lettered code's digits, as identifiers with their letters; none where the code is
    one of ``cases``, the document's own case numbers."""
    out = []
    for f in findings:
        if f.category == "PHONE" and f.start is not None and f.end is not None:
            m = _LETTERS_AT_START.match(text, f.start, f.end)
            at = f.start if m is not None and m.group("letters") not in _NOT_CODES else _code_letters(text, f.start)
            if at is not None and id_label_at(text, at, f.start if m is None else m.end()):
                # a country's name for its personal number ("CPR 090175-1226"): the number is one, its label stays out
                f = replace(f, category="ID_NUMBER") if m is None else replace(
                    f, start=m.end(), text=text[m.end():f.end], category="ID_NUMBER")
            elif at is not None and names_case(text[at:f.end], cases):
                continue
            elif at is not None:
                f = replace(f, start=at, text=text[at:f.end], category="ID_NUMBER")
        out.append(f)
    return out

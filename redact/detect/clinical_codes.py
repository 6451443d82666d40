"""Clinical and classification codes beside their system's name: no identifier of a person.

A dental record writes the tooth by its FDI number ("FDI 36", a bridge over "FDI 44–46"), a diagnosis by its ICD code
("ICD-10 K08.1"), a drug by its ATC code ("ATC A10AB05"), a procedure by its KVÅ code ("KVÅ DV200"), a dental fee
by the price list's code ("TLV 301") and a business by its industry code ("SNI 86.230"). The codes are the same in
every patient's record and name no one; a tagger or a column's rule that reads one as an identifier (or the system's
letters as a name) is dropped. A patient's own number never stands right after one of these system names.
"""

from __future__ import annotations

import re

from redact.types import Finding

_CODE = re.compile(
    r"(?<![\w-])(?:"
    # a tooth, or a span of teeth, in the two-digit FDI notation (quadrant 1–8, tooth 1–8)
    r"FDI[ \t]+[1-8][1-8](?:[ \t]*[–-][ \t]*[1-8][1-8])?"
    # a diagnosis in ICD-10 (the Swedish edition too)
    r"|ICD(?:-1[01])?(?:-SE)?[ \t]*:?[ \t]*[A-Z]\d{2}(?:\.\d{1,2}[A-Z]?)?"
    # a drug's anatomical therapeutic chemical code, of its full seven characters or a level above
    r"|ATC(?:-kod)?[ \t]*:?[ \t]*[A-V]\d{2}(?:[A-Z]{1,2}(?:\d{2})?)?"
    # a procedure in the Swedish classification of care measures
    r"|KVÅ(?:-kod)?[ \t]*:?[ \t]*[A-Z]{2,3}\d{2,3}"
    # a dental care fee's code in the price list of the dental and pharmaceutical benefits agency
    r"|TLV(?:-kod)?[ \t]*:?[ \t]*\d{3}"
    # a business's industry code
    r"|SNI(?:[ \t]+20\d\d)?(?:-kod)?[ \t]*:?[ \t]*\d{2}(?:\.\d{1,3})?"
    r")(?![\w-])")

# what a code's reading may be taken for: an identifier, a name, a piece of an address or a phone
_CATEGORIES = ("ID_NUMBER", "PERSON", "ADDRESS", "PHONE", "POSTAL_CODE")


def drop_clinical_codes(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without those that lie inside a clinical or classification code (see the module docstring)."""
    if not any(s in text for s in ("FDI", "ICD", "ATC", "KVÅ", "TLV", "SNI")):
        return findings
    spans = [(m.start(), m.end()) for m in _CODE.finditer(text)]
    if not spans:
        return findings
    return [f for f in findings if not (
        f.category in _CATEGORIES and f.start is not None and f.end is not None
        and any(a <= f.start and _end_of_text(text, f.start, f.end) <= b for a, b in spans))]


def _end_of_text(text: str, start: int, end: int) -> int:
    """The finding's end without a closing full stop or comma ("TLV 423." read with the sentence's stop)."""
    while end > start and text[end - 1] in ".,;":
        end -= 1
    return end

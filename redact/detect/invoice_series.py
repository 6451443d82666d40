"""The body's own invoice after the invoice's word, numbered in a series of the body's register: "Beställning RA-K
2027:1184, faktura RA-F 27-4418".

A body numbers its registers by its own letters and a series' letter after a hyphen ("RA-K" its copy orders, "RA-F"
its invoices). Where the document's cases are known in one series, an invoice's number after the invoice's word,
the same body's letters and another series' letter, is the body's invoice, no number it gave a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# the invoice's word right before the code ("faktura RA-F 27-4418", "Fakturanr: RA-F 27-4418")
_INVOICE = re.compile(r"(?<![\w-])(?:[Ff]aktura|[Ff]akturanr\.?|[Ff]akturanummer)[ \t]*:?[ \t]+"
                      r"(?P<code>(?P<body>[A-ZÅÄÖ]{2,5})-[A-ZÅÄÖ]{1,3}[ ]\d{2,4}[-/:]\d{3,6})(?![\w/-]|[.,:]\d)")
# a code's body letters before its series' letter ("RA" of "RA-K 2027:1184")
_BODY = re.compile(r"(?P<body>[A-ZÅÄÖ]{2,5})-[A-ZÅÄÖ]{1,3}[ ]\d")


def invoices_of_case_series(texts: Iterable[str], cases: Iterable[str]) -> set[str]:
    """The invoices' numbers after the invoice's word whose body letters are those of one of ``cases``."""
    bodies = {m.group("body") for c in cases if (m := _BODY.match(c)) is not None}
    if not bodies:
        return set()
    return {m.group("code") for text in texts for m in _INVOICE.finditer(text) if m.group("body") in bodies}

"""The kind of region written after the town of an address abroad, in the region's own language: "92101 Hiiu
maakond" (an Estonian county), "Kose vald" (a parish), "Jelgavas novads" (a Latvian municipality), "Utenos
rajonas" (a Lithuanian district), "Pest megye" (a Hungarian county), "Poltavska oblast" (a Ukrainian region).

The region's name before the word is found with the town or alone; the lower-case word after it was left readable,
and the region's name with it. It is part of the address that ends with it: an address or a postal code and its town
with a number, the word right after its last capitalised word.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.types import Finding

# the region's kind word, as the country writes it after the region's name (lower case)
_REGION_WORD = re.compile(
    r"[ \t]+(?:maakond|vald|novads|pagasts|rajonas|raj\.|apskritis|r\.[ \t]?sav\.|sav\.|megye|županija|zupanija|"
    r"oblast|oblast'|oblys|raion|rayon|область|обл\.|район|р-н|облысы|ауданы|аймаг|сум|дүүрэг)(?![\w-])")
_CATEGORIES = ("ADDRESS", "POSTAL_CODE")


def with_region_word_after(f: Finding, text: str) -> Finding:
    """An address or a postal code and its town ending in a region's name, with the region's kind word after it."""
    if (f.category not in _CATEGORIES or f.start is None or f.end is None or not any(c.isdigit() for c in f.text)
            or not f.text.split()[-1][:1].isupper()):
        return f
    m = _REGION_WORD.match(text, f.end)
    if m is None:
        return f
    return replace(f, end=m.end(), text=text[f.start:m.end()])

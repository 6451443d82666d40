"""A table's heading and its first header cell read as a person by the learned tagger ("Studenter" / "Student",
"Elever" / "Elevnr", "Fordon" / "Fordonstyp"): a section's heading names in the plural what the table's first
column holds, so the two lines share a stem, and neither word is in a name list.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-ZÅÄÖÉÜ][a-zåäöéü]+")
_STEM = 4  # letters the two words share from their start, at least


def heading_over_header(text: str, a: int, b: int) -> bool:
    """True for a span of two lines of one capitalised word each, sharing a stem, neither a listed name."""
    from redact.detect.name_words import unlisted

    lines = [line.strip() for line in text[a:b].split("\n")]
    if len(lines) != 2 or not all(_WORD.fullmatch(w) for w in lines):
        return False
    first, second = (w.lower() for w in lines)
    shared = next((n for n, (x, y) in enumerate(zip(first, second)) if x != y), min(len(first), len(second)))
    return shared >= _STEM and all(unlisted(w) for w in lines)

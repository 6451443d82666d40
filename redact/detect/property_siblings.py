"""A property's designation written again with another number of the same area and block: "Älvhem Lodjuret 4 och
ÄLVHEM LODJURET 5", "Sörby Mjölnaren 2 och 3". A register's designation is the area, the block and the unit's number;
the rule reads the area by its capitals or a listed register area, so the same designation written in ordinary case
beside a found one stays readable. The area and block a finding holds on the page, with another number, are a property
of the same register.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.types import Finding

# a designation: the area of one or two words, the block, the unit's number (with its part after a colon)
_DESIGNATION = re.compile(r"(?P<area>[^\W\d_]+(?:[ -][^\W\d_]+)?)[ \t]+(?P<block>[^\W\d_]+)[ \t]+\d{1,4}(?::\d{1,4})?")
_SCORE = 0.8


def with_sibling_properties(findings: list[Finding], text: str, page: int) -> list[Finding]:
    """The findings, with each uncovered designation of a found property's area and block and another number added."""
    found = [f for f in findings if f.category == "PROPERTY" and f.status != "rejected" and f.start is not None]
    if not found:
        return findings
    # (a name read in the area and block, "Sörhamn Lodjuret", gives way to the designation it is a part of)
    taken = [(f.start, f.end) for f in findings if f.start is not None and f.end is not None and f.category != "PERSON"]
    added: list[Finding] = []
    for f in found:
        m = _DESIGNATION.fullmatch(" ".join(f.text.split()))
        if m is None:
            continue
        sibling = re.compile(rf"(?i)(?<![\w-]){re.escape(m['area'])}\s+{re.escape(m['block'])}[ \t]+\d{{1,4}}(?::\d{{1,4}})?"
                             r"(?![\w:-])")
        for s in sibling.finditer(text):
            a, b = s.span()
            if any(x < b and a < y for x, y in taken):
                continue
            taken.append((a, b))
            added.append(replace(f, id=f"p{page}-ps{a}", start=a, end=b, text=text[a:b], score=min(f.score, _SCORE),
                                 detector="property", reason="samma trakt och block som fastigheten på sidan"))
    if not added:
        return findings
    spans = [(g.start, g.end) for g in added]
    findings = [g for g in findings if not (g.category == "PERSON" and g.start is not None and g.end is not None
                                            and any(a <= g.start and g.end <= b for a, b in spans))]
    merged = sorted(findings + added, key=lambda g: (g.start or 0, g.end or 0, g.category))
    return [replace(g, id=f"p{page}-{n}") for n, g in enumerate(merged)]

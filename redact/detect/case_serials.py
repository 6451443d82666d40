"""The authority's own case serials in a table's first column: "41877" in a row when the text says "Ärenden TRV
2026/41877 till TRV 2026/41893".

A register lists its cases by the serial of their case number alone; the letterhead or the heading gives the
series, one number or the range the list covers. A bare number the text writes as the serial of such a case number,
or one inside the stated range, is the case's, never a person's identifier (the learned tagger reads a lone
number at a row's start as one, and the case number would then be masked wherever it is written).
"""

from __future__ import annotations

import re

from redact.types import Finding

# a case number: the series' letters, the year, a slash, a dash or a colon and the serial ("TRV 2026/41877", "BN
# 2026-0493", "HP 2026:0331" as a series of investigations is numbered)
_SERIES = r"[A-ZÅÄÖ]{2,6}[ \t\u00a0](?:19|20)\d\d[/:-]"
_CODE = re.compile(rf"{_SERIES}(?P<serial>\d{{3,6}})(?!\d)")
# a range of case numbers: "TRV 2026/41877 till TRV 2026/41893", "BN 2026-0401–0433"
_RANGE = re.compile(rf"{_SERIES}(?P<first>\d{{3,6}})[ \t\n]*(?:till|–|-|—)[ \t\n]*(?:{_SERIES})?(?P<last>\d{{3,6}})(?!\d)")
_BARE = re.compile(r"\d{3,6}")


def _serials(text: str) -> tuple[set[str], list[tuple[int, int, int]]]:
    """The serials of the case numbers the text writes, and the ranges it states (first, last, digits)."""
    serials = {m.group("serial") for m in _CODE.finditer(text)}
    ranges = [(int(m.group("first")), int(m.group("last")), len(m.group("last"))) for m in _RANGE.finditer(text)
              if len(m.group("first")) == len(m.group("last"))]
    return serials, ranges


def drop_case_serials(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without the identifiers that are the document's own case serials (see the module docstring)."""
    if not any(f.category == "ID_NUMBER" and _BARE.fullmatch(f.text.strip()) for f in findings):
        return findings
    serials, ranges = _serials(text)
    if not serials:
        return findings

    def serial(value: str) -> bool:
        v = value.strip()
        return v in serials or any(a <= int(v) <= b and len(v) == n for a, b, n in ranges)

    return [f for f in findings if not (f.category == "ID_NUMBER" and _BARE.fullmatch(f.text.strip())
                                        and serial(f.text))]

"""A letter's dateline, the place it was written and the day ("Östersund den 22 november 2027"): no home and no birth
date.

A letter ends with where and when it was signed, on a line of its own above the signature. The learned tagger may
read the town and the date as an address, or the date as someone's birth date. The line is the writer's place and
the letter's day: a finding of an address or a birth date inside it, and of nothing else, is dropped.
"""

from __future__ import annotations

import re

from redact.detect.month_names import MONTHS
from redact.types import Finding

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# the place (one or two capitalised words), perhaps a comma, "den", then the day, the month in letters and the year,
# or the date in figures ("Ekby den 2027-11-22"); alone on its line ("den" says the day a letter was written: a
# register's cell of a birthplace and a birth date has none)
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-ZÅÄÖ][a-zåäöé-]+(?:[ \t][A-ZÅÄÖ][a-zåäöé-]+)?,?[ \t]+den[ \t]+"
    rf"(?:\d{{1,2}}[ \t]+(?i:{_MONTH})\.?[ \t]+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)[ \t]*$")


def drop_dateline_findings(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without addresses and birth dates that lie inside a letter's dateline (see module)."""
    lines = [m.span() for m in _DATELINE.finditer(text)]
    if not lines:
        return findings
    return [f for f in findings if not (
        f.category in ("ADDRESS", "DATE_OF_BIRTH") and f.start is not None and f.end is not None
        and any(a <= f.start and f.end <= b for a, b in lines))]

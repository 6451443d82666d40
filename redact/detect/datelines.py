"""A letter's dateline, the place it was written and the day ("Östersund den 22 november 2027"): no home and no birth
date.

A letter ends with where and when it was signed, on a line of its own above the signature. The learned tagger may
read the town and the date as an address, or the date as someone's birth date. The line is the writer's place and
the letter's day: a finding of an address or a birth date inside it, and of nothing else, is dropped. A name reader
may take the place and "den" for a person where the line follows a table of names ("Uppsala den" read as the next
row's name): a person's finding ending in "den" there is dropped too (the place alone is left to the name rules).
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
    r"(?m)^[ \t]*(?P<place>[A-ZÅÄÖ][a-zåäöé-]+(?:[ \t][A-ZÅÄÖ][a-zåäöé-]+)?),?[ \t]+den[ \t]+"
    rf"(?:\d{{1,2}}[ \t]+(?i:{_MONTH})\.?[ \t]+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)[ \t]*$")


def drop_dateline_findings(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without addresses and birth dates that lie inside a letter's dateline, and without a person read
    over its place and "den" (see module)."""
    matches = list(_DATELINE.finditer(text))
    if not matches:
        return findings
    lines = [m.span() for m in matches]
    return [f for f in findings if not (f.start is not None and f.end is not None and (
        (f.category in ("ADDRESS", "DATE_OF_BIRTH") and any(a <= f.start and f.end <= b for a, b in lines))
        or (f.category == "PERSON" and any(_place_read_as_person(f, m) for m in matches))))]


def _place_read_as_person(f: Finding, m: re.Match[str]) -> bool:
    """True for a person's finding over a dateline's place that takes in the "den" after it ("Uppsala den", a table's
    name column read on into the line after the table): no name has "den" for its last word."""
    assert f.start is not None and f.end is not None
    return m.start("place") <= f.start and f.end <= m.end() and f.text.split()[-1:] == ["den"]

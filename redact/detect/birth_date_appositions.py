"""A date of birth written a second time right after the first, as a gloss set off by a comma and "den": a paper's
date in its own calendar, then ours ("född Heisei 3-nen 4-gatsu 12-nichi, den 12 april 1991", "f. 3 Hamal 1370,
den 23 mars 1991;").

The conversion rules of ``birth_date_forms`` need a conversion word ("alltså", "motsvarar") or a bracket; here the
comma and "den" alone set the second date beside the first, and what follows it must end the clause (a date with a
verb after it is the next event: "född 1980-02-03, den 4 juni 2001 flyttade hon"). When the first date is ours too,
the second must lie in the same year or the next, as a gloss of the same birth does.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from redact.detect.birth_date_forms import past_day
from redact.types import Finding

#: ", den" and our whole date right after a date, then the clause's end: a stop, a semicolon, a bracket, a line end.
_APPOSED = re.compile(
    r"[ \t]*,[ \t]*(?:\n[ \t]*)?(?i:den)[ \t]+(?:\n[ \t]*)?"
    r"(?P<date>(?P<d>\d{1,2})[ \t]+(?P<m>[a-zåäö]{3,9})[ \t]+(?P<y>(?:19|20)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))"
    r"(?=[ \t]*(?:[.;:,)]|\n|$))")
_GREGORIAN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SCORE = 0.75


def with_apposed_births(findings: list[Finding], text: str, page: int) -> list[Finding]:
    """The findings, with our date after ", den" right behind a date of birth added as the same date of birth."""
    if "den" not in text.lower():
        return findings
    added = []
    year_now = _dt.date.today().year
    for f in findings:
        if f.category != "DATE_OF_BIRTH" or f.status == "rejected" or f.end is None:
            continue
        m = _APPOSED.match(text, f.end)
        if m is None or not past_day(m):
            continue
        year = int(m.group("y") or m.group("iy"))
        # a year to come is another calendar's ("17 Asoj 2041"), not ours
        ours = [int(y) for y in _GREGORIAN_YEAR.findall(f.text) if int(y) <= year_now]
        if ours and min(abs(y - year) for y in ours) > 1:
            continue  # two of our dates years apart: two events, not one birth written twice
        a, b = m.span("date")
        if any(g.category == "DATE_OF_BIRTH" and (g.start or 0) <= a and b <= (g.end or 0) for g in findings + added):
            continue
        added.append(Finding(id=f"p{page}-g{a}", page=page, start=a, end=b, text=text[a:b], category="DATE_OF_BIRTH",
                             score=_SCORE, detector="date_of_birth",
                             reason="samma födelsedatum skrivet en gång till efter ', den'"))
    if not added:
        return findings
    merged = sorted(findings + added, key=lambda g: (g.start or 0, g.end or 0, g.category))
    return [replace(g, id=f"p{page}-{n}") for n, g in enumerate(merged)]

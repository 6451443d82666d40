"""A month's name in a date is no person: "Maj 2026" over a newsletter, "den 3 Maj", "April 2025", a period of
months ("klagomål januari–februari").

"Maj" (and in English text "April", "June", "August") is also a first name, and the model reads a month alone on a
line as one. Written with a year after it or a day number before it, it is a date's month; "Maj Andersson 2026" or
"Maj, 2026" (a name then a year) do not have this shape, since the year must follow the month word itself.
"""

from __future__ import annotations

import re

from redact.detect.birth_cues_abroad import MONTHS_ABROAD
from redact.types import Finding

_MONTHS = frozenset(
    "januari februari mars april maj juni juli augusti september oktober november december "
    "january february march may june july august october".split())
_YEAR_AFTER = re.compile(r"[ \t]*[-–][ \t]*\w+[ \t]+(?:19|20)\d\d(?!\d)|[ \t]+(?:19|20)\d\d(?![\d-])")
_RANGE = re.compile(r"[^\W\d_]+[ \t]*[-–][ \t]*[^\W\d_]+")
_DAY_BEFORE = re.compile(r"(?<![\d])(?:[1-9]|[12]\d|3[01])(?::[ae])?[ \t]+$")
# Another language's month ("14. Mai 2021", "3 marca 1979") only between a day and a year: some are names too
# ("Maja", "Marta"), and a name stands before a year alone ("Maja 2015") but never between a day and a year.
_DAY_BEFORE_ABROAD = re.compile(r"(?<![\d])(?:0?[1-9]|[12]\d|3[01])\.?[ \t]+(?:de[ \t]+)?$")
_YEAR_AFTER_ABROAD = re.compile(r"\.?,?[ \t]+(?:de[ \t]+)?(?:19|20)\d\d(?![\d-])")


def drop_month_dates(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without persons that are only a month's name in a date."""
    def month_of_date(f: Finding) -> bool:
        if f.category != "PERSON" or f.start is None or f.end is None:
            return False
        word = f.text.strip().lower()
        if _RANGE.fullmatch(word) and all(part in _MONTHS for part in re.split(r"[ \t]*[-–][ \t]*", word)):
            return True  # "januari–februari", "Maj–Juni": a period of months, whatever stands around it
        if word not in _MONTHS:
            return (word in MONTHS_ABROAD and bool(_YEAR_AFTER_ABROAD.match(text, f.end))
                    and bool(_DAY_BEFORE_ABROAD.search(text, max(0, f.start - 9), f.start)))
        return bool(_YEAR_AFTER.match(text, f.end) or _DAY_BEFORE.search(text, max(0, f.start - 6), f.start))

    return [f for f in findings if not month_of_date(f)]

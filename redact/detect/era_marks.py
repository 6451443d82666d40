"""An era's mark right after a date is no one's initials: "3/7/1411 AH" (the Hijri year), "2530 BE", "1368 SH".

A date in another calendar carries its era's letters after the year ("AH", Anno Hegirae; "SH", the Solar Hijri;
"AP", the Persian; "BE", the Buddhist era; "BS", the Bikram Sambat); the learned tagger reads the two capitals for a
person's initials. Right after a date's or a year's digits on the same line, in the years of a living person in that
calendar, they are the calendar's (a signer's initials after a date of ours, "12/04/2031 AH", stay initials).
"""

from __future__ import annotations

import re

# the era's letters, with their stops or without, in brackets or not, and the years of a living person's birth in it
ERAS = {"AH": (1300, 1499), "SH": (1280, 1420), "AP": (1280, 1420), "BE": (2440, 2580), "BS": (1960, 2100)}
MARK_LETTERS = r"AH|A\.H\.|SH|S\.H\.|AP|A\.P\.|BE|B\.E\.|BS|B\.S\."
_MARK = re.compile(rf"\(?(?P<era>{MARK_LETTERS})\)?")
# a date's or a year's digits right before, a space between
_DATE_BEFORE = re.compile(r"(?<![\w-])(?:\d{1,2}[./-]\d{1,2}[./-])?(?P<year>\d{4})[ \t]*$")


def era_mark(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` is an era's mark right after a date or a year of that era (see the module's
    docstring)."""
    mark = _MARK.fullmatch(text[a:b].strip())
    date = _DATE_BEFORE.search(text, max(0, a - 16), a) if mark is not None else None
    if mark is None or date is None:
        return False
    low, high = ERAS[mark.group("era").replace(".", "")]
    return low <= int(date.group("year")) <= high


"""Birth dates whose day or year carries a word of its own in a birth column's cell: the Malay day's "hb", short for
"haribulan", "day of the month" ("4hb Mac 1979", "4 haribulan Mac 1979"), and the Tajik "соли", "of the year", before
the year after a month in the izafat ("29 июли соли 1990"). The month's word must be a month's name the project
knows, so that a code's or a sentence's words are no date.
"""

from __future__ import annotations

import re

from redact.detect.birth_cues_abroad import MONTHS_ABROAD
from redact.detect.month_names import MONTHS

_SHAPES = (
    # the Malay day with its "hb" glued or apart, or written out
    re.compile(r"(?P<d>\d{1,2}) ?(?i:hb\.?|haribulan) (?P<m>[^\W\d_]{3,12})\.? (?:19|20)\d\d"),
    # the Tajik year's word before the year
    re.compile(r"(?P<d>\d{1,2}) (?P<m>[^\W\d_]{3,12}) (?i:соли) (?:19|20)\d\d"),
)


def day_year_word_birth_value(value: str) -> bool:
    """True for a cell holding nothing but a whole birth date with a day's or a year's word (see above)."""
    v = " ".join(value.split())
    for shape in _SHAPES:
        if (m := shape.fullmatch(v)) is not None:
            low = m.group("m").lower()
            return 1 <= int(m.group("d")) <= 31 and (low in MONTHS or low in MONTHS_ABROAD)
    return False

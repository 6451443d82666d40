"""The months of Swedish dates (and English ones, in letters and mails from abroad), a day's ordinal word and a
written year's century: shared by the birth-date rules at home, after another language's birth word and by place."""

from __future__ import annotations

import datetime as _dt

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # English, in letters and mails from abroad ("born on 3 March 1936")
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
}

# The day written as an ordinal word ("den tjugoförsta mars 1941"), as in letters and certificates.
_ONES = ("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde")
ORDINALS = {w: n for n, w in enumerate(_ONES, 1)}
ORDINALS.update({"tionde": 10, "elfte": 11, "tolfte": 12, "trettonde": 13, "fjortonde": 14, "femtonde": 15,
                 "sextonde": 16, "sjuttonde": 17, "artonde": 18, "nittonde": 19, "tjugonde": 20, "trettionde": 30,
                 "trettioförsta": 31})
ORDINALS.update({"tjugo" + w: 20 + n for n, w in enumerate(_ONES, 1)})
ORDINAL_DAY = "|".join(sorted(ORDINALS, key=len, reverse=True))
# The day's figure with the ending of its ordinal after a colon, as Swedish writes it: "1:a", "3:e", and the older
# endings of the spoken word ("1:sta", "2:dra", "3:dje", "4:de", "12:te").
ORDINAL_COLON_ENDING = r":(?:sta|dra|dje|te|de|a|e)"


def full_year(written: str) -> int:
    """The year of a date, its century added when only its last two digits are written ("-87", "87")."""
    y = int(written.lstrip("-–'’"))
    if y < 100:
        y += 2000 if 2000 + y <= _dt.date.today().year else 1900
    return y

"""More shapes of a whole birth date a birth column's cell may hold, as the clerk copied it from the person's paper.

A month's short name and the year by its last two digits ("23 Feb 88"), a month's short name in any script between
dashes, the year in four digits or two ("4-Μαρ-1966", "17-okt-84"), a comma after the month ("2nd March, 1990", "9
de octubre, 1983"), the year first with its word and the day joined to the month by a dash, as Uzbek papers write
it ("1988-yil 7-aprel"), or the year's word apart, as Kazakh ones do ("1988 ж. 7 сәуір"), a Chinese paper's year,
month and day in pinyin, each figure with its word after it ("1979 nian 11 yue 3 ri"), and a feast's day with its
year ("midsommarafton 1961"). The month's word must be a month's name in a language the project knows, so that a
code's letters ("12-ABC-1968") are no date.
"""

from __future__ import annotations

import re

from redact.detect.birth_cues_abroad import MONTHS_ABROAD
from redact.detect.feast_day_dates import feast_day_value
from redact.detect.month_names import MONTHS

_SHAPES = (
    re.compile(r"(?P<d>\d{1,2})\.? (?P<m>[^\W\d_]{3,12})\.? \d\d"),
    re.compile(r"(?P<d>\d{1,2})(?P<sep>[-/. ])(?P<m>[^\W\d_]{3,12})\.?(?P=sep)(?:19|20)?\d\d"),
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th|\.)? (?:de )?(?P<m>[^\W\d_]{3,12})\.?, (?:19|20)\d\d"),
    re.compile(r"(?:19|20)\d\d[- ]?[^\W\d_]{1,5}\.? (?P<d>\d{1,2})[- ]?(?P<m>[^\W\d_]{3,12})"),
)


# the pinyin words for year, month and day after each figure, as a Chinese paper's date is romanised
_PINYIN = re.compile(r"(?i)(?:19|20)\d\d[ ]?nian (?P<m>\d{1,2})[ ]?yue (?P<d>\d{1,2})[ ]?(?:ri|hao)")


def _month(word: str) -> bool:
    low = word.lower()
    return low in MONTHS or low in MONTHS_ABROAD


def more_birth_value(value: str) -> bool:
    """True for a cell holding nothing but a whole birth date in one of the shapes above."""
    v = " ".join(value.split())
    if feast_day_value(v):
        return True
    if (pinyin := _PINYIN.fullmatch(v)) is not None:
        return 1 <= int(pinyin.group("m")) <= 12 and 1 <= int(pinyin.group("d")) <= 31
    return any((m := shape.fullmatch(v)) is not None and _month(m.group("m")) and 1 <= int(m.group("d")) <= 31
               for shape in _SHAPES)

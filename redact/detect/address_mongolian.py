"""A Mongolian address in Cyrillic letters, as Mongolia's papers write it: the district, then the quarter, building and
flat each led by its number ("Сүхбаатар дүүрэг, 1-р хороо, 14-р байр, 32 тоот, Улаанбаатар"), and the town.

The same address in Latin letters ("4-r khoroo, 22-r bair, 44 toot") is read by the rules abroad by the shape of its
parts; in Cyrillic none of them applied. Two numbered parts at least make it a home's address.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule

_CAP = r"[А-ЯЁӨҮ][а-яёөү]+(?:-[А-ЯЁӨҮа-яёөү][а-яёөү]+)?"
# the district, sum or province by its name and kind word, or the street by its name and word
_AREA = rf"{_CAP}(?:[ \t]+{_CAP})?[ \t]+(?:дүүрэг|сум|аймаг|гудамж|гудамжны|хороолол|өргөн[ \t]+чөлөө)"
# a numbered part: the quarter, the building, the flat, the floor, the entrance ("4-р хороо", "22-р байр", "44 тоот")
_PART = r"\d{1,4}(?:-?[а-яёөүА-ЯЁӨҮ]{1,3})?[ \t]+(?:хороо|хороолол|байр|тоот|давхар|орц|гудамж|хашаа)(?![а-яёөү])"
_SEP = r"[ \t]*,[ \t]*\n?[ \t]*"
MONGOLIAN = compile_rule(rf"""
    (?<![\w-])
    (?:{_AREA}{_SEP})?
    {_PART}(?:{_SEP}{_PART}){{1,4}}
    (?:{_SEP}{_CAP}(?![\w-]))?
""")
NEEDS = ("хороо", "байр", "тоот")


def check_mongolian(text: str, m: re.Match[str]) -> Verdict | None:
    """The district, the numbered parts and the town, taken whole."""
    return Verdict(m.start(), m.end(), "street address abroad in Mongolia's shape, in Cyrillic", 0.85)

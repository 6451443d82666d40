"""A Mongolian address in Cyrillic letters, as Mongolia's papers write it: the district, then the quarter, building and
flat each led by its number ("Сүхбаатар дүүрэг, 1-р хороо, 14-р байр, 32 тоот, Улаанбаатар"), and the town.

The same address in Latin letters ("4-r khoroo, 22-r bair, 44 toot") is read by the rules abroad by the shape of its
parts; in Cyrillic none of them applied. Two numbered parts at least make it a home's address, in a town as in the
countryside, where a sum's bag stands for the quarter ("Дархан, Шарын гол сум, 3-р баг, 12 байр"), the town before the
district then; and a street by its word with the house's and the flat's numbers ("Чингисийн өргөн чөлөө 12-45",
"Бага тойруу гудамж 8"), its town and postcode after it, is one too.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule

_CAP = r"[А-ЯЁӨҮ][а-яёөү]+(?:-[А-ЯЁӨҮа-яёөү][а-яёөү]+)?"
# the district, sum or province by its name and kind word, or the street by its name and word; the town by its word
# ("Дархан хот", "Darkhan city") where the address opens with the town
_AREA = (rf"{_CAP}(?:[ \t]+[а-яёөүА-ЯЁӨҮ][а-яёөү]+)?[ \t]+(?:дүүрэг|сум|аймаг|гудамж|гудамжны|хороолол|өргөн[ \t]+чөлөө"
         r"|хот)(?![а-яёөү])")
# a numbered part: the quarter, the building, the flat, the floor, the entrance ("4-р хороо", "22-р байр", "44 тоот");
# the flat's number may follow its building's bare, without "тоот" ("7-р байр 31": building 7, flat 31; not a year)
_PART = (r"\d{1,4}(?:-?[а-яёөүА-ЯЁӨҮ]{1,3})?[ \t]+(?:хороо|хороолол|баг|байр(?:[ \t]+\d{1,3}(?![\w-]))?|тоот|давхар|орц"
         r"|гудамж|хашаа)(?![а-яёөү])")
_SEP = r"[ \t]*,[ \t]*\n?[ \t]*"
# a street by its word ("Энхтайвны өргөн чөлөө", "Бага тойруу гудамж") with the house's number, the flat's after a dash
_STREET = rf"{_CAP}(?:[ \t]+{_CAP})?[ \t]+(?:гудамж|өргөн[ \t]+чөлөө)[ \t]+\d{{1,4}}(?:[-/]\d{{1,4}})?(?![\w-])"
# the town with its postcode, and the country, after the home's parts
_TOWN = rf"{_SEP}{_CAP}(?:[ \t]+\d{{5}})?(?![\w-])(?:{_SEP}Монгол(?:[ \t]+Улс)?(?![\w-]))?"
MONGOLIAN = compile_rule(rf"""
    (?<![\w-])
    (?:
        (?:(?:{_CAP}{_SEP})?{_AREA}{_SEP})?
        {_PART}(?:{_SEP}{_PART}){{1,4}}
        |
        {_STREET}
    )
    (?:{_TOWN})?
""")
NEEDS = ("хороо", "байр", "тоот", "баг", "гудамж", "чөлөө")


def check_mongolian(text: str, m: re.Match[str]) -> Verdict | None:
    """The district, the numbered parts and the town, taken whole."""
    return Verdict(m.start(), m.end(), "street address abroad in Mongolia's shape, in Cyrillic", 0.85)

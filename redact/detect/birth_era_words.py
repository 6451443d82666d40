"""A calendar's era mark or year word right after a date of birth is part of how the date is written: "4.12.1391 AH",
"1388/11/08 H" (the Hijri year), "2530 B.E." (the Buddhist era), "21.01.1972 թ." (the Armenian "year"), "14-fevral
1985-yil" (the Uzbek "year", joined by a dash), "05.12.1991 ý." (the Turkmen "year").

Left readable beside a masked date, the word tells the calendar the person's papers are written in. An era's mark is
taken only after a year of that era in the years of a living person's birth ("12/04/2031 AH" keeps a signer's
initials after a date of ours); a year's word only right after the year's digits.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.era_marks import ERAS, MARK_LETTERS
from redact.types import Finding

# the era's letters, with their stops or without, in brackets or not; the Hijri year's "H" alone, and the Solar Hijri
# year's "H.Sh." (hijri shamsi), tried before the "H" it opens with
_MARK = re.compile(rf"[ \t\u00a0]+\(?(?P<era>{MARK_LETTERS}|H\.Sh\.|H\.S\.|H)\)?(?![\w])")
_MARK_ERA = {"H": "AH", "H.Sh.": "SH", "H.S.": "SH"}
# a year's word after the year's digits: the Armenian "թ." (տարի, "year"), the Uzbek "yil" after a space or a dash
# and its short form "y.", and the Turkmen "ý." (ýyl, "year": "05.12.1991 ý.")
_YEAR_WORD = re.compile(r"(?:[ \t\u00a0]+թ\.|(?:-|[ \t\u00a0]+)(?:yil|y\.)(?![\w])|[ \t\u00a0]+ý\.)")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_ENDS_IN_YEAR = re.compile(r"(?<!\d)\d{4}$")


def era_word_end(text: str, start: int, end: int) -> int:
    """Where the date of birth at ``text[start:end]`` ends with the era's mark or the year's word right after it
    (``end`` when there is none; see the module's docstring)."""
    date = text[start:end]
    mark = _MARK.match(text, end)
    if mark is not None:
        era = mark.group("era")
        low, high = ERAS[_MARK_ERA.get(era, era.replace(".", ""))]
        if any(low <= int(y) <= high for y in _YEAR.findall(date)):
            return mark.end()
    if _ENDS_IN_YEAR.search(date) and (word := _YEAR_WORD.match(text, end)) is not None:
        return word.end()
    return end


def with_era_words(findings: list[Finding], text: str) -> list[Finding]:
    """The findings, each date of birth with the era's mark or the year's word right after it taken in."""
    out = []
    for f in findings:
        if f.category == "DATE_OF_BIRTH" and f.start is not None and f.end is not None:
            end = era_word_end(text, f.start, f.end)
            if end != f.end:
                f = replace(f, end=end, text=text[f.start:end])
        out.append(f)
    return out

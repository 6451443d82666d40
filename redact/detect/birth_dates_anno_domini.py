"""The Christian era's mark inside a date of birth: "8th January A.D. 1987", "January 8, AD 1987", "8 March 1987
A.D.", as Liberian papers and other papers in English write the year of our era.

The mark says which calendar the year is counted in, as the Hijri "AH" or the Buddhist "B.E." after another
calendar's year (``birth_era_words``); written before the year it stands inside the date, and a birth column's cell
or a sentence's date that holds it is still one date, masked whole. The mark counts only before a year of a living
person's birth (or after one, at the date's end), so "AD 2027" in a firm's name or a model's is no date.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the mark, with its stops or without, spaced or not, or the words; before the year ("A.D. 1987") or after it at the
# end ("1987 A.D.")
_MARK = r"(?:A\.[ ]?D\.|AD|Anno[ ]Domini|C\.[ ]?E\.|CE)"
_BEFORE_YEAR = re.compile(rf"(?<=[ \t,])[ \t]*{_MARK}[ \t]+(?=(?:19|20)\d\d$)")
_AFTER_YEAR = re.compile(rf"(?<=(?:19|20)\d\d)[ \t]+{_MARK}$")


def without_era_mark(value: str) -> str | None:
    """The date with the Christian era's mark taken out ("8th January 1987" of "8th January A.D. 1987"), or None
    when the value holds no such mark before or after its year."""
    v = value.strip()
    m = _BEFORE_YEAR.search(v) or _AFTER_YEAR.search(v)
    if m is None:
        return None
    return (v[:m.start()] + (" " if m.re is _BEFORE_YEAR else "") + v[m.end():]).strip()


def anno_domini_birth_value(value: str, fits: Callable[[str], bool]) -> bool:
    """True when ``value`` is a date ``fits`` reads once the Christian era's mark is taken out of it."""
    core = without_era_mark(value)
    return core is not None and fits(" ".join(core.split()))

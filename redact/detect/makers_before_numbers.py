"""Where a checkable number's mark starts when its maker's name and its model's words stand right before it ("Apple
iPhone 14 Pro 352094116628402", "Toyota Yaris JTDKW923005441822", "Virbac BackHome 900 164 000 220 741").

A register writes one thing as its plate does: the maker, the model and the number in a row. The number is the
thing's own and the maker and the model say whose thing it is among few, so the mark runs from the maker's name.
A model's word holds a capital or a digit ("iPhone", "14", "S23", "Yaris", "ID.4") or is one of the few lowercase
words models end in ("mini", "plus"); a label between the model and the number ("VIN", "IMEI") ends the model, and
a sentence's lowercase word breaks the row: then the number stands alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

# a model's word: a capital or a digit in it, or a model's lowercase ending; never a number's own label
_MODEL_WORD = (r"(?!(?:VIN|IMEI|IMSI|MEID|SN|S/N|ID|Nr|NR|No|Tel|ISO|FDX-B|FDX)(?![\w.+:!/-]))"
               r"(?:(?=[\w.+:!/-]*[A-Z0-9])[\w+][\w.+:!/-]*|mini|plus|max|lite|pro|ultra)")
_REACH = 80  # characters before the number the maker and the model take


@lru_cache(maxsize=None)
def _before(makers: str, words: int) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + makers + r")(?:[ \u00a0]+" + _MODEL_WORD + r"){0," + str(words)
                      + r"}[ \u00a0]+$")


def maker_start(text: str, start: int, makers: str, words: int = 4) -> int:
    """Where one of ``makers`` (a pattern of names) and at most ``words`` model words right before ``start`` begin
    on the number's line; ``start`` when no maker stands there."""
    m = _before(makers, words).search(text, max(0, start - _REACH), start)
    return m.start() if m else start

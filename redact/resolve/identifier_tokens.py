"""An identifier's mask takes the whole token it stands in: "KVT·26·5531·07", "SB'26-7713-2", "MX-5531-26(c)".

A register writes its prefix, its year and its running number joined by whatever punctuation its system uses (a
middle dot, an apostrophe, a plus sign, a part letter in brackets). A finder that reads only the digit groups, or
only a letter prefix and digits, leaves the rest of the token readable beside the mask, and that rest is the value
itself. So where an identifier's finding covers part of a run of letters, digits and joining punctuation with no
white space in it, the finding is widened to the whole run. Not taken: a label joined by a colon or by its
abbreviation's dot ("nr:KVT-5531", "nr.5531"), which says what the value is and is no part of it; punctuation that
ends the sentence or a clause after the token; brackets and quotes around the whole token; and anything past a
character that joins no identifier (a comma, an "@", an equals sign, an en dash of a range or between words); a web
address is left as its finder read it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.types import Finding

# punctuation a register joins the groups of one number with (not the en dash: between two numbers it marks a range,
# "SE 0771204 00311–SE 0771204 00319", whose second number is found on its own)
_JOINING = frozenset("-‐‑·•‧∙⋅'’./_+#()[]*:°")
_OPENERS = {"(": ")", "[": "]"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
# what may follow a token in a sentence: its end, a clause's, a closing quote
_TRAILING = frozenset(".,;:!?'’")
_CATEGORIES = frozenset({"ID_NUMBER"})
# a dash before a code's letters that a space and its figures follow: the next number of a range or a list
# ("SE 0771204 00311-SE 0771204 00319")
_NEXT_CODE = re.compile(r"[-‐‑][^\W\d_]{1,5}[ \t\u00a0]+\d")
# a web address, whose path may hold a number: no register's token
_WEB = re.compile(r"(?i)://|www\.")


def _joins(c: str) -> bool:
    return c.isalnum() or c in _JOINING


def _label_end(text: str, a: int, start: int, own_colon: bool) -> int:
    """Where a widened start ``a`` moves to past a label joined to the value (``start``: the finding's start): after
    the last colon, unless the value writes its own groups with colons, or after a lower-case abbreviation's dot."""
    for i in range(start - 1, a - 1, -1):
        c = text[i]
        if (c == ":" and not own_colon) or (c == "." and i > a and text[i - 1].islower()):
            return i + 1
    return a


def _trimmed(text: str, a: int, b: int, start: int, end: int) -> tuple[int, int]:
    """The token ``text[a:b]`` without brackets round it whole, unmatched brackets and quotes at its edges, and
    sentence punctuation after it; never inside the finding's own ``start``..``end``."""
    while True:
        before = (a, b)
        if a < start and b > end and text[a] in _OPENERS and text[b - 1] == _OPENERS[text[a]]:
            a, b = a + 1, b - 1
        if a < start and (text[a] in "'’" or (text[a] in _OPENERS and text.count(_OPENERS[text[a]], a, b) <
                                              text.count(text[a], a, b))):
            a += 1
        if b > end and (text[b - 1] in _TRAILING or (text[b - 1] in _CLOSERS and text.count(_CLOSERS[text[b - 1]], a, b)
                                                     < text.count(text[b - 1], a, b))):
            b -= 1
        if (a, b) == before:
            return a, b


def whole_token_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the identifier at ``start``..``end`` widened to the whole token it stands in."""
    a, b = start, end
    while a > 0 and _joins(text[a - 1]):
        a -= 1
    while b < len(text) and _joins(text[b]) and not _NEXT_CODE.match(text, b):
        b += 1
    if _WEB.search(text, a, b):
        return start, end  # a web address's path: the finder's span is the number in it
    a = _label_end(text, a, start, ":" in text[start:end])
    a, b = _trimmed(text, a, b, start, end)
    return min(a, start), max(b, end)


def identifiers_as_whole_tokens(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """The findings, an identifier's widened to the whole token it covers part of."""
    out: list[Finding] = []
    for f in findings:
        text = page_texts.get(f.page)
        if f.category in _CATEGORIES and f.status != "rejected" and f.start is not None and f.end is not None \
                and text is not None and f.end <= len(text):
            a, b = whole_token_span(text, f.start, f.end)
            if (a, b) != (f.start, f.end):
                f = f.with_(start=a, end=b, text=text[a:b], rects=())
        out.append(f)
    return out

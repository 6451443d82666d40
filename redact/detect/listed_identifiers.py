"""Identifiers listed after one label: "chipnummer 752098100488234 och 752098100488241", "kundnummer K-4410,
K-4417 och K-4452".

The label's rule reads the value right after it; the values listed after that, joined by a comma, "och", "samt" or
"respektive" (a line may wrap between, a possessive or a name may stand after "och"), are more of the same kind
when each has exactly the first one's shape: the same letters' and digits' places and the same separators. A sum,
a date or a year has another shape, so the list stops at it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# whose the next value is, after "och": "LMA-kort 26-118844-4 och moderns 26-118843-7", "och hennes", "och Evas", or
# the person's name before it ("skattenummer 3312874401 och Nicolae 3319920417")
_WHOSE = r"(?:[ \t]+(?:hans|hennes|deras|sin|sitt|[a-zåäö]{3,}ns|[a-zåäö]{3,}[^\Wns\d]s|[A-ZÅÄÖ][^\W\d_]+))?"
_SEP = (rf"[ \t]*(?:,|[ \t](?:och|samt|respektive|resp\.){_WHOSE})[ \t]*\n?[ \t]*"
        rf"|[ \t]*,?[ \t]*\n?[ \t]*(?:och|samt){_WHOSE}[ \t]+")
_MAX_MORE = 8  # values after the first at most


def _shape_pattern(value: str) -> re.Pattern[str] | None:
    """A pattern for a value of exactly ``value``'s shape; None for a value too short to say anything by its shape."""
    # (four digits with a code's letters around them say as much: "TK-0441-D och TK-0452-R" is no year or sum)
    if sum(c.isdigit() for c in value) < (4 if sum(c.isupper() for c in value) >= 2 else 5):
        return None
    parts = []
    for c in value:
        if c.isdigit():
            parts.append(r"\d")
        elif c.isupper():
            parts.append(r"[A-ZÅÄÖ]")
        elif c.isalpha():
            return None  # a value with small letters ("ab12345") is a word's, its shape too loose to list
        elif c in " \u00a0":
            parts.append(r"[ \u00a0]")
        else:
            parts.append(re.escape(c))
    return re.compile(rf"(?:{_SEP})(?P<value>{''.join(parts)})(?![\w]|[-/.:]\d)")


def listed_after(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The values of the first one's shape listed right after each identifier of ``spans``."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        pattern = _shape_pattern(text[a:b])
        if pattern is None:
            continue
        end = b
        for _ in range(_MAX_MORE):
            m = pattern.match(text, end)
            if m is None:
                break
            out.append((m.start("value"), m.end("value")))
            end = m.end("value")
    return out

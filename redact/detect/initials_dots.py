"""Initials written with dots keep their closing dot under the mask ("K.v.d.M." not "K.v.d.M"): a reader that took the
letters without it ends the finding before the dot, which then reads as the end of an abbreviation left bare beside
the mask. Only a dot that ends the token (a space, a line's or a cell's end after it) is added."""

from __future__ import annotations

import re
from dataclasses import replace

from redact.types import Finding

# letter groups of one to three, each but the last closed by a dot or a hyphen, the last with no dot: "B.v.Ho", "A-M.L"
_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}[.-]){1,4}[^\W\d_]{1,3}")
_DOT_ENDS = re.compile(r"\.(?=[ \t\u00a0\n|),;:]|$)")


def with_closing_dots(findings: list[Finding], text: str) -> list[Finding]:
    """The person's findings of dotted initials, each with the dot that closes it in the text."""
    out = []
    for f in findings:
        if (f.category == "PERSON" and f.end is not None and "." in f.text and _DOTTED.fullmatch(f.text)
                and _DOT_ENDS.match(text, f.end)):
            f = replace(f, end=f.end + 1, text=f.text + ".")
        out.append(f)
    return out

"""A table's row number read onto the end of the value above it.

A table read one cell a line puts the next row's own number ("4") on the line after the last cell of a row
("AB 0448 217"): a number rule that goes on over a line end (a wrapped account or telephone number) takes it in
as its last group. It is the row's number when the number before it stands alone on a line a few lines up (the row
above it, "3") and a cell of words follows it (the next row's name); the value ends before the line end.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.types import Finding

# the finding's last line: a number of one to three digits alone
_LAST_LINE = re.compile(r"\n[ \t]*(\d{1,3})[ \t]*$")
_ROWS_BACK = 12  # lines: a row of up to a dozen cells


def _row_number(text: str, at: int, number: int, end: int) -> bool:
    """True when ``number`` on the line at ``at`` numbers a row: ``number - 1`` alone on one of the lines above it and
    a word's cell on the line after it."""
    after = text[end:end + 80].lstrip(" \t")
    if not after.startswith("\n") or not after[1:2].isalpha():
        return False
    lines = text[:at].split("\n")[-_ROWS_BACK - 1:-1]
    return any(line.strip() == str(number - 1) for line in lines)


def trim_row_numbers(findings: list[Finding], text: str) -> list[Finding]:
    """Findings without the next row's number a number rule took in over a line end (see module)."""
    out: list[Finding] = []
    for f in findings:
        if f.start is None or f.end is None or "\n" not in f.text:
            out.append(f)
            continue
        m = _LAST_LINE.search(text, f.start, f.end)
        if m is None or m.start() == f.start or not _row_number(text, m.start() + 1, int(m.group(1)), f.end):
            out.append(f)
            continue
        end = len(text[f.start:m.start()].rstrip()) + f.start
        out.append(replace(f, end=end, text=text[f.start:end]))
    return out

"""Capitals alone in a cell of a column of initials, in a table read one cell a line whose header names no role
("Båt", "Bil 2"): the staff who took each row's task sign it there, most with a shape only initials have ("K-A.N.",
"B.Lu."), and a colleague's plain capitals among them ("TRVS") are a person's initials too.

The table's rows are found by their first cells: a code of one shape that recurs every few lines ("RS 31-0204" …
"RS 31-0207"), which gives the row's length and so each cell's column. Every other filled cell of the column must be
initials-shaped, two at least found as a person's, one of them in a shape only initials have; a column of codes or
of destinations ("AMB", "VC NORD", "HAMN") stays.
"""

from __future__ import annotations

import re

from redact.detect.initials_columns import _initials_like
from redact.detect.initials_shapes import hand_initials, particle_initials
from redact.types import Finding

# two to five capitals alone: a person's initials as a register writes them, or an abbreviation
_CAPITALS = re.compile(r"[A-ZÅÄÖÉÜ]{2,5}")
_CAPITALS_LINE = re.compile(r"^[ \t]*[A-ZÅÄÖÉÜ]{2,5}[ \t]*$", re.M)
_ROW_LINES = range(3, 13)  # a row's cells, one a line
_ROWS = 8  # rows looked at each way


def _shape(line: str) -> str:
    """A cell's shape: each letter an "A", each digit a "9"."""
    return re.sub(r"\d", "9", re.sub(r"[^\W\d_]", "A", line.strip()))


def _row_start(shapes: list[str], at: int) -> tuple[int, int] | None:
    """The first line of the row holding line ``at`` and the row's length in lines: the nearest line above whose
    shape, holding a digit, recurs a row's length before or after it."""
    for key in range(at - 1, max(-1, at - max(_ROW_LINES) - 1), -1):
        if "9" not in shapes[key]:
            continue
        for d in _ROW_LINES:
            if at - key < d and any(0 <= k < len(shapes) and shapes[k] == shapes[key] for k in (key - d, key + d)):
                return key, d
    return None


def _row_keys(shapes: list[str], key: int, d: int) -> list[int]:
    """The first lines of the table's rows around the row opening at ``key``, each ``d`` lines from the next, as
    long as their shape holds (the table's own rows, not another table's further on)."""
    keys = [key]
    for step in (-d, d):
        k = key + step
        while 0 <= k < len(shapes) and shapes[k] == shapes[key] and len(keys) < 2 * _ROWS:
            keys.append(k)
            k += step
    return sorted(keys)


def with_capitals_in_initials_columns(findings: list[Finding], text: str, page: int) -> list[Finding]:
    """Add the capitals alone in a cell of a column whose other cells are initials found as a person's."""
    if not _CAPITALS_LINE.search(text):
        return findings  # (most pages: no capitals alone on a line)
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    whole = {(f.start, f.end) for f in findings if f.category == "PERSON"}
    covered = [(f.start or 0, f.end or 0) for f in findings]

    def found(n: int) -> bool:
        a = starts[n] + len(lines[n]) - len(lines[n].lstrip())
        return (a, a + len(lines[n].strip())) in whole

    shapes = [_shape(line) for line in lines]
    added: list[Finding] = []
    for n, line in enumerate(lines):
        cell = line.strip()
        if not _CAPITALS.fullmatch(cell):
            continue
        a = starts[n] + len(line) - len(line.lstrip())
        if any(s <= a < e for s, e in covered):
            continue
        row = _row_start(shapes, n)
        if row is None:
            continue
        key, d = row
        others = [k + (n - key) for k in _row_keys(shapes, key, d) if k != key]
        others = [k for k in others if k < len(lines) and lines[k].strip()]
        cells = [lines[k].strip() for k in others]
        if not cells or not all(_initials_like(c) for c in cells):
            continue
        persons = [c for k, c in zip(others, cells) if found(k)]
        if len(persons) < 2 or not any(hand_initials(c) or particle_initials(c) for c in persons):
            continue
        added.append(Finding(id=f"p{page}-ic{len(added)}", page=page, start=a, end=a + len(cell), text=cell,
                             category="PERSON", score=0.7, detector="initials_column",
                             reason="initialer i en kolumn av initialer"))
    return findings + added if added else findings

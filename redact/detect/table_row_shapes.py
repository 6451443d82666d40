"""The shapes of a table's cells read one cell a line (identifier, phone, mail, a row's own number, running
text, other), and the stride they give: how many lines a row takes, the stride whose rows repeat the same
shapes longest.

Part of the text readings of a table (``redact.detect.table_text``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from redact.detect.table_columns import _ROWS
from redact.detect.table_birth_values import _DATE


def _prose_line(cell: str) -> bool:
    """True for a line of running text, no table cell: long, of many words."""
    c = cell.strip()
    return len(c) > 60 and len(c.split()) >= 8


_PHONE_CELL = re.compile(r"^(?:\+46|0)[\d\s-]{6,16}\d$")


def _row_shape(cell: str) -> str:
    """A cell's shape, to tell the rows of a table apart by stride: identifier, phone, mail, other."""
    c = cell.strip()
    if "@" in c:
        return "@"
    if _PHONE_CELL.match(c):
        return "t"
    if _ID_SHAPE.match(c):
        return "d" if _DATE.match(c) else "n"
    return "a"


def _stride(lines: Sequence[tuple[int, str]], row: int, k: int) -> int:
    """The number of lines a row of the table takes (see _stride_rows)."""
    return _stride_rows(lines, row, k)[0]


def _stride_rows(lines: Sequence[tuple[int, str]], row: int, k: int) -> tuple[int, int]:
    """The number of lines a row of the table takes: the header's count of cells, or one more when a
    header cell was empty (a merged "Namn" over the first and last name); the stride whose rows repeat
    the same shapes longest wins."""
    best, best_rows = k, 0
    for p in (k, k + 1):
        n = _repeated_rows(lines, row, p)
        if n > best_rows + (1 if p != k else 0):
            best, best_rows = p, n
    return best, best_rows


def _repeated_rows(lines: Sequence[tuple[int, str]], row: int, p: int,
                   shape: Callable[[str], str] = _row_shape) -> int:
    """How many rows of ``p`` lines from ``row`` on repeat the first row's shapes (0 when it holds no number)."""
    first = [shape(c) for _, c in lines[row : row + p]]
    if len(first) < p or not {"n", "#"} & set(first):
        return 0
    empty = [_EMPTY_CELL.fullmatch(c) is not None for _, c in lines[row : row + p]]
    n = 0
    while n < _ROWS:
        cells = lines[row + n * p : row + (n + 1) * p]
        # a blank line ends the table, as it ends the cell-line reading: a row cut short there is no row
        if len(cells) < p or not all(c.strip() for _, c in cells):
            break
        # a dash for an empty cell ("–" where a row has no alcohol meter) fits any shape, and any shape fits it
        if any(shape(c) != want and not was_empty and _EMPTY_CELL.fullmatch(c) is None
               for (_, c), want, was_empty in zip(cells, first, empty)):
            break
        n += 1
    return n


#: A cell that says it is empty: a dash
_EMPTY_CELL = re.compile(r"[ \t]*[-–—][ \t]*")


def _coarse_shape(cell: str) -> str:
    """A cell's shape in five kinds: mail, running text, a number of four digits or more in any writing (a
    personnummer's forms differ from row to row, "0903…" reads as a phone), a count ("3", "2 rok"), other."""
    c = cell.strip()
    if "@" in c:
        return "@"
    if _prose_line(c):
        return "p"  # the text after the table is no row's cell
    digits = sum(ch.isdigit() for ch in c)
    if digits >= 4 and _ID_SHAPE.match(c):
        return "n"
    return "#" if c[:1].isdigit() else "a"


def _code_shape(cell: str) -> str:
    """A cell's shape as :func:`_coarse_shape` tells it, a code of letters and digits of any length one shape: a
    column of plates or certificates mixes "CX 41 287" with "NHT 48C", and the rows still repeat."""
    shape = _coarse_shape(cell)
    c = cell.strip()
    return "n" if shape == "a" and any(ch.isdigit() for ch in c) and any(ch.isalpha() for ch in c) else shape


def _digit_shape(cell: str) -> str:
    """A cell's shape by whether it holds a digit at all (a mail and running text apart)."""
    shape = _coarse_shape(cell)
    return shape if shape in ("@", "p") else ("n" if any(ch.isdigit() for ch in cell) else "a")


def _row_number_shape(cell: str) -> str:
    """A cell's shape as a row's own short number ("3", "12") or anything else."""
    c = cell.strip()
    return "#" if c.isdigit() and len(c) <= 3 else "a"


def _numbered_shape(cell: str) -> str:
    """A cell's shape as :func:`_row_shape` tells it, a row's own short number ("3", "12") told apart."""
    c = cell.strip()
    return "#" if c.isdigit() and len(c) <= 3 else _row_shape(c)


# up to 15 digits in groups: a pet's or an animal's chip ("752 098 100 123 456") is one person's
# a group of capitals may stand inside, after the year: "2026-FR-0622"
_ID_SHAPE = re.compile(r"^(?:[A-ZÅÄÖ]{1,3}[- ]?)?\d[\d \u00a0/-]{0,20}(?:[A-ZÅÄÖ]{1,3}[- /][\d \u00a0/-]{0,20})?\d$")

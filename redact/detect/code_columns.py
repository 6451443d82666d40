"""A column of like-shaped codes in a register table whose rows hold persons.

A register (a library's borrowers, a housing queue, a tenancy list) gives each person a code of
its own: "Q-40 318", "Q-40 562", … or "2270 0148 3", "2270 0311 9", …. Under a header nobody
listed ("Kö-plats", "Ref", or none) such a column is still the persons' identifiers when every
cell has the same shape, no two cells are equal (a sum, a count or a date repeats and varies in
length), and the cells are codes, not sums, dates, times, telephone or postal numbers, or the
authority's own serials ("2026-071").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.id_labels import names_other_number
from redact.detect.table_columns import FIRST, FULL, ID, LAST, Cell, _is_header

_CODE = re.compile(r"^(?P<prefix>[A-ZÅÄÖ]{1,4}[- ]?)?\d[\d \-/]*\d$")
_NOT_A_CODE = re.compile(
    r"^(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?"  # a date
    r"|\d{1,3}(?:[ \u00a0]\d{3})+"  # a sum in groups of three
    r"|\d{3}[ \u00a0]\d{2}"  # a postal code
    r"|(?:[A-ZÅÄÖ]{1,4}[- ])?(?:19|20)\d\d[-/]\d+"  # a serial of the year: an invoice's, a case's, a permit's
    r"|(?:\+46|0)\d{1,3}[- ]?\d[\d -]{3,12}"  # a telephone number
    r")$"
)
_DIGITS = re.compile(r"\d+")


def _shape(value: str) -> str:
    """The prefix as written and the length of each digit group ("Q-40 318": "Q-99 999")."""
    return _DIGITS.sub(lambda m: "9" * len(m.group()), value)


def _is_code(value: str) -> bool:
    m = _CODE.match(value)
    if m is None or _NOT_A_CODE.match(value):
        return False
    digits = sum(c.isdigit() for c in value)
    return digits >= 3 if m.group("prefix") else digits >= 5


def is_code_column(values: Sequence[str]) -> bool:
    """True when the cells of a column are a register's codes: two at least, all of one shape, none repeated."""
    vs = [" ".join(v.split()) for v in values]
    if len(vs) < 2 or len(set(vs)) < len(vs):
        return False
    return len({_shape(v) for v in vs}) == 1 and all(_is_code(v) for v in vs)


def loose_columns(kinds: Sequence[str | None], heads: Sequence[str]) -> dict[int, list[tuple[int, int]]]:
    """The columns of a table of persons under a header nobody listed, to be judged by their cells' shapes."""
    if not any(k in (FULL, FIRST, LAST) for k in kinds):
        return {}
    return {n: [] for n, (kind, head) in enumerate(zip(kinds, heads))
            if kind is None and not _is_header(head) and not names_other_number(head)}


def code_cells(loose: dict[int, list[tuple[int, int]]], heads: Sequence[str], text: str) -> list[Cell]:
    """The cells of the loose columns that hold a register's codes (see is_code_column)."""
    out = []
    for n, spans in loose.items():
        if is_code_column([text[a:b] for a, b in spans]):
            out.extend(Cell(a, b, ID, heads[n].strip() or "kolumn utan rubrik") for a, b in spans)
    return out

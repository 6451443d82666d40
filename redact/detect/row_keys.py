"""The keys of a register's rows: the body's own numbers of its loans, graves, permits or ledger rows that open every
row of two or more of the document's tables ("H-3:17" under "Grav" in the burials and again in the billing
addresses, "0412" under "Rad" in a ledger's sellers and their goods).

A register splits one record over several tables (who, where they live, what they hold, what was paid) and joins
them by the number opening each row. That number is the body's own, as a case number is (see case_headings), and the
learned tagger or a column rule that reads it as a person's identifier is wrong there. A first column headed by a
number's label or a person ("Medlemsnr", "Kund", "Patient") holds people's own numbers and is left alone, and so are
values of a plate's, a date's or a long number's shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redact.detect.first_chars import scanning

# a row's key: the series' letters and a hyphen or a space, then digit groups joined by a hyphen, a colon, a slash or
# a full stop ("H-3:17", "IL 27:014", "PK-27-0118", "D-4418"), or the digits alone ("0412", "281-1407-2027")
_KEY = re.compile(r"(?:[A-ZÅÄÖ]{1,4}[- ])?\d{1,4}(?:[-:/.]\d{1,5}){0,2}")
# a vehicle's plate ("ABC 123", "KLM 52X"), a full date ("2027-03-02", "12.5.1948") or more digits than a register
# numbers its rows with: someone's, whatever column holds it
_NOT_A_KEY = re.compile(r"[A-ZÅÄÖ]{3}[ ]?\d{2}[\dA-Z]|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d")
_MAX_DIGITS = 8
_CELL_SEP = scanning(re.compile(r"[ \t]*(?:\||\t+)[ \t]*"))
_MAX_STRIDE = 12  # cells a row of a table read one cell a line may have


def _cells(line: str) -> list[str]:
    """A line's cells: the line itself, or what stands between its "|" or tabs."""
    return [" ".join(c.split()) for c in _CELL_SEP.split(line.strip().strip("|").strip())]


def _is_key(cell: str) -> bool:
    """True for a cell of a row key's shape (see above)."""
    return (_KEY.fullmatch(cell) is not None and _NOT_A_KEY.fullmatch(cell) is None
            and sum(ch.isdigit() for ch in cell) <= _MAX_DIGITS)


def _header_cell(cell: str) -> bool:
    """True for a header cell: a short capitalised cell of words, no digit ("Grav", "Korsning Markägare")."""
    return bool(cell) and cell[:1].isupper() and len(cell) <= 40 and len(cell.split()) <= 4 and not any(
        ch.isdigit() for ch in cell)


def _shape(code: str) -> str:
    """The code with its digits as 9s ("H-3:17": "H-9:99")."""
    return re.sub(r"\d", "9", code)


def _names_own_rows(header: str) -> bool:
    """True when the first column's header names no person and no person's number ("Grav", "Rad", "Lån"; not
    "Medlemsnr", "Kund")."""
    from redact.detect.table_headers import header_kind

    return header_kind(header) is None and header_kind(header.split()[0]) is None


def _runs_of_cells(lines: list[str]) -> list[set[str]]:
    """The first columns of the tables read one cell a line: a key, then a key of its shape every ``stride`` lines,
    header cells right above the first."""
    runs: list[set[str]] = []
    i = 0
    while i < len(lines):
        cell = lines[i]
        if not _is_key(cell) or not i or not _header_cell(lines[i - 1]):
            i += 1
            continue
        shape = _shape(cell)
        stride = next((s for s in range(2, _MAX_STRIDE + 1) if i + s < len(lines) and _is_key(lines[i + s])
                       and _shape(lines[i + s]) == shape), None)
        if stride is None:
            i += 1
            continue
        # the header: the cells right above the first row, as many as a row has (fewer where two short ones joined)
        above = lines[max(0, i - stride):i]
        while above and not _header_cell(above[0]):
            above = above[1:]
        if not above or not all(_header_cell(c) for c in above) or not _names_own_rows(above[0]):
            i += 1
            continue
        values, at = [], i
        while at < len(lines) and _is_key(lines[at]) and _shape(lines[at]) == shape:
            values.append(lines[at])
            at += stride
        runs.append(set(values))
        i = at - stride + 1
    return runs


def _runs_of_rows(lines: list[str]) -> list[set[str]]:
    """The first columns of the tables read a row a line ("| Grav | Djurägare" / "| H-3:17 | …")."""
    runs: list[set[str]] = []
    header: str | None = None
    values: list[str] = []
    for line in [*lines, ""]:
        if "|" not in line and "\t" not in line:
            if header is not None and len(values) >= 2:
                runs.append(set(values))
            header, values = None, []
            continue
        first = _cells(line)[0]
        if header is None:
            if _header_cell(first) and _names_own_rows(first):
                header = first
            continue
        if _is_key(first) and (not values or _shape(first) == _shape(values[0])):
            values.append(first)
        else:
            if len(values) >= 2:
                runs.append(set(values))
            header, values = None, []
    return runs


def register_row_keys(texts: Iterable[str]) -> frozenset[str]:
    """The keys opening the rows of two or more of the document's tables (see the module's docstring): every first
    column that shares two of its values with another table's."""
    runs = []
    for text in texts:
        lines = [" ".join(x.split()) for x in text.split("\n")]
        runs += [r for r in _runs_of_cells(lines) + _runs_of_rows(lines) if len(r) >= 2]
    keys: set[str] = set()
    for n, run in enumerate(runs):
        if any(len(run & other) >= 2 for m, other in enumerate(runs) if m != n):
            keys |= run
    return frozenset(keys)

"""The body's own register keys: the codes opening the rows of two tables of one document ("Fynd" over "GF 27:014",
"GF 27:019", … in the finds' table and again over their finders' addresses).

A register lists its entries by its own numbers: the body's series' letters and a serial, often the year too
("PAL-28-041" of a team's enrolments, "St 9318" of a network's stations, "TB-0412" of a school's exam bookings).
When the document splits its rows over two tables (the persons in one, their addresses or payments in the next),
each table opens its rows with the same numbers under the same header cell: the numbers key the register, they
number the body's entries, not the persons, whose own numbers stand in a column of their own. A header naming a
number ("Kundnr", "Anst.nr", "Kod", "Reg.nr") or a person ("Patient") gives the person's own number even when it
keys two tables, and such a column is left to the other rules.
"""

from __future__ import annotations

import re

from redact.detect.table_headers import header_kind

# a register's number: the series' letters (a sub-unit's after a hyphen: "SK-BLG"), a space or a hyphen, then digit
# groups joined by a hyphen, a slash or a colon ("St 9318", "GF 27:014", "TB-0412", "KPR-2028-031", "SK-BLG 0902-11",
# a block's one digit before its serial: "H-3:17"); the series' letters, a hyphen, its number and the serial after a
# space ("FKR-318 4406", an invoice series); or a ledger's running number alone, three digits or more ("0412")
_KEY_CODE = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}(?:-[A-ZÅÄÖ]{1,3})?[ -](?:\d{2,6}|\d(?=[-/:]\d))"
                       r"(?:[-/:]\d{2,6}){0,2}|[A-ZÅÄÖ]{1,6}-\d{2,6}[ ]\d{3,6}|\d{3,6}")
# a car's registration number ("ABC 123", "FHD 30K" under "Fordon"): its owner's, whatever the header
_PLATE = re.compile(r"[A-Z]{3}[ ]?\d\d[\dA-Z]")
# a header cell naming a number or a code: the column holds the numbers of what its rows are about
_NUMBER_HEADER = re.compile(r"(?i)(?:^|[\s.-])(?:nr|no|id|nummer|number|kod|code)\.?$|(?:nr|nummer)\.?$|^reg\b")
_CELL_SEP = re.compile(r"[ \t]*(?:\||\t+)[ \t]*")
_HEADER_REACH = 10  # lines from the header's first cell to the table's first row (the other header cells between)
_ROW_REACH = 20  # lines from a row's key to the next row's


def _header(cell: str) -> bool:
    """True for a short header cell of words that names neither a number nor a person ("Fynd", "Station"), or a
    case's or a referral's ("Ärende", "Remiss")."""
    from redact.detect.case_columns import names_case_header

    return (bool(cell) and cell[:1].isupper() and len(cell) <= 25 and len(cell.split()) <= 2
            and not any(ch.isdigit() for ch in cell) and (names_case_header(cell) or (
                _NUMBER_HEADER.search(cell) is None and header_kind(cell) is None)))


def _first_header(cell: str) -> tuple[str, bool] | None:
    """The header's first cell ``cell`` opens, alone on its line or joined with the next one as MuPDF joins two
    short cells ("Inskrivning Patient", then True), or None."""
    words = cell.split(" ", 1)
    if len(words) == 2 and _header(words[0]) and _header_like(words[1]):
        return words[0], True
    return (cell, False) if _header(cell) else None


def _header_like(cell: str) -> bool:
    """True for a short cell of words, no digit: another header cell ("Upphittare", "Gata, gård eller box")."""
    return bool(cell) and cell[:1].isupper() and len(cell) <= 25 and len(cell.split()) <= 4 and not any(
        ch.isdigit() for ch in cell)


def _key(cell: str) -> bool:
    """True for a cell of a register number's shape (see ``_KEY_CODE``), no car's plate."""
    return _KEY_CODE.fullmatch(cell) is not None and _PLATE.fullmatch(cell) is None


def _first_cell(line: str) -> str:
    """A line's first cell: the line itself, one cell a line, or what stands before its first "|" or tab."""
    return " ".join(_CELL_SEP.split(line.strip().strip("|").strip(), 1)[0].split())


def _shape(code: str) -> str:
    """The code with its digits as 9s ("GF 27:014": "GF 99:999")."""
    return re.sub(r"\d", "9", code)


def _columns(lines: list[str]) -> list[tuple[str, frozenset[str], int, int]]:
    """The header cell, the codes and the lines from the header to the last code of every column opening its table's
    rows with codes of one shape: the header's cells, then the rows, each row's first cell at the stride from one
    code to the next (a table read one cell a line, or a row a line)."""
    out = []
    cells = [_first_cell(x) for x in lines]
    keys = [_key(c) for c in cells]
    for i, cell in enumerate(cells):
        if not any(keys[i + 1:i + 2 + _HEADER_REACH]):
            continue  # (no code under it: no header of such a column; the header's words are not read)
        first = _first_header(cell)
        if first is None:
            continue
        header, joined = first
        n = i + 1
        while n < min(len(cells), i + 1 + _HEADER_REACH) and _header_like(cells[n]):
            n += 1
        if n >= len(cells) or not keys[n]:
            continue
        if n - i < 2 and not joined and not _CELL_SEP.search(lines[i].strip().strip("|")):
            continue  # a word alone over a code, one cell a line, is a row's last cell over the next row's first
        shape = _shape(cells[n])
        nxt = next((m for m in range(n + 1, min(len(cells), n + _ROW_REACH)) if _shape(cells[m]) == shape), None)
        if nxt is None or nxt - n < n - i:  # (a row has no fewer cells than its header)
            continue
        codes = []
        for at in range(n, len(cells), nxt - n):
            if _shape(cells[at]) != shape or not keys[at]:
                break
            codes.append(cells[at])
        if len(set(codes)) >= 2:
            out.append((header, frozenset(codes), i, n + (len(codes) - 1) * (nxt - n)))
    return out


def register_keys(texts: list[str]) -> set[str]:
    """The codes that open the rows of two tables under the same header cell, two of them or more in both (see the
    module docstring)."""
    columns = [(page, *c) for page, text in enumerate(texts) if "\n" in text for c in _columns(text.split("\n"))]
    out: set[str] = set()
    for n, (page, header, codes, top, bottom) in enumerate(columns):
        # another table: on another page, or below this one's last row or above its header
        if any(m != n and other == header and len(codes & again) >= 2 and (
                at != page or above > bottom or below < top) for m, (at, other, again, above, below) in
               enumerate(columns)):
            out |= codes
    return out

"""A table's first row's first cell, read one cell a line right below the header's last cell: no value of that
cell's label.

A table read one cell a line (as a ruled table's PDF is read) puts its header's cells on lines of their own and then
the rows' cells, so the header's last cell ("Kundnr") stands right above the first row's first cell ("AV-4-0412"
under "Avtal"), as a form's label stands above its value. When the lines above are header cells as many as a row has
cells (the value's shape comes again that many lines further on, where the label does not), the value is the first
column's, and the label names another column's values (``table_columns`` reads those).
"""

from __future__ import annotations

import re

from redact.types import Finding

_REACH = 10  # header cells at most


def _header_like(line: str) -> bool:
    """True for a short line of words, no digit: a header cell ("Fastighet", "Postnr och ort")."""
    cell = line.strip()
    return bool(cell) and cell[:1].isupper() and len(cell) <= 25 and len(cell.split()) <= 3 and not any(
        ch.isdigit() for ch in cell)


def _shape(value: str) -> str:
    return re.sub(r"\d", "9", value.strip())


def first_row_cell(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` is a line of its own right below a table's header read one cell a line, the first
    cell of its first row (see the module docstring)."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:a].strip() or text[b:line_end].strip() or not line_start:
        return False
    above = text[:line_start - 1].split("\n")[-_REACH - 1:]
    below = text[line_end + 1:].split("\n")[:_REACH]
    shape = _shape(text[a:b])
    for cells in range(2, min(len(above), _REACH) + 1):
        if not _header_like(above[-cells]):
            return False
        if (len(below) >= cells and _shape(below[cells - 1]) == shape
                and below[cells - 2].strip() != above[-1].strip()):
            return True
    return False


# a word of small letters in the value: the value names its own kind or maker ("Mastercard 5520 …", "Vy biljett …"),
# no label above it gave it
_OWN_WORD = re.compile(r"[A-ZÅÄÖa-zåäö][a-zåäöéü]{2,}")


def drop_first_row_cells(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without a label's identifier that is a table's first row's first cell (see the module
    docstring)."""
    return [f for f in findings if not (f.category == "ID_NUMBER" and f.detector == "labelled_id"
                                        and f.start is not None and f.end is not None
                                        and not _OWN_WORD.search(text, f.start, f.end)
                                        and first_row_cell(text, f.start, f.end))]

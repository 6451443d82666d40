"""The text readings of a headed table: a row a line with cells split by tabs, "|", ";" or two
spaces (plain text, poppler's layout); and one cell a line, row after row (MuPDF's reading of a ruled
table, kept in text files).

Part of ``redact.detect.table_columns`` (which see); the geometric reading is
``redact.detect.table_geometry``. Where a header run of cell lines begins and ends is
``redact.detect.table_header_runs``, the shapes by which its rows repeat ``redact.detect.table_row_shapes``,
identifiers under an identifier header alone on its line ``redact.detect.table_id_lines``.
"""

from __future__ import annotations

from redact.detect.first_chars import compile_scanning
from redact.detect.table_captions import caption_over_header
from redact.detect.table_columns import _ROWS, Cell
from redact.detect.table_header_lines import _header_row
from redact.detect.table_header_runs import (
    _header_run, _leading_header_cells, _may_open, _opens_table, _trailing_header_cells,
)
from redact.detect.table_header_words import BIRTH, FIRST, ID, LAST
from redact.detect.table_headers import _is_header, header_kind, row_kinds
from redact.detect.table_row_shapes import _prose_line, _repeated_rows, _row_shape, _stride
from redact.detect.table_values import askew_in_personnummer_column, value_fits


_SPLIT = compile_scanning(r"\t+|[ \t]*\|[ \t]*|[ \t]*;[ \t]*| {2,}")


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with the offset it starts at."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _from_rows(text: str) -> list[Cell]:
    """Cells of headed columns in tables written a row a line with separators."""
    from redact.detect.code_columns import code_cells, loose_columns  # builds on this module

    out: list[Cell] = []
    lines = _lines(text)
    i = 0
    while i < len(lines):
        start, line = lines[i]
        # a line without a separator is one cell at most, never a header row (most lines of a page)
        cells = _cells(line, start) if _SPLIT.search(line) else []
        if len(cells) < 2:
            i += 1
            continue
        kinds = row_kinds([c for _, _, c in cells])
        if not any(kinds) or not _header_row([c for _, _, c in cells]):
            i += 1
            continue
        j = i + 1
        loose = loose_columns(kinds, [c for _, _, c in cells])
        while j < len(lines) and j <= i + _ROWS:
            rstart, row = lines[j]
            if not row.strip():
                break
            rcells = _cells(row, rstart)
            if len(rcells) < 2:
                break
            # cells align by position when the row has as many cells as the header; else by order
            for n, ((a, b, value), kind, (_, _, head)) in enumerate(zip(rcells, kinds, cells)):
                if kind and value_fits(kind, value, head):
                    out.append(Cell(a, b, kind, head.strip()))
                elif n in loose and len(rcells) == len(cells):
                    loose[n].append((a, b))
            j += 1
        out.extend(code_cells(loose, [c for _, _, c in cells], text))
        i = j
    return out


# one capitalised word, no digit: the shape of a heading over a table ("Bevisning", "Fordonen")
_CAPTION_WORD = compile_scanning(r"[A-ZÅÄÖ][a-zåäö]{3,24}")


def _next_tables_caption(lines: list[tuple[int, str]], row: int, k: int) -> bool:
    """True when the last line read as the row's last cell is the caption over the next table: one word no list
    holds as a name, with the next table's header run right after it. A row whose last cell is empty (a box
    address without a contact person) is read one line short, and the caption would stand in that cell."""
    from redact.detect.name_words import no_listed_name

    last = row + k - 1
    word = lines[last][1].strip() if last < len(lines) else ""
    return (_CAPTION_WORD.fullmatch(word) is not None and no_listed_name(word) and last + 1 < len(lines)
            and _opens_table(lines, last + 1))


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for m in _SPLIT.finditer(line):
        if m.start() > pos or m.start() == pos == 0:
            out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(line)))
    cells = []
    for a, b in out:
        seg = line[a:b]
        if not seg.strip():
            continue
        a += len(seg) - len(seg.lstrip())
        b -= len(seg) - len(seg.rstrip())
        cells.append((offset + a, offset + b, line[a:b]))
    return cells


def _from_cell_lines(text: str) -> list[Cell]:
    """Cells of headed columns in tables read one cell a line (the header cells on consecutive lines)."""
    out: list[Cell] = []
    lines = _lines(text)
    i = 0
    while i < len(lines):
        if not _may_open(lines[i][1]):
            i += 1
            continue
        header, j = _header_run(lines, i)
        if caption_over_header(lines, i, header, j, _repeated_rows):
            i += 1  # a caption over the table, no column's header: the header row begins on the next line
            continue
        kinds = row_kinds(header)
        if len(header) < 2 or not any(kinds):
            i = max(j, i + 1)
            continue
        k = len(header)
        lead = _leading_header_cells(lines, i, j, k)
        if lead:  # "Rop" / "Förnamn" …, "Väg" / "Vägnr" / "Kontaktperson" …: columns nobody listed open the row
            header = [lines[n][1].strip() for n in range(i - lead, i)] + header
            # (the row read whole again: a case's number opening it makes the other numbers the persons', see
            # row_kinds; the leading cells themselves stay unlisted)
            kinds, k = [None] * lead + row_kinds(header)[lead:], k + lead
        trail, n_trail = _trailing_header_cells(lines, j, k)
        if trail:  # "Förnamn" / "Efternamn" / "Nivå" / "Terminer": columns nobody listed close the header row
            # (read in the row's light: "Kursplats" closing a row that heads names is each person's place, see
            # row_kinds)
            kinds = kinds + row_kinds(header + trail)[len(header):]
            header, k, j = header + trail, k + len(trail), j + n_trail
        stride = _stride(lines, j, k)
        if stride != k:
            # an empty header cell: only the identifier column is placed, by its shape in the first row
            shapes = [_row_shape(c) for _, c in lines[j : j + stride]]
            if ID not in kinds or shapes.count("n") != 1:
                i = max(j, i + 1)
                continue
            kinds = [ID if s == "n" else None for s in shapes]
            header = [header[[kd for kd in (header_kind(h) for h in header)].index(ID)]] * stride
            k = stride
        row = j
        id_shape: dict[int, str] = {}  # an identifier column keeps the shape of its first value
        for _ in range(_ROWS):
            cells = lines[row:row + k]
            if len(cells) < k or not all(c.strip() for _, c in cells):
                break
            if any(_prose_line(c) for _, c in cells):
                break  # a sentence where a cell should stand: the text after the table ("Händelseförlopp" / "Den 7 …")
            if any(_opens_table(lines, n) for n in range(row, row + k)):
                break  # the next table's header run ("Anst.nr" / "Kvitto från" / …) within the row: this table has ended
            heads = sum(_is_header(c) for _, c in cells)
            if heads >= 2 and heads * 2 >= k:
                break  # the next table's header cells ("Avtal", "Utförare", "Org.nr"): this table has ended
            if cells[0][1].rstrip().endswith(":") and not any(ch.isdigit() for ch in cells[0][1]) and any(
                    header_kind(c) for _, c in lines[row + 1:row + 1 + k]):
                # a caption closed by a colon where the row's first cell should stand, the next table's header
                # under it ("Utlånade pumpar:" / "Pump" / "Lånad av"); "Ersättare:" over more rows of names goes on
                break
            if any(c.strip() in header for _, c in cells if c.strip().rstrip(".").isalpha()):
                break  # one of this header's own cells again ("Ans."): the next table's header row opens here
            if any(header_kind(c) in (FIRST, LAST) for _, c in cells):
                break  # a name's header cell ("Efternamn") where a value should stand: the next table, its caption before it
            fits = [(n, kind, c) for n, (kind, c) in enumerate(zip(kinds, cells)) if kind]
            if not any(value_fits(kind, c) for _, kind, (_, c) in fits):
                break  # the rows no longer line up with the header
            if any(kind in (ID, BIRTH) and _is_header(c) for _, kind, (_, c) in fits):
                break  # a header cell ("Adress") where a number or a birth date should stand: the next table's header
            caption = _next_tables_caption(lines, row, k)
            for n, kind, (start, c) in fits:
                if n == k - 1 and caption:
                    continue  # "Box 2208, …" / "Bevisning" / "Person" / "Sak": the row's last cell was empty
                if kind == ID and id_shape.setdefault(n, _row_shape(c)) != _row_shape(c):
                    continue  # a row with an empty cell shifted another column's value here ("AW 10–12")
                if value_fits(kind, c, header[n]) and not (kind == ID and askew_in_personnummer_column(c, header[n])):
                    lead = len(c) - len(c.lstrip())
                    out.append(Cell(start + lead, start + len(c.rstrip()), kind, header[n].strip()))
            row += k
        i = max(j, row)
    return out

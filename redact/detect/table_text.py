"""The text readings of a headed table: a row a line with cells split by tabs, "|", ";" or two
spaces (plain text, poppler's layout); one cell a line, row after row (MuPDF's reading of a ruled
table, kept in text files); and identifier-shaped lines under an identifier header alone on its line.

Part of ``redact.detect.table_columns`` (which see); the geometric reading is
``redact.detect.table_geometry``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from redact.detect.first_chars import compile_scanning
from redact.detect.table_captions import caption_over_header
from redact.detect.table_columns import _ROWS, Cell
from redact.detect.table_headers import (
    BIRTH, FIRST, ID, LAST, _begins_header, _fragment_join, _header_row, _is_header, header_kind, header_parts,
    row_kinds,
)
from redact.detect.id_labels import names_other_number, names_thing_number
from redact.detect.table_values import _DATE, askew_in_personnummer_column, value_fits

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


def _header_run(lines: Sequence[tuple[int, str]], i: int) -> tuple[list[str], int]:
    """The header cells on the lines from ``i`` on (one cell a line, or several read as one line,
    or one broken over two lines), and the index of the first line after them."""
    heads: list[str] = []
    j = i
    while j < len(lines) and lines[j][1].strip():
        joined = _fragment_join(lines[j][1], lines[j + 1][1]) if j + 1 < len(lines) else None
        if joined:
            heads.append(joined)
            j += 2
            continue
        parts = header_parts(lines[j][1])
        if parts is None and len(heads) >= 2 and _known_header_line(lines[j][1]):
            parts = [lines[j][1].strip()]  # "Betalas till": a verb's header cell closing a known header row
        if parts is None:
            unlisted = _unlisted_header_words(lines, j) if len(heads) >= 2 else 0
            if not unlisted:
                break
            # "Förnamn / Efternamn / Föremål / Pris / Signatur": a column nobody listed, between known header
            # cells, is a header cell too; read as the first row's values it would shift every row after it
            heads.extend(lines[n][1].strip() for n in range(j, j + unlisted))
            j += unlisted
            continue
        heads.extend(parts)
        j += 1
    return heads, j


def _opens_table(lines: Sequence[tuple[int, str]], n: int) -> bool:
    """True when a header run of two cells or more, one of them of a kind, begins on line ``n``."""
    if not _may_open(lines[n][1]):
        return False
    header, _ = _header_run(lines, n)
    return len(header) >= 2 and any(header_kind(h) for h in header)


def _prose_line(cell: str) -> bool:
    """True for a line of running text, no table cell: long, of many words."""
    c = cell.strip()
    return len(c) > 60 and len(c.split()) >= 8


# One capitalised word with no digit: the shape of a column's header cell nobody listed ("Föremål", "Elbil"), a
# small word after a comma saying which of it ("Skola, ort", "Period, år"); a name's second word is capitalised.
_HEADER_WORD = re.compile(r"^[A-ZÅÄÖÉÜ][a-zåäöéü]{2,19}(?:,[ ][a-zåäöéü]{2,10})?$")


def _known_header_line(line: str) -> bool:
    """True for a line that is a known header cell, known header words joined by "/", or an unlisted verb with its
    closing preposition ("Betalas till")."""
    from redact.detect.common_nouns import header_verb_cell

    s = line.strip()
    if _is_header(s) or (len(s.split()) == 2 and header_verb_cell(s.split()[0], s + "\n", len(s.split()[0]))):
        return True
    # "Parti/roll", "Ort/land": two known header words in one cell; taken as the first row's value it would
    # shift every row after it (the header's cell "Parti/roll" proposed as a first name)
    parts = s.split("/")
    return 2 <= len(parts) <= 3 and " " not in s and all(p and _is_header(p) for p in parts)


def _unlisted_header_words(lines: Sequence[tuple[int, str]], j: int) -> int:
    """The number (one or two) of lines from ``j`` on that are header cells nobody listed: each one
    capitalised word that is no listed first name or surname, and a known header cell on the line after
    them; 0 when there are none. A first row's name ("Berit" before "Ordförande") is listed, so stays a value."""
    from redact.detect.name_words import no_listed_name, unlisted

    # after a value's header ("Födelsedatum", "Klientnr") an ordinary word a list holds ("Grund") is no first row's
    # value either: a date or a number would stand there
    above = header_kind(lines[j - 1][1]) if j > 0 else None
    after_value = above in (ID, BIRTH) and not value_fits(above, lines[j][1])
    for n in (1, 2):
        words = [lines[m][1].strip() for m in range(j, j + n) if m < len(lines)]
        if len(words) < n or not all(
                _HEADER_WORD.match(w) and (unlisted(head := w.split(",")[0]) or after_value and no_listed_name(head))
                for w in words):
            return 0
        if j + n < len(lines) and (_known_header_line(lines[j + n][1]) or (
                j + n + 1 < len(lines) and _fragment_join(lines[j + n][1], lines[j + n + 1][1]))):
            return n  # before a known header cell, whole or broken over two lines ("Kund- och" / "leveransnr")
    return 0


def _may_open(line: str) -> bool:
    """Cheap test: can a header run begin on this line (its first word begins some header cell)."""
    w = line.strip().split(" ", 1)[0]
    return bool(w) and w[:1].isupper() and len(line) <= 80 and _begins_header(w)


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


# A short header cell of one word before the known ones ("Rop", "Lott", "Väg"): a column nobody listed.
_LEADING_HEADER = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{1,11}\.?$")


def _leading_header_cells(lines: Sequence[tuple[int, str]], i: int, j: int, k: int) -> int:
    """The number (0 to 2) of lines before a header run that are its first cells, ones nobody listed: each one
    unlisted word, and the rows repeat their shapes longer counted with them (rows longer than the header read).

    Unlisted cells may close the header row too ("Ärende" / "Insättare" / "Personnr" / "Kundnr" / "Kronor"): the rows
    are then counted after those as well (the caller takes them as trailing cells), or the header read from its
    known cells alone keeps a short stride that shifts every row's cells under the wrong header."""
    from redact.detect.name_words import no_listed_name

    trailing = [0]
    for t in (1, 2):
        line = lines[j + t - 1][1].strip() if j + t <= len(lines) else ""
        if not _LEADING_HEADER.match(line) or not no_listed_name(line.rstrip(".")):
            break
        trailing.append(t)
    # the rows' own numbers ("1", "2", …) mark where each row begins when the other cells change shape from row
    # to row (birth dates written "1961-03-14" and "4.9.1958")
    # (a table of words and codes alone, no cell a bare number: "Abisko 18840" / "Inga-Lill …" / "3.4.51" /
    # "MK 2207-A", repeats by its codes' and words' shapes)
    shape = next((sh for sh in (_numbered_shape, _row_number_shape, _code_shape, _digit_shape)
                  if max(_repeated_rows(lines, j + t, k + t + n, sh) for t in trailing for n in (1, 2)) >= 2),
                 _numbered_shape)
    shorter = max(_repeated_rows(lines, j + t, k + t, shape) for t in trailing)
    for n in (1, 2):
        if i - n < 0 or not _LEADING_HEADER.match(lines[i - n][1].strip()):
            return 0
        cell = lines[i - n][1].strip()
        if not cell.endswith(".") and not no_listed_name(cell):
            # "Bud" is a word and a name; a plain given name before the table is no header. Cut short with a
            # point ("Ans.", "Lgh.") it is an abbreviated header cell, whatever name its letters spell.
            return 0
        longer = max(_repeated_rows(lines, j + t, k + n + t, shape) for t in trailing)
        if longer >= 2 and longer > shorter:
            return n
    return 0


# A header cell nobody listed: one to three words of letters, the first capitalised ("Tillträde", "Sista dag"), two
# kinds of one column parted by a slash ("Kennel/katteri").
_TRAILING_HEADER = re.compile(r"^[A-ZÅÄÖÉÜ][a-zåäöéü.]{1,19}(?:[ /][A-Za-zÅÄÖÉÜåäöéü][a-zåäöéü.]{0,19}){0,2}$")


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


def _trailing_header_cells(lines: Sequence[tuple[int, str]], j: int, k: int) -> tuple[list[str], int]:
    """The header cells nobody listed on the lines from ``j`` on, after a header run of ``k`` cells, and their
    number of lines; ([], 0) when there are none. They are header-shaped words no list holds as a name, and
    the rows after them repeat their shapes counted with them, where read from ``j`` with the known cells alone
    the rows do not: taken as the first row's values they would become a first name and shift every row.

    The shapes are told finely first, then by digits alone: a column's values may change shape from row to row
    (plates "CX 41 287" and "NHT 48C", birth dates "1972-04-18" and "19 juli 1966"), and a row of a digit's
    cells and a word's cells still repeats."""
    for shape in (_code_shape, _digit_shape):
        found = _trailing_by(lines, j, k, shape)
        if found[1]:
            return found
    return [], 0


def _digit_shape(cell: str) -> str:
    """A cell's shape by whether it holds a digit at all (a mail and running text apart)."""
    shape = _coarse_shape(cell)
    return shape if shape in ("@", "p") else ("n" if any(ch.isdigit() for ch in cell) else "a")


# the last letters of a narrow header cell's word, broken onto a line of their own ("Jordbruksverke" / "t")
_BROKEN_END = re.compile(r"^[a-zåäö]{1,2}$")


def _trailing_by(lines: Sequence[tuple[int, str]], j: int, k: int, shape: Callable[[str], str]) -> tuple[list[str], int]:
    from redact.detect.name_words import no_listed_name

    shorter = _repeated_rows(lines, j, k, shape)
    best: tuple[int, int, int, list[str]] = (0, 0, 0, [])  # rows, lines, extra, cells
    cells: list[str] = []
    m = j
    while len(cells) < 4 and m < len(lines):
        line = lines[m][1].strip()
        if not _TRAILING_HEADER.match(line) or not all(no_listed_name(w.rstrip(".")) for w in re.split(r"[ /]", line)):
            break
        m += 1
        if m < len(lines) and _BROKEN_END.match(lines[m][1].strip()):
            line, m = line + lines[m][1].strip(), m + 1  # one cell over two lines: the rows begin after both
        cells.append(line)
        # MuPDF reads narrow header cells as one line ("Terminer Tillfällen"): the rows may be longer by up to
        # the extra words, a line's words then standing for cells of their own
        words = sum(len(c.split()) for c in cells)
        for extra in range(0, words - len(cells) + 1):
            rows = _repeated_rows(lines, m, k + len(cells) + extra, shape)
            # the rows' shapes repeat at a shift too: the reading that repeats longest, then takes more lines, wins
            if rows >= 2 and rows > shorter and (rows, m - j) > best[:2]:
                best = (rows, m - j, extra, list(cells))
    rows, n, extra, found = best
    if not n:
        return [], 0
    return _split_words(found, extra), n


def _split_words(cells: list[str], extra: int) -> list[str]:
    """The cells with ``extra`` more, the first lines of several words cut into their words, first to last."""
    out: list[str] = []
    for c in cells:
        words = c.split()
        cut = min(extra, len(words) - 1)
        out.extend(words[:cut] + [" ".join(words[cut:])])
        extra -= cut
    return out


def _row_number_shape(cell: str) -> str:
    """A cell's shape as a row's own short number ("3", "12") or anything else."""
    c = cell.strip()
    return "#" if c.isdigit() and len(c) <= 3 else "a"


def _numbered_shape(cell: str) -> str:
    """A cell's shape as :func:`_row_shape` tells it, a row's own short number ("3", "12") told apart."""
    c = cell.strip()
    return "#" if c.isdigit() and len(c) <= 3 else _row_shape(c)


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
            kinds, k = [None] * lead + kinds, k + lead
        trail, n_trail = _trailing_header_cells(lines, j, k)
        if trail:  # "Förnamn" / "Efternamn" / "Nivå" / "Terminer": columns nobody listed close the header row
            header, kinds, k, j = header + trail, kinds + [header_kind(h) for h in trail], k + len(trail), j + n_trail
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
            for n, kind, (start, c) in fits:
                if kind == ID and id_shape.setdefault(n, _row_shape(c)) != _row_shape(c):
                    continue  # a row with an empty cell shifted another column's value here ("AW 10–12")
                if value_fits(kind, c, header[n]) and not (kind == ID and askew_in_personnummer_column(c, header[n])):
                    lead = len(c) - len(c.lstrip())
                    out.append(Cell(start + lead, start + len(c.rstrip()), kind, header[n].strip()))
            row += k
        i = max(j, row)
    return out


# up to 15 digits in groups: a pet's or an animal's chip ("752 098 100 123 456") is one person's
# a group of capitals may stand inside, after the year: "2026-FR-0622"
_ID_SHAPE = re.compile(r"^(?:[A-ZÅÄÖ]{1,3}[- ]?)?\d[\d \u00a0/-]{0,20}(?:[A-ZÅÄÖ]{1,3}[- /][\d \u00a0/-]{0,20})?\d$")
_TIME = re.compile(r"^\d{1,2}[.:]\d{2}$")


#: A label of some number (an invoice's "OCR-nummer", "Fakturanr"): what follows it is that number.
_OTHER_NUMBER_LABEL = re.compile(r"(?:nummer|nr\.?)\s*:?$", re.IGNORECASE)


def _from_id_header_lines(text: str) -> list[Cell]:
    """Identifier-shaped cells below an identifier header alone on its line, wherever the rows fall.

    The stride of a table read one cell a line breaks when a header is not known or a cell is
    empty; an identifier column's values keep their shape, so they are taken by shape until
    the table ends (a blank line or a line of running text).
    """
    out: list[Cell] = []
    lines = _lines(text)
    for i, (_, line) in enumerate(lines):
        if header_kind(line) != ID:
            continue
        head = line.strip()
        # the ID header among other header lines, and rows that repeat their shapes: the table's
        # stride places the column (the cell-line reading), where shape alone would take a year column too
        top = i
        while top > 0 and header_parts(lines[top - 1][1]) is not None:
            top -= 1
        heads, after = _header_run(lines, top)
        if len(heads) >= 2 and after > i and _stride_rows(lines, after, len(heads))[1] >= 2:
            continue
        found: list[tuple[int, Cell]] = []
        own_heads = {h.strip() for h in heads}
        past_header = False  # a row's line read since the header's: a header row from here on is the next table's
        for n, (start, cell) in enumerate(lines[i + 1 : i + 1 + _ROWS], start=i + 1):
            c = cell.strip()
            past_header = past_header or (bool(c) and not _header_cell_line(c))
            if not c or len(c) > 40 or _OTHER_NUMBER_LABEL.search(c):
                break  # the table ends, or another number's label begins ("OCR-nummer"): its values are its own
            if (found or past_header) and c in own_heads and (again := header_parts(c)) is not None:
                # a header row again that lacks this column ("Plats" / "Hemadress" under "Plats" / … / "Pass/ID"): the
                # next table, its first column's codes ("A12") no one's identifiers; a row repeating the whole
                # header (the table going on over a page) reads on
                if head not in {h.strip() for h in _header_run(lines, n)[0]} and again:
                    break
            if (found or past_header) and c not in own_heads and header_parts(c) is not None:
                # another table's header row of two cells or more without this column ("Avtal" / "Lokal Ort" /
                # "Adress" under "Kundnr", even when no code of its rows had a number's shape): the next table's codes
                run = {h.strip() for h in _header_run(lines, n)[0]}
                if len(run) >= 2 and head not in run:
                    break
            if _ID_SHAPE.match(c) and value_fits(ID, c, head) and not _TIME.match(c):
                lead = len(cell) - len(cell.lstrip())
                found.append((n, Cell(start + lead, start + lead + len(c), ID, head)))
        out.extend(_own_column(lines, i, found, text))
    return out


_DIGIT_RUN = re.compile(r"\d+")
_CAPITAL = re.compile(r"[A-ZÅÄÖ]")
# A header naming a place the authority lets ("Plats" over a camping's "S-14", "Bod", "Lott"): its numbers are the place's.
_PLACE_HEADERS = frozenset({"plats", "platsnr", "bod", "lott", "rum", "box", "skåp", "hus", "stuga", "stall", "bås"})
# a sum in groups of three ("14 620"), or a count of up to three digits ("120" hours): beside lettered codes,
# the next column's figure
_GROUPED_SUM = re.compile(r"^\d{1,3}(?:[ \u00a0]\d{3})*$")


# A header cell over a column of sums ("Kronor", "Belopp (kr)", "Värde"), and a sum of one to three groups of three
# ("240 000", "1 050 000"; a chip's fifteen digits in five groups are no sum)
_SUM_HEADER = re.compile(r"(?i)(?:kronor|kr|sek|belopp|summa|värde|pris|kostnad|skuld|fordran)(?:[ \t]*\((?:kr|sek)\))?\.?")
_SHORT_SUM = re.compile(r"^\d{1,3}(?:[ \u00a0]\d{3}){1,2}$")


def _sum_header_after(lines: Sequence[tuple[int, str]], i: int) -> bool:
    """True when a sum's header cell follows the identifier's header on line ``i`` among the header's cells."""
    n = i + 1
    while n < len(lines) and n <= i + 6 and _header_cell_line(lines[n][1]):
        if _SUM_HEADER.fullmatch(lines[n][1].strip()):
            return True
        n += 1
    return False


def _header_cell_line(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= 30 and s[:1].isupper() and not any(ch.isdigit() for ch in s)


def _own_column(lines: Sequence[tuple[int, str]], i: int, found: list[tuple[int, Cell]], text: str) -> list[Cell]:
    """Of the codes taken by shape below an identifier header on line ``i``, those of its own column: where a header
    cell before it names the authority's own number ("Gravs.nr", "Anm.nr", "Dnr", "Kvitto") and codes of two shapes alternate
    in the rows ("UG-26-118" of the first column, "K26-3318" under "Krem.nr"), the shape whose codes come first in
    the rows is that earlier column's; else all of them."""
    shapes: dict[str, list[tuple[int, Cell]]] = {}
    for n, c in found:
        shapes.setdefault(_DIGIT_RUN.sub(lambda m: "9" * len(m.group()), text[c.start:c.end]), []).append((n, c))
    # "14 620", "9 480" (or "120" hours) between the rows' "HG-40 1187": a column of sums or counts beside the codes,
    # no one's identifier; or a sum's header cell after the identifier's ("Identitet" / "Kronor"): "240 000" is the
    # next cell's sum
    sums = (_GROUPED_SUM if sum(any(ch.isalpha() for ch in text[c.start:c.end]) for _, c in found) >= 2
            else _SHORT_SUM if _sum_header_after(lines, i) else None)
    if sums is not None:
        found = [(n, c) for n, c in found if not sums.match(text[c.start:c.end])]
        shapes = {k: [(n, c) for n, c in v if not sums.match(text[c.start:c.end])] for k, v in shapes.items()}
    groups = [v for v in shapes.values() if len(v) >= 2]
    top = i
    while top > 0 and _header_cell_line(lines[top - 1][1]):
        top -= 1
    # a place's column before ("Plats" over "S-14"): its codes of one shape, each row's first, among the identifier
    # column's codes of many shapes (passports of several countries); so are the authority's own numbers' ("Ärende")
    from redact.detect.code_columns import _names_own_paper

    # (or the authority's own number's column before, "Ärende" over "SR-3301": the codes opening the rows are its)
    placed = any(line.strip().lower() in _PLACE_HEADERS or names_other_number(line.strip())
                 or names_thing_number(line.strip()) or _names_own_paper(line.strip()) for _, line in lines[top:i])
    place = (len(groups) == 1 and len(found) > len(groups[0]) and groups[0][0][1] is found[0][1] and placed)
    # the places may differ in their letter as a campsite's rows do ("A12", "A14", "B03", "C01"): their shape with
    # any capital for a capital is one
    coarse: dict[str, list[tuple[int, Cell]]] = {}
    for n, c in found:
        coarse.setdefault(_CAPITAL.sub("A", _DIGIT_RUN.sub(lambda m: "9" * len(m.group()), text[c.start:c.end])),
                          []).append((n, c))
    pitches = [v for v in coarse.values() if len(v) >= 2]
    if not place and placed and len(pitches) == 1 and len(found) > len(pitches[0]) and pitches[0][0][1] is found[0][1]:
        place, groups = True, pitches
    if len(groups) < 2 and not place:
        return [c for _, c in found]
    # the header's place among the header cells ("Lån" / "Låntagare" / "Lånekort" / "Cykel"): a shape whose first
    # code stands in the first row before that place is an earlier column's ("27-041", the loan's number, before
    # "LK 771 0452" under "Lånekort"), whatever that column's header says
    after = i + 1
    while after < len(lines) and _header_cell_line(lines[after][1]):
        after += 1
    earlier = [v for v in groups if v[0][0] - after < i - top]
    if i > top and earlier and any(v[0][0] - after == i - top for v in groups):
        return [c for _, c in found if not any(c is d for v in earlier for _, d in v)]
    if not place and not any(names_other_number(line.strip()) or names_thing_number(line.strip())
                             or _names_own_paper(line.strip()) for _, line in lines[top:i]):
        return [c for _, c in found]
    first = min(groups, key=lambda v: v[0][0])
    return [c for n, c in found if all(c is not d for _, d in first)]


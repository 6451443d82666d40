"""Identifier-shaped lines under an identifier header alone on its line, wherever the rows of a table
read one cell a line fall; and of them, those of the identifier's own column.

Part of the text readings of a table (``redact.detect.table_text``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.id_labels import names_other_number, names_thing_number
from redact.detect.negated_labels import negated_cell
from redact.detect.table_columns import _ROWS, Cell
from redact.detect.table_header_lines import header_parts
from redact.detect.table_header_runs import _header_run
from redact.detect.table_header_words import ID
from redact.detect.table_headers import header_kind
from redact.detect.table_row_shapes import _ID_SHAPE, _stride_rows
from redact.detect.table_text import _lines
from redact.detect.table_values import value_fits


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
        if header_kind(line) != ID or negated_cell(line):
            continue  # ("inget kort": a row's cell saying there is no card, no header over the lines below)
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


def _first_row(lines: Sequence[tuple[int, str]], i: int) -> int:
    """The first line after the header cells that follow the header on line ``i``: the table's first row."""
    after = i + 1
    while after < len(lines) and _header_cell_line(lines[after][1]):
        after += 1
    return after


def _first_cells_only(lines: Sequence[tuple[int, str]], i: int, found: list[tuple[int, Cell]]) -> bool:
    """True when the codes taken below the identifier header on line ``i`` (not the header row's first cell) are each
    row's first cell alone: the first one on the first line after the header row, the rest at one even stride of
    more lines than one. The identifier column's own values (another shape) were not taken: these are the first
    column's, the authority's own numbers under the header cell that names them."""
    after = _first_row(lines, i)
    rows = [n for n, _ in found]
    if len(rows) < 2 or rows[0] != after:
        return False
    steps = {b - a for a, b in zip(rows, rows[1:])}
    return len(steps) == 1 and steps.pop() > 1


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
    if (len(groups) == 1 and len(found) == len(groups[0]) and i > top and _opens_rows(lines, i, found)
            and any(_names_own_paper(line.strip()) for _, line in lines[top:min(top + 2, i)])):
        # one shape's codes, each opening its row, under a header whose first cell names the authority's own case
        # ("Ärende" / "Person" / "Född" / "Stödnummer", a caption perhaps above): the case column's codes; the
        # identifier's own have another shape
        return []
    # (the authority's own paper's or number's header only: a lot's or a place's codes, "Lott" over "HK-27 0441-822", are
    # a person's as often)
    own = any(_names_own_paper(line.strip()) or names_other_number(line.strip()) for _, line in lines[top:i])
    if own and not place and i > top and _first_cells_only(lines, i, found):
        return []  # "Ärende" / … / "Stödnummer" over "4-4418271", "ÅE-27-4418-A": the codes are the case column's
    if len(groups) < 2 and not place:
        return [c for _, c in found]
    # the header's place among the header cells ("Lån" / "Låntagare" / "Lånekort" / "Cykel"): a shape whose first
    # code stands in the first row before that place is an earlier column's ("27-041", the loan's number, before
    # "LK 771 0452" under "Lånekort"), whatever that column's header says
    after = _first_row(lines, i)
    earlier = [v for v in groups if v[0][0] - after < i - top]
    if i > top and earlier and any(v[0][0] - after == i - top for v in groups):
        return [c for _, c in found if not any(c is d for v in earlier for _, d in v)]
    if not place and not any(names_other_number(line.strip()) or names_thing_number(line.strip())
                             or _names_own_paper(line.strip()) for _, line in lines[top:i]):
        return [c for _, c in found]
    first = min(groups, key=lambda v: v[0][0])
    return [c for n, c in found if all(c is not d for _, d in first)]


def _opens_rows(lines: Sequence[tuple[int, str]], i: int, found: list[tuple[int, Cell]]) -> bool:
    """True when the first code found below the header on line ``i`` stands on the first row's first line."""
    after = _first_row(lines, i)
    return bool(found) and found[0][0] == after

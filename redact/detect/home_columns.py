"""A table's column of homes under a header nobody listed ("Hämtades vid", "Körs hem till"): judged by its cells.

Where most filled cells of such a column are streets, with or without their house number ("Vintergatan 2 lgh
1201", "Linvägen"), the column says where the persons of the table live, and its other cells are homes too in the
shapes no rule takes alone: a village and a house number ("Kallbäcken 7", "Hästnäs Norra 4"), a farm and its
village ("Gammelgården, Vitmyra"). A column whose header speaks of where someone lives, stays, is reached or is
served ("Bor tillfälligt", "Vistas nu", "Nås via", "Delges på") holds homes however it is worded: its cells of an
address's shape with a house number are homes though no street stands among them ("Ekmyra 7", "Lillås 3 B").
Part of the geometric table reading (``redact.detect.table_geometry``), which hands over the columns of a table of
persons under a header of no known kind.

An address split over two cells is read from its last cell: a column whose every filled cell is a postal code and
its town ("977 52 Luleå") closes the address the column before it opens, whatever shape that has (a student house
and its corridor, a cabin by a lake, "Porsön, hus 12, rum 1208").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.code_columns import POSTAL_HEADER
from redact.detect.stay_cells import is_stay_header
from redact.detect.table_columns import Cell
from redact.detect.table_header_words import ADDRESS, FIRST, FULL, LAST
from redact.detect.table_home_values import _STREET_ALONE, home_without_number
from redact.detect.table_values import value_fits

_EMPTY = frozenset({"", "-", "–", "—", "x", "X", "saknas"})
# the house number, a letter, a flat after a street: "Vintergatan 2 lgh 1201", "Sälgvägen 3 C"
_NUMBER_AFTER = re.compile(r"\s+\d{1,4}(?:\s?[A-Za-z])?(?:,?\s+lgh\s+\d{1,4})?$")
# the letterbox's holder in front of the street: "c/o Lind, Ekvägen 3"
_CARE_OF = re.compile(r"^c/o\s+[^,]{1,40},\s*", re.IGNORECASE)
# what the column's cells are judged as: a home under a header naming one
_HOME_HEADER = "Bostad"


# the postal code and town closing the cell: "Tranbärsvägen 6, 754 50 Uppsala"
_POSTAL_AFTER = re.compile(r",?\s+\d{3}\s?\d\d\s+[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?$")


def _street(cell: str) -> bool:
    v = _POSTAL_AFTER.sub("", _CARE_OF.sub("", " ".join(cell.split())))
    return bool(_STREET_ALONE.match(_NUMBER_AFTER.sub("", v)))


def is_home_column(cells: Sequence[str]) -> bool:
    """True when three cells at least are filled, half of them at least are streets (two at least) and half hold a
    house number; a cell in lower case (a line of text below the table cut at the borders) is not counted."""
    # a line of text below the table, cut at the column borders, begins in lower case: no cell of the column
    filled = [c.strip() for c in cells if c.strip() not in _EMPTY
              and (not c.strip()[:1].islower() or _CARE_OF.match(c.strip()))]
    streets = sum(_street(c) for c in filled)
    # a home at a letterbox's holder ("c/o Lind, Myrby 4") or a farm and its village ("Backa norra, Tallmo") is a
    # home's shape no other column holds: it counts with the streets towards the column's half
    homes = streets + sum(not _street(c) and bool(_CARE_OF.match(c) or ("," in c and home_without_number(c, _HOME_HEADER)))
                          for c in filled)
    # homes have house numbers; a column of roads named alone ("Lomtjärnsvägen") is a list of roads
    numbered = sum(any(ch.isdigit() for ch in c) for c in filled)
    return len(filled) >= 3 and streets >= 2 and homes * 2 >= len(filled) and numbered * 2 >= len(filled)


def _stay_column(cells: Sequence[str], header: str) -> bool:
    """A column under a header of a stay with one cell at least of an address's shape with its house number."""
    return is_stay_header(header) and any(
        any(ch.isdigit() for ch in c) and value_fits(ADDRESS, c, header) for c in cells)


def _filled(cells: Sequence[str]) -> list[str]:
    return [" ".join(c.split()) for c in cells if c.strip() not in _EMPTY]


def _opens_address(cell: str) -> bool:
    """A cell that can be an address's first line: it opens with a capital (or "c/o") and is no lone number."""
    v = " ".join(cell.split())
    return bool(v) and (v[:1].isupper() or bool(_CARE_OF.match(v))) and any(ch.isalpha() for ch in v)


def split_address_cells(loose: dict[int, list[tuple[int, int]]], heads: Sequence[str], text: str) -> list[Cell]:
    """The first lines of addresses split over two cells, before a column of postal codes and towns (see module)."""
    out = []
    for n, spans in loose.items():
        cells = [text[a:b] for a, b in spans]
        # (the postal column itself is no loose column: its header names a number of its own)
        if n + 1 < len(heads) and POSTAL_HEADER.fullmatch(heads[n + 1].strip()) and not is_home_column(cells):
            filled = _filled(cells)
            # most cells hold a number: a house's, a room's; a column of names or towns has none
            if len(filled) >= 2 and sum(any(ch.isdigit() for ch in c) for c in filled) * 2 >= len(filled):
                out.extend(Cell(a, b, ADDRESS, heads[n].strip() or "kolumn utan rubrik") for a, b in spans
                           if _opens_address(text[a:b]))
    return out


def home_cells(loose: dict[int, list[tuple[int, int]]], heads: Sequence[str], text: str) -> list[Cell]:
    """The cells of the loose columns of homes that hold a home (see is_home_column), and of a stay's header."""
    out = []
    for n, spans in loose.items():
        cells = [text[a:b] for a, b in spans]
        if is_home_column(cells):
            out.extend(Cell(a, b, ADDRESS, heads[n].strip() or "kolumn utan rubrik") for a, b in spans
                       if value_fits(ADDRESS, text[a:b], _HOME_HEADER))
        elif _stay_column(cells, heads[n]):
            # where a stay's header alone tells the column, a cell without a number ("Hotell Vitsand", "Mormor") is
            # a place of no one's own or a person, not a home
            out.extend(Cell(a, b, ADDRESS, heads[n].strip()) for a, b in spans
                       if (any(ch.isdigit() for ch in text[a:b]) or _street(text[a:b]))
                       and value_fits(ADDRESS, text[a:b], heads[n]))
    return out + split_address_cells(loose, heads, text)


def homes_under_names(cells: list[Cell], columns: dict[int, list[tuple[int, int]]], kinds: Sequence[str | None],
                      heads: Sequence[str], text: str) -> list[Cell]:
    """``cells`` with a column of homes under a header of persons ("Svarande" over "Ekgatan 2, 754 31 Uppsala",
    "Bergsäng") read as homes: a delivery list gives each party's address under the party's header."""
    for n, spans in columns.items():
        if kinds[n] not in (FULL, FIRST, LAST) or not is_home_column([text[a:b] for a, b in spans]):
            continue
        inside = set(spans)
        cells = [c for c in cells if (c.start, c.end) not in inside]
        cells.extend(Cell(a, b, ADDRESS, heads[n].strip()) for a, b in spans
                     if value_fits(ADDRESS, text[a:b], _HOME_HEADER))
    return cells

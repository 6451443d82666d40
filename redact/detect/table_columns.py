"""Cells of a table column whose header says what they hold: identifiers under "Anst.nr" or
"Klientnr", first names under "Förnamn", surnames under "Efternamn", names under "Namn" or
"Kontaktperson", initials under "Sign." or "Ansvarig".

A value in such a column has no shape of its own ("4 512", "X-123 456", "Somchai"), so the
header decides. Three readings of a table are understood:

* the page's geometry (a PDF page, an OCR'd page; ``redact.detect.table_geometry``): the cells whose words lie under the header
  cell, row after row, until the table ends;
* a row a line with cells split by tabs, "|", ";" or two spaces (plain text, poppler's layout);
* one cell a line, row after row (MuPDF's reading of a ruled table, kept in text files):
  the header cells stand on consecutive lines and each row repeats the same number of lines
  (these two: ``redact.detect.table_text``; identifiers under an identifier header alone on its line:
  ``redact.detect.table_id_lines``).

What a header cell says is in ``redact.detect.table_headers`` (its words ``table_header_words``, a line read
as header cells ``table_header_lines``); what a cell under it may hold in ``redact.detect.table_values``
(a birth date ``table_birth_values``, a home ``table_home_values``, a name or initials ``table_name_values``).
This module combines the readings (``headed_cells``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What other modules take from here: the kinds of column, the header and value tests.
from redact.detect.table_header_words import (  # noqa: F401
    ADDRESS, BANK, BIRTH, FIRST, FULL, ID, LAST, PROPERTY, SIGN,
)
from redact.detect.table_headers import _is_header, header_kind  # noqa: F401
from redact.detect.table_header_lines import (  # noqa: F401
    header_parts, header_segments, header_words_only, names_a_number, split_glued,
)
from redact.detect.table_values import birth_date_for_personnummer, value_fits  # noqa: F401
from redact.detect.table_birth_values import birth_dates_listed
from redact.detect.table_name_values import NAME_IN_AGES, NAMES_WITH_AGES, RESIDENTS_HEADER, _is_title  # noqa: F401
from redact.detect.participant_numbers import without_shared_values
from redact.types import Page

#: Rows read under a header at most.
_ROWS = 80


def __getattr__(name: str) -> object:
    """A name that moved to the modules split out of this one (``_HEADER_KIND``, ``_from_rows``) is
    still found here, so that code written against the single module keeps working."""
    import importlib

    if name.startswith("__"):
        # the import system asks for "__path__" on every "from ... import": importing the readings then would
        # cycle back into the modules that are importing this one
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    for module in ("table_headers", "table_header_words", "table_header_lines", "table_values", "table_birth_values",
                   "table_home_values", "table_name_values", "table_text", "table_header_runs", "table_row_shapes",
                   "table_id_lines"):
        found = importlib.import_module(f"redact.detect.{module}")
        if name in vars(found):
            return vars(found)[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class Cell:
    """A cell of a headed column: its span in the page text, what the header says it holds."""

    start: int
    end: int
    kind: str
    header: str


def headed_cells(page: Page) -> list[Cell]:
    """Every cell of a headed column on the page, by all three readings, without duplicates."""
    # the readings build on this module
    from redact.detect.table_geometry import from_words
    from redact.detect.table_id_lines import _from_id_header_lines
    from redact.detect.table_text import _from_cell_lines, _from_rows

    seen: dict[tuple[int, int], Cell] = {}
    for finder in (from_words, _from_rows, _from_cell_lines, _from_id_header_lines):
        try:
            cells = finder(page) if finder is from_words else finder(page.text)
        except Exception:  # a widening rule must never cost the page its other findings
            import logging

            logging.getLogger(__name__).exception("table columns: %s failed on page %s", finder.__name__, page.number)
            continue
        for c in cells:
            for part in _sign_parts(c, page.text):
                seen.setdefault((part.start, part.end), part)
    # (a year alone under a birth's header is the person's birth year, a column of years only too: see
    # placed_birth_dates)
    return sorted(without_shared_values(list(seen.values()), page.text), key=lambda c: (c.start, c.end))


# a small word naming the kind of mark before the code in an identifier's cell ("ring", "chip", "tatuering")
_MARK_KIND_FIRST = re.compile(r"(?:ring|ringen|chip|chipet|mikrochip|tatuering|öronmärke|bricka|märke|transponder)"
                              r"[ \t]+(?=[^\n]*?\d(?:[^\n]*?\d){2})")
_PERSONNUMMER = re.compile(r"(?<![\d-])(?:19|20)?\d{6}[-+ ]?\d{4}(?![\d-])")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _beside_personnummer(text: str, start: int, end: int) -> bool:
    """True when a personnummer stands in the cell's row: on its line when the line holds the row's other cells,
    else (one cell a line) on the line before or after it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        lo, hi = line_start, line_end
    else:
        lo = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        hi = text.find("\n", line_end + 1)
        hi = len(text) if hi < 0 or line_end >= len(text) else hi
    return bool(_PERSONNUMMER.search(text[lo:start] + " " + text[end:hi]))


def _recent(value: str) -> bool:
    """True for a date of this year or the last: when something was registered or booked, rarely a birth."""
    import datetime as _dt

    m = _YEAR.search(value)
    return m is not None and int(m.group()) >= _dt.date.today().year - 1


_ONE_NAME_NUMBER = re.compile(r"^[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?[ \t]+\d{1,4}[A-Za-z]?$")
# (a capital of any Latin alphabet; a hyphenated given name's second part may be small, as a Korean or Chinese one's
# is romanised: "Ji-woo", "Min-jun")
_CAP = r"[A-ZÅÄÖÉÜØÆŁŠŽČĆÇŞİÑÁÍÓÚ]"
# (a surname's particles in small letters before its capitalised word: "Anouk de Vries", "Jan van der Berg")
_PARTICLE = r"(?:van|von|de|der|den|af|av|da|di|del|della|la|le|du|dos|das|al|bin|ibn|ter|ten)"
# (a surname's prefix joined by an apostrophe: "Siobhán O'Donnell", "Luca D’Amico")
_NAME_WORD = rf"{_CAP}(?:[^\W\d_]{{0,2}}['’]{_CAP})?[^\W\d_]+(?:-[^\W\d_]+)*"
_CAP_NAME = rf"{_NAME_WORD}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}{_NAME_WORD})*"
# "and" as the languages of the papers write it between two persons' names ("Ingrid og Torbjørn Haugen", "Emily and
# James Carter", "Hans und Greta Vogel", "María y José Soto")
_AND = r"och|og|and|und|et|y|e|ja|en|és|ve|și|&"
_TWO_PEOPLE = re.compile(rf"^({_CAP_NAME})[ \t]+(?:{_AND})[ \t]+({_CAP_NAME})$")
_SIGN_SEP = re.compile(r"\s*[/,&]\s*|\s+och\s+")


def _sign_parts(cell: Cell, text: str) -> list[Cell]:
    """A signature cell holding several people's initials ("SEK / BaT") as one cell each: the separator stays readable
    (and a cell another column's kind by its value: a home under "Boende", a birth date under "Personnummer")."""
    value = text[cell.start:cell.end]
    if cell.kind == ID and (kind_word := _MARK_KIND_FIRST.match(value)) is not None:
        # "ring SE 14-2203 ZB", "chip 752098…" under "Märkning": the small word says which mark the code is; the code
        # alone is the animal's owner's
        return [Cell(cell.start + kind_word.end(), cell.end, ID, cell.header)]
    if cell.kind == ID and birth_date_for_personnummer(value, cell.header):
        if _beside_personnummer(text, cell.start, cell.end) or _recent(value):
            return []  # the row's number stands beside it: another column's date ("I kön sedan") read askew
        return [Cell(cell.start, cell.end, BIRTH, cell.header)]  # a birth date where the number would stand
    if cell.kind in (FULL, FIRST) and RESIDENTS_HEADER.match(cell.header.strip()) and _ONE_NAME_NUMBER.match(value):
        # "Nävelsjö 8" under "Boende" (where each placed person lives): a village and a house number, not a child
        # with an age; the whole cell is the home
        return [Cell(cell.start, cell.end, ADDRESS, cell.header)]
    if cell.kind == BIRTH and (listed := birth_dates_listed(value, cell.header)):
        # two children's birth dates in one cell, as their names beside them: each date a cell, the comma readable
        return [Cell(cell.start + a, cell.start + b, BIRTH, cell.header) for a, b in listed]
    if cell.kind in (FULL, FIRST) and NAMES_WITH_AGES.match(value):
        # children with their ages in one cell: each name a cell of its own, the ages stay readable
        return [Cell(cell.start + m.start(), cell.start + m.end(), cell.kind, cell.header)
                for m in NAME_IN_AGES.finditer(value)]
    if cell.kind == FULL and (two := _TWO_PEOPLE.match(value)):
        # "Amra och Edin Mujić" under "Klagande": two people in one cell, each a name of their own, "och" readable
        return [Cell(cell.start + two.start(n), cell.start + two.end(n), FULL, cell.header) for n in (1, 2)]
    if cell.kind != SIGN or not _SIGN_SEP.search(value):
        return [cell]
    out, pos, last = [], 0, 0
    for m in [*_SIGN_SEP.finditer(value), None]:
        a, b = (m.start(), m.end()) if m else (len(value), len(value))
        if m is not None and m.group().strip() == "," and written_out(value[last:a]) and written_out(
                value[b:_next_sep(value, b)]):
            last = b
            continue  # "Ebba Lindfors, Mira Alić" under "Bokat av": names written out, one list of people, no initials
        last = b
        if a > pos:
            out.append(Cell(cell.start + pos, cell.start + a, cell.kind, cell.header))
        pos = b
    return out


def written_out(part: str) -> bool:
    """True for a name written out: two capitalised words or more, or one of four letters or more ("Ebba Lindfors",
    "Lindfors"); initials ("KVi", "t.s.", "Ab") are none."""
    words = part.split()
    if not words or len(words) > 4 or not all(_written_word(w) for w in words):
        return False
    return len(words) >= 2 or len(words[0]) >= 4


def _written_word(word: str) -> bool:
    """A capitalised word of small letters, hyphenated parts too ("Alić", "Anna-Lena"); "KVi", "GrL" are initials."""
    return all(len(p) >= 2 and p[:1].isupper() and p[1:].isalpha() and p[1:].islower() for p in word.split("-"))


def _next_sep(value: str, pos: int) -> int:
    """Where the separator after ``pos`` starts, or the value's end."""
    m = _SIGN_SEP.search(value, pos)
    return m.start() if m else len(value)

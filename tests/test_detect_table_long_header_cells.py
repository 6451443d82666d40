"""A table read one cell a line whose header row opens with a column nobody listed ("Mål") and closes with a long
compound nobody listed ("Importkontroll"), under a caption named after one of its columns: the header is read whole,
so the closing header cell is no name under "Klagande" and every row's name and birth date are read. Fictional
people; the text reading alone."""

from __future__ import annotations

from redact.detect.table_text import _from_cell_lines

TABLE = """Överklaganden
Klagande
Mål
Klagande
Född
Importkontroll
5521-27
Henrik Dahlberg
1977-03-14
TI27-55211/K
5522-27
Ronja Kvist
1983-08-02
TI27-55212/K
5523-27
Jalal Haidari
1969-11-30
TI27-55213/K

Beslutet kan överklagas.
"""


def test_a_long_closing_header_cell_is_no_value_and_the_rows_line_up() -> None:
    cells = [(c.kind, TABLE[c.start:c.end]) for c in _from_cell_lines(TABLE)]
    assert not any(text == "Importkontroll" for _, text in cells), cells
    assert ("full", "Ronja Kvist") in cells and ("birth", "1969-11-30") in cells, cells

"""Captions and header cells of the next table, read one cell a line right after a table, are no names: a caption
standing in a row's empty last cell ("Box 2208, …" / "Skrivelser" / "Person" / "Sak"), a caption and an unlisted
header cell beside a role's header ("Adresser" / "Aktbilaga" / "Adress" / "Kontaktperson"). The names in the rows
are still found. Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text

TABLES = """Kallelse till förhandling
Parter
Aktbilaga
Person
Född
Ombud
B 301-27
Lena Dahlqvist
1971-03-02
Ivar Bergholm
B 302-27
Omar Said
1984-11-20
Greta Nordin
B 303-27
Ulla Sjöqvist
1950-06-14
Adresser
Aktbilaga
Adress
Kontaktperson
B 301-27
Lindvägen 3, 541 30 Skövde
Pia Dahlqvist
B 302-27
Box 2208, 541 02 Skövde
Skrivelser
Person
Sak
Nummer
Handl.
Telefon
LD
intyg
nr 4411-27
KW
0500-44 12 27
"""


@pytest.fixture(scope="module")
def persons(blank_detector) -> list[str]:
    return [f.text for f in detect_text(TABLES, blank_detector).findings if f.category == "PERSON"]


@pytest.mark.parametrize("word", ["Adresser", "Aktbilaga", "Skrivelser"])
def test_the_next_tables_caption_and_header_cells_stay_readable(persons: list[str], word: str) -> None:
    assert word not in persons


@pytest.mark.parametrize("name", ["Lena Dahlqvist", "Ivar Bergholm", "Ulla Sjöqvist", "Pia Dahlqvist"])
def test_the_names_in_the_rows_are_found(persons: list[str], name: str) -> None:
    assert name in persons

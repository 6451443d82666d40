"""A letter's window abroad whose first line ends in the flat's code, the postcode's line under it: a Norwegian flat
number ("Fjordgata 7 A, H0201" / "0155 Oslo, Norge"), a Brazilian flat with no comma before the line break ("Rua das
Flores 12, apto 8" / "Recife - PE, 50010-000, Brasil"). Fictional addresses."""

from __future__ import annotations

from redact.detect.address_iberian import BRAZILIAN
from redact.detect.streets_abroad import FOREIGN_STREET


def test_a_norwegian_flat_number_ends_the_windows_first_line():
    text = "Helga Berg\nFjordgata 7 A, H0201\n0155 Oslo, Norge\n\nVi har mottagit din ansökan."
    m = FOREIGN_STREET.search(text)
    assert m is not None and m.group().startswith("Fjordgata 7 A, H0201\n0155 Oslo")


def test_a_brazilian_flat_before_the_line_break_of_the_window():
    text = "Ana Lima\nRua das Flores 12, apto 8\nRecife - PE, 50010-000\n\nVi har mottagit din ansökan."
    m = BRAZILIAN.search(text)
    assert m is not None and m.group() == "Rua das Flores 12, apto 8\nRecife - PE, 50010-000"

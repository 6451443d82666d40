"""A boat owner's berth in a column under "Båtplats" ("Vikholmen, plats B 12") is their address as the home beside it
is. Fictional places."""
from __future__ import annotations

from redact.detect.address_berth_cells import berth_cell, berth_header
from redact.detect.table_values import value_fits


def test_a_berth_under_a_berth_header_is_an_address():
    for cell in ("Vikholmen, plats B 12", "Hälleviken, plats 4", "Mälarbaden, brygga 2:7", "Tallsjön, brygga A 3"):
        assert berth_cell(cell)
        assert value_fits("address", cell, "Båtplats")
    assert berth_header("Båtplats") and berth_header("Bryggplats (hamn)")


def test_a_berth_needs_its_header_and_its_place():
    assert not berth_header("Lokal") and not berth_header("Plats")
    assert not berth_cell("plats 4") and not berth_cell("Hälleviken")

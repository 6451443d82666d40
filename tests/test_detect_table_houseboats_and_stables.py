"""Homes with no street in a table's column: a houseboat's berth at a quay under "Kajplats" ("Norr Mälarstrand,
kajplats 12", "Långholmen, brygga 2, plats 9"), a horse keeper's stable and box under "Stall eller hage" ("Stall
Ekbacken, box 4"). Under any other header the same words name no home. Fictional places."""

from __future__ import annotations

import pytest

from redact.detect.address_berth_cells import berth_cell, berth_header
from redact.detect.address_stable_cells import stable_cell, stable_header
from redact.detect.table_headers import header_kind
from redact.detect.table_values import value_fits


@pytest.mark.parametrize("cell", ["Norr Mälarstrand, kajplats 12", "Långholmen, brygga 2, plats 9",
                                  "Riddarfjärden, liggplats B 4"])
def test_a_houseboats_berth_under_a_quay_header_is_an_address(cell):
    assert berth_cell(cell)
    assert header_kind("Kajplats") == "address"
    assert value_fits("address", cell, "Kajplats")


@pytest.mark.parametrize("cell", ["Stall Ekbacken, box 4", "Hästgården Solbacka, spilta 11", "Norrgården, hage 2"])
def test_a_stable_and_its_box_under_a_stable_header_is_an_address(cell):
    assert stable_cell(cell)
    assert header_kind("Stall eller hage") == "address"
    assert value_fits("address", cell, "Stall eller hage")


def test_a_berth_or_a_box_needs_its_header_and_its_place():
    assert berth_header("Kajplats") and not berth_header("Plats")
    assert stable_header("Uppstallning") and not stable_header("Lokal")
    assert not stable_cell("box 4") and not berth_cell("kajplats 12")
    assert not value_fits("address", "Stall Ekbacken, box 4 och 5", "Stall eller hage")


@pytest.mark.parametrize("cell, header", [("Ekbyskolan, internatet, rum 12", "Sommaradress"),
                                          ("Norrbackaskolan elevhemmet rum 3", "Adress"),
                                          ("Östergården, Lövsta 4:17", "Adress"),
                                          ("Björkbacken, Hulta 2:9", "Gata eller gård")])
def test_a_boarding_room_or_a_farm_before_its_designation_is_a_home(cell, header):
    assert value_fits("address", cell, header)


@pytest.mark.parametrize("cell, header", [("Ekbyskolan, internatet, rum 12", "Bor under veckan"),
                                          ("Lövsta 4:17", "Adress"), ("Östergården, Lövsta 4:17", "Postort")])
def test_a_boarding_room_needs_an_address_header_and_a_designation_alone_is_the_propertys(cell, header):
    assert not value_fits("address", cell, header)

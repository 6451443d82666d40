"""A home with no street in a table's address cell: a hotel or hostel named in several words with the room a family
is placed in, a farm with its property designation, and a named home with its numbered parts under a header naming a
home in other words than "adress" ("Bostad i Sverige"). The name alone, or under another header, stays as it was.
Fictional people and places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.address_named_home_cells import farm_designation_cell, lodging_room_cell
from redact.detect.table_values import value_fits
from tests.address_checks import readable_letters


@pytest.mark.parametrize("value, header", [
    ("Hotell Gamla Tullen, rum 214", "Adress"),
    ("Vandrarhem Sjöbris Norra, rum 3", "Bostad"),
    ("Norrgården, Bäckby 3:12", "Adress i Sverige"),
    ("Lilla Ängstorp, Övre Näs 1:4", "Adress"),
    ("Lövåsens arbetsbodar, bod 7", "Bostad i Sverige"),
    # the farm's own noun in lowercase, or the house's number in its village, before the designation
    ("Kvarna gård, Ramsta Kvarna 3:2", "Adress"), ("Byn 27, Öster-Näsby 2:8", "Adress"),
    ("Lilla torpet, Fröslunda 1:5", "Adress"),
])
def test_a_home_without_a_street_under_a_home_header_is_an_address(value, header):
    assert value_fits("address", value, header)


@pytest.mark.parametrize("value, header", [
    ("Hotell Gamla Tullen, rum 214", "Lokal"), ("Lilla Ängstorp, Övre Näs 1:4", "Postort"),
    ("Hotell Gamla Tullen", "Adress"), ("Lövåsens arbetsbodar, bod 7", "Förråd"),
])
def test_the_name_alone_or_another_header_is_no_home(value, header):
    assert not value_fits("address", value, header)


def test_the_shapes():
    assert lodging_room_cell("Hotel Royal Garden, room 12") and not lodging_room_cell("Hotell, rum 4")
    assert farm_designation_cell("Västanå, Ekeby 2:7") and not farm_designation_cell("Västanå, Ekeby")
    assert not farm_designation_cell("Se bilaga, Protokoll 3:4") and not farm_designation_cell("Byn, Ekeby 2")


def test_a_hotel_room_in_an_address_column_is_masked(blank_detector):
    text = ("Elev | Adress | Postort\n"
            "Mira Haddad | Hotell Gamla Tullen, rum 214 | 211 20 Malmö\n"
            "Elin Ek | Storgatan 4 | 211 22 Malmö\n")
    assert readable_letters(blank_detector, text, "Hotell Gamla Tullen, rum 214") == ""

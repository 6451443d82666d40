"""A resident's garage or parking place under a column of them ("Garageplats": "Garage Ekbacken, plan -1, plats 32")
is masked as their address is; the place's word alone, or under another header, is not. Fictional people and
places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.address_parking_cells import parking_cell, parking_header
from redact.detect.table_values import value_fits
from tests.address_checks import readable_letters


@pytest.mark.parametrize("value", ["Garage Ekbacken, plan -1, plats 32", "Stenbrottet, plats 9",
                                   "P-hus Norra torg, våning 3, plats B 14", "Garage Hamnkrogen, nr 4"])
def test_a_garage_and_its_place_under_a_parking_header_is_an_address(value):
    assert parking_header("Garageplats") and parking_cell(value)
    assert value_fits("address", value, "Garageplats")
    assert value_fits("address", value, "P-plats")


@pytest.mark.parametrize("value, header", [
    ("plats 32", "Garageplats"), ("Ja, plats 4", "Garageplats"), ("Garage Ekbacken, plats 32", "Lokal"),
    ("Stenbrottet, plats 9", "Anmärkning"),
])
def test_a_place_needs_its_garage_and_a_parking_header(value, header):
    assert not value_fits("address", value, header)


def test_a_garage_place_column_is_masked_in_its_table(blank_detector):
    text = ("Kund | Bostad | Garageplats\n"
            "Vera Lindqvist | Ekbergsgatan 14 | Garage Ekbacken, plan -1, plats 32\n"
            "Olle Dahl | Sjövägen 3 | Stenbrottet, plats 9\n")
    assert readable_letters(blank_detector, text, "Garage Ekbacken, plan -1, plats 32") == ""
    assert readable_letters(blank_detector, text, "Stenbrottet, plats 9") == ""


@pytest.mark.parametrize("value", ["Monterad", "Installationer", "Norrbacka"])
def test_a_word_alone_under_a_parking_header_is_no_place(value):
    assert not value_fits("address", value, "Garageplats")

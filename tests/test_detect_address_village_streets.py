"""A village and a street in it without a number ("Vuolle sameby, Forsvägen", "Lillträsk, Skolvägen") is a home under
an address header and on a letter's line between the recipient and the postcode; the village alone, or a word that is
no place before the street, is none. Fictional people and places; the blank pipeline."""

from __future__ import annotations

from redact.detect.address_village_streets import village_and_street
from redact.detect.table_values import value_fits
from tests.address_checks import readable_letters


def test_the_village_and_the_street():
    assert village_and_street("Vuolle sameby, Forsvägen") and village_and_street("Lillträsk, Skolvägen")
    assert not village_and_street("Vuolle sameby") and not village_and_street("saknas, Skolvägen")
    assert not village_and_street("Vuolle sameby, Forsvägen 4, Jokkmokk")
    assert value_fits("address", "Vuolle sameby, Forsvägen", "Adress")


def test_a_window_line_of_a_village_and_its_street_is_masked(blank_detector):
    text = ("Beslut om ersättning\n\nElle Labba\nVuolle sameby, Forsvägen\n962 98 Jokkmokk\n\n"
            "Ersättningen betalas i maj.\n")
    assert readable_letters(blank_detector, text, "Vuolle sameby, Forsvägen") == ""

"""A column of private persons' homes that names no street: a boat's berth under "Båtplats" ("Vikholmen, plats B
12"), a farm's name alone under "Gata eller gård", a named house and its village or a farm by its place and its word
before the postcode, after a home label too. Fictional people and places."""

from __future__ import annotations

from redact.detect.address_berth_cells import berth_cell, berth_header
from redact.detect.table_home_values import farm_with_postcode, home_without_number, places_with_postcode
from redact.detect.table_values import value_fits


def test_a_berth_under_a_berth_header_is_an_address():
    for cell in ("Vikholmen, plats B 12", "Hälleviken, plats 4", "Mälarbaden, brygga 2:7", "Tallsjön, brygga A 3"):
        assert berth_cell(cell)
        assert value_fits("address", cell, "Båtplats")
    assert berth_header("Båtplats") and berth_header("Bryggplats (hamn)")


def test_a_berth_needs_its_header_and_its_place():
    assert not berth_header("Lokal") and not berth_header("Plats")
    assert not berth_cell("plats 4") and not berth_cell("Hälleviken")


def test_a_farms_name_alone_is_a_home_under_a_street_header():
    assert home_without_number("Björkängens gård", "Gata eller gård")
    assert value_fits("address", "Björkängens gård", "Gata eller gård")
    assert not home_without_number("Björkängens gård", "Postort")


def test_a_named_house_and_its_village_before_the_postcode():
    assert places_with_postcode("Prästgården, Ekby, 810 40 Ekby")
    assert places_with_postcode("Norrgården, 915 94 Åsberget")
    assert not places_with_postcode("Prästgården, Ekby, Lund, 810 40 Ekby")


def test_a_farm_by_its_designation_and_its_village_is_a_home_under_a_street_header():
    assert value_fits("address", "Lillbyn 3:12, Hallen", "Gata")
    assert not value_fits("address", "Lillbyn 3:12", "Gata")  # the designation alone is the property's
    assert not home_without_number("Lillbyn 3:12, Hallen", "Postort")


def test_a_farm_by_its_place_and_its_word_before_the_postcode():
    # the farm's word in small letters after its place, in the genitive or not: the home with no number
    assert places_with_postcode("Lönnebergs gård, 574 91 Vimmerby")
    assert places_with_postcode("Lindå gård, 574 91 Vimmerby")
    assert places_with_postcode("Tallbackens torp, 341 92 Ljungby")
    assert farm_with_postcode("Lönnebergs gård, 574 91 Vimmerby")
    # a place alone is no farm; a care home's word is no one's own home
    assert not farm_with_postcode("Lövåsa, 574 91 Vimmerby")
    assert not places_with_postcode("Solbackens hem, 574 91 Vimmerby")


def test_a_farm_with_its_postcode_after_a_home_label_is_an_address():
    from redact.detect.address import address_spans

    text = "Bostad: Lönnebergs gård, 574 91 Vimmerby"
    assert "Lönnebergs gård, 574 91 Vimmerby" in [text[a:b] for a, b in address_spans(text)]
    # the authority's own postal address stays
    text = "Postadress: Länsstyrelsen Kalmar, 391 86 Kalmar"
    assert not any("Läns" in text[a:b] for a, b in address_spans(text))

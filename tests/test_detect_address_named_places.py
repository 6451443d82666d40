"""The named house, hostel or home a stay's street belongs to, before the street after a word of staying or moving
("evakuerades till Vandrarhemmet, Prästgränd 1, ..."), is masked with the address; a firm's or an authority's
name, a person after "hos" and a place with no such cue stay as they were. Fictional people and homes; the blank
pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import addresses_over, readable_letters


@pytest.mark.parametrize("text, address", [
    ("Barnen evakuerades till Jourboendet, Kvarngatan 4, 871 33 Näsby, i natt.",
     "Jourboendet, Kvarngatan 4, 871 33 Näsby"),
    ("Han placerades på\nKorttidshemmet Linden, Ekgatan 19, 871 40 Näsby, i två veckor.",
     "Korttidshemmet Linden, Ekgatan 19, 871 40 Näsby"),
    ("Familjen flyttade till Ängsbo, Ängsvägen 3, 871 32 Näsby, i mars.", "Ängsbo, Ängsvägen 3, 871 32 Näsby"),
])
def test_the_named_place_before_a_stays_street_is_masked_with_it(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, kept", [
    ("Mötet hölls på Biblioteket, Torggatan 2, 871 30 Näsby.", "Biblioteket"),
    ("Hon flyttade till Näsby Bygg AB, Industrivägen 7, 871 31 Näsby, som ny ekonom.", "Näsby Bygg AB"),
])
def test_a_place_without_a_stay_or_a_firm_stays_readable(blank_detector, text, kept):
    assert not addresses_over(blank_detector, text, kept)


def test_a_country_before_the_street_stays_readable(blank_detector):
    text = "Hon har flyttat till Norge, Kongens gate 14, 7011 Trondheim, i somras."
    det = detect_text(text, blank_detector)
    at = text.index("Norge")
    assert not [f for f in det.findings if f.start <= at < f.end]


@pytest.mark.parametrize("text, address", [
    ("Min kontorsadress är Kontorshotellet, Köpmangatan 2, 3 tr, Näsby.", "Kontorshotellet, Köpmangatan 2, 3 tr, Näsby"),
    ("Hans adress är numera Vandrarhemmet, Prästgränd 1, 871 30 Näsby.", "Vandrarhemmet, Prästgränd 1, 871 30 Näsby"),
])
def test_the_named_house_after_adress_ar_is_masked_with_the_street(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_the_authoritys_own_address_after_adress_ar_stays_readable(blank_detector):
    text = "Vår adress är Stadshuset, Storgatan 4, 871 31 Näsby."
    assert not addresses_over(blank_detector, text, "Stadshuset")


@pytest.mark.parametrize("text, address", [
    ("Adress: Backgården, flygeln, Myrbacka 12, 776 92 Åsby", "Backgården, flygeln, Myrbacka 12, 776 92 Åsby"),
    ("Hemadress: Skogsbo gård, drängstugan, Sågbyn 31, 776 94 Sågbyn",
     "Skogsbo gård, drängstugan, Sågbyn 31, 776 94 Sågbyn"),
])
def test_the_house_on_a_farm_before_the_street_is_masked_with_it(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    # a place's name of two words, the second a small noun, with its number and postal code: a home, where the post goes
    ("Han har flyttat till Sandvikens hamn 14 lgh 1002, 471 32 Skärhamn, i våras.",
     "Sandvikens hamn 14 lgh 1002, 471 32 Skärhamn"),
    ("Wir wohnen im Juli in\nTännäs fjällstuga 7, 840 98 Tännäs.", "Tännäs fjällstuga 7, 840 98 Tännäs"),
])
def test_a_two_word_place_with_its_number_and_postal_code_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, kept", [
    ("Hamnen i Skärhamn har 14 platser och kontoret nås på telefon.", "Skärhamn"),
    ("Båten ligger i Sandvikens hamn sedan 2019.", "Sandvikens hamn"),
])
def test_a_harbour_or_a_village_without_a_home_stays_readable(blank_detector, text, kept):
    assert not addresses_over(blank_detector, text, kept)


@pytest.mark.parametrize("text, address", [
    # the room's building named before its street, after a stay with words between and a line end
    ("Hon bodde under sommaren på\nTärnan, Hagrundan 4, rum 212; hennes pass har nummer PA 0093 114.",
     "Tärnan, Hagrundan 4, rum 212"),
    # after the room's noun: "bor i studentrummet" and the building's name
    ("Filip Nord bor i studentrummet Morgonrodnaden, Lyckevägen 8 B, rum 114, sedan i höstas.",
     "Morgonrodnaden, Lyckevägen 8 B, rum 114"),
])
def test_the_named_building_of_a_lodgings_room_is_masked_with_it(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_named_building_without_a_stay_stays_readable(blank_detector):
    text = "Föreläsningen i Tärnan, Hagrundan 4, sal 2, börjar kl. 10."
    assert not addresses_over(blank_detector, text, "Tärnan")


def test_a_country_and_a_town_with_a_year_after_a_move_stay_readable(blank_detector):
    # the building's name before a place and number: a country and a town with a year are neither
    text = "Han flyttade till Norge, Bergen 2019, och arbetar där."
    assert not addresses_over(blank_detector, text, "Bergen")


# The district a lodging's room lies in opens the address's cell before its street, with no cue: the room or flat
# after the street's number says the cell is someone's home
@pytest.mark.parametrize("text, address", [
    ("Mål\nKärande\nSvarande\nT 310-27\nRackarberget, Vattenvägen 12, rum 0304\nGeijersgatan 8 lgh 1102\n",
     "Rackarberget, Vattenvägen 12, rum 0304"),
    ("Mål | Kärande | Svarande\nT 311-27 | Gottsunda, Valthornsvägen 5, lgh 1301 | Eriksberg 14\n",
     "Gottsunda, Valthornsvägen 5, lgh 1301"),
])
def test_the_district_before_a_lodgings_street_in_a_cell_is_masked_with_it(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_an_ordinary_word_before_a_lodgings_street_stays_readable(blank_detector):
    text = "Stort tack för beskedet om flytten.\nTack, Vattenvägen 12, lgh 1104\n"
    assert not addresses_over(blank_detector, text, "Tack,")


@pytest.mark.parametrize("text, address", [
    # a houseboat by its noun and name in a table's address cell, the postal line in the next cell
    ("Ärende | Gatuadress | Postadress\nHB-27-4 | Husbåten Trut, Varvskajen plats 9 | 871 35 Näsby\n",
     "Husbåten Trut, Varvskajen plats 9"),
    # a yacht by its mark and name after a word of living there
    ("Sedan i maj bor hon på S/Y Sjöbris, Båtvarvsgatan 4, 871 36 Näsby.", "S/Y Sjöbris, Båtvarvsgatan 4, 871 36 Näsby"),
])
def test_the_boat_a_person_lives_on_is_masked_with_its_berths_street(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""

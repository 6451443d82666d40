"""A home abroad after "c/o" and a name, after "flyttat till" with its house number first, a British street named
without a street word ("31 Broadway, Bradford BD1 1JF"), an Irish townland and county, and the parts the growth of
an address abroad now takes: the stop of an abbreviated street word before the next part ("St., Zamalek"), a German
floor's side ("2. OG rechts"), a Norwegian flat's code ("leil. H0204"), a block before a named residence ("Bât. C,
Résidence ..."). Fictional people and homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Beslutet skickas till sökanden c/o Samir Haddad, Rue Verdun, Immeuble Azar, 2e étage, Beyrouth.",
     "Rue Verdun, Immeuble Azar, 2e étage, Beyrouth"),
    ("Post skickas c/o Nadia Rahimi, Blvd. Ferdowsi, Kuche 9, Pelak 3, Tabriz.",
     "Blvd. Ferdowsi, Kuche 9, Pelak 3, Tabriz"),
    ("Dottern har flyttat till 9 Shari Mohamed Mazhar, Zamalek, Cairo 11211 och arbetar där.",
     "9 Shari Mohamed Mazhar, Zamalek, Cairo 11211"),
    ("Sonen har flyttat till 31 Broadway, Bradford BD1 1JF och studerar.", "31 Broadway, Bradford BD1 1JF"),
    ("Adress: Derrynane, Caherdaniel, Co. Kerry V23 X4P2\nTelefon: saknas",
     "Derrynane, Caherdaniel, Co. Kerry V23 X4P2"),
    ("Hennes bror bor på Apartment 3, 14 Hassan Sabry St., Zamalek, Cairo 11211.",
     "Apartment 3, 14 Hassan Sabry St., Zamalek, Cairo 11211"),
    ("Modern bor på Goethestr. 18, 2. OG rechts, 60313 Frankfurt am Main.",
     "Goethestr. 18, 2. OG rechts, 60313 Frankfurt am Main"),
    ("Adress: Thorvald Meyers gate 51, leil. H0204, 0555 Oslo\nTelefon: saknas",
     "Thorvald Meyers gate 51, leil. H0204, 0555 Oslo"),
    ("Fadern bor på Bât. C, Résidence Les Acacias, 7 rue des Lilas, 33000 Bordeaux.",
     "Bât. C, Résidence Les Acacias, 7 rue des Lilas, 33000 Bordeaux"),
    ("Mostern har flyttat till 22 Serekunda Road, Bakau och ringer ibland.", "22 Serekunda Road, Bakau"),
])
def test_the_whole_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_an_organisations_rooms_after_c_o_stay_readable(blank_detector):
    text = "Skicka fakturan till Kommunen c/o Ekonomienheten, Avdelning 3, Plan 2, Norrby.\n"
    det = detect_text(text, blank_detector)
    assert not [f.text for f in det.findings if f.category == "ADDRESS" and "Plan" in f.text]


@pytest.mark.parametrize("text, address", [
    ("Klagande\nRania Saleh, Rue Hamra, Immeuble Salam, 5e étage, Beyrouth\nOmbud saknas",
     "Rue Hamra, Immeuble Salam, 5e étage, Beyrouth"),
    ("Sökande: Tesfaye Bekele, Woreda 06, Kebele 11, House No. 318, Addis Ababa\nÄrendet gäller bidrag.",
     "Woreda 06, Kebele 11, House No. 318, Addis Ababa"),
    ("Parter\nLinh Tran, 48 Phố Huế, Hai Bà Trưng, Hà Nội\nPer Lind, Storgatan 4, 123 45 Norrby",
     "48 Phố Huế, Hai Bà Trưng, Hà Nội"),
])
def test_a_home_abroad_after_a_partys_name_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_partys_title_organisation_and_particulars_stay_readable(blank_detector):
    text = ("Närvarande\nAnna Berg, Ordförande, Moderaterna\nLena Ek, Handläggare, Bygglovsenheten, Plan 3\n"
            "Per Lind, 45 år, Norrby\nEva Nilsson, Rapport 2026, Version 3, Tabell 4\n"
            "Maria Holm, Norrby Energi AB, Industrigatan 7, Norrby\n")
    det = detect_text(text, blank_detector)
    found = [f.text for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]
    assert found == ["Industrigatan 7, Norrby"]


# A home named by its house, no number, then its places and any country ("bor på Villa Hoarau, Beau Vallon, Mahé,
# Seychelles"); a district opening with an abbreviated saint ("St. Clair") and a town with "of" ("Port of Spain"),
# and the address closed by a comma before the Swedish sentence goes on in lower case.
@pytest.mark.parametrize("text, address", [
    ("Hans bror bor på Villa Hoarau, Beau Vallon, Mahé, Seychelles och betalar sin del.",
     "Villa Hoarau, Beau Vallon, Mahé, Seychelles"),
    ("Hennes syster bor numera på\nMaison Laporte, Grand Anse, Praslin, Seychelles sedan i fjol.",
     "Maison Laporte, Grand Anse, Praslin, Seychelles"),
    ("Mormor bor i Casa Azul, Belle Vue, Curepipe, Mauritius och vill ha kopia.",
     "Casa Azul, Belle Vue, Curepipe, Mauritius"),
    # a region named as a country by those who live there, which the list of countries does not hold
    ("Hans mor bor på Dhagaxtuur Yar, Garoowe, Puntland. Hon ringer ibland.", "Dhagaxtuur Yar, Garoowe"),
    ("Arvode till utländsk konsult: Rafael Montoya,\n45 Frederick Street, St. James, Port of Spain, Trinidad, "
     "betalades utan attest.", "45 Frederick Street, St. James, Port of Spain, Trinidad"),
])
def test_a_named_house_or_a_saints_district_is_masked_with_the_home(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "Hon reser på Villa Vega, Kungsgatan 4 i Ekby, och stannar över helgen.",
    "Kören sjöng i Grand Hall, Ekby Konserthus, och i Vasakyrkan.",
])
def test_a_venue_without_a_country_is_no_home_abroad(blank_detector, text):
    det = detect_text(text, blank_detector)
    assert not [f.text for f in det.findings if f.category == "ADDRESS" and "abroad" in (f.reason or "")]


@pytest.mark.parametrize("text, address", [
    # a street with its number after "bor på", its town on the next line after the comma
    ("Mostern bor på Kahawa Ridge 12,\nMeru och kan nås där.", "Kahawa Ridge 12,\nMeru"),
    # a house's letter after a dash ("7-B"), in one line and over a line end
    ("Kusinen bor på Kaya Palmita 7-B, Noord och arbetar där.", "Kaya Palmita 7-B, Noord"),
    ("Systern bor på Kaya Palmita 7-B,\nNoord sedan i våras.", "Kaya Palmita 7-B,\nNoord"),
    # a street by its English kind word and the town after it, over a line end
    ("Modern bor på Breadfruit Lane,\nPortsmouth och har telefon.", "Breadfruit Lane,\nPortsmouth"),
])
def test_a_street_and_its_town_after_bor_pa_are_masked_together(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_numbered_ward_and_its_town_after_bor_pa_stay_apart(blank_detector):
    det = detect_text("Patienten vistas på Avdelning 4, Lund och skrivs ut i morgon.", blank_detector)
    assert not [f.text for f in det.findings if f.category == "ADDRESS" and "Lund" in f.text]


@pytest.mark.parametrize("text, address", [
    # places with no number that a country closes, after "till", an address label, c/o and a name, a party's name
    ("Sonen har flyttat till Belvidere Hill, St. Mark, Grenada och arbetar där.", "Belvidere Hill, St. Mark, Grenada"),
    ("Uppgifter om anhörig\nAdress: Belvidere Hill, St. Mark, Grenada\nTelefon: saknas",
     "Belvidere Hill, St. Mark, Grenada"),
    ("Beslutet skickas c/o Ivan Charles, Belvidere Hill, St. Mark, Grenada.", "Belvidere Hill, St. Mark, Grenada"),
    ("Klagande\nMarcus Alleyne, Belvidere Hill, St. Mark, Grenada\nOmbud saknas", "Belvidere Hill, St. Mark, Grenada"),
])
def test_places_a_country_closes_are_a_home(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_floor_after_a_swedish_street_is_no_town_of_a_home_abroad(blank_detector):
    text = "Hon är skriven hos sin syster på\nÖstra Långgatan 12, 3 tr. Anm. ring henne efter lunch."
    det = detect_text(text, blank_detector)
    assert not [f.text for f in det.findings if f.category == "ADDRESS" and "Anm" in f.text]


@pytest.mark.parametrize("text, address", [
    # the house's line in Hanoi's and Saigon's way, its units with no comma between, on a line of its own
    ("Den avlidnas mor bor i Vietnam:\nSố 18 ngõ 45 phố Hào Nam, Đống Đa, Hà Nội.\n",
     "Số 18 ngõ 45 phố Hào Nam, Đống Đa, Hà Nội"),
    ("Systern bor på 25 hẻm 112 đường Lê Văn Sỹ, Phường 14, Quận 3, TP. Hồ Chí Minh.",
     "25 hẻm 112 đường Lê Văn Sỹ, Phường 14, Quận 3, TP. Hồ Chí Minh"),
    # a colon ends the line of the sentence saying who lives there, the home on the next lines
    ("Dottern bor hos mormor Hiwet Gebremariam i Addis Abeba:\nBole Sub-City, Woreda 03, House No. 1187,\n"
     "Addis Ababa\nSemira bor hos en väninna.\n", "Bole Sub-City, Woreda 03, House No. 1187,\nAddis Ababa"),
    ("Hans föräldrar bor kvar i Somalia:\nWadada Makka al-Mukarama, Degmada Hodan, Muqdisho\n",
     "Wadada Makka al-Mukarama, Degmada Hodan, Muqdisho"),
    # a contact's telephone number, then the home with no street number: a road, a district and a town
    ("Kontakt: brodern Abdullahi Osman, +252 61 554 8820,\nMaka al Mukarama Road, Hodan District, Mogadishu\n",
     "Maka al Mukarama Road, Hodan District, Mogadishu"),
    ("Anhörig: systern Amina Warsame, +254 722 418 330, Kimathi Street, Eastleigh Section, Nairobi.",
     "Kimathi Street, Eastleigh Section, Nairobi"),
    # or the contact's e-mail address
    ("Kontakt: dottern Amina Warsame, amina.w@postbox.ke, Kimathi Lane, Eastleigh Section, Nairobi.",
     "Kimathi Lane, Eastleigh Section, Nairobi"),
    # a letter's window with no comma before the postal code's line: a code of figures and letters, or the country
    ("Kopia till\nNoor Bakker\nLange Voorhout 31 bis\n2514 EC Den Haag\n\nBeslutet gäller",
     "Lange Voorhout 31 bis\n2514 EC Den Haag"),
    ("Kopia till\nLuca Ferri\nVia Solferino 14\n20121 Milano, Italien\n\nBeslutet gäller",
     "Via Solferino 14\n20121 Milano, Italien"),
])
def test_an_address_abroad_on_its_own_line_or_after_a_contacts_phone(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "Deltagarna bor i:\nLund, Malmö, Göteborg\n",
    "Han köpte 3 phố i staden och for hem.",
])
def test_towns_listed_after_a_colon_stay_readable(blank_detector, text):
    assert not [f for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]


@pytest.mark.parametrize("text", [
    "I used to live at Keizersgracht 40, 1015 CS Amsterdam, but I moved in May.",
    "Jag bodde på Keizersgracht 40, 1015 CS Amsterdam, and I liked it.",
])
def test_an_english_clause_after_a_home_abroad_is_no_flat(blank_detector, text):
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert "Keizersgracht 40, 1015 CS Amsterdam" in found, found
    # a Lithuanian flat after the street stays a part of the home
    lt = [f.text for f in detect_text("Han bor på Gedimino pr. 9, but. 14, Vilnius.", blank_detector).findings
          if f.category == "ADDRESS"]
    assert any("but. 14" in t for t in lt), lt

"""Addresses abroad opened by the road's own word in the country's language: Somali ("Wadada", "Degmada"), Iranian
("Kuche", "Pelak", "Vahed", a ten-digit postcode), Egyptian ("Shareh", "Shaqqa"), Chilean ("Calle", "Av.", "depto.",
a seven-digit postcode, a town of two words) and Irish-language streets with their Eircode, in running text and a
letter's window; a summer farm by its genitive name in an address column. The same words without an address's
parts stay readable. Fictional places."""

from __future__ import annotations

import pytest

from redact.detect.table_header_words import ADDRESS
from redact.detect.table_values import value_fits
from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Min bror bodde tidigare på\nWadada Xamar Jajab, Kismaayo,\nnu bor han i Borlänge.",
     "Wadada Xamar Jajab, Kismaayo"),
    ("Mottagare\nHodan Yusuf\nWadada Hodan Yare, Degmada Hodan\nBaydhabo, Soomaaliya\nÄrendet gäller taxan.",
     "Wadada Hodan Yare, Degmada Hodan\nBaydhabo, Soomaaliya"),
    ("Mottagare\nAli Rezaei\nAzadi, Kuche Laleh, Pelak 8, Vahed 2\n1345678901 Tabriz, Iran\nHyresgästnummer 4471.",
     "Azadi, Kuche Laleh, Pelak 8, Vahed 2\n1345678901 Tabriz, Iran"),
    ("Mottagare\nSamir Fahmy\nShareh El Nasr 14, Shaqqa 5\nMaadi, Cairo 11728, Egypt\nDeltagarnummer 3310.",
     "Shareh El Nasr 14, Shaqqa 5\nMaadi, Cairo 11728, Egypt"),
    ("Mottagare\nValentina Rojas\nAv. Matta 410, depto. 12\n8320000 Santiago, Chile\nFlyttnummer 2207.",
     "Av. Matta 410, depto. 12\n8320000 Santiago, Chile"),
    ("Gatuadress | Postadress\nPasaje Los Olmos 88 | 2340000 San Felipe, Valparaíso, Chile\n",
     "2340000 San Felipe, Valparaíso, Chile"),
    # the Dominican Republic's: the flat after "Apto.", a town of several words with its particles, a postcode after it
    ("Min far bodde tidigare på\nAv. Gregorio Luperón 215, Villa Olga, San Francisco de Macorís,\nnu bor han i Umeå.",
     "Av. Gregorio Luperón 215, Villa Olga, San Francisco de Macorís"),
    ("Hon bodde på Calle Las Mercedes 9, Apto. 2-C, Santiago de los Caballeros 51000, nu i Kiruna.",
     "Calle Las Mercedes 9, Apto. 2-C, Santiago de los Caballeros 51000"),
    # a numbered street and the house after "No.", the district and the town; "C/", the postcode before the town and
    # the country's short form in a letter's window
    ("Mi tía vivía antes en Calle 8 No. 31, Villa Olga, Moca,\ny ahora vive en Gävle.", "Calle 8 No. 31, Villa Olga, Moca"),
    ("Mottagare\nYokasta Rosario\nC/ Las Palmas 17, Apto. 4\n51000 Santiago, Rep. Dom.\nKundnummer 7731.",
     "C/ Las Palmas 17, Apto. 4\n51000 Santiago, Rep. Dom."),
    ("Bhí cónaí orm roimhe seo ag\n9 Bóthar na Trá, Corcaigh T12 X5W2,\nagus anois táim i Luleå.",
     "9 Bóthar na Trá, Corcaigh T12 X5W2"),
    # El Salvador's and Honduras's streets by their ordinals and the side of the centre they run; the quarter before
    # the street; a street with no number and the house after "casa"
    ("Mi abuela vivía antes en 6a Avenida Poniente #31, Colonia Las Brisas, San Vicente,\ny ahora vive en Falun.",
     "6a Avenida Poniente #31, Colonia Las Brisas, San Vicente"),
    ("Min morfar bodde på 3ra Calle Norte #7, Barrio La Cruz, Comayagua, nu i Ludvika.",
     "3ra Calle Norte #7, Barrio La Cruz, Comayagua"),
    ("Mi tío vivía en 19 Avenida Sur No. 40, Barrio Las Palmas, Ahuachapán.",
     "19 Avenida Sur No. 40, Barrio Las Palmas, Ahuachapán"),
    ("Vivíamos en Colonia Los Naranjos, Calle El Roble #22, Chalatenango, hasta el verano.",
     "Colonia Los Naranjos, Calle El Roble #22, Chalatenango"),
    ("Mi prima vivía en 8a Calle Oriente, casa #14, Barrio San José, Cojutepeque.",
     "8a Calle Oriente, casa #14, Barrio San José, Cojutepeque"),
])
def test_an_address_abroad_by_its_road_word_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_chilean_street_and_town_of_name_words_are_an_address_not_persons(model_detector):
    text = ("Mi hermano vivía en\nPasaje Los Olmos 88, Villa Alemana, Quilpué,\ny ahora vive en Kiruna.\n")
    address = "Pasaje Los Olmos 88, Villa Alemana, Quilpué"
    assert readable_letters(model_detector, text, address) == ""


def test_the_dominican_republics_short_form_is_masked_with_its_stops(blank_detector):
    text = "Mottagare\nYokasta Rosario\nC/ Las Palmas 17, Apto. 4\n51000 Santiago, Rep. Dom.\nKundnummer 7731."
    assert any(f.category == "ADDRESS" and f.text.endswith(", Rep. Dom.") for f in detect_text(text, blank_detector).findings)


@pytest.mark.parametrize("text", [
    "Wadada ayaa xiran maanta.",
    "Calle 8 No. 31 är stängd för trafik i dag.",  # a numbered street and its house with no town after them
    "Calle 5 är stängd för trafik i dag.",
    "Shareh betyder gata på arabiska.",
    "Under 2a Avenida Norte #5 stod bilen kvar i dag.",  # an ordinal's street and house with no town after them
    "Colonia Verde, Calle Norte #4 är stängd.",
])
def test_a_road_word_without_an_addresss_parts_stays(blank_detector, text):
    assert not [f for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]


@pytest.mark.parametrize("value", ["Östra Skallbäckens fäbod", "Kallbergets säter", "Norra Lidens fäbod"])
def test_a_summer_farm_by_its_genitive_name_is_a_home_in_an_address_column(value):
    assert value_fits(ADDRESS, value, "Gatuadress")


def test_the_country_a_sentence_names_before_the_street_stays_outside_the_address(blank_detector):
    text = "Elevens farmor i Paraguay,\nAv. Mariscal López 1450, apto. 12, 1209 Asunción, har vårdnaden under loven."
    assert readable_letters(blank_detector, text, "Av. Mariscal López 1450, apto. 12, 1209 Asunción") == ""
    assert not [f for f in detect_text(text, blank_detector).findings
                if f.category == "ADDRESS" and "Paraguay" in f.text]


def test_the_next_lines_word_after_a_postcode_and_town_stays_outside_the_address(blank_detector):
    text = "| Kim Olsson | Avda. del Puerto 27, 03001 Alicante\nResultat, muntligt prov 2026-03-02\n"
    assert not [f for f in detect_text(text, blank_detector).findings
                if f.category == "ADDRESS" and "Resultat" in f.text]

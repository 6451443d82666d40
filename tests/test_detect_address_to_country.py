"""A home abroad read back from the country that ends it, after a residence cue, an address label, "c/o" and a
name or a party's name: every part up to the country is masked, whatever its shape (landmarks, distances, kind
words of any language). Fictional people and homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Hennes mor bor på Calle 9, casa 21, frente al parque central, 300 m sur, Heredia, Costa Rica.",
     "Calle 9, casa 21, frente al parque central, 300 m sur, Heredia, Costa Rica"),
    ("Adress: Rehov Hagefen 14, dira 6, Haifa 3303112, Israel",
     "Rehov Hagefen 14, dira 6, Haifa 3303112, Israel"),
    ("Beslutet skickas till sökanden c/o Yusuf Kamara, 17 Wilkinson Road, behind the mosque, Freetown, "
     "Sierra Leone.", "17 Wilkinson Road, behind the mosque, Freetown, Sierra Leone"),
    ("Sonen har flyttat till Barrio Las Palmas, de la escuela 2 c. al lago, Granada, Nicaragua och studerar där.",
     "Barrio Las Palmas, de la escuela 2 c. al lago, Granada, Nicaragua"),
    ("Modern bor numera på Mahalla Navbahor, uy 17,\nSamarqand, Uzbekistan, hos sin syster.",
     "Mahalla Navbahor, uy 17,\nSamarqand, Uzbekistan"),
])
def test_every_part_before_the_country_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "Familjen bodde i Kabul, Afghanistan, innan de kom hit.",  # a town and its country: no home
    "Han flyttade till Lagos 2019 och sedan till Accra, Ghana.",  # a sentence, not an address
    "Mötet hölls i sal 3, Stadshuset, Norrby, Sverige.",  # no residence cue
    "Ansökan skickas till Migrationsverket, Box 12, 601 70 Norrköping, Sverige.",  # an authority's
    "Hon skickar breven till Ministry of Health, P.O. Box 30016, Nairobi, Kenya.",  # an institution's
])
def test_places_a_country_ends_are_no_home(blank_detector, text):
    found = [f for f in detect_text(text, blank_detector).findings
             if f.category == "ADDRESS" and f.status != "rejected" and "address_to_country" in (f.reason or "")]
    assert found == [], [(f.text, f.reason) for f in found]


def test_a_names_first_letter_is_no_preposition(blank_detector):
    # "I" opening "Ilunga" is no "i": the parts after a name are read from a real cue only
    text = "Hennes morfar\nIdris Ilunga reser från Avenue Lukusa 14, Gombe, Kinshasa, Kongo, och stannar en vecka."
    found = [f for f in detect_text(text, blank_detector).findings
             if f.category == "ADDRESS" and f.status != "rejected"]
    assert not any("Ilunga" in f.text or "reser" in f.text for f in found), [(f.text, f.reason) for f in found]


def test_an_address_label_inside_the_parts_is_left_out(blank_detector):
    text = "Arvingarna nås på dessa adresser: Rua Augusta 14, 1100-048 Lisboa, Portugal; övriga bor i Sverige."
    found = {f.text for f in detect_text(text, blank_detector).findings
             if f.category == "ADDRESS" and f.status != "rejected"}
    assert "Rua Augusta 14, 1100-048 Lisboa, Portugal" in found, found


def test_a_letters_sentences_before_the_address_are_not_its_parts(blank_detector):
    text = ("Jag bor i Skottland sedan i fjol. I live near the sea and seldom travel. Please write to me at "
            "14 Harbour Street, Oban PA34 4LD, United Kingdom")
    found = [f.text for f in detect_text(text, blank_detector).findings
             if f.category == "ADDRESS" and f.status != "rejected"]
    assert not any("travel" in t or "live" in t for t in found), found


@pytest.mark.parametrize("text, address", [
    # where a person comes or writes from is their home
    ("Hans kusin kommer från\nEdif. Torre Ávila, apto 9-D, El Paraíso, Maracaibo 4002, Venezuela och ringer ofta.",
     "Edif. Torre Ávila, apto 9-D, El Paraíso, Maracaibo 4002, Venezuela"),
    # the country in its own spelling, the telephone number right after it
    ("Systern bor på Carré 412, Quartier Akpakpa, 02 BP 1190 Porto-Novo, Bénin, +229 61 22 40 18, sedan maj.",
     "Carré 412, Quartier Akpakpa, 02 BP 1190 Porto-Novo, Bénin"),
    # a landmark and the way from it instead of a house number
    ("Farbrodern bor på Frente al colegio San José, Reparto Schick, León, Nicaragua, +505 8123 4455.",
     "Frente al colegio San José, Reparto Schick, León, Nicaragua"),
    ("Mormor bor på Colonia Kennedy, contiguo a la farmacia Santa Ana, Tegucigalpa, Honduras, och vill ha post.",
     "Colonia Kennedy, contiguo a la farmacia Santa Ana, Tegucigalpa, Honduras"),
])
def test_a_home_from_a_from_cue_a_phone_after_or_a_landmark_way(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "Ett brev från Box 5, Hamburg, Tyskland, kom i går.",  # where a thing came from
    "Hon bor i Managua, Nicaragua, +505 8123 4455.",  # a town and its country
    "Kören reser från Norrby till Dakar, Sénégal, i juni.",  # a journey, no home
])
def test_a_from_without_a_persons_cue_or_a_town_alone_is_no_home(blank_detector, text):
    found = [f for f in detect_text(text, blank_detector).findings
             if f.category == "ADDRESS" and f.status != "rejected" and "address_to_country" in (f.reason or "")]
    assert found == [], [(f.text, f.reason) for f in found]


# A relative named just before the address, which a comma sets off (no residence cue); a Lao village's word "Ban"
# opening the first part is no party's name; a country in its official long form ("Kingdom of …", "Sultanate
# of …"), in its own language ("República Dominicana") or as Laos writes itself in English ("Lao PDR").
@pytest.mark.parametrize("text, address", [
    ("Eleven reser i mars med morfar Bounmy Keomany,\nBan Nongduang, House 45, Unit 7, Sikhottabong District, "
     "Vientiane, Lao PDR,\n+856 20 5512 3344, och är tillbaka i april.",
     "Ban Nongduang, House 45, Unit 7, Sikhottabong District, Vientiane, Lao PDR"),
    ("Hennes bror bor på Road 2804, Block 428, Seef, Kingdom of Bahrain, och ringer varje vecka.",
     "Road 2804, Block 428, Seef, Kingdom of Bahrain"),
    ("Dottern har flyttat till Calle Restauración 14, Los Jardines, Santiago de los Caballeros 51000, "
     "República Dominicana.", "Calle Restauración 14, Los Jardines, Santiago de los Caballeros 51000, "
     "República Dominicana"),
    ("Fadern bor på P.O. Box 2290, PC 211 Salalah, Sultanate of Oman, och har mobil.",
     "P.O. Box 2290, PC 211 Salalah, Sultanate of Oman"),
])
def test_a_relatives_home_and_a_country_in_its_official_or_own_form(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_which_address_a_label_names_among_the_parts_stays_readable(blank_detector):
    text = ("Anmälan om utflyttning:\nPirkko Lehtola, 690415-2383, senaste adress Videgatan 4, 871 33 Näsby,\n"
            "ny adress Hämeenkatu 12 B 7, 33100 Tampere, Suomi.\n")
    det = detect_text(text, blank_detector)
    masked = [(f.start, f.end) for f in det.findings if f.status != "rejected"]
    for label in ("senaste adress", "ny adress"):
        at = text.index(label)
        assert not any(a <= at < b or a < at + len(label) <= b for a, b in masked), label
    assert readable_letters(blank_detector, text, "Hämeenkatu 12 B 7, 33100 Tampere, Suomi") == ""


def test_a_care_of_row_does_not_run_on_into_the_next_rows_address_abroad(blank_detector):
    # a postal code and town ending the c/o row's line: the home ends there, the rows after it are others'
    # (a table read cell by cell, one cell a line)
    text = ("Ärende\nAdress\nKA 2031-118\nc/o Lindqvist, Ågatan 3, 871 32 Norrby\nKA 2031-125\n"
            "Lindenstraße 40, 50674 Köln, Deutschland\nKA 2031-131\nÅsvägen 9, 871 40 Norrby\n")
    det = detect_text(text, blank_detector)
    care_of = [f for f in det.findings if f.category == "ADDRESS" and "c/o" in f.text]
    assert care_of and all("Köln" not in f.text for f in care_of)
    assert readable_letters(blank_detector, text, "Lindenstraße 40, 50674 Köln, Deutschland") == ""

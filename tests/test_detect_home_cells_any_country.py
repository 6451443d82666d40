"""A cell under a header that names where someone lives ("Postadress", "Hemort", "Bor", "Bostad", "Adress i
hemlandet") is masked whole when it holds a house number, whatever the country's form: a village and its number
alone, a Latvian "iela", a Romanian "Str." with its block, a Turkish "Cad. No: 14", a Vietnamese "Đường". A room of
a public place ("Elevhemmet, rum 14"), a town alone or a phone stays. Under a header of a home, not of a town, a
street or a village alone is the home too. Fictional people and places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.detect.table_header_words import ADDRESS
from redact.detect.table_headers import header_kind
from redact.detect.table_values import value_fits
from redact.types import Page

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save, table, write_lines  # noqa: E402


@pytest.mark.parametrize("header", ["Postadress", "Hemort", "Bor", "Bostad", "Nuvarande bostad", "Adress i hemlandet",
                                    "Folkbokförd", "Senast folkbokförd", "Vistas", "Skriven",
                                    "Bostadsort", "Home address", "Utlandsadress", "Hemvist (land)", "Fastighet/adress",
                                    "Adress och telefon", "Bostad / hemort", "Gata"])
def test_a_home_header_names_an_address_column(header):
    assert header_kind(header) == ADDRESS


@pytest.mark.parametrize("header", ["E-postadress", "Boende", "Ort", "Postnummer", "Borgensman", "Bostadsrätt"])
def test_other_headers_are_no_address_column(header):
    assert header_kind(header) != ADDRESS


@pytest.mark.parametrize("value", [
    "Myrbacka 27", "Lentvario g. 12-4, Trakai, LT-21146", "ul. Lipowa 9 m. 2, Radom", "Str. Florilor 3, bl. B2, Iași",
    "Calle Olmo 21, Lavapiés, Madrid", "Rua das Flores 7, Braga", "Atatürk Cad. No: 14, Kadıköy", "Kalnu iela 3, Cēsis",
    "Shari' Al-Nil 22, Zamalek, Kairo", "Waddada Wadnaha 45, Hodan, Muqdisho", "Đường Trần Phú 118, Nha Trang",
    "Lindenweg 5, 79100 Freiburg", "Koivukatu 8 B 12, Kuopio", "vul. Sadova 17, s. Hlyboka, 60400",
    "12 Phố Hàng Gai, Hà Nội",
    # Central America's "#" before the house's number, the colonia after it
    "Calle Las Rosas #12, Col. Flor Blanca",
])
def test_an_address_of_any_country_fits_a_home_column(value):
    assert value_fits(ADDRESS, value, "Hemort")


@pytest.mark.parametrize("value", ["Elevhemmet, rum 14", "Internatet", "Gäddvik", "070-318 22 41", "2026-05-14",
                                   "764 31 Storvik", "Avd 3, Solgården", "anna.berg@exempel.se", "Tid: 14"])
def test_what_is_no_home_does_not_fit(value):
    assert not value_fits(ADDRESS, value, "Bor i")


@pytest.mark.parametrize("value, header, fits", [
    ("Gäddvik", "Bostad", True), ("Gäddvik", "Hemort", False), ("Gäddvik", "Bor i", False),
    ("Tallstigen", "Folkbokförd", True), ("Norra vägen", "Adress", True), ("Internatet", "Bor", False),
    ("Härbärget Ljuset", "Vistas", False), ("Somalia", "Bor", False), ("bil, ABC 123", "Vistas", False),
])
def test_a_street_or_a_village_alone_is_a_home_under_a_homes_header_not_a_towns(value, header, fits):
    assert value_fits(ADDRESS, value, header) is fits


TABLE = """Kontaktlista utbyte
Elev
Telefon
Hemort
Saga Lindgren
070-318 22 41
Myrbacka 27
Ieva Kalniņa
+371 2615 4470
Kalnu iela 3-8, Cēsis, LV-4101
Oğuz Demirtaş
+90 532 418 22 90
Atatürk Cad. No: 14, Kadıköy

Anteckningar
"""


@pytest.fixture(scope="module")
def masked(blank_detector) -> set[str]:
    page = Page(number=1, text=TABLE, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in blank_detector.detect(page)}


@pytest.mark.parametrize("address", ["Myrbacka 27", "Kalnu iela 3-8, Cēsis, LV-4101", "Atatürk Cad. No: 14, Kadıköy"])
def test_the_whole_cell_is_masked_in_a_table_read_one_cell_a_line(masked, address):
    assert any(address in found for found in masked)


LABELS = """Uppgifter om den enskilde
Bostad: Lövmyra 31
Adress i hemlandet: Kucheh Nastaran 9, Khiaban-e Hafez, Isfahan
Utdelningsadress: Avenida Las Palmas 1180, Providencia, Santiago
Bor: Myrbacka 27. Hon ringde i går.
Besöksadress: Rådhusgatan 4, Storvik
Bostad: hyresrätt, 3 rum och kök
Hemadress: Björkvägen 8 lgh 1102, 764 31 Storvik, nyckel finns hos grannen
"""


@pytest.fixture(scope="module")
def labelled(blank_detector) -> list[str]:
    page = Page(number=1, text=LABELS, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("address", ["Lövmyra 31", "Kucheh Nastaran 9, Khiaban-e Hafez, Isfahan",
                                     "Avenida Las Palmas 1180, Providencia, Santiago", "Myrbacka 27",
                                     "Björkvägen 8 lgh 1102, 764 31 Storvik"])
def test_the_rest_of_a_home_labels_line_is_the_address(labelled, address):
    assert address in labelled


@pytest.mark.parametrize("text", ["Rådhusgatan", "hyresrätt", "rum", "nyckel"])
def test_an_authoritys_visiting_address_or_a_homes_kind_stays(labelled, text):
    assert not any(text in found for found in labelled)


def test_a_street_column_after_a_table_of_names_is_a_column_of_homes(tmp_path, blank_detector):
    """A "Gata" header opens a new table of homes: its cells are not read as more names of the table above, and a
    district before the street with a student's room after it is masked with the cell."""
    from redact.pipeline import detect_document

    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Deltagare i kursen"], y=70)
    table(page, (40, 90), [["Ärende", "Deltagare", "Född"], ["K 2031/18", "Märta Lindqvist", "1994-03-08"],
                           ["K 2031/22", "Omar Haddad", "2001-11-30"]], col_width=190)
    write_lines(page, ["Boenden"], y=160)
    table(page, (40, 180), [["Rad", "Gata", "Ort"], ["1", "Ekdalsvägen 4, 2 tr", "853 51 Sundsvall"],
                            ["2", "Norrbyn, Studentvägen 17 B, rum 204", "907 36 Umeå"]], col_width=190)
    det = detect_document(save(doc, tmp_path / "kurs.pdf"), blank_detector)
    found = {" ".join(f.text.split()): f.category for f in det.findings if f.status != "rejected"}
    assert "Gata" not in " ".join(found), found
    assert any(t.startswith("Norrbyn, Studentvägen 17 B, rum 204") and c == "ADDRESS" for t, c in found.items()), found


SENTENCES = """Uppgifter om flytt
Tidigare adress: Selma bodde på Rue Gouraud 27, Beirut fram till 2022.
Hemadress: Han har bott på Tallvägen 3, 771 42 Ludvika sedan 2018.
"""


@pytest.mark.parametrize("address, words", [("Rue Gouraud 27, Beirut", ("bodde", "fram", "2022")),
                                            ("Tallvägen 3, 771 42 Ludvika", ("bott", "sedan", "2018"))])
def test_a_sentence_after_a_home_label_masks_the_home_not_the_verb_or_the_time(blank_detector, address, words):
    from redact.document_detection import detect_text

    found = [f for f in detect_text(SENTENCES, blank_detector).findings if f.status != "rejected"]
    at = SENTENCES.index(address)
    assert all(any(f.start <= i < f.end for f in found) for i in range(at, at + len(address)) if SENTENCES[i].isalnum())
    assert not any(w in f.text for f in found for w in words), [f.text for f in found]


@pytest.mark.parametrize("value, header", [
    # a postal code of seven digits and its town (a district and the city) beside the street's cell
    ("8420000 Recoleta, Santiago", "Postadress"),
    ("11000 Beograd, Srbija", "Postadress"),
])
def test_a_postal_code_and_its_town_fit_a_postal_address_column(value, header):
    assert value_fits(ADDRESS, value, header)


@pytest.mark.parametrize("value, header", [("8420000 Recoleta", "Bor i")])
def test_a_postal_code_under_a_towns_header_is_no_home(value, header):
    assert not value_fits(ADDRESS, value, header)


@pytest.mark.parametrize("value, header", [
    # a field station's room, its name in three words; a named house's upper floor or attic floor
    ("Kallsjö limnologiska station, rum 7", "Gatuadress"),
    ("Klockargården, övre våningen", "Gatuadress"),
    ("Prästgården, vindsvåningen", "Adress"),
])
def test_a_station_room_and_a_houses_floor_fit_a_street_column(value, header):
    assert value_fits(ADDRESS, value, header)


@pytest.mark.parametrize("value, header", [("Klockargården, övre våningen", "Ort"), ("Uppgift saknas", "Gatuadress"),
                                           ("Ingen", "Adress")])
def test_a_town_header_or_a_word_of_no_home_keeps_them_out(value, header):
    assert not value_fits(ADDRESS, value, header)

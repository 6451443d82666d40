"""Homes in shapes the address rules did not read: a street named bare as where an animal attacked, a Thai home by its
house and village number without the units' words, parts named by their kind with a Swedish "hus 417", a
Persian address the sentence goes on after with a comma, Spanish America's street words ("Pasaje", "Jirón"), an
island and the side of it in an address column, and a box over two cells of a row among people's homes.
Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from redact.detect.table_values import value_fits


def _addresses(blank_detector, text: str) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
            if f.category == "ADDRESS" and f.status != "rejected"}


INCIDENTS = [
    ("Miljöenheten, 20 februari: hunden som bet en brevbärare på Lingonstigen\nägs av Kerstin Åberg.", "Lingonstigen"),
    ("Angreppet den 20 februari: kungsörn tog tre lamm i hagen vid Myrvägen. Anna Omma äger fåren.", "Myrvägen"),
    ("En schäfer attackerade en cyklist utanför Björkgränd i mars; ägaren är okänd.", "Björkgränd"),
    ("På Tallbacken bet hunden grannens katt, enligt anmälan från Lena Sjö.", "Tallbacken"),
    ("Vargen rev två får längs Norra Skogsvägen natten till söndag.", "Norra Skogsvägen"),
]

NOT_INCIDENTS = [
    "Kontoret på Storgatan har öppet i dag, välkommen.",
    "Kommunen asfalterar Lingonstigen i maj.",
    # an attack told in another sentence than the street
    "Hunden bet en brevbärare i går. Posten delas nu ut från kontoret på Storgatan.",
]


@pytest.mark.parametrize("text,street", INCIDENTS)
def test_a_street_named_bare_where_an_animal_attacked_is_masked(blank_detector, text, street):
    assert street in _addresses(blank_detector, text)


@pytest.mark.parametrize("text", NOT_INCIDENTS)
def test_a_street_named_bare_elsewhere_stays(blank_detector, text):
    assert not {a for a in _addresses(blank_detector, text) if "gatan" in a or "stigen" in a}


CELLS_ABROAD = [
    "99/3 Moo 2, Ban Pet, Mueang, Khon Kaen 40000",
    "12 Moo 7, Nong Khai, Si Chiang Mai",
    "45/1 Mu 3, Ban Nong Bua, Udon Thani 41000",
    "Kebele 03, hus 417, Addis Abeba",
    "Woreda 05, Kebele 14, lägenhet 12, Bahir Dar",
    "Pasaje Los Aromos 1480, Villa Alemana",
    "Pje. Las Rosas 22, Temuco",
    "Jirón Junín 455, Lima",
    "Calzada de Tlalpan 1200, Coyoacán",
]


@pytest.mark.parametrize("address", CELLS_ABROAD)
def test_a_home_abroad_alone_in_a_cell_is_masked(blank_detector, address):
    text = f"Parternas adresser\nÄrende\nPart 1\nPart 2\n0412\nHamngatan 12, 871 32 Norrfjärd\n{address}\n\nBeslut i maj.\n"
    assert address in _addresses(blank_detector, text)


@pytest.mark.parametrize("text,address", [
    ("Hans adress i\nIran, Khiyaban-e Vali Asr, Kuche-ye Bahar 12, Teheran, tas bort ur ärendet.",
     "Khiyaban-e Vali Asr, Kuche-ye Bahar 12, Teheran"),
    ("Modern bor på Waddada Maka, Degmada Hodan, Muqdisho, och ringer ibland.", "Waddada Maka, Degmada Hodan, Muqdisho"),
])
def test_named_parts_before_a_comma_and_lowercase_words_are_masked(blank_detector, text, address):
    assert address in _addresses(blank_detector, text)


def test_thai_village_numbers_without_places_stay(blank_detector):
    # a number and "Moo" with one place and no postal code is too little to say it is a home
    assert not _addresses(blank_detector, "Koden 12 Moo 3, Gamla versionen gäller.\n")


@pytest.mark.parametrize("value", ["Tallholmen, Norra viken", "Lökö, Södra udden", "Granholmen, Västra stranden"])
def test_an_island_and_the_side_of_it_is_a_home_in_an_address_column(value):
    assert value_fits("address", value, "Sommaradress")


@pytest.mark.parametrize("value", ["Kårhamns gästhamn", "egen brygga", "Sverige, Norra delen"])
def test_a_harbour_or_a_country_is_no_home(value):
    assert not value_fits("address", value, "Sommaradress")


BOX_ROWS = ("Folkbokföringsadress och boende enligt kontrollen\n"
            "Nr\nGatuadress\nPostort\nBoende nu\n"
            "4\nBruksgatan 2 B lgh 1001\n645 33 Sjöhamra\nsamma adress\n"
            "5\nBox 402\n645 22 Sjöhamra\nsamma adress\n"
            "6\nSolhemsvägen 11\n645 92 Lilltjärn\nsamma adress\n\n"
            "Anteckningar från kontrollen följer.\n")


def test_a_box_over_two_cells_among_peoples_homes_is_masked(blank_detector):
    assert "Box 402 645 22 Sjöhamra" in _addresses(blank_detector, BOX_ROWS)


def test_an_organisations_box_over_two_lines_stays(blank_detector):
    text = ("Pensionsmyndigheten\nKontrollgruppen\nBox 402\n645 22 Sjöhamra\n\n"
            "Beslutet gäller från april.\n")
    assert not any(a.startswith("Box 402") for a in _addresses(blank_detector, text))


BOX_ROW_CELLS = ("Folkbokföringsadress och boende enligt kontrollen\n"
                 "| Nr | Gatuadress | Postort | Boende nu\n"
                 "| 4 | Bruksgatan 2 B lgh 1001 | 645 33 Sjöhamra | samma adress\n"
                 "| 5 | Box 402 | 645 22 Sjöhamra | samma adress\n"
                 "| 6 | Solhemsvägen 11 | 645 92 Lilltjärn | samma adress\n")


def test_a_box_in_a_rows_cell_under_peoples_streets_is_masked(blank_detector):
    assert "Box 402" in _addresses(blank_detector, BOX_ROW_CELLS)


def test_a_box_in_a_column_of_firms_boxes_stays(blank_detector):
    text = "Leverantörer\n| Firma | Postadress\n| Ekby Bygg AB | Box 402\n| Norrviks kommun | Box 17\n"
    assert not any(a.startswith("Box") for a in _addresses(blank_detector, text))

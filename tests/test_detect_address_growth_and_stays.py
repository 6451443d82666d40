"""An address abroad found in part grows over every comma-separated part that looks like an address's (a flat or
entrance in the country's language, a street numbered first, a county or a state with its postal code, a town
before such a part or ending the clause, a named residence before it), across a line end too; a village or farm
and its number after any word of a stay (a host named between, over a line end); and a place and its number in a
table under a header of a stay, however the header is worded. Fictional people and places; the blank pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.pipeline import detect_document, detect_text

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, ruled_grid, save, write_lines  # noqa: E402

ABROAD = """Delägare
Liam Brennan
7 Millbrook Road, Carrigtwohill, Co. Kerry
KLX 221
Jelena Marković
Ulica Kneza Miloša 17, stan 6, 11000 Beograd
Anteckningar om sökandens anhöriga
Hennes kusin ringer varje vecka. Brodern Tariq bor på Apt 12, 415 W 87th St,
Chicago, IL 60614. Hans tidigare adress Résidence Les Oliviers, Imm. 5, Appt 9, 30050 Fès. Modern
Jelena bodde tidigare i Serbien; hon flyttade i maj.
Farbror bor på Ulica Gajeva 8, ulaz 2, 10000 Zagreb och arbetar på ett bageri.
"""


def _addresses(text: str, detector) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "ADDRESS"]


@pytest.fixture(scope="module")
def abroad(blank_detector) -> list[str]:
    return _addresses(ABROAD, blank_detector)


@pytest.mark.parametrize("address", [
    "7 Millbrook Road, Carrigtwohill, Co. Kerry",  # a town and a county after the street
    "Apt 12, 415 W 87th St, Chicago, IL 60614",  # a street numbered first, a state and its code, over a line end
    "Résidence Les Oliviers, Imm. 5, Appt 9, 30050 Fès",  # a named residence and a building's number before
    "Ulica Kneza Miloša 17, stan 6, 11000 Beograd",  # a flat in the country's own word
    "Ulica Gajeva 8, ulaz 2, 10000 Zagreb",  # an entrance in the country's own word
])
def test_the_address_abroad_grows_over_all_its_parts(abroad, address):
    assert address in abroad, abroad


@pytest.mark.parametrize("word", ["och", "ringer", "arbetar", "Modern", "KLX", "Jelena"])
def test_the_clause_after_the_address_abroad_stays(abroad, word):
    assert not any(f" {word}" in found or found.startswith(word) for found in abroad), abroad


@pytest.mark.parametrize("text,home", [
    ("Familjen bor tills vidare hos Omar Al-Rashidi i Granlid 9 efter branden.", "Granlid 9"),
    ("Barnen bor hos\nNadia O'Connor på Björkås 3 under hösten.", "Björkås 3"),
    ("Pojken stannar hos sin farbror på Lövhult 14 över helgen.", "Lövhult 14"),
    ("Beslutet delges på Kråkmyra 5 B där han vistas.", "Kråkmyra 5 B"),
])
def test_a_village_and_number_after_any_stay_word(blank_detector, text, home):
    assert home in _addresses(text, blank_detector)


def test_a_count_after_a_stay_word_is_no_home(blank_detector):
    assert _addresses("Han stannar hos Ali Demir i Kista 3 veckor till.", blank_detector) == []


ROWS = [
    ["Elin Grahn", "Tallvägen 4", "Hotell Strand"],
    ["Pavel Novák", "Ekgatan 9 lgh 1201", "Norrhed 6"],
    ["Ida Berglund", "Ekgatan 9 lgh 1202", "Lillmyra 12 B"],
]


@pytest.mark.parametrize("header", ["Vistas tillfälligt", "Placerad hos", "Nås via", "Evakuerad till"])
def test_places_and_numbers_under_a_header_of_a_stay(tmp_path, blank_detector, header):
    rows = [["Namn", "Folkbokförd", header], *ROWS]
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Evakuerade hushåll efter vattenskadan"], y=60)
    ruled_grid(page, (50, 190, 340, 500), 100, rows)
    write_lines(page, ["Listan lämnas ut efter sekretessprövning."], y=100 + 16 * len(rows) + 30)
    det = detect_document(save(doc, tmp_path / "vistelser.pdf"), blank_detector)
    found = {" ".join(f.text.split()) for f in det.findings if f.category == "ADDRESS"}
    assert {"Norrhed 6", "Lillmyra 12 B"} <= found, found
    assert "Hotell Strand" not in found


STAY_LINES = """Hushåll efter branden
Hushåll
Ordinarie bostad
Nås tillfälligt på
Elin Grahn
Tallvägen 4 lgh 1101
Norrhed 6
Pavel Novák
Ekgatan 9 lgh 1201
Hotell Strand
Ida Berglund
Ekgatan 9 lgh 1202
Lillmyra 12 B
Utbetalningar
"""


def test_a_place_and_number_beside_a_street_cell_read_one_cell_a_line(blank_detector):
    found = _addresses(STAY_LINES, blank_detector)
    assert {"Norrhed 6", "Lillmyra 12 B"} <= set(found), found
    assert "Hotell Strand" not in found


def test_a_place_and_number_beside_a_street_without_a_stay_header_stays(blank_detector):
    text = "Fordon\nElin Grahn\nTallvägen 4 lgh 1101\nVolvo 240\n"
    assert "Volvo 240" not in _addresses(text, blank_detector)


@pytest.mark.parametrize("text,address", [
    # several districts and towns in a row before the clause ends, the flat's word before its number
    ("Delägare\nSiobhan Kearney\nFlat 2C, Quay Court, Blackrock, Dublin 6\nKMZ 904\n",
     "Flat 2C, Quay Court, Blackrock, Dublin 6"),
    # a street numbered first, found only up to a building's abbreviation, grows over it, its postal code and the
    # country after them
    ("Ägarens adress: 31 Rue Lafayette, Bât. C, 69003 Lyon, Frankrike.\n",
     "31 Rue Lafayette, Bât. C, 69003 Lyon, Frankrike"),
    # a Catalan floor and door after the street, the postal code and town on a window field's next line
    ("Påminnelse\n\nJordi Ferrer\nCarrer de Provença 218, 2n 1a\n08036 Barcelona\nKundnummer 4471.\n",
     "Carrer de Provença 218, 2n 1a 08036 Barcelona"),
])
def test_an_address_abroad_grows_over_places_in_a_row_and_a_cut_unit(blank_detector, text, address):
    assert address in _addresses(text, blank_detector)


@pytest.mark.parametrize("text,home", [
    ("Hembesök gjordes på Rishöjden 11 den 3 mars.", "Rishöjden 11"),
    ("Hon flyttade från Tallbacka 6 till Mossvik 2 i april.", "Mossvik 2"),
])
def test_a_home_visited_and_the_other_end_of_a_move(blank_detector, text, home):
    assert home in _addresses(text, blank_detector)


@pytest.mark.parametrize("text,home", [
    ("Han uppehåller sig hos sin kusin Idris Warsame i Myrbacka 5 tills vidare.", "Myrbacka 5"),
    ("Hon bor numera hos sin dotter, Lena Sjöholm, på Ekeby 17 B.", "Ekeby 17 B"),
    ("Barnen placerades i jourhem på Granvik 2 i väntan på utredning.", "Granvik 2"),
])
def test_a_place_and_number_after_a_stay_with_many_words_between(blank_detector, text, home):
    assert home in _addresses(text, blank_detector)


@pytest.mark.parametrize("text", [
    "Nyckeln hämtas på Reception 2 i kommunhuset.",
    "Pojken placerades på Avdelning 5 på sjukhuset.",
    "Han kan nås på Anknytning 4412 dagtid.",
    "Varorna levereras till Förråd 3 på fredag.",
])
def test_a_numbered_room_or_thing_after_a_stay_word_is_no_home(blank_detector, text):
    assert _addresses(text, blank_detector) == []


@pytest.mark.parametrize("text,address", [
    # the street's last word cut before its comma, then the town and a province with its postal code
    ("Hennes bror bor på Apartment 7, 81 Birch Street East, Hamilton, ON L8P 4R5.",
     "Apartment 7, 81 Birch Street East, Hamilton, ON L8P 4R5"),
    # a flat's units in the country's words, then the street named first and numbered after
    ("Mamman bor på Bloque 2, Piso 4, Puerta C, Calle Olivo 15, 29004 Málaga och kommer i maj.",
     "Bloque 2, Piso 4, Puerta C, Calle Olivo 15, 29004 Málaga"),
    # the flat's number before the house's, and a town with its state and postal code
    ("Hon bor på 6/21 Acacia Street, Northcote VIC 3070 sedan i fjol.", "6/21 Acacia Street, Northcote VIC 3070"),
])
def test_an_address_abroad_grows_over_a_cut_word_units_first_and_a_state(blank_detector, text, address):
    assert address in _addresses(text, blank_detector)


NAMES_AND_STAYS = """Hushåll i tillfälliga bostäder
Namn
Vistas nu
Telefon
Maja Svedberg
Kolmyra 5
070-111 22 33
Anton Rask
Ödeby 14 B
070-222 33 44
"""


def test_a_place_and_number_after_a_name_under_a_header_row_of_a_stay(blank_detector):
    assert {"Kolmyra 5", "Ödeby 14 B"} <= set(_addresses(NAMES_AND_STAYS, blank_detector))


def test_a_thing_and_number_after_a_name_under_other_headers_stays(blank_detector):
    text = "Fordon och ägare\nÄgare\nFordon\nMaja Svedberg\nVolvo 240\nAnton Rask\nSaab 900\n"
    assert _addresses(text, blank_detector) == []


@pytest.mark.parametrize("text,street", [
    ("Hon bor hos Amira El-Sayed på Rönnvägen sedan branden.", "Rönnvägen"),
    ("Pojken stannar hos sin morbror, Nils Ekdahl, på Blåbärsstigen under lovet.", "Blåbärsstigen"),
    ("Familjen evakuerades till Lärkgatan i väntan på besked.", "Lärkgatan"),
])
def test_a_street_without_number_after_a_stay_with_a_host_named(blank_detector, text, street):
    assert street in _addresses(text, blank_detector)


@pytest.mark.parametrize("text", [
    "Han bor i Gävle men arbetar på Kyrkogatan.",
    "Hon bor i Borås och handlar ofta på Stortorget.",
])
def test_a_street_in_another_clause_after_a_residence_stays(blank_detector, text):
    assert _addresses(text, blank_detector) == []


def test_a_documents_numbered_part_after_an_address_abroad_stays(blank_detector):
    found = _addresses("Mottagare: Apt 8, 52 Cedar Road, Avdelning 2 har handlingarna.\n", blank_detector)
    assert found and not any("Avdelning" in a for a in found), found


def test_a_named_building_after_the_street_abroad_is_a_part_of_it(blank_detector):
    # the building, its floor and the town after the street are where the person lives as the street is
    text = "Anteckningar\nBrodern bodde förut på Rue Monot 27, immeuble Arz, 3e étage, Jounieh, Liban.\n"
    assert "Rue Monot 27, immeuble Arz, 3e étage, Jounieh, Liban" in _addresses(text, blank_detector)


# A letter's address block abroad: the street on one line, the district, province, postal code and country on the
# next, with no comma at the line's end
ENVELOPE = """Påminnelse
Birgitta Sandell
44/7 Moo 3, Tambon Huai Yai
Bang Saray, Chon Buri 20250, Thailand
Vi har inte fått ditt levnadsintyg för 2026.
Margit Ahl
Calle Mayor 12
Madrid tar emot intyget på konsulatet.
"""


def test_the_city_line_under_a_street_abroad_is_the_same_address(blank_detector):
    assert "44/7 Moo 3, Tambon Huai Yai Bang Saray, Chon Buri 20250, Thailand" in _addresses(ENVELOPE, blank_detector)


def test_a_sentence_under_a_street_abroad_stays_readable(blank_detector):
    assert not any("Vi har" in a or "konsulatet" in a for a in _addresses(ENVELOPE, blank_detector))

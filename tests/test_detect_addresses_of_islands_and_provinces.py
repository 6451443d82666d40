"""Addresses of self-governing islands and a province in brackets: a Faroese postal code of three digits after the
islands' letters, an Åland street in Swedish with its staircase and flat and the code's line below it in a letter's
window, a Canadian town with its province in brackets and its code in the cell after the street. The whole address
is masked; a code of the same shape in running text without a home before it stays. Fictional people and places."""

from __future__ import annotations

import pytest

from redact.types import Page

WINDOWS = """Kallelse till förhandling

Hjørdis Poulsen
Jóannesar gøta 7
FO-410 Runavík, Føroyar

Alvar Sundqvist
Skolgränd 3 B 2
AX-22710 Föglö, Åland

Mål T 2207-27. Förhandlingen hålls i sal 4.
"""

CELLS = """Delgivningsadresser
Part | Adress | Postort
Hjørdis Poulsen | Jóannesar gøta 12 | FO-410 Runavík, Føroyar
Élodie Gagnon | 2210, boulevard des Laurentides, app. 7 | Laval (Québec) H7N 3T4, Canada
Rocío Medina | Av. Insurgentes 310, Int. 5 | Col. Roma Sur, 06760 CDMX
Haruto Ono | 1-9-4 Sakuragaoka Honcho, #207 | Setagaya-ku, Tokyo 156-0054
Dilnoza Karimova | Yunusobod tumani, 4-kvartal, 12-uy, 7-xonadon | 100047 Toshkent
Rūta Kazlauskienė | Žvejų g. 3-14 | LT-91247 Klaipėda
Ilze Kalniņa | Tērbatas iela 14-3 | Liepāja, LV-3401
Ander Goikoetxea | Kale Berria 7, 2. esk. | 20003 Donostia, Gipuzkoa
Förhandlingen hålls i sal 4.
"""


def _addresses(detector, text: str) -> list[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("address", [
    "Jóannesar gøta 7 FO-410 Runavík, Føroyar",
    "Skolgränd 3 B 2 AX-22710 Föglö, Åland",
])
def test_a_window_address_of_the_islands_is_masked_whole(blank_detector, address):
    assert address in _addresses(blank_detector, WINDOWS)


@pytest.mark.parametrize("place", ["FO-410 Runavík, Føroyar", "Laval (Québec) H7N 3T4, Canada",
                                   # a Latin American neighbourhood and a Japanese city with their postal codes
                                   "Col. Roma Sur, 06760 CDMX", "Setagaya-ku, Tokyo 156-0054",
                                   # a postal code of another country's shape and the town alone in the cell
                                   "100047 Toshkent", "LT-91247 Klaipėda",
                                   # the town before its Latvian postcode, a Spanish province after the town
                                   "Liepāja, LV-3401", "20003 Donostia, Gipuzkoa"])
def test_the_postal_cell_after_a_street_abroad_is_masked(blank_detector, place):
    found = _addresses(blank_detector, CELLS)
    assert any(place in a for a in found), found


def test_a_lettered_code_without_a_home_before_it_stays(blank_detector):
    text = "Beställningen FO-410 skickades.\nPaketet gick till lagret i juni.\n"
    assert not _addresses(blank_detector, text)


def test_a_rows_lettered_number_under_a_street_is_no_postal_line(blank_detector):
    # a register read one cell a line: the next row's number and name under the street, no code and town abroad
    text = "Ärende\nNamn\nAdress\nH-2207\nKlara Fors\nKvarnbacken 12\nH-2208\nOlle Ström\nÅsvägen 3\n"
    assert not any("H-2208" in a for a in _addresses(blank_detector, text))


def test_the_taggers_piece_of_a_town_cell_gives_way_to_the_whole_cell():
    from redact.detect.address_joins import with_town_cell_after
    from redact.types import Finding

    text = "Adress\nPostort\n781, rue des Érables, app. 2\nSherbrooke (Québec) J1H 4K8, Canada\n"

    def finding(part: str, category: str, detector: str) -> Finding:
        a = text.index(part)
        return Finding(id=part, page=1, start=a, end=a + len(part), text=part, category=category, score=0.8,
                       detector=detector, reason="")

    # the tagger read the province, the code and the country without the town; the town was read as a name
    findings = [finding("781, rue des Érables, app. 2", "ADDRESS", "table_column"),
                finding("Sherbrooke", "PERSON", "names"), finding("Québec) J1H 4K8, Canada", "ADDRESS", "learned_spans")]
    found = [(f.category, f.text) for f in with_town_cell_after(findings, text)]
    assert ("ADDRESS", "Sherbrooke (Québec) J1H 4K8, Canada") in found, found
    assert all(c == "ADDRESS" for c, _ in found), found


def test_a_street_joined_with_the_first_part_of_its_town_cell_runs_to_the_cells_country():
    from redact.detect.address_joins import with_town_cell_after
    from redact.types import Finding

    # a French-speaking register read one cell a line: the district, the town and the country in the postal cell
    text = "Gatuadress\nPostadress\nRue Makhoul, Imm. Saad, 2e étage\nAchrafieh, Beyrouth, Liban\nAnmält i maj.\n"
    end = text.index(", Liban")
    a = text.index("Rue")
    joined = Finding(id="a", page=1, start=a, end=end, text=text[a:end], category="ADDRESS", score=0.7,
                     detector="table_column", reason="")
    found = [f.text for f in with_town_cell_after([joined], text)]
    assert "Rue Makhoul, Imm. Saad, 2e étage\nAchrafieh, Beyrouth, Liban" in found, found


@pytest.mark.parametrize("cell", ["Achrafieh, Beyrouth, Liban", "Mazzeh, Damas, Syrie"])
def test_a_district_town_and_country_cell_after_a_street_is_masked(blank_detector, cell):
    text = f"Part | Gatuadress | Postadress\nNadia Karam | Rue Makhoul 14, 2e étage | {cell}\nAnmält i maj.\n"
    found = _addresses(blank_detector, text)
    assert any(cell in a for a in found), found

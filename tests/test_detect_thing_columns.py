"""A register's column headed by a thing's noun ("Lagrum", "Rum", "Larmkod", "Kurs", "Skrivplats") beside its
columns of initials: its short codes (a law's short form, a room, an alarm's code, a course, an exam's site) are no
one's initials and stay readable; the initials beside them are masked. A column of boats' makes and models or of
firms stays readable, the numbers beside it masked. Fictional people, places, makes and firms; tables set by
position alone."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.detect.engine import Detector
from redact.detect import thing_columns
from redact.detect.thing_cell_texts import thing_cell_texts
from redact.detect.thing_columns import _THING_PART, thing_cells
from redact.ingest.pdf import extract_page
from tests.pdf_builders import unruled_table


def _register(path: Path, title: str, rows: tuple[tuple[str, ...], ...]) -> Path:
    return unruled_table(path, title, rows, (40, 150, 260, 360, 460))


LAWS = (
    ("Ärende", "Handläggare", "Attest", "Lagrum"),
    ("VS 28-0412", "KiN", "B.Ö.", "JB"),
    ("VS 28-0419", "Th.Lu", "KiN", "UtlL"),
    ("VS 28-0433", "B.Ö.", "M-AS", "JB"),
)
ROOMS = (
    ("Lånekort", "Orsak", "Beslut", "Kontroll", "Rum"),
    ("7310 2207 11", "sen återlämning", "E.Kå.", "RuN", "C3108"),
    ("7310 2207 29", "borttappad atlas", "RuN", "E.Kå.", "C3108"),
    ("7310 2207 36", "skadad bok", "Ö.L-B", "RuN", "D1044"),
)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _page(path: Path):
    with pymupdf.open(path) as doc:
        return extract_page(doc[0])


@pytest.mark.parametrize("title,rows,codes,initials", [
    ("Beslut om vägföreningens andelar", LAWS, {"JB", "UtlL"}, {"KiN", "B.Ö.", "M-AS"}),
    ("Spärrar i låneregistret", ROOMS, {"C3108", "D1044"}, {"RuN", "E.Kå."}),
])
def test_a_things_column_stays_and_the_initials_beside_it_are_masked(tmp_path, detector, title, rows, codes, initials):
    page = _page(_register(tmp_path / "register.pdf", title, rows))
    found = {f.text.strip() for f in detector.detect(page) if f.category in ("PERSON", "INITIALS", "ID_NUMBER")}
    assert not codes & found, found
    assert initials <= found, found


def test_the_cells_under_a_things_header_are_read_by_position(tmp_path):
    page = _page(_register(tmp_path / "register.pdf", "Beslut om vägföreningens andelar", LAWS))
    cells, heads = thing_cells(page)
    assert [page.text[a:b] for a, b, _ in cells] == ["JB", "UtlL", "JB"]
    assert "Lagrum" in {page.text[a:b] for a, b in heads}


def test_a_table_without_a_things_header_has_no_such_cells(tmp_path):
    rows = tuple(row[:3] for row in LAWS)
    page = _page(_register(tmp_path / "register.pdf", "Beslut om vägföreningens andelar", rows))
    assert thing_cells(page) == ([], [])


@pytest.mark.parametrize("row,holds", [
    ("Ärende Handläggare Lagrum", True), ("Kontroll Rum:", True), ("AVD.", True),
    ("KontrollLag Sign", True),  # a header glued to the one before it, cut at the capital
    ("Ärendet beretts enligt underlaget", False), ("dagen för justering", False), ("Lagrummet anger", False),
])
def test_a_things_noun_is_looked_for_where_a_cell_can_hold_it(row, holds):
    assert bool(_THING_PART.search(row)) is holds


def test_a_things_noun_inside_a_word_costs_no_reading_of_the_rows(tmp_path, monkeypatch):
    # "lag" of "underlaget", "ring" of "justering": no cell is a thing's header, and the rows are not read
    rows = (("Underlaget", "Justering", "Avdelningen"), ("Sara Lindqvist", "VS 28-0412", "Per Ekholm"))
    page = _page(_register(tmp_path / "register.pdf", "Underlaget till justering", rows))
    monkeypatch.setattr(thing_columns, "page_rows", lambda page: pytest.fail("the rows were read"))
    assert thing_cells(page) == ([], [])


def test_a_persons_code_under_a_bare_code_header_stays_masked(tmp_path, detector):
    rows = (("Brukare", "Insats", "Utförare", "Kod"), ("Greta Holm", "dusch", "LiA", "HT-4418"),
            ("Nils Berg", "inköp", "KoS", "HT-4425"))
    page = _page(_register(tmp_path / "register.pdf", "Ändrade tider", rows))
    assert thing_cells(page) == ([], [])


BOATS = (
    ("Ärende", "Båt", "MMSI", "Hemmahamn"),
    ("SB 28-0311", "Linnea Vik 31", "265519330", "Grisslehamn"),
    ("SB 28-0326", "Ragna 27", "265533071", "Öregrund"),
)
FIRMS = (
    ("Ärende", "Bolag", "Kundnummer"),
    ("SP 28-0141", "Kasinova", "KV 5519-330"),
    ("SP 28-0156", "Hedda", "HD 5533-071"),
)

MOTORS = (
    ("Ansökan", "Motor", "Serienummer"),
    ("EP 28-0311", "Selma Vind 4.0", "SV 5519330-02"),
    ("EP 28-0326", "Hedvig Lund 9.9e", "HL55330712"),
)


@pytest.mark.parametrize("title,rows,kept,masked", [
    ("Båtar och nödsändare", BOATS, {"Linnea Vik 31", "Linnea Vik", "Ragna 27", "Ragna"}, {"265519330"}),
    ("Motorer", MOTORS, {"Selma Vind", "Hedvig Lund", "Selma Vind 4.0", "Hedvig Lund 9.9e"}, {"HL55330712"}),
    ("Konton hos spelbolagen", FIRMS, {"Kasinova", "Hedda"}, {"KV 5519-330"}),
])
def test_a_column_of_makes_or_firms_stays_and_the_numbers_beside_it_are_masked(tmp_path, detector, title, rows,
                                                                                 kept, masked):
    page = _page(_register(tmp_path / "register.pdf", title, rows))
    found = {f.text.strip() for f in detector.detect(page)}
    assert not kept & found, found
    assert masked <= found, found


def test_a_boats_column_ends_at_the_next_tables_header_row(tmp_path, detector):
    rows = (*BOATS, ("Kontaktadresser",), ("Ärende", "Adress", "Postort"),
            ("SB 28-0311", "Kvarnstigen 14", "763 41 Hallstavik"))
    page = _page(_register(tmp_path / "register.pdf", "Båtar och nödsändare", rows))
    cells, _ = thing_cells(page)
    assert [page.text[a:b] for a, b, _ in cells] == ["Linnea Vik 31", "Ragna 27"]
    assert any("Kvarnstigen 14" in f.text for f in detector.detect(page) if f.category == "ADDRESS")


def test_a_wards_letters_under_the_ward_header_are_read_as_the_columns_cells(tmp_path):
    rows = (("Avliden", "Patient-id", "Sign.", "Avdelning"), ("Greta Holm", "VX-P 44180", "KoS", "HIA"),
            ("Nils Berg", "VX-P 44197", "LiA", "kirurgi 3"))
    page = _page(_register(tmp_path / "wards.pdf", "Avlidna patienter", rows))
    cells, _ = thing_cells(page)
    assert [page.text[a:b] for a, b, _ in cells] == ["HIA", "kirurgi 3"]


def test_a_wild_birds_ring_number_stays_and_its_finder_is_masked(tmp_path, detector):
    rows = (("Ring", "Art", "Upphittare", "Telefon"), ("7C 30418", "Fiskgjuse", "Tove Rask", "070-318 44 27"),
            ("4E 11907", "Trana", "Olle Berg", "070-318 55 16"))
    page = _page(_register(tmp_path / "rings.pdf", "Rapporterade återfynd", rows))
    cells, _ = thing_cells(page)
    assert [page.text[a:b] for a, b, _ in cells] == ["7C 30418", "4E 11907"]
    found = {f.text.strip() for f in detector.detect(page)}
    assert {"Tove Rask", "Olle Berg"} <= found, found


def test_a_landlords_lent_flats_under_its_evacuation_header_are_no_ones_home(tmp_path, detector):
    rows = (("Hyresgäst", "Kundnr", "Evakuering", "Telefon"), ("Tove Rask", "EB 4418-207", "Granbacken 3", "070-318 44 27"),
            ("Olle Berg", "EB 4418-214", "Paviljong A", "070-318 55 16"))
    page = _page(_register(tmp_path / "lent.pdf", "Hyresgäster som flyttar under stambytet", rows))
    found = {f.text.strip() for f in detector.detect(page)}
    assert "Granbacken 3" not in found, found
    assert {"Tove Rask", "Olle Berg"} <= found, found


HORSES = (
    ("Häst", "Stall eller hage", "Postort"),
    ("Stella Blå", "Stall Ekbacken, box 4", "555 93 Jönköping"),
    ("Maja", "Hagen vid Lindås", "556 92 Jönköping"),
)


def test_a_column_of_horses_names_under_headers_of_its_own_names_no_one(tmp_path, detector):
    # a register keyed by its horses: the header row's other words are the register's own, no header of a kind
    page = _page(_register(tmp_path / "register.pdf", "Uppstallning", HORSES))
    cells = {page.text[a:b] for a, b, _ in thing_cells(page)[0]}
    assert {"Stella Blå", "Maja"} <= cells, cells
    found = {f.text.strip() for f in detector.detect(page) if f.category == "PERSON"}
    assert not found & {"Stella Blå", "Stella", "Maja"}, found


def test_a_name_read_from_a_horses_cell_into_the_next_keeps_only_the_next_cells_part():
    from redact.types import Finding

    text = "Maja\nHagen vid Lindås\n"
    whole = {(0, 4): thing_columns._MAKE_CATEGORIES}
    f = Finding(id="p1-0", page=1, start=0, end=10, text=text[:10], category="PERSON", score=0.9, detector="names")
    assert thing_columns._past_cell(f, whole, text).text == "Hagen"


# A course's code under "Kurs" and an exam's site under "Skrivplats" are no one's identifier or name; the students'
# exam codes beside them are masked, and the codes are known on every page for a letter's sentence naming them again.
EXAMS = (
    ("Tentakod", "Kurs", "Skrivplats", "Vakt"),
    ("HT26-DIST-0712", "MAT104", "KTH", "B.Ö."),
    ("HT26-DIST-0713", "MAT104", "NTNU Gjøvik", "RuN"),
    ("HT26-DIST-0715", "FYS210", "KTH", "E.Kå."),
)


def test_courses_and_sites_stay_and_the_exam_codes_are_masked(tmp_path, detector):
    page = _page(_register(tmp_path / "exams.pdf", "Skrivningar vid andra lärosäten", EXAMS))
    found = {f.text.strip() for f in detector.detect(page)}
    assert not {"MAT104", "FYS210", "KTH", "NTNU Gjøvik"} & found, found
    assert {"HT26-DIST-0712", "HT26-DIST-0713", "HT26-DIST-0715"} <= found, found


def test_the_codes_are_known_on_every_page(tmp_path):
    page = _page(_register(tmp_path / "exams.pdf", "Skrivningar vid andra lärosäten", EXAMS))
    assert {"MAT104", "FYS210", "KTH", "NTNU Gjøvik"} <= thing_cell_texts([page])

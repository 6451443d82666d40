"""Numbers in a column whose header names an identity document ("Pass/ID-kort", "Körkort/ID-nr", "ID-handling"):
whatever shape each country gives its passports and cards, every cell is the person's identifier; a register's
own entry numbers ("Reg.nr" over the first column) stay. Fictional documents built in code."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.pipeline import detect_document

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save, table, write_lines  # noqa: E402

TRAVELLERS = [
    ["Resenär", "Pass/ID-kort", "Telefon"],
    ["Siri Holmqvist", "71 44 20 93", "070-318 22 41"],
    ["Abdullahi Farah Ali", "PA 4418 207", "073-402 19 86"],
    ["Dilan Aksoy", "X 2291 0473", "076-211 48 03"],
    ["Jovana Ilić", "014 227 839", "072-550 31 17"],
]


def _pdf(tmp_path, header: str) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Lägerresa till Trondheim, deltagare"], y=60)
    rows = [[header if n == 1 else c for n, c in enumerate(TRAVELLERS[0])], *TRAVELLERS[1:]]
    table(page, (40, 80), rows, col_width=170)
    write_lines(page, ["Listan lämnas till ledarna före avresan."], y=200)
    return save(doc, tmp_path / "resa.pdf")


@pytest.mark.parametrize("header", ["Pass/ID-kort", "Körkort/ID-nr", "ID-handling"])
@pytest.mark.parametrize("value", ["71 44 20 93", "PA 4418 207", "X 2291 0473", "014 227 839"])
def test_every_number_under_an_identity_documents_header_is_an_identifier(tmp_path, blank_detector, header, value):
    det = detect_document(_pdf(tmp_path, header), blank_detector)
    # (a number that opens with 0 may be taken for a telephone's first: masked all the same)
    assert value in {" ".join(f.text.split()) for f in det.findings}


def test_a_registers_own_entry_numbers_stay(tmp_path, blank_detector):
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Registrerade lotterier 2026"], y=60)
    table(page, (40, 80), [["Reg.nr", "Förening", "Kontaktperson"], ["L 2026:07", "IFK Bredmo", "Per Holm"],
                           ["L 2026:08", "Bredmo PRO", "Gun Ek"]], col_width=170)
    det = detect_document(save(doc, tmp_path / "lotterier.pdf"), blank_detector)
    assert not {f.text for f in det.findings if "2026" in f.text}


def test_a_passports_code_led_by_the_noun_in_capitals_is_masked_whole(tmp_path, blank_detector):
    # "PASS 50718834" in an identity column: the capitals are the code's own prefix, no label to leave readable
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Anmälda vigselförrättare"], y=60)
    table(page, (40, 80), [["Nr", "Namn", "Legitimation"], ["1", "Saga Lindblom", "PASS 50718834"],
                           ["2", "Omid Rostami", "PASS 50722107"]], col_width=170)
    det = detect_document(save(doc, tmp_path / "forrattare.pdf"), blank_detector)
    assert {"PASS 50718834", "PASS 50722107"} <= {" ".join(f.text.split()) for f in det.findings}



@pytest.mark.parametrize("header, kind", [
    # the document the home country issued, whatever it calls it, heads the person's identifiers
    ("Hemlandets handling", "id"), ("Ursprungslandets legitimation", "id"),
    # a document alone or the home country's other things head no identifiers
    ("Handling", None), ("Hemlandets skola", None),
])
def test_the_home_countrys_document_heads_a_column_of_identifiers(header, kind):
    from redact.detect.table_headers import header_kind

    assert header_kind(header) == kind

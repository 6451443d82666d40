"""A postal code's and a town's column beside a column of homes are part of the address ("Adress | Postnr | Ort");
alone, such a column says nothing of a home. Fictional people and places; the blank pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

from redact.detect.table_header_words import ADDRESS
from redact.detect.table_headers import row_kinds
from redact.pipeline import detect_document

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, ruled_grid, save, write_lines  # noqa: E402


def test_postal_code_and_town_headers_beside_a_home_column_head_address_columns():
    assert row_kinds(["Ärende", "Adress", "Postnr", "Ort"])[2:] == [ADDRESS, ADDRESS]
    assert row_kinds(["Nr", "Ny adress", "Postnr och ort"])[2] == ADDRESS


def test_a_town_column_without_a_home_column_is_no_address():
    assert row_kinds(["Möte", "Datum", "Ort"])[2] != ADDRESS


def test_postal_code_and_town_in_cells_of_their_own_are_masked(tmp_path, blank_detector):
    rows = [["Ärende", "Adress", "Postnr", "Ort"],
            ["B-2207", "Ekbacka gård, Åkerby", "871 95", "Ödsbyn"],
            ["B-2214", "Lindenweg 12", "34117", "Kassel"]]
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Utskick av tillstånd"], y=60)
    ruled_grid(page, (50, 110, 260, 330), 100, rows)
    det = detect_document(save(doc, tmp_path / "utskick.pdf"), blank_detector)
    found = {" ".join(f.text.split()) for f in det.findings if f.category in ("ADDRESS", "POSTAL_CODE")}
    for cell in ("871 95", "Ödsbyn", "34117", "Kassel"):
        assert any(cell in f for f in found), (cell, found)


def test_a_town_column_beside_homes_without_a_postal_code_column_is_no_address():
    assert row_kinds(["Namn", "Adress", "Ort"])[2] != ADDRESS


def test_a_postal_cell_with_the_province_in_brackets_and_the_country_is_a_postal_line():
    from redact.detect.table_values import value_fits

    assert value_fits(ADDRESS, "17004 Girona (Girona), Espanya", "Postadress")
    assert value_fits(ADDRESS, "29640 Fuengirola (Málaga)", "Postadress")

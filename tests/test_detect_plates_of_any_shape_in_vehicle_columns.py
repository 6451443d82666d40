"""A foreign plate of any shape that mixes letters and digits in a group ("KR 9W2214", "B 77 3XC") is a plate as a
cell of a vehicle column, also under the plate's own words as header ("Skylt", "Bilnr"), or in a column of a
register of persons whose other cells are plates, whatever its header; so is a register's column of identity
documents whose letters vary by country. A cell of plain letters and digits in another column stays. Fictional
text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def plates(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page) if f.category == "LICENSE_PLATE"}


@pytest.mark.parametrize("header", ["Bil", "Fordon", "Skylt", "Bilnr"])
def test_a_mixed_plate_in_a_vehicle_column_is_a_plate(blank_detector, header):
    rows = "".join(f"{name}\n{plate}\nLuleå\n" for name, plate in [
        ("Vera Ekholm", "KDW 41T"), ("Per Lindmark", "MTR 882"), ("Ulla Sandin", "HJB 07C"), ("Ola Brandt", "KR 9W2214")])
    assert "KR 9W2214" in plates(blank_detector, f"Förare\n{header}\nOrt\n{rows}")


def test_a_mixed_code_outside_a_vehicle_column_stays(blank_detector):
    text = "Kurs\nLokal\nSvenska 1\nKR 9W2214\n"
    assert "KR 9W2214" not in plates(blank_detector, text)


def test_a_column_of_plates_under_any_header_holds_the_foreign_plate_too():
    from redact.detect.code_columns import is_plate_column

    assert is_plate_column(["KDW 41T", "MTR 882", "KR 9W2214", "HJB 07C"])
    assert not is_plate_column(["KDW 41T", "MTR 882", "ingen bil"])  # a word among them: no list of plates
    assert not is_plate_column(["KDW 41T", "AB 1234", "2026-01"])  # most cells no Swedish plate


def test_a_column_of_documents_of_one_shape_with_different_letters_is_a_register_of_codes():
    from redact.detect.code_columns import is_code_column

    assert is_code_column(["P 5582 3302", "C 3310 2298", "X 6642 1109"])  # passports of different countries
    assert not is_code_column(["KS 2026-118", "BN 2026-119"])  # the authority's cases by year
    assert not is_code_column(["P 5582 3302", "P 5582 3302"])  # a repeated value is no one's own code


def test_plates_and_names_under_headers_nobody_listed_in_a_register_of_homes(tmp_path, blank_detector):
    from conftest import mupdf_text, pdftotext
    from pdf_builders import new_pdf, save, table

    from redact.pipeline import run_file

    rows = [["Förare", "Ekipage", "Bor"], ["Tolulope Olaniyan", "KDW 41T", "Storgatan 4"],
            ["Moa Lindkvist", "MTR 882", "Kyrkvägen 2"], ["Yusuf Demirtas", "KR 9W2214", "Åvägen 7"]]
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    page.insert_text((50, 60), "Deltagare i körningen", fontsize=11)
    table(page, (50, 80), rows, col_width=150)
    out = tmp_path / "out.pdf"
    disclosure = run_file(save(doc, tmp_path / "in.pdf"), out, detector=blank_detector)
    assert disclosure.verification.ok
    for reading in (mupdf_text(out), pdftotext(out)):
        assert not {"Tolulope", "Olaniyan", "9W2214", "41T"} & set(reading.split())
        assert {"Förare", "Ekipage"} <= set(reading.split())


@pytest.mark.parametrize("cell, plate", [
    ("KLM-482 (FI)", "KLM-482"),
    ("(D) M-AB 1234", "M-AB 1234"),
    ("FIN / ABC-123", "ABC-123"),
])
def test_a_plate_with_its_countrys_sign_in_a_vehicle_column_is_a_plate(blank_detector, cell, plate):
    # rows between the header and the plate, no word of vehicles near it: the column alone says it is a plate
    rows = "".join(f"{p}\n{name}\nskada\n" for p, name in [
        ("UGB 05H", "Emma Sjödin"), ("KDW 41T", "Vera Ekholm"), ("HJB 07C", "Ulla Sandin"), ("MTR 882", "Per Lindmark")])
    text = f"Reg.nr\nFrågande\nSkäl\n{rows}{cell}\nLennart Eriksson\nskada\n"
    assert plate in plates(blank_detector, text)


def test_a_code_with_a_bracket_outside_a_vehicle_column_stays(blank_detector):
    text = "Kurs\nLokal\nSvenska 1\nKLM-482 (FI)\n"
    assert "KLM-482" not in plates(blank_detector, text)

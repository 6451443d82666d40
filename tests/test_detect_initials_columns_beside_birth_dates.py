"""A column of initials under a header nobody listed ("Chef", "Ansv") in a register of persons whose names stand
under a header nobody listed either ("Vikarie", "Förare"): the birth dates, or the homes (not properties), say
each row is a person, and the column's cells are judged by their shapes, small letters ("lbm") among them, and a
name no list holds in the column of names ("redact.detect.name_columns").
A register of properties stays as it was. Fictional people; the blank pipeline."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from conftest import mupdf_text, pdftotext
from pdf_builders import new_pdf, save, table

from redact.detect.code_columns import loose_columns
from redact.detect.table_columns import ADDRESS, BIRTH, ID, PROPERTY
from redact.pipeline import run_file

ROWS = [["Anst.nr", "Timvikarie", "Född", "Chef"],
        ["TV-31 2208", "Moa Lindkvist", "2006-02-14", "ViK"],
        ["TV-31 2216", "Yusuf Demirtas", "2005-11-03", "B.S"],
        ["TV-31 2231", "Ilona Varga", "2007-06-22", "lbm"],
        ["TV-31 2240", "Tolulope Olaniyan", "2006-09-30", "ViK"]]


def _document(path: Path) -> Path:
    doc = new_pdf()
    page: pymupdf.Page = doc.new_page(width=595, height=842)
    page.insert_text((50, 60), "Sommarvikarier, Norrbacka kommun", fontsize=11)
    table(page, (50, 80), ROWS, col_width=125)
    return save(doc, path)


def test_small_initials_in_the_column_of_a_register_of_persons_are_removed(tmp_path, blank_detector):
    out = tmp_path / "out.pdf"
    disclosure = run_file(_document(tmp_path / "in.pdf"), out, detector=blank_detector)
    assert disclosure.verification.ok
    for reading in (mupdf_text(out), pdftotext(out)):
        words = set(reading.split())
        assert not {"ViK", "B.S", "lbm"} & words
        assert "Chef" in words


def test_an_unlisted_name_in_the_column_of_names_is_removed(tmp_path, blank_detector):
    out = tmp_path / "out.pdf"
    disclosure = run_file(_document(tmp_path / "in.pdf"), out, detector=blank_detector)
    assert disclosure.verification.ok
    for reading in (mupdf_text(out), pdftotext(out)):
        words = set(reading.split())
        assert not {"Tolulope", "Olaniyan", "Yusuf", "Demirtas"} & words
        assert "Timvikarie" in words


def test_which_tables_are_registers_of_persons():
    assert 1 in loose_columns([ID, None, BIRTH, None], ["Anst.nr", "Timvikarie", "Född", "Chef"])
    assert 1 in loose_columns([ID, None, ADDRESS], ["Kundnr", "Förare", "Bostadsadress"])
    assert 0 in loose_columns([None, None, ADDRESS], ["Förare", "Bil", "Bor"])  # homes: a row is a person
    assert loose_columns([PROPERTY, None, ADDRESS], ["Fastighet", "Åtgärd", "Adress"]) == {}

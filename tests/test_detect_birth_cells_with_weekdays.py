"""A birth column's cell that opens its date with the weekday ("ons. 11 juli 1951", "tis 10 nov 2009", "Tue, 3 March
1987") is masked with its weekday: the weekday is part of the date as written. In running text a weekday between
the birth word and the date stays outside it and no longer hides it. Fictional people; the blank pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.detect.table_birth_values import birth_cell_span
from redact.pipeline import detect_document, detect_text

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save, table, write_lines  # noqa: E402


@pytest.mark.parametrize("value", ["tor. 4 mars 1948", "lör 12 okt 2013", "onsdag 2 maj 1962", "Tue, 3 March 1987",
                                   "Mi., 3. März 1987", "ke 3.3.1987"])
def test_a_birth_cells_weekday_is_masked_with_its_date(value):
    assert birth_cell_span(value, "Född") == (0, len(value))


def test_a_birth_word_before_the_date_stays_outside():
    value = "urodz. 30.11.1969"
    assert birth_cell_span(value, "Född") == (len("urodz. "), len(value))


def test_a_weekday_before_a_birth_date_in_a_pdfs_birth_column(tmp_path, blank_detector):
    rows = [["Ärende", "Elev", "Född", "Elevnummer"],
            ["SK-31-0102", "Tuva Ringborg", "2011-02-14", "EN 31-4402"],
            ["SK-31-0108", "Malte Grönkvist", "fre 9 sep 2010", "EN 31-4419"]]
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Elever med skolskjuts"], y=70)
    table(page, (40, 90), rows, col_width=125)
    det = detect_document(save(doc, tmp_path / "elever.pdf"), blank_detector)
    births = {" ".join(f.text.split()) for f in det.findings if f.category == "DATE_OF_BIRTH"}
    assert "fre 9 sep 2010" in births, births


# in running text the weekday between the birth word and the date no longer hides the date, and stays outside it, as
# a letter's "född tisdagen den 4 maj 1971" is marked
@pytest.mark.parametrize("text, date", [
    ("Je suis née le jeudi 14 avril 1983 à Nantes.", "14 avril 1983"),
    ("Nací el sábado 2 de junio de 1979 en Cádiz.", "2 de junio de 1979"),
    ("Olen syntynyt perjantaina 8. lokakuuta 1976 Oulussa.", "8. lokakuuta 1976"),
    ("Jag är född torsdagen den 9 mars 1972 i Sala.", "9 mars 1972"),
])
def test_a_weekday_before_a_birth_date_in_running_text_stays_outside_it(blank_detector, text, date):
    det = detect_text(text, blank_detector)
    births = {" ".join(f.text.split()) for f in det.findings if f.category == "DATE_OF_BIRTH"}
    assert births == {date}, births

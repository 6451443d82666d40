"""A Lithuanian birth date written with the month's word abbreviated after the month ("1985 m. birželio mėn. 3 d.":
year, "m.", the month in the genitive, "mėn.", the day, "d.") is one date of birth. Fictional people."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text


@pytest.mark.parametrize("text,date", [
    ("Född\n1985 m. birželio mėn. 3 d.\n", "1985 m. birželio mėn. 3 d."),
    ("Rūta Vaitkutė är född 1991 m. spalio mėn. 21 d. i Klaipėda.\n", "1991 m. spalio mėn. 21 d."),
    # a cell of a birth column, the table read one cell a line
    ("Patienter\nNamn\nFödd\nRūta Vaitkutė\n1991 m. spalio mėn. 21 d.\nMärta Holmgren\n1985-06-03\n",
     "1991 m. spalio mėn. 21 d."),
])
def test_a_lithuanian_birth_date_with_the_months_word_is_masked_whole(blank_detector, text, date):
    births = [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
              if f.category == "DATE_OF_BIRTH" and f.status != "rejected"]
    assert date in births, births

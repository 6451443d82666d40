"""Homes on the numbered street grid of Guatemala's towns: the street by its ordinal, the house's plate of two numbers
and the zone, the town and its postal code after commas ("4a Avenida 6-21 Zona 2, Antigua"), masked whole; a street
word and two numbers with a dash without an ordinal or a zone stay readable. Fictional homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Mi prima vivía en 4a Avenida 6-21 Zona 2, Antigua hasta marzo.", "4a Avenida 6-21 Zona 2, Antigua"),
    ("Hon bodde på 11 Calle 2-09, zona 7, Mixco under studierna.", "11 Calle 2-09, zona 7, Mixco"),
    ("Beslut\nMarta Xicará\n7a Calle 5-33 Zona 3\n09001 Quetzaltenango\nDiarienummer 2027-88.\n",
     "7a Calle 5-33 Zona 3\n09001 Quetzaltenango"),
    ("Adress: Diagonal 6 13-01 Zona 10, apto. 4, 01010 Guatemala\n", "Diagonal 6 13-01 Zona 10, apto. 4, 01010 Guatemala"),
])
def test_a_home_on_a_zoned_street_grid_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_street_word_and_a_score_stay_readable(blank_detector):
    det = detect_text("Laget från Calle Ocho vann med 3-1 i går.", blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS"]

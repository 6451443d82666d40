"""A home on a numbered avenue with the house's "n°", its quarter before it and its town after it ("Kinyinya, avenue
4 n° 19, Kigali", "Quartier Ngagara, 7e avenue n° 3, Gitega"), is masked whole, in a sentence as in a table's cell;
an avenue's figure without the house's "n°" stays. Fictional places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Han bor sedan 2021 i Kinyinya, avenue 4 n° 19, Kigali och arbetar där.", "Kinyinya, avenue 4 n° 19, Kigali"),
    ("Hon bodde förut i Quartier Ngagara, 7e avenue n° 3, Gitega, nu i Ludvika.",
     "Quartier Ngagara, 7e avenue n° 3, Gitega"),
    ("Adresser\n| Mål | Adress | Kontakt\n| 4 | Buyenzi, avenue 21 nº 40, Bujumbura | Aline Ndayishimiye\n",
     "Buyenzi, avenue 21 nº 40, Bujumbura"),
])
def test_a_numbered_avenue_and_the_houses_number_are_one_home(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_an_avenues_figure_without_a_house_stays(blank_detector):
    text = "Paraden gick längs avenue 8 till torget."
    assert [f for f in detect_text(text, blank_detector).findings
            if f.category == "ADDRESS" and f.status != "rejected"] == []

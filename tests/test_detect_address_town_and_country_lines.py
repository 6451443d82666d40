"""A letter's address abroad whose town and country stand alone on the line below the street, where the country has
no postal codes or the letter gives none ("Plot 9, 14 Independence Avenue" / "Kumasi, Ghana"), and an address ending
in a region its people name as their country ("..., Burao, Somaliland"). Fictional people and places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from address_checks import readable_letters  # noqa: E402

LETTER = """Beslut om resebidrag

Kwame Owusu
Plot 9, 14 Independence Avenue North
Kumasi, Ghana

Ert bidrag har beviljats.
"""

SENTENCE = "Kontaktpersonen Hodan Ismail Farah bor i Koodbuur, Burao, Somaliland. Hon nås per e-post.\n"


@pytest.mark.parametrize("text, address", [
    (LETTER, "Plot 9, 14 Independence Avenue North\nKumasi, Ghana"),
    (SENTENCE, "Koodbuur, Burao, Somaliland"),
])
def test_the_town_and_country_line_and_a_regions_country_end_the_address(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""

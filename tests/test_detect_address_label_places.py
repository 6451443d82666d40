"""A home abroad given after an address label as places alone, with no house number ("Adress: Vaiaku, Tuvalu"),
is masked whole; a town and its country alone and a Swedish town stay as the label rules leave them. Fictional
people and homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Uppgifter om anhörig\nNamn: Sione Taufa\nAdress: Kolofo'ou, Tonga\nTelefon: saknas", "Kolofo'ou, Tonga"),
    ("Kontaktperson: Mele Fifita\nBostad: Lotopa, Apia, Samoa\n", "Lotopa, Apia, Samoa"),
    ("Vårdnadshavare: Teuila Faleolo\nAdress: Tekatea, Abaiang, Kiribati\n", "Tekatea, Abaiang, Kiribati"),
])
def test_places_after_an_address_label_are_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "Uppgifter om anhörig\nAdress: Kabul, Afghanistan\n",
    "Uppgifter om anhörig\nAdress: Storgatan, Umeå\n",
])
def test_a_town_and_its_country_or_a_swedish_town_alone_is_no_address(blank_detector, text):
    assert not [f for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]

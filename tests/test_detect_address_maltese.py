"""Maltese addresses: the street by its Maltese word ("Triq", "Sqaq", "Vjal") with its articled name, the house before
it by its number, its flat or its name ("Dar …", "Villa …" opening a line or a cell), the town and the postal code
after it: masked whole, commas too. A house's name inside a sentence is not taken. Fictional homes; the blank
pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import unmasked_characters


@pytest.mark.parametrize("text, address", [
    ("Postadresser\n| Ärende | Utdelningsadress | Postort\n| KS 0101-2027 | Dar is-Sliem, Triq il-Madonna tal-Ħerba | "
     "Birkirkara BKR 2210, Malta\n| KS 0102-2027 | Storgatan 4 | 577 30 Hultsfred\n",
     "Dar is-Sliem, Triq il-Madonna tal-Ħerba"),
    ("Gerald Vella\nFlat 2, Blk C, Triq il-Kbira\nMosta MST 1012, Malta\n\nDnr 4.",
     "Flat 2, Blk C, Triq il-Kbira\nMosta MST 1012, Malta"),
    ("Hija kienet tgħix f'23, Sqaq San Ġużepp, Qormi QRM 2401, u issa tgħix hawn.",
     "23, Sqaq San Ġużepp, Qormi QRM 2401"),
    ("Ommi kienet tgħix fi Triq Sant'Anna, Rabat, qabel.", "Triq Sant'Anna, Rabat"),
])
def test_a_maltese_home_is_masked_whole(blank_detector, text, address):
    assert unmasked_characters(blank_detector, text, address) == ""


def test_a_house_name_inside_a_sentence_is_not_taken_with_the_street(blank_detector):
    text = "Hon talade om Villa Rosa, Triq il-Kbira, Mosta, i brevet."
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert found == ["Triq il-Kbira, Mosta"]

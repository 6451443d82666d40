"""Homes abroad whose house number stands after a sign ("Casa #12", "n° 31"), whose district is a French city's
ordinal arrondissement, whose post goes to a Southern African "Private Bag", whose postal code is two letters and
five digits after the parish (Barbados), or whose street is named by its kind word with only the town after it
("Shari Nasser 14, Tripoli"). Fictional people and homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    # Central America and the Caribbean
    ("Hennes syster bor på Colonia Miramonte, Avenida Las Palmas, Casa #18, San Salvador.",
     "Colonia Miramonte, Avenida Las Palmas, Casa #18, San Salvador"),
    ("Adress: #27 Palm Grove Avenue, Christ Church BB17021\nTelefon: saknas",
     "#27 Palm Grove Avenue, Christ Church BB17021"),
    ("Kusinen bor på #9 Baillou Hill Road, Nassau.", "#9 Baillou Hill Road, Nassau"),
    # French-speaking Africa
    ("Brodern har flyttat till Quartier Mutanga, 4e Avenue n° 31, Bujumbura och arbetar där.",
     "Quartier Mutanga, 4e Avenue n° 31, Bujumbura"),
    ("Adress: Quartier Moursal, 3e arrondissement, N'Djamena\nTelefon: saknas",
     "Quartier Moursal, 3e arrondissement, N'Djamena"),
    # Southern and North Africa
    ("Beslutet skickas till sökanden c/o Thabo Mokoena, Private Bag B48, Maseru West, Maseru 105.",
     "Private Bag B48, Maseru West, Maseru 105"),
    ("Morbror bor på Shari Gamal Abdel Nasser 14, Benghazi.", "Shari Gamal Abdel Nasser 14, Benghazi"),
])
def test_the_whole_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "Han såg Route 66, en film, och läste Ring 3, en bok, i helgen.\n",
    "Ärendet gäller #45 i listan, punkt 7e i beslutet.\n",
    "Vi ses på 3e arrondissement nästa år, sa han i telefon.\n",
    "Posten lämnas i Private Bag-systemet enligt avtalet AB12345.\n",
])
def test_ordinary_swedish_with_the_same_words_stays_readable(blank_detector, text):
    det = detect_text(text, blank_detector)
    assert not [f.text for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]

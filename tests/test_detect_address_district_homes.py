"""A home named by its district's word in its own language and a town after a comma, as a relative's letter writes
it ("la cité Balbala, Tadjourah", "xaafadda Hodan, Baydhabo", "Hay Al-Manshiya, Sabha", "quartiere San Rocco,
Derna"), is masked whole; the Spanish "hay" ("there is") and a district's word without a town stay. Fictional
places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Ma tante habitait jusqu'ici dans la cité Balbala, Tadjourah, et vient chez nous.", "cité Balbala, Tadjourah"),
    ("Hooyaday waxay ku noolayd xaafadda Hodan, Baydhabo, hadda.", "xaafadda Hodan, Baydhabo"),
    ("Until March my uncle lived in Hay Al-Manshiya, Sabha, with his son.", "Hay Al-Manshiya, Sabha"),
    ("Mia zia abitava nel quartiere San Rocco, Derna, fino a maggio.", "quartiere San Rocco, Derna"),
    ("Abti wuxuu degganaa degmada Wadajir, Garoowe, sannadkii hore.", "degmada Wadajir, Garoowe"),
])
def test_a_district_word_its_name_and_the_town_are_one_home(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "En la sala hay Carmen, Lucía y tres más.",  # the Spanish "there is"
    "La cité est belle, dit-il.",  # the word alone
])
def test_no_home_without_the_districts_shape(blank_detector, text):
    assert [f for f in detect_text(text, blank_detector).findings
            if f.category == "ADDRESS" and f.status != "rejected"] == []

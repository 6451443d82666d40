"""A castle, a manor or a field station named by its place, with its wing and postal code, is masked as the home where
a word of living or moving stands right before it; the same place where something happens or someone works stays
readable. Fictional people and places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Från juni flyttar jag till Ekenäs slott, norra flygeln, 611 91 Ekenäs.",
     "Ekenäs slott, norra flygeln, 611 91 Ekenäs"),
    ("Hon bor under fältsäsongen\npå Storsjö fältstation, 840 12 Storsjö, och reser hem i oktober.",
     "Storsjö fältstation, 840 12 Storsjö"),
    ("Sedan i höstas bor han på Hammarby prästgård, övre våningen, 748 96 Lövsta.",
     "Hammarby prästgård, övre våningen, 748 96 Lövsta"),
])
def test_an_estate_or_station_after_a_word_of_living_is_the_home(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "Konferensen hålls på Ekenäs slott, 611 91 Ekenäs, den 4 maj.",
    "Hon bor i Näsby och arbetar på Storsjö fältstation, 840 12 Storsjö.",
    "Han flyttade till Näsby polisstation, 871 31 Näsby, i mars.",
])
def test_an_estate_or_station_where_no_one_is_said_to_live_stays(blank_detector, text):
    det = detect_text(text, blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]

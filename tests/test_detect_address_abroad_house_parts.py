"""Homes abroad with a part the street rules did not read: a German house of several on one number ("Haus 2"), an
Iraqi or Kurdish numbered quarter beside the house ("Quarter 318, House 7") and a Thai village home whose lane keeps
its number among the places ("Moo 4, Soi Ekkamai 12"). Fictional people and homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Mein Vater wohnte früher in Barmbeker Weg 17, Haus 4, 22305 Hamburg und zieht im Mai um.",
     "Barmbeker Weg 17, Haus 4, 22305 Hamburg"),
    ("My uncle used to live at Zakho Street, Quarter 318, House 7, Duhok and after that he moved.",
     "Zakho Street, Quarter 318, House 7, Duhok"),
    ("Kronofogden\nSiri Kaew\n61/3 Moo 4, Soi Ekkamai 12, Khlong Tan Nuea\nWatthana, Bangkok 10110, Thailand\n\nHej",
     "61/3 Moo 4, Soi Ekkamai 12, Khlong Tan Nuea\nWatthana, Bangkok 10110, Thailand"),
])
def test_the_whole_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_quarter_of_a_year_is_no_home(blank_detector):
    det = detect_text("Rapporten för Quarter 3, Sales Team, Stockholm kom i går.", blank_detector)
    assert not [f.text for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]

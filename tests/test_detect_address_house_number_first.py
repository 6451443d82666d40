"""Homes abroad in English words: the house's number first by "No." and a comma, the lane by its name and kind, then
the town up to the clause's end ("No. 9, Tulip Alley, Shiraz"); and an English street with no postcode, with its town
after a comma up to the clause's end ("22 Nile Corniche Lane, Giza, and …"). Fictional homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text


def _addresses(text: str, detector) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "ADDRESS"]


@pytest.mark.parametrize("text, address", [
    ("In Iran my aunt lived at No. 9, Tulip Alley, Shiraz,\nand now she lives in Borås.", "No. 9, Tulip Alley, Shiraz"),
    ("Her brother lived at No. 31, Golbahar Lane, Tabriz, and moved in May.", "No. 31, Golbahar Lane, Tabriz"),
    ("Before the move my aunt lived at 22 Nile Corniche Lane, Giza,\nand then she moved.",
     "22 Nile Corniche Lane, Giza"),
])
def test_a_home_abroad_with_its_town_after_the_lane(blank_detector, text, address):
    assert address in _addresses(text, blank_detector)

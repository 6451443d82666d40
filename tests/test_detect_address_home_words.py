"""Homes written with a word for what they are: a care home named after a word of living and before its street, a
farm by its name after its word at a village's number, a dormitory's bed on a line of its own under the building's
name in a letter's window. Fictional people and homes; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Hon bor sedan i våras på Lindgårdens vård- och omsorgsboende, Kyrkvägen 12, 772 30 Grängesberg.\n",
     "Lindgårdens vård- och omsorgsboende, Kyrkvägen 12, 772 30 Grängesberg"),
    ("Beslut\nTore Nilsson\nLillträsk 87, gården Västergård\n930 90 Arjeplog\n\nDu har ansökt om bidrag.\n",
     "Lillträsk 87, gården Västergård\n930 90 Arjeplog"),
    ("Beslut\nRosa Villanueva\nMalå gamla bryggeri\nsovsal A, säng 12\n930 70 Malå\n\nDu har ansökt om bidrag.\n",
     "Malå gamla bryggeri\nsovsal A, säng 12\n930 70 Malå"),
])
def test_the_whole_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_letterheads_care_home_before_its_street_stays_readable(blank_detector):
    from redact.document_detection import detect_text

    text = "Solbackens äldreboende, Skolgatan 3, 772 31 Grängesberg\nTelefon 0240-123 45\n"
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert not any("Solbackens" in t for t in found), found

"""Addresses with a part the street rules did not take: the courtyard house before the floor ("gårdshuset, 2 tr"),
a shieling or a croft by its own name with its postal code and town, a Kazakh avenue and flat in Latin letters.
A villa's name with a postal address may be a venue's and needs a home's word. Fictional addresses; the blank
pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _addresses(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "ADDRESS"}


@pytest.mark.parametrize("text, address", [
    ("Hon har flyttat till Tullgatan 14, gårdshuset, 2 tr, 602 32 Norrköping i mars.",
     "Tullgatan 14, gårdshuset, 2 tr, 602 32 Norrköping"),
    ("Ärende 41\nSjömansgatan 3, gatuhuset, 4 tr\n413 17 Göteborg\nÄrende 42",
     "Sjömansgatan 3, gatuhuset, 4 tr 413 17 Göteborg"),
    ("Ärende 12\nFäboden Granbodarna, 820 46 Ramsjö\nÄrende 13", "Fäboden Granbodarna, 820 46 Ramsjö"),
    ("Skicka beslutet till Torpet Näckrosen, 573 92 Tranås.", "Torpet Näckrosen, 573 92 Tranås"),
    ("Han bodde tidigare på Abaı dańǵyly 112, 7-páter, Astana 010000 med familjen.",
     "Abaı dańǵyly 112, 7-páter, Astana 010000"),
])
def test_the_whole_address_is_masked(text, address, blank_detector):
    assert address in _addresses(text, blank_detector)


def test_a_villas_name_with_a_postal_address_alone_is_no_home(blank_detector):
    found = _addresses("Kursen hålls på Villa Solgläntan, 795 91 Rättvik i maj.", blank_detector)
    assert not any("Villa" in a for a in found), found

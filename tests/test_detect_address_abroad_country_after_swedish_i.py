"""A home abroad after a residence cue ends before the Swedish "i" and the country that close the sentence ("..., Pune
411001 i Indien."): the country is the sentence's, not a part of the address. Fictional people and places."""

from __future__ import annotations

from redact.document_detection import detect_text


def test_the_country_after_swedish_i_stays_out_of_the_address(blank_detector):
    text = "Familjen bodde tidigare på Plot 14, Baner Road, Pune 411001 i Indien. Nu bor de i Umeå.\n"
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert any("Baner Road" in t for t in found), found
    assert not any("Indien" in t for t in found), found

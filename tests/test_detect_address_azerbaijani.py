"""Azerbaijani homes: the street named before its cut word "küç." (küçəsi), a town closed by the address's noun after
it ("… ünvanında"), and the postal code of the country's two letters glued to its digits on the window's next line.
Fictional people and places; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Nənəm əvvəllər Lalə küç. 9, Şəki ünvanında yaşayırdı.", "Lalə küç. 9, Şəki"),
    ("Hon bor på Səməd Vurğun küçəsi 41 sedan i fjol.", "Səməd Vurğun küçəsi 41"),
    ("Beslut\n\nElnur Quliyev\nBənövşə küç. 12, mənzil 3\nAZ2011, Sumqayıt, Azərbaycan\n\nÄrendet avslutas.",
     "Bənövşə küç. 12, mənzil 3\nAZ2011, Sumqayıt, Azərbaycan"),
])
def test_an_azerbaijani_home_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_the_small_words_before_the_street_stay(blank_detector):
    from redact.document_detection import detect_text

    text = "Nənəm əvvəllər Lalə küç. 9, Şəki ünvanında yaşayırdı."
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert found and all(not t.startswith("Nənəm") for t in found)

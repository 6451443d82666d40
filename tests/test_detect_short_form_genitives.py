"""A short form of a named person's first name in the genitive ("Maggans bil") is the person's whole word: a
readable "s" after the mask would say a name stood there. Listed short forms and those derived by rule. Fictional
people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _masked(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings
            if f.category == "PERSON" and f.status != "rejected"}


@pytest.mark.parametrize("text, genitive", [
    ("Mötet med Margareta Öhman hölls på tisdagen.\nSedan stod Maggans bil kvar vid porten.", "Maggans"),
    ("Sökande: Henrietta Blomqvist, Solvägen 4, 451 50 Ornäs.\nVid besöket visade Hennans dotter köket.", "Hennans"),
])
def test_a_short_form_in_the_genitive_is_masked_whole(blank_detector, text, genitive):
    assert genitive in _masked(text, blank_detector)

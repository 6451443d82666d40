"""Property designations named by their register area, block and number without a colon, in a column under a
header nobody listed: the area may be written in capitals or lower case ("NORRBY FALKEN 2", "norrby Tärnan 7");
where two blocks or more of one area are named on the page, each is a property. A street after a place's name,
a document's numbered parts and a number's label before its letters stay. Fictional places; rules only."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text

TABLE = """Anmälda eldningsplatser
Efternamn
Tillfälle
Eldas på
Lindgren
midsommar
Västerbro Tallmon 3
Ekdahl
valborg
VÄSTERBRO SKOGSLYCKAN 11
Persson
kräftskiva
västerbro Mjölkudden 8
Anteckningar
Alla platser besiktigas före eldningen.
"""

OTHER = """Protokoll
Västerbro Storgatan 4 är en adress och Västerbro Bilaga 2 en bilaga.
Skadan gäller försäkringsnummer TRYGG 44 12 9 och försäkringsnummer LF 5521-118-40.
Försäkringsnummer anges på blanketten.
"""


def _properties(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PROPERTY"}


@pytest.mark.parametrize("designation", ["VÄSTERBRO SKOGSLYCKAN 11", "västerbro Mjölkudden 8", "Västerbro Tallmon 3"])
def test_designations_of_one_register_area_in_any_case_are_properties(blank_detector, designation):
    assert designation in _properties(TABLE, blank_detector)


def test_a_street_and_a_documents_part_after_the_area_are_no_properties(blank_detector):
    found = _properties(OTHER, blank_detector)
    assert not any("Storgatan" in p or "Bilaga" in p or "TRYGG" in p or "LF" in p for p in found), found

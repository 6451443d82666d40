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


# The model reads a register area before a property's block and unit ("Ekbyn 2:7", "Ekbyn S:4", a joint facility
# "Ekbyn GA:2") as a person: the area is a place, the whole a property, and the area's other mentions ("Ekbyn
# vägförening", "etapp Ekbyn") stay readable.
AREAS = """Schaktet vid del av Ekbyn S:4 (samfällighet) sköts av Ekbyn vägförening.
Vägen över Ekbyn GA:2 lagas i maj. Ekbyn 2:7 ägs av Per Lindqvist. Grävningen i Ekbyn börjar i juni.
"""


def test_a_register_area_before_its_block_and_unit_is_no_person(model_detector):
    findings = detect_text(AREAS, model_detector).findings
    assert not [f.text for f in findings if f.category == "PERSON" and "Ekbyn" in f.text]
    assert {"Ekbyn S:4", "Ekbyn GA:2", "Ekbyn 2:7"} <= _properties(AREAS, model_detector)


def test_a_register_area_ending_the_line_before_the_tract_is_part_of_the_designation():
    from redact.detect.property import PropertyRecognizer

    # the register area is a town the text names ("870 10 Åkersby"); the line wrapped after it
    text = ("Olle Berg bor på Storgatan 3, 870 10 Åkersby. Han och hans fru har sålt sin sommarstuga, Åkersby\n"
            "Tallmyren 3:41, och flyttat.")
    found = [text[r.start:r.end] for r in PropertyRecognizer().analyze(text, ["PROPERTY"], nlp_artifacts=None)]
    assert found == ["Åkersby\nTallmyren 3:41"]


def test_a_word_ending_the_line_before_that_names_no_town_is_left():
    from redact.detect.property import PropertyRecognizer

    text = "Mötet hölls hos Anna\nTallmyren 3:41 enligt kallelsen."
    found = [text[r.start:r.end] for r in PropertyRecognizer().analyze(text, ["PROPERTY"], nlp_artifacts=None)]
    assert all(not f.startswith("Anna") for f in found), found


def test_a_postal_town_ending_the_line_before_a_serial_of_the_year_is_no_register_area():
    from redact.detect.property import PropertyRecognizer

    text = "CSN, Återbetalningsenheten, 851 82 Åsby\nBeslutslista CSN-ÅB 2026:07, 2026-04-02."
    assert not PropertyRecognizer().analyze(text, ["PROPERTY"], nlp_artifacts=None)

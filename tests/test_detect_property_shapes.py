"""Property designations in more shapes: a range of units ("Bäck 1:23-1:25"), a tract whose name begins with an
abbreviation ("St. Mossen 1:1", "N. Hult 3:2"), a unit like a clock time under any header naming the property
("Egen fastighet", "Berörd fastighet"), and "Fastigheterna" at a sentence's start left readable. Fictional text;
the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def properties(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page) if f.category == "PROPERTY"}


TEXT = """Yttranden över strandskyddsdispens
Beslutet gäller även Bäck 1:23-1:25 som ägs gemensamt av syskonen Ström.
Hon ärvde St. Mossen 1:1 efter sin far; grannen på N. Hult 3:2 har yttrat sig.
Fastigheterna Sjöby 2:5 och 2:6 ägs av Nils Sjö.
Sökande
Egen fastighet
Gustav Ek
HULT 12:14
"""


@pytest.mark.parametrize("designation", ["Bäck 1:23-1:25", "St. Mossen 1:1", "N. Hult 3:2", "Sjöby 2:5", "HULT 12:14"])
def test_the_whole_designation_is_found(blank_detector, designation):
    assert designation in properties(blank_detector, TEXT)


def test_a_time_outside_a_property_column_stays(blank_detector):
    text = "Mötet börjar kl 13:15 i sal 2:14.\n"
    assert not {p for p in properties(blank_detector, text) if "13:15" in p}


# A designation in capitals in running text whose area the page names elsewhere with a block of the same name only
# (no second block opens it): a property. Capitals of the same shape whose first word names no register area stay.
CAPITALS = """Protokoll från styrelsemötet
Entreprenören byter taket på Norrby Lärkan 4 och
NORRBY LÄRKAN 5 under hösten.
Vi köpte en SCANIA LASTBIL 4 och en VOLVO SPECIAL 2 till depån i Norrby.
"""


def test_a_designation_in_capitals_in_running_text_is_found(blank_detector):
    found = properties(blank_detector, CAPITALS)
    assert "NORRBY LÄRKAN 5" in found, found
    assert not any(w in p for p in found for w in ("SCANIA", "VOLVO")), found


@pytest.mark.parametrize("text, designation", [
    ("Arrendatorn Sven brukar del av Hyttan 6 sedan 2019.\n", "Hyttan 6"),
    ("Systern har andel i Rönnåsen 14 efter arvskiftet.\n", "Rönnåsen 14"),
])
def test_a_block_and_number_after_a_part_or_share_of_it(blank_detector, text, designation):
    # a block named without its register area is a property when a part or a share of it is said to be someone's
    assert designation in properties(blank_detector, text)


def test_a_part_of_a_document_after_del_av_is_no_property(blank_detector):
    text = "Nämnden läste del av Bilaga 3 och del av Kapitel 2 före mötet.\n"
    assert not properties(blank_detector, text)


@pytest.mark.parametrize("text, designation, kept", [
    # the house as the sentence's subject before the designation: the noun stays readable
    ("Nr 3: Elis har trygghetslarm. Huset Bredsjö Nyhyttan 2:14 har ramp.\n", "Bredsjö Nyhyttan 2:14", "Huset"),
    ("Fritidshuset Ljusdal Tallåsen 4:7 hyrs ut.\n", "Ljusdal Tallåsen 4:7", "Fritidshuset"),
])
def test_the_house_before_its_designation_stays_readable(blank_detector, text, designation, kept):
    found = properties(blank_detector, text)
    assert designation in found and not any(kept in p for p in found), found


@pytest.mark.parametrize("text, designation", [
    ("Makarna äger radhuset Hemby Lärkan 12 sedan i våras.\n", "Hemby Lärkan 12"),
    ("Dottern ärvde villan Ekvik Tranan 3 efter modern.\n", "Ekvik Tranan 3"),
])
def test_a_register_area_between_the_house_and_its_block_is_the_designations(blank_detector, text, designation):
    # an urban designation without a colon after a word of a house: the area, the block and the number, whole
    assert designation in properties(blank_detector, text)

"""A private aircraft's registration by its state's mark: a cell of its own under an aircraft's heading or a
registration's header ("Registrering"), or beside an aircraft's word in its sentence ("segelflygplanet D-KOLM").
Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page)}


# a table read one cell a line, as a PDF's table comes out of the text layer
CELLS = """Uppställning på Ekeby flygfält, sommaren
Plats
Innehavare
Registrering
U-4
GL
SE-TVM
U-7
AW
OH-KRN
U-9
MP
D-EGLA
"""

PIPES = """Flygplan på fältet
| Plats | Innehavare | Registrering
| U-4 | Gunnel Lidén | SE-TVM
| U-7 | Anders Wik | G-BKRT
"""

RUNNING = """Anteckningar från klubbens styrelse
Elsa Runeberg har sålt sitt segelflygplan D-KOLM till en klubb i Kassel.
Planet SE-UFA står kvar i hangaren tills Per Ask hämtar det.
"""


@pytest.mark.parametrize("value", ["SE-TVM", "OH-KRN", "D-EGLA"])
def test_registration_in_a_column_under_an_aircraft_heading(blank_detector, value):
    assert value in found(blank_detector, CELLS)


@pytest.mark.parametrize("value", ["SE-TVM", "G-BKRT"])
def test_registration_in_a_table_row(blank_detector, value):
    assert value in found(blank_detector, PIPES)


@pytest.mark.parametrize("value", ["D-KOLM", "SE-UFA"])
def test_registration_beside_an_aircraft_word(blank_detector, value):
    assert value in found(blank_detector, RUNNING)


def test_a_mark_shaped_code_without_aircraft_stays(blank_detector):
    text = ("Beställning från lagret\n| Artikel | Antal\n| SE-KLM | 4\n| D-ABCD | 2\n"
            "Varan ES-TRK levereras i maj.\nFlygplanets registrering hos verket har löpnummer SE-FLR 2027/31.\n")
    hits = found(blank_detector, text)
    assert not {"SE-KLM", "D-ABCD", "ES-TRK", "SE-FLR"} & hits


def test_a_code_of_no_state_under_an_aircraft_heading_stays(blank_detector):
    text = "Flygplan i hangaren\nPlats\nKod\nQX-TRM\nKW-PLB\n"
    hits = found(blank_detector, text)
    assert not {"QX-TRM", "KW-PLB"} & hits


# read one cell a line, as the PDF's table comes out of its text layer
BALLOONS = """Ballonger och utrustning
Pilot
Avser
Nummer
KÖ
ballongen
reg.nr SE-ZRT
MV
korgen
Kubicek korg serienr 44071
"""


def test_a_balloons_registration_with_its_label_after_its_kind(blank_detector):
    # a balloon is an aircraft in the same register; the plate's label is marked with it, as a car's is
    assert "reg.nr SE-ZRT" in found(blank_detector, BALLOONS)
    assert "SE-OLB" in found(blank_detector, "Hans varmluftsballong SE-OLB står i en lada i Vimmerby.\n")

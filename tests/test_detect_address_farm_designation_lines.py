"""A letter's address block whose home line is a farm with its property designation and no street, above the postal
line or before it on one line: both are the address. A designation alone, or a line that names no farm, is left to
the other rules. Fictional people and places; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.address_checks import readable_letters


@pytest.mark.parametrize("home", ["Övre Kvarnbacken, Ringstad 7:3", "Västanlid, Norr-Åsby 12:1",
                                  "Rönnåsen 14, Bjärka 2:9", "Ekhaga gård, Lilla Ekeby 4:4"])
def test_a_farm_with_its_designation_above_a_postal_line_is_one_address(blank_detector, home):
    text = f"Beslutet skickas till\n\nAstrid Nylander\n{home}\n590 41 Rimforsa\n\nMed vänlig hälsning\n"
    assert readable_letters(blank_detector, text, f"{home}\n590 41 Rimforsa") == ""


def test_the_farm_and_its_postal_line_on_one_line(blank_detector):
    text = "Mottagare\nHolger Ask\nNederbyn, Tallåsa 3:6, 820 46 Ramsjö\n\nÄrendet gäller bredband.\n"
    assert readable_letters(blank_detector, text, "Nederbyn, Tallåsa 3:6, 820 46 Ramsjö") == ""


def test_a_line_naming_no_farm_stays_readable(blank_detector):
    text = "Se bilaga, Protokoll 3:4\n590 41 Rimforsa\n"
    assert readable_letters(blank_detector, text, "Se bilaga") == "Sebilaga"


def test_the_farms_name_on_the_line_above_its_designation(blank_detector):
    # the window writes the farm's name on a line of its own above its designation's line
    text = "Beslutet skickas till\n\nAstrid Nylander\nSkogsbacken\nLilla Ekeby 4:4\n590 41 Rimforsa\n\nMed vänlig hälsning\n"
    assert readable_letters(blank_detector, text, "Skogsbacken\nLilla Ekeby 4:4\n590 41 Rimforsa") == ""
    # the addressee's name and a label above the designation stay what they are
    text = "Beslutet skickas till\n\nAstrid Nylander\nLilla Ekeby 4:4\n590 41 Rimforsa\n"
    assert readable_letters(blank_detector, text, "Astrid Nylander") == "AstridNylander"
    text = "Ansökan gäller\nFastighet\nLilla Ekeby 4:4\n590 41 Rimforsa\n"
    assert readable_letters(blank_detector, text, "Fastighet") == "Fastighet"
    # a case's number in the column beside, read one cell a line above the designation, is no farm's name
    text = "Adresser\nÄrende\nAdress\nPostadress\nKL-27-118\nLilla Ekeby 4:4\n590 41 Rimforsa\n"
    assert readable_letters(blank_detector, text, "KL-27-118") == "KL27118"

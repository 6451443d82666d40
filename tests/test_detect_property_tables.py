"""Property designations in tables: one beside a builder's company (a builder owns nothing by building), one in
capitals, and two units of one tract joined by "och" under a single box. Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page

PERMITS = """Beviljade bygglov, november
Ärende
Fastighet
Byggherre
Handläggare
BN 2027-0101
LINDÅS NORRBY 1:36
Norrby Fritidshus AB
Eva Lund
BN 2027-0102
Lindås Åkern 4:12
Åkerns Bygg AB
Eva Lund
"""

OWNERS = """Arrenden
Ärende
Fastighet
Ägare
ARR-7
Lindås Skogen 2:3
Skogens Förvaltning AB
"""


def _found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


def test_a_property_beside_its_builder_is_masked(blank_detector):
    found = _found(blank_detector, PERMITS)
    assert found.get("LINDÅS NORRBY 1:36") == "PROPERTY"
    assert found.get("Lindås Åkern 4:12") == "PROPERTY"


def test_a_property_beside_its_owning_company_is_kept(blank_detector):
    assert "Lindås Skogen 2:3" not in _found(blank_detector, OWNERS)


def test_two_units_joined_by_och_leave_no_word_between_the_boxes(blank_detector):
    found = _found(blank_detector, "| Petersen | Norrmyra 3:17 och 3:18 | SE 118 044\n")
    assert "Norrmyra 3:17" in found and "och 3:18" in found


# A table read one cell a line with the property in its last column: the line after a designation opens the next
# row, whose first cell (a company serving there) owns nothing of the property above it. The designations are in any
# case and without block:unit; the text names one again after "del av".
SEATING = """Uteserveringar, yttrande
Servering
Innehavare
Yta
Fastighet
Lilla Grillen
Karin Holmstedt
12 m²
HÄLLBY KORPEN 3
Tapas Nord AB
Jonas Wiklander
20 m²
Hällby Duvan 12
Kafé Ängen AB
Moa Berg
8 m²
Hällby Ängen 1

Hennes son arrenderar del av HÄLLBY KORPEN 3 sedan i fjol.
"""


def test_a_property_in_the_last_column_is_not_the_next_rows_companys(blank_detector):
    page = Page(number=1, text=SEATING, words=(), width=595, height=842)
    props = [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "PROPERTY"]
    assert props.count("HÄLLBY KORPEN 3") == 2 and "Hällby Duvan 12" in props


def test_a_property_in_an_owners_column_is_still_the_companys(blank_detector):
    assert "Lindås Skogen 2:3" not in _found(blank_detector, OWNERS)


# A table of grants read one cell a line: the applicant, the personal identity number, the property, the firm that
# installed the charger. The property is the applicant's, whatever the firm after it; one cell is in lower case.
GRANTS = """Bidrag till laddbox
Ljungås kommun beviljar bidrag till:
Sökande
Personnr
Fastighet
Installatör
Tove Brandt
19121212-1212
Ljungås Vitsippan 5
Mellanbygdens El AB
Åke Sundqvist
19121212-1212
LJUNGÅS ROSENDAL 9
Mellanbygdens El AB
"""

OWNED_IN_ROWS = """Servitut
Ägare
Personnr
Fastighet
Utförd av
Tove Brandt
19121212-1212
Ljungås Björnbär 2:4
Ljungås Rör AB
"""

LOWER_CELLS = """Föreläggande om häckar
Ljungås kommun, gatuenheten
Fastighet
Ägare
Ljungås Lärkan 11
Lars Ohlin
ljungås gransången 14
Sara Ohlin
enligt ritning 3
Per Ohlin
"""


@pytest.mark.parametrize("value", ["Ljungås Vitsippan 5", "LJUNGÅS ROSENDAL 9"])
def test_a_property_beside_its_installer_is_masked(blank_detector, value):
    # the trade that did the work owns nothing of the property it worked on
    assert _found(blank_detector, GRANTS).get(value) == "PROPERTY"


def test_a_property_in_a_row_with_a_personal_number_is_the_persons(blank_detector):
    assert _found(blank_detector, OWNED_IN_ROWS).get("Ljungås Björnbär 2:4") == "PROPERTY"


def test_a_lower_case_cell_under_the_property_header(blank_detector):
    found = _found(blank_detector, LOWER_CELLS)
    assert found.get("ljungås gransången 14") == "PROPERTY"
    assert "enligt ritning 3" not in found  # its first word is no register area the page names


# A neighbours' table: the municipality in the owners' column is one party among the others, its property masked as
# theirs are (an earlier set marks it so; recall first).
NEIGHBOURS_WITH_MUNICIPALITY = """Grannar som har hörts
Fastighet
Ägare
Adress
Lindås Tallmon 3:7
Tove Brandt
Tallmon 12
Lindås Tallmon 2:19
Ljungås kommun
–
"""


def test_a_property_beside_the_municipality_in_a_neighbours_table_is_masked(blank_detector):
    assert _found(blank_detector, NEIGHBOURS_WITH_MUNICIPALITY).get("Lindås Tallmon 2:19") == "PROPERTY"

"""A property typed in lower case in a Fastighet column, a village and its block and unit ("hemsjöbodarna 2:17"),
is a designation though the page names the village nowhere else, in a table read a row a line or one cell a line;
a lower-case cell without a block and unit ("ja 2", "se bilaga 3") stays. Fictional people and properties."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text

ROWS = """Anmälda vedpannor 2026
| Fastighet | Ägare | Personnummer | Panna
| Norrby Gnistan 4 | Britt Halvarsson | 540312-1188 | Vedpanna
| hemsjöbodarna 2:17 | Kalle Dufva | 710923-4026 | Pelletspanna
| ja 2 | Ebba Rönn | 880214-5634 | Vedpanna
"""
CELLS = """Besiktning av vedpannor
Fastighet
Resultat
hemsjöbodarna 2:17
Godkänd
se bilaga 3
Brister
"""


@pytest.mark.parametrize("text", [ROWS, CELLS], ids=["rows", "cells"])
def test_a_lower_case_village_block_and_unit_is_a_property(blank_detector, text):
    found = {f.text for f in detect_text(text, blank_detector).findings if f.category == "PROPERTY"}
    assert "hemsjöbodarna 2:17" in found
    assert not {"ja 2", "se bilaga 3"} & found


# A block's name alone and its number typed in lower case, the register area left out: the block is one the page
# names capitalised after its area in another row; "bilaga 2" in the same column stays.
BLOCK_CELLS = """Tillsyn av solarier 2026
Verksamhet
Innehavare
Fastighet
Solstudion
Greta Holmlund
Ekvik Bävern 3
Sunset
Ove Lidgren
bävern 7
Bränna
Lisa Ek
bilaga 2
"""


def test_a_lower_case_block_the_page_names_in_a_designation_is_a_property(blank_detector):
    found = {f.text for f in detect_text(BLOCK_CELLS, blank_detector).findings if f.category == "PROPERTY"}
    assert "bävern 7" in found
    assert "bilaga 2" not in found

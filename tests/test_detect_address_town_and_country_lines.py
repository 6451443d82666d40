"""A letter's address abroad whose town and country stand alone on the line below the street, where the country has
no postal codes or the letter gives none ("Plot 9, 14 Independence Avenue" / "Kumasi, Ghana"). Fictional people and
places."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from address_checks import readable_letters  # noqa: E402

LETTER = """Beslut om resebidrag

Kwame Owusu
Plot 9, 14 Independence Avenue North
Kumasi, Ghana

Ert bidrag har beviljats.
"""


def test_the_town_and_country_line_ends_the_address(blank_detector):
    assert readable_letters(blank_detector, LETTER, "Plot 9, 14 Independence Avenue North\nKumasi, Ghana") == ""

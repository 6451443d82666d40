"""An address of the Middle East named by its parts' kinds, with names carrying the Arabic article ("Shari
al-Nakhil"), the floor by its Arabic word ("Tabiq 2"), and the town after a district and the numbered parts
("Shorsh, Kolan 17, Mal 9, Silêmanî"), is one address. Fictional places; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Familjen bodde förut i Homs, al-Waer, Shari al-Nakhil, Bina 7, Tabiq 2. Hon kom hit 2024.",
     "Homs, al-Waer, Shari al-Nakhil, Bina 7, Tabiq 2"),
    ("Han kom från Shorsh, Kolan 17, Mal 9, Silêmanî; han är tolv år.", "Shorsh, Kolan 17, Mal 9, Silêmanî"),
])
def test_a_middle_east_address_by_its_kinds_is_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""

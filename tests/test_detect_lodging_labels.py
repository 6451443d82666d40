"""A lodging's own address under its label stays readable, with the island or town the label names; a person on the
line and a lodging given as someone's home stay masked. Fictional text; the blank pipeline (rules only)."""

from __future__ import annotations

from redact.document_detection import detect_text

STAY = """Vistelse för rehabilitering
Resenären Gunnel Åström, född 12 mars 1950, reser med sin son.
Hotell på Teneriffa: Calle del Sol 14, 38660 Adeje (regionens avtalshotell).
Hemadress: Storgatan 12, 931 31 Skellefteå.
"""

HOME = """Boende
Hotell: hon bor sedan maj på Calle del Sol 14, 38660 Adeje.
"""


def _masked(text: str, detector) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.status != "rejected"]


def test_a_lodgings_address_under_its_label_stays_readable(blank_detector):
    found = _masked(STAY, blank_detector)
    assert not any("Calle" in f or "Adeje" in f or "Teneriffa" in f for f in found), found
    assert any("Storgatan 12" in f for f in found) and "Gunnel Åström" in found, found


def test_a_lodging_someone_lives_at_stays_masked(blank_detector):
    assert any("Calle del Sol 14" in f for f in _masked(HOME, blank_detector))

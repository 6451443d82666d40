"""Property designations that begin with the municipality's register area ("Lindås Tornet 6",
"Lindås Backa 1:12"), one broken after "fastigheten" at a line end, a housing cooperative's house,
and a farm in a table whose next column names the operator, not the owner. Fictional people; rules only."""

from __future__ import annotations

from redact.pipeline import detect_text

LETTER = """Anmälan om fall på is
Lindås kommun har prövat två anspråk om ersättning.
Wiebke Hollander föll utanför porten till fastigheten
Lindås Tornet 6, som ägs av Gösta Ringborg; ärendet skickas vidare till honom.
Chiamaka Eze gled på trappan till Lindås Backa 1:12 som en
bostadsrättsförening äger, och bröt armen.
"""

TABLE = """Tillsyn av djurhållning, Lindås kommun
| Besök | Fastighet | Verksamhetsutövare | Djur
| TB-01 | LINDÅS GRANHULT 2:7 | Granhults Lamm HB | 80 tackor
| TB-02 | Sörby 4:3 | Ebba Lundmark | 20 kor
"""


def _properties(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PROPERTY"}


def test_a_tract_after_fastigheten_on_the_next_line_is_masked(blank_detector):
    assert "Lindås Tornet 6" in _properties(LETTER, blank_detector)


def test_register_area_and_tract_with_a_clock_like_unit_is_masked(blank_detector):
    assert "Lindås Backa 1:12" in _properties(LETTER, blank_detector)


def test_a_farm_beside_its_operators_company_is_masked(blank_detector):
    assert "LINDÅS GRANHULT 2:7" in _properties(TABLE, blank_detector)


def test_a_property_the_municipality_owns_is_still_kept(blank_detector):
    text = "Lindås kommun plogar Lindås Backa 1:15, som ägs av Lindås kommun, varje morgon.\n"
    assert "Lindås Backa 1:15" not in _properties(text, blank_detector)

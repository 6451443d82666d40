"""A couple in one cell of a name column is one entry, masked with the "och" between the given names. Fictional
people."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text


@pytest.mark.parametrize("text", [
    "Deltagare | Anhörig | Relation\nKaya | Shirin och Aram Kaya | barnbarn\nLund | Eva Lund | dotter\n",
    "Deltagare\nAnhörig\nRelation\nKaya\nShirin och Aram Kaya\nbarnbarn\n",
])
def test_a_couple_in_a_name_cell_is_one_name(blank_detector, text):
    names = [f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"]
    assert "Shirin och Aram Kaya" in names, names

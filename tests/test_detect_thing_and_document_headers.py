"""A register's header cells for its things and documents ("Sak", "Avser", "Nummer", "Handling") set close after a
role's header on one line ("Sökande Avser", "Hushåll Sak"): header cells, never a person's name; and a subscriber's
header ("Abonnent") is a role's, as a tenant's is. Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.detect.table_header_lines import header_parts
from redact.pipeline import detect_text

_REGISTER = "\n".join([
    "Lån av verktyg", "{role} {thing}", "Nummer", "Handl.", "Telefon", "Tove Lindqvist", "borrmaskin",
    "Makita nr 4471-22", "KL", "070-441 22 19", "Inga Sund", "stege", "Biltema nr 5510-08", "KL", "070-441 22 27"])


def _persons(detector, text: str) -> set[str]:
    return {f.text for f in detect_text(text, detector).findings if f.category == "PERSON"}


@pytest.mark.parametrize("role, thing", [("Sökande", "Avser"), ("Hushåll", "Sak"), ("Medlem", "Handling"),
                                         ("Hyresgäst", "Sak")])
def test_a_things_header_after_a_roles_is_no_name(blank_detector, role, thing):
    found = _persons(blank_detector, _REGISTER.format(role=role, thing=thing))
    assert not any(thing in p for p in found)
    assert "Tove Lindqvist" in found


@pytest.mark.parametrize("line, cells", [("Abonnent Sak", ["Abonnent", "Sak"]), ("Resenär Sak", ["Resenär", "Sak"]),
                                         ("Sökande Avser", ["Sökande", "Avser"])])
def test_the_line_reads_as_header_cells(line, cells):
    assert header_parts(line) == cells


def test_a_short_thing_beside_initials_is_no_initials(blank_detector):
    # the register's cells one a line, as a PDF's reading gives them
    text = "\n".join(["Träningskort", "Patient Träning", "Nummer", "Handl. Telefon", "JF", "gym",
                      "Friskis kort nr 5520117531", "HL", "+351 912 000 827", "APS", "simhall", "Actic medlemsnr 55-10182",
                      "AY", "+55 11 90018-2755", "AR", "spa", "Nordic kort 7700182755", "HL", "+57 310 000 8275", "SÅ",
                      "bassäng", "Friskis kort nr 5520117548", "AY", "070-552 18 47", "Från recept"])
    found = _persons(blank_detector, text)
    assert "gym" not in found and "spa" not in found

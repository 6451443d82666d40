"""Cypriot addresses in Greek letters: the street named after a person with the shortened given name or title before
it, the post-office box "Τ.Θ." and the four-digit postal code with its town, in a window and in a cell: masked whole,
commas and dots too. A name and a number alone stay. Fictional homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import unmasked_characters


@pytest.mark.parametrize("text, address", [
    ("Nikos Pavlou\nΑρχ. Κυπριανού 27, Τ.Θ. 51820\n3509 Λεμεσός, Κύπρος\n\nDiarienummer 3.",
     "Αρχ. Κυπριανού 27, Τ.Θ. 51820\n3509 Λεμεσός, Κύπρος"),
    ("| 4410-27 | Στ. Κυριακίδη 8, 8046 Πάφος | Eleni Pavlou\n", "Στ. Κυριακίδη 8, 8046 Πάφος"),
    ("Post till Τ.Θ. 24417, 1701 Λευκωσία.", "Τ.Θ. 24417, 1701 Λευκωσία"),
    ("Adress: Λεωφ. Μακαρίου Γ΄ 118, 6017 Λάρνακα\n", "Λεωφ. Μακαρίου Γ΄ 118, 6017 Λάρνακα"),
])
def test_a_cypriot_address_is_masked_whole(blank_detector, text, address):
    assert unmasked_characters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", ["Θέμα: Ενότητα 41 του νόμου.", "Τ.Θ. 24417 är stängd."])
def test_a_name_and_a_number_or_a_box_alone_is_no_cypriot_address(blank_detector, text):
    assert not [f for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]

"""Poste restante with the postal code and town of the office that holds the mail is a person's postal address and
is masked whole; the words alone name no place and stay readable. Fictional places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("| Lindblad | Poste restante, 871 30 Näsby | 070-118 22 43", "Poste restante, 871 30 Näsby"),
    ("Tidigare adress: poste restante 871 31 Näsby.", "poste restante 871 31 Näsby"),
    ("Han får sin post till Poste restante, 00100 Helsinki.", "Poste restante, 00100 Helsinki"),
    ("Postadress: POSTE RESTANTE, DK-8000 Aarhus C", "POSTE RESTANTE, DK-8000 Aarhus C"),
])
def test_poste_restante_with_its_postal_code_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_poste_restante_alone_stays_readable(blank_detector):
    text = "Hon har ingen fast bostad och hämtar sin post på poste restante."
    det = detect_text(text, blank_detector)
    assert not [f for f in det.findings if "restante" in f.text]

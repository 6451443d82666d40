"""A Welsh street written with the house's number first and the street's word before its name ("12 Heol y Bryn,
Abertawe SA1 4PT"), with the town and British postcode after it, is one address; the sentence's words after a street
with no town stay readable. Fictional people and places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.document_detection import detect_text

sys.path.insert(0, str(Path(__file__).parent))
from address_checks import readable_letters  # noqa: E402

TEXT = """Uppgifter om tidigare adresser
Sökanden skriver: My old address was 12 Heol y Bryn, Abertawe SA1 4PT. Please write to me in Sweden now.
Hans bror bor på 7 Ffordd yr Afon, Bangor LL57 2DG och hälsar på varje sommar.
Modern bodde länge på 31 Stryd Fawr i en liten stad.
"""


@pytest.mark.parametrize("address", [
    "12 Heol y Bryn, Abertawe SA1 4PT",
    "7 Ffordd yr Afon, Bangor LL57 2DG",
    "31 Stryd Fawr",
])
def test_a_welsh_street_with_its_number_first_is_masked_whole(blank_detector, address):
    assert readable_letters(blank_detector, TEXT, address) == ""


def test_the_words_after_a_welsh_street_stay_readable(blank_detector):
    det = detect_text(TEXT, blank_detector)
    at = TEXT.index("i en liten stad")
    assert not [f for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"
                and f.start is not None and f.start <= at < f.end]

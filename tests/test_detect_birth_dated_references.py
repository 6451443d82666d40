"""A payment reference whose first six digits are the birth date of a personnummer on the same page is the payer's
own identifier ("OCR-nummer 6809 1441 0273" beside personnummer 680914-…); an invoice's reference that opens with no
such date, or one on a page with no personnummer, stays readable. Fictional people."""

from __future__ import annotations

import pytest

from tests.found_ids import page_ids


@pytest.mark.parametrize("text, value", [
    ("Tora Vinge\nPersonnummer 19680914-2232. OCR-nummer 6809 1441 0273. Avgiften sätts ned.", "6809 1441 0273"),
    ("Beslut för Tora Vinge, 680914-2232.\nBetala in beloppet med referensnummer: 680914 55 1032.", "680914 55 1032"),
])
def test_a_reference_opening_with_a_personnummers_birth_date_is_the_payers(blank_detector, text, value):
    assert value in page_ids(blank_detector, text)


@pytest.mark.parametrize("text, value", [
    # an invoice's reference: no personnummer's date opens it
    ("Tora Vinge, personnummer 19680914-2232. OCR-nummer 8834 0021 7756 anges vid betalning.", "8834 0021 7756"),
    # a page with no personnummer
    ("Fakturan till Tora Vinge betalas med OCR-nummer 6809 1441 0273 senast i maj.", "6809 1441 0273"),
])
def test_another_reference_stays(blank_detector, text, value):
    assert not any(value in found for found in page_ids(blank_detector, text))

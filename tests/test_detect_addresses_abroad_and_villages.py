"""Whole addresses: a Serbian boulevard named by a lowercase genitive, a Ukrainian street with its flat ("kv. 8"),
a Spanish floor written "3.º B", a village road in a lowercase compound ("Sörmyra byväg 31") and a street after a
relative's name ("hos sin bror Jonas Ek på Lindvägen"). Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Anteckningar om sökandena
Han bodde tidigare på Bulevar kralja Petra 112, 11000 Beograd.
Familjen hyrde på vul. Franka 9, kv. 14, 79011 Lviv före flytten.
Hennes mor bor i Spanien, Calle de San Vicente 48, 2.º A, 46002 Valencia.
Han bor nu hos sin bror Jonas Ek på Lindvägen och söker eget boende.
| H2 | Kvarnby skolväg 7 | Lars Eklund | 2026-09-01
"""


@pytest.fixture(scope="module")
def addresses(blank_detector) -> set[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"}


@pytest.mark.parametrize("address", [
    "Bulevar kralja Petra 112, 11000 Beograd", "vul. Franka 9, kv. 14, 79011 Lviv",
    "Calle de San Vicente 48, 2.º A, 46002 Valencia", "Lindvägen", "Kvarnby skolväg 7",
])
def test_the_whole_address_is_found(addresses, address):
    assert address in addresses


def test_a_plan_or_a_numbered_public_road_is_no_street(blank_detector):
    text = "Kommunens detaljplan 3 antogs i maj.\nTrafikverkets länsväg 597 stängs i mars.\n"
    page = Page(number=1, text=text, words=(), width=595, height=842)
    assert not [f for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("address", [
    "Rua Acácia 88, 60125-040 Fortaleza",  # a Brazilian CEP: five digits and three
    "Avenida Brasil 1200, 22290-030 Rio de Janeiro",
    "Maple Street 12, 02139-4307 Cambridge",  # a US ZIP+4 code
])
def test_an_address_with_a_postal_code_of_the_americas_is_found_whole(blank_detector, address):
    text = f"Anteckningar\nHennes post går tills vidare till {address}. Hon hör av sig i maj.\n"
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"}
    assert address in found, found


@pytest.mark.parametrize("address", [
    "C-22 Sector 15, Gurugram 122001, Haryana",  # the house before its street, a state after the PIN code
    "D/7 Sector 62, Noida 201309, Uttar Pradesh",  # a state of two words
])
def test_an_indian_address_is_found_whole_from_house_to_state(blank_detector, address):
    text = f"Anteckningar\nHennes farmor bor på {address}. Hon hör av sig i maj.\n"
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"}
    assert address in found, found

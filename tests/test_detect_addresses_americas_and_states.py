"""Addresses abroad in the forms of the Americas, Estonia and Iran are masked whole: a US or Canadian street with
its flat, city, state and code (a Canadian flat's number before the house's, the street broken over a line), a
Mexican street with its interior number, colonia, postal code and abbreviated state, a Brazilian one with its
state after a dash, an Estonian "tn" street with house and flat, an Iranian lane whose number wraps to the next
line. Ordinary text of the same shape (a word, a number, two capitals and digits) stays. Fictional people and
places."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Anteckningar om anhöriga
Hans syster bodde under hösten på 2207-18 Wellesley Street, Ottawa ON K1N 6N5 och ringde ofta.
Dottern bor i 4420 Cedar Lane
North,
Suite 12, Des Moines, IA 50310 och hälsar.
Sonen flyttade till 91 Oak Avenue, Apt 5C, Portland, OR 97205-1180 i augusti.
Beslutet kan skickas till Calle Morelos 215, Int. 9, Col. Roma Sur, 06760 Ciudad de México, CDMX.
Mostern bor på Avenida Juárez 77, Int. 2, Col. Centro, 58000 Morelia, Mich.
Svärmor bor på Rua Oscar Freire 310, apto 81, Pinheiros, 05409-010 São Paulo – SP.
Kusinen bor på Tähe tn 14-3, 50103 Tartu sedan i våras.
Hennes far bor i Khiaban-e Golestan, Kuche-ye Nasrin
9,
Shiraz 71348 och vill ha kopia.
Rummet 14 Bokning, Kassan ON 12345 gäller från måndag.
Avgiften 12 Vecka, Norrby MN 55403 är betald.
Mötet hölls i Stora salen, Kvarnhuset
12,
Lund och alla kom.
"""


@pytest.fixture(scope="module")
def addresses(blank_detector) -> list[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("address", [
    "2207-18 Wellesley Street, Ottawa ON K1N 6N5",
    "4420 Cedar Lane North, Suite 12, Des Moines, IA 50310",
    "91 Oak Avenue, Apt 5C, Portland, OR 97205-1180",
    "Calle Morelos 215, Int. 9, Col. Roma Sur, 06760 Ciudad de México, CDMX",
    "Avenida Juárez 77, Int. 2, Col. Centro, 58000 Morelia, Mich.",
    "Rua Oscar Freire 310, apto 81, Pinheiros, 05409-010 São Paulo – SP",
    "Tähe tn 14-3, 50103 Tartu",
    "Khiaban-e Golestan, Kuche-ye Nasrin 9, Shiraz 71348",
])
def test_address_masked_whole(addresses: list[str], address: str) -> None:
    assert any(address in a for a in addresses), addresses


@pytest.mark.parametrize("word", ["Rummet", "Bokning", "Kassan", "Avgiften", "Vecka", "Norrby", "Stora", "Kvarnhuset",
                                  "Lund"])
def test_text_of_the_same_shape_stays(addresses: list[str], word: str) -> None:
    assert not any(word in a for a in addresses), addresses


def test_a_canadian_flat_before_a_french_street_in_running_text(blank_detector):
    text = "Hon är nu skriven på 1203-845 Rue Saint-Hubert i Montréal och studerar där.\n"
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]
    assert any(a.startswith("1203-845 Rue Saint-Hubert") for a in found), found

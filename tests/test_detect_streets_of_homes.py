"""A street without a number where the clause places a home on it: a home's noun or a neighbour before it ("villan
på Björnbärsvägen", "Grannen på Hästhagsvägen", "hyr ett radhus på Sågargränd"), or "där … bor" after it. A
workplace, premises rented, a shop, a car or another clause ("bor i Lund men arbetar på Storgatan") keeps its street
readable.
Fictional streets."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Anteckningar från hembesöken
Grannen på Hästhagsvägen har klagat på hundskall.
Olyckan skedde utanför hennes hus på Ekbacksvägen i höstas.
Familjen som hyr ett radhus på Sågargränd har fått en varning.
Förvaltningen hyr lokaler på Kyrkogatan för sin reception.
Bilen stod parkerad vid hans garage på Tjärdalsvägen.
Paret har sålt villan på Björnbärsvägen och köpt en bostadsrätt.
Barnen leker ofta på Nyponstigen där de bor.
Hon bor i Lund men arbetar på Storgatan.
Kommunens kontor på Drottninggatan har öppet.
Hans bil stod på Industrivägen hela natten.
Butiken på Järnvägsgatan har stängt.
"""


@pytest.fixture(scope="module")
def addresses(blank_detector) -> list[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return [f.text for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("street", ["Hästhagsvägen", "Ekbacksvägen", "Sågargränd", "Tjärdalsvägen", "Björnbärsvägen",
                                    "Nyponstigen"])
def test_a_street_the_clause_places_a_home_on_is_an_address(addresses: list[str], street: str) -> None:
    assert street in addresses


@pytest.mark.parametrize("street", ["Storgatan", "Drottninggatan", "Industrivägen", "Järnvägsgatan", "Kyrkogatan"])
def test_a_workplace_a_shop_or_a_car_keeps_its_street(addresses: list[str], street: str) -> None:
    assert street not in addresses

"""A designation in the municipality's register area that the address rules take for a street ("Norrby Båtkajen
3") stays readable when its sentence says the municipality owns it ("…, som kommunen äger"); a neighbour's
designation of the same shape stays masked. Fictional people and properties; the shipped model."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text

TEXT = """Uppställning av husvagnar, Norrby kommun
Tekniska förvaltningen. Platserna ligger
på Norrby Båtkajen 3, som kommunen äger.
Grannen Bengt Ekwall, 470615-3352, äger Norrby Nitaren 8 mitt emot och har klagat.
"""


@pytest.fixture(scope="module")
def masked(model_detector) -> set[str]:
    return {f.text for f in detect_text(TEXT, model_detector).findings if f.status != "rejected"}


def test_the_municipalitys_own_designation_stays(masked):
    assert not [t for t in masked if "Båtkajen" in t]


@pytest.mark.parametrize("item", ["Norrby Nitaren 8", "Bengt Ekwall"])
def test_the_neighbours_data_stays_masked(masked, item):
    assert item in masked

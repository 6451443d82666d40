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


def _finding(text: str, value: str, category: str, nth: int = 0) -> "Finding":
    from redact.types import Finding

    at = -1
    for _ in range(nth + 1):
        at = text.index(value, at + 1)
    return Finding(id=f"{value}{nth}", page=1, start=at, end=at + len(value), text=value, category=category,
                   score=0.75, detector="address")


def test_a_designation_read_as_an_address_in_a_cell_stays_when_another_mention_names_its_owner():
    from redact.detect.owned_property import drop_organisations_properties

    text = ("Norrby kommun, Tekniska förvaltningen\n| Tore Lund | Björkvägen 2 | Norrby Linden 4\n"
            "Tore Lund hyr sin lägenhet av Norrby Bostäder AB, som äger Norrby Linden 4; bolaget skottar.\n")
    cell = _finding(text, "Norrby Linden 4", "ADDRESS")
    home = _finding(text, "Björkvägen 2", "ADDRESS")
    assert drop_organisations_properties([cell, home], text) == [home]


def test_a_designation_owned_by_a_company_after_two_small_words_stays():
    from redact.detect.owned_property import drop_organisations_properties

    text = "Fastigheten Norrby Linden 4 ägs av det kommunala bostadsbolaget sedan 1998.\n"
    assert drop_organisations_properties([_finding(text, "Norrby Linden 4", "PROPERTY")], text) == []

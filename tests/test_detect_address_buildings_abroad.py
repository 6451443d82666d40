"""Homes in Spanish America in a named tower or building on a street with no house number, with the floor, the flat,
the district, the town and the postal code ("Av. Bolívar, Torre Norte, piso 9, apto. 9-C, Chacao, Caracas 1060");
a building with a room and no flat stays as it is. Fictional people and homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.address import AddressRecognizer

REC = AddressRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["ADDRESS"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, address", [
    ("Min tidigare adress var\nAv. Bolívar, Torre Norte, piso 9, apto. 9-C, Chacao, Caracas 1060.",
     "Av. Bolívar, Torre Norte, piso 9, apto. 9-C, Chacao, Caracas 1060"),
    ("Modern bor i Residencias El Parque, piso 3, apto. 3-A, Los Palos Grandes, Caracas 1062.",
     "Residencias El Parque, piso 3, apto. 3-A, Los Palos Grandes, Caracas 1062"),
])
def test_a_home_in_a_named_building_is_masked_whole(text, address):
    assert address in found(text)


def test_a_building_with_a_room_and_no_flat_is_no_home():
    assert not any("Edificio" in a for a in found("Mötet hölls i Edificio Sol, sala 4, i Caracas."))


@pytest.mark.parametrize("text, address", [
    # a house in a named estate by its code, as Nicaragua and Honduras write the home, in a table's cell and a sentence
    ("Ärende | Adress\n2027-14 | Residencial Villa Fontana, Casa C-7, Managua\n",
     "Residencial Villa Fontana, Casa C-7, Managua"),
    ("Fadern bor i Reparto San Martín, casa 215, León.", "Reparto San Martín, casa 215, León"),
    ("Hon hyr sedan i våras i Colonia Palmira, Casa No. 31, Tegucigalpa.", "Colonia Palmira, Casa No. 31, Tegucigalpa"),
    # the estate's block before the house
    ("Sonen bor i Colonia Las Torres, bloque 4, casa 12, San Pedro Sula.",
     "Colonia Las Torres, bloque 4, casa 12, San Pedro Sula"),
])
def test_a_house_in_a_named_estate_is_masked_whole(text, address):
    assert address in found(text)


def test_an_estate_without_a_house_is_no_home():
    assert not any("Residencial" in a for a in found("Mötet hölls i Residencial Las Brisas, sala 2, i Managua."))

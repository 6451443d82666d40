"""Homes in Portugal, Brazil and Spain with the house's number alone between commas and no postal code ("Travessa
do ..., 8, Town"): masked whole with the floor, the neighbourhood and the town, up to the clause's end; a street's word
and a number between commas without a town after them stay readable. Fictional homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Antes a minha avó morava na Travessa das Oliveiras, 14, Viseu,\ne agora mora em Mora.",
     "Travessa das Oliveiras, 14, Viseu"),
    ("Min farbror bodde tidigare på Largo da Fonte, 3, 1.º Dto., Tomar, innan flytten.",
     "Largo da Fonte, 3, 1.º Dto., Tomar"),
    ("O meu tio vivia no Beco do Pombal, 6, Alfama, Lisboa.", "Beco do Pombal, 6, Alfama, Lisboa"),
    ("Morava na Praceta Bento Soares, 21, Almada, com a filha.", "Praceta Bento Soares, 21, Almada"),
    ("Minha irmã morava na Rua das Acácias, 412, apto 7, Boa Vista, Recife, até o ano passado.",
     "Rua das Acácias, 412, apto 7, Boa Vista, Recife"),
    ("Vivía en Calle Almendro, 9, 2º A, Cáceres.", "Calle Almendro, 9, 2º A, Cáceres"),
    ("Hon bodde på Rua 5 de Outubro, 18, Leiria.", "Rua 5 de Outubro, 18, Leiria"),
])
def test_a_home_with_its_number_between_commas_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_the_sentence_after_the_town_stays_outside(blank_detector):
    text = "Antes o meu pai vivia na Travessa das Oliveiras, 14, Viseu, e em maio vai mudar-se."
    found = [f for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert [f.text for f in found] == ["Travessa das Oliveiras, 14, Viseu"]


@pytest.mark.parametrize("text", [
    "Se Rua Augusta, 14, kapitel 3 i boken.",  # a number between commas and a chapter: no town
    "Largo, 3, är ett tempo i musik.",
])
def test_a_street_word_and_a_number_between_commas_without_a_town_stay(blank_detector, text):
    assert not [f for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]

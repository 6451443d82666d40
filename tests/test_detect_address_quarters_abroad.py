"""Homes of francophone, Spanish- and Portuguese-speaking Africa: a quarter or street and its town after a verb of
living, the quarter with its numbered street and lot, the post box with its town, and a postal cell closed by the
country's code. Fictional people and places."""

from __future__ import annotations

import pytest

from redact.detect.address import address_spans
from redact.detect.postal_columns import code_and_town


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize("text, home", [
    ("Avant, ma tante habitait Quartier Kalaba, Sarh,\net en mars elle vient chez moi.", "Quartier Kalaba, Sarh"),
    ("Autrefois ma mère vivait quartier Lakouanga, Bambari,\net maintenant à Umeå.", "quartier Lakouanga, Bambari"),
    ("Mi abuelo vivía antes en el Barrio Santa Isabel, Mongomo,\ny ahora vive en Luleå.",
     "Barrio Santa Isabel, Mongomo"),
    ("A minha avó morou até agora no Bairro de Cupelon, Gabú,\ne agora mora em Kiruna.", "Bairro de Cupelon, Gabú"),
    ("O meu tio vivia antes na Rua do Comércio, Trindade,\ne agora.", "Rua do Comércio, Trindade"),
    # the participle after its auxiliary: "a vécu", "ha vivido", "tem morado"
    ("Ma sœur a vécu jusqu'à présent dans le quartier Kinama, Ngozi,\net elle arrive en mai.",
     "quartier Kinama, Ngozi"),
    ("Mi primo ha vivido hasta ahora en el Barrio Los Ángeles, Malabo,\ny ahora en Gävle.",
     "Barrio Los Ángeles, Malabo"),
])
def test_a_quarter_and_its_town_after_a_verb_of_living_are_one_home(text, home):
    assert home in _found(text)


@pytest.mark.parametrize("text", [
    "Vi besökte Quartier Latin i Paris under resan.",  # no verb of living, no town after a comma
    "Elle habite à Lyon depuis longtemps.",  # no quarter's or street's word
])
def test_no_quarter_home_without_its_shape(text):
    assert not any("Quartier" in f or "Lyon" in f for f in _found(text))


@pytest.mark.parametrize("text, home", [
    ("Marcel Obame Nze\nQuartier Louis II, rue 14, lot 52\nBP 2210 Port-Gentil, Gabon\n\nÄrendenr 12.",
     "Quartier Louis II, rue 14, lot 52\nBP 2210 Port-Gentil, Gabon"),
    ("Hon bor i Quartier Akébé 3, parcelle 7, Oyem.", "Quartier Akébé 3, parcelle 7, Oyem"),
    ("| 12 | BP 1180 Franceville, Gabon |", "BP 1180 Franceville, Gabon"),
])
def test_a_quarter_with_its_lot_and_a_post_box_with_its_town_are_homes(text, home):
    assert home in _found(text)


def test_a_box_like_product_name_in_a_sentence_is_no_home():
    assert not _found("Bilen hade en motor av märket BP 2000 Turbo enligt säljaren.")


def test_a_postal_cell_closed_by_the_countrys_code_is_a_postal_line():
    assert code_and_town("Vila Malanza, Caué, STP")
    assert not code_and_town("Vila Malanza")

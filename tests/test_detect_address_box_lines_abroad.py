"""A post box abroad by its short Portuguese or Spanish form ("CP", "C.P.", "Apdo.") on a line or in a cell of its own,
with its town and country: masked whole, the comma before the country too, beside the street's line above it. "CP"
inside a sentence, or without a country, stays. Fictional homes; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.address_checks import unmasked_characters


@pytest.mark.parametrize("text, address", [
    ("Domingos Lopes\nAchada Grande Frente, Rua 14, casa 7\nCP 219 Praia, Cabo Verde\n\nMål B 12-27.",
     "Achada Grande Frente, Rua 14, casa 7\nCP 219 Praia, Cabo Verde"),
    ("| B 4410-27 | Bairro Azul, Rua 3, casa 12 | C.P. 2210 Luanda, Angola\n", "C.P. 2210 Luanda, Angola"),
    ("Ana Mora\nApdo. 1450 San José, Costa Rica\n", "Apdo. 1450 San José, Costa Rica"),
])
def test_a_short_box_line_with_its_town_and_country_is_masked_whole(blank_detector, text, address):
    assert unmasked_characters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", ["Skicka blanketten till CP 219 Praia, Cabo Verde.", "CP 219 Praia\n"])
def test_a_box_inside_a_sentence_or_without_a_country_is_no_box_line(blank_detector, text):
    from redact.detect.address_box_lines_abroad import BOX_LINE

    assert BOX_LINE.search(text) is None

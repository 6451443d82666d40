"""A car's make and model before its plate are one mark where the run is the car's whole description: alone in a
table's cell or opening a subject line, the plate Swedish in any form or another country's. In a sentence the plate
alone is marked. Fictional cars and owners."""

from __future__ import annotations

import pytest

from redact.detect import plates_after_makes


def _rule(text: str) -> list[str]:
    return [text[v.start:v.end] for r in plates_after_makes.RULES for m in r.regex.finditer(text)
            if (v := r.check(text, m))]


@pytest.mark.parametrize("text, value", [
    ("Bil\nSaab 9-5 KTR 558\n", "Saab 9-5 KTR 558"),  # a Swedish plate, digits last
    ("| 3307-27 | Berit Lax | Renault Clio KTR 55B |", "Renault Clio KTR 55B"),  # a letter last
    ("Bil\nPeugeot 208 GH 551 KL\n", "Peugeot 208 GH 551 KL"),  # Italian, spaced
    ("Bil\nOpel Corsa GH-551-KL\n", "Opel Corsa GH-551-KL"),  # French, dashed
    ("Bil\nVolkswagen Golf M-KT 5519\n", "Volkswagen Golf M-KT 5519"),  # German
    ("Ämne: Peugeot 208 GH 551 KL, skadad fälg", "Peugeot 208 GH 551 KL"),  # a subject line it opens
    ("Oggetto: Fiat Panda GH 551 KL, danno", "Fiat Panda GH 551 KL"),
])
def test_a_cars_make_model_and_plate_are_one_mark(text, value):
    assert _rule(text) == [value]


@pytest.mark.parametrize("text", [
    "Han körde sin egen Saab KTR 55B till verkstaden.",  # a sentence: the plate rules mark the plate alone
    "Bil\nVolvo AB 2027\n",  # a firm and a year
    "Bil\nVolvo V70\n",  # no plate
])
def test_no_make_and_plate_out_of_a_cell_or_without_a_plate(text):
    assert _rule(text) == []

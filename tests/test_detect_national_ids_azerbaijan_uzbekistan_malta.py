"""Azerbaijan's personal code (FİN, seven capitals and digits) after its label, with "-kod" where the label is written
in Latin capitals ("FIN" alone is Finland's letters), and Uzbekistan's personal number (JShShIR, PINFL) after its
own; Malta's identity card by its own words ("karta tal-identità"). Fictional people and numbers."""

from __future__ import annotations

import pytest

from redact.detect.labelled_id import LabelledIdRecognizer

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    """What the identifier recognizer proposes (ID_NUMBER)."""
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, code", [
    ("Nigar har azerbajdzjansk FIN-kod 3PQ7H2K enligt kortet.", "3PQ7H2K"),
    ("Kortet visar FİN: 6TR2W9A.", "6TR2W9A"),
    ("Hans FİN är 2AB7QXZ.", "2AB7QXZ"),
    ("Dilnoza har uzbekiskt PINFL 41503881250027.", "41503881250027"),
    ("JShShIR: 30911902270041", "30911902270041"),
])
def test_an_azerbaijani_or_uzbek_personal_code_after_its_label(text, code):
    assert code in found(text)


@pytest.mark.parametrize("text", [
    "Hon har FIN-kod ABCDEFG.",  # no digit: a word
    "Postadress: FIN 00100 Helsinki",  # Finland's letters before a postal code
])
def test_no_code_without_its_shape_or_label(text):
    assert not found(text)


@pytest.mark.parametrize("text, number", [
    ("Data tat-twelid: 2 ta' Marzu 1981, karta tal-identità 0731855M, telefon 073-441 93 68.", "0731855M"),
    ("Karta ta' l-identità: 284419L", "284419L"),
    # "the number of the identity card" with the article joined, and "my"/"her" and "is" between it and the number
    ("in-numru tal-karta tal-identità tiegħi hu 0552917G, mowbajl 073-118 20 44.", "0552917G"),
    ("Il-karta tal-identità tagħha hija 1184406M.", "1184406M"),
])
def test_maltas_identity_card_by_its_own_words(text, number):
    assert number in found(text)

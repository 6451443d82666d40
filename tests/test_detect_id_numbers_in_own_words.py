"""A person's identity number as their own letter states it in French, Portuguese, Italian or a Creole ("ma carte
d'identité porte le numéro …", "o meu NIC tem o número …", "il mio numero nazionale … è …", "mon nimero kart
idantite i …"), and after a Swedish adjective of any country ("palauanskt id-nummer PW 1990 4417 22"); a sum, a
short number or a Swedish adjective's "svenskt" stays. Fictional people and numbers."""

from __future__ import annotations

import pytest

from redact.detect.labelled_id import LabelledIdRecognizer
from redact.document_detection import detect_text

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    """What the identifier recognizer proposes (ID_NUMBER)."""
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, number", [
    ("Bonjour, ma carte d'identité porte le numéro CNI 440918/12, merci.", "CNI 440918/12"),
    ("Olá, o meu BI tem o número 19910322M004471, telemóvel 070-111 22 33.", "19910322M004471"),
    ("Il mio numero nazionale eritreo è 119910322447, grazie.", "119910322447"),
    ("Bonzour, mon nimero kart idantite i 991-4471-2-1-05, mersi.", "991-4471-2-1-05"),
    ("Hon har palauanskt id-nummer PW 1990 4417 22 och bor i Luleå.", "PW 1990 4417 22"),
    ("Han har curaçaoiskt persoonsnummer 1988031744 sedan födseln.", "1988031744"),
])
def test_a_number_stated_in_its_own_words(text, number):
    assert number in found(text)


@pytest.mark.parametrize("text", [
    "La carte d'identité coûte 2500 euros.",  # a sum
    "O meu BI tem o número 4417.",  # too few digits
    "Hon har svenskt id-nummer 4417 22 och mer.",  # the Swedish adjective: the personnummer rules'
])
def test_no_number_without_its_shape(text):
    assert found(text) == []


def test_a_mauritanian_label_stays_outside_the_number(blank_detector):
    text = "Sidi har mauretanskt NNI 0744182207 sedan 2019."
    spans = [text[f.start:f.end] for f in detect_text(text, blank_detector).findings
             if f.category == "ID_NUMBER" and f.status != "rejected"]
    assert spans == ["0744182207"]

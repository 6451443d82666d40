"""A passport, a driving licence or an identity card named by its country's own noun, a Green Card's number, Hungary's tax identifier
(checked) and a Turkish hospital's patient number are identifiers; a sum or a wrong check digit stays; an identity
document's title is no one's name. Fictional numbers; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.documents_abroad import hungarian_tax_ok
from redact.pipeline import detect_text
from tests.found_ids import proposed_ids


@pytest.mark.parametrize("text, number", [
    ("Mannen har slovakiskt pas 77310528 enligt kopian.", "77310528"),
    ("Hon har ett nederländskt rijbewijs 4471830265 sedan länge.", "4471830265"),
    ("Sonen har turkiskt ehliyet 552018 som ska bytas.", "552018"),
    ("Frun har numera Green Card LIN3304127781 och bor kvar.", "LIN3304127781"),
    ("Hennes adóazonosító jel 8312051236 finns i ansökan.", "8312051236"),
    ("Vården i Bursa, hasta no BRS-DH 2207-41 enligt epikrisen.", "BRS-DH 2207-41"),
    # a letter's own sentence: the noun, the country's adjective maybe, "is" in the writer's language
    ("Saludos de Tomás. Mi pasaporte es XDB552017 y caduca pronto.", "XDB552017"),
    ("Merci. Ma carte d'identité belge est K7QWZN2M5, valable.", "K7QWZN2M5"),
    ("Danke. Mein Reisepass ist C01X44PTR, gültig bis 2030.", "C01X44PTR"),
    # a passport's nine characters, capitals and digits mixed
    ("Wouter är född 4 maj 1981; paspoort NRK5512T7.", "NRK5512T7"),
    ("Gästen Amélie, passeport 21DL55193.", "21DL55193"),
])
def test_a_document_abroad_by_its_own_word_is_an_identifier(blank_detector, text, number):
    assert number in proposed_ids(blank_detector, text)


def test_the_hungarian_check_digit():
    assert hungarian_tax_ok("8312051236")
    assert not hungarian_tax_ok("8312051237")
    assert not hungarian_tax_ok("7312051236")


def test_a_sum_after_a_documents_word_stays(blank_detector):
    assert not any("250" in f for f in proposed_ids(blank_detector, "Ett nytt pas 250 000 forint kostar mycket."))


def test_a_word_after_is_stays(blank_detector):
    assert not proposed_ids(blank_detector, "Mi pasaporte es VALIDADO y el DNI es CADUCADO.")



def test_an_identity_documents_title_is_no_ones_name(blank_detector):
    text = ("Legitimation vid provet\n| Elev | Handling | Nummer | Vakt\n| RK | svenskt id-kort | 7712 0418 22 | PLi\n"
            "| MC | Cartão de Cidadão | 30771542 6 QK5 | PLi\n")
    persons = {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
               if f.status != "rejected" and f.category == "PERSON"}
    assert not persons & {"Cartão de Cidadão", "Cidadão", "Cartão"}, persons


@pytest.mark.parametrize("text, number", [
    ("Ilir har albanskt letërnjoftim J05412207K och bor i Durrës.", "J05412207K"),
    ("Modern har ett tyskt Personalausweis 440718227 enligt kopian.", "440718227"),
    ("Hon har polskt dowód osobisty ABC 441822 sedan 2019.", "ABC 441822"),
])
def test_an_identity_card_by_its_countrys_own_noun_is_an_identifier(blank_detector, text, number):
    assert number in proposed_ids(blank_detector, text)

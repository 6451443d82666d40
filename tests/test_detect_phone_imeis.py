"""A mobile telephone's IMEI after its maker and model, its check digit holding: the maker, the model and the number
are one mark, in a dealer's ledger's cell and in a sentence, the number unbroken or in its label's groups. Without
the maker, a telephone's word in the sentence before it and an IMEI's first two digits make it one. Fifteen digits
whose check digit fails, with no telephone before them, or after a telephone number's label are not this rule's.
Fictional people and numbers computed with the Luhn check."""

from __future__ import annotations

import pytest

from redact.detect import phone_imeis
from tests.found_ids import proposed_ids


def _rule(text: str) -> list[str]:
    return [text[v.start:v.end] for r in phone_imeis.RULES for m in r.regex.finditer(text) if (v := r.check(text, m))]


@pytest.mark.parametrize("text, value", [
    ("| Rad | Föremål | Serie- eller ramnummer |\n| 0731 | mobiltelefon | Samsung Galaxy S23 Ultra 358712033344175 |",
     "Samsung Galaxy S23 Ultra 358712033344175"),
    ("Pantlånet gäller en Google Pixel 7a 35-332811-904217-2 som Nils Berg lämnade in.",
     "Google Pixel 7a 35-332811-904217-2"),
    ("Anmälan: stulen Apple iPhone 13 mini 353328119042172, ägare Sara Holm.", "Apple iPhone 13 mini 353328119042172"),
])
def test_an_imei_after_its_makers_and_models_names_is_one_mark(blank_detector, text, value):
    assert value in proposed_ids(blank_detector, text)


@pytest.mark.parametrize("text, value", [
    ("Mobiltelefonen (354712055221842) låg kvar hos Ella Moberg.", "354712055221842"),
    ("Beslaget: en Nokia-telefon 353328119042172 och en cykel, ägare Jon Ås.", "353328119042172"),
])
def test_an_imei_after_a_telephone_named_in_its_sentence(blank_detector, text, value):
    assert value in proposed_ids(blank_detector, text)


@pytest.mark.parametrize("text", [
    "Telefonen Samsung Galaxy S23 Ultra 358712033344176 är spärrad.",  # the check digit fails
    "Telefonnummer 013544771203983 står i avtalet.",  # a telephone number's label
    "Mobilen har referens 770145052218402 hos försäkringsbolaget.",  # no reporting body's code first
    "Telefonfakturan betalas med OCR 354712055221842 senast i maj.",  # a bill's payment number
    "Telefonen betalas på avbetalning, OCR 354712055221842.",  # a payment's word between
    "Leveransen 353328119042172 gick till Ekby.",  # no maker before it
    "Apple har ordernummer 353328119042172 hos oss.",  # a label and lowercase words between maker and number
])
def test_fifteen_digits_without_a_phone_maker_or_a_check_are_not_this_rules(text):
    assert _rule(text) == []


@pytest.mark.parametrize("text, value", [
    # the number's own label between the model and the number: part of the one row
    ("Hon tappade sin telefon i hamnen, Nokia G42 IMEI 353328119042172; den lämnades in av Åke Lind.",
     "Nokia G42 IMEI 353328119042172"),
    ("Föremål\nSamsung Galaxy A35 IMEI: 358712033344175\n", "Samsung Galaxy A35 IMEI: 358712033344175"),
])
def test_an_imei_after_its_label_and_the_makers_and_models_names_is_one_mark(text, value):
    assert _rule(text) == [value]


def test_an_imei_after_its_label_alone_is_the_label_rules():
    assert _rule("Hennes IMEI 353328119042172 spärrades.") == []

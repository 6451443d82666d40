"""A street of Croatia, Serbia, Bosnia, Montenegro or Slovenia named by several words, some in lower case, after its
kind ("Obala ...", "Ulica ...", "Trg ...", "Булевар ..."), with its house and its postal code and town, is masked
whole; a street's word with no lower-case word in its name is left to the other rules, and a Swedish sentence is no
such street. Fictional people and places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.address_south_slavic import GATE, SOUTH_SLAVIC, check_south_slavic
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Sestra je prije živjela na adresi Obala kralja Zvonimira 31, 21000 Split, a sada se seli.",
     "Obala kralja Zvonimira 31, 21000 Split"),
    ("Hans adress i Serbien är Булевар војводе Мишића 58/3, 11000 Београд.",
     "Булевар војводе Мишића 58/3, 11000 Београд"),
    ("Mamma bor kvar på Ulica palih boraca 14a, 71000 Sarajevo, Bosnien och Hercegovina.",
     "Ulica palih boraca 14a, 71000 Sarajevo"),
    ("Adresa: Trg sv. Marka Ljubića 7, HR-51000 Rijeka", "Trg sv. Marka Ljubića 7, HR-51000 Rijeka"),
])
def test_a_street_named_by_lowercase_words_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "Put Marjana 21, 21000 Split",          # capitalised words only: the streets abroad rule's
    "Trg 12 har 40 platser, 12345 kronor",  # no postal code and town
])
def test_no_lowercase_word_or_no_postal_code_is_no_such_street(text):
    m = SOUTH_SLAVIC.search(text)
    assert m is None or check_south_slavic(text, m) is None


def test_the_gate_holds_the_street_words_as_written():
    assert GATE.search("bor på Obala kneza Domagoja 4, 23000 Zadar") is not None
    assert GATE.search("bor på Storgatan 4, 123 45 Småstad") is None

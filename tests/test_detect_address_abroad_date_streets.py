"""Streets abroad named after a date ("Boulevard du 13 Janvier", "Avenida 5 de Mayo", "Via XX Settembre"): the
street's kind and the day are a part of the address, not left readable before a "street" the month seemed to
open. A date in a Swedish sentence, and such a square named without a house's number, stay. Fictional people and
homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Morbrodern bor i Kinshasa,\nAvenue du 30 Juin 118, Gombe, Kinshasa, och skickar brev.",
     "Avenue du 30 Juin 118, Gombe, Kinshasa"),
    ("Sonen hyr ett rum på Rua 1º de Maio 31, 4000-123 Porto, sedan i fjol.", "Rua 1º de Maio 31, 4000-123 Porto"),
    ("Hans kusin har en butik på 14, Rue du 4 Septembre, 75002 Paris, och reser ofta.",
     "14, Rue du 4 Septembre, 75002 Paris"),
    ("Fadern arbetar i Kara,\nAvenue du 24 Janvier 57, BP 230, Kara, Togo, +228 26 60 11 22.",
     "Avenue du 24 Janvier 57, BP 230, Kara, Togo"),
])
def test_a_street_named_after_a_date_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "Mötet hölls den 13 januari 2026 och protokollet justerades den 2 februari.",
    "Festen på Place du 14 Juillet samlade hela byn.",
])
def test_a_date_or_a_square_without_a_house_number_is_no_address(blank_detector, text):
    assert not [f for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]

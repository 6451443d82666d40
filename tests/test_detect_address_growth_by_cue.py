"""An address abroad found in part grows to the whole: back over a street or a district after the word saying where
someone lives or stays ("på Dolma Lam, Building 4, ...", "i Sukhbaatar District, 2nd khoroo, ..."), forward over a
district after an abbreviated word's stop and a town with a three-digit postal code ("East Dist., Hsinchu 300"),
over the towns up to a phone number in its country's form, and over the street met at a corner ("Avenida Loja 3-21 y
Padre Aguirre"); a Faroese street word written apart ("gøta") is a street's. Fictional people and places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from address_checks import readable_letters  # noqa: E402

TEXT = """Anteckningar om sökandens anhöriga
Hennes kusin driver en butik på
Plot 9, Liberation Road Central, Adabraka, Kumasi, +233 20 111 2233. Han kom i maj.
Han hyr rum på Dolma Lam, Building 4, Paro 12001; hans bror bor kvar.
Föräldrarna i No. 8, Lane 17, Zhongshan Rd., East Dist., Hsinchu 300
är kontaktpersoner.
Han vårdar sin mor i Sukhbaatar District, 2nd khoroo, Building 5, apt 12,
Darkhan 45000; hans mejl gäller.
Brodern bor på Avenida Loja 3-21 y Padre Aguirre, Quito 170150, +593 99 111 2222.
Pappan bor i Jóannes Paturssonar gøta 14, FO-110 Tórshavn och deltar digitalt.
"""


@pytest.mark.parametrize("address", [
    "Plot 9, Liberation Road Central, Adabraka, Kumasi",
    "Dolma Lam, Building 4, Paro 12001",
    "No. 8, Lane 17, Zhongshan Rd., East Dist., Hsinchu 300",
    "Sukhbaatar District, 2nd khoroo, Building 5, apt 12,\nDarkhan 45000",
    "Avenida Loja 3-21 y Padre Aguirre, Quito 170150",
    "Jóannes Paturssonar gøta 14, FO-110 Tórshavn",
])
def test_an_address_abroad_is_masked_whole(blank_detector, address):
    assert readable_letters(blank_detector, TEXT, address) == ""


@pytest.mark.parametrize("words", ["butik på", "hyr rum på", "sin mor i", "är kontaktpersoner", "deltar digitalt"])
def test_the_sentence_around_the_address_stays(blank_detector, words):
    assert readable_letters(blank_detector, TEXT, words) == words.replace(" ", "")


# the town the sentence names before the address and the address names again is the sentence's, not the home's
TOWN_AGAIN = """Uppgifter om familjen
Hennes morbror bor i Mindelo, Rua de Lisboa 22, Monte Sossego, Mindelo, Kap Verde, +238 231 44 10.
Sonen arbetar i Lomé,
Rue 27 Tokoin 118, BP 412, Lomé, Togo, och skickar pengar.
"""


@pytest.mark.parametrize("address, before", [
    ("Rua de Lisboa 22, Monte Sossego, Mindelo, Kap Verde", "bor i Mindelo"),
    ("Rue 27 Tokoin 118, BP 412, Lomé, Togo", "arbetar i Lomé"),
])
def test_the_town_named_before_an_address_that_names_it_again_stays_readable(blank_detector, address, before):
    assert readable_letters(blank_detector, TOWN_AGAIN, address) == ""
    assert readable_letters(blank_detector, TOWN_AGAIN, before) == before.replace(" ", "")

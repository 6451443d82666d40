"""Homes numbered by their plot, erf, lot or stand, as Southern and East Africa and the Pacific write them ("Plot
412, Kabwata, Lusaka, Zambia"), taken whole with the country after them, over a line end too. Fictional people and
homes; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Barnen bor hos Chanda Mwansa, Plot 10452, Kabulonga, Lusaka, Zambia, +260 97 123 456; sedan åker de.",
     "Plot 10452, Kabulonga, Lusaka, Zambia"),
    ("Gruppen bor hos Mphatso Banda, Plot 318, Area 43, Lilongwe, Malawi, tel. +265 99 12 34.",
     "Plot 318, Area 43, Lilongwe, Malawi"),
    ("Modern bor på Plot 77, Block 3, Maseru, Lesotho sedan i fjol.", "Plot 77, Block 3, Maseru, Lesotho"),
    ("Kusinen bor på Lot 22, Rue de Paris, Port Vila, Vanuatu, och har inget telefonnummer.",
     "Lot 22, Rue de Paris, Port Vila, Vanuatu"),
    ("Fadern bor hos Tendai Moyo, Stand 4521, Budiriro 2, Harare, Zimbabwe, sedan maj.",
     "Stand 4521, Budiriro 2, Harare, Zimbabwe"),
])
def test_the_whole_plot_address_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    ("Hennes bror bor på\nLot 14, Vaitele Street, Vaitele, Apia,\nSamoa, och skickar pengar varje månad.",
     "Lot 14, Vaitele Street, Vaitele, Apia,\nSamoa"),
    ("Eleven bor hos Naledi Dube, Erf 10423, Extension 5, Windhoek,\nNamibia, tills vidare.",
     "Erf 10423, Extension 5, Windhoek,\nNamibia"),
])
def test_a_plot_address_over_a_line_end(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    ("Modern bor hos sin syster,\nÎlot B, lot 77, Ksar, Nouakchott, Mauretanien, och ringer varje vecka.",
     "Îlot B, lot 77, Ksar, Nouakchott, Mauretanien"),
    ("Fadern arbetar på Ilot 14, lot 512, Sebkha, Nouakchott, +222 22 11 33 44.",
     "Ilot 14, lot 512, Sebkha, Nouakchott"),
    ("Modern bor hos sin syster,\nlot 77, îlot B, Ksar, Nouakchott, och ringer varje vecka.",
     "lot 77, îlot B, Ksar, Nouakchott"),
    ("Kusinen hyr ett rum på Parcelle 88, Îlot C, Médina, Dakar, Senegal, tills vidare.",
     "Parcelle 88, Îlot C, Médina, Dakar, Senegal"),
])
def test_a_block_and_its_lot_with_the_quarter_and_town_are_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""

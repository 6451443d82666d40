"""A Brazilian address with its neighbourhood (bairro) before the CEP takes the city and state after the CEP too, on
a window's next line or after a comma. Fictional places; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Requerente\nRua das Palmeiras 88, ap. 12, Boa Vista\n80030-120 Londrina - PR\nDemandado",
     "Rua das Palmeiras 88, ap. 12, Boa Vista\n80030-120 Londrina - PR"),
    ("Ela mora na Av. Brasil 1200, Jardim América, 86010-200 Londrina - PR, com a filha.",
     "Av. Brasil 1200, Jardim América, 86010-200 Londrina - PR"),
])
def test_the_city_and_state_after_the_bairro_and_cep_are_the_addresss(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""

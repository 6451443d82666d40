"""Another body's payment commitment for one person, its number after the commitment's noun and the body, is masked
whole with the body's short name and place; a sum or a short count after the same words stays. Fictional bodies
and numbers; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.found_ids import proposed_ids


@pytest.mark.parametrize("text, number", [
    ("För Ivo finns en betalningsförbindelse från socialtjänsten, IFO Ekby 2026-3318, och ett intyg.",
     "IFO Ekby 2026-3318"),
    ("Kostnadsåtagandet från kommunen, SN 25-441907, gäller hela vistelsen.", "SN 25-441907"),
])
def test_a_commitments_number_is_masked_whole(blank_detector, text, number):
    assert number in proposed_ids(blank_detector, text)


@pytest.mark.parametrize("text", [
    "Betalningsförbindelsen från kommunen, 12 500 kr, gäller i ett år.",
    "En betalningsförbindelse från socialtjänsten, 3 st, kom i maj.",
])
def test_a_sum_or_a_count_after_a_commitment_stays(blank_detector, text):
    assert not any(any(c.isdigit() for c in f) for f in proposed_ids(blank_detector, text))

"""A beekeeper's marks on the hives: the first after the hives' word ("kuporna KV-04", "kuporna är märkta KV-02"),
and the further ones listed after it ("till KV-11", "och KV-09"); a hive's number alone stays. Fictional text; the
blank pipeline."""

from __future__ import annotations

import pytest

from tests.found_ids import proposed_ids

TEXT = """Anteckningar från bitillsynen
Kuporna är märkta KV-02 till KV-11 och vågen står i bigården.
Vid besöket hittades kalkyngel i kuporna KV-04
och KV-09. Ingen åtgärd behövs i kupa 3 eller i samhället Borlänge 12.
Bikupan AB 7 flyttas till sommarbetet.
"""


@pytest.mark.parametrize("mark", ["KV-02", "KV-11", "KV-04", "KV-09", "AB 7"])
def test_a_hives_mark_is_masked(blank_detector, mark):
    assert mark in proposed_ids(blank_detector, TEXT)


def test_a_hives_number_alone_or_a_towns_code_stays(blank_detector):
    found = proposed_ids(blank_detector, TEXT)
    assert not {"3", "Borlänge 12"} & found, found


def test_a_code_of_other_letters_after_the_list_stays(blank_detector):
    text = "Kuporna KV-04 och KV-09 har yngelröta; ärendet BI 2026 avslutas och SV-1204 arkiveras.\n"
    found = proposed_ids(blank_detector, text)
    assert {"KV-04", "KV-09"} <= found and "SV-1204" not in found, found

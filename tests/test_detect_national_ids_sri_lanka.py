"""Sri Lanka's old national identity card number, nine digits and V or X with the birth year's day inside
("886120557V"), is found without a label; nine digits and a letter whose day code is no day stay. Fictional."""

from __future__ import annotations

import pytest

from redact.detect.national_ids_sri_lanka import sri_lanka_old_nic_ok
from test_detect_national_ids_abroad import found


def test_the_day_of_the_birth_year_is_checked():
    assert sri_lanka_old_nic_ok("886120557V") and sri_lanka_old_nic_ok("910452210x")
    assert not sri_lanka_old_nic_ok("884120557V")  # day 412: neither a man's nor a woman's day
    assert not sri_lanka_old_nic_ok("889990557V") and not sri_lanka_old_nic_ok("886120557A")


@pytest.mark.parametrize("text, value", [
    ("Dilani har lankesiskt id-kort i gammal form 886120557V sedan 2004.", "886120557V"),
    ("Kasun Perera (910452210X) bor i Ekby.", "910452210X"),
])
def test_an_old_nic_is_found_without_a_label(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", ["Artikel 884120557V levererades.", "Ärende 2024-886120557V"])
def test_other_codes_stay(text):
    assert found(text) == []

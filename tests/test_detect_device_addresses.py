"""A network device's hardware address (MAC) is marked, from its maker's name through the device's noun and the label
in a register's cell, the address alone in a sentence; six pairs of digits without the label stay. Fictional
devices."""

from __future__ import annotations

import pytest

from found_ids import labelled_ids


@pytest.mark.parametrize("text, value", [
    ("Nummer\nVR\nrouter\nNetgear router MAC 3C:71:BF:22:9A:0E\nHJ\n", "Netgear router MAC 3C:71:BF:22:9A:0E"),
    ("Nummer\nVR\nrouter MAC 3C:71:BF:22:9A:0F\nHJ\n", "router MAC 3C:71:BF:22:9A:0F"),
    ("Hemmets router har MAC-adress 3c-71-bf-22-9a-0e sedan maj.", "3c-71-bf-22-9a-0e"),
    ("Adressen 3C:71:BF:22:9A:0E står på lådan.", "3C:71:BF:22:9A:0E"),
])
def test_the_devices_address_is_marked(text, value):
    assert value in labelled_ids(text)


def test_the_label_stays_outside_in_a_sentence():
    assert not any(f.startswith("MAC") for f in labelled_ids("Hemmets router har MAC-adress 3c-71-bf-22-9a-0e i dag."))


def test_six_pairs_of_digits_without_the_label_stay():
    assert labelled_ids("Klockan 10:15:20:25:30:35 gick larmet.") == []

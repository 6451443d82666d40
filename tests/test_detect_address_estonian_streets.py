"""An Estonian street by its short or long word ("Sadama tn 4-12", "Ranna tee 7", "Kuu põik 2") is an address in a
table's address cell, its flat after a hyphen too. Fictional places."""

from __future__ import annotations

import pytest

from redact.detect.table_values import value_fits


@pytest.mark.parametrize("value", ["Liiva tn 8-3, Haapsalu", "Metsa tee 14, Kärla", "Kuu põik 2-5",
                                   "Pargi puiestee 6-1, Pärnu"])
def test_an_estonian_street_is_an_address_cell(value):
    assert value_fits("address", value, "Adress")


def test_a_street_word_alone_is_none():
    assert not value_fits("address", "Sadama tn", "Adress")

"""A freight container's number (ISO 6346) is marked where its check digit holds, the container's noun before it
joining the mark; capitals and digits of its shape whose check digit fails stay. Fictional containers."""

from __future__ import annotations

import pytest

from found_ids import labelled_ids
from redact.detect.container_numbers import iso6346_check


def test_the_check_digit_is_iso_6346s():
    assert iso6346_check("CSQU305438") == 3


@pytest.mark.parametrize("text, value", [
    ("MÅ\n40 fot\ncontainer TRKU 552091 5\nLP\n", "container TRKU 552091 5"),
    ("Flyttlasset står i TRKU5520915 i hamnen.", "TRKU5520915"),
    ("Le déménagement : conteneur TRKU-552091-5.", "conteneur TRKU-552091-5"),
])
def test_a_container_number_whose_check_digit_holds_is_marked(text, value):
    assert value in labelled_ids(text)


def test_a_wrong_check_digit_stays():
    assert labelled_ids("container TRKU 552091 7") == []

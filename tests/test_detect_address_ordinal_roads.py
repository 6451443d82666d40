"""A South Asian home opened by its bare house number before a road numbered by its ordinal ("17/3, 4th Cross,
Basavanagudi, Bengaluru 560004") is masked whole; a Swedish sentence's numbers before an ordinal's word and a sum are
no home. Fictional addresses; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.address_ordinal_roads import ORDINAL_ROAD_HOME, check_ordinal_road_home
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("My previous address was 9, 2nd Main, Rajajinagar, Bengaluru 560010.",
     "9, 2nd Main, Rajajinagar, Bengaluru 560010"),
    ("| Priyanka Rao | 17/3, 4th Cross, Basavanagudi, Bengaluru 560004 | IN |",
     "17/3, 4th Cross, Basavanagudi, Bengaluru 560004"),
    ("Brodern bor på 221B, 6th Block, Jayalakshmipuram, Mysuru 570012 sedan i våras.",
     "221B, 6th Block, Jayalakshmipuram, Mysuru 570012"),
])
def test_the_whole_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "Se punkt 4, 3rd Stage, sidan 12 av 560011 kr.",
    "Tabell 4, 2nd Phase, och Bilaga 560011",
])
def test_no_home_without_a_town_and_its_pin(text):
    found = [m for m in ORDINAL_ROAD_HOME.finditer(text) if check_ordinal_road_home(text, m)]
    assert not found

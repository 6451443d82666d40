"""A former home after its cue on the cue's own line is masked to the comma closing its clause, where the next line
goes on in small letters: the places after a flat or a house found by its number, the unit's word before that number,
and a town after a street abroad. Fictional people and places."""

from __future__ import annotations

import pytest

from redact.detect.address_inline_homes import with_inline_cued_homes
from redact.types import Finding
from tests.address_checks import readable_letters


def _finding(text: str, part: str, category: str) -> Finding:
    at = text.index(part)
    return Finding(id=part, page=1, start=at, end=at + len(part), text=part, category=category, score=0.8,
                   detector="learned_spans", reason="")


@pytest.mark.parametrize("text, found, home", [
    ("Grandpa lived before at Flat 9, Rathmore Court, Tralee,\nand from May he lives in Luleå.",
     [("Flat 9", "ADDRESS"), ("Rathmore Court", "PERSON")], "Flat 9, Rathmore Court, Tralee"),
    # the house's word before the number found, the block and the scheme after it
    ("My uncle used to live at House 7-C, Block D, Garden Town, Multan,\nand in June he is shifting to Kiruna.",
     [("7-C", "ADDRESS"), ("House", "PERSON"), ("Garden Town", "PERSON")], "House 7-C, Block D, Garden Town, Multan"),
])
def test_the_places_after_a_home_found_on_its_cues_line_are_its_own(text, found, home):
    out = with_inline_cued_homes([_finding(text, part, cat) for part, cat in found], text, 1)
    assert [f.text for f in out if f.category == "ADDRESS"] == [home]
    assert not [f for f in out if f.category == "PERSON"]


@pytest.mark.parametrize("text, found", [
    # the next line opens a sentence of its own
    ("Grandpa lived before at Flat 9, Rathmore Court, Tralee,\nMore news soon.", [("Flat 9", "ADDRESS")]),
    # a date among the places: no home's part
    ("Grandpa lived at Flat 9, Rathmore Court, 4 May 1999,\nand then moved.",
     [("Flat 9", "ADDRESS"), ("4 May 1999", "DATE")]),
])
def test_a_line_that_closes_no_home_stays_as_found(text, found):
    before = [_finding(text, part, cat) for part, cat in found]
    out = with_inline_cued_homes(before, text, 1)
    assert [f.text for f in out if f.category == "ADDRESS"] == ["Flat 9"]


@pytest.mark.parametrize("text, address", [
    ("Mój dziadek mieszkał kiedyś przy ul. Topolowa 9 m. 2, Poznań,\na od maja mieszka w Luleå.",
     "ul. Topolowa 9 m. 2, Poznań"),
    ("Mon oncle habitait auparavant 8 impasse des Tilleuls, Rouen,\net depuis mai il vit à Luleå.",
     "8 impasse des Tilleuls, Rouen"),
])
def test_the_town_after_a_street_abroad_closing_its_clause_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""

"""A name's end that is no part of it: a sole trader's trade after the surname the text also writes after a given
name ("Omar Haddad … firma, Haddad Måleri": the surname masked, the trade readable), and a caption's plural
participle opening the next line after a name ("Tove Ekdahl" / "Beviljade ansökningar i maj"). Fictional people;
the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _persons(detector, text: str) -> set[str]:
    return {f.text for f in detect_text(text, detector).findings if f.category == "PERSON"}


@pytest.mark.parametrize("text, name, firm", [
    ("Hans bror Karim Haddad har enskild firma, Haddad Måleri, org nr 790512-4496, och lånar ut pengar.",
     "Haddad", "Haddad Måleri"),
    ("Systern Leila Nasser driver enskild firma, Nasser Bygg, sedan 2019 i Lund.", "Nasser", "Nasser Bygg"),
])
def test_the_firms_trade_stays_readable(blank_detector, text, name, firm):
    found = _persons(blank_detector, text)
    assert name in found and firm not in found


@pytest.mark.parametrize("text, name", [
    ("Handläggare Lina Berg och Tove Ekdahl\nBeviljade ansökningar i maj\nNamn\nPer Lund", "Tove Ekdahl"),
    ("Frågor: Jenny Sand, 010-495 62 18, och Kerem Aydın\nInkomna förfrågningar om ägare\nReg.nr", "Kerem Aydın"),
])
def test_a_captions_participle_is_no_part_of_the_name(blank_detector, text, name):
    assert name in _persons(blank_detector, text)

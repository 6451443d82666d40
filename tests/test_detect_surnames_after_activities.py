"""Surnames alone after an activity word in a log's purpose column ("hembesök Lindqvist", "LSS, Nwachukwu"):
a surname no list holds is read as one where another row's cell of the same shape holds a found name; a place
after the activity ("tillsyn Gräsmo") stays. Fictional people; rules only."""

from __future__ import annotations

from redact.pipeline import detect_text

LOG = """Körjournal, Lövsta kommun
Datum
Förare
Km
Ändamål
03-02
PeL
22
hembesök Lindqvist
03-03
PeL
31
hembesök Mukamurenzi
03-04
AnS
12
LSS, Kowalczyk
03-05
AnS
9
tillsyn Lövsta
"""


def _persons(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"}


def test_unlisted_surnames_after_an_activity_are_masked(blank_detector):
    persons = _persons(LOG, blank_detector)
    assert "Lindqvist" in persons
    assert "Mukamurenzi" in persons
    assert "Kowalczyk" in persons


def test_the_municipality_after_an_activity_stays(blank_detector):
    assert "Lövsta" not in _persons(LOG, blank_detector)


def test_a_lone_activity_cell_adds_nothing(blank_detector):
    text = "Körjournal\nDatum\nÄndamål\n03-02\nhembesök Mukamurenzi\n03-03\ntillsyn\n"
    assert "Mukamurenzi" not in _persons(text, blank_detector)

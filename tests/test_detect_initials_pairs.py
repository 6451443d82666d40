"""Two persons' initials joined by "och" or "&" in a names column's cell ("ToB och E.Lu.") are masked each, the word
between them readable; two given names and a shared surname ("Ada och Bo Lind") stay one name. Fictional people."""

from __future__ import annotations

from redact.detect.initials_shapes import initials_pair
from redact.document_detection import detect_text


def test_a_pair_of_initials_in_one_cell(blank_detector):
    text = ("Bokning | Parter | Födda\nV 1 | ToB och E.Lu. | 1990-02-28 / 7.11.1988\n"
            "V 2 | K.Sv. och PeA | 1991-03-14 / 2.5.1987\n")
    persons = sorted(f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON")
    assert persons == ["E.Lu.", "K.Sv.", "PeA", "ToB"], persons


def test_names_joined_by_och_are_no_pair_of_initials():
    assert initials_pair("Ada och Bo Lind") is None
    assert initials_pair("ToB och kollega") is None
    assert initials_pair("ToB och E.Lu.") == ((0, 3), (8, 13))

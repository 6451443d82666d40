"""A table read one cell a line: the next row's own number after a row's last cell, a number, stays readable and
the number above it is masked whole; a number wrapped over a line end in running text stays one. Fictional people;
the blank pipeline (rules only)."""

from __future__ import annotations

from redact.document_detection import detect_text

TRAVELLERS = """Resenärer
Nr
Resenär
Född
Pass
1
Hjalmar Grönstedt
1951-04-09
AA 5521 704
2
Maj-Britt Olofsson
1947-12-30
AB 0339 218
3
Runar Eklind
1949-02-14
AA 8807 661
4
Signe Vallberg
1955-07-21
AC 4410 392
"""

CARDS = """Sökande
Nr
Namn
Född
Id-handling
1
Oskar Brandin
1971-03-18
id-kort SE 3318 7702 41
2
Lena Brandin
1973-09-02
id-kort SE 5520 1184 07
3
Jonatan Pihl
1980-06-11
pass AB 7720 114
"""


def _masked(text: str, detector) -> list[str]:
    return [f.text for f in detect_text(text, detector).findings if f.status != "rejected"]


def test_the_next_rows_number_is_no_part_of_the_cell_above_it(blank_detector):
    for text in (TRAVELLERS, CARDS):
        found = _masked(text, blank_detector)
        assert not any(f.rstrip().endswith(("\n2", "\n3", "\n4")) for f in found), found
        for value in ("AB 0339 218", "AA 8807 661", "SE 5520 1184 07"):
            if value in text:
                assert any(value in f for f in found), (value, found)


def test_a_number_wrapped_in_running_text_stays_whole():
    from redact.detect.row_numbers import trim_row_numbers
    from redact.types import Finding

    text = "Hon nås på mobilen 070-318 22\n41\nefter klockan nio, sade hon.\n"
    value = "070-318 22\n41"
    start = text.index(value)
    f = Finding(id="f", page=1, start=start, end=start + len(value), text=value, category="PHONE", score=0.9,
                detector="phone")
    assert trim_row_numbers([f], text) == [f]

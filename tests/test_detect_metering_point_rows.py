"""A grid's metering point number in a table row keyed by a person's initials is that person's supply, its word in
the cell with it ("anläggnings-id 735999…"), read whole or one cell a line; without a person's name or initials
(the authority's own premises) it stays, and in a sentence the word stays outside the number. Fictional numbers."""

from __future__ import annotations

from tests.found_ids import labelled_ids, proposed_ids

ONE_CELL_A_LINE = ("Abonnemang och platser\nBoende\nAvser\nNummer\nHandl.\nRS\nelmätaren\n"
                   "anläggnings-id 735999204418830157\nKL\nTO\nförrådet\nFörråd 12\nKL\n\nListan gäller från maj.\n")
ROWS = ("Abonnemang och platser\n| Boende | Avser | Nummer | Handl.\n"
        "| EBV | elmätaren | anläggnings-id 735999204418830264 | KL\n| TO | förrådet | Förråd 12 | KL\n\n"
        "Listan gäller från maj.\n")


def test_a_metering_point_in_a_row_of_initials_read_one_cell_a_line(blank_detector):
    assert "anläggnings-id 735999204418830157" in proposed_ids(blank_detector, ONE_CELL_A_LINE)


def test_a_metering_point_in_a_row_of_initials_read_whole(blank_detector):
    assert "anläggnings-id 735999204418830264" in proposed_ids(blank_detector, ROWS)


def test_the_authoritys_own_metering_point_stays():
    text = "Förvaltningens lokaler\nKontorets elmätare har anläggnings-id 735999204418830371 hos nätägaren.\n"
    assert not labelled_ids(text)


def test_in_a_sentence_the_word_stays_outside(blank_detector):
    text = "Sökanden Tora Lindvall har elmätaren med anläggnings-id 735999204418830488 i sitt hus.\n"
    found = proposed_ids(blank_detector, text)
    assert "735999204418830488" in found and "anläggnings-id 735999204418830488" not in found

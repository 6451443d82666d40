"""A foreign mobile in a table read one cell a line, the next cell's figures on the next line ("31-004 kupa"): the
number is the first line's, not lost for the digits the next line adds; a mobile after a handler's initials shaped like
a giro's label ("PG") is a phone too. Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page

CELLS = """Anmälare
Telefon
Stolpe
Aino Pelkonen
+358 45 208 7713
12-044 släckt
Zbigniew Nowak
+48 512 660 204
07-310 lutar
"""


@pytest.mark.parametrize("value", ["+358 45 208 7713", "+48 512 660 204"])
def test_a_foreign_number_above_a_cell_of_figures_is_a_phone(blank_detector, value):
    page = Page(number=1, text=CELLS, words=(), width=595, height=842)
    assert {" ".join(f.text.split()): f.category for f in blank_detector.detect(page)}.get(value) == "PHONE"


# a handler's initials that read as a giro's letters ("PG", "BG") in the cell before a mobile's: a giro holds eight
# digits at most, so the ten after them are the telephone's
HANDLERS = """Ärenden och kontakter
Ägare
Ärende
Handl.
Telefon
Lisa Brandt
Stöd i hemmet, vecka 12 till vecka 30
BG
070-318 22 64
Omar Said
Stöd i hemmet, vecka 14 till vecka 22
PG
076-552 19 30
"""


@pytest.mark.parametrize("value", ["070-318 22 64", "076-552 19 30"])
def test_a_mobile_after_initials_shaped_like_a_giros_label_is_a_phone(blank_detector, value):
    page = Page(number=1, text=HANDLERS, words=(), width=595, height=842)
    assert value in {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "PHONE"}


def test_a_giro_after_its_label_is_no_phone(blank_detector):
    page = Page(number=1, text="Betala till PG 551930-7 senast i maj.", words=(), width=595, height=842)
    assert not any(f.category == "PHONE" for f in blank_detector.detect(page))


# the header row read with its last two cells joined on one line ("Handl. Telefon"), the numbers above the last row
# foreign ones: the column's header still names the phones, and the landline written one digit too long in its cell is
# masked whole as written
JOINED_HEADER = """Underlag
Person Sak
Nummer
Handl. Telefon
TB
arvode
Tolkbyrån order TB-5521
AL
+47 912 44 180
MV
översättning
Språkhuset ordernr SH-5521
AL
0431-552 18 07
Bilagor
"""


def test_a_long_landline_under_a_header_read_joined_to_the_cell_before(blank_detector):
    page = Page(number=1, text=JOINED_HEADER, words=(), width=595, height=842)
    assert "0431-552 18 07" in {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "PHONE"}


def test_a_long_number_under_a_header_row_of_other_words_keeps_its_cut(blank_detector):
    page = Page(number=1, text=JOINED_HEADER.replace("Handl. Telefon", "Handl. Datum"), words=(), width=595,
                height=842)
    assert "0431-552 18 07" not in {" ".join(f.text.split()) for f in blank_detector.detect(page)
                                    if f.category == "PHONE"}

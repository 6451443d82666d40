"""A Kazakh or Kyrgyz home by its microdistrict, house and flat, numbered with the Cyrillic word glued after a dash
("Самал-3 шағынауданы, 15-үй, 82-пәтер, Алматы 050059"), whole in an address column's cell; a cell of words with
no numbered part stays no address. Fictional addresses; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.detect.address_cyrillic_parts import cyrillic_numbered_part
from redact.detect.table_header_words import ADDRESS
from redact.detect.table_values import value_fits
from redact.pipeline import detect_text

TABLE = ("Adresser för delgivning\nMål\nAdress\nKontakt\n4411-26 E\n{}\nAsel Nurpeisova\n4412-26 E\n"
         "Storgatan 8, 972 31 Luleå\nJonas Berg\n\nHandlingarna skickas med post.\n")


@pytest.mark.parametrize("cell", ["Самал-3 шағынауданы, 15-үй, 82-пәтер, Алматы 050059",
                                  "Восток-5 мкр, 14-уй, 3-кв., Бишкек 720065"])
def test_a_cyrillic_home_by_its_numbered_parts(blank_detector, cell):
    assert value_fits(ADDRESS, cell, "Adress")
    found = {" ".join(f.text.split()) for f in detect_text(TABLE.format(cell), blank_detector).findings
             if f.category == "ADDRESS"}
    assert cell in found


@pytest.mark.parametrize("part", ["Павлодар", "Самал-3 шағынауданы", "15-үй Алматы", "үй-15"])
def test_only_a_number_with_its_word_glued_is_a_numbered_part(part):
    assert not cyrillic_numbered_part(part)

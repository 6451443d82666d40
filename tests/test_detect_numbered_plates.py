"""A thing's maker, its model and its serial after a bare "nr" are one mark where the run is the thing's whole
description (a cell alone, the end of a subject line, after the thing's noun); a maker and a long serial right after
the thing's noun are one too. Elsewhere the serial alone is read, and a numbered part of a text, a case and a place
stay. Fictional things and owners."""

from __future__ import annotations

import pytest

from redact.detect import numbered_plates


def _rule(text: str) -> list[str]:
    return [text[v.start:v.end] for r in numbered_plates.RULES for m in r.regex.finditer(text)
            if (v := r.check(text, m))]


@pytest.mark.parametrize("text, value", [
    ("Vapen\nKrieghoff 98 nr K55190\n", "Krieghoff 98 nr K55190"),                    # a cell alone
    ("| 3307-27 | Berit Lax | Merkel K3 nr 5519-207 |", "Merkel K3 nr 5519-207"),       # a cell between borders
    ("Ämne: 3307-27, Brenneke B2x nr M551930", "Brenneke B2x nr M551930"),            # the end of a subject line
    ("Övervakningskameran Vistalux V-22 nr VX5519307 sitter på garaget.", "Vistalux V-22 nr VX5519307"),
    ("Grannens gräsklippare Gardex Robo 520X nr 5519-3307 stod kvar.", "Gardex Robo 520X nr 5519-3307"),
    ("Vapnet Merkel K3 nr 7/551930 får behållas.", "Merkel K3 nr 7/551930"),
    # a plain model's name and a serial grouped by a dash or long, alone in a cell
    ("Eldstad\nVarmeck Ronja nr 0551-93307\n", "Varmeck Ronja nr 0551-93307"),
    ("| 3307-27 | Berit Lax | Luftia Flex M nr 31-55193 |", "Luftia Flex M nr 31-55193"),
    ("Kamin\nVarmeck Ronja nr 5519307\n", "Varmeck Ronja nr 5519307"),
    # a maker's name with a capital inside
    ("Spelare\nLjudTek Vega nr LTV-551930-B\n", "LjudTek Vega nr LTV-551930-B"),
    # a maker's product code before the unit's number, in a cell and after the machine's noun
    ("Apparat\nTvättex WTX4418 FD 0551-933071\n", "Tvättex WTX4418 FD 0551-933071"),
    ("Diskmaskinen Tvättex DW60 E-Nr 5519-307 gick sönder.", "Tvättex DW60 E-Nr 5519-307"),
])
def test_a_makers_model_and_serial_after_nr_are_one_mark(text, value):
    assert _rule(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("Symaskinen Bernova 7040-551930 kan hämtas i förrådet.", "Bernova 7040-551930"),
    ("Ämne: FR-27-208, barnvagn Odenvik 31-551930", "Odenvik 31-551930"),
    ("Glasögon Optikhuset 31-551930.", "Optikhuset 31-551930"),
    # a maker in capitals and a model's words between it and the serial
    ("Hans hjälm KTX Vento MIPS 5519307 byttes efter olyckan.", "KTX Vento MIPS 5519307"),
    ("Bröstpumpen Lactiva Duo 2 55193307 lämnades tillbaka.", "Lactiva Duo 2 55193307"),
])
def test_a_maker_and_a_long_serial_after_the_things_noun_are_one_mark(text, value):
    assert _rule(text) == [value]


@pytest.mark.parametrize("text", [
    "| 3114 | jaktvapen | Merkel 1640 nr 55193, licens återkallad",   # a cell that goes on after the serial
    "Han har motor Tohatsu F60 nr 6C5-5519307 och en trailer.",      # an engine: its serial alone
    "Kapitel 4 nr 5519\n",                                          # a numbered part of a text
    "Förvaltningsrätten Mål nr 3307-27\n",                          # a case's number by its year
    "Region Skåne nr 55193\n",                                      # no model's figure, no lettered serial
    "Socialnämnden Väst nr 31-55193\n",                             # a body in the definite form and its case
    "Varmeck Ronja nr 551930, levererad",                           # a plain name's serial not alone in its cell
    "Varmeck Ronja nr 5519\n",                                      # a plain name's short number
    "Symaskinen Bernova 2026-04-12 hämtades.",                      # a date after the maker
    "Cykeln Velora 4 500 kr",                                       # a price
    "Hjälmen KTX Vento 2026-04-12 köptes.",                         # a date after the model
])
def test_no_plate_run_is_read(text):
    assert _rule(text) == []

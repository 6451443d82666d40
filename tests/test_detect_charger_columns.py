"""A column of the chargers residents had installed ("Laddbox"): a cell of a maker, a model and a serial is one
resident's charger, masked whole; a cell of a charger's power or kind stays. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.charger_columns import charger_cell, charger_header
from tests.found_ids import page_ids

TABLE = """Installationer
Datum
Laddbox
Montör
2026-03-02
Zaptec Go ZAP055120
LiK
2026-03-09
Easee Charge EC220418
LiK
2026-03-16
22 kW
LiK
"""


@pytest.mark.parametrize("charger", ["Zaptec Go ZAP055120", "Easee Charge EC220418"])
def test_a_chargers_maker_model_and_serial_under_its_header(blank_detector, charger):
    assert charger in page_ids(blank_detector, TABLE)


def test_a_chargers_power_stays(blank_detector):
    assert not any("22 kW" in v for v in page_ids(blank_detector, TABLE))


@pytest.mark.parametrize("header", ["Laddbox", "Laddstation", "Wallbox", "Laddare:"])
def test_the_headers_of_a_column_of_chargers(header):
    assert charger_header(header)


@pytest.mark.parametrize("cell, fits", [("Zaptec Go ZAP055120", True), ("CTEK 4410552", True), ("Typ 2", False),
                                        ("11 kW", False), ("Easee Home", False)])
def test_only_a_cell_ending_in_a_serial_fits(cell, fits):
    assert charger_cell("Laddbox", cell) is fits

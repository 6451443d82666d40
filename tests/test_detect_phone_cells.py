"""A foreign mobile in a table read one cell a line, the next cell's figures on the next line ("31-004 kupa"): the
number is the first line's, not lost for the digits the next line adds. Fictional text; the blank pipeline."""

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

"""A column of the weapons people hold ("Vapen") takes its cells' licence codes as identifiers; a weapon's make,
model and calibre or a word that no licence is needed stays readable. Fictional people and codes; the blank
pipeline."""

from __future__ import annotations

import pytest

from redact.detect.table_header_words import ID
from redact.detect.table_headers import header_kind
from redact.detect.table_values import value_fits
from redact.pipeline import detect_text


@pytest.mark.parametrize("value", ["JL-N 2025-3318", "VL 441 8207"])
def test_a_licences_code_fits_a_weapons_column(value):
    assert header_kind("Vapen") == ID
    assert value_fits(ID, value, "Vapen")


@pytest.mark.parametrize("value", ["ingen licens", "Sako 85 .308", "Husqvarna 1640", "CZ 457"])
def test_a_weapons_make_or_no_licence_stays(value):
    assert not value_fits(ID, value, "Vapen")


def test_a_weapons_column_masks_the_licence_and_not_the_model(blank_detector):
    text = ("Deltagare | Telefon | Vapen\n"
            "Oskar Brandt | 070-441 22 07 | JL-N 2025-3318\n"
            "Mia Stål | 070-441 22 52 | Sako 85 .308\n")
    found = {" ".join(f.text.split()): f.category for f in detect_text(text, blank_detector).findings}
    assert found.get("JL-N 2025-3318") == "ID_NUMBER", found
    assert not any("Sako" in t or ".308" in t for t in found), found

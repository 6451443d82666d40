"""Homes in Ireland and Britain: a flat in a block of flats whose street has no number of its own ("Flat 7, Block
B, Harbour Square"), in a sentence and in a letter's window over two lines with Dublin's district and the Eircode;
the town and an Eircode misprinted with a letter outside the code's alphabet after a numbered street. Fictional
people and homes; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Hennes son bor på Flat 7, Block B, Harbour Square, Dublin 4, D04 X2K7, Ireland, sedan i höstas.\n",
     "Flat 7, Block B, Harbour Square, Dublin 4, D04 X2K7, Ireland"),
    ("Beslut\nNiamh Fallon\nApartment 31, Tower 2, Spencer Dock Quay\nDublin 1, D01 YT26, Ireland\n\nDu har ansökt\n",
     "Apartment 31, Tower 2, Spencer Dock Quay\nDublin 1, D01 YT26, Ireland"),
    ("Beslut\nNiamh Fallon\nApartment 5, Riverside House, Mill Lane\nGalway, H91 TX30\n\nDu har ansökt\n",
     "Apartment 5, Riverside House, Mill Lane\nGalway, H91 TX30"),
    ("Han bodde tidigare på\n9 Glasheen Road, Cork, T12 BQ81,\nmen flyttade i juni.\n",
     "9 Glasheen Road, Cork, T12 BQ81"),
])
def test_the_whole_irish_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_flat_without_a_block_and_street_is_no_block_flat(blank_detector):
    text = "Hyran för Flat 7, Block B höjs enligt avtalet.\n"
    from redact.document_detection import detect_text
    assert not any("Block B" in f.text and f.category == "ADDRESS" for f in detect_text(text, blank_detector).findings)

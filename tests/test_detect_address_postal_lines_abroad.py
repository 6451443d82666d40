"""A home abroad over two cells or lines: the street and its flat, then the postal code and town alone on the next line
(an Austrian "1120 Wien", an Israeli code of seven figures), a flat by its Hebrew word ("dira 4"), a Basque floor's
side ("2. ezk."), and a Canadian town with its province and its code of letters and figures ("Toronto ON M4Y 1R5")
on the line after the street or after a comma. Fictional people and homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Uppstallning\nHäst\nStall eller hage\nPostort\nFlinga\nMeidlinger Hauptstraße 12/3/8\n1120 Wien\nKontroll\n",
     "Meidlinger Hauptstraße 12/3/8\n1120 Wien"),
    ("Adresser\nKort\nAdress\nPostort\nMD-4411\nRehov Herzl 12, dira 4\n6100101 Tel Aviv-Yafo\nAnteckningar\n",
     "Rehov Herzl 12, dira 4\n6100101 Tel Aviv-Yafo"),
    ("Hon bodde tidigare på Kale Txiki 5, 2. ezk., 48001 Bilbo och flyttade sedan.",
     "Kale Txiki 5, 2. ezk., 48001 Bilbo"),
    ("Adresser\nKort\nAdress\nPostort\nDR-7711\nApt 88, 12 King St E\nToronto ON M5C 1C3\nTeoriprov\n",
     "Apt 88, 12 King St E\nToronto ON M5C 1C3"),
    ("Sonen flyttar i augusti till Apt 7, 310 rue Ontario,\nMontréal QC H2L 1N9.\n",
     "Apt 7, 310 rue Ontario,\nMontréal QC H2L 1N9"),
])
def test_the_whole_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, word", [
    ("Protokoll\nPunkt\nBeslut\nÄrende 12\n2027 Styrelsen\n", "Styrelsen"),
    ("Lokaler\nRum\nKapacitet\nSal 4\n1200 Personer\n", "Personer"),
])
def test_a_year_or_a_count_on_the_next_line_is_no_postal_line(blank_detector, text, word):
    assert not any(word in f.text and f.category == "ADDRESS" for f in detect_text(text, blank_detector).findings)


def test_a_swedish_window_under_a_ward_line_keeps_the_ward_with_its_house(blank_detector):
    text = "Jonas Ek\nAnstalten Granlid, avd. B 7\n861 91 Timrå\n\nKlientnummer KV-kl 772104.\n"
    addresses = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert any(a.startswith("Anstalten Granlid") for a in addresses), addresses

"""India's PAN, Singapore's NRIC and FIN, Israel's TZ, Australia's TFN, Italy's CIE, Portugal's CC and Qatar's QID after
their short names are identifiers when their check holds, and the short name stays readable, in a sentence and in an
identifier column's cell; a number whose check fails stays; Portugal's card also by its own shape. Fictional numbers; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.short_named_ids import cartao_ok, nric_ok, tfn_ok
from redact.pipeline import detect_text
from tests.found_ids import proposed_ids


@pytest.mark.parametrize("text, number", [
    ("Forskaren har PAN AKQPR4471M enligt lönebeskedet.", "AKQPR4471M"),
    ("Hon har NRIC S7710428C och bor i Solna.", "S7710428C"),
    ("Maken har FIN G4418207L sedan flytten.", "G4418207L"),
    ("Subject: TFN 318 204 402 and my new address", "318 204 402"),
    ("Volontären har CIE CB41872KD från Bologna.", "CB41872KD"),
    # Qatar's card: the century's digit, the birth year's two, the nationality's code and a serial
    ("Subject: my QID 29163411872, and my new address", "29163411872"),
])
def test_a_short_named_number_is_masked_and_its_name_stays(blank_detector, text, number):
    found = proposed_ids(blank_detector, text)
    assert number in found
    assert not any(f.startswith(("PAN", "NRIC", "FIN", "TZ", "TFN", "CIE", "CC", "QID")) for f in found)


def test_a_portuguese_card_is_masked_and_its_short_name_stays(blank_detector):
    # (the bank rules may read the digits as an account: masked either way)
    spans = {" ".join(f.text.split()) for f in detect_text("Volontären har CC 12230418 4 ZY3 från Braga.",
                                                            blank_detector).findings if f.status != "rejected"}
    assert "12230418 4 ZY3" in spans and not any(f.startswith("CC") for f in spans)


def test_the_short_name_stays_in_an_identifier_columns_cell(blank_detector):
    text = ("Förteckning\n\n| Namn | Född | Utländskt id-nummer | Anst.nr\n"
            "| Mei Lim | 1986-02-14 | NRIC S7710428C | QRX-201118\n"
            "| Ravi Iyer | 1990-03-03 | PAN AKQPR4471M | QRX-201125\n")
    found = proposed_ids(blank_detector, text)
    assert {"S7710428C", "AKQPR4471M"} <= found
    assert not any(f.startswith(("NRIC", "PAN")) for f in found)


def test_a_number_of_another_shape_after_qid_stays(blank_detector):
    # eleven digits opening with a century's digit only: a reference of another shape is no card's number
    assert not any("1916341187" in f for f in proposed_ids(blank_detector, "Se QID 19163411872 i listan."))


def test_the_israeli_number_is_masked(blank_detector):
    assert any("207441809" in f for f in proposed_ids(blank_detector, "Sonen har TZ 207441809 enligt intyget."))


def test_the_checks():
    assert nric_ok("S7710428C") and nric_ok("G4418207L") and not nric_ok("S7710428D")
    assert tfn_ok("318204402") and not tfn_ok("318204403")
    assert cartao_ok("12230418 4 ZY3") and not cartao_ok("12230418 4 ZY4")


# Portugal's citizen card by its own shape: both its checks holding, or its name before it in a cell or a sentence
@pytest.mark.parametrize("text, number", [
    # in a column of documents' numbers, the document's kind in the cell before (a table read one cell a line)
    ("Legitimation\nElev\nHandling\nNummer\nRS\nCartão de Cidadão\n30771542 0 QK8\nMN\nkörkort\n7712 0418 22\n",
     "30771542 0 QK8"),
    ("Gästen från Portugal lämnade 30771542 1 QK6 som säkerhet i receptionen.", "30771542 1 QK6"),
    # with the civil number's check digit holding too, wherever it stands
    ("Anteckning: handlingen 30771542 6 QK5 visades upp i receptionen.", "30771542 6 QK5"),
])
def test_a_portuguese_card_by_its_shape(blank_detector, text, number):
    assert number in proposed_ids(blank_detector, text)


def test_a_card_shaped_number_whose_checks_fail_or_with_no_name_stays(blank_detector):
    found = proposed_ids(blank_detector, "Anteckning: handlingen 30771542 0 QK8 visades och 30771542 6 QK4 likaså.")
    assert not {"30771542 0 QK8", "30771542 6 QK4"} & found, found

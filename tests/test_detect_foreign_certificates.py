"""A foreign body's certificate for a person, by the body's letters and the document's own word before its number, and
a certificate's noun in small letters before its abbreviation and number, are one mark; a year, a case's number by
its year, a form's own short number and a document label's letters stay. Fictional people's certificates."""

from __future__ import annotations

import pytest

from found_ids import labelled_ids, page_ids


@pytest.mark.parametrize("text, value", [
    ("Intyg\nAB\nansässighet\nVMI pažyma Nr. 71-2290513\nCD\n", "VMI pažyma Nr. 71-2290513"),
    ("Han har ZUS zaświadczenie nr 0441-82207 sedan maj.", "ZUS zaświadczenie nr 0441-82207"),
    ("AB\nA1-intyg\nDRV A1 nr 65 170482 K 512\nCD\n", "DRV A1 nr 65 170482 K 512"),
    ("Intyg\nTH\nintyg PRC 26-7713902\nMGu\n", "intyg PRC 26-7713902"),
])
def test_the_body_the_document_and_its_number_are_one_mark(text, value):
    assert value in labelled_ids(text)


def test_a_pension_insurances_letters_before_its_form_and_number_stay_in(blank_detector):
    # the insurance's letters read alone before its number are a label; before its form's code they name the body
    assert "DRV A1 nr 65 170482 K 512" in page_ids(blank_detector, "AB\nA1-intyg\nDRV A1 nr 65 170482 K 512\nCD\n")


@pytest.mark.parametrize("text, part", [
    ("Enligt intyg DNR 2027-44182 gäller beslutet.", "intyg"),  # a case's number and its label's letters
    ("Borraren har certifikat CB 1207-44182 sedan maj.", "certifikat"),  # a sentence: the noun is the label
    ("Se FK 7263 blankett och ZUS zaświadczenie nr 2027-0412.", "ZUS"),  # a form's number, a year
])
def test_a_case_a_year_or_a_forms_number_stays(text, part):
    assert not any(part in f for f in labelled_ids(text))

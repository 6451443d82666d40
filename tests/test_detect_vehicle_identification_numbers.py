"""A vehicle's identification number (VIN, "chassinummer") by its own shape: seventeen capitals and digits without I,
O or Q, the last four digits; found wherever it stands when its North American check digit holds, and after a
vehicle named in its sentence when it carries none (a European maker's), over a line end too. A code of the shape
with no check digit and no vehicle named stays readable. Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.vehicle_identification import check_digit_holds
from tests.found_ids import proposed_ids


@pytest.mark.parametrize("text, vin", [
    # words and a line end between the label and the number: the register's own wording
    ("Ägaren Jonas Berglund bor på Tornvägen 21. Chassinummer enligt registret\nWVWZZZ3CZJE204417. Avslag.",
     "WVWZZZ3CZJE204417"),
    ("Bilen, en Volvo V60 som Ebba Strand köpte i maj, har identifieringsnumret YV1ZW72UDK1038811.",
     "YV1ZW72UDK1038811"),
    ("Husbilens chassi är skadat; VIN enligt besiktningen: ZFA25000002918470.", "ZFA25000002918470"),
])
def test_a_vin_after_the_vehicle_named_in_its_sentence_is_masked(blank_detector, text, vin):
    assert vin in proposed_ids(blank_detector, text)


def test_a_vin_whose_check_digit_holds_is_masked_wherever_it_stands(blank_detector):
    vin = "1FTFW1E59NFA04412"
    assert check_digit_holds(vin)
    assert vin in proposed_ids(blank_detector, f"Omar Haddad lämnade in kvittot och {vin} i går.")


@pytest.mark.parametrize("code", [
    "1FTFW1E51NFA04412",  # the check digit fails
    "ABCDEFGHJKLMN1234",  # letters all through, no maker's code
])
def test_a_code_of_the_shape_with_no_vehicle_and_no_check_digit_stays(blank_detector, code):
    assert not check_digit_holds(code)
    assert code not in proposed_ids(blank_detector, f"Leveransen har referensen {code} hos speditören.")


@pytest.mark.parametrize("text, value", [
    # a register's vehicle column: the make and the model, then the VIN without a check digit
    ("| Tillstånd | Sökande | Fordon |\n| PT-118 | Lina Vik | Mazda CX-5 JMZKF6W1A00551930 |",
     "Mazda CX-5 JMZKF6W1A00551930"),
    ("Sökanden Arvid Lind kör en Renault Clio VF1RJA00468207718 till behandlingarna.",
     "Renault Clio VF1RJA00468207718"),
    # the check digit holds: the make and the model join its mark too
    ("Omar Haddad har sålt sin Ford F-150 1FTFW1E59NFA04412 till en granne.", "Ford F-150 1FTFW1E59NFA04412"),
])
def test_a_vins_make_and_model_before_it_are_inside_its_mark(blank_detector, text, value):
    assert value in proposed_ids(blank_detector, text)


def test_a_make_in_another_clause_does_not_make_a_code_a_vin(blank_detector):
    # lowercase words between the make and the code: the row of make, model and number is broken
    text = "Firman säljer Mazda och har leveransen SJNFAAJ11U2417730 hos speditören."
    assert not [v for v in proposed_ids(blank_detector, text) if "SJNFAAJ11U2417730" in v]

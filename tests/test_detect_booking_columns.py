"""A column of one person's booking or placement by the register's code ("Provbokning", "Placering"): each code is
masked, the case numbers beside stay; a rank or a ward's name under the same header is no code. Fictional people;
the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.booking_columns import booking_code, booking_header
from tests.found_ids import proposed_ids


def test_the_headers_and_the_codes():
    assert booking_header("Provbokning") and booking_header("Placering") and booking_header("Tidsbokning:")
    assert not booking_header("Ärende") and not booking_header("Bokningsregler för lokaler")
    assert not booking_header("Bokning")  # the body's own number of the booking, in its register's first column
    assert booking_code("KP-5520917-B") and booking_code("FRI/26/1188") and booking_code("TB 2207-18")
    assert not booking_code("1") and not booking_code("Avd Solen") and not booking_code("Rum 4")
    assert not booking_code("HB-26-07")  # a list's two-digit serial: the body's own booking of a visit


def test_a_test_booking_column_is_masked_and_the_case_stays(blank_detector):
    text = ("Prov och tillstånd\n| Ärende | Provbokning | Kontroll\n"
            "| TSB 2026-31101 | KP-5520917-B | H.Lu.\n| TSB 2026-31102 | KP-5520921-AM | S.Ek.\n")
    found = proposed_ids(blank_detector, text)
    assert {"KP-5520917-B", "KP-5520921-AM"} <= found and not any("TSB" in f for f in found)


def test_a_placement_column_by_a_fee_registers_number(blank_detector):
    text = ("Barn med placering\n| Placering | Barn | Född\n"
            "| FRI/26/1188 | Liam Ström | 2018-03-14\n| FRI/26/1189 | Alva Ström | 2020-09-02\n")
    assert {"FRI/26/1188", "FRI/26/1189"} <= proposed_ids(blank_detector, text)


@pytest.mark.parametrize("rank", ["1", "12"])
def test_a_rank_under_placement_is_no_code(blank_detector, rank):
    text = f"Resultat\n| Placering | Namn | Tid\n| {rank} | Nils Berg | 12:30\n| 99 | Ebba Berg | 12:41\n"
    assert not proposed_ids(blank_detector, text)


def test_a_booking_code_with_a_small_letter_prefix(blank_detector):
    # a booking system writing the hall's short name in small letters before the year, the running number and a suffix
    assert booking_code("hal-26-0731-02") and booking_code("gym/26/5120")
    assert not booking_code("rum 4") and not booking_code("avd-12")
    text = ("Bokade tider\n| Ärende | Spelare | Hallbokning\n"
            "| IDR-2026-0411 | Nils Berg | hal-26-0731-02\n| IDR-2026-0412 | Ebba Lund | hal-26-0731-03\n")
    found = proposed_ids(blank_detector, text)
    assert {"hal-26-0731-02", "hal-26-0731-03"} <= found and not any("IDR" in f for f in found)


def test_a_booking_code_after_its_compound_in_a_letter(blank_detector):
    # a letter to the person who booked, and the reply's subject line quoting the code
    text = ("Besked om tid i hallen\n\nHallbokning hal-26-0731-02.\nTiden gäller varje tisdag.\n"
            "Ämne: Min tid, hal-26-0731-02\nBokning TB-1140 gäller salen. Tidsbokning 2027-04-12 kl. 10.\n")
    found = proposed_ids(blank_detector, text)
    assert "hal-26-0731-02" in found and "TB-1140" not in found and not any("2027" in f for f in found)


def test_a_booking_number_column_after_the_case_and_the_person(blank_detector):
    # the body's case opens the row: the short "Bokningsnr" beside a person and a birth date is that person's booking,
    # as the long "Bokningsnummer" is
    text = ("Bokade lokaler\n| Ärende | Person | Född | Bokningsnr\n"
            "| KFN 2028/0311 | Nils Berg | 1981-04-02 | LK-2028:4410-1\n"
            "| KFN 2028/0317 | Ebba Lund | 1979-11-23 | LK-2028:4410-2\n")
    found = proposed_ids(blank_detector, text)
    assert {"LK-2028:4410-1", "LK-2028:4410-2"} <= found and not any("KFN" in f for f in found)

"""A column of the number a body gives each participant (a course's, a queue's, a race's) beside a column of names
holds each person's own number, masked whatever its shape; a course's code all its rows share and a rank in the
queue stay. Fictional people and numbers; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.participant_numbers import activity_led, names_participant_number, participant_suffixed
from redact.detect.table_header_words import ID
from redact.detect.table_headers import row_kinds
from tests.found_ids import proposed_ids


@pytest.mark.parametrize("header", ["Kursnummer", "Könr", "Startnummer", "Anmälningsnr.", "kurs-nr"])
def test_a_header_names_a_participants_number(header):
    assert names_participant_number(header)


@pytest.mark.parametrize("header", ["Kurs", "Köplats", "Kursavgift", "Ärendenummer", "Nummer"])
def test_other_headers_name_no_participants_number(header):
    assert not names_participant_number(header)


def test_each_participants_course_number_beside_names_is_masked(blank_detector):
    assert row_kinds(["Ärende", "Deltagare", "Kursnummer"])[2] == ID
    text = ("| Ärende | Deltagare | Kursnummer\n| FR-31-104 | Greta Holm | SKN-DANS 31/7702\n"
            "| FR-31-109 | Olof Brandt | SKN-DANS 31/7719\n| FR-31-113 | Vera Lind | SKN-DANS 31/7726\n")
    assert {"SKN-DANS 31/7702", "SKN-DANS 31/7719", "SKN-DANS 31/7726"} <= proposed_ids(blank_detector, text)


def test_a_course_code_all_rows_share_stays(blank_detector):
    text = ("| Ärende | Deltagare | Kursnummer\n| FR-31-104 | Greta Holm | SKN-DANS 31/7702\n"
            "| FR-31-109 | Olof Brandt | SKN-DANS 31/7702\n| FR-31-113 | Vera Lind | SKN-DANS 31/7702\n")
    assert not any("7702" in t for t in proposed_ids(blank_detector, text))


def test_without_names_the_column_is_the_courses_own(blank_detector):
    assert row_kinds(["Kursnummer", "Lokal", "Start"])[0] is None


@pytest.mark.parametrize("header", ["Platsnummer", "Kursplats", "Platsnr", "Deltagarplats"])
def test_a_participants_place_names_a_participants_number(header):
    assert names_participant_number(header)


@pytest.mark.parametrize("first", ["Dnr", "Ärendenr", "Diarienr"])
@pytest.mark.parametrize("last", ["Kurs-id", "Platsnummer", "Bokningsnr"])
def test_a_number_beside_a_person_after_the_case_by_its_register_number_is_the_persons(first, last):
    # the case numbered by its diary's label opens the row as "Ärende" does: the other number is the row's person's
    assert row_kinds([first, "Deltagare", "Född", last])[3] == ID


def test_participants_places_after_a_diary_number_one_cell_a_line(blank_detector):
    # a table read one cell a line, the diary's number opening the header, a booking's number closing it
    text = ("Bokade tider i ateljén\nDnr\nHyresgäst\nFödd\nBokningsnr\n"
            "HB 28-1102\nIngrid Sjöholm\n1962-05-14\nATL 5520-28/01\n"
            "HB 28-1106\nTobias Ek och Maja Ek\n1979-10-02\nATL 5520-28/02\n"
            "HB 28-1110\nKerstin Blom\n1948-01-27\nATL 5520-28/03\n\n"
            "Meddelande\nBokningsnr ATL 5520-28/01.\nVälkommen till ateljén.\n"
            "Ämne: Min mammas tid, ATL 5520-28/01\n")
    found = proposed_ids(blank_detector, text)
    assert {"ATL 5520-28/01", "ATL 5520-28/02", "ATL 5520-28/03"} <= found
    assert not any("HB" in f for f in found)


@pytest.mark.parametrize("value", ["SPK 4410-28/01", "VÄV4471-28/12", "KERA-5521/28-03", "DRE 28.4410-2",
                                   "LER/5520.28/04", "GITARR 28-6601-05"])
def test_an_activitys_code_with_a_persons_suffix(value):
    assert participant_suffixed(value)


@pytest.mark.parametrize("value", ["KFN-28-0412", "BN 0412-28", "HB 28-1102", "KS/2028/0534", "GH:0412:28",
                                   "SN.28.0412", "TB-1140", "4410-28/01"])
def test_a_case_or_a_bare_code_has_no_persons_suffix(value):
    assert not participant_suffixed(value)


@pytest.mark.parametrize("line", ["Platsnummer KERA-5521/28-03.", "Kurs-id: VÄV4471-28/12", "Deltagarnr SPK 4410-28/01",
                                  "Din kursplats DRE 28.4410-2 gäller hela hösten.", "Bokningsnr LER/5520.28/04."])
def test_a_suffixed_code_after_a_places_label_is_the_persons(blank_detector, line):
    value = next(v for v in ("KERA-5521/28-03", "VÄV4471-28/12", "SPK 4410-28/01", "DRE 28.4410-2", "LER/5520.28/04")
                 if v in line)
    assert value in proposed_ids(blank_detector, f"Besked om kursplats\n\n{line}\nVälkommen.\n")


def test_the_bodys_own_booking_after_its_label_stays(blank_detector):
    text = "Lokalbokning\n\nBokningsnr TB-1140 gäller salen.\nDnr KS 2028/0534-3 avser beslutet.\n"
    found = proposed_ids(blank_detector, text)
    assert "TB-1140" not in found and not any("0534" in f for f in found)


@pytest.mark.parametrize("value", ["Keram. 5512-28:3", "Cello 28/6603:2", "Vävn 4471/28 C", "Yoga 3318.28-B",
                                   "TEXT 28:4410 D"])
def test_a_participants_number_led_by_the_activitys_word(value):
    assert activity_led(value)


@pytest.mark.parametrize("value", ["Dnr 2028/0412", "Akt 2207/2028", "Greta 2028-04-12", "Mål 1187-28",
                                   "Rum 12", "Sal 4410/28 gul"])
def test_a_case_a_date_or_a_word_before_a_number_is_no_participants_number(value):
    assert not activity_led(value)


@pytest.mark.parametrize("line, value", [("Kursplats Keram. 5512-28:3.", "Keram. 5512-28:3"),
                                         ("Elevplats Cello 28/6603:2 gäller läsåret.", "Cello 28/6603:2"),
                                         ("Platsnr Yoga 3318.28-B.", "Yoga 3318.28-B"),
                                         ("Plats-id TEXT 28:4410 D.", "TEXT 28:4410 D")])
def test_an_activity_led_number_after_a_places_label_is_the_persons(blank_detector, line, value):
    assert value in proposed_ids(blank_detector, f"Besked om kursplats\n\n{line}\nVälkommen.\n")


def test_activity_led_places_under_a_pupils_place_beside_names_are_masked_whole(blank_detector):
    # one cell a line; the place's header closes the row, the activity's abbreviation no label of the number
    text = ("Antagna elever\nDnr\nElev\nFödd\nElevplats\n"
            "KU 0412/2028\nSolveig Hedlund\n1958-02-11\nVävn 4471/28 A\n"
            "KU 0416/2028\nBirger Alm och Ada Alm\n1961-07-30\nVävn 4471/28 B\n"
            "KU 0420/2028\nTyra Nordh\n1944-12-05\nVävn 4471/28 C\n")
    assert {"Vävn 4471/28 A", "Vävn 4471/28 B", "Vävn 4471/28 C"} <= proposed_ids(blank_detector, text)

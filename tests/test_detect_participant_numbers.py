"""A column of the number a body gives each participant (a course's, a queue's, a race's) beside a column of names
holds each person's own number, masked whatever its shape; a course's code all its rows share and a rank in the
queue stay. Fictional people and numbers; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.participant_numbers import names_participant_number
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

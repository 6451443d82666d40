"""A student's anonymous code for one written examination, after the examination's word for it ("tentakod",
"anonymitetskod", "exam code") in running text, a subject line or a column's header, whatever its shape
("HT26-STAT-0712", "0715"); a course's or a module's code ("kurskod", "provkod") stays. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.exam_codes import names_exam_code
from tests.found_ids import page_ids

LETTER = """Kallelse till omtentamen
Studenten Elin Bergkvist skriver i Lund, anonymitetskod HT26-STAT-0712, i sal B.
Ämne: Tentakod 0715, omskrivning
Exam code: 26-ENG-3309 (Oskar Lindahl, written in Leeds).
Kurskod STA202 och provkod 0010 gäller för alla.
"""

TABLE = """Skrivningar
Skrivningskod
Kurs
Skrivplats
HT26-MAT-0441
MAT101
Uppsala
HT26-MAT-0442
MAT101
Tromsø
"""


@pytest.mark.parametrize("code", ["HT26-STAT-0712", "0715", "26-ENG-3309"])
def test_an_exam_code_after_its_label_is_found_whole(blank_detector, code):
    assert code in page_ids(blank_detector, LETTER)


@pytest.mark.parametrize("code", ["STA202", "0010"])
def test_a_course_or_a_modules_code_stays(blank_detector, code):
    assert not any(code in found for found in page_ids(blank_detector, LETTER))


@pytest.mark.parametrize("code", ["HT26-MAT-0441", "HT26-MAT-0442"])
def test_an_exam_code_column_is_read_by_its_header(blank_detector, code):
    assert code in page_ids(blank_detector, TABLE)


@pytest.mark.parametrize("label", ["Tentakod", "anonymitetskod", "Skrivningskod:", "Exam code", "tenta-id"])
def test_the_examinations_words_for_a_students_code(label):
    assert names_exam_code(label)


@pytest.mark.parametrize("label", ["Kurskod", "Provkod", "Kod", "Tentamen", "Course code"])
def test_other_codes_are_no_students(label):
    assert not names_exam_code(label)

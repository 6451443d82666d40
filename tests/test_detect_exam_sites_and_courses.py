"""A course's code under "Kurs" and an exam's site under "Skrivplats" are no one's identifier or name, in their
column and in a letter's sentence that names them again ("skriver MAT104 den 3 juni på KTH"); the students' exam
codes beside them are masked. Fictional people and codes; tables set by position alone."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.detect.engine import Detector
from redact.detect.thing_cell_texts import thing_cell_texts
from redact.ingest.pdf import extract_page
from tests.pdf_builders import unruled_table

EXAMS = (
    ("Tentakod", "Kurs", "Skrivplats", "Vakt"),
    ("HT26-DIST-0712", "MAT104", "KTH", "B.Ö."),
    ("HT26-DIST-0713", "MAT104", "NTNU Gjøvik", "RuN"),
    ("HT26-DIST-0715", "FYS210", "KTH", "E.Kå."),
)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _page(path: Path):
    with pymupdf.open(path) as doc:
        return extract_page(doc[0])


def test_courses_and_sites_stay_and_the_exam_codes_are_masked(tmp_path, detector):
    page = _page(unruled_table(tmp_path / "exams.pdf", "Skrivningar vid andra lärosäten", EXAMS,
                               (40, 150, 260, 360, 460)))
    found = {f.text.strip() for f in detector.detect(page)}
    assert not {"MAT104", "FYS210", "KTH", "NTNU Gjøvik"} & found, found
    assert {"HT26-DIST-0712", "HT26-DIST-0713", "HT26-DIST-0715"} <= found, found


def test_the_codes_are_known_on_every_page(tmp_path):
    page = _page(unruled_table(tmp_path / "exams.pdf", "Skrivningar vid andra lärosäten", EXAMS,
                               (40, 150, 260, 360, 460)))
    assert {"MAT104", "FYS210", "KTH", "NTNU Gjøvik"} <= thing_cell_texts([page])

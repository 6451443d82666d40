"""An identifier found in a sentence is copied wherever it stands again, across a sentence's line end too; a copy that
would fill two whole lines is a table's two cells read one a line (a model's cell and a serial's) and is not made.
Fictional engines."""

from __future__ import annotations

from redact.resolve.propagate import propagate
from redact.types import Finding


def _copies(found: str, page_one: str, page_two: str) -> list[str]:
    start = page_one.index(found)
    f = Finding(id="p1-0", page=1, start=start, end=start + len(found), text=found, category="ID_NUMBER", score=0.85,
                detector="labelled_id")
    return [c.text for c in propagate([f], {1: page_one, 2: page_two}) if c.page == 2]


def test_a_copy_across_a_sentences_line_end_is_made():
    copies = _copies("Vindra Flow 4.0 VF5519307", "Motor Vindra Flow 4.0 VF5519307 i ansökan.",
                     "Ansökan gäller motorn Vindra Flow\n4.0 VF5519307 som köptes i maj.")
    assert copies == ["Vindra Flow\n4.0 VF5519307"]


def test_a_copy_filling_two_cells_read_one_a_line_is_not_made():
    assert _copies("Vindra Flow 4.0 VF5519307", "Motor Vindra Flow 4.0 VF5519307 i ansökan.",
                   "Ansökan\nMotor\nSerienummer\n3307\nVindra Flow 4.0\nVF5519307\n") == []


def test_a_birth_dates_copy_is_made_whole_though_a_guessed_home_covers_its_month_and_year():
    page = "Sökande | Född\nFarida Noori | 9 Dalw 1366\n\nHon uppger att 9 Dalw 1366 motsvarar 29 januari 1988.\n"
    start = page.index("9 Dalw 1366")
    birth = Finding(id="p1-0", page=1, start=start, end=start + 11, text="9 Dalw 1366", category="DATE_OF_BIRTH",
                    score=0.85, detector="table_column")
    again = page.index("Dalw 1366", start + 11)
    home = Finding(id="p1-1", page=1, start=again, end=again + 9, text="Dalw 1366", category="ADDRESS", score=0.6,
                   detector="learned_spans")
    copies = [(c.category, c.text) for c in propagate([birth, home], {1: page})]
    assert copies == [("DATE_OF_BIRTH", "9 Dalw 1366")]


def test_a_code_joined_by_colons_is_copied_whole_though_a_finding_covers_its_figures():
    # a register's letters and groups joined by colons: a shorter finding over its figures leaves the rest readable
    page = "Tillsynsnr KTR:5512:07.\n\nSubject: my appeal, KTR:5512:07\n"
    start = page.index("KTR:5512:07")
    code = Finding(id="p1-0", page=1, start=start, end=start + 11, text="KTR:5512:07", category="ID_NUMBER",
                   score=0.8, detector="labelled_id")
    again = page.index("5512", start + 11)
    figures = Finding(id="p1-1", page=1, start=again, end=again + 4, text="5512", category="ID_NUMBER", score=0.7,
                      detector="subject_short_id")
    copies = [c.text for c in propagate([code, figures], {1: page})]
    assert copies == ["KTR:5512:07"]

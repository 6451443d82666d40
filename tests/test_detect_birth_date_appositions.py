"""A date of birth written once more after ", den": the paper's calendar, then ours."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text


def _births(text: str, detector) -> set[str]:
    return {f.text for f in detect_text(text, detector).findings if f.category == "DATE_OF_BIRTH"}


@pytest.mark.parametrize("text, date", [
    ("Anteckningar\nKenji Mori är född Heisei 3-nen 4-gatsu 12-nichi, den 12 april 1991;\nhan bor i Ekby.",
     "12 april 1991"),
    ("Li Wei är född Minguo 79.06.02, den 2 juni 1990.", "2 juni 1990"),
    ("Wu Fang, f. 17 Asoj 2041, den 2 oktober 1984.", "2 oktober 1984"),  # the Nepali year runs ahead of ours
])
def test_our_date_after_den_glosses_the_birth_before_it(blank_detector, text, date):
    assert date in _births(text, blank_detector)


@pytest.mark.parametrize("text, date", [
    # a verb after the date: the next event in the same sentence
    ("Ulla Nyberg, född 1968-02-03, den 4 juni 2001 flyttade hon till Ekby.", "4 juni 2001"),
    # both our dates, years apart, end the clause: two events, not one birth
    ("Lars Holm är född 2 maj 1959, den 14 mars 2011.", "14 mars 2011"),
])
def test_another_events_date_after_den_stays(blank_detector, text, date):
    assert date not in _births(text, blank_detector)

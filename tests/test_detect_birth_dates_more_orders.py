"""Birth dates in orders and writings the rules did not read: the day, the month and the year in figures with
single spaces ("7 2 1961"), the year first, then the day and the month ("1984, 9 mars"), another language's ordinal
day ("21ste april 1990", "2ème juin 1975"), the ISO order with the month's short name ("1979-Oct-23"), a Maltese day
("fit-3 ta' Ottubru 1979"), a Hebrew date with its year in letters ("14 Kislev תש״נ") and a Sunday of Advent with
its year, in a birth column and after a birth word. Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text
from tests.found_births import birth_column as _column


def _births(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "DATE_OF_BIRTH"}



@pytest.mark.parametrize("value", ["7 2 1961", "1984, 9 mars", "21ste april 1990", "9de oktober 1983",
                                   "2ème juin 1975", "andra advent 1969", "fit-3 ta' Ottubru 1979",
                                   "14 Kislev תש״נ", '9 Sivan ה\'תשמ"ט'])
def test_a_birth_cell_in_another_order_or_writing(blank_detector, value):
    assert value in _births(_column(value), blank_detector)


@pytest.mark.parametrize("sentence, date", [
    ("Kasper är född 1984, 9 mars och bor i Vallsta.", "1984, 9 mars"),
    ("Rut är född 7 2 1961 enligt kyrkboken.", "7 2 1961"),
    ("Maarten är född 21ste april 1990 i Gent.", "21ste april 1990"),
    ("Hedda föddes första advent 1969 i Ljusdal.", "första advent 1969"),
    ("Sixten föddes julaften 1950, sa hon.", "julaften 1950"),
    ("Marija är född fit-3 ta' Ottubru 1979 i Rabat.", "fit-3 ta' Ottubru 1979"),
    ("Yael är född 14 Kislev תש״נ enligt intyget.", "14 Kislev תש״נ"),
    # the year first in the ISO order with the month's short name, as a system prints it
    ("Leila är född 1979-Oct-23 enligt passet.", "1979-Oct-23"),
    ("Dana, born 1990/Feb/07, is the applicant.", "1990/Feb/07"),
    # an English sentence that states the date with "is" or "was" after the birth words, in other calendars too
    ("Noa wrote: My date of birth is 3 Tishrei 5752, and my mother's too.", "3 Tishrei 5752"),
    ("Her date of birth was 14 Meskerem 1975 E.C. according to the card.", "14 Meskerem 1975 E.C."),
    # where the date was read, then a colon
    ("Hennes födelsedag enligt intyget: 9 Nisan 5752.", "9 Nisan 5752"),
])
def test_a_birth_date_after_the_birth_word(blank_detector, sentence, date):
    assert date in _births(sentence, blank_detector)


def test_a_year_first_is_no_date_when_another_year_follows_the_month(blank_detector):
    births = _births("Kasper är född 1984, 9 mars 2003 flyttade han till Vallsta.", blank_detector)
    assert not any("mars" in b for b in births)


def test_a_year_before_the_turkish_word_for_one_person_born_then(blank_detector):
    births = _births("Kardeşi Emre Yıldız, 1983 doğumlu, bor i Kungsbacka.", blank_detector)
    assert "1983" in births


def test_a_year_before_the_turkish_word_for_a_cohort_is_no_birth(blank_detector):
    assert not _births("Kursen tar emot 1990 doğumlular och äldre.", blank_detector)

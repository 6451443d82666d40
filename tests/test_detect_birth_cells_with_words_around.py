"""Birth columns whose cells keep a word or a bracket around the date, as a clerk copies it from the person's paper
("1983 doğumlu", "12.05.1971 г.р.", "nac. 03/08/91", "11/02/1987 (AU)"), an age with the year in brackets, and
the date shapes a birth column may hold that the main pattern does not: a month's short name with a two-digit year,
a Greek month between dashes, a comma after the month, the Uzbek year first, a feast day, an Ethiopian date in
figures, an Afghan month and year, an Iranian year alone. Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.detect.table_header_words import BIRTH
from redact.detect.table_birth_values import birth_cell_span
from redact.detect.table_values import value_fits
from redact.pipeline import detect_text


def _found(det) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in det.findings}


@pytest.mark.parametrize("value, date", [
    ("1983 doğumlu", "1983"), ("12.05.1971 г.р.", "12.05.1971"), ("03.02.1989 р.н.", "03.02.1989"),
    ("11/02/1987 (AU)", "11/02/1987"), ("1358 (tazkira)", "1358"), ("17.09.1992-ci il", "17.09.1992"),
    ("nac. 03/08/91", "03/08/91"), ("ngày 5/11/1979", "5/11/1979"), ("nyfödd 2024-02-11", "2024-02-11"),
    ("f. på julafton 1948", "julafton 1948"), ("61 let (1964)", "1964"),
])
def test_the_words_around_a_birth_cells_date_stay_readable(value, date):
    assert value_fits(BIRTH, value, "Född")
    a, b = birth_cell_span(value, "Född")
    assert value[a:b] == date


@pytest.mark.parametrize("value", [
    "23 Feb 88", "4-Μαρ-1966", "2nd March, 1990", "1988-yil 7-aprel", "midsommarafton 1961", "nyårsdagen 1949",
    "21.3.1975 E.C.", "Jawza 1368", "1361", "1975 ж. 21 қазан",
])
def test_a_birth_column_takes_these_dates_whole(value):
    assert value_fits(BIRTH, value, "Född")
    assert birth_cell_span(value, "Född") == (0, len(value))


@pytest.mark.parametrize("value", ["le 14 février 1976", "el 2 de julio de 1983", "il 9 aprile 1969"])
def test_the_article_a_foreign_date_is_written_with_is_masked_with_it(value):
    assert value_fits(BIRTH, value, "Född")
    assert birth_cell_span(value, "Född") == (0, len(value))


@pytest.mark.parametrize("value", ["23 Gata 88", "1450", "Kommunen (AU)", "Asad 1420", "Hamn 1368"])
def test_no_birth_value_in_these_cells(value):
    assert not value_fits(BIRTH, value, "Född")


def test_a_birth_table_masks_the_date_and_not_its_label(blank_detector):
    text = ("Ärende | Sökande | Född | Handling\n"
            "HL-114 | Gulnara Seitkali | 1983 doğumlu | pass N7720514\n"
            "HL-121 | Pavlo Demchuk | 12.05.1971 г.р. | pass FE551302\n"
            "HL-128 | Aroha Ngata | 11/02/1987 (AU) | pass LA0931822\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("1983") == "DATE_OF_BIRTH" and found.get("12.05.1971") == "DATE_OF_BIRTH", found
    assert found.get("11/02/1987") == "DATE_OF_BIRTH", found
    assert not any("doğumlu" in t or "(AU)" in t for t in found), found

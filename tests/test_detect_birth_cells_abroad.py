"""Birth columns as a clerk fills them from foreign papers: a header in two languages joined by a slash, a cell
that keeps the paper's birth label before its date ("urodz.", "D.T.:", "Taariikhda:", "b."), a year with the age in
brackets, a Hungarian month cut short, a Latvian "g.", a day written out, a Kurdish-calendar date. Fictional people;
the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.detect.table_header_words import BIRTH
from redact.detect.table_headers import header_kind
from redact.detect.table_birth_values import birth_article
from redact.detect.table_values import value_fits
from redact.pipeline import detect_text


def _found(det) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in det.findings}


@pytest.mark.parametrize("header", ["Fødselsdato / Geburtsdatum", "Geburtsdatum / date of birth",
                                    "Data urodzenia / Syntymäaika", "Data ur. / Syntymäaika"])
def test_a_birth_header_in_two_languages_names_a_birth_column(header):
    assert header_kind(header) == BIRTH


@pytest.mark.parametrize("value, label", [
    ("urodz. 22.06.1964", "urodz. "), ("D.T.: 17.09.1981", "D.T.: "), ("Taariikhda: 4/2/1990", "Taariikhda: "),
    ("b. 1972", "b. "), ("dz. 1985. g. 9. jūnijā", "dz. "), ("née le 3/8/1969", "née le "),
    ("szül. 2016.04.19.", "szül. "), ("* 1977", "* "), ("* 03.08.1964", "* "),
])
def test_a_foreign_birth_label_before_the_date_is_no_part_of_it(value, label):
    assert value_fits(BIRTH, value, "Född")
    assert value[:birth_article(value)] == label


@pytest.mark.parametrize("value", ["1979 (46 lat)", "1990 (35 år)", "1981. febr. 3.", "1985. g. 9. jūnijā",
                                   "tredje juni 1941", "den tjugoförsta mars 1950", "7 Gelawêj 2693",
                                   "22 Xakelêwe 2702", "4ê Gulanê 1990", "21ê Îlonê 1987"])
def test_a_birth_column_takes_more_written_forms(value):
    # (the Kurmanji day keeps its ezafe, as the month does: "4ê Gulanê 1990")
    assert value_fits(BIRTH, value, "Född")


@pytest.mark.parametrize("value", ["b. Kalle", "tredje juni", "7 Gelawêj 2790", "40 Gelawêj 2693", "urodz. Gdańsk"])
def test_no_date_after_a_label_or_no_real_day_is_no_birth_value(value):
    assert not value_fits(BIRTH, value, "Född")


def test_a_bilingual_birth_header_and_labelled_cells_in_a_text_table(blank_detector):
    text = ("Dnr | Sökande | Fødselsdato / Geburtsdatum | Legitimation\n"
            "RB 3301-27 | Henrike Vogt | 09.12.1966 | Reisepass C8H2K4L77\n"
            "RB 3318-27 | Tomasz Lis | urodz. 22.06.1964 | dowód ABX 552190\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("09.12.1966") == "DATE_OF_BIRTH", found
    assert found.get("22.06.1964") == "DATE_OF_BIRTH", found
    assert "urodz. 22.06.1964" not in found


def test_a_two_language_birth_header_of_five_words_glued_to_the_next_header():
    from redact.detect.table_header_lines import header_parts

    assert header_parts("Geburtsdatum / date of birthIdentitet") == ["Geburtsdatum / date of birth", "Identitet"]


def test_a_five_word_two_language_birth_header_opens_a_text_table(blank_detector):
    text = ("Mål | Part | Geburtsdatum / date of birth | Identitet\n"
            "T 2210-27 | Lotte Brandt | 2 Kislev 5747 | 551204119\n"
            "T 2210-27 | Hélène Marchal | 1er juin 1971 | NIR 2 71 06 75 112 208 19\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("2 Kislev 5747") == "DATE_OF_BIRTH", found
    assert found.get("1er juin 1971") == "DATE_OF_BIRTH", found


def test_the_swahili_word_for_the_date_stays_inside_the_birth_cells_mark():
    assert value_fits(BIRTH, "tarehe 9 Machi 1983", "Född") and birth_article("tarehe 9 Machi 1983") == 0


@pytest.mark.parametrize("value, masked", [
    ("17-okt-84", "17-okt-84"),  # a month's short name between dashes, the year by its last two digits
    ("9 de octubre, 1983", "9 de octubre, 1983"),  # a Spanish date with a comma before the year
    ("1979 nian 11 yue 3 ri", "1979 nian 11 yue 3 ri"),  # a Chinese paper's date in pinyin
    ("12/8/1972 (âm lịch)", "12/8/1972"),  # the lunar calendar's mark in brackets, two words
    ("21/4/1411 AH", "21/4/1411"),  # an Islamic-calendar date in figures with its mark
    ("s. -81", "-81"),  # the Finnish birth label before a year by its last two digits
    ("1919, död 2025", "1919"),  # a dead person's row: the death's year after the birth's
    ("Dangi 4318", "Dangi 4318"),  # the Korean Dangi era's year (1985)
    ("11 June B.E. 2514", "11 June B.E. 2514"),  # the Buddhist era's mark before its year
    ("Minguo 68.11.23", "Minguo 68.11.23"),  # the Taiwanese Republic's era (1979)
    ("1968 թ. հոկտեմբերի 5", "1968 թ. հոկտեմբերի 5"),  # an Armenian paper's year first, the month before the day
    ("1992 оны 11 сарын 7", "1992 оны 11 сарын 7"),  # a Mongolian paper's year and month genitives
    ("Ika-21 ng Marso 1977", "Ika-21 ng Marso 1977"),  # a Tagalog day's ordinal and month
    ("helmikuun 9. päivä 1950", "helmikuun 9. päivä 1950"),  # a Finnish month's genitive and the day's word
    ("9 päivä helmikuuta 1950", "9 päivä helmikuuta 1950"),  # the day, its word and the month's partitive
    ("1944, 82 år", "1944"),  # the person's age after the year stays readable
])
def test_a_birth_column_takes_dates_of_more_papers_and_calendars(value, masked):
    from redact.detect.table_birth_values import birth_cell_span

    assert value_fits(BIRTH, value, "Född")
    a, b = birth_cell_span(value, "Född")
    assert value[a:b] == masked


@pytest.mark.parametrize("value", ["17-xyz-84", "1979 nian 14 yue 3 ri", "Dangi 5100", "11 June B.E. 1990",
                                   "31/4/1411 AH", "s. 81", "Minguo 68.13.23", "1992 оны 14 сарын 7",
                                   "Ika-4 ng Kahon 1977", "1968 թ. Ekgatan 5", "1944, 82"])
def test_no_month_or_no_living_persons_year_in_those_shapes(value):
    assert not value_fits(BIRTH, value, "Född")


@pytest.mark.parametrize("value", [
    "1983.7.21.",  # the year first, the month and the day in one digit, the Hungarian closing dot
    "1991.11.3.",
    "22/08/'69",  # the year by its last two digits after an apostrophe
    "5.10.’84",
    "tjugosjunde sept. 1953",  # the day in Swedish words, the month by its short name and its dot
    "trettioförsta dec. 1948",
])
def test_a_birth_column_takes_a_closing_dot_an_apostrophe_year_and_a_short_month_after_a_worded_day(value):
    from redact.detect.table_birth_values import birth_cell_span

    assert value_fits(BIRTH, value, "Född")
    assert birth_cell_span(value, "Född") == (0, len(value))

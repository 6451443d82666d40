"""Birth words by their stem: any word built on "född" or "födelse-" / "födsel-" before a date ("födelsetidpunkt",
"födelseuppgiften", "nyfödd", "förstfödda", "fött"), a birth's month and year alone ("född i Mora i mars 1987"), a
date with one-digit parts, spaces or a two-digit year ("1993-4-7", "1992 04 03", "3 april 92"; a decade is none), a
column headed by a birth word however the form spells it ("Födelse-datum", "Ålder/född", "F. dat.", "Födelsetid"),
and a year beside an age that adds up to this year ("12 år (2013)", "1981 (44 år)").
A birth's place, number or weight and the food words keep their dates and numbers. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.table_header_words import BIRTH
from redact.detect.table_headers import header_kind
from redact.types import Page

TEXT = """Anteckningar
Sökanden, född i Mora i mars 1987, har tidigare haft bidrag.
Hennes son är född i maj -09 och går i skolan.
Födelsetidpunkt: 2021-06-30 kl. 04.12
Enligt registret är hans födelseuppgift 1979-10-08.
Nyfödd 2025-11-30, pojke, vikt 3 650 g.
Tvillingarna, förstfödda 2018-04-21, har plats på förskolan.
Uppgiven födselsdag 4/11 1966 enligt passet.
Födelseort Malmö, bevis utfärdat 2020-02-14.
Födelsebeviset är daterat 2019-03-02.
Djuret fick föda 2024-05-01 enligt journalen.
Mötet i mars 2026 hölls i Mora.
Han är född 1992 04 03 i Kiruna.
Hon är född 1993-4-7 enligt intyget.
Mannen, född 3 april 92, har sökt.
Barnet är fött 2019-05-02.
Hennes far är född på 1950-talet.
"""


@pytest.fixture(scope="module")
def births(blank_detector) -> list[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return [f.text for f in blank_detector.detect(page) if f.category == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("date", ["mars 1987", "maj -09", "2021-06-30", "1979-10-08", "2025-11-30", "2018-04-21",
                                  "4/11 1966", "1992 04 03", "1993-4-7", "3 april 92", "2019-05-02"])
def test_a_date_after_any_birth_word_is_the_birth(births: list[str], date: str) -> None:
    assert date in births


@pytest.mark.parametrize("date", ["2020-02-14", "2019-03-02", "2024-05-01", "mars 2026", "1950"])
def test_a_birth_place_a_birth_certificate_or_food_dates_no_birth(births: list[str], date: str) -> None:
    assert date not in births


@pytest.mark.parametrize("header", ["Födelse-datum", "Ålder/född", "F. dat.", "Föd.dat.", "Födelsetid",
                                    "Födelsedag och år", "Födda", "Moderns födelsetid", "Födelsedatum*",
                                    # cut short to fit a narrow column
                                    "Födelsed.", "Barnets födelsed.",
                                    # the participle itself cut short, as running text writes "f. 1951"
                                    "Föd.", "f.", "F.", "Barnet f."])
def test_a_header_with_a_birth_word_heads_birth_dates(header: str) -> None:
    assert header_kind(header) == BIRTH


@pytest.mark.parametrize("header", ["Födelseort", "Födelseland", "Födelsenummer", "Födelsedatum Grupp", "Föda", "F"])
def test_a_birth_place_or_number_heads_no_birth_dates(header: str) -> None:
    assert header_kind(header) != BIRTH


TABLE = """Deltagare i kursen
| Namn | Födelse-datum | Kommun
| Lina Rosvall | 1990-03-02 | Leksand
| Omar Haddou | 1985-07-19 | Rättvik
| Barn | F. dat. | Skola
| Tilde | 2014-09-23 | Ekskolan
| Elev | Födelsed. | Folkbokförd | Status
| Vilgot Strand | 12.04.2016 | Ängsvägen 3, 731 30 Köping | utreds
| Hedda Lund | 7 juni 2015 | Torggatan 8, 731 31 Köping | hemma
"""


def test_dates_in_a_column_under_a_spelled_birth_header_are_births(blank_detector) -> None:
    page = Page(number=1, text=TABLE, words=(), width=595, height=842)
    found = {f.text for f in blank_detector.detect(page) if f.category == "DATE_OF_BIRTH"}
    assert {"1990-03-02", "1985-07-19", "2014-09-23", "12.04.2016", "7 juni 2015"} <= found


AGES = """Hushållet
| Maja Nyqvist | dotter | 12 år (2013)
Hans mor, 87 år (1938), bor kvar.
Passageraren Hilde, född 1981 (44 år), klarade sig.
Tuva, 1990, 35 år, har ansökt.
Avtalet gällde i 3 år (2019) och förlängdes.
Projektet pågick 3 år (2019–2022).
Sonen, 8 år (2001), är inte rätt uppgift.
"""


@pytest.fixture(scope="module")
def years(blank_detector) -> list[str]:
    page = Page(number=1, text=AGES, words=(), width=595, height=842)
    return [f.text for f in blank_detector.detect(page) if f.category == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("year", ["2013", "1938", "1981", "1990"])
def test_a_year_that_adds_up_with_the_age_beside_it_is_the_birth_year(years: list[str], year: str) -> None:
    assert year in years


@pytest.mark.parametrize("year", ["2019", "2001"])
def test_a_length_of_time_or_a_year_that_disagrees_with_the_age_is_no_birth(years: list[str], year: str) -> None:
    assert year not in years


@pytest.mark.parametrize("header", ["Barnet född", "Modern född", "Fadern född", "Sökanden född", "Makan född"])
def test_whose_birth_in_the_definite_form_heads_birth_dates(header: str) -> None:
    assert header_kind(header) == BIRTH


@pytest.mark.parametrize("header", ["Antal födda", "Kundnummer Född", "Barn Född"])
def test_a_count_of_births_or_another_header_cell_before_the_birth_word_heads_no_birth_dates(header: str) -> None:
    # "Kundnummer Född", "Barn Född": two header cells read as one line, each its own column
    assert header_kind(header) != BIRTH


def _dates_of_birth(detector, text: str) -> list[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return [f.text for f in detector.detect(page) if f.category == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("text, date", [
    ("Uppgiven ålder: juni 2012. Bedömning pågår.", "juni 2012"),
    ("Ålder: 13 år enligt kortet, enligt honom själv oktober 2011.", "oktober 2011"),
    ("Uppgiven ålder: 12 år, enligt modern 14 februari 2013.", "14 februari 2013"),
])
def test_an_age_given_as_a_month_and_year_or_a_date_is_the_birth(blank_detector, text, date):
    assert date in _dates_of_birth(blank_detector, text)


@pytest.mark.parametrize("text, date", [
    ("Ålder: 15 år, enligt beslutet 2024-03-01 får han stanna.", "2024-03-01"),  # the decision's date
    ("Ålder vid mätningen i mars 2024 var 15 år.", "mars 2024"),  # when the age was measured
])
def test_a_date_beside_an_age_that_is_no_version_of_the_birth_stays(blank_detector, text, date):
    assert date not in _dates_of_birth(blank_detector, text)


AGES_ABROAD = """Deltagare
| Zofia Nowak | 10 år (ur. 2015) | medlem
| Kerem Aydın | 9 år (d. 2016) | medlem
| Saga Berg | 14 år (mars 2011) | medlem
Kursen pågick 3 år (ca. 2019) i Malmö.
"""


@pytest.fixture(scope="module")
def years_abroad(blank_detector) -> list[str]:
    page = Page(number=1, text=AGES_ABROAD, words=(), width=595, height=842)
    return [f.text for f in blank_detector.detect(page) if f.category == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("year", ["2015", "2016", "mars 2011"])
def test_a_year_after_a_short_birth_word_or_a_month_beside_an_age_is_the_birth(years_abroad, year) -> None:
    assert year in years_abroad


def test_a_year_after_another_short_word_beside_a_length_of_time_is_no_birth(years_abroad) -> None:
    assert "2019" not in years_abroad


def _of_turned(text: str) -> list[str]:
    from redact.detect.date_of_birth import DateOfBirthRecognizer

    return [text[r.start:r.end] for r in DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


def test_the_birth_date_beside_the_age_turned_is_a_birth():
    import datetime as dt

    year = dt.date.today().year
    text = f"Hej! Jag fyller 60 den 3.11.{year - 60}, och festen hålls i bygdegården."
    assert f"3.11.{year - 60}" in _of_turned(text)
    text = f"Mamma fyllde 80 år den 12 april {year - 80} och bjöd grannarna."
    assert f"12 april {year - 80}" in _of_turned(text)


def test_the_birthdays_own_day_stays_readable():
    import datetime as dt

    year = dt.date.today().year
    assert _of_turned(f"Jag fyller 60 den 3.11.{year} och har hyrt lokalen.") == []
    assert _of_turned("Föreningen fyller 75 den 2 maj 1951 enligt stadgarna.") == []

"""A whole date written near a personnummer or a samordningsnummer that is the birth date the number encodes is its
holder's birth, whatever words (in any language) stand around it; another date, a run of digits or a date past a
blank line is not. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, expected", [
    # a German sentence puts its birth word after the date
    ("Meine Frau Greta Vogel ist am 2. Mai 1955 zur Welt gekommen, ihr Personnummer\n19550502-3977.", "2. Mai 1955"),
    # a samordningsnummer's day is sixty more than the birth's
    ("Dawit har samordningsnummer 410381-4192; datumet i hans papper motsvarar 21 mars 1941.", "21 mars 1941"),
    ("Personnummer 680914-2232. Uppgiven dag enligt kyrkboken: 14.9.1968.", "14.9.1968"),
])
def test_a_date_that_is_a_personnummers_birth_is_a_birth_date(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Personnummer 680914-2232. Ansökan kom in den 15 september 1968.",  # another day
    "Personnummer 680914-2232, kundnummer 680914 i registret.",  # a run of digits, no date written for a reader
    "Personnummer 680914-2232.\n\nMötet den 14 september 1968 hölls i Dalby.",  # another paragraph
    "Personnummer 680914-2231 och den 14 september 1968.",  # no Luhn digit: no personnummer
])
def test_no_matching_personnummer_in_the_passage_is_no_birth(text):
    assert not found(text)


def test_dates_are_tried_only_where_one_can_begin_and_found_as_everywhere():
    """Trying the date pattern only at digits, dashes and words a weekday, an ordinal or a month can open with
    finds what trying it at every character finds, whatever the case of the words and however re folds them."""
    from redact.detect.birth_dates_of_numbers import _DATE, _dates_within

    text = ("Sökande: Ingrid Holmqvist, 19550502-3977, FÖDD TISDAG 2 MAJ 1955; ärende 4 den tolfte mars -87.\n"
            "Geboren am 3. März 1979 / MÄRZ 1979, ſeptember 3, 1987, KASIM 1990, Kasım 1990, İyun 1988, "
            "ΜΑΪΟΥ 1961, Μαΐου 1961, 12.III.1987, '87, 12-Mar-1987, tue, 3 march 1987, ÅR 1990 µ 2 maj 1955.")
    for lo, hi in ((0, len(text)), (5, 120), (40, len(text) - 7), (97, 200)):
        assert [(m.start(), m.end()) for m in _dates_within(text, lo, hi)] == \
            [(m.start(), m.end()) for m in _DATE.finditer(text, lo, hi)]


@pytest.mark.parametrize("text, expected", [
    # the year in two digits after a dash, the number after the date
    ("Vi träffade Sune Ålund, född 2 maj -55, och hans nummer 19550502-3977 i kön.", "2 maj -55"),
    # the year's last digits in Arabic-Indic digits: no "55" as 0-9 write it, the date is sought all the same
    ("Leyla Demir uppgav 2 maj 19٥٥ som dagen; personnummer 19550502-3977.", "2 maj 19٥٥"),
])
def test_a_passage_is_passed_over_only_when_it_cannot_write_the_birth_year(text, expected):
    assert expected in found(text)


def test_a_passage_without_the_years_digits_holds_no_birth_of_the_number():
    assert not found("Personnummer 19550502-3977. Besöket den 2 maj 1956 gällde en annan sak.")

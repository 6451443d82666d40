"""A birth date written with spaced dots keeps the dot after its year when the sentence goes on ("14. 9. 1979. och",
as Bosnian, Croatian and Serbian papers write it); a birth column's date in the ISO order with a Roman month
("1961-XI-08"). Fictional people."""

from __future__ import annotations

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.table_headers import BIRTH
from redact.detect.table_values import value_fits

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


def test_spaced_dots_keep_the_years_dot_when_the_sentence_goes_on():
    assert found("Mirza Hodžić är född 3. 11. 1984. och bor i Sundsvall.") == ["3. 11. 1984."]


def test_a_sentences_full_stop_stays_out_of_the_date():
    assert found("Mirza Hodžić är född 3. 11. 1984.") == ["3. 11. 1984"]


def test_a_birth_column_takes_the_iso_order_with_a_roman_month():
    assert value_fits(BIRTH, "1958-IV-23", "Född")
    assert value_fits(BIRTH, "1971/XII/02", "Födelsedatum")
    assert not value_fits(BIRTH, "1971-XII-41", "Född")

"""A birth date with the day's ordinal ("2:a mars 1984", "the 9th of June 1966"), run together as military and airline
papers write it ("17SEP2015"), or in the ISO order with a Roman month ("1958-IV-23"), in a birth column's cell and
after a birth word in running text. Fictional people."""

from __future__ import annotations

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.table_headers import BIRTH
from redact.detect.table_values import value_fits

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


def test_a_birth_column_takes_the_days_ordinal():
    assert value_fits(BIRTH, "2:a mars 1984", "Född")
    assert value_fits(BIRTH, "31:a december 1959", "Födelsedatum")
    assert value_fits(BIRTH, "the 9th of June 1966", "Född")


def test_a_birth_column_takes_the_compact_military_form():
    assert value_fits(BIRTH, "17SEP2015", "Född")
    assert value_fits(BIRTH, "02FEB88", "Födelsedatum")
    assert not value_fits(BIRTH, "17ABC2015", "Född")


def test_running_text_takes_the_compact_form_after_a_birth_word():
    assert found("Dottern Maja Öberg, född 17SEP2015, går i förskolan.") == ["17SEP2015"]


def test_running_text_takes_the_iso_order_with_a_roman_month():
    assert found("Hennes bror Olle Grip är född 1958-IV-23 och bor i Luleå.") == ["1958-IV-23"]
    assert found("Ingrid Sahl, född 1971/XII/02, bor i Kalmar.") == ["1971/XII/02"]
    assert found("Olle Grip är född 1958-XIV-23.") != ["1958-XIV-23"]

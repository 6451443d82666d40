"""A written date that is the birth date of a personnummer beside it is masked without the weekday and "den" the
sentence writes before it ("tisdagen den 4 maj 1971"): the day of the week is the sentence's. Fictional people."""

from __future__ import annotations

from redact.detect.birth_dates_of_numbers import BIRTH_DATE_OF_NUMBER


def found(text: str) -> list[str]:
    rule = BIRTH_DATE_OF_NUMBER
    out = []
    for m in rule.regex.finditer(text):
        verdict = rule.check(text, m)
        if verdict is not None:
            out.append(text[verdict.start:verdict.end])
    return out


def test_the_weekday_before_the_date_stays_out():
    text = "Jag kom till världen lördagen den 19 juni 1965 i Visby och har personnummer 650619-2381."
    assert found(text) == ["19 juni 1965"]

"""A whole date in brackets right after a person's full name is the birth date ("Leila Haddad (14 mars 1987)");
an organisation's or a meeting's date in brackets, and this year's date beside a name, are not. Fictional text;
the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


@pytest.mark.parametrize("text,value", [
    ("Leila Haddad (14 mars 1987) har sökt praktik.", "14 mars 1987"),
    ("Volodymyr Shevchuk (1979-11-05) deltar från januari.", "1979-11-05"),
    ("Ana María Quispe (2 augusti 2001) talar spanska.", "2 augusti 2001"),
])
def test_a_date_in_brackets_after_a_full_name_is_a_birth_date(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "DATE_OF_BIRTH"


@pytest.mark.parametrize("text,value", [
    ("Kommunstyrelsen Lönnbacka (2019-05-14) beslutade om taxan.", "2019-05-14"),
    ("Leila Haddad (2026-11-02) ringde om sin ansökan.", "2026-11-02"),
])
def test_an_acts_date_in_brackets_is_no_birth_date(blank_detector, text, value):
    assert found(blank_detector, text).get(value) != "DATE_OF_BIRTH"


@pytest.mark.parametrize("value", ["den 9 oktober 1958", "9 okt -58", "October 9, 1958"])
def test_a_birth_date_in_words_in_a_birth_column(blank_detector, value):
    from redact.pipeline import detect_text

    text = f"Namn | Född | Ort\nGunvor Ahlqvist | {value} | Ljusdal\nTomislav Perić | 1961-03-30 | Bollnäs\n"
    found = {f.text: f.category for f in detect_text(text, blank_detector).findings if f.status != "rejected"}
    date = value.removeprefix("den ")  # the article stays readable outside the mask, as "född" does
    assert any(date in t and c == "DATE_OF_BIRTH" for t, c in found.items()), found


def test_a_birth_column_headed_by_dotted_letters(blank_detector):
    from redact.pipeline import detect_text

    text = "Name | D.O.B. | Town\nGrace Achieng | 30 January 1979 | Kisumu\nPeter Otieno | 1981-06-14 | Nakuru\n"
    found = {f.text: f.category for f in detect_text(text, blank_detector).findings if f.status != "rejected"}
    assert any("30 January 1979" in t and c == "DATE_OF_BIRTH" for t, c in found.items()), found

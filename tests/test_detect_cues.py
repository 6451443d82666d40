"""Personal data found by its surroundings: a street a few words after a residence cue, bank
numbers in a column headed "Bankgiro", a recipient line above an address, a name after a role
and a copula. Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _found(text: str, detector) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in detect_text(text, detector).findings}


@pytest.mark.parametrize("text, street", [
    ("Vid samtalet berättade eleven att hon bor hos sin moster på\nRönnbärsgatan sedan i somras.", "Rönnbärsgatan"),
    ("Pojken bor numera hos pappa på Videvägen medan lägenheten renoveras.", "Videvägen"),
    # the line broken between the cue and its preposition
    ("Jag hyr ingen bil och bor\npå Hjortronstigen sedan två år.", "Hjortronstigen"),
])
def test_a_street_a_few_words_after_a_residence_cue(blank_detector, text, street):
    assert _found(text, blank_detector).get(street) == "ADDRESS"


def test_a_street_after_work_is_not_a_residence(blank_detector):
    assert "Storgatan" not in _found("Hon bor i Ornäs men arbetar på Storgatan.", blank_detector)


SUPPLIERS = "\n".join([
    "Utbetalningar, oktober",
    "Mottagare", "Form", "Personnummer", "Plusgiro",
    "Leyla Aydın Städ", "EF", "19820314-3947", "47 11 63-2",
    "Tomas Wikander Trädgård", "EF", "19690921-2159", "63 58 04-7",
    "",
    "Utbetalningarna görs den 25:e.",
])


@pytest.mark.parametrize("number", ["47 11 63-2", "63 58 04-7"])
def test_bank_numbers_under_a_plusgiro_header(blank_detector, number):
    assert _found(SUPPLIERS, blank_detector).get(number) == "BANK_ACCOUNT"


def test_the_whole_recipient_line_above_an_address(blank_detector):
    text = "Beslut 2026-11-02\n\nAyeesha Abdi Hassan\nLinblomsvägen 12 lgh 1003\n451 52 Ornäs\n\nDu beviljas bistånd."
    found = _found(text, blank_detector)
    assert found.get("Ayeesha Abdi Hassan") == "PERSON"


def test_a_name_after_a_role_and_a_copula(blank_detector):
    text = "Assistansen utförs av ett bolag i Ornäs. Kontaktperson där är Pornthip Chaiyaporn, som nås via bolaget."
    assert _found(text, blank_detector).get("Pornthip Chaiyaporn") == "PERSON"

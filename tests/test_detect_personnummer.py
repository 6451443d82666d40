"""Personnummer detector: hits with exact spans, and near misses (wrong Luhn, impossible dates)."""

import datetime

import pytest

from redact.detect.patterns import luhn_ok
from redact.detect.personnummer import PersonnummerRecognizer

REC = PersonnummerRecognizer()


def spans(text: str) -> list[tuple[str, float]]:
    return [(text[r.start : r.end], r.score) for r in REC.analyze(text, ["PERSONNUMMER"], nlp_artifacts=None)]


HITS = [
    ("Sökande: Lena Ek, 840312-1232, Storgatan 1.", "840312-1232"),
    ("Personnummer 8403121232 enligt ansökan.", "8403121232"),
    ("pnr:19840312-1232", "19840312-1232"),
    ("Pnr 198403121232.", "198403121232"),
    ("Född 1912 enligt folkbokföringen: 121212+1212.", "121212+1212"),
    ("samordningsnummer 840372-1239 tilldelat", "840372-1239"),  # day 12 + 60
    ("Barnet, 000229-1235, skottdagsbarn.", "000229-1235"),  # 2000 was a leap year
    ("Personnummer 051115–3215 (tankstreck)", "051115–3215"),
    ("(811228-9874)", "811228-9874"),
    ("Personnummer: 840312 - 1232", "840312 - 1232"),
    ("Sökanden har personnummer 840312-\n1232 enligt bilaga.", "840312-\n1232"),  # wrapped line
]

NEAR_MISSES = [
    "Personnummer 840312-1233 (fel kontrollsiffra).",
    "Personnummer 841312-1232 (månad 13).",
    "Personnummer 840332-1230 (dag 32).",
    "Personnummer 190229-1234: varken 1919 eller 2019 var skottår.",
    "Med plus (över 100 år): 000229+1235, men 1900 var inget skottår.",
    "Samordningsnummer 840392-1236 (dag 32 + 60).",
    "Organisationsnummer 556677-8899.",
    "Fakturanummer 98403121232 och 8403121232000.",
    "Ärende 2024-840312-1232-5 är en lång kod.",
    "Telefon 0701234569.",  # a valid date and Luhn, but labelled as a phone number
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_has_exact_span_and_high_score(text, expected):
    found = spans(text)
    assert [t for t, _ in found] == [expected]
    assert found[0][1] >= 0.85


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_a_hit(text):
    assert spans(text) == []


def test_near_miss_table_really_has_wrong_check_digits():
    # The Luhn near miss only proves something if its digit is wrong and the fixed one right.
    assert not luhn_ok("8403121233") and luhn_ok("8403121232")


def test_context_word_raises_score_and_reason_says_why():
    bare = REC.analyze("Uppgiften 840312-1232 kom in.", ["PERSONNUMMER"])[0]
    labelled = REC.analyze("Personnummer 840312-1232 kom in.", ["PERSONNUMMER"])[0]
    assert labelled.score > bare.score
    assert "Luhn" in bare.recognition_metadata["reason"]
    assert "personnummer" in labelled.recognition_metadata["reason"]


def test_samordningsnummer_is_named_in_reason():
    r = REC.analyze("840372-1239", ["PERSONNUMMER"])[0]
    assert "samordningsnummer" in r.recognition_metadata["reason"]


def test_two_numbers_on_one_line():
    text = "Parter: 840312-1232 och 811228-9874."
    assert [t for t, _ in spans(text)] == ["840312-1232", "811228-9874"]


def test_other_entity_requested_gives_nothing():
    assert REC.analyze("840312-1232", ["PHONE"]) == []


def test_twelve_digits_dated_after_today_are_a_personnummer():
    # A document dated ahead of the machine's clock: the written century leaves no doubt about the year.
    year = datetime.date.today().year + 1
    ten = f"{year % 100:02d}0202442"
    check = next(d for d in "0123456789" if luhn_ok(ten + d))
    number = f"{year}0202-442{check}"
    assert [t for t, _ in spans(f"Barnet, personnummer {number}, inskrevs.")] == [number]
    # without the century the year is read as the last century's, as before
    assert [t for t, _ in spans(f"Barnet, {number[2:]}, inskrevs.")] == [number[2:]]

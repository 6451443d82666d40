"""A vehicle's or a boat's make and model after its noun is no person ("Personbil Saab 9-3", "Båt Linder 440"); a
person named beside the thing stays masked. Fictional people and things; the shipped pipeline, whose model reads the
noun and the make as a first name and a surname, and the spans alone."""

from __future__ import annotations

import pytest

from redact.detect.thing_makes import make_spans
from redact.document_detection import detect_text

ASSETS = """Tillgångar i dödsboet efter Gunvor Ekdahl
Tillgång
Uppgift
Värde, kr
Personbil Saab 9-3
reg.nr MLT 21C
18 000
Båt Buster XL
skrov-id SE-BUS44120B707
42 000
Motorcykel Honda CB500F
reg.nr DKW 73A
31 000
Arvtagare är sonen Leif Ekdahl.
"""


def persons(detector, text: str) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings
            if f.status != "rejected" and f.category == "PERSON"}


def test_a_things_kind_and_make_in_a_list_of_assets_is_no_person(model_detector):
    found = persons(model_detector, ASSETS)
    assert not any(w in p for p in found for w in ("Saab", "Buster", "Honda", "Personbil", "Motorcykel")), found
    assert "Leif Ekdahl" in found and any("Gunvor Ekdahl" in p for p in found), found


@pytest.mark.parametrize("text, make", [
    ("Personbil Saab 9-3", "Personbil Saab"),
    ("Båt Ockelbo 17 med utombordare", "Båt Ockelbo"),
    ("han körde motorcykeln Honda CB500F", "motorcykeln Honda"),
    ("Släpvagn Brenderup 1205S", "Släpvagn Brenderup"),
    # a contractor's machines
    ("Kompressor Kaeser M50 på gården", "Kompressor Kaeser"),
    ("Vibroplatta Wacker 1550A", "Vibroplatta Wacker"),
    ("Diskmaskin Electrolux ESF5512 skadad av blixten", "Diskmaskin Electrolux"),
    ("Värmepump Nibe F2040 i garaget", "Värmepump Nibe"),
])
def test_the_kind_and_make_before_a_model(text, make):
    assert [text[a:b] for a, b in make_spans(text)] == [make]


@pytest.mark.parametrize("text", [
    "Han lånade ut bilen Anna Lindqvist 2 dagar.",  # a listed first name: a person, not a make
    "Bilen Volvo står i garaget.",  # no model's code: the make alone is left to the other rules
])
def test_no_make_without_a_model_or_before_a_persons_name(text):
    assert make_spans(text) == []


def test_a_make_that_is_a_given_name_is_a_make_in_a_things_cell_only():
    # the kind, the make and the model alone on their line, as a register's cell: the boat's make
    text = "Sak\nsegelbåt Vega 27\nNummer"
    assert [text[a:b] for a, b in make_spans(text)] == ["segelbåt Vega"]
    # in a sentence the given name is a person's
    assert make_spans("Hon lånade bilen Anna 2 dagar.") == []


ASSETS_WITHOUT_MODEL_CODES = """Tillgångar enligt gäldenärens uppgifter
Tillgång
Identitet
Kronor
Släpkärra Tiki
ABC 12D
8 000
Personbil Škoda Yeti
KLM 33E
55 000
Fordringsägare är Rolf Sjödin.
"""


def test_a_things_kind_and_make_ending_its_line_is_no_person(model_detector):
    found = persons(model_detector, ASSETS_WITHOUT_MODEL_CODES)
    assert not any(w in p for p in found for w in ("Tiki", "Yeti", "Škoda", "Personbil", "Släpkärra")), found
    assert "Rolf Sjödin" in found, found


@pytest.mark.parametrize("line", ["Släpkärra Tiki", "Personbil Škoda Yeti"])
def test_a_kind_and_make_ending_a_line_is_a_makes_span(line):
    text = f"Tillgång\n{line}\nABC 12D\n"
    assert (text.index(line), text.index(line) + len(line)) in make_spans(text)


def test_a_kind_before_a_listed_name_ending_its_line_is_no_makes_span():
    text = "Tillgång\nBil Erik\nABC 12D\n"  # a car and its owner's given name: the name stays
    assert make_spans(text) == []


@pytest.mark.parametrize("text, make", [
    ("Olyckan: Sanna körde en lånad Mercedes; hon skadades lätt.", "Mercedes"),
    ("Han köpte en begagnad Mercedes och sålde den i maj.", "Mercedes"),
    ("Familjen äger en Volvo, som står i garaget.", "Volvo"),
])
def test_a_make_after_a_verb_and_an_article_is_a_thing(text, make):
    a = text.index(make)
    assert any(s <= a and a + len(make) <= e for s, e in make_spans(text))


@pytest.mark.parametrize("text, name", [
    ("Han körde Mercedes till skolan i morse.", "Mercedes"),  # a person driven: no article
    ("Hon köpte en tavla av Anna, som målar.", "Anna"),
    ("Han körde en sväng med Mercedes Lind.", "Mercedes"),
])
def test_a_person_after_such_a_verb_stays(text, name):
    a = text.index(name)
    assert not any(s <= a and a + len(name) <= e for s, e in make_spans(text))


def test_a_noun_the_text_writes_in_small_letters_is_a_things_kind_before_its_make_and_model():
    text = "Ämne: Hörselslinga Resona 4471KX2207\n\nHej! Min hörselslinga slutade fungera i mars."
    assert [text[a:b] for a, b in make_spans(text)] == ["Hörselslinga Resona"]


def test_a_capitalised_word_the_text_never_writes_in_small_letters_is_no_kind():
    # a name is nobody's noun: a person and a number may stand in a subject line
    text = "Ämne: Veronika Kallbäck 4471KX2207\n\nHej! Jag skriver om mitt ärende."
    assert make_spans(text) == []


def test_a_role_and_a_listed_surname_before_a_number_stay_a_person():
    text = "Ämne: Patient Lindqvist 4471KX\n\nVår patient har fått tid."
    assert make_spans(text) == []

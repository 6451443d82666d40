"""A person named by a relation the text states: a name before a relative's noun in brackets ("Halina
(dotter)"), a surname's genitive before "dödsbo", and a first name nobody listed after a relative's noun in
the definite form ("hustrun Zehra", "svågern Bakhtiyor"). Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


# a contact column's cell: an unlisted first name alone with the relative's noun in brackets
def test_a_first_name_before_a_bracketed_relative_in_a_cell(blank_detector):
    text = "Anhöriga\nBrukare\nKontakt\nWierzbowska\nJadwiga (dotter)\n0380-221 47\n"
    assert found(blank_detector, text).get("Jadwiga") == "PERSON"


def test_a_name_before_a_bracketed_relative_in_a_sentence(blank_detector):
    text = "Ring i första hand Tadeusz Wrzosek (svärson) om nyckeln."
    assert found(blank_detector, text).get("Tadeusz Wrzosek") == "PERSON"


def test_a_bracketed_word_that_is_no_relative_makes_no_name(blank_detector):
    text = "Rollatorn lämnas i Förrådet (källaren) på fredag."
    assert "Förrådet" not in found(blank_detector, text)


def test_an_unlisted_surnames_genitive_before_an_estate(blank_detector):
    text = "Marken arrenderas av Gullvrens dödsbo sedan förra året."
    assert found(blank_detector, text).get("Gullvrens") == "PERSON"


def test_a_lowercase_word_before_an_estate_is_no_name(blank_detector):
    text = "Ärendet gäller ett dödsbo. Hela dödsbo är sålt."
    assert not any(v == "PERSON" for v in found(blank_detector, text).values())


@pytest.mark.parametrize("text,name", [
    ("Han och hustrun Zehrija äger huset tillsammans.", "Zehrija"),
    ("Lägenheten hyrs av svågern Bakhtiyor sedan maj.", "Bakhtiyor"),
    ("Barnen hämtas av mostern Wanjiku på fredagar.", "Wanjiku"),
])
def test_an_unlisted_first_name_after_a_relatives_noun(blank_detector, text, name):
    assert found(blank_detector, text).get(name) == "PERSON"


# Two capitalised words nobody listed before "bor i/på/hos": only a person lives somewhere, even when the surname
# ends as a participle noun does ("-ande", read elsewhere as "Sökande" or "Studerande").
@pytest.mark.parametrize("text,name", [
    ("Markägaren Njeri Gathande bor i Eldoret och svarar per brev.", "Njeri Gathande"),
    ("Sedan i våras bor Tove Rask i stan. Wairimu Nduati bor på landet.", "Wairimu Nduati"),
    ("Arrendatorn Otieno Kamwende är bosatt i Mombasa sedan i fjol.", "Otieno Kamwende"),
    ("Delägare är Achieng Wekesande, bosatt i Kisumu.", "Achieng Wekesande"),
])
def test_two_unlisted_words_before_bor_are_a_person(blank_detector, text, name):
    assert found(blank_detector, text).get(name) == "PERSON"


def test_a_household_noun_before_bor_is_no_person(blank_detector):
    text = "Hyresgästerna Vretlunda bor kvar under renoveringen."
    assert "Hyresgästerna Vretlunda" not in found(blank_detector, text)


# A household named by its surname ("familjen Vretbacke", a cell "Familjen Sjöholt"): the word after "familjen" is
# the family's surname, listed or not; a municipality, a firm or the word alone stays.
@pytest.mark.parametrize("text,name", [
    ("Juryn besökte familjen Vretbacke och familjen Sjöholt i går.", "Vretbacke"),
    ("Juryn besökte familjen Vretbacke och familjen Sjöholt i går.", "Sjöholt"),
    ("| Nominerad | Fastighet\n| Familjen Kvarnemar | Ekby Uttern 9\n", "Kvarnemar"),
])
def test_the_surname_after_familjen_is_a_person(blank_detector, text, name):
    assert found(blank_detector, text).get(name) == "PERSON"


@pytest.mark.parametrize("text", [
    "Bidraget gick till familjen. Familjen bor kvar i Ekby.",
    "Stödet ges av familjen Ekby kommun känner till.",
    "Familjen Tallbacken AB har köpt marken.",
])
def test_familjen_before_no_surname_names_nobody(blank_detector, text):
    assert not any(v == "PERSON" for v in found(blank_detector, text).values())


# A name before ", född" and a date: only a person is born, whatever the words' endings ("-het", "-ning" read
# elsewhere as a Swedish noun's); a relative's noun in front stays readable, an animal or a body opened by a definite
# noun names nobody.
@pytest.mark.parametrize("text,name", [
    ("Morfar Zerihet Tekleab, född den 9 juni 1949, hämtar på torsdagar.", "Zerihet Tekleab"),
    ("Skuldebrevet undertecknades av Tsegereda Welde, född den 4 maj 1961.", "Tsegereda Welde"),
    ("Som god man förordnas Mebrahtu Gebrening (född 1957-10-02) från och med januari.", "Mebrahtu Gebrening"),
])
def test_unlisted_words_before_fodd_and_a_date_are_a_person(blank_detector, text, name):
    assert found(blank_detector, text).get(name) == "PERSON"
    assert not any(w in found(blank_detector, text) for w in ("Morfar", "Morfar Zerihet Tekleab"))


@pytest.mark.parametrize("text", [
    "Hunden Ludde, född 2019-04-02, är registrerad hos Jordbruksverket.",
    "Föreningen Framtiden, född 2019 ur ett samarbete, söker bidrag.",
])
def test_an_animal_or_a_body_before_fodd_is_no_person(blank_detector, text):
    assert not any(v == "PERSON" for v in found(blank_detector, text).values())


# given names nobody listed, in letters no list holds, after a possessive and a relative's noun
KIN_LETTER = "Vi kom hit 2015. Mina barn Rêzan och Dilşa lärde sig svenska på Norrby skola, och hennes söner Jiyan, Baran och Şêrko går där nu.\n"


@pytest.mark.parametrize("name", ["Rêzan", "Dilşa", "Jiyan", "Şêrko"])
def test_an_unlisted_given_name_after_a_possessive_and_a_relatives_noun(blank_detector, name):
    assert found(blank_detector, KIN_LETTER).get(name) == "PERSON"


@pytest.mark.parametrize("text, word", [
    ("Våra barn Alla har fått plats i höst.", "Alla"),
    ("Mina barn Trivs bra. De trivs i skolan.", "Trivs"),  # the page writes it in lower case: an ordinary word
])
def test_an_ordinary_word_after_a_relatives_noun_makes_no_name(blank_detector, text, word):
    assert word not in found(blank_detector, text)

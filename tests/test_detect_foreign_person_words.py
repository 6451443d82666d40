"""A kin noun or a personal pronoun of another language opening a quoted letter's sentence is no name ("Maminka
dříve bydlela …", "Ээжийн машин", "Би төрсөн"); a listed name of the same letters and a name beside it stay
persons. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.foreign_person_words import foreign_person_word, is_foreign_person_word
from redact.types import Finding


def _person(text: str, word: str) -> Finding:
    at = text.index(word)
    return Finding(id="p1-0", page=1, start=at, end=at + len(word), text=word, category="PERSON", score=0.85,
                   detector="names", reason="ner: ner:PER")


@pytest.mark.parametrize("word", [
    "Maminka", "Tatínek", "Babcia", "Мајка", "Дочка", "Ээж", "Ээжийн", "Аавтай", "Äiti",
    "Mamá", "Би", "Я", "Ми", "Тэр",
    "Jien", "Missieri", "Ommi", "Εγώ",  # Maltese "I", "my father", "my mother"; Greek "I"
    "Mamm", "Papp",  # Luxembourgish "mum", "dad"
])
def test_kin_nouns_and_pronouns_of_other_languages_are_no_names(word):
    assert foreign_person_word(word)
    assert is_foreign_person_word(_person(f"{word} dříve bydlela v Brně.", word), lambda w: False)


@pytest.mark.parametrize("word", ["Anne", "Ema", "Isa"])
def test_a_listed_name_of_the_same_letters_stays_a_person(word):
    # "anne", "ema", "isa": a mother or a father in Turkish and Estonian, and given names the lists hold
    assert not is_foreign_person_word(_person(f"{word} ringde i morse.", word), lambda w: w == word)


@pytest.mark.parametrize("word", ["Mariana", "Otakar", "Bilguun", "Батбаяр", "Sinan"])
def test_names_that_begin_like_such_words_are_none_of_them(word):
    assert not foreign_person_word(word)


def test_initials_of_the_same_letters_stay_a_person():
    # "ES", "MI": a colleague's initials, not the Latvian "es" or the Serbian "mi"
    for word in ("ES", "MI", "TA"):
        assert not is_foreign_person_word(_person(f"Sjuksköterskan {word} bedömer att det räcker.", word),
                                          lambda w: False)


def test_a_name_of_two_words_is_never_taken_for_one():
    text = "Maminka Jana dříve bydlela v Brně."
    assert not is_foreign_person_word(_person(text, "Maminka Jana"), lambda w: False)

"""Given names common in Sweden for the origins whose names the lists held least often (Assyrian and Syriac, Chinese,
Albanian, Thai, Korean and Japanese, Sámi, Sri Lankan, Baltic, Roma, Nordic, Polish, English and Irish, Arabic,
German and Dutch, Persian, Finnish, Kurdish): listed, so a name alone where only a listed name is read (a court's
finding, a reply's vocative, a possessive) is found; those that are also words need context. The blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.name_words import X, classify_word, load_lexicons, unlisted
from tests.invented_given_names import persons

WIDENED = ["Khoshaba", "Febronia", "Yonadam", "Xiaofeng", "Haiyan", "Marigona", "Kastriot", "Kanyarat",
           "Chalermchai", "Seohyun", "Takahiro", "Ristiinna", "Sajeewani", "Tharaka", "Gunārs", "Vaidotas",
           "Nevzeta", "Sveinung", "Honorata", "Fionnuala", "Muntadhar", "Nermeen", "Sietske", "Shaghayegh",
           "Roozbeh", "Pinja", "Shawnim", "Pshtiwan", "Sjoukje", "Tarjei", "Fidelma"]
# given names that are also Swedish or English words, titles or brands ("vilja", "enda", "hero", "sardar")
WORDS = ["Vilja", "Enda", "Rida", "Bita", "Hero", "Sardar", "Uran", "Joke", "Kelvin", "Angus"]


@pytest.mark.parametrize("name", WIDENED)
def test_a_widened_given_name_is_listed(name):
    assert not unlisted(name)


@pytest.mark.parametrize("name", WORDS)
def test_a_given_name_that_is_a_word_needs_context(name):
    assert classify_word(name, load_lexicons()) == X


@pytest.mark.parametrize("name", ["Khoshaba", "Marigona", "Sajeewani", "Shaghayegh"])
def test_a_widened_given_name_is_found_in_a_courts_finding(blank_detector, name):
    text = f"Tingsrätten finner att {name} har gjort sig skyldig till snatteri."
    assert name in persons(blank_detector, text)

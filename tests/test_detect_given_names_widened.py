"""Given names common in Sweden for the origins whose names the lists held least often (Assyrian and Syriac, Chinese,
Albanian, Thai, Korean and Japanese, Sámi, Sri Lankan, Baltic, Roma, Nordic, Polish, English and Irish, Arabic,
German and Dutch, Persian, Finnish, Kurdish): listed, so a name alone where only a listed name is read (a court's
finding, a reply's vocative, a possessive) is found; those that are also words need context. The blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.name_words import F, S, X, classify_word, load_lexicons, unlisted
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


# Spellings and diminutives the lists lacked after the first widening (Sámi, Baltic, Estonian, Roma, Nordic, Polish,
# Irish, Scottish and Welsh, German, Dutch and Frisian, Persian, Finnish, Kurdish)
WIDENED_AGAIN = ["Birehtta", "Juksáhkká", "Sniedze", "Gintautas", "Vambola", "Reelika", "Dževahira", "Torbjørg",
                 "Wawrzyniec", "Zdzisiek", "Aonghus", "Gruffydd", "Tjalling", "Froukje", "Firoozeh", "Kianoush",
                 "Untamo", "Hilppa", "Rojbîn", "Shakhawan"]
# Given names of those origins that are Swedish or English words, or whose genitive is one, are left unlisted:
# a capitalised word at a sentence's start must not be read as a person ("Valda delar", "Kyla och halka")
WORDS_LEFT_OUT = ["Valda", "Kyla", "Heja", "Minne", "Rike", "Kobra", "Getter", "Rada", "Mala", "Firat"]


@pytest.mark.parametrize("name", WIDENED_AGAIN)
def test_a_spelling_widened_again_is_listed(name):
    assert not unlisted(name)


@pytest.mark.parametrize("word", WORDS_LEFT_OUT)
def test_a_word_that_is_also_a_given_name_is_not_listed_as_one(word):
    assert classify_word(word, load_lexicons()) not in (F, S)


@pytest.mark.parametrize("text, name", [
    ("Hej Birehtta!\nTack för ditt brev om bostadsbidraget.", "Birehtta"),
    ("I går ringde Gintautas och frågade om bygglovet.", "Gintautas"),
    ("Beslutet skickas med posten.\n\nHälsningar\nWawrzyniec", "Wawrzyniec"),
    ("Dear Aonghus,\nThank you for your letter.", "Aonghus"),
    ("Tingsrätten finner att Kianoush har gjort sig skyldig till snatteri.", "Kianoush"),
    ("Kontaktperson: Rojbîn\nTelefon: 070-174 06 21", "Rojbîn"),
])
def test_a_name_widened_again_is_found_alone(blank_detector, text, name):
    assert name in persons(blank_detector, text)


@pytest.mark.parametrize("text", [
    "Valda delar av beslutet gäller från och med i dag.",
    "Kyla och halka väntas under helgen enligt prognosen.",
    "Minne och koncentration bedömdes vid besöket.",
    "Heja på laget sa tränaren efter matchen.",
])
def test_a_word_at_a_sentences_start_stays_readable(blank_detector, text):
    assert not persons(blank_detector, text)

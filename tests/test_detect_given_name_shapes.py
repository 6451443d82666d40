"""Given names no list holds whole, read by their shape where a listed given name would be read: Chinese given names
in pinyin ("Zhaoyun"), Korean given names ("Haerin") and Thai given names by their elements ("Chayaporn"); the
places, firms and words of those languages of the same shape stay readable. Invented names; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.given_name_shapes import given_name_shape
from redact.detect.name_words import capitalised_word, unlisted
from tests.invented_given_names import persons

# shaped like given names of these languages, and held by no list
SHAPED = ["Zhaoyun", "Yuqiao", "Xuanling", "Ruoqiu", "Guangguang", "Haerin", "Seowoo", "Jaeyeon", "Chayaporn",
          "Suphawadee", "Kritsadawat", "Siriyakorn", "Hye-rin", "Ji-woon"]
# words of the same syllables or elements that are no given name: Swedish nouns, places, firms, products
NOT_SHAPED = ["Lagen", "Tiden", "Polisen", "Banken", "Hunden", "Shanghai", "Seoul", "Daewoo", "Taxi", "Jeep",
              "Euro", "Pingpong", "Nattavdelning", "Sirius", "Woman", "Taekwondo", "Mahjong", "Kimchi", "Hip-hop",
              "Ping-pong"]

PLACES = [
    "Tingsrätten finner att {name} har gjort sig skyldig till snatteri.",
    "Tack för ditt svar, {name}!",
    "Vi lånade {name}s cykel i helgen.",
    "Nämnden beviljar bistånd till {name}.",
]


@pytest.mark.parametrize("name", SHAPED)
def test_the_invented_names_are_unlisted_and_shaped(name):
    assert unlisted(name)
    assert given_name_shape(name)


@pytest.mark.parametrize("word", NOT_SHAPED)
def test_words_of_the_same_syllables_have_no_given_names_shape(word):
    assert not given_name_shape(word)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("name", ["Zhaoyun", "Haerin", "Chayaporn", "Hye-rin"])
def test_a_shaped_given_name_is_found_where_a_listed_one_is(blank_detector, name, place):
    assert any(name in p for p in persons(blank_detector, place.format(name=name)))


def test_a_hyphened_korean_given_name_is_no_compound_on_a_noun():
    assert capitalised_word("Hye-rin") and capitalised_word("Hye-rins")
    assert not capitalised_word("Zlatan-appen")


@pytest.mark.parametrize("text, word", [
    ("Hon reste till Shanghai i maj och kom hem i juni.", "Shanghai"),
    ("Vi köpte en begagnad Daewoo av grannen.", "Daewoo"),
    ("Han bodde länge i Xiamen innan han flyttade hit.", "Xiamen"),
    ("Firman har sitt kontor på Zhongshan numera.", "Zhongshan"),
    ("Tränaren har svart bälte i Taekwondo sedan länge.", "Taekwondo"),
    ("Hip-hop är populärt bland eleverna i sjuan.", "Hip-hop"),
    ("Länsstyrelsen förordnar Notarius publicus för fyra år.", "Notarius"),
])
def test_a_place_firm_or_word_of_the_same_shape_stays_readable(blank_detector, text, word):
    assert not any(word in p for p in persons(blank_detector, text))

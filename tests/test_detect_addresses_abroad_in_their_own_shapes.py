"""Homes abroad in their countries' own shapes, masked whole: an Australian suburb with its state and postcode, a
Japanese district written before its block numbers with a flat's number after them, a Romanian block, stair and
flat with the county and the country after the town, poste restante with its town before it, and places after a
word of living whose sentence goes on after a comma. Fictional people and places; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.address_checks import addresses_over, readable_letters


@pytest.mark.parametrize("text, address", [
    ("My previous address was 7 Reef St, Manly NSW 2095; now I live in Näsby.\n", "7 Reef St, Manly NSW 2095"),
    ("Before that we lived at Kita-Shinagawa 5-2-9-1204, Shinagawa-ku, Tokyo.\n",
     "Kita-Shinagawa 5-2-9-1204, Shinagawa-ku, Tokyo"),
    ("Ana Popa\nStr. Florilor nr. 7, bl. B2, sc. 1, ap. 12\n550003 Sibiu, jud. Sibiu, România\n\nBekräftelse.\n",
     "Str. Florilor nr. 7, bl. B2, sc. 1, ap. 12\n550003 Sibiu, jud. Sibiu, România"),
    ("Modern bor om vintrarna på\nPonta Delgada, poste restante, Azorerna.\n",
     "Ponta Delgada, poste restante, Azorerna"),
    ("Min son bodde tidigare på Waaberi Road, Waaberi District, Baidoa, nu på Storgatan 4 i Näsby.\n",
     "Waaberi Road, Waaberi District, Baidoa"),
])
def test_a_home_abroad_in_its_own_shape_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_poste_restante_with_no_town_stays_readable(blank_detector):
    assert not addresses_over(blank_detector, "Han hämtar post på poste restante.\n", "poste")


@pytest.mark.parametrize("text, address", [
    ("and my aunt lives at რუსთაველის გამზ. 12, ბინა 4, თბილისი 0108.\n", "რუსთაველის გამზ. 12, ბინა 4, თბილისი 0108"),
    ("Adress: ქ. ქუთაისი, წერეთლის ქ. 5, ბ. 9\n", "ქ. ქუთაისი, წერეთლის ქ. 5, ბ. 9"),
])
def test_a_georgian_street_in_georgian_letters_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_the_georgian_sentences_words_before_a_street_stay_readable(blank_detector):
    # Georgian writes no capitals: the verb, the address's noun with its postposition and an adverb before the
    # street's genitive name are the sentence's
    text = "ბებია ადრე ცხოვრობდა მისამართზე ვაზის ქ. 9, ბინა 2, ქუთაისი, ახლა კი Gävle.\n"
    assert readable_letters(blank_detector, text, "ვაზის ქ. 9, ბინა 2, ქუთაისი") == ""
    for word in ("ცხოვრობდა", "მისამართზე", "ადრე"):
        assert not addresses_over(blank_detector, text, word)


def test_a_georgian_name_beside_a_number_is_no_street(blank_detector):
    assert not addresses_over(blank_detector, "Hon heter ნინო და 12 år.\n", "ნინო")


def test_a_country_and_a_swedish_clause_before_a_street_abroad_stay_readable(blank_detector):
    text = "Gudrun Ek bor i Tyskland halva året,\nHauptstraße 7, 79098 Freiburg, och återbetalas.\n"
    assert not addresses_over(blank_detector, text, "Tyskland")
    assert not addresses_over(blank_detector, text, "halva")
    assert readable_letters(blank_detector, text, "Hauptstraße 7, 79098 Freiburg") == ""

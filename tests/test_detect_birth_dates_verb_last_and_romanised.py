"""Dates of birth in the letters of people writing their own language in Latin letters: the Turkish date with "on the
date" before the verb that closes the sentence ("… tarihinde doğdum"), romanised Urdu with its months said the Urdu
way ("Janwari", "Farwari") after "date of birth" or before its verb ("… ko paida hui"), the Azerbaijani "anadan
olmuşam" ("I was born") before the date, and the French ring for "born" in a birth column's cell ("° 14/09/1981").
A Mongolian date before "төрсөн" ("born"). Dates with no birth word stay. Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from tests.found_births import birth_column as _column
from tests.found_births import proposed_births


@pytest.mark.parametrize("sentence, date", [
    ("Annem Konya'da yaşıyor.\n17 Ekim 1991 tarihinde doğdum, telefonum aşağıda.", "17 Ekim 1991"),
    ("Kızım 2 Haziran 2015 tarihinde Bursa'da doğdu.", "2 Haziran 2015"),
    ("Meri tareekh-e-paidaish 23 Farwari 1996 hai, aur main Lahore mein rehti hoon.", "23 Farwari 1996"),
    ("Mera beta 6 Sitambar 2012 ko paida hua tha.", "6 Sitambar 2012"),
    ("Mən anadan olmuşam 14 fevral 1987-ci il, Bakıda.", "14 fevral 1987"),
    ("Qardaşım anadan olub 3 sentyabr 1979.", "3 sentyabr 1979"),
])
def test_a_birth_date_in_a_letter_of_another_language(blank_detector, sentence, date):
    assert date in proposed_births(blank_detector, sentence)


@pytest.mark.parametrize("sentence", [
    "Toplantı 4 Mart 2027 tarihinde yapıldı.",
    "Hamari meeting 12 Janwari 2027 ko hogi, aur woh bhi aayenge.",
])
def test_a_date_of_another_event_stays(blank_detector, sentence):
    assert not proposed_births(blank_detector, sentence)


def test_the_ring_for_born_before_a_date_in_a_birth_column(blank_detector):
    found = proposed_births(blank_detector, _column("° 14/09/1981"))
    assert "14/09/1981" in found and not any("°" in f for f in found)


@pytest.mark.parametrize("sentence, date", [
    # a Mongolian letter: the year's, the month's and the day's words, then "born" after a comma and a line end, or
    # after the town the person was born in
    ("Би 1995 оны 4 сарын 7,\nтөрсөн, утас 070-111 22 33.", "1995 оны 4 сарын 7"),
    ("Миний хүү 2011 оны 9 сарын 21-нд Эрдэнэт хотод төрсөн.", "2011 оны 9 сарын 21"),
])
def test_a_mongolian_date_before_the_word_born(blank_detector, sentence, date):
    assert any(f.startswith(date) for f in proposed_births(blank_detector, sentence))


def test_a_mongolian_date_of_a_meeting_stays(blank_detector):
    assert not proposed_births(blank_detector, "Хурал 2019 оны 3 сарын 4-нд болсон.")

"""Addresses abroad closed by their country in a short form ("BiH", "RF") or in Cyrillic ("Україна"), a Ukrainian or
Russian house written after a comma ("вул. Шевченка, 12, кв. 4"), and an Italian province in brackets between the town
and the country ("20121 Milano (MI), Italia"), in a letter's window and in running text. Fictional people and homes;
the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page
from tests.address_checks import readable_letters


def _window_addresses(detector, street: str, post: str) -> set[str]:
    text = (f"Beslut om bidrag\nNorrbyns kommun\nBox 40, 871 21 Norrby\n\nMarta Lindqvist\n{street}\n{post}\n\n"
            "Du har ansökt om bidrag till resor. Kommunen har prövat din ansökan och beviljar den.\n")
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {f.text for f in detector.detect(page) if f.category == "ADDRESS"}


@pytest.mark.parametrize("street, post", [
    ("Titova 7, stan 12", "75000 Tuzla, BiH"),  # a Bosnian flat, the country's short form
    ("Maršala Tita 30, stan 2", "88000 Mostar, BiH"),
    ("вул. Франка, 12, кв. 4", "79000 Львів, Україна"),  # the house after a comma, the country in Cyrillic
    ("ул. Садовая, 5, кв. 31", "190000 Санкт-Петербург, Россия"),
    ("Corso Vercelli 40, scala C, int. 9", "20145 Milano (MI), Italia"),  # the province before the country
    ("Via dei Mille 3, scala A, int. 2", "80121 Napoli (NA), Italien"),
])
def test_a_window_address_abroad_closed_by_its_country_is_found_whole(blank_detector, street, post):
    assert f"{street}\n{post}" in _window_addresses(blank_detector, street, post)


@pytest.mark.parametrize("street, post", [
    ("Кнеза Милоша 12, стан 4", "11000 Београд, Србија"),  # a Serbian flat in Cyrillic
    ("Садовая 5, под. 2, эт. 3, кв. 31", "190000 Санкт-Петербург, Россия"),  # entrance, floor and flat in Cyrillic
    ("Titova 7, sprat 2, stan 12", "75000 Tuzla, BiH"),  # a Bosnian floor before the flat
])
def test_a_window_address_with_its_floor_and_flat_in_the_countrys_words_is_found_whole(blank_detector, street, post):
    assert f"{street}\n{post}" in _window_addresses(blank_detector, street, post)


@pytest.mark.parametrize("text, address", [
    ("Brodern bor på ul. Arbata, 14, kv. 6, 119002 Moskva, RF och arbetar där.",
     "ul. Arbata, 14, kv. 6, 119002 Moskva, RF"),
    ("Systern bor på вул. Лесі Українки, 8, кв. 21, 01133 Київ, Україна sedan i våras.",
     "вул. Лесі Українки, 8, кв. 21, 01133 Київ, Україна"),
])
def test_a_house_after_a_comma_and_a_short_or_cyrillic_country_in_running_text(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_sentences_lowercase_cyrillic_words_before_the_street_stay_readable(blank_detector):
    from tests.address_checks import addresses_over

    text = "Брат ми живееше преди на ул. Цар Симеон 14, ет. 3, 1000 София, а сега е тук.\n"
    assert readable_letters(blank_detector, text, "ул. Цар Симеон 14, ет. 3, 1000 София") == ""
    assert not addresses_over(blank_detector, text, "преди")


@pytest.mark.parametrize("text, address", [
    ("Hon bor på вулиця Франка 12, 79000 Львів, Україна.", "вулиця Франка 12, 79000 Львів"),
    ("Han bor på улица Садовая 5, 190000 Санкт-Петербург.", "улица Садовая 5, 190000 Санкт-Петербург"),
])
def test_a_cyrillic_street_word_in_lower_case_stays_the_streets(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""

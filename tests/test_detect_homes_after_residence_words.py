"""A home named after any word saying someone lives, is registered, stays or sleeps there: "folkbokförd på
Lövmyra", "skriven på Forsbyn", "bor kvar på Åsen", "sover i trapphuset på Kvarngatan", "övernattar i en
stuga på Lillmyra 14". An institution after such a word ("vistas på Sjukhuset", "bor på Elevhemmet") stays.
Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Anteckningar från uppsökande verksamhet
Hon är folkbokförd på Lövmyra men vistas hos dottern.
Han är skriven på Forsbyn sedan 2019.
Familjen bor kvar på Åsen trots branden.
Han sover i trapphuset på Kvarngatan när det är kallt.
De övernattar i en stuga på Lillmyra 14 under sommaren.
Hans bror vistas på Sjukhuset i Storvik.
Sonen bor på Elevhemmet under veckorna.
"""


@pytest.fixture(scope="module")
def addresses(blank_detector) -> list[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("home", ["Lövmyra", "Forsbyn", "Åsen", "Kvarngatan", "Lillmyra 14"])
def test_a_home_after_a_word_of_living_or_staying_is_masked(addresses, home):
    assert home in addresses


@pytest.mark.parametrize("place", ["Sjukhuset", "Elevhemmet"])
def test_an_institution_stays(addresses, place):
    assert not any(place in found for found in addresses)

"""Homes the address rules left in pieces: a care home's flat with the floor named before it ("Servicehemmet
Lärkan, plan 2, lgh 7") in one line and in a letter's window, and a summer farm, a shieling or a croft with its
parish ("Grantjärnens fäbod, Orsa") in an address cell and after a word of living there. Fictional people and
places; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _addresses(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "ADDRESS"}


def test_a_care_home_flat_with_its_floor_and_postal_town_in_one_line(blank_detector):
    text = "| HK 2027/5521 | Servicehemmet Lärkan, plan 2, lgh 7, 826 91 Söderala\n"
    assert "Servicehemmet Lärkan, plan 2, lgh 7, 826 91 Söderala" in _addresses(text, blank_detector)


def test_a_care_home_flat_with_its_floor_in_a_letters_window(blank_detector):
    text = "Gunvor Sällström\nSjukhemmet Tallbacken, våning 4, rum 12\n822 30 Alfta\n\nAngående din ansökan\n"
    assert "Sjukhemmet Tallbacken, våning 4, rum 12 822 30 Alfta" in _addresses(text, blank_detector)


def _farm_cell(home: str) -> str:
    return "\n".join(["Adresser", "| Ärende | Gatuadress | Postadress", f"| 612-5521-27 | {home} | 794 92 Orsa",
                      "| 612-5523-27 | Hantverkargatan 4 | 794 30 Orsa", "", "Förteckningen upprättades i juni."])


# (a cabin by its owner's name in the genitive, the village after it in two words: "Heikkinens stuga, Västra Ed")
@pytest.mark.parametrize("home", ["Grantjärnens fäbod, Orsa", "Myrkullens säter, Boda", "Bäcklidens torp, Ås",
                                  "Heikkinens stuga, Västra Ed"])
def test_a_summer_farm_or_croft_and_its_parish_in_an_address_cell(blank_detector, home):
    assert home in _addresses(_farm_cell(home), blank_detector)


def test_a_summer_farm_and_its_parish_after_a_word_of_living(blank_detector):
    text = "Om somrarna bor Elvira Halvars på Grantjärnens fäbod, Orsa, och ringer sällan.\n"
    assert "Grantjärnens fäbod, Orsa" in _addresses(text, blank_detector)

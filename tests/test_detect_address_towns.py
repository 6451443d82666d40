"""The village or town after a street and number, set off by commas in running text, is masked with the street;
"i Näsby" after a street stays outside the mark. Fictional people and places; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.address_checks import addresses_over, readable_letters


@pytest.mark.parametrize("text, address", [
    ("men grannen Nils Ek, Åkervägen 5, Myrträsk, uppger att bilen står kvar.", "Åkervägen 5, Myrträsk"),
    ("Synpunkt från Hira Baig, Skogsvägen 3 B, Övre-Ås: plogen kom sent.", "Skogsvägen 3 B, Övre-Ås"),
    ("Dottern bor på Tallvägen 4, Hällnäs, och sonen i Umeå.", "Tallvägen 4, Hällnäs"),
    ("Klagomål från Maja Ek, Kyrkvägen 11, Lövberga: bussen kom inte.", "Kyrkvägen 11, Lövberga"),
])
def test_a_town_after_a_streets_comma_in_a_sentence_is_masked_with_it(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_town_after_i_stays_outside_the_mark(blank_detector):
    text = "Hon bor på Kvarnvägen 2 i Lillby, nära skolan."
    assert not addresses_over(blank_detector, text, "Lillby")


@pytest.mark.parametrize("text, address", [
    ("Hennes kontor ligger på Köpmangatan 2, 3 tr, Näsby, mitt emot torget.", "Köpmangatan 2, 3 tr, Näsby"),
    ("Han har flyttat till Åsvägen 5 lgh 1001, Myrträsk, sedan i maj.", "Åsvägen 5 lgh 1001, Myrträsk"),
    ("Paketet gick till Ekgatan 3, port 2, Hällnäs, i tisdags.", "Ekgatan 3, port 2, Hällnäs"),
])
def test_a_town_after_the_flat_floor_or_entrance_is_masked_with_the_street(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_town_after_a_streets_number_and_i_is_no_person():
    from redact.detect.address_towns import drop_towns_read_as_persons
    from redact.types import Finding

    text = "Hon bor på Lindgatan 14 i\nSala och hennes bror Anders Sala bor i Tierp."

    def finding(value: str, category: str, at: int = 0) -> Finding:
        start = text.index(value, at)
        return Finding(id=f"{value}{start}", page=1, start=start, end=start + len(value), text=value,
                       category=category, score=0.85, detector="names", reason="ner:PER")

    kept = drop_towns_read_as_persons([finding("Lindgatan 14", "ADDRESS"), finding("Sala", "PERSON"),
                                       finding("Anders Sala", "PERSON")], text)
    # the town after the street's number is no one; the brother named after it still is a person
    assert [f.text for f in kept] == ["Lindgatan 14", "Anders Sala"]

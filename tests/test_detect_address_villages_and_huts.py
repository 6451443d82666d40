"""A village named before its street after a word of living ("bor i Skärhamn, Fyrvägen 2, ...", a German letter's
"wohne ich bei meiner Tante in Skärhamn, ..."), the postal town or a country before the street left as the place the
person lives in; a named place and its hut or cabin after a word of living with the subject after the verb ("Under
sommaren bor hon i Fiskeläget Näset, bod 4, ..."). Fictional people and places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text


def _addresses(text: str, detector) -> list[str]:
    return [f.text for f in detect_text(text, detector).findings if f.category in ("ADDRESS", "PERSON")]


@pytest.mark.parametrize("text, address", [
    ("Han bor i Skärhamn, Fyrvägen 2, 305 92 Halmstad.", "Skärhamn, Fyrvägen 2, 305 92 Halmstad"),
    ("Hon bor sedan maj i Lyngvik, Tångvägen 8, 305 96 Eldsberga.", "Lyngvik, Tångvägen 8, 305 96 Eldsberga"),
    ("Im August wohne ich bei meinem Onkel in\nLyngvik, Tångvägen 8, 305 96 Eldsberga.",
     "Lyngvik, Tångvägen 8, 305 96 Eldsberga"),
    ("Under sommaren bor\nhon i Fiskeläget Näset, bod 4, 623 70 Katthammarsvik.",
     "Fiskeläget Näset, bod 4, 623 70 Katthammarsvik"),
    ("Om vintrarna bor de på Sjöbodarna Viken, sjöbod 12, 471 90 Klövedal.",
     "Sjöbodarna Viken, sjöbod 12, 471 90 Klövedal"),
])
def test_the_place_before_the_street_or_the_hut_is_the_homes(blank_detector, text, address):
    assert address in _addresses(text, blank_detector)


@pytest.mark.parametrize("text, address", [
    ("Han bor i Eldsberga, Tångvägen 8, 305 96 Eldsberga.", "Tångvägen 8, 305 96 Eldsberga"),
    ("Hon bor i Norge, Storgata 14, 0155 Oslo.", "Storgata 14, 0155 Oslo"),
    # a city abroad before a home that names it again, in its own spelling: where the person lives, no village
    ("Hans syster bor i Mindelo, Rua Lisboa 9, Monte, Mindelo, Cabo Verde.", "Rua Lisboa 9, Monte, Mindelo, Cabo Verde"),
    ("Hennes kusin bor i Sankt Petersburg,\nul. Sadovaja 12, kv. 4, Sankt-Peterburg, 190031, Ryssland.",
     "ul. Sadovaja 12, kv. 4, Sankt-Peterburg, 190031, Ryssland"),
])
def test_the_postal_town_or_the_country_before_the_street_stays_outside(blank_detector, text, address):
    assert address in _addresses(text, blank_detector)

"""A unit's own name written alone is no person; a tagged address that is an organisation's name or a thing's
quantity is no home (fictional examples written for these rules)."""

import pytest

from redact.types import Finding, Page


def _person(text: str, word: str) -> Finding:
    at = text.index(word)
    return Finding(id="p", page=1, start=at, end=at + len(word), text=word, category="PERSON", score=0.8,
                   detector="names")


def test_the_names_a_document_gives_its_units():
    from redact.detect.unit_names import unit_names

    names = unit_names(["Åsby kommun, Korttidsboendet Granen, Ängsgatan 6.",
                        "Fritidsgården Kulan har öppet.\nDaglig verksamhet Verkstan och Förskolan Linnea.\n"])
    assert {"Granen", "Kulan", "Verkstan"} <= names
    assert "Linnea" not in names  # a listed given name may be a person's


def test_a_public_bodys_name_for_its_region_after_its_noun_is_no_person():
    from redact.detect.unit_names import unit_names

    names = unit_names(["Räddningstjänsten Västerdal, Box 44, 780 41 Gagnef.\n"
                        "Frågor till Skolantagningen Norrdal, kommunalförbundet.\nSamordningsförbundet Ingrid\n"])
    assert {"Västerdal", "Norrdal"} <= names
    assert "Ingrid" not in names  # a listed given name may be a person's


def test_a_burial_or_sports_grounds_name_after_its_noun_is_no_person():
    from redact.detect.unit_names import unit_names

    names = unit_names(["Kattbegravningsplatsen Ekgläntan: urnor 2027\nIdrottsplatsen Svalmyren stänger.\n"
                        "Begravningsplatsen Karin\n"])
    assert {"Ekgläntan", "Svalmyren"} <= names and "Karin" not in names


def test_an_agencys_unit_named_for_its_place_in_the_letterhead_is_no_person():
    from redact.detect.unit_names import unit_names

    names = unit_names(["Kustbevakningen, tillsynsenheten Gnarp\nBox 5, 820 00 Gnarp\nEnheten Lena ringer."])
    assert "Gnarp" in names and "Lena" not in names


def test_a_units_name_alone_is_no_person():
    from redact.detect.unit_names import drop_unit_names

    text = "Ring Granen på 0225-365 00 (Granen) eller Eva Strand."
    kept = drop_unit_names([_person(text, "(Granen)"), _person(text, "Eva Strand")], frozenset({"Granen"}))
    assert [f.text for f in kept] == ["Eva Strand"]


@pytest.mark.parametrize("text, span, none", [
    ("Remissinstanser\nFiskevårdsföreningen Ljungån\nHarald Nyrén\n", "Fiskevårdsföreningen Ljungån", True),
    ("Tillstånd\nDieseltank 5 m³\nGunilla Ek\n", "Dieseltank 5", True),
    ("Hon bor på Ekvägen 5 sedan i maj.", "Ekvägen 5", False),
    ("Hon bor på Ekvägen 5, 3 tr, sedan i maj.", "Ekvägen 5", False),
    ("Sökanden vill ta sin mors efternamn.", "vill ta", True),  # small words of a sentence name no home
    ("Hon bor kvar på Björkallén sedan i maj.", "Björkallén", False),
    # a home or a school and the years someone stayed there; a house number's range stays a home
    ("| 2 | Tora Lind | Ekbackahemmet 1961–66 | EB 61/02", "Ekbackahemmet 1961–66", True),
    ("| 2 | Tora Lind | Lärkhemmet 1948-1952 | LH 48/11", "Lärkhemmet 1948-1952", True),
    ("Hon bor på Ekvägen 12-14 sedan i maj.", "Ekvägen 12-14", False),
    # a sentence's capitalised first word and its small words; a farm's name and a note of where there stays a home
    ("Bidraget avser resor till och från skolan under vintern.", "Bidraget avser resor till och från skolan", True),
    ("Hon bor på Prästgården, nedre våningen sedan i maj.", "Prästgården, nedre våningen", False),
    ("Hon bor på Norrgården vid ån sedan i maj.", "Norrgården vid ån", False),
    # a heading's case or page number; a street whose name holds such a word stays a home
    ("LERVIKS KOMMUN   Dnr 2026/0417   Sida 4\nBygglov - ärende 417\nSökande: Ida Ek", "Bygglov - ärende 417", True),
    ("Dnr 2026/0417   Sida 4\nTillsyn - ärende 417\n", "Sida 4\nTillsyn - ärende 417", True),
    ("Hon bor på Ärendegatan 12 sedan i maj.", "Ärendegatan 12", False),
    ("Hon bor på Sidvägen 4 sedan i maj.", "Sidvägen 4", False),
    # the place in a body's name, its kind in small letters after it; a home before a small word of a sentence stays
    ("Södra Vätterbygdens kommunalförbund, musikskolan, Box 14", "Södra Vätterbygdens", True),
    ("Avsändare: Östra Lidens församling, kansliet", "Östra Lidens", True),
    ("Hon bor på Lillgården i Östra Liden.", "Lillgården", False),
])
def test_a_tagged_address_that_names_no_home(text, span, none):
    from redact.detect.no_home_spans import names_no_home

    a = text.index(span)
    assert names_no_home(text, a, a + len(span)) is none


def test_a_units_name_stays_readable_through_the_detector(model_detector):
    text = ("Åsby kommun, Vård- och omsorgsförvaltningen, Dagverksamheten Solrosen.\n"
            "Anhöriga når personalen på Solrosen, 0225-365 00. Kontakt: Eva Strand.\n")
    found = model_detector.detect_many([Page(number=1, text=text, words=(), width=595, height=842)])[0]
    assert not [f.text for f in found if "Solrosen" in f.text]
    assert "Eva Strand" in {f.text for f in found}


def test_an_agencys_district_or_office_named_for_its_place_after_a_comma_is_no_person():
    from redact.detect.unit_names import unit_names

    names = unit_names(["Fiskeverket, distrikt Ovanå, Box 12, 830 10 Ovanå\n"
                        "Vägverket, regionkontoret Norrby\nSkickas till Fiskeverket, distriktet Tallmo."])
    assert {"Ovanå", "Norrby", "Tallmo"} <= names


@pytest.mark.parametrize("text, span, none", [
    # a mail's subject: a thing's word and the booking's code, no street's or place's name
    ("Тема: мамин автобус, KR*27*5510*02\n", "автобус, KR*27*5510*02", True),
    ("Subject: booking, RE:27:5510:02\n", "booking, RE:27:5510:02", True),
    # a home's small words with its number, or a street's name with a lettered number, stays a home
    ("Hon bor i lgh 1102, 3 tr.", "lgh 1102, 3 tr", False),
    ("Hon bor på Ekvägen 12 B sedan i maj.", "Ekvägen 12 B", False),
    # a postcode of letters and digits, alone or after a flat's small word, is a home's part
    ("Adress | Holetown, St. James BB24017", "BB24017", False),
    ("Адрес: ул. Абая 15, кв. 4, A15E3K7", "кв. 4, A15E3K7", False),
])
def test_a_tagged_code_after_small_words_is_no_home(text, span, none):
    from redact.detect.no_home_spans import names_no_home

    a = text.index(span)
    assert names_no_home(text, a, a + len(span)) is none

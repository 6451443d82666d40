"""Names of more origins in a register: Sami given names and surnames ("Ovllá Somby", "Iŋgá Gaup"), Chinese names
in pinyin ("Zheng Jianhong"), Vietnamese given names with diacritics ("Phạm Tùng") and a name particle "ben"
("Karim ben Ali"). Fictional people; the blank pipeline (the lists decide)."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Deltagare i språkcaféet
Ovllá Somby och Iŋgá Gaup kom från Kautokeino.
Zheng Jianhong och Gao Xiaoming hade med sig en tolk.
Phạm Tùng kom sent. Karim ben Ali skrev under.
"""


@pytest.fixture(scope="module")
def persons(blank_detector) -> set[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "PERSON"}


@pytest.mark.parametrize("name", ["Ovllá Somby", "Iŋgá Gaup", "Zheng Jianhong", "Gao Xiaoming", "Phạm Tùng",
                                  "Karim ben Ali"])
def test_the_whole_name_is_found(persons, name):
    assert name in persons


STATED = """Kontrollen vid sjön
En medföljande man uppgav namnet Guuleed Cabdi och visade inget kort.
Huset går under namnet Solgläntan sedan 1950.
Skolan bytte till namnet Östra Skolan i fjol.
"""


def test_a_name_given_after_namnet_is_taken_whole_with_its_unlisted_word(blank_detector):
    # a Somali first name that no list holds before the father's name, listed as a first name
    page = Page(number=1, text=STATED, words=(), width=595, height=842)
    found = {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "PERSON"}
    assert "Guuleed Cabdi" in found, found
    assert not any(w in p for p in found for w in ("Solgläntan", "Östra", "Skolan")), found


# Greek, Romanian, Ukrainian, Punjabi, Eritrean, Thai and Somali names written as they are in Sweden: both words
# of each name are listed now, so the lists alone find the whole name in a plain sentence.
ORIGINS = """Närvarolista från föräldramötet
Vasilis Georgiadis och Stavroula Antoniou satt längst fram.
Răzvan Olteanu kom med Luminița Stanciu.
Mykola Kravets och Svitlana Hrytsenko hade tolk.
Harjeet Kaur Dhaliwal och Jagdeep Singh Bajwa kom tillsammans.
Kiflom Asmerom och Yirgalem Habtemariam skrev under.
Kittisak Saetang lämnade blanketten. Jaamac Faarax kom sist.
"""


@pytest.mark.parametrize("name", ["Vasilis Georgiadis", "Stavroula Antoniou", "Răzvan Olteanu", "Luminița Stanciu",
                                  "Mykola Kravets", "Svitlana Hrytsenko", "Harjeet Kaur Dhaliwal",
                                  "Jagdeep Singh Bajwa", "Kiflom Asmerom", "Yirgalem Habtemariam",
                                  "Kittisak Saetang", "Jaamac Faarax"])
def test_names_of_more_origins_common_in_sweden_are_found_whole(blank_detector, name):
    page = Page(number=1, text=ORIGINS, words=(), width=595, height=842)
    found = {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "PERSON"}
    assert name in found


# Maghrebi first names in their French-based spelling before an unlisted surname, in running text: the whole name.
MAGHREBI = """Anteckningar från bygglovsmötet
Hennes man Brahim Ouazzani, född 1979, bygger ett förråd.
Grannen Noureddine Belkacemi och hans syster Zineb Belkacemi har yttrat sig.
"""


@pytest.mark.parametrize("name", ["Brahim Ouazzani", "Noureddine Belkacemi", "Zineb Belkacemi"])
def test_a_maghrebi_name_is_found_whole(blank_detector, name):
    page = Page(number=1, text=MAGHREBI, words=(), width=595, height=842)
    found = {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "PERSON"}
    assert name in found, found


HEADERS = """UTREDNING AVSEENDE KWAKU OFORI
Utredningen inleddes efter en anmälan i april.
BESLUT OM FÄRDTJÄNST FÖR HIROKO TAKAHASHI
Beslutet fattades av nämnden.
Handläggaren träffade Chidinma Nwachukwu och Nuwan Jayasuriya på tisdagen."""


@pytest.fixture(scope="module")
def header_persons(blank_detector) -> str:
    page = Page(number=1, text=HEADERS, words=(), width=595, height=842)
    return " ".join(" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "PERSON")


@pytest.mark.parametrize("word", ["KWAKU", "OFORI", "HIROKO", "TAKAHASHI", "Chidinma", "Nwachukwu", "Nuwan",
                                  "Jayasuriya"])
def test_ghanaian_japanese_nigerian_and_sri_lankan_names_are_found_also_in_capitals(header_persons, word):
    assert word in header_persons.split()


@pytest.mark.parametrize("name", ["Eylül", "Ömer", "Merve", "Büşra", "Kerem", "Nisan", "Rawan", "Lamija", "Drilon",
                                  "Wiktoria", "Zuzanna"])
def test_a_given_name_of_these_origins_alone_after_a_greeting_is_found(blank_detector, name):
    # Turkish, Arabic, Bosnian, Albanian and Polish given names common in Sweden; two are Turkish months too
    text = f"Hej {name},\ntack för ditt brev om bostadsbidraget.\n"
    page = Page(number=1, text=text, words=(), width=595, height=842)
    assert name in {f.text for f in blank_detector.detect(page) if f.category == "PERSON"}


# Given names common in Sweden of Albanian, Kurdish, Korean, West African, Sri Lankan, Afghan, Latvian, East African,
# Thai and Assyrian origin: alone after a greeting and alone under "Hälsningar", only the lists say they are names.
GIVEN_ALONE = ["Kushtrim", "Şîlan", "Seungwoo", "Fatoumata", "Nishantha", "Zabiullah", "Jānis", "Tumaini", "Kittipong",
               "Sanharib"]


@pytest.mark.parametrize("name", GIVEN_ALONE)
def test_a_listed_given_name_alone_after_a_greeting_is_found(blank_detector, name):
    text = f"Hej {name}!\nTack för ditt brev om bygglovet. Vi återkommer nästa vecka.\n"
    page = Page(number=1, text=text, words=(), width=595, height=842)
    assert name in {f.text for f in blank_detector.detect(page) if f.category == "PERSON"}


@pytest.mark.parametrize("name", GIVEN_ALONE)
def test_a_listed_given_name_alone_as_the_signature_is_found(blank_detector, name):
    text = f"Beslutet skickas med posten i slutet av månaden.\n\nHälsningar\n{name}\n"
    page = Page(number=1, text=text, words=(), width=595, height=842)
    assert name in {f.text for f in blank_detector.detect(page) if f.category == "PERSON"}

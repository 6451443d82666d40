"""A Mongolian address in Cyrillic letters, the district, its numbered quarter, building and flat and the town, is
one address; a single numbered quarter in a sentence is not. Fictional places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Hon bodde i Сүхбаатар дүүрэг, 1-р хороо, 14-р байр, 32 тоот, Улаанбаатар innan flytten.",
     "Сүхбаатар дүүрэг, 1-р хороо, 14-р байр, 32 тоот, Улаанбаатар"),
    ("Student | Adress\nT.Ba. | Чингэлтэй дүүрэг, 5-р хороо, 3-р байр, 12 тоот\n",
     "Чингэлтэй дүүрэг, 5-р хороо, 3-р байр, 12 тоот"),
])
def test_a_mongolian_address_in_cyrillic_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_one_quarter_in_a_sentence_is_no_address(blank_detector):
    det = detect_text("Тэр 4-р хороонд амьдардаг.", blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS"]


@pytest.mark.parametrize("text, address", [
    # the countryside: the town before the sum, the bag for the quarter
    ("Аав өмнө нь энэ хаягт амьдардаг байсан:\nДархан, Шарын гол сум, 3-р баг, 12 байр,\nодоо Umeå.",
     "Дархан, Шарын гол сум, 3-р баг, 12 байр"),
    # a street by its word with the house's and the flat's numbers, the town and its postcode, the country
    ("Хаяг: Чингисийн өргөн чөлөө 12-45, Улаанбаатар 15160, Монгол\n",
     "Чингисийн өргөн чөлөө 12-45, Улаанбаатар 15160, Монгол"),
    ("Hon bor på Бага тойруу гудамж 8, Эрдэнэт sedan i fjol.", "Бага тойруу гудамж 8, Эрдэнэт"),
])
def test_a_mongolian_home_in_the_countryside_or_on_a_street_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_street_without_its_number_and_a_lone_bag_stay_readable(blank_detector):
    det = detect_text("Бид Энхтайвны өргөн чөлөө дээр уулзсан. Тэр 2-р багт ажилладаг.", blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS"]


@pytest.mark.parametrize("text, address", [
    # the town by its word opening the address, the flat's number bare after its building
    ("Ээж өмнө нь Эрдэнэт хот, 4-р хороолол, 9-р байр 52 хаягт амьдардаг байсан.",
     "Эрдэнэт хот, 4-р хороолол, 9-р байр 52"),
    ("Brodern bodde i Улаанбаатар хот, 3-р хороо, 21-р байр 7 före flytten.", "Улаанбаатар хот, 3-р хороо, 21-р байр 7"),
])
def test_a_mongolian_home_opened_by_its_town_word_is_masked_with_its_flat(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_town_by_its_word_alone_is_no_address(blank_detector):
    det = detect_text("Тэр Эрдэнэт хот руу 3 удаа явсан.", blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS"]


def test_a_year_after_a_building_is_not_its_flat(blank_detector):
    text = "Тэр 1-р хороолол, 22-р байр 2019 онд баригдсан гэж хэлэв."
    assert not any("2019" in f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS")

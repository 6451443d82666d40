"""Homes abroad with a part the street rules did not read: a German house of several on one number ("Haus 2"), an
Iraqi or Kurdish numbered quarter beside the house ("Quarter 318, House 7") and a Thai village home whose lane keeps
its number among the places ("Moo 4, Soi Ekkamai 12"). Fictional people and homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Mein Vater wohnte früher in Barmbeker Weg 17, Haus 4, 22305 Hamburg und zieht im Mai um.",
     "Barmbeker Weg 17, Haus 4, 22305 Hamburg"),
    ("My uncle used to live at Zakho Street, Quarter 318, House 7, Duhok and after that he moved.",
     "Zakho Street, Quarter 318, House 7, Duhok"),
    ("Kronofogden\nSiri Kaew\n61/3 Moo 4, Soi Ekkamai 12, Khlong Tan Nuea\nWatthana, Bangkok 10110, Thailand\n\nHej",
     "61/3 Moo 4, Soi Ekkamai 12, Khlong Tan Nuea\nWatthana, Bangkok 10110, Thailand"),
])
def test_the_whole_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_quarter_of_a_year_is_no_home(blank_detector):
    det = detect_text("Rapporten för Quarter 3, Sales Team, Stockholm kom i går.", blank_detector)
    assert not [f.text for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]


@pytest.mark.parametrize("text, address", [
    # a Vietnamese part with its lane and street words inside it, no comma between
    ("Chị tôi trước đây sống tại Số 7, ngõ 12 phố Hàng Bông, quận Hoàn Kiếm, Hà Nội và sau đó chuyển đi.",
     "Số 7, ngõ 12 phố Hàng Bông, quận Hoàn Kiếm, Hà Nội"),
    # a letter's window: the house's line, then the ward, district and city with commas on the next
    ("Kommunen\nBox 12, 651 03 Karlstad\nPhạm Thu Hà\nSố 9 ngõ 31 phố Chùa Bộc\nTrung Liệt, Đống Đa, Hà Nội, Việt Nam\n"
     "Ärendet gäller kanoten.", "Số 9 ngõ 31 phố Chùa Bộc\nTrung Liệt, Đống Đa, Hà Nội, Việt Nam"),
    # an allotment's cottage on a named place, with its postal line
    ("Han bor i sommar på Rosendal, kolonistuga 8, 752 36 Uppsala.", "Rosendal, kolonistuga 8, 752 36 Uppsala"),
])
def test_more_homes_abroad_are_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def _postal_row(street: str, postal: str) -> str:
    return "\n".join(["Adresser", "| Ärende | Gatuadress | Postadress |", f"| FK 27-1 | {street} | {postal} |",
                      "| FK 27-2 | Storgatan 4 | 503 32 Borås |", "", "Listan upprättades i maj."])


@pytest.mark.parametrize("street, postal", [
    ("Av. Corrientes 2140, piso 2", "C1045AAN Buenos Aires, Argentina"),
    ("Vaļņu iela 12 dz. 4", "Rīga, LV-1050, Lettland"),
    ("вул. Франка, 8, кв. 3", "м. Тернопіль, 46000, Ukraina"),
    ("Số 9 ngõ 31 phố Chùa Bộc", "Trung Liệt, Đống Đa, Hà Nội, Việt Nam"),
])
def test_a_postal_line_abroad_in_its_own_cell(blank_detector, street, postal):
    # (the names' rule may read the places as a name too; the cell is masked whole either way)
    text = _postal_row(street, postal)
    masks = [(f.start, f.end) for f in detect_text(text, blank_detector).findings if f.status != "rejected"]
    at = text.index(postal)
    assert not [i for i in range(at, at + len(postal)) if text[i].isalnum() and not any(a <= i < b for a, b in masks)]


def test_a_year_between_a_town_and_a_country_is_no_postal_line(blank_detector):
    det = detect_text(_postal_row("Storgatan 9", "Karlstad, 2027, Sverige"), blank_detector)
    assert "Karlstad, 2027, Sverige" not in {f.text for f in det.findings if f.status != "rejected"}

"""Homes abroad in their own shape that the street rules read in part: a German home's wing, floor and landing's side
without numbers of their own ("Seitenflügel 3. OG links", "Hinterhaus EG rechts"), a Vietnamese lane's number with
the street it leaves ("ngõ 95 Chùa Bộc") and the district and city after it, a Thai house's number before its lane
("99/12 Soi …"); and a Vietnamese letter's month going on after the address is no part of it. Fictional people and
homes; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from tests.address_checks import addresses_over, readable_letters


@pytest.mark.parametrize("text, address", [
    ("Skatteverket\nHelga Ostermann\nPappelallee 12, Seitenflügel 2. OG links\n10437 Berlin, Deutschland\n\nHej",
     "Pappelallee 12, Seitenflügel 2. OG links\n10437 Berlin, Deutschland"),
    ("Skatteverket\nJens Kolb\nWeidenweg 3, Hinterhaus EG rechts\n04109 Leipzig, Deutschland\n\nHej",
     "Weidenweg 3, Hinterhaus EG rechts\n04109 Leipzig, Deutschland"),
    ("Er wohnte in Birkenstraße 21, Gartenhaus, 3. Stock Mitte, 80331 München und zieht im Mai um.",
     "Birkenstraße 21, Gartenhaus, 3. Stock Mitte, 80331 München"),
    ("Em trai tôi trước đây sống tại\nSố 24 ngõ 61 Thái Hà, Đống Đa, Hà Nội,\ntừ tháng 5 em ấy chuyển đến Sverige.",
     "Số 24 ngõ 61 Thái Hà, Đống Đa, Hà Nội"),
    ("Kammarkollegiet\nNiran Chaiyaporn\n47/8 Soi Thonglor 13, Watthana\nBangkok 10110, Thailand\n\nHej",
     "47/8 Soi Thonglor 13, Watthana\nBangkok 10110, Thailand"),
])
def test_the_whole_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_vietnamese_month_after_the_address_stays_readable(blank_detector):
    text = ("Trước đây mẹ tôi sống tại\nSố 9 đường Trần Phú, phường 4, quận 5, TP. Hồ Chí Minh,\n"
            "tháng 11 mẹ chuyển đến Sverige.")
    assert addresses_over(blank_detector, text, "Trần Phú")
    assert not addresses_over(blank_detector, text, "tháng 11")

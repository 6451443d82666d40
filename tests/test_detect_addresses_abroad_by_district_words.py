"""An address abroad is masked whole in the forms of the countries it is written in: an Irish Eircode after the
town's district or after the county, a Thai house and plot number before its lane ("45/7 Soi ...") with
subdistricts of several words, an Ethiopian sub-city and woreda, a Chinese room, lane and road, a Vietnamese ward
and district in lower case, a Kurdish or Jordanian quarter with a postal code of five digits after the town, an
Iranian avenue and alley, an Indian or a Japanese house number of three groups, a Malaysian postal code before its
town, a Korean numbered lane, Vietnam's abbreviated city ("TP."); after "adressen är" too. The next sentence's name after a town stays out of it. Fictional
people and places."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Anteckningar om anhöriga
Hennes mor bor på 31 Clonliffe Road, Glasnevin, Dublin 11, D11 R8W4. Hon ringer varje söndag.
Sonen bor på 6 Willow Park, Celbridge, Co. Kildare W23 P6K9 och nås på mobilen.
Han hyr en ateljé hos sin kusin på 62/9 Soi Phahon Yothin 12, Sam Sen Nai, Phaya Thai, Bangkok 10400 sedan i fjol.
Hans adress där är Yeka Sub-City, Woreda 11, House No. 804, Addis Ababa. Han reser hem i maj.
Hennes man nås på telefon och adressen är Room 905, No. 17 Lane 318, Yuyuan Road, Shanghai 200040. De flyttar i höst.
Systern bor under sommaren på Số 9 ngõ 41 phố Hàng Bạc, phường Hàng Đào, quận Hoàn Kiếm, Hà Nội. Lanh kallas Bé.
Farbror bor på Salim Street, Rizgari Quarter, House 14/2, Erbil 44002. Han driver en butik.
Mormor bor på Jabal Al-Weibdeh, Al-Kulliyah St. 9, Amman 11191 och har telefon.
Brodern bor på Khiyaban-e Azadi, Kuche-ye Nastaran, Pelak 12, Vahed 3, Tehran 13457 och skickar pengar.
Svärfar bor på H.No. 6-3-871, Road No. 9, Jubilee Hills, Hyderabad 500033 och har telefon.
Dottern bor på 3-21-5 Kichijoji, Musashino-shi, Tokyo 180-0004. Hon studerar där.
Sonen bor på 27 Jalan Ampang Hilir, 55000 Kuala Lumpur och arbetar på ett hotell.
Svägerskan bor på 22 Dosan-daero 5-gil, Gangnam-gu, Seoul 06040. Hon undervisar.
Brorsonen bor på 71 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh och studerar.
"""


@pytest.fixture(scope="module")
def addresses(blank_detector) -> list[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("address", [
    "31 Clonliffe Road, Glasnevin, Dublin 11, D11 R8W4",
    "6 Willow Park, Celbridge, Co. Kildare W23 P6K9",
    "62/9 Soi Phahon Yothin 12, Sam Sen Nai, Phaya Thai, Bangkok 10400",
    "Yeka Sub-City, Woreda 11, House No. 804, Addis Ababa",
    "Room 905, No. 17 Lane 318, Yuyuan Road, Shanghai 200040",
    "Số 9 ngõ 41 phố Hàng Bạc, phường Hàng Đào, quận Hoàn Kiếm, Hà Nội",
    "Salim Street, Rizgari Quarter, House 14/2, Erbil 44002",
    "Jabal Al-Weibdeh, Al-Kulliyah St. 9, Amman 11191",
    "Khiyaban-e Azadi, Kuche-ye Nastaran, Pelak 12, Vahed 3, Tehran 13457",
    "H.No. 6-3-871, Road No. 9, Jubilee Hills, Hyderabad 500033",
    "3-21-5 Kichijoji, Musashino-shi, Tokyo 180-0004",
    "27 Jalan Ampang Hilir, 55000 Kuala Lumpur",
    "22 Dosan-daero 5-gil, Gangnam-gu, Seoul 06040",
    "71 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
])
def test_an_address_abroad_is_masked_whole(addresses, address):
    assert any(address in found for found in addresses), addresses


def test_the_next_sentences_name_after_the_town_stays_out(addresses):
    assert not any("Lanh" in found for found in addresses), addresses

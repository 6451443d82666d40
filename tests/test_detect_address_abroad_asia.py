"""Homes in South and East Asia written as their countries write them: the house first and the PIN last in India,
Pakistan and Bangladesh ("H.No. 4-1-77/B, Road No. 3, ..., Hyderabad 500029"), a village by its labelled units
("Vill: ..., P.O: ..., Dist: ..."), Japan's block, lot and house with its ward ("1-8-22 Ebisu, Shibuya-ku, Tokyo
150-0013"), Korea's roads and districts ("Sinsa-ro 7-gil, Gangnam-gu"), a Philippine barangay and a Malaysian
unit's number before its road. Fictional people and homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Hennes farbror bor på H.No. 4-1-77/B, Road No. 3, Jubilee Hills, Hyderabad 500029.",
     "H.No. 4-1-77/B, Road No. 3, Jubilee Hills, Hyderabad 500029"),
    ("Adress: No. 27, 5th Cross, Malleswaram 8th Block, Bengaluru - 560003, Karnataka\nTelefon: saknas",
     "No. 27, 5th Cross, Malleswaram 8th Block, Bengaluru - 560003, Karnataka"),
    ("| Namn | Adress |\n| Ravi Menon | Flat 12, Lotus Apartments, 3rd Main, Koramangala, Bengaluru 560034 |",
     "Flat 12, Lotus Apartments, 3rd Main, Koramangala, Bengaluru 560034"),
    ("Brodern bor på Apartment C7, Kasarani Drive, Roysambu, Nairobi.",
     "Apartment C7, Kasarani Drive, Roysambu, Nairobi"),
    ("Morfadern bor i Vill: Char Fasson, P.O: Lalmohan, Dist: Bhola och har ingen telefon.",
     "Vill: Char Fasson, P.O: Lalmohan, Dist: Bhola"),
    ("Systern bor på 〒604-8005 Kyoto-shi, Nakagyo-ku, Sanjo Kawaramachi 2-5-9.",
     "〒604-8005 Kyoto-shi, Nakagyo-ku, Sanjo Kawaramachi 2-5-9"),
    ("Beslutet skickas c/o Kenji Mori, 2-9-4 Tenjin, Chuo-ku, Fukuoka 810-0001.",
     "2-9-4 Tenjin, Chuo-ku, Fukuoka 810-0001"),
    ("Modern har flyttat till 203-1104, 17 Dongil-ro, Nowon-gu, Seoul 01686 och trivs där.",
     "203-1104, 17 Dongil-ro, Nowon-gu, Seoul 01686"),
    ("Adress: Busan, Suyeong-gu, Gwangan-ro 61, 1502-ho\nTelefon: saknas",
     "Busan, Suyeong-gu, Gwangan-ro 61, 1502-ho"),
    ("Fadern bor på 57 Bonifacio St., Brgy. Santo Niño, Tacloban City 6500.",
     "57 Bonifacio St., Brgy. Santo Niño, Tacloban City 6500"),
    ("| Namn | Adress |\n| Nurul Aziz | 8-2, Jalan Tun Razak, 50400 Kuala Lumpur |",
     "8-2, Jalan Tun Razak, 50400 Kuala Lumpur"),
])
def test_the_whole_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_home_opened_by_its_house_over_a_line_end(blank_detector):
    text = "Farmodern bor numera på Flat 5, Green Park Residency, 9th Cross,\nJayanagar, Mysuru 570014 och får post där."
    assert readable_letters(blank_detector, text, "Flat 5, Green Park Residency, 9th Cross,\nJayanagar, Mysuru 570014") == ""


def test_initials_after_a_number_are_no_vietnamese_units(blank_detector):
    text = "Se sida 12, H. Berg, P. Lind, X. Ek har yttrat sig.\nPunkt 4, A. Berg, T. Lind, Norrby.\n"
    det = detect_text(text, blank_detector)
    assert not [f.text for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]


@pytest.mark.parametrize("text, address", [
    ("Under vintern bor hon hos sin syster, tillfällig adress\nSoi Ramintra 14/7. Telefon saknas.", "Soi Ramintra 14/7"),
    ("Hans nya adress är Soi Lat Phrao 23/5 i Bangkok.", "Soi Lat Phrao 23/5"),
])
def test_a_bangkok_home_by_its_lane_and_numbers(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_person_called_soi_with_no_number_is_no_lane(blank_detector):
    det = detect_text("Soi Phanit ringde i går om ansökan.", blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]


@pytest.mark.parametrize("text, address", [
    # the street in one cell, the town with its PIN, the state and the country in the next
    ("Nr | Gata | Ort och land\n| 3 | 9/3 KR Puram, Vyttila | Thrissur 680005, Kerala, India\n",
     "Thrissur 680005, Kerala, India"),
    ("Nr | Gata | Ort och land\n| 3 | 9/3 KR Puram, Vyttila | Thrissur 680005, Kerala, India\n",
     "9/3 KR Puram, Vyttila"),
    ("Postort: Multan-60000, Pakistan\nTelefon saknas.", "Multan-60000, Pakistan"),
])
def test_a_south_asian_postal_line_and_a_street_led_by_a_slashed_number(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_town_and_a_year_before_a_country_stay_readable(blank_detector):
    text = "Hon reste till Thrissur 2019, Kerala, India, och kom hem i maj."
    det = detect_text(text, blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS"]


# A Japanese home's block and ward in one cell or line, its city and postal code in the next: both are the home's.
@pytest.mark.parametrize("text, address", [
    ("Dnr\nGata\nPostnummer och ort\nRB 2031-207\n2-9-4 Kitazawa-Honcho, Setagaya-ku\nTokyo 155-0031\n",
     "2-9-4 Kitazawa-Honcho, Setagaya-ku\nTokyo 155-0031"),
    ("Beslut\n\nHaruto Sato\n5-11-3 Minami-Aoyama, Minato-ku\nTokyo 107-0062\n\nDu har ansökt om ersättning.",
     "5-11-3 Minami-Aoyama, Minato-ku\nTokyo 107-0062"),
])
def test_a_japanese_city_and_postal_code_on_the_next_line_are_the_homes(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    # a romanised district, its block, lot and house, the city after it with no ward's suffix
    ("Dear office, I moved home to Ōizumi-Gakuenchō 3-1-12, Nerima last spring.", "Ōizumi-Gakuenchō 3-1-12, Nerima"),
    ("Min dotter bor nu på Shimo-Ochiai-machi 4-2-9, Shinjuku med sin man.", "Shimo-Ochiai-machi 4-2-9, Shinjuku"),
])
def test_a_japanese_district_before_its_numbers_and_city(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_the_numbers_before_the_district_in_a_street_cell(blank_detector):
    text = ("Ärende | Gata | Postadress\nL 40-27 | 3-1-12 Ōizumi-Gakuenchō | Nerima-ku, Tōkyō 178-0061\n"
            "L 41-27 | Ekvägen 3 | 752 35 Uppsala\n")
    found = [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert "3-1-12 Ōizumi-Gakuenchō" in found, found


def test_a_two_word_district_and_the_flat_in_a_street_cell(blank_detector):
    # the district's last word a town's part ending in "cho" without a dash, the flat's number after a comma
    text = ("Ärende | Gata | Postadress\nL 40-27 | 1-9-4 Sakuragaoka Honcho, #207 | Setagaya-ku, Tokyo 156-0054\n"
            "L 41-27 | Ekvägen 3 | 752 35 Uppsala\n")
    found = [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert any("1-9-4 Sakuragaoka Honcho, #207" in f for f in found), found


def test_a_swedish_room_with_three_numbers_is_no_japanese_district():
    from redact.detect.address_asia import JAPANESE_DISTRICT_FIRST, check_japanese_district_first

    text = "Mötet hålls i Stora Salen 2-14-7, Malmö."
    assert all(check_japanese_district_first(text, m) is None for m in JAPANESE_DISTRICT_FIRST.finditer(text))


# A Taiwanese home in its English shape: the house, alley, lane and section, the road, the district and the city with
# its postal code; a window field breaks it after the road with no comma.
@pytest.mark.parametrize("text, address", [
    ("Beslut\n\nLin Mei-hua\nNo. 8, Aly. 3, Ln. 57, Sec. 3, Heping E. Rd.\nXinyi Dist., Taipei City 110\n\nDu har ansökt",
     "No. 8, Aly. 3, Ln. 57, Sec. 3, Heping E. Rd.\nXinyi Dist., Taipei City 110"),
    ("Kopia till\nWang Jia-hao\n5F., No. 31, Ln. 9, Minzu Rd.\nNorth Dist., Tainan City 704, Taiwan\n\nBeslutet gäller",
     "5F., No. 31, Ln. 9, Minzu Rd.\nNorth Dist., Tainan City 704, Taiwan"),
    # a road numbered among the roads of one name, as Kaohsiung counts them
    ("Hon bodde tidigare på\nNo. 41, Minsheng 2nd Rd., Xinxing Dist., Kaohsiung City 800,\nmen flyttar i vår.",
     "No. 41, Minsheng 2nd Rd., Xinxing Dist., Kaohsiung City 800"),
])
def test_a_taiwanese_address_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_numbered_item_and_a_city_in_a_sentence_are_no_taiwanese_address(blank_detector):
    text = "Se No. 4, bilaga 2, och yttrandet från Tainan City om saken."
    det = detect_text(text, blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS"]


# the postal code before the town (or after it), as a letter's window writes it on the line under the house, street,
# block and sector, or after the last part on the same line
@pytest.mark.parametrize("text, address", [
    ("Till Bilal Hussain Qureshi\nHouse 17, Street 9, Block D, Johar Town\n54782 Lahore, Pakistan\n",
     "House 17, Street 9, Block D, Johar Town\n54782 Lahore, Pakistan"),
    ("Familjen bor kvar i House 62, Street 3, Sector G-9/4 44090 Islamabad.",
     "House 62, Street 3, Sector G-9/4 44090 Islamabad"),
    # the town and then its postal code on the window's next line
    ("Beslut\nSana Javed\nHouse 9-C, Street 12, Model Town\nLahore 54700, Pakistan\nÄrendenummer 2027-4.\n",
     "House 9-C, Street 12, Model Town\nLahore 54700, Pakistan"),
])
def test_a_south_asian_house_with_its_postal_code_before_the_town(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


# Iran's postal code after the town, of seven or ten digits (in two groups of five too), ends a home opened by its
# house's "No." and named by its alley and avenue in English
@pytest.mark.parametrize("text, address", [
    ("My brother used to live at No. 7, Yas Alley, Shariati Ave., Tabriz 5157843 and moves in May.",
     "No. 7, Yas Alley, Shariati Ave., Tabriz 5157843"),
    ("Modern bor kvar på No. 31, Nastaran Alley, Zand Blvd., Shiraz 71946-54321 sedan 1990.",
     "No. 31, Nastaran Alley, Zand Blvd., Shiraz 71946-54321"),
])
def test_an_iranian_home_with_its_long_postal_code(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""

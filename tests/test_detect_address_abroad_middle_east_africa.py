"""Homes in the Middle East and Africa written by their parts' kind words: Somali road, district and quarter
("Waddada ..., Degmada ..., Xaafadda ..."), the Libyan street and quarter ("Shara ..., Hay ..."), the Lebanese building and floor ("Immeuble ..., 4e étage"), the
Persian lane and house plate with Iran's ten-digit postal code or the town first, Turkey's door and floor with no
comma before the district ("No:8 D:2 Bağcılar/İstanbul") and its streets named after a national day ("29 Ekim
Cad."), Ghana's digital address and Kinshasa's quarter and commune. Fictional people and homes; the blank
pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("| Namn | Adress |\n| Hodan Warsame | Waddada Wadnaha, Degmada Waberi, Muqdisho |",
     "Waddada Wadnaha, Degmada Waberi, Muqdisho"),
    ("| Namn | Adress |\n| Rami Khoury | Rue Gouraud, Immeuble Nassar, 4e étage, Beyrouth |",
     "Rue Gouraud, Immeuble Nassar, 4e étage, Beyrouth"),
    ("Adress: Blvd. Keshavarz, Kuche 7, Pelak 21, Esfahan 81746-73441\nTelefon: saknas",
     "Blvd. Keshavarz, Kuche 7, Pelak 21, Esfahan 81746-73441"),
    ("Dottern har flyttat till Mashhad, Ahmadabad, Khiaban-e Ghaem, Kuche-ye Laleh, Pelak 6, Vahed 2 och pluggar.",
     "Mashhad, Ahmadabad, Khiaban-e Ghaem, Kuche-ye Laleh, Pelak 6, Vahed 2"),
    ("Adress: İstiklal Caddesi No: 41 Daire 6, Beyoğlu/İstanbul\nTelefon: saknas",
     "İstiklal Caddesi No: 41 Daire 6, Beyoğlu/İstanbul"),
    ("Fadern bor på Fatih Mah. Lale Sk. No:8 D:2 Bağcılar/İstanbul.",
     "Fatih Mah. Lale Sk. No:8 D:2 Bağcılar/İstanbul"),
    # a street and a quarter named after a national day, the day's number first
    ("Fadern bor i Turkiet, Cumhuriyet Mah. 29 Ekim Cad. No: 18 D: 4, 06420 Çankaya/Ankara.",
     "Cumhuriyet Mah. 29 Ekim Cad. No: 18 D: 4, 06420 Çankaya/Ankara"),
    ("Brodern har flyttat till 23 Nisan Mah. 30 Ağustos Sk. No: 7, Nilüfer/Bursa och arbetar där.",
     "23 Nisan Mah. 30 Ağustos Sk. No: 7, Nilüfer/Bursa"),
    ("Kusinen bor på GA-492-1736, Kaneshie, Accra.", "GA-492-1736, Kaneshie, Accra"),
    ("Mostern bor på Av. Kabinda 31, Q. Kingabwa, C. Limete, Kinshasa.",
     "Av. Kabinda 31, Q. Kingabwa, C. Limete, Kinshasa"),
    ("Brodern har flyttat till Cité Ennasr, Rue 6214 n° 9, 2037 Ariana och arbetar där.",
     "Cité Ennasr, Rue 6214 n° 9, 2037 Ariana"),
    ("Beslutet skickas c/o Abdi Farah, Degmada Hodan, Xaafadda Tarabuunka, Muqdisho.",
     "Degmada Hodan, Xaafadda Tarabuunka, Muqdisho"),
    # Libya's spelling of the street word, the country after the town and a telephone number after it, with no
    # residence cue before the parts
    ("Svågern bokade biljetten från Shara Al-Fateh 23, Hay Al-Zohour, Benghazi, Libya, +218 92 310 4471.",
     "Shara Al-Fateh 23, Hay Al-Zohour, Benghazi, Libya"),
])
def test_the_whole_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_initials_and_case_numbers_of_the_same_shape_stay_readable(blank_detector):
    text = "Närvarande: Q. Lind, C. Berg, Stockholm.\nÄrende BE-2026-0012, Beslut fattades av nämnden.\n"
    det = detect_text(text, blank_detector)
    assert not [f.text for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]


def test_the_country_before_the_parts_stays_readable(blank_detector):
    text = "Hon vistades hos sin mor i Somalia, Degmada Wadajir, Xaafadda Siinaay, Muqdisho; resan sköts upp.\n"
    det = detect_text(text, blank_detector)
    found = [f.text for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]
    assert not [a for a in found if "Somalia" in a]
    assert readable_letters(blank_detector, text, "Degmada Wadajir, Xaafadda Siinaay, Muqdisho") == ""


@pytest.mark.parametrize("text, address", [
    ("Hon vistades hos sin mor i Kenya,\nMombasa Road, Embakasi, P.O. Box 30412-00100, Nairobi, under februari.",
     "Mombasa Road, Embakasi, P.O. Box 30412-00100, Nairobi"),
    ("Brodern nås på Jinja Road, P.O. Box 7712, Kampala.", "Jinja Road, P.O. Box 7712, Kampala"),
    # the house or plot on the road before the box, the box on the envelope's next line, its town with no comma
    ("Beslut\nAchieng Otieno\nKisumu Road, Milimani, Hse No. 9\nP.O. Box 30117-40100 Kisumu, Kenya\nDnr 12.\n",
     "Kisumu Road, Milimani, Hse No. 9\nP.O. Box 30117-40100 Kisumu, Kenya"),
    ("She used to live at\nMoi Avenue, Plot 2210, P.O. Box 1877-20100 Nakuru,\nbut she moved.",
     "Moi Avenue, Plot 2210, P.O. Box 1877-20100 Nakuru"),
])
def test_the_road_and_area_before_a_post_box_belong_to_it(blank_detector, text, address):
    # East Africa's post-box address names the road and the area first ("Ngong Road, Kilimani, P.O. Box …")
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    # a numbered street ("2217 Sk.") in a table cell, the postcode and district in the next cell
    ("| Namn | Adress | Postort |\n| Derya Kaplan | Barbaros Mah. 2217 Sk. No: 12 D: 5 | 48400 Bodrum/Muğla |",
     "Barbaros Mah. 2217 Sk. No: 12 D: 5"),
    ("| Namn | Adress | Postort |\n| Derya Kaplan | Barbaros Mah. 2217 Sk. No: 12 D: 5 | 48400 Bodrum/Muğla |",
     "48400 Bodrum/Muğla"),
    ("Modern bor på 1508. Sokak No: 9, Karşıyaka/İzmir sedan i våras.", "1508. Sokak No: 9, Karşıyaka/İzmir"),
])
def test_a_numbered_turkish_street_and_its_postcode_cell_are_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_number_before_a_street_word_without_a_door_stays_readable(blank_detector):
    # no door number: a count before a street's name, no one's home
    text = "Kommunen har 1042 Sk. att ansöka om; 48400 kronor betalades ut.\n"
    det = detect_text(text, blank_detector)
    assert not [f.text for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]


def test_a_turkish_address_written_from_the_province_down(blank_detector):
    text = "Hennes bror bor på\nMersin, Yenişehir, Çiftlik Mah. 8 Sk. No: 3 D: 5.\nHan ringer ofta."
    assert readable_letters(blank_detector, text, "Mersin, Yenişehir, Çiftlik Mah. 8 Sk. No: 3 D: 5") == ""


def test_the_country_before_a_turkish_address_stays_readable(blank_detector):
    text = "Hans bror bor i Turkiet, Çiftlik Mah. 8 Sk. No: 3 D: 5, 33100 Yenişehir/Mersin."
    assert readable_letters(blank_detector, text, "Çiftlik Mah. 8 Sk. No: 3 D: 5, 33100 Yenişehir/Mersin") == ""
    assert readable_letters(blank_detector, text, "Turkiet") == "Turkiet"


@pytest.mark.parametrize("text, address", [
    # the flat, the tower by its name, the district and the town
    ("Svärfadern bodde förut på\nApt 903, Corniche Heights, Al Khalidiya, Abu Dhabi,\nmen flyttar i vår.",
     "Apt 903, Corniche Heights, Al Khalidiya, Abu Dhabi"),
    ("My uncle used to live at:\nApt 2207, Marina Pearl Tower, Dubai Marina, Dubai,\nbut he moved in May.",
     "Apt 2207, Marina Pearl Tower, Dubai Marina, Dubai"),
    # the villa, the numbered street and the numbered district, the town and country on the next line
    ("Yusuf Al Hashimi\nVilla 12, Street 7a, Al Safa 1\nDubai, Förenade Arabemiraten\n\nÄrendet gäller bidrag.",
     "Villa 12, Street 7a, Al Safa 1\nDubai, Förenade Arabemiraten"),
    # Bahrain's flat, road and block, Qatar's zone, street and building
    ("Kusinen bor i Flat 21, Road 2417, Block 338, Manama.", "Flat 21, Road 2417, Block 338, Manama"),
    ("Brodern bor på Zone 25, Street 230, Building 12, Doha sedan i fjol.", "Zone 25, Street 230, Building 12, Doha"),
    # the floor with its capital after the flat
    ("My mother lives at Flat 3, 2nd Floor, Building 45, Al Sadd Street, Doha.",
     "Flat 3, 2nd Floor, Building 45, Al Sadd Street, Doha"),
])
def test_a_gulf_home_in_english_words_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "Arbetet utförs i Block 4, Zone 2, Kiruna under maj.",  # a site's block and zone, no home among them
    "Konferensen hölls i Unit 4, Science Park, Lund.",  # a unit and a park, no second part of a home
])
def test_numbered_blocks_and_zones_without_a_home_stay_readable(blank_detector, text):
    det = detect_text(text, blank_detector)
    assert not [f.text for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]


def test_a_hebrew_flat_and_a_listed_town_whose_word_is_a_labels(blank_detector):
    # "dira" is the flat, and "Tel" of "Tel Aviv" a phone's label elsewhere: the listed town ends the home
    text = "Dottern bor på Rehov Allenby 40, dira 9, Tel Aviv sedan i höstas."
    assert readable_letters(blank_detector, text, "Rehov Allenby 40, dira 9, Tel Aviv") == ""


@pytest.mark.parametrize("text, address", [
    # Egypt's house number before the street's word, the flat, then the postal code with the district and the town
    # on the next line of a letter's window
    ("Beslut\nHoda Fahmy\n7 Sharia Ibrahim Naguib, shaqqa 12\n11511 Garden City, Cairo\nÄrendenummer 2027-118.\n",
     "7 Sharia Ibrahim Naguib, shaqqa 12\n11511 Garden City, Cairo"),
    # in running text after a word of living there, the district and the postal code after it
    ("He used to live at:\n31 Midan Orabi, Manshiyya, 21511 Alexandria,\nbut he moved last spring.",
     "31 Midan Orabi, Manshiyya, 21511 Alexandria"),
])
def test_an_egyptian_street_numbered_first_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""

"""An address abroad in running text is masked whole, street to postal code, in whatever language the street
is written: a lowercase street word opening it ("prospekt", "vul.", "ul."), the street word after the name
("Kalnu iela", "Lentvario g."), a Persian ezafe ("Khiaban-e"), a lowercase abbreviation of the place's kind ("s."
a village), a block or flat ("bl. 4", "kv. 17"), a postal code after the town or alone, and the sentence going
on after it; after a move or a letter sent ("flyttat till", "skickades till") too. Towns alone, a document's
numbers and people listed after "till" stay. Fictional people and places."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Anteckningar om anhöriga
Hans mor bor på Khiaban-e Shariati, Kucheh Yas 7, Shiraz och ringer varje vecka.
Hennes farmor bor i Kyiv på prospekt Peremohy 44, kv. 17, Kyiv, 03056.
Svärfadern har sin verkstad på vul. Sadova 17, s. Hlyboka, 60400. Han kommer i maj.
Brodern bor på Lentvario g. 12-4, Trakai, LT-21146 sedan i våras.
Värdfamiljen bor på Kalnu iela 3-8, Cēsis, LV-4101 under lovet.
Mamma bor på Str. Florilor 3, bl. 4, Iași och hälsar.
Pappa bor på Waddada Wadnaha 45, Xaafadda Hodan, Muqdisho.
Farbror bor på Đường Trần Phú 118, Phường 5, Nha Trang.
Mostern bor i Ankara på Atatürk Cad. No 14, Çankaya, Ankara.
Beslutet skickades till Kucheh Bahar 3, Khiaban-e Zand, Shiraz förra veckan.
Dottern har flyttat till Jalan Kenanga 7, Menteng, Jakarta Pusat.
Sökanden uppger adressen Hargeisa, Jigjiga Yar, Hodan-vägen 12.
Morbror bor på Xaafadda Hamar Weyne, Degmada Xamar, Muqdisho sedan kriget.
Systern bor kvar på Hẻm 42 đường Lê Văn Sỹ, Quận 3, Thành phố Hồ Chí Minh.
Hon bodde tidigare på Pasaje Los Aromos 221, depto. 402, Valparaíso.
Sonen till Máret Sunna,
Jovsset Sunna, född 12 april 2005, har frågat om platsen.
Familjen bor i Kista, Stockholm och arbetar i Solna.
Mötet hölls i Bilaga 4, Stockholm, Uppsala och Lund.
"""


@pytest.fixture(scope="module")
def addresses(blank_detector) -> list[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("address", [
    "Khiaban-e Shariati, Kucheh Yas 7, Shiraz", "prospekt Peremohy 44, kv. 17, Kyiv, 03056",
    "vul. Sadova 17, s. Hlyboka, 60400", "Lentvario g. 12-4, Trakai, LT-21146", "Kalnu iela 3-8, Cēsis, LV-4101",
    "Str. Florilor 3, bl. 4, Iași", "Waddada Wadnaha 45, Xaafadda Hodan, Muqdisho",
    "Đường Trần Phú 118, Phường 5, Nha Trang", "Atatürk Cad. No 14, Çankaya, Ankara",
    "Kucheh Bahar 3, Khiaban-e Zand, Shiraz", "Jalan Kenanga 7, Menteng, Jakarta Pusat",
    "Hargeisa, Jigjiga Yar, Hodan-vägen 12", "Xaafadda Hamar Weyne, Degmada Xamar, Muqdisho",
    "Hẻm 42 đường Lê Văn Sỹ, Quận 3, Thành phố Hồ Chí Minh", "Pasaje Los Aromos 221, depto. 402, Valparaíso",
])
def test_the_whole_address_abroad_is_one_finding(addresses, address):
    assert any(address in found for found in addresses), addresses


@pytest.mark.parametrize("text", ["Kista", "Stockholm", "Solna", "Bilaga 4", "Uppsala", "Sunna", "född"])
def test_towns_and_a_documents_numbers_stay(addresses, text):
    assert not any(text in found for found in addresses)


UNITS_TEXT = """Anteckningar om anhöriga
Hans svärmor bor kvar i byn på
17/3 Moo 6, Tambon Khlong Yai, Amphoe Sattahip, Rayong 21140.
Kim är på lov till den 2026-07-02 hos farmor Suda Wongsa,
204 Moo 1, Tambon Pa Daet, Amphoe Mueang, Lampang 52000. Hennes
Sonen vill att askan förs till
Cumhuriyet Cad. No: 27 D:8, 35220 Konak/İzmir; hans konto är svenskt.
Fadern flyttade i våras från
Calle Los Olmos 845, depto. 12, Maipú, Santiago i april; han bor nu här.
Brodern vistas hos sin kusin på
Rue Gouraud, Imm. Saadé, 4e étage,
Tripoli och har lämnat kontaktuppgifter.
Mötet flyttades från Sal 4, Plan 2, Lunds stadshus i går.
Hans moster bor på 88/9 Soi Ramkhamhaeng 24, Khwaeng Hua Mak, Khet Bang Kapi, Bangkok 10240.
Farbror bor på Jl. Kenari No. 8, RT 03/RW 07, Kel. Cikini, Kec. Menteng, Jakarta Pusat 10330.
Mormor bor på Blk 4 Lot 9, Brgy. San Roque, Marikina 1800.
Kusinen bor på Calle 72 # 10-34, apto. 501, Chapinero, Bogotá sedan i höstas.
Svågern bor på Nispetiye Cad. No: 31/2, Etiler, Istanbul med sin familj.
Se sidan 4, A. Berg, Lund och paragraf 12, T. Ek, Umeå.
Lina är i Peru till i juli hos farmor Elena Quispe,
Jirón Los Pinos 342, dpto. 7, San Borja, Lima. Hennes bror stannar här.
Hans syster bor på Gazi Mah. 2417. Sok. No: 9/2, 35170 Karabağlar/İzmir sedan i fjol.
Selma har en kusin i
7, Rue des Tanneurs, Appt 9, 30050 Fès. Kusinens man arbetar där.
Deras dotter Mei bor på Room 508, 77 Huaihai Road, Hangzhou 310006.
Farbrodern flyttade hit från Wardhiigley District, KM5 Road, Baidoa; hans son går i skolan.
Mötet hålls i Sal 3, 2026 och protokollet skickas i juni.
"""


@pytest.fixture(scope="module")
def unit_addresses(blank_detector) -> list[str]:
    page = Page(number=1, text=UNITS_TEXT, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("address", [
    # Thailand: the house and village numbers, the subdistrict, the district, the province and its postal code
    "17/3 Moo 6, Tambon Khlong Yai, Amphoe Sattahip, Rayong 21140",
    "204 Moo 1, Tambon Pa Daet, Amphoe Mueang, Lampang 52000",
    # Turkey: a door after the number ("D:8") and the district and province split by a slash
    "Cumhuriyet Cad. No: 27 D:8, 35220 Konak/İzmir",
    # a home moved from ("flyttade från"), its flat and commune
    "Calle Los Olmos 845, depto. 12, Maipú, Santiago",
    # a floor by its ordinal ("4e étage") among the parts, the town on the next line
    "Rue Gouraud, Imm. Saadé, 4e étage, Tripoli",
    # Bangkok's lane, subdistrict and district; Indonesia's neighbourhood and units; a Filipino block, lot and barangay
    "88/9 Soi Ramkhamhaeng 24, Khwaeng Hua Mak, Khet Bang Kapi, Bangkok 10240",
    "Jl. Kenari No. 8, RT 03/RW 07, Kel. Cikini, Kec. Menteng, Jakarta Pusat 10330",
    "Blk 4 Lot 9, Brgy. San Roque, Marikina 1800",
    # a Colombian crossing street's number ("# 10-34"), a Turkish "No: 31/2" among the places
    "Calle 72 # 10-34, apto. 501, Chapinero, Bogotá", "Nispetiye Cad. No: 31/2, Etiler, Istanbul",
    # a Latin American street with its flat after a person's name, no cue word before it
    "Jirón Los Pinos 342, dpto. 7, San Borja, Lima",
    # a Turkish numbered street ("2417. Sok.") in its neighbourhood ("Mah.")
    "Gazi Mah. 2417. Sok. No: 9/2, 35170 Karabağlar/İzmir",
    # a street found by its own words grows over the flat, the room and the postal code and town beside it
    "7, Rue des Tanneurs, Appt 9, 30050 Fès", "Room 508, 77 Huaihai Road, Hangzhou 310006",
    # a district and a road named by their English kind words, a road by its code
    "Wardhiigley District, KM5 Road, Baidoa",
])
def test_addresses_by_their_units_floors_and_doors_are_whole(unit_addresses, address):
    assert any(address in found for found in unit_addresses), unit_addresses


def test_the_sentence_after_an_address_stays(unit_addresses):
    assert not any(found.endswith((" i", "april")) for found in unit_addresses), unit_addresses
    assert not any("Plan 2" in found or "Sal 4" in found or "Sal 3" in found for found in unit_addresses), unit_addresses
    # initials and a town after a page's number are no Thai units ("A." and "T." count only after "Moo")
    assert not any("Berg" in found or "Ek" in found.split() for found in unit_addresses), unit_addresses


def test_a_grown_address_abroad_holds_its_pieces_once(blank_detector):
    # the street found by its own words grows over the floor and the flat to the postal code: the flat with the
    # postal code, found on its own too, is no second finding inside it
    text = "Anteckningar\nHans faster bor på 9, Rue des Orangers, Étage 3, Appt 11, 93000 Tétouan sedan i våras.\n"
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]
    assert found == ["9, Rue des Orangers, Étage 3, Appt 11, 93000 Tétouan"], found


@pytest.mark.parametrize("text, address", [
    # the avenue before the alley, named by its kind word, belongs to the address found from the alley on
    ("Hans svärfar får post till\nKhiaban-e Azadi, Kuche-ye Nasrin 12, Tehran 14578. Han hälsar.\n",
     "Khiaban-e Azadi, Kuche-ye Nasrin 12, Tehran 14578"),
    # a post box abroad with the postal code after its number, and its town
    ("Amina Otieno bor i Mombasa; post till P.O. Box 90417-80100, Mombasa.\n", "P.O. Box 90417-80100, Mombasa"),
])
def test_an_avenue_before_the_street_and_a_post_box_abroad(blank_detector, text, address):
    page = Page(number=1, text="Anteckningar\n" + text, words=(), width=595, height=842)
    found = [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]
    assert address in found, found


# Nepali addresses: the place or municipality with its ward number, the town (and district), a five-digit postal
# code or the country; a tole or street before may open it. Fictional people and places.
NEPALI = """Anhöriga i Nepal
Hans mor bor kvar i Baneshwor-10, Kathmandu 44600 och skickar pengar.
Hon bodde tidigare i Bharatpur-4, Chitwan, Nepal och flyttade hit 2019.
Intygen kom från Simalchaur Tole, Butwal-9, Rupandehi 32907.
Projekt-2, Norrby 12345 kr är budgeten för vecka-12, Sundsvall.
Efter Covid-19, Region Norrby 83182 har ny rutin.
| Namn | Adress |
| Sita Rai | Lekhnath-12, Pokhara 33712 |
"""


@pytest.mark.parametrize("address", [
    "Baneshwor-10, Kathmandu 44600", "Bharatpur-4, Chitwan, Nepal", "Simalchaur Tole, Butwal-9, Rupandehi 32907",
    "Lekhnath-12, Pokhara 33712",
])
def test_a_nepali_ward_address_is_found_whole(blank_detector, address):
    page = Page(number=1, text=NEPALI, words=(), width=595, height=842)
    found = {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"}
    assert address in found


def test_a_numbered_word_and_a_sum_are_no_nepali_address(blank_detector):
    page = Page(number=1, text=NEPALI, words=(), width=595, height=842)
    found = " ".join(f.text for f in blank_detector.detect(page) if f.category == "ADDRESS")
    assert "Projekt" not in found and "Norrby" not in found and "Sundsvall" not in found and "Covid" not in found


NAME_LIKE_COUNTRIES_TEXT = """Anteckningar om anhöriga
Mormor bor kvar hemma: Rustaveli Ave 12, apt 4, 0108 Tbilisi, Georgia,
+995 577 20 31 18. Hon ringer på söndagar.
Farbror bor på Al-Rainbow Street 18, Amman 11183, Jordan.
Brevet gick till Baker Lane 4, Georgia och Sam.
"""


@pytest.fixture(scope="module")
def name_like(blank_detector) -> list[str]:
    page = Page(number=1, text=NAME_LIKE_COUNTRIES_TEXT, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("address", [
    "Rustaveli Ave 12, apt 4, 0108 Tbilisi, Georgia", "Al-Rainbow Street 18, Amman 11183, Jordan",
])
def test_a_country_named_as_a_given_name_ends_the_address_after_its_postal_code(name_like, address):
    assert address in name_like, name_like


def test_a_given_name_after_a_street_alone_is_no_country(name_like):
    assert not any("Georgia och" in found or found.endswith("Lane 4, Georgia") for found in name_like), name_like


# a home abroad written over two rows of a column of addresses: the street with its Portuguese floor and side, then
# the postal code, the town and the country on the next row
ADDRESS_ROWS = """Postadresser (raderna i samma ordning)
#
Adress
1
Ängsvägen 4, 752 32 Uppsala
2
Rua do Carmo 41, 2º dto.
1100-213 Lisboa, Portugal
3
Avenida da Boavista 905, 4º
4100-128 Porto, Portugal
Anteckningar
Inga ändringar.
"""


@pytest.mark.parametrize("address", ["Rua do Carmo 41, 2º dto. 1100-213 Lisboa, Portugal",
                                     "Avenida da Boavista 905, 4º 4100-128 Porto, Portugal"])
def test_a_home_abroad_over_two_rows_is_one_finding(blank_detector, address):
    page = Page(number=1, text=ADDRESS_ROWS, words=(), width=595, height=842)
    found = [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]
    assert address in found


def test_the_rows_after_a_home_abroad_stay(blank_detector):
    page = Page(number=1, text=ADDRESS_ROWS, words=(), width=595, height=842)
    found = " ".join(f.text for f in blank_detector.detect(page) if f.category == "ADDRESS")
    assert "Anteckningar" not in found and "Inga" not in found

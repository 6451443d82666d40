"""Classes of personal data the rules used to miss: a village and house number under any "-adress" header,
after a person's full name or in the cell beside it; a home abroad as comma-separated places after a residence
or kin cue, and the district and town after a street abroad; a neighbour's street; a log-in code, a code after a
wrapped "är", a number a possessive or a genitive name owns, a number in a register of persons; a plate after a
car make; a property in the register's capitals. Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _found(det) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in det.findings}


@pytest.mark.parametrize("header", ["Besöksadress", "Leveransadress", "Vistelseadress"])
def test_a_village_and_number_under_an_address_compound_header(header, blank_detector):
    text = (f"| Nr | Namn | {header} | Sign.\n"
            "| 14 | Birgitta Hällström | Granträsk 9 | AnL\n"
            "| 15 | Nikola Petrović | Myrbacka 27 | AnL\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("Granträsk 9") == "ADDRESS" and found.get("Myrbacka 27") == "ADDRESS", found


def test_a_web_address_column_is_no_home(blank_detector):
    text = "| Förening | Webbadress | Antal\n| Skidklubben | Granträsk 9 | 12\n"
    assert "Granträsk 9" not in _found(detect_text(text, blank_detector))


@pytest.mark.parametrize("noun", ["inloggning", "användarnamn"])
def test_a_log_in_code_after_its_noun(noun, blank_detector):
    text = f"Sirpa Mäkelä har ett konto hos ljudboksappen med {noun} LB-55218; kontot är spärrat.\n"
    assert any("LB-55218" in t for t in _found(detect_text(text, blank_detector)))


def test_a_code_after_a_verb_that_ends_a_wrapped_line(blank_detector):
    text = ("Resten av ledigheten räknas som olovlig frånvaro enligt skolans regler. Aminas Skolportal-id är\n"
            "SP-70412. Hon reser med sin mamma till Göteborg.\n")
    assert any("SP-70412" in t for t in _found(detect_text(text, blank_detector)))


@pytest.mark.parametrize("sentence, code", [
    ("Tobias Wikström begär en kopia av sin akt nr SOC 71-4408 hos förvaltningen.", "SOC 71-4408"),
    ("Hon fick sitt uppdragsavtal\nmed nummer UP-2026-0311 i mars.", "UP-2026-0311"),
])
def test_a_number_of_a_thing_a_possessive_gives_a_person(sentence, code, blank_detector):
    assert any(code in t for t in _found(detect_text(sentence + "\n", blank_detector)))


def test_a_possessive_before_the_authoritys_case_or_a_phone_stays(blank_detector):
    found = _found(detect_text("Hon ringde om sitt ärende nr KS 2026/0412 från sin mobil nr 0941-260 35.\n",
                               blank_detector))
    assert not any("KS 2026/0412" in t for t in found), found


def test_a_number_in_a_register_of_persons(blank_detector):
    text = "Valnämnden noterar att Märta Lindgren har nr 2217 i röstlängden för distriktet.\n"
    assert any("2217" in t for t in _found(detect_text(text, blank_detector)))


@pytest.mark.parametrize("sentence, plate", [
    ("Ville Korhonen kör ibland sin egen Toyota MRK 48B i tjänsten.", "MRK 48B"),
    ("Resan gjordes med en privat Skoda, GTU 772, enligt kvittot.", "GTU 772"),
])
def test_a_plate_after_a_car_make_or_a_driver(sentence, plate, blank_detector):
    assert any(plate in t for t in _found(detect_text(sentence + "\n", blank_detector)))


@pytest.mark.parametrize("sentence, address", [
    ("Hans farmor Trần Thị Lan bor på 45 Phố Huế, Hai Bà Trưng, Hà Nội. Han hälsar på i juli.",
     "45 Phố Huế, Hai Bà Trưng, Hà Nội"),
    # (a region standing in a country's place is part of the home, as a country after a town is)
    ("Hodan reser med modern till släktingar i Gacan Libaax, Hargeisa, Somaliland. Hon är borta i två veckor.",
     "Gacan Libaax, Hargeisa, Somaliland"),
])
def test_a_home_abroad_as_places_after_a_cue_is_taken_whole(sentence, address, blank_detector):
    found = _found(detect_text(sentence + "\n", blank_detector))
    assert any(address in t for t in found), found
    assert not any("Hon" in t for t in found), found


def test_a_district_and_a_town_at_home_stay(blank_detector):
    found = _found(detect_text("Karin Holm bor i Rinkeby, Stockholm.\n", blank_detector))
    assert not any("Rinkeby" in t for t in found), found


def test_a_property_in_the_registers_capitals_in_a_cell(blank_detector):
    text = ("Älvdala kommun, Registraturen. Inkomna handlingar vecka 41.\n\n"
            "| Dnr | Avsändare | Ärende | Sign.\n"
            "| BN 2026/0311 | Göran Alm | Klagomål, ÄLVDALA LÄRKAN 12 | KaJ\n")
    assert any("ÄLVDALA LÄRKAN 12" in t for t in _found(detect_text(text, blank_detector)))


def test_capital_acronyms_and_a_number_are_no_property(blank_detector):
    text = "Älvdala kommun har anslutit sig till avtalet SKR AVTAL 12 om löner.\n"
    assert not any("AVTAL 12" in t for t in _found(detect_text(text, blank_detector)))


@pytest.mark.parametrize("sentence, street", [
    ("Klagomålet kom från grannen Signe Holmqvist på Björkhagsvägen. Hon ringde två gånger.", "Björkhagsvägen"),
    ("Hennes bror Ali Hassan på Tallstigen hjälper till med kompostkärlet.", "Tallstigen"),
])
def test_the_street_of_a_named_neighbour_or_relative(sentence, street, blank_detector):
    found = _found(detect_text(sentence + "\n", blank_detector))
    assert found.get(street) == "ADDRESS", found


def test_a_village_and_number_right_after_a_persons_name(blank_detector):
    text = "Ambulerande röstmottagning bokad: Raija Heikkinen, Granmyra 14, fredag förmiddag.\n"
    assert _found(detect_text(text, blank_detector)).get("Granmyra 14") == "ADDRESS"


def test_a_chapter_after_a_persons_name_is_no_place(blank_detector):
    text = "Utredningen av Anna Berg, Kapitel 4, gäller kommunens ansvar.\n"
    assert "Kapitel 4" not in _found(detect_text(text, blank_detector))


def test_an_address_header_with_more_words(blank_detector):
    text = ("| Nr | Namn | Adress (gata och nr) | Sign.\n"
            "| 14 | Birgitta Hällström | Granträsk 9 | AnL\n"
            "| 15 | Nikola Petrović | Myrbacka 27 | AnL\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("Granträsk 9") == "ADDRESS" and found.get("Myrbacka 27") == "ADDRESS", found


def test_a_street_district_and_town_abroad_after_a_kin_cue(blank_detector):
    text = "Under lovet bor Dewi hos sin mormor på Jalan Melati 27, Menteng, Jakarta. Hon kommer hem i augusti.\n"
    found = _found(detect_text(text, blank_detector))
    assert any("Jalan Melati 27, Menteng, Jakarta" in t for t in found), found


def test_a_number_in_a_housing_queue(blank_detector):
    text = "Enligt hyresvärden står Fatima Sheikh som nummer 412 i bostadskön sedan 2019.\n"
    assert any(t == "412" for t in _found(detect_text(text, blank_detector)))


def test_a_village_and_number_in_the_cell_after_a_persons_name(blank_detector):
    text = ("| Bokning | Väljare | Besök hos | Sign.\n"
            "| 12 | Raija Heikkinen | Granmyra 14 | k.ön\n"
            "| 13 | Leif Brandt | Avdelning 4 | k.ön\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("Granmyra 14") == "ADDRESS" and "Avdelning 4" not in found, found


def test_a_number_of_a_thing_a_persons_genitive_owns(blank_detector):
    assert any("SOC 71-4408" in t for t in _found(detect_text("Gunvors akt nr SOC 71-4408 finns hos oss.\n",
                                                                 blank_detector)))
    assert not any("71-4409" in t for t in _found(detect_text("Kommunens akt nr SOC 71-4409 finns.\n",
                                                                blank_detector)))


def test_the_district_town_and_country_after_a_street_abroad_without_a_postal_code(blank_detector):
    text = "Hans morbror Karwan bor på Shaqlawa Street 14, Ankawa, Erbil, Irak. Han ringer varje vecka.\n"
    found = _found(detect_text(text, blank_detector))
    assert found.get("Shaqlawa Street 14, Ankawa, Erbil, Irak") == "ADDRESS", found  # the country after it too


@pytest.mark.parametrize("text, address", [
    # the sentence goes on after a comma with a lowercase word: the district and the town before it are the address's
    ("A minha avó morava em Rua Bonita 7, Bairro Alto, Ermera,\ne depois mudou-se para a cidade.\n",
     "Rua Bonita 7, Bairro Alto, Ermera"),
    ("The family lived at Shaqlawa Street 9, Ankawa, Erbil, and then moved.\n", "Shaqlawa Street 9, Ankawa, Erbil"),
])
def test_the_district_and_town_after_a_street_abroad_before_the_sentence_goes_on(blank_detector, text, address):
    found = _found(detect_text(text, blank_detector))
    assert found.get(address) == "ADDRESS", found


@pytest.mark.parametrize("header", ["Fakturaadress", "Faktureringsadress"])
def test_a_village_and_number_under_an_invoice_address_header(header, blank_detector):
    # where a private payer's bill goes is where the payer lives; a post box there is a company's
    text = (f"| Innehavare | Avgift | {header}\n"
            "| Gunnel Åkerlind | 450 kr | Storsjöbyn 7\n"
            "| Ture Malmqvist | 450 kr | Lillträsk 23\n"
            "| Sjöbergs Åkeri AB | 900 kr | Box 118\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("Storsjöbyn 7") == "ADDRESS" and found.get("Lillträsk 23") == "ADDRESS", found
    assert "Box 118" not in found


@pytest.mark.parametrize("text, number", [
    ('"Jag bifogar kvitto nr 0087-442 och foton från lägenheten."', "0087-442"),
    ("Hon har sparat orderbekräftelsen, nummer 55-10442, och visar den.", "55-10442"),
    ("Köparen lämnade in kvittot nr K 8812 04 i butiken.", "K 8812 04"),
    ("Vi bifogar fakturan nr 20417 från snickaren.", "20417"),
])
def test_a_purchase_paper_a_person_hands_in_is_masked_by_its_number(blank_detector, text, number):
    # the shop's receipt or order ties the purchase to the buyer; its number may have a phone's shape
    assert _found(detect_text(text, blank_detector)).get(number) == "ID_NUMBER"


@pytest.mark.parametrize("text", ["Kvitto nr 2026-0412 registrerades i kassan.", "Jag bifogar kvitto nr 12.",
                                  "Fakturan nr 20417 skickades av kommunen."])
def test_a_receipt_the_authority_registers_or_a_short_list_number_stays(blank_detector, text):
    assert "ID_NUMBER" not in _found(detect_text(text, blank_detector)).values()


@pytest.mark.parametrize("text, number", [
    ("Stiftelsen delar ut stipendier; sökande nr BS-2025-031 Alva Lindh fick 5 000 kr.", "BS-2025-031"),
    ("Föreningen betalar; deltagare nr KU-2026-118 Elin Berg fick bidraget.", "KU-2026-118"),
])
def test_a_code_of_a_cases_shape_after_a_persons_role_and_nr_is_masked(blank_detector, text, number):
    # a person's role numbers the code: the authority's case is never labelled so
    assert _found(detect_text(text, blank_detector)).get(number) == "ID_NUMBER"

"""Personal identity numbers of Switzerland, Luxembourg, Germany, China, South Korea, Thailand, Taiwan, Brazil, Mexico,
South Africa and Ghana (its card's number by the country's letters and its hyphened groups), found without a label by their own checks and birth dates, in running text, on a label's line and in a
column; and numbers of other things of the same length and shape that stay (a case's, a telephone's, a sum's, an
invoice's, a wrong check).

Fictional people. The numbers were computed with each country's published check; the invalid ones are the same
numbers with one digit changed."""

from __future__ import annotations

import pytest

from redact.detect import national_ids_americas_africa as aa
from redact.detect import national_ids_asia as asia
from redact.detect import national_ids_west_europe as we
from test_detect_national_ids_abroad import detected, found


@pytest.mark.parametrize("check, good, bad", [
    (we.ahv_ok, ["756.4471.0229.38", "756.9012.8447.65", "7564471022938"], ["756.4471.0229.39", "757.4471.0229.38"]),
    (we.matricule_ok, ["1979082404545", "2001011731817"], ["1979082404546", "1979082404555", "1979132404545"]),
    (we.rentenversicherung_ok, ["12 240379 K 523", "53 010194 S 071", "12240379K523"],
     ["12 240379 K 524", "12 240379 L 523", "12 320379 K 523"]),
    (asia.china_resident_ok, ["310104198805234710", "440305197609110827"],
     ["310104198805234711", "310104198813234710", "44030519760911082X"]),
    (asia.korean_rrn_ok, ["790824-1044170", "030115-4221836"], ["790824-1044171", "791324-1044170", "790824-9044170"]),
    (asia.thai_id_ok, ["3 1004 01288 33 5", "1 5399 00447 12 7"], ["3 1004 01288 33 6", "0 1004 01288 33 5"]),
    (asia.taiwan_id_ok, ["F130552719", "K220718443", "E288120331"], ["F130552718", "F330552719", "I130552719"]),
    (aa.cpf_ok, ["284.715.093-50", "530.227.148-66"], ["284.715.093-51", "111.111.111-11"]),
    (aa.curp_ok, ["HERJ790824HJCRMN06", "LOPM030115MNLPRRA7"], ["HERJ790824HJCRMN07", "HERJ791324HJCRMN06"]),
    (aa.south_african_id_ok, ["7908245041089", "0301150087189"], ["7908245041088", "7913245041089", "7908245041389"]),
])
def test_each_countrys_check(check, good, bad):
    assert [v for v in good if not check(v)] == []
    assert [v for v in bad if check(v)] == []


@pytest.mark.parametrize("text, value", [
    # running text
    ("Sökanden Luca Meier, 756.4471.0229.38, har flyttat från Basel.", "756.4471.0229.38"),
    ("Modern Anne Schmit (1979082404545) bor sedan juni i Ekby.", "1979082404545"),
    ("Han uppger 12 240379 K 523 som sitt nummer hos Rentenversicherung.", "12 240379 K 523"),
    ("Wang Li, 310104198805234710, studerar i Lund.", "310104198805234710"),
    ("Kim Minji, 030115-4221836, går i klass 2.", "030115-4221836"),
    ("Somchai Boonmee har 3 1004 01288 33 5 på sitt kort.", "3 1004 01288 33 5"),
    ("Rafael Costa, 284.715.093-50, arbetar i Ekby.", "284.715.093-50"),
    ("Juan Hernández, HERJ790824HJCRMN06, ansöker om bygglov.", "HERJ790824HJCRMN06"),
    ("Thabo Nkosi, 7908245041089, arbetar på hamnen.", "7908245041089"),
    ("Chen Mei-hua, K220718443, studerar i Umeå.", "K220718443"),
    ("Kwame Mensah har GHA-712345678-4 på sitt kort.", "GHA-712345678-4"),
    # Myanmar's registration card by its own shape: state, township's syllables, citizenship's letter, six digits
    ("Hon har myanmariskt NRC 9/MaHaMa(N)220733 sedan 2010.", "9/MaHaMa(N)220733"),
    ("Aung Kyaw, 14/PaThaNa(N)118204, bor i Ekby.", "14/PaThaNa(N)118204"),
    # a label's line, whatever the label
    ("Namn: Luca Meier\nNummer: 756.9012.8447.65\nOrt: Basel", "756.9012.8447.65"),
    ("Namn: Lea Wagner\nVersicherungsnr. 53 010194 S 071", "53 010194 S 071"),
    ("Namn: Liu Yang\n证件号码：440305197609110827", "440305197609110827"),
    ("Namn: Lerato Dlamini\nIdentitet: 0301150087189", "0301150087189"),
])
def test_a_number_that_checks_itself_is_found_without_a_label(text, value):
    assert value in found(text)


def test_a_column_of_numbers_that_check_themselves(blank_detector):
    text = ("| Namn | Nummer | Ort |\n| Luca Meier | 756.4471.0229.38 | Basel |\n"
            "| Wang Li | 310104198805234710 | Lund |\n| Rafael Costa | 530.227.148-66 | Ekby |\n"
            "| Maria López | LOPM030115MNLPRRA7 | Ekby |\n")
    hits = detected(blank_detector, text)
    assert {("ID_NUMBER", "756.4471.0229.38"), ("ID_NUMBER", "310104198805234710"),
            ("ID_NUMBER", "530.227.148-66"), ("ID_NUMBER", "LOPM030115MNLPRRA7")} <= hits


@pytest.mark.parametrize("text", [
    # a wrong check digit
    "Luca Meier, 756.4471.0229.39, Basel.",
    "Anne Schmit (1979082404546) bor i Ekby.",
    "Lea Wagner, 12 240379 K 524, Köln.",
    "Wang Li, 310104198805234711, Lund.",
    "Kim Minji, 030115-4221837, Ekby.",
    "Somchai Boonmee har 3 1004 01288 33 6 på kortet.",
    "Rafael Costa, 284.715.093-51, Ekby.",
    "Juan Hernández, HERJ790824HJCRMN07, Ekby.",
    "Thabo Nkosi, 7908245041088, Ekby.",
    "Chen Mei-hua, K220718444, Umeå.",
    # numbers of other things of the same length and shape, their own checks passing
    "Fakturanummer 1979082404545 förfaller den 30 april.",
    "OCR-nummer 310104198805234710",
    "Dnr 790824-1044170 gäller ärendet.",
    "Tel. 3 1004 01288 33 5",
    "Summa att betala: 7908245041089 kr",
    "Referens 756.4471.0229.38 anges vid betalning.",
    "Ärende 12 240379 K 523 avslutat.",
    "Fakturanummer E288120331 förfaller i maj.",
    # a bar code of a Swiss product: the AHV's thirteen digits joined are read after a label only
    "Artikeln 7564471022938 levererades.",
    # a case of a series lettered so, and a number one digit short of the Ghana Card's
    "Ärende GHA-2027-0441 avslutat, se även GHA-71234567-4.",
    "Fakturanummer GHA-712345678-4 förfaller i maj.",
    # a bracketed letter after a word in a case's reference is no registration card's
    "Se bilaga 3/Ekby(N)2207 och 15/MaHa(N)220733.",
    # a date-built case number, a telephone number and an amount in the CPF's length
    "Ärendet 2024-0312-118 och telefon 070-123 45 67 och 284 715 093,50 kr.",
])
def test_numbers_of_other_things_or_a_wrong_check_are_not_read(text):
    assert found(text) == []

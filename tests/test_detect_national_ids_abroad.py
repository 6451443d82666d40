"""Personal identity numbers of other countries: found without a label where the number's own check and birth date
hold (PESEL, isikukood, Belgium's national number, CNP, kennitala, DNI/NIE, codice fiscale, NIR, a National Insurance
number in its pairs), found after a label in Swedish, English or the country's own language, and the near misses that
stay (sums, telephone numbers, accounts, invoices, cases, organisation numbers, Swedish personnummer, dates).

Fictional people. The numbers were computed with each country's published check (and the same numbers with one
digit or letter changed are the invalid ones)."""

from __future__ import annotations

import pytest

from redact.detect import national_ids_abroad as n
from redact.detect.labelled_id import LabelledIdRecognizer
from redact.types import Page

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    """What the identifier recognizer proposes (ID_NUMBER)."""
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


def detected(detector, text: str) -> set[tuple[str, str]]:
    """What every recognizer proposes, with its category."""
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {(f.category, f.text) for f in detector.detect(page)}


# --- the checks themselves ---

@pytest.mark.parametrize("check, good, bad", [
    (n.pesel_ok, ["85031212343", "92110577880", "02281434510", "77072500163"], ["85031212344", "85131212343"]),
    (n.isikukood_ok, ["38702142710", "49205180822", "61003010335", "38804120344", "49107280519"],
     ["38702142711", "18702142710", "38713142710"]),
    (n.belgian_ok, ["85073003328", "92021411850", "03051125496"], ["85073003329", "85133003328", "85073099928"]),
    (n.cnp_ok, ["2850312123459", "1791105400121", "6010228112232", "1920823400563"],
     ["2850312123458", "2850312993459", "9850312123459"]),
    (n.kennitala_ok, ["0311753139", "2506984539", "0711003249"], ["0311753138", "0311753149", "4311753139"]),
    (n.dni_ok, ["48271935H", "07731204F", "51128843G", "X4471290K", "Y-2208174-G", "Z1109328C"],
     ["48271935J", "X4471290L", "W4471290K"]),
    (n.codice_fiscale_ok, ["BNCLRA82D52F205U", "RSSGPP71B14H501G", "VRDMRC90T03L219G", "RSSGPP71B14H50MY"],
     ["BNCLRA82D52F205V", "RSSGPP71B94H501G"]),
    (n.nir_ok, ["185057800608491", "292027511420358", "177069935203775", "291032A00411774", "1 85 05 78 006 084 91"],
     ["185057800608492", "385057800608491", "185057800000091"]),
])
def test_each_countrys_check(check, good, bad):
    assert [v for v in good if not check(v)] == []
    assert [v for v in bad if check(v)] == []


def test_a_birth_date_still_to_come_is_no_ones():
    # PESEL's month 21-32 is the 2000s: a date after today is no birth date
    assert not n.pesel_ok("99321212343")


# --- found without a label, by the number's own check ---

UNLABELLED = [
    ("Sökanden Marta Nowak, 85031212343, har flyttat från Kraków.", "85031212343"),  # PESEL
    ("Dottern Zofia Nowak (02281434510) går i förskoleklass.", "02281434510"),  # PESEL, born in the 2000s
    ("Kadri Kask, 49205180822, pendlar från Tallinn.", "49205180822"),  # isikukood
    ("| Jonas Petraitis | 38804120344 | Vilnius |", "38804120344"),  # Lithuania's
    ("Lucas Peeters (85.07.30-033.28) bor sedan maj i Ekby.", "85.07.30-033.28"),  # Belgium, as written
    ("Lucas Peeters 850730 033 28 ansöker om bygglov.", "850730 033 28"),
    ("Lotte Janssens, 03051125496, är elev i klass 7B.", "03051125496"),
    ("Modern Elena Dumitru, 2850312123459, bor i Ekby.", "2850312123459"),  # CNP
    ("Ion Popescu\n1791105400121\nStorgatan 4", "1791105400121"),
    ("Jón Sigurðsson, 031175-3139, arbetar på hamnen.", "031175-3139"),  # kennitala
    ("Carlos García, 48271935H, ansöker om uppehållstillstånd.", "48271935H"),  # DNI
    ("Carlos García, 48271935-H, ansöker.", "48271935-H"),
    ("Ana López har X4471290K enligt sitt kort.", "X4471290K"),  # NIE
    ("Giulia Bianchi, BNCLRA82D52F205U, bor i Ekby.", "BNCLRA82D52F205U"),  # codice fiscale
    ("Claire Dubois, 1 85 05 78 006 084 91, bor i Ekby.", "1 85 05 78 006 084 91"),  # NIR
    ("Claire Dubois 185057800608491 har arbetat i Lyon.", "185057800608491"),
    ("Paul Santoni, 2 91 03 2A 004 117 74, Ajaccio.", "2 91 03 2A 004 117 74"),  # Corsica's department
    ("James Smith, JT 47 21 90 B, arbetar i Ekby.", "JT 47 21 90 B"),  # NINO in its pairs
    # a name beginning as a telephone's, an article's or a payment's word does not make the number theirs
    ("Avinash Kumar, 85031212343, Vera Moberg, 49205180822, Arturo Ruiz, 48271935H.", "85031212343"),
    ("Avinash Kumar, 85031212343, Vera Moberg, 49205180822, Arturo Ruiz, 48271935H.", "49205180822"),
    ("Avinash Kumar, 85031212343, Vera Moberg, 49205180822, Arturo Ruiz, 48271935H.", "48271935H"),
]


@pytest.mark.parametrize("text, value", UNLABELLED)
def test_a_number_that_checks_itself_is_found_without_a_label(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "Marta Nowak, 85031212344, har flyttat.",  # PESEL, a wrong check digit
    "Kadri Kask, 49205180823, pendlar.",
    "Lucas Peeters (85.07.30-033.29) bor i Ekby.",
    "Elena Dumitru, 2850312123458, bor i Ekby.",
    "Carlos García, 48271935J, ansöker.",
    "Ana López har X4471290L enligt kortet.",
    "Giulia Bianchi, BNCLRA82D52F205V, bor i Ekby.",
    "Claire Dubois, 1 85 05 78 006 084 92.",
    "James Smith, QQ 12 34 56 E, arbetar.",  # a NINO ends in A-D
    "James Smith, DQ 12 34 56 C, arbetar.",  # and never begins with D
    "Han har GB 12 34 56 A på kvittot.",  # nor with GB
])
def test_a_wrong_check_or_a_letter_a_number_never_has_is_not_found(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("Mehmet Yılmaz, 10472056320, söker.", "10472056320"),  # Turkey's T.C. Kimlik No: a label needed
    ("Georgi Ivanov, 8521031235, söker.", "8521031235"),  # Bulgaria's EGN: ten digits, a Swedish number's shape
    ("Mette Hansen, 070488-1235, bor i Malmö.", "070488-1235"),  # Denmark's CPR: no check since 2007
    ("Ivan Horvat, 69027387162, söker.", "69027387162"),  # Croatia's OIB: one weak check digit
    ("Jan de Vries 111222333 söker.", "111222333"),  # the Netherlands' BSN
    ("James Smith, JT472190B, arbetar.", "JT472190B"),  # a NINO without its spaces
])
def test_a_number_whose_check_is_weak_needs_a_label(text, value):
    assert value not in found(text)


# --- near misses: numbers of other things ---

@pytest.mark.parametrize("text", [
    "Fakturanummer 85031212343 förfaller den 30 april.",
    "Telefonnr: 85031212343",
    "Fakturan 2850312123459 betalades i maj.",
    "OCR-nummer 49205180822",
    "OCR: 2850312123459",
    "Summa att betala: 85031212343 kr",
    "Ring mig på 46701231006 efter klockan 16.",  # a mobile number in its international form
    "Ring mig på +46701231006 efter klockan 16.",
    "Tel. 031175-3139 (växeln)",
    "Konto 50001234567 hos banken.",
    "Referens 1 85 05 78 006 084 91 anges vid betalning.",
    "Org.nr 556036-0793 gäller bolaget.",
    "Ärende KS 2024/0312 och dnr 2024-00312.",
    "Mötet hölls 2024-03-12 kl. 10.30.",
    "Artikel 20240312A beställdes.",  # a date and a letter
    "Version 20240312-K av planen.",
    "Belopp 85.07.30-033.28",
])
def test_numbers_of_other_things_are_not_identity_numbers(text):
    assert found(text) == []


def test_a_swedish_personnummer_keeps_its_own_category(blank_detector):
    # 031205-0180 is a valid personnummer (5 December 2003) and a valid kennitala (3 December 2005): Swedish it stays
    hits = detected(blank_detector, "Anna Ek, 121212-1212, och Per Ek, 031205-0180, bor i Ekby.")
    assert {("PERSONNUMMER", "121212-1212"), ("PERSONNUMMER", "031205-0180")} <= hits
    assert not any(c == "ID_NUMBER" for c, _ in hits)


def test_a_sum_an_account_and_an_iban_keep_their_categories(blank_detector):
    text = "Betala 85031212343 kr till IBAN SE45 5000 0000 0583 9825 7466 eller bankgiro 5050-1055."
    assert not any(c == "ID_NUMBER" for c, _ in detected(blank_detector, text))


# --- labels ---

LABELLED = [
    # Swedish: a country's number by its adjective, the home country's (values with a slip: only the label finds them)
    ("Nationellt id-nummer: 48271935J", "48271935J"),
    ("Hon uppgav sitt spanska identitetsnummer Y-2208174-H vid besöket.", "Y-2208174-H"),
    ("Rumänskt id-nr 1791105400120 enligt passet.", "1791105400120"),
    ("Hemlandets personnummer: 49205180823", "49205180823"),
    ("Id-nummer i hemlandet: 8521031236", "8521031236"),
    ("Hans turkiska identitetsnummer 10472056321 står i beslutet.", "10472056321"),
    # English
    ("National identification number (Poland): 85031212344", "85031212344"),
    ("Personal identity code 38702142711", "38702142711"),
    ("NI number: QQ123456C", "QQ123456C"),
    ("National Insurance No. JT 47 21 90 E", "JT 47 21 90 E"),
    # the countries' own names
    ("Cod numeric personal: 1791105400120", "1791105400120"),
    ("Cod Numeric Personal (CNP): 2850312123458", "2850312123458"),
    ("Carlos García, DNI 48271935J, ansöker.", "48271935J"),
    ("D.N.I. 07731204-G", "07731204-G"),
    ("Documento Nacional de Identidad: 51128843H", "51128843H"),
    ("Número de identidad de extranjero: X4471290L", "X4471290L"),
    ("cod. fisc. BNCLRA82D52F205V", "BNCLRA82D52F205V"),
    ("Numéro national: 85.07.30-033.29", "85.07.30-033.29"),
    ("Numéro NISS 85.07.30-033.29", "85.07.30-033.29"),
    ("INSZ 92.02.14-118.51", "92.02.14-118.51"),
    ("Numéro de sécurité sociale 1 85 05 78 006 084 92, à Lyon.", "1 85 05 78 006 084 92"),
    ("Numéro d'inscription au répertoire (NIR): 1 85 05 78 006 084 92", "1 85 05 78 006 084 92"),
    ("T.C. kimlik numarası: 10472056321", "10472056321"),
    ("TCKN 28411902097", "28411902097"),
    ("Osobni identifikacijski broj: 69027387163", "69027387163"),
    ("Georgi Ivanov, ЕГН 8521031236.", "8521031236"),
    ("Número de contribuinte 231 456 787", "231 456 787"),
    ("IdNr 86 023 947 312", "86 023 947 312"),
    ("Sofinummer 1112.22.334", "1112.22.334"),
    # a group of five digits among the groups, as Thailand writes its thirteen
    ("Hon har thailändskt id-nummer 3 1207 55318 40 2 enligt kortet.", "3 1207 55318 40 2"),
    # capitals inside the digits, as Belarus writes its personal number (the region's letter, the citizenship's)
    ("Han har belarusiskt id-nummer 2140572B017PB6 och bor i Umeå.", "2140572B017PB6"),
    # the adjectives of countries further off: Palestine's nine digits, Taiwan's letter and nine digits
    ("Hon har palestinskt id-nummer 931207745 enligt kortet.", "931207745"),
    ("Han har taiwanesiskt id-nummer F130552714 i passet.", "F130552714"),
    # southern Africa's: the birth date and a serial, eleven or thirteen digits written whole
    ("Hon har namibiskt id-nummer 81030500712 enligt kortet.", "81030500712"),
    ("Han har botswanskt id-nummer 552107318 i passet.", "552107318"),
    # the French-speaking countries' identity card: its letter and the digits, though shaped as a telephone's
    ("Sa CNI C 0227 4418 31, téléphone 076-220 71 18.", "C 0227 4418 31"),
]


@pytest.mark.parametrize("text, value", LABELLED)
def test_a_number_after_its_countrys_label(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text, value", [
    # "Label: value" with the value on the next line, and the next cell of a table row
    ("Namn: Carlos García\nDNI:\n48271935J\nAdress: Calle Mayor 4", "48271935J"),
    ("| Namn | Carlos García |\n| DNI | 48271935J |", "48271935J"),
    ("| Jan de Vries | Sofinummer | 1112.22.334 |", "1112.22.334"),
])
def test_a_label_ending_its_line_or_its_cell(text, value):
    assert value in found(text)


def test_already_read_labels_still_find_their_numbers():
    # read before this module (identity_code_labels, the "-nummer" compounds): kept
    for text, value in [("Mette Hansen, CPR-nr. 070488-1235, bor i Malmö.", "070488-1235"),
                        ("Jan de Vries, BSN 111222333.", "111222333"),
                        ("Mehmet Yılmaz, TC kimlik no 10472056320, söker.", "10472056320"),
                        ("Hans Müller, Steuer-ID 86 023 947 311.", "86 023 947 311")]:
        assert value in found(text)


@pytest.mark.parametrize("text", [
    "Nationellt id-nummer: 2024-03-12",  # a date
    "Polskt id-nummer saknas; avgiften 4 500 kr betalas i maj.",
    "Ni number ett och två i kön.",  # "ni" is Swedish: the English label in its capitals only
    "dni 12345678 i kalendern",  # a short name in small letters
    "Numéro national 2024",  # a year
])
def test_a_label_before_no_code_finds_nothing(text):
    assert found(text) == []


def test_a_valid_swedish_personnummer_after_a_foreign_label_is_the_personnummer_detectors():
    assert found("Hemlandets personnummer: 121212-1212") == []


@pytest.mark.parametrize("header, kind", [
    ("Numéro national", "id"), ("DNI/NIE", "id"), ("NISS", "id"), ("Cod numeric personal", "id"),
    ("Nationellt id-nummer (land)", "id"), ("Nationalitet", None), ("Numéro", None),
])
def test_a_countrys_label_heads_a_column_of_numbers(header, kind):
    from redact.detect.table_headers import header_kind

    assert header_kind(header) == kind


def test_a_column_of_numbers_under_a_countrys_label(blank_detector):
    # the values with a slip in their keys: the header alone says what they are
    text = ("| Namn | Numéro national | Ort |\n| Lucas Peeters | 85.07.30-033.29 | Gent |\n"
            "| Lotte Janssens | 92.02.14-118.51 | Brugge |\n")
    hits = detected(blank_detector, text)
    assert {("ID_NUMBER", "85.07.30-033.29"), ("ID_NUMBER", "92.02.14-118.51")} <= hits


@pytest.mark.parametrize("text, value", [
    # a country's adjective before a register's short name made a "-kod" or "-nummer"; the register's letters with
    # the value are part of it
    ("Nr 3: Juha har finsk FPA-kod KELA 7724-1093 och bor i Vaasa.", "KELA 7724-1093"),
    ("Hon uppger norskt NAV-nummer 2209 4471 88 i ansökan.", "2209 4471 88"),
])
def test_a_number_after_a_countrys_register_label(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "Bolaget har finsk FPA-kod 12 för arbetsgivaravgiften.",  # a short class code, no person's number
    # no country named: not this rule's (with Kela's own letters, "KELA 7724-1093", it is the body's code of a
    # person abroad, see test_detect_register_codes)
    "Hon anger FPA-kod AB 7724-1093 utan land.",
])
def test_a_register_label_without_a_persons_number_or_a_country_finds_nothing_here(text):
    assert not any(hit in ("12", "AB 7724-1093", "7724-1093") for hit in found(text)), found(text)


def test_a_column_under_a_bare_foreign_id_header_holds_each_persons_number(tmp_path, blank_detector):
    # a Dutch BSN has nine digits and a weak check, no date: under "Utländskt id" the header says whose number it is
    import sys
    from pathlib import Path

    from redact.pipeline import detect_document

    sys.path.insert(0, str(Path(__file__).parent))
    from pdf_builders import new_pdf, save, table, write_lines

    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Anmälda utflyttningar"], y=60)
    # (a column of many countries' numbers: the Norwegian one checks itself, the Dutch ones only by the header)
    table(page, (30, 80), [["Nr", "Namn", "Född", "Nytt land", "Utländskt id", "Hl"],
                           ["1", "Sigrid Aas", "15.03.1985", "Norge", "15038541215", "abe"],
                           ["2", "Mirjam de Boer", "3 Feb 1991", "Nederländerna", "318275041", "kls"],
                           ["3", "Ruben Visser", "1987-10-04", "Nederländerna", "227516096", "abe"]], col_width=90)
    det = detect_document(save(doc, tmp_path / "utflyttning.pdf"), blank_detector)
    assert {"318275041", "227516096"} <= {f.text for f in det.findings if f.category == "ID_NUMBER"}


@pytest.mark.parametrize("text, value", [
    ("Han uppger sitt utländska id 318275041 på blanketten.", "318275041"),
    ("Nationellt id: 227516096 (Nederländerna).", "227516096"),
])
def test_a_number_after_a_bare_foreign_id_label(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "Utländska id-handlingar granskades 2026-03-14 i ärende 4417.",  # the documents, not a number of them
    "Utländskt id saknas; avgiften 318 275 kr betalas ändå.",  # a sum after the label's clause
])
def test_a_bare_foreign_id_label_without_a_persons_number_finds_nothing(text):
    assert not found(text), found(text)


@pytest.mark.parametrize("text, value", [
    # a country's adjective before its register's short name alone, as the country writes it
    ("Mannen har australiskt TFN 718 204 553 och bodde i Adelaide.", "718 204 553"),
    ("Hon har kanadensiskt SIN 130 692 544 enligt arbetsgivaren.", "130 692 544"),
    # (a Caribbean country's tax number by its short name, its groups parted by dashes)
    ("Fadern har jamaicanskt TRN 118-604-337 enligt intyget.", "118-604-337"),
    # the countries further off by the Swedish adjective and a bare "id"
    ("Dottern har israeliskt id 318502947 enligt intyget.", "318502947"),
    ("Han uppger japanskt id-nummer 4471 8820 3315 på blanketten.", "4471 8820 3315"),
    # France's tax number and the English names of tax and insurance numbers
    ("Hyresvärden anger numéro fiscal 21 07 553 918 204 i kontraktet.", "21 07 553 918 204"),
    ("His tax file number is 553 918 207 according to the letter.", "553 918 207"),
])
def test_more_countries_numbers_after_their_labels(text, value):
    assert value in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Den australiska TFN-blanketten skickades 2026-03-14.",  # the form, no number
    "Det kanadensiska SIN kostar 250 kr att förnya.",  # a sum after the label
])
def test_those_labels_without_a_persons_number_find_nothing(text):
    assert not found(text), found(text)


@pytest.mark.parametrize("value", ["R305718(5)", "XY530917(7)", "M660214 (8)"])
def test_hong_kong_card_check(value):
    assert n.hkid_ok(value)


@pytest.mark.parametrize("value", ["R305718(4)", "XY530917(A)", "R3057185", "RR3057181(5)"])
def test_hong_kong_card_check_fails(value):
    assert not n.hkid_ok(value)


@pytest.mark.parametrize("text, value", [
    # the bracketed check character belongs to the number, after a label or none
    ("Gästen Wing-yan Chau har Hongkong-id R305718(5) och stannar en vecka.", "R305718(5)"),
    ("Hon visade kortet XY530917(7) vid entrén.", "XY530917(7)"),
])
def test_a_hong_kong_card_number_with_its_check_in_brackets(text, value):
    assert value in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Artikel R305718(4) levereras i maj.",  # the check does not hold
    "Se bilaga B660214(2) i akten.",
])
def test_a_letter_six_digits_and_a_failing_bracket_stay(text):
    assert not any("(" in f for f in found(text)), found(text)


# --- the former Yugoslav states' JMBG (Slovenia's EMŠO): a birth date, a region, a mod 11 digit ---

@pytest.mark.parametrize("text, value", [
    ("| Mojca Zupan | 15. 6. 1985 | 1506985500120 |", "1506985500120"),
    ("Vittnet Dragan Ilić, 0706005500893, bor i Maribor.", "0706005500893"),  # born in 2005
    ("| Ana Horvat | 0112003500457 |", "0112003500457"),  # born on 1 December 2003
])
def test_a_jmbg_that_checks_itself_is_found_without_a_label(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "| Mojca Zupan | 1506985500121 |",  # the check digit wrong
    "| Mojca Zupan | 3206985500120 |",  # no such day
    "Fakturanummer 1506985500120 gäller april.",  # an invoice's number
])
def test_a_thirteen_digit_number_failing_the_jmbg_check_or_anothers_stays(text):
    assert found(text) == []


def test_every_own_label_holds_a_needle_of_the_rules_gate():
    """The rule searches a page only when its gate finds a needle there: every label in any case, lowercased, holds one
    of the gate's lowercase needles, and every short name in capitals one of its needles as written."""
    from label_spellings import caseless_and_cased, uncovered

    caseless, cased = caseless_and_cased(n._OWN)
    assert len(caseless) > 100 and len(cased) > 15
    assert uncovered(n._OWN_GATE, caseless, cased) == []


@pytest.mark.parametrize("text, expected", [
    # a short name in capitals on a page whose words hold its letters in small letters ("handlingen")
    ("Handlingen visar att Lucía Ortega har DNI 12345678Z enligt kortet.", "12345678Z"),
    ("Kontaktpersonen Pierre Morel har numéro INSEE 1 85 05 78 006 084 91.", "1 85 05 78 006 084 91"),
])
def test_an_own_label_in_capitals_or_in_any_case_passes_the_gate(text, expected):
    assert expected in found(text)


def test_every_own_label_holds_one_of_the_rules_needs():
    """The rule runs only on a page whose lowercased text holds one of its needs: every label, lowercased, holds one
    (a Belgian "rijksregisternr" alone on a page is read too)."""
    from label_spellings import caseless_and_cased

    caseless, cased = caseless_and_cased(n._OWN)
    needs = next(r.needs for r in n.RULES if r.name == "national_id_own_label")
    assert sorted(label for label in caseless | cased if not any(need in label.lower() for need in needs)) == []
    assert "85.07.30-033.28" in found("Dossier\nRijksregisternr: 85.07.30-033.28\nGent")


@pytest.mark.parametrize("text, value", [
    # Zimbabwe's national number: the district, the serial, the check letter and the district of origin
    ("Tendai har zimbabwiskt id-nummer 42-551208 K 19 sedan 2001.", "42-551208 K 19"),
    ("Rutendo har zimbabwiskt id-nummer 08-2231457K42.", "08-2231457K42"),
    # the letters a country's number opens with belong to it, after the country's adjective
    ("Akuol har sydsudanesiskt id-nummer SS 4410 2276 31 enligt passet.", "SS 4410 2276 31"),
    ("Mba har gabonesiskt id-nummer 3307 1192 5540.", "3307 1192 5540"),
])
def test_an_african_countrys_number_after_its_adjective_is_found_whole(text, value):
    assert value in found(text)

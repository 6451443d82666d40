"""Other countries' personal numbers after their own names (in their own scripts, in Latin letters, in English) and
after a Swedish adjective, in running text, on a "Label: value" line and in a column the name heads; and what stays
after such a name (a date, a year, a sum) or without one (a number whose check is weak or absent).

Fictional people; the numbers were made up or computed with each country's published check."""

from __future__ import annotations

import pytest

from redact.detect.national_id_names import names_national_number
from test_detect_national_ids_abroad import detected, found


# (a country's name of its number, a number of its shape)
NAMED = [
    ("СНИЛС", "287-441-093 99"),  # Russia's insurance number
    ("ИНН", "500100732259"),  # Russia's taxpayer number
    ("ІПН", "3111712345"),  # Ukraine's
    ("ідентифікаційний номер", "3111712345"),
    ("УНЗР", "19790824-04417"),  # Ukraine's register record
    ("личный номер", "3240379K031PB4"),  # Belarus
    ("kod-e melli", "028-371554-5"),  # Iran's, in Latin letters and in its own
    ("کد ملی", "028-371554-5"),
    ("national code", "028-371554-5"),
    ("الرقم الوطني", "04020198331"),  # Syria's
    ("national number", "04020198331"),
    ("البطاقة الوطنية", "199012204471"),  # Iraq's
    ("national card", "199012204471"),
    ("الرقم القومي", "29001150100871"),  # Egypt's
    ("tazkira number", "1401-0208-44712"),  # Afghanistan's electronic tazkira
    ("تذکره", "1401-0208-44712"),
    ("Fayda", "4417 2290 3318"),  # Ethiopia's
    ("numri personal", "1200447183"),  # Kosovo's
    ("personal number", "01017044183"),  # Georgia's, in English
    ("პირადი ნომერი", "01017044183"),
    ("ՀԾՀ", "2208794471"),  # Armenia's
    ("public service number", "2208794471"),
    ("Sozialversicherungsnummer", "1248 120385"),  # Austria's
    ("numéro AVS", "756.4471.0229.38"),  # Switzerland's in French
    ("matricule", "1979082404545"),  # Luxembourg's
    ("Αριθμός Ταυτότητας", "1048273"),  # Cyprus's identity card
    ("ΑΜΚΑ", "24087912344"),  # Greece's
    ("ΑΦΤ", "20471183K"),  # Cyprus's tax identification code in Greek
    ("PPSN", "6620417T"),  # Ireland's
    ("Personal Public Service number", "6620417TA"),
    ("número de identificação civil", "14418220"),  # Portugal's
    ("enotna matična številka občana", "2408979500008"),  # Slovenia's EMŠO by its full name
    ("NHS number", "443 871 2290"),  # the United Kingdom's health service
    ("เลขประจำตัวประชาชน", "3 1004 01288 33 5"),  # Thailand's
    ("căn cước công dân", "001085012345"),  # Vietnam's
    ("PhilSys", "4471-2290-3318-2"),  # the Philippines'
    ("SSS No.", "34-4471229-0"),
    ("身份证号码", "310104198805234710"),  # China's
    ("resident identity card number", "310104198805234710"),
    ("주민등록번호", "790824-1044170"),  # South Korea's
    ("resident registration number", "790824-1044170"),
    ("NIC", "790824471V"),  # Sri Lanka's
    ("national identity card number", "199023704471"),
    ("nagarikta", "27-01-72-04417"),  # Nepal's citizenship certificate
    ("CNIE", "BE 441722"),  # Morocco's
    ("CIN", "09447122"),  # Tunisia's
    ("KRA PIN", "A004471229Z"),  # Kenya's
    ("teudat zehut", "207411281"),  # Israel's
    ("תעודת זהות", "207411281"),
    ("SIN", "046 128 716"),  # Canada's
    ("numéro d'assurance sociale", "046 128 716"),
    ("マイナンバー", "4471 2290 3318"),  # Japan's
    ("регистрийн дугаар", "УБ79082411"),  # Mongolia's
]


@pytest.mark.parametrize("label, value", NAMED)
def test_a_number_after_its_countrys_own_name_in_running_text(label, value):
    assert value in found(f"Sökanden Amal Haddad uppger {label} {value} i ansökan."), found(
        f"Sökanden Amal Haddad uppger {label} {value} i ansökan.")


@pytest.mark.parametrize("label, value", NAMED)
def test_a_number_on_its_names_line(label, value):
    assert value in found(f"Namn: Amal Haddad\n{label}: {value}\nOrt: Malmö")


@pytest.mark.parametrize("label, value", NAMED)
def test_a_column_headed_by_a_countrys_name_of_its_number(blank_detector, label, value):
    text = f"| Namn | {label} | Ort |\n| Amal Haddad | {value} | Malmö |\n| Nadia Karimi | {value} | Lund |\n"
    # (a value in a telephone's or an account's shape keeps that category, as under any identity number's header:
    # it is masked all the same)
    assert value in {t for _, t in detected(blank_detector, text)}


@pytest.mark.parametrize("header", ["СНИЛС", "Numéro AVS", "کد ملی", "NHS number", "身份证号码",
                                    "Syriskt national number", "PPSN:"])
def test_a_countrys_name_heads_a_column(header):
    from redact.detect.table_headers import header_kind

    assert names_national_number(header)
    assert header_kind(header) == "id"


@pytest.mark.parametrize("header", ["Nationalitet", "Personal", "Card", "Inn", "Service", "Nummer"])
def test_other_headers_are_no_countrys_name(header):
    assert not names_national_number(header)


@pytest.mark.parametrize("text, value", [
    # a Swedish adjective of a country, the number with long groups after a dash, its province's "00" first or its
    # letters after it
    ("Han uppger pakistanskt id-nummer 35202-4471229-1 i ansökan.", "35202-4471229-1"),
    ("Iranskt id-nummer: 028-371554-5", "028-371554-5"),
    ("Hon har vietnamesiskt id-nummer 001085012345 enligt kortet.", "001085012345"),
    ("Ugandiskt id-nummer: CM79082410ABCD", "CM79082410ABCD"),
    # the countries newly named by their adjective
    ("Hon anger nepalesiskt id-nummer 27-01-72-04417.", "27-01-72-04417"),
    ("Bangladeshiskt id-nummer: 7790824471", "7790824471"),
    ("Han har gambiskt id-nummer 447122903.", "447122903"),
    # a country's population register's number, in Latin letters ("регистрийн дугаар" in Swedish)
    ("Tsetseg har mongoliskt registernummer ОЮ88041217 sedan 2019.", "ОЮ88041217"),
    ("Batbayar har mongoliskt registernummer AB86102314 och bor i Umeå.", "AB86102314"),
    # a check letter closing the digits after a country's short name (Cyprus's TIC)
    ("Andreas har cypriotiskt TIC 20471183K sedan i fjol.", "20471183K"),
])
def test_a_number_after_a_swedish_adjective_of_its_country(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    # a name before no personal number: a date, a year, a sum, a short number
    "Hennes СНИЛС skickades 2026-03-12 till Moskva.",
    "Han fick sitt PPSN 2019 i Dublin.",
    "NHS number 4471 kr i avgift.",
    "Kod-e melli 12 saknas.",
    "SIN 2026",
    # the countries' numbers with a weak check or none are not read without their name
    "Amal Haddad 287-441-093 99 bor i Malmö.",
    "Olena Kovalenko, 3111712345, Lviv.",
    "Nadia Karimi 028-371554-5 bor i Lund.",
    # numbers of other things: a case, a telephone, an invoice, an amount
    "Dnr 2026-00412 och tel. 040-44 71 22 och fakturanummer 500100732259 och 1 048 273 kr.",
])
def test_no_personal_number_without_its_name_or_after_it(text):
    assert found(text) == []


def test_every_name_holds_a_needle_of_the_rules_gate():
    """The rule searches a page only when its gate finds a needle there: every name, lowercased, holds one of the
    gate's lowercase needles, and every short name in capitals one of its needles as written."""
    import re
    from re import _parser

    from label_spellings import spelled, uncovered
    from redact.detect import national_id_names as n

    names = spelled(_parser.parse(n._NAMES, re.VERBOSE).data) | spelled(_parser.parse(n._CHINESE).data)
    capitals = spelled(_parser.parse(n.ACRONYMS).data)
    assert len(names) > 250 and len(capitals) > 20
    assert uncovered(n._NAMES_GATE, names, capitals) == []


@pytest.mark.parametrize("text, value", [
    # the short name in capitals on a page whose words hold its letters in small letters ("sina", "innan")
    ("Han lämnade sina papper innan mötet. Hennes SIN 046 454 286 står i ansökan.", "046 454 286"),
    ("Olga Petrova, ИНН 500100732259, flyttade innan årsskiftet.", "500100732259"),
    # a name in small letters, and one in any case
    ("Enligt intyget är hennes national number 04020198331.", "04020198331"),
    ("Hans PERSONAL NUMBER 01017044183 finns i passet.", "01017044183"),
])
def test_a_name_of_any_case_and_a_short_name_in_capitals_pass_the_gate(text, value):
    assert value in found(text)


def test_the_gate_reads_a_part_of_a_text_as_a_whole_one():
    from redact.detect.national_id_names import _NAMES_GATE

    text = "Han lämnade sina papper innan mötet. Hennes SIN 046 454 286 står i ansökan."
    assert _NAMES_GATE.search(text) and _NAMES_GATE.search(text, text.index("SIN"), text.index("SIN") + 3)
    assert _NAMES_GATE.search(text, 0, text.index("SIN")) is None
    assert _NAMES_GATE.search("Hennes national number står här.", 7, 30)


def test_every_name_holds_one_of_the_rules_needs():
    """The rule runs only on a page whose lowercased text holds one of its needs: every name, lowercased, holds one
    (a German pension number's "RV-Nummer" alone on a page is read too)."""
    import re
    from re import _parser

    from label_spellings import spelled
    from redact.detect import national_id_names as n

    names = spelled(_parser.parse(n._NAMES, re.VERBOSE).data) | spelled(_parser.parse(n._CHINESE).data)
    names |= spelled(_parser.parse(n.ACRONYMS).data)
    assert sorted(name for name in names if not any(need in name.lower() for need in n._NEEDS)) == []
    assert "1248 120385" in found("Rentenkonto\nRV-Nummer: 1248 120385\nOrt: Kassel")


def test_a_check_letter_after_a_countrys_short_name_is_the_numbers_not_its_label():
    # the register's short name stays readable: the value alone is the person's (the learned tagger, which read
    # "TIC 2047…" whole before, then gives way to the rule's value)
    assert found("Andreas har cypriotiskt TIC 20471183K sedan i fjol.") == ["20471183K"]


def test_a_companys_register_number_of_few_digits_is_no_persons():
    assert not found("Bolaget har tyskt registernummer HRB 44182 i Köln.")

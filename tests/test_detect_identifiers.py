"""Identifiers beyond the personnummer: labelled numbers, sole traders, accounts and IBANs,
and numbers broken at a line end. Fictional documents; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> set[tuple[str, str]]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {(f.category, f.text) for f in detector.detect(page)}


PERSONAL_FILE = """Personalakt
Namn: Jelena Marković Sundqvist
Anställningsnummer 61 442 gäller från 1 mars.
Personalnr: P-20931
Lönekonto
Kontonummer: 9020 44 18231
Hon är kund hos oss med kundnummer 118-44021 och har
Medlemsnummer
5521 907
Försäkringsnr. 77-3310-5
"""

PATIENT_NOTE = """Patientnummer: 44 120 981 avser Tariq Haidari.
Elevnummer | E-40177
Klientnummer är 2024-118
Kundnummer 7
"""


@pytest.mark.parametrize("category,value", [
    ("ID_NUMBER", "61 442"),
    ("ID_NUMBER", "P-20931"),
    ("BANK_ACCOUNT", "9020 44 18231"),
    ("ID_NUMBER", "118-44021"),
    ("ID_NUMBER", "5521 907"),  # the next cell of a table row: the line after the label
    ("ID_NUMBER", "77-3310-5"),
])
def test_labelled_identifiers_in_a_personnel_file(blank_detector, category, value):
    assert (category, value) in found(blank_detector, PERSONAL_FILE)


def test_labelled_identifiers_after_a_colon_a_cell_rule_or_a_verb(blank_detector):
    hits = found(blank_detector, PATIENT_NOTE)
    assert {("ID_NUMBER", "44 120 981"), ("ID_NUMBER", "E-40177"), ("ID_NUMBER", "2024-118")} <= hits
    # one digit after a label is an item of a list, not an identifier
    assert not any(text == "7" for _, text in hits)


SOLE_TRADER = """Leverantör: Ekströms Måleri (enskild firma)
Momsreg.nr SE720418556001, organisationsnummer 720418-5560.
Betalas till plusgiro 1 23 45-5 eller bankgiro 5902-143? Nej, bankgiro 5050-1055.
Utbetalning: clearingnummer 8327-9, konto 512 044 781-3.
"""


def test_a_sole_traders_vat_and_organisation_number_are_the_owners_personnummer(blank_detector):
    hits = found(blank_detector, SOLE_TRADER)
    assert ("PERSONNUMMER", "SE720418556001") in hits
    assert ("PERSONNUMMER", "720418-5560") in hits


def test_a_companys_vat_number_stays_an_organisation_number(blank_detector):
    hits = found(blank_detector, "Momsreg.nr SE556677889901 tillhör bolaget.")
    assert not any(cat == "PERSONNUMMER" for cat, _ in hits)


def test_giro_and_clearing_plus_account_of_a_sole_trader(blank_detector):
    hits = found(blank_detector, SOLE_TRADER)
    assert ("BANK_ACCOUNT", "1 23 45-5") in hits
    assert ("BANK_ACCOUNT", "5050-1055") in hits
    assert ("BANK_ACCOUNT", "8327-9, konto 512 044 781-3") in hits


IBANS = """Återbetalning till IBAN PL61 1090 1014 0000 0712 1981 2874 (Polen),
IBAN BA39 1290 0794 0102 8494 eller TN50 1000 5016 7130 0000 0001.
Norskt konto NO93 8601 1117 947. Svenskt konto: SE91 3000
0000 0123 4567 8901
Felaktigt: SE92 3000 0000 0123 4567 8901
"""


@pytest.mark.parametrize("iban", [
    "PL61 1090 1014 0000 0712 1981 2874",
    "BA39 1290 0794 0102 8494",
    "TN50 1000 5016 7130 0000 0001",
    "NO93 8601 1117 947",
    "SE91 3000\n0000 0123 4567 8901",  # broken over a line end
])
def test_ibans_of_many_countries_checksum_verified(blank_detector, iban):
    assert ("IBAN", iban) in found(blank_detector, IBANS)


def test_an_iban_with_a_wrong_checksum_is_not_one(blank_detector):
    assert not any(text.startswith("SE92") for cat, text in found(blank_detector, IBANS) if cat == "IBAN")


BROKEN = """Ring Ronja Westergren på 073-
518 42 90 eller på jobbet 031-
77 12 40. Kontot: clearing 6112 kontonummer 412 665
337.
Tel 08-640 22 15
12 deltagare kom.
"""


@pytest.mark.parametrize("category,value", [
    ("PHONE", "073-\n518 42 90"),
    ("PHONE", "031-\n77 12 40"),
    ("BANK_ACCOUNT", "6112 kontonummer 412 665\n337"),
])
def test_numbers_broken_at_a_line_end(blank_detector, category, value):
    assert (category, value) in found(blank_detector, BROKEN)


def test_a_whole_number_on_one_line_does_not_take_the_next_lines_figures(blank_detector):
    assert ("PHONE", "08-640 22 15") in found(blank_detector, BROKEN)


def test_giro_numbers_broken_after_their_dash(blank_detector):
    hits = found(blank_detector, "Betala till bankgiro 5902-\n1436 senast fredag, eller plusgiro 1 23 45-\n5.\n")
    assert {("BANK_ACCOUNT", "5902-\n1436"), ("BANK_ACCOUNT", "1 23 45-\n5")} <= hits


def test_document_and_record_numbers_of_a_person(blank_detector):
    hits = found(blank_detector, "Passnummer: 90417733\nDossiernummer 21-664103\nJournalnr: J 5082\nPassagerare 123\n")
    assert {("ID_NUMBER", "90417733"), ("ID_NUMBER", "21-664103"), ("ID_NUMBER", "J 5082")} <= hits
    assert not any(text == "123" for _, text in hits)


def test_a_phone_number_with_dots_beside_a_phone_word(blank_detector):
    hits = found(blank_detector, "Mobil 073.518.42.90, mötet 01.02.2024.\n")
    assert ("PHONE", "073.518.42.90") in hits
    assert not any(cat == "PHONE" and "2024" in text for cat, text in hits)


def test_a_short_or_mistyped_number_after_a_personnummer_label_is_an_identifier(blank_detector):
    hits = found(blank_detector, "Pers.nr 4512 (ofullständigt). Personnummer: 19811224-2386.\n")
    assert ("ID_NUMBER", "4512") in hits
    assert ("PERSONNUMMER", "19811224-2386") in hits


def test_an_identifier_after_its_label_in_the_definite_form(blank_detector):
    text = "Personalnumret 55 218 tillhör Greta Lundin. Försäkringsnumret var 88-71230-4 enligt bolaget.\n"
    assert {("ID_NUMBER", "55 218"), ("ID_NUMBER", "88-71230-4")} <= found(blank_detector, text)


def test_a_labelled_identifier_with_a_group_of_capitals_between_dashes(blank_detector):
    text = "Klientnr: 2026-K-0042 gäller ärendet. Medlemsnr 5518-SV-09 enligt kortet.\n"
    assert {("ID_NUMBER", "2026-K-0042"), ("ID_NUMBER", "5518-SV-09")} <= found(blank_detector, text)


@pytest.mark.parametrize("text, number", [
    ("Regarding Ingrid Haugen (national identity number 150372 10029), we enclose the decision.", "150372 10029"),
    ("Hennes norska fødselsnummer 03095510026 finns i akten.", "03095510026"),
    ("Asiakas Pekka Rantala, henkilötunnus 010594Y9032, on muuttanut.", "010594Y9032"),
])
def test_a_nordic_identity_number_with_its_check_digits(blank_detector, text, number):
    assert any(t == number for _, t in found(blank_detector, text))


def test_eleven_digits_with_wrong_check_digits_are_no_identity_number(blank_detector):
    assert not any("15037210028" in t for _, t in found(blank_detector, "Fakturanummer 15037210028 förfaller."))


@pytest.mark.parametrize("text, value", [
    # what the number is for stands between the label and its colon
    ("Sökandens kundnummer för fjärrvärmen (avser mätning av radiatorernas förbrukning): 318 442 907",
     "318 442 907"),
    # where it is held, without a colon
    ("Avgift dras för Nermin, medlemsnummer i förbundet T 4471 2093.", "T 4471 2093"),
    # where it is held, the holder's name set off by a comma
    ("Inger har ett medlemsnummer i Friluftsfrämjandet, FRI-52 3308; hon leder vandringarna.", "FRI-52 3308"),
    # a paragraph wrapped between "har nummer" and the code
    ("Paulina och Rustam går vidare till kurs C. Rustams uppehållskort från Georgien har nummer\n"
     "GE 771204; uppgiften har lämnats av honom själv.", "GE 771204"),
])
def test_an_identifier_after_a_label_with_words_between_or_a_wrap(blank_detector, text, value):
    assert ("ID_NUMBER", value) in found(blank_detector, text)


def test_a_count_after_where_a_number_is_held_stays(blank_detector):
    text = "Elevnummer i klassen 1 2 3 skrivs om till nästa termin."
    assert not any(c == "ID_NUMBER" for c, _ in found(blank_detector, text))


@pytest.mark.parametrize("text,value", [
    # where it is held, then a series and a dash before four digits: a club's own code of one member
    ("Hyllan sattes upp av Greta Holm, medlemsnummer i hembygdsföreningen HBF-0417.", "HBF-0417"),
    ("Lars har kundnummer hos gymmet KG-2291 sedan i vintras.", "KG-2291"),
])
def test_a_series_code_of_four_digits_after_where_it_is_held(blank_detector, text, value):
    assert ("ID_NUMBER", value) in found(blank_detector, text)


def test_a_year_after_where_a_number_is_held_stays(blank_detector):
    text = "Hon fick medlemsnummer i klubben SM-2024 vid årsmötet."
    assert not any(c == "ID_NUMBER" for c, _ in found(blank_detector, text))


@pytest.mark.parametrize("text,value", [
    # an unlisted "-nummer" compound, where it is held, then the code without a colon
    ("Ombud vid tvisten: Marta Lindqvist, ombudsnummer hos förbundet LB 71 4402, tel. via växeln.", "LB 71 4402"),
    # a long noun and "nr" before a dashed code in running text
    ("Båtplatsarrendet nr BH-44817 sades upp av Viktor Aalto i april.", "BH-44817"),
])
def test_an_unlisted_long_label_or_one_held_somewhere(blank_detector, text, value):
    assert ("ID_NUMBER", value) in found(blank_detector, text)


# A key and tag receipt: chip codes in hexadecimal in a column and in running text, and codes named by the
# thing a person holds in the genitive ("Kortets kod", "Körkortets nummer (…)", "tillståndets kod").
TAGS = """Passerkort, Ekbackens simhall
Tagg
Namn
3F09 A1C4
Hampus Lindeberg
3F09 B27E
Aylin Demirtaş
Den gamla taggen 3F09 0D61 är spärrad; Aylin har fått 3F09 C5A0.
Kortets kod: 5528-1174. Körkortets nummer (71 305 228) visades i kassan.
Hampus har ett parkeringstillstånd (tillståndets kod PT-3107-22).
Fakturans nummer 2026-0412 och ärendets nummer 4471-22 gäller simhallen.
"""


@pytest.mark.parametrize("code", ["3F09 A1C4", "3F09 B27E", "3F09 0D61", "3F09 C5A0", "5528-1174", "71 305 228",
                                  "PT-3107-22"])
def test_tag_codes_and_codes_of_held_things_are_identifiers(blank_detector, code):
    hits = {t for c, t in found(blank_detector, TAGS) if c == "ID_NUMBER"}
    assert code in hits
    # the authority's invoice and case stay readable
    assert not hits & {"2026-0412", "4471-22"}


# A care alarm's installation note: a chip code written as bytes with colons, the codes that open a home's
# door, key box and alarm; a meeting's times and a price are no codes.
ALARM = """Installation av trygghetslarm, hemtjänsten Norrbacka
Larmknappen har chip 3C:A1:0F:92 och kopplas till centralen.
Gunnel Åhman har portkod 2381; nyckelskåpet har kod K4-7712. Larmkoden är 60 93.
Besöket pågick 09:15:40:22 enligt loggen i taggläsaren. Portkod ingår i priset 450 kr.
"""


@pytest.mark.parametrize("code", ["3C:A1:0F:92", "2381", "K4-7712", "60 93"])
def test_chip_codes_with_colons_and_the_codes_of_a_home(blank_detector, code):
    assert ("ID_NUMBER", code) in found(blank_detector, ALARM)


def test_times_and_prices_near_codes_stay(blank_detector):
    hits = {t for c, t in found(blank_detector, ALARM) if c == "ID_NUMBER"}
    assert not any("09:15" in t or "450" in t for t in hits)


@pytest.mark.parametrize("text", ["Hon fick medlemsnummer i Unionen, 2019 bytte hon förbund.",
                                  "Medlemsnummer i Kommunal, 12 av dem saknas."])
def test_a_year_or_a_count_after_the_holders_comma_stays(blank_detector, text):
    assert not any(c == "ID_NUMBER" for c, _ in found(blank_detector, text))

"""Bank account detector: bankgiro and plusgiro with Luhn, clearing + account numbers."""

import sys
from pathlib import Path

import pytest

from redact.detect.bank_account import BankAccountRecognizer
from redact.detect.patterns import luhn_ok
from redact.pipeline import detect_document

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save, table, write_lines  # noqa: E402

REC = BankAccountRecognizer()


def found(text: str, minimum: float = 0.5) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["BANK_ACCOUNT"], nlp_artifacts=None) if r.score >= minimum]


HITS = [
    ("Betala till bankgiro 5050-1055.", "5050-1055"),
    ("Bg 123-4566 anges.", "123-4566"),
    ("Plusgiro? Nej: plusgiro 7560101-3.", "7560101-3"),
    ("PG: 1234567-4", "1234567-4"),
    ("Utbetalning till konto 8327-9, 123 456 789-0.", "8327-9, 123 456 789-0"),
    ("Clearingnummer och konto: 6000 123 456 789", "6000 123 456 789"),
    ("Lönekonto 5001-12 345 67 i banken.", "5001-12 345 67"),
    ("Kontonummer 3300-800101 1234", "3300-800101 1234"),
]

NEAR_MISSES = [
    "OCR-nummer\n8834 0021 7756",
    "Fakturanummer 8834 0021 7756",
    # a giro's shape with no label and a wrong check digit: a reference or a case, whatever it looks like
    "Referens 5050-1056 (fel kontrollsiffra).",
    "Ärende 7560101-4 utan etikett.",
    "Verksamhetsåren 2023-2024 och 1998-2001.",
    "Ärende 12 34 56-7 utan etikett.",
    "Personnummer 840312-1232 och 8403121232.",
    "Telefon 08-123 456 78.",
    "IBAN SE45 5000 0000 0583 9825 7466",
    "Postadress 123 45 Småstad.",
    "Beloppet 1 234 567 kr.",
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_has_exact_span(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_an_account(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Bankgiro 5050-1056 (fel kontrollsiffra).", "5050-1056"),
    ("Plusgiro 7560101-4 (fel kontrollsiffra).", "7560101-4"),
    ("Plusgiro 12 34 56-7 angavs först.", "12 34 56-7"),
    ("Hennes enskilda firma har bankgiro 6120-3387 för betalningar.", "6120-3387"),
])
def test_a_labelled_giro_is_an_account_whatever_its_check_digit(text, expected):
    # a mistyped giro number still leads to its holder: its label, not its check digit, says what it is
    assert not luhn_ok("".join(c for c in expected if c.isdigit()))
    assert found(text) == [expected]


def test_tables_check_digits_are_what_they_claim():
    assert luhn_ok("50501055") and not luhn_ok("50501056")
    assert luhn_ok("75601013") and not luhn_ok("75601014")


def test_unlabelled_bankgiro_shape_is_low_score():
    rs = REC.analyze("Referens 5050-1055.", ["BANK_ACCOUNT"])
    assert len(rs) == 1 and rs[0].score < 0.5


@pytest.mark.parametrize("text,expected", [
    ("Återbetalningen görs till personkonto 3300 440102-1235 i Nordea.", "3300 440102-1235"),
    ("Hans konto är 3300-440102-1235.", "3300-440102-1235"),
])
def test_a_personkonto_written_with_the_personnummers_dash(text, expected):
    assert expected in found(text, minimum=0.0)


def test_a_personnummer_after_another_clearing_is_no_account():
    assert found("Order 4455 440102-1235 levererad.", minimum=0.0) == []


@pytest.mark.parametrize("text,expected", [
    ("Bidraget sätts in på personkonto 3300 7806153388 hos Nordea.", "3300 7806153388"),
    # the bank's name right before the clearing number is written as a part of the account
    ("Lön till Nordea 3782 7806153388 enligt blankett.", "Nordea 3782 7806153388"),
])
def test_a_personkonto_whose_personnummer_has_no_dash_is_one_bank_account(blank_detector, text, expected):
    from redact.pipeline import detect_text

    assert luhn_ok("7806153388")
    found_ = {(f.category, f.text) for f in detect_text(text, blank_detector).findings}
    assert ("BANK_ACCOUNT", expected) in found_, found_


def test_a_personkonto_wrapped_after_its_clearing_number(blank_detector):
    from redact.pipeline import detect_text

    text = "Lisa Öhman, Björkgatan 3, 796 30 Vargby, personkonto 3300\n7806153388.\nSumma 2024\n1234567 kr\n"
    found_ = {(f.category, " ".join(f.text.split())) for f in detect_text(text, blank_detector).findings}
    assert ("BANK_ACCOUNT", "3300 7806153388") in found_, found_
    assert not any("2024" in t for _, t in found_)


# A payments column of a grants register: the associations' bankgiro beside private persons' plusgiro
# numbers, which have no "plusgiro" label of their own ("Pk", or nothing).
GRANTS = [
    ["Mottagare", "Kontaktperson", "Telefon", "Betalas till"],
    ["Hagtornsvägen", "Signe Lundkvist", "070-318 22 41", "Bg 5318-7209"],
    ["Björkbacken", "Mustafa Yılmaz", "073-402 19 86", "Pk 417 32 05-8"],
    ["Tallmon", "Rauni Heikkilä", "076-211 48 03", "62 18 94-5"],
    ["Vallby byalag", "Åke Bergström", "0651-140 22", "37 52 91-2"],
]


def _grants_pdf(tmp_path) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Vägbidrag 2027, utbetalningar"], y=60)
    table(page, (40, 80), GRANTS, col_width=128)
    write_lines(page, ["Beslutet är fattat på delegation."], y=200)
    return save(doc, tmp_path / "bidrag.pdf")


@pytest.mark.parametrize("value", ["417 32 05-8", "62 18 94-5"])
def test_a_persons_unlabelled_plusgiro_in_a_payments_column_is_an_account(tmp_path, blank_detector, value):
    det = detect_document(_grants_pdf(tmp_path), blank_detector)
    assert {" ".join(f.text.split()): f.category for f in det.findings}.get(value) == "BANK_ACCOUNT"


def test_an_associations_giro_number_in_the_same_column_is_left_to_the_organisation_rules(tmp_path, blank_detector):
    det = detect_document(_grants_pdf(tmp_path), blank_detector)
    assert "37 52 91-2" not in {" ".join(f.text.split()) for f in det.findings}


@pytest.mark.parametrize("text,expected", [
    ("Återbetalningen går till Handelsbanken 6241-330 918 774 i maj.", "Handelsbanken 6241-330 918 774"),
    ("Arvodet sätts in på Swedbank 8301-4, 913 448 207-2 enligt fullmakten.", "Swedbank 8301-4, 913 448 207-2"),
    ("Hon har lämnat kontot Danske Bank 1247 08 332 91 till kansliet.", "Danske Bank 1247 08 332 91"),
    ("Betalas till Nordea 3021 44 910 38 senast fredag.", "Nordea 3021 44 910 38"),
])
def test_a_banks_name_right_before_the_account_is_part_of_it(text, expected):
    assert expected in found(text, minimum=0.35)


def test_a_banks_name_set_off_by_a_comma_stays_out():
    assert "6241-330 918 774" in found("Kontot i Handelsbanken, 6241-330 918 774, gäller.", minimum=0.35)


@pytest.mark.parametrize("text,expected", [
    ("Gustav Lindell får pengarna till 61 48 22-5 från och med maj.", "61 48 22-5"),
    ("Arvodet för uppdraget går till 1 22 48 77-9 enligt blanketten.", "1 22 48 77-9"),
    ("Bidraget överförs till 44 72 19-7 när beslutet vunnit laga kraft.", "44 72 19-7"),
])
def test_a_grouped_plusgiro_after_a_word_of_what_is_paid(text, expected):
    assert expected in found(text)


# A register of refunds read one cell a line: each row opens with the person, then the shop the goods came from (a
# company), the sum and the account the refund goes to. The shop is no payee: the account is the person's.
REFUNDS = """Återbetalning av laddboxbidrag, april
Sökande
Butik
Belopp
Återbetalas till
Elin Strömgren
Elbutiken i Norrhamn AB
2 400 kr
8421-7, 913 552 408-3
Peter Mwangi
Laddteknik Syd AB
1 900 kr
6314-228 415 907
Anna Kowalczyk
Elbutiken i Norrhamn AB
2 100 kr
27 81 44-1
"""


def _accounts(detector, text: str) -> set[str]:
    from redact.types import Page

    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page) if f.category == "BANK_ACCOUNT"}


@pytest.mark.parametrize("account", ["8421-7, 913 552 408-3", "6314-228 415 907", "27 81 44-1"])
def test_a_persons_account_in_a_refund_row_naming_the_shop(blank_detector, account):
    assert account in _accounts(blank_detector, REFUNDS)


def test_a_row_opening_with_the_company_keeps_its_account_out(blank_detector):
    text = """Leverantörer, utbetalningar
Leverantör
Kontaktperson
Belopp
Utbetalas till
Laddteknik Syd AB
Strömgren
1 900 kr
27 81 44-1
"""
    assert "27 81 44-1" not in _accounts(blank_detector, text)


def test_a_bankgiro_beside_the_landlord_company_in_a_persons_row_is_the_companys(blank_detector):
    # the rent goes to the landlord: a bankgiro number is a business's as a rule, whoever the row opens with
    text = """Tillfälliga boenden
Placerad
Hyresvärd
Hyran betalas till
Elin Strömgren
Norrhamns Stugby AB
5521-3391
"""
    assert "5521-3391" not in _accounts(blank_detector, text)


def test_a_plusgiro_in_a_row_opening_with_a_surname_named_in_full_above(blank_detector):
    # the second table gives the surname alone; the first names the person in full
    text = """Sökande
Personnr
Adress
Elin Strömgren
850412-3346
Tallvägen 4
Peter Mwangi
790118-5512
Granstigen 9

Återbetalning
Efternamn
Butik
Belopp
Utbetalas till
Strömgren
Elbutiken i Norrhamn AB
2 100 kr
6314-228 415 907
Mwangi
Laddteknik Syd AB
1 900 kr
27 81 44-1
"""
    assert "27 81 44-1" in _accounts(blank_detector, text)


# Swedbank's account in dashed groups after its five-digit clearing, on one line or over a line end; a Canadian
# account's transit-institution-account writing; a Brazilian branch and "cc" account.
@pytest.mark.parametrize("text, expected", [
    ("Arvodet sätts in på 8105-3 772-410-093-6 varje månad.", "8105-3 772-410-093-6"),
    ("Arvodet sätts in på 8105-3 772-410\n093-6 varje månad.", "8105-3 772-410\n093-6"),
    ("Arvodet sätts in på 8105-3\n772-410-093-6 varje månad.", "8105-3\n772-410-093-6"),
    ("Pengarna förs över till 11902-002-4471093 i Montreal.", "11902-002-4471093"),
])
def test_more_writings_of_an_account(text, expected):
    assert expected in found(text), found(text)


def test_a_brazilian_branch_and_cc_account():
    text = "Överföring till ag 3317-2 cc 90418-5 i Recife."
    assert {"3317-2", "90418-5"} <= set(found(text)), found(text)


@pytest.mark.parametrize("text", [
    "Motorcykeln har 125 cc och väger 140 kg.",
    "Beslut 2026-118-4471 fattades i nämnden.",
    "Ärende 12345-678-90 avslutades.",
])
def test_other_numbers_of_those_shapes_stay(text):
    assert found(text) == [], found(text)


@pytest.mark.parametrize("text,expected", [
    ("Ersättningen betalas till Nordea 1108 27 44190 i maj.", "Nordea 1108 27 44190"),
    ("Kontot är Handelsbanken 6152 120 44871 enligt intyget.", "Handelsbanken 6152 120 44871"),
])
def test_an_account_written_with_a_group_of_five_digits(text, expected):
    # Nordea's seven digits as two and five, a group of five after a group of three: one account
    assert expected in found(text, minimum=0.35)


# Witnesses' compensation read one cell a line: each row opens with the witness, then the employer that certifies
# the lost income (a company), then the account the money goes to, the bank's name written before it.
WITNESSES = """Utbetalning
Vittne
Förlorad inkomst enligt intyg
Utbetalning till
Anneli Holmgren
Lindesunds Såg AB, anst.nr 4418
Swedbank 8480-6, 4 417 208-3
Jussi Vuorinen
Vuorinens Åkeri AB
Handelsbanken 6711-403 228 117
"""


@pytest.mark.parametrize("account", ["Swedbank 8480-6, 4 417 208-3", "Handelsbanken 6711-403 228 117"])
def test_a_persons_account_with_its_banks_name_in_a_row_naming_the_employer(blank_detector, account):
    assert account in _accounts(blank_detector, WITNESSES)


# A plusgiro in its groups after the payment's supine ("har återbetalats till") or after what is paid named as a noun
# ("Ersättning till"); the supine may stand before a second "till" of the same sentence ("… och för ärende 14 till").
@pytest.mark.parametrize("text,expected", [
    ("Avgiften har återbetalats till 58 23 17-4 den 2 mars.", "58 23 17-4"),
    ("Ersättning till 29 06 45-1 för resan i maj.", "29 06 45-1"),
    ("Avgiften för ärende 12 har återbetalats till sökanden och för ärende 14 till 58 23 17-4.", "58 23 17-4"),
])
def test_a_grouped_plusgiro_after_a_payments_supine_or_noun(text, expected):
    assert expected in found(text)


def test_a_grouped_number_after_a_noun_of_no_payment_stays():
    assert found("Ansökan till 29 06 45-1 avslogs.") == []


# A clearing number ending its line after the bank's name, the account in its groups opening the next: the bank's
# name says the number is an account, as an account's word or a payment would.
def test_a_clearing_wrapped_after_a_banks_name_with_the_account_in_groups():
    text = "Återbetalningen görs till Nordea 3021\n47 903 18 när beslutet har vunnit laga kraft."
    assert "Nordea 3021\n47 903 18" in found(text)


def test_figures_wrapped_without_a_bank_stay():
    assert found("Antal besök 2024\n12 480 33 enligt tabellen.") == []


# Swedbank's clearing with its check digit joined to it ("84319"), the account after a space: both Luhn digits hold.
@pytest.mark.parametrize("text,expected", [
    ("Ersättningen betalas till 84319 7362504180 i slutet av månaden.", "84319 7362504180"),
    ("| Sökande | Bankuppgifter |\n| Tove Lund | 82149 5208719368 |\n| Ali Noor | saknas |", "82149 5208719368"),
])
def test_a_swedbank_clearing_with_its_check_digit_joined(text, expected):
    assert expected in found(text)


def test_five_joined_digits_whose_check_digits_fail_stay():
    assert "84318 7362504180" not in found("Ersättningen betalas till 84318 7362504180 i slutet av månaden.")


def test_a_notes_number_opening_the_next_line_is_no_part_of_the_account():
    # the estate's list ends its row with a fund account; the note below opens with the row's number and a colon
    text = "Swedbank 8327-9 441 208 776-1, fondkonto 7741 2093\n2207: Holm var född 1931 och ogift.\n"
    assert not any("2207" in f for f in found(text, 0.0))


def test_an_account_wrapped_before_a_sentence_stays_whole():
    text = "Lönen sätts in på personkonto 3300\n7806153388. Hon har inget annat konto.\n"
    assert "3300\n7806153388" in found(text)


def test_a_savings_banks_five_digit_clearing_and_its_check_digit_before_the_account_is_one_account():
    # the comma between the clearing and the account is inside the account's mark
    text = "| Sökande | Bank | Konto |\n| Tove Lund | Ekby Sparbank | 84127-3, 903 118 442-8 |\n"
    assert any("84127-3, 903 118 442-8" in f for f in found(text, 0.0))

"""Bank accounts named by a label of any language, the bank code written beside them (masked with the account),
giros after their label in any grouping, and accounts in dotted groups. Made-up numbers (Luhn digits computed
for the giros) and fictional people; sums, dates, ledger accounts and bank codes alone stay readable."""

from __future__ import annotations

import pytest

from redact.detect.bank_account import BankAccountRecognizer
from redact.pipeline import detect_text

REC = BankAccountRecognizer()


def _spans(text: str) -> list[tuple[int, int]]:
    return [(r.start, r.end) for r in REC.analyze(text, ["BANK_ACCOUNT"], nlp_artifacts=None) if r.score >= 0.5]


def _left(text: str, part: str) -> str:
    """The digits of ``part`` that no finding covers."""
    s = text.index(part)
    spans = _spans(text)
    return "".join(c for i, c in enumerate(part, s) if c.isdigit() and not any(a <= i < b for a, b in spans))


GIROS = [
    ("Ersättningen betalas till BG 7391048 senast fredag.", "7391048"),
    ("Bankgiro: 4419 2078", "4419 2078"),
    ("Johan Ekdal har plusgiro 6283501 för sitt arvode.", "6283501"),
    ("Arvodet sätts in på pg 628\n350-1 i slutet av månaden.", "628\n350-1"),
    ("Pengarna skickas till PlusGiro 3 30 67\n18-2 enligt ansökan.", "3 30 67\n18-2"),
    ("Ersättningen betalas till BG-nummer 7391048.", "7391048"),
    ("Plusgiro nr 628350-1 anges på blanketten.", "628350-1"),
]

DOTTED = [
    ("Bidraget sätts in på 6201.44.90817 som Maja Strand uppgett.", "6201.44.90817"),
]

ACCOUNT_LABELS = [
    ("Lönen betalas till account number 58 210 447 hos en bank i London.", "58 210 447"),
    ("Transfer to acct. 7712 0934 5518 at the credit union.", "7712 0934 5518"),
    ("A/C No: 40018827713609", "40018827713609"),
    ("Ersättningen går till conta corrente 77812-4 i Porto.", "77812-4"),
    ("Hon uppger número de cuenta 0049 1182 7731 i Valencia.", "0049 1182 7731"),
    ("numéro de compte 30041 00001 1234567", "30041 00001 1234567"),
    ("Pengarna sätts in på hesap no 1187 2240 9912.", "1187 2240 9912"),
    ("CLABE 072580011288441903", "072580011288441903"),
    ("CLABE: 072 580 01128844190 3", "072 580 01128844190 3"),
    ("Hans konto 7730912 hos Banco Popular används.", "7730912"),
    ("Utbetalning till kto 2209188 enligt beslut.", "2209188"),
    ("Beloppet går till account\n58 210 447 hos hennes bank.", "58 210 447"),
    ("Han uppger kōza bangō 5512093 hos en bank i Osaka.", "5512093"),
    ("CLABE interbancaria 072580011288441903", "072580011288441903"),
    ("Routing/Account: 122000661 / 88120944715", "122000661 / 88120944715"),
    ("Stina Wall anger acct# 550912337401 för utbetalningen.", "550912337401"),
    ("Utbetalning till conta nº 30177-8 i Recife.", "30177-8"),
    ("Kto.-Nr. 55102933 hos en bank i Köln.", "55102933"),
]

CODE_AND_ACCOUNT = [
    "sort code 09-11-27, account 62718409",
    "Sort Code: 30 94 12 Account No: 55029174",
    "BLZ 500 104 17, Konto 8812 3376 01",
    "routing 122000661 acct 4471 2290 8813",
    "ABA number 021000089, account number 509918273344",
    "BSB 082-401 account no. 5512 0937",
    "IFSC ICIC0004471, account 771201556098",
    "transit 40211, institution 002, account 8812334",
    "agência 0917-3, conta 22981-0",
    "ag. 4410 c/c 30177-8",
    "branch 114 savings account 4417720",
    "filial 318, konto 2219047",
    "Sort-code 09-11-27 / A/C 62718409",
    "routing (ABA) 122000661, checking account 4471229088",
    "transit no. 40211, inst. no. 002, acct no. 8812334",
    "shiten 512, futsū 2290417",
    "clearing 6172 / konto 418 220 903",
    "acct# 550912337401 routing# 122000661",
    "agência nº 0917-3 conta nº 22981-0",
]


@pytest.mark.parametrize("text,part", GIROS + DOTTED + ACCOUNT_LABELS)
def test_the_account_after_its_label_is_masked(text, part):
    assert _left(text, part) == ""


@pytest.mark.parametrize("writing", CODE_AND_ACCOUNT)
def test_the_bank_code_beside_an_account_is_masked_with_it(writing):
    text = f"Stipendiet till Erik Vall betalas till {writing} enligt hans ansökan."
    assert _left(text, writing) == ""


@pytest.mark.parametrize("writing", CODE_AND_ACCOUNT[:4])
def test_a_code_and_account_broken_over_a_line_end_are_masked(writing):
    cut = writing.index(" ", len(writing) // 2)
    text = f"Beloppet sätts in på {writing[:cut]}\n{writing[cut + 1:]} senast den 3 maj."
    assert _left(text, writing[:cut]) == "" and _left(text, writing[cut + 1:]) == ""


NOT_ACCOUNTS = [
    "Skulden på kontot är 12 500 kr enligt beslutet.",
    "Saldot på kontot är 125 000.",
    "Beloppet bokförs på konto 1930 i huvudboken.",
    "Kontot stängdes 2024-05-01.",
    "Institution 4 har 250 studenter och filial 12 ligger i Lund.",
    "Routing 12 och branch 4 nämns i rapporten.",
    "Version 2024.11.20001 av systemet installerades.",
    "Mötet hölls 2026.03.14 i stadshuset.",
    "PG 18 visas på sidan 4.",
    # a giro's label before a page's or a rating's short number: no giro's shape, whatever the label
    "PG 18 visas på sidan 4 och BG 12 på sidan 5.",
    "The account was closed in 2019 after 12 months.",
    "Ring 070-123 45 67 eller skriv till Box 114, 123 45 Småstad.",
    "Ärendet KS 2026/1142 gäller konto 4010.",
    "Bilen med reg.nr 7731 bokfördes på konto 4010.",
    "Under 2023/2 418 550 kr fördelades i bidrag.",
    "Enligt paragraf 1230: 112 240 invånare.",
    # a table read cell by cell: the header "Konto", then the next row's fee number (a year's digits and a serial)
    "Avgift\nMottagare\nKonto\n25-3314\nEva Lind\n",
    # a case number after its label and the unit's letters, its digits passing the bankgiro's check by chance
    "Region Ekmark, tandvårdsenheten. Dnr TVE 2026-0212.",
    "Diarienummer: 2026-0212",
    # a museum's or a library's accession by its year and serial after "Acc." (an account's English abbreviation too)
    "| MUS Acc. 2027/118 | kvittot | A.Bo.",
]


@pytest.mark.parametrize("text,expected", [
    ("Ersättningen betalas till BG 7391049 (fel kontrollsiffra).", "7391049"),
    ("Plusgiro 6283502 är felskrivet.", "6283502"),
])
def test_a_labelled_giro_with_a_wrong_check_digit_is_masked(text, expected):
    # the label says it is a giro; a mistyped number still identifies its holder
    at = text.index(expected)
    assert _spans(text) == [(at, at + len(expected))]


@pytest.mark.parametrize("text", [
    "Kostnaden betalas av regionen via bankgiro 6120-3387 inom 30 dagar.",
    "Föreningen Ekbackens vänner har plusgiro 6283502 för medlemsavgifter.",
])
def test_a_bodys_giro_with_a_wrong_check_digit_is_left_to_the_organisation_rules(text):
    # the lenient reading is for a private person's or a sole trader's giro; a body's stays as a valid one would
    assert _spans(text) == []


@pytest.mark.parametrize("text", NOT_ACCOUNTS)
def test_sums_dates_ledger_accounts_and_codes_alone_are_no_accounts(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text,number", [
    ("Avgiften betalas till Kommunens bankgiro 7391048 senast den 30 april.", "7391048"),
    ("Gåvor tas emot på Föreningens plusgiro 33 06 71\n8-2.", "33 06 71\n8-2"),
])
def test_an_organisations_own_giro_after_its_label_stays_readable(blank_detector, text, number):
    s = text.index(number)
    masked = [(f.start, f.end) for f in detect_text(text, blank_detector).findings
              if f.status != "rejected" and f.start is not None]
    assert not any(a < s + len(number) and s < b for a, b in masked)


@pytest.mark.parametrize("text,part", [
    ("Bidraget betalas till 6172/418 220 903 enligt ansökan.", "6172/418 220 903"),
    ("Ersättningen betalas till 5214: 10 487 33.", "5214: 10 487 33"),
    ("Lönen sätts in på Swedbank (8327-9) 914 552 018-3 varje månad.", "8327-9) 914 552 018-3"),
    ("Beloppet sätts in på 6172\n4182209 senast den 3 maj.", "6172\n4182209"),
    ("Hennes bankuppgifter: 6172: 418 220 903", "6172: 418 220 903"),
    # Swedbank's clearing with its check digit set apart by a space: the account after it holds ten digits
    ("Ersättningen betalas till 8327 9 914 552 018 3 i april.", "8327 9 914 552 018 3"),
])
def test_a_clearing_number_set_off_by_a_slash_a_colon_or_a_bracket_is_part_of_the_account(text, part):
    assert _left(text, part) == ""

"""Organisationsnummer detector: Luhn and third digit >= 2; never a personnummer."""

import pytest

from redact.detect.org_number import OrgNumberRecognizer
from redact.detect.personnummer import PersonnummerRecognizer

REC = OrgNumberRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["ORG_NUMBER"], nlp_artifacts=None)]


HITS = [
    ("Exempelbolaget AB, org.nr 556677-8899.", "556677-8899"),
    ("Organisationsnummer: 5566778899", "5566778899"),
    ("Smådalens kommun (212000-0142)", "212000-0142"),
    ("Föreningen, orgnr 802400-1235, söker bidrag.", "802400-1235"),
    ("Orgnr 16556677-8899", "16556677-8899"),
    ("Momsreg.nr SE556677889901", "SE556677889901"),
]

NEAR_MISSES = [
    "Org.nr 556677-8898 (fel kontrollsiffra).",
    "Personnummer 840312-1232.",  # third digit 0: a person, not an organisation
    "Samordningsnummer 840372-1239.",
    "Telefon 070-123 45 67 eller 0701234567.",
    "Fakturanr 55667788991.",
    "Momsreg.nr SE556677889801 (fel kontrollsiffra).",
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_has_exact_span(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_an_org_number(text):
    assert found(text) == []


def test_org_number_beside_personnummer_each_to_its_own_detector():
    text = "Enskild firma 840312-1232 och aktiebolaget 556677-8899 delar adress."
    pnr = PersonnummerRecognizer().analyze(text, ["PERSONNUMMER"])
    org = REC.analyze(text, ["ORG_NUMBER"])
    assert [text[r.start : r.end] for r in pnr] == ["840312-1232"]
    assert [text[r.start : r.end] for r in org] == ["556677-8899"]


def test_without_dash_or_label_score_is_moderate():
    bare = REC.analyze("Nummer 5566778899", ["ORG_NUMBER"])[0].score
    labelled = REC.analyze("Org.nr 556677-8899", ["ORG_NUMBER"])[0].score
    assert bare < 0.85 <= labelled


@pytest.mark.parametrize("text, number", [
    ("Leverantör: Schreinerei Jonas Vogel, USt-IdNr. DE274051639, Köln.", "DE274051639"),
    ("Käännöspalvelu Aino Lahtela, ALV-nro FI30461721, fakturerar timvis.", "FI30461721"),
    ("Tłumacz Jan Nowak, VAT PL7251801126, fakturerar per uppdrag.", "PL7251801126"),
])
def test_a_foreign_vat_number_with_its_check_digit(text, number):
    assert number in found(text)


@pytest.mark.parametrize("text", [
    "Artikel DE274051638 finns i lager.",  # wrong check digit
    "Ordernummer FI30461722 skickades.",
    "Ordernummer PL7251801127 skickades.",
])
def test_a_foreign_vat_shape_with_a_wrong_check_digit_is_not_found(text):
    assert found(text) == []


def _proposed(detector, text: str) -> set[tuple[str, str]]:
    from redact.document_detection import detect_text

    return {(f.category, " ".join(f.text.split())) for f in detect_text(text, detector).findings
            if f.status != "rejected"}


# Luhn-valid numbers of a company (5), an economic association (7) and a partnership (9); fictional firms and people
COMPANY_NUMBERS = [
    "Leverantören Tallmo Plåt & Rör AB (org.nr 556812-3458) har levererat taket.",
    "Hyresvärden Björkhaga Bostäder ekonomisk förening, organisationsnummer 769618-3453, svarar för driften.",
    "Fakturan kom från Sjövik Trädgård AB, 556912-3457, i april.",
    # the sentence wrapped between the firm's name and its number
    "Beslut om ersättning till insättare i Tallmo Sparbank AB\n(org.nr 556812-3458) enligt lagen om insättningsgaranti.",
]


@pytest.mark.parametrize("text", COMPANY_NUMBERS)
def test_a_companys_number_right_after_its_name_and_form_is_not_proposed(blank_detector, text):
    number = next(w.strip("(),") for w in text.split() if w[:1].isdigit() and "-" in w)
    assert ("ORG_NUMBER", number) not in _proposed(blank_detector, text)


def test_a_companys_number_in_a_table_row_naming_it_is_not_proposed(blank_detector):
    text = "Ägare\nAndel\nOrg.nr\nTallmo Fastigheter AB\n1/1\n556812-3458\n\nLista följer.\n"
    assert ("ORG_NUMBER", "556812-3458") not in _proposed(blank_detector, text)


@pytest.mark.parametrize("text, number", [
    # a partnership's number may lead to the partners; a number with no firm named beside it; a line naming a sole trader
    ("Uppdraget gick till Lund & Ek HB (org.nr 969612-3455) i maj.", "969612-3455"),
    ("Sökanden uppger org.nr 556812-3458 i ansökan.", "556812-3458"),
    ("Tallmo Plåt AB, 556812-3458, enskild firma enligt sökanden.", "556812-3458"),
    # a partnership's number after the line end, and a sole trader's line above
    ("Uppdraget gick till Lund & Ek HB\n(969612-3455) i maj.", "969612-3455"),
    ("Tallmo Plåt AB, enskild firma enligt sökanden,\n(556812-3458) i maj.", "556812-3458"),
])
def test_an_org_number_with_no_company_beside_it_or_a_partnerships_stays_proposed(blank_detector, text, number):
    assert ("ORG_NUMBER", number) in _proposed(blank_detector, text)


def test_a_sole_traders_number_beside_the_firms_name_stays_proposed(blank_detector):
    text = "Arbetet utfördes av Oskar Lindmans Måleri, org.nr 640412-3454, under juni."
    assert any(number == "640412-3454" for _, number in _proposed(blank_detector, text))



def test_a_companys_bare_number_in_brackets_after_the_line_end_is_not_proposed(blank_detector):
    text = "Beslut om ersättning till insättare i Tallmo Sparbank AB\n(556812-3458)\n| Ärende | Insättare\n"
    assert ("ORG_NUMBER", "556812-3458") not in _proposed(blank_detector, text)

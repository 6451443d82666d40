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

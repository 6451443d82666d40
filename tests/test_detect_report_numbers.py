"""The number of one person's police report, damage claim or permit held, which no "-nummer" label names: the
police's K-number by its shape, a claim's number after the claim's words, a national register's permit after a verb
of holding. The authority's own case and permit numbers stay. Fictional text; the rules alone."""

from __future__ import annotations

import pytest

from redact.detect.labelled_id import LabelledIdRecognizer

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


@pytest.mark.parametrize("text,expected", [
    # the police's K-number: the unit, "K", the serial and the year
    ("Hon gjorde en polisanmälan 1400-K882104-25 samma kväll.", "1400-K882104-25"),
    ("Stölden finns hos polisen under K 84412-25.", "K 84412-25"),
    # the authority's own report is still about a person's deed: its number leads to the suspect in the police's
    # files, whoever made the report
    ("Kommunen har polisanmält hyresgästen för hot, anmälan 1400-K552190-26.", "1400-K552190-26"),
    ("Ansökan avvisades och polisanmäldes under 1400-K552190-26.", "1400-K552190-26"),
    # a damage claim's number, however it is written, after the claim's words
    ("Han halkade och har en skadeanmälan hos kommunen med nr SK-2026-0144 sedan mars.", "SK-2026-0144"),
    ("Eleven skadades och har ärende SKADA-2026-88 hos försäkringen.", "SKADA-2026-88"),
    ("Skadeärendet SK-26-771 avslogs i april.", "SK-26-771"),
    # a permit a person holds in a national register
    ("Piloten har tillstånd nr TS-DRN-2026-44871 för flygning över staden.", "TS-DRN-2026-44871"),
    ("Tränaren fick licens LIC-558712 i maj.", "LIC-558712"),
])
def test_a_persons_report_claim_or_permit_number_is_found(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Artikel K 84412-25 finns i lager.",  # a K-code without the police's unit or a report's word
    "Skadeståndsanspråket gäller 8 400 kr.",
    "Skadeståndsanspråk 120 000 kr avslogs.",  # a sum in groups of three
    "Skadeståndsanspråk, ärende KS 2026/0219, avgörs i nämnden.",
    "Skadeärendet KS 2026/0219 avgörs i nämnden.",  # the authority's diary number
    "Skadeanmälan i mars 2026 kom in sent.",
    "Skolan skadades vid branden 2024.",
    "Föreningen har tillstånd nr PT-2019-118 för torghandel.",  # the authority's own permit
    "Dnr 2026/118. Beslut 2026-03-12.",
])
def test_case_numbers_dates_and_sums_near_those_words_stay(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    # a case at another authority, its year last, in running text (also over a line end)
    ("Föreningen fick stöd förra året med ärendenummer LST 611-2207-2025 och söker igen.", "LST 611-2207-2025"),
    ("Han överklagade beslutet, som hade\ndiarienummer 403-11872-2024, till förvaltningsrätten.", "403-11872-2024"),
    ("Ansökan om bidrag har ärende MSB-22-3304-2025 hos myndigheten.", "MSB-22-3304-2025"),
    # an invoice sent to a person, its number after a reminder's or a debt's word or a possessive
    ("Gunnel Åkerblom har fått ett kravbrev, fakturanummer K 2025-404 118, och ringde.", "K 2025-404 118"),
    ("Han har betalat sin faktura med fakturanr 7730 2291 två gånger.", "7730 2291"),
    ("Påminnelsen gäller hennes avgift, faktura nr B-55120.", "B-55120"),
])
def test_a_persons_case_elsewhere_or_invoice_number_in_running_text_is_found(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Dnr 611-2207-2025\nBeslut om bygdemedel",  # the heading of the authority's own decision
    "Ärendet har ärendenummer KS 2026/118 och avgörs i maj.",  # the authority's own case: the year first
    "Nämnden beslutade i ärende KS-2026-0118 att bevilja.",
    "Snickeriet skickade fakturanummer 2026-1187 till förvaltningen.",  # a supplier's invoice
    "Fakturanummer 2026-118   Fakturadatum 2026-10-02",  # an invoice's own heading
])
def test_the_authoritys_own_case_and_a_suppliers_invoice_stay(text):
    assert found(text) == []

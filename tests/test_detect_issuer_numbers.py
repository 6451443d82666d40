"""A number a landlord, an insurer, a pension fund or a card issuer keeps for a person, after the contract's noun and
the issuer's name, is masked with the name; a year, a sum or a case's number by the year after such words stays.
Fictional firms and numbers; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.found_ids import proposed_ids


@pytest.mark.parametrize("text, number", [
    ("Hon har sedan maj hyreskontrakt Tallbo 31-8842 på den nya adressen.", "Tallbo 31-8842"),
    ("Han har tjänstepension med avtalsnr Vilokassan 55-20418-7 sedan länge.", "Vilokassan 55-20418-7"),
    ("Subject: claim, insurance TRYGGA 72-100394", "TRYGGA 72-100394"),
])
def test_the_issuers_name_and_its_number_are_masked(blank_detector, text, number):
    assert number in proposed_ids(blank_detector, text)


def test_after_hos_the_firm_stays_and_the_cards_number_is_masked(blank_detector):
    found = proposed_ids(blank_detector, "Hon reser med busskort hos Länstrafiken LT 5510 4418 2207 till skolan.")
    assert "LT 5510 4418 2207" in found
    assert not any("Länstrafiken" in f for f in found)


@pytest.mark.parametrize("text", [
    "Enligt hyreskontrakt Tallbo 2026-0411 höjs hyran.",
    "Hemförsäkring Trygga 1 250 kr per år ingår.",
    "Kontraktet Dnr 2026/1180 gäller kommunens lokaler.",
])
def test_a_year_a_sum_or_a_case_stays(blank_detector, text):
    assert not any(any(c.isdigit() for c in f) and ("Tallbo" in f or "Trygga" in f or "2026" in f)
                   for f in proposed_ids(blank_detector, text))


def test_two_capitals_are_a_series_prefix_not_an_issuer():
    from redact.detect.issuer_numbers import ISSUER_NUMBER

    assert ISSUER_NUMBER.search("Kontrakt HK 26-0412 gäller garaget.") is None
    assert ISSUER_NUMBER.search("Kontrakt HKB 26-041218 gäller bostaden.") is not None


@pytest.mark.parametrize("text, number", [
    # a bare "avtal" before the landlord's name and the tenant's number
    ("| 4 | Sven Ek | hyra, avtal Solbacken 4-0917-22 |", "Solbacken 4-0917-22"),
    # a customer's or a claim's number written after the firm's name, an insurer's short name of two letters too
    ("Han har kundnummer Synhuset 31-770412 sedan i fjol.", "Synhuset 31-770412"),
    ("Hon har skadenummer Of 7731-0418-55 hos sin försäkring.", "Of 7731-0418-55"),
    # the firm's kind after "hos", then its name right before the number
    ("Han har kundnummer hos banken Nordvik K-552 301 77 sedan länge.", "Nordvik K-552 301 77"),
    # a paragraph's line wrapped between the label and the firm's name
    ("Glasögonen köptes med kundnummer\nSynhuset 31-770412.", "Synhuset 31-770412"),
])
def test_the_firms_name_before_a_customers_or_a_claims_number_is_masked_with_it(blank_detector, text, number):
    assert number in proposed_ids(blank_detector, text)


@pytest.mark.parametrize("text", [
    "Enligt avtalet Dnr 2026/1180 gäller kommunens lokaler.",
    "Avtal Norrbygg 2026-0412 gäller från maj.",
    "Skadenummer Of 1 250 kr betalades ut.",
])
def test_a_case_a_year_or_a_sum_after_the_new_labels_stays(blank_detector, text):
    assert not any(any(c.isdigit() for c in f) for f in proposed_ids(blank_detector, text))


@pytest.mark.parametrize("text, number", [
    # the insurer after "hos", then the number as the insurer writes it, its name again inside
    ("Hans hemförsäkring hos Vardia har nummer\nVardia 7730 1185 42.", "Vardia 7730 1185 42"),
    ("Hennes olycksfallsförsäkring hos Moderna har nr 55-7730 1185 sedan i fjol.", "55-7730 1185"),
    # a firm's name of two words before a customer's code with its series' capitals
    ("Hon anlitar städfirma med kundnummer Ekbacka Städ ES-5518.", "Ekbacka Städ ES-5518"),
    # a member's number after the association's name
    ("Hans medlemskap i Sörby\nskytteförening SSF-3307 framgår av ansökan.", "SSF-3307"),
    ("Medlemskapet i Norrby Golfklubb NGK-41870 har sagts upp.", "NGK-41870"),
])
def test_an_issuers_or_an_associations_number_after_its_name_is_masked(blank_detector, text, number):
    assert number in proposed_ids(blank_detector, text)


@pytest.mark.parametrize("text", [
    "Medlemskap i Norrby IF 2026 gäller hela året.",  # a year
    "Han har kundnummer Synhuset 2027 sedan i fjol.",  # a year after the firm
    "Försäkring i Vardia KN-7731 gäller bilen.",  # a code after "i" outside a membership
    "Hemförsäkringen hos Vardia har nummer 1 250 kr i självrisk.",  # a sum
])
def test_a_year_a_sum_or_a_code_after_i_outside_a_membership_stays(blank_detector, text):
    assert not any("Vardia" in f or "2026" in f or "2027" in f or "1 250" in f or "KN-7731" in f
                   for f in proposed_ids(blank_detector, text)), proposed_ids(blank_detector, text)


# the insured person or thing and the insurer's name, then the policy's number after a comma: the number is masked,
# the insurer's name stays; a year's serial or a sum after the insurer stays
@pytest.mark.parametrize("text, number", [
    ("Hon är försäkrad hos Nordisk Resetrygg, NR-SE 4410 2291 07, under resan.", "NR-SE 4410 2291 07"),
    ("Båten är försäkrad hos Sjöbolaget, SB-KX 330712-04. Han seglar i juli.", "SB-KX 330712-04"),
])
def test_a_policy_after_the_insurer_of_the_insured_is_masked(blank_detector, text, number):
    found = proposed_ids(blank_detector, text)
    assert number in found, found
    assert not any("Resetrygg" in f or "Sjöbolaget" in f for f in found), found


@pytest.mark.parametrize("text", [
    "Hon är försäkrad hos Nordisk Resetrygg, 2026-0411 enligt beslutet.",
    "Båten är försäkrad hos Sjöbolaget, 4 500 kr om året.",
])
def test_a_year_serial_or_a_sum_after_the_insurer_stays(blank_detector, text):
    assert not any(any(c.isdigit() for c in f) for f in proposed_ids(blank_detector, text))


def test_a_clinics_journal_number_and_a_payments_reference_after_the_records_noun(blank_detector):
    # a table of a case's documents read one cell a line: the document's kind, then the firm's name and its number
    text = ("Handlingar\nAktbilaga\nHandling\nNummer\naktbil. 3\njournal\nAnicura J-5520917\naktbil. 4\nkvitto\n"
            "Swish 5520 9173 3018 27\n\nHon hämtade journalen hos Anicura VK-331207 i maj.\n")
    found = proposed_ids(blank_detector, text)
    assert {"Anicura J-5520917", "Swish 5520 9173 3018 27", "VK-331207"} <= found, found


@pytest.mark.parametrize("text", ["Kvitto nr 2026-0412 bifogas.", "Hon förde journal Mars 2026 i Lund.",
                                  "Kvittot Maj 1 200 kr betalades."])
def test_a_year_serial_or_a_sum_after_the_records_noun_stays(blank_detector, text):
    assert not proposed_ids(blank_detector, text)


@pytest.mark.parametrize("text, number", [
    # a clinic abroad named in three words, its accented letters too, before its code for the patient
    ("Ove har journalnummer Clínica Médica Norte CM-507311 sedan resan.", "Clínica Médica Norte CM-507311"),
    ("Hans journalnr Tandvård Ekby Centrum 4410 2231 hämtades.", "Tandvård Ekby Centrum 4410 2231"),
])
def test_a_journal_number_with_the_clinics_name_of_three_words_is_masked(blank_detector, text, number):
    assert number in proposed_ids(blank_detector, text)


@pytest.mark.parametrize("text, number", [
    ("Hennes kort Apotek 3 Klubb 5031 7720 4418 spärrades i maj.", "Apotek 3 Klubb 5031 7720 4418"),
    ("Gäller | Kronapoteket Klubb 5031 7720 4418 22", "Kronapoteket Klubb 5031 7720 4418 22"),
])
def test_a_loyalty_clubs_card_with_the_chains_name_is_masked(blank_detector, text, number):
    assert number in proposed_ids(blank_detector, text)


@pytest.mark.parametrize("text", ["Föreningen Ekby Klubb 2026 1200 kr betalades.", "Kronapoteket Klubb 2027 startar."])
def test_a_clubs_year_or_a_sum_stays(blank_detector, text):
    assert not proposed_ids(blank_detector, text)

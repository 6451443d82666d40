"""A person's number or reference held by a named body, the body's name between label and value, a line end
anywhere: "kundnummer hos Skogsstyrelsen är SK 482 119 303", "referens hos Länsförsäkringar Bergslagen är
LF-26-33871". The authority's own reference without a holder stays. Fictional people; rules only."""

from __future__ import annotations

from tests.found_ids import proposed_ids

TEXT = """Tillsyn av skogsbruk
Aurelija Kazlauskienė äger skiftet; hennes kundnummer hos
Skogsstyrelsen är SK 482 119 303. Skadan är anmäld och försäkringsbolagets referens hos
Länsförsäkringar Bergslagen är LF-26-33871.
Vår referens är KS 2026/0411.
"""


def test_a_customer_number_held_by_a_named_body_across_a_line_end_is_masked(blank_detector):
    assert "SK 482 119 303" in proposed_ids(blank_detector, TEXT)


def test_a_reference_held_by_a_named_body_is_masked(blank_detector):
    assert "LF-26-33871" in proposed_ids(blank_detector, TEXT)


def test_the_authoritys_own_case_number_stays(blank_detector):
    assert not any("2026/0411" in i for i in proposed_ids(blank_detector, TEXT))


def test_a_customer_number_held_by_a_firm_named_in_several_words_before_a_colon_is_masked(blank_detector):
    # the holder's kind, then its name in three words: "hos nätbolaget Kristinehamns Energi AB:"
    text = "Kundnummer hos nätbolaget Kristinehamns Energi AB: 7 041 229 833.\n"
    assert "7 041 229 833" in proposed_ids(blank_detector, text)


def test_an_operators_customer_number_with_a_dot_after_its_first_digit_is_masked(blank_detector):
    text = "Oskar har studentrum i Uppsala. Kundnummer hos operatören 1.2207481.\n"
    assert "1.2207481" in proposed_ids(blank_detector, text)

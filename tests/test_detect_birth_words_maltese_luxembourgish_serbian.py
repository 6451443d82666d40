"""Birth dates a person states in a mail of their own language: the Maltese "I was born" with the article joined to a
date in figures or "nhar", "on the day of" ("twelidt fl-…", "twelidt nhar …"), the Maltese participle, the
Luxembourgish "gebuer" after its date ("Ech sinn den … gebuer"), the Serbian month by its short name ("avg."), the
Greek day's ordinal. Dates without a birth word stay. Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.found_births import proposed_births


@pytest.mark.parametrize("text, date", [
    ("Jien twelidt fl-07.11.2001, u ngħix Lund.", "07.11.2001"),
    ("Twelidt nhar 22/05/1999, karta tal-identità 12345.", "22/05/1999"),
    ("Jien twelidt fit-3 ta' Lulju 1998, u nistudja.", "fit-3 ta' Lulju 1998"),
    ("Missieri imwieled fl-14.02.1950 f'Għawdex.", "14.02.1950"),
    ("Ech sinn den 4. Abrëll 2001 gebuer, Telefon 070-000 00 00.", "4. Abrëll 2001"),
    ("Mäi Papp ass den 12.06.1947 zu Ettelbréck gebuer.", "12.06.1947"),
    ("Rođen sam 14. avg. 1996., moj broj je 1.", "14. avg. 1996."),
    ("Γεννήθηκα στις 8η Νοεμβρίου 1987, κινητό 070-000 00 00.", "8η Νοεμβρίου 1987"),
])
def test_a_birth_word_of_these_languages_makes_the_date_a_birth(blank_detector, text, date):
    assert date in proposed_births(blank_detector, text)


@pytest.mark.parametrize("text", [
    "Il-laqgħa kienet fl-07.11.2001 fil-kunsill.",  # a meeting's date, no birth word
    "D'Sitzung ass den 4. Abrëll 2031.",
])
def test_a_date_without_a_birth_word_stays(blank_detector, text):
    assert not proposed_births(blank_detector, text)

"""A firm's reference for a person's matter right after the firm's name ("Inkasso AB, ref. KN-4471-0932") is
masked; the authority's own reference, another authority's case, a diary number, a date and a sum stay. Fictional
firms; the rules alone."""

from __future__ import annotations

import pytest

from redact.detect.labelled_id import LabelledIdRecognizer

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


@pytest.mark.parametrize("text,expected", [
    ("Skulden är överlämnad till Kreditbolaget Norr AB, ref. KN-4471-0932, sedan i mars.", "KN-4471-0932"),
    ("Hon har ett lån hos Snabblån Nord AB (referens 2210 4471) och ett hos banken.", "2210 4471"),
    ("Enligt Ekbergs Fordringar HB:s referensnummer EF-88 213 återstår två poster.", "EF-88 213"),
    ("Kravet från Nordhavn Inkasso ApS, ref.nr 5521-0098, bestrids.", "5521-0098"),
])
def test_a_firms_reference_after_its_name(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text,expected", [
    # a register's cell, the client's initials or the year glued to the number
    ("Ombud\nAB\nAdvokat Lindmark ref. 5512-AB\nCD\n", "Advokat Lindmark ref. 5512-AB"),
    ("Ombud\nAB\nJuristbyrå Västkust ref. 26/5512\nCD\n", "Juristbyrå Västkust ref. 26/5512"),
    ("Motparten anlitade Advokatfirman Berg & Ek, ref. 5512/27 i tvisten.", "Advokatfirman Berg & Ek, ref. 5512/27"),
])
def test_a_law_firms_trade_word_its_name_and_its_reference_are_one_mark(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Advokat Lindmark ref. 2027-05-12 skrev till rätten.",  # a date
    "Advokat Lindmark ref. 12 i målet.",  # too short for a client's reference
])
def test_no_law_firms_reference(text):
    assert all("Lindmark" not in f for f in found(text))


@pytest.mark.parametrize("text", [
    "Vår ref. KS 2026/118, Er ref. 4471.",
    "Kvarnby kommun, ref. KS 2026/118, handläggare Eva.",
    "Ekbacka Bygg AB, ref. KS 2026/118 gäller bygglovet.",
    "Ekbacka Bygg AB, ref. 2026-03-14, offert bifogad.",
    "Ekbacka Bygg AB, ref. 12 500 kr enligt offert.",
    "Ekbacka Bygg AB, ref. 12.",
])
def test_no_firms_reference(text):
    assert found(text) == []

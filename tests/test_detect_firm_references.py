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

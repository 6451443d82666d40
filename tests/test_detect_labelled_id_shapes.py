"""The shapes of a person's code after its label: a series' letters after a slash or between groups of digits, an
issuer's six capitals, a study's two groups of capitals, a prescription's number, a label whose verb opens the next
line, a code whose capitals repeat the noun before it, and a listed code whose digits read as an account. Fictional
text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


@pytest.mark.parametrize("text, value", [
    # a series' letters after a slash end the code
    ("Gästforskaren har gästforskar-id\nUU-GF 3318/KB.", "UU-GF 3318/KB"),
    ("| 7 | Eva Ek | kundnummer KT-4471-0932/B |", "KT-4471-0932/B"),
    # a letter between two groups of digits stands inside the code
    ("| 9 | Noa Ek | PKU-kort 31-Å 207714 |", "31-Å 207714"),
    # an issuer's six capitals lead the digits
    ("Han har kundnummer NORDAP 31-77042 på apoteket.", "NORDAP 31-77042"),
    # a study's name and its series in two groups of capitals, after a "-kod" compound and where it is held
    ("Hon lämnade blod 2019. Deltagarkod i kohorten UMEÅKOL-HJ 0412-B.", "UMEÅKOL-HJ 0412-B"),
    # a prescription's number after the noun, and the next one listed after it though its digits read as an account
    ("| 2027/00411 | Per Ek | recept ER 5510 2207 4418 |", "ER 5510 2207 4418"),
    ("Uttaget gäller recepten ER 5510 2207 4471\noch ER 5510 2207 4488.", "ER 5510 2207 4488"),
    # the label ends its line and the verb opens the next
    ("Han har en rollator från Hjälpmedelscentralen och hjälpmedelsnumret\när HM-B 0412 7731.", "HM-B 0412 7731"),
    # the code's capitals repeat the noun before it
    ("| 2 | Per Ek | ortopediska skor, läst LÄST-OST 4471/R |", "LÄST-OST 4471/R"),
    ("| 3 | Eva Ek | dos MEDDOS 31-77042 |", "MEDDOS 31-77042"),
    # a register's letters and groups joined by colons, with a series letter after a dash
    ("Beslutet gäller stöd till hennes hus.\nStödnr SRV 31:5520-C.", "SRV 31:5520-C"),
    ("Tillsynsnr KTR:5512:07 gäller hans hundar.", "KTR:5512:07"),
])
def test_the_code_is_found_whole(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text", [
    # a noun naming a project, a room or the authority's own case stays no label however its code is written
    "Ärendet gäller projekt PROJ-2026-114 i kommunen.",
    "Mötet hölls i sal SAL-12 på plan 3.",
    "Beslutet gäller ärende ÄRENDE-2026-0412 hos nämnden.",
    # a count after a "-kod" compound where it is held
    "Deltagarkod i studien är 12 för alla.",
    # figures around a colon after a label are a time or a law's number, no code however the colon joins them
    "Kundnr: 14:30 är tiden för besöket.",
])
def test_no_code_of_a_person(blank_detector, text):
    assert not any(c == "ID_NUMBER" for c in found(blank_detector, text).values())

"""A former home on a line of its own after its cue is masked whole to the comma ending its clause, in any country's
shape, where a part of it was found; a line of a name and an age, a date or a phone after a cue stays as found.
Fictional people and places."""

from __future__ import annotations

import pytest

from redact.detect.address_cued_lines import with_cued_home_lines
from redact.types import Finding


def _finding(text: str, part: str, category: str) -> Finding:
    at = text.index(part)
    return Finding(id=part, page=1, start=at, end=at + len(part), text=part, category=category, score=0.8,
                   detector="learned_spans", reason="")


def _addresses(findings: list[Finding]) -> list[str]:
    return [f.text for f in findings if f.category == "ADDRESS"]


@pytest.mark.parametrize("text, found, home", [
    # a preposition of place ends the cue; the name model read the street's name as a person's
    ("Mi tío vivía antes en\nCalle Duarte 61, Ensanche Ozama, Santo Domingo Este,\ny ahora vive en Umeå.",
     [("Calle Duarte 61, Ensanche Ozama", "PERSON")], "Calle Duarte 61, Ensanche Ozama, Santo Domingo Este"),
    # the cue names the address ("хаягт"), a colon ends it; a part found as an address
    ("Аав өмнө нь энэ хаягт амьдардаг байсан:\nДархан, Хонгор сум, 4-р баг, 9 байр,\nодоо Umeå хотод амьдардаг.",
     [("4-р баг, 9 байр", "ADDRESS")], "Дархан, Хонгор сум, 4-р баг, 9 байр"),
    ("My father used to live at\nPlot 27, Kira Road, Kamwokya, Kampala,\nand in May he moves to Luleå.",
     [("Plot 27, Kira Road", "ADDRESS")], "Plot 27, Kira Road, Kamwokya, Kampala"),
    # the preposition closed by a colon; only the street's name read, as a person's
    ("Mi abuela vivía antes en:\nAv. Las Palmas 7, San Miguel,\ny en marzo se muda a Luleå.",
     [("Las Palmas", "PERSON")], "Av. Las Palmas 7, San Miguel"),
    # the Faroese and Icelandic preposition "á" ("on") ending the cue
    ("Pápi mín búði fyrr á\nUndir Hamri 4, 710 Glyvrar,\nog nú býr hann í Umeå.",
     [("Hamri", "PERSON")], "Undir Hamri 4, 710 Glyvrar"),
])
def test_a_former_homes_line_after_its_cue_is_one_address(text, found, home):
    out = with_cued_home_lines([_finding(text, part, cat) for part, cat in found], text, 1)
    assert _addresses(out) == [home]
    assert not [f for f in out if f.category == "PERSON"]


@pytest.mark.parametrize("text, found", [
    # a colon alone names no home, and a name with an age is no address
    ("Barnets namn:\nLisa Berg, 12 år,\nsom går i årskurs 6.", [("Lisa Berg", "PERSON")]),
    # a date or a phone in the line: no home's
    ("Jag föddes i\nKabul, den 4 maj 1999,\noch kom hit 2015.",
     [("Kabul", "ADDRESS"), ("4 maj 1999", "DATE_OF_BIRTH")]),
    # the cue's line ends a sentence; the next line opens another
    ("Vi har fått din nya adress.\nStorgatan 5, port B, hos Ek,\nsom gäller från maj.", [("Storgatan 5", "ADDRESS")]),
    # a paragraph wrapped at any word: the cue's sentence opens inside its line, the home's line runs on into the next
    ("har sökt eget boende i Kumla. Hon bodde tidigare i\nDamak-7, Jhapa 57200 och har intygen därifrån. Hans son,\n"
     "född 1971, nås per e-post.", [("Damak-7, Jhapa 57200", "ADDRESS")]),
])
def test_a_line_after_a_cue_that_is_no_home_stays_as_found(text, found):
    before = [_finding(text, part, cat) for part, cat in found]
    assert _addresses(with_cued_home_lines(before, text, 1)) == [f.text for f in before if f.category == "ADDRESS"]


@pytest.mark.parametrize("text, found, home", [
    # a home without a number after a cue saying someone lived there: its places to the country, nothing found in it
    ("My aunt used to live at\nAnse Royale Heights, Praslin, Seychelles,\nand since June she lives in Umeå.",
     [], "Anse Royale Heights, Praslin, Seychelles"),
    # the cue names the address; the quarter's word opens the home
    ("Mon oncle habitait avant à l'adresse\nQuartier Kinama, Ngozi, Burundi,\net depuis mars il vit à Kiruna.",
     [("Ngozi", "PERSON")], "Quartier Kinama, Ngozi, Burundi"),
    # a street's word among places the name model read as persons
    ("Before the move my aunt lived at\nHarbour Street, Gros Islet,\nand now she writes from Piteå.",
     [("Harbour Street", "PERSON"), ("Gros Islet", "PERSON")], "Harbour Street, Gros Islet"),
    # the Portuguese noun of an address ("morada") ends the cue
    ("A minha avó morava antes na morada\nRua do Sol 8, Assomada, Santiago,\ne agora mora em Boden.",
     [("Rua do Sol 8, Assomada", "ADDRESS"), ("Santiago", "PERSON")], "Rua do Sol 8, Assomada, Santiago"),
])
def test_a_former_home_after_a_cue_of_living_is_one_address(text, found, home):
    out = with_cued_home_lines([_finding(text, part, cat) for part, cat in found], text, 1)
    assert _addresses(out) == [home]
    assert not [f for f in out if f.category == "PERSON"]


def test_names_listed_after_a_cue_of_living_stay_names():
    text = "Till mötet kom de som bodde i\nAnna Berg, Per Holm,\noch några till."
    found = [_finding(text, "Anna Berg", "PERSON"), _finding(text, "Per Holm", "PERSON")]
    out = with_cued_home_lines(found, text, 1)
    assert _addresses(out) == []
    assert [f.text for f in out if f.category == "PERSON"] == ["Anna Berg", "Per Holm"]

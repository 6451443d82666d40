"""A vessel's name after its mark or its noun is no person ("M/Y Solveig", "S/Y Ingrid II", "HMS Gotland"); the
owner's name beside it stays masked. Fictional people and boats; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.vessel_names import vessel_name_spans
from redact.document_detection import detect_text


def persons(detector, text: str) -> set[str]:
    """The texts of the PERSON findings that are proposed."""
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings
            if f.status != "rejected" and f.category == "PERSON"}


@pytest.mark.parametrize("text,vessel,owner", [
    ("Båten M/Y Solveig ägs av Anna Lindqvist, Storgatan 4, Kalmar.", "Solveig", "Anna Lindqvist"),
    ("Segelbåten S/Y Ingrid II låg förtöjd. Ägare: Erik Holm.", "Ingrid", "Erik Holm"),
    ("Fartyget M/S Kristina Holm anlöpte Visby med befälhavaren Erik Sandberg.", "Kristina", "Erik Sandberg"),
    ("M/T Karin Berg lastade olja; redare är Anna Lindqvist.", "Karin", "Anna Lindqvist"),
    ("| Båt | Ägare |\n| M/Y Solveig | Anna Lindqvist |\n| S/Y Freja | Erik Holm |", "Solveig", "Anna Lindqvist"),
    ("The yacht M/Y Lady Anna, owned by John Smith, arrived in Visby.", "Anna", "John Smith"),
    ("MV Astrid Lind and SY Maria Berg followed, both owned by John Smith.", "Maria", "John Smith"),
    ("Segelbåten Solveig ägs av Anna Lindqvist.", "Solveig", "Anna Lindqvist"),
    ("Passagerare på m/s Kristina Holm var Anna Lindqvist.", "Kristina", "Anna Lindqvist"),
    ('Befälhavare på M/S "Ingrid" är Erik Sandberg.', "Ingrid", "Erik Sandberg"),
    ("HMS Karin Berg övade utanför Karlskrona med Anna Lindqvist ombord.", "Karin", "Anna Lindqvist"),
    ("Bogserbåten Ellen Holm, ägare Erik Sandberg.", "Ellen", "Erik Sandberg"),
    ("Husbåten Ingrid ligger vid kaj 4; ägare är Anna Lindqvist.", "Ingrid", "Anna Lindqvist"),
])
def test_a_vessels_name_is_no_person(blank_detector, text, vessel, owner):
    found = persons(blank_detector, text)
    assert not any(vessel in p for p in found), found
    assert owner in found


# KEEP: a person's name where no vessel's mark stands before it
@pytest.mark.parametrize("text,name", [
    ("Beslutet fattades av Anna Lindqvist, MS, efter föredragning.", "Anna Lindqvist"),
    ("Vindhastigheten var 12 m/s när Erik Holm lade till.", "Erik Holm"),
    ("Vinden var 12 m/s Erik Holm noterade det i loggen.", "Erik Holm"),
    ("Anna Lindqvist, MY, och Erik Holm, MS, justerade protokollet.", "Erik Holm"),
    ("Anna Lindqvist äger båten och Erik Holm seglar den.", "Erik Holm"),
])
def test_a_persons_name_near_a_vessel_word_stays(blank_detector, text, name):
    assert name in persons(blank_detector, text)


@pytest.mark.parametrize("text, person", [
    ("Dear MS ANNA BERG,\nthank you for your letter.\n", "ANNA BERG"),
    ("TO: MS KARIN HOLM\nRE: YOUR APPLICATION\n", "KARIN HOLM"),
    ("MY FATHER ANNA BERG'S HUSBAND SIGNED.", "ANNA BERG"),
])
def test_letters_without_a_slash_that_read_as_a_title_mark_no_vessel(text: str, person: str) -> None:
    """'MS' before a name in a letter in capitals is the title Ms, and 'MY' a word: no vessel's name there."""
    assert not any(person in text[s:e] or text[s:e] in person for s, e in vessel_name_spans(text))

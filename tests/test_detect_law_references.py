"""A law's reference is no person's initials nor anyone's number: a code of law's abbreviation after its chapter or
section ("36 kap. RB", "4 § FL") and an EU act's number after its kind ("förordning (EU) 576/2013", "direktiv
2004/38/EG"); initials or a case's number elsewhere are not such. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.law_references import law_reference
from redact.types import Page


@pytest.mark.parametrize("text, span", [
    ("Han kallas som vittne enligt 36 kap. RB till förhandlingen.", "RB"),
    ("Beslutet följer 4 § FL och 2 kap. 3 § ÄB.", "FL"),
    ("Beslutet följer 4 § FL och 2 kap. 3 § ÄB.", "ÄB"),
    ("Djuren reser enligt förordning (EU) 576/2013 till Norge.", "576/2013"),
    ("Uppehållsrätten följer direktiv 2004/38/EG.", "2004/38/EG"),
    ("Under Regulation (EU) 2016/679 you may ask for the data.", "2016/679"),
])
def test_a_laws_reference(text, span):
    a = text.index(span)
    assert law_reference(text, a, a + len(span))


@pytest.mark.parametrize("text, span", [
    ("Handläggare RB skrev beslutet.", "RB"),
    ("Ärende 576/2013 gäller Lina Ek.", "576/2013"),
    ("Han fick 4 st av KB i går.", "KB"),
])
def test_initials_and_numbers_elsewhere_are_no_law(text, span):
    a = text.index(span)
    assert not law_reference(text, a, a + len(span))


def test_the_tagger_reads_no_person_nor_number_in_a_law_reference(model_detector):
    text = ("Mål T 1187-26. Du kallas som vittne enligt 36 kap. RB. Hunden reser enligt förordning (EU) 576/2013.\n"
            "Vittnet Jonas Lindfors är född 3 mars 1981.\n")
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = {f.text.rstrip(".") for f in model_detector.detect(page)}
    assert "RB" not in found and "576/2013" not in found, found


def test_a_laws_letters_ending_the_sentence_with_its_stop():
    text = "Ärendet prövas enligt 7 kap. 2 § TeleL. Svar senast i juni."
    a = text.index("TeleL.")
    assert law_reference(text, a, a + len("TeleL."))


def test_a_laws_letters_are_no_ones_initials():
    from redact.resolve.person_initials import find_initials
    from redact.types import Finding

    text = "Vittnet Rut Berg hörs.\nErsättning betalas enligt 36 kap. 24 § RB.\nGranskat: RB\n"
    a = text.index("Rut Berg")
    rut = Finding(id="f0", page=1, start=a, end=a + 8, text="Rut Berg", category="PERSON", score=0.9, detector="names")
    assert [(f.start, f.text) for f in find_initials([rut], {1: text})] == [(text.rindex("RB"), "RB")]


def test_a_sections_point_after_its_number_is_nobodys_initials():
    from redact.detect.law_references import drop_section_points
    from redact.types import Finding

    text = "Utdrag\nLBR 3 § 7 p.\nK.Ny.\nLBR 3 § 2 st.\n"

    def person(word: str, at: int) -> Finding:
        start = text.index(word, at)
        return Finding(id="p1-0", page=1, start=start, end=start + len(word), text=word, category="PERSON",
                       score=0.6, detector="names")

    found = [person("p.", 0), person("K.Ny.", 0), person("st.", 0)]
    assert [f.text for f in drop_section_points(found, text)] == ["K.Ny."]

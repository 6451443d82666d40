"""A header cell made of a verb and the preposition that closes it ("Utbetalas till", "Hämtas från") and a noun
in the definite plural opening a sentence ("Besluten", "Ansökningarna", "Grannarnas") are no names, though the
model may read the capitalised word as one; a listed name before "till" stays. Fictional text; the shipped
pipeline (the model proposes them)."""

from __future__ import annotations

import pytest

from redact.detect.common_nouns import definite_plural, header_verb_cell, label_noun, service_unit
from redact.document_detection import detect_text

TABLE = """Utbetalningar av bidrag
| Efternamn | Personnr | Utbetalas till | Aviseras via
| Lindqvist | 540312-2385 | 8327-9, 914 552 301-7 | e-post
| Rahimi | 671105-4418 | 9025-118 22 93 | brev

Grannarnas synpunkter har lämnats skriftligt. Ansökningarna behandlas i turordning.
Utlåtandena skickas till Ylva Berggren och kopia går till Nils till kännedom.
"""


@pytest.fixture(scope="module")
def people(model_detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(TABLE, model_detector).findings
            if f.category == "PERSON" and f.status != "rejected"}


@pytest.mark.parametrize("word", ["Utbetalas", "Aviseras", "Grannarnas", "Ansökningarna", "Utlåtandena"])
def test_header_verbs_and_plural_nouns_are_no_names(people, word):
    assert not any(word in p.split() for p in people)


def test_the_persons_stay(people):
    assert {"Lindqvist", "Rahimi", "Ylva Berggren"} <= people


@pytest.mark.parametrize("word, expected", [("Skickas", True), ("Anna", False), ("Nils", False)])
def test_a_verb_before_a_closing_preposition(word, expected):
    assert header_verb_cell(word, f"| {word} till | Personnr\n", 2 + len(word)) is expected


@pytest.mark.parametrize("word, expected", [("Yttrandena", True), ("Chefernas", True), ("Helena", False),
                                            ("Magdalena", False), ("Mårtensson", False)])
def test_the_definite_plural(word, expected):
    assert definite_plural(word) is expected


LETTER = """Beslut om trygghetslarm
| Brukare | Personnr | Arbetsplats | Handläggare
| Greta Sandqvist | 380214-2386 | Hemtjänst Väster | ALu
| Omar Haddad | 451003-4411 | Hemtjänst Centrum | ALu

Greta Sandqvist har fått larmet installerat. ALu är Anders Lundell, PeH har attesterat.
Funktionsbrevlåda larm@osterby.se, växel 0590-120 00.
"""


@pytest.fixture(scope="module")
def letter_people(model_detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(LETTER, model_detector).findings
            if f.category == "PERSON" and f.status != "rejected"}


@pytest.mark.parametrize("word", ["Hemtjänst", "Väster", "Centrum", "Funktionsbrevlåda"])
def test_a_service_unit_and_a_mailbox_label_are_no_names(letter_people, word):
    assert not any(word in p.split() for p in letter_people)


def test_the_residents_stay(letter_people):
    assert {"Greta Sandqvist", "Omar Haddad", "Anders Lundell"} <= letter_people


@pytest.mark.parametrize("text, expected", [("Hemtjänst Norr", True), ("Hemsjukvård Väst", True),
                                            ("Hemming Berg", False), ("Boel Hemtjänst", False)])
def test_a_service_named_with_its_area(text, expected):
    assert service_unit(text) is expected


@pytest.mark.parametrize("word, expected", [("Gruppbrevlåda", True), ("Funktionsadress", True), ("Adrian", False),
                                            # a number's label; a name ending in "-id" stays one
                                            ("Anläggnings-ID", True), ("Kund-ID", True), ("Kundnummer", True),
                                            ("Rashid", False), ("Ingrid", False)])
def test_an_address_label(word, expected):
    assert label_noun(word) is expected

"""The parts of a name the tokens leave out: particles before a surname written alone ("till van der Berg"), a
surname whose prefix an apostrophe joins, in any apostrophe ("Aisling O’Brien", "Luca D'Amico"), and a given name
that is a kinship word too ("Bror Ekholm"), while "min bror Kalle" stays a relation. Fictional people; the blank
pipeline (the lists decide)."""

from __future__ import annotations

import pytest

from redact.types import Page


def persons(detector, text: str) -> set[str]:
    # a page of its own document: the shared detector must not read this short sentence in the language of the
    # pages other tests showed it before (English letters would make "van der" a phrase of that language)
    detector.begin_document()
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page) if f.category == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("Nycklarna lämnades till van der Lindqvist som bor i huset.", "van der Lindqvist"),
    ("Fakturan skickades till von Ekholm som betalade.", "von Ekholm"),
    # no rule found the surname alone: two particles, or one no language uses as a preposition, make it a name
    ("Stugan hyrs ut till van den Holmqvist sedan maj.", "van den Holmqvist"),
    ("Arrendet tecknades med af Tornhielm som äger marken.", "af Tornhielm"),
])
def test_particles_before_a_surname_alone_belong_to_it(blank_detector, text, name):
    assert name in persons(blank_detector, text)


@pytest.mark.parametrize("text, name", [
    ("Avtalet skrevs under med Aisling O’Brien, som bor i Galway.", "Aisling O’Brien"),
    ("Hyran betalas av Niamh O‘Sullivan sedan maj.", "Niamh O‘Sullivan"),
    ("Båten köptes av Luca D'Amico förra året.", "Luca D'Amico"),
])
def test_a_surname_joined_by_an_apostrophe_is_taken_whole(blank_detector, text, name):
    assert name in persons(blank_detector, text)


@pytest.mark.parametrize("text, name", [
    ("Beslutet gäller Mu’min Sadiqi, som bor i Lindtuna.", "Mu’min Sadiqi"),
    ("Tolken Ra’uf Haidari kom sent.", "Ra’uf Haidari"),
])
def test_a_given_name_an_apostrophe_joins_is_taken_whole(text, name):
    from redact.detect.name_particles import apostrophe_names
    from redact.detect.name_words import NameHit, load_lexicons

    surname = name.split()[-1]
    start = text.index(surname)
    hits = apostrophe_names(text, [NameHit(start, start + len(surname), 0.9, "names", "test")], load_lexicons())
    assert [text[h.start_char:h.end_char] for h in hits] == [name]


@pytest.mark.parametrize("text, name", [
    ("Sedan kom de Lindbergs hem.", "Lindbergs"),
    ("Der Vortrag von Reinhard Kurzweiler fand statt.", "Reinhard Kurzweiler"),
])
def test_swedish_words_and_prepositions_before_a_name_are_no_particles(text, name):
    from redact.detect.name_particles import with_particles
    from redact.detect.name_words import NameHit, load_lexicons

    start = text.index(name)
    hit = NameHit(start, start + len(name), 0.9, "names", "test")
    assert with_particles([hit], text, load_lexicons()) == [hit]


def test_a_kinship_word_before_a_surname_is_a_given_name(blank_detector):
    found = persons(blank_detector, "Fastighet\nÄgare\nVäst 1:4\nBror Ekholm\n\nBror Ekholms granne klagade.")
    assert "Bror Ekholm" in found
    assert "Bror Ekholms" in found


def test_a_kinship_word_after_a_possessive_stays_a_relation(blank_detector):
    found = persons(blank_detector, "Hon kom med sin bror Kalle Ekholm till mötet.")
    assert "Kalle Ekholm" in found
    assert not any(p.lower().startswith("bror") for p in found)

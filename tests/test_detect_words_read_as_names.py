"""Words the model or a name column reads as a person that are none: a case's reference with its number
("KSN-RB 27/118"), a place to stay named by its noun ("Pensionat Solgläntan"), a switchboard's label before its
number across a line end ("Växel" / "0612-440 10"), a name's last word "Växel", and a header cell read into a
name column ("Löneuppgifter", "Utbildning"); a listed name of such an ending ("Henning") stays. Fictional text."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from redact.detect.lemmatizer import FACTORY
from redact.detect.name_model import _ner_hit
from redact.detect.names import load_lexicons
from redact.detect.organisation import switchboard_label
from redact.detect.table_columns import FULL, LAST
from redact.detect.table_values import value_fits
from redact.types import Finding


@pytest.fixture(scope="module")
def nlp():
    pipe = spacy.blank("sv")
    pipe.add_pipe(FACTORY)
    return pipe


def _model_hit(nlp, text: str, ent: str) -> str | None:
    """The name the model's PER span over ``ent`` is trimmed to (None: no name)."""
    doc = nlp(text)
    a = text.index(ent)
    span = doc.char_span(a, a + len(ent))
    doc.ents = [Span(doc, span.start, span.end, label="PER")]
    hit = _ner_hit(doc, span.start, span.end, load_lexicons())
    return None if hit is None else text[hit.start_char:hit.end_char]


def test_a_case_reference_with_its_number_is_no_name(nlp):
    assert _model_hit(nlp, "Beslut KSN-RB 27/118 gäller tre månader.", "KSN-RB 27/118") is None


def test_a_name_read_with_a_number_after_it_ends_before_the_number(nlp):
    assert _model_hit(nlp, "Hos Greta Holmvik 12 år bor två katter.", "Greta Holmvik 12") == "Greta Holmvik"


def test_a_place_to_stay_named_by_its_noun_is_no_name(nlp):
    assert _model_hit(nlp, "Familjen bor på Pensionat Solgläntan tills vidare.", "Pensionat Solgläntan") is None


def test_a_switchboard_label_closing_a_signature_is_no_part_of_the_name(nlp):
    assert _model_hit(nlp, "Handläggare Sara Holmvik Växel\n0612-440 10", "Sara Holmvik Växel") == "Sara Holmvik"


def test_the_switchboard_word_before_its_number_on_the_next_line_is_a_label():
    text = "Hamnkontoret, hamn@orten.se. Växel\n0612-440 10, öppet 8-16."
    a = text.index("Växel")
    f = Finding(id="x", page=1, start=a, end=a + 5, text="Växel", category="PERSON", score=0.8, detector="names")
    assert switchboard_label(f, text)


@pytest.mark.parametrize("cell", ["Löneuppgifter", "Utbildning", "Lönekonto", "Kontaktuppgifter", "Leveransadresser"])
def test_a_header_noun_is_no_name_cell(cell):
    assert not value_fits(FULL, cell, "Deltagare")
    assert not value_fits(LAST, cell, "Efternamn")


def test_a_listed_name_of_such_an_ending_is_a_name_cell():
    assert value_fits(FULL, "Henning", "Deltagare")
    assert value_fits(LAST, "Ekholm", "Efternamn")


@pytest.mark.parametrize("text, ent, name", [
    # a word opening the sentence that a list holds as a surname too ("Hos")
    ("Nyckeln finns i förrådet. Hos Lindqvist, kallad Lillen, finns en reservnyckel.", "Hos Lindqvist", "Lindqvist"),
    # a relation in its definite form, plain or compound, before the name
    ("Vikten ligger under kurvan. Fadern Trần Văn Hùng kommer på mötet.", "Fadern Trần Văn Hùng", "Trần Văn Hùng"),
    ("Familjen bor på fjället. Farmodern Inga-Maj Labba hjälper till.", "Farmodern Inga-Maj Labba", "Inga-Maj Labba"),
    ("Det brann i förrådet. Sonen Murat Kaya ringde larmet.", "Sonen Murat Kaya", "Murat Kaya"),
])
def test_a_sentence_word_or_a_relation_before_a_name_is_no_part_of_it(nlp, text, ent, name):
    assert _model_hit(nlp, text, ent) == name


def test_a_relation_tagged_alone_is_no_name(nlp):
    assert _model_hit(nlp, "Familjen bor på fjället.\nFarmodern hjälper till.", "Farmodern") is None


def test_an_engineers_role_compound_is_cut_from_the_name_after_it():
    from redact.detect.name_spans import split_at_titles

    text = "Vid larmet kom Brandingenjör Per Hedlund till platsen."
    a = text.index("Brandingenjör")
    f = Finding(id="x", page=1, start=a, end=a + 25, text=text[a:a + 25], category="PERSON", score=0.8,
                detector="names")
    assert [g.text for g in split_at_titles([f], text, load_lexicons().titles)] == ["Per Hedlund"]


@pytest.mark.parametrize("role, name", [
    ("Astmasköterska", "Lena Wiik"),  # a nurse's compound
    ("Föreningscoach", "Omar Said"),  # a shorter role after the compound's joining "s"
])
def test_a_nurses_or_a_coachs_compound_is_cut_from_the_name_after_it(role, name):
    from redact.detect.name_spans import split_at_titles

    text = f"Projektgrupp\n{role} {name} (LWi) och enhetschef Eva Ek.\n"
    a = text.index(role)
    b = a + len(role) + 1 + len(name)
    f = Finding(id="x", page=1, start=a, end=b, text=text[a:b], category="PERSON", score=0.8, detector="names")
    assert [g.text for g in split_at_titles([f], text, load_lexicons().titles)] == [name]


def test_a_patronymic_after_a_given_name_stays_whole():
    from redact.detect.name_spans import split_at_titles

    text = "Yttrande från Tuva Olofsdotter Rask, granne.\n"
    a = text.index("Tuva")
    f = Finding(id="x", page=1, start=a, end=a + 21, text=text[a:a + 21], category="PERSON", score=0.8,
                detector="names")
    assert [g.text for g in split_at_titles([f], text, load_lexicons().titles)] == ["Tuva Olofsdotter Rask"]



def test_a_bodys_genitive_before_its_switchboards_word_and_number_is_a_label():
    text = "Nämndens kansli, Box 210, 551 10 Ekby\nHamnkontorets växel 0612-440 10. E-post hamn@orten.se\n"
    a = text.index("Hamnkontorets")
    f = Finding(id="x", page=1, start=a, end=a + 13, text="Hamnkontorets", category="PERSON", score=0.8,
                detector="names")
    assert switchboard_label(f, text)
    # a genitive before another word and a number is no switchboard's label
    text = "Hamnkontorets brygga 12 hyrs ut.\n"
    f = Finding(id="x", page=1, start=0, end=13, text="Hamnkontorets", category="PERSON", score=0.8, detector="names")
    assert not switchboard_label(f, text)


def test_a_possessive_spelt_like_a_surname_opening_a_sentence_is_no_name(blank_detector):
    word = "Mitt"
    from redact.document_detection import detect_text

    # after "till" opening a line and an address, where a label's region makes a capitalised word a name
    text = (f"Jag flyttar från Lindgatan 40, lgh 1402, 417 05 Göteborg\ntill Lövgatan 3, 4 tr, 417 13 Göteborg. "
            f"{word} samordningsnummer: 840875-3170.\n")
    persons = [f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"]
    assert not any(word in p for p in persons), persons


def test_an_english_numbers_name_before_number_is_no_person(model_detector):
    from redact.types import Page

    text = ("Sökande: Rowan Pryce\nRowan har brittiskt pass 553184207 och National Insurance number JK 44 18 20 C "
            "sedan åren i Leeds.\n")
    page = Page(number=1, text=text, words=(), width=595, height=842, source="plain")
    persons = [f.text for f in model_detector.detect(page) if f.category == "PERSON"]
    assert not any("Insurance" in p for p in persons), persons
    assert any("Rowan" in p for p in persons), persons


def test_a_municipalitys_adult_education_is_an_organisation_and_no_name():
    from redact.detect.name_words import ends_like_organisation
    from redact.detect.no_person_spans import no_persons_name

    assert ends_like_organisation("Komvux")
    text = "Han läser på Komvux Ekby i höst. Asa Lindqvist och Folktandvården Norrvik svarar."
    for span, none in (("Komvux Ekby", True), ("Folktandvården Norrvik", True), ("Asa Lindqvist", False)):
        a = text.index(span)
        assert no_persons_name(text, a, a + len(span)) is none, span


def test_a_town_and_den_of_a_dateline_below_the_table_is_no_name_cell():
    # "Ekby den 4 maj 2027" read into the name column, its date cut off; a particle inside a name stays
    assert not value_fits(FULL, "Ekby den", "Sökande")
    assert value_fits(FULL, "Anna van den Berg", "Sökande")


@pytest.mark.parametrize("role", ["Arrangören", "Funktionären", "Organisatören"])
def test_an_events_role_noun_opening_a_sentence_is_no_name(nlp, role):
    # the organiser of a race or a fair, named by the role alone, in its definite form
    assert _model_hit(nlp, f"Tävlingen körs i maj. {role} svarar för avspärrningarna.", role) is None

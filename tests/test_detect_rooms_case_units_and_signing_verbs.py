"""Words the model reads as names that are none: a room named after its noun ("sal Tallbacken"), a case
number's word with its unit's letters ("Ärende SN 2026/0412"), a verb noting who checked a text before the
initials ("Justerat MLi"), and the end of a compound the text writes in lower case at a sentence start
("Intyg" beside "läkarintyg"). A person's name in the same positions stays. Fictional text; the shipped pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from redact.types import Finding

MINUTES = """Protokoll från samrådsmötet, sammanträde 2026-09-22
Plats: Kommunhuset, sal Tallbacken, klockan 09.00–11.30. Ärende SN 2026/0412.
Närvarande: Margit Lindroth (MLi) och Yusuf Demir (YDe). Mötet hölls i rum Astrid Sjöberg kallar för grå rummet.
Ledamöternas läkarintyg skickas till registraturen. Intygen arkiveras i ärendet.
Justerat MLi. Protokollet anslås på kommunens anslagstavla.
"""


def _proposed_people(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings
            if f.category == "PERSON" and f.status != "rejected"}


@pytest.fixture(scope="module")
def people(model_detector) -> set[str]:
    return _proposed_people(MINUTES, model_detector)


@pytest.mark.parametrize("word", ["Tallbacken", "Ärende", "SN", "Justerat", "Intygen"])
def test_rooms_case_units_signing_verbs_and_compound_ends_are_no_names(people, word):
    assert not any(word in p.split() for p in people), people


@pytest.mark.parametrize("name", ["Margit Lindroth", "Yusuf Demir", "Astrid Sjöberg"])
def test_the_persons_stay(people, name):
    assert name in people


def _probe(text: str, word: str) -> Finding:
    a = text.index(word)
    return Finding(id="t", page=1, start=a, end=a + len(word), text=word, category="PERSON", score=0.8,
                   detector="names")


@pytest.mark.parametrize("text, word, expected", [
    ("Mötet hölls i sal Granudden i år.", "Granudden", True),
    ("Mötet hölls i konferensrummet Utsikten.", "Utsikten", True),
    # a listed name after the room's noun stays a name
    ("Mötet hölls i rummet Birgitta bokat.", "Birgitta", False),
    ("Se Ärende BUN 2026/118 för detaljer.", "Ärende BUN", True),
    ("Ärende BUN gäller skolskjuts.", "Ärende BUN", False),
    ("Begärd handling: Detaljplan SBN 2026/0318 och Protokoll KF 2026-05-19.", "Detaljplan SBN", True),
    ("Begärd handling: Detaljplan SBN 2026/0318 och Protokoll KF 2026-05-19.", "Protokoll KF", True),
    # a listed first name before a unit's letters and a number stays a name
    ("Ärendet gäller Helena KS 2026/0318.", "Helena KS", False),
    # a court's case word and the case's kind letter before its serial and year
    ("Arvodet avser Mål B 2217-27 och T 804-27.", "Mål B", True),
    ("Domen i målet Ä 3310-26 har vunnit laga kraft.", "målet Ä", True),
    ("Mål B gäller skadegörelse.", "Mål B", False),
])
def test_a_room_and_a_case_unit(text, word, expected):
    from redact.detect.no_person_spans import word_part_or_case_label

    assert word_part_or_case_label(_probe(text, word), text) is expected


def test_a_signing_verb_is_cut_from_the_initials_after_it():
    from redact.detect.name_spans import split_at_titles

    text = "Granskat ÅBe och klart."
    f = _probe(text, "Granskat ÅBe")
    assert [g.text for g in split_at_titles([f], text, frozenset())] == ["ÅBe"]


@pytest.mark.parametrize("text, word, expected", [
    ("Ansökan om bygglov.\nBygglovet gäller i fem år.", "Bygglovet", True),
    ("Ansökan om bygglov.\nTorvallen gäller i fem år.", "Torvallen", False),
    ("Alla betygskopior skickas ut. Kopior lämnas efter kontroll.", "Kopior", True),
    # a listed name stays, whatever lower-case word ends in it ("Linnea" and "kolinnea" made up here)
    ("Kolinnea är ett påhittat ord, kolinnea skrivs så. Linnea lämnar det.", "Linnea", False),
])
def test_the_end_of_a_lower_case_compound_at_a_sentence_start(text, word, expected):
    from redact.detect.name_words import U, classify_word, load_lexicons
    from redact.detect.sentence_start import ordinary_sentence_start

    lex = load_lexicons()
    assert ordinary_sentence_start(_probe(text, word), text, lambda w: classify_word(w, lex) != U) is expected


NOTES = """Skaderegleringen, ärende 2026/311
Makarna Lindholm har begärt ersättning för vattenskadan. Attest PJo.
Kvittot skickades av Hällby Byalag till kommunen. Kopian av kvittot finns i akten, en kopia gick till försäkringsbolaget.
Handläggare Petra Johnsson (PJo).
"""


@pytest.fixture(scope="module")
def note_people(model_detector) -> set[str]:
    return _proposed_people(NOTES, model_detector)


@pytest.mark.parametrize("word", ["Makarna", "Attest", "Byalag", "Hällby", "Kopian"])
def test_a_couple_an_attest_a_village_association_and_a_definite_noun_are_no_names(note_people, word):
    assert not any(word in p.split() for p in note_people), note_people


@pytest.mark.parametrize("name", ["Lindholm", "Petra Johnsson"])
def test_the_couples_name_and_the_officer_stay(note_people, name):
    assert name in note_people


def test_a_signing_verb_alone_is_no_name():
    from redact.detect.name_spans import split_at_titles

    text = "Vid protokollet\nJusteras\nTorbjörn Alm"
    f = _probe(text, "Justeras")
    assert split_at_titles([f], text, frozenset()) == []


@pytest.mark.parametrize("text, word, expected", [
    # a header row read as one line, with a column nobody listed in it
    ("Uppgifterna nedan.\nFörnamn Efternamn Incident\nLinnea\nSvärd\n", "Förnamn Efternamn Incident", True),
    # an estates register's header: the estate's column and the address's, one line
    ("Sista bostad\nDödsbo Adress\nPostadress\n1\nLindvägen 4\n", "Dödsbo Adress", True),
    # the same words with more text on the line, or a listed name among them, stay for the other rules
    ("Förnamn Efternamn Incident enligt bilaga", "Förnamn Efternamn Incident", False),
    ("Uppgifterna nedan.\nFörnamn Efternamn Åkerlund\n", "Förnamn Efternamn Åkerlund", False),
])
def test_a_header_row_read_as_one_line_is_no_name(text, word, expected):
    from redact.detect.no_person_spans import word_part_or_case_label
    from redact.detect.table_columns import header_words_only

    assert (word_part_or_case_label(_probe(text, word), text) or header_words_only(word)) is expected


COMMITTEE_CASES = """Klagomål till nämnden
| Ärende | Patient | Handl.
| BoU 26-0412 | Sara Lindqvist | HSk
| BoU 26-0419 | Omar Nuur | HSk
BoU 26-0412. Modern Sara Lindqvist klagade på skolskjutsen.
SaM 2026/118 gäller Eva Berg.
"""


def test_a_committees_mixed_case_letters_before_its_case_number_are_no_name(model_detector):
    # "BoU" (Barn- och utbildningsnämnden) keeps the capitals of the body's words: the case number's letters
    people = _proposed_people(COMMITTEE_CASES, model_detector)
    assert not any(w in p.split() for p in people for w in ("BoU", "SaM")), people
    assert {"Sara Lindqvist", "Omar Nuur", "Eva Berg"} <= people


@pytest.mark.parametrize("word, after, unit", [
    ("PaN", " 26-0811 gäller", True), ("SoN", " 2026/1170", True),
    ("Anna", " 26-0811", False),  # a name's one capital: a person before a number stays
    ("PaN", " har ringt", False),  # no case number after it
    ("HSK", " 26-0811", False),  # all capitals: the rules for letter codes judge those
])
def test_case_unit_letters(word, after, unit):
    from redact.detect.case_units import case_unit_letters

    assert case_unit_letters(word, word + after, len(word)) is unit


@pytest.mark.parametrize("text, title, expected", [
    ("Optikern Ahlbeck mätte synen.", "Optikern Ahlbeck", ["Ahlbeck"]),  # a listed title in its definite form
    ("Kuratorn Ahlbeck ringde.", "Kuratorn Ahlbeck", ["Ahlbeck"]),
    ("Tandhygienisten Ahlbeck ringde.", "Tandhygienisten Ahlbeck", ["Ahlbeck"]),
])
def test_a_title_in_the_definite_form_is_cut_from_the_name(text, title, expected):
    from redact.detect.name_spans import split_at_titles
    from redact.detect.name_words import load_lexicons

    f = _probe(text, title)
    assert [g.text for g in split_at_titles([f], text, load_lexicons().titles)] == expected

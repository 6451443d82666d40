"""English documents: a thin page takes the document's language; propagation masks what verification counts.

All people and firms are fictional.
"""

from __future__ import annotations

import pytest

from redact.detect.language import DocumentLanguage, identify_pages, load_model
from redact.resolve.propagate import propagate
from redact.types import Finding, Mask, Page
from redact.verify.rule import forms_of, occurrences

PROSE_EN = (
    "The committee met in the spring to review how the library lends its collection to schools. Members\n"
    "agreed that the reading rooms should stay open later in the evening, and that the catalogue should be\n"
    "moved online before the autumn term. The budget for new books was discussed at some length, and the\n"
    "treasurer explained how the grants from the county are spent over the year. Everyone agreed that the\n"
    "report would be sent to the board once the figures for the last quarter are known.\n"
)
PROSE_SV = (
    "Nämnden sammanträdde i våras för att se över hur biblioteket lånar ut sina samlingar till skolorna.\n"
    "Ledamöterna var överens om att läsesalarna ska hålla öppet längre på kvällarna och att katalogen ska\n"
    "finnas på nätet före höstterminen. Budgeten för nya böcker diskuterades länge, och kassören förklarade\n"
    "hur bidragen från regionen används under året. Rapporten skickas till styrelsen när siffrorna är klara.\n"
)
# A back cover: a few lines, too little to tell the language by itself.
BACK_COVER = "Then came the winter.\nUp the hill: Harbour Press\nPrinted by Nordmark Tryck\nISBN 978-91-0000-000-1\n"


def _pages(prose: str, last: str) -> list[Page]:
    return [Page(n, prose, (), 595.0, 842.0) for n in (1, 2, 3)] + [Page(4, last, (), 595.0, 842.0)]


def test_a_thin_page_takes_the_language_of_the_document():
    model = load_model()
    english = identify_pages([p.text for p in _pages(PROSE_EN, BACK_COVER)], model, DocumentLanguage())
    assert [a.language for a in english] == ["en"] * 4
    assert not english[3].confident
    swedish = identify_pages([p.text for p in _pages(PROSE_SV, BACK_COVER)], model, DocumentLanguage())
    assert swedish[3].swedish_rules  # in a Swedish document a thin page keeps the Swedish rules


def test_a_thin_page_before_any_evidence_learns_from_the_pages_after_it_in_the_same_run():
    pages = [BACK_COVER, PROSE_EN, PROSE_EN, PROSE_EN]
    assert identify_pages(pages, load_model(), DocumentLanguage())[0].language == "en"


def test_capitalised_words_on_the_back_cover_of_an_english_document_are_no_names(model_detector):
    model_detector.begin_document()
    found = model_detector.detect_many(_pages(PROSE_EN, BACK_COVER))
    assert [f.text for f in found[3] if f.category == "PERSON"] == []


def test_a_name_on_the_thin_last_page_of_a_swedish_document_is_still_found(model_detector):
    model_detector.begin_document()
    found = model_detector.detect_many(_pages(PROSE_SV, "Kontakt: Maja Lindgren\nTelefon 070-123 45 67\n"))
    assert "Maja Lindgren" in [f.text for f in found[3] if f.category == "PERSON"]


def test_the_next_document_does_not_inherit_the_language_of_the_one_before(model_detector):
    model_detector.begin_document()
    model_detector.detect_many(_pages(PROSE_EN, BACK_COVER))
    model_detector.begin_document()
    assert model_detector.language(BACK_COVER).swedish_rules


# ----------------------------------------------------------------------------- copies of a masked name

def _person(page: int, text: str, name: str, at: int = 0) -> Finding:
    start = text.index(name, at)
    return Finding(id=f"p{page}-{start}", page=page, start=start, end=start + len(name), text=name,
                   category="PERSON", score=0.95, detector="names")


def _mask(text: str) -> Mask:
    return Mask(id="m1", page=1, rects=((0.0, 0.0, 1.0, 1.0),), category="PERSON", detector="names", score=0.9,
                decision="auto-accepted", text=text)


def _masked(text: str, name: str) -> list[tuple[int, int]]:
    """The spans masked: ``name`` found once, at its first place, and propagation's copies of it."""
    found = _person(1, text, name)
    return [(found.start, found.end)] + [(f.start, f.end) for f in propagate([found], {1: text})]


def _counted(text: str, name: str) -> list[tuple[int, int]]:
    """Where verification counts a form of ``name`` in the text as a reader reads it (line ends as spaces)."""
    return [(s, e) for _, s, e in occurrences(forms_of([_mask(name)]), text.replace("\n", " "))]


@pytest.mark.parametrize(("text", "name"), [
    # a line end before the name is no sentence end: "told\nElse to contact" is the filmmaker
    ("Jon Else made the film. Groening said yes, but told\nElse to contact the studio. Else called them.", "Jon Else"),
    # a name that is not an English word counts at a sentence's start before "to"
    ("Minutes by Karin Obuya. Items agreed.\nKarin to chair the next meeting. Karin will send the agenda.", "Karin Obuya"),
    # a name that is also a word, opening a question, is the word in both
    ("Will Haddleston opened. Will you send the agenda? I asked Will to do it.", "Will Haddleston"),
    # glued to a full stop at the end, with a genitive
    ("Hope Achterberg wrote it. The draft was Hope's.Hope to hear from you.", "Hope Achterberg"),
])
def test_propagation_masks_exactly_the_copies_verification_counts(text, name):
    masked, counted = _masked(text, name), _counted(text, name)
    assert len(masked) > 1, "the test must exercise a copy"
    # every copy verification counts is masked, and propagation masks nothing verification would not count
    assert [c for c in counted if not any(s <= c[0] and c[1] <= e for s, e in masked)] == []
    assert [m for m in masked[1:] if m not in counted] == []


# ----------------------------------------------------------------------------- English words are no one's initials

def test_a_title_that_ends_a_sentence_is_no_cue_for_the_next_word(model_detector):
    text = (PROSE_EN + "A friend sends the song to a friend who buys the records by that\nartist. This is a kind of "
            "targeted advertising.\nThe artist Wilma Oduya said so, and Prof. Lindqvist agreed.\n")
    model_detector.begin_document()
    people = [f.text for f in model_detector.detect_many([Page(1, text, (), 595.0, 842.0)])[0] if f.category == "PERSON"]
    assert "This" not in people
    assert "Wilma Oduya" in people and "Lindqvist" in people


def test_small_english_words_between_commas_are_not_a_named_persons_initials():
    from redact.resolve.abbreviated_initials import find_abbreviated_initials

    en = PROSE_EN + ("The film was made by Aaron Swartz and Ingrid Tanaka. But if, as\nthe board had said, the grant "
                     "was paid; it\nsounded simple.\n")
    sv = ("Närvarande: Aaron Swartz, Ingrid Tanaka. Protokollet justeras av (as) och (it) senast fredag.\n"
          "Nämnden beslutade att skicka ärendet vidare till förvaltningen för beredning inför mötet i maj.\n")
    assert find_abbreviated_initials([_person(1, en, "Aaron Swartz"), _person(1, en, "Ingrid Tanaka")], {1: en}) == []
    found = find_abbreviated_initials([_person(1, sv, "Aaron Swartz"), _person(1, sv, "Ingrid Tanaka")], {1: sv})
    assert sorted(f.text for f in found) == ["as", "it"]  # hand-written initials in Swedish text still count


def test_a_footnote_number_inside_a_name_starts_no_address():
    # "Beckett.12 Donaldson": the surname after the footnote is masked on its own, as verification counts it
    text = ("The publisher Thomas Beckett.12 Donaldson then sold the books.\n"
            "Later Donaldson moved his shop, and Donaldson’s lawyers won.")
    masked, counted = _masked(text, "Thomas Beckett.12 Donaldson"), _counted(text, "Thomas Beckett.12 Donaldson")
    assert [text[s:e] for s, e in masked[1:]] == ["Donaldson", "Donaldson’s"]
    assert [c for c in counted if not any(s <= c[0] and c[1] <= e for s, e in masked)] == []

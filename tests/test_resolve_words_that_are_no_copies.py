"""Words that look like a copy of a masked item but are the text's own: an initials column's capitals as another
language's article ("LA" / "La mamma …"), a short form that is a noun opening a sentence ("Soffan och bordet"
beside "en soffa"), a street named after the premises it holds ("Tvätthallen på Ekgatan"). The copies that are copies
stay masked. Fictional people and places."""

from __future__ import annotations

from redact.resolve.propagate import propagate
from redact.resolve.short_forms import find_short_forms
from redact.resolve.streets import find_bare_streets
from redact.types import Finding, Mask
from redact.verify.rule import forms_of, occurrences


def _finding(text: str, part: str, category: str, detector: str, page: int = 1, nth: int = 0) -> Finding:
    at = -1
    for _ in range(nth + 1):
        at = text.index(part, at + 1)
    return Finding(id=f"{part}-{at}", page=page, start=at, end=at + len(part), text=part, category=category,
                   score=0.7, detector=detector, reason="")


def test_initials_of_a_column_are_copied_only_in_capitals():
    first = "Sak | Handl.\nnyckel | LA\ntagg | EK\n"
    second = "La mamma abitava prima a Roma.\nHandläggare LA svarar på frågor."
    found = [_finding(first, "LA", "PERSON", "initials_column")]
    new = propagate(found, {1: first, 2: second})
    assert [(f.page, f.start) for f in new] == [(2, second.index("LA svarar"))]


def test_verification_counts_a_columns_initials_only_in_capitals():
    mask = Mask(id="m1", page=1, rects=((0, 0, 10, 10),), category="PERSON", detector="initials_column", score=0.7,
                decision="auto-accepted", legal_ground=None, subject=None, text="LA")
    forms = forms_of([mask])
    text = "La mamma abitava prima a Roma. Handläggare LA svarar."
    assert [text[a:b] for _, a, b in occurrences(forms, text)] == ["LA"]


def test_a_short_form_that_is_a_noun_opening_a_sentence_is_no_copy():
    text = ("Kund: Sofia Lindgren, Ekgatan 4.\nVara: en soffa och en bokhylla.\nSoffan och bokhyllan levereras i maj.\n"
            "Vi ringde till Sofia. Hon och Soffan kommer överens om tiden.")
    person = _finding(text, "Sofia Lindgren", "PERSON", "names")
    new = find_short_forms([person], {1: text})
    # inside a sentence the capital says a name; opening it, beside the noun in lower case, the thing
    assert [f.start for f in new] == [text.index("Soffan kommer")]


def test_a_short_form_opening_a_sentence_is_a_copy_where_the_text_has_no_such_noun():
    text = "Kund: Sofia Lindgren.\nSoffan ringde i går om leveransen."
    new = find_short_forms([_finding(text, "Sofia Lindgren", "PERSON", "names")], {1: text})
    assert [f.text for f in new] == ["Soffan"]


def test_a_short_form_after_a_labels_colon_or_beside_its_own_mail_address_is_a_copy():
    text = "Mobil 073-904 11 22   E-post jonte.berg@exempel.se\nVår referens: Jonte\nKund: Jonatan Berg."
    new = find_short_forms([_finding(text, "Jonatan Berg", "PERSON", "names")], {1: text})
    assert [f.text for f in new] == ["Jonte"]


def test_a_bare_street_after_the_premises_it_holds_is_no_home():
    text = ("Hyresgäst: Ulla Granlund, Ekgatan 18, 722 15 Västerås.\nTvätthallen på Ekgatan stängs i januari.\n"
            "Grannarna på Ekgatan har klagat.")
    address = _finding(text, "Ekgatan 18, 722 15 Västerås", "ADDRESS", "address")
    new = find_bare_streets([address], {1: text})
    assert [f.start for f in new] == [text.index("Ekgatan har")]
    # nor does propagation copy the neighbours' street there
    copies = propagate([address, *new], {1: text})
    assert not [f for f in copies if f.start == text.index("Ekgatan stängs")]


def test_a_streets_name_opening_a_sentence_as_the_documents_own_noun_is_no_copy():
    # the decision is about a snowmobile trail ("en skoterled"); the street of one applicant is named after one
    text = ("Sökande: Berit Holm, Skoterleden 5, 830 10 Undersåker.\nTillståndet gäller en skoterled över myren.\n"
            "Skoterleden får inte dras över vattnet.\nGrannarna på Skoterleden har yttrat sig.")
    address = _finding(text, "Skoterleden 5, 830 10 Undersåker", "ADDRESS", "address")
    new = find_bare_streets([address], {1: text})
    assert [f.start for f in new] == [text.index("Skoterleden har")]

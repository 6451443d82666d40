"""A label word ("till", "mottagare") that opens a line only because a sentence wrapped before it is no label: the
capitalised word later on that line ("Hans", the pronoun opening the next sentence) is no name. A label that opens
its line as a label ("Till: Nils Ek", "Till Nils Ek") still marks the name after it. Fictional people."""

from __future__ import annotations

from redact.document_detection import detect_text

WRAPPED = """Anteckningar om hyresavin
Hyresvärden är Norrbacka Fastigheter AB; avin skickas
till hans e-post efter önskemål: tobias.ek@gmail.com. Hans
sambo bor kvar i lägenheten.
"""
LABELLED = """Till: Nils Ek
Ärende: hyresavi för oktober
"""


def _persons(text: str, detector) -> set[str]:
    return {f.text for f in detect_text(text, detector).findings if f.category == "PERSON" and f.status != "rejected"}


def test_the_pronoun_after_a_wrapped_sentences_label_word_is_no_name(blank_detector):
    assert "Hans" not in _persons(WRAPPED, blank_detector)


def test_a_label_opening_its_line_still_marks_the_name(blank_detector):
    assert "Nils Ek" in _persons(LABELLED, blank_detector)


# A logged message's subject: the customer's label and the series' letters of the number were read as a name.
SUBJECT = "Ämne: Kund TR 4410 2291, ny adress\nKlient SVK-B 77120 har ringt. Kund Tove Ek TR 4410 2291 betalar.\n"


def _finding(text: str, span: str, category: str, at: int = 0):
    from redact.types import Finding

    start = text.index(span, at)
    return Finding(id=f"{span}@{start}", page=1, start=start, end=start + len(span), text=span, category=category,
                   score=0.85, detector="names" if category == "PERSON" else "labelled_id")


def test_a_labels_noun_and_the_series_letters_of_a_number_are_no_name():
    from redact.detect.name_spans import drop_label_before_codes

    code_at = SUBJECT.index("SVK-B")
    findings = [_finding(SUBJECT, "Kund TR", "PERSON"), _finding(SUBJECT, "Klient SVK-B", "PERSON"),
                _finding(SUBJECT, "SVK-B 77120", "ID_NUMBER", code_at)]
    kept = [(f.text, f.category) for f in drop_label_before_codes(findings, SUBJECT)]
    # the customer's numbers stay found, whole, and the label's noun is no name
    assert kept == [("TR 4410 2291", "ID_NUMBER"), ("SVK-B 77120", "ID_NUMBER")]


def test_a_name_after_the_label_or_before_the_number_stays_a_name():
    from redact.detect.name_spans import drop_label_before_codes

    findings = [_finding(SUBJECT, "Kund Tove Ek", "PERSON"), _finding(SUBJECT, "Tove Ek TR", "PERSON")]
    assert [f.text for f in drop_label_before_codes(findings, SUBJECT)] == ["Kund Tove Ek", "Tove Ek TR"]


# A vehicle's noun opening the sentence before its plate: the model read the noun and the plate's letters as a name.
VEHICLES = "Anteckning om fordon\nSkotern KLM 18C är avregistrerad. Traktorn Berg har gått sönder.\n"


def test_a_vehicles_noun_and_its_plates_letters_are_no_name():
    from redact.detect.name_spans import drop_label_before_codes

    findings = [_finding(VEHICLES, "Skotern KLM", "PERSON"),
                _finding(VEHICLES, "KLM 18C", "LICENSE_PLATE", VEHICLES.index("KLM"))]
    kept = [(f.text, f.category) for f in drop_label_before_codes(findings, VEHICLES)]
    assert kept == [("KLM 18C", "LICENSE_PLATE")]


def test_a_name_after_a_vehicles_noun_stays_a_name():
    from redact.detect.name_spans import drop_label_before_codes

    findings = [_finding(VEHICLES, "Traktorn Berg", "PERSON")]
    assert [f.text for f in drop_label_before_codes(findings, VEHICLES)] == ["Traktorn Berg"]


# A lost document's noun before its number, read by the model as a name; a listed surname there stays a name.
NOTES = "Ämne: Ä 2207-26, Skuldebrev nr 2018-0412\nBerg nr 4 och Kvitto nr. 118 bifogas.\n"


def test_an_unlisted_noun_before_nr_and_a_number_is_no_name():
    from redact.detect.name_spans import drop_numbered_nouns

    findings = [_finding(NOTES, "Skuldebrev", "PERSON"), _finding(NOTES, "Kvitto", "PERSON"),
                _finding(NOTES, "Berg", "PERSON")]
    kept = drop_numbered_nouns(findings, NOTES, lambda w: w == "Berg")
    assert [f.text for f in kept] == ["Berg"]


# The body's own decision by its noun, its series' letters and its number of the year: the model read the noun and the
# letters as a name; neither is a person nor an identifier. A listed surname there stays a name.
DECISION = "Beslut VK 2027-003318 enligt förordningen. Berg VK 2027-003318 ringde.\n"


def test_the_noun_and_series_of_the_bodys_own_paper_are_no_name():
    from redact.detect.name_spans import drop_own_paper_series

    findings = [_finding(DECISION, "Beslut VK", "PERSON"), _finding(DECISION, "Berg VK", "PERSON")]
    kept = drop_own_paper_series(findings, DECISION, lambda w: w == "Berg")
    assert [(f.text, f.category) for f in kept] == [("Berg VK", "PERSON")]


# The same with a code of the unit's letters, its serial and the year's two figures after the series' letters
DECISION_CODE = "Beslut KU RT-5512-27 enligt reglerna. Berg KU RT-5512-27 ringde.\n"


def test_the_noun_and_series_before_the_bodys_lettered_code_are_no_name():
    from redact.detect.name_spans import drop_own_paper_series

    findings = [_finding(DECISION_CODE, "Beslut KU", "PERSON"), _finding(DECISION_CODE, "Berg KU", "PERSON")]
    kept = drop_own_paper_series(findings, DECISION_CODE, lambda w: w == "Berg")
    assert [(f.text, f.category) for f in kept] == [("Berg KU", "PERSON")]


# The same with the county's two series of letters and a number of the year's two figures and its serial
DECISION_TWO_SERIES = "Beslut LS KB 27-5512 enligt lagen. Berg LS KB 27-5512 ringde.\n"


def test_the_noun_and_two_series_before_the_bodys_number_are_no_name():
    from redact.detect.name_spans import drop_own_paper_series

    findings = [_finding(DECISION_TWO_SERIES, "Beslut LS KB", "PERSON"),
                _finding(DECISION_TWO_SERIES, "Berg LS KB", "PERSON")]
    kept = drop_own_paper_series(findings, DECISION_TWO_SERIES, lambda w: w == "Berg")
    assert [(f.text, f.category) for f in kept] == [("Berg LS KB", "PERSON")]


# A thing's noun before its code, the code's capitals the noun's first letters: the model read the noun as a name.
OBJECTS = "Bron KB-07 har klass K3. Ämne: Kulvert KU-12, kund 4471. Brita BR-08 ringde.\n"


def test_a_things_noun_before_a_code_of_its_own_letters_is_no_name():
    from redact.detect.name_spans import drop_code_nouns

    findings = [_finding(OBJECTS, "Bron", "PERSON"), _finding(OBJECTS, "Kulvert", "PERSON"),
                _finding(OBJECTS, "Brita", "PERSON")]
    kept = drop_code_nouns(findings, OBJECTS, lambda w: w == "Brita")
    assert [f.text for f in kept] == ["Bron", "Brita"]

"""A model's name or street read around an identifier's letters ("Pump NG 4418 0152", "H. Barnets" beside the serial
"NG 4418 0152 H"): dropped once the identifier is found there, unless what lies outside it is a listed name or a
street's number. Fictional serials and people."""

from __future__ import annotations

from redact.resolve.identifier_overlaps import without_model_spans_around_identifiers
from redact.types import Finding

TEXT = "Sond KT 5521 0930 B. Dotterns journal skickas i dag."


def _at(text: str, part: str, category: str, detector: str, reason: str) -> Finding:
    start = text.index(part)
    return Finding(id=part, page=2, start=start, end=start + len(part), text=part, category=category, score=0.8,
                   detector=detector, reason=reason)


def _serial(text: str = TEXT) -> Finding:
    return _at(text, "KT 5521 0930 B", "ID_NUMBER", "propagate", "samma text som fynd på sida 1")


def test_a_models_street_and_name_around_a_serial_are_dropped():
    street = _at(TEXT, "Sond KT 5521 0930", "ADDRESS", "learned_spans", "taggad av den inlärda modellen")
    name = _at(TEXT, "B. Dotterns", "PERSON", "names", "ner: ner:PER")
    kept = without_model_spans_around_identifiers([street, _serial(), name])
    assert [f.text for f in kept] == ["KT 5521 0930 B"]


def test_a_models_name_inside_a_rules_serial_gives_way_to_it():
    text = "Pumpen har tillverkningsnummer Oberdorfer 2207-33185 enligt kvittot."
    serial = _at(text, "Oberdorfer 2207-33185", "ID_NUMBER", "labelled_id", "tillverkningsnummer med märke efter etikett")
    make = _at(text, "Oberdorfer", "PERSON", "names", "ner: ner:PER")
    assert [(f.category, f.text) for f in without_model_spans_around_identifiers([make, serial])] == [
        ("ID_NUMBER", "Oberdorfer 2207-33185")]


def test_a_listed_name_inside_a_models_identifier_stays():
    text = "Kortet Berit 2207-33185 spärrades."
    code = _at(text, "Berit 2207-33185", "ID_NUMBER", "learned_spans", "taggad av den inlärda modellen")
    name = _at(text, "Berit", "PERSON", "names", "names+ner: list:first name; ner:PER")
    assert len(without_model_spans_around_identifiers([name, code])) == 2


def test_a_listed_name_or_a_streets_number_beside_the_serial_stays():
    text = "Sond KT 5521 0930 B. Annas journal skickas till Bäckgatan 4 KT 5521 0930 B i dag."
    name = _at(text, "B. Annas", "PERSON", "names", "ner: ner:PER")
    start = text.index("Bäckgatan")
    street = Finding(id="s", page=2, start=start, end=start + len("Bäckgatan 4 KT"), text="Bäckgatan 4 KT",
                     category="ADDRESS", score=0.5, detector="learned_spans", reason="taggad av den inlärda modellen")
    serial2 = Finding(id="i2", page=2, start=start + len("Bäckgatan 4 "), end=start + len("Bäckgatan 4 KT 5521 0930 B"),
                      text="KT 5521 0930 B", category="ID_NUMBER", score=0.9, detector="propagate", reason="")
    kept = without_model_spans_around_identifiers([_serial(text), name, street, serial2])
    assert {f.text for f in kept} == {"KT 5521 0930 B", "B. Annas", "Bäckgatan 4 KT"}


def test_a_name_a_rule_found_stays_though_it_touches_the_serial():
    name = _at(TEXT, "B. Dotterns", "PERSON", "names", "list:first+name; ner:PER")
    kept = without_model_spans_around_identifiers([_serial(), name])
    assert {f.text for f in kept} == {"KT 5521 0930 B", "B. Dotterns"}


def test_a_labelled_serial_written_again_is_masked_alone_in_a_detected_text(model_detector):
    """End to end: the serial's second mention is found by its copy, and the models' name around it is dropped."""
    from redact.document_detection import detect_text

    texts = [
        "Mätarens nummer: MV 4410 2287 C\n\nAvläsning MV 4410 2287 C. Sonens uppgifter kommer senare.",
        "Rullstolens serienummer: RS 8823 1104 D\n\nHämtad RS 8823 1104 D. Makens intyg finns i akten.",
        "Larmets nummer: TL 3317 9042 K\n\nLarm TL 3317 9042 K. Hustruns läkare ringde.",
    ]
    for text in texts:
        serial = text.split(": ", 1)[1].split("\n", 1)[0]
        found = detect_text(text, model_detector).findings
        assert [f.text for f in found if f.text == serial] == [serial, serial], text
        assert not [f.text for f in found if f.category == "PERSON"], text



def test_a_models_code_reaching_past_a_rules_code_by_a_devices_kind_gives_way_to_it():
    text = "Subject: EPIRB 3ECC55182207 7A2\nDear registry, I moved."
    code = _at(text, "3ECC55182207 7A2", "ID_NUMBER", "labelled_id", "en kod som värdet av 'Subject'")
    learned = _at(text, "EPIRB 3ECC55182207 7A2", "ID_NUMBER", "learned_spans", "taggad av den inlärda modellen")
    assert [f.text for f in without_model_spans_around_identifiers([learned, code])] == ["3ECC55182207 7A2"]


def test_a_models_code_reaching_past_a_rules_code_by_series_letters_stays():
    text = "Subject: KX 3ECC55182207 7A2\nDear registry, I moved."
    code = _at(text, "3ECC55182207 7A2", "ID_NUMBER", "labelled_id", "en kod som värdet av 'Subject'")
    learned = _at(text, "KX 3ECC55182207 7A2", "ID_NUMBER", "learned_spans", "taggad av den inlärda modellen")
    assert len(without_model_spans_around_identifiers([learned, code])) == 2

"""What is no one's data stays readable beside what is: the kind of an identity document before its number in a
column of identifiers ("pass 81726354" under "Legitimation": the number is masked, "pass" is a label), an eatery or
a lodging named after its kind ("Bistro Tallmon", "Pensionat Ljungdal"), and a noun's definite form opening a
sentence where the page writes the same noun in lower case in another form ("Väskan" beside "väskor"). A listed
name in the same places stays a person's. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.group_names import group_name
from redact.detect.sentence_start import ordinary_sentence_start
from redact.document_detection import detect_text
from redact.types import Finding

REGISTER = """Utlämnade utdrag, logg
| Sökande | Personnummer | Legitimation
| Vilma Sandgren | 19920314-2381 | pass 81726354
| Oskar Rehnberg | 19870722-4419 | id-kort 55102938
| Teodor Aspvik | 19750203-6613 | UT-kort UT5530817
"""

VENUES = """Tillsyn av serveringsställen, hösten 2026
| Serveringsställe | Ansvarig
| Bistro Tallmon | Hedvig Lönnqvist
| Pensionat Ljungdal | Sixten Borgström
Inspektören besökte Bistro Tallmon den 4 oktober och Pensionat Ljungdal dagen efter.
"""


@pytest.fixture(scope="module")
def register(blank_detector) -> list[tuple[str, str]]:
    return [(f.category, " ".join(f.text.split())) for f in detect_text(REGISTER, blank_detector).findings
            if f.status != "rejected"]


@pytest.mark.parametrize("number", ["81726354", "55102938", "UT5530817"])
def test_the_identifier_in_its_cell_is_masked(register, number):
    assert any(number in text for _, text in register), register


@pytest.mark.parametrize("label", ["pass", "id-kort", "UT-kort"])
def test_the_documents_kind_before_it_stays(register, label):
    assert not any(label in text.split() for _, text in register), register


# The label a rule reads before the number in an identifier's cell ("NMI-ID 41873" under "Mäklarens reg.nr") is the
# register's name, not the number: the number alone is masked.
BROKERS = """Anmälningar mot mäklare
| Ärende | Anmälare | Mäklarens reg.nr
| 4-1182-26 | Vilma Sandgren | NMI-ID 41873
| 4-1190-26 | Oskar Rehnberg | NMI-ID 38102
"""


@pytest.mark.parametrize("number", ["41873", "38102"])
def test_a_rules_label_in_an_identifiers_cell_stays_readable(blank_detector, number):
    found = [" ".join(f.text.split()) for f in detect_text(BROKERS, blank_detector).findings
             if f.status != "rejected" and f.category == "ID_NUMBER"]
    assert number in found and f"NMI-ID {number}" not in found, found


@pytest.mark.parametrize("cell, expected", [
    ("pass 81726354", "81726354"), ("Körkort nr 44019283", "44019283"), ("UT-kort UT5530817", "UT5530817"),
    # a document's kind in another script's small letters ("пасп", a passport's)
    ("пасп 51726354", "51726354"),
    # a make before a thing's serial, the serial opening with its series' capitals, the make in two capitalised halves
    ("Husqvarna K 7731402", "K 7731402"), ("GoPro C3441120587", "C3441120587"),
    # a listed name beside a number, letters in capitals (a code's own), a cell without a number: the cell as it is
    ("Vilma 4410", "Vilma 4410"), ("AB 123", "AB 123"), ("saknas helt", "saknas helt"),
    # a short capitalised word no label reads: the issuer's prefix of the number
    ("Akt 3318/2023", "Akt 3318/2023"), ("Pass 81726354", "81726354"),
])
def test_the_label_words_of_an_identifier_cell(cell, expected):
    from redact.detect.id_labels import past_cell_label

    assert cell[past_cell_label(cell, 0, len(cell)):] == expected


@pytest.mark.parametrize("header, cell, expected", [
    # the employer's name before a staff number is part of what leads to the person
    ("Arbetsgivarens anställningsnr", "Bergkvarns Såg 33-1907", "Bergkvarns Såg 33-1907"),
    ("Personalnummer", "Lindås vårdcentral 51 208", "Lindås vårdcentral 51 208"),
    # a label word in small letters is still cut, and other headers keep cutting a document's kind
    ("Anst.nr", "anst.nr 51208", "51208"),
    ("Handling", "Körkort nr 44019283", "44019283"),
])
def test_an_employers_name_stays_in_a_staff_numbers_cell(header, cell, expected):
    from redact.detect.id_labels import past_cell_label

    assert cell[past_cell_label(cell, 0, len(cell), header):] == expected


@pytest.mark.parametrize("header, cell, expected", [
    # a landlord's, an insurer's or a fund's name before the number it keeps for the person is part of the number
    ("Hyreskontrakt", "Tallbo 31-8842", "Tallbo 31-8842"),
    ("Försäkring", "Trygghuset 72-100394", "Trygghuset 72-100394"),
    ("Pensionsavtal", "Vilokassan 55-20418-7", "Vilokassan 55-20418-7"),
    # a document's kind in small letters is still a label
    ("Hyreskontrakt", "kontrakt 31-8842", "31-8842"),
])
def test_an_issuers_name_stays_in_a_contracts_cell(header, cell, expected):
    from redact.detect.id_labels import past_cell_label

    assert cell[past_cell_label(cell, 0, len(cell), header):] == expected


@pytest.fixture(scope="module")
def people(model_detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(VENUES, model_detector).findings
            if f.category == "PERSON" and f.status != "rejected"}


@pytest.mark.parametrize("word", ["Bistro", "Tallmon", "Pensionat", "Ljungdal"])
def test_eateries_and_lodgings_are_no_persons(people, word):
    assert not any(word in p.split() for p in people), people


@pytest.mark.parametrize("name", ["Hedvig Lönnqvist", "Sixten Borgström"])
def test_the_persons_beside_them_stay(people, name):
    assert name in people


@pytest.mark.parametrize("span, expected", [
    ("Bistro Tallmon", True), ("Pizzeria Ankaret", True), ("Pensionat Ljungdal", True),
    ("Café Anna", False), ("Krog Lindqvist", False),
])
def test_the_shape_of_a_venues_name(span, expected):
    assert group_name(span) is expected


def _probe(text: str, word: str) -> Finding:
    start = text.index(word)
    return Finding(id="f1", page=1, start=start, end=start + len(word), text=word, category="PERSON", score=0.85,
                   detector="ner")


@pytest.mark.parametrize("text, word, expected", [
    ("Förteckning över väskor i hittegodset.\nVäskan från tåget hämtades i går.\n", "Väskan", True),
    ("Alla bilarna stod på gården. Bilen från Ekby var blå.\n", "Bilen", True),
    ("Alla husen målades om. Huset vid ån blev gult.\n", "Huset", True),
    # a plural opening a line beside its definite plural in lower case ("Lotter" beside "lotterna")
    ("Lotter (20 kr st) säljs av:\nEva Ek\nVinsterna lottas ut när lotterna är sålda.\n", "Lotter", True),
    ("Priser (500 kr var) delas ut till:\nEva Ek\nJuryn delar ut priserna i maj.\n", "Priser", True),
    # an unlisted name whose other forms the page never writes in lower case stays
    ("Förteckning över väskor.\nMirjan från tåget hämtade dem.\n", "Mirjan", False),
])
def test_a_definite_noun_at_a_sentence_start_beside_its_other_forms(text, word, expected):
    assert ordinary_sentence_start(_probe(text, word), text, lambda w: False) is expected


# A register of pledged things: the make before each serial is masked with no one's name, the serial is an identifier
PLEDGES = [
    ["Låntagare", "Lånenr", "Föremål, serienr"],
    ["Hedvig Sandström", "LN 26-1104", "Tissot T 8830417"],
    ["Rasmus Vikander", "LN 26-1109", "GoPro C3441120587"],
    ["Elin Markusson", "LN 26-1113", "Husqvarna 6610442"],
]


@pytest.fixture(scope="module")
def pledges(tmp_path_factory, model_detector) -> dict[str, str]:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from pdf_builders import new_pdf, save, table, write_lines

    from redact.pipeline import detect_document

    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Belånade föremål"], y=70)
    table(page, (40, 90), PLEDGES, col_width=170)
    det = detect_document(save(doc, tmp_path_factory.mktemp("pant") / "pant.pdf"), model_detector)
    return {" ".join(f.text.split()): f.category for f in det.findings if f.status != "rejected"}


@pytest.mark.parametrize("serial", ["T 8830417", "C3441120587", "6610442"])
def test_a_things_serial_after_its_make_is_masked(pledges, serial):
    # a make in the maker's own mixed case ("GoPro") is read as the plate's and masked with the serial, as the
    # marked sets' convention has it; a make in ordinary case may stay outside
    assert any(t == serial or t.endswith(" " + serial) for t, c in pledges.items() if c == "ID_NUMBER"), pledges


@pytest.mark.parametrize("make", ["Tissot", "GoPro", "Husqvarna"])
def test_a_things_make_before_its_serial_is_no_persons_name(pledges, make):
    assert not any(make in t for t, c in pledges.items() if c == "PERSON"), pledges


@pytest.mark.parametrize("text, word, expected", [
    # an adjective opening a heading, joined to one in lower case with the same ending
    ("Resan i maj\nJuridiska och ekonomiska frågor\nInga hinder noterades.\n", "Juridiska", True),
    ("Boendet\nPsykosociala eller sociala behov ska tas upp vid mötet.\n", "Psykosociala", True),
    # a name before "och" and another person stays
    ("Deltagare\nNowakowska och hennes dotter kom i tid.\n", "Nowakowska", False),
])
def test_an_adjective_joined_to_one_of_its_ending_is_no_name(text, word, expected):
    assert ordinary_sentence_start(_probe(text, word), text, lambda w: False) is expected


@pytest.mark.parametrize("header, cell, expected", [
    # a foreign registry's short word before its volume, year and serial in slashed parts is part of the number
    ("Vigselbevis", "Daft 12/1398-4471", "Daft 12/1398-4471"),
    ("Födelsebevis", "Kayd 7/2011-0932", "Kayd 7/2011-0932"),
    # a body's hyphened series letters before a person's complaint number in slashed parts
    ("Klagomålsnummer", "Nk-K 31/5520", "Nk-K 31/5520"),
    # a document's kind before a number with no slash is still a label
    ("Vigselbevis", "Bevis 44182207", "44182207"),
])
def test_a_registrys_word_before_a_slashed_number_stays_in_the_cell(header, cell, expected):
    from redact.detect.id_labels import past_cell_label

    assert cell[past_cell_label(cell, 0, len(cell), header):] == expected

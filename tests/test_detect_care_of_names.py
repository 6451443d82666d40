"""The name after "c/o" in a home cell is a person's name: where it stands alone in the text ("bor hos Fjällnor",
"värden Brännviks garage") it is masked too; a firm after "c/o" spreads nothing. A surname with its particle
("ter Horst") alone in a cell is masked with the particle. Fictional text; the blank pipeline (no model), so
the rules alone find them."""

from __future__ import annotations

from redact.document_detection import detect_text

TEXT = """Medgivanden till sanering
Ägare | Postadress | Telefon
Ingela Sjöberg | c/o Fjällnor, Tallåsvägen 8 | 070-551 20 33
Mirsad Kovač | c/o Brännvik, Granvägen 3 | 073-412 90 11
Olle Pettersson | c/o Norrbygg Entreprenad AB, Box 14 | 0932-120 40

Ingela Sjöberg bor hos Fjällnor tills vidare; hennes mor bor i Umeå. Värden Brännviks garage
har också klotter. Norrbygg Entreprenad AB utför arbetet.
"""


def _people(detector, text: str) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, detector).findings
            if f.category == "PERSON" and f.status != "rejected"]


def test_the_name_after_c_o_is_masked_where_it_stands_alone(blank_detector):
    people = _people(blank_detector, TEXT)
    assert "Fjällnor" in people
    assert "Brännviks" in people


def test_a_firm_after_c_o_spreads_nothing(blank_detector):
    people = _people(blank_detector, TEXT)
    assert not any("Norrbygg" in p for p in people)


PARTICLES = """Anmälningar om energibrunn
Fastighetsägare | Fastighet
Joris van Aken | Ekbacken 2:4
Lotte ter Horst | Ekbacken 2:7

Ägare | Personnr
Aken | 19880412-1236
ter Horst | 19900101-2384
"""


def test_a_surname_with_its_particle_alone_in_a_cell_is_masked_whole(blank_detector):
    assert "ter Horst" in _people(blank_detector, PARTICLES)


def test_a_lodgers_host_and_street_are_the_address_like_a_c_o(blank_detector):
    text = ("Tillsyn | Adress\nL 118-27 | inneboende hos Markström, Bergslagsvägen 12, 1 tr, 722 40 Västerås\n\n"
            "Han trivs som inneboende hos Markström och vill stanna.\n")
    found = [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert "inneboende hos Markström, Bergslagsvägen 12, 1 tr, 722 40 Västerås" in found, found
    assert not any(f.startswith("inneboende hos Markström och") for f in found)


def _addresses(detector, text: str) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, detector).findings
            if f.category == "ADDRESS" and f.status != "rejected"]


def test_hos_and_a_name_opening_an_address_cell_is_a_care_of(blank_detector):
    text = "Ärende | Adress | Postadress\nHY-27-3 | hos Wennberg, Lyckevägen 6 | 871 33 Näsby\n"
    assert "hos Wennberg, Lyckevägen 6" in _addresses(blank_detector, text)


def test_hos_and_a_name_in_a_sentence_stays_the_sentences(blank_detector):
    text = "Hon bor hos Wennberg, Lyckevägen 6 sedan maj."
    assert not any("Wennberg" in a for a in _addresses(blank_detector, text))


def test_hos_opening_a_line_a_sentence_wrapped_onto_stays_the_sentences(blank_detector):
    text = "Hämtningen bokades av grannen som bor\nhos Wennberg, Lyckevägen 6, 871 33 Näsby.\n"
    assert not any("Wennberg" in a for a in _addresses(blank_detector, text))

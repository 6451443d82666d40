"""A name right before its bearer's personnummer is a person's name even when no list holds its words; a role
word opening the run, a firm's or an authority's name before a number are left alone. The given name the lists
lack before a listed given name and a further name ("far Qaalib Axmed Rooble") belongs to the name, and a
nickname in typographic quotes inside a found name is masked where it stands alone. Fictional people; the
personnummer are made up with a valid check digit."""

from __future__ import annotations

from redact.pipeline import detect_text

TEXT = """Tillsyn av lekplatser, Ekholma kommun

Tre barn åkte rutschkana; ett av dem, Warsan Qorane Dhuxul, 120415-2381, föll och slog i huvudet.
Kunden Xiddig Caraweelo Gaas, 850312-1231, vill ha svar. Sjöviks Måleri, 650412-1234, har fakturerat.
Besked kom från Socialnämnden Ekholma, 010723-4452. Flickan får ersättningen.
Priset går till Ingrid ”Iffe” Sandmark, som spårat skidspår i trettio år. Iffe tackar nej till pengarna.
"""


def _persons(detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(TEXT, detector).findings if f.category == "PERSON"}


def test_a_name_before_its_personnummer_is_found_whole(blank_detector):
    persons = _persons(blank_detector)
    assert "Warsan Qorane Dhuxul" in persons
    assert "Xiddig Caraweelo Gaas" in persons, persons


def test_a_role_a_firm_or_an_authority_before_a_personnummer_is_no_name(blank_detector):
    masked = {w for p in _persons(blank_detector) for w in p.split()}
    assert not {"Kunden", "Måleri", "Socialnämnden", "Ekholma"} & masked, masked


def test_an_unlisted_given_name_before_a_listed_one_belongs_to_the_name(model_detector):
    text = "Eleven Dhuxuls far Qaalib Axmed Rooble har ringt två gånger om skjutsen."
    persons = {" ".join(f.text.split()) for f in detect_text(text, model_detector).findings if f.category == "PERSON"}
    assert "Qaalib Axmed Rooble" in persons, persons


def test_a_nickname_in_typographic_quotes_is_masked_alone_too(blank_detector):
    assert "Iffe" in _persons(blank_detector)

"""Lowercase initials in running text that abbreviate a person the document names: defined before the
name ("lk = Lina Karimi"), after "kontrollerad av" or a form of "signera", dotted or hyphenated
anywhere ("a.vd", "m-ks"), and the same initials again once they have been taken ("(pö)" and later
"rektorn pö"). Ordinary short words that happen to be some person's initials ("om", "ni", "en",
"på"), dotted abbreviations ("bl.a.", "s.k.") and units after a number ("30 cm") stay.
Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text

NOTE = """Protokoll, föräldramöte på Björkängsskolan
Närvarande: Lina Karimi, Tomas Sjöberg, Amir van Dijk, Julia de la Rosa och Maja Karlsson-Sundin.
Kassör: lk = Lina Karimi, sekreterare Tomas Sjöberg.
Kassan kontrollerades av ts den 4 mars.
Pedagogen a.vd har gått kursen i första hjälpen.
Bokad av: m-ks Maja Karlsson-Sundin, vaktmästare bo-r = Bo Rydén.
Anteckningarna signeras j.d.l.r efter mötet.
Rektor Petra Öberg (pö) var förhindrad.
Frågor om skolskjutsen ställs till rektorn pö i första hand.
"""

WORDS = """Informationsbrev från fritidsgården Kvarnen
Ledare: Oskar Malm, Nils Ivarsson, Erik Nord, Per Åkesson, Sara Kvist, Bo Lantz, Olof Kron och Carl Munk (cm).
Vi ses om en vecka; ni får gärna ringa på fredag. Det blev o.k. till slut.
Vi har bl.a. köpt nya bollar och en s.k. boulebana med 30 cm kant, kontrollerad av en vaktmästare.
"""


def _persons(text: str, detector) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"]


@pytest.mark.parametrize("initials", ["lk", "ts", "a.vd", "m-ks", "bo-r", "j.d.l.r"])
def test_running_initials_of_a_named_person(blank_detector, initials):
    # initials next to the name may be merged with it into one mask ("m-ks Maja Karlsson-Sundin")
    assert any(initials in p.split() for p in _persons(NOTE, blank_detector))


def test_initials_taken_once_are_taken_again(blank_detector):
    # "(pö)" ties the initials to Petra Öberg; "rektorn pö" later is the same person
    assert _persons(NOTE, blank_detector).count("pö") == 2


def test_short_words_and_units_stay(blank_detector):
    persons = _persons(WORDS, blank_detector)
    for word in ["om", "en", "ni", "på", "bl.a", "bl.a.", "s.k", "s.k.", "o.k", "o.k."]:
        assert word not in persons
    # "cm" is Carl Munk's in brackets, but after a number it is a unit
    assert persons.count("cm") == 1


def test_a_party_after_a_name_in_minutes_is_no_initials(model_detector):
    text = ("Närvarande: Greta Lindholm (KD), ordförande, Yusuf Demir (SD) och Pia Strand (MP).\n"
            "Ersättare Åke Bergkvist (KD) tjänstgjorde. Ulla Dahl (UD) förde protokollet.\n")
    found = {f.text: f.category for f in detect_text(text, model_detector).findings}
    assert not {"KD", "SD", "MP"} & set(found), found
    assert found.get("UD") == "PERSON", found  # her own initials in brackets are still hers



def test_a_states_dotted_letters_before_its_identity_word_are_no_initials(blank_detector):
    from redact.detect.no_person_spans import no_persons_name

    text = "Sökande 4: Elif har T.C. kimlik 55012398760 och pass.\n"
    assert "T.C." not in _persons(text, blank_detector)
    a = text.index("T.C.")
    assert no_persons_name(text, a, a + 3) and no_persons_name(text, a, a + 4)  # the tagger's span, stop or not
    signed = "Intyget är granskat av T.C. den 3 maj.\n"  # a reviewer's initials stay
    assert "T.C." in _persons(signed, blank_detector)
    assert not no_persons_name(signed, signed.index("T.C."), signed.index("T.C.") + 4)


def test_a_states_dotted_letters_before_its_identity_number_in_a_cell_are_no_initials(blank_detector):
    text = "Nr\nNamn\nIdentitet\n1\nElif Şahin\nT.C. 55012398760\n2\nOla Berg\npass AA 4471 208\n"
    found = [f for f in detect_text(text, blank_detector).findings if f.status != "rejected"]
    assert not any("T.C" in f.text for f in found), [f.text for f in found]
    assert any(f.text == "55012398760" for f in found), [f.text for f in found]

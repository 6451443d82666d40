"""Initials in running text by where they stand, whether or not the document names the person: after a
role or a signing label, after a deed and "av", after a signing slash, alone in brackets (perhaps with a
date), as a note's writer at its line's start, before a role
in brackets or the name they stand for, and in a list after initials so placed; and the initials of a
named person in hand-written shapes wherever they stand ("AnnaK", "Eva.N" though "Eva" was found alone).
Ordinary abbreviations in the same places stay. Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text

NOTE = """Tillsyn av enskilda avlopp, Norrbacka kommun, anteckningar
Ärendet handlades av h.a-l och beslutet fattades av k.ö.s efter besöket.
Miljöinspektör å.Ös har mätt slamnivån; värdet är högt i år (t.bl).
Beslut av LeF (rektor) och c.am (biträdande rektor).
Anmälan återkallas (i-l.k). Kontrollerad av g.sv. Ring om något är oklart.
Delgivet per brev /Ch.W
Handläggare: ÅsA = Åsa Lindqvist, Pe-Ö = Per Östlund.
Vår ref: m.h-s
2026-05-04 e.lö: ringde ägaren om slammet.
Beslut: bifall (s.Wi 2026-05-07).
"""


def _persons(text: str, detector) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"]


@pytest.mark.parametrize("initials", ["h.a-l", "k.ö.s", "å.Ös", "t.bl", "c.am", "i-l.k", "g.sv", "Ch.W", "ÅsA",
                                      "Pe-Ö", "m.h-s", "e.lö", "s.Wi"])
def test_initials_where_a_person_stands(blank_detector, initials):
    # a sentence's full stop after the initials may be masked with them ("g.sv.")
    assert any(p.rstrip(".") == initials for p in _persons(NOTE, blank_detector))


NAMED = """Protokoll, föräldraråd på Videskolan
Närvarande: Eva Norell, Anna Karlsson, Åsa Andersson och Helga Lindström.
Frågan bereds vidare av AnnaK tillsammans med ÅsA till nästa möte.
Därefter tog Eva.N över ordet.
"""


@pytest.mark.parametrize("initials", ["AnnaK", "Eva.N"])
def test_hand_written_initials_of_a_named_person_anywhere(blank_detector, initials):
    # "Eva.N" is the whole token, not the first name alone found inside it
    assert initials in _persons(NAMED, blank_detector)


WORDS = """Information om avgifter, Norrbacka kommun
Avgiften (t.ex. för hämtning) tas ut av kommunen (bl.a. för slam) och gäller (fr.o.m. 1 maj) alla (s.k. fritidshus).
Beslut fattas enligt SoL och LSS (SoL) och (p.g.a. sjukdom) och (m.fl.) samt (f.d. skola) och (e.Kr.).
Hastigheten är 30 km/h (Kl. 10) och (nr 5), se (i.e.) (a.a.) (jfr) (ca 30 st.) (e-post) (A-lag) (T-bana).
Kontrollen utförd av t.ex. en firma, betald av bl.a. staten, gjord av s.k. experter, 14 MWh (PhD) (iPad).
Handläggare: se nedan. Kontrollerad av o.s.v. Attest: p.g.a. sjukdom. Utförd av d.v.s. firman.
Beslut av nämnden och/eller HR/IT enligt t.ex./bl.a. regler; www.norrbacka.se/a.lu och a.lu@norrbacka.se.
"""


def test_abbreviations_in_the_same_places_stay(blank_detector):
    assert _persons(WORDS, blank_detector) == []

"""Initials in shapes no abbreviation has are a person's where the document names no one: a hyphenated surname led
by its particle or two letters ("A.Bo-K."), a first name's two letters ("Ka.Ä."), a particle with a space ("P.von T.",
"B.af K."), a particle cut to its small initials ("J.dS.", "A-K.a.W."), a particle after three capitals ("KLMd").
Fictional people."""

from __future__ import annotations

from redact.resolve.person_initials import find_initials

TABLE = """Granskning
| Datum | Sökande | Granskare | Nämnd | Ordf.
| 2027-03-12 | RJ | A.Bo-K. | RJ | P.von T.
| 2027-04-09 | Ka.Ä. | RJ | E.P. | B.af K.
| 2027-05-21 | RJ | A.Bo-K. | RJ | KLMd
Handläggare Eva Lind          Kontroll: KLMd
"""


def _found(text: str) -> list[str]:
    return [f.text for f in find_initials([], {1: text})]


def test_dotted_initials_with_a_particle_or_two_letters_are_a_persons():
    found = _found(TABLE)
    for ini in ("A.Bo-K.", "Ka.Ä.", "P.von T.", "B.af K."):
        assert ini in found


def test_three_capitals_and_a_trailing_particle_are_a_persons():
    assert _found(TABLE).count("KLMd") == 2


def test_abbreviations_of_like_shape_stay():
    found = _found("Avgiften gäller t.o.m. 31 mars, s.k. Sv. kyrkan, St. Petersburg och 4 MWh i KTHs lokaler.\n")
    assert found == []


def test_a_particle_cut_to_its_small_initials_is_a_persons():
    text = ("Kontroll\n| Tillstånd | Dragning | Granskat\n| LST AB 26-3301 | R.Ha. | J.dS.\n"
            "| LST AB 26-3302 | N.E.I. | A-K.a.W.\n| LST AB 26-3303 | R.Ha. | E.vd.B.\n")
    found = _found(text)
    for ini in ("J.dS.", "A-K.a.W.", "E.vd.B."):
        assert ini in found


def test_two_first_names_initials_before_a_particle_are_a_persons():
    found = _found("Stugan hyrs av K.M.af.L. sedan maj; nyckeln lämnas till A.S.vR. i byn.\n")
    assert found == ["K.M.af.L.", "A.S.vR."]
    assert _found("Firman Andes S.A.de.C.V. i Lima.\n") == []

"""Initials joined by a slash to other initials are a second person's, in whatever case: the writer's and the
typist's ("Sign. MaH/ts", "Kontrollerad av KT/ELM/ms", "Utskrift: JoS/ek" with no signing word), after a letter's
reference label ("Vår ref: BoL/åk"), the rest of a list after a signing word ("Attest: GL, MN och rk"), and small
letters alone after a signature label ("Ansv.: tk"). A unit after a slash ("kr/st"), an organ and its committee
("KS/au") and a short word stay. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.initials import find_initials_in_signatures

TEXT = """Beslut om ersättning
Sign. MaH/ts. Handläggare: Maria Hedlund.
Kontrollerad av KT/ELM/ms den 4 maj.
Vår ref: BoL/åk
Attesterad: GuN / ja.
Priset är 40 kr/st enligt avtalet.
Utskrift: JoS/ek 2026-11-04
Attest: GL, MN och rk
Ansv.: tk
Ärendet bereds av KS/au den 12 maj.
"""


@pytest.fixture(scope="module")
def found() -> set[str]:
    return {TEXT[a:b] for a, b, _ in find_initials_in_signatures(TEXT)}


@pytest.mark.parametrize("initials", ["MaH", "ts", "KT", "ELM", "ms", "BoL", "åk", "JoS", "ek", "GL", "MN", "rk", "tk"])
def test_initials_after_a_slash_beside_initials_are_masked(found, initials):
    assert initials in found


@pytest.mark.parametrize("word", ["ja", "kr", "st", "KS", "au"])
def test_a_short_word_or_a_unit_stays(found, word):
    assert word not in found

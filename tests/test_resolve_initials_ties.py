"""A person's initials in brackets after their name ("Vera Lund (VL)"): found by the name's own pattern and the
shared pattern of the brackets, as the two joined in one pattern find them."""

from __future__ import annotations

import re

from redact.resolve.person_initials import _TIE_END, _name_before_tie, _ties


def _joined(name: str, text: str) -> list[tuple[int, int, str]]:
    tie = re.compile(re.escape(name.strip()).replace(r"\ ", r"\s+") + r"\s*" + _TIE_END.pattern)
    return [(m.start(1), m.end(1), m.group(1)) for m in tie.finditer(text)]


def _split(name: str, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.end(1), m.group(1)) for m in _ties(_name_before_tie(name), text)]


TEXTS = [
    "Närvarande: Vera Lund (VL), Oskar Dahl (OD) och Vera  Lund\n(V.L.) igen.",
    "Vera Lund och Vera Lund (VeL) samt Vera Lund(VL) och Vera Lund (vl) och Vera Lund ( VL).",
    "Vera Lund Vera Lund (VL) (VL) Vera Lund\t\t(Ž Ł)Vera Lund (ŽŁ)",
    "Tomas af Berg (TaB) skrev till Tomas af  Berg (T.B.) och Tomas af Berg (TAB).",
    "Ingen parentes här: Vera Lund, Oskar Dahl.",
    "",
]


def test_ties_are_the_joined_patterns_matches():
    for name in ("Vera Lund", "Oskar Dahl", "Tomas af Berg", " Vera Lund ", "Ž Ł"):
        for text in TEXTS:
            assert _split(name, text) == _joined(name, text), (name, text)


def test_a_tie_after_the_name_with_white_space_between():
    assert [t for _, _, t in _split("Vera Lund", "Vera\nLund \n (VL) och Vera Lund (XYZW)")] == ["VL"]

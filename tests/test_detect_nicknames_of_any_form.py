"""A nickname is masked when the text ties it to a person, whatever letters it shares with the name: a pet name in
brackets right after the full name ("Margareta Lindqvist (Kickan)"), a nickname in quotes after it ('Gunvor Asplund
("Gullan")'), and a nickname made from the surname after a verb of calling in any word order ("kallas han Sandis",
"known as Lindy", "heter han Sundis", "Malle, som han kallas"). A role or an organisation in brackets, and a room
called so, stay. Fictional text."""

from __future__ import annotations

import pytest

from test_detect_tied_nicknames import nicknames_in

TEXT = """Minnesanteckningar från boendemötet
Margareta Lindqvist (Kickan) vill sitta vid fönstret.
Ingegerd Holm (Totta) har fått ny rullator. Prasert Wongsa (Pete) hämtar henne på söndagar.
Bertil Sandqvist har bott här sedan 2019; på avdelningen kallas han Sandis av alla.
Fredrik Lindahl, whom the staff know well, is also known as Lindy in the letters.
Oskar Berglund tilltalas Begge av barnbarnen.
Gunvor Asplund ("Gullan") och Viola Sjödin, ”Vivvi”, spelar kort på torsdagar.
Henrik Sundberg har hyrt lokalen; på verkstaden heter han Sundis.
Svante Malmsten är ny. Malle, som han kallas, kör bussen. Rolf Tengvall undertecknar med Rolle.
Annika Ström (Ordförande) ledde mötet och Lars Wik (Vision) förde protokoll med Eva Dahl (Saco).
Rummet vid entrén kallas Lyan.
"""
PEOPLE = ("Margareta Lindqvist", "Ingegerd Holm", "Bertil Sandqvist", "Fredrik Lindahl", "Oskar Berglund",
          "Gunvor Asplund", "Viola Sjödin", "Prasert Wongsa", "Henrik Sundberg", "Svante Malmsten", "Rolf Tengvall",
          "Annika Ström", "Lars Wik", "Eva Dahl")


def _nicknames() -> set[str]:
    return nicknames_in(TEXT, PEOPLE)


@pytest.mark.parametrize("nick", ["Kickan", "Totta", "Sandis", "Lindy", "Begge", "Gullan", "Vivvi", "Sundis", "Malle",
                                  "Pete", "Rolle"])
def test_a_nickname_tied_to_a_person_is_masked(nick):
    assert nick in _nicknames()


@pytest.mark.parametrize("word", ["Ordförande", "Vision", "Saco", "Lyan"])
def test_a_role_an_organisation_or_a_room_stays(word):
    assert word not in _nicknames()

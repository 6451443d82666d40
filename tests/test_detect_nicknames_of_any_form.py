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


# A short form in brackets after a first name alone ("Raimo (Raikku)"), a listed Finnish short form that shares no
# opening letters with the name ("Yrjö (Jyri)"), one whose lower-case form is only the person's e-mail address
# ("raikku.virta@..."), and one after a full name where only the surname was found in the sentence (the full name
# stands in a table above).
BRACKETED = """Anteckningar från hembesöken
Gülşen Aksoy har sökt stödet.
Raimo (Raikku) vill ha beskedet per mejl: raikku.virta@example.fi.
Yrjö (Jyri) bor kvar i huset. Reino (Repe) hjälper honom.
Gülşen Aksoy (Gülo) har lämnat fullmakt.
Anna (Ansvarig) och Olle (Stockholm) ringde.
"""


def _bracketed() -> set[str]:
    import re

    from redact.resolve.short_forms import find_short_forms
    from redact.types import Finding

    found = []
    for i, (name, nth) in enumerate((("Gülşen Aksoy", 0), ("Aksoy", 1), ("Raimo", 0), ("Yrjö", 0), ("Reino", 0),
                                     ("Anna", 0), ("Olle", 0))):
        m = list(re.finditer(re.escape(name), BRACKETED))[nth]
        found.append(Finding(id=f"p{i}", page=1, start=m.start(), end=m.end(), text=name, category="PERSON",
                             score=0.85, detector="ner"))
    return {f.text for f in find_short_forms(found, {1: BRACKETED})}


@pytest.mark.parametrize("nick", ["Raikku", "Jyri", "Repe", "Gülo"])
def test_a_short_form_in_brackets_after_a_first_name_is_masked(nick):
    assert nick in _bracketed()


@pytest.mark.parametrize("word", ["Ansvarig", "Stockholm"])
def test_a_role_or_a_place_in_brackets_after_a_first_name_stays(word):
    assert word not in _bracketed()


# A surname alone opening a sentence with a short form in brackets, the full name standing in a table above: the
# short form of the first name ("Tobbe" of Tobias) or of the surname is the person's; a role in brackets stays.
SURNAME_FIRST = """Förare i beredskapen
| Tobias Hällgren | Stensjön 12
| Maria Sundell | Åsvägen 3
Hällgren (Tobbe) har C-körkort. Sundell (Ordförande) leder övningen.
"""


def _after_surname() -> set[str]:
    import re

    from redact.resolve.named_nicknames import find_named_nicknames
    from redact.types import Finding

    found = []
    for i, (name, nth) in enumerate((("Tobias Hällgren", 0), ("Maria Sundell", 0), ("Hällgren", 1), ("Sundell", 1))):
        m = list(re.finditer(re.escape(name), SURNAME_FIRST))[nth]
        found.append(Finding(id=f"p{i}", page=1, start=m.start(), end=m.end(), text=name, category="PERSON",
                             score=0.85, detector="ner"))
    return {f.text for f in find_named_nicknames(found, {1: SURNAME_FIRST})}


def test_a_short_form_in_brackets_after_a_surname_alone_is_masked():
    assert "Tobbe" in _after_surname()


def test_a_role_in_brackets_after_a_surname_alone_stays():
    assert "Ordförande" not in _after_surname()


# A syllable of the name said twice ("Meimei" of Tan Mei, "Chenchen" of Lin Chenxi): the pet name Chinese families
# give, as long as the name or longer, and ending as an organisation's word may ("-en").
DOUBLED = """Anteckningar från inskrivningen
Zhou Jiahui börjar på förskolan i januari. Hennes mamma Tan Mei (Meimei) arbetar natt.
Morfar Lin Chenxi (Chenchen) hämtar på fredagar.
"""


@pytest.mark.parametrize("nick", ["Meimei", "Chenchen"])
def test_a_doubled_syllable_of_the_name_in_brackets_is_masked(nick):
    assert nick in nicknames_in(DOUBLED, ("Zhou Jiahui", "Tan Mei", "Lin Chenxi"))

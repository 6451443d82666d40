"""A short word in brackets right after a person's name is what the person is called, whatever its letters
("Wanjiru (Shiku)", "Thitima Saelim (Nok)"), also when the bracket opens the next line; a word in brackets after
several names (a role, "(Ers)"), a shortened role, a union or a country stays readable. Fictional people."""

from __future__ import annotations

import re

import pytest

from redact.resolve.named_nicknames import find_named_nicknames
from redact.types import Finding

TEXT = """Anteckningar från mötet om hyresskulden
Wanjiru (Shiku) har betalat april. Thitima Saelim (Nok) bor kvar i lägenheten. Vi ringde Oluwaseun
(Seun), som lovade att höra av sig, och Gökhan
(Göki) kom på eftermiddagen.
Närvarande: Anna Ekholm (Ers), Per Lindgren (Ers), Karin Bergvall (Sverige), Nils Edvinsson (Sekr) och
Eva Dahlin (Saco).
"""
PEOPLE = ("Wanjiru", "Thitima Saelim", "Oluwaseun", "Gökhan", "Anna Ekholm", "Per Lindgren", "Karin Bergvall",
          "Nils Edvinsson", "Eva Dahlin")


def _nicknames() -> set[str]:
    found = []
    for i, name in enumerate(PEOPLE):
        m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", TEXT)
        found.append(Finding(id=f"p{i}", page=1, start=m.start(), end=m.end(), text=name, category="PERSON",
                             score=0.85, detector="ner"))
    return {f.text for f in find_named_nicknames(found, {1: TEXT})}


@pytest.mark.parametrize("nick", ["Shiku", "Nok", "Seun", "Göki"])
def test_a_short_word_in_brackets_after_a_name_is_the_persons_nickname(nick):
    assert nick in _nicknames()


@pytest.mark.parametrize("word", ["Ers", "Sverige", "Sekr", "Saco"])
def test_a_role_a_country_or_a_union_in_brackets_stays(word):
    assert word not in _nicknames()


# A nickname made from the surname may be longer than the first name ("Stjärnan" of Stjärnström); a role as long,
# which does not open as the surname does, stays.
SURNAME_TEXT = """Faddrar för Ebbe är Olle Björkvall
(Björkan) och Ida Grönqvist (Ordförande), som nås via e-post.
"""


def _surname_nicknames() -> set[str]:
    found = []
    for i, name in enumerate(("Olle Björkvall", "Ida Grönqvist")):
        m = re.search(re.escape(name), SURNAME_TEXT)
        found.append(Finding(id=f"s{i}", page=1, start=m.start(), end=m.end(), text=name, category="PERSON",
                             score=0.85, detector="ner"))
    return {f.text for f in find_named_nicknames(found, {1: SURNAME_TEXT})}


def test_a_nickname_made_from_the_surname_may_be_longer_than_the_first_name():
    assert _surname_nicknames() == {"Björkan"}

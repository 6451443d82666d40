"""A nickname the text says of the person named just before it ("Sakda Boonmee, som alla på lagret kallar Sak",
"Erik-Jan Holmberg (kallas Ejje)") is masked though it does not begin as the first name does; a place or a
thing called so after a word that is no person stays. Fictional text."""

from __future__ import annotations

import re

import pytest

from redact.resolve.named_nicknames import find_named_nicknames
from redact.types import Finding

TEXT = """Protokoll från kökets personalmöte
Sakda Boonmee, som alla på lagret kallar Sak, betalade kontant och kvitto saknas.
Anong Khamsing, som kallas Nong, kan börja i januari.
Erik-Jan Holmberg (kallas Ejje) fyller 70 i mars.
Somsak Intharaphan, som alla kallar Nok, flyttar till sin dotter.
Rummet vid entrén, som alla kallar Lyan, målas om i vår.
"""
PEOPLE = ("Sakda Boonmee", "Anong Khamsing", "Erik-Jan Holmberg", "Somsak Intharaphan")


def nicknames_in(text: str, people: tuple[str, ...]) -> set[str]:
    """The nicknames found in ``text`` when each of ``people`` was found as a person (by the model)."""
    findings = []
    for i, name in enumerate(people):
        m = re.search(re.escape(name), text)
        findings.append(Finding(id=f"p{i}", page=1, start=m.start(), end=m.end(), text=name, category="PERSON",
                                score=0.85, detector="ner"))
    return {f.text for f in find_named_nicknames(findings, {1: text})}


def _nicknames() -> set[str]:
    return nicknames_in(TEXT, PEOPLE)


@pytest.mark.parametrize("nick", ["Sak", "Nong", "Ejje", "Nok"])
def test_a_nickname_said_of_the_person_just_named_is_masked(nick):
    assert nick in _nicknames()


def test_a_room_called_so_is_no_nickname():
    assert "Lyan" not in _nicknames()


WRAPPED = """Anteckningar från föreningens årsmöte
Vilma Sandström, som hela laget kallar
Sassa, blev vald till kassör. Ebba Nordqvist tilltalas
Ebbis av alla i styrelsen. Tove Lindh, mer känd som
Tuss, kör bussen.
"""
WRAPPED_PEOPLE = ("Vilma Sandström", "Ebba Nordqvist", "Tove Lindh")


@pytest.mark.parametrize("nick", ["Sassa", "Ebbis", "Tuss"])
def test_a_nickname_on_the_line_after_the_verb_of_calling_is_masked(nick):
    assert nick in nicknames_in(WRAPPED, WRAPPED_PEOPLE)


def test_a_new_sentence_on_the_next_line_is_no_nickname():
    text = "Rut Ekholm kallas ofta till möten.\nMötet hölls i Lyan.\nVid kvällens möte kallas\n\nLyan till fest.\n"
    assert nicknames_in(text, ("Rut Ekholm",)) == set()


PRONOUN = """Anteckningar från fältbesöket
Zoran Milanković visade sitt körkort nr 4417 2093; han kallas Buki av alla i byn.
Per Olander ringde. Salen på övervåningen kallas Loftet av personalen.
"""


def test_a_nickname_after_a_pronoun_is_the_person_named_just_before_in_the_sentence():
    found = nicknames_in(PRONOUN, ("Zoran Milanković", "Per Olander"))
    assert "Buki" in found
    assert "Loftet" not in found  # a room called so, with no pronoun


FIRST_ALONE = """Beslut om ersättning
Sökande är Ljudmila Sorokina, Vasile Munteanu, Eleftheria Kontou och Hêvîn Zêbarî.
Ljudmila,
som kollegerna kallade Mila, har lämnat kvitton. Vasile, som alla på bygget kallar Lică, hämtar beslutet.
Eleftheria kallas Roula i föreningen. Hêvîn, kallad Vîvî, bor kvar i huset.
"""
FIRST_ALONE_PEOPLE = ("Ljudmila Sorokina", "Vasile Munteanu", "Eleftheria Kontou", "Hêvîn Zêbarî")


@pytest.mark.parametrize("nick", ["Mila", "Lică", "Roula", "Vîvî"])
def test_a_nickname_said_of_a_first_name_alone_is_masked(nick):
    # the person is named in full once; later her first name alone is followed by what she is called
    assert nick in nicknames_in(FIRST_ALONE, FIRST_ALONE_PEOPLE)


PRONOUN_NEXT_SENTENCE = """Yttrande över bidraget
Abdiqadir Warsame Ciise har skött föreningens kassa i tre år. Han kallas
Geele av barnen; hans farbror kör bussen.
Salen i källaren är nymålad. Den kallas Lyan av barnen.
"""


def test_a_nickname_after_a_pronoun_opening_the_next_sentence_is_masked():
    found = nicknames_in(PRONOUN_NEXT_SENTENCE, ("Abdiqadir Warsame Ciise",))
    assert "Geele" in found and "Lyan" not in found


def test_a_thing_called_so_after_a_first_name_alone_stays():
    text = "Karin Sund har anmält skadan.\nBåten, som alla kallar Sjöfröken, låg vid bryggan. Karin ringde.\n"
    assert nicknames_in(text, ("Karin Sund",)) == set()


GROUP = """Anteckningar från personalfesten
Besnik Halimi, Niki bland arbetskamraterna, höll tal. Pirkko Lehto, Pipsa i byn, bakade.
Oskar Wendt, Ogge för barnbarnen, spelade gitarr. Karin Wikström, Sundsvall i maj, ringde.
Lena Berg, ordförande i föreningen, tackade. Per Lind, Sörby för gästerna, var stängd.
"""
GROUP_PEOPLE = ("Besnik Halimi", "Pirkko Lehto", "Oskar Wendt", "Karin Wikström", "Lena Berg", "Per Lind")


@pytest.mark.parametrize("nick", ["Niki", "Pipsa", "Ogge"])
def test_a_nickname_set_off_with_the_group_that_uses_it_is_masked(nick):
    assert nick in nicknames_in(GROUP, GROUP_PEOPLE)


def test_a_place_or_a_role_after_a_name_is_no_nickname():
    text = GROUP + "Sörby skola, 795 30 Sörby.\n"
    found = nicknames_in(text, GROUP_PEOPLE)
    assert not {"Sundsvall", "Sörby"} & found

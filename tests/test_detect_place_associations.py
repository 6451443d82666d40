"""An association named by the authority's own place ("Hörselskadades Riksförbund Ekholma", "DHR Ekholma",
"Ekholma HC") is no person and no home: the learned tagger's spans and a table's neighbour cells are judged so,
and a person whose name holds a listed name or whose surname is a listed name that is also a town stays a person.
A weekday with booked hours ("tis 18–19") and a firm's name with its company form are no home. Fictional places and people."""

from __future__ import annotations

import pytest

from redact.detect.no_person_spans import no_persons_name
from redact.detect.learned_spans import plausible
from redact.detect.table_neighbours import neighbour_cell_names

BOOKINGS = """Bokningar i Ekholma sporthall, Ekholma kommun
Tid
Förening
Kontaktperson
tis 18–19
Ekholma HC
Birgitta Sandmark
ons 19–20
Hörselskadades Riksförbund Ekholma
Aurelio Bastidas
tor 17.30-19.00
DHR Ekholma
Kalevi Outinen
Svar till Anna Ekholma, Storgatan 4, 741 30 Ekholma.
"""


def _at(text: str, span: str) -> tuple[int, int]:
    a = text.index(span)
    return a, a + len(span)


@pytest.mark.parametrize("span", ["Ekholma HC", "Hörselskadades Riksförbund Ekholma", "DHR Ekholma", "HC"])
def test_an_association_of_the_authoritys_place_is_no_tagged_person(span):
    assert no_persons_name(BOOKINGS, *_at(BOOKINGS, span))


@pytest.mark.parametrize("span", ["Anna Ekholma", "Kalevi Outinen"])
def test_a_person_beside_a_place_stays_a_tagged_person(span):
    assert not no_persons_name(BOOKINGS, *_at(BOOKINGS, span))


def test_a_club_of_the_place_beside_its_contact_is_no_part_of_the_contacts_name():
    names = [(_at(BOOKINGS, n)) for n in ("Birgitta Sandmark", "Aurelio Bastidas", "Kalevi Outinen")]
    found = [BOOKINGS[a:b] for a, b in neighbour_cell_names(BOOKINGS, names, lambda w: False)]
    assert "Ekholma HC" not in found and "DHR Ekholma" not in found, found


@pytest.mark.parametrize("span", ["Hörselskadades Riksförbund Ekholma", "tis 18–19", "tor 17.30-19.00"])
def test_an_association_or_a_booked_hour_is_no_tagged_home(span):
    assert not plausible(BOOKINGS, *_at(BOOKINGS, span), "ADDRESS")


def test_a_home_by_a_place_without_a_number_stays_a_tagged_home():
    text = "Sökanden bor på Kvarnbacken, Ekholma och hyr båtplats av Ekholma kommun."
    assert plausible(text, *_at(text, "Kvarnbacken, Ekholma"), "ADDRESS")


def test_a_firm_with_its_company_form_is_no_tagged_home():
    text = "Tillståndet gäller Norrskensfilm Inspelning AB och deras team på Kajen 4, Ekholma."
    assert not plausible(text, *_at(text, "Norrskensfilm Inspelning AB"), "ADDRESS")
    assert plausible(text, *_at(text, "Kajen 4, Ekholma"), "ADDRESS")

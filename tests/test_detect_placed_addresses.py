"""A person's address read from where it stands, whatever its label or street word: the value of a label line in a
person's block, a cell in a row of persons; and a thing's or a service's numbered name there kept. Fictional
people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.placed_addresses import RULES
from tests.placed_checks import covered, found_by, touched


def by_place(text: str) -> set[str]:
    """The values the readings by place alone find in ``text``."""
    return found_by(RULES, text)


# residence labels nobody listed, streets without a street word
@pytest.mark.parametrize("label,value", [
    ("Residens", "Fjällsippan 31"),
    ("Ort för vistelse", "Fäbodtjärn 118"),
    ("Boende", "Lilla Raden 5"),
    ("Fritidsboende", "Lövön 12"),
    ("Tidigare adress", "Gärdet 4, 824 30 Hudiksvall"),
])
def test_a_street_on_a_label_line_in_a_persons_block(blank_detector, label, value):
    text = f"Personuppgifter\nNamn: Anna Lindqvist\n{label}: {value}\nStatus: beviljad"
    assert covered(blank_detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Namn: Anna Lindqvist\nInsats: Hemtjänst 12\nGrupp: Blå 4", "Hemtjänst 12"),
    ("Namn: Anna Lindqvist\nInsats: Hemtjänst 12\nGrupp: Blå 4", "Blå 4"),
    ("Patient: Omar Haddad\nRemitterande: Avdelning 14\nSal: Rönnen 4", "Avdelning 14"),
    ("Patient: Omar Haddad\nRemitterande: Avdelning 14\nSal: Rönnen 4", "Rönnen 4"),
    ("Sökande: Greta Nyqvist\nHandläggare: Per Ek\nKontor: Rådhuset 3", "Rådhuset 3"),
    ("Elev: Liam Osei\nKlass: Ugglan 7\nSchema: Period 3", "Ugglan 7"),
    ("Elev: Liam Osei\nKlass: Ugglan 7\nSchema: Period 3", "Period 3"),
])
def test_a_numbered_thing_or_service_beside_a_person_is_kept(blank_detector, text, value):
    assert not touched(blank_detector, text, value)


def test_a_street_outside_a_persons_block_is_left_to_the_street_rules(blank_detector):
    text = "Evenemang\nArrangör: Kulturrådet\nScen: Holmsjön 8\nBiljetter: 120 kr"
    assert not touched(blank_detector, text, "Holmsjön 8")


# a home of any country's form: a label line's value in a person's block, the rest of a line after a name
@pytest.mark.parametrize("text,value", [
    ("Anhörig\nNamn: Karim Haddad\nKontaktställe: Xaafadda Hodan, Guriga 41, Muqdisho\nTelefon: saknas",
     "Xaafadda Hodan, Guriga 41, Muqdisho"),
    ("Klagande\nAmal Haddad, Kvartal 4, Hus 17, Erbil\nOmbud saknas", "Kvartal 4, Hus 17, Erbil"),
])
def test_a_home_of_any_form_where_a_persons_details_stand(blank_detector, text, value):
    assert covered(blank_detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Mottagare\nNamn: Ida Karlsson\nTill: Lövstads kommun, Box 40, 716 21 Lövstad", "Lövstads kommun"),
    ("Sökande\nNamn: Ida Karlsson\nUtbetalning: Swedbank 8480-6, 923 005 118-9", "Swedbank"),
])
def test_a_bodys_address_or_an_account_in_a_persons_block_is_no_home(text, value):
    # (the bank rules read an account and its bank; this reading leaves both)
    assert not any(value in found for found in by_place(text))


@pytest.mark.parametrize("text, home", [
    ("Anna Lindqvist, 1987, Storgatan 4, 392 31 Kalmar.", "Storgatan 4, 392 31 Kalmar"),
    ("Erik Holm, 1979-05-02, Ringvägen 7 B, 413 20 Göteborg", "Ringvägen 7 B, 413 20 Göteborg"),
])
def test_a_birth_between_the_name_and_the_home_stays_a_birth(text: str, home: str) -> None:
    """The year or date after the name is the birth the birth rules take; the home read by place starts after it."""
    assert home in by_place(text)
    assert not any(found.startswith(("1987", "1979")) for found in by_place(text))

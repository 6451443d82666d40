"""A street address in Catalonia with its floor and door by their Catalan ordinals, and its postal line after a comma
or on a window's next line, is one address. Fictional people and places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.address_catalan import CATALAN
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Citació\nMontserrat Puig\nC/ de Provença 212, 3r 2a\n08036 Barcelona\nEl judici és el 4 de maig.",
     "C/ de Provença 212, 3r 2a\n08036 Barcelona"),
    ("Adreça: Carrer de Sants 88, 2n 1a, 08014 Barcelona", "Carrer de Sants 88, 2n 1a, 08014 Barcelona"),
    ("Testimoni\nPg. de Gràcia 41, pral. 2a\n08007 Barcelona\nNotes", "Pg. de Gràcia 41, pral. 2a\n08007 Barcelona"),
])
def test_a_catalan_address_with_its_floor_and_postal_line_is_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_street_without_its_postal_line_is_not_this_rules():
    assert CATALAN.search("C/ de Provença 212, 3r 2a. El judici") is None


@pytest.mark.parametrize("text, address", [
    # a register's street cell beside its postal cell: the floor's and the door's words say it is a home
    ("Adresser\n| Dnr | Gata | Postort\n| KF 0412/2027 | c/ del Pi, 14, pis 2n, porta 1 | 17004 Girona, Espanya\n",
     "c/ del Pi, 14, pis 2n, porta 1"),
    ("La meva tia vivia a pl. Nova 7, àtic, 43003 Tarragona, i ara viu amb nosaltres.", "pl. Nova 7, àtic, 43003 Tarragona"),
    ("Nova adreça: Carrer Ample 3, escala B, porta 4.", "Carrer Ample 3, escala B, porta 4"),
])
def test_a_catalan_street_with_its_floor_or_door_in_small_letters_or_alone_is_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_care_of_is_no_catalan_street():
    from redact.detect.address_catalan import CATALAN_STREET

    assert CATALAN_STREET.search("c/o Berg, Sjövägen 12, pis 2") is None

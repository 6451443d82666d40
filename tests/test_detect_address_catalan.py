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

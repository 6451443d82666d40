"""A Mexican address with its colonia ("Col. ...") is masked whole: the street and number, the inner number or flat,
the colonia, the postal code and town, the state by its abbreviation with its stop and the country, in a sentence, a
table's cell and a letter's window over two lines. A street and number with no colonia's word is left to the other
rules. Fictional people and places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.address_mexico import MEXICAN, check_mexican
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Antes vivíamos en Calz. Independencia 812, depto. 3, Col. Mezquitán, 44260 Guadalajara, Jal. y ahora aquí.",
     "Calz. Independencia 812, depto. 3, Col. Mezquitán, 44260 Guadalajara, Jal."),
    ("Till vårdnadshavare för Ximena Ochoa Luna\nCalle Tonalá 57, int. 2, Col. Condesa\n06140 CDMX, México\n",
     "Calle Tonalá 57, int. 2, Col. Condesa\n06140 CDMX, México"),
    ("| SK-31-0402 | Av. Juárez 301, Fracc. Las Flores, C.P. 58000 Morelia, Mich. |",
     "Av. Juárez 301, Fracc. Las Flores, C.P. 58000 Morelia, Mich."),
])
def test_a_mexican_address_with_its_colonia_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "Calle Tonalá 57, int. 2, 06140 CDMX",          # no colonia's word
    "Av. Juárez 301, Col. Las Flores, sala 4",       # no postal code
])
def test_no_colonia_or_no_postal_code_is_no_mexican_address(text):
    m = MEXICAN.search(text)
    assert m is None or check_mexican(text, m) is None

"""A letter's address block whose home line is a named home with its numbered parts and no street: the home's line
and the postal line under it are the address. An authority's unit above its own postal line, and a home's name with
no numbered part, are left as they were. Fictional people and places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Beslut om bidrag\nJan Ek\nLövåsens arbetsbodar, bod 7\n905 90 Norrby\nDu har ansökt om bidrag.",
     "Lövåsens arbetsbodar, bod 7\n905 90 Norrby"),
    ("Kallelse\nMira Haddad\nHotell Gamla Tullen, rum 214\n211 20 Malmö\nVälkommen till mötet.",
     "Hotell Gamla Tullen, rum 214\n211 20 Malmö"),
    ("Beslut\nOlle Dahl\nSjöbodarna Näset, bod 4, loft 2\n740 71 Öregrund\nBeslutet gäller i ett år.",
     "Sjöbodarna Näset, bod 4, loft 2\n740 71 Öregrund"),
])
def test_a_named_home_and_its_parts_above_a_postal_line_is_an_address(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_an_authoritys_unit_above_its_postal_line_is_no_home(blank_detector):
    text = "Norrby kommun, avd 4, rum 12\n905 90 Norrby\nBeslut om bygglov."
    det = detect_text(text, blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS" and "kommun" in f.text]

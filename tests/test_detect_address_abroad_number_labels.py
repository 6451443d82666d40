"""A number's label before it is no street: "Medlemsnummer 0552, ABC 3317/26" in a subject line holds a member's
number and a certificate's, not a street, a house and a postal code abroad. A street abroad stays. Fictional."""

from __future__ import annotations

from redact.detect.address import AddressRecognizer


def _addresses(text: str) -> list[str]:
    return [text[r.start:r.end] for r in AddressRecognizer().analyze(text, ["ADDRESS"])]


def test_a_numbers_label_is_no_street_abroad():
    assert _addresses("Ämne: Medlemsnummer 0552, ABC 3317/26") == []
    assert _addresses("Ämne: Kundnr 0552, ABC 3317/26") == []


def test_a_street_abroad_with_its_postal_code_stays():
    assert _addresses("Hon bor på Lange Voorhout 31, 2514 Den Haag.") != []

"""A postal box a sole trader's paragraph gives after naming the trader ("Per Ek driver … som enskild firma, …
Fakturaadress Box 17, …") is the trader's own and stays masked; a box with an organisation named between the
trader and the box, and a box with no trader by it, are an organisation's. Fictional people; the blank pipeline."""

from __future__ import annotations

from redact.document_detection import detect_text


def _addresses(blank_detector, text: str) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
            if f.category == "ADDRESS" and f.status != "rejected"}


def test_a_sole_traders_invoicing_box_is_masked(blank_detector):
    text = ("Återbetalningar, april\n"
            "Även en hantverkare fick dubbla avgifter: Ola Strömgren, som driver snickeri som enskild firma,\n"
            "med servicebilen, två dragningar samma dag i mars. Återbetalningen på 480 kr görs i maj.\n"
            "Fakturaadress Box 17, 733 21 Ekvik.\n")
    assert "Box 17, 733 21 Ekvik" in _addresses(blank_detector, text)


def test_an_organisations_box_named_after_the_trader_is_not_masked(blank_detector):
    text = ("Återbetalningar, april\n"
            "Ola Strömgren driver snickeri som enskild firma. Han har fått en faktura från Ekviks kommun,\n"
            "Fastighetsavdelningen, Box 40, 733 20 Ekvik.\n")
    assert not any(a.startswith("Box 40") for a in _addresses(blank_detector, text))


def test_a_box_with_no_trader_is_not_masked(blank_detector):
    text = "Återbetalningar, april\nFrågor om återbetalningen skickas till Box 17, 733 21 Ekvik.\n"
    assert not any(a.startswith("Box 17") for a in _addresses(blank_detector, text))

"""Table headers that name where a person lives or where their letters go make the village-and-number cells under
them addresses: "Ordinarie bostad", "Tillfällig bostad", "Bor tillfälligt", "Svaret skickat till". A header of how
a person is reached ("Kontaktväg") is no name, nor a section heading read as the next row ("Sammanfattning"). Tables
read one cell a line, as MuPDF reads them; fictional people and places; rules only."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text

HOMES = """Hushåll som flyttat under renoveringen
Hushåll
Ordinarie bostad
Telefon
Signe Halvarsson
Stensjö 6
070-412 33 18
Daniel Okafor
Lövnäs 11
073-905 21 44
Sammanfattning
Alla hushåll har fått besked om återflyttning.
"""

REPLIES = """Svar till anmälarna
Sökande
Personnr
Svaret skickat till
Besvarat av
Holmqvist
470312-2284
Granbacka 9
LeJ
Abdullahi
19520919-2389
Myrheden 3
LeJ
Sammanfattning
Svaren skickades i juni.
"""

CONTACTS = """Avbetalningar
Namn
Belopp
Dras från
Kontaktväg
Strandberg
14 200 kr
8169-2, 924 305 118-4
hedvig.strandberg@telia.com
Nyström
3 600 kr
6571-301 884 027
olle.nystrom@gmail.com
"""


def _found(text: str, detector) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in detect_text(text, detector).findings}


@pytest.mark.parametrize("home", ["Stensjö 6", "Lövnäs 11"])
def test_villages_under_a_header_of_a_passing_home_are_addresses(blank_detector, home):
    assert _found(HOMES, blank_detector).get(home) == "ADDRESS"


@pytest.mark.parametrize("home", ["Granbacka 9", "Myrheden 3"])
def test_villages_under_a_header_of_where_a_reply_went_are_addresses(blank_detector, home):
    assert _found(REPLIES, blank_detector).get(home) == "ADDRESS"


@pytest.mark.parametrize("text", [HOMES, REPLIES])
def test_a_heading_under_the_table_is_no_name(blank_detector, text):
    assert "Sammanfattning" not in _found(text, blank_detector)


def test_a_header_of_how_a_person_is_reached_is_no_name(blank_detector):
    found = _found(CONTACTS, blank_detector)
    assert not any("Kontaktväg" in t for t in found), found


@pytest.mark.parametrize("header", ["Ordinarie bostad", "Tillfällig bostad", "Bor tillfälligt", "Svaret skickat till",
                                    "Beslutet sänt till"])
def test_headers_of_a_usual_or_passing_home_or_of_where_mail_went_name_an_address_column(header):
    from redact.detect.table_header_words import ADDRESS
    from redact.detect.table_headers import header_kind

    assert header_kind(header) == ADDRESS

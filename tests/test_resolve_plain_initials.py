"""A foreign name's accented capital written plain in a register's initials ("Íñigo Zárate Olmos" -> "IZO"): the
initials are that person's. Swedish letters stay their own ("Åsa Öberg" is never "AO"). Fictional people."""

from __future__ import annotations

from redact.pipeline import detect_text
from redact.resolve.person_initials import person_initials

TEXT = ("Utrustning\n| Lag | Sak | Nummer\n| IZO | skridskor | serie 55120 |\n| ÅÖ | hjälm | serie 55121 |\n\n"
        "Deltagare: Íñigo Zárate Olmos och Åsa Öberg.\n")


def test_plain_initials_of_an_accented_name_are_that_persons(blank_detector):
    found = {f.text for f in detect_text(TEXT, blank_detector).findings if f.category == "PERSON"}
    assert "IZO" in found, found


def test_swedish_letters_are_not_written_plain():
    assert "AÖ" not in person_initials("Åsa Öberg") and "AO" not in person_initials("Åsa Öberg")
    assert {"ÉLR", "ELR"} <= person_initials("Émile Laurent Roux")

"""Words that head a register's columns stay readable: the persons' column named by what they are to the register
("Musiker", "Kallad", "Intressent") beside a thing's column ("Instrument", "Röntgen", "Lånelöfte"). Fictional people;
the trained pipeline (its tagger reads the header line as a name)."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text

_REGISTER = ("Extramusiker\n| Ärende | Musiker | Född | Frilansnummer |\n| EXM-1 | Vera Holm | 1961 | GSO-F 27/1 |\n\n"
             "Försäkrade egna instrument\n{header}\nHandl. Telefon\nVH\nYamaha YFL-212 nr 4410\nLCa\n070-123 45 67\n")


@pytest.mark.parametrize("header", ["Musiker Instrument", "Kallad Röntgen", "Intressent Lånelöfte"])
def test_a_register_header_line_is_no_name(model_detector, header):
    det = detect_text(_REGISTER.format(header=header), model_detector)
    words = set(header.split())
    assert not [f.text for f in det.findings if f.category == "PERSON" and f.status != "rejected"
                and set(f.text.split()) & words]


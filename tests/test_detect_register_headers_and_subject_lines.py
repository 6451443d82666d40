"""Words that head a register's columns or label a mail's subject stay readable: the persons' column named by what
they are to the register ("Musiker", "Kallad", "Intressent") beside a thing's column ("Instrument", "Röntgen",
"Lånelöfte"), and a foreign mail's subject line, which is no home ("Betreff: Rechnung meines Vaters, ..."). Fictional
people; the trained pipeline for the headers (its tagger reads them as names), the blank one for the subject."""

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


def test_a_foreign_mails_subject_line_is_no_home(blank_detector):
    text = ("Von: Lena Hoffmann <lena.hoffmann@exempelmejl.se>\nAn: djur@exempel.se\n"
            "Betreff: Rechnung meines Vaters, RSNV-K 4418 2701\nMein Vater wohnte früher in der\n"
            "Leopoldstraße 54, 80802 München,")
    det = detect_text(text, blank_detector)
    assert not [f.text for f in det.findings if f.category == "ADDRESS" and "Rechnung" in f.text]

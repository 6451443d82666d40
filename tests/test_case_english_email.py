"""English e-mail: the header block, body and signature keep their ordinary capitalised words.

An English message writes much in Title Case ("Printer Not Working On Floor 3", "Thanks & Best
Regards,", "MS Outlook"); only the people in it are proposed for masking.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from conftest import mupdf_text, pdftotext

from redact.case.email import render_email
from redact.pipeline import RunOptions, detect_document, propose_findings, run_file

PEOPLE = ("Sarah Collins", "Mark Davies", "Oliver Bennett", "Priya Raman")
WORDS = ("Helpdesk", "Floor", "Best Regards", "Outlook", "Extractor")


def _message() -> EmailMessage:
    m = EmailMessage()
    m["From"] = "IT Helpdesk <helpdesk@example.com>"
    m["To"] = "Sarah Collins <sarah.collins@example.com>"
    m["Subject"] = "FW: Printer Not Working On Floor 3"
    m["Date"] = "Tue, 03 Mar 2026 10:15:00 +0000"
    m.set_content("""Hello Sarah,

Your ticket has been logged. We tested it with the MS Outlook MSG Extractor.

Thanks & Best Regards,
Oliver Bennett

-----Original Message-----
From: Sarah Collins
Sent: Monday, March 2, 2026 9:14 AM
To: IT Helpdesk
Cc: Facilities Team; Mark Davies
Subject: Printer Not Working On Floor 3

Hi,
The HP LaserJet Pro on Floor 3 Shows Paper Jam Error Again. Please ask Priya Raman.
Many Thanks,
Sarah
""")
    return m


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("english")
    eml = tmp / "ticket.eml"
    eml.write_bytes(bytes(_message()))
    render_email(eml, tmp / "ticket.pdf")
    return tmp / "ticket.pdf"


def test_only_the_people_are_proposed(converted, model_detector):
    det = detect_document(converted, model_detector, options=RunOptions(ocr=False))
    masked = [f.text for f in propose_findings(det.findings, RunOptions()) if f.status != "rejected"]
    joined = " | ".join(masked)
    for person in PEOPLE:
        assert person in joined, (person, masked)
    for word in WORDS:
        assert word not in joined, (word, masked)


def test_the_disclosed_copy_keeps_the_words_and_loses_the_people(converted, model_detector, tmp_path):
    out = tmp_path / "ut.pdf"
    run_file(converted, out, options=RunOptions(ocr=False), detector=model_detector)
    for text in (mupdf_text(out), pdftotext(out)):
        flat = " ".join(text.split())
        for person in PEOPLE:
            assert person not in flat and person.split()[1] not in flat
        for word in ("IT Helpdesk", "Floor 3", "Best Regards", "MS Outlook MSG Extractor"):
            assert word in flat, word


@pytest.mark.parametrize("text, name", [
    ("Dear MS ANNA BERG,\nthank you for your letter.\n", "ANNA BERG"),
    ("Please contact Ms Berg about the case.\n", "Berg"),
    ("Samtal med Dr Karin Lund i dag.\n", "Karin Lund"),
    ("Kind regards,\nRegards Lindqvist\n", "Lindqvist"),
])
def test_titles_and_closings_still_bring_out_names(text, name, model_detector):
    from redact.pipeline import detect_text

    found = [f.text for f in detect_text(text, model_detector).findings]
    assert any(name in f for f in found), found


@pytest.mark.parametrize("text", ["Please ask Floor 070-123 45 67 about the order.\n",
                                  "Please ask Floor about the order on floor 3.\n"])
def test_a_first_name_before_a_phone_number_is_still_a_name(text, model_detector):
    from redact.pipeline import detect_text

    assert "Floor" in [f.text for f in detect_text(text, model_detector).findings]

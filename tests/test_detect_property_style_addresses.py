"""A rural address written like a property designation, followed by a postal code and town, is one ADDRESS finding
(never a property and an address at once); a designation alone stays a property. Fictional places; the blank
pipeline."""

from __future__ import annotations

from redact.document_detection import detect_text


def _covering(findings, text, part):
    at = text.index(part)
    return [f for f in findings if f.start is not None and f.start <= at < f.end]


def test_a_designation_with_a_postal_code_and_town_is_one_address(blank_detector):
    text = "| 42-07 | Ilse Norberg | 640312-2383 | Myrheden 2:14, 915 93 Myrheden\n"
    det = detect_text(text, blank_detector)
    found = _covering(det.findings, text, "Myrheden 2:14")
    assert [f.category for f in found] == ["ADDRESS"]
    assert found[0].text == "Myrheden 2:14, 915 93 Myrheden"


def test_a_designation_alone_stays_a_property(blank_detector):
    text = "Ilse Norberg äger fastigheten Myrheden 2:14 sedan 1998."
    det = detect_text(text, blank_detector)
    assert [f.category for f in _covering(det.findings, text, "Myrheden 2:14")] == ["PROPERTY"]

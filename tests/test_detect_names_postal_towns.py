"""A page's postal town that is a surname too stays readable where it stands as a town: after the postcode of the
authority's own box ("733 25 Sala") and opening the dateline ("Sala den 28 maj 2027"). Fictional people and
places; the blank pipeline."""

from __future__ import annotations

from redact.document_detection import detect_text


def test_the_postal_town_is_no_person(blank_detector):
    text = ("Kriminalvården, anstalten Ekbacka, Box 2210, 733 25 Sala\nVäxel 010-513 44 00.\n"
            "Vi har prövat ansökan från Hanna Ek.\nSala den 28 maj 2027\nHanna Ek")
    det = detect_text(text, blank_detector)
    assert "Sala" not in {f.text for f in det.findings if f.status != "rejected"}

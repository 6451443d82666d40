"""A region named by its compound ("Fjällgårdsregionen") heads its letterhead as "Region Fjällgård" does: its box
under its name in a window block, and its booking line's number and shared mailbox under its names, stay readable;
the person's address under them is masked. Fictional bodies and people; the blank pipeline (rules only)."""

from __future__ import annotations

from redact.document_detection import detect_text

HEAD = ("Bokade resor\nFjällgårdsregionen, Resebokningen norr\n"
        "Box 7731, 962 31 Fjällvik. Beställning 010-773 15 24. E-post resebokning.norr@fjallgard-resor.se.\n"
        "Mottagare Tove Lindahl (TL).\n\n")


def _masked(blank_detector, text: str, categories: tuple[str, ...]) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
            if f.category in categories and f.status != "rejected"]


def test_the_booking_line_under_a_compound_regions_names_stays(blank_detector):
    masked = _masked(blank_detector, HEAD, ("PHONE", "EMAIL", "ADDRESS", "POSTAL_CODE"))
    assert not any("773 15" in m or "resebokning" in m or "7731" in m for m in masked), masked


def test_the_compound_regions_box_in_its_window_block_stays_and_the_persons_home_is_masked(blank_detector):
    text = ("Bekräftelse\nFjällgårdsregionen, Resebokningen norr\nBox 7731, 962 31 Fjällvik\n"
            "Märta Holmgren\nSjövägen 12\n962 33 Fjällvik\n\nDin resa är bokad.\n")
    masked = _masked(blank_detector, text, ("ADDRESS", "POSTAL_CODE"))
    assert not any("7731" in m for m in masked), masked
    assert any("Sjövägen 12" in m for m in masked), masked

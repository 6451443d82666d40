"""A region's own trip numbers in the first column of its table of booked trips ("Resa" over "TR 27-1101") stay
readable, as its bookings' numbers do; a row's cell saying there is no card ("inget kort") is no label of the next
row's trip number; the passengers' travel cards' numbers are masked. Fictional passengers; the blank pipeline."""

from __future__ import annotations

from redact.document_detection import detect_text

TABLE = ("Bokade resor\nResor\nResa\nResenär Ledsagare Kort\nTR 27-1101\nMärta Holmgren\nnej\nResekort 5512 01\n"
         "TR 27-1102\nTove Lindahl\nnej\ninget kort\nTR 27-1103\nPer Ekström\nOla Ek\nResekort 5512 03\n"
         "Anteckningar\nInga.\n")


def _masked(blank_detector, text: str) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
            if f.category == "ID_NUMBER" and f.status != "rejected"]


def test_the_regions_trip_numbers_stay_and_the_cards_are_masked(blank_detector):
    masked = _masked(blank_detector, TABLE)
    assert not any("TR 27" in m for m in masked), masked
    assert any("5512 01" in m for m in masked) and any("5512 03" in m for m in masked), masked


def test_the_code_under_a_cell_saying_there_is_no_card_is_no_cards_number(blank_detector):
    text = "Resenären\nMärta Holmgren\nFärdtjänstkort\ningen färdtjänstkort\nTR 27-1103\n"
    assert not any("TR 27" in m for m in _masked(blank_detector, text))

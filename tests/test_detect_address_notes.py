"""Where at a home a thing stands, written after the address in its table cell ("Åsbyvägen 4, vid boden"), is masked
with the address: in a register of things placed at private homes the note says where at that person's home. A
sentence going on after an address ("…, men") and the authority's own places stay as they were. Fictional places;
the blank pipeline."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text

# a register read one cell a line (MuPDF's reading of a ruled table) and one read a row a line
ONE_CELL_A_LINE = "\n".join([
    "Brandlarm hos enskilda", "Larm", "Placering", "Ansvarig",
    "BL-4410", "Åsbyvägen 4, vid boden", "Gunvor Lindmark",
    "BL-4417", "Tallstigen 19, uppfarten", "Reino Kalliokoski",
    "BL-4423", "Storgatan 8 B, i trapphuset", "Svea Nordin",
    "Listan uppdateras varje år.",
])
ROWS = "\n".join([
    "Nyckelgömmor hos enskilda", "Nyckel | Placering | Ansvarig",
    "NG-12 | Kvarnbacken 7, på gaveln | Dagny Öberg",
    "NG-15 | Lövstavägen 3, garaget | Henrik Vass",
    "Listan förs av hemtjänsten.",
])


def _addresses(blank_detector, text: str) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"}


@pytest.mark.parametrize("text,addresses", [
    (ONE_CELL_A_LINE, {"Åsbyvägen 4, vid boden", "Tallstigen 19, uppfarten", "Storgatan 8 B, i trapphuset"}),
    (ROWS, {"Kvarnbacken 7, på gaveln", "Lövstavägen 3, garaget"}),
])
def test_the_note_of_where_at_the_home_is_masked_with_the_address(blank_detector, text, addresses):
    assert addresses <= _addresses(blank_detector, text)


def test_a_sentence_going_on_after_an_address_is_no_note(blank_detector):
    text = "Han har flyttat till Åsbyvägen 4, men\nposten går fortfarande till den gamla adressen."
    found = _addresses(blank_detector, text)
    assert "Åsbyvägen 4" in found and not any("men" in a for a in found)


CARE_HOMES = "\n".join([
    "Anhörigas kontaktuppgifter", "Namn", "Adress", "Telefon",
    "Edvin Sjödahl", "Tallbacken 14, 733 92 Ekvik", "070-512 88 14",
    "Britta Sjödahl", "Solgläntan, avd. Kastanjen", "0611-48 12 77",
])


def test_a_care_homes_ward_ending_the_cell_is_masked_with_the_home():
    from redact.detect.address_notes import with_place_note
    from redact.types import Finding

    # the tagger's span stops at the ward's word; the ward's name ending the cell is the home's too
    start = CARE_HOMES.index("Solgläntan")
    f = Finding("p1-0", 1, start, start + len("Solgläntan, avd."), "Solgläntan, avd.", "ADDRESS", 0.5, "learned_spans")
    assert with_place_note(f, CARE_HOMES).text == "Solgläntan, avd. Kastanjen"
    g = Finding("p1-1", 1, start, start + len("Solgläntan"), "Solgläntan", "ADDRESS", 0.5, "learned_spans")
    assert with_place_note(g, CARE_HOMES).text == "Solgläntan, avd. Kastanjen"


def test_a_ward_in_a_sentence_is_no_cell():
    from redact.detect.address_notes import with_place_note
    from redact.types import Finding

    text = "Hon bor på Solgläntan, avd. Kastanjen sedan maj."
    start = text.index("Solgläntan")
    f = Finding("p1-0", 1, start, start + len("Solgläntan"), "Solgläntan", "ADDRESS", 0.5, "learned_spans")
    assert with_place_note(f, text).text == "Solgläntan"

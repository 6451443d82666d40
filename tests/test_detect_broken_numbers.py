"""Numbers at a line end: a phone column under a column of figures is not joined to the figures
above it, a phone broken before its last group is masked whole, a labelled number in groups of
three goes on to the next line, a foreign number written with 00 ("0048 …") is a phone, and
capitals before a number ("Brukare LS 2210") are the number's prefix, not a name.
Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

from redact.pipeline import detect_text


def _found(text: str, detector) -> set[tuple[str, str]]:
    return {(f.category, " ".join(f.text.split())) for f in detect_text(text, detector).findings}


def test_a_phone_cell_is_not_joined_to_the_figures_above_it(blank_detector):
    # one cell a line: a row's short code, then its direct number
    text = ("Personal, biblioteket i Ornäs\nNamn\nKod\nDirektnummer\n"
            "Ingrid Salo\n0418\n0521-72 41 38\nMarek Nowicki\n0562\n0521-72 41 55\n\nListan gäller 2026.\n")
    phones = {t for c, t in _found(text, blank_detector) if c == "PHONE"}
    assert {"0521-72 41 38", "0521-72 41 55"} <= phones
    assert not any("0418" in p or "0562" in p for p in phones)


def test_a_phone_broken_before_its_last_group_is_masked_whole(blank_detector):
    text = "Intyget skrevs av läkaren Maj-Britt Holmgren, som nås på 0523-66 14\n27. Intyget gäller ett år.\n"
    assert ("PHONE", "0523-66 14 27") in _found(text, blank_detector)


def test_a_foreign_number_written_with_00_is_a_phone(blank_detector):
    text = "Sonen Tomasz Wójcik ringde från 0048 512 884 390 och bad om ett återbesök.\n"
    assert ("PHONE", "0048 512 884 390") in _found(text, blank_detector)


def test_a_labelled_number_in_groups_of_three_goes_on_to_the_next_line(blank_detector):
    text = "Sökanden är medlem i föreningen och har medlemsnummer SRF 204\n118 enligt kortet.\n"
    assert ("ID_NUMBER", "SRF 204 118") in _found(text, blank_detector)


def test_capitals_before_a_found_number_are_no_name(blank_detector):
    text = ("Brukarnummer: LS 2210\n\nNoteringar\nBrukare LS 2210 har fått ny kontaktperson från mars.\n")
    found = _found(text, blank_detector)
    ids = [t for c, t in found if c == "ID_NUMBER"]
    assert ids.count("LS 2210") >= 1 and ("PERSON", "LS") not in found
    det = detect_text(text, blank_detector)
    second = text.index("LS 2210", text.index("Brukare"))
    assert any(f.category == "ID_NUMBER" and f.start <= second and f.end >= second + 7 for f in det.findings)

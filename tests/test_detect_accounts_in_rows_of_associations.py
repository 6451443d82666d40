"""An account in a payments table whose row opens with a person is masked though the row also names the
association the person leads ("Ansvarig | Förening | Bidraget betalas till", read one cell a line); a row that
opens with the association keeps its account. A plusgiro in its groups that money "går till", "skickas till" or is
"sätts in på" is an account though no "plusgiro" stands before it. Fictional people and associations; rules only."""

from __future__ import annotations

from redact.pipeline import detect_text

LEADERS = """Utbetalning av föreningsbidrag
Ansvarig
Förening
Bidraget betalas till
Ingrid Vallström
Ljusdals schackklubb
8327-4, 915 204 663-1
Samir Haddad
Syriska föreningen
9150-224 31 76
Motivering
Nämnden beslutar enligt förslaget.
"""

ASSOCIATIONS = """Bidrag till föreningar
Förening
Kontaktperson
Bankgiro
Tallåsens hembygdsförening
Kontakt via kansliet
5402-8717
Motivering
Nämnden beslutar enligt förslaget.
"""

MOVED = """Beslut om resebidrag
Mattias Björk vill att lägerbidraget för sonen går till 52 18 33-4 i år.
Ersättningen för resan skickas till 127 53 81-0 när kvittot kommit in.
Mötet går till 14 30-tiden.
"""


def _accounts(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "BANK_ACCOUNT"}


def test_accounts_in_rows_opening_with_a_person_are_masked(blank_detector):
    found = _accounts(LEADERS, blank_detector)
    assert "8327-4, 915 204 663-1" in found
    assert "9150-224 31 76" in found


def test_a_bankgiro_in_a_row_opening_with_the_association_stays(blank_detector):
    assert not any("5402-8717" in a for a in _accounts(ASSOCIATIONS, blank_detector))


def test_a_plusgiro_that_money_goes_to_is_masked(blank_detector):
    found = _accounts(MOVED, blank_detector)
    assert "52 18 33-4" in found
    assert "127 53 81-0" in found
    assert not any("14 30" in a for a in found)

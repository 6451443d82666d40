"""An era's mark right after a date in another calendar ("AH" of "3/7/1411 AH") is the calendar's, no one's
initials; initials after a name stay. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.era_marks import era_mark


@pytest.mark.parametrize("text, mark, expected", [
    ("| Samir Nasser | 3/7/1411 AH | bil", "AH", True),
    ("Hon är född 2531 BE enligt passet.", "BE", True),
    ("Han är född 1.2.2045 BS i Pokhara.", "BS", True),
    ("Född 1369 SH i Mashhad.", "SH", True),
    ("Samtalet fördes av Samir Nasser (AH).", "AH", False),
    ("Kontrollerat 2031-04-12, sign. AH", "AH", False),
])
def test_an_eras_mark_after_a_date_is_no_initials(text, mark, expected):
    a = text.index(mark)
    assert era_mark(text, a, a + len(mark)) is expected


def test_initials_after_a_date_of_ours_stay_initials():
    text = "| Godkänt 12/04/2031 AH |"
    a = text.index("AH")
    assert not era_mark(text, a, a + 2)

"""A label's word at a line's start before a code of capitals and digits ("Intyg NB-FK 26/0412") stays outside the
code's mark: the maker rule runs a number's mark from a maker's name before it, and a document's noun that names the
number is none; a maker's name before a model and a serial is still taken in. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.labels_before_codes import with_labels_outside
from redact.types import Finding
from tests.found_ids import page_ids

LETTER = """Eva Strand
Storgatan 4
972 31 Luleå
Intyg NB-FK 26/0412, giltigt hela året.
Jaktbevis JK-NB 26/0413 gäller också.
"""


@pytest.mark.parametrize("code", ["NB-FK 26/0412", "JK-NB 26/0413"])
def test_the_label_stays_outside_the_code(blank_detector, code):
    assert code in page_ids(blank_detector, LETTER)


def _finding(text: str, span: str) -> Finding:
    a = text.index(span)
    return Finding(id="p1-0", page=1, start=a, end=a + len(span), text=span, category="ID_NUMBER", score=0.8,
                   detector="labelled_id")


def test_a_makers_name_is_still_taken_in():
    text = "Vapen\nTikka T3x 7Y55120\n"
    before, after = _finding(text, "7Y55120"), _finding(text, "Tikka T3x 7Y55120")
    assert [f.text for f in with_labels_outside([before], [after], text)] == ["Tikka T3x 7Y55120"]

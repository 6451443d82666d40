"""A date right after a person's name in a list is the person's date of birth also when both the given name and the
surname are ordinary words too ("Per Lind": "per", "lind"). Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.placed_birth_dates import looks_like_name
from redact.types import Page


@pytest.mark.parametrize("name", ["Per Lind", "Björn Berg", "Sten Ros"])
def test_a_given_name_and_a_surname_that_are_also_words_look_like_a_name(name):
    assert looks_like_name(name)


def test_a_date_after_such_a_name_in_a_list_is_a_birth_date(blank_detector):
    text = "Deltagare:\n- Per Lind, 4 augusti 1999\n- Björn Berg, 17 mars 2002\n- Nora Ekvall, 2 maj 2001\n"
    page = Page(number=1, text=text, words=(), width=595, height=842)
    births = {f.text for f in blank_detector.detect(page) if f.category == "DATE_OF_BIRTH"}
    assert {"4 augusti 1999", "17 mars 2002", "2 maj 2001"} <= births

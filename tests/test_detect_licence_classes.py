"""A driving licence's class after its word is no one's initials; the same letters elsewhere may be. Fictional texts."""

from __future__ import annotations

import pytest

from redact.detect.licence_classes import licence_class


@pytest.mark.parametrize("text, span", [
    ("Körkortstillstånd för moped klass I (AM) till femtonåringar", "AM"),
    ("Han har behörighet BE sedan 2019.", "BE"),
    ("Körkortsklass C1E krävs för tjänsten.", "C1E"),
])
def test_a_licence_class_after_its_word(text, span):
    a = text.index(span)
    assert licence_class(text, a, a + len(span))


@pytest.mark.parametrize("text, span", [
    ("Granskat av AM den 4 maj.", "AM"),
    ("Klassföreståndare KL skrev.", "KL"),
])
def test_the_letters_elsewhere_are_no_class(text, span):
    a = text.index(span)
    assert not licence_class(text, a, a + len(span))

"""The span tagger's initials are letters with capitals: a kana or an ideograph is no one's initial."""

from __future__ import annotations

import pytest

from redact.detect.cased_letters import cased_letters
from redact.detect.learned_spans import plausible


@pytest.mark.parametrize(("text", "expected"), [("JÄB", True), ("A.-K.N.", True), ("jäb", True), ("ΑΒ", True),
                                               ("っ", False), ("風", False), ("Aっ", False), ("19", False)])
def test_cased_letters(text: str, expected: bool) -> None:
    assert cased_letters(text) is expected


def test_a_kana_the_tagger_reads_as_initials_is_not_proposed() -> None:
    """A poem in Japanese: the tagger took the small kana "っ" for initials on every column, and each was masked."""
    text = "すきとおった風 / Signerat av JÄB"
    at = text.index("っ")
    assert not plausible(text, at, at + 1, "INITIALS")
    at = text.index("JÄB")
    assert plausible(text, at, at + 3, "INITIALS")

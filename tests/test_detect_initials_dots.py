"""Dotted initials keep their closing dot under the mask; a dot that does not end the token, and a name's finding,
stay as they are. Fictional initials."""

from __future__ import annotations

import pytest

from redact.detect.initials_dots import with_closing_dots
from redact.types import Finding


def _closed(text: str, token: str) -> str:
    at = text.index(token)
    f = Finding(id="f", page=1, start=at, end=at + len(token), text=token, category="PERSON", score=0.9, detector="t")
    return with_closing_dots([f], text)[0].text


@pytest.mark.parametrize("text, token, closed", [
    ("Testad\nB.v.Ho.\nSLANG\n", "B.v.Ho", "B.v.Ho."),
    ("| HJ-31 | E.Sa. | K.v.d.M. |", "K.v.d.M", "K.v.d.M."),
    ("Signerat av A-M.L. i dag.", "A-M.L", "A-M.L."),
])
def test_dotted_initials_take_their_closing_dot(text, token, closed):
    assert _closed(text, token) == closed


@pytest.mark.parametrize("text, token", [
    ("Testad\nB.v.Ho.se\n", "B.v.Ho"),          # a domain goes on after the dot
    ("Anna Berg. Hon ringde.", "Anna Berg"),     # a name: the sentence's full stop
    ("Testad\nBVH.\n", "BVH"),                    # capitals without dots: the dot is an abbreviation's
])
def test_other_dots_stay_outside(text, token):
    assert _closed(text, token) == token

"""A register's code whose series' capitals a number sign splits from its digits ("KB#31-2207-01") is copied whole
wherever it stands again, though its capitals alone were read as someone's initials there. Fictional codes."""

from __future__ import annotations

from redact.resolve.propagate import propagate
from redact.types import Finding


def test_a_code_with_a_number_sign_is_copied_whole_over_initials_read_in_it():
    text = "KB#31-2207-01\nVera Lind\n\nOrdernr KB#31-2207-01.\n"
    at = text.index("KB#31-2207-01", 5)
    code = Finding(id="p1-0", page=1, start=0, end=13, text="KB#31-2207-01", category="ID_NUMBER", score=0.85,
                   detector="table_column")
    initials = Finding(id="p1-1", page=1, start=at, end=at + 2, text="KB", category="PERSON", score=0.6,
                       detector="initials")
    copies = [f.text for f in propagate([code, initials], {1: text})]
    assert "KB#31-2207-01" in copies

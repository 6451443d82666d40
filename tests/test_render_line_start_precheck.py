"""The cheap test for a return to the line start answers as the pattern-first form did, whatever the order."""

from __future__ import annotations

import pytest

from redact.render.line_start import _ZERO_MOVE, _may_restart


def _pattern_first(data: bytes) -> bool:
    return bool(_ZERO_MOVE.search(data)) or b"T*" in data or b"'" in data or b'"' in data or data.count(b"Tm") > 1


@pytest.mark.parametrize("data", [
    b"",
    b"BT /F1 12 Tf 72 720 Td (Anna) Tj ET",
    b"BT /F1 12 Tf 72 720 Td (Anna) Tj 0 0 Td (Berg) Tj ET",
    b"BT /F1 12 Tf 72 720 TD (Anna) Tj -0.0 .00 TD (Berg) Tj ET",
    b"BT 0 0 Td ET",
    b"BT 00 0.0\x00TD ET",
    b"BT 10 0 Td 0 -14 Td ET",
    b"BT 14 TL (Anna) Tj T* (Berg) Tj ET",
    b"BT (Anna) Tj (Berg) ' ET",
    b'BT 1 2 (Berg) " ET',
    b"BT 1 0 0 1 72 720 Tm (Anna) Tj 1 0 0 1 72 700 Tm (Berg) Tj ET",
    b"BT 1 0 0 1 72 720 Tm (Anna) Tj ET",
    b"q 1 0 0 1 0 0 cm 10.0 0 Td Q",
])
def test_the_same_answer_as_the_pattern_first(data: bytes) -> None:
    assert _may_restart(data) == _pattern_first(data)

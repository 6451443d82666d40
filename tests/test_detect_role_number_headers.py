"""A column headed by a person's role in the genitive and a bare number's word ("Långivarens nr", "Ägarens nr") holds
that person's own numbers; a thing's or a body's genitive before "nr" names no person. Fictional lenders."""

from __future__ import annotations

import pytest

from redact.detect.table_headers import header_kind
from redact.detect.table_header_words import ID


@pytest.mark.parametrize("header", ["Långivarens nr", "Ägarens nr", "Sökandens nummer", "Kundens nr",
                                    "Hyresgästens nr"])
def test_a_persons_role_in_the_genitive_before_a_bare_number_heads_identifiers(header):
    assert header_kind(header) == ID


@pytest.mark.parametrize("header", ["Ärendets nr", "Kommunens nr", "Avdelningens nr"])
def test_a_things_or_a_bodys_genitive_before_a_bare_number_heads_none(header):
    assert header_kind(header) != ID

"""The authority's letters a map or an extract comes from ("karta från LM", "utdrag ur FR") are no one's initials;
a person's initials after "från" in a message stay. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.map_sources import map_source


@pytest.mark.parametrize("text, letters, expected", [
    ("| karta från LM | O.Li | 2031-05-13", "LM", True),
    ("Kartutdraget ur FR bifogas.", "FR", True),
    ("Ortofoto från LM saknas.", "LM", True),
    ("Ett mejl från LM kom i går.", "LM", False),
    ("Kartan ritades av LM.", "LM", False),
])
def test_a_maps_source_is_no_initials(text, letters, expected):
    a = text.index(letters)
    assert map_source(text, a, a + len(letters)) is expected

"""A key's stamped number after its lock maker's name ("Abloy 7731 0552", "EVVA 52-2091-3") is masked with the maker;
the maker before a lock's profile, a count or a year stays. Fictional numbers."""

from __future__ import annotations

import pytest

from test_detect_national_ids_abroad import found


@pytest.mark.parametrize("text, value", [
    ("Hyresgästen kvitterade nyckel Abloy 7731 0552 den 3 maj.", "Abloy 7731 0552"),
    ("| bilaga 2 | nyckel till förrådet | EVVA 52-2091-3 | K.Lu. |", "EVVA 52-2091-3"),
])
def test_a_keys_number_after_its_lock_maker(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", ["Låscylinder ASSA d12, 3 st.", "Abloy 2027 års modell.", "ASSA ABLOY AB levererar."])
def test_a_profile_a_count_or_a_year_stays(text):
    assert found(text) == []

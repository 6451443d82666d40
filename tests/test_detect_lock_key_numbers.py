"""A key's stamped number after its lock maker's name ("Abloy 7731 0552", "EVVA 52-2091-3") is masked with the maker;
the maker before a lock's profile, a count or a year stays. Fictional numbers."""

from __future__ import annotations

import pytest

from test_detect_national_ids_abroad import found


@pytest.mark.parametrize("text, value", [
    ("Hyresgästen kvitterade nyckel Abloy 7731 0552 den 3 maj.", "Abloy 7731 0552"),
    ("| bilaga 2 | nyckel till förrådet | EVVA 52-2091-3 | K.Lu. |", "EVVA 52-2091-3"),
    # the key's profile between the maker and the number
    ("Nyckel\nM.H.S.\nASSA d12 5519-30\nJÖR\n", "ASSA d12 5519-30"),
    ("Hyresavtal gäller, nyckel Abloy p7 7731-05, lämnas i maj.", "Abloy p7 7731-05"),
    # a smart lock's maker before its code
    ("Nyckel\nK.As.\nGlue kod 551930\nS.R.\n", "Glue kod 551930"),
])
def test_a_keys_number_after_its_lock_maker(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", ["Låscylinder ASSA d12, 3 st.", "Abloy 2027 års modell.", "ASSA ABLOY AB levererar.",
                                  "Låscylinder ASSA d12 3 st.", "Nuki kod 120 kr i månaden."])
def test_a_profile_a_count_or_a_year_stays(text):
    assert found(text) == []

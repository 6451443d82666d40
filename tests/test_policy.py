"""Profiles: built-ins load, map categories to the documented grounds, and an authority's own file works."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.errors import InputError
from redact.policy import ground_label, list_profiles, load_profile
from redact.types import CATEGORIES

# The documented main ground of each built-in profile, whether it discloses officials in office,
# and which categories it does not mask by default.
EXPECTED = {
    "socialtjanst": ("26 kap. 1 § OSL", "26:1 OSL", True, set()),
    "halso_sjukvard": ("25 kap. 1 § OSL", "25:1 OSL", True, set()),
    "personal": ("39 kap. 3 § OSL", "39:3 OSL", False, {"ORG_NUMBER"}),
    "skola": ("23 kap. 2 § OSL", "23:2 OSL", True, set()),
    "forskola": ("23 kap. 1 § OSL", "23:1 OSL", True, set()),
    "gdpr": ("21 kap. 7 § OSL", "21:7 OSL", True, {"ORG_NUMBER"}),
    "default": ("21 kap. 7 § OSL", "21:7 OSL", True, set()),
}


def test_builtin_profiles_are_listed():
    assert set(EXPECTED) <= set(list_profiles())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_builtin_profile_grounds(name):
    ground, label, officials, disclosed = EXPECTED[name]
    p = load_profile(name)
    assert p.name == name
    assert p.default_ground == ground
    assert p.label(ground) == label
    assert p.officials_in_office is officials
    for cat in CATEGORIES:
        assert p.ground_for(cat) == ground, cat
        assert p.masks(cat) is (cat not in disclosed), cat
    assert p.masks("MANUAL")
    # Every ground the profile uses has a reasoning text for the decision letter.
    for g in set(p.grounds.values()):
        assert p.reasoning_for(g) and len(p.reasoning_for(g)) > 100, g
    for cat in disclosed:
        assert p.disclose_reason(cat)


@pytest.mark.parametrize(
    "ground, label",
    [
        ("26 kap. 1 § OSL", "26:1 OSL"),
        ("25 kap.1 § OSL", "25:1 OSL"),
        ("39 kap. 3 § 2 st. OSL", "39:3 2 st. OSL"),
        ("21 kap. 7 §", "21:7"),
        ("23 kap. 2 a § OSL", "23:2a OSL"),
        # near misses: not a chapter-and-section reference, returned as written
        ("sekretess enligt OSL", "sekretess enligt OSL"),
        ("  26:1 OSL ", "26:1 OSL"),
        ("", ""),
    ],
)
def test_ground_label(ground, label):
    assert ground_label(ground) == label


def test_unknown_profile_names_the_known_ones():
    with pytest.raises(InputError) as err:
        load_profile("socialtjänsten")
    for name in EXPECTED:
        assert name in str(err.value)


def test_own_profile_from_path(tmp_path: Path):
    path = tmp_path / "bygg.toml"
    path.write_text(
        """
name = "bygg"
title = "Bygglov"
default_ground = "21 kap. 7 § OSL"
officials_in_office = false

[grounds."21 kap. 3 § OSL"]
label = "21:3 OSL"
reasoning = "Skyddad adress."

[categories]
ADDRESS = { ground = "21 kap. 3 § OSL", mask = true }
PERSON = { mask = false, disclose = "sökande i bygglovsärende" }
PROPERTY = "21 kap. 7 § OSL"
""",
        encoding="utf-8",
    )
    p = load_profile(path)
    assert p.name == "bygg" and p.source == path
    assert p.ground_for("ADDRESS") == "21 kap. 3 § OSL" and p.label("21 kap. 3 § OSL") == "21:3 OSL"
    assert not p.masks("PERSON") and p.disclose_reason("PERSON") == "sökande i bygglovsärende"
    assert p.masks("PROPERTY")
    # Unlisted categories are masked under the default ground (fail safe).
    assert p.masks("PERSONNUMMER") and p.ground_for("PERSONNUMMER") == "21 kap. 7 § OSL"
    assert p.reasoning_for("21 kap. 3 § OSL") == "Skyddad adress."
    assert load_profile(str(path)).name == "bygg"


@pytest.mark.parametrize(
    "body, fragment",
    [
        ('name = "x"\ndefault_ground = "21 kap. 7 § OSL"\n[categories]\nPERSONUMMER = "21 kap. 7 § OSL"\n', "PERSONUMMER"),
        ('name = "x"\ndefault_ground = "21 kap. 7 § OSL"\n[categories]\nPERSON = { mask = "ja" }\n', "mask"),
        ('name = "x"\n[categories]\n', "default_ground"),
        ('name = "x"\ndefault_ground = \n', "går inte att läsa"),
        ('name = "x"\ndefault_ground = "21 kap. 7 § OSL"\nofficials_in_office = "ja"\n', "officials_in_office"),
    ],
)
def test_bad_profile_files_are_refused_with_the_reason(tmp_path: Path, body, fragment):
    path = tmp_path / "p.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_profile(path)
    assert fragment in str(err.value)


def test_missing_profile_file(tmp_path: Path):
    with pytest.raises(InputError, match="finns inte"):
        load_profile(tmp_path / "saknas.toml")

"""A designation with the organisation's land in brackets after it ("Lövnäs 4:2 (kommunens skog)") is the
organisation's and stays readable; one with only what the organisation does there in brackets ("(kommunens
odlingar)", "(föreningens sommarläger)") may be land leased from a person and is masked. Fictional text."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _properties(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PROPERTY"}


@pytest.mark.parametrize("text,designation", [
    ("Sommarjobben förläggs till del av Granbacken 3:7 (kommunens odlingar); arrendatorn Gun Ek visar arbetet.",
     "Granbacken 3:7"),
    ("Lägret hålls på Mossberga 1:12 (föreningens sommarläger) hos Lars Öberg.", "Mossberga 1:12"),
])
def test_an_organisations_activity_in_brackets_keeps_the_designation_masked(blank_detector, text, designation):
    assert designation in _properties(text, blank_detector)


@pytest.mark.parametrize("text", [
    "Stigen dras längs gränsen mot Lövnäs 4:2 (kommunens skog) och vidare norrut.",
    "Bodarna står på Tallnäs 3:4 (föreningens egen mark) sedan 1990.",
])
def test_the_organisations_land_in_brackets_stays_readable(blank_detector, text):
    assert _properties(text, blank_detector) == set()


# The owner said once after a list of designations is each one's owner; a person named as owner, before the list or
# right after the organisation, keeps theirs masked. A person named in the next sentence owns nothing of the list.
def test_a_list_of_designations_an_organisation_owns_stays_readable(blank_detector):
    text = ("Tomterna Lönnen 2:14, Lönnen 2:15 och Lönnen 2:17 ägs av kommunen. "
            "Grannen Anna Berg äger Lönnen 2:16.")
    assert _properties(text, blank_detector) == {"Lönnen 2:16"}


@pytest.mark.parametrize("text,designation", [
    ("Anna Berg äger Lönnen 2:11, och Lönnen 2:15 ägs av kommunen.", "Lönnen 2:11"),
    ("Hon äger Lönnen 2:11 och Lönnen 2:15 ägs av kommunen.", "Lönnen 2:11"),
    ("Lönnen 2:14 och Lönnen 2:15 ägs av Anna Berg.", "Lönnen 2:14"),
    ("Lönnen 2:17 ägs av kommunen och grannen Anna Berg.", "Lönnen 2:17"),
])
def test_a_persons_designation_beside_an_organisations_stays_masked(blank_detector, text, designation):
    assert designation in _properties(text, blank_detector)


def test_the_organisations_land_in_apposition_stays_readable_and_the_neighbours_masked(blank_detector):
    text = ("Grannen Eva Ek får gallra på kommunens mark, Lövnäs 4:2, närmast sin tomt Lövnäs 4:9.\n"
            "Arrendet gäller kommunens mark och Tallnäs 3:4, som Per Lind äger.")
    assert _properties(text, blank_detector) == {"Lövnäs 4:9", "Tallnäs 3:4"}


# A home named right before the designation is a household's, whoever owns the house: the owner said after it is the
# landlord, and the designation leads to the household as its address would. The organisation's own flat stays.
@pytest.mark.parametrize("text,designation", [
    ("Lägenheten på Hagalund Tallen 3:41 ägs av bolaget och är tömd.", "Hagalund Tallen 3:41"),
    ("Hon hyr bostaden i Ljungby Mården 7:3, som ägs av Ljungby Hyresbostäder AB.", "Ljungby Mården 7:3"),
])
def test_a_home_before_a_designation_an_organisation_owns_stays_masked(blank_detector, text, designation):
    assert designation in _properties(text, blank_detector)


@pytest.mark.parametrize("text", [
    "Bolagets lägenhet på Hagalund Tallen 3:41 ägs av bolaget sedan 1990.",
    "Fastigheten Hagalund Tallen 3:41 ägs av bolaget.",
])
def test_the_organisations_own_flat_or_property_stays_readable(blank_detector, text):
    assert _properties(text, blank_detector) == set()

"""A property designation typed in lower case in running text is masked: the register area is the municipality or
town the page names capitalised elsewhere ("Norrhedens kommun", "745 31 Grönvik"), or a property word stands right
before it ("arrende av", "tomten"). Ordinary lower-case words with a number ("vecka 9", "sida 3", "vara kvar 3
veckor"), a case number beside a property word ("Dnr KS 2026/55") and a sentence after "fastigheten" stay.
Fictional people and places."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Norrhedens kommun, miljö- och byggnadsförvaltningen, fastighetsenheten. Dnr BN 2026/55.
Ansökan från Per Holm, Tallstigen 4, 745 31 Grönvik.
Karin Berg frågar också om grannärendet om norrheden sparven 14; hennes make nämns i det.
Hon har även ett ärende om grönvik ekorren 3:12 sedan i fjol.
Arrendet gäller arrende av tallby rönnen 7 från och med maj.
Bygglov söks för tomten sjöby gläntan 4 av ägaren.
Vi ses vecka 9 och läser sida 3 och punkt 4 i planen.
Fastigheten har sålts 3 gånger och tomten mäter cirka 900 kvm.
Vi måste vara kvar 3 veckor i norrheden centrum 2 timmar om dagen.
Fastigheten ägs sedan 1998 av familjen.
Projektet norrheden sommar 2026 startar i juni.
"""


@pytest.fixture(scope="module")
def properties(blank_detector) -> list[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "PROPERTY"]


@pytest.mark.parametrize("designation", [
    "norrheden sparven 14",   # the area is the municipality's name, capitalised in the heading
    "grönvik ekorren 3:12",   # the area is the town of a postal address on the page
    "tallby rönnen 7",        # right after "arrende av"
    "sjöby gläntan 4",        # right after "tomten"
])
def test_lowercase_designation_masked(properties: list[str], designation: str) -> None:
    assert designation in properties, properties


@pytest.mark.parametrize("word", ["vecka", "sida", "punkt", "sålts", "mäter", "kvar", "centrum", "sedan", "sommar",
                                  "Dnr", "BN", "2026/55"])
def test_ordinary_words_with_a_number_stay(properties: list[str], word: str) -> None:
    assert not any(word in p.split() for p in properties), properties

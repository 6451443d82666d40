"""A place led by its size or quarter, one of a series of lettered buildings and a firm after its noun are no one's
name; a listed first name in the same places stays a person's. Fictional text."""

from __future__ import annotations

import pytest

from redact.types import Finding


UNITS = "\n".join(["Evakuering", "Hyresgäst", "Moa Lind", "Paviljong D", "Elis Ahl", "Paviljong F",
                   "Sixten Berg", "Lillstugan 4", ""])


@pytest.mark.parametrize("text, part", [
    ("Plats\nRingmärkare\nStora Bjurö\nTove Alm\nLilla Kölen\nIvar Sten\n", "Stora Bjurö"),
    ("Plats\nRingmärkare\nStora Bjurö\nTove Alm\nLilla Kölen\nIvar Sten\n", "Lilla Kölen"),
    (UNITS, "Paviljong F"),
    ("Skulden har lämnats till inkassobolaget Kravia Nord.\nHennes ärende hos bolaget Kravia gäller hyran.\n",
     "Kravia"),
])
def test_a_place_a_lettered_building_or_a_firm_is_no_persons_name(text, part):
    from redact.detect.no_person_spans import word_part_or_case_label

    at = text.rindex(part) if part == "Kravia" else text.index(part)
    f = Finding(id="p1-0", page=1, start=at, end=at + len(part), text=part, category="PERSON", score=0.85,
                detector="names", reason="ner: ner:PER")
    assert word_part_or_case_label(f, text)


@pytest.mark.parametrize("text, part", [
    ("Plats\nLilla Anna\nKölen\n", "Lilla Anna"),  # a listed first name after the lead
    # in a sentence the place is left to the address rules that read the home's sentence around it
    ("Hon är skriven på Backen, Övre Bjurö men tar emot post i Box 8.\n", "Övre Bjurö"),
    ("Paviljong B\nTorsten Ekberg\n", "Paviljong B"),  # one lettered building alone: no series
    ("Ärendet sköts av Anna B och Anna C.\n", "Anna C"),  # two persons by the surname's letter
    ("Klagomålet gäller bolaget Anna.\n", "Anna"),  # a listed name after the firm's noun stays
])
def test_a_listed_name_or_a_lone_lettered_word_stays(text, part):
    from redact.detect.lettered_places import names_place_unit_or_firm

    assert not names_place_unit_or_firm(part, text, text.index(part))

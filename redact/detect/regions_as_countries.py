"""Regions that stand where a country stands after a home's places: the land its people name as their own
("..., Hargeisa, Somaliland", "..., Erbil, Kurdistan", "..., Prishtina, Kosovo", "..., Kyrenia, Nordcypern").

An address abroad keeps its country inside the mark, as it keeps the town; a rule that reads a home from its places
and leaves a country it cannot tell from a place of the sentence still keeps these, which are no sentence's word.
"""

from __future__ import annotations

import re

_REGION_AS_COUNTRY = re.compile(
    r"(?:Somaliland|Puntland|Jubaland|Kurdistan|Kurdistanregionen|Rojava|Tigray|Kosovo|Kosova|Nordcypern|"
    r"Northern[ \t]Cyprus|Västsahara|Western[ \t]Sahara|Abchazien|Abkhazia|Sydossetien|South[ \t]Ossetia|"
    r"Transnistrien|Transnistria|Nagorno-Karabach|Nagorno-Karabakh|Artsakh|Gaza|Västbanken|West[ \t]Bank|Zanzibar)")


def region_as_country(part: str) -> bool:
    """True for a part that is a region standing in a country's place ("Somaliland", "Kurdistan")."""
    return _REGION_AS_COUNTRY.fullmatch(" ".join(part.split())) is not None

"""The source a map or a register's extract is ordered from, by its letters: "karta från LM", "utdrag ur FR".

A court's or a board's list of actions names where a map or an extract is to be had by the authority's short letters
(Lantmäteriet's "LM", the real-estate register's "FR"); the learned tagger reads the two capitals for a person's
initials. A map, an extract or an aerial photo comes from an authority or a register, not from a person.
"""

from __future__ import annotations

import re

# the map's or the extract's noun (definite, plural or a compound: "kartutdraget", "registerutdrag"), then "från",
# "ur" or "hos" right before the letters
_SOURCE_BEFORE = re.compile(r"(?i:(?<![\w-])[a-zåäö]*(?:karta|kartan|kartor|kartorna|utdrag|utdraget|utdragen|"
                            r"ortofoto|flygfoto|flygbild|flygbilder)[ \t]+(?:från|ur|hos))[ \t]+$")
_LETTERS = re.compile(r"[A-ZÅÄÖ]{2,5}")


def map_source(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` is an authority's letters a map or an extract comes from (see the module's docstring)."""
    return _LETTERS.fullmatch(text[a:b].strip()) is not None and _SOURCE_BEFORE.search(
        text, max(0, a - 40), a) is not None

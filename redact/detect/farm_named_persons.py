"""A person named with the farm or village he lives on after "i", the old way of telling namesakes apart ("Anders
Jonsson i Myra", "Brita Olsdotter i Västra Lund"): written alone on its line, as a table reads a cell, the whole
line is the person's name.

In running text "i" and a capitalised word after a name are mostly where the person is ("Eva Ek i Umeå
beslutade"); a cell holds a name and nothing else, so the place after "i" there says whose name it is.
"""

from __future__ import annotations

import re

from redact.detect.name_words import NameHit

# " i " and one or two capitalised words up to the end of the line ("i Myra", "i Västra Lund", "i Öje-Backen")
_FARM_AFTER = re.compile(r"[ \t]+i[ \t]+[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ]?[a-zåäöé]+)?"
                         r"(?:[ \t]+[A-ZÅÄÖÉ][a-zåäöé]+)?[ \t]*(?=\n|$)")
# a name of two or three capitalised words (a given name and a surname at least) opening its line
_WHOLE_NAME = re.compile(r"[A-ZÅÄÖÉ][\w'-]+(?:[ \t]+[A-ZÅÄÖÉ][\w'-]+){1,2}")


def with_farm_after(hits: list[NameHit], text: str) -> list[NameHit]:
    """Each name hit that opens its line and is followed by "i" and a farm's name ending the line, widened over them."""
    out = []
    for h in hits:
        line_start = text.rfind("\n", 0, h.start_char) + 1
        farm = _FARM_AFTER.match(text, h.end_char)
        if (farm is None or text[line_start:h.start_char].strip()
                or not _WHOLE_NAME.fullmatch(text, h.start_char, h.end_char)):
            out.append(h)
            continue
        end = farm.end() - (len(farm.group()) - len(farm.group().rstrip()))
        out.append(NameHit(h.start_char, end, h.score, h.detector, h.reason + "; gård efter i"))
    return out

"""Homes on the numbered street grid of Guatemala's towns, where the streets ("calles") and avenues ("avenidas") are
numbered by their ordinals, the house by the crossing street and its number on the block, and the town is divided into
numbered zones: "3a Calle 8-15 Zona 1, Quetzaltenango", "5a Avenida 12-47 Zona 10, 01010 Guatemala", "13 Calle 3-40,
zona 10, Mixco", "Avenida Las Américas 9-50 Zona 13".

The street's ordinal ("3a", "5ª", "13") before its kind, the house's plate of two numbers joined by a dash ("8-15") and
the zone after it say it is a home: a street's ordinal or a zone is needed, a plate alone after a street word may be a
score. The flat or house after it, the town, its five-digit postal code and the country after commas belong to the same
address; a word of a Swedish sentence after a comma is none of them. A rule of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_WORD = r"[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+"
_NAME = rf"{_WORD}(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?{_WORD}){{0,3}}"
# the street's kind ("Calle", "Avenida", "Av.", "Calzada", "Diagonal", "Vía", "Ruta", "Bulevar")
_KIND = (r"(?:Calle|Avenida|Av\.|Avda\.|Calzada|Calz\.|Diagonal|Diag\.|Vía|Via|Ruta|Bulevar|Boulevard|Blvd\.|"
         r"Callejón|Pasaje)")
# the street's ordinal before its kind ("3a", "5ª", "1a.", "13"), or its number or name after it ("Diagonal 6",
# "Avenida Las Américas")
_ORDINAL = r"\d{1,2}(?:a|ª|o|º)?\.?"
# the house's plate: the crossing street's number and the house's on the block ("8-15", "12-47", "0-60", "3-40A")
_PLATE = r"\d{1,3}[A-Z]?[ \t]?-[ \t]?\d{1,3}[A-Z]?"
_ZONE = r"(?i:zona)[ \t]+\d{1,2}(?![\w-])"
_SEP = r"[ \t]*,[ \t]*\n?[ \t]*"
# the flat or house ("apto. 3", "casa 12", "oficina 4")
_UNIT = r"(?i:apto\.?|apartamento|casa|oficina|of\.|local|nivel|piso)[ \t]*\#?[ \t]*[A-Z]?-?\d{1,4}[A-Za-z]?(?![\w-])"
# the town, with or before its five-digit postal code ("Quetzaltenango", "01010 Guatemala", "Guatemala 01010")
_PLACE = rf"(?:\d{{5}}[ \t]+{_NAME}|{_NAME}(?:[ \t]+\d{{5}})?)(?![\w-])"
ZONE_GRID = compile_rule(
    rf"""
    (?<![\w.-])
    (?:
        (?P<ordinal>{_ORDINAL})[ \t]+{_KIND}
        |
        {_KIND}[ \t]+(?:\d{{1,2}}(?:a|ª)?|{_NAME})
    )
    [ \t]+(?:(?i:no\.)[ \t]*)?{_PLATE}(?![\w-])
    (?P<zone>,?[ \t]*(?:\n[ \t]*)?{_ZONE})?
    (?:{_SEP}{_UNIT})?
    (?P<places>(?:(?:{_SEP}|[ \t]*\n[ \t]*(?=\d{{5}}))(?:{_PLACE})){{0,3}})
    """
)
# every match holds a plate of two numbers joined by a dash after a street's kind and its ordinal, number or name
ZONE_GRID_GATE = rule_regex(r"(?:Calle|Avenida|Av\.|Avda\.|Calzada|Calz\.|Diagonal|Diag\.|Vía|Via|Ruta|Bulevar|"
                            r"Boulevard|Blvd\.|Callejón|Pasaje)[ \t][^\n]{0,40}?\d[A-Z]?[ \t]?-[ \t]?\d")


def _places_end(m: re.Match[str]) -> int:
    """The end of the address: its places, up to one that is a Swedish sentence's word or a country's lone name."""
    end = m.start("places")
    for part in re.finditer(r"(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*)([^,\n]+)", m.group("places")):
        if part.group(1).split()[0].lower() in ctx.NOT_A_NAME:
            break
        end = m.start("places") + part.end()
    return end


def check_zone_grid(text: str, m: re.Match[str]) -> Verdict | None:
    """A street by its ordinal or with a zone, the house's plate, the unit and the town, taken whole."""
    if not (m.group("ordinal") or m.group("zone")):
        return None  # a street word and two numbers with a dash: a score, a time, a span of pages
    return Verdict(m.start(), _places_end(m), "Central American grid address abroad (street, plate, zone)", 0.85)


RULES = (
    Rule("zone_grid_abroad", ZONE_GRID, score=0.85, check=check_zone_grid, gate=ZONE_GRID_GATE),
)

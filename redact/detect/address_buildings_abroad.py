"""Homes in Spanish America in a named tower or building on a street with no house number, as Venezuela, Colombia and
Panama write them: "Av. Francisco de Miranda, Torre Este, piso 4, apto. 4-B, Chacao, Caracas 1060", "Calle 50,
Edificio Sol, piso 12, apto. 12-C, Ciudad de Panamá".

The building's word and name ("Torre", "Edificio", "Residencias", "Conjunto", "Quinta"), the floor ("piso 4") and the
flat ("apto. 4-B") say it is a home; the avenue or street before it and the district, the town and the postal code
after it are the same address. So too a house in a named estate, as Central America writes the home where the
estate's streets have no names: the estate's word and name and the house's code ("Residencial Las Colinas, Casa C-7,
Managua"). Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_CAP = r"[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü'’-]*\.?"
_NAME = rf"{_CAP}(?:[ \t]+(?:de|del|la|las|los|el|y|\d{{1,3}}|{_CAP})){{0,4}}"
_STREET = r"(?:Av\.|Avda\.|Avenida|Calle|Cl\.|Carrera|Cra\.|Kr\.|Transversal|Tv\.|Boulevard|Bulevar|Blvd\.|Vía|Via)"
_BUILDING = r"(?:Torre|Edificio|Edif\.|Residencias|Res\.|Residencial|Conjunto|Quinta|Bloque|Urbanización|Urb\.)"
# an estate of houses, as Nicaragua, Honduras and El Salvador name the home by it and the house's code in it
# ("Residencial Las Colinas, Casa C-7, Managua", "Reparto San Juan, casa 402", "Colonia Kennedy, casa 12")
_ESTATE = r"(?:Residencial|Res\.|Reparto|Rpto\.|Colonia|Col\.|Urbanización|Urb\.|Condominio|Lotificación)"
# the house's number or code in the estate ("Casa B-14", "casa 402", "Casa No. 15", "casa #15", "casa 14B")
_HOUSE = (r"(?i:casa)[ \t]*(?:(?i:no\.)[ \t]*|\#[ \t]*)?(?:[A-Z][ \t]?-?[ \t]?)?\d{1,4}(?:-?[A-Z])?(?![\w-])")
# the estate's block, sector, stage or path before the house ("bloque 3", "sector B", "senda 4", "etapa 2")
_BLOCK = r"(?i:bloque|bloq\.|sector|etapa|senda|pasaje|polígono|manzana|mz\.)[ \t]*(?:[A-Z]|\d{1,3}[A-Z]?)(?![\w-])"
_SEP = r"[ \t]*,[ \t]*\n?[ \t]*"
BUILDING_HOME = compile_rule(
    rf"""
    (?<![\w-])
    (?:
        (?:{_STREET}[ \t]+{_NAME}{_SEP})?
        {_BUILDING}[ \t]+{_NAME}
        (?:{_SEP}(?i:piso|planta|nivel)[ \t]*\d{{1,2}})?
        {_SEP}(?i:apto\.?|apartamento|apt\.?|dpto\.?|depto\.?)[ \t]*(?:no\.[ \t]*)?\d{{1,4}}(?:-?[A-Z])?(?:-\d{{1,3}})?(?![\w])
    |
        {_ESTATE}[ \t]+{_NAME}(?:{_SEP}{_BLOCK})?{_SEP}{_HOUSE}
    )
    # the district, the town and its postal code ("Chacao, Caracas 1060", "Bogotá D.C.")
    (?:{_SEP}[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü'’-]+(?:[ \t]+(?:de|del|la|[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü'’-]+)){{0,2}}
       (?:[ \t]+\d{{4,6}})?(?=[ \t]*(?:[.;)]|\n|$|,))){{0,2}}
    """
)


def check_building_home(text: str, m: re.Match[str]) -> Verdict | None:
    """The street, the building, its floor and flat (or the estate and its house), the district and the town, whole."""
    return Verdict(m.start(), m.end(), "home abroad in a named building with its floor and flat")


# every match holds a flat's or a house's word after a comma
_GATE = rule_regex(r"(?i),[ \t]*(?:apto|apartamento|apt|dpto|depto|casa)")
RULES = (
    Rule("building_home_abroad", BUILDING_HOME, score=0.75, context_score=0.85, check=check_building_home, gate=_GATE),
)

"""A Mexican address, whole: the street and its number, the inner number or flat ("int. 5", "depto. 8"), the colonia
named by its word ("Col. Roma Norte", "Fracc. Las Fuentes"), the postal code of five digits with its town, then the
state by its abbreviation or its name and the country ("Av. Vallarta 1520, depto. 8, Col. Americana, 44160
Guadalajara, Jal.", "Calle Durango 244, int. 5, Col. Roma Norte\\n06700 CDMX, México").

The colonia's word is what Mexico alone writes in an address, so with it a street, a number and a postal code after
make the address wherever it stands, a letter's window too (the colonia ends its line, the postal code opens the
next). A rule of ``redact.detect.address`` (by ``address_regions``).
"""

from __future__ import annotations

import re

from redact.detect.address_countries import COUNTRY
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_CAP = r"[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü'’-]*\.?"
_PARTICLE = r"(?:de|del|la|las|los|el|y)"
_NAME = rf"{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*(?:{_CAP}|\d{{1,3}}(?=[ \t]+[A-Z])))*"
# the street by its word, or a name alone before its number ("Insurgentes Sur 1602")
_STREET = (r"(?:(?:Calle|C\.|Av\.|Avenida|Avda\.|Blvd\.|Boulevard|Bulevar|Calz\.|Calzada|Prol\.|Prolongación|Privada|"
           r"Priv\.|Cerrada|Cda\.|Andador|Circuito|Cto\.|Paseo|Retorno|Callejón|Carretera|Camino)[ \t]+)?")
_NUMBER = r"(?:(?:No\.?|Núm\.|\#)[ \t]?)?\d{1,5}(?:[ \t]?[A-Z](?![\w]))?|S/N"
# the inner number, flat, floor, shop, block or lot after the house's
_INNER = (r"(?i:int\.?|interior|depto\.?|dpto\.?|departamento|piso|local|edif\.?|edificio|mz\.?|manzana|lt\.?|lote|"
          r"casa)[ \t]*(?:\d{1,4}[A-Za-z]?|[A-Z](?![\w]))")
# the colonia, a subdivision or a quarter by its word
_COLONIA = r"(?:Col\.|Colonia|Fracc\.|Fraccionamiento|Barrio|Bo\.|Unidad|U\.H\.|Residencial)"
_SEP = r"(?:,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*)"
# (the town's words without a stop: a stop after it is the sentence's)
_WORD = r"[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü'’-]*"
_TOWN = rf"(?:CDMX|D\.F\.|{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_WORD}){{0,3}})"
# the state by its abbreviation with its stop ("Jal.", "N.L.", "Edo. Méx.", "Q. Roo") or its name
_STATE = (r"(?:[A-Z][a-zé]{0,4}\.(?:[ \t]?[A-Z][a-zé]{0,4}\.?)?|[A-Z]\.[ \t]?[A-Z]\.|"
          rf"{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP}){{0,2}})")
MEXICAN = compile_rule(
    rf"""
    (?<![\w.-])
    (?P<street>{_STREET}{_NAME})[ \t]+(?:{_NUMBER})(?![\w-])
    (?:,[ \t]*\n?[ \t]*{_INNER}){{0,2}}
    {_SEP}{_COLONIA}[ \t]+{_NAME}
    (?P<post>(?:{_SEP}|[ \t]+)(?:C\.[ \t]?P\.[ \t]?)?\d{{5}}(?![\w-])(?:,?[ \t]+{_TOWN})?)
    (?P<state>,[ \t]*{_STATE})?
    (?:,[ \t]*(?:{COUNTRY})(?![\w-]))?
    """
)
# every match holds a colonia's word then a postal code of five digits
GATE = rule_regex(rf"{_COLONIA}[ \t][^\n]{{0,60}}\n?[^\n]{{0,12}}\d{{5}}")


def check_mexican(text: str, m: re.Match[str]) -> Verdict | None:
    """The Mexican address from its street to its state and country, taken whole."""
    return Verdict(m.start(), m.end(), "Mexican address with its colonia and postal code", 0.85)


#: the rule, for ``address_regions``
RULES: tuple[Rule, ...] = (
    Rule("mexican_colonia", MEXICAN, score=0.85, check=check_mexican, gate=GATE),
)

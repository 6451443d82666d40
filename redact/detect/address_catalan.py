"""A street address in Catalonia, Valencia or the Balearics, as the Catalan of a letter writes it: the street by its
Catalan or Spanish word, its number, the floor and the door by their Catalan ordinals ("3r 2a", "1r 1a", "4t",
"baixos", "àtic", "pral."), and the postal code and town after a comma or on the window's next line
("C/ de Sants 88, 2n 1a" / "08014 Barcelona").

The Spanish rule (``address_iberian``) knows the Spanish floor ("3º 2ª") and a comma before the postal code; the
Catalan ordinals, and a postal line with no comma before it, left the address in pieces.
"""

from __future__ import annotations

import re

from redact.detect.address_iberian import _CITY, _ES_FLOOR, _NAME, _SEP
from redact.detect.patterns import Verdict, compile_rule, rule_regex

# (a letter writes the abbreviations in small letters as often: "c/ de la Riera", "pl. Major"; "c/o" is care of)
_CA_STREET = (r"(?:(?i:c/(?!o\b)|av\.|avgda\.|avda\.|pg\.|pl\.|rbla\.|rda\.|trav\.|ctra\.|bda\.)|Carrer|Calle|Avinguda|"
              r"Passeig|Plaça|Rambla|Ronda|Travessera|Carretera|Camí|Via|Gran[ \t]+Via|Baixada)")
# the floor and the door by their Catalan ordinals ("3r 2a", "1r-1a", "4t"), or by words ("baixos", "àtic 2a", "pral.")
_CA_FLOOR = (r"(?:\d{1,2}(?:r|n|t|è|er|º|ª|o)(?:[ \t-]?\d{1,2}(?:a|ª|º))?(?![\w-])"
             r"|(?i:baixos|bxs\.?|àtic|atic|sobreàtic|entresòl|entl\.?|principal|pral\.?)(?:[ \t-]?\d{1,2}(?:a|ª))?"
             r"(?![\w-])"
             # the floor, the door, the stair and the block by their words ("pis 3r", "porta 2", "escala B", "bloc 4")
             r"|(?i:pis|planta|porta|escala|esc\.|bloc)[ \t]+(?:\d{1,2}(?:r|n|t|è|a|ª|º)?|[A-Z])(?![\w-])"
             rf"|{_ES_FLOOR})")
CATALAN = compile_rule(
    rf"""
    (?<![\w.-])
    {_CA_STREET}[ \t]*{_NAME}
    ,?[ \t]+(?:n[º°o]\.?[ \t]*)?\d{{1,4}}[A-Za-z]?(?![\w-])
    (?:(?:{_SEP}|[ \t]+){_CA_FLOOR}){{0,3}}
    (?:{_SEP}|[ \t]*\n[ \t]*)(?:[A-Z]{{1,2}}-)?\d{{5}}[ \t]+{_CITY}
    """
)
GATE = rule_regex(r"\d{5}[ \t]+[^\W\d_]")

# The street, its number and the floor or the door with no postal line: a register's street cell beside the postal
# cell ("c/ de la Riera, 27, pis 3r, porta 2"); the floor's or the door's words say it is a home
CATALAN_STREET = compile_rule(
    rf"""
    (?<![\w.-])
    {_CA_STREET}[ \t]*{_NAME}
    ,?[ \t]+(?:n[º°o]\.?[ \t]*)?\d{{1,4}}[A-Za-z]?(?![\w-])
    (?:(?:{_SEP}|[ \t]+){_CA_FLOOR}){{1,3}}
    """
)
STREET_GATE = rule_regex(r"(?i)(?:pis|porta|escala|esc\.|bloc|planta|baixos|àtic|atic|pral|principal|entresòl|\d(?:r|n|t|è)\b)")


def check_catalan(text: str, m: re.Match[str]) -> Verdict | None:
    """The street, number, floor and door and the postal line, taken whole."""
    return Verdict(m.start(), m.end(), "street address abroad in Catalonia's shape", 0.85)


def check_catalan_street(text: str, m: re.Match[str]) -> Verdict | None:
    """The street, number, floor and door, taken whole."""
    return Verdict(m.start(), m.end(), "street address abroad in Catalonia's shape, with its floor or door", 0.85)

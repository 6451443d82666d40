"""A post box abroad by its short Portuguese or Spanish form on a line or in a cell of its own, with its town and its
country: "CP 412 Praia, Cabo Verde" (caixa postal), "C.P. 2210 Luanda, Angola", "Cx. Postal 88 Maputo, Moçambique",
"Apdo. 1450 San José, Costa Rica" (apartado), as a window's or a table's last line under the street's.

``address_abroad.PO_BOX`` reads the words written out ("Caixa Postal", "Apartado"), ``address_quarter_lots`` the
French "BP"; the short "CP" is a postal code's short form too, so here the box counts only where it opens its line or
cell and the country ends it. A rule of ``redact.detect.address`` (via ``address_regions``).
"""

from __future__ import annotations

import re

from redact.detect.address_countries import ANY_COUNTRY
from redact.detect.patterns import Rule, Verdict, compile_rule

_CAPW = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_PARTICLE = r"(?:de|da|do|dos|das|del|la|el|los|las)"
_BOX = r"(?:CP|C\.[ \t]?P\.|Cx\.?[ \t]Postal|Apdo\.?|Apto\.?[ \t]Postal|Apartado[ \t]Postal)"
BOX_LINE = compile_rule(
    rf"""
    (?:(?<=\n)|(?<=\A)|(?<=\|[ ])|(?<=\t))[ \t]*
    {_BOX}[ \t]*\d{{1,6}}(?:-\d{{3,5}})?,?[ \t]+
    {_CAPW}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAPW}){{0,2}}
    ,[ \t]*(?:{ANY_COUNTRY})
    (?=[ \t]*(?:[.;)|]|\n|$))
    """
)
NEEDS = ("cp ", "c.p", "c. p", "cx", "apdo", "apto", "apartado")


def check_box_line(text: str, m: re.Match[str]) -> Verdict | None:
    """The box, its town and its country, the spaces before the box left out."""
    start = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))
    return Verdict(start, m.end(), "post box abroad with its town and country on a line of its own", 0.8)


RULES: tuple[Rule, ...] = (
    Rule("box_line_abroad", BOX_LINE, score=0.8, check=check_box_line, needs=NEEDS),
)

"""A home in the shape of francophone Central and West Africa: the quarter, the street by its number, the lot, then
the post box and the town ("Quartier Louis II, rue 14, lot 52" / "BP 2210 Port-Gentil, Gabon").

Libreville, Brazzaville, Yaoundé or N'Djamena name a home by its quarter ("Quartier", "Q."; Dakar and Ouagadougou by
its "Cité" or "Secteur"), a street often known by its number ("rue 14", "rue PL 36"), the lot, the plot or the villa
("lot 52", "parcelle 7", "porte 3", "villa 27"), and take the post at a box
("BP 2210", "B.P. 2210") with the town and the country after it. The quarter with a numbered street or lot after it
is a home, as is the box with its town; on a letter's two lines they are one address. Rules of
``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.address_countries import ANY_COUNTRY
from redact.detect.patterns import Verdict, compile_rule

_CAPW = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_PARTICLE = r"(?:de|du|des|la|le|l['’]|d['’])"
# the quarter's name: capitalised words, a particle between, a Roman or plain number after ("Louis II", "Akébé 3")
_NAME = rf"{_CAPW}(?:[ \t]+(?:{_PARTICLE}[ \t]*)?{_CAPW})*(?:[ \t]+(?:[IVX]{{1,4}}|\d{{1,3}}))?"
_SEP = r",[ \t]*\n?[ \t]*"
# a street by its number, its quarter's letters perhaps before it ("rue 14", "rue PL 36"), or by its name
_STREET = (rf"(?i:rue|avenue|av\.|boulevard|bd\.?)[ \t]+(?:(?:[A-Z]{{1,3}}[ \t]?)?\d{{1,4}}[A-Za-z]?(?![\w-])"
           rf"|(?:{_PARTICLE}[ \t]*)?{_CAPW}(?:[ \t]+(?:{_PARTICLE}[ \t]*)?{_CAPW}){{0,2}})")
# the lot, the plot, the door or the house by its number
_LOT = r"(?i:lot|parcelle|porte|maison|villa|carré)[ \t]+(?:n[º°o]\.?[ \t]*)?\d{1,5}[A-Za-z]?(?![\w-])"
# the post box with its town, the country after it perhaps
_BOX = (rf"(?:BP|B\.[ \t]?P\.)[ \t]+\d{{1,6}}(?:[ \t]*,)?[ \t]+{_CAPW}(?:[ \t-]+{_CAPW}){{0,2}}"
        rf"(?:{_SEP}(?:{ANY_COUNTRY})(?![\w-]))?")
# the town after a comma on the same line, its country after it perhaps ("..., lot 52, Port-Gentil, Gabon")
_TOWN_AFTER = rf",[ \t]*{_CAPW}(?:[ \t-]+{_CAPW}){{0,2}}(?:,[ \t]*(?:{ANY_COUNTRY})(?![\w-]))?"
# the quarter's word: "Quartier", its short "Q.", and the "cité" or "secteur" Dakar, Ouagadougou or Bamako name a
# housing estate or a district by ("Cité Keur Gorgui, villa 27", "Secteur 15, lot 204")
_QUARTER = r"(?i:quartier|cité|secteur)|Q\."
QUARTER_LOT = compile_rule(
    rf"""
    (?<![\w.-])
    (?:(?:{_QUARTER})[ \t]+{_NAME}
       (?:{_SEP}{_STREET})?(?:{_SEP}{_LOT}){{1,2}}
       # the box and its town, after a comma or on the next line, or the town alone on the same line
       (?:(?:{_SEP}|[ \t]*\n[ \t]*){_BOX}|{_TOWN_AFTER})?
     |(?:{_QUARTER})[ \t]+{_NAME}{_SEP}(?i:rue|avenue|av\.|boulevard|bd\.?)[ \t]+(?:[A-Z]{{1,3}}[ \t]?)?\d{{1,4}}
       [A-Za-z]?(?![\w-])(?:(?:{_SEP}|[ \t]*\n[ \t]*){_BOX}|{_TOWN_AFTER})?
     # the box alone opens its line or cell, or follows a comma ("BP 2000 Turbo" in a sentence is a product's)
     |(?:(?<=\n)|(?<=\A)|(?<=,[ ])|(?<=\|[ ])|(?<=\t)){_BOX})
    # a place ends the clause, or a line
    (?=[ \t]*(?:[.,;:)|]|\n|$))
    """
)
NEEDS = ("quartier", "cité", "secteur", "q.", "bp ", "b.p", "b. p")


def check_quarter_lot(text: str, m: re.Match[str]) -> Verdict | None:
    """The quarter with its numbered street or lot, or a post box with its town, taken whole."""
    return Verdict(m.start(), m.end(), "home in a francophone African quarter, lot or post box", 0.8)

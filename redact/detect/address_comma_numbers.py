"""A home in Portugal, Brazil or Spain written with its house number between commas and no postal code: "Travessa do
Carmo, 8, Coimbra", "Rua das Flores, 123, apto 4, Centro, Curitiba", "Largo do Chafariz, 12, 2.º Esq., Setúbal",
"Calle Mayor, 15, 3º B, Salamanca".

The street by its word in those languages ("Rua", "Travessa", "Largo", "Beco", "Praceta", "Calçada", "Calle",
"Plaza"...), its name, the number alone between commas, the floor or flat maybe, and the neighbourhood and town after
it say it is a home. The Brazilian and Spanish rules of ``address_iberian`` need a state's letters or a postal code;
a letter that names a former home abroad often writes none. The places end at the clause's end: a word of a sentence
(Swedish or the letter's own, lowercase) or a country's lone name after a comma is none of them. A rule of
``redact.detect.address`` (via ``address_regions``).
"""

from __future__ import annotations

import re

from redact.detect.address_countries import COUNTRY
from redact.detect.address_iberian import _BR_COMPLEMENT, _BR_SEP, _CAPW, _CITY, _ES_FLOOR, _PARTICLE, _SEP
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# the street's word, Portuguese (Portugal's and Brazil's) and Spanish, whole or abbreviated
_KIND = (r"(?:Rua|R\.|Travessa|Tv\.|Trav\.|Largo|Lgo\.|Beco|Praceta|Pct\.|Praça|Pç\.|Calçada|Cç\.|Estrada|Azinhaga|"
         r"Alameda|Avenida|Av\.|Avda\.|Ladeira|Rossio|Escadinhas|Caminho|Servidão|"
         r"Calle|C/|Plaza|Pza\.|Paseo|Pº|Camino|Travesía|Callejón|Ronda|Glorieta|Pasaje)")
# the street's name: a date's street too ("Rua 25 de Abril", "Avenida 5 de Outubro")
_STREET_NAME = (rf"(?:\d{{1,2}}[ \t]+de[ \t]+)?(?:{_PARTICLE}[ \t]+){{0,2}}{_CAPW}"
                rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_CAPW}){{0,3}}")
_NUMBER = r"(?:n\.?[º°o]\.?[ \t]*)?\d{1,5}[A-Za-z]?(?![\w-])"
# a place ends its part: a comma, a stop, a line's end
_PLACE = rf"(?:\d{{4}}-\d{{3}}[ \t]+)?{_CITY}(?=[ \t]*(?:[,.;)]|\n|$))"
COMMA_NUMBER_HOME = compile_rule(
    rf"""
    (?<![\w.-])
    {_KIND}[ \t]*(?<=[ \t/]){_STREET_NAME}
    ,[ \t]*{_NUMBER}                                 # the number alone between commas
    (?:{_BR_SEP}(?:{_BR_COMPLEMENT}|{_ES_FLOOR})){{0,2}}
    (?P<places>(?:{_SEP}{_PLACE}){{1,3}})
    """
)
COMMA_NUMBER_GATE = rule_regex(r",[ \t]*(?:n\.?[º°o]\.?[ \t]*)?\d{1,5}[A-Za-z]?,")
_COUNTRY_ALONE = re.compile(rf"(?:{COUNTRY})$")


def check_comma_number_home(text: str, m: re.Match[str]) -> Verdict | None:
    """The street, its number between commas, the flat and the places up to the clause's end, taken whole."""
    from redact.detect import context as ctx

    end = m.start("places")
    for part in re.finditer(rf"{_SEP}([^,\n]+)", m.group("places")):
        place = part.group(1).strip()
        if place.split()[0].lower() in ctx.NOT_A_NAME or _COUNTRY_ALONE.match(place):
            break
        end = m.start("places") + part.end()
    if end == m.start("places"):
        return None  # no town after the number: a count or a paragraph's number in a sentence
    end -= text[m.start():end].endswith(".")  # the sentence's stop after the town
    return Verdict(m.start(), end, "street address abroad with its number between commas", 0.85)


RULES: tuple[Rule, ...] = (
    Rule("comma_number_home_abroad", COMMA_NUMBER_HOME, score=0.85, check=check_comma_number_home,
         gate=COMMA_NUMBER_GATE),
)

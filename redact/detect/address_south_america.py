"""Addresses in the shapes of Brazil and Argentina.

* Brazil writes the house number after a comma ("Rua XV de Novembro, 345"), then the complement ("apto 52",
  "casa 2", "bloco B"), the neighbourhood, the city with its state's two letters ("Curitiba - PR", "Recife/PE")
  and the CEP of five and three digits ("80020-310", "CEP 01310-200"), in that order or the CEP before the city.
* Argentina's postal code is a letter, four digits and three letters (CPA: "C1043AAZ"), or the letter and four
  digits ("X5000"), before the town; the floor and flat after the street ("Piso 5, Depto. B").

A Brazilian address needs its state's letters or its CEP, an Argentine one its CPA, so a Swedish list of a name,
a number and a town never matches. Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_

_SEP = r",[ \t]*\n?[ \t]*"
_CAPW = r"[^\W\d_a-zß-ÿ][^\W\d_]*\.?(?:-[^\W\d_]+)*"
_PARTICLE = r"(?:de|da|do|das|dos|e|del|la|las|los|y)"
_NAME = rf"{_CAPW}(?:[ \t]+(?:{_CAPW}|{_PARTICLE}|\d{{1,2}}))*?"
# the street's word: Portuguese and Spanish, whole or abbreviated
_BR_STREET = (r"(?:Rua|R\.|Avenida|Av\.|Avda\.|Travessa|Tv\.|Alameda|Al\.|Praça|Pç\.|Estrada|Estr\.|Rodovia|Rod\.|"
              r"Largo|Ladeira|Beco|Vila|Servidão|Quadra|Qd\.|SQN|SQS|SHIS|SHIN|SCLN|SCLS)")
_BR_NUMBER = r"(?:n[º°o]\.?[ \t]*)?(?:\d{1,5}[A-Za-z]?|s/n|S/N)(?![\w-])"
_BR_COMPLEMENT = (r"(?i:apto\.?|apt\.?|ap\.?|apartamento|casa|bloco|bl\.?|sala|conj\.?|conjunto|lote|lt\.?|"
                  r"quadra|qd\.?|andar|fundos|térreo)[ \t]*(?:\d{1,4}[A-Za-z]?|[A-Z])?(?:[ \t]+(?i:bloco|bl\.?)[ \t]*[A-Z\d]{1,3})?")
_UF = (r"(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)(?![\w-])")
_CEP = r"(?:CEP:?[ \t]*)?\d{5}-?\d{3}(?![\w-])"
_CITY = rf"{_CAPW}(?:[ \t]+(?:{_CAPW}|{_PARTICLE})){{0,3}}"
BRAZILIAN = compile_(
    rf"""
    (?<![\w.-])
    {_BR_STREET}[ \t]+{_NAME}
    (?:{_SEP}|[ \t]+){_BR_NUMBER}
    (?:(?:{_SEP}|[ \t]*[-–][ \t]*){_BR_COMPLEMENT}){{0,2}}
    (?:{_SEP}{_CITY}){{0,2}}?                                     # the neighbourhood (bairro)
    (?:{_SEP}(?:{_CEP}[ \t]+)?{_CITY}[ \t]*[-–/][ \t]*{_UF}(?:{_SEP}{_CEP})?    # the city and state, the CEP
      |{_SEP}{_CEP}[ \t]+{_CITY}(?:[ \t]*[-–/][ \t]*{_UF})?
      |{_SEP}{_CITY}{_SEP}{_CEP})
    """
)
BRAZILIAN_GATE = re.compile(rf"[-–/][ \t]*{_UF}|\d{{5}}-\d{{3}}")


def check_brazilian(text: str, m: re.Match[str]) -> Verdict | None:
    """A Brazilian street, number, complement, neighbourhood, city, state and CEP, taken whole."""
    return Verdict(m.start(), m.end(), "street address abroad in Brazil's shape", 0.85)


# Argentina: a street and number, the floor and flat, the CPA and the town
_AR_STREET = r"(?:Av\.|Avda\.|Avenida|Calle|Pasaje|Pje\.|Bv\.|Bulevar|Diagonal|Diag\.)"
_AR_UNIT = r"(?i:piso|p\.|depto\.?|dpto\.?|departamento|dto\.?|of\.|oficina|torre|lote|casa|uf)[ \t]*(?:\d{1,3}[A-Za-z]?|[A-Z])(?![\w-])"
_CPA = r"(?:[A-HJ-NP-Z]\d{4}[A-Z]{3}|[A-HJ-NP-Z]\d{4})(?![\w-])"
ARGENTINE = compile_(
    rf"""
    (?<![\w.-])
    (?:{_AR_STREET}[ \t]+)?{_NAME}[ \t]+\d{{1,5}}(?![\w-])
    (?:(?:{_SEP}|[ \t]+){_AR_UNIT}){{0,3}}
    {_SEP}{_CPA}[ \t]+{_CITY}
    """
)
ARGENTINE_GATE = re.compile(rf",[ \t]*\n?[ \t]*{_CPA}")


def check_argentine(text: str, m: re.Match[str]) -> Verdict | None:
    """An Argentine street, floor and flat and its CPA and town, taken whole."""
    from redact.detect import context as ctx

    if m.group().split()[0].lower() in ctx.NOT_A_NAME:
        return None
    return Verdict(m.start(), m.end(), "street address abroad in Argentina's shape", 0.85)

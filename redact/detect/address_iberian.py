"""Addresses in the shapes of the countries that write Portuguese and Spanish: Brazil, Portugal, Spain, Argentina.

* Brazil writes the house number after a comma ("Rua XV de Novembro, 345"), then the complement ("apto 52",
  "casa 2", "bloco B"), the neighbourhood, the city with its state's two letters ("Curitiba - PR", "Recife/PE")
  and the CEP of five and three digits ("80020-310", "CEP 01310-200"), in that order or the CEP before the city.
* Portugal writes the number after a comma too ("Rua do Almada, n.º 25, 3.º Esq., 4050-036 Porto"), its postal
  code of four and three digits before the town.
* Spain abbreviates the street ("C/ Mayor, 15", "Avda. de la Constitución 22", "Pº de Gracia 40") and writes the
  floor and door ("3º Izda.", "2.º B", "bajo B", "entlo. 1ª", "ático"), the staircase ("esc. 2") and the door
  ("pta. 4") before its five-digit postal code and town.
* Cuba names the crossing streets the house lies between ("Calle 23 No. 456 e/ J y K, Vedado, La Habana").
* Argentina's postal code is a letter, four digits and three letters (CPA: "C1043AAZ"), or the letter and four
  digits ("X5000"), before the town; the floor and flat after the street ("Piso 5, Depto. B").

A Brazilian address needs its state's letters or its CEP, a Portuguese or Spanish one its postal code and town,
an Argentine one its CPA, so a Swedish list of a name,
a number and a town never matches. Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import NeedleGate, Verdict, compile_rule, rule_regex

_SEP = r",[ \t]*\n?[ \t]*"
_CAPW = r"[^\W\d_a-zß-ÿ][^\W\d_]*\.?(?:-[^\W\d_]+)*"
_PARTICLE = r"(?:de|da|do|das|dos|e|del|la|las|los|y)"
_NAME = rf"(?:{_PARTICLE}[ \t]+){{0,2}}{_CAPW}(?:[ \t]+(?:{_CAPW}|{_PARTICLE}|\d{{1,2}}))*?"
# the street's word: Portuguese and Spanish, whole or abbreviated
_BR_STREET = (r"(?:Rua|R\.|Avenida|Av\.|Avda\.|Travessa|Tv\.|Alameda|Al\.|Praça|Pç\.|Estrada|Estr\.|Rodovia|Rod\.|"
              r"Largo|Ladeira|Beco|Vila|Servidão|Quadra|Qd\.|SQN|SQS|SHIS|SHIN|SCLN|SCLS)")
_BR_NUMBER = r"(?:n\.?[º°o]\.?[ \t]*)?(?:\d{1,5}[A-Za-z]?|s/n|S/N)(?![\w-])"
_BR_COMPLEMENT = (r"(?:\d{1,2}\.?[ \t]?[º°ª][ \t]*(?:(?i:esq|dto|dt|frt|frente|esquerdo|direito)\.?)?"
                  r"|(?i:apto\.?|apt\.?|ap\.?|apartamento|casa|bloco|bl\.?|sala|conj\.?|conjunto|lote|lt\.?|"
                  r"quadra|qd\.?|andar|fundos|térreo)[ \t]*(?:\d{1,4}[A-Za-z]?|[A-Z])?(?:[ \t]+(?i:bloco|bl\.?)[ \t]*[A-Z\d]{1,3})?)")
_UF = (r"(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)(?![\w-])")
# Brazil parts the complement, the city and the state with a dash too ("1234 - apto 801 - Salvador - BA")
# (or a letter's window breaks the line with no mark: "Rua Augusta 14, apto 3" / "Recife - PE, 50010-000")
_BR_SEP = r"(?:(?:,|[ \t][-–])[ \t]*\n?|[ \t]*\n)[ \t]*"
_CEP = r"(?:CEP:?[ \t]*)?\d{5}-?\d{3}(?![\w-])"
# a town's words carry no stop: "Rio de Janeiro. Hon" ends at the town
_CAPN = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:-[^\W\d_]+)*"
_CITY = rf"{_CAPN}(?:[ \t]+(?:{_CAPN}|{_PARTICLE})(?=[ \t,\n]|$|[.;)|]|[ \t]*[-–/])){{0,3}}"
BRAZILIAN = compile_rule(
    rf"""
    (?<![\w.-])
    {_BR_STREET}[ \t]+{_NAME}
    (?:{_SEP}|[ \t]+){_BR_NUMBER}
    (?:{_BR_SEP}{_BR_COMPLEMENT}){{0,2}}
    (?:{_BR_SEP}{_CITY}){{0,2}}?                                     # the neighbourhood (bairro)
    (?:{_BR_SEP}(?:{_CEP}[ \t]+)?{_CITY}[ \t]*[-–/][ \t]*{_UF}(?:{_BR_SEP}{_CEP})?    # the city and state, the CEP
      |{_BR_SEP}{_CEP}[ \t]+{_CITY}(?:[ \t]*[-–/][ \t]*{_UF})?
      |{_BR_SEP}{_CITY}{_BR_SEP}{_CEP}(?:[ \t]+{_CITY}(?:[ \t]*[-–/][ \t]*{_UF})?)?   # the bairro, the CEP and city
      |{_BR_SEP}\d{{4}}-\d{{3}}[ \t]+{_CITY})                       # Portugal's postal code and town
    """
)
BRAZILIAN_GATE = rule_regex(rf"[-–/][ \t]*{_UF}|\d{{4,5}}-\d{{3}}")


def check_brazilian(text: str, m: re.Match[str]) -> Verdict | None:
    """A Brazilian street, number, complement, neighbourhood, city, state and CEP, taken whole."""
    end = m.end() - m.group().endswith(".")  # the sentence's stop after the town
    return Verdict(m.start(), end, "street address abroad in Brazil's shape", 0.85)


# Spain: the street (abbreviated or whole), its number, the floor, door and staircase, the postal code and town
_ES_STREET = (r"(?:C/|c/|Calle|Avda\.|Av\.|Avenida|Pº|P\.º|Paseo|Pza\.|Plaza|Pl\.|Ronda|Rda\.|Camino|Cno\.|"
              r"Ctra\.|Carretera|Carrer|Travesía|Trav\.|Glorieta|Urb\.|Urbanización)")
_ES_FLOOR = (r"(?:\d{1,2}\.?[ \t]?[º°ªo](?:[ \t]?(?:[A-Z](?![\w])|(?i:izq|izqda|izda|dcha|der|drcha|dcha|ctro|centro|"
             r"int|ext)\.?))?|(?i:bajo|bj\.|entlo\.?|entresuelo|ático|atico|principal|pral\.?|sótano)(?:[ \t]?[A-Z\d](?![\w]))?"
             r"|(?i:esc\.?|escalera|pta\.?|puerta|portal|bloque|blq\.?)[ \t]*(?:\d{1,3}[A-Za-z]?|[A-Z])(?![\w]))")
SPANISH = compile_rule(
    rf"""
    (?<![\w.-])
    {_ES_STREET}[ \t]*{_NAME}
    ,?[ \t]+(?:n[º°o]\.?[ \t]*)?\d{{1,4}}[A-Za-z]?(?![\w-])
    (?:(?:{_SEP}|[ \t]+){_ES_FLOOR}){{0,3}}
    {_SEP}\d{{5}}[ \t]+{_CITY}
    """
)
SPANISH_GATE = rule_regex(r",[ \t]*\n?[ \t]*\d{5}[ \t]+[^\W\d_]")


def check_spanish(text: str, m: re.Match[str]) -> Verdict | None:
    """A Spanish street, number, floor and door and its postal code and town, taken whole."""
    return Verdict(m.start(), m.end(), "street address abroad in Spain's shape", 0.85)


# Cuba: the street and number, the crossing streets, the district and the town
CUBAN = compile_rule(
    rf"""
    (?<![\w.-])
    (?:Calle|Ave\.|Avenida|Calzada|Calz\.)[ \t]+(?:\d{{1,3}}[A-Za-z]?|{_NAME})
    [ \t]+(?:No\.|Nº|N°|\#)[ \t]*\d{{1,4}}[A-Za-z]?(?:[ \t]+(?i:apto\.?|apt\.?)[ \t]*\d{{1,4}}[A-Za-z]?)?
    ,?[ \t]+(?:e/|entre|esq\.|esquina(?:[ \t]+a)?)[ \t]*(?:\d{{1,3}}|{_CAPW})(?:[ \t]+y[ \t]+(?:\d{{1,3}}|{_CAPW}))?
    (?:{_SEP}{_CITY}(?:[ \t]+\d{{5}})?){{0,3}}
    (?![\w-])
    """
)
# (every match holds one of its words as written: looked for first)
CUBAN_GATE = NeedleGate(re.compile(r"(?<![\w])(?:e/|entre|esq\.|esquina)[ \t]*[\dA-Z]"), ("e/", "entre", "esq"), cased=True)


def check_cuban(text: str, m: re.Match[str]) -> Verdict | None:
    """A Cuban street, number and the streets it lies between, with district and town, taken whole."""
    end = m.end() - m.group().endswith(".")
    return Verdict(m.start(), end, "street address abroad in Cuba's shape", 0.85)


# Argentina: a street and number, the floor and flat, the CPA and the town
_AR_STREET = r"(?:Av\.|Avda\.|Avenida|Calle|Pasaje|Pje\.|Bv\.|Bulevar|Diagonal|Diag\.)"
_AR_UNIT = r"(?i:piso|p\.|depto\.?|dpto\.?|departamento|dto\.?|of\.|oficina|torre|lote|casa|uf)[ \t]*(?:\d{1,3}[A-Za-z]?|[A-Z])(?![\w-])"
_CPA = r"(?:[A-HJ-NP-Z]\d{4}[A-Z]{3}|[A-HJ-NP-Z]\d{4})(?![\w-])"
ARGENTINE = compile_rule(
    rf"""
    (?<![\w.-])
    (?:{_AR_STREET}[ \t]+)?{_NAME}[ \t]+\d{{1,5}}(?![\w-])
    (?:(?:{_SEP}|[ \t]+){_AR_UNIT}){{0,3}}
    {_SEP}{_CPA}[ \t]+{_CITY}
    """
)
ARGENTINE_GATE = rule_regex(rf",[ \t]*\n?[ \t]*{_CPA}")


def check_argentine(text: str, m: re.Match[str]) -> Verdict | None:
    """An Argentine street, floor and flat and its CPA and town, taken whole."""
    from redact.detect import context as ctx

    if m.group().split()[0].lower() in ctx.NOT_A_NAME:
        return None
    return Verdict(m.start(), m.end(), "street address abroad in Argentina's shape", 0.85)

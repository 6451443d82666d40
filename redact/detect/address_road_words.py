"""Addresses abroad opened by the road's own word in the country's language, with the parts that country writes after
it, whole:

* Somali: "Wadada" (the road) and its name, the district after "Degmada", the town and the country, often with no
  house number ("Wadada Hodan Yare, Degmada Hodan, Muqdisho, Soomaaliya", "Wadada Xamar Jajab, Kismaayo").
* Iranian: the avenue, the alley after "Kuche", the house's plate after "Pelak" and the unit after "Vahed", then the
  postcode of ten digits and the town ("Azadi, Kuche Laleh, Pelak 8, Vahed 2, 1345678901 Tehran, Iran").
* Egyptian: "Shareh" (the street), its name and number, the flat after "Shaqqa", the district and the town with its
  postcode ("Shareh El Nasr 14, Shaqqa 5, Maadi, Cairo 11728, Egypt").
* Chilean: the street by its word ("Calle", "Av.", "Pasaje"), its number, the flat after "depto.", the postcode of
  seven digits and the commune and region, a town's name of two words too ("Pasaje Los Olmos 88, Quilpué,
  Valparaíso", "Av. Matta 410, depto. 12, 8320000 Santiago, Chile"); the Dominican Republic writes its addresses
  the same way, the flat after "Apto.", a town of several words and its postcode of five digits after it ("Calle
  Duarte 18, Apto. 2-A, San Francisco de Macorís 31000") or before it, the street after "C/", a numbered street's
  house after "No." and the country's short form ("Calle 8 No. 31, Villa Olga, Moca", "C/ Duarte 18, Apto. 3 /
  51000 Santiago, Rep. Dom.").
* Irish-language: the house number, the street's Irish word ("Sráid", "Bóthar", "Ascaill") and its name, the town
  and the Eircode ("9 Bóthar na Trá, Corcaigh T12 X5W2").

A letter's window may break the address after any part. A rule of ``redact.detect.address`` (by
``address_regions``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.address_abroad import _EIRCODE
from redact.detect.address_countries import COUNTRY
from redact.types import Finding
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# a part's separator: a comma, a line end of a window, or both
_SEP = r"(?:,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*)"
_CAPW = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*"
# a town of one to three words; what follows it ends the part (a comma, a stop, a line end), so that a sentence's
# next words are no town
_TOWN = rf"{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}(?=[ \t]*(?:[,.;)]|\n|$))"
_PLACE_END = r"(?=[ \t]*(?:[,.;)]|\n|$))"

_SOMALI_ROAD = r"(?:Wadada|Waddada|Jidka|Dariiqa)"
_SOMALI_PART = r"(?:Degmada|Xaafadda|Tuulada|Magaalada)"
SOMALI = compile_rule(
    rf"""
    (?<![\w-]){_SOMALI_ROAD}[ \t]+{_CAPW}(?:[ \t]+{_CAPW}){{0,3}}(?:[ \t]+\d{{1,4}}[A-Za-z]?)?
    (?P<district>{_SEP}{_SOMALI_PART}[ \t]+{_CAPW}(?:[ \t]+{_CAPW})?{_PLACE_END})?
    (?P<town>{_SEP}{_TOWN})?
    (?:{_SEP}(?:Soomaaliya|Somalia|Somaliland|Soomaaliland|{COUNTRY})(?![\w-]))?
    """
)
SOMALI_GATE = rule_regex(rf"{_SOMALI_ROAD}[ \t]+[A-Z]")

_IRANIAN_WORD = r"[A-Z][a-zâāêîû'’]+(?:-(?:e|ye|Ye|E)(?![\w]))?(?:-[A-Z][a-zâāêîû]+)*"
_IRANIAN_NAME = rf"{_IRANIAN_WORD}(?:[ \t]+{_IRANIAN_WORD}){{0,2}}"
_IRANIAN_KIND = r"(?:Kuche|Kucheh|Koocheh|Kuche-ye|Khiyaban|Khiyaban-e|Kheyaban|Kheyabane|Khiaban|Bonbast|Meydan|Kuy)"
IRANIAN = compile_rule(
    rf"""
    (?<![\w-])(?:{_IRANIAN_NAME}{_SEP})?
    (?:{_IRANIAN_KIND}[ \t]+(?:{_IRANIAN_NAME}|\d{{1,3}}){_SEP}){{1,2}}
    (?:Pelak|Plak|Pelāk)[ \t]*\d{{1,4}}
    (?:{_SEP}(?:Vahed|Vāhed|Tabaqe|Tabagheh|Tabaghe)[ \t]*\d{{1,3}})?
    (?:{_SEP}(?:\d{{10}}|\d{{5}}-\d{{5}})?[ \t]*{_TOWN})?
    (?:{_SEP}(?:Iran|{COUNTRY})(?![\w-]))?
    """
)
IRANIAN_GATE = rule_regex(r"(?:Pelak|Plak|Pelāk)[ \t]*\d")

_ARTICLE = r"(?:El|Al|el|al)[ \t-]+"
_EGYPTIAN_ROAD = r"(?:Shareh|Sharia|Shari['’]|Sharie|Share['’])"
EGYPTIAN = compile_rule(
    rf"""
    (?<![\w-]){_EGYPTIAN_ROAD}[ \t]+(?:{_ARTICLE})?{_CAPW}(?:[ \t]+(?:{_ARTICLE})?{_CAPW}){{0,3}}[ \t]+\d{{1,4}}[A-Za-z]?
    (?P<flat>(?:{_SEP}(?:Shaqqa|Shaqa|Shaqqah|Dor|Floor|Apt\.?|Flat)[ \t]*\d{{1,4}})*)
    (?P<town>(?:{_SEP}{_CAPW}(?:[ \t]+{_CAPW})?(?:[ \t]+\d{{5}})?{_PLACE_END}){{0,2}})
    (?:{_SEP}(?:Egypt|Misr|Masr|{COUNTRY})(?![\w-]))?
    """
)
EGYPTIAN_GATE = rule_regex(rf"{_EGYPTIAN_ROAD}[ \t]+[A-Z]")

_PARTICLE = r"(?:de|del|la|las|los|el|Los|Las|La|El|Del|De)"
# (the Spanish "C/" for "calle", as the Dominican Republic abbreviates it too: "C/ Las Flores 12")
_CHILEAN_ROAD = r"(?:Calle|Av\.|Avda\.|Avenida|Pasaje|Psje\.|C/)"
_CHILEAN_NAME = rf"{_CAPW}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAPW}){{0,3}}"
# the house's number, after "No." as the Dominican Republic and Colombia write it ("Calle Sánchez No. 14"); a
# numbered street's own number before it ("Calle 8 No. 31": the eighth street, house 31), only with that "No."
_HOUSE_NO = r"(?:No\.|Nº|N°|\#)[ \t]*"
_CHILEAN_STREET = rf"(?:(?:{_PARTICLE}[ \t]+)?{_CHILEAN_NAME}[ \t]+(?:{_HOUSE_NO})?|\d{{1,3}}[A-Z]?[ \t]+{_HOUSE_NO})"
# (a town of several words, its particles two at most between them: "Santiago de los Caballeros", "San José de las
# Matas"; a postcode may follow it, as the Dominican post writes it: "Santo Domingo 10210")
_CHILEAN_TOWN = rf"{_CAPW}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_CAPW}){{0,2}}(?:[ \t]+\d{{5}})?{_PLACE_END}"
# the Dominican Republic by its name or its short form, with the form's own stops ("Rep. Dom.", "R.D.")
_DOMINICAN = r"Rep\.[ \t]?Dom\.|Rep[uú]blica[ \t]Dominicana|R\.[ \t]?D\."
# El Salvador and Honduras number their streets and avenues by ordinals and by the side of the centre they run
# ("4a Calle Oriente #12", "3ra Avenida Norte", "25 Avenida Sur"): the ordinal before the street's word is the
# street's own name, its number bare only before such a side
_SIDE = r"(?:Norte|Sur|Oriente|Poniente|Este|Oeste)(?![\w-])"
_STREET_ORDINAL = (r"(?:\d{1,2}(?:a|ª|o|º|ra|da|ta|va|na|ma|er|ro|to|vo|no)\.?[ \t]+(?=(?:Calle|Avenida|Av\.|Avda\.)[ \t])"
                   rf"|\d{{1,2}}[ \t]+(?=(?:Calle|Avenida|Av\.|Avda\.)[ \t]+{_SIDE}))")
# the quarter before the street, as El Salvador and Honduras write it first ("Colonia Escalón, Calle La Reforma #4")
_QUARTER = rf"(?:Colonia|Col\.|Barrio|Bo\.|Residencial|Reparto|Urbanización|Urb\.|Lotificación)[ \t]+{_CHILEAN_NAME}"
CHILEAN = compile_rule(
    rf"""
    (?<![\w.-])(?P<quarter>{_QUARTER}{_SEP})?(?:{_STREET_ORDINAL})?{_CHILEAN_ROAD}[ \t]*(?<=[ \t/])
    (?:{_CHILEAN_STREET}\d{{1,5}}(?:-\d{{1,3}})?(?![\w-])
      # (a street with no number, the house's after "casa": "2a Avenida Sur, casa #8, Barrio El Calvario")
      |(?P<bare>(?:{_PARTICLE}[ \t]+)?{_CHILEAN_NAME})(?={_SEP}(?i:casa)[ \t]*(?:{_HOUSE_NO})?\d))
    (?P<flat>{_SEP}(?i:depto\.?|dpto\.?|departamento|apto\.?|apartamento|of\.|oficina|casa|block)[ \t]*
            (?:{_HOUSE_NO})?\d{{1,4}}(?:-?[A-Za-z])?(?![\w-]))?
    # (a postcode of seven digits before the commune, Chile's; of five, the Dominican Republic's: "10210 Santo
    # Domingo")
    (?P<post>{_SEP}(?:\d{{7}}|(?P<post5>\d{{5}}))[ \t]+(?!{_DOMINICAN}){_CHILEAN_TOWN})?
    (?P<towns>(?:{_SEP}(?!{_DOMINICAN}){_CHILEAN_TOWN}){{0,2}})
    (?P<country>{_SEP}(?:Chile|{_DOMINICAN}|{COUNTRY})(?:(?<=\.)|(?![\w-])))?
    """
)
CHILEAN_GATE = rule_regex(rf"{_CHILEAN_ROAD}[ \t]*[^\n]{{2,40}}\d")

_IRISH_ROAD = (r"(?:Sráid|Sraid|Bóthar|Bothar|Ascaill|Lána|Lana|Plás|Plas|Cearnóg|Cearnog|Céide|Ceide|Páirc|Pairc|"
               r"Bóithrín|Garrán|Radharc)")
IRISH = compile_rule(
    rf"""
    (?<![\w-])\d{{1,4}}[A-Za-z]?[ \t]+{_IRISH_ROAD}[ \t]+(?:(?:an|na|Uí|Ui|Mhic)[ \t]+)?{_CAPW}(?:[ \t]+{_CAPW})?
    (?P<town>{_SEP}{_CAPW}(?:[ \t]+{_CAPW})?)?
    (?:[ \t]+{_EIRCODE})?
    (?:{_SEP}(?:Éire|Eire|Ireland|{COUNTRY})(?![\w-]))?
    """
)
IRISH_GATE = rule_regex(rf"\d[ \t]+{_IRISH_ROAD}[ \t]")


def check_somali(text: str, m: re.Match[str]) -> Verdict | None:
    """The Somali road with its district or its town after it (a road's word alone is no home)."""
    if not (m.group("district") or m.group("town")):
        return None
    return Verdict(m.start(), m.end(), "Somali address by its road's word", 0.8)


def check_iranian(text: str, m: re.Match[str]) -> Verdict | None:
    """The Iranian address from its avenue to its town, taken whole."""
    return Verdict(m.start(), m.end(), "Iranian address by its alley and plate", 0.85)


def check_egyptian(text: str, m: re.Match[str]) -> Verdict | None:
    """The Egyptian street with its flat or its town after it."""
    if not (m.group("flat") or m.group("town")):
        return None
    return Verdict(m.start(), m.end(), "Egyptian address by its street's word", 0.8)


def check_chilean(text: str, m: re.Match[str]) -> Verdict | None:
    """The Chilean street with its flat, its postcode, its country or a commune and its region after it."""
    # (the quarter before the street is one of its places)
    towns = len(re.findall(r"[,\n]", m.group("towns") or "")) + bool(m.group("quarter"))
    if m.group("bare") and not m.group("flat"):
        return None
    if not (m.group("flat") or m.group("post") or m.group("country") or towns >= 2):
        return None
    if m.group("post5") and not m.group("country"):
        # the town after a postcode of five digits ends the home ("29007 Málaga"): a word after it is the next line's
        return Verdict(m.start(), m.end("post"), "Chilean address by its street's word", 0.85)
    return Verdict(m.start(), m.end(), "Chilean address by its street's word", 0.85)


def check_irish(text: str, m: re.Match[str]) -> Verdict | None:
    """The Irish-language street with its town after it."""
    if not m.group("town"):
        return None
    return Verdict(m.start(), m.end(), "Irish-language address by its street's word", 0.85)


#: the rules, for ``address_regions``
RULES: tuple[Rule, ...] = (
    Rule("somali_road", SOMALI, score=0.8, check=check_somali, gate=SOMALI_GATE),
    Rule("iranian_alley_plate", IRANIAN, score=0.85, check=check_iranian, gate=IRANIAN_GATE),
    Rule("egyptian_street", EGYPTIAN, score=0.8, check=check_egyptian, gate=EGYPTIAN_GATE),
    Rule("chilean_street", CHILEAN, score=0.85, check=check_chilean, gate=CHILEAN_GATE),
    Rule("irish_language_street", IRISH, score=0.85, check=check_irish, gate=IRISH_GATE),
)


def road_word_spans(findings: Sequence[Finding], text: str) -> list[tuple[int, int]]:
    """The spans of the addresses that open with a road's word these rules read ("Calle Los Aromos 455, Villa
    Alemana, Valparaíso"): the words inside them are the street's and the towns', though name lists hold them."""
    spans = []
    for f in findings:
        if f.category != "ADDRESS" or f.start is None or f.end is None:
            continue
        for rule in RULES:
            m = rule.regex.match(text, f.start, f.end)
            if m is not None and rule.check is not None and rule.check(text, m) is not None:
                spans.append((f.start, f.end))
                break
    return spans

"""Latin American addresses on a street grid, where a house is numbered by the crossing street.

Colombia (and cities of Venezuela, Ecuador and Panama laid out the same way) writes the street by its kind and
number, then "#", "No." or "N°" and the crossing street's number and the metres from the corner: "Calle 21 # 9-35",
"Carrera 7 No. 45-12", "Cra. 11A N° 93-52 Sur", "Avenida Calle 26 # 68C-61", "Transversal 5 Bis # 12-30". The flat
or house, the quarter, the town and the department follow after commas ("casa 4, Barrio La Floresta, Pereira,
Risaralda"); a table split over two cells puts the town and its six-digit postal code on the next line ("Bogotá D.C.
111311"). Quito writes its streets by name with a grid code of the quarter, the block and the house and the
crossing street after "y" ("Av. Amazonas N34-451 y Av. Atahualpa"). Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule, rule_regex

# The street kinds of Colombia's grid and their abbreviations (Calle, Carrera, Avenida, Transversal, Diagonal,
# Circular, and an avenue numbered as a calle or carrera: "Avenida Calle 26", "Ak 68").
_KIND = (r"(?:(?:Avenida|Av\.?|Avda\.?)[ \t]+(?:Calle|Carrera|Cra\.?|Cl\.?)"
         r"|(?i:calle|carrera|avenida|transversal|diagonal|circular|circunvalar|autopista)"
         r"|Cll\.?|Cl\.|Cra\.?|Kra\.?|Kr\.?|Cr\.|Av\.?|Avda\.?|Ak\.?|Ac\.?|Tv\.?|Transv\.?|Tr\.|Dg\.?|Diag\.?|Cq\.?)")
_CARDINAL = r"(?:Sur|Norte|Este|Oeste|SUR|ESTE)"
# the street's number with its letters and "Bis" ("26", "40A", "72 Bis", "11A Bis B"), or a name ("Calle Real")
_STREET_NUMBER = (r"\d{1,3}(?:[ \t]?[A-Z](?![\w]))?(?:[ \t]?(?i:bis)(?:[ \t]?[A-Z](?![\w]))?)?"
                  rf"(?:[ \t]+{_CARDINAL}(?![\w]))?")
_NAME = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+){0,3}"
# "#", "No.", "N°", "Nº", "Nro." before the crossing street's number and the metres: "# 9-35", "No. 93-47", "#68C-61"
_SIGN = r"(?:\#|No\.?|N[º°o]\.?|Nro\.?|Núm\.?|N\.)"
_PLATE = (r"\d{1,3}[ \t]?[A-Z]?(?:[ \t]?(?i:bis))?[ \t]*[-–][ \t]*\d{1,3}[A-Z]?"
          rf"(?:[ \t]+{_CARDINAL}(?![\w]))?")
# the house, flat, tower, block, floor or office after the number ("casa 4", "apto. 502", "torre 2", "int. 3")
_UNIT = (r"(?i:casa|apto\.?|apartamento|apt\.?|torre|interior|int\.?|bloque|bl\.?|piso|local|oficina|of\.|"
         r"consultorio|manzana|mz\.?|lote|lt\.?|etapa|casa[ \t]lote)"
         r"[ \t]*(?:\d{1,4}[A-Za-z]?(?:-\d{1,4})?|[A-Z])(?![\w-])")
# a quarter, an estate or a building by its kind and name ("Barrio La Floresta", "Conjunto Residencial Los Pinos")
_QUARTER = (r"(?i:barrio|br\.|urbanización|urbanizacion|urb\.|conjunto(?:[ \t]+residencial)?|conj\.|edificio|"
            r"edif\.|sector|vereda|corregimiento|localidad|comuna|parcelación|condominio|unidad[ \t]+residencial)"
            rf"[ \t]+(?:\d{{1,2}}[ \t]+)?{_NAME}")
# a town or a department ("Dosquebradas", "Valle del Cauca", "Bogotá D.C."), a six-digit postal code, the country
_PLACE = (rf"(?:{_NAME}(?:[ \t]+(?:D\.[ \t]?C\.|DC)|[ \t]+\d{{6}})?|\d{{6}}(?:[ \t]+{_NAME})?|D\.[ \t]?C\."
          r"|(?:Colombia|Venezuela|Ecuador|Panamá|Panama))(?![\w-])")
_SEP = r"[ \t]*,[ \t]*\n?[ \t]*"
# the capital district's letters after Bogotá's name
_DISTRICT = r"(?:[ \t]+(?:D\.[ \t]?C\.|DC))"

GRID_ADDRESS = compile_rule(
    rf"""
    (?<![\w.-])
    (?P<street>{_KIND}[ \t]+(?:{_STREET_NUMBER}|{_NAME}))
    [ \t]*\n?[ \t]*{_SIGN}[ \t]*(?P<plate>{_PLATE})(?![\w-])
    (?P<units>(?:(?:{_SEP}|[ \t]+){_UNIT})*)
    (?P<places>(?:{_SEP}(?:{_QUARTER}|{_PLACE})){{0,4}})
    # the town and its six-digit postal code on the next line alone, where a table splits the address over two cells
    # ("Calle 45 # 14-22, Apto 302" | "Bogotá D.C. 111311")
    (?P<split>[ \t]*\n[ \t]*(?:{_NAME}{_DISTRICT}?,?[ \t]+\d{{6}}|\d{{6}}[ \t]+{_NAME}{_DISTRICT}?)(?=[ \t]*(?:\n|$)))?
    """
)
# What every match holds: the sign and the crossing street's number with its metres.
GRID_GATE = rule_regex(r"(?:\#|No\.?|N[º°o]\.?|Nro\.?|Núm\.?|N\.)[ \t]*\d{1,3}[ \t]?[A-Z]?(?:[ \t]?(?i:bis))?[ \t]*[-–]"
                       r"[ \t]*\d")

# Quito's grid code: the quarter's letter (N, S, E, Oe), the block and the house ("N34-451", "Oe3-120", "E7-54"),
# after the street's name and before the crossing street after "y" ("Av. 6 de Diciembre N24-253 y Lizardo García").
_QUITO_STREET = (r"(?:(?:Avenida|Av\.|Calle|Pasaje|Psje\.|Pje\.)[ \t]+)?"
                 rf"(?:\d{{1,2}}[ \t]+de[ \t]+)?{_NAME}")
QUITO_ADDRESS = compile_rule(
    rf"""
    (?<![\w.-])
    (?P<street>{_QUITO_STREET})
    [ \t]+(?P<plate>(?:N|S|E|Oe|OE)\d{{1,3}}[A-Z]?-\d{{1,4}}[A-Z]?)(?![\w-])
    (?P<crossing>[ \t]+y[ \t]*\n?[ \t]*{_QUITO_STREET})?
    (?P<units>(?:{_SEP}{_UNIT})*)
    (?P<places>(?:{_SEP}(?:{_QUARTER}|{_PLACE})){{0,4}})
    """
)
QUITO_GATE = rule_regex(r"(?<![\w-])(?:N|S|E|Oe|OE)\d{1,3}[A-Z]?-\d{1,4}[A-Z]?(?![\w-])")


def _end(text: str, m: re.Match[str]) -> int:
    """The end of the address: its places, less a part that is a Swedish sentence's word after a comma."""
    from redact.detect import context as ctx

    end = m.start("places")
    for part in re.finditer(rf"{_SEP}([^,]+)", m.group("places")):
        if part.group(1).split()[0].lower() in ctx.NOT_A_NAME:
            break
        end = m.start("places") + part.end()
    return end


def check_grid_address(text: str, m: re.Match[str]) -> Verdict | None:
    """A street numbered by its crossing street, with the house, the quarter and the town after it, taken whole."""
    end = m.end("split") if m.group("split") and _end(text, m) == m.start("split") else _end(text, m)
    return Verdict(m.start(), end, "Latin American grid address abroad (street # crossing-metres)", 0.85)


def check_quito_address(text: str, m: re.Match[str]) -> Verdict | None:
    """A street with Quito's grid code, needing the crossing street, a unit or a place after it to be an address."""
    from redact.detect import context as ctx

    if not (m.group("crossing") or m.group("units") or m.group("places")):
        return None
    if m.group("street").split()[0].lower() in ctx.NOT_A_NAME:
        return None
    return Verdict(m.start(), _end(text, m), "Ecuadorian grid address abroad (street, grid code, crossing)", 0.8)

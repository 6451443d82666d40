"""The parts of a German or Austrian home between its street's number and its postal code that carry no number of
their own: the wing or yard house of a building of several on one number ("Seitenflügel", "Hinterhaus",
"Gartenhaus", "Quergebäude"), the floor by its ordinal or its word ("3. OG", "2. Stock", "EG", "Dachgeschoss",
"Hochparterre") and the side of the landing ("links", "rechts", "Mitte"): "Kastanienallee 47, Seitenflügel 3. OG
links, 10435 Berlin". Read as parts of a street address abroad by ``address_abroad``.
"""

from __future__ import annotations

# the building of several on one number, its wing or its yard house
_BUILDING = (r"Seitenflügel|Seitenhaus|Hinterhaus|Vorderhaus|Gartenhaus|Quergebäude|Hofgebäude|Nebenhaus|"
             r"Hinterhof|Anbau|Remise")
# the landing's side, as the door's place is written after the floor
_SIDE = r"links|rechts|Mitte|li\.|re\.|mitte"
# the floor by its ordinal and its word, or by its word alone
_FLOOR = (r"\d{1,2}\.[ \t]?(?:OG|UG|Stock|Etage|Obergeschoss|Geschoss)"
          r"|EG|DG|UG|Erdgeschoss|Dachgeschoss|Hochparterre|Souterrain|Tiefparterre")

#: one part of a German home without a number of its own: the building, the floor with its side, or the side alone
GERMAN_HOUSE_PART = (rf"(?:(?:{_BUILDING})|(?:{_FLOOR})(?:[ \t]+(?:{_SIDE}))?|(?:{_SIDE}))"
                     r"(?![\w-])")

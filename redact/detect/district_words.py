"""A district named "mitt" after an organisation's unit noun: "region Mitt", "avdelning mitt", "område mitt".

Swedish bodies name their middle district "Mitt" (the middle), which is spelled like the possessive "mitt" (my): a
letterhead "Inspektionen för …, avdelning mitt, …" or "Bolaget AB, region Mitt" speaks of no one's own box or phone.
The rules that read "mitt" as a person's own word put ``NOT_DISTRICT`` before it.
"""

from __future__ import annotations

# the unit nouns a district's name follows, each as a fixed-width look-behind (a space or a tab before "mitt")
_UNIT_NOUNS = ("region", "regionen", "avdelning", "avdelningen", "avd.", "område", "området", "distrikt",
               "distriktet", "enhet", "enheten", "sektion", "sektionen", "kontor", "kontoret", "polisregion",
               "zon", "zonen", "division", "divisionen")
NOT_DISTRICT = "".join(rf"(?<!{noun.replace('.', chr(92) + '.')}[ \t])" for noun in _UNIT_NOUNS)


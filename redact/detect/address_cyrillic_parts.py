"""A part of an address abroad led by its number in Cyrillic letters, as Kazakh, Kyrgyz and Tajik addresses number the
house and the flat with the word glued after a dash ("7-үй", "34-пәтер": house 7, flat 34; "12-уй", "5-кв."): the Latin
form of the same shape ("12-üi") is ``address_abroad``'s. A cell of three comma-separated parts or more holding one is
an address ("Гүлдер-1 шағынауданы, 7-үй, 34-пәтер, Қарағанды 100017").
"""

from __future__ import annotations

import re

# the number, a dash, one short Cyrillic word in small letters (its dot after it if abbreviated)
_NUMBER_LED = re.compile(r"\d{1,4}[A-Za-zА-Яа-я]?-[а-яёәғқңөұүһіїєґўџјљњћђ]{1,8}\.?")


def cyrillic_numbered_part(part: str) -> bool:
    """True for an address's part that is a number with its Cyrillic word glued after a dash ("7-үй", "34-пәтер")."""
    return _NUMBER_LED.fullmatch(part.strip()) is not None

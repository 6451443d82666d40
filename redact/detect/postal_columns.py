"""A postal code's or a town's column beside a column of homes: "Adress | Postnr | Ort" is one address over three
cells, so the postal code and the town under their own headers are as much the person's address as the street.

Alone ("Ort" in a list of meetings, "Postnr" in a list of offices) such a column says nothing of a home; only a
column of homes in the same header row makes it one, and a town's column only with the postal code's beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.address_countries import ANY_COUNTRY
from redact.detect.first_chars import compiled

# the header of a postal code, a postal town or both ("Postnr", "Postnummer", "Ort", "Postort", "Postnr och ort",
# "Postnr/ort", "PLZ", "Zip code")
_POSTAL_HEADER = re.compile(
    r"(?i)^(?:post[ .-]?nr\.?|postnummer|post(?:al)?[ ]?code|zip(?:[ ]?code)?|plz|"
    r"(?:post)?ort|stad|town|city)"
    r"(?:[ \t]*(?:och|/|&|,|\+)[ \t]*(?:(?:post)?ort|stad|town|city))?$")


def postal_header(cell: str) -> bool:
    """True for a header naming a postal code's or a postal town's column."""
    return bool(_POSTAL_HEADER.match(cell.strip()))


# a header that holds the postal code ("Postnr", "Postnr/ort"): a town's column counts only beside one
_CODE_HEADER = re.compile(r"(?i)^(?:post[ .-]?nr|postnummer|post(?:al)?[ ]?code|zip|plz)")


def with_postal_beside_homes(kinds: list[str | None], cells: Sequence[str], home: str) -> list[str | None]:
    """``kinds`` with the postal code's and the town's columns of a row that heads a column of homes and a postal
    code's column as ``home`` (a town alone beside a street, "Adress | Ort", names no more than the town)."""
    if home not in kinds or not any(_CODE_HEADER.match(c.strip()) for c in cells):
        return kinds
    return [home if k is None and postal_header(c) else k for k, c in zip(kinds, cells)]


# a postal code of the shapes Europe's registers write (Swedish "871 95", German "34117", Dutch "1016 HN", Polish
# "00-950", Portuguese "4050-039", Georgian "0179"), its country's letters before it perhaps ("D-34117"), or Chile's
# seven digits ("7500000")
_CODE = (r"(?:[A-Z]{1,2}-)?(?:\d{3}[ \u00a0]?\d\d|\d{4,7}|\d{4}[ \u00a0]?[A-Z]{2}|\d\d-\d{3}|\d{3}-\d{4}|\d{4}-\d{3})")
# a town: capitalised words, a county or a country after a comma or in brackets ("Fuengirola (Málaga)", "Tbilisi,
# Georgia"), or both after commas ("Providencia, Santiago, Chile"), the province in brackets and the country after a
# comma ("Vic (Barcelona), Espanya"), no digit
_TOWN = r"[A-ZÅÄÖÉÜ][^\W\d_]*(?:[ \t'’.-]+[^\W\d_]+){0,3}(?:[ \t]+\([A-ZÅÄÖÉÜ][^\W\d_]+\))?" \
        r"(?:(?:[ \t]*,[ \t]*[A-ZÅÄÖÉÜ][^\W\d_]+(?:[ \t]+[^\W\d_]+)?){1,2})?"
_POSTAL_VALUE = compiled(rf"^(?:{_CODE}(?:[ \t]+{_TOWN})?|{_TOWN})$")


def postal_value(value: str) -> bool:
    """True for a cell a postal code's or a town's column holds: a postal code, a town, or both."""
    return bool(_POSTAL_VALUE.match(value.strip()))


_CODE_AND_TOWN = re.compile(rf"^{_CODE}[ \t]+{_TOWN}$")
# Argentina's postal code of a letter, four digits and three letters before its town ("C1045AAN Buenos Aires,
# Argentina")
_LETTER_CODE_AND_TOWN = re.compile(rf"^[A-Z]\d{{4}}[A-Z]{{3}}[ \t]+{_TOWN}$")
# the town first, then the code and the country each after a comma, as Latvian, Lithuanian and Ukrainian papers write
# the postal line ("Rīga, LV-1050, Lettland", "м. Тернопіль, 46000, Україна": "м." is "town")
_WORD = r"[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*"
_TOWN_CODE_COUNTRY = re.compile(rf"^(?:м\.[ \t]?)?(?P<town>{_WORD}(?:[ \t]+{_WORD}){{0,2}}),[ \t]*"
                                rf"(?!(?:19|20)\d\d,){_CODE},[ \t]*(?P<country>{ANY_COUNTRY})$")
# the ward, the district and the city before the country, with no postal code, as a Vietnamese postal line is written
# ("Ô Chợ Dừa, Đống Đa, Hà Nội, Việt Nam"): two places at least before it; the country by its name or by its ISO code
# of two or three capitals, as a form abroad writes it ("Água Grande, São Tomé, STP")
_PLACES_TO_COUNTRY = re.compile(rf"^(?P<places>{_WORD}(?:[ \t]+{_WORD}){{0,3}}(?:,[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,3}}){{1,3}}),"
                                rf"[ \t]*(?P<country>{ANY_COUNTRY}|[A-Z]{{2,3}})$")


def code_and_town(value: str) -> bool:
    """True for a cell holding a postal code and its town (its district or county after a comma perhaps), or the
    places and the country of a postal line abroad: the postal line of an address written over two cells ("7500000
    Providencia, Santiago" beside its street)."""
    v = " ".join(value.split())
    if (m := _TOWN_CODE_COUNTRY.match(v)) is not None:
        return m.group("town")[0].isupper()
    if (m := _PLACES_TO_COUNTRY.match(v)) is not None:
        return all(word[0].isupper() for word in m.group("places").replace(",", " ").split())
    return bool(_CODE_AND_TOWN.match(v) or _LETTER_CODE_AND_TOWN.match(v))

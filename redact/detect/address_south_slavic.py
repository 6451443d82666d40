"""A street of Croatia, Serbia, Bosnia and Herzegovina, Montenegro or Slovenia named by several words, some in lower
case, after its kind: "Obala kneza Branimira 12, 23000 Zadar", "Ulica hrvatskih branitelja 5, 10000 Zagreb", "Trg
bana Jelačića 3", "Булевар краља Александра 144/7, 11000 Београд". The words inside the name are a title or a
genitive in lower case ("kneza", "kralja", "hrvatskih", "краља"), which the streets abroad of ``address_abroad``
do not read as a part of a name; the street's word opening it and the postal code and town after a comma tell
that it is an address. A rule of ``redact.detect.address`` (by ``address_regions``).
"""

from __future__ import annotations

import re

from redact.detect.address_countries import COUNTRY
from redact.detect.patterns import NeedleGate, Rule, Verdict, compile_rule

# the street's kind opening its name, in Latin letters and in Cyrillic: street, quay, square, road, boulevard,
# avenue, promenade, embankment, passage, crescent
_KINDS = ("Ulica", "Obala", "Trg", "Put", "Bulevar", "Bulevard", "Cesta", "Avenija", "Šetalište", "Setaliste",
          "Nasip", "Prolaz", "Vijenac", "Kej", "Ul.", "Bul.",
          "Улица", "Обала", "Трг", "Пут", "Булевар", "Цеста", "Авенија", "Шеталиште", "Кеј", "Пролаз", "Ул.", "Бул.")
_KIND = "|".join(re.escape(k) for k in sorted(_KINDS, key=len, reverse=True))
_CAP = r"[^\W\d_a-zß-ÿа-џ][^\W\d_]*(?:-[^\W\d_]+)*"
# a word in lower case inside the name (a title, a genitive, an abbreviation: "kneza", "sv.", "dr.", "краља")
_LOW = r"(?:[a-zß-ÿčćđšžа-џ][^\W\d_]{2,}|(?:sv|dr|св|др)\.)"
_ROMAN = r"(?:[IVX]{1,4})(?![\w-])"
# the house number with its letter, its flat after a slash or a dash ("144/7", "12a", "5-3")
_HOUSE = r"\d{1,4}[a-zA-Zа-я]?(?:[/-]\d{1,4}[a-zA-Z]?)?(?![\w-])"
_TOWN = rf"{_CAP}(?:[ \t]+{_CAP})?"
_SEP = r",[ \t]*\n?[ \t]*"
SOUTH_SLAVIC = compile_rule(
    rf"""
    (?<![\w.-])
    (?P<street>(?:{_KIND})(?:[ \t]+(?:{_CAP}|{_LOW}|{_ROMAN})){{1,4}})
    [ \t]+(?P<house>{_HOUSE})
    (?P<post>{_SEP}(?:[A-Z]{{2}}-)?\d{{5}}[ \t]+{_TOWN}(?:{_SEP}(?:{COUNTRY})(?![\w-]))?)
    (?![\w-])
    """
)
_LOWER_WORD = re.compile(rf"(?<![\w.])(?:{_LOW})(?![\w])")
GATE = NeedleGate(re.compile(rf"(?<![\w.-])(?:{_KIND})[ \t]"), _KINDS, cased=True)


def check_south_slavic(text: str, m: re.Match[str]) -> Verdict | None:
    """The street with a word in lower case in its name, its house, postal code and town, taken whole."""
    words = m.group("street").split()[1:]
    if not any(_LOWER_WORD.fullmatch(w) for w in words):
        return None  # a name of capitalised words alone is the streets abroad rule's own
    return Verdict(m.start(), m.end(), "street address abroad named by several words with its postal code", 0.85)


#: the rule, for ``address_regions``
RULES: tuple[Rule, ...] = (
    Rule("south_slavic_street", SOUTH_SLAVIC, score=0.85, check=check_south_slavic, gate=GATE),
)

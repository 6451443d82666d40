"""A place with its country's two-letter code in a cell is a site, no person: "Cusco, PE", "Lake Toba, ID".

A list of field-work sites, a trip's stops or a project's stations writes each place with the country's ISO code after a
comma, a cell of its own on each row. The place's words may be listed as surnames ("Taal", "Ruiz"), so the names rules
read the cell as a person. A person's name is not written so: where the page holds two such cells or more, with two
codes or more among them, each a country's code, the cells are the column of places, and the person findings on them
are dropped. A given name among the words keeps its finding ("Maria, SE" may be someone's first name and a note).
One of those codes alone on the page ("KE" after an address in Nairobi) is the country there too, no initials.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redact.types import Finding

# The ISO 3166-1 alpha-2 codes of the countries and territories (written for this project from general knowledge).
_CODES = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC
CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE
GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM
KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH
SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG
VI VN VU WF WS XK YE YT ZA ZM ZW
""".split())

# A cell of a place's words and its country's code: the cell opens its line (or follows a "|" or a tab) and ends there.
_PLACE_CELL = re.compile(r"(?m)(?:^|(?<=\|)|(?<=\t))[ \t]*(?P<place>[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3})"
                         r"[ \t]*,[ \t]*(?P<code>[A-Z]{2})[ \t]*(?=$|\||\t)")


def place_code_cells(text: str) -> list[tuple[int, int]]:
    """The spans of the page's cells of a place and its country's code, where there are two or more with two codes."""
    cells = [m for m in _PLACE_CELL.finditer(text) if m.group("code") in _CODES]
    if len(cells) < 2 or len({m.group("code") for m in cells}) < 2:
        return []
    return [(m.start("place"), m.end("code")) for m in cells]


def drop_place_code_persons(findings: list[Finding], text: str, given_name: Callable[[str], bool]) -> list[Finding]:
    """The findings without persons inside a cell of a place and its country's code (see the module docstring);
    ``given_name(word)`` tells a word listed as a given name, which keeps its finding."""
    cells = place_code_cells(text) if any(f.category == "PERSON" for f in findings) else []
    if not cells:
        return findings
    codes = {text[b - 2:b] for _, b in cells}
    return [f for f in findings if not (
        f.category == "PERSON" and f.start is not None and f.end is not None
        and (f.text.strip() in codes
             or any(a <= f.start and f.end <= b and not any(given_name(w) for w in re.findall(r"[\w'’-]+", text[a:b]))
                    for a, b in cells)))]

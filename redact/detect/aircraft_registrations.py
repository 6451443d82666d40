"""An aircraft's registration ("SE-KLT", "D-EKBR", "OH-PDX"), by its state's nationality mark and the words around
it. Read by ``labelled_id``'s recognizer.

A private person's aeroplane, glider or helicopter is registered to its owner as a car is, so its registration leads
to the person as a plate does. The shape alone says little: a state's one or two letters, a dash and three or four
letters is also a region's code, a product's or a list's key. So the mark must be one the ICAO gives a state, and
the words around must say it is an aircraft: a cell of its own under an aircraft's or a registration's heading on the
page above (a hangar's table, "Flygplan i hangaren", "Registrering"), or an aircraft's word in its sentence ("planet
SE-MXA", "hennes segelflygplan D-KEWA").
"""

from __future__ import annotations

import re

from redact.detect.cell_bounds import own_cell
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# the nationality marks of the states whose aircraft a Swedish authority, airfield or club meets, as the ICAO gives
# them: the Nordic and Baltic states, the rest of Europe, and the large registers beyond it
_MARKS = ("SE|OH|LN|OY|TF|ES|YL|LY|D|G|F|I|EI|PH|OO|LX|HB|OE|EC|CS|SP|OK|OM|HA|YR|LZ|SX|9H|5B|TC|UR|EW|S5|9A|ER|"
          "C|VH|ZK|ZS|JA|CC|LV|PP|PR|XA|4X|A6|VT")
# the mark, a dash, the aircraft's three or four letters (a dash is how every European register writes it); digits
# after a space make it a series' letters before its number ("SE-AVS 2026/14"), no aircraft
_REGISTRATION = compile_rule(rf"(?<![\w\-/.])(?P<value>(?:{_MARKS})-[A-Z]{{3,4}})(?![\w\-/]|[.,]\w|[ \t\u00a0]\d)")
_GATE = rule_regex(r"-[A-Z]{3}")

# an aircraft's words (a balloon's and an airship's among them), a registration's and a hangar's: what says a mark
# names an aircraft
_AIRCRAFT_WORD = re.compile(
    r"(?i)(?<![\w-])(?:\w*flygplan\w*|planet|planets|luftfartyg\w*|\w*helikopter\w*|segelflyg\w*|motorflyg\w*|"
    r"ultralätt\w*|motorsegl\w*|hangar\w*|flygklubb\w*|registrering|registreringen|registreringsbeteckning\w*|"
    r"nationalitetsbeteckning\w*|aircraft|aeroplane|airplane|flugzeug\w*|luftfahrzeug\w*|"
    # a balloon is an aircraft too, registered to its owner in the same register ("ballongen SE-ZKF")
    r"\w*ballong\w*|\w*balloons?|\w*ballons?|\w*luftschiff\w*|luftskepp\w*)(?![\w-])")
_ABOVE = 600  # characters above a cell where the table's heading or header names the aircraft
_AROUND = 100  # characters of the sentence around a mark in running text
_SENTENCE_END = re.compile(r"[.!?](?=[ \t\n]+[A-ZÅÄÖ])|\n[ \t]*\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the mark's sentence, at most ``_AROUND`` characters either side."""
    lo, hi = max(0, start - _AROUND), min(len(text), end + _AROUND)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    if (m := _SENTENCE_END.search(text, end, hi)) is not None:
        hi = m.start()
    return lo, hi


def _check_registration(text: str, m: re.Match[str]) -> Verdict | None:
    start, end = m.start("value"), m.end("value")
    if own_cell(text, start, end) and _AIRCRAFT_WORD.search(text, max(0, start - _ABOVE), start):
        return Verdict(start, end, "luftfartygets registrering i en kolumn om flygplan")
    lo, hi = _sentence(text, start, end)
    if _AIRCRAFT_WORD.search(text, lo, start) or _AIRCRAFT_WORD.search(text, end, hi):
        return Verdict(start, end, "luftfartygets registrering bredvid ett ord för flygplan")
    return None


RULES = (Rule("aircraft_registration", _REGISTRATION, score=0.8, check=_check_registration, gate=_GATE),)

"""A thing's whole description before its serial: the maker, the model and its variant, the thing's noun and its size,
a serial's bare label and the serial ("Komposta kärl 240 l nr 5519-2207", "Brandt Vega 3 nr 55 193 307", "Trollhus order
TH 551930", "Kvarnström nr KV5519307"), where the run stands alone in its cell, ends a subject line or follows the
thing's or its maker's noun. Read by ``labelled_id``'s recognizer.

A register of people's things (a waste bin, a watch, a wheelchair, a turbine, a house from a house maker) writes each
one as its plate or its order reads, and the serial ties the one thing to its owner; the maker and the model before it
say whose among few, so the mark runs from the maker's name (see ``numbered_plates`` for a model's coded words and a
serial in one piece). Here the serial may be spaced in groups ("55 193 307") or carry its series' letters apart
("TH 551930"), the label may be the maker's "order", and the words between may be the thing's noun and its volume.
A maker's name with no model before the label is read in a subject line, after the noun, or in a cell of a table
that lists other things with their models nearby ("Kvarnström nr KV5519307" among "Brandt Vega nr …"); alone in a
cell elsewhere it may be a label ("Faktura nr F5519").
A word that is no maker (a label, a numbered part, a body in the definite form, a common noun) and a serial shaped
like a year, a date or a case's number by its year stay out.
"""

from __future__ import annotations

import re

from redact.detect.makers_before_numbers import MAKER, MODEL_WORD, not_a_make
from redact.detect.numbered_plates import _THING, _alone_in_cell, _no_make
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex
from redact.detect.subject_lines import opens_subject_line

# the nouns of the things such a register lists beyond ``numbered_plates``'s: a waste bin, a wheelchair, a hearing
# aid, a turbine, a house, a telephone
_MORE_THINGS = (r"\w*kärl|\w*kärlet|\w*tunna|\w*tunnan|container|containern|\w*rullstol|\w*rullstolen|rollator|"
                r"rollatorn|hörapparat|hörapparaten|turbin|turbinen|värmepump|värmepumpen|\w*hus|\w*huset|villa|villan|"
                r"telefon|telefonen|mobil|mobilen|armbandsur|armbandsuret|ur|uret")
_NOUN = r"(?:" + _THING + r"|" + _MORE_THINGS + r")"
# a volume, a power or a size after a figure ("240 l", "12 kW", "26 tum")
_UNIT = r"(?:l|liter|kg|kW|W|V|Ah|tum|cm|mm|m3|m³)(?![\w])"
# a bare "nr", or the maker's order's (after a serial's own label, "serienr", "S/N", the serial rules mark the serial
# alone or with its maker: see ``make_model_serials``)
_LABEL = r"(?:nr|no|nummer|order|ordernr)\.?:?"
# the serial: series letters glued, dashed or spaced before the digits, one piece with dashes, or digits in spaced
# groups of two or three
_SERIAL = (r"(?:[A-Z]{1,3}[ \u00a0](?=\d{4,})\d+|(?:\d{1,2}/)?[A-Z\d](?:[A-Z\d]|-(?=[A-Z\d]))*"
           r"|\d{2,3}(?:[ \u00a0]\d{3}){1,3})")
_DESCRIBED = compile_rule(
    r"(?<![\w-])(?P<value>(?P<make>" + MAKER + r"|[A-Z]{2,8})"
    r"(?P<words>(?:[ \u00a0]+(?:(?i:" + _NOUN + r")(?![\w-])|" + _UNIT + "|" + MODEL_WORD + r")){0,4})"
    r"[ \u00a0]+(?P<label>" + _LABEL + r")[ \u00a0]*(?P<serial>" + _SERIAL + r"))(?![\w]|[-/.,:]\d|[ \u00a0]\d)"
)
# the thing's noun, or its maker's or supplier's, right before the maker ("turbin Kvarnström nr …", "Husleverantör …")
_NOUN_BEFORE = re.compile(r"(?i)(?<![\w-])(?:" + _NOUN + r"|\w*leverantör(?:en)?|\w*tillverkare(?:n)?|märke|fabrikat)"
                          r"[ \t\u00a0]+$")
# a year, a date, a case's number by its year ("4418-27", "2027-4418"); a case's by a five-digit run and its year
_NO_SERIAL = re.compile(r"^(?:(?:19|20)\d\d(?:[-/]\d+)*|\d{1,4}-\d\d|\d{1,2}/\d{1,2})$")
_YEAR_AFTER = re.compile(r"^\d{5}-\d\d$")


def _stands_whole(text: str, m: re.Match[str]) -> bool:
    """True when the run fills its cell or its line, ends a subject line, or follows the thing's or maker's noun."""
    line = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    after = text[m.end():len(text) if end < 0 else end]
    if _alone_in_cell(text, m):
        return True
    if after.strip(" \t\u00a0.") == "" and opens_subject_line(text, line):
        return True
    return _NOUN_BEFORE.search(text, max(line, m.start() - 40), m.start()) is not None


def _described(text: str, m: re.Match[str]) -> bool:
    """True for a maker, its words, the label and a serial of a thing's plate, whole in its place."""
    make, words, serial = m.group("make"), m.group("words").split(), m.group("serial")
    if sum(c.isdigit() for c in serial) < 5 or _NO_SERIAL.match(serial) or _no_make(make):
        return False
    if _YEAR_AFTER.match(serial) and not any(any(c.isdigit() for c in w) for w in words):
        return False  # "Region Väst nr 44182-27": a case's number by its year, unless a model's figure says a plate
    return not not_a_make(text, m.start("make"), make) and _stands_whole(text, m)


_NEAR_LINES = 12


def _described_beside(text: str, m: re.Match[str]) -> bool:
    """True when another thing of the table near the run (twelve lines either way) is described with its model's
    words: a column of things, where a maker's name alone before "nr" is one too ("Faktura nr F4418" is no such)."""
    lo = text.rfind("\n", 0, m.start())
    hi = m.end()
    for _ in range(_NEAR_LINES):
        lo = text.rfind("\n", 0, lo) if lo > 0 else -1
        if lo < 0:
            break
    for _ in range(_NEAR_LINES):
        nxt = text.find("\n", hi + 1)
        hi = len(text) if nxt < 0 else nxt
    return any(o.start() != m.start() and o.group("words").strip() and _described(text, o)
               for o in _DESCRIBED.finditer(text, max(0, lo), hi))


def _check_described(text: str, m: re.Match[str]) -> Verdict | None:
    """The maker, the model's and the thing's words, the label and the serial, where the run is the whole description;
    from a later word where the first is no maker ("Ämne: Komposta-kärlet Komposta …", "husleverantör Trollhus …")."""
    at = m.start()
    while m is not None:
        if _described(text, m) and (m.group("words").strip() or not _alone_in_cell(text, m)
                                    or _described_beside(text, m)):
            return Verdict(m.start("value"), m.end("value"),
                           "sakens märke, modell och beskrivning före nr och tillverkningsnummer")
        space = re.search(r"[ \u00a0]+", text[at:m.start("label")])
        if space is None:
            return None
        at += space.end()
        m = _DESCRIBED.match(text, at)
    return None


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("serial_after_a_things_whole_description", _DESCRIBED, score=0.8, check=_check_described,
              gate=rule_regex(r"[\w.][ \t\u00a0]+(?:nr|no|nummer|order|ordernr)\.?:?[ \t\u00a0]*[A-Z\d]")),)

"""A thing's maker, its model and its serial after a bare "nr" ("Sako 85 nr R44187", "Axis M3086-V nr ACCC8E441820")
where the run is the thing's whole description: a table's cell holding it alone, a subject line it ends, or a sentence
where the thing's noun stands right before the maker ("Kameran Ezviz C3N nr E44182073 …"). Read by ``labelled_id``'s
recognizer.

The serial ties the one thing to its owner (a weapons licence, a theft report, a complaint about a camera), and the
maker and the model written before it say whose among few, so the mark runs from the maker's name as on the plate.
Elsewhere in a sentence ("… Husqvarna 1640 nr 12447, licens återkallad", "motor Yamaha F60 nr …") the serial alone
is marked (``make_model_serials``). After the thing's noun a maker and a long serial with no "nr" between are the
same plate ("Symaskinen Husqvarna 6440-118207", "barnvagn Emmaljunga 27-441820"). A maker's product code ("FD",
"E-nr") stands where "nr" would ("Tvättex WTX4418 FD 0551-933071"), and in a cell alone a plain model's name
before a serial grouped by a dash or long is a plate too ("Varmeck Ronja nr 0551-93307").
"""

from __future__ import annotations

import re

from redact.detect.makers_before_numbers import MAKER, MODEL_WORD
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex
from redact.detect.subject_lines import opens_subject_line

# the nouns of things a person owns whose plate carries a maker's serial: a weapon, a camera, a mower, a pram, a
# sewing machine, glasses, a drone, a bicycle, a boat's or a garden's machine (an engine's "motor" is left to
# ``make_model_serials``: there the serial alone is its number)
_THING = (r"\w*(?:vapen|vapnet|vapnen|gevär|geväret|bössa|bössan|studsare|studsaren|pistol|pistolen|revolver|"
          r"revolvern|kamera|kameran|kameror|kamerorna|klippare|klipparen|barnvagn|barnvagnen|sittvagn|sittvagnen|"
          r"symaskin|symaskinen|glasögon|glasögonen|drönare|drönaren|cykel|cykeln|kikare|kikaren|motorsåg|motorsågen|"
          r"trimmer|trimmern|elverk|elverket|högtalare|högtalaren|dator|datorn|klocka|klockan|"
          # a household's machines and its heating: a washing machine, a dryer, a heat pump, a stove, a fireplace; a
          # breast pump, a helmet
          r"tvättmaskin|tvättmaskinen|diskmaskin|diskmaskinen|torktumlare|torktumlaren|pump|pumpen|"
          r"spis|spisen|kamin|kaminen|eldstad|eldstaden|aggregat|aggregatet|hjälm|hjälmen)")
# (a bare "nr", a serial's label, or a maker's product code before the unit's number: "E-nr", "FD")
_NR = r"(?:nr|no|nummer|serienr|s/n|S/N|SN|FD|E-[Nn]r)\.?"
_SERIAL = r"(?:\d{1,2}/)?[A-Z\d](?:[A-Z\d]|-(?=[A-Z\d]))*"
# a maker's name with a capital inside ("HumanWare", "PowerTek")
_CAMEL = r"[A-Z][a-z]+[A-Z][a-z]+"
# the maker, one to three model's words, the bare "nr", the serial
_NUMBERED = compile_rule(
    # (the thing's noun before the maker is no maker: "Kameran Ezviz C3N nr …")
    r"(?<![\w-])(?!(?i:" + _THING + r")[ \u00a0])(?P<value>(?P<make>" + MAKER + r"|[A-Z]{3,8}|" + _CAMEL + r")"
    r"(?P<model>(?:[ \u00a0]+" + MODEL_WORD + r"){1,3})"
    r"[ \u00a0]+" + _NR + r"[ \u00a0]*(?P<serial>" + _SERIAL + r"))(?![\w]|[-/.,:]\d)"
)
# after the thing's noun, the maker (its capitals perhaps), a model's words perhaps and a long serial in groups
# ("Symaskinen Husqvarna 6440-118207", "hjälmen KTX Vento MIPS 5519307")
_NOUN_MAKER_SERIAL = compile_rule(
    r"(?<![\w-])(?i:" + _THING + r")[ \u00a0]+(?P<value>(?P<make>" + MAKER + r"|[A-Z]{2,8})"
    r"(?P<model>(?:[ \u00a0]+" + MODEL_WORD + r"){0,3})[ \u00a0]+"
    r"(?P<serial>\d{2,}(?:-\d{2,})+|[A-Z]{0,3}\d{6,}[A-Z]?))(?![\w]|[-/.,:]\d)"
)
_NOUN_BEFORE = re.compile(r"(?i)(?<![\w-])(?:" + _THING + r")[ \t\u00a0]+$")
# a cell's border in a text table
_BORDER = "|\u00a6"
# a year, a date, a case's number by its year ("4418-27", "2027-4418")
_NO_SERIAL = re.compile(r"^(?:(?:19|20)\d\d(?:[-/]\d+)*|\d{1,5}-\d\d|\d{1,2}/\d{1,2})$")


def _alone_in_cell(text: str, m: re.Match[str]) -> bool:
    """True when the run fills its line or its cell of a text table."""
    line = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    before, after = text[line:m.start()], text[m.end():len(text) if end < 0 else end]
    alone_after = after.strip(" \t\u00a0.") == "" or after.lstrip(" \t\u00a0")[:1] in _BORDER
    return alone_after and (before.strip() == "" or before.rstrip()[-1:] in _BORDER)


def _whole_description(text: str, m: re.Match[str]) -> bool:
    """True when the run stands alone in its cell, ends a subject line, or follows the thing's noun."""
    line = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    after = text[m.end():len(text) if end < 0 else end]
    alone_after = after.strip(" \t\u00a0.") == "" or after.lstrip(" \t\u00a0")[:1] in _BORDER
    if _alone_in_cell(text, m):
        return True
    if alone_after and opens_subject_line(text, line):
        return True
    return _NOUN_BEFORE.search(text, max(line, m.start() - 40), m.start()) is not None


def _no_make(make: str) -> bool:
    """True for a word that opens no plate: a numbered part of a text or a place, a number's label, a bank."""
    from redact.detect.bank_names import bank_name
    from redact.detect.make_model_serials import _LABEL_MAKE, _NUMBERED_THING

    return _NUMBERED_THING.match(make) is not None or _LABEL_MAKE.match(make) is not None or bank_name(make)


def _check_numbered(text: str, m: re.Match[str]) -> Verdict | None:
    """The maker, the model and the serial after "nr", where the run is the thing's whole description."""
    serial, words = m.group("serial"), m.group("model").split()
    if _no_make(m.group("make")) or sum(c.isdigit() for c in serial) < 4 or _NO_SERIAL.match(serial):
        return None
    # a model's figure or a serial mixing letters and digits: "Mål 4 nr 2207" and "Region Skåne nr 4418" stay; a
    # cell holding the run alone and a serial of five digits at least is a plate all the same ("Varmeck Ronja nr
    # 0551-93307" under "Kamin")
    if not (any(any(c.isdigit() for c in w) for w in words) or re.search(r"[A-Z]", serial)
            or _plain_plate_in_cell(text, m)):
        return None
    if not _whole_description(text, m):
        return None
    return Verdict(m.start("value"), m.end("value"), "märke, modell och tillverkningsnummer efter nr")


def _plain_plate_in_cell(text: str, m: re.Match[str]) -> bool:
    """True for a run alone in its cell whose serial of five digits at least is grouped by a dash or long, and whose
    maker reads as one: no body in the definite form, no country, no common noun ("Socialnämnden Väst nr 31-55193")."""
    from redact.detect.makers_before_numbers import no_maker

    serial = m.group("serial")
    digits = sum(c.isdigit() for c in serial)
    if digits < 5 or not ("-" in serial or digits >= 7) or not _alone_in_cell(text, m):
        return False
    return not no_maker(text, m.start("make"), m.group("make"))


def _check_noun_maker_serial(text: str, m: re.Match[str]) -> Verdict | None:
    """The maker, its model's words perhaps, and a long serial right after the noun of the thing."""
    from redact.detect.make_model_serials import _NO_SERIAL as _PHONE_OR_DATE, _SUM_AFTER

    serial = m.group("serial")
    if _no_make(m.group("make")) or sum(c.isdigit() for c in serial) < 6 or _PHONE_OR_DATE.match(serial):
        return None
    if any(re.fullmatch(_NR, w) for w in m.group("model").split()):
        return None  # "… DW60 E-Nr 5519-307": a serial's label among the words, the run after "nr" reads it
    if _NO_SERIAL.match(serial) or _SUM_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "märke och tillverkningsnummer efter sakens namn")


RULES = (Rule("serial_with_make_and_model_before_nr", _NUMBERED, score=0.8, check=_check_numbered,
              gate=rule_regex(r"[\w.][ \t\u00a0]+(?:nr|no|nummer|serienr|s/n|S/N|SN|FD|E-[Nn]r)\.?[ \t\u00a0]*[A-Z\d]")),
         Rule("serial_with_make_after_thing", _NOUN_MAKER_SERIAL, score=0.8, check=_check_noun_maker_serial,
              needs=("vapen", "vapn", "gevär", "bössa", "studsare", "pistol", "revolver", "kamera", "kameror",
                     "klippare", "vagn", "symaskin", "glasögon", "drönare", "cykel", "kikare", "såg", "trimmer",
                     "elverk", "högtalare", "dator", "klocka", "maskin", "tumlare", "pump", "spis", "kamin",
                     "eldstad", "aggregat", "hjälm")),)

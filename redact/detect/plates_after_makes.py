"""A car's make and model before its registration, where the run is the car's whole description: a table's cell
holding it alone ("Saab 9-5 KTR 55B", "Renault Clio HB 551 TX") or a subject line it opens ("Oggetto: Peugeot 208
GH 551 KL, danno"). Read by ``license_plate``'s recognizer.

A register of people's cars writes each one as the make, the model and the plate, and the make and the model say
whose car among few, so the mark runs from the make as a register's row does. The plate may be Swedish (three
letters and two digits and a digit or a letter) or another European country's. In a sentence the make stays out
("sin egen Saab KTR 55B": the plate alone is marked by the plate rules).
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.makers_before_numbers import MODEL_WORD
from redact.detect.numbered_plates import _alone_in_cell
from redact.detect.patterns import Rule, Verdict, compile_rule
from redact.detect.subject_lines import after_subject_label
from redact.detect.vehicle_identification import _MAKES

# the plates: Swedish, Italian or French with spaces or dashes, German, Polish, Ukrainian or Bulgarian, Dutch,
# British, Spanish, Finnish, Danish or Norwegian
_PLATES = (r"[A-HJ-PR-UW-Z]{3}[ ]?\d\d[0-9A-HJ-NPR-UW-Z]"
           r"|[A-Z]{2}[ -]\d{3}[ -][A-Z]{2}"
           r"|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ ]?\d{1,4}[EH]?"
           r"|[A-Z]{2,3}[ ]?\d{2,5}[A-Z]{1,2}"
           r"|[A-Z]{1,2}[ ]?\d{4}[ ]?[A-Z]{2}"
           r"|\d{1,2}-[A-Z]{2,3}-\d{1,2}|[A-Z]{2}-\d{2,3}-[A-Z]{1,2}"
           r"|[A-Z]{2}\d{2}[ ]?[A-Z]{3}"
           r"|\d{4}[ ]?[A-Z]{3}"
           r"|[A-Z]{2,3}-\d{1,3}"
           r"|[A-ZÆØ]{2}[ ]\d\d[ ]\d{3}")
_MADE_PLATE = compile_rule(
    r"(?<![\w-])(?P<value>(?P<make>" + _MAKES + r")(?P<model>(?:[ \u00a0]+" + MODEL_WORD + r"){0,2})"
    r"[ \u00a0]+(?P<plate>" + _PLATES + r"))(?![\w\-/]|[.,]\d)"
)
# a case's number by its year ("AB 2027-4418") or a year after letters: no plate
_YEAR = re.compile(r"(?:19|20)\d\d$")


def _check_made_plate(text: str, m: re.Match[str]) -> Verdict | None:
    """The make, the model and the plate, alone in a cell or opening a subject line."""
    plate = m.group("plate")
    letters = re.match(r"[A-ZÄÖÜÆØ]+", plate)
    if (letters and letters.group() in ctx.NOT_PLATE) or _YEAR.search(plate.replace(" ", "")):
        return None
    if not (_alone_in_cell(text, m) or after_subject_label(text, m.start())):
        return None
    return Verdict(m.start("value"), m.end("value"), "bilens märke, modell och registreringsnummer")


#: The rule, run by ``redact.detect.license_plate``'s recognizer.
RULES = (Rule("plate_after_make_and_model", _MADE_PLATE, score=0.8, check=_check_made_plate,
              needs=tuple(sorted({re.split(r"[(\[]", make)[0].lower() for make in _MAKES.split("|")}))),)

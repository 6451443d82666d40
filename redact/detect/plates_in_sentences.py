"""A thing's maker, its model's coded words and its serial in a row in a sentence, with no noun or label before them
("Selen är Julius-K9 IDC 2207-441.", "brandlarmet är Jablotron JA-111ST 0441-822"): the plate as the owner's record
writes it. Read by ``labelled_id``'s recognizer.

The serial of one thing ties it to its owner, and the maker and the model written before it say whose among few, so
the mark runs from the maker's name (as after a thing's noun or a serial's label, see ``make_model_serials``). A
model's word with a digit or two capitals in it ("IDC", "JA-111ST", "F 602 ECO") says the words are a make and a
model; a serial of six digits at least in groups of two or more says the number is a unit's own. A person's name and
a number ("Anna Berg 2207-441"), a body's case number led by its year ("KV 2027-4418-12"), a date, a telephone
number, an organisation's number and a sum stay out, and so do a body named in the definite form ("Kriminalvården",
"Skatteverket"), whose letters and number are its own case's, a country's name, and a word opening a sentence or a
subject line ("Faktura INK 2207-441"), a label as often as a maker.
"""

from __future__ import annotations

import re

from redact.detect.makers_before_numbers import CODED, MAKER, MODEL_WORD, long_number, not_a_make
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_PLATE = compile_rule(
    r"(?<![\w-])(?P<value>(?P<make>" + MAKER + r")(?P<model>(?:[ \u00a0]+" + MODEL_WORD + r"){1,3})[ \u00a0]+"
    r"(?P<serial>\d{2,}(?:-\d{2,})+|\d{6,}))(?![\w]|[-/.,:]\d)"
)
# a year and a dash first: a case's or a register's number ("2027-4418-12"); a date
_YEAR_LED = re.compile(r"^(?:19|20)\d\d-")
# a telephone number: an area code and a subscriber's five digits at least; an organisation's or a person's number
_PHONE = re.compile(r"^0\d{1,3}-\d{5,}$")
_ORG_NUMBER = re.compile(r"^(?:19|20)?\d{6}-\d{4}$")
# a firm's form after its name is no model ("Berg AB"), nor is a number's own label
_NO_MODEL = re.compile(r"^(?:AB|HB|KB|AS|ASA|A/S|ApS|Oy|Oyj|GmbH|AG|Ltd|Inc|LLC|BV|NV|SA|SE|Tel|Fax|Org|Dnr|Reg)$")
_SUM_AFTER = re.compile(r"[ \t\u00a0]*(?:kr\b|kronor|sek\b|:-|euro|eur\b|%)", re.IGNORECASE)


def _check_plate(text: str, m: re.Match[str]) -> Verdict | None:
    """The maker, the model and the serial in a row; not a name, a body's case, a date, a phone or a sum."""
    from redact.detect.make_model_serials import _LABEL_MAKE

    make, words, serial = m.group("make"), m.group("model").split(), m.group("serial")
    if not any(CODED.fullmatch(w) for w in words) or any(_NO_MODEL.match(w) or long_number(w) for w in words):
        return None
    if not_a_make(text, m.start(), make):
        return None
    if _LABEL_MAKE.match(make.upper()) or sum(c.isdigit() for c in serial) < 6:
        return None
    if _YEAR_LED.match(serial) or _PHONE.match(serial) or _ORG_NUMBER.match(serial):
        return None
    if _SUM_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "märke, modell och tillverkningsnummer i en mening")


#: Rules of ``labelled_id``: a maker, a model's coded words and a serial in a row.
RULES = (Rule("serial_with_make_and_model_in_a_sentence", _PLATE, score=0.8, check=_check_plate,
              gate=rule_regex(r"\d\d-\d\d|\d{6}")),)

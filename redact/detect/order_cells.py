"""A person's order in a register's cell: the word for an order in small letters and the order's number, its series'
letters first and a running part after a slash perhaps ("order LBS-K 7713/1", "beställning BK 55193/2"). Read by
``labelled_id``'s recognizer (reported as ID_NUMBER).

A register of what was lent or sent to people writes each person's order in its own column, the word "order" before
the number as the cell reads; the number says whose order among few, so the mark takes the cell whole. In a sentence
the same words may name an agency's own order or a case ("enligt order KS 2027/118"), so only a cell the run fills is
read; a year and a case's number by its year stay out.
"""

from __future__ import annotations

import re

from redact.detect.firm_labelled_numbers import fills_line
from redact.detect.patterns import Rule, Verdict, compile_rule

_ORDER_CELL = compile_rule(
    r"""
    (?<![\w-])(?:order|ordernr\.?|ordernummer|beställning|beställningsnr\.?|best\.[ ]?nr\.?)[ \u00a0]*:?[ \u00a0]*
    (?P<number>(?:[A-ZÅÄÖ]{1,5}(?:-[A-ZÅÄÖ\d]{1,3})?[ \u00a0-]?)?\d{3,}(?:[/-]\d{1,4})?)
    (?![\w/]|[-.,:/]\d)
    """
)
# a year first, or a case's number by its year ("KS 2027/118", "2027-0412")
_YEAR_LED = re.compile(r"^(?:[A-ZÅÄÖ]{1,5}(?:-[A-ZÅÄÖ\d]{1,3})?[ \u00a0-]?)?(?:19|20)\d\d(?:[-/]|$)")


def _check_order_cell(text: str, m: re.Match[str]) -> Verdict | None:
    """The order's word and its number, where the two fill a table's cell."""
    number = m.group("number")
    if sum(c.isdigit() for c in number) < 4 or _YEAR_LED.match(number) or not fills_line(text, m.start(), m.end()):
        return None
    return Verdict(m.start(), m.end("number"), "en persons beställning i registrets cell")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("order_number_in_cell", _ORDER_CELL, score=0.85, check=_check_order_cell,
              needs=("order", "beställning", "best.")),)

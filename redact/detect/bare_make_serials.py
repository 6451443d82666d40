"""A maker's name and a serial alone in a cell, no model's word between ("Vindö 551930" under "Båt"), in the column
of a table read one cell a line whose neighbouring cells are plates by their own shapes ("Linjett 33 L5519307",
"Flipper ST FP55193A70"): a column of each person's things, where the maker and the serial are that one thing's
plate as much. Read by ``labelled_id``'s recognizer.

A serial of six digits at least that is no date, year, telephone or organisation's number; a maker's name that is
no label, numbered thing, bank, body in the definite form or common noun. Outside such a column a name and a number
stay (a place and a postal code, a person and a figure).
"""

from __future__ import annotations

import re

from redact.detect.makers_before_numbers import MAKER, no_maker
from redact.detect.patterns import Rule, Verdict, compile_rule

_CELL_MAKE_SERIAL = compile_rule(
    r"(?m)^[ \t\u00a0]*(?P<value>(?P<make>" + MAKER + r")[ \u00a0](?P<serial>\d{6,}))[ \t\u00a0]*$"
)


def _check_bare_make_serial(text: str, m: re.Match[str]) -> Verdict | None:
    """The maker and the serial alone in a cell of a column of plates."""
    from redact.detect.make_model_serials import _no_make, _serial_value, in_column_of_plates, plate_lines_near

    make, serial = m.group("make"), m.group("serial")
    if _no_make(make, []) or not _serial_value(serial) or no_maker(text, m.start("make"), make):
        return None
    if not in_column_of_plates(text.count("\n", 0, m.start()), plate_lines_near(text, m.start())):
        return None
    return Verdict(m.start("value"), m.end("value"), "märke och tillverkningsnummer i en kolumn av tillverkningsnummer")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("serial_with_bare_make_in_a_column_of_plates", _CELL_MAKE_SERIAL, score=0.8,
              check=_check_bare_make_serial),)

"""A key's number after its lock maker's name: "ASSA 4418-22-07", "Abloy 7731 0552", "EVVA 44-1822".

A landlord, a school or a firm hands a person a key of its lock system and writes the key's stamped number after
the lock's maker, as the key itself reads; the number leads to the one who holds the key and to the door it opens,
so it is masked with the maker's name. A maker's name before a lock's profile or a count ("ASSA d12", "ASSA 3 st")
holds too few digits and stays. A rule of ``labelled_id`` (ID_NUMBER).
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.patterns import Rule, Verdict, compile_rule

# the lock systems' makers as their keys are stamped, in capitals or as the firm writes its name (not those whose
# name is a word too: "DOM" heads a judgment)
_MAKERS = (r"ASSA|Assa|ABLOY|Abloy|EVVA|Evva|KABA|Kaba|DORMA|Dorma|dormakaba|RUKO|Ruko|TrioVing|Trioving|TRIOVING"
           r"|Medeco|MEDECO|Mul-T-Lock|MUL-T-LOCK|Winkhaus|WINKHAUS|CISA|Cisa|ISEO|Iseo|Yale|YALE")
KEY_NUMBER = compile_rule(
    rf"(?<![\w-])(?P<value>(?:{_MAKERS})[ \t\u00a0]+(?:nr\.?[ \t\u00a0]+)?\d+(?:[-/ \u00a0]\d+){{0,3}})(?![\w]|[-/.,:]\d)"
)
_DIGITS_LEAST = 5  # a key's stamped number, not a profile's or a count's


def _check_key(text: str, m: re.Match[str]) -> Verdict | None:
    """The key's number with its maker, not a sum or a short count."""
    value = m.group("value")
    if sum(c.isdigit() for c in value) < _DIGITS_LEAST or MONEY_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "nyckelns nummer efter låsets tillverkare")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("lock_key_number", KEY_NUMBER, score=0.8, check=_check_key,
              needs=("assa", "abloy", "evva", "kaba", "dorma", "ruko", "trioving", "medeco", "mul-t-lock", "winkhaus",
                     "cisa", "iseo", "yale")),)

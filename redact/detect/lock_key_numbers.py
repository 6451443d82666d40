"""A key's number after its lock maker's name: "ASSA 4418-22-07", "Abloy 7731 0552", "EVVA 44-1822".

A landlord, a school or a firm hands a person a key of its lock system and writes the key's stamped number after
the lock's maker, as the key itself reads; the number leads to the one who holds the key and to the door it opens,
so it is masked with the maker's name, and with the key's profile between them ("ASSA d12 4418-22"). A maker's name
before a lock's profile or a count alone ("ASSA d12", "ASSA 3 st") holds too few digits and stays. A smart lock's
maker before the code it opens to ("Glue kod 551930") is the door's code for its holder, and masked so too. Rules of
``labelled_id`` (ID_NUMBER).
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.patterns import Rule, Verdict, compile_rule

# the lock systems' makers as their keys are stamped, in capitals or as the firm writes its name (not those whose
# name is a word too: "DOM" heads a judgment)
_MAKERS = (r"ASSA|Assa|ABLOY|Abloy|EVVA|Evva|KABA|Kaba|DORMA|Dorma|dormakaba|RUKO|Ruko|TrioVing|Trioving|TRIOVING"
           r"|Medeco|MEDECO|Mul-T-Lock|MUL-T-LOCK|Winkhaus|WINKHAUS|CISA|Cisa|ISEO|Iseo|Yale|YALE")
# the key's profile or the lock's model between the maker and the key's number ("ASSA d12 4418-22")
_PROFILE = r"[A-Za-z]{1,3}\d{1,3}[a-z]?"
KEY_NUMBER = compile_rule(
    rf"(?<![\w-])(?P<value>(?:{_MAKERS})[ \t\u00a0]+(?:{_PROFILE}[ \t\u00a0]+)?(?:nr\.?[ \t\u00a0]+)?"
    r"(?P<number>\d+(?:[-/ \u00a0]\d+){0,3}))(?![\w]|[-/.,:]\d)"
)
# a smart lock's maker and the code it opens to ("Glue kod 551930", "Nuki PIN 4471"): the door's code is its holder's
_SMART_MAKERS = r"Glue|Nuki|Danalock|Bold|ID[ \u00a0]Lock|Yale[ \u00a0]Doorman|Yale[ \u00a0]Linus"
SMART_CODE = compile_rule(
    rf"(?<![\w-])(?P<value>(?:{_SMART_MAKERS})[ \t\u00a0]+(?:kod|koden|code|PIN|pin|pinkod)[ \t\u00a0]*:?[ \t\u00a0]*"
    r"(?P<number>\d{4,8}))(?![\w]|[-/.,:]\d)"
)
_DIGITS_LEAST = 5  # a key's stamped number, not a profile's or a count's


def _check_key(text: str, m: re.Match[str]) -> Verdict | None:
    """The key's number with its maker, not a sum or a short count."""
    if sum(c.isdigit() for c in m.group("number")) < _DIGITS_LEAST or MONEY_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "nyckelns nummer efter låsets tillverkare")


def _check_smart_code(text: str, m: re.Match[str]) -> Verdict | None:
    """The smart lock's maker, the code's word and the code, not a sum."""
    if MONEY_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "det smarta låsets kod efter tillverkaren")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("lock_key_number", KEY_NUMBER, score=0.8, check=_check_key,
              needs=("assa", "abloy", "evva", "kaba", "dorma", "ruko", "trioving", "medeco", "mul-t-lock", "winkhaus",
                     "cisa", "iseo", "yale")),
         Rule("smart_lock_code", SMART_CODE, score=0.8, check=_check_smart_code,
              needs=("glue", "nuki", "danalock", "bold", "id lock", "yale")),)

"""A receipt's or a voucher's number after its word: "kvitto 55-1930733", "kassakvitto nr KV 5519-307", "Kvittonr:
DEP 31-0552", "presentkortet 5519 3307 22". Read by ``labelled_id``'s recognizer.

A shop's receipt, a deposit's slip or a voucher a person holds ties the purchase or the deposit to that person (a
customs officer's check of a traveller's goods, a costume lent against a deposit, a claim for costs), and the words
say what the number is wherever the sentence stands: no person need be named in it. A date, a year, a time, a sum, a
telephone number and the authority's own case ("KS 2026/112") stay, and so does a number the writer calls its own
("vårt kvitto nr …"), and a receipt of service a court or a body sends back ("delgivningskvitto"): the prefix must be
a shop's or a purchase's.
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.id_value import _NOT_A_CODE, _VALUE
from redact.detect.patterns import Rule, Verdict, compile_rule

# the receipt's or the voucher's word, a shop's or a purchase's kind of it before perhaps, its number's word after
_LABEL = (r"(?i:(?:kassa|köpe|taxi|inköps|depositions)?kvitto(?:t|nummer|numret|nr\.?)?"
          r"|(?:present|värde)kort(?:et|snummer|snr\.?)?|värdebevis(?:et)?|voucher)")
RECEIPT = compile_rule(
    rf"""
    (?<![\w-])(?P<label>{_LABEL})
    # (the number's word whole: the "NR" of a code's own letters, "kvitto NRM-KV 4418/22A", is no word of it)
    (?:[ \t\u00a0]+(?i:nr\.?|nummer|no\.?)(?![^\W\d_]))?
    [ \t\u00a0]*:?[ \t\u00a0]*
    {_VALUE}
    (?![\w]|[-/.,:]\d)
    """
)
# the writer's own number before the word: "vårt kvitto", "kommunens kvitto"
_OWN_BEFORE = re.compile(r"(?i)(?<![\w-])(?:vår|vårt|våra|kommunens|nämndens|myndighetens|regionens|verkets)"
                         r"[ \t\u00a0]+$")


def _check_receipt(text: str, m: re.Match[str]) -> Verdict | None:
    """The number after a receipt's or a voucher's word, when it is a code: five digits at least, no date, sum or
    telephone number, not the writer's own."""
    value = m.group("value")
    if sum(c.isdigit() for c in value) < 5 or _NOT_A_CODE.match(value) or MONEY_AFTER.match(text, m.end("value")):
        return None
    if _OWN_BEFORE.search(text, max(0, m.start("label") - 20), m.start("label")):
        return None
    label = m.group("label").lower()
    return Verdict(m.start("value"), m.end("value"), f"kvittots eller värdebevisets nummer efter '{label}'")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("receipt_number", RECEIPT, score=0.8, check=_check_receipt,
              needs=("kvitto", "kort", "värdebevis", "voucher")),)

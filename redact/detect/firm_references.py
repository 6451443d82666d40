"""A firm's reference for one person's matter, written right after the firm's name.

A debt collector, a lender, an insurer or a landlord files each customer's matter under a reference of its own
("Avbetalning till Kreditbolaget Norr AB, ref. KN-4471-0932", "Försäkringsbolaget AB:s referens 88-21 4470"): it
leads to the person as a customer number does. The firm is named by its company form, so the authority's own
reference ("Vår ref.", "Er referens") and another authority's case number stay readable; a diary number with a
slash ("KS 2026/118") is a case's however it is named.

A law firm named by its trade's word ("Advokat Lindmark", "Juristbyrå Västkust", "Advokatfirman Berg & Ek") files its
client's matter the same way, the client's initials or the year glued to the number ("ref. 5512-AB", "ref. 26/5512"):
the mark runs from the trade's word, as the register of a dispute's parties writes the counsel's reference.

Rules of ``redact.detect.labelled_id`` (reported as ID_NUMBER).
"""

from __future__ import annotations

import re

from redact.detect.company_forms import AFTER_NAME
from redact.detect.patterns import Rule, Verdict, compile_rule

FIRM_REFERENCE = compile_rule(
    rf"""
    (?<![\w-])(?P<firm>(?:[A-ZÅÄÖ][\w&.-]*[ \t]+){{1,4}}{AFTER_NAME})(?:[ \t]*:s)?(?![\w-])
    [ \t]*[,(]?[ \t]*(?:(?i:med|har|under)[ \t]+)?
    (?i:ref\.?|referens|referensen|referensnummer|referensnr\.?|ref\.?[ \t]?nr\.?)
    (?:[ \t]+(?i:nr\.?|nummer))?[ \t]*:?[ \t]*\n?[ \t]*
    (?P<value>(?:[A-ZÅÄÖ]{{1,6}}[-\u00a0 ]?)?\d+(?:[-\u00a0 ]\d+){{0,3}})
    (?![\w/]|[-.,:/]\d)
    """
)
# a law firm by its trade's word and its name's one to three words, then its reference for its client
_LAW_FIRM_REFERENCE = compile_rule(
    r"""
    (?<![\w-])(?P<firm>(?:Advokat|Advokatfirman|Advokatfirma|Advokatbyrån|Advokatbyrå|Advokaterna|Juristbyrån|Juristbyrå
                        |Juristfirman|Familjejuristen|Rechtsanwalt|Rechtsanwältin|Kanzlei|Cabinet|Bufete)
                     (?:[ \t\u00a0]+(?:[A-ZÅÄÖ][\w'-]*|&)){1,3}),?
    [ \t\u00a0]+(?i:ref\.?|referens|vår[ \t]ref\.?|Az\.?|réf\.?)[ \t\u00a0]*:?[ \t\u00a0]*
    (?P<value>(?:[A-ZÅÄÖ]{1,4}[- ]?)?\d+(?:[-/]\d+){0,3}(?:[-/][A-ZÅÄÖ]{1,4})?)
    (?![\w/]|[-.,:/]\d)
    """
)
_DATE = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d$")
_MONEY_AFTER = re.compile(r"[ \t\u00a0]*(?:kr\b|kronor|sek\b|:-|%)", re.IGNORECASE)


def _check_firm_reference(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    if sum(c.isdigit() for c in value) < 4 or _DATE.match(value) or _MONEY_AFTER.match(text, m.end("value")):
        return None  # a short serial, a date or a sum is no customer's reference
    return Verdict(m.start("value"), m.end("value"), "ett företags referens för en persons ärende")


def _check_law_firm_reference(text: str, m: re.Match[str]) -> Verdict | None:
    """The law firm's trade word, its name, the label and its client's reference, as one mark."""
    value = m.group("value")
    if sum(c.isdigit() for c in value) < 4 or _DATE.match(value) or _MONEY_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("firm"), m.end("value"), "advokatbyråns namn och referens för sin klient")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (
    Rule("firm_reference_number", FIRM_REFERENCE, score=0.8, check=_check_firm_reference, needs=("ref",)),
    Rule("law_firm_reference_number", _LAW_FIRM_REFERENCE, score=0.85, check=_check_law_firm_reference,
         needs=("advokat", "jurist", "rechtsanw", "kanzlei", "cabinet", "bufete")),
)

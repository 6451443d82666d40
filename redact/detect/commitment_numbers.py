"""The number of a payment commitment another body gave for one person: "en betalningsförbindelse från
socialtjänsten, SoT Malmö 2027-0441", "kostnadsåtagande från regionen RS 26-4418".

A social service, a region or an insurer that promises to pay for one person's care, aid or stay numbers the promise
in its own register of that person's matter; the clinic, the home or the school that receives it writes the number
as the body does, its short name and place before the year and the serial. Named after the commitment's noun and the
body, it leads to the person as another body's case number does, so it is masked whole; the receiving authority's
own case and invoice numbers have no such noun before them and stay. Rules of ``labelled_id`` (ID_NUMBER).
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.patterns import Rule, Verdict, compile_rule

# the commitment's noun, indefinite or definite: to pay, to bear the cost, to stand surety
_NOUN = (r"(?i:betalningsförbindelse(?:n)?|betalningsåtagande(?:t)?|kostnadsåtagande(?:t)?|kostnadsförbindelse(?:n)?"
         r"|ansvarsförbindelse(?:n)?)")
# the body that gives it: a word or two, its own name or its kind ("socialtjänsten", "Region Skåne", "kommunen")
_BODY = r"[\wåäöÅÄÖ-]{3,30}(?:[ \t\u00a0]+[A-ZÅÄÖ][\wåäö-]{2,30})?"
# the number as the body writes it: its short name and a place maybe, then digits in groups
_NUMBER = (r"(?P<value>(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5}[ \t\u00a0]+(?:[A-ZÅÄÖ][a-zåäö]{2,20}[ \t\u00a0]+)?)?"
           r"\d+(?:[-/ \u00a0]\d+){0,3})")
COMMITMENT_NUMBER = compile_rule(
    rf"(?<![\w-]){_NOUN}[ \t\u00a0]+(?i:från|av|hos)[ \t\u00a0]+{_BODY}"
    rf"(?:[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+(?i:med[ \t\u00a0]+)?(?i:nr\.?|nummer)[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)"
    rf"{_NUMBER}(?![\w]|[-/.,:]\d)"
)
_DIGITS_LEAST = 6  # a year and a serial: no count, no sum


def _check_commitment(text: str, m: re.Match[str]) -> Verdict | None:
    """The commitment's number, not a sum or a short count."""
    value = m.group("value")
    if sum(c.isdigit() for c in value) < _DIGITS_LEAST or MONEY_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "betalningsförbindelse från ett annat organ för en person")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("commitment_number", COMMITMENT_NUMBER, score=0.8, check=_check_commitment,
              needs=("förbindelse", "åtagande")),)

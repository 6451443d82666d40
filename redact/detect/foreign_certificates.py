"""A foreign body's certificate for one person, named by the body's abbreviation and the document's own word before
its number ("DRV A1 nr 65 170482 K 512", "VMI pažyma Nr. 71-2290513", "ZUS zaświadczenie nr 0441-82207"), and a
certificate's noun in small letters before the abbreviation of what it is and its number, filling a register's cell
("intyg PRC 26-7713902", a provisional replacement certificate for a health insurance card). Read by ``labelled_id``'s recognizer (reported as
ID_NUMBER).

A register of a person's papers from abroad writes the body, the document and the number as one thing: the number is
the person's (a posted worker's A1 certificate, a tax authority's certificate of residence), and the body's letters
before it say whose among few, so the mark runs from them. The document's words are the EU's form codes (A1, S1,
E106, U1) and the countries' own nouns for a certificate; the Swedish ones are the label rules'. A number shaped like
a year or a case's number by its year, a sum and a number of fewer than five digits (a form's own number: "FK 7263")
stay out.
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.firm_labelled_numbers import fills_line
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# the EU's forms for social security abroad and the countries' nouns for a certificate: Lithuanian, Polish, German,
# French, Spanish, Italian, English, Latvian, Estonian, Finnish, Czech, Slovak, Hungarian, Romanian, Slovene,
# Croatian, Dutch
_FORM = r"PD[ \u00a0]?A1|PD[ \u00a0]?S1|PD[ \u00a0]?U1|A1|S1|S2|E101|E104|E106|E109|E121|U1"
_NOUN = (r"pažyma|pažymėjimas|zaświadczenie|bescheinigung|certificat|certificado|certificato|certificate|attestation"
         r"|izziņa|tõend|todistus|potvrzení|potvrdenie|igazolás|adeverință|adeverinţă|potrdilo|uvjerenje|verklaring")
_NR = r"(?:Nr|nr|NR|No|no|n°|nº|č|br)\.?"
# the number: a series' letters perhaps, digits in groups, a single capital between groups ("12 120375 B 447")
_NUMBER = r"(?:[A-Z]{1,3}[ \u00a0-]?)?\d+(?:[ \u00a0/-]\d+|[ \u00a0][A-Z](?=[ \u00a0]\d))*"
_BODY_DOCUMENT = compile_rule(
    rf"""
    (?<![\w-])(?P<body>[A-ZÅÄÖŠŽ]{{2,5}})[ \u00a0]+(?:{_FORM}|(?i:{_NOUN}))(?![\w-])
    (?:[ \u00a0]+{_NR})?[ \u00a0]*:?[ \u00a0]*
    (?P<number>{_NUMBER})(?![\w/]|[-.,:/]\d)
    """
)
# a certificate's noun in small letters, the certificate's or its body's abbreviation, the number
_NOUN_CODE = compile_rule(
    rf"""
    (?<![\w-])(?P<body>intyg|certifikat|certificate|attest|{_NOUN})[ \u00a0]+[A-Z]{{2,5}}
    (?:[ \u00a0]+{_NR})?[ \u00a0]*:?[ \u00a0]*
    (?P<number>{_NUMBER})(?![\w/]|[-.,:/]\d)
    """
)
# a year first, or a case's number by its year ("2027-4418", "27/2027")
_YEAR_LED = re.compile(r"^(?:[A-Z]{1,3}[ \u00a0-]?)?(?:19|20)\d\d(?:[-/]|$)")
# the letters of a case's or a document's own label, no body's
_NO_BODY = re.compile(r"^(?:DNR|NR|REF|ID|NO|OCR|AB|HB|KB)$")


def _check_noun_code(text: str, m: re.Match[str]) -> Verdict | None:
    """The certificate's noun, its abbreviation and its number, where the three fill a table's cell (in a sentence
    the noun is the number's label: "har certifikat CB 1207-4418")."""
    return _check(text, m) if fills_line(text, m.start(), m.end()) else None


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    """The body's letters or the certificate's noun, the document and its number, as one mark."""
    number = m.group("number")
    if sum(c.isdigit() for c in number) < 5 or _YEAR_LED.match(number) or MONEY_AFTER.match(text, m.end()):
        return None
    if _NO_BODY.match(m.group("body")):
        return None
    return Verdict(m.start("body"), m.end("number"), "utländsk myndighets intyg och dess nummer för en person")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (
    Rule("certificate_after_foreign_body", _BODY_DOCUMENT, score=0.85, check=_check,
         gate=rule_regex(r"(?i)[A-Z][ \u00a0]+(?:" + _FORM + "|" + _NOUN + r")(?![\w-])")),
    Rule("certificate_after_its_noun_and_code", _NOUN_CODE, score=0.85, check=_check_noun_code,
         gate=rule_regex(r"(?i)(?:intyg|certifikat|certificate|attest|" + _NOUN + r")[ \u00a0]+[A-Z]{2}")),
)

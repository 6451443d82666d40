"""The numbers of documents of value a private person holds: a promissory note's ("Revers nr 2018-0295"), a share
certificate's or a run of them ("Aktiebrev nr 207–215"), a savings book's, and a mortgage deed's place in the land
register's day-book ("pantbrev, Dagboksnr 1974/3306:2"). Read by ``labelled_id``'s recognizer.

A court declares such a document void when its holder has lost it, and the application, the notice and the decision
name it by its number: the number leads to the holder as an account's does. Its shape may be a case number's (a year
and a serial), which the label rules keep as the authority's own; but no authority labels its own case by a
document's noun, so after the noun and "nr" the number is the holder's whatever its shape. The label stays outside.

A mortgage deed is named by the day-book entry of its inscription and the deed's place in it ("1974/3306:2"): the
year, the entry and, after a colon, the deed. The registry's current entry of an application ("Dagboksnr 26-0417")
has no deed's part and stays; the deed's number counts only where a deed is named just before it (in its sentence,
or in its table row, whose cells may be read one a line).
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule

# a document of value by its noun (indefinite or definite, singular or plural), then "nr" or "nummer"
_DOCUMENT = (r"revers|reversen|reverser|reverserna|skuldebrev|skuldebrevet|skuldebreven"
             r"|aktiebrev|aktiebrevet|aktiebreven|pantbrev|pantbrevet|pantbreven|obligation|obligationen"
             r"|sparbok|sparboken|sparbanksbok|sparbanksboken"
             r"|bankbok|bankboken|motbok|motboken|förlagsbevis|förlagsbeviset|andelsbevis|andelsbeviset")
# the number: a year and a serial ("2018-0295"), a run of certificates ("207–215"), digits with a deed's part
_NUMBERED = compile_rule(
    rf"(?<![\w-])(?i:{_DOCUMENT})[ \t\u00a0]+(?i:nr\.?|nummer|numren)[ \t\u00a0]*:?[ \t\u00a0]*"
    r"(?P<value>\d{1,8}(?:[-–/]\d{1,8})?(?::\d{1,3})?)(?![\w]|[-–/.,:]\d)"
)
_DATE = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d$|^\d{1,2}/\d{1,2}$")
_SUM_AFTER = re.compile(r"[ \t\u00a0]*(?:kr|kronor|sek|st|år)\b", re.IGNORECASE)


def _check_numbered(text: str, m: re.Match[str]) -> Verdict | None:
    """A document's number after its noun and "nr"; not a date, a sum or a list's place."""
    value = m.group("value")
    if sum(c.isdigit() for c in value) < 3 or _DATE.match(value) or _SUM_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "handlingens nummer efter dess namn")


# the day-book's label, then the year, the entry and the deed's part
_DEED = compile_rule(
    r"(?<![\w-])(?i:dagboksnr\.?|dagboksnummer|dagboksnumret|dagbok[ \t\u00a0]+nr\.?)[ \t\u00a0]*:?[ \t\u00a0]*"
    r"(?P<value>(?:19|20)\d\d/\d{1,6}:\d{1,3})(?![\w]|[-/.,:]\d)"
)
_DEED_WORD = re.compile(r"(?i)pantbrev|inteckning")
_DEED_BEFORE = 160  # characters back: a sentence, or a table's row
_DEED_LINES = 3  # the label's line and the two before it: a row's cells read one a line


def _check_deed(text: str, m: re.Match[str]) -> Verdict | None:
    """A mortgage deed's day-book number where a deed is named before it in its sentence or its row."""
    start = m.start()
    lo = text.rfind("\n", 0, start) + 1
    for _ in range(_DEED_LINES - 1):
        lo = text.rfind("\n", 0, lo - 1) + 1 if lo > 0 else 0
    if not _DEED_WORD.search(text, max(lo, start - _DEED_BEFORE), start):
        return None
    return Verdict(m.start("value"), m.end("value"), "pantbrevets dagboksnummer")


RULES = (Rule("held_document_number", _NUMBERED, score=0.8, check=_check_numbered,
              needs=("revers", "brev", "obligation", "bok", "bevis")),
         Rule("mortgage_deed_number", _DEED, score=0.8, check=_check_deed, needs=("dagbok",)),)

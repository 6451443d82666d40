"""A postal code with its town standing alone ("bor i 123 45 Småstad"); inside an address it is left to ADDRESS."""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.address import POSTCODE, TOWN, iter_address_spans
from redact.detect.context import find_context_word
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule

SP = ctx.SP
# a town's postal district by its number, ending the line or the cell, as Czech towns write it ("120 00 Praha 2")
_WITH_TOWN = compile_rule(rf"(?<![\w+\-/.,]){POSTCODE}{SP}+{TOWN}(?:[ \t]\d{{1,2}}(?=[ \t]*(?:\n|$|\|)))?")
# Five digits without a town only count after a label ("Postnummer: 123 45").
_CODE_ONLY = compile_rule(rf"(?<![\w+\-/.,]){POSTCODE}(?![\w]|[.,\-/]\d)")
_LABEL = ("postnummer", "postnr", "postnr.", "post.nr")
_LABEL_BEFORE = 25  # characters before the code where its label is looked for


def _inside_address(text: str, start: int, end: int) -> bool:
    # Only an address just before can contain this code; look at a small window.
    lo = max(0, start - 80)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    # (the first address that holds the code answers: the rules after it are not run)
    return any(a <= start - lo and end - lo <= b for a, b in iter_address_spans(text[lo : end + 40]))


def _check_with_town(text: str, m: re.Match[str]) -> Verdict | None:
    if _inside_address(text, m.start(), m.end()):
        return None
    return Verdict(m.start(), m.end(), "postal code NNN NN + town")


def _check_code_only(text: str, m: re.Match[str]) -> Verdict | None:
    # the rule requires its label and would drop the code without it: look for the label first, as the rule
    # will, since the address test costs more (it runs the address rules on the lines around the code)
    if not find_context_word(text, m.start(), m.end(), _LABEL, _LABEL_BEFORE):
        return None
    if _inside_address(text, m.start(), m.end()):
        return None
    return Verdict(m.start(), m.end(), "postal code NNN NN after a label")


class PostalCodeRecognizer(SwedishPatternRecognizer):
    """Swedish postal code and town outside a street address."""

    ENTITY = "POSTAL_CODE"
    NAME = "postal_code"
    CONTEXT = ctx.POSTAL_CODE
    RULES = (
        Rule("postcode_town", _WITH_TOWN, score=0.6, context_score=0.85, check=_check_with_town),
        Rule("postcode_labelled", _CODE_ONLY, score=0.5, context_score=0.85, check=_check_code_only,
             context=_LABEL, require_context=True, before=_LABEL_BEFORE, needs=("post",)),
    )

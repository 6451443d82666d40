"""A firm named by its kind of business before its owner's surname ("Advokatfirman Lind", "Begravningsbyrån Ek &
Son"), and its postal box after the name ("Advokatfirman Lind, Box 412"): the firm's name and address, no person's.

A firm named so is a company (a law firm, an accountants', a funeral director's) that receives its mail in a box; a
defence counsel's or an agent's firm in a table of a case's parties gives it in the parties' address column. A name
reader takes the surname for a person's, the column's rule the cell for a home.
"""

from __future__ import annotations

import re

# the firm's word, its definite form too: a law firm, a bureau of a trade, "Firma"
_FIRM_WORD = (r"(?:Advokatfirma|Advokatbyrå|Juristfirma|Juristbyrå|Redovisningsbyrå|Revisionsbyrå|Begravningsbyrå|"
              r"Inkassobyrå|Ombudsbyrå|Firma)n?")
# then the name's capitalised words ("Brandt", "Lind & Son")
_WORDS = r"[A-ZÅÄÖ][\w.-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÅÄÖ][\w.-]*)*"
_NAME = r"[ \t]+" + _WORDS
_FIRMS_NAME = re.compile(_FIRM_WORD + _NAME)
# and a comma and the box with its number, the postal code and town after it or not
_FIRMS_BOX = re.compile(_FIRM_WORD + _NAME + r"[ \t]*,[ \t]*(?i:box)[ \t]+\d{1,6}"
                        r"(?:[ \t]*,?[ \t]*\d{3}[ \t]?\d{2}[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*)?)?")
# the firm's word right before a name found alone ("Advokatfirman " of "Advokatfirman Brandt")
_FIRM_WORD_BEFORE = re.compile(rf"(?<![\w-]){_FIRM_WORD}[ \t]+$")


def firms_box(span: str) -> bool:
    """True when ``span`` (a finding's text) is a firm's name by its kind of business and its postal box."""
    return _FIRMS_BOX.fullmatch(" ".join(span.split())) is not None


def firms_name(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (a name found) is a firm's name by its kind of business, the firm's word in it or
    right before it."""
    span = " ".join(text[start:end].split())
    return _FIRMS_NAME.fullmatch(span) is not None or (
        after_firm_word(text, start) and re.fullmatch(_WORDS, span) is not None)


def after_firm_word(text: str, start: int) -> bool:
    """True when a firm's word stands right before ``start`` ("Advokatfirman " before "Brandt"): a name there is the
    firm's."""
    return _FIRM_WORD_BEFORE.search(text, max(0, start - 24), start) is not None

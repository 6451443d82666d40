"""A home after an address label that says which of a person's addresses it is, without a colon: "tidigare adress
12 Phố Hàng Bạc, Hoàn Kiếm, Hà Nội", "ny adress Kuche-ye Golha 12, Mashhad", "nuvarande adress\nRua das Flores 8,
Porto".

"Tidigare adress", "ny adress", "senaste adress" name a home of the person the sentence is about; what follows up to
the clause's end is that home, in whatever country's form, when it holds a house number beside a name or a street
word (``table_values.home_with_number``, the test a home column's cell passes). The parts after the first that opens
with a lowercase word are a remark, not the address ("…, portkod lämnas muntligen"). Rule of
``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.address_shapes import ADDRESS_PART_WORD, parts_before_remark
from redact.detect.patterns import Verdict, compile_rule

# the label: which address (earlier, new, current, last, former), then the noun; a verb may stand between the label
# and the value, and the value may begin on the next line where the paragraph wrapped
WHICH_ADDRESS = compile_rule(
    r"(?<![\w-])(?i:tidigare|ny|nya|nuvarande|senaste|förra|gamla|sista|kända)[ \t]+(?i:adress|adressen|hemadress|"
    r"postadress|bostadsadress|folkbokföringsadress)(?:[ \t]+(?i:var|är|blir|blev))?"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?P<value>[^\W_][^\n;:()]{2,90}?)(?=[ \t]*(?:[;\n)]|$|\.[ \t]*(?:\n|$)|\.[ \t]+[A-ZÅÄÖ]|,[ \t]+(?:men|och|där|som)"
    r"[ \t]))")
NEEDS = ("adress",)
# the number first and then a word ("12 Phố Hàng Bạc", "14 Elm Road"): the word is a street's name, capitalised;
# "ny adress 2 veckor senare" is a time
_NUMBER_FIRST = re.compile(r"\d{1,4}[A-Za-z]?,?[ \t]+(?P<word>\S)")


def _up_to_clause(value: str) -> str:
    """The value up to the first lowercase word after its number that is no unit's or street's word: the sentence
    goes on there ("Åsgatan 3 lgh 1201 som tillfällig adress", "Byvägen 2, 813 33 Hofors står kvar i akten")."""
    from redact.detect.table_home_values import _STREET_WORD

    seen_digit = False
    for w in re.finditer(r"\S+", value):
        word = w.group().rstrip(",")
        if (seen_digit and word[:1].islower() and not ADDRESS_PART_WORD.match(word)
                and not _STREET_WORD.fullmatch(word.rstrip("."))):
            return value[:w.start()]
        seen_digit = seen_digit or any(ch.isdigit() for ch in word)
    return value


def _sentence_before_number(value: str) -> bool:
    """True when a lowercase word of four letters or more (no street's or unit's word) stands before the first number:
    a sentence follows the label ("ny adress\nJag har flyttat från Åsgränd 7"), no address; a street's particles
    ("Rua das Flores 8", "Calle de la Paz 4") are shorter."""
    from redact.detect.table_home_values import _STREET_WORD

    for w in re.finditer(r"\S+", value):
        word = w.group().rstrip(",.")
        if any(ch.isdigit() for ch in word):
            return False
        if (len(word) >= 4 and word[:1].islower() and not ADDRESS_PART_WORD.match(w.group().rstrip(","))
                and not _STREET_WORD.fullmatch(word)):
            return True
    return False


def check_which_address(text: str, m: re.Match[str]) -> Verdict | None:
    """The home after a label naming which address it is, when it holds a house number."""
    from redact.detect.table_home_values import home_with_number

    value = m.group("value")
    kept = parts_before_remark(value)
    value = _up_to_clause(",".join(kept)).rstrip(" .,")
    if _sentence_before_number(value):
        return None
    lead = _NUMBER_FIRST.match(value)
    if lead is not None and not lead.group("word").isupper():
        return None
    if not home_with_number(value):
        return None
    start = m.start("value")
    return Verdict(start, start + len(value), "adress efter etikett för vilken adress det är")

"""Maltese addresses: the street by its Maltese word ("Triq", street; "Sqaq", alley; "Vjal", avenue; "Pjazza",
"Misraħ", square; "Telgħa", rise; "Xatt", waterfront; "Trejqa", "Mogħdija", lane) and its name with the articles
joined to their words ("Triq il-Kappillan Mifsud", "Triq San Pawl", "Triq ta' Xbiex"), the house before it by its
number ("12, Triq …", "Nru 12 …", "Flat 4, …") or, as most Maltese homes are known, by its name ("Dar il-Ward,
Triq …", "Villa Rosa, Triq …"), and the town and the postal code after it ("Ħaż-Żebbuġ ZBG 1402", "Malta" last).

"Triq" and its kin are no word of Swedish or English: with a name after them they are a street. A house's name
counts at a line's or a cell's start only (a window's first line, a table's address cell), where no sentence's words
stand before it. Rules of ``redact.detect.address`` (via ``address_regions``).
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule

_KIND = r"(?:Triq|Sqaq|Vjal|Pjazza|Misraħ|Misrah|Telgħa|Telgha|Xatt|Trejqa|Mogħdija|Moghdija|Vanella|Kalata)"
# a capitalised word, Maltese letters and an apostrophe's elision too ("Ħaż-Żebbuġ", "Sant'Anna"); not in capitals
# alone, as the postal code's letters are ("ZBG")
_CAP = r"[A-ZĊĠĦŻ](?=[a-zċġħż'’])[\wċġħżĊĠĦŻ'’]*(?:-[A-ZĊĠĦŻ][\wċġħżĊĠĦŻ'’]*)?"
# the article joined to its word ("il-Kappillan", "tal-Qamar", "ix-Xatt", "l-Imdina") and "ta'", "of"
_ARTICLE_WORD = r"(?:(?:i[lxtdnsrzżċ]|l|ta[lxtdnsrzżċ]?|mill|fil|sa[lxtdnsrzżċ]?|bi[lxtdnsrzżċ])-[\wċġħżĊĠĦŻ'’]+|ta['’])"
_NAME_WORD = rf"(?:{_CAP}|{_ARTICLE_WORD}|San|Santa|Sant['’])"
_STREET = rf"{_KIND}[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}}"
# the house by its number ("12,", "Nru 12", "Flat 4,", "Blk B, Flat 4,") or by its name on a line of its own start
_NUMBER = r"(?:(?:Nru\.?|No\.?|Numru)[ \t]*)?\d{1,4}[A-Za-z]?"
_FLAT = r"(?:(?:Flat|Appartament|Blk\.?|Block)[ \t]+[A-Z\d]{1,4},[ \t]*){1,2}"
_HOUSE_NAME = rf"(?:Dar|Villa|Casa|Ta['’])[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
_LINE_START = r"(?:(?<![^\n])|(?<=\|[ ])|(?<=\|))"
# the town (of up to three words: "San Ġwann", "Ħaż-Żebbuġ") and the postal code of three letters and four digits
_TOWN = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
_POSTCODE = r"[A-Z]{3}[ \t]?\d{4}(?![\w-])"
MALTESE_STREET = compile_rule(
    rf"""
    (?:(?P<house_name>{_LINE_START}{_HOUSE_NAME},[ \t]*)|(?<![\w.-])(?P<flat>{_FLAT})?(?P<number>{_NUMBER},?[ \t]+)?)
    (?<![\w-])(?P<street>{_STREET})
    (?P<post>(?:,[ \t]*|[ \t]*\n[ \t]*){_TOWN}(?:[ \t]+{_POSTCODE})?(?:,[ \t]*(?:Malta|Għawdex|Gozo)(?![\w-]))?)?
    (?![\w-])
    """
)
NEEDS = ("triq", "sqaq", "vjal", "pjazza", "misraħ", "misrah", "telgħa", "telgha", "xatt", "trejqa", "mogħdija",
         "moghdija", "vanella", "kalata")


def check_maltese_street(text: str, m: re.Match[str]) -> Verdict | None:
    """The Maltese street with its house (number or name) and its town and postal code, as far as they run."""
    return Verdict(m.start(), m.end(), "Maltese street address", 0.85)


RULES: tuple[Rule, ...] = (
    Rule("maltese_street", MALTESE_STREET, score=0.85, check=check_maltese_street, needs=NEEDS),
)

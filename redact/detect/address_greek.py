"""Greek addresses written in Greek letters: the street with its word ("Οδός Ερμού 41", "Λεωφ. Νίκης 12") or
without ("Ερμού 41"), the floor and flat after it ("3ος όροφος", "διαμ. 5"), and the postal code of three and two
digits with its town ("546 23 Θεσσαλονίκη"), after a comma or on the next line (a table's next cell); and that postal
code and town on a line or in a cell of their own.

Greek letters in a Swedish document are a foreign address's or a foreign name's: a street without its word must
have a floor or a postal code with it, so a name and a number ("Νίκος 41") stay as they were. Rules of
``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_GR_CAP = r"[Α-ΩΆΈΉΊΌΎΏΪΫ][α-ωάέήίόύώϊϋΐΰς]+"
# the street's word: street, avenue, square, by name or short
_OPEN = r"(?:Οδός|Οδ\.|Λεωφόρος|Λεωφ\.|Πλατεία|Πλ\.)"
# the floor by its ordinal ("3ος όροφος", "2ος όρ.") and the flat ("διαμ. 5", "διαμέρισμα 12")
_FLOOR = (r"(?:\d{1,2}(?:ος|ο|ου)?[ \t]+(?:όροφος|ορόφου|όρ\.)(?![\w])"
          r"|(?:διαμ\.|διαμέρισμα)[ \t]*\d{1,3}[Α-Ωα-ω]?(?![\w]))")
_POSTCODE_TOWN = rf"(?:Τ\.[ \t]?Κ\.[ \t]*)?\d{{3}}[ \t]?\d{{2}}[ \t]+{_GR_CAP}(?:[ \t]+{_GR_CAP})?"
GREEK_STREET = compile_rule(
    rf"""
    (?<![\w.-])
    (?P<open>{_OPEN}[ \t]+)?{_GR_CAP}(?:[ \t]+{_GR_CAP}){{0,2}}[ \t]+\d{{1,4}}[Α-Ωα-ωA-Za-z]?(?![\w-])
    (?P<floor>(?:,[ \t]*|[ \t]+){_FLOOR}){{0,2}}
    (?P<post>(?:,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*){_POSTCODE_TOWN}(?![\w-]))?
    """
)
# a postal code and a Greek town ending a line or a cell: the second line of an address split over two cells
GREEK_POSTCODE_TOWN = compile_rule(
    rf"""
    (?<![\w+\-/.,])(?<!\d[ \t])(?:Τ\.[ \t]?Κ\.[ \t]*)?\d{{3}}[ \t]?\d{{2}}[ \t]+{_GR_CAP}(?:[ \t]+{_GR_CAP})?
    (?=[ \t]*(?:\n|$|[|,.;)]))
    """
)
# a Greek capital before small Greek letters: on every page an address of these rules stands on
GATE = rule_regex(r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώ]")


def check_greek_street(text: str, m: re.Match[str]) -> Verdict | None:
    """A Greek street with its floor, flat, postal code and town; without the street's word a floor or postal code."""
    if not (m.group("open") or m.group("floor") or m.group("post")):
        return None
    return Verdict(m.start(), m.end(), "street address abroad in Greek letters", 0.85)


def check_greek_postcode_town(text: str, m: re.Match[str]) -> Verdict | None:
    """A Greek postal code and its town on their own line or cell."""
    return Verdict(m.start(), m.end(), "postal code and town abroad in Greek letters", 0.8)


RULES: tuple[Rule, ...] = (
    Rule("greek_street", GREEK_STREET, score=0.85, check=check_greek_street, gate=GATE),
    Rule("greek_postcode_town", GREEK_POSTCODE_TOWN, score=0.8, check=check_greek_postcode_town, gate=GATE),
)

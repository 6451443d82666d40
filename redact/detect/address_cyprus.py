"""Cypriot addresses written in Greek letters: the street named after a person with the given name or the title
shortened before it ("Γρ. Αυξεντίου 14", "Αρχ. Μακαρίου Γ΄ 52", "Αγ. Ανδρέου 7"), a post-office box ("Τ.Θ. 40381",
"Ταχ. Θυρίδα 512") after it or alone, and the postal code of four digits with its town ("6303 Λάρνακα", "Κύπρος" or
"Cyprus" after it maybe), after a comma or on the next line (a window's or a table's next cell).

``address_greek`` reads the Greek shape (three and two digits in the postal code, the street's word or a floor);
a Cypriot address has neither, so here a street counts with its box or its postal code and town after it, and a
box with a postal code and town. Rules of ``redact.detect.address`` (via ``address_regions``).
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_GR_CAP = r"[Α-ΩΆΈΉΊΌΎΏΪΫ][α-ωάέήίόύώϊϋΐΰς]+"
# a given name or a title shortened before the surname a street is named after ("Γρ.", "Αρχ.", "Αγ.", "Κ.", "Λεωφ.")
_SHORT = r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώ]{0,5}\."
# a king's or an archbishop's ordinal after the name ("Μακαρίου Γ΄", "Παύλου Α'")
_ORDINAL = r"[ \t]+[Α-Ω][΄'’ʹ]"
_STREET = (rf"(?:{_SHORT}[ \t]*){{0,2}}{_GR_CAP}(?:[ \t]+{_GR_CAP}){{0,2}}(?:{_ORDINAL})?"
           r"[ \t]+\d{1,4}[Α-Ωα-ωA-Za-z]?(?![\w-])")
# the post-office box: "Τ.Θ." (ταχυδρομική θυρίδα) or the word written out or shortened, and its number
_BOX = r"(?:Τ\.[ \t]?Θ\.|ΤΘ|Ταχ\.[ \t]?Θυρ(?:ίδα|\.)|Ταχυδρομική[ \t]+Θυρίδα)[ \t]*\d{1,6}(?![\w-])"
# the postal code of four digits and the town of one or two words, the country after it maybe
_POST = (rf"(?<![\d])[1-9]\d{{3}}[ \t]+{_GR_CAP}(?:[ \t]+{_GR_CAP})?(?![\w-])"
         r"(?:,[ \t]*(?:Κύπρος|Κυπριακή[ \t]+Δημοκρατία|Cyprus|Cypern)(?![\w-]))?")
_SEP = r"(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*)"
CYPRIOT_ADDRESS = compile_rule(
    rf"""
    (?<![\w.-])
    (?:(?P<street>{_STREET})(?P<box>{_SEP}{_BOX})?|(?P<box_alone>{_BOX}))
    (?P<post>{_SEP}{_POST})?
    """
)
# a post-office box's letters, or a Greek capital before small Greek letters (a street's or a town's name)
GATE = rule_regex(r"Τ\.[ \t]?Θ\.|ΤΘ|[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώ]")


def check_cypriot_address(text: str, m: re.Match[str]) -> Verdict | None:
    """A street with its box or its postal code and town, or a box with its postal code and town."""
    if m.group("street") and not (m.group("box") or m.group("post")):
        return None  # a name and a number ("Νίκος 41") is no address alone
    if m.group("box_alone") and not m.group("post"):
        return None  # a box alone may be an authority's; with its postal code and town it is where a person's mail goes
    return Verdict(m.start(), m.end(), "Cypriot address in Greek letters", 0.85)


RULES: tuple[Rule, ...] = (
    Rule("cypriot_address", CYPRIOT_ADDRESS, score=0.85, check=check_cypriot_address, gate=GATE),
)

"""Homes in Israel as its letters write them in Latin letters or in Hebrew: the street's word ("Rehov", "Rechov",
"Derech", "Sderot", "Simtat", "Kikar"; "רחוב", "רח'", "שדרות"), the street's name with its article glued on
("HaNarkis", "HaTe'ena", "Ha-Palmach", "Ben Yehuda"), the house's number with the flat's after a slash ("14/7"), then
the town and its seven-digit postal code: "Rehov HaTe'ena 9, Haifa 3303109", "Rehov HaNarkis 14/7\\nTel Aviv 6473921".

The street's word and the number say it is a street; the town after a comma is taken where its postal code follows or
the clause ends there, a town on the next line or after a space alone only with its postal code. A rule of
``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# the street's word in Latin letters, as the transliterations write it, and in Hebrew (not "דרך", "road", which is
# also the preposition "through" of any Hebrew sentence)
_STREET_WORD = (r"(?:Rehov|Rechov|Rehob|Rekhov|Derech|Derekh|Sderot|Shderot|Simtat|Kikar"
                r"|רחוב|רח['׳]|שדרות|שד['׳]|סמטת|כיכר)")
# a word of the name: capitalised, its article or a prefix glued on by a capital or a dash ("HaNarkis", "Ha-Palmach"),
# an apostrophe inside ("HaTe'ena", "Ahad Ha'am"); the lowercase article and "ben"/"bar" between words; Hebrew words
_NAME_WORD = r"(?:[A-Z][\w'’-]*|ha-?[\w'’-]+|ben|bar|[\u05d0-\u05ea][\u05d0-\u05ea'׳\"״-]*)"
# the house's number, the flat's after a slash or its word ("14/7", "9", "22 apt. 5", "12א")
_NUMBER = r"\d{1,4}[A-Za-z\u05d0-\u05ea]?(?:[ \t]?/[ \t]?\d{1,4}|[ \t]*,?[ \t]*(?i:apt\.?|dira|flat)[ \t]*\d{1,4})?"
# the town of one to three words ("Tel Aviv", "Be'er Sheva", "Rishon LeZion", "Tel Aviv-Yafo", "תל אביב")
_TOWN = (r"(?:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?(?:[ \t]+[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?){0,2}"
         r"|[\u05d0-\u05ea][\u05d0-\u05ea'׳-]*(?:[ \t]+[\u05d0-\u05ea][\u05d0-\u05ea'׳-]*){0,2})")
_POSTCODE = r"\d{7}(?!\d)|\d{5}(?!\d)"
ISRAELI = compile_rule(
    rf"""
    (?<![\w'’-])
    {_STREET_WORD}[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}?
    [ \t]+{_NUMBER}(?![\w/-])
    (?:
        (?P<broken>[ \t]*,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*)(?P<town>{_TOWN})(?P<post>,?[ \t]+(?:{_POSTCODE}))?
        |
        [ \t]+(?P<spaced_town>{_TOWN}),?[ \t]+(?:{_POSTCODE})
    )?
    (?:,[ \t]*(?:Israel|ישראל)(?![\w-]))?
    """
)
# every match holds a street's word and, after its name, a number
ISRAELI_GATE = rule_regex(r"(?:Rehov|Rechov|Rehob|Rekhov|Derech|Derekh|Sderot|Shderot|Simtat|Kikar|רחוב|"
                          r"רח['׳]|שדרות|שד['׳]|סמטת|כיכר)[ \t][^\n]{0,40}?\d")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;,)]|\n|$)")


def check_israeli(text: str, m: re.Match[str]) -> Verdict | None:
    """The street, its number and flat, and the town with its postal code where they follow, taken whole."""
    end = m.end()
    town = m.group("town")
    if town and not m.group("post"):
        # a town without its postal code: only after a comma, where the clause ends with it, and no sentence's word (a
        # window's next line without a postal code is the letter's own)
        if (town.split()[0].lower() in ctx.NOT_A_NAME or "," not in m.group("broken")
                or not _CLAUSE_END.match(text, m.end("town"))):
            end = m.start("broken")
    return Verdict(m.start(), end, "street address abroad in Israel's shape", 0.85)


RULES = (
    Rule("israeli_street", ISRAELI, score=0.85, check=check_israeli, gate=ISRAELI_GATE),
)

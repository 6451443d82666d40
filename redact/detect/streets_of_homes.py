"""A street named without a number where the clause places a person's home on it: "Grannen på Hästhagsvägen har
klagat", "utanför hennes hus på Ekbacksvägen", "villan på Björnbärsvägen", "Familjen som hyr ett radhus på
Sågargränd", "leker på Nyponstigen där de bor".

The residence rule of ``address`` reads a bare street after a verb of living ("bor på", "flyttade till"); a home is
as often named by its noun (a house, a flat, a garden, a garage, the neighbour) or by "där ... bor" after the
street; a car, an office or a shop on a street is nobody's home. Any of them in the clause before the street (no
"men", "medan" or a verb of work between) or "där … bor" right after it says the street is where someone lives.
"""

from __future__ import annotations

import re

from redact.detect.incident_streets import _STREET
from redact.detect.patterns import Rule, Verdict, compile_rule

_AT_STREET = compile_rule(rf"(?<![\w-])(?i:på|vid|utanför|längs|intill|nära|mitt[ ]emot)[ \t]*\n?[ \t]*{_STREET}")
# a home's noun in any form, a neighbour, a verb of living (not renting or owning: an office rents premises too)
_HOME_NOUN = (r"(?:hus|villa|radhus|parhus|kedjehus|lägenhet|bostad|bostadsrätt|hyresrätt|hem|hemmet|gård|tomt|"
              r"trädgård|garage|uppfart|förråd|stuga|fritidshus|sommarhus|sommarstuga|kolonistuga|torp|granne|grann)"
              r"(?:e|en|et|n|t|ar|arna|er|erna|na|s)?")
_HOME_CUE = re.compile(
    rf"(?i)(?<![\w-])(?:{_HOME_NOUN}|bor|bodde|bott|boende|bosatt)(?![\w-])")
# a clause of something else between the home and the street: "bor i Lund men arbetar på Storgatan"
_OTHER_CLAUSE = re.compile(r"(?i)(?<![\w-])(?:men|medan|fast|arbetar|jobbar|studerar|handlar|tränar|går|åker|kör|"
                           r"besöker|besökte|träffar|träffade|lämnar|lämnade|hämtar|hämtade)(?![\w-])|[.;:!?]")
_LIVES_AFTER = re.compile(r"[ \t]*,?[ \t]+där[ \t]+(?:[\w-]+[ \t]+){0,2}(?:bor|bodde|har[ \t]+bott|växte[ \t]+upp)"
                          r"(?![\w-])", re.IGNORECASE)
_REACH = 60


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    lo = max(0, m.start() - _REACH)
    before = text[lo:m.start()]
    cues = list(_HOME_CUE.finditer(before))
    home = bool(cues) and not _OTHER_CLAUSE.search(before, cues[-1].end())
    if not home and not _LIVES_AFTER.match(text, m.end("street")):
        return None
    return Verdict(m.start("street"), m.end("street"), "gata utan nummer där klausulen säger att någon bor")


RULES = (Rule("street_of_a_home", _AT_STREET, score=0.75, check=_check,
              needs=("gatan", "vägen", "stigen", "gränd", "backen", "allén", "leden", "slingan", "svängen",
                     "kroken", "gången", "stråket", "ringen", "liden", "gläntan", "vändan")),)

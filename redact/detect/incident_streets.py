"""A street named without a number as the site of an attack or a bite: "hunden som bet en brevbärare på
Lingonstigen ägs av …", "Angreppet den 20 februari: kungsörn tog tre lamm i hagen vid Myrvägen."

A dog register's, a predator compensation's or an animal-protection case's incident happens where the animal
and its keeper live: the small street names the neighbourhood of the people the sentence is about. A bare street
is masked elsewhere only after a residence cue or where the same street is written with a number; here the
sentence's attack or bite is the cue. Only a street's own words count ("-vägen", "-stigen", "-gatan"), not a
farm's, a field's or a shore's, which name villages as often.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule

# the street: a capitalised compound ending in a street's word, no number after it
_STREET = (r"(?P<street>(?:(?:Norra|Södra|Östra|Västra|Övre|Nedre|Stora|Lilla|Gamla|Nya)[ \t]+)?"
           r"[A-ZÅÄÖ][a-zåäö]{2,}?(?:gatan|vägen|stigen|gränden|gränd|backen|allén|leden|slingan|svängen|kroken|"
           r"gången|stråket|ringen|liden|gläntan|vändan))(?![\w-]|[ \t]+\d|[ \t]+[A-H](?![\w]))")
_AT_STREET = compile_rule(rf"(?<![\w-])(?i:på|vid|längs|utanför|nära|intill|mitt[ ]på)[ \t]*\n?[ \t]*{_STREET}")
# an animal's attack or bite, or a person hurt by one, told in the sentence
_INCIDENT = re.compile(r"(?i)(?<![\w])(?:bet|bitit|biten|bitna|bitits|bets|bitning|bitningen|bitskada|bitskadan|"
                       r"angrep|angripit|angripits|angripen|angreppet|angrepp|angreppen|attackerade|attackerat|"
                       r"attackerades|attack|attacken|hundattack|hundattacken|rev|rivit|revs|dödade|dödat|dödades|"
                       r"skambet|jagade|jagat|överfallen|överföll)(?![\w])")
_SENTENCE_END = re.compile(r"[.!?](?=[ \t\n])|\n[ \t]*\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``."""
    lo = max([0] + [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)])
    m = _SENTENCE_END.search(text, end)
    return lo, m.start() if m else len(text)


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    lo, hi = _sentence(text, m.start("street"), m.end("street"))
    if not _INCIDENT.search(text, lo, hi):
        return None
    return Verdict(m.start("street"), m.end("street"), "gata utan nummer där ett angrepp skedde")


RULES = (Rule("street_at_an_incident", _AT_STREET, score=0.75, check=_check,
              needs=("bet", "bit", "angr", "attack", "rev", "riv", "döda", "jaga", "överf")),)

"""A home abroad with its house number first and a comma, as Luxembourg, Belgium and France write it, where the street
has no street word of its own ("3, Grand-Rue, L-9240 Diekirch", "12, Am Bongert, L-7420 Cruchten", "5, Op der
Haard, L-9167 Mertzig"), and the postal code written with its country's letter ("L-", "B-", "F-", "CH-", "D-", "A-")
and its town after it, on the same line or the next.

``address_abroad.NUMBER_FIRST`` needs a French street word ("14, rue des Aubépines"); a street named by a compound
("Grand-Rue") or in Luxembourgish or German ("Am Bongert", "Op der Haard") has none. The number before the comma
and the lettered postal code after the name say it is a home. A rule of ``redact.detect.address`` (via
``address_regions``).
"""

from __future__ import annotations

from redact.detect.address_countries import COUNTRY
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_CAP = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*"
# the small words of a street's name in French, Luxembourgish and German ("de la", "d'", "am", "op der", "um")
_PARTICLE = (r"(?:de|du|des|la|le|les|l['’]|d['’]|et|sur|aux?|am|an|um|op|der|den|dem|vun|zum|zur|im|in|auf|"
             r"bei|rue|avenue|route|place|chemin|allée|impasse)")
_STREET = rf"(?:{_PARTICLE}[ \t]*)*{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]*)*{_CAP}){{0,4}}"
# the postal code with its country's letters, then its town of one to three words
_POSTCODE = r"(?:L|B|F|CH|D|A|FL|MC|I)-\d{4,5}(?![\w-])"
_TOWN_WORD = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:-[^\W\d_]+)*"
_TOWN = rf"{_TOWN_WORD}(?:[ \t]+(?:(?:sur|an|am|im|de|la|le)[ \t]+)?{_TOWN_WORD}){{0,2}}"
NUMBER_COMMA_FIRST = compile_rule(
    rf"""
    (?<![\w.,/-])
    \d{{1,4}}(?:[ \t]?(?:bis|ter|[A-Za-z])(?![\w]))?,[ \t]*
    {_STREET}
    (?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*)
    {_POSTCODE}[ \t]+{_TOWN}
    (?:,[ \t]*{COUNTRY}(?![\w-]))?
    (?![\w-])
    """
)
# a postal code with its country's letter and dash
GATE = rule_regex(r"(?<![\w-])(?:L|B|F|CH|D|A|FL|MC|I)-\d{4,5}(?![\w-])")


def check_number_comma_first(text: str, m: re.Match[str]) -> Verdict | None:
    """The house number, the street, the lettered postal code and the town (its country too)."""
    return Verdict(m.start(), m.end(), "house number first, street and lettered postal code abroad", 0.8)


RULES: tuple[Rule, ...] = (
    Rule("number_comma_first_lettered_postcode", NUMBER_COMMA_FIRST, score=0.8, check=check_number_comma_first,
         gate=GATE),
)

"""A home named by its district's word in the country's own language, a town after a comma, as a relative's letter
writes where someone lives: "la cité Balbala, Tadjourah", "xaafadda Hodan, Baydhabo", "Hay Al-Manshiya, Sabha",
"nel quartiere San Rocco, Derna", "degmada Wadajir, Garoowe".

The district's word says the names after it are a quarter of a town, not a person; the town after the comma closes
the home. Arabic's "hay" ("quarter") is read capitalised or before a name with its article ("hay al-Nasr"): in
small letters alone it is the Spanish "there is". Up to three name words, then one or two for the town.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# the district's word: French "cité", Italian "quartiere", Somali "xaafadda" and "degmada" (neighbourhood, district),
# Arabic "hay"/"hayy" (quarter)
_KIND = (r"(?i:cité|quartiere|xaafadda|xaafada|degmada|mahallada)"
         r"|Hayy?|(?i:hayy?)(?=[ ](?:[Aa]l|[Ee]l)-)")
# a name word: capitalised, the Arabic article joined by a dash perhaps ("Al-Thawra", "el-Nasr")
_NAME = r"(?:(?:[Aa]l|[Ee]l)-)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
_SEP = r"[ \t]*,[ \t]*\n?[ \t]*"
DISTRICT_HOME = compile_rule(rf"(?<![\w-])(?:{_KIND})[ \t]+{_NAME}(?:[ \t]+{_NAME}){{0,2}}{_SEP}"
                             rf"{_NAME}(?:[ \t]+{_NAME})?(?![\w-])")


def check_district_home(text: str, m: re.Match[str]) -> Verdict | None:
    """The district's word, its name and the town, taken whole."""
    return Verdict(m.start(), m.end(), "home abroad by its district's word, name and town", 0.8)


RULES = (
    Rule("district_word_home_abroad", DISTRICT_HOME, score=0.8, check=check_district_home,
         gate=rule_regex(r"(?i:cité|quartiere|xaafad|degmada|mahallada|hayy?[ ])")),
)

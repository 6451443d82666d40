"""Korean names: a family name and a two-syllable given name joined by a hyphen, in either order
("Park Sung-ho", "Kim Ji-yeon", "Jin-Woo Park").

The rules are those of ``family_given_names`` (as for Chinese names, ``chinese_names``); this module gives the
lists. The family names are the common ones in Korea, written by the project; family names that are Swedish words
("Han", "Min", "Son") count only after the given name.
"""

from __future__ import annotations

from redact.detect.family_given_names import family_given_rules
from redact.detect.patterns import SwedishPatternRecognizer

_FAMILY = ("Kim", "Lee", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho", "Yoon", "Yun",
           "Jang", "Chang", "Lim", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Moon", "Yang", "Bae", "Baek",
           "Heo", "Nam", "Noh", "Roh", "Kwak", "Kwon", "Shin", "Seo", "Ryu", "Cha", "Joo", "Woo", "Chae", "Chun",
           "Hyun", "Ko", "Oh", "Yu", "Jo")
# Swedish words first in a sentence ("Han Lars-ove ..."): such a family name only after the given name
_WORDS = ("Han", "Min", "Son", "Na", "An", "Go", "Ha", "Ji", "Im", "Yi", "Mun", "Gong", "Bang", "Won", "Jin")
# a capital, a syllable, a hyphen, a syllable that may be small: "Sung-ho", "Jin-Woo"
_GIVEN = r"[A-Z][a-z]{1,4}-(?:[a-z]{2,4}|[A-Z][a-z]{1,4})"


class KoreanNameRecognizer(SwedishPatternRecognizer):
    """PERSON results for Korean names by their shape."""

    ENTITY = "PERSON"
    NAME = "korean_name"
    CONTEXT = ()
    RULES = family_given_rules(_FAMILY, _GIVEN, "koreanskt namn: släktnamn och tvåstavigt förnamn med bindestreck",
                               last_only=_WORDS)

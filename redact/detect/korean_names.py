"""Korean names: a family name and a two-syllable given name joined by a hyphen, in either order
("Park Sung-ho", "Kim Ji-yeon", "Jin-Woo Park").

The given name's shape (a capital, a syllable, a hyphen, a syllable that may be small: "Sung-ho") is
rare in Swedish text, and the family names are few; together they are a name however the name
lists and the model read them. The family names are the common ones in Korea, written by the
project; family names that are Swedish words ("Han", "Min", "Son") count only after the given name.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_

_FAMILY = ("Kim", "Lee", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho", "Yoon", "Yun",
           "Jang", "Chang", "Lim", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Moon", "Yang", "Bae", "Baek",
           "Heo", "Nam", "Noh", "Roh", "Kwak", "Kwon", "Shin", "Seo", "Ryu", "Cha", "Joo", "Woo", "Chae", "Chun",
           "Hyun", "Ko", "Oh", "Yu", "Jo")
# Swedish words first in a sentence ("Han Lars-ove ..."): such a family name only after the given name
_WORDS = ("Han", "Min", "Son", "Na", "An", "Go", "Ha", "Ji", "Im", "Yi", "Mun", "Gong", "Bang", "Won", "Jin")
_GIVEN = r"[A-Z][a-z]{1,4}-(?:[a-z]{2,4}|[A-Z][a-z]{1,4})"
_FAMILY_FIRST = compile_(rf"(?<![\w-])(?:{'|'.join(_FAMILY)})[ ]{_GIVEN}s?(?![\w-])")
_GIVEN_FIRST = compile_(rf"(?<![\w-]){_GIVEN}[ ](?:{'|'.join(_FAMILY + _WORDS)})s?(?![\w-])")


# one cheap scan for the given name's shape: most pages have none, and then neither rule runs
_GATE = re.compile(r"[A-Z][a-z]{1,4}-(?:[a-z]{2,4}|[A-Z][a-z]{1,4})(?![\w-])")


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start(), m.end(), "koreanskt namn: släktnamn och tvåstavigt förnamn med bindestreck")


class KoreanNameRecognizer(SwedishPatternRecognizer):
    """PERSON results for Korean names by their shape."""

    ENTITY = "PERSON"
    NAME = "korean_name"
    CONTEXT = ()
    RULES = (
        Rule("family_first", _FAMILY_FIRST, score=0.7, check=_check, gate=_GATE),
        Rule("given_first", _GIVEN_FIRST, score=0.7, check=_check, gate=_GATE),
    )

"""Chinese names as Taiwan and Hong Kong write them: a family name and a two-syllable given name joined by a
hyphen, the second syllable small, in either order ("Lin Chia-hui", "Wong Siu-ming", "Mei-ling Chen").

As with Korean names (``korean_names``), the given name's shape (a capital, a syllable, a hyphen, a small
syllable: "Shu-fen") is rare in Swedish text and the family names are few; together they are a name however
the name lists and the model read them. The family names are the common ones in Taiwan and Hong Kong in their
Wade-Giles and Cantonese spellings, written by the project; those that are Swedish words ("Fan", "Lo", "Ho")
count only before the given name, never after it where a sentence may go on.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_

_FAMILY = ("Chen", "Lin", "Huang", "Chang", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu", "Cheng", "Hsieh", "Kuo",
           "Hung", "Tseng", "Chiu", "Lai", "Chou", "Yeh", "Chuang", "Chiang", "Kao", "Pan", "Chien", "Fang", "Sung",
           "Teng", "Hsiao", "Chung", "Tang", "Shih", "Peng", "Wei", "Liang", "Tsao", "Hou", "Shen", "Chao", "Hsueh",
           "Chu", "Chi", "Tsui", "Wong", "Leung", "Chan", "Cheung", "Lam", "Ng", "Tam", "Yip", "Chow", "Kwok",
           "Mak", "Tsang", "Tse", "Fung", "Lau", "Yeung", "Poon", "Siu", "Choi", "Lee", "Yu", "Chin", "Chuang", "Tu")
# family names that are Swedish or English words: only before the given name ("Fan Shu-fen", not "... Fan")
_WORDS = ("Fan", "Lo", "Ho", "Su", "Lu", "Hu", "Ko", "Mo", "To", "Sun", "Man", "Ma", "Tai")
_GIVEN = r"[A-Z][a-z]{1,5}-[a-z]{2,6}"
_FAMILY_FIRST = compile_(rf"(?<![\w-])(?:{'|'.join(_FAMILY + _WORDS)})[ ]{_GIVEN}s?(?![\w-])")
_GIVEN_FIRST = compile_(rf"(?<![\w-]){_GIVEN}[ ](?:{'|'.join(_FAMILY)})s?(?![\w-])")

# one cheap scan for the given name's shape: most pages have none, and then neither rule runs
_GATE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,6}(?![\w-])")


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start(), m.end(), "kinesiskt namn: släktnamn och tvåstavigt förnamn med bindestreck")


class ChineseNameRecognizer(SwedishPatternRecognizer):
    """PERSON results for Chinese names in the Taiwan and Hong Kong spelling, by their shape."""

    ENTITY = "PERSON"
    NAME = "chinese_name"
    CONTEXT = ()
    RULES = (
        Rule("family_first", _FAMILY_FIRST, score=0.7, check=_check, gate=_GATE),
        Rule("given_first", _GIVEN_FIRST, score=0.7, check=_check, gate=_GATE),
    )

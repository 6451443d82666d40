"""Chinese names as Taiwan and Hong Kong write them: a family name and a two-syllable given name joined by a
hyphen, the second syllable small, in either order ("Lin Chia-hui", "Wong Siu-ming", "Mei-ling Chen").

The rules are those of ``family_given_names`` (as for Korean names, ``korean_names``); this module gives the lists.
The family names are the common ones in Taiwan and Hong Kong in their Wade-Giles and Cantonese spellings, written
by the project; those that are Swedish words ("Fan", "Lo", "Ho") count only before the given name, never after it
where a sentence may go on.
"""

from __future__ import annotations

from redact.detect.family_given_names import family_given_rules
from redact.detect.patterns import SwedishPatternRecognizer

_FAMILY = ("Chen", "Lin", "Huang", "Chang", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu", "Cheng", "Hsieh", "Kuo",
           "Hung", "Tseng", "Chiu", "Lai", "Chou", "Yeh", "Chuang", "Chiang", "Kao", "Pan", "Chien", "Fang", "Sung",
           "Teng", "Hsiao", "Chung", "Tang", "Shih", "Peng", "Wei", "Liang", "Tsao", "Hou", "Shen", "Chao", "Hsueh",
           "Chu", "Chi", "Tsui", "Wong", "Leung", "Chan", "Cheung", "Lam", "Ng", "Tam", "Yip", "Chow", "Kwok",
           "Mak", "Tsang", "Tse", "Fung", "Lau", "Yeung", "Poon", "Siu", "Choi", "Lee", "Yu", "Chin", "Tu")
# family names that are Swedish or English words: only before the given name ("Fan Shu-fen", not "... Fan")
_WORDS = ("Fan", "Lo", "Ho", "Su", "Lu", "Hu", "Ko", "Mo", "To", "Sun", "Man", "Ma", "Tai")
# a capital, a syllable, a hyphen, a small syllable: "Shu-fen"
_GIVEN = r"[A-Z][a-z]{1,5}-[a-z]{2,6}"


class ChineseNameRecognizer(SwedishPatternRecognizer):
    """PERSON results for Chinese names in the Taiwan and Hong Kong spelling, by their shape."""

    ENTITY = "PERSON"
    NAME = "chinese_name"
    CONTEXT = ()
    RULES = family_given_rules(_FAMILY, _GIVEN, "kinesiskt namn: släktnamn och tvåstavigt förnamn med bindestreck",
                               first_only=_WORDS)

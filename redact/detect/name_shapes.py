"""Whether an unlisted word is spelled like a name from abroad or like a Swedish word.

Names of origins common in Sweden that no list holds (Thai, Lao, Khmer, Mongolian, Somali, Pashto, Tamil,
Filipino, Romanian...) are spelled with letters and letter groups Swedish words seldom have: q, w, z, "kh",
"dh", "ph", "aa", "ou", "ay", letters with other diacritics ("ğ", "ć", "ł", "ț"), endings such as "-zai",
"-escu", "-eanu", "-oğlu", "-ić". Swedish words have their own: "å", "ä", "-ning", "-het", "-lig", "-isk", a
definite plural. A word with neither is neutral. The shapes were written by the project from general
knowledge of the spelling of these languages; they are only read where a cue already points at a person.
"""

from __future__ import annotations

import re

# Letter groups of other languages' spelling: "kh" (not the "ck" + "h" of "Stockholm"), "dh", "gh", "ph"
# ("Khoshnaw", "Dhaba", "Phommachanh"),
# "zh", "hh" ("Chhim"), "sh" not at a compound's seam, doubled "aa"/"ee"/"ii"/"uu", vowel pairs ("ou", "ay",
# "ey", "oy", "ai", "ao", "ae", "eo", "uo"), "q", "w", "z", "x" at the
# start or before a consonant, "c" before a/u (not "ck"), "y" before a vowel at the start ("Yulisa").
_FOREIGN = re.compile(
    r"(?<!c)kh|dh|gh|ph|zh|hh|bh|(?<!s)sh|aa|ee|ii|uu|ou|ay|ey|oy|ai|ao|ae|eo|uo|q|w|z"
    r"|^x|x(?=[bcdfghjklmnpqrsvz])|c(?=[au])|^y(?=[aeiou])|^ng|^mb|^nd|^nw|^ts"
    r"|[ğışçćčžđűőóúíñãêôțșăâîłśńźżěřůýáàèìòùõøæœ]"
    # endings of family and given names ("Rahimzai", "Ungureanu", "Eroğlu", "Begović", "Teklu", "Sokhom")
    r"|(?:zai|escu|eanu|oglu|ić|ova|yan|enko|uk|ski|wicz|ong|u)$"
    # "th" before a vowel opening the word (Tamil, Thai, Nepali: "Thapa", "Tharshan"; not the loanwords'
    # "marathon"), "-ah" ("Thevarajah", "Abdullah"), "nj" inside a word
    # ("Anjana"), and "-ang"/"-ung" after a vowel and one consonant (Nepali, Tibetan, Chinese, Thai: "Tamang",
    # "Gurung", "Saetang"), which Swedish writes "-ång" or has only after two consonants ("slang", "ljung", "kung")
    r"|^th(?=[aeiouy])|ah$|(?<=.)nj|(?<=[aeiouy][mnrlt])[au]ng$"
)
# What Swedish words are spelled with: "å", "ä", and the endings of nouns, adjectives and definite forms.
_SWEDISH = re.compile(
    r"å|(?:ning|ningen|ningar|het|heten|tion|tionen|skap|skapet|else|ande|ende|isk|iskt|iska|lig|ligt|liga|"
    r"arna|erna|orna|ssion|eri|eriet|ören|ären|ing|ade|ats|ör|stöd|(?<![aeiouy][mnrlt])ung|hus|huset|plan|gård|lov|skola|kväll|dag|tid|"
    r"vecka|plats|torg|väg|gata|park|stad|sjö|land)$"
    # "ä" (a name from abroad spells it "ae" or "a"), a definite singular in "-en" after a consonant on a long word
    # ("Fastigheten", not "Yaqeen")
    r"|ä|(?<=[^\W\d_]{3}[^\W\d_aeiouy])en$"
)


def foreign_shape(word: str) -> bool:
    """True for a word spelled like a name from abroad and not like a Swedish word."""
    low = word.lower().strip("-'’")
    return len(low) >= 2 and not _SWEDISH.search(low) and _FOREIGN.search(low) is not None


def swedish_shape(word: str) -> bool:
    """True for a word with a Swedish word's letter or ending ("å", "-ning", "-lig", "-arna")."""
    return _SWEDISH.search(word.lower()) is not None

"""The possessives of Urdu and Hindi written in Latin letters, as a letter or a mail quoted in a Swedish document writes
them opening a sentence ("Meri tareekh-e-paidaish …", "Mere walid pehle …", "Hamara ghar …"): "my", "our", "your",
"his", read as a name where a name list holds the same spelling ("Meri").

Only where the text around reads as romanised Urdu or Hindi: several of the language's own small words (its verbs
"is", "are", "was", its postpositions and conjunctions) stand near, and a word in small letters follows the possessive.
A person named so in a Swedish or an English sentence keeps the name.
"""

from __future__ import annotations

import re

# the possessives, lowercase: "my", "our", "your", "his or her", "their", "one's own", in their three genders/numbers
_POSSESSIVES = frozenset({
    "mera", "meri", "mere", "hamara", "hamari", "hamare", "tera", "teri", "tere", "tumhara", "tumhari", "tumhare",
    "aapka", "aapki", "aapke", "apka", "apki", "apke", "uska", "uski", "uske", "unka", "unki", "unke", "apna", "apni",
    "apne",
})
# the small words of romanised Urdu and Hindi no Swedish or English sentence is made of: "is", "are", "was", "were",
# "am", "and", "he/she/that", "this", "in", "of", the continuous "-ing" forms, "not", "for"
_OWN_WORDS = frozenset({
    "hai", "hain", "tha", "thi", "thay", "hoon", "hun", "aur", "woh", "yeh", "mein", "ka", "ki", "ke", "rahe",
    "raha", "rahi", "nahi", "nahin", "liye", "kiya", "gaya", "gayi", "hui", "hua",
})
_WORD = re.compile(r"[^\W\d_]+")
_SMALL_WORD_AFTER = re.compile(r"[ \t]+[a-z][a-z-]*(?![\w])")
_REACH = 160  # characters on either side the language's small words are counted in
_ENOUGH = 3  # distinct small words of the language that make the text around it romanised Urdu or Hindi


def romanised_urdu_possessive(span: str, text: str, start: int | None, end: int | None) -> bool:
    """True for a one-word name that is an Urdu or Hindi possessive in romanised Urdu or Hindi text."""
    word = span.strip().rstrip(",.:;")
    if start is None or end is None or word.lower() not in _POSSESSIVES or not _SMALL_WORD_AFTER.match(text, end):
        return False
    around = text[max(0, start - _REACH):end + _REACH]
    return len({w for w in (m.group().lower() for m in _WORD.finditer(around)) if w in _OWN_WORDS}) >= _ENOUGH

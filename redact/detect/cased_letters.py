"""Initials are letters of an alphabet with capitals: a kana or an ideograph is a syllable or a word, no one's initial.

The span tagger learnt initials from Swedish documents ("JÄB", "A.-K.N."); on a page of Japanese
it took single kana for them ("っ" of a poem, nine times a page), and every copy was masked.
"""

from __future__ import annotations


def cased_letters(text: str) -> bool:
    """Whether every letter of ``text`` has an upper and a lower case (Latin, Greek, Cyrillic, ...), and one is there."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() or c.islower() for c in letters)

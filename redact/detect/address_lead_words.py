"""The words of a sentence in another script before an address abroad: "жила за адресою prosp. Myru 12, …",
"се мести на Norra Strandgatan 11, …". A street's name is capitalised, and a lowercase word of a script with
capitals (Cyrillic, Greek) that is no street's kind nor an abbreviation ("вул.", "ул.") is the sentence's verb or
preposition: the address begins after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"(\S+)[ \t]+")
#: Words of a street, an estate or a town in Cyrillic that open an address in lower case ("улица", "село", "ж.к.").
_CYRILLIC_PLACE_WORDS = (r"ул\.|улица|вул\.|вулиця|бул\.|булевард|бульвар|пр\.|просп\.|проспект|проспекти|пер\.|"
                         r"переулок|провулок|пл\.|площа|площад|площадь|наб\.|набережная|шосе|шоссе|ж\.к\.|жк|кв\.|"
                         r"квартал|мкр\.|микрорайон|мікрорайон|г\.|гр\.|м\.|с\.|село|смт|пгт|көшесі|даңғылы|"
                         r"кӯчаи|кучаи|стан|под\.|эт\.|ет\.|ап\.")


@lru_cache(maxsize=1)
def _street_kind() -> re.Pattern[str]:
    """A street's kind written before its name, in Cyrillic, Greek or Latin letters ("вулиця", "οδός", "ulica")."""
    # (imported here: the eastern rules import the address rules that call this module)
    from redact.detect.address_europe_east import _OPEN

    return re.compile(rf"(?:{_OPEN}|{_CYRILLIC_PLACE_WORDS}|οδός|οδ\.|λεωφόρος|λεωφ\.|πλατεία)$", re.IGNORECASE)


def _sentence_word(word: str) -> bool:
    """A lowercase word of a script with capitals other than Latin, no street's kind nor abbreviation."""
    return bool(word) and word[0].islower() and word[0] > "\u024f" and "." not in word and not _street_kind().match(word)


def past_lowercase_lead(text: str, start: int, number: int) -> int:
    """``start`` moved past the lowercase words of another script that open an address abroad (see above), and past
    the capitalised word opening the sentence before them ("Той живее на вул. …"), never to the house number at
    ``number``."""
    words = []
    pos = start
    while pos < number and (m := _WORD.match(text, pos, number)) is not None and m.end() < number:
        words.append((m.group(1).strip(",;:"), m.end()))
        pos = m.end()
    k = 1 if len(words) >= 2 and words[0][0][:1].isupper() and words[0][0][0] > "\u024f" and _sentence_word(
        words[1][0]) else 0
    while k < len(words) and _sentence_word(words[k][0]):
        k += 1
    return words[k - 1][1] if k else start

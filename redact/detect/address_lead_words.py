"""The words of a sentence in another script before an address abroad: "жила за адресою prosp. Myru 12, …",
"се мести на Norra Strandgatan 11, …", "şimdi Amiralsgatan 61, …". A street's name is capitalised, and a lowercase
word of a script with capitals (Cyrillic, Greek), or of Latin letters past the Western European ones (Turkish,
Polish, Czech), that is no street's kind nor an abbreviation ("вул.", "ул.", "třída") is the sentence's verb or
preposition: the address begins after it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from redact.types import Finding

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

    return re.compile(rf"(?:{_OPEN}|{_CYRILLIC_PLACE_WORDS}|οδός|οδ\.|λεωφόρος|λεωφ\.|πλατεία|třída|šosé|șoseaua|şoseaua)$", re.IGNORECASE)


def _sentence_word(word: str) -> bool:
    """A lowercase word of a script with capitals other than Latin, or opening with a Latin letter past the Western
    European ones (Turkish "şimdi", Polish "żyje": the sentence's adverb or verb), no street's kind nor abbreviation."""
    return bool(word) and word[0].islower() and word[0] > "\u00ff" and "." not in word and not _street_kind().match(word)


def past_lowercase_lead(text: str, start: int, number: int) -> int:
    """``start`` moved past the lowercase words of another script that open an address abroad (see above), and past
    the capitalised words of the sentence before them ("Той живее на вул. …", "και τον Δεκέμβριο μετακομίζει στη …"),
    never to the house number at ``number``."""
    words = []
    pos = start
    while pos < number and (m := _WORD.match(text, pos, number)) is not None and m.end() < number:
        words.append((m.group(1).strip(",;:"), m.end()))
        pos = m.end()
    k = 0
    while k < len(words):
        if _sentence_word(words[k][0]):
            k += 1
        elif k + 1 < len(words) and words[k][0][:1].isupper() and words[k][0][0] > "\u024f" and _sentence_word(
                words[k + 1][0]):
            k += 2  # a capitalised word of the sentence before its verb: its first, a month's ("τον Δεκέμβριο μετακομίζει")
        else:
            break
    return words[k - 1][1] if k else start


def without_sentence_lead(findings: list[Finding], text: str) -> list[Finding]:
    """The addresses, any rule's or the tagger's, moved past the sentence's lowercase words opening them whose first
    letter is a Latin one past the Western European ones (see above), to no later than the house number. (A script
    of its own is left to the rules that know it: Georgian writes its street names in letters Unicode calls small.)"""
    out = []
    for f in findings:
        if f.category == "ADDRESS" and f.start is not None and f.end is not None and (
                m := _WORD.match(text, f.start, f.end)) is not None and "\u0100" <= m.group(1)[0] <= "\u024f" and (
                _sentence_word(m.group(1).strip(",;:"))):
            digit = re.search(r"\d", text[f.start:f.end])
            start = past_lowercase_lead(text, f.start, f.start + digit.start()) if digit else f.start
            if f.start < start < f.end:
                f = replace(f, start=start, text=text[start:f.end])
        out.append(f)
    return out

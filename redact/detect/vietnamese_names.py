"""Vietnamese given names and nicknames inside a Swedish sentence, by their letters: "skolan skriver Bông på kortet".

A Vietnamese name part is one syllable: an onset of Vietnamese consonants, one to three vowels carrying the
language's marks (ô, ơ, ư, ă, đ, the tones: "Bông", "Thảo", "Đức", "Nguyệt"), and a coda of -c, -ch, -m, -n,
-ng, -nh, -p, -t or none. Such a capitalised word in the middle of a Swedish sentence (after a lower-case word) is
a person's name: no Swedish word has those marks, and a French or Portuguese word rarely has that shape ("Côte",
"Hôtel" have two vowel groups). A word after a preposition of place ("i Huế", "från Đà Nẵng") is a town, a word
the page writes in lower case an ordinary word, and a listed name is the name rules'.
"""

from __future__ import annotations

import re
import unicodedata

from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule, rule_regex

# the vowels with Vietnamese marks; "é" alone is Swedish and French too and says nothing
_MARKED = "àáảãạăằắẳẵặâầấẩẫậèẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_VOWELS = "aeiouy" + _MARKED.replace("đ", "")
_SYLLABLE = re.compile(rf"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[{_VOWELS}]{{1,3}}"
                       r"(?:ng|nh|ch|[cmnpt])?$")
_WORD = rf"[A-Z{_MARKED.upper()}][a-z{_MARKED}]{{0,6}}"
_RUN = compile_rule(rf"(?<![\w@.-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})(?![\w@-])")
# a preposition of place or a place's noun before the word: "i Huế", "från Đà Nẵng", "staden Cần Thơ"
_PLACE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:i|från|till|vid|nära|utanför|mot|via|staden|provinsen|orten)[ \t]+$")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])[a-zåäö]+[,]?[ \t]+$")


def vietnamese_syllable(word: str) -> bool:
    """True for one Vietnamese syllable carrying at least one of the language's marks ("Bông", "Đức")."""
    low = unicodedata.normalize("NFC", word).casefold()
    return any(c in _MARKED for c in low) and _SYLLABLE.match(low) is not None


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    from redact.detect.name_words import U, classify_word, load_lexicons

    words = m.group("name").split()
    if not all(vietnamese_syllable(w) for w in words):
        return None
    before = text[max(0, m.start() - 30):m.start()]
    if "\n" in before:
        before = before[before.rfind("\n") + 1:]
    if not _LOWER_WORD_BEFORE.search(before) or _PLACE_BEFORE.search(before):
        return None  # a sentence's first word, a heading, a cell; or a town after its preposition
    after = _NEXT_WORD.match(text, m.end("name"))
    if after is not None and after.group(1)[:1].isupper() and not vietnamese_syllable(after.group(1)):
        return None  # "São Paulo": the first word of a longer name of another language
    lex = load_lexicons()
    if len(words) == 1 and classify_word(words[0], lex) != U:
        return None  # a listed name is found by the name rules
    for w in words:
        if re.search(rf"(?<![\w@.-]){re.escape(w.casefold())}(?![\w@-])", text):
            return None  # written in lower case on the page: an ordinary word
    return Verdict(m.start("name"), m.end("name"), "vietnamesiskt namn i löptext")


class VietnameseNameRecognizer(SwedishPatternRecognizer):
    """PERSON results for Vietnamese name parts inside a Swedish sentence, by their letters."""

    ENTITY = "PERSON"
    NAME = "vietnamese_name"
    CONTEXT = ()
    RULES = (Rule("vietnamese_syllables", _RUN, score=0.7, check=_check,
                  gate=rule_regex(rf"[{_MARKED}{_MARKED.upper()}]")),)

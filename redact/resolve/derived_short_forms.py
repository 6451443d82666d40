"""Short forms of a named person's first name that no list holds, derived by rule.

"Shiri" in a document naming Shirin Mohammadi, "Auli" beside Aulikki Pesonen, "Bjösse" beside
Björn Sörensen, "Siggan" beside Sigrid Mattsson: Swedish short forms cut a first name after
its first syllable or two and may add an ending ("-an", "-e", "-sse", "-is", "-o"), doubling
the last consonant. A capitalised word of the document is taken for such a short form when

* it is a proper prefix of the first name, four letters at least ("Abdi" of Abdirahman), or the
  name's first three letters and "-i" or "-y" when the name has six letters or more ("Yesi" of Yesenia), or
* it is the end of a first name of seven letters or more, four letters at least and three
  fewer than the name ("Tina" of Kristina, "Pong" of Nattapong), or
* without one of those endings and a doubled last consonant it is a prefix of three letters
  at least ("Sigg-an" → "Sig", "Bjö-sse", "Steff-e"), five letters in all;

and it is no ordinary word: not a function word, not written in lower case in the document,
not a title, not a place's name before a place noun ("Svea hovrätt"), not a country's name ("Mali").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from redact.detect.first_chars import compile_scanning
from redact.types import Finding

SCORE = 0.55
# "-sa": Finnish ("Tapsa" of Tapio); "-ek", "-ka": Polish ("Władek" of Władysław, "Tomek" of Tomasz)
_ENDINGS = ("isse", "sse", "an", "is", "e", "o", "a", "y", "ie", "i", "sa", "ek", "ka")
# The endings of four-letter short forms built from a name's first three letters (Spanish, Portuguese, German and
# English use: "Yesi", "Gabi", "Susi", "Toby")
_SHORT_I = "iy"
#: A long first name's last syllables stand for it too ("Tina" of Kristina, "Bastian", "Pong" of Nattapong).
_SUFFIX_MIN_NAME = 7
# any script's letters ("Władek", "Gosia"): capitalised, the rest lower case (tested where it is read)
_WORD = compile_scanning(
    r"(?<![\w@.\-/])([A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][^\W\d_]{2,9})(?:s|:s)?(?![\w@\-/]|\.\w)")
_FOLLOWED = re.compile(r"\s+([a-zåäö]+)")
_LEX_BEFORE = re.compile(r"(?<![\w-])(?i:lex)[ \t]+$")  # "lex Maria", "Lex Sarah": a law, no one's name
_ORG_NOUNS = frozenset({"kommun", "kommuns", "hovrätt", "tingsrätt", "region", "regionen", "län", "stad", "stads"})


@lru_cache(maxsize=1)
def swedish_stop_words() -> frozenset[str]:
    """spaCy's Swedish stop words (none when spaCy's list is missing)."""
    try:
        from spacy.lang.sv.stop_words import STOP_WORDS

        return frozenset(STOP_WORDS)
    except Exception:  # spaCy's word list missing: the lower-case test below still holds
        return frozenset()


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """The titles and roles of the lexicon (``titles.txt``), lower-case."""
    from redact.detect.name_words import LEXICON_DIR

    text = (LEXICON_DIR / "titles.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


def _collapse(stem: str) -> str:
    """"Sigg" → "Sig", "Steff" → "Stef": the doubled consonant a short form adds before its ending."""
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouyåäö":
        return stem[:-1]
    return stem


_VOWELS = "aeiouyåäöé"
# Swedish endings of a short form built from the first syllable and a later consonant ("Jonte", "Maggan", "Bittis").
_SYLLABLE_ENDINGS = ("isse", "sse", "an", "is", "e")


def _reduced(part: str) -> str:
    """"britt" → "bitt": a short form drops the r or l of the name's opening consonant pair."""
    if len(part) >= 4 and part[0] not in _VOWELS and part[1] in "rl":
        return part[0] + part[2:]
    return part


def _syllable_form(w: str, part: str) -> bool:
    """The name's first syllable, then consonants of the rest of the name (doubled), then an ending.

    "Jon-t-e" of Jonathan, "Ma-ng-e" of Magnus, "Kri-ff-e" of Kristoffer, "Bi-tt-is" of Britt:
    the opening letters up to the first vowel are the name's, the consonants after them all
    stand later in the name.
    """
    if len(w) < 5:
        return False
    for end in _SYLLABLE_ENDINGS:
        if not w.endswith(end) or len(w) - len(end) < 3:
            continue
        stem = w[: -len(end)]
        for name in {part, _reduced(part)}:
            k = 0
            while k < len(stem) and k < len(name) and stem[k] == name[k]:
                k += 1
            head = stem[:k]
            while head and head[-1] not in _VOWELS:
                head = head[:-1]  # the syllable ends at its vowel; the consonants after it are the form's
            if len(head) < 2:
                continue
            rest = stem[len(head):]
            if not rest or len(set(rest)) > 2 or any(c in _VOWELS for c in rest):
                continue
            if all(c in name[len(head):] for c in rest):
                return True
    return False


def derives_from(word: str, first: str) -> bool:
    """True when ``word`` reads as a short form of the first name ``first`` (see the module's rules)."""
    w, f = word.lower(), first.lower()
    for part in {f, *f.split("-")}:
        if len(part) >= 4 and w != part and _syllable_form(w, part):
            return True
        if len(part) < 4 or w == part:
            continue
        if len(w) >= 4 and len(w) < len(part) and part.startswith(w):
            return True
        if len(w) == 4 and w[-1] in _SHORT_I and len(part) >= 6 and part.startswith(w[:3]):
            return True  # the first syllable and "-i"/"-y" ("Yesi" of Yesenia, "Gabi" of Gabriela, "Rosi" of Rosario)
        if (len(w) >= 4 and len(part) >= _SUFFIX_MIN_NAME and len(w) <= len(part) - 3 and part.endswith(w)
                and part[-len(w) - 1] != "-"):  # "Stina" of Ann-Stina is a name of its own
            return True
        if len(w) >= 5:
            for end in _ENDINGS:
                if w.endswith(end):
                    stem = w[: -len(end)]
                    for s in {stem, _collapse(stem)}:
                        if len(s) >= 3 and len(s) < len(part) and part.startswith(s) and s != part:
                            return True
    return False


def _first_names(findings: Sequence[Finding]) -> dict[str, list[Finding]]:
    """First name -> the people named in full (two words at least) who bear it, or by a listed first name alone
    (a register's "Förnamn" cell beside its "Efternamn" cell, "Yolanda" in a note): the short form is theirs too."""
    from redact.detect.name_words import F, classify_word, load_lexicons

    out: dict[str, list[Finding]] = {}
    for f in findings:
        if f.category != "PERSON" or f.status == "rejected" or f.detector in ("initials", "short_form"):
            continue
        if any(c.isdigit() for c in f.text):
            continue  # "Östmorav. 19", a street cut short and its number, read as a name too: no first name there
        words = [w.strip(".,;:()") for w in f.text.split()]
        if not words or not words[0][:1].isupper() or not words[0].replace("-", "").isalpha():
            continue
        if len(words) < 2 and not all(classify_word(p, load_lexicons()) == F for p in words[0].split("-")):
            continue  # a word alone that is no listed first name (or is also a word, a place, a firm's "Trygg-Hansa")
        group = out.setdefault(words[0], [])
        if all(" ".join(g.text.split()) != " ".join(f.text.split()) for g in group):
            group.append(f)
    return out


def _owners(word: str, by_start, by_end, by_two, firsts, named, listed, stop, titles) -> list[Finding]:
    """The people whose first name ``word`` reads as a short form of (cheap filters first)."""
    if not (word[0].isupper() and word[1:].islower()):
        return []
    low = word.lower()
    syllable = low.endswith(_SYLLABLE_ENDINGS) and low[:2] in by_two
    if (low[:3] not in by_start and low[-3:] not in by_end and not syllable) or word in named \
            or word in listed or low in stop or low in titles:
        return []
    cands = dict.fromkeys([*by_start.get(low[:3], ()), *by_end.get(low[-3:], ()),
                           *(by_two.get(low[:2], ()) if syllable else ())])
    return [p for first in cands if derives_from(word, first) for p in firsts[first]]


def find_derived_short_forms(
    findings: Sequence[Finding], page_texts: dict[int, str], listed: frozenset[str] = frozenset()
) -> list[Finding]:
    """A finding for each capitalised word that reads as a short form of a named person's first name.

    ``listed`` are the short forms the list already looks for: those are left to it.
    """
    firsts = _first_names(findings)
    if not firsts:
        return []
    from redact.detect.name_words import PLACE_NOUN_AFTER
    from redact.detect.places import only_countries

    # a short form shares its first three letters with the name (or a part of a double name)
    by_start: dict[str, list[str]] = {}
    by_end: dict[str, list[str]] = {}
    by_two: dict[str, list[str]] = {}  # the first syllable's opening: "Ma" of Magnus for "Mange"
    for first in firsts:
        for part in {first.lower(), *first.lower().split("-")}:
            by_start.setdefault(part[:3], []).append(first)
            for name in {part, _reduced(part)}:
                by_two.setdefault(name[:2], []).append(first)
            if len(part) >= _SUFFIX_MIN_NAME:
                by_end.setdefault(part[-3:], []).append(first)
    stop, titles = swedish_stop_words(), title_words()
    named = {w.strip(".,;:()") for f in findings if f.category == "PERSON" for w in f.text.split()}
    # candidates first (cheap filters), the costlier checks only for the few that pass
    todo: list[tuple[int, re.Match[str], int, list[Finding]]] = []
    for page, text in sorted(page_texts.items()):
        for m in _WORD.finditer(text):
            whole = m.group(0)
            # "Gunnis", "Bittis": the "-is" form first, then the genitive of "Gunni"
            forms = [whole, m.group(1)] if whole.endswith("is") and ":" not in whole and whole != m.group(1) \
                else [m.group(1)]
            # the genitive of a form the greedy word took its "s" into ("Hennans" of "Hennan")
            if m.group(1).endswith("s") and len(m.group(1)) >= 5 and whole == m.group(1):
                forms.append(m.group(1)[:-1])
            for word in forms:
                owners = _owners(word, by_start, by_end, by_two, firsts, named, listed, stop, titles)
                if owners:
                    todo.append((page, m, m.start(1) + len(word), owners))
                    break
    if not todo:
        return []
    lowered: set[str] = set()
    for text in page_texts.values():
        # not the parts of an e-mail address or a web address ("jonte.ek@", "www.lovik.se")
        lowered.update(re.findall(r"(?<![\w@.])[a-zåäöéü]{3,}(?![\w@]|\.\w)", text))
    covered: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        if f.start is not None and f.end is not None:
            covered.setdefault(f.page, []).append((f.start, f.end))
    new: list[Finding] = []
    for page, m, b, owners in todo:
        a = m.start(1)
        word = page_texts[page][a:b]
        if page_texts[page][b:m.end()] in ("s", ":s"):
            b = m.end()  # the genitive's ending is the person's too ("Jonte" of "Jontes")
        if word.lower() in lowered or any(s < b and a < e for s, e in covered.get(page, ())):
            continue
        after = _FOLLOWED.match(page_texts[page], m.end())
        if after and (after.group(1) in PLACE_NOUN_AFTER or after.group(1) in _ORG_NOUNS):
            continue
        if _LEX_BEFORE.search(page_texts[page], max(0, a - 8), a):
            continue  # "lex Maria": a law's reporting duty, not "Britt-Marie" cut short
        if only_countries(word):
            continue  # "Mali" beside Malin: a country's name (a mission's, a trip's), no one's short form
        distinct = {" ".join(p.text.split()).casefold() for p in owners}
        origin = owners[0]
        new.append(Finding(
            id=f"p{page}-derived{len(new)}", page=page, start=a, end=b, text=page_texts[page][a:b],
            category="PERSON", score=SCORE, detector="short_form",
            reason=f"trolig kortform av förnamnet {origin.text.split()[0]} (sida {origin.page})",
            subject=next(iter(distinct)) if len(distinct) == 1 else None,
        ))
        covered.setdefault(page, []).append((a, b))
    return new

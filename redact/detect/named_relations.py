"""A person named by a relation the text states: a relative's noun in brackets after a name ("Halina (dotter)",
"Oskar Berg (make)"), a surname's genitive before "dödsbo" ("Tjärnlunds dödsbo", the estate of a dead person),
and two capitalised words before "bor i/på/hos" (only a person lives somewhere). Words found as a name before ",
född" and a date are a person's too, however they end (``born_after``: only a person is born).

Neither needs the name in a list: the bracket says the word is a relative's name, and only a person leaves an
estate. A word written in lower case elsewhere on the page, a function word or a title stays.
"""

from __future__ import annotations

import re

from redact.detect.name_words import OPENERS
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule

_CAP = r"[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][^\W\d_]{1,20}(?:-[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][^\W\d_]+)?"
_KIN = (r"hustru|fru|make|maka|man|sambo|partner|son|dotter|mor|far|mamma|pappa|bror|syster|farmor|farfar|mormor|"
        r"morfar|moster|faster|morbror|farbror|kusin|svärson|svärdotter|svärmor|svärfar|svåger|svägerska|barnbarn|"
        r"brorson|brorsdotter|systerson|systerdotter|fästman|fästmö|styvson|styvdotter|styvmor|styvfar|granne|god[ ]man")
# one or two capitalised words, then the relative's noun alone in brackets
_NAME_KIN = compile_rule(rf"(?<![\w@.-])(?P<name>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*\((?i:{_KIN})\)")
# a surname's genitive (a first name may stand before it) before the estate
_ESTATE = compile_rule(rf"(?<![\w@.-])(?P<name>(?:{_CAP}[ \t]+)?{_CAP}s)[ \t]+(?i:dödsbo|dödsboet|dödsbos)(?![\w-])")
# two capitalised words before "bor" (or "är bosatt", ", bosatt") and where: only a person lives somewhere
# ("Wairimu Gachanja bor i Kisumu")
_RESIDENT = compile_rule(rf"(?<![\w@.-])(?P<name>{_CAP}[ \t]+{_CAP})(?:[ \t]+(?:bor|bodde|är[ \t]+bosatt)|,[ \t]*bosatt)[ \t]+(?:i|på|hos|nu|numera|kvar)(?![\w-])")
# a possessive and a relative's noun, then the relatives' given names ("Mina barn Hêvî och Azad", "hennes söner
# Rêbîn, Dilan och Şêro"): whose children or siblings they are, the words before them say. The first name after the
# noun and the last after "och" are read (the lexicon and the model take the ones between); a name of letters no
# list holds (Kurdish "ê", "î", "ş") is a name by where it stands.
_KIN_PLURAL = (r"barn|barnen|söner|döttrar|son|dotter|sonen|dottern|barnbarn|syskon|bröder|systrar|bror|syster|"
               r"brodern|systern|tvillingar|flickor|pojkar")
_WHOSE_KIN = (r"(?i:mina|min|mitt|hans|hennes|hens|deras|våra|vår|vårt|sina|sin|sitt|dina|din|ditt|era|er|ert)"
              rf"[ \t]+(?i:{_KIN_PLURAL})[ \t]+")
_KIN_FIRST = compile_rule(rf"(?<![\w-]){_WHOSE_KIN}(?P<name>{_CAP})(?=[ \t]*(?:,|och[ \t]|&|\(|[.;:]|$)|[ \t]+[a-zåäö])")
_KIN_LAST = compile_rule(rf"(?<![\w-]){_WHOSE_KIN}{_CAP}(?:[ \t]*,[ \t]*{_CAP}){{0,3}}[ \t]+(?:och|&)[ \t]+(?P<name>{_CAP})"
                     r"(?![\w-])")
_BORN_AFTER = re.compile(r"[ \t]*(?:,[ \t]*|\([ \t]*)född\s+(?:den\s+)?\d")


def born_after(text: str, end: int) -> bool:
    """True when ", född" and a date follow ``end`` ("Tsega Mehari, född den 4 maj 1961"): the words before are a
    person's, never an ordinary noun however they end."""
    return "född" in text[end:end + 12] and _BORN_AFTER.match(text, end) is not None


# the endings of a definite noun or a genitive ("Familjen", "Föreningens"): a household or a body, not a name
_NOUN_ENDINGS = ("en", "et", "na", "ns", "ens", "ets", "arna", "erna")


def _ordinary(text: str, word: str) -> bool:
    """A word the page writes in lower case, or one that opens sentences."""
    low = word.lower()
    return low in OPENERS or re.search(rf"(?<![\w@.-]){re.escape(low)}(?![\w-])", text) is not None


def _check_name_kin(text: str, m: re.Match[str]) -> Verdict | None:
    words = m.group("name").split()
    if any(_ordinary(text, w) for w in words) or any(w.isupper() for w in words):
        return None
    return Verdict(m.start("name"), m.end("name"), "namn före släktskap inom parentes")


def _check_estate(text: str, m: re.Match[str]) -> Verdict | None:
    words = m.group("name").split()
    if any(_ordinary(text, w) for w in words) or any(w.isupper() for w in words):
        return None
    return Verdict(m.start("name"), m.end("name"), "namn i genitiv före dödsbo")


def _check_resident(text: str, m: re.Match[str]) -> Verdict | None:
    from redact.detect.name_words import U, classify_word, load_lexicons

    words = m.group("name").split()
    lex = load_lexicons()
    if any(_ordinary(text, w) or w.isupper() or w.lower().endswith(_NOUN_ENDINGS) for w in words):
        return None
    if any(classify_word(w, lex) != U for w in words):
        return None  # a listed name is the name rules' to judge
    return Verdict(m.start("name"), m.end("name"), "två namnord före 'bor'")


_KIN_NEEDS = ("barn", "son", "söner", "dotter", "döttrar", "syskon", "bröder", "systrar", "bror", "syster", "tvilling",
              "flickor", "pojkar")


def _check_kin_name(text: str, m: re.Match[str]) -> Verdict | None:
    """The given name after a possessive and a relative's noun, unless the page writes it as an ordinary word."""
    name = m.group("name")
    from redact.detect.context import NOT_A_NAME

    if _ordinary(text, name) or name.isupper() or name.lower() in NOT_A_NAME or name.lower().endswith(_NOUN_ENDINGS[2:]):
        return None
    return Verdict(m.start("name"), m.end("name"), "förnamn efter släktskap")


class NamedRelationRecognizer(SwedishPatternRecognizer):
    """Names that a bracketed relative's noun or an estate says are a person's."""

    ENTITY = "PERSON"
    NAME = "named_relation"
    RULES = (
        Rule("name_before_kin", _NAME_KIN, score=0.75, check=_check_name_kin, needs=("(",)),
        Rule("estate_owner", _ESTATE, score=0.75, check=_check_estate, needs=("dödsbo",)),
        Rule("resident_pair", _RESIDENT, score=0.9, check=_check_resident, needs=("bor ", "bodde ", "bosatt ")),
        Rule("given_name_after_kin", _KIN_FIRST, score=0.75, check=_check_kin_name, needs=_KIN_NEEDS),
        Rule("last_given_name_after_kin", _KIN_LAST, score=0.75, check=_check_kin_name, needs=_KIN_NEEDS),
    )

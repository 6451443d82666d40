"""A given name standing alone where a person says or is told whose it is, in Swedish and in the languages people
write to Swedish authorities in: "Jag heter Maja", "My name is Maja", "Nimeni on Maja", "Me llamo Maja",
"Magacaygu waa Maja", "Benim adım Maja", and, at a sentence's or a clause's start only, the plain "I am" of some
("Hei, olen Maja", "Hola, soy Maja", "Merhaba, ben Maja").

The phrases are written by the project from its own knowledge of the languages. The word is taken as
``names_by_place`` takes it (``place_keep_words``); after Finnish "olen" a word in a place case ("Tukholmassa",
"Suomesta") stays unless it is a listed given name.
"""

from __future__ import annotations

import re

from redact.detect.name_words import F, classify_word, load_lexicons
from redact.detect.names_by_place import WORD, check_given_name
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule

_NAMING = (
    r"jag[ \t]+heter|han[ \t]+heter|hon[ \t]+heter|hen[ \t]+heter|mitt[ \t]+namn[ \t]+är|jeg[ \t]+heter|"
    r"jeg[ \t]+hedder|mitt[ \t]+navn[ \t]+er|mit[ \t]+navn[ \t]+er|ég[ \t]+heiti|"
    r"my[ \t]+name[ \t]+is|my[ \t]+name's|i[ \t]+am[ \t]+called|i'm[ \t]+called|her[ \t]+name[ \t]+is|"
    r"his[ \t]+name[ \t]+is|(?:minun[ \t]+)?nimeni[ \t]+on|minu[ \t]+nimi[ \t]+on|mu[ \t]+nimi[ \t]+on|"
    r"a[ \t]+nevem|me[ \t]+llamo|mi[ \t]+nombre[ \t]+es|se[ \t]+llama|je[ \t]+m['’]appelle|mon[ \t]+nom[ \t]+est|"
    r"ich[ \t]+heiße|ich[ \t]+heisse|mein[ \t]+name[ \t]+ist|mijn[ \t]+naam[ \t]+is|ik[ \t]+heet|mi[ \t]+chiamo|"
    r"il[ \t]+mio[ \t]+nome[ \t]+è|(?:o[ \t]+)?meu[ \t]+nome[ \t]+é|me[ \t]+chamo|chamo-me|mam[ \t]+na[ \t]+imi[eę]|"
    r"nazywam[ \t]+się|zovem[ \t]+se|moje[ \t]+ime[ \t]+je|menya[ \t]+zovut|mene[ \t]+zvaty|benim[ \t]+adım|adım|"
    r"ismim|navê[ \t]+min|(?:ana[ \t]+)?ismi|esmam|esm-e[ \t]+man|esme[ \t]+man|magacaygu(?:[ \t]+waa)?|"
    r"magacayga(?:[ \t]+waa)?|emri[ \t]+im[ \t]+është|quhem|unë[ \t]+quhem|mă[ \t]+numesc|numele[ \t]+meu[ \t]+este|"
    r"jmenuji[ \t]+se|smey|simé"
)
_NAMED = compile_rule(
    rf"(?<![\w-])(?i:{_NAMING})[ \t]*:?[ \t]+(?P<name>{WORD})(?![\w'’-])(?![\w-])"
)
# "I am" at a sentence's or a clause's start only ("Hola, soy Maja"): in a sentence's middle it is any "am"
_I_AM = (
    r"olen|minä[ \t]+olen|mina[ \t]+olen|soy|yo[ \t]+soy|ben|jestem|ja[ \t]+sam|ich[ \t]+bin|ik[ \t]+ben|sono|"
    r"eu[ \t]+sou|unë[ \t]+jam"
)
_AM = compile_rule(
    rf"(?m)(?:^|(?<=[.!?,;:]))[ \t]*(?i:{_I_AM})[ \t]+(?P<name>{WORD})(?![\w'’-])"
    r"(?=[ \t]*(?:[,.!?;:)]|$|\n|(?-i:[a-zåäö0-9])))"
)
# Finnish place cases: "olen Tukholmassa", "olen Suomesta"
_FINNISH_PLACE_CASE = re.compile(r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä)$")


def _check_am(text: str, m: re.Match[str]) -> Verdict | None:
    """``check_given_name``; a Finnish place case after "olen" only when the word is a listed given name."""
    word = m.group("name")
    finnish = m.group(0).lower().lstrip(" \t.!?,;:").startswith(("olen", "minä", "mina"))
    if finnish and _FINNISH_PLACE_CASE.search(word) and classify_word(word, load_lexicons()) != F:
        return None
    return check_given_name(text, m)


class IntroducedNameRecognizer(SwedishPatternRecognizer):
    """A given name alone after the words that say it is one's name ("Jag heter", "My name is", "Me llamo")."""

    ENTITY = "PERSON"
    NAME = "introduced_name"
    CONTEXT = ()
    RULES = (
        Rule("after_naming_words", _NAMED, score=0.8, check=check_given_name),
        Rule("after_i_am", _AM, score=0.7, check=_check_am),
    )

"""A person written with a nickname in quotes or brackets between first name and surname ('Karin "Kajsa" Ek').

The quotes split the name for the other rules: each word alone may be found, the quotes and
the surname left readable. Here the whole is one name when its first word is a known first name.
"""

from __future__ import annotations

import re

from redact.detect.name_words import F, X, classify_word, load_lexicons
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule

_CAP = r"[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_]+)?"
_OPEN, _CLOSE = "\"“”„«'‘’(", "\"“”»'‘’)"
_QUOTED = compile_rule(
    rf"(?<![\w-])(?P<first>{_CAP})[ \t]+[{_OPEN}](?P<nick>{_CAP}(?:[ \t]{_CAP})?)[{_CLOSE}][ \t]+"
    rf"(?P<last>{_CAP}(?:[ \t]+{_CAP})?)(?![\w-])"
)


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    if classify_word(m.group("first"), load_lexicons()) != F:
        return None  # 'Projektet "Sommar" Norrby': a name's first word must be a first name
    # a second capitalised word after the surname is taken only when it is a name too
    end = m.end("last")
    parts = m.group("last").split()
    if len(parts) == 2 and classify_word(parts[1], load_lexicons()) == "U":
        end = m.start("last") + len(parts[0])
    return Verdict(m.start("first"), end, "namn med smeknamn inom citattecken")


# A nickname named as one: "han kallas Bögge", "som kallas Maikki", "skriver under som \"Pato\"". The
# nickname begins as a listed first name before it on the page does (the name it is short for), so that
# "Parken kallas Lunden" stays a place.
_CALLED = compile_rule(
    rf"""(?i:\b(?:han|hon|hen|som|och|(?P<who>[^\W\d_]+(?:-[^\W\d_]+)?))\s+(?:kallas|kallades|kallar\s+sig|skriver\s+under\s+som|undertecknar\s+som
          |går\s+under\s+namnet|brukar\s+kallas)
       |\b(?:kallad|kallar\s+sig|skriver\s+under\s+som|undertecknar\s+som))
    [ \t\n]+(?:för\s+)?[{_OPEN}]?(?P<nick>{_CAP})[{_CLOSE}]?(?![\w-])"""
)
_NICK_REACH = 400  # characters before the cue where the full name stands


def _check_called(text: str, m: re.Match[str]) -> Verdict | None:
    nick = m.group("nick")
    who = m.group("who")
    if len(nick) < 3 or nick.isupper():
        return None
    lex = load_lexicons()
    if who is not None and not (who[:1].isupper() and classify_word(who.split("-")[0], lex) in (F, X)):
        return None  # "Dagrummet kallas Solrummet": only a first name, a pronoun or "som" is called so
    before = text[max(0, m.start() - _NICK_REACH):m.start("nick")]
    # the first name it is short for: a listed first name with the same first letter ("Bo-Göran" for "Bögge";
    # "Bo" is also a word, listed among the exceptions)
    if not any(classify_word(w.split("-")[0], lex) in (F, X)
               for w in re.findall(rf"(?<![\w-]){re.escape(nick[0])}[^\W\d_]+(?:-[^\W\d_]+)?", before)):
        return None
    return Verdict(m.start("nick"), m.end("nick"), "smeknamn efter 'kallas'")


# A short form introduced before the full name: "Nikos, som i avtalet heter Nikolaos Papadakis", "Sanna (som
# egentligen heter Susanna Ek)". The short form begins as the full name's first name does (three letters at least)
# and is shorter: "Parken, som heter Parkgården" has no full name of a person after it.
_SHORT_BEFORE = compile_rule(
    rf"""(?<![\w-])(?P<nick>{_CAP})[ \t]*(?:,|\()[ \t\n]*som[ \t\n]+(?:[a-zåäö]+[ \t\n]+){{0,4}}
    (?:heter|hette|kallas|står[ \t]+som|är[ \t]+skriven[ \t]+som|skrivs)[ \t\n]+(?P<first>{_CAP})[ \t\n]+{_CAP}(?![\w-])"""
)


def _check_short_before(text: str, m: re.Match[str]) -> Verdict | None:
    nick, first = m.group("nick"), m.group("first")
    if not 3 <= len(nick) < len(first) or nick.isupper() or nick[:3].lower() != first[:3].lower():
        return None
    if classify_word(first.split("-")[0], load_lexicons()) not in (F, X):
        return None  # the full name's first word must be a first name
    return Verdict(m.start("nick"), m.end("nick"), "kortform före det fullständiga namnet ('som heter')")


class QuotedNicknameRecognizer(SwedishPatternRecognizer):
    """First name, a nickname in quotes, surname: one person."""

    ENTITY = "PERSON"
    NAME = "quoted_nickname"
    CONTEXT = ()
    RULES = (
        Rule("first_quoted_nick_last", _QUOTED, score=0.85, check=_check, needs=('"', "”", "“", "'", "’", "«", "(")),
        Rule("called_nickname", _CALLED, score=0.8, check=_check_called,
             needs=("kallas", "kallad", "kallar sig", "skriver under", "undertecknar", "under namnet")),
        Rule("short_form_before_full_name", _SHORT_BEFORE, score=0.8, check=_check_short_before, needs=("som",)),
    )

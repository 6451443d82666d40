"""A former home written in French, Spanish or Portuguese after the verb of living: a quarter or a street named by
its word, then its town ("Avant, mon père habitait quartier Koumassi, Abéché," / "vivía antes en el Barrio Santa
Cruz, Ebebiyín," / "morou até agora no Bairro de Calequisse, Cacheu,").

Francophone, Spanish- and Portuguese-speaking Africa name a home by its quarter and town, with no street number:
the quarter's word ("quartier", "barrio", "bairro") or a street's word ("rue", "calle", "rua") and a capitalised name
say it is a place, the verb of living before it that it is someone's home, and the town after the comma belongs to it
(a country after the town too). The home ends where the clause does: a comma before a small letter or a line's end,
a stop, or the line's end. Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule

_CAPW = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_PARTICLE = r"(?:de|du|des|da|do|dos|das|del|la|le|los|las|l['’]|d['’])"
_NAME = rf"{_CAPW}(?:[ \t]+(?:{_PARTICLE}[ \t]*)?(?:{_CAPW}|[IVX]{{1,4}}))*"
# the verbs of living, in their past and present forms and their participles after "a", "ha", "tem" (French,
# Spanish, Portuguese: "a vécu", "ha vivido", "tem morado")
_LIVING = (r"(?:[Hh]abit(?:e|es|ent|ait|ais|aient|é|ée|aba|ava|ou|ado)|[Vv]i(?:t|vait|vais|vaient|vent|vé|vaient)|"
           r"[Vv]écu(?:e|s|es)?|[Rr][ée]sid(?:e|ait|aient|ía|ia|iu|ió|ido)|[Vv]iv(?:e|en|ía|ían|ia|iam|ió|eu|iu|ido)|"
           r"[Mm]or(?:a|am|ava|avam|ou|aram|ado))")
# the quarter's and the street's words opening the home, in small letters too in running text ("quartier Haoussa")
_OPENER = (r"(?:[Qq]uartier|[Bb]arrio|[Bb]airro|[Cc]ité|[Ss]ecteur|[Cc]olonia|[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]alle|"
           r"[Aa]venida|[Rr]ua|[Tt]ravessa|[Ll]argo|[Zz]ona)")
QUARTER_AFTER_LIVING = compile_rule(
    rf"""
    (?<![\w-]){_LIVING}(?![\w-])
    # the adverbs and the preposition between ("antes en el", "até agora no", "auparavant au")
    (?:[ \t]+[a-zà-ÿ]+(?:['’][a-zà-ÿ]+)?){{0,4}}?[ \t]+
    (?P<addr>{_OPENER}[ \t]+(?:{_PARTICLE}[ \t]*)?{_NAME}
      (?:,[ \t]*{_NAME}){{1,3}})
    # the clause ends after the town (or its country)
    (?=[ \t]*(?:[.;:)]|,?[ \t]*\n|,[ \t]+[a-zà-ÿ]|,?[ \t]*$))
    """
)
NEEDS = ("quartier", "barrio", "bairro", "cité", "secteur", "colonia", "rue", "avenue", "boulevard", "calle",
         "avenida", "rua", "travessa", "largo", "zona")


def check_quarter_after_living(text: str, m: re.Match[str]) -> Verdict | None:
    """The quarter or street and its town after a verb of living, taken whole."""
    return Verdict(m.start("addr"), m.end("addr"), "former home abroad by its quarter and town after a verb of living",
                   0.8)

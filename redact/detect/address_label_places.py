"""A home abroad given after an address label as places alone, without a house number: "Adress: Vaiaku, Funafuti"
(Tuvalu), "Bostad: Tanugamanono, Apia", "Adress: Fakaifou, Funafuti Atoll".

Many villages of the Pacific and of Africa have no street numbers: the home is the village or quarter and the
town. After an address label the line's comma-separated capitalised parts are that home when a listed place abroad
or a country (``lexicons/places_abroad.txt``, ``lexicons/countries.txt``) is among them after a first part that is
none (the village or quarter); a town and its country alone ("Adress: Kabul, Afghanistan") and a Swedish town
without a number stay as the label rules leave them. Rule of ``redact.detect.address`` (``address_regions``).
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule, rule_regex

_CAP = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_PART = rf"{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
PLACES_AFTER_LABEL = compile_rule(
    rf"""
    (?<![\w-])(?i:adress|address|hemadress|bostadsadress|postadress|utlandsadress|bostad|vistelseadress)[ \t]*:[ \t]*
    (?P<value>{_PART}(?:,[ \t]*{_PART}){{1,3}})
    (?=[ \t]*(?:[;\n]|$|\.[ \t]*(?:\n|$)))
    """
)
PLACES_GATE = rule_regex(r"(?i:adress|address|bostad)[ \t]*:[ \t]*[^\W\d_]+[^\n,]*,")


def check_places_after_label(text: str, m: re.Match[str]) -> Verdict | None:
    """The places after an address label, a listed place abroad or a country among them after the first."""
    from redact.detect import context as ctx
    from redact.detect.places import _COUNTRY_WORD, countries

    parts = [" ".join(p.split()) for p in m.group("value").split(",")]
    if any(w.lower() in ctx.NOT_A_NAME for p in parts for w in p.split()):
        return None  # a Swedish sentence's word among the parts
    words = [tuple(w.casefold() for w in _COUNTRY_WORD.findall(p)) for p in parts]
    # the place alone, or with its kind after it ("Funafuti Atoll")
    listed = [w in countries() or w[:1] in countries() for w in words]
    if listed[0] or not any(listed[1:]):
        return None  # "Adress: Kabul, Afghanistan": a town and its country, no home in it
    return Verdict(m.start("value"), m.end("value"), "address abroad of places after an address label", 0.8)

"""An Icelandic address: the street by its Icelandic ending ("Skólavörðustígur 12", "Hafnarstræti 20",
"Laugavegur 45"), the flat ("íbúð 3", "íb. 201") or floor ("2. hæð"), and a three-digit postal code before the
town ("101 Reykjavík", "600 Akureyri"). Three digits before a capitalised word are many things in a Swedish text,
so the street's Icelandic ending must open the match. Rule of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule, rule_regex

# the endings of Icelandic street names: street, road, path, lane, way, slope, field, hill, bank, square
# (not the endings Swedish places share: -berg, -holt, -nes, -sel, -ås)
_ENDING = (r"(?:gata|götu|vegur|vegi|stígur|stíg|braut|stræti|sund|tún|hlíð|bakki|gerði|vellir|völlum|"
           r"lind|kór|hæð|hagi|mýri|leiti|torg|smári|teigur|múli|hvammur|skógar|garður)")
ICELANDIC = compile_rule(
    rf"""
    (?<![\w.-])
    [A-ZÁÉÍÓÚÝÞÆÖ][a-záéíóúýþæöð]+{_ENDING}[ \t]+\d{{1,4}}[A-Za-z]?(?![\w-])
    (?:,?[ \t]*\n?[ \t]*(?:íbúð|íb\.)[ \t]*\d{{1,4}}|,?[ \t]*\n?[ \t]*\d\.[ \t]*hæð(?:[ \t]+(?:t\.?[ \t]?h\.|t\.?[ \t]?v\.))?)?
    # a comma before the postal code, or a line end alone: a register's table reads the street's cell and the
    # postal cell one a line ("Hringbraut 84" / "101 Reykjavík, Ísland")
    (?:,[ \t]*\n?|[ \t]*\n)[ \t]*\d{{3}}[ \t]+[A-ZÁÉÍÓÚÝÞÆÖ][a-záéíóúýþæöð]+(?:[ \t]+[A-ZÁÉÍÓÚÝÞÆÖ][a-záéíóúýþæöð]+)?
    (?![\w-])
    # the country after the town, in Icelandic, Swedish or English
    (?:,[ \t]*(?:Ísland|Island|Iceland)(?![\w-]))?
    """
)
GATE = rule_regex(rf"{_ENDING}[ \t]+\d")
_NOT_TOWN = frozenset({"kronor", "kr", "personer", "deltagare", "meter", "st", "stycken", "timmar", "dagar"})


def check_icelandic(text: str, m: re.Match[str]) -> Verdict | None:
    """An Icelandic street, flat or floor and its postal code and town, taken whole."""
    from redact.detect import context as ctx

    if m.group().split()[-1].lower() in ctx.NOT_A_NAME or m.group().split()[-1].lower() in _NOT_TOWN:
        return None  # "Stortorg 3, 200 Kronor": a number and a unit, no postal code and town
    return Verdict(m.start(), m.end(), "street address abroad in Iceland's shape", 0.85)

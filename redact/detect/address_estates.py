"""A castle, a manor, a parsonage or a research station named by its place, as where someone lives: "flyttar till
Örbyhus slott, flygeln, 748 50 Örbyhus", "bor under vintern på Tarfala forskningsstation, 981 99 Kiruna".

Such a place has no street and no number; its name, the wing or floor of it and the postal code are the whole
address. It is a home only where a word of living or moving stands right before it (a few words and the preposition
between): a conference held at a castle or a visit to a station names a place, nobody's home. The postal code after
it says it is an address. A rule of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import Rule, Verdict, compile_rule

_U, _L = ctx.U, ctx.L
_NAME = rf"[{_U}][{_L}]{{2,}}(?:-[{_U}]?[{_L}]+)?"
# the estate's or station's word after its place's name: a castle, a manor, a parsonage, a works, a lighthouse, or a
# station where people stay out in the field ("Tarfala forskningsstation", "Ottenby fågelstation", "Abisko
# naturvetenskapliga station"); a police, fire or railway station is nobody's home
_KIND = (r"(?:slott|slottet|herrgård|herrgården|säteri|kungsgård|prästgård|prästgården|komministergård|bruk|kloster|"
         r"fyr|fyrplats|(?:forsknings|fält|fjäll|fågel|polar|väder|havs)station"
         rf"|[{_L}]{{4,}}(?:a|e)[ \t]+(?:forsknings|fält|fjäll|fågel)?station)")
# the wing, floor or room of it that is the home ("flygeln", "övre våningen", "rum 14")
_PART = (r"(?:(?:övre|nedre|norra|södra|östra|västra)[ \t]+(?:våningen|flygeln|planet)|flygeln|annexet|övervåningen|"
         r"vindsvåningen|gästhuset|(?:rum|lgh|lägenhet)[ \t]+\d{1,4}[A-Za-z]?)")
_SEP = r"[ \t]*,[ \t]*\n?[ \t]*"
_POSTCODE_TOWN = rf"\d{{3}}[ \t\u00a0]?\d\d[ \t]+{_NAME}(?:[ \t]+{_NAME})?"
# a word of living or moving, a few words after it perhaps ("bor under förberedelserna på"), then the preposition
_CUE = (r"(?i:bor|bodde|bott|bosatt|bosatta|flyttar|flyttade|flyttat|flytta|vistas|vistades|skriven|folkbokförd|"
        r"folkbokförda|hemma)"
        r"(?:[ \t]*\n?[ \t]*(?!(?i:och|men|samt|eller|som|där|arbetar|jobbar)(?![\w-]))[a-zåäö]+){0,3}"
        r"[ \t]*\n?[ \t]*(?i:på|till|i|vid)[ \t]*\n?[ \t]*")
ESTATE_AFTER_CUE = compile_rule(
    rf"""
    (?<![\w-]){_CUE}
    (?P<home>{_NAME}s?[ \t]+{_KIND}(?:{_SEP}{_PART})?{_SEP}{_POSTCODE_TOWN})
    (?![\w-])
    """
)


def check_estate_after_cue(text: str, m: re.Match[str]) -> Verdict | None:
    """The estate or station, its wing and its postal address, as the home the cue says it is."""
    if m.group("home").split()[0].lower() in ctx.NOT_A_NAME:
        return None
    return Verdict(m.start("home"), m.end("home"), "slott, gård eller station med postadress som bostad", 0.85)


RULES = (
    Rule("estate_after_cue", ESTATE_AFTER_CUE, score=0.85, check=check_estate_after_cue,
         needs=("slott", "gård", "säteri", "bruk", "kloster", "fyr", "station")),
)

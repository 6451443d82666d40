"""Homes in Central America addressed by a landmark and the blocks or yards from it, as Nicaragua and Costa Rica
write them where streets have no names: "Del Parque Central 2 c. al lago, casa 44, Managua", "De la Iglesia La
Merced 200 m al sur, casa 12, Heredia", "Del Colegio Teresiano 1 c. abajo, 20 vrs. al sur, Managua".

The landmark ("De"/"Del"/"Desde", inside a sentence "de"/"del", and a capitalised name), a count of blocks ("c.",
"cuadras"), yards ("vrs.", "varas") or metres and the direction (the lake, up or down the slope, the four points) say
where the house stands; a second leg of the way, the house's number and the town after commas belong to the same
address. Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_CAP = r"[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü'’.-]*"
_TOWN = r"[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü'’-]*"
# the landmark: its name of one to five words, Spanish small words between ("Parque Las Palmas", "Iglesia de la Merced")
_LANDMARK = rf"{_CAP}(?:[ \t]+(?:de|del|la|las|los|el|y|{_CAP})){{0,5}}"
# how far and which way: "2 c. al lago", "200 m al sur", "1 cuadra abajo", "20 vrs. arriba", "media cuadra al norte"
# (or the compass point's capital alone after the distance, as Costa Rica abbreviates it: "200 m N", "100 m O")
_LEG = (r"(?:\d{1,4}|media|una|dos|tres)[ \t]*(?:c\.|cdas?\.|cuadras?|vrs\.|varas|v\.|m\.?|mts\.?|metros)"
        r"[ \t]+(?:(?:al[ \t]+)?(?:lago|sur|norte|este|oeste|oriente|poniente|arriba|abajo)|[NSEO])(?![\w])")
# a landmark named by its kind, without "De"/"Del" before it ("Iglesia Santa Teresita 200 m N"): the kinds of building
# or place that such addresses count from
_LANDMARK_KIND = (r"(?:Iglesia|Parroquia|Catedral|Ermita|Parque|Plaza|Escuela|Colegio|Liceo|Universidad|Hospital|"
                  r"Clínica|Clinica|Estadio|Mercado|Supermercado|Pulpería|Pulperia|Gasolinera|Bomba|Banco|Palí|"
                  r"Cementerio|Puente|Rotonda|Antiguo|Antigua)")
LANDMARK_HOME = compile_rule(
    rf"""
    (?<![\w-])
    # ("de"/"del" in lowercase inside a sentence: "vivía del Parque Central 2 c. al sur, Granada")
    (?:(?:[Dd]e|[Dd]el|[Dd]esde)[ \t]+(?:la[ \t]+|el[ \t]+|los[ \t]+|las[ \t]+)?|(?={_LANDMARK_KIND}[ \t])){_LANDMARK}
    [ \t]+{_LEG}(?:[ \t]*,?[ \t]*\n?[ \t]*{_LEG})?
    # the house by its number or its colour, and the district and town after commas ("casa 44", "casa esquinera")
    (?:[ \t]*,[ \t]*\n?[ \t]*(?i:casa|casa[ \t]+no\.|casa[ \t]+\#|c/)[ \t]*\d{{1,4}}[A-Za-z]?)?
    (?:[ \t]*,[ \t]*\n?[ \t]*{_TOWN}(?:[ \t]+{_TOWN})?(?=[ \t]*(?:[.;)]|\n|$|,))
    # or a letter's next line: the postal code of five digits and the town ("10101 San José")
      |[ \t]*\n[ \t]*\d{{5}}[ \t]+{_TOWN}(?:[ \t]+(?:de[ \t]+)?{_TOWN}){{0,2}}(?=[ \t]*(?:[.;)]|\n|$|,)))?
    """
)


def check_landmark_home(text: str, m: re.Match[str]) -> Verdict | None:
    """The landmark, the way from it, the house and the town, whole."""
    return Verdict(m.start(), m.end(), "home abroad by a landmark and the way from it")


# every match holds a direction after a count of blocks, yards or metres
_GATE = rule_regex(r"(?:c\.|cuadras?|vrs\.|varas|m\.?|metros)[ \t]+(?:(?:al[ \t]+)?(?:lago|sur|norte|este|oeste|oriente"
                   r"|poniente|arriba|abajo)|[NSEO](?![\w]))")
RULES = (
    Rule("landmark_home", LANDMARK_HOME, score=0.75, context_score=0.85, check=check_landmark_home, gate=_GATE),
)

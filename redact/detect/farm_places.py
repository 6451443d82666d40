"""A farm and its village, or a farm and the street it lies on, written as one address in running text: "på gården
Bäckmyra, Vitmyra", "skolskjuts från Tjärnlidens gård, Lillträsk", "flyttat till Hemgården, Vintergatan 8 lgh 1106".

In the countryside a home is named by its farm, then the village or road it belongs to. A farm says itself so by
its noun ("gården Bäckmyra"), by its name's ending ("Norrgården", "Tjärnlidens gård") after a preposition of place
or motion; what follows the comma up to the clause's end is the village (or the street and number).
Rules of ``redact.detect.address``; the patterns are here to keep that module small.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.address_abroad import COUNTRY
from redact.detect.patterns import Verdict

_U = "A-ZÅÄÖÉÜ"
_L = "a-zåäöéü"
_NAME = rf"[{_U}][{_L}]{{2,}}(?:-[{_U}]?[{_L}]+)?"
# the farm's own name: a "-gården", "-stugan" or "-torpet" compound, a genitive before "gård" or "torp", or a
# place's name with "Gård" capitalised as part of the name ("Rödnäs Gård", "Ekby Gård")
_FARM = (rf"[{_U}][{_L}]{{2,}}(?:gården|stugan|torpet|hemmanet)|{_NAME}s[ \t]+(?:gård|torp)"
         rf"|{_NAME}[ \t]+(?:Gård|Gården|Torp|Torpet)")
# the house on the farm where the person lives, between the farm and its village ("Rödnäs Gård, personalhuset,
# Rödnäs 5", "Backgården, flygeln, Myrbacka"): a farmhand's or a relative's own door
_BUILDING = (rf"(?:[{_L}]{{2,}}(?:huset|stugan|bostaden|byggnaden|längan|villan)|flygeln|annexet|gårdshuset|"
             r"övervåningen|undantaget)")
# who the farm is, set off by commas after the preposition: "hos arbetsgivaren, Rödnäs Gård, …"
_WHO = rf"[{_L}]{{3,}},[ \t]*\n?[ \t]*"
# the village (one or two words), or a street with its number, the letter and the flat
_PLACE = (rf"{_NAME}(?:[ \t]+{_NAME})?(?:[ \t]+\d{{1,4}}(?:[ \t]?[A-Z](?![\w]))?(?:,?[ \t]+lgh[ \t]+\d{{1,4}})?)?")
FARM_AND_PLACE = re.compile(
    # the farm after its noun, a compound too ("släktgården Storhagen"), or by its name's own ending
    # (a churchyard, a school's yard or a garden is no one's home: "kyrkogården", "skolgården", "trädgården")
    rf"(?<![\w-])(?:(?:släkt|föräldra|hem|bond|barndoms)?gården[ \t]*\n?[ \t]*(?P<named>{_NAME})"
    rf"|(?i:på|till|från|vid|hos)[ \t]+\n?[ \t]*(?:{_WHO})?(?P<farm>{_FARM}))"
    rf"(?:,[ \t]*\n?[ \t]*{_BUILDING})?"
    rf"(?:,[ \t]*\n?[ \t]*(?P<place>{_PLACE})(?=[ \t]*(?:[,.;:)]|\n|$))|(?![\w-]))"
)
NEEDS = ("gård", "stugan", "torp", "hemmanet")
# a farm named alone is a home where the sentence says someone lives or moves there ("bor kvar på gården Lillhagen")
_RESIDENCE = re.compile(r"(?i)(?<![\w-])(?:bor|bodde|bott|bosatt|bosatta|flyttar|flyttade|flyttat|vistas|skriven|"
                        r"folkbokförd|folkbokförda|hemma)(?![\w-])")


def check_farm_and_place(text: str, m: re.Match[str]) -> Verdict | None:
    """The farm and its village (or street) as one home; not a country or a sentence's word after the comma."""
    start = m.start("named") if m.group("named") else m.start("farm")
    place = m.group("place")
    if place is None:
        cue = _RESIDENCE.search(text, max(0, start - 60), start)
        if not m.group("named") or cue is None or re.search(r"[.!?]\s", text[cue.end():start]) or (
                m.group("named").lower() in ctx.NOT_A_NAME):
            return None  # no one said to live there in the same sentence
        return Verdict(start, m.end("named"), "gård som bostad")
    first = place.split()[0]
    if first.lower() in ctx.NOT_A_NAME or re.fullmatch(COUNTRY, first):
        return None
    return Verdict(start, m.end("place"), "gård och by (eller gata) som bostad")

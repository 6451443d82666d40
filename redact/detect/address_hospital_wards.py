"""Where a patient lies in a hospital: the hospital, its ward and the room or bed in it ("vårdas på Norrby
lasarett, kirurgavdelning 12, sal 4", "ligger på Centralsjukhuset, avd. 31, rum 7").

The ward's number and the room's or bed's say exactly where a person is kept, as a street and a flat's number say
where someone lives. A ward alone is the hospital's own unit, named in its letterhead and its staff's signatures, so
only a ward with a room or a bed after it counts, and only after a word of lying or being cared for there in the same
sentence ("vårdas", "ligger", "inlagd"): "Avdelning 12 har fått nya sängar, sal 4 målas om" stays readable. Written
with a postal code and a town after the room, as a list of where each party is served writes it ("Åby lasarett, avd.
30 B, rum 12, 123 45 Åby"), it is someone's postal address whatever the sentence: a hospital's own letterhead names no
patient's room.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule

# the hospital by its own name: one to three capitalised words or a name's genitive, the last ending in the kind
# ("Norrlands universitetssjukhus", "Centralsjukhuset", "Södra Älvsborgs sjukhus", "Länssjukhuset Ryhov")
_KIND = r"(?:[a-zåäö]*sjukhus(?:et)?|lasarett(?:et)?|[a-zåäö]*klinik(?:en)?|hospice(?:t)?)"
_HOSPITAL = (rf"(?:(?:[A-ZÅÄÖ][\w-]*[ \t]+){{1,2}}{_KIND}|[A-ZÅÄÖ][a-zåäö]*{_KIND}(?:[ \t]+[A-ZÅÄÖ][\w-]+)?)")
# the ward, with what it treats before or in it maybe ("neonatal avd. 5", "avdelning 31", "kirurgavdelning 12")
# (the ward's letter may stand apart from its number: "avd. 30 B")
_WARD = (r"(?:[a-zåäö]+[ \t]+)?(?i:[a-zåäö]*avd\.?|[a-zåäö]*avdelning(?:en)?)[ \t]+"
         r"(?:\d{1,3}(?:[ \t]?[A-Z](?![\w-]))?|[A-Z](?![\w-]))")
# the room or the bed in it
_ROOM = r"(?i:sal|salen|rum|rummet|säng|sängplats|vårdplats)[ \t]+\d{1,4}[A-Za-z]?"
_SEP = r"[ \t]*,[ \t]*\n?[ \t]*"
# the postal code and the town after the room
_POSTAL = r"\d{3}[ \t\u00a0]?\d\d[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖ][a-zåäö]+)?"
WARD_ROOM = compile_rule(rf"""
    (?<![\w-])(?P<where>{_HOSPITAL}{_SEP}{_WARD}{_SEP}{_ROOM})(?![\w-])(?:{_SEP}(?P<post>{_POSTAL})(?![\w-]))?
""")
NEEDS = ("sal", "rum", "säng", "vårdplats")
# a word of lying or being cared for at the hospital, before the hospital in its sentence
_CARED = re.compile(r"(?i)(?<![\w-])(?:vårdas|vårdades|ligger|låg|inlagd|inlagt|inlagda|inneliggande|intagen|"
                    r"vistas|vistades|befinner[ \t]+sig)(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?;][ \t\n]+(?=[A-ZÅÄÖ])|\n[ \t]*\n")
_REACH = 120


def check_ward_room(text: str, m: re.Match[str]) -> Verdict | None:
    """The hospital, its ward and the room or bed, when a word of being cared for there stands before it in its
    sentence or a postal code and a town follow it (then with them)."""
    if m.group("post"):
        return Verdict(m.start("where"), m.end("post"), "a patient's ward and room at a hospital, as a postal address",
                       0.8)
    lo = max(0, m.start() - _REACH)
    for end in _SENTENCE_END.finditer(text, lo, m.start()):
        lo = end.end()
    if _CARED.search(text, lo, m.start()) is None:
        return None
    return Verdict(m.start("where"), m.end("where"), "a patient's ward and room at a hospital", 0.8)

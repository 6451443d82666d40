"""Where a person's boat lies, written in running text: the harbour by its place's name and the berth's jetty and
number ("båten ligger på Björkholmen, Norrhamnen, brygga 3, plats 21", "min segelbåt är förtöjd vid Ekudden, plats
B 12").

A private boat's berth is held by one person as the home is: with the jetty and the berth's number it points to the
owner, whose boat is there most nights. The place's names alone stay readable (a harbour is no one's); only a
berth's word and number after them make the whole the owner's berth. A berth in a table's berth column is
``address_berth_cells``'s; a boat given as the home, ``address_lodgings``'s.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule

_PLACE = r"[A-ZÅÄÖ][\w'’-]+(?:[ \t]+[A-ZÅÄÖ][\w'’-]+)?"
_BERTH = (r"(?i:plats|båtplats|brygga|bryggan|ponton|kaj|kajplats|y-bom|bomplats|pir|bojplats|boj)[ \t]+"
          r"(?:nr\.?[ \t]*)?(?:[A-ZÅÄÖ][ \t-]?)?\d{1,4}[A-Za-z]?(?:[:/-]\d{1,4}[A-Za-z]?)?(?![\w-])")
# the boat (any kind: "båten", "segelbåten", "min motorbåt"), lying, standing or moored at the place
BOAT_BERTH = compile_rule(rf"""
    (?<![\w-])(?i:[a-zåäö]*båt(?:en)?|snipan|jollen|ekan)[ \t]+
    (?i:ligger|låg|står|stod|är[ \t]+förtöjd|förtöjs|har[ \t]+sin[ \t]+plats|har[ \t]+plats)[ \t]+
    (?:(?i:numera|nu|sedan[ \t]+\w+|året[ \t]+om|i[ \t]+sommar)[ \t]+)?(?i:på|i|vid)[ \t]+
    (?P<berth>{_PLACE}(?:[ \t]*,[ \t]*{_PLACE}){{0,2}}(?:[ \t]*,?[ \t]*{_BERTH}){{1,2}})
""")
NEEDS = ("båt", "snipan", "jollen", "ekan")


def check_boat_berth(text: str, m: re.Match[str]) -> Verdict | None:
    """The harbour's places and the berth after a boat's lying there."""
    return Verdict(m.start("berth"), m.end("berth"), "a boat's berth by its harbour, jetty and number", 0.85)

"""A letter's address block whose home line is a named home with its numbered parts and no street ("Lövåsens
arbetsbodar, bod 7" / "905 90 Norrby", "Hotell Gamla Tullen, rum 214" / "211 20 Malmö"), the parts on a line of their
own under the name too ("Gamla skolan" / "sovsal B, säng 4" / "930 90 Arjeplog").

The rules read such a home after a word of living ("bor på Hagaboendet, rum 4") or in a table's address cell; in
the window of a letter the name, the part and the postal line stand on their own lines with no cue. The home's
line holds a numbered part of a building (a room, a hut, a section) and the next line a Swedish postal code and
its town: together they are where the addressee lives, so both lines are the address. A home's name alone above
a postal line is the rules' ordinary name-and-town reading and is left to them.
"""

from __future__ import annotations

import re

from redact.detect.address_chains import named_home_with_parts
from redact.detect.address_named_home_cells import lodging_room_cell
from redact.detect.patterns import Verdict, compile_rule

# the home's line (a name of one to four words, then one to three parts after commas) and the postal line under it
NAMED_HOME_LINES = compile_rule(r"""
    (?:^|(?<=\n))[ \t]*
    (?P<home>[A-ZÅÄÖ][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}(?:(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*(?=[a-zåäö]))
        [a-zåäö][\w.-]{0,15}[ \t]+(?:nr\.?[ \t]*)?[\w-]{1,6}){1,3})
    [ \t]*\n[ \t]*
    (?P<post>\d{3}[ \u00a0]?\d{2}[ \t]+[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+)?)
    [ \t]*(?=\n|$)
""")
NEEDS = (", ",)
# an authority's, a firm's or a school's unit is the sender's or a workplace, no home ("Norrby kommun, avd 4, rum 12")
_ORGANISATION = re.compile(r"(?i)(?<![\w-])(?:kommun|kommuns|region|regionen|landsting|länsstyrelsen|myndigheten|"
                           r"[\w-]*verket|[\w-]*förvaltning(?:en)?|universitet|högskola|tingsrätt|domstol|ab|hb|kb|"
                           r"stiftelse|stiftelsen|förening|föreningen|kansli|kansliet|enhet|enheten)(?![\w-])")


def check_named_home_lines(text: str, m: re.Match[str]) -> Verdict | None:
    """Both lines, when the home's line is a named home with its numbered parts (``address_chains``) or a lodging's
    room (``address_named_home_cells``)."""
    # (the parts may stand on a line of their own under the home's name: "Gamla skolan" / "sovsal B, säng 4")
    home = m.group("home").replace("\n", ",", 1)
    if "\n" in home:
        return None
    if not (named_home_with_parts(home) or lodging_room_cell(home)) or _ORGANISATION.search(home.split(",")[0]):
        return None
    return Verdict(m.start("home"), m.end("post"), "named home and its numbered parts above a postal line", 0.8)

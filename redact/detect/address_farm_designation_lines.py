"""A letter's address block whose home line is a farm by its name with its property designation and no street
("Norrgården, Bäckby 3:12" / "905 90 Norrby"), or the same written on one line before the postal code and town.

Rural homes without a street are written by the farm's name and the designation of its village's block and unit
(``address_named_home_cells`` reads them in a table's address cell). In the window of a letter the home's line stands
above the postal line with no cue: the designation makes the name one home, so both lines are the address. A farm's
name alone above a postal line is the rules' ordinary name-and-town reading and is left to them.
"""

from __future__ import annotations

import re

from redact.detect.address_named_home_cells import farm_designation_cell
from redact.detect.patterns import Verdict, compile_rule

# the home's line (the name, a comma and the village's block and unit) and the postal line under it, or after a comma
FARM_DESIGNATION_LINES = compile_rule(r"""
    (?:^|(?<=\n))[ \t]*
    (?P<home>(?:[A-ZÅÄÖÉÜ][^\n,]{1,50},[ \t]*
      # or the farm's name alone on the line above its designation's, one word of letters and its farm noun at most
      # ("Kvarnholmen" / "Mörbylånga Degerhamn 2:14"): two capitalised words there are the addressee's name, a word
      # with digits a case's number in the column beside ("BD-27-127")
      |[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ]?[^\W\d_]+)*(?:[ \t]+[a-zåäö]+)?[ \t]*\n[ \t]*)
     [A-ZÅÄÖÉÜ][^\n,:]{1,40}[ \t]\d{1,4}:\d{1,4})
    (?:[ \t]*\n[ \t]*|[ \t]*,[ \t]*)
    (?P<post>\d{3}[ \u00a0]?\d{2}[ \t]+[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+)?)
    (?=[ \t]*(?:\n|$)|[.,;)])
""")
NEEDS = (":",)


def check_farm_designation_lines(text: str, m: re.Match[str]) -> Verdict | None:
    """The home and the postal code and town, when the home is a farm's name with its designation."""
    if not farm_designation_cell(re.sub(r"[ \t]*\n[ \t]*", ", ", m.group("home"))):
        return None
    from redact.detect.table_headers import _is_header

    above = m.group("home").split("\n")[0].strip()
    if "\n" in m.group("home") and _is_header(above):
        return None  # "Fastighet" / "Mörbylånga Degerhamn 2:14": a label over the designation, no farm's name
    return Verdict(m.start("home"), m.end("post"), "farm with its property designation before a postal line", 0.8)

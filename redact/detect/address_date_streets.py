"""Streets abroad named after a date, the day's number inside the street's name: "Boulevard du 13 Janvier 241"
(Lomé), "Avenue du 30 Juin 12" (Kinshasa), "Rua 25 de Abril 8", "Avenida 5 de Mayo 120", "Via XX Settembre 14",
"Rue du 4 Septembre 11".

The other rules read the day as the house's number and the month as a new street, so the street's kind and the
day were left readable. Here the kind, the day and the month make the name, and the house's number after it (or
before it, "12, Rue du 4 Septembre") makes it an address; ``redact.detect.address_growth`` takes the parts after
it (a post box, the quarter, the town, the country). Rule of ``redact.detect.address`` (``address_regions``).
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_

# the street's kind in French, Spanish, Portuguese, Italian and English, capitalised as a name's first word
_KIND = (r"(?:Boulevard|Bd\.?|Bld\.?|Avenue|Av\.|Avenida|Avda\.?|Rue|Route|Place|Calle|C/|Carrera|Calzada|Rua|Praça|"
         r"Largo|Travessa|Via|Viale|Piazza|Corso|Street|Road)")
# the months in those languages (the names on the street signs, not a list of dates' spellings)
_MONTH = (r"(?:[Jj]anvier|[Ff]évrier|[Ff]evrier|[Mm]ars|[Aa]vril|[Mm]ai|[Jj]uin|[Jj]uillet|[Aa]oût|[Aa]out|"
          r"[Ss]eptembre|[Oo]ctobre|[Nn]ovembre|[Dd]écembre|[Dd]ecembre|"
          r"[Ee]nero|[Ff]ebrero|[Mm]arzo|[Aa]bril|[Mm]ayo|[Jj]unio|[Jj]ulio|[Aa]gosto|[Ss]eptiembre|[Ss]etiembre|"
          r"[Oo]ctubre|[Nn]oviembre|[Dd]iciembre|"
          r"[Jj]aneiro|[Ff]evereiro|[Mm]arço|[Mm]aio|[Jj]unho|[Jj]ulho|[Ss]etembro|[Oo]utubro|[Nn]ovembro|[Dd]ezembro|"
          r"[Gg]ennaio|[Ff]ebbraio|[Aa]prile|[Mm]aggio|[Gg]iugno|[Ll]uglio|[Ss]ettembre|[Oo]ttobre|[Dd]icembre|"
          r"January|February|March|April|May|June|July|August|September|October|November|December)")
_DAY = r"(?:\d{1,2}(?:er|e|º|°)?|[IVXL]{1,6})"
_NUMBER = r"(?:n[°º]\.?[ \t]*|No\.?[ \t]*|nº[ \t]*)?\d{1,5}[A-Za-z]?"
DATE_STREET = compile_(
    rf"""
    (?<![\w.-])
    (?:(?P<before>\d{{1,5}}[A-Za-z]?),?[ \t]+)?
    {_KIND}[ \t]+(?:(?:du|de|del|do|da|des|dos)[ \t]+)?{_DAY}[ \t]+(?:(?:de|di)[ \t]+)?{_MONTH}
    (?:[ \t]+(?:de[ \t]+)?(?:19|20|18)\d\d)?             # the year of the date, when the name holds it
    (?:,?[ \t]+(?P<after>{_NUMBER}))?
    (?![\w-])
    """
)
DATE_STREET_GATE = re.compile(rf"{_DAY}[ \t]+(?:(?:de|di)[ \t]+)?{_MONTH}")


def check_date_street(text: str, m: re.Match[str]) -> Verdict | None:
    """A street named after a date, with the house's number before or after it, taken whole."""
    if m.group("before") is None and m.group("after") is None:
        return None  # "Place du 14 Juillet" alone: a square, or a date's celebration
    return Verdict(m.start(), m.end(), "street address abroad named after a date", 0.85)

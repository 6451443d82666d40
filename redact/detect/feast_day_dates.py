"""A day named by its feast and a year, as people give a birth date that fell on one ("född på julafton 1944",
"midsommarafton 1961", "nyårsdagen 1949"): the feast names the day as surely as figures do.

The feasts of the Swedish year that fall on one day a year, fixed (Christmas Day, Epiphany, New Year's Eve) or
moving within a week (Midsummer Eve, All Saints' Day, the Sundays of Advent), and the fixed ones as the neighbours and
English write them ("julaften", "Christmas Day"); the year right after the name is what makes it a date. The
feasts counted from Easter are left out: "annandagen" and "påskdagen" name a different day in each church's
reckoning, and their words open a holiday's account more often than a birth.
"""

from __future__ import annotations

import re

# the feasts, definite and bare ("juldagen", "juldag"), their eves ("julafton") and the national and the saints' days
_FEASTS = (
    "nyårsdagen", "nyårsdag", "trettondagsafton", "trettondedag jul", "trettondagen", "trettondag",
    "kyndelsmässodagen", "valborgsmässoafton", "valborgsafton", "valborg", "nationaldagen",
    "midsommarafton", "midsommardagen", "midsommardag", "midsommar", "allhelgonaafton", "allhelgonadagen",
    "alla helgons dag", "mårtensafton", "luciadagen", "julafton", "juldagen", "juldag", "annandag jul", "nyårsafton",
    # the Sundays of Advent, each one day of its year ("första advent 1997", "1:a advent 1997")
    "första advent", "andra advent", "tredje advent", "fjärde advent", "1:a advent", "2:a advent", "3:e advent",
    "4:e advent", "första söndagen i advent", "adventssöndagen",
    # the neighbours' and English fixed feasts ("julaften 1950", "Christmas Day 1944", "Heiligabend 1961")
    "julaften", "juledag", "juledagen", "nyttårsaften", "nytårsaften", "nyttårsdag", "nytårsdag", "sankthansaften",
    "jouluaatto", "joulupäivä", "uudenvuodenaatto", "uudenvuodenpäivä", "juhannusaatto", "heiligabend",
    "christmas day", "christmas eve", "new year's day", "new year’s day", "new year's eve", "new year’s eve",
)
#: A feast's name, a space or a line break, and a year of four digits (groups feast, feast_y).
FEAST_DATE = (r"(?P<feast>(?i:" + "|".join(r"[ \t]+".join(w.split()) for w in sorted(_FEASTS, key=len, reverse=True))
              + r"))(?:[ \t]+|[ \t]*\n[ \t]*)(?P<feast_y>(?:18|19|20)\d\d)(?![\w])")
_FEAST_VALUE = re.compile(FEAST_DATE.replace("(?P<feast>", "(?:").replace("(?P<feast_y>", "(?:"))


def feast_day_value(value: str) -> bool:
    """True for a cell holding a feast's name and a year alone ("julafton 1944")."""
    return _FEAST_VALUE.fullmatch(" ".join(value.split())) is not None

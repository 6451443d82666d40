"""The weekday a date may open with, as a calendar, a booking system or a clerk copying one writes it ("ons. 11 juli
1951", "tis 10 nov 2009", "Tue, 3 March 1987", "Mi., 3. März 1987", "ke 3.3.1987"): the day's name whole or
abbreviated, in Swedish, the Nordic languages, English, German, Dutch, French, Spanish, Italian, Portuguese, Polish,
Turkish and Finnish. A birth column's cell that carries the weekday masks it with its date (written is written); in
running text the weekday between the birth word and the date stays readable, as a letter's "född tisdagen den 4 maj
1971" is marked, and must not hide the date from its birth word ("née le jeudi 14 avril 1983").

Source: written by the project from its own knowledge of the languages (the names of the days and the short forms
their calendars print); no list was copied.
"""

from __future__ import annotations

import re

# each language's days, Monday first, whole and then their short forms
_DAYS: dict[str, tuple[str, ...]] = {
    "swedish": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "mån", "tis", "ons", "tors", "tor", "fre", "lör", "sön"),
    "norwegian/danish": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
                         "man", "tir", "ons", "tor", "fre", "lør", "søn"),
    "english": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
    "german": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
               "mo", "di", "mi", "do", "fr", "sa", "so"),
    "dutch": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
              "ma", "di", "wo", "do", "vr", "za", "zo"),
    "french": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
               "lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
    "spanish": ("lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
                "lun", "mar", "mié", "mie", "jue", "vie", "sáb", "sab", "dom"),
    "italian": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
                "lun", "mar", "mer", "gio", "ven", "sab", "dom"),
    "portuguese": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
                   "domingo", "seg", "ter", "qua", "qui", "sex", "sáb", "dom"),
    "polish": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
               "pon", "wt", "śr", "czw", "pt", "sob", "niedz", "ndz"),
    "turkish": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
                "pzt", "sal", "çar", "per", "cum", "cmt", "paz"),
    "finnish": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
                "ma", "ti", "ke", "to", "pe", "la", "su"),
}
#: every weekday's name and short form, longest first, as an alternation (the Swedish and Danish definite "-en" and
#: the Finnish essive "-na" after it: "onsdagen", "keskiviikkona")
WEEKDAY_WORDS = "|".join(sorted({d for days in _DAYS.values() for d in days}, key=lambda w: (-len(w), w)))
#: a weekday opening a date, with its dot, a comma and the article before the day ("onsdagen den", "Tue, the")
WEEKDAY_OPENING = re.compile(rf"(?i)(?:{WEEKDAY_WORDS})(?:en|na)?\.?,?[ \t]+(?:(?:den|the|le|el|il|am)[ \t]+)?(?=\d)")


def weekday_opening(value: str) -> int:
    """The length of the weekday that opens a date in ``value`` ("ons. " in "ons. 11 juli 1951"), or 0."""
    m = WEEKDAY_OPENING.match(value)
    return m.end() if m else 0

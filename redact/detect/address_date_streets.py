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

from redact.detect.patterns import NeedleGate, Verdict, compile_rule

# the street's kind in French, Spanish, Portuguese, Italian and English, capitalised as a name's first word
_KIND = (r"(?:Boulevard|Bd\.?|Bld\.?|Avenue|Av\.|Avenida|Avda\.?|Rue|Route|Place|Calle|C/|Carrera|Calzada|Rua|Praça|"
         r"Largo|Travessa|Via|Viale|Piazza|Corso|Street|Road)")
# the months in those languages (the names on the street signs): the birth-date rules' tables, the first letter in
# either case; French also without its accents ("Fevrier", "Aout"), English capitalised only
def _month_spellings() -> list[str]:
    """The months as the pattern takes them: the first letter in either case ("[Jj]anvier"), English capitalised."""
    import unicodedata

    from redact.detect.birth_cues_abroad import _MONTH_LISTS

    names: list[str] = []
    for language in ("french", "spanish", "spanish (other spelling)", "portuguese", "italian"):
        for name in _MONTH_LISTS[language]:
            plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
            for spelling in (name, plain) if language == "french" else (name,):
                if spelling and f"[{spelling[0].upper()}{spelling[0]}]{spelling[1:]}" not in names:
                    names.append(f"[{spelling[0].upper()}{spelling[0]}]{spelling[1:]}")
    names += ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    return names


def _month_pattern() -> str:
    """The months as one alternation."""
    return "(?:" + "|".join(_month_spellings()) + ")"


def _month_needles() -> tuple[str, ...]:
    """Each month's name in lower case, as a :class:`NeedleGate` looks for it in a lowered page."""
    return tuple(dict.fromkeys((n[2] + n[4:] if n.startswith("[") else n).lower() for n in _month_spellings()))


_MONTH = _month_pattern()
_DAY = r"(?:\d{1,2}(?:er|e|º|°)?|[IVXL]{1,6})"
_NUMBER = r"(?:n[°º]\.?[ \t]*|No\.?[ \t]*|nº[ \t]*)?\d{1,5}[A-Za-z]?"
DATE_STREET = compile_rule(
    rf"""
    (?<![\w.-])
    (?:(?P<before>\d{{1,5}}[A-Za-z]?),?[ \t]+)?
    {_KIND}[ \t]+(?:(?:du|de|del|do|da|des|dos)[ \t]+)?{_DAY}[ \t]+(?:(?:de|di)[ \t]+)?{_MONTH}
    (?:[ \t]+(?:de[ \t]+)?(?:19|20|18)\d\d)?             # the year of the date, when the name holds it
    (?:,?[ \t]+(?P<after>{_NUMBER}))?
    (?![\w-])
    """
)
# a month's name is in every match: a page without one is passed by at once
DATE_STREET_GATE = NeedleGate(re.compile(rf"{_DAY}[ \t]+(?:(?:de|di)[ \t]+)?{_MONTH}"), _month_needles())


def check_date_street(text: str, m: re.Match[str]) -> Verdict | None:
    """A street named after a date, with the house's number before or after it, taken whole."""
    if m.group("before") is None and m.group("after") is None:
        return None  # "Place du 14 Juillet" alone: a square, or a date's celebration
    return Verdict(m.start(), m.end(), "street address abroad named after a date", 0.85)

"""A unit's or a facility's own name, given after its noun ("Dagverksamheten Lärkan", "Fritidsgården Kulan",
"Förskolan Myran"): no person's name, wherever the document writes it alone ("ring Lärkan", "(Kulan)").

Care units, preschools and youth centres are named after a bird, a plant or a thing; a name reader takes the
capitalised word alone for a person. The document says what the word is where it writes it after the unit's
noun. A word that is a listed given name or surname ("Förskolan Linnea") stays a possible person.
"""

from __future__ import annotations

from collections.abc import Iterable

from redact.detect.first_chars import compile_scanning
from redact.types import Finding

# the unit's or the facility's noun, definite, perhaps a compound ("Korttidsboendet", "Dagverksamheten"), or a
# meeting place's word, then the name of one capitalised word (a burial ground's or a sports ground's too,
# "Begravningsplatsen Ekhagen"); so too a public body's, named for its region after
# its noun ("Gymnasieantagningen Fyrbodal", "Räddningstjänsten Mitt", "Miljöförbundet Ådalen"), and an agency's unit
# named for the place it works at, in small letters after the agency's name ("Tullverket, resenärsenheten Arlanda",
# "Skogsverket, distrikt Ovanå", "Tullen, regionkontoret Norrby": the district or the office it writes from)
_NAMED_UNIT = compile_scanning(
    r"(?<![\w-])(?:[A-ZÅÄÖ][a-zåäö]*(?:verksamheten|förskolan|skolan|gården|boendet|hemmet|centret|"
    r"mottagningen|avdelningen|antagningen|tjänsten|förbundet|platsen)|Daglig[ \t]+verksamhet|Träffpunkt|Mötesplats"
    r"|(?<=,[ \t])(?:[a-zåäö]*enheten|[a-zåäö]*(?:distrikt|distriktet|kontoret|området)|regionen|region))"
    r"[ \t]+(?P<name>[A-ZÅÄÖ][a-zåäö]{2,})(?![\w-])")
# what may stand around the name in a finding: brackets, a genitive's s is not stripped (it is another word)
_AROUND = "()[].,;: \t\n"


def unit_names(texts: Iterable[str]) -> frozenset[str]:
    """The names the pages give units and facilities after their nouns, that are no listed person's name."""
    from redact.detect.name_words import no_listed_name

    found = {m.group("name") for text in texts for m in _NAMED_UNIT.finditer(text)}
    return frozenset(n for n in found if no_listed_name(n))


def drop_unit_names(findings: list[Finding], names: frozenset[str]) -> list[Finding]:
    """The findings without the persons that are a unit's or a facility's own name (see the module docstring)."""
    if not names:
        return findings
    return [f for f in findings if not (f.category == "PERSON" and f.text.strip(_AROUND) in names)]

"""An animal's name is no person: "hästen Stella", "hunden Bamse", "Hästarna Lady Blue och Kuling".

Horses, dogs and cats are given people's names ("Stella", "Bellman", "Prins Fabian"), so the name lists and the model
read them as persons. The animal's noun in its definite form right before the name says whose name it is; the plural
noun ("hästarna", "hundarna") names several, joined by commas and "och". The owner's name beside it ("hästen Stella,
ägare Anna Berg") stays a person: only what the animal's name itself spans is dropped, and a comma or any other word
between the noun and the name ("hunden, Anna Berg") leaves the name as it is.
"""

from __future__ import annotations

import re

from redact.detect.first_chars import compile_scanning
from redact.detect.things_named import persons_outside
from redact.types import Finding

# the animal's noun in its definite form: one animal, or several
_ONE = (r"hästen|hingsten|stoet|valacken|ponnyn|fölet|hunden|tiken|valpen|katten|kattungen|kon|kossan|tjuren|kalven|"
        r"kvigan|oxen|grisen|suggan|galten|fåret|tackan|baggen|bocken|geten|kaninen|tuppen|hönan|åsnan|lamat|alpackan")
_SEVERAL = (r"hästarna|hingstarna|stona|valackerna|ponnyerna|fölen|hundarna|tikarna|valparna|katterna|kattungarna|"
            r"korna|tjurarna|kalvarna|kvigorna|grisarna|fåren|getterna|kaninerna|hönsen|åsnorna")
# the name: capitalised words (two or three: "Lady Blue", "Prins Fabian"), a Roman numeral after them, in quotes or not
_WORD = r"[A-ZÅÄÖÆØÉÜ][^\W\d_]*(?:-[A-ZÅÄÖÆØÉÜ][^\W\d_]*)?(?![\w-])"
_NAME = rf"[\"”“'’»«]?{_WORD}(?:[ \t]+(?:{_WORD}|[IVX]{{1,4}}(?![\w])))" + "{0,2}" + r"[\"”“'’»«]?"
_ONE_ANIMAL = compile_scanning(rf"(?<![\w-])(?i:{_ONE})[ \t]+(?P<name>{_NAME})")
_ANIMALS = compile_scanning(
    rf"(?<![\w-])(?i:{_SEVERAL})[ \t]+(?P<names>{_NAME}(?:[ \t]*,[ \t]*{_NAME})*(?:[ \t]+och[ \t]+{_NAME})?)")
_ONE_NAME = re.compile(_NAME)
# or its indefinite noun after the owner's possessive ("min hund Molly", "vår katt Sixten", "hennes häst Stella")
_OWNED = (r"hund|tik|valp|katt|kattunge|häst|hingst|sto|valack|ponny|föl|kanin|marsvin|hamster|papegoja|undulat|"
          r"get|gris|åsna|alpacka")
_OWNED_ANIMAL = compile_scanning(
    rf"(?<![\w-])(?i:min|mitt|din|ditt|hans|hennes|vår|vårt|er|ert|deras|sin|sitt)[ \t]+"
    rf"(?i:{_OWNED})[ \t]+(?P<name>{_NAME})")


def animal_name_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes an animal's name right after the animal's noun."""
    spans = [m.span("name") for m in _ONE_ANIMAL.finditer(text)]
    spans += [m.span("name") for m in _OWNED_ANIMAL.finditer(text)]
    for m in _ANIMALS.finditer(text):
        spans += [(m.start("names") + n.start(), m.start("names") + n.end())
                  for n in _ONE_NAME.finditer(m.group("names"))]
    return spans


def drop_animal_names(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without persons that lie inside an animal's name."""
    if not any(f.category == "PERSON" for f in findings):
        return findings
    return persons_outside(findings, animal_name_spans(text))

"""A disease's or a vaccine's name is no person: "Hepatit B", "Difteri", "TBE-vaccin", "Mässling".

A health check lists the tests taken and the vaccines given ("provkod Hepatit B", a column of vaccines); the name of
a disease written with a capital and a type's letter after it ("Hepatit B", "Influensa A") reads to the model as a
given name and an initial. The disease's own word says what it is: nobody is named after one of these.
"""

from __future__ import annotations

from redact.detect.first_chars import compile_scanning
from redact.detect.things_named import persons_outside
from redact.types import Finding

# the diseases a Swedish health service tests or vaccinates for, by their Swedish and Latin names, perhaps with the
# type's letter or number after it ("Hepatit B", "Influensa A", "HPV 16") or the vaccine's word joined ("TBE-vaccin")
_DISEASE = compile_scanning(
    r"(?<![\w-])(?:(?i:hepatit|hepatitis|difteri|stelkramp|tetanus|kikhosta|pertussis|polio|mässling|påssjuka|"
    r"röda[ \t]+hund|influensa|tuberkulos|covid|covid-19|rotavirus|pneumokock(?:er)?|meningokock(?:er)?|vattkoppor|"
    r"bältros|gula[ \t]+febern|rabies|kolera|tyfoid|klamydia|syfilis|gonorré|mpox|apkoppor)"
    # the short names in capitals only ("TBE", "HPV"): "TBe" in a column of initials is a person's
    r"|TBE|TBC|HPV|HIV)(?![\w])"
    r"(?:-(?i:vaccin|vaccinet|vaccination|prov|provet|test|testet)(?![\w-]))?"
    r"(?:[ \t]+(?:[A-E]|\d{1,2})(?![\w-]))?\.?")


def disease_name_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes a disease's or a vaccine's name, its type's letter with it."""
    return [m.span() for m in _DISEASE.finditer(text)]


def drop_disease_names(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without persons that lie inside a disease's or a vaccine's name."""
    if not any(f.category == "PERSON" for f in findings):
        return findings
    return persons_outside(findings, disease_name_spans(text))

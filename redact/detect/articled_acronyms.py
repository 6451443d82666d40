"""A short name in capitals with a language's definite article joined by a hyphen, read as a person by the name model:
the Romanian "CNP-ul meu …" ("my personal numeric code"), "BI-ul", "IBAN-ul", "CNP-ului". Romanian writes its
article so on an abbreviation (Bulgarian and Macedonian too, "ЕГН-то", "ЕМБГ-от"): the word names a document or a
register, never a person, and stays readable; the number after it is the identifier rules'.
"""

from __future__ import annotations

import re

from redact.types import Finding

# two to six capitals (a digit may stand among them: "PIN2"), a hyphen and the article's endings: Romanian "-ul",
# "-ului", "-urile"; Bulgarian and Macedonian "-то", "-от", "-та", "-ът"
_ARTICLED = re.compile(r"[A-ZÅÄÖА-ЯЁ][A-ZÅÄÖА-ЯЁ0-9]{1,5}-(?:ului|ul|urile|urilor|uri|то|от|та|ът)")


def articled_acronym(f: Finding) -> bool:
    """True for a one-word PERSON finding that is a short name in capitals with its article joined ("CNP-ul")."""
    return f.category == "PERSON" and _ARTICLED.fullmatch(f.text.strip().strip(".,:;!?")) is not None

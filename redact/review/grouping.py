"""One person, one decision: the keys that join a person's e-mail address and phone numbers to the person.

A phone number is grouped by its E.164 form, so "070-174 06 77" and "+46 70 174 06 77" are one item. An
e-mail address whose local part spells the name of exactly one person in the document ("mikael.sjoberg",
"m.sjoberg", "mikaelsjoberg") belongs to that person, so releasing or masking the person covers it too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from redact.officials import normalize_email, normalize_phone


def e164(text: str) -> str:
    """A Swedish phone number in E.164 form ("+46701740677"); a foreign one keeps its country code."""
    s = text.strip()
    if s.startswith("+") and not s.startswith("+46"):
        return "+" + re.sub(r"\D", "", s)
    digits = normalize_phone(s)
    return "+46" + digits[1:] if digits.startswith("0") else "+" + digits


def _fold(text: str) -> str:
    """Lower case without diacritics: "Sjöberg" -> "sjoberg" (addresses are written without them)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _name_tokens(label: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", _fold(label)) if t.isalpha()]


def _spellings(tokens: list[str]) -> set[str]:
    """Local parts that spell a name: first.last, first_last, first-last, firstlast, f.last, flast, last.first."""
    if len(tokens) < 2:
        return set()
    first, last = tokens[0], tokens[-1]
    forms = {first + sep + last for sep in (".", "_", "-", "")}
    forms |= {first[0] + sep + last for sep in (".", "_", "-", "")}
    forms |= {last + sep + first for sep in (".", "_", "-")}
    full = tokens
    forms |= {sep.join(full) for sep in (".", "_", "-")}
    return forms


def person_for_email(email: str, persons: Iterable[str]) -> str | None:
    """The one person label whose name the e-mail's local part spells, else None (none, or more than one)."""
    local = _fold(normalize_email(email).partition("@")[0])
    local = re.sub(r"\d+$", "", local)  # "anna.svensson2"
    hits = {p for p in persons if local in _spellings(_name_tokens(p))}
    return next(iter(hits)) if len(hits) == 1 else None

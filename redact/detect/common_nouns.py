"""Capitalised Swedish words the model reads as a name that are a table's header cell or a noun's inflection.

"Betalas till", "Skickas till", "Inbetalt från": a header cell is a verb and the preposition that closes the
cell; the model takes the capitalised verb for a name. "Yttrandena", "Grannarnas", "Chefernas": a noun in the
definite plural (and its genitive) opens a sentence; no first name or surname ends so. "Funktionsbrevlåda" before
an e-mail address is its label. "Hemtjänst Norr", "Hemtjänst Björkhult": a municipal service and its area is a
unit of the authority. Only words no name list holds are let go: a listed name stays whatever follows it.
"""

from __future__ import annotations

import re

# The preposition that closes a header cell: the line (or the cell, at "|", a tab or two spaces) ends after it.
_HEADER_PREPOSITION = re.compile(r"[ \t]+(?:till|från|av|hos|via)[ \t]*(?:\n|\||\t|[ \t]{2,}|$)")
# The definite plural and its genitive ("-arna", "-erna", "-orna", "-ena" of "-ande"/"-ende" nouns, "-ningarna").
_DEFINITE_PLURAL = re.compile(r"(?:[^\W\d_]{3,}(?:arna|erna|orna|arnas|ernas|ornas)|[^\W\d_]{3,}(?:ndena|ndenas))$")


def _unlisted(word: str) -> bool:
    from redact.detect.name_words import unlisted

    return unlisted(word)


def header_verb_cell(word: str, text: str, end: int) -> bool:
    """True for an unlisted word that a closing preposition follows to the end of its cell ("Betalas till")."""
    return " " not in word.strip() and bool(_HEADER_PREPOSITION.match(text, end)) and _unlisted(word.strip())


def definite_plural(word: str) -> bool:
    """True for an unlisted word in the definite plural or its genitive ("Yttrandena", "Grannarnas")."""
    w = word.strip()
    return " " not in w and w[:1].isupper() and bool(_DEFINITE_PLURAL.search(w)) and _unlisted(w)


# Compound nouns that label an address: "Funktionsbrevlåda", "Gruppbrevlåda", "Funktionsadress", "E-postadress", and
# those that label a number: "Anläggnings-ID", "Kund-ID", "Kundnummer", "Ärende-nr" (a bare "-id" ends names:
# "Rashid", "Ingrid")
_LABEL_NOUN = re.compile(r"(?i)^[^\W\d_-]*(?:brevlåda|postlåda|adress|brevlådan|adressen)$"
                         r"|^[^\W\d_-]{2,}(?:-id|-nr|-nummer|nummer|numret|nr)$"
                         # a card's word, the number it carries after it ("Kundkort KH-K 4452-27", "Lånekortet")
                         r"|^[^\W\d_-]{3,}kort(?:et)?$")
# A municipal service named with its area ("Hemtjänst Norr", "Hemsjukvård Väst", "Hemtjänst Björkhult").
_SERVICES = frozenset({
    "hemtjänst", "hemtjänsten", "hemsjukvård", "hemsjukvården", "boendestöd", "boendestödet", "korttidsboende",
    "äldreboende", "gruppbostad", "servicehus", "hemtjänstgrupp", "nattpatrull", "larmgrupp", "fritidsgård",
})


def label_noun(word: str) -> bool:
    """True for an unlisted compound noun that labels an address or a number ("Funktionsbrevlåda", "Kund-ID")."""
    w = word.strip()
    return " " not in w and bool(_LABEL_NOUN.match(w)) and _unlisted(w)


_SERVICE_BEFORE = re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(sorted(_SERVICES))})[ \t]+$")


def after_service(text: str, start: int) -> bool:
    """True when a municipal service's noun stands right before ``start`` ("hemtjänstgrupp Norr"): the word is
    the area the unit is named by."""
    return _SERVICE_BEFORE.search(text, max(0, start - 25), start) is not None


def service_unit(text: str) -> bool:
    """True for a municipal service named with its area ("Hemtjänst Norr"): a unit, no person."""
    words = text.split()
    return 2 <= len(words) <= 3 and words[0].lower() in _SERVICES

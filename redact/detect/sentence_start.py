"""Ordinary capitalised words at a sentence start proposed as a person ("Dialogmöte", "Uppföljning").

A single unlisted word that opens a sentence or a line is dropped when the page also writes it
in lower case (not in an e-mail address), or when it ends like a Swedish common noun. Listed first names and surnames,
names that are also words ("Sten", "Björn") and every word of two or more are never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redact.types import Finding

NOUN_ENDINGS = (
    "möte", "mötet", "ning", "ningen", "ningar", "het", "heten", "tion", "tionen", "skap", "skapet", "else",
    "elsen", "ande", "andet", "arbete", "arbetet", "ärende", "ärendet", "grupp", "gruppen", "ansökan",
    "beslut", "beslutet", "plan", "planen", "samtal", "samtalet", "insats", "insatsen", "kontakt", "kontakten",
    "dag", "dagen", "veckan", "vecka", "året", "tiden", "stöd", "stödet", "rätten", "frågan", "frågor",
    # nouns of the "-an" kind a register notes ("Polisanmälan bifogad", "Begäran inkom")
    "anmälan", "begäran", "överklagan", "inbjudan",
    # a firm's and a place's common nouns as a compound's end ("Flyttfirman hämtar …", "Mätarplats" of a header)
    "firma", "firman", "plats", "platsen",
)
# the endings that are whole nouns by themselves ("stöd", "beslut"; not "ning", "ande", "tion": names are so written)
_WHOLE_NOUNS = frozenset(NOUN_ENDINGS) - {"ning", "ningen", "ningar", "het", "heten", "tion", "tionen", "skap", "skapet",
                                          "else", "elsen", "ande", "andet", "dag"}
# a participle's plural, as a list's caption opens ("Godkända", "Beviljade", "Underkända", "Anmälda", "Hörda"; a
# Swedish vowel before the "-da" no name is written with)
_PLURAL_PARTICIPLE_ENDINGS = ("ade", "ända", "älda", "ärda", "örda", "ånda")
# a participle's neuter before its noun, as a sentence or a line opens ("Tilldelat samordningsnummer …",
# "Registrerat ombud …", "Beviljat belopp …"): the endings of Swedish verbs' stems no name is written with, a
# lower-case word after it
_NEUTER_PARTICIPLE_ENDINGS = ("erat", "delat", "ljat", "lämnat", "ordnat", "talat")
# so too an adjective's neuter in "-skt" before its noun ("Tekniskt råd …", "Medicinskt ansvarig …"): no name ends so
_NEUTER_ADJECTIVE_ENDINGS = ("skt",)
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-zåäö]{3,}")
# a definite singular's ending and the other forms of the same noun: -an (gåva, gåvor, gåvorna), -en (bil, bilar,
# bilarna), -et (hus, husen)
_DEFINITE_FORMS = (("an", "a|or|orna|ors|ornas"), ("en", "ar|arna|ars|arnas"), ("et", "en|ens"))
_SENTENCE_END = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")


def ordinary_sentence_start(f: Finding, text: str, is_name: Callable[[str], bool]) -> bool:
    """True when ``f`` is one unlisted word at a sentence start that reads as an ordinary word."""
    if f.category != "PERSON" or f.start is None or f.end is None:
        return False
    word = f.text.strip()
    if not word or len(word.split()) != 1 or not word[:1].isupper() or not word.isalpha() or word.isupper():
        return False
    if is_name(word) or not _SENTENCE_END.search(text[max(0, f.start - 3):f.start]):
        return False
    low = word.lower()
    if re.search(rf"(?<![\w.@_-]){re.escape(low)}(?![\w@_-]|\.\w)", text):
        return True
    # the definite form of a noun the text writes in lower case ("Kopian" beside "en kopia", "Beslutet" beside "beslut")
    for base in (low[:-1] if low.endswith("n") else None, low[:-2] if low.endswith(("en", "et")) else None):
        if base and len(base) >= 4 and re.search(rf"(?<![\w.@_-]){re.escape(base)}(?![\w@_-]|\.\w)", text):
            return True
    # a noun's definite form beside its other forms in lower case: "Gåvan" beside "gåvor" (a noun in -a, plural -or),
    # "Bilen" beside "bilar", "Huset" beside "husen"
    for ending, forms in _DEFINITE_FORMS:
        stem = low[:-len(ending)]
        if low.endswith(ending) and len(stem) >= 3 and re.search(
                rf"(?<![\w.@_-]){re.escape(stem)}(?:{forms})(?![\w@_-]|\.\w)", text):
            return True
    # a plural beside its definite plural in lower case ("Stipendier" beside "stipendierna", "Lotter" beside "lotterna")
    if low.endswith(("er", "ar", "or")) and len(low) >= 5 and re.search(
            rf"(?<![\w.@_-]){re.escape(low)}na(?![\w@_-]|\.\w)", text):
        return True
    # the end of a compound the text writes in lower case ("Kopior" beside "betygskopior"): a common noun
    if len(low) >= 5 and re.search(rf"(?<![\w.@_-])[a-zåäö]{{3,}}{re.escape(low)}(?![\w@_-]|\.\w)", text):
        return True
    # the genitive of a noun the text writes in lower case ("Sambons son" beside "hans sambo")
    if low.endswith("s"):
        for base in {low[:-1], low[:-2] if low.endswith("ns") else low[:-1]}:
            if len(base) >= 4 and re.search(rf"(?<![\w.@_-]){re.escape(base)}(?![\w@_-]|\.\w)", text):
                return True
    if low in _WHOLE_NOUNS:
        return True  # the common noun itself ("Stöd till …", "Beslut om …" opening a heading), in no name list
    # an adjective joined to one in lower case with the same ending ("Medicinska och praktiska anteckningar",
    # "Sociala och ekonomiska skäl"): a heading's or a sentence's words, no name
    if len(low) >= 6 and re.match(rf"[ \t]+(?:och|eller|samt)[ \t]+[a-zåäö]{{2,}}{re.escape(low[-3:])}(?![\w-])",
                                  text[f.end:f.end + 60]):
        return True
    if len(low) >= 8 and low.endswith(_NEUTER_PARTICIPLE_ENDINGS) and _LOWER_WORD_AFTER.match(text, f.end):
        return True
    if len(low) >= 6 and low.endswith(_NEUTER_ADJECTIVE_ENDINGS) and _LOWER_WORD_AFTER.match(text, f.end):
        return True
    # (a participle's plural opening a caption, "Beviljade ansökningar", "Underkända prov", ends so too)
    return len(low) >= 7 and low.endswith(NOUN_ENDINGS + _PLURAL_PARTICIPLE_ENDINGS)  # short names end so ("Ning")

"""A small rule and lookup lemmatizer for Swedish, shipped inside the project's pipeline.

Presidio's context enhancer compares ``token.lemma_`` with context words, so "handläggaren",
"socialsekreterarens" and "Närvarande" must reach the lemmas "handläggare", "socialsekreterare"
and "närvarande". Full morphology is not the aim: role nouns, labels and the most common
inflections are. The lookup table is written by the project (no spacy-lookups-data).
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import ENT_TYPE, IS_PUNCT, IS_SPACE, LEMMA, ORTH
from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "redact_sv_lemmatizer"

# Irregular or ambiguous forms, written by hand: form -> lemma.
LOOKUP: dict[str, str] = {
    "är": "vara", "var": "vara", "varit": "vara", "vore": "vara",
    "har": "ha", "hade": "ha", "haft": "ha",
    "blir": "bli", "blev": "bli", "blivit": "bli",
    "kan": "kunna", "kunde": "kunna", "kunnat": "kunna",
    "ska": "skola", "skall": "skola", "skulle": "skola",
    "får": "få", "fick": "få", "fått": "få",
    "går": "gå", "gick": "gå", "gått": "gå",
    "ser": "se", "såg": "se", "sett": "se",
    "gör": "göra", "gjorde": "göra", "gjort": "göra",
    "säger": "säga", "sa": "säga", "sade": "säga", "sagt": "säga",
    "tar": "ta", "tog": "ta", "tagit": "ta",
    "kommer": "komma", "kom": "komma", "kommit": "komma",
    "män": "man", "männen": "man", "mannen": "man", "kvinnan": "kvinna", "kvinnor": "kvinna",
    "barnen": "barn", "barnet": "barn", "barnets": "barn", "barnens": "barn",
    "föräldrar": "förälder", "föräldrarna": "förälder", "föräldern": "förälder",
    "mamman": "mamma", "pappan": "pappa", "modern": "mor", "fadern": "far",
    "sonen": "son", "söner": "son", "dottern": "dotter", "döttrar": "dotter",
    "ledamöter": "ledamot", "ledamöterna": "ledamot", "ledamoten": "ledamot",
    "ersättaren": "ersättare", "ersättarna": "ersättare",
    "ordföranden": "ordförande", "ordförandens": "ordförande",
    "vice": "vice", "närvarande": "närvarande", "frånvarande": "frånvarande",
    "justeras": "justera", "justerat": "justera", "justerade": "justera",
    "justeraren": "justerare", "justerarna": "justerare",
    "läkaren": "läkare", "läkarna": "läkare", "doktorn": "doktor",
    "chefen": "chef", "chefens": "chef", "cheferna": "chef",
    "rektorn": "rektor", "kuratorn": "kurator", "juristen": "jurist",
    "polisen": "polis", "åklagaren": "åklagare", "domaren": "domare",
    "sjuksköterskan": "sjuksköterska", "undersköterskan": "undersköterska",
    "eleven": "elev", "eleverna": "elev", "patienten": "patient",
    "hälsning": "hälsning", "hälsningar": "hälsning", "vänlig": "vänlig", "vänliga": "vänlig",
    "från": "från", "till": "till", "kopia": "kopia",
    "ansvarig": "ansvarig", "ansvariga": "ansvarig", "ansvarige": "ansvarig",
    "sökande": "sökande", "sökanden": "sökande", "föredragande": "föredragande",
    "mottagaren": "mottagare", "avsändaren": "avsändare",
    "herr": "herr", "fru": "fru", "fröken": "fröken",
}

# Suffix rules for nouns in -are/-ande/-ent/-or/-ör/-ist/-ef, tried longest first:
# (suffix of the form, replacement, minimum length of the stem).
SUFFIX_RULES: tuple[tuple[str, str, int], ...] = (
    ("arnas", "are", 3), ("arens", "are", 3), ("arna", "are", 3), ("aren", "are", 3),
    ("erarnas", "erare", 3),
    ("andens", "ande", 3), ("anden", "ande", 3), ("andena", "ande", 3),
    ("entens", "ent", 3), ("enten", "ent", 3), ("enterna", "ent", 3), ("enter", "ent", 3),
    ("orns", "or", 3), ("orn", "or", 3), ("orerna", "or", 3), ("orer", "or", 3),
    ("örens", "ör", 3), ("ören", "ör", 3), ("örerna", "ör", 3), ("örer", "ör", 3),
    ("istens", "ist", 3), ("isten", "ist", 3), ("isterna", "ist", 3), ("ister", "ist", 3),
    ("efens", "ef", 3), ("efen", "ef", 3), ("eferna", "ef", 3), ("efer", "ef", 3),
    ("skan", "ska", 3), ("skans", "ska", 3), ("skorna", "ska", 3), ("skor", "ska", 3),
)


@lru_cache(maxsize=1 << 14)  # a pure function of the form; the same words recur on every page
def lemmatize(form: str) -> str:
    """Lemma of one Swedish word form (lowercase)."""
    low = form.lower()
    if low in LOOKUP:
        return LOOKUP[low]
    if not low.isalpha():
        return low
    for suffix, repl, min_stem in SUFFIX_RULES:
        if low.endswith(suffix) and len(low) - len(suffix) >= min_stem:
            return low[: len(low) - len(suffix)] + repl
    return low


#: Word forms whose lemma is remembered (see SwedishLemmatizer); then the memory starts over.
#: A document's own words fit; a long run of new words holds a few megabytes, not tens.
_LEMMAS_LIMIT = 1 << 15


class SwedishLemmatizer:
    """Sets ``token.lemma_`` on every token; words the NER model tagged PER keep their form.

    A page's tokens are read and written as arrays of string hashes, not token by token
    (a Token object per word cost more than the lemmas). Each form's lemma is remembered as
    text, not as a hash: a string added inside a memory zone leaves the vocabulary when the
    zone ends, so a remembered hash could name a string that is gone (spaCy's E018). A lemma
    that is the form itself (most words) needs no string of its own.
    """

    def __init__(self) -> None:
        self._lemmas: dict[int, str] = {}  # the form's hash -> its lemma, "" when the lemma is the form

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        per = strings.add("PER")
        lemmas = self._lemmas
        if len(lemmas) > _LEMMAS_LIMIT:
            lemmas.clear()
        out = []
        add = out.append
        for orth, ent_type, space, punct in doc.to_array([ORTH, ENT_TYPE, IS_SPACE, IS_PUNCT]).tolist():
            if space or punct or ent_type == per:
                add(orth)  # the token's own text
                continue
            lemma = lemmas.get(orth)
            if lemma is None:
                form = strings[orth]
                lemma = lemmatize(form)
                lemma = lemmas[orth] = "" if lemma == form else lemma
            add(strings.add(lemma) if lemma else orth)
        doc.from_array([LEMMA], numpy.array(out, dtype=numpy.uint64))
        return doc

    # Nothing to save: the rules live in code.
    def to_disk(self, path, exclude=()):  # noqa: D102
        return None

    def from_disk(self, path, exclude=()):  # noqa: D102
        return self

    def to_bytes(self, exclude=()):  # noqa: D102
        return b""

    def from_bytes(self, data, exclude=()):  # noqa: D102
        return self


@Language.factory(FACTORY)
def make_lemmatizer(nlp: Language, name: str) -> SwedishLemmatizer:
    """spaCy factory for the Swedish lemmatizer."""
    return SwedishLemmatizer()

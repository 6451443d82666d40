"""A kinship word in the genitive before a noun ("Pappas befrielse", "Mammas platta", "Farmors lägenhet"): whose
thing it is, said by the relation, no name.

A subject line or a sentence opens with it capitalised, and the model or the surname list ("Pappas") reads a
name there. A family that bears such a word as its surname writes it after a given name somewhere in the text
("Nikos Pappas"): then the word stays a name.
"""

from __future__ import annotations

import re

# Kinship nouns in the genitive, indefinite ("mammas") and definite ("moderns"), as Swedish writes them.
_KIN = frozenset({
    "mammas", "pappas", "mors", "fars", "moderns", "faderns", "farmors", "farfars", "mormors", "morfars",
    "mosters", "fasters", "morbrors", "farbrors", "systers", "brors", "broderns", "systerns", "sonens", "dotterns",
    "makens", "makans", "makes", "makas", "sambons", "barnets", "barnens", "föräldrarnas",
})
# a lower-case word right after: the noun the genitive owns
_NOUN_AFTER = re.compile(r"[ \t]+[a-zåäö][a-zåäö-]+")


def kin_genitive(word: str, text: str, end: int) -> bool:
    """True for one capitalised kinship word in the genitive with a lower-case noun after it, which the text never
    writes after a listed first name (see the module docstring)."""
    from redact.detect.name_words import F, classify_word, load_lexicons

    w = word.strip()
    if " " in w or not w[:1].isupper() or w.lower() not in _KIN or not _NOUN_AFTER.match(text, end):
        return False
    lex = load_lexicons()
    if classify_word(w, lex) == F:
        return False
    return not any(classify_word(m.group(1), lex) == F
                   for m in re.finditer(rf"(?<![\w-])([A-ZÅÄÖ][\w-]+)[ \t]+{re.escape(w[:-1])}s?(?![\w-])", text))

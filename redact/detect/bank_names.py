"""A bank's name read as a person's: "ICA Banken", "Nordea Hypotek", "Swedbank" in a table's bank or lender column.

A bank is a firm, and its name stays readable wherever the text writes it as a name of its own (its own cell, a
lender's column, a sentence). A name ending in "bank" or "banken", or one of the banks known by another word; a
listed first name written as names are beside it ("Anna Bank") keeps the person.
"""

from __future__ import annotations

import re

# a bank's own word ("Swedbank", "Handelsbanken", "ICA Banken", "Danske Bank") or a bank's name without it
_BANK_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]*(?:bank|banken)|Bank|Banken")
_OTHER_BANKS = frozenset({"Nordea", "SEB", "SBAB", "Länsförsäkringar", "Avanza", "Nordnet", "Santander", "Skandia",
                          "Klarna", "Resurs", "Marginalen", "Ikano"})
# the words a bank's name takes after it: its mortgage or finance arm ("Nordea Hypotek", "Swedbank Finans")
_ARM = frozenset({"Hypotek", "Finans", "Kort", "Bolån", "Privatlån"})


def bank_name(span: str) -> bool:
    """True for a span that is a bank's name (see the module docstring)."""
    from redact.detect.name_words import F, classify_word, load_lexicons

    words = [w.strip(".,:;()") for w in span.split()]
    words = [w for w in words if w]
    if not words or len(words) > 3:
        return False
    banks = [w for w in words if _BANK_WORD.fullmatch(w) or w in _OTHER_BANKS]
    if not banks:
        return False
    lex = load_lexicons()
    rest = [w for w in words if w not in banks and w not in _ARM]
    # "ICA Banken": a chain's letters before the bank's word; "Anna Bank": a listed first name, a person
    return all(w.isupper() or classify_word(w, lex) != F for w in rest)

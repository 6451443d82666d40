"""An account money is paid from: the payer's own, whichever firm the line names as the payee.

"Avbetalning till Inkassobolaget AB, från konto 8327-9, …" names a company, but the money leaves the debtor's
account for it: the company is paid, the account is the person's. The organisation rules drop an account on a
line naming a legal person (the firm's own bankgiro on its invoice line); an account right after "från"
and its word is the one paying, so it stays. So does an account a person's possessive names ("Hans finska IBAN …"),
whatever company an earlier sentence on its line names.
"""

from __future__ import annotations

import re

# "från konto", "från sitt lönekonto", "från hennes bankkonto nr", "från kontot", "från konto: clearing"; an owner
# named in the genitive ("från bolagets konto") is the organisation rules' to judge
_FROM_ACCOUNT = re.compile(
    r"(?i)(?<![\w-])från[ \t\n]+(?:(?:sitt|sina|hans|hennes|hens|deras|mitt|mina|ditt|ert|vårt|eget|egna|privata?|"
    r"samma)[ \t\n]+)*(?:[a-zåäö]*konto(?:t|n)?(?:[ \t]*(?:nummer|numret|nr\.?))?|kontonummer|kontonr\.?|kto\.?)"
    r"[ \t\n]*:?[ \t\n]*(?:(?:clearing(?:nummer|nr\.?)?|clnr\.?)[ \t\n]*:?[ \t\n]*)?$"
)
_REACH = 60  # characters before the account: the words that say where the money comes from


def paid_from(text: str, start: int) -> bool:
    """True when the account at ``start`` is named as the one money is paid from ("från konto 8327-9, …")."""
    return _FROM_ACCOUNT.search(text, max(0, start - _REACH), start) is not None


# A person's possessive right before the account's word ("Hans finska IBAN", "hennes lönekonto", "mitt konto"): the
# account is that person's, whatever company an earlier sentence on the same line names ("… hans arbetsgivare
# Tampereen Lasitus Oy. Hans finska IBAN FI17 …"); not the reflexive "sitt", which a company's sentence uses too
# ("Bolaget har sitt bankgiro …")
_PERSONS_ACCOUNT = re.compile(
    r"(?i)(?<![\w-])(?:hans|hennes|hens|deras|min|mitt|mina)(?:[ \t\n]+[a-zåäö]+){0,2}?[ \t\n]+"
    r"(?:iban|[a-zåäö]*konto(?:t)?|kontonummer|kontonr\.?|(?:bank|plus|post)giro(?:t|nummer)?)"
    r"(?:[ \t]*(?:nr\.?|nummer))?[ \t\n]*(?:är|:)?[ \t\n]*$")


def persons_own(text: str, start: int) -> bool:
    """True when a person's possessive names the account just before it (see ``_PERSONS_ACCOUNT``)."""
    return _PERSONS_ACCOUNT.search(text, max(0, start - 50), start) is not None

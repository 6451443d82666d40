"""An account money is paid from: the payer's own, whichever firm the line names as the payee.

"Avbetalning till Inkassobolaget AB, från konto 8327-9, …" names a company, but the money leaves the debtor's
account for it: the company is paid, the account is the person's. The organisation rules drop an account on a
line naming a legal person (the firm's own bankgiro on its invoice line); an account right after "från"
and its word is the one paying, so it stays.
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

"""Company forms that make the words before them a firm's name ("Ekbacka Bygg AB", "Nordhavn ApS"): one list, so
every rule that asks "is this a company?" knows the same forms."""

from __future__ import annotations

import re

# Swedish forms, and the forms abroad that firms trading with Swedish authorities most often carry (Denmark,
# Germany, Finland, the United Kingdom, Lithuania, Latvia), and the private limited company of southern Africa,
# Zimbabwe, India, Pakistan, Australia and Singapore ("(Pty) Ltd", "(Pvt) Ltd", "Pvt. Ltd", "Pte Ltd"), Malaysia's
# ("Sdn Bhd"), the Latin countries' ("S.A.", "S.R.L.") and Poland's ("Sp. z o.o.", "sp.j.", "sp.k.": hauliers and
# builders in Sweden often work for one), whose first word would otherwise read as a name's last.
# Written out, not abbreviated, only the Swedish ones.
AFTER_NAME = (r"(?:AB|Aktiebolag|HB|KB|Handelsbolag|Kommanditbolag|ApS|GmbH|Oy|Oyj|UAB|SIA|"
              r"(?:\((?:Pty|Pvt)\.?\)|Pty\.?|Pvt\.?|Pte\.?|Private)[ \t]+(?:Ltd|Limited)|Ltd|"
              r"Sdn\.?[ \t]+Bhd|S\.A\.|S\.R\.L\.|SRL|[Ss]p\.[ \t]?z[ \t]?o\.[ \t]?o\.|[Ss]p\.[ \t]?[jk]\.)")
# Associations' legal forms, written after the name in lower case ("Granbacka Bostäder ekonomisk förening").
ASSOCIATION_AFTER_NAME = (r"(?:ekonomisk[ \t]+förening|ek\.[ \t]?för\.?|bostadsrättsförening|ideell[ \t]+förening|"
                          r"samfällighetsförening)")

# A company form after a capitalised word of the firm's name ("… Tours (Pty) Ltd", "… Viajes S.A."): its letters are
# no one's name or initials (after a small word they may be: "justerades av S.A.")
_FORM_AFTER_WORD = re.compile(rf"(?<![\w-])[A-ZÅÄÖÉ][^\W\d_]*[ \t]+(?P<form>{AFTER_NAME})(?![\w-])")


def inside_company_form(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` lies in a company form right after a word ("Pvt" of "Lodges (Pvt) Ltd")."""
    a, b = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return any(m.start("form") <= start and end <= m.end("form")
               for m in _FORM_AFTER_WORD.finditer(text, a, len(text) if b < 0 else b))


_FORM_RIGHT_AFTER = re.compile(rf"[ \t]+{AFTER_NAME}(?![\w-])")


def company_form_after(text: str, end: int) -> bool:
    """True when a company form follows ``end`` on its line: the words before it are a firm's name."""
    return _FORM_RIGHT_AFTER.match(text, end) is not None

"""Mail held at a post office for someone with no fixed address: "Poste restante, 871 30 Näsby".

The words stand where a street would and the postal code and town name the office the person collects from: the
whole line is that person's postal address. Without a postal code or a town after it ("hämtar post på poste
restante") the words name no place and are left as they are. Foreign forms follow the same shape with their
country's postal code ("Poste restante, 00100 Helsinki", "Poste restante, DK-8000 Aarhus C"), or with the town
before the words ("Agia Marina, poste restante, Kreta").
"""

from __future__ import annotations

from redact.detect.patterns import compile_rule

# the town, hyphenated or with a district letter ("Aarhus C"); a second capitalised word may be the next cell's
_TOWN = r"[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?(?:[ \t]+[A-Z](?![\w]))?"
_POSTCODE = r"(?:(?:SE|S|[A-Z]{1,2})-?[ \t]?)?\d{3}[ \t\u00a0]?\d{2}|(?:[A-Z]{1,2}-)?\d{4,5}"
POSTE_RESTANTE = compile_rule(rf"""
    (?<![\w-])(?i:poste?[ \t]+restante)
    (?:[ \t]*[,:]?[ \t]*\n?[ \t]*)
    (?:{_POSTCODE})[ \t]+{_TOWN}
""")
# abroad the town often stands first and the island, the region or the country after ("Agia Marina, poste restante,
# Kreta", "Ponta Delgada, poste restante, Azores"): the town names the office as its postal code would
TOWN_FIRST = compile_rule(rf"""
    (?<![\w-])[A-ZÅÄÖ][^\W\d_]+(?:[ \t-][A-ZÅÄÖ][^\W\d_]+)?[ \t]*,[ \t]*(?i:poste?[ \t]+restante)
    (?:[ \t]*,[ \t]*\n?[ \t]*[A-ZÅÄÖ][^\W\d_]+(?:[ \t][A-ZÅÄÖ][^\W\d_]+)?)?(?![\w-])
""")
NEEDS = ("restante",)

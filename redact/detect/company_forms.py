"""Company forms that make the words before them a firm's name ("Ekbacka Bygg AB", "Nordhavn ApS"): one list, so
every rule that asks "is this a company?" knows the same forms."""

from __future__ import annotations

# Swedish forms, and the forms abroad that firms trading with Swedish authorities most often carry (Denmark,
# Germany, Finland, the United Kingdom, Lithuania, Latvia). Written out, not abbreviated, only the Swedish ones.
AFTER_NAME = r"(?:AB|Aktiebolag|HB|KB|Handelsbolag|Kommanditbolag|ApS|GmbH|Oy|Oyj|Ltd|UAB|SIA)"
# Associations' legal forms, written after the name in lower case ("Granbacka Bostäder ekonomisk förening").
ASSOCIATION_AFTER_NAME = (r"(?:ekonomisk[ \t]+förening|ek\.[ \t]?för\.?|bostadsrättsförening|ideell[ \t]+förening|"
                          r"samfällighetsförening)")

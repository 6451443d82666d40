"""A supplier's number in a table of private persons: "Leverantörsnr" in a row that also heads a column of birth
dates ("Förvärv | Säljare | Född | Leverantörsnr").

A body numbers the firms it buys from, and a supplier's number is then a firm's, no one's personal data (so
``id_labels`` reads no "leverantörs-" compound as a person's label). But a museum buying a fossil, a county board
buying a painting or a municipality paying a private seller numbers that person as its supplier too; a firm has no
date of birth, so a birth column in the same header row says the rows are persons and each supplier's number is
that person's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.table_header_words import BIRTH

# "Leverantörsnr", "Leverantörsnummer", "Lev.nr", "Lev-nr", "Leverantörs-id", "Leverantör nr", "Säljarnummer" is
# already a person's role (id_labels)
_SUPPLIER_NUMBER = re.compile(r"(?i)^(?:leverantör|leverantörs|lev)[-. ]?(?:nr\.?|nummer|numret|id|-id|kod)$")


def supplier_number_column(cell: str, kinds: Sequence[str | None]) -> bool:
    """True for a supplier's number header ("Leverantörsnr") in a header row that also heads a birth-date column:
    the suppliers are private persons, each number is its row's person's."""
    return BIRTH in kinds and _SUPPLIER_NUMBER.match(" ".join(cell.split())) is not None

"""A table's column headed by the firm hired ("Firma", "Rörfirma", "Entreprenör"): its cells name companies, whose
words a name reader may take for a person's ("Borrby Rör", "Kök" and "Bad" of "Norrbottens Kök och Bad").

A firm is named by its place and its trade, its owner's surname perhaps; a word the model reads as a name there, no
given name of the lists among its words, is the firm's. A given name says a person is named (a sole trader by their
own name, a contact written in the firm's cell), and that stays. The cells are read by the page's geometry, as a
thing's column's are (see ``redact.detect.thing_columns``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redact.detect.thing_columns import column_cells
from redact.types import Finding, Page

# the firm's header: the firm, a trade's firm ("Rörfirma", "Byggfirma"), the company, the contractor or installer hired
_FIRM_HEADER = re.compile(r"(?i)[a-zåäö]*firma|företag|entreprenör|installatör|hantverkare")
# (its letters in a row, capitalised and whole, as a header cell writes it: the page's geometry is read only then)
_FIRM_PART = re.compile(r"(?<![\w-])(?:[A-ZÅÄÖ][a-zåäö]*firma|Firma|Företag|Entreprenör|Installatör|Hantverkare)(?![\w-])")


_PERSON = frozenset({"PERSON"})


def _firm_header(cell: str) -> frozenset[str]:
    """What a cell under the header cannot be: a person, under a firm's header."""
    return _PERSON if _FIRM_HEADER.fullmatch(" ".join(cell.strip().rstrip(".:").split())) else frozenset()


def drop_firm_cell_names(findings: list[Finding], page: Page, given_name: Callable[[str], bool]) -> list[Finding]:
    """Without the persons found inside a cell of a firm's column whose words hold no given name (``given_name``)."""
    if not any(f.category == "PERSON" for f in findings):
        return findings
    cells, _ = column_cells(page, _FIRM_PART, _firm_header)
    if not cells:
        return findings

    def drop(f: Finding) -> bool:
        if f.category != "PERSON" or f.start is None or f.end is None:
            return False
        inside = any(a <= f.start and f.end <= b for a, b, _ in cells)
        return inside and not any(given_name(w.strip(".,:;()")) for w in f.text.split())

    return [f for f in findings if not drop(f)]

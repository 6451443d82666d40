"""A table's column headed by the firm hired ("Firma", "Rörfirma", "Entreprenör"): its cells name companies, whose
words a name reader may take for a person's ("Kök" and "Bad" of "Ekby Kök och Bad").

A firm is named by its place and its trade, its owner's surname perhaps; a word the model reads as a name there, no
given name of the lists among its words, is the firm's. A given name says a person is named (a sole trader by their
own name, a contact written in the firm's cell), and that stays. The cells are read by the page's geometry, as a
thing's column's are (see ``redact.detect.thing_columns``).

What the column shows a firm to be stays so on the document's other pages: a firm's cell whose words no list gives as
a name ("Betsson" under "Bolag") names that firm in a sentence or a subject line further on too ("Betsson har
bekräftat kontot"), so a person read as that name alone is dropped there. (An identifier read from it on keeps it:
a firm's name stays inside the mark of the customer's number it gives.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from redact.detect.thing_columns import column_cells
from redact.types import Finding, Page

# the firm's header: the firm, a trade's firm ("Rörfirma", "Byggfirma"), the company, the contractor or installer hired
_FIRM_HEADER = re.compile(r"(?i)[a-zåäö]*firma|företag|entreprenör|installatör|hantverkare")
# (its letters in a row, capitalised and whole, as a header cell writes it: the page's geometry is read only then)
_FIRM_PART = re.compile(r"(?<![\w-])(?:[A-ZÅÄÖ][a-zåäö]*firma|Firma|Företag|Entreprenör|Installatör|Hantverkare)(?![\w-])")
# a column of the companies a person deals with ("Bolag", "Spelbolag", "Försäkringsbolag"): firms alone, whose names
# are carried to the other pages
_COMPANY_HEADER = re.compile(r"(?i)[a-zåäö]*bolag|företag")
_COMPANY_PART = re.compile(r"(?<![\w-])(?:[A-ZÅÄÖ][a-zåäö]*bolag|Bolag|Företag)(?![\w-])")
# a firm's name in a cell: one to three words, no figure ("LeoVegas", "Svenska Spel")
_FIRM_NAME = re.compile(r"[A-ZÅÄÖ][\w&.'-]*(?:[ ][A-ZÅÄÖ][\w&.'-]*){0,2}")


_PERSON = frozenset({"PERSON"})
_NAMES = frozenset({"PERSON", "INITIALS"})


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


def _company_header(cell: str) -> frozenset[str]:
    """What a cell under the header cannot be: a person, under a header of the companies a person deals with."""
    return _PERSON if _COMPANY_HEADER.fullmatch(" ".join(cell.strip().rstrip(".:").split())) else frozenset()


def firm_names(pages: Sequence[Page], listed_name: Callable[[str], bool]) -> frozenset[str]:
    """The names of the firms a column of companies holds on any of ``pages``, none of whose words ``listed_name``
    gives as a name."""
    out = set()
    for page in pages:
        cells, _ = column_cells(page, _COMPANY_PART, _company_header)
        for a, b, _ in cells:
            name = " ".join(page.text[a:b].split())
            if _FIRM_NAME.fullmatch(name) and not any(listed_name(w) for w in name.split()):
                out.add(name)
    return frozenset(out)


def without_firm_names(findings: list[Finding], firms: frozenset[str]) -> list[Finding]:
    """Without the persons that are one of ``firms`` alone (see ``firm_names``)."""
    if not firms:
        return findings
    return [f for f in findings if not (f.category in _NAMES and " ".join(f.text.split()).strip(".,:;") in firms)]

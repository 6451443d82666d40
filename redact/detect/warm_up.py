"""A short fictional letter detected once in the process that forks the document workers.

A worker forked for a document starts from that process's memory: what detection loads or builds on
first use (modules imported inside functions, name lists folded for mailboxes, table headers' word
lists, expressions compiled on first use) was lost with each worker and built again by the next,
about 0.05 s of processor time a document. Built once before the first fork, every worker shares it.
Only memories that give the same answer to the same question are filled: no finding of a document
depends on the warm-up.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redact.detect.engine import Detector

#: Fictional people, numbers and places: the kinds of data most pages hold, in running text.
WARM_UP_LINES = (
    "Norrby kommun",
    "Socialförvaltningen",
    "Dnr SN 2026/0417",
    "Beslut om bistånd",
    "Sökande: Elsa Bergqvist, 19850312-2384",
    "Adress: Lönnvägen 7, 123 45 Norrby",
    "Telefon: 070-123 45 67, e-post elsa.bergqvist@example.se",
    "Handläggare Karin Ek, funktionsbrevlåda socialtjansten@norrby.example.se",
)
#: A table drawn in columns, as the table readers read one (header row, then a row of values).
WARM_UP_TABLE = (
    ("Namn", "Personnummer", "Adress"),
    ("Oskar Lindahl", "19790521-1452", "Storgatan 3 B, 123 46 Norrby"),
)


def warm_up(detector: "Detector") -> None:
    """Detect a one-page PDF of :data:`WARM_UP_LINES` and :data:`WARM_UP_TABLE` with ``detector``."""
    import pymupdf

    from redact.document_detection import detect_document
    from redact.run_options import RunOptions

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((56, 64), "\n".join(WARM_UP_LINES), fontname="helv", fontsize=9.5, lineheight=1.45)
    for row, cells in enumerate(WARM_UP_TABLE):
        for x, cell in zip((56, 200, 320), cells):
            page.insert_text((x, 220 + 16 * row), cell, fontname="helv", fontsize=9.5)
    with tempfile.TemporaryDirectory(prefix="redact-warm-") as tmp:
        path = Path(tmp) / "warm-up.pdf"
        doc.save(path)
        doc.close()
        detect_document(path, detector, options=RunOptions(use_pdftotext=False))
    detector.begin_document()

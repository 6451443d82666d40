"""The new kinds of detection through `run_file` on a real PDF: the output read by MuPDF and
by poppler no longer holds the table's names and initials, a phone number and an IBAN broken
at a line end, a labelled customer number or a street named without its number."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from conftest import mupdf_text, pdftotext
from pdf_builders import new_pdf, save, table

from redact.pipeline import run_file

LINES = [
    "Ring Ronja Westergren på 073-",
    "518 42 90 om schemat.",
    "IBAN SE91 3000",
    "0000 0123 4567 8901 gäller för återbetalningen.",
    "Kundnummer: K-55021-3",
    "Hon bor på Lingonstigen 14. Grannarna på Lingonstigen klagar.",
]
GONE = ["Ingrid", "Wästberg", "Dragan", "Halilovic", "IW", "DH", "Westergren", "518 42 90", "0123 4567",
        "K-55021-3", "Lingonstigen"]
KEPT = ["Kurator", "Rektor", "Förnamn", "Kundnummer:", "Grannarna på", "om schemat."]


def _document(path: Path) -> Path:
    doc = new_pdf()
    page: pymupdf.Page = doc.new_page(width=595, height=842)
    page.insert_text((60, 60), "Elevhälsomöte, närvarolista", fontsize=11)
    table(page, (60, 80), [["Förnamn", "Efternamn", "Befattning", "Sign."], ["Ingrid", "Wästberg", "Kurator", "IW"],
                           ["Dragan", "Halilovic", "Rektor", "DH"]], col_width=120)
    y = 200.0
    for line in LINES:
        page.insert_text((60, y), line, fontsize=11)
        y += 16
    return save(doc, path)


def test_tables_broken_numbers_labels_and_bare_streets_are_removed(tmp_path, blank_detector):
    out = tmp_path / "out.pdf"
    disclosure = run_file(_document(tmp_path / "in.pdf"), out, detector=blank_detector)
    assert disclosure.verification.ok
    for reading in (mupdf_text(out), pdftotext(out)):
        flat = " ".join(reading.split())
        for word in GONE:
            assert word not in flat, word
        for word in KEPT:
            assert word in flat, word

"""A supplier's number in a table of private persons ("Säljare | Född | Leverantörsnr") is each person's, while a
supplier's number beside firms (no birth column) stays readable. Fictional documents built in code; MuPDF reads
these ruled tables one cell a line."""

from __future__ import annotations

import sys
from pathlib import Path

from redact.pipeline import detect_document

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save, table, write_lines  # noqa: E402


def _texts(tmp_path, blank_detector, name: str, rows: list[list[str]]) -> set[str]:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Inköp till samlingarna, våren 2027", "Upprättad av enheten enligt gällande rutiner."], y=60)
    table(page, (40, 100), rows, col_width=110)
    det = detect_document(save(doc, tmp_path / f"{name}.pdf"), blank_detector)
    return {" ".join(f.text.split()) for f in det.findings if f.status != "rejected"}


SELLERS = [
    ["Förvärv", "Säljare", "Född", "Leverantörsnr"],
    ["MK 3318/26", "Tove Granqvist", "1957-03-14", "S.26.1183.K"],
    ["MK 3319/26", "Henrik Almstedt", "1962-11-02", "S.26.1183.M"],
    ["MK 3320/26", "Leila Farouk", "1971-06-27", "S.26.1183.P"],
]
FIRMS = [
    ["Förvärv", "Leverantör", "Ort", "Leverantörsnr"],
    ["MK 3321/26", "Bergbo Preparat AB", "Falun", "S.26.1190.A"],
    ["MK 3322/26", "Nordsten Mineral AB", "Visby", "S.26.1190.B"],
    ["MK 3323/26", "Kalkbruket Handel AB", "Borgholm", "S.26.1190.C"],
]


def test_a_private_sellers_supplier_number_is_masked(tmp_path, blank_detector):
    texts = _texts(tmp_path, blank_detector, "saljare", SELLERS)
    assert {"S.26.1183.K", "S.26.1183.M", "S.26.1183.P"} <= texts


def test_a_firms_supplier_number_stays(tmp_path, blank_detector):
    texts = _texts(tmp_path, blank_detector, "firmor", FIRMS)
    assert not {"S.26.1190.A", "S.26.1190.B", "S.26.1190.C"} & texts

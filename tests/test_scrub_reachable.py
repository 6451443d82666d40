"""The scrub looks only at the objects the save keeps, and reads their source before parsing them.

Both are shortcuts: they must keep exactly the objects MuPDF's garbage-collecting save keeps,
and a dictionary whose kind is hidden from a plain reading of its source (a /Type given by
reference) must still lose its entries of its own.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

import pdf_builders as b
from test_hostile import assert_gone, redact

from redact.render.reachable import reachable_sources

NAME = "Vera Holmqvist"
PLAIN = b.text_op("Beslut om bistand", 72, 760) + b.text_op("Arendet galler hemtjanst i Norrvik.", 72, 740)


def test_the_objects_looked_at_are_those_the_save_keeps(tmp_path: Path) -> None:
    doc = b.new_pdf()
    b.text_page(doc, ["Beslut om bistånd", "Ärendet gäller hemtjänst i Norrvik."])
    b.text_page(doc, ["Sida två"])
    orphan = doc.get_new_xref()  # as a redaction annotation left behind: nothing refers to it
    doc.update_object(orphan, f"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Signed({NAME})>>")
    sources = reachable_sources(doc)
    assert orphan not in sources
    assert all(doc.page_xref(n) in sources for n in range(doc.page_count))
    assert doc.pdf_catalog() in sources
    assert list(sources) == sorted(sources)
    assert sources[doc.page_xref(0)] == doc.xref_object(doc.page_xref(0), compressed=True)
    # unused objects dropped and the rest numbered anew, none merged (the render's save merges equal ones too)
    with pymupdf.open("pdf", doc.tobytes(garbage=2)) as saved:
        assert saved.xref_length() - 1 == len(sources)


def test_a_font_typed_by_reference_loses_its_entries_of_its_own(tmp_path: Path, blank_detector) -> None:
    """``/Type 8 0 R`` reads as /Font through the reference only: the source check must not pass it over."""
    src = tmp_path / "in.pdf"
    src.write_bytes(b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        b.raw_stream(b"", PLAIN + b.text_op("Norrvik kommun", 72, 600, font=b"F2")),
        b.HELVETICA,
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R/F2 6 0 R>>>>/Contents 3 0 R>>",
        b"<</Type 7 0 R/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding/Signed(Vera Holmqvist)>>",
        b"/Font",
    ]))
    assert NAME.encode() in src.read_bytes()
    out = redact(src, tmp_path, blank_detector)
    assert_gone(out, NAME, "Holmqvist")
    assert b"Holmqvist" not in out.read_bytes()

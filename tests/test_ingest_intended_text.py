"""Latin-1 text in a standard font without /Encoding: the page shows "Bj rn ˜ngstr m", a parser reads the name.

The Standard encoding has no å, ä or ö and turns Å and Ä into accents; MuPDF's fallback for
unknown codes, which its default text extraction uses, reads the bytes as Latin-1 and so
gives the name back in full. Detection reads such lines as WinAnsi too, and the name goes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from conftest import mupdf_text, pdftotext
from redact.ingest.intended_text import IntendedReader, may_hold_latin1
from redact.pipeline import run_file
from redact.run_options import RunOptions

HEADING = "Beslut om bostadsanpassning"


def latin1_page(tmp_path: Path, lines: list[str], rotate: int = 0, encoding: bytes = b"") -> Path:
    """One A4 page whose lines are Latin-1 bytes in Helvetica declaring ``encoding`` (none by default)."""
    content = b"".join(b.text_op(t, 72, 760 - 22 * i) for i, t in enumerate([HEADING, *lines]))
    font = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica" + encoding + b">>"
    path = tmp_path / "in.pdf"
    path.write_bytes(b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        b.raw_stream(b"", content),
        font,
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Rotate %d/Resources<</Font<</F1 4 0 R>>>>/Contents 3 0 R>>"
        % rotate,
    ]))
    return path


def test_the_page_shows_accents_where_the_producer_wrote_letters(tmp_path: Path) -> None:
    src = latin1_page(tmp_path, ["Kontakt: Göran Ärlemark"])
    with pymupdf.open(src) as doc:
        strict = doc[0].get_text(flags=0)
    assert "G\ufffdran" in strict and "˜rlemark" in strict
    assert may_hold_latin1(strict)


def test_lines_that_read_differently_as_winansi_are_given(tmp_path: Path) -> None:
    src = latin1_page(tmp_path, ["Datum 2026-11-02", "Kontakt: Göran Ärlemark"])
    reader = IntendedReader(src)
    with pymupdf.open(src) as doc:
        page = doc[0]
        lines = reader.lines(page, page.get_text(flags=0))
    reader.close()
    assert [" ".join(w.text for w in line) for line in lines] == ["Kontakt: Göran Ärlemark"]
    assert src.read_bytes().count(b"/Encoding") == 0, "the input is not touched"


def test_a_font_that_declares_its_encoding_gives_no_second_reading(tmp_path: Path) -> None:
    src = latin1_page(tmp_path, ["Kontakt: Göran Ärlemark"], encoding=b"/Encoding/WinAnsiEncoding")
    reader = IntendedReader(src)
    with pymupdf.open(src) as doc:
        assert reader.lines(doc[0], doc[0].get_text(flags=0)) == []
    reader.close()


@pytest.mark.parametrize("rotate", [0, 90])
def test_a_name_in_latin1_bytes_without_an_encoding_is_gone_for_every_reader(
    tmp_path: Path, model_detector, rotate: int
) -> None:
    """Before, the model read "Bjrn ˜ngstrm" and "¯sa" and missed both people; the output kept them."""
    src = latin1_page(tmp_path, ["Kontakt: Göran Ärlemark, tel 070-412 88 30", "Sökande Åke Östlind bor på Ekvägen 9"],
                      rotate=rotate)
    out = tmp_path / "ut.pdf"
    run_file(src, out, options=RunOptions(), detector=model_detector)
    for reader, text in (("mupdf", mupdf_text(out)), ("pdftotext", pdftotext(out))):
        for part in ("Göran", "Gran", "Ärlemark", "rlemark", "Åke", "Östlind", "stlind"):
            assert not re.search(rf"\b\W?{part}", text), f"{part!r} left for {reader}: {text!r}"


def test_a_finding_on_the_latin1_reading_says_so(tmp_path: Path, model_detector) -> None:
    from redact.document_detection import detect_document

    src = latin1_page(tmp_path, ["Kontakt: Göran Ärlemark, tel 070-412 88 30"])
    det = detect_document(src, model_detector, options=RunOptions(ocr=False))
    people = [f for f in det.findings if f.category == "PERSON"]
    assert people and all("Latin-1" in f.reason for f in people)


def test_verification_reads_latin1_text_as_meant(tmp_path: Path) -> None:
    """A masked name left in such a font reads "¯ke ¯kesson" to MuPDF and poppler; the Latin-1 reading fails the run."""
    from redact.verify import verify_pdf

    src = latin1_page(tmp_path, ["Sökande: Åke Åkesson"])
    with pymupdf.open(src) as doc:
        shown = doc[0].get_text()
    assert "Åke" not in shown and "Åkesson" not in shown and "¯kesson" in shown
    masks = [b.mask(1, [(0, 0, 1, 1)], "PERSON", "Åke Åkesson")]
    result = verify_pdf(src, masks)
    assert not result.ok and (1, "PERSON") in result.failures
    assert "latin1" in result.extractors

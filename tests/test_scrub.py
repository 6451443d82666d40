"""scrub and the saved output: nothing but page content survives, and no old object stays in the file."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from redact.render.pdf import render_pdf
from redact.render.scrub import scrub

NAME = "Hemliga Hanna"


def _everything(path: Path) -> Path:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Ett helt vanligt brev utan namn.", "Andra raden."])
    b.annotations(page, NAME)
    b.form_field(page, "klient", NAME)
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 90, 200, 104),
                      "uri": "mailto:hemliga.hanna@ekby.se"})
    b.thumbnail(page)
    b.text_page(doc, ["Sida två."])
    b.metadata(doc, NAME)
    b.xmp(doc, NAME)
    b.outline(doc, [NAME, f"Bilaga till {NAME}"])
    b.page_labels(doc, f"{NAME}-")
    b.attachment(doc, "hanna.txt", f"Om {NAME}".encode(), desc=NAME)
    b.javascript(doc, NAME)
    return b.save(doc, path)


_all_bytes = b.all_text  # every object and decoded stream, as text


@pytest.fixture
def loaded(tmp_path: Path) -> Path:
    return _everything(tmp_path / "allt.pdf")


def test_fixture_really_carries_the_name_everywhere(loaded: Path) -> None:
    with pymupdf.open(loaded) as doc:
        assert NAME in doc.metadata["author"]
        assert NAME in doc.get_xml_metadata()
        assert doc.get_toc() and doc.embfile_count() == 1 and doc.get_page_labels()
        page = doc[0]
        assert len(list(page.annots())) >= 5 and len(list(page.widgets())) == 1 and page.get_links()
        assert doc.xref_get_key(doc.pdf_catalog(), "OpenAction")[0] == "xref"
        assert doc.xref_get_key(page.xref, "Thumb")[0] == "xref"
    assert NAME in _all_bytes(loaded)


def test_render_leaves_nothing_but_page_content(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "ut.pdf"
    render_pdf(loaded, [], out)
    with pymupdf.open(out) as doc:
        assert not any(v for k, v in doc.metadata.items() if k not in ("format", "encryption"))
        assert not doc.get_xml_metadata()
        assert doc.get_toc() == []
        assert doc.embfile_count() == 0
        assert doc.get_page_labels() == []
        assert not doc.is_form_pdf
        catalog = doc.pdf_catalog()
        for key in ("OpenAction", "AA", "Names", "AcroForm", "Outlines", "PageLabels", "OCProperties", "Metadata"):
            assert doc.xref_get_key(catalog, key)[0] == "null", key
        for page in doc:
            assert list(page.annots()) == [] and list(page.widgets()) == [] and page.get_links() == []
            assert doc.xref_get_key(page.xref, "Thumb")[0] == "null"
        assert "Ett helt vanligt brev utan namn." in doc[0].get_text()
    raw = _all_bytes(out)
    assert NAME not in raw
    assert "hemliga.hanna" not in raw
    assert "JavaScript" not in raw


def test_scrub_handles_what_document_scrub_leaves(loaded: Path, tmp_path: Path) -> None:
    # PyMuPDF's own Document.scrub() keeps bookmarks and text annotations.
    with pymupdf.open(loaded) as doc:
        doc.scrub()
        assert doc.get_toc() or list(doc[0].annots(types=[pymupdf.PDF_ANNOT_TEXT]))
    with pymupdf.open(loaded) as doc:
        scrub(doc)
        doc.save(tmp_path / "ut.pdf", garbage=4, deflate=True)
    with pymupdf.open(tmp_path / "ut.pdf") as doc:
        assert doc.get_toc() == [] and list(doc[0].annots()) == []
    assert NAME not in _all_bytes(tmp_path / "ut.pdf")


def test_earlier_revisions_do_not_survive(tmp_path: Path) -> None:
    doc = b.new_pdf()
    b.text_page(doc, [f"Första versionen nämner {NAME}."])
    doc.set_metadata({"author": NAME})
    first = tmp_path / "rev.pdf"
    doc.save(first)  # uncompressed, so the name is visible in the raw bytes
    doc.close()
    doc = pymupdf.open(first)
    page = doc[0]
    page.add_redact_annot(page.rect, fill=False)
    page.apply_redactions()
    page.insert_text((72, 100), "Andra versionen är ren.")
    doc.set_metadata({"author": "Ingen"})
    doc.save(first, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    doc.close()
    data = first.read_bytes()
    assert data.count(b"%%EOF") == 2 and NAME.encode() in data  # the old revision is still in the file
    out = tmp_path / "ut.pdf"
    render_pdf(first, [], out)
    data = out.read_bytes()
    assert data.count(b"%%EOF") == 1
    assert NAME not in _all_bytes(out)
    with pymupdf.open(out) as d:
        assert "Andra versionen är ren." in d[0].get_text()

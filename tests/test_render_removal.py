"""redact_rects: MuPDF's redaction of rectangles, the same page as PyMuPDF's add_redact_annot + apply_redactions."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from redact.render.removal import redact_rects

LINES = [
    "Beslut om bostadsanpassning för Greta Lindqvist, Ängsgatan 4.",
    "Handläggare: Yusuf Demir, telefon 070-555 12 34.",
    "Ansökan från Tuula Heikkinen avslås; Omar Haddad underrättas.",
]
OPTIONS = dict(
    images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
    graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED,
    text=pymupdf.PDF_REDACT_TEXT_REMOVE,
)


def _source(tmp_path: Path, rotation: int = 0, own_redaction: bool = False) -> Path:
    doc = b.new_pdf()
    page = b.text_page(doc, LINES, leading=30)  # wide: a rectangle from one line takes nothing of the next
    b.image(page, (72, 200, 192, 280))
    b.line(page, (72, 300), (400, 300))
    if own_redaction:  # an unapplied redaction of the input's own, with a fill colour to draw
        page.add_redact_annot(page.search_for("Omar Haddad")[0], fill=(0, 0.5, 0), cross_out=False)
    if rotation:
        page.set_rotation(rotation)
    return b.save(doc, tmp_path / f"in-{rotation}-{own_redaction}.pdf")


def _rects(page: pymupdf.Page) -> list[tuple[float, float, float, float]]:
    found = [tuple(page.search_for(n)[0]) for n in ("Greta Lindqvist", "Yusuf Demir", "070-555 12 34")]
    # the first again upside down, one over the image's middle, one over the drawn line
    x0, y0, x1, y1 = found[0]
    return [*found, (x1, y1, x0, y0), (100, 220, 150, 260), (80, 295, 390, 305)]


def _apply(src: Path, dst: Path, lean: bool) -> Path:
    with pymupdf.open(src) as doc:
        page = doc[0]
        rects = _rects(page)
        if lean:
            assert redact_rects(page, rects, **OPTIONS)
        else:
            for r in rects:
                page.add_redact_annot(pymupdf.Rect(r), fill=False, cross_out=False)
            assert page.apply_redactions(**OPTIONS)
        doc.save(dst, garbage=3, deflate=True)
    return dst


def _objects(path: Path) -> list[tuple[str, bytes]]:
    with pymupdf.open(path) as doc:
        return [(doc.xref_object(x, compressed=True), doc.xref_stream(x) if doc.xref_is_stream(x) else b"")
                for x in range(1, doc.xref_length())]


@pytest.mark.parametrize("rotation", [0, 90])
@pytest.mark.parametrize("own_redaction", [False, True])
def test_same_objects_as_pymupdfs_way(tmp_path, rotation, own_redaction):
    src = _source(tmp_path, rotation, own_redaction)
    lean = _apply(src, tmp_path / "lean.pdf", lean=True)
    public = _apply(src, tmp_path / "public.pdf", lean=False)
    assert _objects(lean) == _objects(public)
    with pymupdf.open(lean) as doc:
        page = doc[0]
        assert not list(page.annots())  # every redaction annotation was applied and is gone
        text = page.get_text()
    plain = subprocess.run(["pdftotext", "-enc", "UTF-8", str(lean), "-"], capture_output=True, check=True).stdout.decode()
    for gone in ("Greta Lindqvist", "Yusuf Demir", "070-555 12 34"):
        assert gone not in text and gone not in plain
    assert "Tuula Heikkinen" in text and "Tuula Heikkinen" in plain
    # the input's own redaction is applied either way (and its fill drawn by PyMuPDF)
    assert ("Omar Haddad" in text) is (not own_redaction)


def test_no_rectangles_changes_nothing(tmp_path):
    src = _source(tmp_path)
    with pymupdf.open(src) as doc:
        before = doc[0].read_contents()
        assert redact_rects(doc[0], [], **OPTIONS) is False
        assert doc[0].read_contents() == before

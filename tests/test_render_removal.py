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


def _many_rects(page: pymupdf.Page) -> list[tuple[float, float, float, float]]:
    """A rectangle over every third word, two more touching end to end, one over the image, one over the line."""
    words = page.get_text("words")
    rects = [tuple(w[:4]) for w in words[::3]]
    x0, y0, x1, y1 = words[1][:4]
    return [*rects, (x0, y0, (x0 + x1) / 2, y1), ((x0 + x1) / 2, y0, x1, y1), (100, 220, 150, 260), (80, 295, 390, 305)]


@pytest.mark.parametrize("rotation", [0, 90, 270])
@pytest.mark.parametrize("offset", [False, True])
def test_one_annotation_same_objects_as_one_per_rectangle(tmp_path, rotation, offset):
    """The rectangles as quadrilaterals of one annotation take what one annotation per rectangle takes."""
    src = _source(tmp_path)
    if offset:  # a media box away from the origin: the inverse transform moves every number
        doc = pymupdf.open(src)
        doc[0].set_mediabox(pymupdf.Rect(13.7, 21.3, 590.1, 780.9))
        src = b.save(doc, tmp_path / "offset.pdf")
    out = []
    for one in (True, False):
        with pymupdf.open(src) as doc:
            page = doc[0]
            rects = _many_rects(page)
            if rotation:
                page.set_rotation(rotation)
            assert redact_rects(page, rects, **OPTIONS, one_annotation=one)
            doc.save(tmp_path / f"{one}.pdf", garbage=3, deflate=True)
        out.append(_objects(tmp_path / f"{one}.pdf"))
    assert out[0] == out[1]


def test_quadrilaterals_are_the_rectangles_numbers(tmp_path):
    """Each quadrilateral of the one annotation is, to the bit, the one MuPDF makes of that rectangle's Rect."""
    from redact.render.removal import _one_annotation, mupdf

    with pymupdf.open(_source(tmp_path)) as doc:
        page = doc[0]
        page.set_mediabox(pymupdf.Rect(13.7, 21.3, 590.1, 780.9))
        upright = [mupdf.fz_rect_from_quad(mupdf.fz_quad_from_rect(mupdf.FzRect(*r))) for r in _many_rects(page)]
        pdf_page = page._pdf_page()
        _one_annotation(pdf_page, upright)
        quads = mupdf.pdf_dict_gets(mupdf.pdf_annot_obj(mupdf.pdf_first_annot(pdf_page)), "QuadPoints")
        for i, r in enumerate(upright):
            annot = mupdf.pdf_create_annot(pdf_page, mupdf.PDF_ANNOT_REDACT)
            mupdf.pdf_set_annot_rect(annot, r)
            want = mupdf.fz_quad_from_rect(mupdf.pdf_dict_get_rect(mupdf.pdf_annot_obj(annot), mupdf.PDF_ENUM_NAME_Rect))
            got = mupdf.pdf_to_quad(quads, 8 * i)
            assert [(p.x, p.y) for p in (got.ul, got.ur, got.ll, got.lr)] == \
                [(p.x, p.y) for p in (want.ul, want.ur, want.ll, want.lr)]

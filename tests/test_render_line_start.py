"""Text set back to the start of its line after a show keeps its place through the redaction, and a glyph that moves is refused.

``(abc) Tj 0 0 Td (xyz) Tj`` draws the second run over the first (a white-out glyph, then the
mark on top: seen in a real file with oversized Type 3 glyphs). MuPDF's redaction rewrite
dropped the ``0 0 Td`` (the line matrix does not move), so the second run was drawn after the
first, outside every box. At the ink check's 50 dpi MuPDF draws nothing of such glyphs, so the
move passed unseen; the check now also compares where the kept glyphs stand.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from redact.render.pdf import render_pdf
from redact.verify import ink

NAME = "Elsa Nguyen-Karlsson"
ROW = 'BT /T3 8 Tf 312 400 Td ("""") Tj 0 0 0 rg 0 0 Td (!!!!) Tj ET'


def _type3_pdf(tmp_path: Path, row: str = ROW) -> Path:
    """A letter with a row of overprinted Type 3 glyphs: a giant white frame (") under each checkbox mark (!)."""
    font = (b"<</Type/Font/Subtype/Type3/FontBBox[-276 -3473 4185 422]/FontMatrix[1 0 0 1 0 0]"
            b"/CharProcs<</X00 7 0 R/X01 8 0 R>>/Encoding<</Type/Encoding/Differences[33/X01/X00]>>"
            b"/FirstChar 33/LastChar 34/Widths[1 1]/Resources<<>>>>")
    white = (b"1 0 -276 -3473 4185 422 d1 -276 -3473 m -276 422 l 4185 422 l 4185 -3473 l h "
             b"284 -181 m 306 -181 l 306 -189 l 284 -189 l h f")
    # a checkbox frame a 25th of the glyph wide: too thin to be ink at the ink check's 50 dpi, as in the real file
    mark = b"1 0 0 0 1 1 d1 0 0 m 1 0 l 1 1 l 0 1 l h 0.04 0.04 m 0.04 0.96 l 0.96 0.96 l 0.96 0.04 l h f"
    content = (b.text_op(f"Beslut om bistånd för {NAME}", 72, 700) + b.text_op("Ärendet gäller hemtjänst.", 72, 600)
               + b"q 300 380 m 400 380 l 400 420 l 300 420 l h W n 1 1 1 rg " + row.encode() + b" Q")
    pdf = b.one_page_pdf(content, b"/Font<</F1 4 0 R/T3 6 0 R>>", [font, b.raw_stream(b"", white), b.raw_stream(b"", mark)])
    return b.save(pymupdf.open("pdf", pdf), tmp_path / "type3.pdf")


def _places(path: Path) -> list[tuple[int, float, float]]:
    """Every glyph MuPDF traces on page 1: code and origin, in order."""
    with pymupdf.open(path) as doc:
        return [(c[0], round(c[2][0], 2), round(c[2][1], 2)) for s in doc[0].get_texttrace() for c in s["chars"]]


def _name_mask(src: Path) -> list:
    with pymupdf.open(src) as doc:
        return [b.mask(1, [tuple(doc[0].search_for(NAME)[0])])]


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_overprinted_type3_glyphs_keep_their_places_when_a_name_is_redacted(tmp_path: Path) -> None:
    src = _type3_pdf(tmp_path)
    masks = _name_mask(src)
    out = tmp_path / "ut.pdf"
    render_pdf(src, masks, out)
    marks_in = [p for p in _places(src) if p[0] in (33, 34)]
    assert len(marks_in) == 8, "the frames and the marks are traced"
    marks_out = [p for p in _places(out) if p[0] in (33, 34)]
    assert marks_out == marks_in, "a Type 3 mark outside the box moved"
    assert "Nguyen" not in "".join(chr(c) for c, *_ in _places(out))
    assert "Nguyen" not in _pdftotext(out)
    assert "hemtj" in _pdftotext(out)
    assert ink.ink_loss(src, out, masks) == []


CASES = {
    "0 0 Td": "BT /F1 12 Tf 72 500 Td (Omar) Tj 0 0 Td (Lindberg) Tj ET",
    "0 0 TD": "BT /F1 12 Tf 72 500 Td (Omar) Tj 0 0 TD (Lindberg) Tj ET",
    "T* with no leading": "BT 0 TL /F1 12 Tf 72 500 Td (Omar) Tj T* (Lindberg) Tj ET",
    "the same Tm again": "BT /F1 12 Tf 1 0 0 1 72 500 Tm (Omar) Tj 1 0 0 1 72 500 Tm (Lindberg) Tj ET",
    "' with no leading": "BT 0 TL /F1 12 Tf 72 500 Td (Omar) Tj (Lindberg) ' ET",
    'a " with no leading': 'BT 0 TL /F1 12 Tf 72 500 Td (Omar) Tj 0 0 (Lindberg) " ET',
}


@pytest.mark.parametrize("content", CASES.values(), ids=CASES.keys())
def test_text_set_back_to_its_line_start_stays_there(tmp_path: Path, content: str) -> None:
    """Overprinted text in a standard font, set back by every operator that can do it, on the page and in a form."""
    for where in ("page", "form"):
        if where == "page":
            body = b.text_op(f"Beslut för {NAME}", 72, 700) + content.encode()
            pdf = b.one_page_pdf(body)
        else:
            form = b.raw_stream(b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>",
                                content.encode())
            pdf = b.one_page_pdf(b.text_op(f"Beslut för {NAME}", 72, 700) + b"q /X1 Do Q",
                                 b"/Font<</F1 4 0 R>>/XObject<</X1 6 0 R>>", [form])
        src = b.save(pymupdf.open("pdf", pdf), tmp_path / f"{where}.pdf")
        masks = _name_mask(src)
        out = tmp_path / f"{where}-ut.pdf"
        render_pdf(src, masks, out)
        kept = [p for p in _places(src) if p[2] > 300]
        assert [p for p in _places(out) if p[2] > 300] == kept, f"text outside the box moved ({where})"
        assert "Nguyen" not in _pdftotext(out)
        assert ink.ink_loss(src, out, masks) == []


def test_a_moved_glyph_is_refused_though_the_drawing_does_not_show_it(tmp_path: Path) -> None:
    """An output whose oversized Type 3 marks stand one run to the right: the ink check reports the page."""
    src = _type3_pdf(tmp_path)
    masks = _name_mask(src)
    doc = pymupdf.open(src)
    xref = doc[0].get_contents()[0]
    doc.update_stream(xref, doc.xref_stream(xref).replace(b"0 0 Td", b""))  # the rewrite MuPDF did
    doc[0].add_redact_annot(pymupdf.Rect(masks[0].rects[0]), fill=False)
    doc[0].apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE)
    moved = tmp_path / "moved.pdf"
    doc.save(moved)
    with pymupdf.open(src) as a, pymupdf.open(moved) as m:
        loss = ink.page_ink_loss(a[0], m[0], masks)
    assert loss is not None and loss.page == 1
    assert 300 < loss.box[0] and loss.box[2] < 400  # the row of marks, not the name under its box
    assert ink.ink_loss(src, moved, masks) != []


def test_glyphs_that_stay_in_place_are_not_reported(tmp_path: Path) -> None:
    """The same page with only the name taken out: no glyph is reported moved."""
    src = _type3_pdf(tmp_path)
    masks = _name_mask(src)
    out = tmp_path / "ut.pdf"
    render_pdf(src, masks, out)
    with pymupdf.open(src) as a, pymupdf.open(out) as o:
        assert ink.moved_glyphs(a[0], o[0], masks) is None


def test_the_rewrite_leaves_clipping_text_and_plain_lines_alone() -> None:
    """Ending a text object that clips by its glyphs would apply the clip early: it is left as it is;
    a line without a return to its start is not parsed into anything new, and the rewrite is done once."""
    from redact.render.line_start import kept_line_starts

    clipping = b"BT 7 Tr /F1 12 Tf 72 500 Td (Omar) Tj 0 0 Td (Lindberg) Tj ET"
    assert kept_line_starts(clipping) is None
    assert kept_line_starts(b"BT /F1 12 Tf 72 500 Td (Omar) Tj 0 -14 Td (Lindberg) Tj ET") is None
    once = kept_line_starts(b"BT /F1 12 Tf 2 0 0 2 72 500 Tm (Omar) Tj 0 0 Td (Lindberg) Tj ET")
    assert once is not None and b"ET BT 2 0 0 2 72 500 Tm" in once
    assert kept_line_starts(once) is None

"""The ink check does not draw an oversized Type 3 glyph that both pages draw alike, and still sees what was lost.

A Type 3 glyph whose box is thousands of times its font size (seen in a real file) takes MuPDF
seconds to draw at the ink check's 50 dpi, where it paints the whole page, and nothing at 100 dpi:
a page of them took minutes, drawn once for the input and once for the output. A glyph drawn
alike on both pages (same procedure, same place) cannot have been lost, so it is drawn on neither;
the rest of the page is compared as before, now without a black page hiding a loss.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

import pdf_builders as b
from redact.render.pdf import render_pdf
from redact.verify import ink

NAME = "Elsa Nguyen-Karlsson"
QUIET = b"1 0 d0"


def _oversized_pdf(tmp_path: Path, extra: str = "") -> Path:
    """A letter with one glyph of a Type 3 font whose box is 4000 font sizes wide (a giant filled frame)."""
    font = (b"<</Type/Font/Subtype/Type3/FontBBox[-276 -3473 4185 422]/FontMatrix[1 0 0 1 0 0]/CharProcs<</X00 7 0 R>>"
            b"/Encoding<</Type/Encoding/Differences[34/X00]>>/FirstChar 34/LastChar 34/Widths[1]/Resources<<>>>>")
    glyph = (b"1 0 -276 -3473 4185 422 d1 -276 -3473 m -276 422 l 4185 422 l 4185 -3473 l h "
             b"284 -181 m 306 -181 l 306 -189 l 284 -189 l h f")
    content = (b.text_op(f"Beslut om bistånd för {NAME}", 72, 700) + b.text_op("Ärendet gäller hemtjänst.", 72, 600)
               + (b.text_op(extra, 72, 500) if extra else b"") + b"BT /T3 8 Tf 312 400 Td (\") Tj ET")
    pdf = b.one_page_pdf(content, b"/Font<</F1 4 0 R/T3 6 0 R>>", [font, b.raw_stream(b"", glyph)])
    return b.save(pymupdf.open("pdf", pdf), tmp_path / "type3.pdf")


def _name_mask(src: Path) -> list:
    with pymupdf.open(src) as doc:
        return [b.mask(1, [tuple(doc[0].search_for(NAME)[0])])]


def _drawn_glyphs(monkeypatch) -> list[bool]:
    """For every page the ink check draws: whether the oversized glyph is live in it."""
    live: list[bool] = []
    real = ink._gray

    def watched(page: pymupdf.Page, dpi: int):
        doc = page.parent
        procs = [x for x in range(1, doc.xref_length()) if doc.xref_is_stream(x) and b"d1" in (doc.xref_stream(x) or b"")]
        live.append(bool(procs))
        return real(page, dpi)

    monkeypatch.setattr(ink, "_gray", watched)
    return live


def test_an_oversized_type3_glyph_drawn_alike_on_both_pages_is_not_drawn(tmp_path: Path, monkeypatch) -> None:
    src = _oversized_pdf(tmp_path)
    masks = _name_mask(src)
    out = tmp_path / "ut.pdf"
    render_pdf(src, masks, out)
    live = _drawn_glyphs(monkeypatch)
    assert ink.ink_loss(src, out, masks) == []
    assert live and not any(live), "the oversized glyph was drawn by the ink check"


def test_a_line_lost_beside_the_mask_is_still_seen_on_such_a_page(tmp_path: Path, monkeypatch) -> None:
    """The output loses a line outside every mask: the check reports it (the giant glyph painted it over before)."""
    src = _oversized_pdf(tmp_path, extra="Granskad av Omar Lindberg den 4 maj")
    masks = _name_mask(src)
    out = tmp_path / "ut.pdf"
    render_pdf(src, masks, out)
    doc = pymupdf.open(out)
    doc[0].add_redact_annot(doc[0].search_for("Granskad av Omar Lindberg")[0], fill=False)
    doc[0].apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE)
    lost = tmp_path / "lost.pdf"
    doc.save(lost)
    live = _drawn_glyphs(monkeypatch)
    losses = ink.ink_loss(src, lost, masks)
    assert [loss.page for loss in losses] == [1]
    assert 72 <= losses[0].box[0] and losses[0].box[1] > 300  # the lost line, not the name under its box
    assert not any(live)


def test_a_page_whose_oversized_glyphs_differ_is_drawn_as_it_is(tmp_path: Path) -> None:
    """When the glyphs differ between the pages, no copy is quieted: the check draws the pages themselves."""
    from redact.render.type3 import quieted_copies

    src = _oversized_pdf(tmp_path)
    other = _oversized_pdf(tmp_path / "..", extra="x")
    doc = pymupdf.open(other)
    content = doc.xref_stream(doc[0].get_contents()[0]).replace(b"312 400 Td", b"300 400 Td")
    doc.update_stream(doc[0].get_contents()[0], content)
    with pymupdf.open(src) as a:
        assert quieted_copies(a[0], doc[0]) is None
        same = pymupdf.open(src)
        copies = quieted_copies(a[0], same[0])
        assert copies is not None
        assert b"d1" not in b"".join(copies[0].xref_stream(x) or b"" for x in range(1, copies[0].xref_length()) if copies[0].xref_is_stream(x))

"""Content a reader cannot see is removed: text and images under an opaque box, text clipped away on turned pages.

An amateur redaction puts a filled annotation over a name: a viewer shows the box,
but the name stays in the page and every extractor reads it. A clip path on a
turned page hides text just as well as on an upright one. Both are hidden content:
they must be gone from every reading of the output, and nothing a reader sees may
change (the ink check).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest

import pdf_builders as b
from conftest import mupdf_text, pdftotext
from redact.ingest.flatten import flat_input
from redact.pipeline import RunOptions, run_file
from redact.render.pdf import render_pdf
from redact.verify.ink import ink_loss

NAME = "Vera Holmqvist"
OTHER = "Amir Lindqvist"
BESIDE = ("Kontakt:", "telefon", "Granskad", "idag", "Beslut om bistånd")


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def _readings(path: Path) -> dict[str, str]:
    return {"mupdf": _flat(mupdf_text(path)), "pdftotext": _flat(pdftotext(path)), "objects": _flat(b.all_text(path))}


def assert_gone(path: Path, *needles: str) -> None:
    for source, text in _readings(path).items():
        for needle in needles:
            assert needle.casefold() not in text, f"{needle!r} left in {source}"


def assert_kept(path: Path, *words: str) -> None:
    for source in ("mupdf", "pdftotext"):
        text = _readings(path)[source]
        for word in words:
            assert word.casefold() in text, f"{word!r} lost from {source}"


def _square(page: pymupdf.Page, rect: pymupdf.Rect, fill: tuple[float, float, float]) -> None:
    """A filled Square annotation over ``rect``: a box drawn over content, not a redaction."""
    annot = page.add_rect_annot(rect + (-2, -2, 2, 2))
    annot.set_colors(stroke=fill, fill=fill)
    annot.update()


def _boxed_names(tmp_path: Path) -> Path:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd", "Ärendet gäller ansökan om hemtjänst i Norrvik."])
    page.insert_text((72, 300), f"Kontakt: {NAME} telefon", fontsize=12)
    page.insert_text((72, 400), f"Granskad av {OTHER} idag", fontsize=12)
    _square(page, page.search_for(NAME)[0], (1, 1, 1))
    _square(page, page.search_for(OTHER)[0], (0, 0, 0))
    return b.save(doc, tmp_path / "boxed.pdf")


def _render_flat(src: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Render ``src`` with no masks as the product does (annotations drawn into the page first); a copy of that input."""
    out = tmp_path / "ut.pdf"
    baked = tmp_path / "baked.pdf"
    with flat_input(src) as flat:
        baked.write_bytes(flat.path.read_bytes())
        render_pdf(flat.path, [], out)
    return baked, out


def _dark_share(path: Path, rect: tuple[float, float, float, float]) -> float:
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(clip=pymupdf.Rect(rect), colorspace=pymupdf.csGRAY, alpha=False)
    a = np.frombuffer(pix.samples, dtype=np.uint8)
    return float((a < 64).mean())


def test_text_under_an_opaque_annotation_is_removed_and_the_box_stays(tmp_path: Path) -> None:
    src = _boxed_names(tmp_path)
    with pymupdf.open(src) as doc:
        black = tuple(doc[0].search_for(OTHER)[0])
    assert NAME.casefold() in _flat(pdftotext(src)) and OTHER.casefold() in _flat(pdftotext(src))
    baked, out = _render_flat(src, tmp_path)
    assert_gone(out, NAME, "Holmqvist", OTHER, "Lindqvist")
    assert_kept(out, *BESIDE)
    assert _dark_share(out, black) > 0.95  # the black box is still drawn over where the name was
    with pymupdf.open(out) as doc:  # ... and so is the white one
        fills = [d for d in doc[0].get_drawings() if d.get("fill") == (1.0, 1.0, 1.0)]
        assert any(pymupdf.Rect(d["rect"]).contains(pymupdf.Rect(doc[0].search_for("Kontakt:")[0].x1 + 5, 290, 150, 300))
                   for d in fills)
    assert ink_loss(baked, out, []) == []  # nothing a reader sees changed


@pytest.mark.parametrize("rotation", [90, 270])
def test_text_under_an_opaque_annotation_on_a_turned_page_is_removed(rotation: int, tmp_path: Path) -> None:
    """The raster that judges what shows is turned with the page; the glyphs are not."""
    doc = pymupdf.open(_boxed_names(tmp_path))
    doc[0].set_rotation(rotation)
    src = tmp_path / "turned.pdf"
    doc.save(src)
    baked, out = _render_flat(src, tmp_path)
    assert_gone(out, NAME, "Holmqvist", OTHER, "Lindqvist")
    assert_kept(out, *BESIDE)
    assert ink_loss(baked, out, []) == []


def test_text_under_an_opaque_annotation_is_gone_after_a_full_run(tmp_path: Path, blank_detector) -> None:
    src = _boxed_names(tmp_path)
    out = tmp_path / "run.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert disclosure.verification is not None and disclosure.verification.ok  # the ink check included
    assert_gone(out, NAME, "Holmqvist", OTHER, "Lindqvist")
    assert_kept(out, "Kontakt:", "Granskad", "Beslut om bistånd")


def test_text_under_a_filled_free_text_note_is_removed_and_its_words_stay(tmp_path: Path) -> None:
    """A white free-text note over the name, its own words written over the name's glyphs."""
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd"])
    page.insert_text((72, 300), f"Kontakt: {NAME} telefon", fontsize=12)
    note = page.add_freetext_annot(page.search_for(NAME)[0] + (-2, -3, 2, 3), "XXXXXXXXXXXX", fontsize=12,
                                   fill_color=(1, 1, 1), text_color=(0, 0, 0))
    note.update(fill_color=(1, 1, 1))
    src = b.save(doc, tmp_path / "note.pdf")
    baked, out = _render_flat(src, tmp_path)
    assert_gone(out, NAME, "Vera", "Holmqvist")
    assert_kept(out, "Kontakt:", "telefon", "XXXXXXXX")
    assert ink_loss(baked, out, []) == []


def test_highlighted_text_is_not_taken_for_covered(tmp_path: Path) -> None:
    """A highlighter's box is blended, not opaque: the text under it shows and stays."""
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd"])
    page.insert_text((72, 300), f"Kontakt: {NAME} telefon", fontsize=12)
    page.add_highlight_annot(page.search_for(NAME)[0]).update()
    translucent = page.add_rect_annot(page.search_for("telefon")[0] + (-2, -2, 2, 2))
    translucent.set_colors(stroke=(0, 0, 1), fill=(0, 0, 1))
    translucent.set_opacity(0.3)
    translucent.update()
    src = b.save(doc, tmp_path / "highlight.pdf")
    baked, out = _render_flat(src, tmp_path)
    assert_kept(out, NAME, "telefon", "Kontakt:")
    assert ink_loss(baked, out, []) == []


def test_image_under_an_opaque_annotation_is_removed(tmp_path: Path) -> None:
    """A barcode-like image wholly under a white box goes; one half under a black box is blanked there only."""
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd"])
    b.image(page, (100, 200, 220, 280))
    b.image(page, (300, 200, 420, 280))
    _square(page, pymupdf.Rect(95, 195, 225, 285), (1, 1, 1))
    _square(page, pymupdf.Rect(300, 190, 360, 290), (0, 0, 0))
    src = b.save(doc, tmp_path / "images.pdf")
    with pymupdf.open(src) as d:
        original = pymupdf.Pixmap(d, d[0].get_images()[1][0])
    baked, out = _render_flat(src, tmp_path)
    placed = b.image_pixmaps(out)
    assert [tuple(round(v) for v in r) for r, _ in placed] == [(300, 200, 420, 280)]  # the hidden one is gone
    _, pix = placed[0]
    before = np.frombuffer(original.samples, dtype=np.uint8).reshape(original.height, original.width, original.n)[..., :3]
    after = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[..., :3]
    # One image pixel per point: columns 0-61 lie under the black box (drawn 2 points wider than its
    # rectangle); what is blanked stays a pixel in from the box's edge, never beyond it.
    assert np.array_equal(before[:, 62:], after[:, 62:])  # the part on show is untouched
    covered = after[2:-2, 2:57].reshape(-1, 3)
    assert (covered == covered[0]).all() and not np.array_equal(before[2:-2, 2:57], after[2:-2, 2:57])  # blanked
    assert ink_loss(baked, out, []) == []


def test_vector_art_under_an_opaque_annotation_is_removed(tmp_path: Path) -> None:
    """A drawn barcode under a white box and a signature's strokes under a black one go; art beside them stays.

    MuPDF takes a stroked path only with its mitred joins (ten line widths) covered: the black box
    leaves that much room round the signature.
    """
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd"])
    for k in range(12):  # barcode bars
        b.filled_rect(page, (100 + 6 * k, 200, 103 + 6 * (k % 3) / 2 + 6 * k, 240), (0, 0, 0))
    page.draw_bezier((320, 240), (340, 180), (380, 260), (420, 200), color=(0, 0, 0.5), width=1.2)  # a signature
    b.filled_rect(page, (100, 300, 200, 340), (0.2, 0.4, 0.8))  # art on show
    b.line(page, (320, 320), (420, 320))
    _square(page, pymupdf.Rect(95, 195, 180, 245), (1, 1, 1))
    _square(page, pymupdf.Rect(295, 155, 445, 285), (0, 0, 0))
    src = b.save(doc, tmp_path / "art.pdf")
    baked, out = _render_flat(src, tmp_path)

    def art(path: Path) -> list[pymupdf.Rect]:
        with pymupdf.open(path) as d:
            return [pymupdf.Rect(x["rect"]) for x in d[0].get_drawings()]

    under = [pymupdf.Rect(95, 195, 180, 245), pymupdf.Rect(295, 155, 445, 285)]
    hidden_before = [r for r in art(baked) if any(u.contains(r) for u in under)]
    assert len(hidden_before) == 13
    left = art(out)
    assert not [r for r in left if any(u.contains(r) for u in under)]  # nothing but the boxes themselves
    assert any(abs(r.x0 - 100) < 0.5 and abs(r.y0 - 300) < 0.5 for r in left)  # the blue box on show
    assert any(abs(r.y0 - 320) < 1 and r.width > 90 for r in left)  # the rule on show
    assert len([r for r in left if r.width > 80 and r.height > 40]) >= 2  # the two boxes are still drawn
    assert ink_loss(baked, out, []) == []


# ------------------------------------------------------------------ turned pages


def _clipped_on_turned_page(tmp_path: Path, rotation: int) -> Path:
    """A /Rotate page whose text is turned back so it reads upright, with a name outside the clip path."""
    turn = {90: b"0 1 -1 0 595 0 cm ", 180: b"-1 0 0 -1 595 842 cm ", 270: b"0 -1 1 0 0 842 cm "}[rotation]
    content = (
        b"q " + turn + b.text_op("Ett brev utan namn.", 72, 500)
        + b"q 60 300 200 40 re W n " + b.text_op("Synlig text", 72, 310) + b.text_op(NAME, 300, 310) + b"Q Q"
    )
    doc = pymupdf.open("pdf", b.one_page_pdf(content))
    doc[0].set_rotation(rotation)
    return b.save(doc, tmp_path / f"turned{rotation}.pdf")


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_text_clipped_away_on_a_turned_page_is_removed(rotation: int, tmp_path: Path) -> None:
    src = _clipped_on_turned_page(tmp_path, rotation)
    assert NAME.casefold() in _flat(pdftotext(src))  # poppler reads the clipped name in the input
    out = tmp_path / "ut.pdf"
    render_pdf(src, [], out)
    assert_gone(out, NAME, "Holmqvist")
    assert_kept(out, "Synlig text", "Ett brev utan namn.")
    assert ink_loss(src, out, []) == []

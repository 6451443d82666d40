"""Pages the renderer left alone are not drawn twice by the ink check, and only when that is proved."""

from __future__ import annotations

import zlib
from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
import redact.verify.ink as ink
from redact.render.pdf import render_pdf
from redact.verify.ink import ink_loss
from redact.verify.page_identity import PageFingerprints, same_drawing

LINES = ["Beslut om bistånd", "Handläggare: Vera Holmqvist", "Ärendet gäller hemtjänst i Norrvik.", "Beslutet kan överklagas."]


@pytest.fixture
def draws(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pages (1-based) the ink check draws, one entry a drawing."""
    seen: list[int] = []
    real = ink._gray

    def counting(page: pymupdf.Page, dpi: int):
        seen.append(page.number + 1)
        return real(page, dpi)

    monkeypatch.setattr(ink, "_gray", counting)
    return seen


def _three_pages(tmp_path: Path) -> Path:
    doc = b.new_pdf()
    for i in range(3):
        page = b.text_page(doc, LINES, leading=30)
        b.image(page, (72, 300, 192, 380), width=120 + i)  # three images (equal ones would be saved as one)
    return b.save(doc, tmp_path / "in.pdf")


def _same(src: Path, out: Path) -> list[bool]:
    with pymupdf.open(src) as a, pymupdf.open(out) as o:
        fa, fo = PageFingerprints(a), PageFingerprints(o)
        return [same_drawing(fa, fo, n) for n in range(a.page_count)]


def test_only_the_masked_page_is_drawn_after_a_real_rendering(tmp_path: Path, draws: list[int]) -> None:
    src = _three_pages(tmp_path)
    masks = b.masks_for(src, {"Vera Holmqvist": "PERSON"})
    masks = [m for m in masks if m.page == 2]
    out = tmp_path / "ut.pdf"
    render_pdf(src, masks, out)  # the renderer saves afresh: objects renumbered, /ProcSet dropped
    assert _same(src, out) == [True, False, True]
    assert ink_loss(src, out, masks) == []
    assert draws == [2, 2]  # input and output of the masked page; the untouched pages not at all


def test_a_page_that_lost_a_word_without_a_mask_is_still_drawn_and_refused(tmp_path: Path, draws: list[int]) -> None:
    src = _three_pages(tmp_path)
    out = tmp_path / "ut.pdf"
    with pymupdf.open(src) as doc:
        page = doc[2]
        for r in page.search_for("hemtjänst"):
            page.add_redact_annot(r, fill=False)
        page.apply_redactions()
        doc.save(out, garbage=3, deflate=True)
    assert _same(src, out) == [True, True, False]
    assert [loss.page for loss in ink_loss(src, out, [])] == [3]
    assert draws == [3, 3, 3, 3]  # at 50 dpi, then finer to confirm the loss: only the changed page


def test_an_image_changed_behind_the_same_content_stream_is_not_the_same_drawing(tmp_path: Path, draws: list[int]) -> None:
    # The content stream and the resource names stay, the image's pixels turn white: only the
    # objects the resources lead to tell the pages apart.
    src = _three_pages(tmp_path)
    out = tmp_path / "ut.pdf"
    with pymupdf.open(src) as doc:
        xref = doc[0].get_images()[0][0]
        w, h = 120, 80
        doc.update_stream(xref, b"\xff" * (w * h * 3))
        doc.save(out, garbage=3, deflate=True)
    assert _same(src, out) == [False, True, True]
    assert [loss.page for loss in ink_loss(src, out, [])] == [1]
    assert draws == [1, 1, 1, 1]


def test_a_glyph_procedure_changed_is_not_the_same_drawing(tmp_path: Path) -> None:
    src = tmp_path / "t3.pdf"
    src.write_bytes(b.type3_pdf("Vera"))
    out = tmp_path / "t3-ut.pdf"
    with pymupdf.open(src) as doc:
        doc.update_stream(7, b"700 0 d0")  # every letter's box drawn as nothing
        doc.save(out)
    assert _same(src, out) == [False]
    assert [loss.page for loss in ink_loss(src, out, [])] == [1]


def test_renumbered_reordered_and_recompressed_objects_are_the_same_drawing(tmp_path: Path) -> None:
    # Same objects in another order, keys in another order, the content stream compressed,
    # /ProcSet and an empty colour-space dictionary dropped: MuPDF draws the same page.
    content = b.text_op("Vera Holmqvist") + b"q 100 0 0 50 72 600 cm /Im1 Do Q"
    img = b.raw_stream(b"/Type/XObject/Subtype/Image/Width 2/Height 2/ColorSpace/DeviceGray/BitsPerComponent 8",
                       b"\x00\xff\xff\x00")
    a = b.one_page_pdf(content, b"/ProcSet[/PDF/Text]/ColorSpace<<>>/Font<</F1 4 0 R>>/XObject<</Im1 6 0 R>>", [img])
    packed = zlib.compress(content)

    def other(catalog: bytes = b"", page: bytes = b"", pixels: bytes = b"\x00\xff\xff\x00") -> bytes:
        """The same page written another way (``catalog``, ``page``: entries added, ``pixels``: the image's)."""
        return b.raw_pdf([
            b"<</Pages 2 0 R/Type/Catalog" + catalog + b">>",
            b"<</Count 1/Kids[6 0 R]/Type/Pages>>",
            b.raw_stream(b"/Type/XObject/Subtype/Image/Width 2/Height 2/ColorSpace/DeviceGray/BitsPerComponent 8", pixels),
            b.HELVETICA,
            b"<</Filter/FlateDecode/Length %d>>stream\n" % len(packed) + packed + b"\nendstream",
            b"<</Contents 5 0 R/Resources<</XObject<</Im1 3 0 R>>/Font<</F1 4 0 R>>>>/MediaBox[0 0 595 842]"
            b"/Parent 2 0 R/Type/Page" + page + b">>",
        ])

    (tmp_path / "a.pdf").write_bytes(a)
    variants = {
        "same": other(),
        "pixel": other(pixels=b"\x00\xff\xff\x01"),  # one pixel of the image differs
        "turned": other(page=b"/Rotate 90"),
        "cropped": other(page=b"/CropBox[0 0 300 842]"),
        # another output intent in the catalogue (a profile device colours may be drawn with)
        "intent": other(catalog=b"/OutputIntents[<</S/GTS_PDFA1/OutputConditionIdentifier(sRGB)>>]"),
    }
    same = {}
    for name, data in variants.items():
        (tmp_path / f"{name}.pdf").write_bytes(data)
        same[name] = _same(tmp_path / "a.pdf", tmp_path / f"{name}.pdf") == [True]
    assert same == {"same": True, "pixel": False, "turned": False, "cropped": False, "intent": False}


def test_a_reference_cycle_leaves_the_page_unproven(tmp_path: Path) -> None:
    content = b.text_op("Vera Holmqvist")
    data = b.one_page_pdf(content, b"/Font<</F1 4 0 R>>/Properties<</P1 6 0 R>>",
                          [b"<</Type/OCG/Name(a)/Next 7 0 R>>", b"<</Type/OCG/Name(b)/Next 6 0 R>>"])
    (tmp_path / "a.pdf").write_bytes(data)
    with pymupdf.open(tmp_path / "a.pdf") as doc:
        assert PageFingerprints(doc).page(0) is None
    assert _same(tmp_path / "a.pdf", tmp_path / "a.pdf") == [False]

"""The ink check: content that vanishes from a page outside every mask fails the run (exit 5)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest

import pdf_builders as b
import redact.pipeline as pipeline
from redact.cli import main
from redact.errors import ContentLossError
from redact.pipeline import RunOptions, run_file
from redact.verify.ink import ink_loss, visible_annotations

LINES = ["Beslut om bistånd", "Handläggare: Vera Holmqvist", "Ärendet gäller hemtjänst i Norrvik.", "Beslutet kan överklagas."]


def _erase(src: Path, dst: Path, needle: str, box: bool) -> list[tuple[float, float, float, float]]:
    """Copy ``src`` with ``needle`` removed from page 1, under a black box or without one."""
    with pymupdf.open(src) as doc:
        page = doc[0]
        rects = page.search_for(needle)
        for r in rects:
            page.add_redact_annot(r, fill=(0, 0, 0) if box else False)
        page.apply_redactions()
        doc.save(dst)
    return [tuple(r) for r in rects]


def test_a_word_removed_without_a_box_is_lost_ink_and_named(tmp_path: Path) -> None:
    doc = b.new_pdf()
    b.text_page(doc, LINES, leading=30)
    b.text_page(doc, LINES, leading=30)
    src = b.save(doc, tmp_path / "in.pdf")
    out = tmp_path / "ut.pdf"
    rects = _erase(src, out, "hemtjänst", box=False)
    losses = ink_loss(src, out, [])
    assert [loss.page for loss in losses] == [1]
    x0, y0, x1, y1 = losses[0].box
    r = rects[0]
    assert x0 <= r[2] and x1 >= r[0] and y0 <= r[3] and y1 >= r[1]  # it says where
    assert 0 < losses[0].share < 0.5


def test_a_word_removed_from_a_coloured_ground_is_lost_ink(tmp_path: Path) -> None:
    # On a yellow band a vanished word turns yellow (181 in grey), never as light as paper.
    doc = b.new_pdf()
    page = doc.new_page()
    b.filled_rect(page, (40, 60, 560, 300), (0.8, 0.8, 0.0))
    for i, line in enumerate(LINES):
        page.insert_text((72, 100 + 30 * i), line, fontsize=14)
    src = b.save(doc, tmp_path / "in.pdf")
    out = tmp_path / "ut.pdf"
    _erase(src, out, "hemtjänst", box=False)
    assert [loss.page for loss in ink_loss(src, out, [])] == [1]
    out2 = tmp_path / "ut2.pdf"
    rects = _erase(src, out2, "Vera Holmqvist", box=True)
    assert ink_loss(src, out2, [b.mask(1, rects)]) == []


def test_a_word_removed_under_a_mask_box_is_not_a_loss(tmp_path: Path) -> None:
    doc = b.new_pdf()
    b.text_page(doc, LINES, leading=30)
    src = b.save(doc, tmp_path / "in.pdf")
    out = tmp_path / "ut.pdf"
    rects = _erase(src, out, "Vera Holmqvist", box=True)
    assert ink_loss(src, out, [b.mask(1, rects)]) == []
    # even a box of the page's own colour passes when it is where the mask is
    out2 = tmp_path / "ut2.pdf"
    rects = _erase(src, out2, "Vera Holmqvist", box=False)
    assert ink_loss(src, out2, [b.mask(1, rects)]) == []
    assert ink_loss(src, out2, []) != []


def test_unchanged_page_and_blank_page_pass(tmp_path: Path) -> None:
    doc = b.new_pdf()
    b.text_page(doc, LINES, leading=30)
    doc.new_page()
    src = b.save(doc, tmp_path / "in.pdf")
    assert ink_loss(src, src, []) == []


def _lossy_render(real):
    def render(src, masks, dst, options=None, progress=None, explain=True):
        real(src, masks, dst, options, progress=progress, explain=explain)
        with pymupdf.open(dst) as doc:
            page = doc[0]
            for r in page.search_for("överklagas"):
                page.add_redact_annot(r, fill=False)
            page.apply_redactions()
            doc.save(str(dst) + ".x")
        Path(str(dst) + ".x").replace(dst)
    return render


def test_a_run_that_would_lose_content_is_refused_and_writes_nothing(tmp_path: Path, blank_detector, monkeypatch) -> None:
    doc = b.new_pdf()
    b.text_page(doc, LINES, leading=30)
    src = b.save(doc, tmp_path / "beslut.pdf")
    monkeypatch.setattr(pipeline, "render_pdf", _lossy_render(pipeline.render_pdf))
    out = tmp_path / "ut.pdf"
    with pytest.raises(ContentLossError) as info:
        run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert info.value.exit_code == 5
    message = str(info.value)
    assert "sida 1" in message and "\n" not in message and "Holmqvist" not in message
    assert not out.exists() and not list(tmp_path.glob(".ut.pdf*"))


def test_cli_exit_code_5_and_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    doc = b.new_pdf()
    b.text_page(doc, LINES, leading=30)
    src = b.save(doc, tmp_path / "beslut.pdf")
    monkeypatch.setattr(pipeline, "render_pdf", _lossy_render(pipeline.render_pdf))
    code = main(["apply", str(src), str(_findings(tmp_path)), "-o", str(tmp_path / "ut.pdf")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 5 and len(err) == 1 and "sida 1" in err[0]
    assert not (tmp_path / "ut.pdf").exists()


def _findings(tmp_path: Path) -> Path:
    path = tmp_path / "fynd.json"
    path.write_text('{"findings": []}', encoding="utf-8")
    return path


def test_visible_annotations_are_counted_and_said(tmp_path: Path, blank_detector) -> None:
    doc = b.new_pdf()
    page = b.text_page(doc, LINES)
    b.annotations(page, "Inkom 2026-03-02")
    src = b.save(doc, tmp_path / "stämpel.pdf")
    assert visible_annotations(src) >= 1
    disclosure = run_file(src, tmp_path / "ut.pdf", options=RunOptions(), detector=blank_detector)
    assert disclosure.warnings and "anteckningar" in disclosure.warnings[0]


def test_the_refusal_names_hidden_text_on_visible_text_across_the_worker_boundary(tmp_path: Path, blank_detector) -> None:
    # White text on the white page on the baseline of a printed line: removing it takes the printed line.
    visible = b.text_op("Kommunens socialtjanst, enhet Norr", 72, 700, 9)
    white = b"BT 1 g /F1 9 Tf 72 700 Td (Amir Haddad 199002141234) Tj ET\n"
    src = tmp_path / "vit.pdf"
    src.write_bytes(b.one_page_pdf(visible + white))
    with pytest.raises(ContentLossError) as info:
        run_file(src, tmp_path / "ut.pdf", options=RunOptions(ocr=False), detector=blank_detector)
    assert "text i bakgrundens färg ligger på synlig text" in str(info.value)


# ---------------------------------------------------------------- the same pixels stored another way

_PALETTE = bytes.fromhex("ffffff000000")  # white, black


def _rule_image_pdf(rows: np.ndarray, indexed: bool) -> bytes:
    """A page with one 313 x 277 image (about 120 pixels per inch) of black rules, stored indexed or as RGB."""
    import zlib

    h, w = rows.shape
    if indexed:
        entries = b"/ColorSpace[/Indexed/DeviceRGB 1<" + _PALETTE.hex().encode() + b">]"
        data = rows.tobytes()
    else:
        entries = b"/ColorSpace/DeviceRGB"
        data = np.frombuffer(_PALETTE, np.uint8).reshape(-1, 3)[rows].tobytes()
    image = b.raw_stream(b"/Type/XObject/Subtype/Image/Width %d/Height %d/BitsPerComponent 8/Filter/FlateDecode" % (w, h)
                         + entries, zlib.compress(data))
    return b.one_page_pdf(b"q 187.8 0 0 166.2 18.72 287.44 cm /Im1 Do Q", b"/XObject<</Im1 6 0 R>>", [image])


def _rules() -> np.ndarray:
    rows = np.zeros((277, 313), np.uint8)
    rows[235:238, 20:300] = 1  # an axis three pixels thick
    rows[150:235, 100:110] = 1  # a bar standing on it
    return rows


def test_an_image_stored_anew_with_the_same_pixels_loses_no_ink(tmp_path: Path) -> None:
    # The renderer re-encodes an image it masks (an indexed chart comes back as RGB). MuPDF shrinks
    # the RGB copy by another path at 50 dpi and the axis comes out a pixel row thinner: that is not
    # lost content, and a finer drawing shows the ink still there.
    src, out = tmp_path / "in.pdf", tmp_path / "ut.pdf"
    src.write_bytes(_rule_image_pdf(_rules(), indexed=True))
    out.write_bytes(_rule_image_pdf(_rules(), indexed=False))
    assert ink_loss(src, out, []) == []


def test_a_rule_removed_from_an_image_stored_anew_is_still_lost(tmp_path: Path) -> None:
    src, out = tmp_path / "in.pdf", tmp_path / "ut.pdf"
    src.write_bytes(_rule_image_pdf(_rules(), indexed=True))
    gone = _rules()
    gone[235:238, 20:300] = 0  # the axis erased, no mask over it
    out.write_bytes(_rule_image_pdf(gone, indexed=False))
    assert [loss.page for loss in ink_loss(src, out, [])] == [1]
    # ... and half of it erased, under no mask, is lost too
    half = _rules()
    half[235:238, 160:300] = 0
    out.write_bytes(_rule_image_pdf(half, indexed=False))
    assert [loss.page for loss in ink_loss(src, out, [])] == [1]

"""Image files as scanned pages: every frame of a multi-page TIFF a page of its own."""

from __future__ import annotations

import struct
from pathlib import Path

import pymupdf
import pytest

from redact.case.images import image_to_pdf
from redact.errors import InputError


def _gray_page(text: str) -> tuple[int, int, bytes]:
    doc = pymupdf.open()
    page = doc.new_page(width=300, height=120)
    page.insert_text((20, 60), text, fontsize=14)
    pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY, alpha=False)
    return pix.width, pix.height, bytes(pix.samples)


def write_multipage_tiff(path: Path, frames: list[tuple[int, int, bytes]], dpi: int = 150) -> Path:
    """A little-endian, uncompressed, 8-bit grey TIFF with one IFD per frame (written by hand: no imaging library)."""
    out = bytearray(b"II*\0" + struct.pack("<I", 0))
    link_at = 4  # where the offset of the next IFD goes
    for width, height, data in frames:
        data_at = len(out)
        out += data
        res_at = len(out)
        out += struct.pack("<II", dpi, 1)
        if len(out) % 2:
            out += b"\0"
        ifd_at = len(out)
        entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1),
                   (273, 4, 1, data_at), (277, 3, 1, 1), (278, 4, 1, height), (279, 4, 1, len(data)),
                   (282, 5, 1, res_at), (283, 5, 1, res_at), (296, 3, 1, 2)]
        out += struct.pack("<H", len(entries))
        for tag, typ, count, value in entries:
            packed = struct.pack("<HH", value, 0) if typ == 3 else struct.pack("<I", value)
            out += struct.pack("<HHI", tag, typ, count) + packed
        struct.pack_into("<I", out, link_at, ifd_at)
        link_at = len(out)
        out += struct.pack("<I", 0)
    path.write_bytes(bytes(out))
    return path


def test_every_frame_of_a_tiff_becomes_a_page_sized_scan(tmp_path):
    tif = write_multipage_tiff(tmp_path / "skanning.tif", [_gray_page("Sida ett"), _gray_page("Sida två")])
    pages = image_to_pdf(tif, tmp_path / "ut.pdf")
    assert pages == 2
    with pymupdf.open(tmp_path / "ut.pdf") as doc:
        for page in doc:
            assert page.get_text().strip() == ""  # no text layer: OCR reads it, as for a scanned PDF
            images = page.get_image_info()
            assert len(images) == 1
            box = pymupdf.Rect(images[0]["bbox"])
            assert abs(box.width - page.rect.width) < 1 and abs(box.height - page.rect.height) < 1
        # 150 dpi frames keep their physical size: 300 x 120 pt
        assert abs(doc[0].rect.width - 300) < 2


def test_a_broken_image_is_refused_in_one_line(tmp_path):
    bad = tmp_path / "trasig.jpg"
    bad.write_bytes(b"\xff\xd8\xff trasig")
    with pytest.raises(InputError, match="trasig.jpg"):
        image_to_pdf(bad, tmp_path / "ut.pdf")

"""Names only the pixels carry on an otherwise good text page: unreadable fonts, small or turned images, hollow lettering, huge pages.

Each file is built here with a fictional name that is visible on the page but
in no usable text: a Type 3 font with meaningless glyph names, a font whose
/ToUnicode is missing or maps to private-use codes, a one-line image of the
name, a stamp turned 90 degrees, an image upside down, a screenshot with a
note written upside down, lettering drawn as stroked outlines or as stroked
segments (a drawing's title block) and a page far larger than A3. Each case
passes when the name was found and boxed, and is gone for MuPDF, for
poppler's pdftotext, for a fresh Tesseract run over the output in all four
orientations, and from the file's glyphs and paths under the box.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pymupdf
import pytest

import lettering_builders as lb
import pdf_builders as b
from conftest import mupdf_text, pdftotext
from redact.ingest.ocr import OcrSettings, prepare_ocr
from redact.pipeline import RunOptions, run_file

NAME = "Vera Holmqvist"
SURNAME = "Holmqvist"
PLAIN = [
    "Beslut om bistånd",
    "Ärendet gäller ansökan om hemtjänst i Norrvik.",
    "Beslutet kan överklagas.",
    "Nämnden har prövat ärendet och beviljar insatsen.",
    "Beslutet gäller från och med den 1 mars.",
]
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
#: An A3 page at 300 dpi: the most pixels OCR may render of one page.
A3_300_PIXELS = 3508 * 4961

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr not installed")


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def fresh_ocr(path: Path, clip: pymupdf.Rect | None = None, dpi: int = 200, until: str = "") -> str:
    """What Tesseract reads on page 1 (or in ``clip``) of ``path``, the image turned every way (or until ``until`` is read)."""
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=dpi, clip=clip, colorspace=pymupdf.csGRAY, alpha=False)
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    gray = np.pad(gray, 20, constant_values=255)
    texts = []
    for k in range(4):
        turned = np.ascontiguousarray(np.rot90(gray, k))
        pgm = b"P5\n%d %d\n255\n" % (turned.shape[1], turned.shape[0]) + turned.tobytes()
        done = subprocess.run(["tesseract", "stdin", "stdout", "-l", "swe", "--psm", "3", "--dpi", str(dpi)],
                              input=pgm, capture_output=True, check=True, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
        texts.append(done.stdout.decode("utf-8", "replace"))
        if until and until.casefold() in _fold(texts[-1]):
            break
    return "\n".join(texts)


def ink_objects_under(path: Path, rects: list[pymupdf.Rect]) -> int:
    """Characters and non-rectangular paths of page 1 whose centre lies under one of ``rects``."""
    with pymupdf.open(path) as doc:
        page = doc[0]
        n = 0
        for span in page.get_texttrace():
            for c in span["chars"]:
                x0, y0, x1, y1 = c[3]
                n += any(r.contains(pymupdf.Point((x0 + x1) / 2, (y0 + y1) / 2)) for r in rects)
        for d in page.get_cdrawings():
            if all(it[0] == "re" for it in d["items"]):
                continue  # the drawn boxes themselves
            x0, y0, x1, y1 = d["rect"]
            n += any(r.contains(pymupdf.Point((x0 + x1) / 2, (y0 + y1) / 2)) for r in rects)
    return n


# ------------------------------------------------------------------ fixtures: (file, where the name is)


def _page(doc: pymupdf.Document) -> pymupdf.Page:
    return b.text_page(doc, PLAIN, fontsize=11, leading=16)


def _type3(tmp_path: Path) -> tuple[Path, pymupdf.Rect]:
    path = tmp_path / "type3.pdf"
    path.write_bytes(lb.type3_outline_pdf(PLAIN, "Handläggare:", NAME))
    return path, pymupdf.Rect(130, 150, 230, 168)


def _without_unicode(private_use: bool) -> Callable[[Path], tuple[Path, pymupdf.Rect]]:
    def build(tmp_path: Path) -> tuple[Path, pymupdf.Rect]:
        doc = b.new_pdf()
        page = _page(doc)
        lb.line_without_unicode(page, f"Handläggare {NAME}", (72, 300), DEJAVU, private_use=private_use)
        return b.save(doc, tmp_path / "tounicode.pdf"), pymupdf.Rect(140, 286, 250, 305)
    return build


def _image(lines: list[str], at: tuple[float, float], rotate: int, fontsize: float = 12):
    def build(tmp_path: Path) -> tuple[Path, pymupdf.Rect]:
        doc = b.new_pdf()
        page = _page(doc)
        pix, w, h = lb.text_pixmap(lines, fontsize=fontsize)
        if rotate in (90, 270):
            w, h = h, w
        area = pymupdf.Rect(at[0], at[1], at[0] + w, at[1] + h)
        page.insert_image(area, pixmap=pix, rotate=rotate)
        return b.save(doc, tmp_path / "image.pdf"), area
    return build


def _screenshot(tmp_path: Path) -> tuple[Path, pymupdf.Rect]:
    """A pasted e-mail: several upright lines of small print, and a note under them written upside down."""
    mail = ["Från: registrator@norrvik.se", "Till: socialnamnden@norrvik.se", "Ämne: Komplettering av ansökan",
            "Hej, här kommer de efterfrågade intygen.", "Med vänlig hälsning, registraturen"]
    scratch = b.new_pdf()
    sp = scratch.new_page(width=300, height=110)
    b.write_lines(sp, mail, x=20, y=16, fontsize=9, leading=13)
    sp.insert_text((200, 86), f"Inkom via {NAME}", fontsize=9, rotate=180)
    sp.draw_rect(pymupdf.Rect(2, 2, 298, 108), color=(0.5, 0.5, 0.5), width=0.8)
    pix = sp.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY, alpha=False)
    doc = b.new_pdf()
    page = _page(doc)
    area = pymupdf.Rect(72, 250, 372, 360)
    page.insert_image(area, pixmap=pix)
    return b.save(doc, tmp_path / "screenshot.pdf"), area


def _stroked(tmp_path: Path) -> tuple[Path, pymupdf.Rect]:
    doc = b.new_pdf()
    page = _page(doc)
    area = lb.stroked_outlines(page, NAME, (72, 300))
    return b.save(doc, tmp_path / "hollow.pdf"), area


def _title_block(tmp_path: Path) -> tuple[Path, pymupdf.Rect]:
    """A drawing's title block: a ruled frame, lettering in single stroked segments (each its own path)."""
    doc = b.new_pdf()
    page = _page(doc)
    page.draw_rect(pymupdf.Rect(290, 680, 560, 760), color=(0, 0, 0), width=1)
    page.draw_line((290, 720), (560, 720), color=(0, 0, 0), width=0.5)
    lb.stroke_lettering(page, "RITNING A-40-1", (300, 725))
    area = lb.stroke_lettering(page, f"RITAD AV {NAME.upper()}", (300, 690))
    return b.save(doc, tmp_path / "titleblock.pdf"), area


CASES = {
    "Type 3 font with meaningless glyph names on a text page": _type3,
    "font without /ToUnicode on one line of a good page": _without_unicode(False),
    "font whose /ToUnicode maps to private-use codes on one line": _without_unicode(True),
    "one-line image of the name": _image([NAME], (72, 300), 0),
    "stamp image turned 90 degrees in the margin": _image([f"Mottaget av {NAME}"], (540, 300), 90, fontsize=10),
    "one-line image upside down": _image([f"Kontakt {NAME}"], (72, 300), 180, fontsize=10),
    "screenshot with a note upside down": _screenshot,
    "hollow lettering (stroked outlines only)": _stroked,
    "title block lettered in single stroked segments": _title_block,
}


@pytest.mark.parametrize("case", list(CASES))
def test_name_only_the_pixels_carry_is_found_boxed_and_removed(case: str, tmp_path: Path, blank_detector) -> None:
    src, area = CASES[case](tmp_path)
    clip = area + (-8, -8, 8, 8)
    assert SURNAME.casefold() in _fold(fresh_ocr(src, clip, until=SURNAME)), "the fixture must show the name"
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert disclosure.verification is not None and disclosure.verification.ok
    boxes = [pymupdf.Rect(r) for m in disclosure.masks if m.category == "PERSON" for r in m.rects]
    boxes = [r for r in boxes if r.intersects(area)]
    assert boxes, "no box over the name"
    for source, text in (("mupdf", mupdf_text(out)), ("pdftotext", pdftotext(out))):
        assert SURNAME.casefold() not in _fold(text), f"name left in {source}"
        assert "Nämnden har prövat ärendet" in " ".join(text.split()), f"the page's own text lost in {source}"
    assert SURNAME.casefold() not in _fold(fresh_ocr(out, clip)), "name still readable in the pixels"
    assert ink_objects_under(out, boxes) == 0, "glyphs or paths left under the box"


def test_a_huge_page_is_rendered_within_a3_at_300_dpi_and_its_name_is_found(tmp_path: Path, blank_detector) -> None:
    """A 3024 x 2160 pt scanned drawing: rendered at most A3/300 dpi worth of pixels, and the name still masked."""
    width, height = 3024.0, 2160.0
    lines = ["Ritning A-40-1 Norrviks skola", f"Ritad av {NAME}", "Granskad 2024-03-01"]
    scratch = b.new_pdf()
    sp = scratch.new_page(width=width, height=height)
    b.write_lines(sp, lines, x=200, y=1700, fontsize=36, leading=50)
    sp.draw_rect(pymupdf.Rect(100, 100, width - 100, height - 100), color=(0, 0, 0), width=3)
    pix = sp.get_pixmap(dpi=72, colorspace=pymupdf.csGRAY, alpha=False)
    doc = b.new_pdf()
    page = doc.new_page(width=width, height=height)
    page.insert_image(page.rect, pixmap=pix)
    src = b.save(doc, tmp_path / "ritning.pdf")
    with pymupdf.open(src) as d:
        job = prepare_ocr(d[0], OcrSettings())
        assert sum(img[0].size for img in job.images) <= A3_300_PIXELS
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert disclosure.verification is not None and disclosure.verification.ok
    assert any(m.category == "PERSON" and SURNAME in (m.text or "") for m in disclosure.masks)
    for text in (mupdf_text(out), pdftotext(out)):
        assert SURNAME.casefold() not in _fold(text)
    clip = pymupdf.Rect(150, 1600, 1500, 1850)
    assert "granskad" in _fold(fresh_ocr(out, clip, dpi=100))  # the page is still read ...
    assert SURNAME.casefold() not in _fold(fresh_ocr(out, clip, dpi=100))  # ... but not the name


def test_verification_fails_when_a_glyph_in_an_unreadable_font_survives_under_a_box(tmp_path: Path) -> None:
    """The proof can fail: a box drawn over the unreadable line, with its glyphs left in the file, is caught."""
    from redact.ingest.ocr import ocr_plan
    from redact.types import Mask
    from redact.verify.ocr import verify_ocr_output

    src, area = _without_unicode(False)(tmp_path)
    with pymupdf.open(src) as doc:
        plan = ocr_plan(doc[0])
        doc[0].draw_rect(area, color=None, fill=(0, 0, 0))  # covered, not removed
        covered = tmp_path / "covered.pdf"
        doc.save(covered)
    mask = Mask("m1", 1, (tuple(area),), "PERSON", "test", 1.0, "accepted", text=NAME)
    result = verify_ocr_output(covered, [mask], {1: plan}, OcrSettings(dpi=150))
    assert not result.verification.ok and (1, "PERSON") in result.verification.failures


def test_type3_text_without_personal_data_is_kept(tmp_path: Path, blank_detector) -> None:
    """Type 3 glyphs are painted by their glyph procedures: they are not invisible text and must not vanish."""
    src = tmp_path / "type3-plain.pdf"
    src.write_bytes(lb.type3_outline_pdf(PLAIN, "Bilaga:", "nummer tre"))

    def type3_chars(path: Path) -> int:
        with pymupdf.open(path) as doc:
            return sum(len(s["chars"]) for s in doc[0].get_texttrace() if s["font"].startswith("Type3"))

    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert disclosure.verification is not None and disclosure.verification.ok
    assert not disclosure.masks
    assert type3_chars(out) == type3_chars(src) > 0
    assert "nummer tre" in _fold(fresh_ocr(out, pymupdf.Rect(60, 140, 300, 175), until="nummer tre"))

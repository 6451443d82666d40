"""Scanned pages built in code: text rendered to an image and put in a PDF with no text layer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf


def scan_image(lines: list[str], dpi: int = 170, fontsize: float = 12, width: float = 595, height: float = 842,
               top: float = 80, noise: float = 0.0, seed: int = 1) -> pymupdf.Pixmap:
    """The lines as a grayscale 'scan' (optionally with salt-and-pepper noise)."""
    src = pymupdf.open()
    page = src.new_page(width=width, height=height)
    y = top
    for line in lines:
        page.insert_text((60, y), line, fontsize=fontsize)
        y += fontsize * 1.7
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    if noise:
        a = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width].copy()
        rng = np.random.default_rng(seed)
        flips = rng.random(a.shape) < noise
        a[flips] = 255 - a[flips]
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, a.tobytes(), False)
    src.close()
    return pix


def write_scanned_pdf(path: Path, pages: list[list[str]], dpi: int = 170, rotate: dict[int, int] | None = None,
                      page_rotation: dict[int, int] | None = None, fontsize: float = 12) -> Path:
    """A PDF whose pages are images only; ``rotate`` turns a page's image, ``page_rotation`` sets /Rotate."""
    doc = pymupdf.open()
    for i, lines in enumerate(pages):
        pix = scan_image(lines, dpi=dpi, fontsize=fontsize)
        page = doc.new_page(width=595, height=842)
        page.insert_image(page.rect, pixmap=pix, rotate=(rotate or {}).get(i, 0))
        if (page_rotation or {}).get(i):
            page.set_rotation(page_rotation[i])
    doc.save(path, garbage=4, deflate=True)
    doc.close()
    return path


def write_mixed_pdf(path: Path, text_lines: list[str], image_lines: list[str], dpi: int = 170) -> Path:
    """A text page with a scanned attachment (an image carrying text) in its lower half."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 72.0
    for line in text_lines:
        page.insert_text((60, y), line, fontsize=11)
        y += 18
    pix = scan_image(image_lines, dpi=dpi, fontsize=12, width=475, height=200, top=40)
    page.insert_image(pymupdf.Rect(60, 420, 535, 620), pixmap=pix)
    doc.save(path, garbage=4, deflate=True)
    doc.close()
    return path


def tesseract_pixels(monkeypatch) -> list[int]:
    """Pixels of every image Tesseract is given from now on (how much a check reads again)."""
    from redact.ingest import ocr_turns

    seen: list[int] = []
    real = ocr_turns.run_tesseract

    def counted(image, settings, page_label="", psm=None, dpi=None):
        w, h = (int(v) for v in image.split(b"\n")[1].split())
        seen.append(w * h)
        return real(image, settings, page_label, psm, dpi)

    monkeypatch.setattr(ocr_turns, "run_tesseract", counted)
    return seen


def decision_lines(name: str, copy_to_name: bool) -> list[str]:
    """The lines of a short scanned decision naming its case officer (and on the last line, if asked, again)."""
    return [
        "Beslut om bistånd enligt socialtjänstlagen",
        f"Handläggare {name} har prövat ansökan",
        "Nämnden beviljar ansökan om försörjningsstöd",
        "för perioden januari till mars",
        "Beslutet kan överklagas till förvaltningsrätten",
        f"Kopia till {name} och akten" if copy_to_name else "Kopia till akten",
    ]


def ocr_page(lines: list[list[tuple[str, float]]], number: int = 1, size: tuple[float, float] = (595, 842),
             pitch: float = 10.0, word_box: tuple[float, float] = (9.0, 9.0)) -> "Page":
    """An OCR page of the given lines of (word, confidence): word i of line n at (pitch·i, 20·n)."""
    from redact.types import Page, Word

    words, text, pos = [], "", 0
    for n, line in enumerate(lines):
        for i, (t, conf) in enumerate(line):
            if i:
                text += " "
                pos += 1
            box = (pitch * i, 20.0 * n, pitch * i + word_box[0], 20.0 * n + word_box[1])
            words.append(Word(t, pos, pos + len(t), box, n, conf))
            text += t
            pos += len(t)
        text += "\n"
        pos += 1
    return Page(number, text, tuple(words), size[0], size[1], (), "ocr")

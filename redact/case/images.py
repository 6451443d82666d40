"""Image files (.jpg, .png, multi-page .tif) as scanned pages: one PDF page per frame, read by OCR later."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from redact.errors import InputError
from redact.ingest.guard import is_allocation_failure, quiet_mupdf

MAX_FRAMES = 2000
MAX_MEGAPIXELS = 300.0


def image_to_pdf(path: Path, output: Path) -> int:
    """Each frame of the image as a page of its own size (at its stated resolution, else 200 dpi)."""
    try:
        with quiet_mupdf(), pymupdf.open(path) as img:
            if img.page_count > MAX_FRAMES:
                raise InputError("{name}: bilden har {page_count} sidor, fler än {MAX_FRAMES}", name=path.name, page_count=img.page_count, MAX_FRAMES=MAX_FRAMES)
            for page in img:
                w, h = page.rect.width, page.rect.height
                if w * h > MAX_MEGAPIXELS * 1e6:  # page size in points is at least the pixels at 72 dpi
                    raise InputError("{name}: bilden är större än {MAX_MEGAPIXELS:g} miljoner bildpunkter", name=path.name, MAX_MEGAPIXELS=MAX_MEGAPIXELS)
            data = img.convert_to_pdf()
    except InputError:
        raise
    except Exception as exc:
        if is_allocation_failure(exc):  # the worker's memory limit, not a broken file
            raise MemoryError(str(exc)[:80]) from None
        raise InputError("{name}: bilden kan inte läsas ({value}); spara om den som PNG eller JPEG", name=path.name, value=str(exc)[:80]) from None
    with pymupdf.open("pdf", data) as pdf:
        if pdf.page_count == 0:
            raise InputError("{name}: bilden har inga bildrutor", name=path.name)
        pdf.save(output)
        return pdf.page_count

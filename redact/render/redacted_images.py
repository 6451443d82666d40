"""Give an image MuPDF blanked under a mask back the stencil mask it had, so its page draws as before.

MuPDF blanks an image's pixels under a redaction by decoding it, clearing the pixels and
writing a new image (losslessly: the same samples in Flate). What it cannot write back
is an explicit stencil mask (``/Mask`` pointing to a 1-bit image mask, as a scanner's
mixed raster content puts the letters of a page): the mask comes back as a soft mask
(``/SMask``) with the same values, and a soft mask is drawn through another path, so
the letters' edges on the whole page come out a grey level or two apart (a few more
where the mask has three times the image's resolution). A reader cannot tell, but the
check of the output compares its pixels with the input's to read again only what the
masks changed; with every edge changed it reads every page whole again.

So after the redaction, each new image whose soft mask holds only the two values of a
stencil and which stands in for an image that had a stencil mask gets a stencil mask
again, written from the very values MuPDF left (the blanked area included), and only
when MuPDF decodes the new stencil to those values exactly. Nothing of the source
image comes back: the pairing only decides that the new image should be masked as the
old one was.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import pymupdf

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Stenciled:
    """An image of the page before the redaction with a stencil ``/Mask``: its size and its mask's."""

    xref: int
    size: tuple[int, int]
    mask_size: tuple[int, int]


@dataclass(frozen=True)
class ImagesBefore:
    """The images a page used before the redaction, and which of them had a stencil mask."""

    xrefs: frozenset[int]
    stenciled: tuple[_Stenciled, ...]


def stenciled_images(page: pymupdf.Page) -> ImagesBefore:
    """The images the page draws, those with a stencil mask noted (taken before the redaction)."""
    doc = page.parent
    out = []
    xrefs = _image_xrefs(page)
    for xref in xrefs:
        kind, value = doc.xref_get_key(xref, "Mask")
        if kind != "xref":
            continue
        mask = int(value.split()[0])
        if doc.xref_get_key(mask, "ImageMask")[1] != "true":
            continue
        size, mask_size = _size(doc, xref), _size(doc, mask)
        if size and mask_size:
            out.append(_Stenciled(xref, size, mask_size))
    return ImagesBefore(frozenset(xrefs), tuple(out))


def restore_stencil_masks(page: pymupdf.Page, before: ImagesBefore) -> int:
    """Give the images the redaction wrote in place of stenciled ones a stencil mask again; how many."""
    if not before.stenciled:
        return 0
    doc = page.parent
    done = 0
    for xref in _image_xrefs(page):
        if xref in before.xrefs:
            continue  # not written by the redaction
        kind, value = doc.xref_get_key(xref, "SMask")
        if kind != "xref":
            continue
        smask = int(value.split()[0])
        size, mask_size = _size(doc, xref), _size(doc, smask)
        if not any(s.size == size and s.mask_size == mask_size for s in before.stenciled):
            continue
        try:
            if _to_stencil(doc, xref, smask):
                done += 1
        except Exception as exc:  # pragma: no cover - the soft mask stays: the page draws as MuPDF wrote it
            log.debug("bild %d: mjukmasken kunde inte skrivas som stencil (%s)", xref, exc)
    if done:
        log.debug("sida %d: %d bilder fick tillbaka sin stencilmask", page.number + 1, done)
    return done


def _to_stencil(doc: pymupdf.Document, xref: int, smask: int) -> bool:
    """Replace the soft mask ``smask`` of image ``xref`` by a stencil with the same values; False when it cannot."""
    values = _values(doc, smask)
    if values is None or not np.isin(values, (0, 255)).all():
        return False  # a soft mask with partial coverage was never a stencil
    h, w = values.shape
    stencil = doc.get_new_xref()
    doc.update_object(stencil, f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ImageMask true /BitsPerComponent 1 >>")
    # A stencil's sample 1 masks out with the default /Decode; which value MuPDF reads as painted is
    # checked, not assumed: the bits that give back ``values`` exactly are kept.
    for bits in (values == 0, values != 0):
        doc.update_stream(stencil, np.packbits(bits, axis=1).tobytes(), compress=True)
        if np.array_equal(_values(doc, stencil), values):
            doc.xref_set_key(xref, "SMask", "null")
            doc.xref_set_key(xref, "Mask", f"{stencil} 0 R")
            return True
    return False


def _values(doc: pymupdf.Document, xref: int) -> np.ndarray | None:
    """The one-component values of a mask image as MuPDF decodes it (height x width); None when it cannot."""
    try:
        pix = pymupdf.Pixmap(doc, xref)
    except Exception:
        return None
    if pix.n != 1:
        return None
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]


def _size(doc: pymupdf.Document, xref: int) -> tuple[int, int] | None:
    w, h = doc.xref_get_key(xref, "Width"), doc.xref_get_key(xref, "Height")
    if w[0] != "int" or h[0] != "int":
        return None
    return int(w[1]), int(h[1])


def _image_xrefs(page: pymupdf.Page) -> list[int]:
    """Image XObjects the page uses, in its forms too."""
    try:
        return [info[0] for info in page.get_images(full=True) if info[0] > 0]
    except Exception:  # pragma: no cover - a damaged resource tree: nothing is restored
        return []

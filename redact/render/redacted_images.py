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

An image masked by colour key (``/Mask [min max …]``: samples in those ranges are not
painted) comes back the same way, with a soft mask MuPDF made of the key, and the colour
of its unpainted pixels set to black; readers draw that soft mask a grey level or more
apart from the key (poppler up to a quarter of the scale at the image's edges). So such
an image gets its colour key back: every pixel its soft mask leaves unpainted is set to
the key's lowest colour, every painted pixel keeps the samples MuPDF wrote (outside the
boxes those of the source, which MuPDF copies losslessly; inside, its blank), and a
painted pixel whose blank colour falls inside the key is moved one step out of it, so
that it stays painted. The original colour space is put back when it was a device one.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
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
class _Keyed:
    """An image of the page before the redaction masked by colour key: its size, key, bits and colour space."""

    size: tuple[int, int]
    key: tuple[int, ...]
    bits: int
    colorspace: str


@dataclass(frozen=True)
class ImagesBefore:
    """The images a page used before the redaction, and which of them had a stencil mask or a colour key."""

    xrefs: frozenset[int]
    stenciled: tuple[_Stenciled, ...]
    keyed: tuple[_Keyed, ...] = ()


def stenciled_images(page: pymupdf.Page, images: Sequence[tuple] | None = None) -> ImagesBefore:
    """The images the page draws, those with a stencil mask noted (taken before the redaction).

    ``images``: the page's ``get_images(full=True)`` when the caller has just read it (the page unchanged since)."""
    doc = page.parent
    out = []
    keyed = []
    xrefs = _image_xrefs(page) if images is None else [info[0] for info in images if info[0] > 0]
    for xref in xrefs:
        kind, value = doc.xref_get_key(xref, "Mask")
        if kind == "array":
            found = _colour_key(doc, xref, value)
            if found is not None:
                keyed.append(found)
            continue
        if kind != "xref":
            continue
        mask = int(value.split()[0])
        if doc.xref_get_key(mask, "ImageMask")[1] != "true":
            continue
        size, mask_size = _size(doc, xref), _size(doc, mask)
        if size and mask_size:
            out.append(_Stenciled(xref, size, mask_size))
    return ImagesBefore(frozenset(xrefs), tuple(out), tuple(keyed))


def _colour_key(doc: pymupdf.Document, xref: int, value: str) -> _Keyed | None:
    """The colour key of image ``xref`` when it can be written back: whole numbers, no /Decode, 1 to 8 bits."""
    try:
        key = tuple(int(v) for v in value.strip("[] \n").split())
    except ValueError:
        return None
    bits = doc.xref_get_key(xref, "BitsPerComponent")
    size = _size(doc, xref)
    if not key or len(key) % 2 or bits[0] != "int" or int(bits[1]) not in (1, 2, 4, 8) or size is None:
        return None
    if doc.xref_get_key(xref, "Decode")[0] != "null":
        return None  # the key applies to samples before /Decode: left as MuPDF writes it
    return _Keyed(size, key, int(bits[1]), doc.xref_get_key(xref, "ColorSpace")[1])


def restore_stencil_masks(page: pymupdf.Page, before: ImagesBefore) -> int:
    """Give the images the redaction wrote in place of stenciled or colour-keyed ones that mask again; how many."""
    if not before.stenciled and not before.keyed:
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
        keyed = {k for k in before.keyed if k.size == size == mask_size}
        if len(keyed) == 1:  # one key for images of this size: the pairing cannot pick the wrong one
            try:
                if _to_colour_key(doc, xref, smask, keyed.pop()):
                    done += 1
            except Exception as exc:  # pragma: no cover - the soft mask stays: the ink check judges the page
                log.debug("bild %d: färgnyckeln kunde inte skrivas tillbaka (%s)", xref, exc)
            continue
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


#: Colour spaces whose samples MuPDF writes back unchanged, by their number of components.
_DEVICE = {"/DeviceGray": 1, "/DeviceRGB": 3, "/DeviceCMYK": 4}


def _to_colour_key(doc: pymupdf.Document, xref: int, smask: int, keyed: _Keyed) -> bool:
    """Replace the soft mask ``smask`` of image ``xref`` by the colour key it was made of; False when it cannot."""
    w, h = keyed.size
    n = len(keyed.key) // 2
    if doc.xref_get_key(xref, "BitsPerComponent") != ("int", "8") or doc.xref_get_key(xref, "Decode")[0] != "null":
        return False
    if keyed.colorspace in _DEVICE and _DEVICE[keyed.colorspace] != n:
        return False
    alpha = _values(doc, smask)
    raw = doc.xref_stream(xref)
    if alpha is None or alpha.shape != (h, w) or not np.isin(alpha, (0, 255)).all() or raw is None or len(raw) != w * h * n:
        return False  # partial coverage, or samples of another layout: not a key MuPDF wrote
    samples = np.frombuffer(raw, dtype=np.uint8).reshape(h, w, n).copy()
    scale = 255 // (2**keyed.bits - 1)  # MuPDF writes 1, 2 and 4 bits as 8: the key scales with them
    lo = np.array(keyed.key[0::2], dtype=int) * scale
    hi = np.minimum(np.array(keyed.key[1::2], dtype=int) * scale, 255)
    clear = alpha == 0
    samples[clear] = np.clip(lo, 0, 255)
    inside = np.all((samples >= lo) & (samples <= hi), axis=2) & ~clear
    if inside.any():  # a blank (MuPDF blanks to white) that the key would make unpainted: one step out
        channel = next((c for c in range(n) if lo[c] > 0 or hi[c] < 255), None)
        if channel is None:
            return False  # a key over every colour: nothing painted ever
        samples[inside, channel] = lo[channel] - 1 if lo[channel] > 0 else hi[channel] + 1
    doc.xref_set_key(xref, "DecodeParms", "null")  # the samples are written plain: no predictor
    doc.update_stream(xref, samples.tobytes(), compress=True)
    if keyed.colorspace in _DEVICE:
        doc.xref_set_key(xref, "ColorSpace", keyed.colorspace)
    doc.xref_set_key(xref, "SMask", "null")
    doc.xref_set_key(xref, "Mask", "[" + " ".join(f"{int(a)} {int(b)}" for a, b in zip(lo, hi)) + "]")
    return True


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

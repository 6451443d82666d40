"""Write back the inline stencil masks that MuPDF's pixel redaction leaves unreadable.

A stencil mask (``/ImageMask true``) paints the fill colour where its one-bit samples
say. When MuPDF blanks the pixels of an inline stencil under a redaction it writes the
image back with eight bits per sample and ``/IM true``, which the PDF standard forbids:
poppler refuses to draw it ("Bad image parameters") and MuPDF draws nothing of it, so
the part of the stencil outside the box vanished unmarked. The samples MuPDF writes are
0 or 255 and mean what the one-bit samples meant, so they are packed back into one bit
per sample; the blanked pixels stay blank. A stencil written any other way raises
``StencilError``, which the renderer turns into its refusal of the page (exit 2, one line):
what cannot be read back cannot be shown to be right.
"""

from __future__ import annotations

import binascii
import logging
import zlib

import numpy as np
import pymupdf

from redact.render.content import ContentError, Name, cut, parse

log = logging.getLogger(__name__)


class StencilError(ValueError):
    """An inline stencil MuPDF wrote back in a form that cannot be packed into one bit per sample."""

_MARK = b"/IM true"


def repack_stencils(page: pymupdf.Page) -> int:
    """Rewrite the eight-bit inline stencils in the page's content and forms as one-bit ones; returns how many."""
    doc = page.parent
    xrefs = list(page.get_contents()) + [x[0] for x in page.get_xobjects() if x[0] > 0]
    count = 0
    for xref in dict.fromkeys(xrefs):
        if not doc.xref_is_stream(xref):
            continue
        data = doc.xref_stream(xref) or b""
        if _MARK not in data:
            continue  # the common case: no stencil written here
        rewritten, n = _repacked(data)
        if n:
            doc.update_stream(xref, rewritten)
            count += n
    if count:
        log.info("sida %d: %d maskade stencilbilder skrivs om med en bit per punkt", page.number + 1, count)
    return count


def _repacked(data: bytes) -> tuple[bytes, int]:
    try:
        ops = parse(data).ops
    except ContentError:
        return data, 0  # a stream MuPDF wrote itself; what it cannot hold is judged by the ink check
    spans: list[tuple[int, int]] = []
    replacements: dict[int, bytes] = {}
    for op in ops:
        if op.op != b"BI":
            continue
        params, (body, end) = op.operands
        if params.get(Name("IM"), params.get(Name("ImageMask"))) != b"true":
            continue
        bpc = params.get(Name("BPC"), params.get(Name("BitsPerComponent")))
        if bpc in (None, 1.0):
            continue
        spans.append((op.start, op.end))
        replacements[op.start] = _one_bit(params, data[body:end])
    return cut(data, spans, replacements), len(spans)


def _one_bit(params: dict, raw: bytes) -> bytes:
    """The inline stencil written again with one bit per sample (hex-encoded, its decode array kept)."""
    width = params.get(Name("W"), params.get(Name("Width")))
    height = params.get(Name("H"), params.get(Name("Height")))
    filters = params.get(Name("F"), params.get(Name("Filter")))
    filters = filters if isinstance(filters, list) else [filters] if filters else []
    if params.get(Name("BPC"), params.get(Name("BitsPerComponent"))) != 8.0 or not all(
        isinstance(v, float) and v > 0 for v in (width, height)
    ):
        raise _refusal()
    samples = raw
    for f in filters:
        if f in ("AHx", "ASCIIHexDecode"):
            digits = b"".join(samples.split()).split(b">")[0]
            samples = binascii.unhexlify(digits + b"0" * (len(digits) % 2))
        elif f in ("Fl", "FlateDecode"):
            samples = zlib.decompress(samples)
        else:
            raise _refusal()
    w, h = int(width), int(height)
    if len(samples) < w * h:
        raise _refusal()
    values = np.frombuffer(samples[: w * h], dtype=np.uint8).reshape(h, w)
    if not np.isin(values, (0, 255)).all():
        raise _refusal()
    packed = np.packbits(values >= 128, axis=1).tobytes()
    decode = params.get(Name("D"), params.get(Name("Decode")))
    entries = b"/W %d/H %d/BPC 1/IM true" % (w, h)
    if isinstance(decode, list) and len(decode) == 2:
        entries += b"/D[%d %d]" % (int(decode[0]), int(decode[1]))
    if params.get(Name("I"), params.get(Name("Interpolate"))) == b"true":
        entries += b"/I true"
    return b"BI " + entries + b"/F/AHx ID " + binascii.hexlify(packed) + b"> EI"


def _refusal() -> StencilError:
    return StencilError("inline stencil written back in an unexpected form")

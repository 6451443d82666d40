"""Colour profiles carry text: a description, a copyright, a device maker and model, any of which can name a person.

An ICC profile is binary and no page reading shows it, but a parser, a colour manager and
any preflight tool read its text tags. Their letters are blanked in place (same lengths,
same offsets), so the profile stays valid and colours are managed exactly as before.
"""

from __future__ import annotations

import logging
import struct

import pymupdf

log = logging.getLogger(__name__)

#: Tag types that hold text: ICC v2 'desc' and 'text', v4 multi-localised 'mluc'.
TEXT_TYPES = (b"desc", b"text", b"mluc")


def blank_icc_texts(data: bytes) -> bytes | None:
    """``data`` (an ICC profile) with the text of every text tag turned to spaces; None when it holds none or is not one."""
    if len(data) < 132 or data[36:40] != b"acsp":
        return None
    out = bytearray(data)
    count = struct.unpack_from(">I", data, 128)[0]
    if count > 1000 or 132 + 12 * count > len(data):
        return None
    for k in range(count):
        _sig, off, size = struct.unpack_from(">4sII", data, 132 + 12 * k)
        if off + size > len(data) or size < 12:
            continue
        kind = data[off : off + 4]
        if kind == b"text":
            _spaces(out, off + 8, off + size, 1)
        elif kind == b"desc":
            n = struct.unpack_from(">I", data, off + 8)[0]
            end = min(off + 12 + n, off + size)
            _spaces(out, off + 12, end, 1)
            if end + 8 <= off + size:
                m = struct.unpack_from(">I", data, end + 4)[0]
                _spaces(out, end + 8, min(end + 8 + 2 * m, off + size), 2)
                rest = end + 8 + 2 * m
                if rest + 3 <= off + size:  # the Macintosh script code string: emptied
                    out[rest + 2 : min(rest + 70, off + size)] = bytes(min(rest + 70, off + size) - rest - 2)
        elif kind == b"mluc":
            records, record_size = struct.unpack_from(">II", data, off + 8)
            for r in range(min(records, 1000)):
                at = off + 16 + r * record_size
                if at + 12 > off + size:
                    break
                length, start = struct.unpack_from(">II", data, at + 4)
                _spaces(out, off + start, min(off + start + length, off + size), 2)
    if out == data:
        return None
    out[84:100] = bytes(16)  # the profile ID, a checksum of the old bytes: zero means "not computed"
    return bytes(out)


def _spaces(out: bytearray, start: int, end: int, width: int) -> None:
    """Every character in [start, end) that is not NUL becomes a space (one byte, or UTF-16BE with ``width`` 2)."""
    if width == 1:
        for i in range(start, end):
            if out[i]:
                out[i] = 0x20
    else:
        for i in range(start, end - 1, 2):
            if out[i] or out[i + 1]:
                out[i], out[i + 1] = 0, 0x20


def blank_profiles(doc: pymupdf.Document, sources: dict[int, str | None] | None = None) -> int:
    """Blank the text tags of every ICC profile stream of ``doc`` (of ``sources``, xref -> source text, if given); how many changed."""
    changed = 0
    for xref in range(1, doc.xref_length()) if sources is None else sources:
        # a profile's dictionary has /N; the text of a content stream or a font says at once it has not
        text = None if sources is None else sources[xref]
        if text is not None and "/N" not in text:
            continue
        try:
            if not doc.xref_is_stream(xref) or doc.xref_get_key(xref, "N")[0] != "int":
                continue
            if doc.xref_get_key(xref, "Subtype")[0] != "null":
                continue
            data = doc.xref_stream(xref) or b""
        except Exception:  # a free or undecodable stream: not a profile anyone reads
            continue
        new = blank_icc_texts(data)
        if new is not None:
            doc.update_stream(xref, new, compress=True)
            changed += 1
    if changed:
        log.debug("texten i %d färgprofiler töms", changed)
    return changed

"""Turn every inline image of a page and its forms into an image XObject that draws the same pixels.

An inline image (``BI … ID … EI``) lives inside a content stream, where the image machinery
cannot reach it: MuPDF writes it back inline, so no object can be replaced pixel by pixel
(``render.image_pixels``: a tilted image under a mask, an image hidden under a picture pasted
over it), and the scrub's cropping of hidden picture parts (``render.images``) works on image
objects. So before a page is redacted, each inline image becomes an image XObject with the very
same encoded data, filters, decode parameters, decode array and colour space (the abbreviations
written out in full, a colour space named in the resources looked up there, an indexed one given
inline built the same way), and the ``BI … EI`` becomes ``/Name Do``: an inline image and an image
XObject are both painted on the unit square under the current matrix, so the page draws alike.

That is checked, not assumed: MuPDF's view of every image drawing (its place and the digest of
its pixels) and the page drawn at 72 dpi must be the same after the change, else the page's
streams are put back as they were and the inline images stay. Images inside Type 3 glyphs,
tiling patterns and soft masks stay inline: a glyph is removed whole as text, and what a pattern
or soft mask paints is kept whole by the scrub.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import numpy as np
import pymupdf

from redact.render.content import ContentError, Name, cut, parse
from redact.render.resources import MAX_DEPTH, Res, inherited_resources, pdf_name

log = logging.getLogger(__name__)

#: Abbreviated keys of an inline image dictionary and the XObject key each stands for (/L and /Length are dropped).
KEYS = {
    "W": "Width", "H": "Height", "BPC": "BitsPerComponent", "CS": "ColorSpace", "F": "Filter", "DP": "DecodeParms",
    "D": "Decode", "I": "Interpolate", "IM": "ImageMask",
}
_FULL = frozenset(KEYS.values()) | {"Intent"}
FILTERS = {
    "AHx": "ASCIIHexDecode", "A85": "ASCII85Decode", "LZW": "LZWDecode", "Fl": "FlateDecode", "RL": "RunLengthDecode",
    "CCF": "CCITTFaxDecode", "DCT": "DCTDecode",
}
DEVICE = {"G": "DeviceGray", "RGB": "DeviceRGB", "CMYK": "DeviceCMYK", "DeviceGray": "DeviceGray",
          "DeviceRGB": "DeviceRGB", "DeviceCMYK": "DeviceCMYK"}
#: Prefix of the resource names given to the new image objects.
PREFIX = "RdxInline"
#: Colour levels by which the page drawn before and after may differ (none is expected).
SAME_LEVELS = 2
_ENTRY = re.compile(r"/([^\s/<>\[\]()]+)\s+(\d+)\s+\d+\s+R")


class _Skip(ValueError):
    """An inline image that is not turned into an object (it stays as it was)."""


@dataclass
class Converted:
    """What the pages converted so far did to forms they share with later pages (one per document)."""

    #: Forms already looked at: a form shared by many pages is read once.
    seen: set[int] = field(default_factory=set)
    #: Forms without resources of their own that now paint image objects, with the names they paint them by:
    #: such a form reads names from whatever paints it, so every later caller gets those names too.
    lent: dict[int, list[tuple[str, int]]] = field(default_factory=dict)
    #: The content of each such form before and after: a later page is judged against the form as it was.
    streams: dict[int, tuple[bytes, bytes]] = field(default_factory=dict)
    #: Forms whose own content holds no inline image (read once, however many pages paint them).
    plain: set[int] = field(default_factory=set)


def inline_images_to_objects(page: pymupdf.Page, state: Converted | None = None) -> int:
    """Turn the inline images of ``page`` and its forms into image XObjects; how many (0 when put back).

    Pass one ``state`` for a whole document: forms shared by many pages are converted once.
    """
    doc = page.parent
    state = Converted() if state is None else state
    undo: list[tuple[int, str, bytes | str]] = []
    lent: dict[int, list[tuple[str, int]]] = {}
    shared: list[int] = []  # forms an earlier page converted that this page paints through its own resources
    try:
        if not _may_hold_inline(doc, page, state):
            return 0
        shared = [x for x in dict.fromkeys(x[0] for x in page.get_xobjects()) if x in state.streams]
        for xref in shared:  # the page as it was: its view is taken with those forms as they were
            doc.update_stream(xref, state.streams[xref][0], compress=True)
        before = _view(page)
        for xref in shared:
            doc.update_stream(xref, state.streams[xref][1], compress=True)
        done = _convert(doc, page, state, lent, undo)
        same = not done or _same_view(before, _view(page))
    except Exception as exc:  # whatever went wrong is put back: the inline images stay, as before
        log.info("sida %d: inbäddade bilder kunde inte göras till objekt (%s)", page.number + 1, exc)
        done, same = 0, False
    if not same:
        try:
            for xref, what, old in reversed(undo):
                if what == "stream":
                    doc.update_stream(xref, old, compress=True)  # type: ignore[arg-type]
                else:
                    doc.xref_set_key(xref, what, old)  # type: ignore[arg-type]
            for xref in shared:  # such a form goes back to its inline images for every page (names lent stay unused)
                doc.update_stream(xref, state.streams.pop(xref)[0], compress=True)
                state.lent.pop(xref, None)
        except Exception as exc:  # pragma: no cover - the check of the output judges what is left
            log.info("sida %d: inbäddade bilder kunde inte återställas (%s)", page.number + 1, exc)
        log.info("sida %d: inbäddade bilder lämnas som de är (sidan ritades inte likadant som objekt)", page.number + 1)
        return 0
    for form, names in lent.items():
        state.lent.setdefault(form, []).extend(names)
        state.streams[form] = next((old, doc.xref_stream(form) or b"") for x, what, old in undo if x == form and what == "stream")  # type: ignore[misc]
    if done:
        log.debug("sida %d: %d inbäddade bilder blir bildobjekt", page.number + 1, done)
    return done


#: An inline image's start: the operator BI, then white space or a name.
_BI = re.compile(rb"(?:^|[\x00\t\n\x0c\r \]>)])BI[\x00\t\n\x0c\r /]")


def _may_hold_inline(doc: pymupdf.Document, page: pymupdf.Page, state: Converted) -> bool:
    """A cheap look: the page's contents or a form it lists holds ``BI`` and ``ID``, or paints a form that was given names."""
    forms = [x[0] for x in page.get_xobjects() if x[0] > 0]
    if any(x in state.streams for x in forms):
        return True
    contents = page.get_contents()
    for xref in dict.fromkeys([*contents, *(x for x in forms if x not in state.seen and x not in state.plain)]):
        try:
            data = doc.xref_stream(xref) if doc.xref_is_stream(xref) else b""
        except Exception:  # an unreadable stream: MuPDF reports it where it matters
            continue
        if data and b"ID" in data and _BI.search(data):
            return True
        if xref not in contents:
            state.plain.add(xref)
    return False


def _view(page: pymupdf.Page) -> tuple[list[tuple], np.ndarray]:
    """What MuPDF draws of the page: each image drawing's place and pixel digest, and the page at 72 dpi."""
    if hasattr(page, "_image_info"):
        del page._image_info  # PyMuPDF keeps the first answer
    images = [(tuple(round(v, 3) for v in i["transform"]), i.get("digest")) for i in page.get_image_info(hashes=True)]
    pix = page.get_pixmap(colorspace=pymupdf.csRGB, alpha=False, annots=False)
    return images, np.frombuffer(pix.samples, dtype=np.uint8).astype(np.int16)


def _same_view(a: tuple[list[tuple], np.ndarray], b: tuple[list[tuple], np.ndarray]) -> bool:
    """The same image drawings with the same pixels, and the page drawn alike (within ``SAME_LEVELS``: MuPDF's
    scaling of an image may round a level apart from one drawing to the next)."""
    return a[0] == b[0] and a[1].shape == b[1].shape and int(np.abs(a[1] - b[1]).max(initial=0)) <= SAME_LEVELS


def _convert(doc: pymupdf.Document, page: pymupdf.Page, state: Converted, lent: dict, undo: list) -> int:
    """Convert in the page's contents, then in every form reachable from its resources."""
    res = inherited_resources(doc, page.xref)
    done = 0
    xrefs = page.get_contents()
    data = b"\n".join(doc.xref_stream(x) or b"" for x in xrefs)
    new, names = _converted(doc, data, (res,), res, undo)
    if names:
        # A new stream: the old ones may be shared with other pages.
        target = doc.get_new_xref()
        doc.update_object(target, "<<>>")
        doc.update_stream(target, new, compress=True)
        undo.append((page.xref, "Contents", doc.xref_get_key(page.xref, "Contents")[1]))
        doc.xref_set_key(page.xref, "Contents", f"{target} 0 R")
        done += len(names)
    return done + _forms(doc, (res,), state, lent, undo, 0)


def _forms(doc: pymupdf.Document, chain: tuple[Res, ...], state: Converted, lent: dict, undo: list, depth: int) -> int:
    """Convert in each form listed in the resources ``chain[0]`` (a form without resources reads its caller's)."""
    if depth > MAX_DEPTH:
        return 0
    res = chain[0]
    kind, value = doc.xref_get_key(res.holder, f"{res.path}/XObject")
    if kind == "xref":
        value = doc.xref_object(int(value.split()[0]), compressed=True)
    elif kind != "dict":
        return 0
    done = 0
    for _, number in _ENTRY.findall(value):
        xref = int(number)
        if xref in state.seen:
            # A form without resources converted for another caller: this caller lends it the names too.
            for name, image in [*state.lent.get(xref, ()), *lent.get(xref, ())]:
                if doc.xref_get_key(res.holder, res.key("XObject", name))[0] == "null":
                    _add_xobject(doc, res, name, image, undo)
                    done += 1
            continue
        if not doc.xref_is_stream(xref) or doc.xref_get_key(xref, "Subtype")[1] != "/Form":
            continue
        state.seen.add(xref)
        own = doc.xref_get_key(xref, "Resources")[0] != "null"
        inner = (Res(xref), *chain) if own else chain
        data = doc.xref_stream(xref) or b""
        # A form without resources of its own names its images in its caller's (which may lend them on).
        new, names = _converted(doc, data, inner, inner[0], undo)
        if names:
            undo.append((xref, "stream", data))
            doc.update_stream(xref, new, compress=True)
            done += len(names)
            if not own:
                lent[xref] = names
        if own:
            done += _forms(doc, inner, state, lent, undo, depth + 1)
    return done


def _converted(
    doc: pymupdf.Document, data: bytes, chain: tuple[Res, ...], owner: Res, undo: list
) -> tuple[bytes, list[tuple[str, int]]]:
    """``data`` with each inline image it paints drawn from a new image object named in ``owner``'s resources,
    and the names and objects it now paints."""
    if b"ID" not in data or not _BI.search(data):
        return data, []
    try:
        ops = parse(data).ops
    except ContentError:
        return data, []  # an unreadable stream is left as it is; the scrub refuses it
    spans: list[tuple[int, int]] = []
    replacements: dict[int, bytes] = {}
    names: list[tuple[str, int]] = []
    for op in ops:
        if op.op != b"BI":
            continue
        params, (body, end) = op.operands
        try:
            entries = _entries(doc, params, chain)
        except _Skip as why:
            log.debug("en inbäddad bild lämnas (%s)", why)
            continue
        xref = doc.get_new_xref()
        doc.update_object(xref, "<<" + "".join(f"/{k} {v}" for k, v in entries.items()) + ">>")
        doc.update_stream(xref, data[body:end], compress=False)  # the encoded data as it was
        for key in ("Filter", "DecodeParms"):
            if key in entries:  # written again: storing raw data drops them
                doc.xref_set_key(xref, key, entries[key])
        name = _free_name(doc, owner, xref)
        _add_xobject(doc, owner, name, xref, undo)
        names.append((name, xref))
        spans.append((op.start, op.end))
        replacements[op.start] = b" " + pdf_name(name).encode("latin-1") + b" Do "
    if not spans:
        return data, []
    return cut(data, spans, replacements), names


def _entries(doc: pymupdf.Document, params: dict, chain: tuple[Res, ...]) -> dict[str, str]:
    """The image XObject's dictionary entries (as PDF text) for an inline image's parameters."""
    out = {"Type": "/XObject", "Subtype": "/Image"}
    for key, value in params.items():
        full = KEYS.get(key, key)
        if full not in _FULL or full in out:
            continue  # /L, /Length, unknown keys: nothing a reader draws
        if full == "Filter":
            out[full] = _text(_filters(value))
        elif full == "ColorSpace":
            out[full] = _colour_space(doc, value, chain)
        elif full in ("Width", "Height", "BitsPerComponent"):
            if not isinstance(value, float) or value <= 0 or value != int(value):
                raise _Skip(f"/{key} is not a positive whole number")
            out[full] = str(int(value))
        else:
            out[full] = _text(value)
    if "Width" not in out or "Height" not in out:
        raise _Skip("no size")
    if out.get("ImageMask") != "true" and "ColorSpace" not in out:
        raise _Skip("no colour space")
    return out


def _filters(value: object) -> object:
    if isinstance(value, Name):
        return Name(FILTERS.get(value, value))
    if isinstance(value, list):
        return [_filters(v) for v in value]
    return value


def _colour_space(doc: pymupdf.Document, value: object, chain: tuple[Res, ...]) -> str:
    """The colour space as an image object gives it: a device name in full, a named one looked up, an indexed one built."""
    if isinstance(value, Name):
        if value in DEVICE:
            return "/" + DEVICE[value]
        return _lookup(doc, value, chain)
    if isinstance(value, list) and len(value) == 4 and value[0] in ("I", "Indexed"):
        base, hival, table = value[1:]
        if isinstance(base, Name):
            base_text = "/" + DEVICE[base] if base in DEVICE else _lookup(doc, base, chain)
        else:
            base_text = _colour_space(doc, base, chain)
        if not isinstance(hival, float) or not isinstance(table, bytes):
            raise _Skip("an indexed colour space without its table")
        return f"[/Indexed {base_text} {int(hival)} {table.decode('latin-1')}]"
    if isinstance(value, list) and value and isinstance(value[0], Name):
        return _text(value)
    raise _Skip("a colour space that cannot be read")


def _lookup(doc: pymupdf.Document, name: Name, chain: tuple[Res, ...]) -> str:
    """The colour space ``name`` as the resources say (the innermost dictionary that has it)."""
    for res in chain:
        try:
            kind, value = doc.xref_get_key(res.holder, res.key("ColorSpace", name))
        except Exception:  # a name with a slash in it: not looked up by guess
            raise _Skip("a colour space name that cannot be looked up") from None
        if kind not in ("null", "string", "int", "float", "bool"):
            return value
    raise _Skip(f"colour space {name} is in no resources")


def _text(value: object) -> str:
    """A parsed operand as PDF text."""
    if isinstance(value, Name):
        return pdf_name(value)
    if isinstance(value, float):
        return str(int(value)) if value == int(value) else repr(value)
    if isinstance(value, bytes):
        return value.decode("latin-1")  # a string as written, or true / false
    if isinstance(value, list):
        return "[" + " ".join(_text(v) for v in value) + "]"
    if isinstance(value, dict):
        return "<<" + "".join(f"{pdf_name(k)} {_text(v)}" for k, v in value.items()) + ">>"
    if value is None:
        return "null"
    raise _Skip(f"an operand that cannot be written: {value!r}")


def _free_name(doc: pymupdf.Document, owner: Res, xref: int) -> str:
    """A resource name for the new image ``xref`` that the owner's XObject dictionary does not hold yet
    (named after the object, so a name lent to another caller is not taken there by an image of its own)."""
    name, k = f"{PREFIX}{xref}", 0
    while doc.xref_get_key(owner.holder, owner.key("XObject", name))[0] != "null":
        k += 1
        name = f"{PREFIX}{xref}_{k}"
    return name


def _add_xobject(doc: pymupdf.Document, owner: Res, name: str, xref: int, undo: list) -> None:
    """Name image ``xref`` in the owner's resources (a dictionary held elsewhere is changed where it is held)."""
    holder, path = owner.holder, owner.path
    kind, value = doc.xref_get_key(holder, path)
    if kind == "null":
        undo.append((holder, path, "null"))
        doc.xref_set_key(holder, path, "<<>>")
    elif kind == "xref":
        holder, path = int(value.split()[0]), ""
    key = f"{path}/XObject" if path else "XObject"
    kind, value = doc.xref_get_key(holder, key)
    if kind == "xref":
        holder, key = int(value.split()[0]), ""
    elif kind == "null":
        undo.append((holder, key, "null"))
        doc.xref_set_key(holder, key, "<<>>")
    entry = f"{key}/{name}" if key else name
    undo.append((holder, entry, "null"))
    doc.xref_set_key(holder, entry, f"{xref} 0 R")

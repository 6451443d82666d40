"""Rebuild every page's resources from what its content streams really use.

A page's /Resources may list fonts, images and forms it never paints (a
producer's shared dictionary, a picture deleted in the editor, resources
inherited from a /Pages node); an unused form or image can hold a name
nobody sees. This module reads every content stream reachable from a page
(page contents, form XObjects, tiling patterns, soft-mask groups, Type 3
glyphs), notes each resource name an operator uses, and writes each owner a
new /Resources dictionary with those names only. Whatever was listed and never
used is then unreferenced and dropped by the garbage-collecting save.

While reading it also cleans each stream (``render.marked_content``) and
notes where each image is painted and through which clip, so
``render.images`` can blank the pixels nobody can see.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field

import pymupdf

from redact.render.content import Name, Op, Parsed, parse
from redact.render.marked_content import strip

log = logging.getLogger(__name__)

Matrix = tuple[float, float, float, float, float, float]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in default user space

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
#: Categories a resource dictionary may hold. /Properties is left out on purpose: every
#: operator that uses it (BDC, DP) is removed, and its entries name layers and carry texts.
CATEGORIES = ("ExtGState", "ColorSpace", "Pattern", "Shading", "XObject", "Font")
#: Colour spaces named by operators that need no resource (inline-image abbreviations too).
_DEVICE = frozenset({"DeviceGray", "DeviceRGB", "DeviceCMYK", "Pattern", "G", "RGB", "CMYK", "I", "Indexed"})
_PAINT = frozenset({b"n", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s"})
#: Forms nested deeper than this are refused (MuPDF gives up earlier).
MAX_DEPTH = 64
#: Operators followed for one document (forms painted inside forms are followed each time):
#: beyond this a file is refused rather than read for minutes.
MAX_OPERATIONS = 10_000_000
_REF = re.compile(r"(\d+)\s+\d+\s+R")


class ResourceError(ValueError):
    """A page whose resources cannot be resolved safely."""


@dataclass(frozen=True)
class Res:
    """Where a resource dictionary lives: the object holding it and the key path to it."""

    holder: int
    path: str = "Resources"

    def key(self, category: str, name: str = "") -> str:
        """The key path to a category, or to one entry of it."""
        if "/" in name:
            raise ResourceError(f"resource name with a slash: {name!r}")
        parts = [p for p in (self.path, category, name) if p]
        return "/".join(parts)


@dataclass
class Placement:
    """One painting of an image: its transformation and the clip it was painted through."""

    ctm: Matrix
    clip: Box | None


@dataclass
class _State:
    ctm: Matrix = IDENTITY
    clip: Box | None = None


@dataclass
class Usage:
    """What the content of a document uses, collected by ``ContentWalker``."""

    #: Image xref -> every place it is painted with a known geometry.
    placements: dict[int, list[Placement]] = field(default_factory=lambda: defaultdict(list))
    #: Images painted where the geometry is not followed (patterns, glyphs, soft masks): left whole.
    whole: set[int] = field(default_factory=set)
    #: Every form and image XObject in use.
    forms: set[int] = field(default_factory=set)
    images: set[int] = field(default_factory=set)


def mul(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (PDF row-vector convention: the result is m x n)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def transform_box(box: Box, m: Matrix) -> Box:
    """Bounding box of ``box`` transformed by ``m``."""
    a, b, c, d, e, f = m
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return (min(xs), min(ys), max(xs), max(ys))


def intersect(a: Box | None, b: Box | None) -> Box | None:
    """Intersection of two boxes (None is the whole plane); an empty result has x0 > x1 or y0 > y1."""
    if a is None:
        return b
    if b is None:
        return a
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


Chain = tuple[Res, ...]  # resource dictionaries a name is looked up in, innermost first


class ContentWalker:
    """Reads each content stream once, rewrites it clean and rebuilds its owner's resources.

    A name missing from a form's own resources is looked up in the resources it
    is painted from, as MuPDF and poppler both do; the rebuilt dictionary of
    the form then holds it itself.
    """

    def __init__(self, doc: pymupdf.Document):
        self.doc = doc
        self.usage = Usage()
        self._parsed: dict[int, Parsed] = {}
        self._used: dict[int, dict[str, dict[Name, Res]]] = {}  # owner -> category -> name -> where found
        self._own_resources: dict[int, bool] = {}
        self._paints_images: dict[int, bool] = {}  # form xref -> paints an image or a form
        self._active: set[int] = set()
        self._budget = MAX_OPERATIONS

    # ------------------------------------------------------------------ pages

    def walk_page(self, number: int) -> None:
        """Read page ``number`` (0-based) and everything it paints."""
        doc = self.doc
        xref = doc.page_xref(number)
        self._own(xref)
        data = self._page_contents(xref)
        parsed = parse(data)
        box = intersect(_page_box(doc, xref, "MediaBox"), _page_box(doc, xref, "CropBox"))
        self._run(parsed, xref, (inherited_resources(doc, xref),), _State(IDENTITY, box), True, 0)
        clean = strip(data, parsed)
        if clean is not None:
            # A new stream: the old ones may be shared with other pages, and an array's
            # parts are joined into one (a token may run across two parts).
            target = doc.get_new_xref()
            doc.update_object(target, "<<>>")
            doc.update_stream(target, clean, compress=True)
            doc.xref_set_key(xref, "Contents", f"{target} 0 R")

    def _page_contents(self, xref: int) -> bytes:
        return b"\n".join(self.doc.xref_stream(ref) or b"" for ref in self._content_xrefs(xref))

    def _content_xrefs(self, xref: int) -> list[int]:
        kind, value = self.doc.xref_get_key(xref, "Contents")
        if kind == "xref":
            target = int(value.split()[0])
            if self.doc.xref_is_stream(target):
                return [target]
            value = self.doc.xref_object(target, compressed=True)  # an indirect array
            kind = "array"
        if kind == "array":
            return [int(r) for r in _refs(value)]
        return []

    # ------------------------------------------------------------------ operators

    def _own(self, owner: int) -> None:
        if owner not in self._used:
            self._used[owner] = defaultdict(dict)

    def _use(self, owner: int, chain: Chain, category: str, name: object) -> Res | None:
        """Note ``name`` as used by ``owner``; the dictionary it was found in, or None if nowhere."""
        if not isinstance(name, Name):
            return None
        found = self._used[owner][category].get(name)
        if found is not None:
            return found
        for res in chain:
            if self.doc.xref_get_key(res.holder, res.key(category, name))[0] != "null":
                self._used[owner][category][name] = res
                return res
        return None  # missing everywhere: readers draw nothing for it

    def _has_resources(self, xref: int) -> bool:
        own = self._own_resources.get(xref)
        if own is None:
            own = self._own_resources[xref] = self.doc.xref_get_key(xref, "Resources")[0] != "null"
        return own

    def _run(self, parsed: Parsed, owner: int, chain: Chain, state: _State, geometry: bool, depth: int) -> bool:
        """Follow ``parsed``; note names used in ``owner``'s resources. True when it paints an XObject."""
        self._budget -= len(parsed.ops)
        if self._budget < 0:
            raise ResourceError("too many operations to follow")
        stack: list[_State] = []
        path: list[float] | None = None  # x0, y0, x1, y1 of the current path in user space
        clip_pending = False
        paints = False
        use = self._use
        for op in parsed.ops:
            o = op.op
            args = op.operands
            if o == b"Tf":
                if args and use(owner, chain, "Font", args[0]) is not None:
                    self._font(owner, chain, args[0], depth)
            elif o == b"Do":
                if args:
                    res = use(owner, chain, "XObject", args[-1])
                    paints = True
                    if res is not None:
                        self._do(res, args[-1], owner, chain, state, geometry, depth)
            elif o == b"gs":
                res = use(owner, chain, "ExtGState", args[-1]) if args else None
                if res is not None:
                    self._ext_gstate(res, args[-1], chain, depth)
            elif o == b"sh":
                if args:
                    use(owner, chain, "Shading", args[-1])
            elif o in (b"cs", b"CS"):
                if args and isinstance(args[-1], Name) and args[-1] not in _DEVICE:
                    use(owner, chain, "ColorSpace", args[-1])
            elif o in (b"scn", b"SCN"):
                res = use(owner, chain, "Pattern", args[-1]) if args else None
                if res is not None:
                    self._pattern(res, args[-1], chain, depth)
            elif o == b"BI":
                params = args[0] if args else {}
                cs = params.get(Name("CS"), params.get(Name("ColorSpace")))
                if isinstance(cs, Name) and cs not in _DEVICE:
                    use(owner, chain, "ColorSpace", cs)
            elif not geometry:
                continue
            elif o == b"q":
                stack.append(state)
            elif o == b"Q":
                if stack:
                    state = stack.pop()
            elif o == b"cm":
                m = _numbers(args, 6)
                if m is not None:
                    state = _State(mul(m, state.ctm), state.clip)  # type: ignore[arg-type]
            elif o in (b"m", b"l", b"c", b"v", b"y", b"re"):
                path = _extend(path, o, args, state.ctm)
            elif o in (b"W", b"W*"):
                clip_pending = True
            elif o in _PAINT:
                if clip_pending:
                    box = tuple(path) if path is not None else (0.0, 0.0, 0.0, 0.0)
                    state = _State(state.ctm, intersect(state.clip, box))  # type: ignore[arg-type]
                clip_pending = False
                path = None
        return paints

    def _do(self, res: Res, name: Name, owner: int, chain: Chain, state: _State, geometry: bool, depth: int) -> None:
        xref = _resource_xref(self.doc, res, "XObject", name)
        if xref is None:
            return
        subtype = self.doc.xref_get_key(xref, "Subtype")[1]
        if subtype == "/Image":
            self.usage.images.add(xref)
            if geometry:
                self.usage.placements[xref].append(Placement(state.ctm, state.clip))
            else:
                self.usage.whole.add(xref)
        elif subtype == "/Form":
            self._form(xref, owner, chain, state, geometry, depth + 1)

    def _form(self, xref: int, owner: int, chain: Chain, state: _State, geometry: bool, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise ResourceError("form XObjects nested too deeply")
        if xref in self._active:  # a form that paints itself: MuPDF stops there too
            return
        self.usage.forms.add(xref)
        if self._has_resources(xref):
            seen = xref in self._used
            self._own(xref)
            # A form seen before with no XObjects in it has nothing new to say, unless it
            # may reach into the resources of a new caller.
            if seen and len(chain) == 1 and not (geometry and self._paints_images.get(xref, True)):
                return
            owner, chain = xref, (Res(xref), *chain)
        matrix = _numbers(_array(self.doc, xref, "Matrix"), 6) or IDENTITY
        ctm = mul(matrix, state.ctm)  # type: ignore[arg-type]
        bbox = _numbers(_array(self.doc, xref, "BBox"), 4)
        clip = state.clip if bbox is None else intersect(state.clip, transform_box(_norm(bbox), ctm))  # type: ignore[arg-type]
        self._active.add(xref)
        try:
            self._paints_images[xref] = self._run(self._stream(xref), owner, chain, _State(ctm, clip), geometry, depth)
        finally:
            self._active.discard(xref)

    def _stream(self, xref: int) -> Parsed:
        """The parsed content of stream ``xref``, cleaned in the document the first time it is read."""
        parsed = self._parsed.get(xref)
        if parsed is None:
            data = self.doc.xref_stream(xref) or b""
            parsed = parse(data)
            self._parsed[xref] = parsed
            clean = strip(data, parsed)
            if clean is not None:
                self.doc.update_stream(xref, clean, compress=True)
        return parsed

    def _pattern(self, res: Res, name: Name, chain: Chain, depth: int) -> None:
        xref = _resource_xref(self.doc, res, "Pattern", name)
        if xref is not None and self.doc.xref_is_stream(xref):  # a shading pattern has no content
            self._unplaced([xref], xref, chain, depth)

    def _ext_gstate(self, res: Res, name: Name, chain: Chain, depth: int) -> None:
        """A soft mask's group is content too: read it (its images are left whole)."""
        kind, value = self.doc.xref_get_key(res.holder, res.key("ExtGState", name) + "/SMask/G")
        if kind == "xref":
            group = int(value.split()[0])
            if self.doc.xref_is_stream(group):
                self._unplaced([group], group, chain, depth)

    def _font(self, owner: int, chain: Chain, name: Name, depth: int) -> None:
        """A Type 3 font's glyph procedures are content too."""
        res = self._used[owner]["Font"][name]
        xref = _resource_xref(self.doc, res, "Font", name)
        if xref is None or xref in self._used or self.doc.xref_get_key(xref, "Subtype")[1] != "/Type3":
            return
        kind, value = self.doc.xref_get_key(xref, "CharProcs")
        if kind == "xref":
            value = self.doc.xref_object(int(value.split()[0]), compressed=True)
        procs = [int(r) for r in _refs(value if kind in ("dict", "xref") else "")]
        self._unplaced([p for p in procs if self.doc.xref_is_stream(p)], xref, chain, depth)

    def _unplaced(self, streams: list[int], holder: int, chain: Chain, depth: int) -> None:
        """Content painted where its geometry is not followed: patterns, soft masks, glyphs."""
        if depth > MAX_DEPTH:
            raise ResourceError("content nested too deeply")
        if holder in self._active or (holder in self._used and len(chain) == 1):
            return
        owner = holder
        if self._has_resources(holder):
            chain = (Res(holder), *chain)
        self._own(owner)
        self._active.add(holder)
        try:
            for stream in streams:
                self._run(self._stream(stream), owner, chain, _State(), False, depth + 1)
        finally:
            self._active.discard(holder)

    # ------------------------------------------------------------------ rebuilding

    def rebuild(self) -> None:
        """Give every owner a /Resources dictionary with the names it uses, and nothing else."""
        # Every dictionary is built before any is written: a form may take names from its caller's.
        new = {
            owner: _dictionary(self.doc, used)
            for owner, used in self._used.items()
            if any(used.values()) or self._has_resources(owner)
        }
        for owner, text in new.items():
            self.doc.xref_set_key(owner, "Resources", text)


def _dictionary(doc: pymupdf.Document, used: dict[str, dict[Name, Res]]) -> str:
    parts = []
    for category in CATEGORIES:
        entries = []
        for name, source in sorted(used.get(category, {}).items()):
            kind, value = doc.xref_get_key(source.holder, source.key(category, name))
            if kind in ("null", "string"):
                continue  # missing (MuPDF draws nothing for it) or not a resource at all
            entries.append(f"{pdf_name(name)} {value}")
        if entries:
            parts.append(f"/{category}<<{' '.join(entries)}>>")
    return "<<" + "".join(parts) + ">>"


def pdf_name(name: str) -> str:
    out = ["/"]
    for ch in name:
        code = ord(ch)
        if code < 0x21 or code > 0x7E or ch in "()<>[]{}/%#":
            out.append(f"#{code & 0xFF:02X}")
        else:
            out.append(ch)
    return "".join(out)


def _numbers(args: list | None, count: int) -> tuple[float, ...] | None:
    if args is None or len(args) < count:
        return None
    values = args[-count:]
    if not all(isinstance(v, float) for v in values):
        return None
    return tuple(values)


def _extend(path: list[float] | None, op: bytes, args: list, ctm: Matrix) -> list[float]:
    nums = [v for v in args if isinstance(v, float)]
    if op == b"re" and len(nums) >= 4:
        x, y, w, h = nums[-4:]
        points = [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
    else:
        points = list(zip(nums[0::2], nums[1::2]))
    a, b, c, d, e, f = ctm
    for x, y in points:
        px, py = a * x + c * y + e, b * x + d * y + f
        if path is None:
            path = [px, py, px, py]
        else:
            path[0] = min(path[0], px)
            path[1] = min(path[1], py)
            path[2] = max(path[2], px)
            path[3] = max(path[3], py)
    return path if path is not None else [0.0, 0.0, 0.0, 0.0]


def _norm(box: tuple[float, ...]) -> Box:
    return (min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3]))


def _refs(text: str) -> list[str]:
    return _REF.findall(text)


def _array(doc: pymupdf.Document, xref: int, key: str) -> list | None:
    kind, value = doc.xref_get_key(xref, key)
    if kind != "array":
        return None
    try:
        return [float(v) for v in value.strip("[] ").split()]
    except ValueError:
        return None


def _page_box(doc: pymupdf.Document, xref: int, key: str) -> Box | None:
    """A page box, inherited from the page tree when the page has none."""
    node = xref
    for _ in range(MAX_DEPTH):
        values = _array(doc, node, key)
        if values is not None and len(values) == 4:
            return _norm(tuple(values))
        kind, parent = doc.xref_get_key(node, "Parent")
        if kind != "xref":
            return None
        node = int(parent.split()[0])
    return None


def inherited_resources(doc: pymupdf.Document, xref: int) -> Res:
    """Where page ``xref`` reads its resources: its own entry or the nearest /Pages node's."""
    node = xref
    for _ in range(MAX_DEPTH):
        if doc.xref_get_key(node, "Resources")[0] != "null":
            return Res(node)
        kind, parent = doc.xref_get_key(node, "Parent")
        if kind != "xref":
            break
        node = int(parent.split()[0])
    return Res(xref)  # none anywhere: an empty dictionary


def _resource_xref(doc: pymupdf.Document, res: Res, category: str, name: str) -> int | None:
    kind, value = doc.xref_get_key(res.holder, res.key(category, name))
    if kind != "xref":
        return None
    return int(value.split()[0])


def page_tree_nodes(doc: pymupdf.Document) -> set[int]:
    """The /Pages nodes above the pages."""
    nodes: set[int] = set()
    for number in range(doc.page_count):
        node = doc.page_xref(number)
        for _ in range(MAX_DEPTH):
            kind, parent = doc.xref_get_key(node, "Parent")
            if kind != "xref":
                break
            node = int(parent.split()[0])
            if node in nodes:
                break
            nodes.add(node)
    return nodes
